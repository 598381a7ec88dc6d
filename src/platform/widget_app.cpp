// [SECTION] Setup and teardown
// [SECTION] Calls from the page
// [SECTION] Input
// [SECTION] Frames
// [SECTION] Output to the page
#include "platform/widget_app.hpp"

#include <GLES3/gl3.h>
#include <emscripten.h>

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "platform/embedded_assets.hpp"
#include "platform/host_bridge.hpp"

namespace mgi::platform {

//-----------------------------------------------------------------------------
// [SECTION] Setup and teardown
//-----------------------------------------------------------------------------

WidgetApp::WidgetApp() : fonts_(embedded::font_regular) {}

bool WidgetApp::Create(std::string lang, bool reduced_motion) {
  lang_ = std::move(lang);
  state_.SetReducedMotion(reduced_motion);
  Diagnostics diag;
  if (!LoadFramework(embedded::framework_json, &framework_, &diag) || !strings_.Load(embedded::strings_json, &diag)) {
    EmitError({"", "built-in framework data is broken: " + diag.errors.front().ToString(), {}});
    return false;
  }

  BindCanvas();
  if (!surface_.Create()) {
    state_.SetError({"", "this browser cannot draw the wheel (WebGL2 is not available)", {}});
    EmitError(state_.error());
    EmitPanel();
    return false;
  }

  imgui_ = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no settings file: nothing persists between page loads
  io.LogFilename = nullptr;
  fonts_.Ensure("", draw::FontSizesFor(0, dpr_, style_));
  ImGui_ImplOpenGL3_Init("#version 300 es");
  ImGui_ImplOpenGL3_CreateDeviceObjects();

  const char* t = kCanvasTarget;
  emscripten_set_mousemove_callback(t, this, EM_FALSE, OnMouseMove);
  emscripten_set_mouseleave_callback(t, this, EM_FALSE, OnMouseLeave);
  emscripten_set_mousedown_callback(t, this, EM_FALSE, OnMouseDown);
  emscripten_set_click_callback(t, this, EM_FALSE, OnClick);
  emscripten_set_keydown_callback(t, this, EM_FALSE, OnKeyDown);
  emscripten_set_focus_callback(t, this, EM_FALSE, OnFocus);
  emscripten_set_blur_callback(t, this, EM_FALSE, OnBlur);
  // No wheel or touch listeners: scrolling and pinch-zoom over the wheel belong to the page.
  EmitPanel();
  return true;
}

void WidgetApp::Destroy() {
  emscripten_html5_remove_all_event_listeners();
  if (imgui_) {
    surface_.MakeCurrent();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui::DestroyContext(imgui_);
    imgui_ = nullptr;
  }
  surface_.Destroy();
  visible_ = false;
}

double WidgetApp::Now() const { return emscripten_get_now(); }

//-----------------------------------------------------------------------------
// [SECTION] Calls from the page
//-----------------------------------------------------------------------------

void WidgetApp::SetHostSize(float host_width, float dpr) {
  dpr_ = dpr > 0 ? dpr : 1;
  const LayoutPlan plan = PlanLayout(host_width);
  const bool changed = plan.wide != state_.layout().wide || plan.canvas_width != state_.layout().canvas_width ||
                       plan.canvas_height != state_.layout().canvas_height;
  state_.SetLayout(plan, Now());
  surface_.Resize(plan.canvas_width, plan.canvas_height, dpr_);
  if (changed) {
    Json layout = {{"wide", plan.wide}, {"canvas_width", plan.canvas_width}, {"canvas_height", plan.canvas_height}};
    Emit("layout", layout.dump());
  }
  RequestFrame();
}

void WidgetApp::BeginLoading(std::string url) {
  state_.BeginLoading(std::move(url));
  ready_sent_ = false;
  EmitPanel();
  RequestFrame();
}

void WidgetApp::LoadProfile(std::string url, std::string_view text) {
  ProfileLoad load = mgi::LoadProfile(text);
  if (!load.diagnostics.warnings.empty()) {
    Json warning = {{"url", url}, {"messages", Json::array()}};
    for (const Issue& w : load.diagnostics.warnings) warning["messages"].push_back(w.ToString());
    Emit("warning", warning.dump());
  }
  if (!load.profile) {
    const auto& errors = load.diagnostics.errors;
    LoadError error{url, errors.front().ToString(), {}, true};
    if (errors.size() > 1) error.message += " (and " + std::to_string(errors.size() - 1) + " more)";
    for (const Issue& e : errors) error.details.push_back(e.ToString());
    state_.SetError(std::move(error));
    EmitError(state_.error());
    EmitPanel();
    RequestFrame();
    return;
  }
  state_.SetProfile(std::move(*load.profile), Now());
  EmitPanel();
  RequestFrame();
}

void WidgetApp::LoadFailed(std::string url, std::string message) {
  state_.SetError({std::move(url), std::move(message), {}});
  EmitError(state_.error());
  EmitPanel();
  RequestFrame();
}

bool WidgetApp::Select(std::string_view domain_id, SelectSource source) {
  std::optional<int> domain;
  if (!domain_id.empty()) {
    domain = DomainIndex(domain_id);
    if (!domain) return false;
  }
  if (state_.Select(domain, Now())) {
    EmitSelect(source);
    EmitPanel();
    RequestFrame();
  }
  return true;
}

void WidgetApp::SetLang(std::string lang) {
  if (lang == lang_) return;
  lang_ = std::move(lang);
  EmitPanel();
  RequestFrame();
}

void WidgetApp::SetReducedMotion(bool reduce) { state_.SetReducedMotion(reduce); }

void WidgetApp::SetVisible(bool visible) {
  visible_ = visible;
  if (visible) RequestFrame();
}

std::string WidgetApp::StateJson() const {
  const Profile* p = state_.profile();
  const Json state = {
      {"domain", state_.selected() ? Json(kDomainIds[*state_.selected()]) : Json(nullptr)},
      {"profile", p ? Json(p->id) : Json(nullptr)},
      {"phase", state_.phase() == Phase::kReady ? "ready" : state_.phase() == Phase::kError ? "error" : "loading"},
      {"lang", lang_},
  };
  return state.dump();
}

std::string WidgetApp::LayoutJson() const {
  const WheelGeometry g = GeometryAt(Now());
  Json segments = Json::array();
  for (int i = 0; i < kDomainCount; ++i)
    segments.push_back({{"id", kDomainIds[i]}, {"start_deg", g.SegmentStart(i)}, {"end_deg", g.SegmentEnd(i)}});
  const Profile* p = state_.profile();
  return Json{{"profile", p ? Json(p->id) : Json(nullptr)},
              {"cx", g.centre.x},
              {"cy", g.centre.y},
              {"r_inner", g.r_inner},
              {"r_outer", g.r_outer},
              {"segments", segments}}
      .dump();
}

//-----------------------------------------------------------------------------
// [SECTION] Input
//-----------------------------------------------------------------------------

Point WidgetApp::ToCanvasCss(const EmscriptenMouseEvent& e) const {
  // targetX/Y are in on-screen pixels from the canvas's corner; a CSS transform on an ancestor
  // (scale, zoom) makes them differ from CSS pixels, so rescale by the drawn size.
  double shown_w = 0, shown_h = 0;
  emscripten_get_element_css_size(kCanvasTarget, &shown_w, &shown_h);
  const LayoutPlan& plan = state_.layout();
  const float sx = shown_w > 0 ? plan.canvas_width / static_cast<float>(shown_w) : 1.0f;
  const float sy = shown_h > 0 ? plan.canvas_height / static_cast<float>(shown_h) : 1.0f;
  return {static_cast<float>(e.targetX) * sx, static_cast<float>(e.targetY) * sy};
}

void WidgetApp::Hover(Hit hit) {
  if (state_.phase() != Phase::kReady) hit = {};
  SetCursor(hit.kind != HitKind::kNone);
  if (hit == state_.hover()) return;
  state_.SetHover(hit);
  RequestFrame();
}

void WidgetApp::Activate(Hit hit, SelectSource source) {
  if (state_.phase() != Phase::kReady) return;
  if (hit.kind == HitKind::kHub) {
    Select("", source);
  } else if (hit.kind == HitKind::kSegment) {
    // The selected segment again returns to the introduction.
    const bool again = state_.selected() && *state_.selected() == hit.segment;
    Select(again ? std::string_view() : kDomainIds[hit.segment], source);
  }
}

EM_BOOL WidgetApp::OnMouseMove(int, const EmscriptenMouseEvent* e, void* self) {
  auto* app = static_cast<WidgetApp*>(self);
  app->Hover(HitTest(app->GeometryAt(app->Now()), app->ToCanvasCss(*e)));
  return EM_FALSE;
}

EM_BOOL WidgetApp::OnMouseLeave(int, const EmscriptenMouseEvent*, void* self) {
  static_cast<WidgetApp*>(self)->Hover({});
  return EM_FALSE;
}

EM_BOOL WidgetApp::OnMouseDown(int, const EmscriptenMouseEvent*, void* self) {
  auto* app = static_cast<WidgetApp*>(self);
  if (app->focus_visible_) {
    app->focus_visible_ = false;
    app->RequestFrame();
  }
  return EM_FALSE;  // keep the default: the canvas takes focus
}

EM_BOOL WidgetApp::OnClick(int, const EmscriptenMouseEvent* e, void* self) {
  auto* app = static_cast<WidgetApp*>(self);
  if (e->button != 0) return EM_FALSE;
  const Hit hit = HitTest(app->GeometryAt(app->Now()), app->ToCanvasCss(*e));
  if (hit.kind != HitKind::kNone) app->state_.SetFocus(hit.kind == HitKind::kHub ? -1 : hit.segment);
  app->Activate(hit, SelectSource::kPointer);
  return EM_FALSE;
}

void WidgetApp::MoveFocus(int step) {
  // Wheel order, with the hub (-1) before the first segment.
  const int current = state_.focus().value_or(state_.selected().value_or(-1));
  int next = current + step;
  if (next < -1) next = kDomainCount - 1;
  if (next >= kDomainCount) next = -1;
  state_.SetFocus(next);
}

EM_BOOL WidgetApp::OnKeyDown(int, const EmscriptenKeyboardEvent* e, void* self) {
  auto* app = static_cast<WidgetApp*>(self);
  if (e->ctrlKey || e->altKey || e->metaKey || app->state_.phase() != Phase::kReady) return EM_FALSE;
  const std::string_view key = e->key;
  bool handled = true;
  if (key == "ArrowRight" || key == "ArrowDown") app->MoveFocus(+1);
  else if (key == "ArrowLeft" || key == "ArrowUp") app->MoveFocus(-1);
  else if (key == "Home") app->state_.SetFocus(-1);
  else if (key == "End") app->state_.SetFocus(kDomainCount - 1);
  else if (key == "Enter" || key == " ") {
    const int f = app->state_.focus().value_or(-1);
    if (f < 0) app->Select("", SelectSource::kKeyboard);
    else app->Select(kDomainIds[f], SelectSource::kKeyboard);
  } else if (key == "Escape") {
    handled = app->state_.selected().has_value();  // let Escape reach the page otherwise
    app->state_.SetFocus(-1);
    app->Select("", SelectSource::kKeyboard);
  } else handled = false;
  if (handled) {
    app->focus_visible_ = true;
    app->RequestFrame();
  }
  return handled ? EM_TRUE : EM_FALSE;
}

EM_BOOL WidgetApp::OnFocus(int, const EmscriptenFocusEvent*, void* self) {
  auto* app = static_cast<WidgetApp*>(self);
  app->has_focus_ = true;
  if (!app->state_.focus()) app->state_.SetFocus(app->state_.selected().value_or(-1));
  app->RequestFrame();
  return EM_FALSE;
}

EM_BOOL WidgetApp::OnBlur(int, const EmscriptenFocusEvent*, void* self) {
  auto* app = static_cast<WidgetApp*>(self);
  app->has_focus_ = false;
  app->RequestFrame();
  return EM_FALSE;
}

//-----------------------------------------------------------------------------
// [SECTION] Frames
//-----------------------------------------------------------------------------

// Out of view, frames stop; but the first frame of a profile is drawn anyway, so that `ready`
// resolves for a widget below the fold too.
bool WidgetApp::ShouldDraw() const { return imgui_ && (visible_ || (!ready_sent_ && state_.phase() == Phase::kReady)); }

void WidgetApp::RequestFrame() {
  if (frame_pending_ || !ShouldDraw()) return;
  frame_pending_ = true;
  emscripten_request_animation_frame(OnAnimationFrame, this);
}

EM_BOOL WidgetApp::OnAnimationFrame(double, void* self) {
  auto* app = static_cast<WidgetApp*>(self);
  app->frame_pending_ = false;
  app->DrawFrame(app->Now());
  return EM_FALSE;
}

WheelGeometry WidgetApp::GeometryAt(double now_ms) const {
  const LayoutPlan& plan = state_.layout();
  WheelGeometry g = FitWheel(plan.canvas_width, plan.canvas_height, style_.lift_px);
  g.rotation_deg = state_.RotationAt(now_ms);
  return g;
}

draw::WheelScene WidgetApp::BuildScene(double now_ms) const {
  draw::WheelScene scene;
  scene.geometry = GeometryAt(now_ms);
  scene.active = state_.phase() == Phase::kReady;
  scene.intro = scene.active ? state_.IntroAt(now_ms) : 1.0f;
  const TextContext text = Text();
  const bool ring = focus_visible_ && has_focus_;
  for (int i = 0; i < kDomainCount; ++i) {
    draw::SegmentView& s = scene.segments[i];
    s.colour = framework_.domains[i].colour;
    s.icon = framework_.domains[i].icon;
    s.label = SegmentLabel(state_, text, i);
    s.lift = state_.LiftOf(i);
    s.selected = state_.selected() == i;
    s.focused = ring && state_.focus() == i;
  }
  scene.hub = BuildHubText(state_, text);
  scene.hub_hovered = state_.hover().kind == HitKind::kHub;
  scene.hub_focused = ring && state_.focus() == -1;
  return scene;
}

void WidgetApp::DrawFrame(double now_ms) {
  if (!ShouldDraw() || state_.layout().canvas_width <= 0) return;
  state_.Advance(now_ms);
  const draw::WheelScene scene = BuildScene(now_ms);

  std::string all_text = scene.hub.name + scene.hub.level + scene.hub.year;
  for (const auto& s : scene.segments) all_text += s.label;
  surface_.MakeCurrent();
  if (fonts_.Ensure(all_text, draw::FontSizesFor(scene.geometry.r_outer, dpr_, style_))) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }

  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(state_.layout().canvas_width, state_.layout().canvas_height);
  io.DisplayFramebufferScale = ImVec2(dpr_, dpr_);
  io.DeltaTime = last_frame_ms_ > 0 ? std::max(0.0001f, static_cast<float>((now_ms - last_frame_ms_) / 1000.0)) : 1.0f / 60;
  last_frame_ms_ = now_ms;

  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  draw::DrawWheel(*ImGui::GetBackgroundDrawList(), scene, fonts_, style_);
  ImGui::Render();

  glViewport(0, 0, surface_.width(), surface_.height());
  glClearColor(0, 0, 0, 0);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

  if (state_.phase() == Phase::kReady && !ready_sent_) {
    ready_sent_ = true;
    Emit("ready", StateJson());
  }
  if (state_.AnimatingAt(now_ms)) RequestFrame();
}

//-----------------------------------------------------------------------------
// [SECTION] Output to the page
//-----------------------------------------------------------------------------

void WidgetApp::EmitPanel() { Emit("panel", BuildPanel(state_, Text()).dump()); }

void WidgetApp::EmitSelect(SelectSource source) {
  const char* names[] = {"pointer", "keyboard", "api"};
  const Json event = {{"domain", state_.selected() ? Json(kDomainIds[*state_.selected()]) : Json(nullptr)},
                      {"source", names[static_cast<int>(source)]}};
  Emit("select", event.dump());
}

void WidgetApp::EmitError(const LoadError& error) {
  Emit("error", Json{{"message", error.message}, {"url", error.url}, {"details", error.details}}.dump());
}

}  // namespace mgi::platform
