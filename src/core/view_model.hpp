// What the widget shows, computed from its state: the findings panel and the wheel's accessible
// twin (both handed to JavaScript as JSON, which only writes them into the DOM with textContent),
// and the texts drawn on the wheel's segments and hub.
#pragma once
#include <array>
#include <string>
#include <string_view>

#include "core/panel_parts.hpp"
#include "core/widget_state.hpp"

namespace mgi {

// The panel for the current phase and selection. Its shape, exactly what JavaScript reads, is
// tests/schemas/panel.schema.json (checked against real emissions by tests/view_models/view-models.test.mjs);
// its typed form is PanelView (panel_views.hpp), whose ToJson sends every field, always. In short:
// { state: "loading"|"intro"|"domain"|"error"|"compare", lang, content_lang, heading_lang,
//   domain: id | null, kicker, heading, colour: "#rrggbb" | null, meta, description, paragraphs,
//   lists: [{ id, heading, count, items, keys, empty }], note, announce, error: {...} | null,
//   twin: BuildWheelTwin, added by the model }
// Comparing, state is "compare" and the panel also has `compare` (compare_view.hpp). The labels of
// the widget's own controls are not here: they come with the language (interface_strings.hpp).
PanelView BuildPanelView(const WidgetState& state, const TextContext& text);
inline Json BuildPanel(const WidgetState& state, const TextContext& text) { return BuildPanelView(state, text).ToJson(); }

// A domain's heading for a profile: the profile's own title for it when the profile is in the
// interface language, else the framework's name in that language. Wheel, exports and citations
// all name domains this way.
std::string DomainHeading(const Profile* profile, const TextContext& text, int index);

// Comparing, both wheels carry the framework's names, so that they read alike.
std::string SegmentLabel(const WidgetState& state, const TextContext& text, int index);

// What the canvas shows, for its accessible twin (a group of real buttons): the group's name, the
// hub's and each segment's label, and whether the segments can be chosen yet; sent as the panel's
// `twin`: { label, hub, segments: [{ id, label, colour: "#rrggbb" }], pressed, enabled }, `pressed`
// being the button shown as pressed: 0 the hub (the introduction), 1..6 the selected domain.
Json BuildWheelTwin(const WidgetState& state, const TextContext& text);

struct HubText {
  std::string name;   // the jurisdiction, or a status while loading / on error
  std::string level;  // "National profile" / "Local profile · Country"
  std::string year;
};
HubText BuildHubText(const WidgetState& state, const TextContext& text, int side = 0);

// The selected domain's id for state() of SPEC section 3, "" for none.
std::string_view DomainIdOrEmpty(std::optional<int> domain);

}  // namespace mgi
