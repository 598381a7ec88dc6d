#include "platform/pointer_input.hpp"

#include <utility>

namespace mgi::platform {

void PointerInput::Attach(WidgetModel& model, std::string target) {
  model_ = &model;
  target_ = std::move(target);
  const char* t = target_.c_str();
  emscripten_set_mousemove_callback(t, this, EM_FALSE, OnMouseMove);
  emscripten_set_mouseleave_callback(t, this, EM_FALSE, OnMouseLeave);
  emscripten_set_mousedown_callback(t, this, EM_FALSE, OnMouseDown);
  emscripten_set_click_callback(t, this, EM_FALSE, OnClick);
}

void PointerInput::Detach() {
  if (!model_) return;
  // Only this canvas's listeners: the other widgets of the page share the module.
  const char* t = target_.c_str();
  emscripten_set_mousemove_callback(t, nullptr, EM_FALSE, nullptr);
  emscripten_set_mouseleave_callback(t, nullptr, EM_FALSE, nullptr);
  emscripten_set_mousedown_callback(t, nullptr, EM_FALSE, nullptr);
  emscripten_set_click_callback(t, nullptr, EM_FALSE, nullptr);
  model_ = nullptr;
}

Point PointerInput::ToCanvasCss(const EmscriptenMouseEvent& e) const {
  // targetX/Y are in on-screen pixels from the canvas's corner; a CSS transform on an ancestor
  // (scale, zoom) makes them differ from CSS pixels, so rescale by the drawn size.
  double shown_w = 0, shown_h = 0;
  emscripten_get_element_css_size(target_.c_str(), &shown_w, &shown_h);
  const LayoutPlan& plan = model_->state().layout();
  const float sx = shown_w > 0 ? plan.canvas_width / static_cast<float>(shown_w) : 1.0f;
  const float sy = shown_h > 0 ? plan.canvas_height / static_cast<float>(shown_h) : 1.0f;
  return {static_cast<float>(e.targetX) * sx, static_cast<float>(e.targetY) * sy};
}

EM_BOOL PointerInput::OnMouseMove(int, const EmscriptenMouseEvent* e, void* self) {
  auto* input = static_cast<PointerInput*>(self);
  input->model_->PointerMove(input->ToCanvasCss(*e), emscripten_get_now());
  return EM_FALSE;
}

EM_BOOL PointerInput::OnMouseLeave(int, const EmscriptenMouseEvent*, void* self) {
  static_cast<PointerInput*>(self)->model_->PointerLeave();
  return EM_FALSE;
}

EM_BOOL PointerInput::OnMouseDown(int, const EmscriptenMouseEvent*, void* self) {
  static_cast<PointerInput*>(self)->model_->PointerDown();
  return EM_FALSE;  // keep the default
}

EM_BOOL PointerInput::OnClick(int, const EmscriptenMouseEvent* e, void* self) {
  auto* input = static_cast<PointerInput*>(self);
  if (e->button == 0) input->model_->Click(input->ToCanvasCss(*e), emscripten_get_now());
  return EM_FALSE;
}

}  // namespace mgi::platform
