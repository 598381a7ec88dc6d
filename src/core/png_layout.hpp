// The wheel as a picture to take away (the "Download image" tool): the rendered canvas at twice
// its CSS size, under the wheel's name, above the domains' legend, on white. The core lays it out
// and names it; the page only paints what this says onto a 2D canvas.
#pragma once
#include <string>

#include "core/json_reader.hpp"
#include "core/panel_parts.hpp"
#include "core/widget_state.hpp"

namespace mgi {

// Device pixels per CSS pixel of the picture, whatever the screen's: crisp when printed or zoomed.
inline constexpr float kPngScale = 2;

// For a wheel rendered at `wheel_width` x `wheel_height` device pixels (at kPngScale):
// { width, height, background, ink, name,
//   wheel: { x, y },
//   title: { text, x, y, px, weight, max_width },
//   legend_px,
//   legend: [ { label, colour, box: { x, y, size }, text: { x, y, max_width } } ] }
// All positions in the picture's pixels; text is drawn with a middle baseline at `y`.
Json PlanWheelPng(const WidgetState& state, const TextContext& text, int wheel_width, int wheel_height);

}  // namespace mgi
