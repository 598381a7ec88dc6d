// [SECTION] Setup and teardown
// [SECTION] Calls from the page
// [SECTION] Input
// [SECTION] Frames
// [SECTION] Output to the page
#include "platform/widget_app.hpp"

#include <GLES3/gl3.h>
#include <algorithm>
#include <emscripten.h>

#include "core/canvas_text.hpp"
#include "core/citation.hpp"
#include "core/compare_view.hpp"
#include "core/export.hpp"
#include "core/finding_key.hpp"
#include "core/search_view.hpp"
#include "core/overview_chart.hpp"
#include "platform/embedded_assets.hpp"
#include "platform/host_bridge.hpp"

namespace mgi::platform {

//-----------------------------------------------------------------------------
// [SECTION] Setup and teardown
//-----------------------------------------------------------------------------

WidgetApp::WidgetApp() = default;

bool WidgetApp::Create(std::string lang, bool reduced_motion, float host_width, float dpr) {
  lang_ = std::move(lang);
  dpr_ = dpr > 0 ? dpr : 1;
  host_width_ = host_width;
  state_.SetReducedMotion(reduced_motion);
  Diagnostics diag;
  if (!LoadFramework(embedded::framework_json, &framework_, &diag) || !strings_.Load(embedded::strings_json, &diag)) {
    EmitError({"", "built-in framework data is broken: " + diag.errors.front().ToString(), {}});
    return false;
  }

  BindCanvas();
  Replan();  // sizes the canvas: the context's drawing buffer is then made once, at that size
  if (!surface_.Create()) {
    state_.SetError({"", "this browser cannot draw the wheel (WebGL2 is not available)", {}});
    EmitError(state_.error());
    EmitPanel();
    return false;
  }

  if (!renderer_.Init()) {
    state_.SetError({"", "this browser cannot draw the wheel (WebGL2 refused its shaders)", {}});
    EmitError(state_.error());
    EmitPanel();
    return false;
  }
  gl_ready_ = true;

  const char* t = kCanvasTarget;
  emscripten_set_mousemove_callback(t, this, EM_FALSE, OnMouseMove);
  emscripten_set_mouseleave_callback(t, this, EM_FALSE, OnMouseLeave);
  emscripten_set_mousedown_callback(t, this, EM_FALSE, OnMouseDown);
  emscripten_set_click_callback(t, this, EM_FALSE, OnClick);
  // No keyboard listeners: the canvas is hidden from assistive technology and takes no focus; its
  // accessible twin (real buttons, web/mgi-wheel.js) does, and calls SetKeyboardFocus/Select.
  // No wheel or touch listeners: scrolling and pinch-zoom over the wheel belong to the page.
  EmitPanel();
  return true;
}

void WidgetApp::Destroy() {
  emscripten_html5_remove_all_event_listeners();
  if (gl_ready_) {
    surface_.MakeCurrent();
    renderer_.Shutdown();
    gl_ready_ = false;
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
  host_width_ = host_width;
  Replan();
}

void WidgetApp::Replan() {
  const LayoutPlan plan = PlanLayout(host_width_, state_.comparing());
  const bool changed = !(plan == state_.layout());
  state_.SetLayout(plan, Now());
  surface_.Resize(plan.canvas_width, plan.canvas_height, dpr_);
  if (changed) {
    Json layout = {{"wide", plan.wide},
                   {"compare", plan.compare},
                   {"canvas_width", plan.canvas_width},
                   {"canvas_height", plan.canvas_height}};
    Emit("layout", layout.dump());
  }
  RequestFrame();
}

void WidgetApp::BeginLoading(int side, std::string url) {
  const bool was_comparing = state_.comparing();
  state_.BeginLoading(side, std::move(url));
  ready_sent_ = false;
  if (state_.comparing() != was_comparing) Replan();
  EmitPanel();
  RequestFrame();
}

void WidgetApp::StopComparing() {
  if (!state_.comparing()) return;
  state_.StopComparing();
  Replan();
  EmitPanel();
  if (state_.phase() == Phase::kReady) ready_sent_ = false;  // `ready` again once redrawn alone
  RequestFrame();
}

void WidgetApp::LoadProfile(int side, std::string url, std::string_view text) {
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
    state_.SetError(side, std::move(error));
    EmitError(state_.error(side), side);
    EmitPanel();
    RequestFrame();
    return;
  }
  state_.SetProfile(side, std::move(*load.profile), Now());
  EmitPanel();
  RequestFrame();
}

void WidgetApp::LoadFailed(int side, std::string url, std::string message) {
  state_.SetError(side, {std::move(url), std::move(message), {}});
  EmitError(state_.error(side), side);
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

void WidgetApp::FontsChanged() {
  fonts_.Invalidate();
  RequestFrame();
}

void WidgetApp::SetVisible(bool visible) {
  visible_ = visible;
  if (visible) RequestFrame();
}

std::string WidgetApp::StateJson() const {
  const Profile* p = state_.profile(0);
  const Profile* c = state_.comparing() ? state_.profile(1) : nullptr;
  const Json state = {
      {"domain", state_.selected() ? Json(kDomainIds[*state_.selected()]) : Json(nullptr)},
      {"profile", p ? Json(p->id) : Json(nullptr)},
      {"compare", c ? Json(c->id) : Json(nullptr)},
      {"phase", state_.phase() == Phase::kReady ? "ready" : state_.phase() == Phase::kError ? "error" : "loading"},
      {"lang", lang_},
  };
  return state.dump();
}

std::string WidgetApp::LayoutJson() const {
  const double now = Now();
  Json wheels = Json::array();
  for (int side = 0; side < state_.side_count(); ++side) {
    const WheelGeometry g = GeometryAt(now, side);
    Json segments = Json::array();
    for (int i = 0; i < kDomainCount; ++i)
      segments.push_back({{"id", kDomainIds[i]}, {"start_deg", g.SegmentStart(i)}, {"end_deg", g.SegmentEnd(i)}});
    const Profile* p = state_.profile(side);
    wheels.push_back({{"profile", p ? Json(p->id) : Json(nullptr)},
                      {"cx", g.centre.x},
                      {"cy", g.centre.y},
                      {"r_inner", g.r_inner},
                      {"r_outer", g.r_outer},
                      {"segments", segments}});
  }
  Json layout = {{"wheels", wheels}};
  if (state_.comparing()) {
    // Beyond SPEC's `wheels`: where the overview chart's rows are, for tests and host pages.
    const ChartGeometry chart = PlanChart(state_.layout().chart);
    Json rows = Json::array();
    for (int d = 0; d < kDomainCount; ++d) {
      const Rect& r = chart.rows[d];
      rows.push_back({{"id", kDomainIds[d]}, {"x", r.x}, {"y", r.y}, {"w", r.w}, {"h", r.h}});
    }
    layout["chart"] = {{"rows", rows}};
  }
  return layout.dump();
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

Hit WidgetApp::HitAt(Point p, double now_ms) const {
  for (int side = 0; side < state_.side_count(); ++side) {
    if (state_.phase(side) != Phase::kReady) continue;
    Hit hit = HitTest(GeometryAt(now_ms, side), p);
    if (hit.kind != HitKind::kNone) {
      hit.wheel = side;
      return hit;
    }
  }
  if (state_.comparing()) {
    if (const auto row = ChartRowAt(PlanChart(state_.layout().chart), p)) return {HitKind::kChartRow, *row, 0};
  }
  return {};
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
  } else if (hit.kind == HitKind::kSegment || hit.kind == HitKind::kChartRow) {
    // The selected segment again returns to the introduction.
    const bool again = state_.selected() && *state_.selected() == hit.segment;
    Select(again ? std::string_view() : kDomainIds[hit.segment], source);
  }
}

EM_BOOL WidgetApp::OnMouseMove(int, const EmscriptenMouseEvent* e, void* self) {
  auto* app = static_cast<WidgetApp*>(self);
  app->Hover(app->HitAt(app->ToCanvasCss(*e), app->Now()));
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
  const Hit hit = app->HitAt(app->ToCanvasCss(*e), app->Now());
  if (hit.kind != HitKind::kNone) app->state_.SetFocus(hit.kind == HitKind::kHub ? -1 : hit.segment);
  app->Activate(hit, SelectSource::kPointer);
  return EM_FALSE;
}

void WidgetApp::SetKeyboardFocus(int target) {
  has_focus_ = target >= -1 && target < kDomainCount;
  focus_visible_ = has_focus_;
  state_.SetFocus(has_focus_ ? std::optional<int>(target) : std::nullopt);
  RequestFrame();
}

void WidgetApp::RenderNow() {
  if (!gl_ready_) return;
  const bool was_visible = visible_;
  visible_ = true;  // a hidden tab prints too
  DrawFrame(Now());
  visible_ = was_visible;
}

//-----------------------------------------------------------------------------
// [SECTION] Frames
//-----------------------------------------------------------------------------

// Out of view, frames stop; but the first frame of a profile is drawn anyway, so that `ready`
// resolves for a widget below the fold too.
bool WidgetApp::ShouldDraw() const { return gl_ready_ && (visible_ || (!ready_sent_ && state_.phase() == Phase::kReady)); }

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

WheelGeometry WidgetApp::GeometryAt(double now_ms, int side) const {
  WheelGeometry g = FitWheel(state_.layout().wheels[side], style_.lift_px);
  g.rotation_deg = state_.RotationAt(now_ms);  // one turn for both wheels: they select together
  return g;
}

draw::WheelScene WidgetApp::BuildScene(double now_ms, int side) const {
  draw::WheelScene scene;
  scene.geometry = GeometryAt(now_ms, side);
  scene.active = state_.phase(side) == Phase::kReady;
  scene.intro = scene.active ? state_.IntroAt(now_ms, side) : 1.0f;
  const bool ring = focus_visible_ && has_focus_;
  for (int i = 0; i < kDomainCount; ++i) {
    draw::SegmentView& s = scene.segments[i];
    s.colour = framework_.domains[i].colour;
    s.icon = framework_.domains[i].icon;
    s.label = text_.segment_labels[side][i];
    s.lift = state_.LiftOf(i);
    s.selected = state_.selected() == i;
    s.focused = ring && state_.focus() == i;
  }
  const HubText& hub = text_.hubs[side];
  scene.hub = {hub.name, hub.level, hub.year};
  scene.hub_hovered = state_.hover().kind == HitKind::kHub && state_.hover().wheel == side;
  scene.hub_focused = ring && state_.focus() == -1;
  return scene;
}

draw::ChartScene WidgetApp::BuildChart() const {
  draw::ChartScene chart;
  chart.geometry = PlanChart(state_.layout().chart);
  chart.counts = CountFindings(state_.profile(0), state_.profile(1));
  for (int side = 0; side < 2; ++side) chart.names[side] = text_.legend[side];
  for (int d = 0; d < kDomainCount; ++d) {
    chart.labels[d] = text_.chart_labels[d];
    chart.colours[d] = framework_.domains[d].colour;
  }
  chart.column_titles = {text_.chart_column_titles[0], text_.chart_column_titles[1]};
  chart.note = text_.chart_note;
  chart.selected = state_.selected();
  if (focus_visible_ && has_focus_ && state_.focus() && *state_.focus() >= 0) chart.focused = state_.focus();
  if (state_.hover().kind == HitKind::kChartRow || state_.hover().kind == HitKind::kSegment) chart.hovered = state_.hover().segment;
  return chart;
}

void WidgetApp::DrawFrame(double now_ms) {
  if (!ShouldDraw() || state_.layout().canvas_width <= 0) return;
  state_.Advance(now_ms);
  const LayoutPlan& plan = state_.layout();
  if (text_stale_) {  // texts change with the panel, not with the animation
    text_ = BuildCanvasText(state_, Text());
    text_stale_ = false;
  }
  std::array<draw::WheelScene, 2> scenes;
  for (int side = 0; side < plan.wheel_count; ++side) scenes[side] = BuildScene(now_ms, side);
  draw::ChartScene chart;
  if (plan.compare) chart = BuildChart();
  surface_.MakeCurrent();
  if (fonts_.Ensure(text_.label_chars, text_.hub_chars, draw::FontSizesFor(scenes[0].geometry.r_outer, dpr_, style_))) {
    const std::vector<unsigned char> texels = fonts_.TakePixels();
    atlas_texture_ = renderer_.UploadAtlas(texels.data(), fonts_.width(), fonts_.height());
  }
  if (!fonts_.label()) return;

  // What ImGui::NewFrame() would set up for a viewport's background list, minus the context.
  const float w = plan.canvas_width, h = plan.canvas_height;
  draw_shared_.TexUvWhitePixel = fonts_.white_uv();
  draw_shared_.Font = fonts_.label();
  draw_shared_.FontSize = fonts_.label()->FontSize;
  draw_shared_.ClipRectFullscreen = ImVec4(0, 0, w, h);
  draw_shared_.CurveTessellationTol = 1.25f / dpr_;          // ImGui's defaults, in device pixels:
  draw_shared_.SetCircleTessellationMaxError(0.30f / dpr_);  // smooth arcs on high-DPR screens too
  draw_shared_.InitialFlags = ImDrawListFlags_AntiAliasedLines | ImDrawListFlags_AntiAliasedFill;
  ImDrawList& dl = draw_list_;
  dl._ResetForNewFrame();
  dl.PushTextureID(atlas_texture_);
  dl.PushClipRect(ImVec2(0, 0), ImVec2(w, h));
  for (int side = 0; side < plan.wheel_count; ++side) {
    draw::DrawWheel(dl, scenes[side], fonts_, style_);
    if (plan.compare) draw::DrawCaption(dl, plan.captions[side], side, text_.captions[side], fonts_, style_);
  }
  if (plan.compare) draw::DrawOverviewChart(dl, chart, fonts_, style_);
  dl._PopUnusedDrawCmd();

  if (!renderer_.ProgramReady()) {
    gl_ready_ = false;  // no more frames: there is nothing they could draw
    state_.SetError({"", "this browser cannot draw the wheel (its WebGL2 shaders did not compile)", {}});
    EmitError(state_.error());
    EmitPanel();
    return;
  }
  glViewport(0, 0, surface_.width(), surface_.height());
  glClearColor(0, 0, 0, 0);
  glClear(GL_COLOR_BUFFER_BIT);
  renderer_.Render(dl, w, h, dpr_, surface_.width(), surface_.height());

  if (state_.phase() == Phase::kReady && !ready_sent_) {
    ready_sent_ = true;
    Emit("ready", StateJson());
  }
  if (state_.AnimatingAt(now_ms)) RequestFrame();
}

//-----------------------------------------------------------------------------
// [SECTION] Reader tools
//-----------------------------------------------------------------------------

std::string WidgetApp::ParseLink(std::string_view fragment) const {
  const auto link = ParseFindingLink(fragment);
  if (!link) return "null";
  return Json{{"element_id", link->element_id}, {"domain", kDomainIds[link->domain]}, {"key", link->key}}.dump();
}

std::string WidgetApp::FormatLink(std::string_view element_id, std::string_view domain_id, std::string_view key) const {
  const auto domain = DomainIndex(domain_id);
  if (!domain) return "";
  return FormatFindingLink({std::string(element_id), *domain, std::string(key)});
}

std::string WidgetApp::Export(int kind) const {
  const bool csv = kind == 0;
  return Json{{"name", ExportFileName(state_, csv ? "csv" : "md")},
              {"text", ExportFindings(state_, Text(), csv ? ExportKind::kCsv : ExportKind::kMarkdown)}}
      .dump();
}

std::string WidgetApp::FileName(std::string_view extension) const { return ExportFileName(state_, extension); }

std::string WidgetApp::Cite(std::string_view url, int year, int month, int day, int side, std::string_view domain_id,
                            std::string_view key) const {
  if (side < 0 || side >= state_.side_count() || !state_.profile(side)) return "";
  const Profile& p = *state_.profile(side);
  CitationRequest request{p, url, {year, month, day}, std::nullopt};
  if (const auto domain = DomainIndex(domain_id)) {
    const auto ref = ResolveFindingKey(p.domains[*domain], key);
    if (!ref) return "";
    request.finding = CitedFinding{*domain, *ref};
  }
  return mgi::Cite(request, Text());
}

bool WidgetApp::AddToSearch(std::string id, std::string_view text) {
  ProfileLoad load = mgi::LoadProfile(text);
  if (!load.profile) return false;
  for (auto& entry : catalogue_) {
    if (entry.first == id) {
      entry.second = std::move(*load.profile);
      search_built_for_.clear();
      return true;
    }
  }
  catalogue_.emplace_back(std::move(id), std::move(*load.profile));
  search_built_for_.clear();
  return true;
}

std::string WidgetApp::Search(std::string_view query, int limit) {
  // The loaded profiles first (what the reader sees), then the rest of the catalogue.
  std::string wanted;
  for (int side = 0; side < state_.side_count(); ++side)
    if (const Profile* p = state_.profile(side)) wanted += p->id + "\n";
  wanted += std::to_string(catalogue_.size());
  if (wanted != search_built_for_) {
    search_.Clear();
    std::vector<std::string> seen;
    for (int side = 0; side < state_.side_count(); ++side) {
      if (const Profile* p = state_.profile(side)) {
        search_.Add(p->id, *p);
        seen.push_back(p->id);
      }
    }
    for (const auto& [id, profile] : catalogue_)
      if (std::find(seen.begin(), seen.end(), id) == seen.end()) search_.Add(id, profile);
    search_built_for_ = wanted;
  }
  const SearchResults results = search_.Search(query, static_cast<std::size_t>(std::max(limit, 1)));
  return SearchResultsJson(results, query, Text()).dump();
}

//-----------------------------------------------------------------------------
// [SECTION] Output to the page
//-----------------------------------------------------------------------------

void WidgetApp::EmitPanel() {
  text_stale_ = true;  // every change of what the canvas says comes with a new panel
  Json panel = BuildPanel(state_, Text());
  panel["twin"] = BuildWheelTwin(state_, Text());
  Emit("panel", panel.dump());
}

void WidgetApp::EmitSelect(SelectSource source) {
  const char* names[] = {"pointer", "keyboard", "api"};
  const Json event = {{"domain", state_.selected() ? Json(kDomainIds[*state_.selected()]) : Json(nullptr)},
                      {"source", names[static_cast<int>(source)]}};
  Emit("select", event.dump());
}

void WidgetApp::EmitError(const LoadError& error, int side) {
  Emit("error", Json{{"message", error.message}, {"url", error.url}, {"details", error.details}, {"side", side}}.dump());
}

}  // namespace mgi::platform
