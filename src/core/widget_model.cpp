// [SECTION] Calls from the page
// [SECTION] Pointer and keyboard focus
// [SECTION] Frames
// [SECTION] Queries from the page
// [SECTION] Output to the page
#include "core/widget_model.hpp"

#include <algorithm>
#include <limits>

#include "core/citation.hpp"
#include "core/compare_view.hpp"
#include "core/export.hpp"
#include "core/finding_key.hpp"
#include "core/interface_strings.hpp"
#include "core/overview_chart.hpp"
#include "core/png_layout.hpp"
#include "core/search_index_file.hpp"
#include "core/search_view.hpp"

namespace mgi {

WidgetModel::WidgetModel(const Framework& framework, const Strings& strings, WidgetHost& host, float lift_px)
    : framework_(framework), strings_(strings), host_(host), lift_px_(lift_px) {}

void WidgetModel::Start(std::string_view own_lang, std::string_view page_lang, bool reduced_motion, float host_width,
                        double now_ms) {
  lang_ = strings_.ChooseLanguage(own_lang, page_lang);
  host_width_ = host_width;
  state_.SetReducedMotion(reduced_motion);
  Replan(now_ms);
  started_ = true;
  EmitStrings();
  EmitPanel();
}

void WidgetModel::SetLinkTarget(std::string_view element_id) {
  std::string id = IsElementId(element_id) ? std::string(element_id) : std::string();
  if (id == link_id_) return;
  link_id_ = std::move(id);
  if (started_) EmitPanel();
}

//-----------------------------------------------------------------------------
// [SECTION] Calls from the page
//-----------------------------------------------------------------------------

void WidgetModel::SetHostWidth(float host_width, double now_ms) {
  host_width_ = host_width;
  Replan(now_ms);
}

void WidgetModel::Replan(double now_ms) {
  const LayoutPlan plan = PlanLayout(host_width_, state_.comparing());
  const bool changed = !(plan == state_.layout());
  state_.SetLayout(plan, now_ms);
  host_.ResizeCanvas(plan.canvas_width, plan.canvas_height);
  if (changed) {
    host_.Emit("layout", LayoutMessage{plan.wide, plan.compare, plan.canvas_width, plan.canvas_height}.ToJson().dump());
  }
  RequestFrame();
}

void WidgetModel::BeginLoading(int side, std::string url, double now_ms) {
  const bool was_comparing = state_.comparing();
  state_.BeginLoading(side, std::move(url));
  ready_sent_ = false;
  if (state_.comparing() != was_comparing) Replan(now_ms);
  EmitPanel();
  RequestFrame();
}

void WidgetModel::StopComparing(double now_ms) {
  if (!state_.comparing()) return;
  state_.StopComparing();
  Replan(now_ms);
  EmitPanel();
  if (state_.phase() == Phase::kReady) ready_sent_ = false;  // `ready` again once redrawn alone
  RequestFrame();
}

void WidgetModel::LoadProfile(int side, std::string url, std::string_view text, double now_ms) {
  ProfileLoad load = mgi::LoadProfile(text);
  if (!load.diagnostics.warnings.empty()) {
    WarningMessage warning{url, {}};
    for (const Issue& w : load.diagnostics.warnings) warning.messages.push_back(w.ToString());
    host_.Emit("warning", warning.ToJson().dump());
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
  state_.SetProfile(side, std::move(*load.profile), now_ms);
  EmitPanel();
  RequestFrame();
}

void WidgetModel::LoadFailed(int side, std::string url, const LoadFailure& failure) {
  std::string message = DescribeFailure(url, failure);
  state_.SetError(side, {std::move(url), std::move(message), {}});
  EmitError(state_.error(side), side);
  EmitPanel();
  RequestFrame();
}

bool WidgetModel::Select(std::string_view domain_id, SelectSource source, double now_ms) {
  std::optional<int> domain;
  if (!domain_id.empty()) {
    domain = DomainIndex(domain_id);
    if (!domain) {
      std::string message = "\"";
      message.append(domain_id).append("\" is not a domain id (expected ").append(DomainIdList());
      message += ", or null for the introduction): nothing selected";
      host_.Emit("warning", WarningMessage{"", {message}}.ToJson().dump());
      return false;
    }
  }
  if (state_.Select(domain, now_ms)) {
    EmitSelect(source);
    EmitPanel();
    RequestFrame();
  }
  return true;
}

void WidgetModel::SetLang(std::string_view own_lang, std::string_view page_lang) {
  std::string lang = strings_.ChooseLanguage(own_lang, page_lang);
  if (lang == lang_) return;
  lang_ = std::move(lang);
  EmitStrings();  // before the panel, so that it is built with the new labels
  EmitPanel();
  RequestFrame();
}

void WidgetModel::SetVisible(bool visible) {
  visible_ = visible;
  if (visible) RequestFrame();
}

//-----------------------------------------------------------------------------
// [SECTION] Pointer and keyboard focus
//-----------------------------------------------------------------------------

WheelGeometry WidgetModel::GeometryAt(double now_ms, int side) const {
  WheelGeometry g = FitWheel(state_.layout().wheels[side], lift_px_);
  g.rotation_deg = state_.RotationAt(now_ms);  // one turn for both wheels: they select together
  return g;
}

Hit WidgetModel::HitAt(Point p, double now_ms) const {
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

void WidgetModel::Hover(Hit hit) {
  if (state_.phase() != Phase::kReady) hit = {};
  host_.SetPointerCursor(hit.kind != HitKind::kNone);
  if (hit == state_.hover()) return;
  state_.SetHover(hit);
  RequestFrame();
}

void WidgetModel::Activate(int target, SelectSource source, double now_ms) {
  if (state_.phase() != Phase::kReady || target < -1 || target >= kDomainCount) return;
  const bool again = state_.selected() == target;
  Select(target == -1 || again ? std::string_view() : kDomainIds[target], source, now_ms);
}

void WidgetModel::PointerMove(Point p, double now_ms) { Hover(HitAt(p, now_ms)); }

void WidgetModel::PointerLeave() { Hover({}); }

void WidgetModel::PointerDown() {
  if (!focus_visible_) return;
  focus_visible_ = false;
  RequestFrame();
}

void WidgetModel::Click(Point p, double now_ms) {
  const Hit hit = HitAt(p, now_ms);
  if (hit.kind == HitKind::kNone) return;
  const int target = hit.kind == HitKind::kHub ? -1 : hit.segment;  // a chart row stands for its domain
  state_.SetFocus(target);
  Activate(target, SelectSource::kPointer, now_ms);
}

void WidgetModel::SetKeyboardFocus(int target) {
  has_focus_ = target >= -1 && target < kDomainCount;
  focus_visible_ = has_focus_;
  state_.SetFocus(has_focus_ ? std::optional<int>(target) : std::nullopt);
  RequestFrame();
}

//-----------------------------------------------------------------------------
// [SECTION] Frames
//-----------------------------------------------------------------------------

void WidgetModel::SetDrawable(bool drawable) {
  drawable_ = drawable;
  RequestFrame();
}

bool WidgetModel::ShouldDraw() const {
  return drawable_ && (visible_ || (!ready_sent_ && state_.phase() == Phase::kReady));
}

void WidgetModel::RequestFrame() {
  if (ShouldDraw()) host_.RequestFrame();
}

void WidgetModel::BeginFrame(double now_ms) {
  state_.Advance(now_ms);
  if (text_stale_) {  // texts change with the panel, not with the animation
    text_ = BuildCanvasText(state_, Text());
    text_stale_ = false;
  }
}

void WidgetModel::EndFrame(double now_ms) {
  if (state_.phase() == Phase::kReady && !ready_sent_) {
    ready_sent_ = true;
    host_.Emit("ready", StateJson());
  }
  if (state_.AnimatingAt(now_ms)) RequestFrame();
}

//-----------------------------------------------------------------------------
// [SECTION] Queries from the page
//-----------------------------------------------------------------------------

std::string WidgetModel::PrintPanelsJson() const {
  Json panels = Json::array();
  if (state_.phase() != Phase::kReady) return panels.dump();
  WidgetState each = state_;  // a copy: the widget's own selection and animation stay as they are
  for (int d = 0; d < kDomainCount; ++d) {
    each.Select(d, 0);
    panels.push_back(PanelOf(each));
  }
  return panels.dump();
}

std::string WidgetModel::StateJson() const {
  StateMessage state;
  state.domain = state_.selected();
  if (const Profile* p = state_.profile(0)) state.profile = p->id;
  if (const Profile* c = state_.comparing() ? state_.profile(1) : nullptr) state.compare = c->id;
  state.phase = state_.phase();
  state.lang = lang_;
  return state.ToJson().dump();
}

std::string WidgetModel::LayoutJson(double now_ms) const {
  Json wheels = Json::array();
  for (int side = 0; side < state_.side_count(); ++side) {
    const WheelGeometry g = GeometryAt(now_ms, side);
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

std::string WidgetModel::ParseLink(std::string_view fragment) const {
  const auto link = ParseFindingLink(fragment);
  if (!link) return "null";
  return Json{{"element_id", link->element_id}, {"domain", kDomainIds[link->domain]}, {"key", link->key}}.dump();
}

std::string WidgetModel::FormatLink(std::string_view element_id, std::string_view domain_id,
                                    std::string_view key) const {
  const auto domain = DomainIndex(domain_id);
  if (!domain) return "";
  return FormatFindingLink({std::string(element_id), *domain, std::string(key)});
}

std::string WidgetModel::Export(int kind) const {
  const bool csv = kind == 0;
  return Json{{"name", ExportFileName(state_, csv ? "csv" : "md")},
              {"text", ExportFindings(state_, Text(), csv ? ExportKind::kCsv : ExportKind::kMarkdown)}}
      .dump();
}

std::string WidgetModel::PngPlan(int wheel_width, int wheel_height) const {
  return PlanWheelPng(state_, Text(), wheel_width, wheel_height).dump();
}

std::string WidgetModel::Cite(std::string_view url, int year, int month, int day, int side,
                              std::string_view domain_id, std::string_view key) const {
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

std::string WidgetModel::ReadCatalogue(std::string_view url, std::string_view text) {
  CatalogueList list = ReadCatalogueList(text, url, strings_, lang_);
  Json profiles = Json::array();
  for (const CatalogueItem& item : list.items)
    profiles.push_back(
        {{"id", item.id}, {"name", item.name}, {"file", item.file}, {"local", item.local}, {"country", item.country}});
  catalogue_list_ = std::move(list.items);
  const Json problem = list.problem.empty()
                           ? Json(nullptr)
                           : Json(strings_.Format(lang_, "picker.unreadable", {{"reason", list.problem}}));
  const Json search_index = list.search_index.empty() ? Json(nullptr) : Json(list.search_index);
  return Json{{"profiles", profiles}, {"search_index", search_index}, {"problem", problem}}.dump();
}

std::string WidgetModel::CatalogueFailed(std::string_view url, const LoadFailure& failure) const {
  return strings_.Format(lang_, "picker.unreadable", {{"reason", DescribeFailure(url, failure)}});
}

std::string WidgetModel::MatchCatalogue(std::string_view query) const {
  Json options = Json::array();
  for (int i : mgi::MatchCatalogue(catalogue_list_, query))
    options.push_back({{"index", i}, {"tag", CatalogueTag(catalogue_list_[i], strings_, lang_)}});
  return options.dump();
}

bool WidgetModel::LoadSearchIndex(std::string_view url, std::string_view text) {
  BeginSearchIndex(std::string(url), std::string(text));
  int read = 0;
  while ((read = ContinueSearchIndex(std::numeric_limits<std::size_t>::max())) == 0) {}
  return read == 1;
}

void WidgetModel::BeginSearchIndex(std::string url, std::string text) {
  catalogue_search_.Clear();
  catalogue_searchable_ = false;
  catalogue_index_url_ = std::move(url);
  catalogue_reader_.emplace(std::move(text));
}

int WidgetModel::ContinueSearchIndex(std::size_t count) {
  if (!catalogue_reader_) return catalogue_searchable_ ? 1 : -1;
  SearchIndexReader::Step step = catalogue_reader_->Next(count);
  if (step.from_start) catalogue_search_.Clear();
  for (const Profile& profile : step.profiles) catalogue_search_.Add(profile.id, profile);
  if (!step.over) return 0;
  const Diagnostics diagnostics = catalogue_reader_->diagnostics();
  catalogue_reader_.reset();
  if (!diagnostics.ok()) {
    catalogue_search_.Clear();
    // The first few problems: a file broken throughout would otherwise flood the console.
    constexpr std::size_t kShown = 10;
    const std::vector<Issue>& errors = diagnostics.errors;
    WarningMessage warning{catalogue_index_url_, {}};
    warning.messages.push_back("not a usable search index (" + std::string(kSearchIndexFormat) +
                               "): only the profiles shown are searched");
    for (std::size_t i = 0; i < std::min(errors.size(), kShown); ++i) warning.messages.push_back(errors[i].ToString());
    if (errors.size() > kShown) warning.messages.push_back("... and " + std::to_string(errors.size() - kShown) + " more");
    host_.Emit("warning", warning.ToJson().dump());
    return -1;
  }
  catalogue_searchable_ = true;
  return 1;
}

std::string WidgetModel::Search(std::string_view query, int limit) {
  // The loaded profiles first (what the reader sees), then the rest of the catalogue.
  std::string wanted;
  for (int side = 0; side < state_.side_count(); ++side)
    if (const Profile* p = state_.profile(side)) wanted += p->id + "\n";
  if (wanted != search_built_for_) {
    search_.Clear();
    std::vector<std::string> seen;
    for (int side = 0; side < state_.side_count(); ++side) {
      if (const Profile* p = state_.profile(side)) {
        search_.Add(p->id, *p);
        seen.push_back(p->id);
      }
    }
    search_ids_ = std::move(seen);
    search_built_for_ = wanted;
  }
  const std::size_t wanted_hits = static_cast<std::size_t>(std::max(limit, 1));
  SearchResults results = search_.Search(query, wanted_hits);
  if (catalogue_searchable_ && catalogue_search_.profile_count() > 0) {
    SearchResults more = catalogue_search_.Search(query, wanted_hits - results.hits.size(), search_ids_);
    results.total += more.total;
    for (SearchHit& hit : more.hits) results.hits.push_back(std::move(hit));
  }
  return SearchResultsJson(results, query, Text()).dump();
}

//-----------------------------------------------------------------------------
// [SECTION] Output to the page
//-----------------------------------------------------------------------------

void WidgetModel::EmitStrings() { host_.Emit("strings", InterfaceStrings(Text()).dump()); }

Json WidgetModel::PanelOf(const WidgetState& state) const {
  Json panel = BuildPanel(state, Text());
  panel["twin"] = BuildWheelTwin(state, Text());
  panel["linkable"] = !link_id_.empty();
  return panel;
}

void WidgetModel::EmitPanel() {
  text_stale_ = true;  // every change of what the canvas says comes with a new panel
  host_.Emit("panel", PanelOf(state_).dump());
}

void WidgetModel::EmitSelect(SelectSource source) {
  std::optional<std::string> link;
  if (!link_id_.empty()) {
    const auto domain = state_.selected();
    link = domain ? FormatFindingLink({link_id_, *domain, ""}) : std::string();
  }
  host_.Emit("select", SelectMessage{state_.selected(), source, std::move(link)}.ToJson().dump());
}

void WidgetModel::EmitError(const LoadError& error, int side) {
  host_.Emit("error", ErrorMessage::From(error, side).ToJson().dump());
}

}  // namespace mgi
