// The C functions web/mgi-wheel.js calls. One Wasm instance is one widget, so one WidgetApp; what
// only decides (selection, queries, reader tools) goes straight to its model.
// Strings arrive as pointer + length in UTF-8 (profile text may be megabytes: no stack copies).
#include <emscripten.h>

#include <optional>
#include <string>
#include <string_view>

#include "core/finding_key.hpp"
#include "platform/widget_app.hpp"

namespace {
mgi::platform::WidgetApp* g_app = nullptr;
std::string g_out;  // keeps a returned string alive until the next call

std::string_view View(const char* p, int n) { return (p && n > 0) ? std::string_view(p, n) : std::string_view(); }
double Now() { return mgi::platform::WidgetApp::Now(); }

// Why a download failed, as facts (see core/load_failure.hpp); the core words it.
std::optional<mgi::LoadFailure> Failure(int kind, double amount, double limit, const char* text, int text_len) {
  if (kind < 0 || kind >= mgi::kLoadFailureKinds) return std::nullopt;
  return mgi::LoadFailure{static_cast<mgi::LoadFailureKind>(kind), amount, limit, std::string(View(text, text_len))};
}
}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE int mgi_create(const char* lang, int lang_len, int reduced_motion, float host_width, float dpr) {
  if (g_app) return 1;
  g_app = new mgi::platform::WidgetApp();
  return g_app->Create(std::string(View(lang, lang_len)), reduced_motion != 0, host_width, dpr) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void mgi_destroy() {
  if (!g_app) return;
  g_app->Destroy();
  delete g_app;
  g_app = nullptr;
}

EMSCRIPTEN_KEEPALIVE void mgi_set_host_size(float width, float dpr) {
  if (g_app) g_app->SetHostSize(width, dpr);
}

// side: 0 for the `profile`, 1 for the `compare` profile (beginning to load it starts comparing).
EMSCRIPTEN_KEEPALIVE void mgi_begin_loading(int side, const char* url, int url_len) {
  if (g_app && (side == 0 || side == 1)) g_app->model().BeginLoading(side, std::string(View(url, url_len)), Now());
}

EMSCRIPTEN_KEEPALIVE void mgi_load_profile(int side, const char* url, int url_len, const char* text, int text_len) {
  if (g_app && (side == 0 || side == 1)) g_app->model().LoadProfile(side, std::string(View(url, url_len)), View(text, text_len), Now());
}

EMSCRIPTEN_KEEPALIVE void mgi_load_failed(int side, const char* url, int url_len, int kind, double amount, double limit,
                                          const char* text, int text_len) {
  const auto failure = Failure(kind, amount, limit, text, text_len);
  if (g_app && failure && (side == 0 || side == 1)) g_app->model().LoadFailed(side, std::string(View(url, url_len)), *failure);
}

EMSCRIPTEN_KEEPALIVE const char* mgi_describe_failure(const char* url, int url_len, int kind, double amount, double limit,
                                                      const char* text, int text_len) {
  const auto failure = Failure(kind, amount, limit, text, text_len);
  g_out = g_app && failure ? g_app->model().DescribeFailure(View(url, url_len), *failure) : "";
  return g_out.c_str();
}

EMSCRIPTEN_KEEPALIVE void mgi_stop_comparing() {
  if (g_app) g_app->model().StopComparing(Now());
}

// source: 0 pointer, 1 keyboard, 2 api. Returns 0 for an unknown id.
EMSCRIPTEN_KEEPALIVE int mgi_select(const char* id, int id_len, int source) {
  if (!g_app || source < 0 || source > 2) return 0;
  return g_app->model().Select(View(id, id_len), static_cast<mgi::SelectSource>(source), Now()) ? 1 : 0;
}

// What the accessible twin's button `target` does when pressed (-1 the hub, 0..5 a segment):
// the core applies the same rule as for a click on the canvas.
EMSCRIPTEN_KEEPALIVE void mgi_activate(int target, int source) {
  if (g_app && source >= 0 && source <= 2) g_app->model().Activate(target, static_cast<mgi::SelectSource>(source), Now());
}

EMSCRIPTEN_KEEPALIVE void mgi_set_lang(const char* lang, int lang_len) {
  if (g_app) g_app->model().SetLang(std::string(View(lang, lang_len)));
}

EMSCRIPTEN_KEEPALIVE void mgi_set_reduced_motion(int reduce) {
  if (g_app) g_app->model().SetReducedMotion(reduce != 0);
}

EMSCRIPTEN_KEEPALIVE void mgi_set_visible(int visible) {
  if (g_app) g_app->model().SetVisible(visible != 0);
}

// The page's fonts changed (a web font finished loading): glyphs drawn before came from a fallback.
EMSCRIPTEN_KEEPALIVE void mgi_fonts_changed() {
  if (g_app) g_app->FontsChanged();
}

EMSCRIPTEN_KEEPALIVE void mgi_set_focus(int target) {
  if (g_app) g_app->model().SetKeyboardFocus(target);
}

EMSCRIPTEN_KEEPALIVE void mgi_render_now() {
  if (g_app) g_app->RenderNow();
}

EMSCRIPTEN_KEEPALIVE const char* mgi_state_json() {
  g_out = g_app ? g_app->model().StateJson() : "null";
  return g_out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* mgi_layout_json() {
  g_out = g_app ? g_app->model().LayoutJson(Now()) : "null";
  return g_out.c_str();
}

// ---- Reader tools: links, citations, exports, search (strings are UTF-8, lengths in bytes).
EMSCRIPTEN_KEEPALIVE const char* mgi_parse_link(const char* fragment, int len) {
  g_out = g_app ? g_app->model().ParseLink(View(fragment, len)) : "null";
  return g_out.c_str();
}

EMSCRIPTEN_KEEPALIVE int mgi_linkable_id(const char* id, int id_len) { return mgi::IsElementId(View(id, id_len)) ? 1 : 0; }

EMSCRIPTEN_KEEPALIVE const char* mgi_format_link(const char* id, int id_len, const char* domain, int domain_len,
                                                 const char* key, int key_len) {
  g_out = g_app ? g_app->model().FormatLink(View(id, id_len), View(domain, domain_len), View(key, key_len)) : "";
  return g_out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* mgi_export(int kind) {
  g_out = g_app ? g_app->model().Export(kind) : "null";
  return g_out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* mgi_png_begin() {
  g_out = g_app ? g_app->BeginPng() : "null";
  return g_out.c_str();
}

EMSCRIPTEN_KEEPALIVE void mgi_png_end() {
  if (g_app) g_app->EndPng();
}

EMSCRIPTEN_KEEPALIVE const char* mgi_cite(const char* url, int url_len, int year, int month, int day, int side,
                                          const char* domain, int domain_len, const char* key, int key_len) {
  g_out = g_app ? g_app->model().Cite(View(url, url_len), year, month, day, side, View(domain, domain_len), View(key, key_len)) : "";
  return g_out.c_str();
}

// ---- The catalogue (picker and search): read and checked, worded and filtered by the core.
EMSCRIPTEN_KEEPALIVE const char* mgi_catalogue_read(const char* url, int url_len, const char* text, int text_len) {
  g_out = g_app ? g_app->model().ReadCatalogue(View(url, url_len), View(text, text_len)) : "null";
  return g_out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* mgi_catalogue_failed(const char* url, int url_len, int kind, double amount, double limit,
                                                      const char* text, int text_len) {
  const auto failure = Failure(kind, amount, limit, text, text_len);
  g_out = g_app && failure ? g_app->model().CatalogueFailed(View(url, url_len), *failure) : "";
  return g_out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* mgi_catalogue_match(const char* query, int query_len) {
  g_out = g_app ? g_app->model().MatchCatalogue(View(query, query_len)) : "[]";
  return g_out.c_str();
}

EMSCRIPTEN_KEEPALIVE int mgi_search_add(const char* id, int id_len, const char* text, int text_len) {
  return g_app && g_app->model().AddToSearch(std::string(View(id, id_len)), View(text, text_len)) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE const char* mgi_search(const char* query, int query_len, int limit) {
  g_out = g_app ? g_app->model().Search(View(query, query_len), limit) : "null";
  return g_out.c_str();
}

}  // extern "C"
