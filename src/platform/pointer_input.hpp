// Mouse input on the widget's own canvas (html5.h), handed to the model in CSS pixels of the canvas.
//
// Why html5.h and not GLFW emulation: GLFW's emulation assumes one canvas per page, listens for
// wheel events on the whole window (stealing the page's scroll) and has no touch. These listeners
// are on this widget's canvas only; no wheel or touch listeners, so scrolling and pinch-zoom over
// the wheel stay with the page and taps arrive as clicks. No keyboard listeners either: the canvas
// is hidden from assistive technology and takes no focus; its accessible twin (real buttons in the
// shadow root) does, and calls the model's SetKeyboardFocus/Select through exports.cpp.
#pragma once
#include <emscripten/html5.h>

#include <string>

#include "core/widget_model.hpp"

namespace mgi::platform {

class PointerInput {
 public:
  // `target`: the html5.h name of the widget's canvas (host_bridge's WidgetCanvasTarget).
  void Attach(WidgetModel& model, std::string target);
  void Detach();

 private:
  static EM_BOOL OnMouseMove(int, const EmscriptenMouseEvent* e, void* self);
  static EM_BOOL OnMouseLeave(int, const EmscriptenMouseEvent* e, void* self);
  static EM_BOOL OnMouseDown(int, const EmscriptenMouseEvent* e, void* self);
  static EM_BOOL OnClick(int, const EmscriptenMouseEvent* e, void* self);
  Point ToCanvasCss(const EmscriptenMouseEvent& e) const;

  WidgetModel* model_ = nullptr;
  std::string target_;
};

}  // namespace mgi::platform
