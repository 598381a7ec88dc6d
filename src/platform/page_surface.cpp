#include "platform/page_surface.hpp"

#include <emscripten/eventloop.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "platform/host_bridge.hpp"

namespace mgi::platform {

PageSurface& PageSurface::Get() {
  static PageSurface surface;
  return surface;
}

void PageSurface::Start() {
  if (started_) return;
  started_ = true;
  BindSurfaceCanvas();
  if (BrowserHasWebGl2()) gpu_start_ = GpuStart::kWanted;
  else UseCpu("WebGL2 is not available");
}

void PageSurface::OnGpuStartDue(void* self) {
  auto* surface = static_cast<PageSurface*>(self);
  surface->gpu_start_ = GpuStart::kNotWanted;
  // The pictures the CPU drew stay up; the widgets' next frames are drawn on the GPU.
  if (!surface->StartGpu()) surface->UseCpu("WebGL2 is not available");
}

bool PageSurface::StartGpu() {
  if (!BrowserHasWebGl2()) return false;
  EmscriptenWebGLContextAttributes attrs;
  emscripten_webgl_init_context_attributes(&attrs);
  attrs.majorVersion = 2;
  attrs.minorVersion = 0;
  attrs.alpha = EM_TRUE;  // the host page shows through around the wheel
  attrs.premultipliedAlpha = EM_TRUE;
  attrs.antialias = EM_FALSE;  // ImGui anti-aliases its own edges; no MSAA buffers
  attrs.depth = EM_FALSE;
  attrs.stencil = EM_FALSE;
  // Each widget's corner is copied out in the task that drew it, and a shown surface is read
  // (printing, the PNG) in the task that drew it too, so the buffer need not survive.
  attrs.preserveDrawingBuffer = EM_FALSE;
  attrs.powerPreference = EM_WEBGL_POWER_PREFERENCE_LOW_POWER;
  context_ = emscripten_webgl_create_context(kSurfaceTarget, &attrs);
  if (context_ <= 0) return false;
  emscripten_webgl_make_context_current(context_);
  if (!renderer_.Init()) return false;
  emscripten_set_webglcontextlost_callback(kSurfaceTarget, this, EM_FALSE, OnContextLost);
  emscripten_set_webglcontextrestored_callback(kSurfaceTarget, this, EM_FALSE, OnContextRestored);
  gpu_ = true;
  return true;
}

void PageSurface::UseCpu(const char* why) {
  gpu_ = false;
  std::fprintf(stderr, "%s; the wheels are drawn on the CPU\n", why);
}

EM_BOOL PageSurface::OnContextLost(int, const void*, void* self) {
  auto* surface = static_cast<PageSurface*>(self);
  // Until it is restored, the CPU draws: every widget keeps its picture and its frames.
  surface->gpu_ = false;
  ++surface->generation_;
  // The shown frame's textures died with the context: never draw it again. The lost surface shows
  // nothing, so the widget it was shown in is drawn on the CPU at once, in view or not (out of
  // view it would draw only once back in view, a frame after it is painted).
  surface->shown_frame_ = ShownFrame();
  std::fprintf(stderr, "the WebGL context was lost; drawing on the CPU until it is restored\n");
  if (surface->shown_in_ != 0 && surface->draw_now_) surface->draw_now_(surface->shown_in_);
  if (surface->redraw_all_) surface->redraw_all_();
  return EM_TRUE;  // preventDefault: tells the browser we want it back
}

EM_BOOL PageSurface::OnContextRestored(int, const void*, void* self) {
  auto* surface = static_cast<PageSurface*>(self);
  // Every GL object died with the old context: make the renderer again; textures follow lazily.
  surface->renderer_ = GlRenderer();
  emscripten_webgl_make_context_current(surface->context_);
  surface->gpu_ = surface->renderer_.Init();
  ++surface->generation_;
  if (surface->redraw_all_) surface->redraw_all_();
  return EM_FALSE;
}

ImTextureID PageSurface::AtlasTexture(WidgetAtlas& atlas) {
  if (!gpu_) return rasterizer_.atlas_id();
  if (atlas.uploaded_generation != generation_) {
    atlas.texture = 0;  // a name from a lost context: never delete it in the new one
    atlas.uploaded_generation = 0;
  }
  if (atlas.uploaded_generation == 0 && !atlas.coverage.empty()) {
    renderer_.UploadAtlas(atlas.texture, atlas.coverage.data(), atlas.width, atlas.height);
    atlas.uploaded_generation = generation_;
  }
  return reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(atlas.texture));
}

void PageSurface::ForgetAtlas(WidgetAtlas& atlas) {
  if (shown_frame_.atlas == &atlas) shown_frame_ = ShownFrame();  // its list names the texture
  if (gpu_ && atlas.uploaded_generation == generation_) GlRenderer::DeleteTexture(atlas.texture);
  atlas.texture = 0;
  atlas.uploaded_generation = 0;
}

