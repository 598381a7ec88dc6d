#include "platform/host_bridge.hpp"

#include <emscripten.h>

// clang-format off
EM_JS(void, mgi_js_bind_canvas, (int widget, const char* target), {
  var host = Module["mgiHosts"].get(widget);
  if (host) specialHTMLTargets[UTF8ToString(target)] = host.canvas;
});

EM_JS(void, mgi_js_unbind_canvas, (const char* target), {
  delete specialHTMLTargets[UTF8ToString(target)];
});

// A browser with WebGL switched off may not define the API's classes at all (WebKitGTK), and
// Emscripten's context creation names them unguarded: ask before creating.
EM_JS(int, mgi_js_has_webgl2, (), {
  return typeof WebGL2RenderingContext !== "undefined" && typeof WebGLRenderingContext !== "undefined" ? 1 : 0;
});

EM_JS(void, mgi_js_bind_surface, (const char* target), {
  specialHTMLTargets[UTF8ToString(target)] = Module["mgiSurface"];
});

// In the task that drew the surface: its drawing buffer is not preserved past it.
EM_JS(void, mgi_js_copy_surface, (int widget, int width, int height), {
  var host = Module["mgiHosts"].get(widget);
  if (host) host.show(Module["mgiSurface"], width, height);
});

EM_JS(void, mgi_js_put_pixels, (int widget, const void* rgba, int width, int height), {
  var host = Module["mgiHosts"].get(widget);
  if (host) host.show(new ImageData(new Uint8ClampedArray(HEAPU8.buffer, rgba, width * height * 4), width, height), width, height);
});

EM_JS(int, mgi_js_show_surface, (int widget, int width, int height), {
  var host = Module["mgiHosts"].get(widget);
  return host && host.showSurface(Module["mgiSurface"], width, height) ? 1 : 0;
});

EM_JS(void, mgi_js_release_surface, (), {
  Module["mgiSurface"].remove();
});

EM_JS(void, mgi_js_emit, (int widget, const char* kind, int kind_len, const char* json, int json_len), {
  var host = Module["mgiHosts"].get(widget);
  if (host) host.emit(UTF8ToString(kind, kind_len), UTF8ToString(json, json_len));
});

EM_JS(void, mgi_js_set_cursor, (int widget, int pointer), {
  var host = Module["mgiHosts"].get(widget);
  if (host) host.canvas.style.cursor = pointer ? "pointer" : "";
});
// clang-format on

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

bool ShowSurfaceInWidget(int widget, int width, int height) { return mgi_js_show_surface(widget, width, height) != 0; }

void ReleaseSurface() { mgi_js_release_surface(); }

void Emit(int widget, std::string_view kind, std::string_view json) {
  mgi_js_emit(widget, kind.data(), static_cast<int>(kind.size()), json.data(), static_cast<int>(json.size()));
}

void SetCursor(int widget, bool pointer) { mgi_js_set_cursor(widget, pointer ? 1 : 0); }

}  // namespace mgi::platform
