// The C functions the page calls, and the one list of them: EMSCRIPTEN_KEEPALIVE exports each, and
// web/core-api.js is the only caller. One Wasm instance serves every widget of the page: each
// call names its widget by the id mgi_new_widget returned (web/core-api.js binds it).
// Messages a call causes are posted, not delivered, while it runs (host_bridge.hpp): the page
// reads them once the call has returned.
// What only decides (selection, queries, reader tools) goes straight to the widget's model.
// Strings arrive as pointer + length in UTF-8 (profile text may be megabytes: no stack copies).
#include <emscripten.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "platform/widget_app.hpp"

namespace {
// Ids are never reused: a call for a removed widget finds nothing rather than its successor.
std::map<int, std::unique_ptr<mgi::platform::WidgetApp>> g_apps;
int g_next_id = 1;
std::string g_out;  // keeps a returned string alive until the next call

mgi::platform::WidgetApp* App(int widget) {
  const auto it = g_apps.find(widget);
  return it == g_apps.end() ? nullptr : it->second.get();
}

std::string_view View(const char* p, int n) { return (p && n > 0) ? std::string_view(p, n) : std::string_view(); }
double Now() { return mgi::platform::WidgetApp::Now(); }

// Why a download failed, as facts (see core/load_failure.hpp); the core words it.
std::optional<mgi::LoadFailure> Failure(int kind, double amount, double limit, const char* text, int text_len) {
  if (kind < 0 || kind >= mgi::kLoadFailureKinds) return std::nullopt;
  return mgi::LoadFailure{static_cast<mgi::LoadFailureKind>(kind), amount, limit, std::string(View(text, text_len))};
}
}  // namespace