void PageSurface::CheckProgram() {
  if (gpu_ && !renderer_.ProgramReady()) UseCpu("the WebGL shaders failed");
}

void PageSurface::Present(int widget, const ImDrawList& list, const WidgetAtlas& atlas, float css_width,
                          float css_height, float dpr, int width, int height, double browser_frame) {
  if (width <= 0 || height <= 0) return;
  if (gpu_) PresentGpu(widget, list, atlas, css_width, css_height, dpr, width, height, browser_frame);
  else PresentCpu(widget, list, atlas, css_width, css_height, dpr, width, height);
  if (gpu_start_ == GpuStart::kWanted) {
    gpu_start_ = GpuStart::kScheduled;
    emscripten_set_timeout(OnGpuStartDue, kGpuStartDelayMs, this);
  }
}

void PageSurface::PresentGpu(int widget, const ImDrawList& list, const WidgetAtlas& atlas, float css_width,
                             float css_height, float dpr, int width, int height, double browser_frame) {
  const bool alone = DrawsAlone(widget, browser_frame);
  if (shown_in_ != 0 && shown_in_ != widget) StopShowing();
  SizeBuffer(width, height, alone);
  renderer_.Render(list, css_width, css_height, dpr, width, height, buffer_height_);
  if (alone && ShowSurfaceInWidget(widget, width, height)) {
    shown_in_ = widget;
    shown_frame_ = ShownFrame{&list, &atlas, css_width, css_height, dpr, width, height};
  } else {
    CopySurfaceToWidget(widget, width, height);  // takes the surface out of the widget's place, if there
    shown_in_ = 0;
    shown_frame_ = ShownFrame();
  }
}

bool PageSurface::DrawsAlone(int widget, double browser_frame) {
  if (widgets_ == 1) return true;
  if (browser_frame <= 0) return shown_in_ == widget;  // printing, the PNG: where it was
  const bool drew_in_frame = std::find(frame_widgets_.begin(), frame_widgets_.end(), widget) != frame_widgets_.end();
  if (browser_frame != frame_time_ || drew_in_frame) {
    last_frame_alone_ = frame_widgets_.size() == 1 ? frame_widgets_.front() : 0;
    frame_time_ = browser_frame;
    frame_widgets_.clear();
  }
  frame_widgets_.push_back(widget);
  // Taking the surface costs the widget shown before it a frame drawn again and copied: only a
  // widget that kept drawing alone takes it, not each of several drawing in the same frames.
  return frame_widgets_.size() == 1 && (shown_in_ == widget || last_frame_alone_ == widget);
}

void PageSurface::StopShowing() {
  const int widget = shown_in_;
  const ShownFrame frame = shown_frame_;
  shown_in_ = 0;
  shown_frame_ = ShownFrame();
  if (gpu_ && frame.list) {
    SizeBuffer(frame.width, frame.height, false);
    renderer_.Render(*frame.list, frame.css_width, frame.css_height, frame.dpr, frame.width, frame.height, buffer_height_);
    CopySurfaceToWidget(widget, frame.width, frame.height);
  } else if (draw_now_) {
    // No frame to draw again (its atlas was rebuilt): drawn anew. It is copied: with shown_in_
    // cleared above, DrawsAlone says no to it (another widget is drawing, so it is not alone).
    draw_now_(widget);
    ReleaseSurface();  // if it drew nothing (no layout yet), the surface still leaves its place
  } else {
    ReleaseSurface();
  }
}

void PageSurface::RemoveWidget(int widget) {
  --widgets_;
  if (shown_in_ != widget) return;
  shown_in_ = 0;
  shown_frame_ = ShownFrame();
  ReleaseSurface();
}

void PageSurface::SizeBuffer(int width, int height, bool exact) {
  const int w = exact ? width : std::max(width, buffer_width_);
  const int h = exact ? height : std::max(height, buffer_height_);
  if (w == buffer_width_ && h == buffer_height_) return;
  buffer_width_ = w;
  buffer_height_ = h;
  emscripten_set_canvas_element_size(kSurfaceTarget, w, h);
}

void PageSurface::PresentCpu(int widget, const ImDrawList& list, const WidgetAtlas& atlas, float css_width,
                             float css_height, float dpr, int width, int height) {
  if (widget != rasterizer_widget_ || atlas.version != rasterizer_atlas_version_) {
    rasterizer_.UploadAtlas(atlas.coverage, atlas.width, atlas.height);  // a copy: tens of KB
    rasterizer_widget_ = widget;
    rasterizer_atlas_version_ = atlas.version;
  }
  if (shown_in_ == widget) shown_in_ = 0;  // the picture takes the surface out of its place
  rasterizer_.Resize(width, height);
  rasterizer_.Clear();
  rasterizer_.Render(list, css_width, css_height, dpr);
  PutWidgetPixels(widget, rasterizer_.ConvertToStraightAlpha().data(), width, height);
}

}  // namespace mgi::platform
