#include "platform/widget_app.hpp"

#include <GLES3/gl3.h>
#include <emscripten.h>

#include "core/png_layout.hpp"
#include "draw/widget_scene.hpp"
#include "platform/embedded_assets.hpp"
#include "platform/host_bridge.hpp"

namespace mgi::platform {

WidgetApp::WidgetApp() : model_(framework_, strings_, *this, style_.lift_px) {}

double WidgetApp::Now() { return emscripten_get_now(); }

bool WidgetApp::Create(std::string lang, bool reduced_motion, float host_width, float dpr) {
  dpr_ = dpr > 0 ? dpr : 1;
  Diagnostics diag;
  if (!LoadFramework(embedded::framework_json, &framework_, &diag) || !strings_.Load(embedded::strings_json, &diag)) {
    Emit("error", Json{{"message", "built-in framework data is broken: " + diag.errors.front().ToString()},
                       {"url", ""},
                       {"details", Json::array()},
                       {"side", 0}}
                      .dump());
    return false;
  }

  BindCanvas();
  // Sizes the canvas first: the context's drawing buffer is then made once, at that size.
  model_.Start(std::move(lang), reduced_motion, host_width, Now());
  if (!surface_.Create()) {
    model_.FailDrawing(DrawingFailure::kNoWebGl2);
    return false;
  }
  if (!renderer_.Init()) {
    model_.FailDrawing(DrawingFailure::kShadersRefused);
    return false;
  }
  gl_ready_ = true;
  pointer_.Attach(model_);
  model_.SetDrawable(true);
  return true;
}

void WidgetApp::Destroy() {
  pointer_.Detach();
  model_.SetDrawable(false);
  if (gl_ready_) {
    surface_.MakeCurrent();
    renderer_.Shutdown();
    gl_ready_ = false;
  }
  surface_.Destroy();
}

void WidgetApp::SetHostSize(float host_width, float dpr) {
  dpr_ = dpr > 0 ? dpr : 1;
  model_.SetHostWidth(host_width, Now());
}

void WidgetApp::FontsChanged() {
  fonts_.Invalidate();
  RequestFrame();
}

void WidgetApp::RenderNow() {
  if (gl_ready_) DrawFrame(Now());  // even out of view or in a hidden tab: printing needs it
}

std::string WidgetApp::BeginPng() {
  if (!gl_ready_) return "null";
  screen_dpr_ = dpr_;
  dpr_ = kPngScale;
  const LayoutPlan& plan = model_.state().layout();
  surface_.Resize(plan.canvas_width, plan.canvas_height, dpr_);
  DrawFrame(Now());
  return model_.PngPlan(surface_.width(), surface_.height());
}

void WidgetApp::EndPng() {
  dpr_ = screen_dpr_;
  const LayoutPlan& plan = model_.state().layout();
  surface_.Resize(plan.canvas_width, plan.canvas_height, dpr_);
  RenderNow();
}

//-----------------------------------------------------------------------------
// WidgetHost
//-----------------------------------------------------------------------------

void WidgetApp::Emit(std::string_view kind, std::string_view json) { platform::Emit(kind, json); }

void WidgetApp::ResizeCanvas(float css_width, float css_height) { surface_.Resize(css_width, css_height, dpr_); }

void WidgetApp::SetPointerCursor(bool pointer) { SetCursor(pointer); }

void WidgetApp::RequestFrame() {
  if (frame_pending_ || !model_.ShouldDraw()) return;
  frame_pending_ = true;
  emscripten_request_animation_frame(OnAnimationFrame, this);
}

EM_BOOL WidgetApp::OnAnimationFrame(double, void* self) {
  auto* app = static_cast<WidgetApp*>(self);
  app->frame_pending_ = false;
  if (app->model_.ShouldDraw()) app->DrawFrame(Now());
  return EM_FALSE;
}

//-----------------------------------------------------------------------------
// Frames
//-----------------------------------------------------------------------------

void WidgetApp::DrawFrame(double now_ms) {
  const LayoutPlan& plan = model_.state().layout();
  if (plan.canvas_width <= 0) return;
  model_.BeginFrame(now_ms);
  const CanvasText& text = model_.canvas_text();
  const draw::FrameScenes scenes = draw::BuildFrameScenes(model_, now_ms);
  surface_.MakeCurrent();
  if (fonts_.Ensure(text.label_chars, text.hub_chars, draw::FrameFontSizes(scenes, dpr_, style_))) {
    const std::vector<unsigned char> texels = fonts_.TakePixels();
    atlas_texture_ = renderer_.UploadAtlas(texels.data(), fonts_.width(), fonts_.height());
  }
  if (!fonts_.label()) return;
  draw::DrawFrame(draw_list_, draw_shared_, scenes, model_, fonts_, atlas_texture_, dpr_, style_);

  if (!renderer_.ProgramReady()) {
    gl_ready_ = false;
    model_.FailDrawing(DrawingFailure::kShadersFailed);
    return;
  }
  glViewport(0, 0, surface_.width(), surface_.height());
  glClearColor(0, 0, 0, 0);
  glClear(GL_COLOR_BUFFER_BIT);
  renderer_.Render(draw_list_, plan.canvas_width, plan.canvas_height, dpr_, surface_.width(), surface_.height());
  model_.EndFrame(now_ms);
}

}  // namespace mgi::platform
