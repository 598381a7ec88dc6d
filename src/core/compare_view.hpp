// The panel when two profiles are compared: a common heading, then per side its name, state and,
// for the selected domain, its two lists, so that JavaScript can set them in aligned columns; with
// no domain selected, the overview's counts as a table (the chart on the canvas is its picture).
#pragma once
#include "core/panel_parts.hpp"
#include "core/widget_state.hpp"

namespace mgi {

// BuildPanel's panel with `compare` (CompareView, panel_views.hpp):
// { not_ranking, hint, levels_note, table_caption, columns: [well, further],
//   sides: [{ side, state, name, level, year, lang, marker, description, lists, note, error, url }],
//   overview: null | { rows: [{ domain, name, colour, counts: [[well, further] | null, ...] }] } }
PanelView BuildComparePanel(const WidgetState& state, const TextContext& text);

// The caption over each wheel: the jurisdiction's name and level, or its status.
std::string CompareCaption(const WidgetState& state, const TextContext& text, int side);
// The chart's legend: name, year and level.
std::string LegendText(const WidgetState& state, const TextContext& text, int side);

}  // namespace mgi
