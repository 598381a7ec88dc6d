#include "platform/host_bridge.hpp"

#include <emscripten.h>

// clang-format off
EM_JS(void, mgi_js_bind_canvas, (), {
  specialHTMLTargets["!canvas"] = Module["canvas"];
});

EM_JS(void, mgi_js_emit, (const char* kind, int kind_len, const char* json, int json_len), {
  var host = Module["mgiHost"];
  if (host) host.emit(UTF8ToString(kind, kind_len), UTF8ToString(json, json_len));
});

EM_JS(void, mgi_js_set_cursor, (int pointer), {
  var canvas = Module["canvas"];
  if (canvas) canvas.style.cursor = pointer ? "pointer" : "";
});
// clang-format on

namespace mgi::platform {

void BindCanvas() { mgi_js_bind_canvas(); }

void Emit(std::string_view kind, std::string_view json) {
  mgi_js_emit(kind.data(), static_cast<int>(kind.size()), json.data(), static_cast<int>(json.size()));
}

void SetCursor(bool pointer) { mgi_js_set_cursor(pointer ? 1 : 0); }

}  // namespace mgi::platform
