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
  // Each widget's corner is copied out in the task that drew it, so the buffer need not survive.
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
  std::fprintf(stderr, "the WebGL context was lost; drawing on the CPU until it is restored\n");
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
  if (gpu_ && atlas.uploaded_generation == generation_) GlRenderer::DeleteTexture(atlas.texture);
  atlas.texture = 0;
  atlas.uploaded_generation = 0;
}

void PageSurface::CheckProgram() {
  if (gpu_ && !renderer_.ProgramReady()) UseCpu("the WebGL shaders failed");
}

void PageSurface::Present(int widget, const ImDrawList& list, const WidgetAtlas& atlas, float css_width,
                          float css_height, float dpr, int width, int height) {
  if (width <= 0 || height <= 0) return;
  if (gpu_) PresentGpu(widget, list, css_width, css_height, dpr, width, height);
  else PresentCpu(widget, list, atlas, css_width, css_height, dpr, width, height);
  if (gpu_start_ == GpuStart::kWanted) {
    gpu_start_ = GpuStart::kScheduled;
    emscripten_set_timeout(OnGpuStartDue, kGpuStartDelayMs, this);
  }
}

void PageSurface::PresentGpu(int widget, const ImDrawList& list, float css_width, float css_height, float dpr,
                             int width, int height) {
  GrowBuffer(width, height);
  renderer_.Render(list, css_width, css_height, dpr, width, height, buffer_height_);
  CopySurfaceToWidget(widget, width, height);
}

void PageSurface::GrowBuffer(int width, int height) {
  const int w = std::max(width, buffer_width_);
  const int h = std::max(height, buffer_height_);
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
  rasterizer_.Resize(width, height);
  rasterizer_.Clear();
  rasterizer_.Render(list, css_width, css_height, dpr);
  PutWidgetPixels(widget, rasterizer_.ConvertToStraightAlpha().data(), width, height);
}

}  // namespace mgi::platform
