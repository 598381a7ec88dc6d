// One widget of the page: the platform half of the sokol-style app. One Wasm instance serves every
// widget of a page (exports.cpp keeps them by id), and all of them draw through the page's one
// surface (platform/page_surface). A WidgetApp owns its glyph atlas and its frame loop, and hosts
// the widget's model (core/widget_model), which decides everything else. Page calls reach the
// model through exports.cpp, pointer input through pointer_input.cpp.
//
// Only ImGui's drawing layer is used (one ImDrawList with its shared data, fonts built from the
// browser's glyphs): no ImGui context, windows or widgets, so none of that code is in the Wasm.
#pragma once
#include <string>

#include "core/framework.hpp"
#include "core/strings.hpp"
#include "core/widget_model.hpp"
#include "draw/font_atlas.hpp"
#include "draw/wheel_label_cache.hpp"
#include "draw/wheel_style.hpp"
#include "imgui_internal.h"  // ImDrawListSharedData: a draw list without an ImGui context
#include "platform/browser_glyphs.hpp"
#include "platform/page_surface.hpp"
#include "platform/pointer_input.hpp"

namespace mgi::platform {

class WidgetApp final : public WidgetHost {
 public:
  // `id`: how the page names this widget (Module.mgiHosts, the canvas's html5.h target).
  explicit WidgetApp(int id);
  // Sets up framework data, the page surface and input. On failure reports an error and returns false.
  bool Create(std::string_view own_lang, std::string_view page_lang, bool reduced_motion, float host_width, float dpr);
  void Destroy();

  void SetHostSize(float host_width, float dpr);
  // Redraws the glyphs: a font the widget's font stack names may have arrived since.
  void FontsChanged();
  // Draws a frame now, in this task, so that the page can copy the canvas (printing).
  void RenderNow();
  // The "Download image" picture: draws the canvas at the picture's scale and returns its layout
  // (JSON, "null" when nothing can be drawn); the page copies the canvas, then calls EndPng() in the
  // same task, which draws it back at the screen's scale, so the visitor never sees the 2x frame.
  std::string BeginPng();
  void EndPng();

  WidgetModel& model() { return model_; }
  // The page surface changed how it draws (a lost or restored context): draw again.
  void Redraw() { RequestFrame(); }
  static double Now();

  // ---- WidgetHost: what the model asks of the page
  void Emit(std::string_view kind, std::string_view json) override;
  void RequestFrame() override;
  void ResizeCanvas(float css_width, float css_height) override;
  void SetPointerCursor(bool pointer) override;

 private:
  // On the CPU, the frames of an animation (each followed by another) are drawn at this many
  // pixels per CSS pixel at most, and the frame it settles on at the screen's: a 480 px wheel at
  // DPR 2 is 0.92 million pixels to rasterise, clear and put, at 1.5 only 0.52 million, and a
  // moving wheel shows no difference. The glyphs stay at the screen's DPR (a new atlas would cost
  // more than it saves), sampled smaller.
  static constexpr float kCpuMotionDpr = 1.5f;

  static EM_BOOL OnAnimationFrame(double time, void* self);
  // `browser_frame`: the time the browser gave the animation frame this is drawn in (a frame of the
  // page's animation loop, which may be drawn at kCpuMotionDpr); 0 for a picture the page takes
  // outside its frames (printing, the PNG), which is drawn at full resolution.
  void DrawFrame(double now_ms, double browser_frame = 0);

  // The canvas's size in pixels: the layout's CSS size x dpr.
  int PixelWidth(float dpr) const;
  int PixelHeight(float dpr) const;

  int id_;
  draw::WheelStyle style_;
  WidgetModel model_;
  PointerInput pointer_;
  BrowserGlyphs glyphs_;
  draw::FontAtlas fonts_{glyphs_};
  draw::WheelLabelCaches labels_;
  WidgetAtlas atlas_;
  bool created_ = false;
  ImDrawListSharedData draw_shared_;
  ImDrawList draw_list_{&draw_shared_};
  float dpr_ = 1;
  float screen_dpr_ = 1;  // kept while a picture is drawn at its own scale
  bool frame_pending_ = false;
  long frame_request_ = 0;
};

}  // namespace mgi::platform
