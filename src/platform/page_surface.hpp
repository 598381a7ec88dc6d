// The page's one drawing surface, shared by every widget of the page (issue 16).
//
// Browsers keep about 16 WebGL contexts per page (8 on Android), shared with the host page's own
// maps and viewers, and evict the oldest beyond that. So the page gets one WebGL2 context, on a
// canvas the loader creates and keeps out of the page; each widget draws its list into the top-left
// corner of that drawing buffer and the page copies the corner into the widget's own visible 2D
// canvas in the same task (drawImage), the pattern of <model-viewer>'s shared renderer. The 2D
// canvases keep their pictures whatever happens to the context.
//
// A widget that draws alone is not copied to: the surface itself is shown over its canvas, sized
// to it, and drawn straight into. The copy waits on the GPU process (about one frame in five by
// 3-8 ms under SwiftShader), which alone would take a frame past its 1 ms. That is a widget alone
// on its page, or, on a page of several, the one widget that drew alone in the last frame any widget
// drew and draws first in this one (the animation after a click: its first frame is copied if the
// surface was elsewhere, the next ones are drawn in place). When another widget draws, the shown one's last frame is drawn again and
// copied into its own canvas, and the surface leaves its place in the same task, so no frame shows
// it empty. Where several widgets draw in the same frames, they are all copied.
//
// When there is no WebGL2 (blocklisted GPU, policy, --disable-3d-apis), its shaders fail, or the
// context is lost, the same draw lists go through draw::SoftRasterizer into the widget's canvas
// with putImageData: the wheel never goes blank. A restored context is rebuilt and used again.
//
// The first frames are drawn on the CPU too, and the WebGL2 context is made once they are shown:
// making a context and compiling its shaders takes the main thread for tens of milliseconds,
// which would otherwise stand between the page and its first wheels.
#pragma once
#include <GLES3/gl3.h>
#include <emscripten/html5.h>

#include <functional>
#include <vector>

#include "draw/soft_rasterizer.hpp"
#include "imgui.h"
#include "platform/gl_renderer.hpp"

namespace mgi::platform {

// One widget's glyph atlas as the surface knows it: its coverage texels (kept for the CPU path
// and for rebuilding textures after a lost context) and its GL texture, if any.
struct WidgetAtlas {
  std::vector<unsigned char> coverage;
  int width = 0, height = 0;
  unsigned version = 0;  // counts rebuilds, so the CPU rasteriser knows when its copy is stale
  GLuint texture = 0;
  unsigned uploaded_generation = 0;  // the context generation `texture` belongs to
};

class PageSurface {
 public:
  static PageSurface& Get();

  // On the first call: without WebGL2, the CPU draws from then on; with it, the CPU draws the first
  // frames and the GPU takes over after them (kGpuStartDelayMs after the first is shown).
  void Start();
  // Called when the surface changes how it draws (a context lost or restored), so that every
  // widget draws again.
  void SetRedrawAll(std::function<void()> redraw_all) { redraw_all_ = std::move(redraw_all); }
  // Draws one widget at once, visible or not: the one the surface is shown in, when the surface can
  // no longer show its picture (a lost context), so that its own canvas holds the wheel.
  void SetDrawNow(std::function<void(int widget)> draw_now) { draw_now_ = std::move(draw_now); }

  // The widgets drawing through the surface.
  void AddWidget() { ++widgets_; }
  void RemoveWidget(int widget);

  bool gpu() const { return gpu_; }
  // The texture id to put in the widget's draw list (a GL texture, or a stand-in on the CPU).
  ImTextureID AtlasTexture(WidgetAtlas& atlas);
  void ForgetAtlas(WidgetAtlas& atlas);
  // Checks the shaders once they are linked; if they failed, the surface turns to the CPU.
  void CheckProgram();
  // Draws `list` (CSS pixels) at `dpr` into widget `widget`'s canvas, sized width x height pixels.
  // `browser_frame`: the time of the browser's animation frame it is drawn in, 0 outside one.
  void Present(int widget, const ImDrawList& list, const WidgetAtlas& atlas, float css_width, float css_height,
               float dpr, int width, int height, double browser_frame);
  // On the CPU: makes room for a frame of width x height pixels before smaller ones are drawn.
  void ReserveCpuFrame(int width, int height) { rasterizer_.Reserve(width, height); }

 private:
  static constexpr double kGpuStartDelayMs = 100;  // lets the page's other first frames come first
  static void OnGpuStartDue(void* self);
  static EM_BOOL OnContextLost(int, const void*, void* self);
  static EM_BOOL OnContextRestored(int, const void*, void* self);
  bool StartGpu();
  void UseCpu(const char* why);
  void PresentGpu(int widget, const ImDrawList& list, const WidgetAtlas& atlas, float css_width, float css_height,
                  float dpr, int width, int height, double browser_frame);
  // Whether widget `widget`, drawing now, is drawn straight into the surface shown in its place.
  // Notes the widgets drawing in each browser frame: their callbacks share its time, and a widget
  // draws once a frame (two frames may share a time where timers are coarsened).
  bool DrawsAlone(int widget, double browser_frame);
  // What the surface shows in a widget's place: its last frame, drawn again into its own canvas
  // when another widget needs the surface.
  struct ShownFrame {
    const ImDrawList* list = nullptr;  // the widget's own list, unchanged until its next frame
    const WidgetAtlas* atlas = nullptr;
    float css_width = 0, css_height = 0, dpr = 1;
    int width = 0, height = 0;
  };
  void StopShowing();
  // Sizes the drawing buffer: exactly, when it is shown; otherwise it only grows (a resize
  // reallocates it, and the next widget may be as large).
  void SizeBuffer(int width, int height, bool exact);
  void PresentCpu(int widget, const ImDrawList& list, const WidgetAtlas& atlas, float css_width, float css_height,
                  float dpr, int width, int height);

  bool started_ = false;
  bool gpu_ = false;
  enum class GpuStart { kNotWanted, kWanted, kScheduled } gpu_start_ = GpuStart::kNotWanted;
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context_ = 0;
  GlRenderer renderer_;
  unsigned generation_ = 1;  // counts the contexts' lives: a restored context has new GL objects
  int buffer_width_ = 0, buffer_height_ = 0;
  int widgets_ = 0;
  int shown_in_ = 0;  // the widget whose place the surface is shown in; 0 while it is detached
  ShownFrame shown_frame_;
  double frame_time_ = 0;           // the browser frame being drawn: its time, and its widgets so far
  std::vector<int> frame_widgets_;
  int last_frame_alone_ = 0;  // the widget that drew alone in the last frame drawn before it, if one did
  draw::SoftRasterizer rasterizer_;
  // Whose atlas the rasteriser holds (widget id, atlas version): it is shared by every widget.
  int rasterizer_widget_ = 0;
  unsigned rasterizer_atlas_version_ = 0;
  std::function<void()> redraw_all_;
  std::function<void(int)> draw_now_;
};

}  // namespace mgi::platform
