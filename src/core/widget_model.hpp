// One widget's behaviour, without a browser: commands and the time in, messages to the page and
// frame requests out. It owns the WidgetState and decides everything the platform used to decide
// beside its input and GL code: what a click or a key focus does, when a frame is worth drawing,
// when `ready` is due, what the panel and the canvas say. The platform layer (src/platform) only
// turns html5.h events and page calls into these commands and draws the scenes that src/draw
// builds from the model; native tests drive the same model through whole visitor stories.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/canvas_text.hpp"
#include "core/catalogue_list.hpp"
#include "core/framework.hpp"
#include "core/load_failure.hpp"
#include "core/messages.hpp"
#include "core/search.hpp"
#include "core/search_index_file.hpp"
#include "core/strings.hpp"
#include "core/view_model.hpp"
#include "core/widget_state.hpp"

namespace mgi {

// What the model needs from whoever hosts it: the page (through Wasm) or a test.
class WidgetHost {
 public:
  virtual ~WidgetHost() = default;
  // kind: "strings" (at start and on each change of language), "panel", "layout", "select",
  // "ready", "error", "warning"; json: the message, of the shape tests/schemas/KIND.schema.json.
  virtual void Emit(std::string_view kind, std::string_view json) = 0;
  // Something changed on the canvas: call Frame() at the next display refresh.
  virtual void RequestFrame() = 0;
  // The canvas's size in CSS pixels changed (the drawing buffer follows it).
  virtual void ResizeCanvas(float css_width, float css_height) = 0;
  virtual void SetPointerCursor(bool pointer) = 0;
};

// A host with no page: messages and frame requests go nowhere (a native picture, drawn once when
// asked for; a test that only looks at frames).
class NoPageHost final : public WidgetHost {
 public:
  void Emit(std::string_view, std::string_view) override {}
  void RequestFrame() override {}
  void ResizeCanvas(float, float) override {}
  void SetPointerCursor(bool) override {}
};

class WidgetModel {
 public:
  // `lift_px`: how far a raised segment moves out (the drawing style's), so that hit-testing and
  // layout() leave room for exactly what is drawn.
  WidgetModel(const Framework& framework, const Strings& strings, WidgetHost& host, float lift_px);

  // Emits the interface strings and the first panel (loading). `host_width` in CSS pixels. The
  // language is chosen from the widget's `lang` attribute and the page's (Strings::ChooseLanguage).
  void Start(std::string_view own_lang, std::string_view page_lang, bool reduced_motion, float host_width,
             double now_ms);

  // ---- Calls from the page
  void SetHostWidth(float host_width, double now_ms);
  // side 0: the `profile`; side 1: the `compare` profile (loading it starts the comparison).
  void BeginLoading(int side, std::string url, double now_ms);
  void LoadProfile(int side, std::string url, std::string_view text, double now_ms);
  void LoadFailed(int side, std::string url, const LoadFailure& failure);
  void StopComparing(double now_ms);
  // False for an id that is not a domain: nothing changes, and a "warning" says so. Empty id: the
  // introduction.
  bool Select(std::string_view domain_id, SelectSource source, double now_ms);
  // What activating a target does, by pointer on the canvas or from the accessible twin's buttons:
  // -1 the hub (back to the introduction); 0..5 a segment, which is selected, or, when it already
  // is, returns to the introduction. Nothing before a profile is shown.
  void Activate(int target, SelectSource source, double now_ms);
  // The widget's or the page's `lang` changed (or may have): chosen again as at Start.
  void SetLang(std::string_view own_lang, std::string_view page_lang);
  void SetReducedMotion(bool reduce) { state_.SetReducedMotion(reduce); }
  void SetVisible(bool visible);
  // Deep links (`deeplink` on an element with an id): `element_id` is the element's id, or empty
  // where links are off. A change comes with a new panel (its findings' Copy link buttons).
  void SetLinkTarget(std::string_view element_id);
  // Keyboard focus lives on the canvas's accessible twin (HTML buttons); the wheel draws its ring.
  // -1: the hub; 0..5: a segment; anything else: no focus.
  void SetKeyboardFocus(int target);

  // ---- Pointer input, in CSS pixels of the canvas
  void PointerMove(Point p, double now_ms);
  void PointerLeave();
  void PointerDown();  // a click is not keyboard use: the focus ring goes
  void Click(Point p, double now_ms);

  // ---- Frames
  // The widget has a surface to draw on (or no longer has: then no frames are asked for). There is
  // no failing to draw: the page surface falls back to the CPU (platform/page_surface.hpp), and the
  // findings are shown whatever it can do.
  void SetDrawable(bool drawable);
  // Whether a frame now would be worth drawing: in view, or the first frame of a profile (so that
  // `ready` resolves below the fold too).
  bool ShouldDraw() const;
  // Brings animations and canvas texts up to `now_ms`; call before building the frame's scenes.
  void BeginFrame(double now_ms);
  // After the frame reached the screen: `ready` once per load, and another frame while anything moves.
  void EndFrame(double now_ms);

