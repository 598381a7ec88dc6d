#include "platform/host_bridge.hpp"

// Defined in web/core-library.js (emcc --js-library).
extern "C" {
void mgi_js_bind_canvas(int widget, const char* target);
void mgi_js_unbind_canvas(const char* target);
int mgi_js_has_webgl2();
void mgi_js_bind_surface(const char* target);
void mgi_js_copy_surface(int widget, int width, int height);
void mgi_js_put_pixels(int widget, const void* rgba, int width, int height);
void mgi_js_post(int widget, const char* kind, int kind_len, const char* json, int json_len);
void mgi_js_set_cursor(int widget, int pointer);
}

namespace mgi::platform {

std::string WidgetCanvasTarget(int widget) { return "!mgi-widget-" + std::to_string(widget); }

void BindWidgetCanvas(int widget) { mgi_js_bind_canvas(widget, WidgetCanvasTarget(widget).c_str()); }

void UnbindWidgetCanvas(int widget) { mgi_js_unbind_canvas(WidgetCanvasTarget(widget).c_str()); }

void BindSurfaceCanvas() { mgi_js_bind_surface(kSurfaceTarget); }

bool BrowserHasWebGl2() { return mgi_js_has_webgl2() != 0; }

void CopySurfaceToWidget(int widget, int width, int height) { mgi_js_copy_surface(widget, width, height); }

void PutWidgetPixels(int widget, const std::uint8_t* rgba, int width, int height) {
  mgi_js_put_pixels(widget, rgba, width, height);
}

void Post(int widget, std::string_view kind, std::string_view json) {
  mgi_js_post(widget, kind.data(), static_cast<int>(kind.size()), json.data(), static_cast<int>(json.size()));
}

void SetCursor(int widget, bool pointer) { mgi_js_set_cursor(widget, pointer ? 1 : 0); }

}  // namespace mgi::platform
