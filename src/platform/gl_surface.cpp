#include "platform/gl_surface.hpp"

#include <cmath>

#include "platform/host_bridge.hpp"

namespace mgi::platform {

bool GlSurface::Create() {
  EmscriptenWebGLContextAttributes attrs;
  emscripten_webgl_init_context_attributes(&attrs);
  attrs.majorVersion = 2;
  attrs.minorVersion = 0;
  attrs.alpha = EM_TRUE;               // the host page shows through around the wheel
  attrs.premultipliedAlpha = EM_TRUE;
  attrs.antialias = EM_FALSE;          // ImGui anti-aliases its own edges; no MSAA buffers
  attrs.depth = EM_FALSE;
  attrs.stencil = EM_FALSE;
  attrs.preserveDrawingBuffer = EM_FALSE;
  attrs.powerPreference = EM_WEBGL_POWER_PREFERENCE_LOW_POWER;
  context_ = emscripten_webgl_create_context(kCanvasTarget, &attrs);
  if (context_ <= 0) return false;
  MakeCurrent();
  return true;
}

void GlSurface::Destroy() {
  if (context_ > 0) emscripten_webgl_destroy_context(context_);
  context_ = 0;
}

void GlSurface::Resize(float css_width, float css_height, float dpr) {
  const int w = static_cast<int>(std::lround(css_width * dpr));
  const int h = static_cast<int>(std::lround(css_height * dpr));
  if (w == width_ && h == height_) return;
  width_ = w;
  height_ = h;
  emscripten_set_canvas_element_size(kCanvasTarget, w, h);
}

void GlSurface::MakeCurrent() const {
  if (context_ > 0) emscripten_webgl_make_context_current(context_);
}

}  // namespace mgi::platform
