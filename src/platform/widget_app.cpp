#include "platform/widget_app.hpp"

#include <emscripten.h>

#include <algorithm>
#include <cmath>

#include "core/png_layout.hpp"
#include "draw/widget_scene.hpp"
#include "platform/embedded_assets.hpp"
#include "platform/host_bridge.hpp"

namespace mgi::platform {

namespace {

// The built-in framework and interface strings, read once for the page and shared by its widgets:
// thirty widgets parsed the same two documents thirty times.
struct BuiltInData {
  Framework framework;
  Strings strings;
  std::string problem;  // empty when both were read
};

const BuiltInData& BuiltIn() {
  static const BuiltInData data = [] {
    BuiltInData read;
    Diagnostics diag;
    if (!LoadFramework(embedded::framework_json, &read.framework, &diag) ||
        !read.strings.Load(embedded::strings_json, &diag)) {
      read.problem = diag.errors.front().ToString();
    }
    return read;
  }();
  return data;
}

}  // namespace

WidgetApp::WidgetApp(int id)
    : id_(id), model_(BuiltIn().framework, BuiltIn().strings, *this, style_.lift_px), glyphs_(id) {}

double WidgetApp::Now() { return emscripten_get_now(); }

bool WidgetApp::Create(std::string_view own_lang, std::string_view page_lang, bool reduced_motion, float host_width, float dpr) {
  dpr_ = dpr > 0 ? dpr : 1;
  if (!BuiltIn().problem.empty()) {
    Emit("error", mgi::ErrorMessage{"built-in framework data is broken: " + BuiltIn().problem, "", {}, 0}.ToJson().dump());
    return false;
  }
  PageSurface::Get().Start();
  BindWidgetCanvas(id_);
  model_.Start(own_lang, page_lang, reduced_motion, host_width, Now());
  pointer_.Attach(model_, WidgetCanvasTarget(id_));
  created_ = true;
  model_.SetDrawable(true);
  return true;
}

void WidgetApp::Destroy() {
  // The module outlives the widget: a frame asked for now would call back into freed memory.
  if (frame_pending_) emscripten_cancel_animation_frame(frame_request_);
  frame_pending_ = false;
  pointer_.Detach();
  model_.SetDrawable(false);
  PageSurface::Get().ForgetAtlas(atlas_);
  if (created_) UnbindWidgetCanvas(id_);
  created_ = false;
}

void WidgetApp::SetHostSize(float host_width, float dpr) {
  dpr_ = dpr > 0 ? dpr : 1;
  model_.SetHostWidth(host_width, Now());
  RequestFrame();  // a new dpr alone changes no layout, but the pixels
}

void WidgetApp::FontsChanged() {
  fonts_.Invalidate();
  RequestFrame();
}

void WidgetApp::RenderNow() {
  if (created_) DrawFrame(Now());  // even out of view or in a hidden tab: printing needs it
}

std::string WidgetApp::BeginPng() {
  if (!created_) return "null";
  screen_dpr_ = dpr_;
  dpr_ = kPngScale;
  DrawFrame(Now());
  return model_.PngPlan(PixelWidth(dpr_), PixelHeight(dpr_));
}

void WidgetApp::EndPng() {
  dpr_ = screen_dpr_;
  RenderNow();
}

int WidgetApp::PixelWidth(float dpr) const { return static_cast<int>(std::lround(model_.state().layout().canvas_width * dpr)); }
int WidgetApp::PixelHeight(float dpr) const { return static_cast<int>(std::lround(model_.state().layout().canvas_height * dpr)); }

//-----------------------------------------------------------------------------
// WidgetHost
//-----------------------------------------------------------------------------

void WidgetApp::Emit(std::string_view kind, std::string_view json) { Post(id_, kind, json); }

// The canvas takes its pixel size with each picture it is given (host.show in the page).
void WidgetApp::ResizeCanvas(float, float) { RequestFrame(); }

void WidgetApp::SetPointerCursor(bool pointer) { SetCursor(id_, pointer); }

void WidgetApp::RequestFrame() {
  if (frame_pending_ || !model_.ShouldDraw()) return;
  frame_pending_ = true;
  frame_request_ = emscripten_request_animation_frame(OnAnimationFrame, this);
}

EM_BOOL WidgetApp::OnAnimationFrame(double time, void* self) {
  auto* app = static_cast<WidgetApp*>(self);
  app->frame_pending_ = false;
  if (app->model_.ShouldDraw()) app->DrawFrame(Now(), time);
  return EM_FALSE;
}

//-----------------------------------------------------------------------------
// Frames
//-----------------------------------------------------------------------------

void WidgetApp::DrawFrame(double now_ms, double browser_frame) {
  const LayoutPlan& plan = model_.state().layout();
  if (plan.canvas_width <= 0) return;
  model_.BeginFrame(now_ms);
  PageSurface& surface = PageSurface::Get();
  // Still moving after this frame: on the CPU, drawn coarser (kCpuMotionDpr); the last one is not.
  const bool coarse = browser_frame > 0 && !surface.gpu() && model_.state().AnimatingAt(now_ms);
  const float dpr = coarse ? std::min(dpr_, kCpuMotionDpr) : dpr_;
  if (coarse) surface.ReserveCpuFrame(PixelWidth(dpr_), PixelHeight(dpr_));  // the frame it settles on
  const CanvasText& text = model_.canvas_text();
  const draw::FrameScenes scenes = draw::BuildFrameScenes(model_, now_ms);
  if (fonts_.Ensure(text.label_chars, text.hub_chars, draw::FrameFontSizes(scenes, dpr_, style_))) {
    surface.ForgetAtlas(atlas_);
    atlas_.coverage = fonts_.TakePixels();
    atlas_.width = fonts_.width();
    atlas_.height = fonts_.height();
    ++atlas_.version;
  }
  if (!fonts_.label()) return;
  surface.CheckProgram();  // a failure turns the surface to the CPU: this frame is drawn there
  const ImTextureID texture = surface.AtlasTexture(atlas_);
  draw::DrawFrame(draw_list_, draw_shared_, scenes, model_, fonts_, texture, dpr, style_, labels_);
  surface.Present(id_, draw_list_, atlas_, plan.canvas_width, plan.canvas_height, dpr, PixelWidth(dpr), PixelHeight(dpr));
  model_.EndFrame(now_ms);
}

}  // namespace mgi::platform