extern "C" {

// Makes the id a widget will have, so the page can register its host (Module.mgiHosts) under it
// before mgi_create, whose first events already go there.
EMSCRIPTEN_KEEPALIVE int mgi_new_widget() {
  if (g_apps.empty()) {
    auto& surface = mgi::platform::PageSurface::Get();
    surface.SetRedrawAll([] {
      for (auto& [id, app] : g_apps) app->Redraw();
    });
  }
  const int id = g_next_id++;
  g_apps.emplace(id, std::make_unique<mgi::platform::WidgetApp>(id));
  return id;
}

// Returns 1 when the widget started; 0 after reporting why not (its "error" event).
// `own_lang`, `page_lang`: the widget's `lang` attribute and the page's `<html lang>`, as written.
EMSCRIPTEN_KEEPALIVE int mgi_create(int widget, const char* own_lang, int own_len, const char* page_lang, int page_len,
                                    int reduced_motion, float host_width, float dpr) {
  auto* app = App(widget);
  return app && app->Create(View(own_lang, own_len), View(page_lang, page_len), reduced_motion != 0, host_width, dpr) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void mgi_destroy(int widget) {
  const auto it = g_apps.find(widget);
  if (it == g_apps.end()) return;
  it->second->Destroy();
  g_apps.erase(it);
}

EMSCRIPTEN_KEEPALIVE void mgi_set_host_size(int widget, float width, float dpr) {
  auto* app = App(widget);
  if (app) app->SetHostSize(width, dpr);
}

// side: 0 for the `profile`, 1 for the `compare` profile (beginning to load it starts comparing).
EMSCRIPTEN_KEEPALIVE void mgi_begin_loading(int widget, int side, const char* url, int url_len) {
  auto* app = App(widget);
  if (app && (side == 0 || side == 1)) app->model().BeginLoading(side, std::string(View(url, url_len)), Now());
}

EMSCRIPTEN_KEEPALIVE void mgi_load_profile(int widget, int side, const char* url, int url_len, const char* text, int text_len) {
  auto* app = App(widget);
  if (app && (side == 0 || side == 1)) app->model().LoadProfile(side, std::string(View(url, url_len)), View(text, text_len), Now());
}

EMSCRIPTEN_KEEPALIVE void mgi_load_failed(int widget, int side, const char* url, int url_len, int kind, double amount, double limit,
                                          const char* text, int text_len) {
  auto* app = App(widget);
  const auto failure = Failure(kind, amount, limit, text, text_len);
  if (app && failure && (side == 0 || side == 1)) app->model().LoadFailed(side, std::string(View(url, url_len)), *failure);
}

EMSCRIPTEN_KEEPALIVE const char* mgi_describe_failure(int widget, const char* url, int url_len, int kind, double amount, double limit,
                                                      const char* text, int text_len) {
  auto* app = App(widget);
  const auto failure = Failure(kind, amount, limit, text, text_len);
  g_out = app && failure ? app->model().DescribeFailure(View(url, url_len), *failure) : "";
  return g_out.c_str();
}

EMSCRIPTEN_KEEPALIVE void mgi_stop_comparing(int widget) {
  auto* app = App(widget);
  if (app) app->model().StopComparing(Now());
}

// source: 0 pointer, 1 keyboard, 2 api. Returns 0 for an unknown id.
EMSCRIPTEN_KEEPALIVE int mgi_select(int widget, const char* id, int id_len, int source) {
  auto* app = App(widget);
  if (!app || source < 0 || source > 2) return 0;
  return app->model().Select(View(id, id_len), static_cast<mgi::SelectSource>(source), Now()) ? 1 : 0;
}

// What the accessible twin's button `target` does when pressed (-1 the hub, 0..5 a segment):
// the core applies the same rule as for a click on the canvas.
EMSCRIPTEN_KEEPALIVE void mgi_activate(int widget, int target, int source) {
  auto* app = App(widget);
  if (app && source >= 0 && source <= 2) app->model().Activate(target, static_cast<mgi::SelectSource>(source), Now());
}

EMSCRIPTEN_KEEPALIVE void mgi_set_lang(int widget, const char* own_lang, int own_len, const char* page_lang,
                                       int page_len) {
  auto* app = App(widget);
  if (app) app->model().SetLang(View(own_lang, own_len), View(page_lang, page_len));
}

EMSCRIPTEN_KEEPALIVE void mgi_set_reduced_motion(int widget, int reduce) {
  auto* app = App(widget);
  if (app) app->model().SetReducedMotion(reduce != 0);
}

EMSCRIPTEN_KEEPALIVE void mgi_set_visible(int widget, int visible) {
  auto* app = App(widget);
  if (app) app->model().SetVisible(visible != 0);
}

// The page's fonts changed (a web font finished loading): glyphs drawn before came from a fallback.
EMSCRIPTEN_KEEPALIVE void mgi_fonts_changed(int widget) {
  auto* app = App(widget);
  if (app) app->FontsChanged();
}

EMSCRIPTEN_KEEPALIVE void mgi_set_focus(int widget, int target) {
  auto* app = App(widget);
  if (app) app->model().SetKeyboardFocus(target);
}

EMSCRIPTEN_KEEPALIVE void mgi_render_now(int widget) {
  auto* app = App(widget);
  if (app) app->RenderNow();
}

EMSCRIPTEN_KEEPALIVE const char* mgi_print_panels(int widget) {
  auto* app = App(widget);
  g_out = app ? app->model().PrintPanelsJson() : "[]";
  return g_out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* mgi_state_json(int widget) {
  auto* app = App(widget);
  g_out = app ? app->model().StateJson() : "null";
  return g_out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* mgi_layout_json(int widget) {
  auto* app = App(widget);
  g_out = app ? app->model().LayoutJson(Now()) : "null";
  return g_out.c_str();
}

// ---- Reader tools: links, citations, exports, search (strings are UTF-8, lengths in bytes).
EMSCRIPTEN_KEEPALIVE const char* mgi_parse_link(int widget, const char* fragment, int len) {
  auto* app = App(widget);
  g_out = app ? app->model().ParseLink(View(fragment, len)) : "null";
  return g_out.c_str();
}

// The element id the widget's deep links name; empty where its links are off (no `deeplink`).
EMSCRIPTEN_KEEPALIVE void mgi_set_link_target(int widget, const char* id, int id_len) {
  auto* app = App(widget);
  if (app) app->model().SetLinkTarget(View(id, id_len));
}

EMSCRIPTEN_KEEPALIVE const char* mgi_format_link(int widget, const char* id, int id_len, const char* domain, int domain_len,
                                                 const char* key, int key_len) {
  auto* app = App(widget);
  g_out = app ? app->model().FormatLink(View(id, id_len), View(domain, domain_len), View(key, key_len)) : "";
  return g_out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* mgi_export(int widget, int kind) {
  auto* app = App(widget);
  g_out = app ? app->model().Export(kind) : "null";
  return g_out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* mgi_png_begin(int widget) {
  auto* app = App(widget);
  g_out = app ? app->BeginPng() : "null";
  return g_out.c_str();
}

EMSCRIPTEN_KEEPALIVE void mgi_png_end(int widget) {
  auto* app = App(widget);
  if (app) app->EndPng();
}

EMSCRIPTEN_KEEPALIVE const char* mgi_cite(int widget, const char* url, int url_len, int year, int month, int day, int side,
                                          const char* domain, int domain_len, const char* key, int key_len) {
  auto* app = App(widget);
  g_out = app ? app->model().Cite(View(url, url_len), year, month, day, side, View(domain, domain_len), View(key, key_len)) : "";
  return g_out.c_str();
}

// ---- The catalogue (picker and search): read and checked, worded and filtered by the core.
EMSCRIPTEN_KEEPALIVE const char* mgi_catalogue_read(int widget, const char* url, int url_len, const char* text, int text_len) {
  auto* app = App(widget);
  g_out = app ? app->model().ReadCatalogue(View(url, url_len), View(text, text_len)) : "null";
  return g_out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* mgi_catalogue_failed(int widget, const char* url, int url_len, int kind, double amount, double limit,
                                                      const char* text, int text_len) {
  auto* app = App(widget);
  const auto failure = Failure(kind, amount, limit, text, text_len);
  g_out = app && failure ? app->model().CatalogueFailed(View(url, url_len), *failure) : "";
  return g_out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* mgi_catalogue_match(int widget, const char* query, int query_len) {
  auto* app = App(widget);
  g_out = app ? app->model().MatchCatalogue(View(query, query_len)) : "[]";
  return g_out.c_str();
}

// The catalogue's search index, read a few profiles at a time (WidgetModel::BeginSearchIndex).
EMSCRIPTEN_KEEPALIVE void mgi_search_index_begin(int widget, const char* url, int url_len, const char* text,
                                                 int text_len) {
  auto* app = App(widget);
  if (app) app->model().BeginSearchIndex(std::string(View(url, url_len)), std::string(View(text, text_len)));
}

// 0 more to read, 1 usable, -1 not (its problems went to the console).
EMSCRIPTEN_KEEPALIVE int mgi_search_index_continue(int widget, int count) {
  auto* app = App(widget);
  return app ? app->model().ContinueSearchIndex(static_cast<std::size_t>(std::max(count, 1))) : -1;
}

EMSCRIPTEN_KEEPALIVE const char* mgi_search(int widget, const char* query, int query_len, int limit) {
  auto* app = App(widget);
  g_out = app ? app->model().Search(View(query, query_len), limit) : "null";
  return g_out.c_str();
}

}  // extern "C"
