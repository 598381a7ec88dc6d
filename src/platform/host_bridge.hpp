// The one channel from C++ to the page: events and view models go to the widget's host in
// `Module.mgiHosts` (set by web/widget-controller.js), which writes them into the DOM. Also the
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

// The page surface's canvas (Module.mgiSurface, made by the loader; shown only in the place of a
// widget alone on its page).
inline constexpr const char* kSurfaceTarget = "!mgi-surface";
void BindSurfaceCanvas();
// Whether the browser defines WebGL2 at all (switched off, it may not).
bool BrowserHasWebGl2();
// Copies the surface's top-left width x height into the widget's canvas (resized to it). A
// picture given to the widget's canvas, this or the next, takes the surface out of its place.
void CopySurfaceToWidget(int widget, int width, int height);
// Puts straight-alpha RGBA pixels into the widget's canvas (resized to width x height).
void PutWidgetPixels(int widget, const std::uint8_t* rgba, int width, int height);
// Shows the surface (drawn at width x height) over the widget's canvas, which it empties. False
// when the page styles that canvas in a way the surface cannot follow: then copy.
bool ShowSurfaceInWidget(int widget, int width, int height);
// Takes the surface out of the page, wherever it is shown.
void ReleaseSurface();

// kind and json: as WidgetHost::Emit (core/widget_model.hpp).
void Emit(int widget, std::string_view kind, std::string_view json);

void SetCursor(int widget, bool pointer);

}  // namespace mgi::platform
