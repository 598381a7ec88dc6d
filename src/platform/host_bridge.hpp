// The one channel from C++ to the page: events and view models are posted to the page's queue
// (web/core-api.js), which hands them to the widget's host once the core has returned. Also the
// canvases html5.h and the page surface need, found by name because querySelector cannot see
// into a shadow root: each widget's own canvas, and the page's one detached drawing surface.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace mgi::platform {

// The html5.h target name of widget `widget`'s canvas, bound by BindWidgetCanvas().
std::string WidgetCanvasTarget(int widget);
void BindWidgetCanvas(int widget);
void UnbindWidgetCanvas(int widget);

// The page surface's canvas (Module.mgiSurface, made by the loader and never put in the page).
inline constexpr const char* kSurfaceTarget = "!mgi-surface";
void BindSurfaceCanvas();
// Whether the browser defines WebGL2 at all (switched off, it may not).
bool BrowserHasWebGl2();
// Copies the surface's top-left width x height into the widget's canvas (resized to it).
void CopySurfaceToWidget(int widget, int width, int height);
// Puts straight-alpha RGBA pixels into the widget's canvas (resized to width x height).
void PutWidgetPixels(int widget, const std::uint8_t* rgba, int width, int height);

// Posts a message (kind and json: as WidgetHost::Emit, core/widget_model.hpp) to the page's queue.
// The page reads it after the call into the core that caused it has returned, so a reader never
// finds the core on the stack (a page's mgi-select handler that selects again waits its turn).
void Post(int widget, std::string_view kind, std::string_view json);

void SetCursor(int widget, bool pointer);

}  // namespace mgi::platform
