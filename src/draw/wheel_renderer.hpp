// Draws one domain wheel on an ImDrawList: six ring sectors (tessellated into triangles, since a
// ring sector is not convex), each with its icon and name, and the hub with the jurisdiction.
// Layered as in ImPlot: geometry from core -> sector fill/outline helpers -> DrawWheel().
#pragma once
#include <array>
#include <string>
#include <string_view>

#include "imgui.h"

#include "core/framework.hpp"
#include "core/view_model.hpp"
#include "core/wheel_geometry.hpp"
#include "draw/font_atlas.hpp"
#include "draw/wheel_label_cache.hpp"
#include "draw/wheel_style.hpp"

namespace mgi::draw {

struct SegmentView {
  Rgb colour;
  std::string_view icon;
  std::string_view label;  // into the widget's CanvasText, which outlives the frame
  float lift = 0;  // 0..1, hover/selection
  bool selected = false;
  bool focused = false;  // keyboard focus ring
};

struct HubView {
  std::string_view name, level, year;
};

struct WheelScene {
  WheelGeometry geometry;  // includes the current rotation
  std::array<SegmentView, kDomainCount> segments;
  HubView hub;
  bool hub_hovered = false;
  bool hub_focused = false;
  bool active = true;  // false while loading or on error: segments greyed
  float intro = 1;     // 0..1 while the wheel appears
};

// `labels`: this wheel's texts as laid out for the frames before, kept by the caller.
void DrawWheel(ImDrawList& dl, const WheelScene& scene, const FontAtlas& fonts, const WheelStyle& style,
               WheelLabelCache& labels);

// The hub's disc: inside the ring, a gap away from it.
float HubRadius(const WheelGeometry& g, const WheelStyle& style);

}  // namespace mgi::draw
