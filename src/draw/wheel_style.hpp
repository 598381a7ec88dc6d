// Every colour and size the wheel is drawn with, in one place (ImPlot's habit): no magic numbers in
// the drawing code. Sizes are CSS pixels or fractions of the wheel's outer radius.
#pragma once
#include "imgui.h"

#include "core/framework.hpp"

namespace mgi::draw {

struct WheelStyle {
  float gap_px = 2.5f;            // white gap between segments
  float lift_px = 7.0f;           // how far a hovered/selected segment moves out
  float brighten = 0.14f;         // how much a hovered segment lightens (0..1 towards white)
  float arc_step_deg = 3.0f;      // tessellation: one vertex pair every few degrees
  float label_size_share = 0.064f;  // label CSS font size / r_outer
  float label_min_px = 11.0f, label_max_px = 14.5f;
  float hub_size_share = 0.085f;
  float hub_min_px = 13.0f, hub_max_px = 18.0f;
  // A segment's name takes lines no wider than this share of the ring's middle radius, nor than
  // this share of the ring's depth, whichever is less; at most label_max_lines of them, and with
  // the icon above them no taller than that share of the ring's depth.
  float label_width_share = 0.9f, label_ring_share = 0.95f;
  int label_max_lines = 4;
  float hub_text_width_share = 1.5f;  // the hub's texts: line width / the hub's radius
  int hub_name_max_lines = 3, hub_level_max_lines = 3;
  float hub_detail_share = 0.92f;  // the hub's level and year: font size / the label size
  float hub_text_margin_px = 3.0f;  // the hub's texts keep this far inside its disc
  // The hub's level and year are shown only where they fit the disc at this size or more, beside
  // a name no smaller: below it they are dropped (the panel's heading says both) before the name shrinks.
  float hub_readable_px = 9.0f;
  float hub_detail_spacing_share = 0.35f;  // between the name and the level / the level's size
  float icon_share = 0.13f;       // icon size / r_outer
  float icon_gap_share = 0.25f;   // the gap between a segment's icon and name / icon size
  ImU32 hub_fill = IM_COL32(255, 255, 255, 255);
  ImU32 hub_fill_hover = IM_COL32(240, 244, 250, 255);
  ImU32 hub_border = IM_COL32(196, 203, 214, 255);
  ImU32 hub_text = IM_COL32(26, 32, 44, 255);
  ImU32 hub_subtext = IM_COL32(74, 85, 104, 255);  // 7.5:1 on white
  ImU32 selected_ring = IM_COL32(255, 255, 255, 255);
  // Seen against the page through the transparent canvas: 4.5:1 on white, 3.5:1 on the dark
  // theme's #1b2230 (a navy ring vanished on dark pages).
  ImU32 focus_ring = IM_COL32(26, 115, 232, 255);
  float focus_ring_px = 3.0f;
  Rgb inactive = {150, 158, 170};  // segments while loading or on error
  bool operator==(const WheelStyle&) const = default;
};

// Segment fill: the domain colour, lightened by `lift` * style.brighten.
ImU32 SegmentFill(const Rgb& colour, float lift, const WheelStyle& style, float alpha = 1.0f);
// White or near-black, whichever reads better on `background` (higher contrast ratio).
ImU32 LabelColourOn(const Rgb& background);

}  // namespace mgi::draw
