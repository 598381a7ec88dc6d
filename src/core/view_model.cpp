#include "core/view_model.hpp"

#include "core/compare_view.hpp"

namespace mgi {
namespace {

std::string CountPhrase(const TextContext& t, std::size_t n, std::string_view one_key, std::string_view many_key) {
  return t.strings.Format(t.lang, n == 1 ? one_key : many_key, {{"n", std::to_string(n)}});
}

}  // namespace

std::string_view DomainIdOrEmpty(std::optional<int> domain) {
  return domain ? kDomainIds[*domain] : std::string_view{};
}

std::string DomainHeading(const Profile* p, const TextContext& t, int index) {
  if (p && p->domains[index].title && p->language.substr(0, 2) == t.lang.substr(0, 2)) return *p->domains[index].title;
  return std::string(Localize(t.framework.domains[index].name, t.lang));
}

std::string SegmentLabel(const WidgetState& state, const TextContext& t, int index) {
  return DomainHeading(state.comparing() ? nullptr : state.profile(), t, index);
}

Json BuildWheelTwin(const WidgetState& state, const TextContext& t) {
  std::string names;
  for (int side = 0; side < state.side_count(); ++side) {
    const Profile* p = state.profile(side);
    if (!p) continue;
    if (!names.empty()) names += " / ";
    names += p->name;
  }
  Json segments = Json::array();
  for (int i = 0; i < kDomainCount; ++i)
    segments.push_back({{"id", kDomainIds[i]}, {"label", SegmentLabel(state, t, i)}, {"colour", HexColour(t.framework.domains[i].colour)}});
  return {{"label", t.strings.Format(t.lang, "wheel.label", {{"name", names}})},
          {"hub", t.strings.Get(t.lang, "wheel.hub")},
          {"segments", segments},
          {"pressed", state.selected() ? *state.selected() + 1 : 0},
          {"enabled", state.phase() == Phase::kReady}};
}

HubText BuildHubText(const WidgetState& state, const TextContext& t, int side) {
  HubText hub;
  switch (state.phase(side)) {
    case Phase::kLoading: hub.name = t.strings.Get(t.lang, "status.loading"); break;
    case Phase::kError: hub.name = t.strings.Get(t.lang, "status.error_short"); break;
    case Phase::kReady: {
      const Profile& p = *state.profile(side);
      hub.name = p.name;
      hub.level = LevelLine(p, t);
      hub.year = std::to_string(p.published.year);
      break;
    }
  }
  return hub;
}

PanelView BuildPanelView(const WidgetState& state, const TextContext& t) {
  if (state.comparing()) return BuildComparePanel(state, t);
  if (state.phase() == Phase::kLoading) {
    PanelView panel = EmptyPanel("loading", t);
    panel.heading = t.strings.Get(t.lang, "status.loading");
    panel.announce = panel.heading;
    return panel;
  }
  if (state.phase() == Phase::kError) {
    PanelView panel = EmptyPanel("error", t);
    const LoadError& e = state.error();
    panel.heading = t.strings.Get(t.lang, "error.heading");
    panel.error = LoadErrorView{e.message, e.url, e.details, std::string(t.strings.Get(t.lang, "error.retry")), {}};
    panel.note = t.strings.Get(t.lang, e.invalid_profile ? "error.note_invalid" : "error.note");
    panel.announce = panel.heading + ": " + e.message;
    return panel;
  }

  const Profile& p = *state.profile();
  const auto sel = state.selected();
  PanelView panel = EmptyPanel(sel ? "domain" : "intro", t);
  panel.content_lang = p.language;

  if (!sel) {
    panel.kicker = p.name + " · " + LevelLine(p, t);
    panel.heading = p.title ? *p.title : t.strings.Format(t.lang, "intro.default_title", {{"name", p.name}});
    if (p.title) panel.heading_lang = p.language;
    panel.meta.push_back(t.strings.Format(t.lang, "intro.published", {{"date", t.strings.MonthYear(t.lang, p.published)}}));
    if (p.partner) panel.meta.push_back(t.strings.Format(t.lang, "intro.partner", {{"partner", *p.partner}}));
    panel.paragraphs = p.introduction;
    panel.note = t.strings.Get(t.lang, "intro.hint");
    panel.announce = panel.heading;
    return panel;
  }

  const int d = *sel;
  const FrameworkDomain& fd = t.framework.domains[d];
  const DomainFindings& f = p.domains[d];
  panel.domain = kDomainIds[d];
  panel.kicker = t.strings.Format(
      t.lang, fd.kind == DomainKind::kPrinciple ? "domain.kicker_principle" : "domain.kicker_objective",
      {{"n", std::to_string(d + 1)}, {"total", std::to_string(kDomainCount)}});
  panel.heading = f.title ? *f.title : std::string(Localize(fd.name, t.lang));
  if (f.title) panel.heading_lang = p.language;  // the profile's own wording
  panel.colour = HexColour(fd.colour);
  panel.description = {std::string(Localize(fd.Description(p.level), t.lang))};
  if (!f.published) {
    panel.note = t.strings.Get(t.lang, "domain.unpublished");
    panel.announce = panel.heading + ". " + panel.note;
    return panel;
  }
  panel.lists = FindingLists(f, t);
  panel.announce = panel.heading + ": " +
                   CountPhrase(t, f.well_developed.size(), "announce.well_one", "announce.well_many") + ", " +
                   CountPhrase(t, f.further_development.size(), "announce.further_one", "announce.further_many");
  return panel;
}

}  // namespace mgi
