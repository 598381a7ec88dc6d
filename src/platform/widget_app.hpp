// One widget in one Wasm instance: the sokol-style app. It is handed input (html5.h events on its
// own canvas) and calls from the page (exports.cpp), updates the core's WidgetState, and draws
// frames only while something moves or changes.
//
// Why html5.h and not GLFW emulation: GLFW's emulation assumes one canvas per page, listens for
// wheel events on the whole window (stealing the page's scroll) and has no touch. Our layer
// listens on this widget's canvas only, lets scroll and touch gestures through to the page, and
// leaves ImGui to what it does best here: drawing. Only its drawing layer is used (one ImDrawList
// with its shared data, fonts built from the browser's glyphs): no ImGui context, windows or
// widgets, so none of that code is in the Wasm.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <emscripten/html5.h>

#include "core/canvas_text.hpp"
#include "core/framework.hpp"
#include "core/search.hpp"
#include "core/strings.hpp"
#include "core/view_model.hpp"
#include "core/widget_state.hpp"
#include "draw/compare_renderer.hpp"
#include "draw/font_atlas.hpp"
#include "draw/wheel_renderer.hpp"
#include "draw/wheel_style.hpp"
#include "imgui_internal.h"  // ImDrawListSharedData: a draw list without an ImGui context
#include "platform/browser_glyphs.hpp"
#include "platform/gl_renderer.hpp"
#include "platform/gl_surface.hpp"

namespace mgi::platform {

enum class SelectSource { kPointer, kKeyboard, kApi };

class WidgetApp {
 public:
  WidgetApp();
  // Sets up framework data, GL and input. On failure reports an error and returns false.
  // `host_width` and `dpr` size the canvas before its WebGL context exists, so the context's
  // drawing buffer is made once at its real size rather than at 300 x 150 and then again.
  bool Create(std::string lang, bool reduced_motion, float host_width, float dpr);
  void Destroy();

  // ---- Calls from the page
  void SetHostSize(float host_width, float dpr);
  // side 0: the `profile`; side 1: the `compare` profile (loading it starts the comparison).
  void BeginLoading(int side, std::string url);
  void LoadProfile(int side, std::string url, std::string_view text);
  void LoadFailed(int side, std::string url, std::string message);
  void StopComparing();
  // False for an id that is not a domain (nothing changes). Empty id: the introduction.
  bool Select(std::string_view domain_id, SelectSource source);
  void SetLang(std::string lang);
  void SetReducedMotion(bool reduce);
  void SetVisible(bool visible);
  // Redraws the glyphs: a font the widget's font stack names may have arrived since.
  void FontsChanged();
  // Keyboard focus lives on the canvas's accessible twin (HTML buttons); the wheel draws its ring.
  // -1: the hub; 0..5: a segment; anything else: no focus.
  void SetKeyboardFocus(int target);
  // Draws a frame now, in this task, so that the page can copy the canvas (printing).
  void RenderNow();
  std::string StateJson() const;

  // ---- Reader tools (issue 8): links, citations, exports, search. JSON or text out.
  std::string ParseLink(std::string_view fragment) const;
  std::string FormatLink(std::string_view element_id, std::string_view domain_id, std::string_view key) const;
  std::string Export(int kind) const;  // 0 CSV, 1 Markdown: {name, text}
  std::string FileName(std::string_view extension) const;
  std::string Cite(std::string_view url, int year, int month, int day, int side, std::string_view domain_id,
                   std::string_view key) const;
  bool AddToSearch(std::string id, std::string_view text);
  std::string Search(std::string_view query, int limit);
  std::string LayoutJson() const;

 private:
  // ---- Input (html5.h callbacks on this canvas)
  static EM_BOOL OnMouseMove(int, const EmscriptenMouseEvent* e, void* self);
  static EM_BOOL OnMouseLeave(int, const EmscriptenMouseEvent* e, void* self);
  static EM_BOOL OnMouseDown(int, const EmscriptenMouseEvent* e, void* self);
  static EM_BOOL OnClick(int, const EmscriptenMouseEvent* e, void* self);
  Point ToCanvasCss(const EmscriptenMouseEvent& e) const;
  Hit HitAt(Point p, double now_ms) const;
  void Hover(Hit hit);
  void Activate(Hit hit, SelectSource source);

  // ---- Frames
  bool ShouldDraw() const;
  void RequestFrame();
  static EM_BOOL OnAnimationFrame(double time, void* self);
  void DrawFrame(double now_ms);
  draw::WheelScene BuildScene(double now_ms, int side) const;
  draw::ChartScene BuildChart() const;
  WheelGeometry GeometryAt(double now_ms, int side = 0) const;
  void Replan();

  // ---- Output to the page
  void EmitPanel();
  void EmitSelect(SelectSource source);
  void EmitError(const LoadError& error, int side = 0);

  TextContext Text() const { return {framework_, strings_, lang_}; }
  double Now() const;

  Framework framework_;
  Strings strings_;
  std::string lang_ = "en";
  WidgetState state_;
  draw::WheelStyle style_;
  CanvasText text_;
  bool text_stale_ = true;
  BrowserGlyphs glyphs_;
  draw::FontAtlas fonts_{glyphs_};
  GlSurface surface_;
  GlRenderer renderer_;
  bool gl_ready_ = false;
  ImTextureID atlas_texture_ = nullptr;
  ImDrawListSharedData draw_shared_;
  ImDrawList draw_list_{&draw_shared_};
  float dpr_ = 1;
  float host_width_ = 0;
  bool visible_ = true;
  bool frame_pending_ = false;
  bool ready_sent_ = false;
  bool focus_visible_ = false;  // show the focus ring: keyboard use, not a click
  bool has_focus_ = false;
  std::vector<std::pair<std::string, Profile>> catalogue_;  // profiles added for search only
  SearchIndex search_;
  std::string search_built_for_;  // the profiles the index holds, to know when to rebuild
};

}  // namespace mgi::platform