  // ---- What the drawing layer reads
  const WidgetState& state() const { return state_; }
  const CanvasText& canvas_text() const { return text_; }
  const Framework& framework() const { return framework_; }
  // The focus ring is drawn for keyboard use only, on the focused twin button's target.
  bool focus_ring() const { return focus_visible_ && has_focus_; }
  WheelGeometry GeometryAt(double now_ms, int side = 0) const;
  Hit HitAt(Point p, double now_ms) const;

  // ---- Queries from the page (JSON or text)
  std::string StateJson() const;
  // Every domain's panel (as "panel" messages), in wheel order, for the printed page when none is
  // selected; [] until a profile is shown.
  std::string PrintPanelsJson() const;
  std::string LayoutJson(double now_ms) const;
  std::string ParseLink(std::string_view fragment) const;
  std::string FormatLink(std::string_view element_id, std::string_view domain_id, std::string_view key) const;
  std::string Export(int kind) const;  // 0 CSV, 1 Markdown: {name, text}
  // The "Download image" picture's layout (core/png_layout.hpp), for a wheel rendered at that size.
  std::string PngPlan(int wheel_width, int wheel_height) const;
  // A failed download that is not the widget's own profile (the search's catalogue), for the console.
  std::string DescribeFailure(std::string_view url, const LoadFailure& failure) const {
    return DescribeLoadFailure(failure, url, strings_, lang_);
  }
  std::string Cite(std::string_view url, int year, int month, int day, int side, std::string_view domain_id,
                   std::string_view key) const;
  // ---- The catalogue the picker offers and the search looks through (the last one read)
  // { profiles: [{ id, name, file, local, country }], search_index: null | file,
  //   problem: null | "why it is unreadable" }
  std::string ReadCatalogue(std::string_view url, std::string_view text);
  // Why the catalogue could not be read at all, worded for the picker.
  std::string CatalogueFailed(std::string_view url, const LoadFailure& failure) const;
  // The picker's options for what a reader typed: [{ index, tag }], in catalogue order.
  std::string MatchCatalogue(std::string_view query) const;
  // Gives the search the catalogue's search index (core/search_index_file.hpp), read from `url`:
  // it replaces the previous one. False when the text is unusable; its problems then go to the
  // console ("warning", naming the URL and each JSON path).
  bool LoadSearchIndex(std::string_view url, std::string_view text);
  // The same, a few profiles at a time, so that a page can read a large index between frames:
  // Begin takes the file, and each Continue reads about `count` more profiles, answering 0 while
  // there is more to read, then 1 (usable) or -1 (not: its problems went to the console). Until it
  // answers 1, the search looks through the shown profiles only.
  void BeginSearchIndex(std::string url, std::string text);
  int ContinueSearchIndex(std::size_t count);
  // The shown profiles first, then the search index's others.
  std::string Search(std::string_view query, int limit);

 private:
  void Replan(double now_ms);
  void Hover(Hit hit);
  void RequestFrame();
  void EmitStrings();
  // A "panel" message for `state`: the panel, the accessible twin and whether findings are linkable.
  Json PanelOf(const WidgetState& state) const;
  void EmitPanel();
  void EmitSelect(SelectSource source);
  void EmitError(const LoadError& error, int side = 0);
  TextContext Text() const { return {framework_, strings_, lang_}; }

  const Framework& framework_;
  const Strings& strings_;
  WidgetHost& host_;
  float lift_px_;
  std::string lang_ = "en";
  WidgetState state_;
  CanvasText text_;
  bool text_stale_ = true;
  float host_width_ = 0;
  bool drawable_ = false;
  bool visible_ = true;
  bool ready_sent_ = false;
  bool started_ = false;
  std::string link_id_;  // the element id links name; empty: links are off
  bool focus_visible_ = false;  // show the focus ring: keyboard use, not a click
  bool has_focus_ = false;
  std::vector<CatalogueItem> catalogue_list_;               // the picker's options
  SearchIndex search_;            // the shown profiles and those added one by one
  std::vector<std::string> search_ids_;  // the profiles search_ holds
  std::string search_built_for_;  // the profiles the index holds, to know when to rebuild
  SearchIndex catalogue_search_;  // the catalogue's search index: built once per file
  std::optional<SearchIndexReader> catalogue_reader_;  // while the file is being read
  std::string catalogue_index_url_;
  bool catalogue_searchable_ = false;  // read whole and usable: searched from then on
};

}  // namespace mgi
