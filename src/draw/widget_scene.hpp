// From the widget's model to what the canvas shows: the scenes of one frame (each wheel and, when
// comparing, the overview chart) and the draw list they make. Kept apart from the platform so that
// any surface (WebGL, or later a CPU rasteriser or a native renderer of the same lists) draws the
// same frame, and native tests can build it.
#pragma once
#include <array>

#include "imgui.h"
#include "imgui_internal.h"  // ImDrawListSharedData: a draw list without an ImGui context

#include "core/widget_model.hpp"
#include "draw/compare_renderer.hpp"
#include "draw/font_atlas.hpp"
#include "draw/wheel_renderer.hpp"
#include "draw/wheel_style.hpp"

namespace mgi::draw {

struct FrameScenes {
  int wheel_count = 1;
  bool compare = false;
  std::array<WheelScene, 2> wheels;
  ChartScene chart;  // comparing only
};

// Reads the model as it stands after WidgetModel::BeginFrame(now_ms). Texts point into the
// model's CanvasText, which outlives the frame.
FrameScenes BuildFrameScenes(const WidgetModel& model, double now_ms);

// The font sizes the frame's text is drawn at, for FontAtlas::Ensure before drawing.
FontSizes FrameFontSizes(const FrameScenes& scenes, float dpr, const WheelStyle& style);

// Fills `dl` (whose shared data is `shared`) with the whole canvas, in CSS pixels: wheels, captions
// and chart. `fonts` must already hold the frame's characters; `atlas` is its texture. `labels`: each
// wheel's laid-out texts, kept by whoever draws the frames.
void DrawFrame(ImDrawList& dl, ImDrawListSharedData& shared, const FrameScenes& scenes, const WidgetModel& model,
               const FontAtlas& fonts, ImTextureID atlas, float dpr, const WheelStyle& style, WheelLabelCaches& labels);

}  // namespace mgi::draw
