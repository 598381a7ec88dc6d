// One widget in one Wasm instance: the platform half of the sokol-style app. It owns the surface
// (a WebGL2 context on the widget's canvas, our renderer of ImGui's draw lists, the glyph atlas)
// and the frame loop, and hosts the widget's model (core/widget_model), which decides everything
// else. Page calls reach the model through exports.cpp, pointer input through pointer_input.cpp.
//
// Only ImGui's drawing layer is used (one ImDrawList with its shared data, fonts built from the
// browser's glyphs): no ImGui context, windows or widgets, so none of that code is in the Wasm.
#pragma once
#include <string>

#include "core/framework.hpp"
#include "core/strings.hpp"
#include "core/widget_model.hpp"
#include "draw/font_atlas.hpp"
#include "draw/wheel_style.hpp"
#include "imgui_internal.h"  // ImDrawListSharedData: a draw list without an ImGui context
#include "platform/browser_glyphs.hpp"
#include "platform/gl_renderer.hpp"
#include "platform/gl_surface.hpp"
#include "platform/pointer_input.hpp"

namespace mgi::platform {

class WidgetApp final : public WidgetHost {
 public:
  WidgetApp();
  // Sets up framework data, GL and input. On failure reports an error and returns false.
  // `host_width` and `dpr` size the canvas before its WebGL context exists, so the context's
  // drawing buffer is made once at its real size rather than at 300 x 150 and then again.
  bool Create(std::string lang, bool reduced_motion, float host_width, float dpr);
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
  static double Now();

  // ---- WidgetHost: what the model asks of the page
  void Emit(std::string_view kind, std::string_view json) override;
  void RequestFrame() override;
  void ResizeCanvas(float css_width, float css_height) override;
  void SetPointerCursor(bool pointer) override;

 private:
  static EM_BOOL OnAnimationFrame(double time, void* self);
  void DrawFrame(double now_ms);

  Framework framework_;
  Strings strings_;
  draw::WheelStyle style_;
  WidgetModel model_;
  PointerInput pointer_;
  BrowserGlyphs glyphs_;
  draw::FontAtlas fonts_{glyphs_};
  GlSurface surface_;
  GlRenderer renderer_;
  bool gl_ready_ = false;
  ImTextureID atlas_texture_ = nullptr;
  ImDrawListSharedData draw_shared_;
  ImDrawList draw_list_{&draw_shared_};
  float dpr_ = 1;
  float screen_dpr_ = 1;  // kept while a picture is drawn at its own scale
  bool frame_pending_ = false;
};

}  // namespace mgi::platform
