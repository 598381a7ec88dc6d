#include "core/compare_view.hpp"

#include "core/overview_chart.hpp"

namespace mgi {
namespace {

constexpr const char* kMarkers[2] = {"filled", "outlined"};

std::string_view LevelWord(Level level, const TextContext& t) {
  return t.strings.Get(t.lang, level == Level::kLocal ? "compare.level_local" : "compare.level_national");
}

std::string SideName(const WidgetState& state, const TextContext& t, int side) {
  const Profile* p = state.profile(side);
  if (p) return p->name;
  return std::string(t.strings.Get(t.lang, state.phase(side) == Phase::kLoading ? "compare.side_loading"
                                                                               : "status.error_short"));
}

LoadErrorView SideError(const LoadError& e, const TextContext& t) {
  return {e.message, e.url, e.details, std::string(t.strings.Get(t.lang, "error.retry")),
          std::string(t.strings.Get(t.lang, e.invalid_profile ? "error.note_invalid" : "error.note"))};
}

CompareSideView SideColumn(const WidgetState& state, const TextContext& t, int side, bool describe) {
  const ProfileSlot& slot = state.slot(side);
  CompareSideView column;
  column.side = side;
  column.name = SideName(state, t, side);
  column.lang = t.lang;
  column.marker = kMarkers[side];
  column.url = slot.url;
  if (slot.phase == Phase::kError) {
    column.state = "error";
    column.error = SideError(slot.error, t);
    return column;
  }
  if (slot.phase == Phase::kLoading) return column;
  const Profile& p = *slot.profile;
  column.state = "ready";
  column.level = LevelLine(p, t);
  column.year = std::to_string(p.published.year);
  column.lang = p.language;
  const auto sel = state.selected();
  if (!sel) return column;
  const FrameworkDomain& fd = t.framework.domains[*sel];
  if (describe) column.description = Localize(fd.Description(p.level), t.lang);
  const DomainFindings& f = p.domains[*sel];
  if (!f.published) column.note = t.strings.Get(t.lang, "domain.unpublished");
  else column.lists = FindingLists(f, t);
  return column;
}

std::string CountText(const std::optional<int>& n, const TextContext& t) {
  return n ? std::to_string(*n) : std::string(t.strings.Get(t.lang, "compare.not_covered"));
}

}  // namespace

std::string CompareCaption(const WidgetState& state, const TextContext& t, int side) {
  const Profile* p = state.profile(side);
  if (!p) return SideName(state, t, side);
  // Short, to fit over a wheel: the hub carries the level.
  return p->name + " · " + std::to_string(p->published.year);
}

std::string LegendText(const WidgetState& state, const TextContext& t, int side) {
  const Profile* p = state.profile(side);
  if (!p) return SideName(state, t, side);
  // The year before the level: should the line be cut, what tells two profiles apart stays.
  return p->name + " · " + std::to_string(p->published.year) + " · " + LevelLine(*p, t);
}

PanelView BuildComparePanel(const WidgetState& state, const TextContext& t) {
  PanelView panel = EmptyPanel("compare", t);
  const Profile* a = state.profile(0);
  const Profile* b = state.profile(1);
  const std::string name_a = SideName(state, t, 0), name_b = SideName(state, t, 1);
  const bool levels_differ = a && b && a->level != b->level;
  const auto sel = state.selected();

  panel.kicker = t.strings.Get(t.lang, "compare.kicker");
  panel.heading = t.strings.Format(t.lang, "compare.heading", {{"a", name_a}, {"b", name_b}});
  if (a) panel.content_lang = a->language;

  CompareView compare{std::string(t.strings.Get(t.lang, "compare.not_ranking")),
                      std::string(t.strings.Get(t.lang, "compare.hint")),
                      "",
                      std::string(t.strings.Get(t.lang, "compare.table_caption")),
                      {std::string(t.strings.Get(t.lang, "domain.well_developed")),
                       std::string(t.strings.Get(t.lang, "domain.further_development"))},
                      {},
                      std::nullopt};
  if (levels_differ) {
    compare.levels_note = t.strings.Format(t.lang, "compare.levels_differ",
                                           {{"a", a->name}, {"level_a", LevelWord(a->level, t)},
                                            {"b", b->name}, {"level_b", LevelWord(b->level, t)}});
  }
  for (int side = 0; side < 2; ++side) compare.sides.push_back(SideColumn(state, t, side, levels_differ));

  const OverviewCounts counts = CountFindings(a, b);
  if (sel) {
    const int d = *sel;
    const FrameworkDomain& fd = t.framework.domains[d];
    panel.domain = kDomainIds[d];
    panel.kicker = t.strings.Format(
        t.lang, fd.kind == DomainKind::kPrinciple ? "domain.kicker_principle" : "domain.kicker_objective",
        {{"n", std::to_string(d + 1)}, {"total", std::to_string(kDomainCount)}});
    panel.heading = std::string(Localize(fd.name, t.lang));
    panel.colour = HexColour(fd.colour);
    // One description when both profiles are of one level; otherwise each column carries its own.
    const Profile* any = a ? a : b;
    if (any && !levels_differ) panel.description = {std::string(Localize(fd.Description(any->level), t.lang))};
    auto n = [&](int side, FindingList list) { return CountText(counts.Of(d, side, list), t); };
    panel.announce = t.strings.Format(t.lang, "compare.announce",
                                      {{"domain", panel.heading}, {"a", name_a}, {"b", name_b},
                                       {"wa", n(0, FindingList::kWellDeveloped)}, {"fa", n(0, FindingList::kFurtherDevelopment)},
                                       {"wb", n(1, FindingList::kWellDeveloped)}, {"fb", n(1, FindingList::kFurtherDevelopment)}});
  } else {
    compare.overview.emplace();
    for (int d = 0; d < kDomainCount; ++d) {
      OverviewRowView row{kDomainIds[d], std::string(Localize(t.framework.domains[d].name, t.lang)),
                          HexColour(t.framework.domains[d].colour), {}};
      for (int side = 0; side < 2; ++side) {
        const auto& c = counts.n[d][side];
        if (c[0]) row.counts[side] = std::array<int, 2>{*c[0], *c[1]};
      }
      compare.overview->push_back(std::move(row));
    }
    panel.announce = panel.heading;
  }
  panel.compare = std::move(compare);
  return panel;
}

}  // namespace mgi
