#include "core/canvas_text.hpp"

#include "core/compare_view.hpp"

namespace mgi {

std::string_view TrimBeforeEllipsis(std::string_view line) {
  static constexpr std::string_view kDanglers[] = {" ", "\n", ",", ";", ":", "\u00B7", "\u2014", "\u2013", "-", "("};
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view d : kDanglers) {
      if (line.size() >= d.size() && line.substr(line.size() - d.size()) == d) {
        line.remove_suffix(d.size());
        trimmed = true;
      }
    }
  }
  return line;
}

CanvasText BuildCanvasText(const WidgetState& state, const TextContext& text) {
  CanvasText out;
  out.label_chars = out.hub_chars = std::string(kEllipsis);  // any of them may be cut
  const int wheels = state.comparing() ? 2 : 1;
  for (int side = 0; side < wheels; ++side) {
    for (int i = 0; i < kDomainCount; ++i) {
      out.segment_labels[side][i] = SegmentLabel(state, text, i);
      out.label_chars += out.segment_labels[side][i];
    }
    out.hubs[side] = BuildHubText(state, text, side);
    out.hub_chars += out.hubs[side].name;
    out.label_chars += out.hubs[side].level + out.hubs[side].year;
  }
  if (!state.comparing()) return out;
  for (int side = 0; side < 2; ++side) {
    out.captions[side] = CompareCaption(state, text, side);
    out.legend[side] = LegendText(state, text, side);
    out.label_chars += out.captions[side] + out.legend[side];
  }
  for (int d = 0; d < kDomainCount; ++d) {
    out.chart_labels[d] = std::string(Localize(text.framework.domains[d].name, text.lang));
    out.label_chars += out.chart_labels[d];
  }
  out.chart_column_titles = {std::string(text.strings.Get(text.lang, "compare.chart_well")),
                             std::string(text.strings.Get(text.lang, "compare.chart_further"))};
  out.chart_note = std::string(text.strings.Get(text.lang, "compare.chart_note"));
  out.label_chars += out.chart_column_titles[0] + out.chart_column_titles[1] + out.chart_note + "0123456789—";
  return out;
}

}  // namespace mgi
