// The page's one drawing surface, shared by every widget of the page (issue 16).
//
// Browsers keep about 16 WebGL contexts per page (8 on Android), shared with the host page's own
// maps and viewers, and evict the oldest beyond that. So the page gets one WebGL2 context, on a
// canvas the loader creates and keeps out of the page; each widget draws its list into the top-left
// corner of that drawing buffer and the page copies the corner into the widget's own visible 2D
// canvas in the same task (drawImage), the pattern of <model-viewer>'s shared renderer. The 2D
// canvases keep their pictures whatever happens to the context.
//
// Always a copy, never the surface itself shown in the page: the widget's canvas then holds the
// picture shown at every moment, so the page's styles on it (::part(wheel)) apply by construction,
// and whatever reads it (toDataURL, captureStream, a report's html2canvas) gets the wheel.
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
  bool gpu() const { return gpu_; }
  // The texture id to put in the widget's draw list (a GL texture, or a stand-in on the CPU).
  ImTextureID AtlasTexture(WidgetAtlas& atlas);
  void ForgetAtlas(WidgetAtlas& atlas);
  // Checks the shaders once they are linked; if they failed, the surface turns to the CPU.
  void CheckProgram();
  // Draws `list` (CSS pixels) at `dpr` into widget `widget`'s canvas, sized width x height pixels.
  void Present(int widget, const ImDrawList& list, const WidgetAtlas& atlas, float css_width, float css_height,
               float dpr, int width, int height);
  // On the CPU: makes room for a frame of width x height pixels before smaller ones are drawn.
  void ReserveCpuFrame(int width, int height) { rasterizer_.Reserve(width, height); }

 private:
  static constexpr double kGpuStartDelayMs = 100;  // lets the page's other first frames come first
  static void OnGpuStartDue(void* self);
  static EM_BOOL OnContextLost(int, const void*, void* self);
  static EM_BOOL OnContextRestored(int, const void*, void* self);
  bool StartGpu();
  void UseCpu(const char* why);
  void PresentGpu(int widget, const ImDrawList& list, float css_width, float css_height, float dpr, int width,
                  int height);
  // Grows the drawing buffer to hold a width x height corner (a resize reallocates it, and the next
  // widget may be as large).
  void GrowBuffer(int width, int height);
  void PresentCpu(int widget, const ImDrawList& list, const WidgetAtlas& atlas, float css_width, float css_height,
                  float dpr, int width, int height);

  bool started_ = false;
  bool gpu_ = false;
  enum class GpuStart { kNotWanted, kWanted, kScheduled } gpu_start_ = GpuStart::kNotWanted;
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context_ = 0;
  GlRenderer renderer_;
  unsigned generation_ = 1;  // counts the contexts' lives: a restored context has new GL objects
  int buffer_width_ = 0, buffer_height_ = 0;
  draw::SoftRasterizer rasterizer_;
  // Whose atlas the rasteriser holds (widget id, atlas version): it is shared by every widget.
  int rasterizer_widget_ = 0;
  unsigned rasterizer_atlas_version_ = 0;
  std::function<void()> redraw_all_;
};

}  // namespace mgi::platform
