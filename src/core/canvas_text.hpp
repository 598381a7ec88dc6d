// Every text the canvas draws, for one state and language: the wheels' segment labels and hubs
// and, comparing, the captions and the overview chart's words. Built when the state or the
// language changes (the widget marks it stale with each new panel), not every frame: frames only
// move and lay out what is here. Also the characters each of the two fonts must hold.
#pragma once
#include <array>
#include <string>
#include <string_view>

#include "core/domains.hpp"
#include "core/view_model.hpp"
#include "core/widget_state.hpp"

namespace mgi {

// What a text cut to fit its lines ends with (draw/text_layout.cpp); in both fonts' glyph sets.
inline constexpr std::string_view kEllipsis = "\u2026";
// The start of a cut line, without what would dangle before the ellipsis: trailing spaces and
// separators ("Name · Level ·" becomes "Name · Level", to read "Name · Level…").
std::string_view TrimBeforeEllipsis(std::string_view cut_line);

struct CanvasText {
  std::array<std::array<std::string, kDomainCount>, 2> segment_labels;  // per wheel
  std::array<HubText, 2> hubs;
  // Comparing only:
  std::array<std::string, 2> captions;                 // over each wheel
  std::array<std::string, 2> legend;                   // the chart's two jurisdictions
  std::array<std::string, kDomainCount> chart_labels;  // the framework's domain names
  std::array<std::string, 2> chart_column_titles;
  std::string chart_note;
  // What each font draws: the hub font the jurisdictions' names, the label font all the rest
  // (the chart's counts included: digits and the dash of "not covered").
  std::string label_chars, hub_chars;
};

CanvasText BuildCanvasText(const WidgetState& state, const TextContext& text);

}  // namespace mgi
