// What a comparison adds to the canvas: a caption over each wheel and the overview chart. Each side
// has a marker, filled for the first profile and outlined for the second, used in the captions,
// the chart's legend and its bars, so that "which is which" reads at a glance without relying on
// colour (the domain colours stay the domains').
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "imgui.h"

#include "core/overview_chart.hpp"
#include "draw/font_atlas.hpp"
#include "draw/wheel_style.hpp"

namespace mgi::draw {

struct ChartScene {
  ChartGeometry geometry;
  OverviewCounts counts;
  // Texts point into the widget's CanvasText, which outlives the frame.
  std::array<std::string_view, 2> names;              // the two jurisdictions, for the legend
  std::array<std::string_view, kDomainCount> labels;  // domain names
  std::array<Rgb, kDomainCount> colours{};
  std::array<std::string_view, 2> column_titles;
  std::string_view note;                              // "counts, not scores"
  std::optional<int> selected, hovered, focused;
};

void DrawSideMarker(ImDrawList& dl, ImVec2 min, ImVec2 max, int side, ImU32 colour);
void DrawCaption(ImDrawList& dl, const Rect& box, int side, std::string_view text, const FontAtlas& fonts,
                 const WheelStyle& style);
void DrawOverviewChart(ImDrawList& dl, const ChartScene& chart, const FontAtlas& fonts, const WheelStyle& style);

}  // namespace mgi::draw
