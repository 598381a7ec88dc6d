// The one channel from C++ to the page: events and view models go to the instance's
// `Module.mgiHost` (set by web/mgi-wheel.js), which writes them into the DOM. Also the canvas
// binding that lets html5.h find a canvas inside a shadow root.
#pragma once
#include <string_view>

namespace mgi::platform {

// Makes `Module.canvas` reachable as the html5.h target "!canvas" (querySelector cannot see
// into a shadow root, and each widget has its own canvas).
void BindCanvas();
inline constexpr const char* kCanvasTarget = "!canvas";

// kind and json: as WidgetHost::Emit (core/widget_model.hpp).
void Emit(std::string_view kind, std::string_view json);

void SetCursor(bool pointer);

}  // namespace mgi::platform
