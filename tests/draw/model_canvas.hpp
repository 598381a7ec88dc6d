// A widget's model and the frames it draws, natively: the model driven as the page drives it
// (reduced motion, so every change is instant), fonts from a glyph source of fixed metrics, each
// frame's scenes and draw list built as the widget builds them (draw::DrawFrame), and drawn into
// pixels by the CPU rasteriser.
#pragma once
#include <cmath>
#include <string>
#include <string_view>
#include <utility>

#include "draw/soft_rasterizer.hpp"
#include "draw/widget_scene.hpp"
#include "fixed_glyphs.hpp"
#include "test_support.hpp"

namespace mgi::test {

// `Glyphs`: the glyph source's metrics (fixed_glyphs.hpp).
template <class Glyphs = HalfEmGlyphs>
struct ModelCanvas {
  NoPageHost host;
  draw::WheelStyle style;
  WidgetModel model{TheFramework(), TheStrings(), host, style.lift_px};
  Glyphs glyphs;
  draw::FontAtlas fonts{glyphs};
  ImDrawListSharedData shared;
  ImDrawList list{&shared};
  draw::WheelLabelCaches labels;
  double now = 0;
  bool atlas_rebuilt = false;  // by the last Frame(): the new texels wait in fonts.TakePixels()

  explicit ModelCanvas(float host_width = 900, std::string lang = "en") {
    model.Start(lang, "", true, host_width, now);
    model.SetDrawable(true);
  }
  void Load(int side, const std::string& file) {
    model.BeginLoading(side, file, now);
    model.LoadProfile(side, file, Asset("profiles/" + file), now);
  }
  // The next frame, a second later, at `dpr`, its text drawn from the texture named `atlas`.
  draw::FrameScenes Frame(float dpr = 1, ImTextureID atlas = nullptr) {
    now += 1000;
    model.BeginFrame(now);
    draw::FrameScenes scenes = draw::BuildFrameScenes(model, now);
    const CanvasText& text = model.canvas_text();
    atlas_rebuilt = fonts.Ensure(text.label_chars, text.hub_chars, draw::FrameFontSizes(scenes, dpr, style));
    if (fonts.label()) draw::DrawFrame(list, shared, scenes, model, fonts, atlas, dpr, style, labels);
    model.EndFrame(now);
    return scenes;
  }
};

// The same frames drawn by the CPU rasteriser, as a widget without WebGL2 draws them.
struct RasterizedCanvas : ModelCanvas<> {
  draw::SoftRasterizer raster;

  using ModelCanvas::ModelCanvas;
  // Builds the next frame at `dpr` (its draw list, and the atlas when rebuilt) on a framebuffer
  // of the canvas's CSS size x dpr; Rasterize() draws it.
  void Prepare(float dpr) {
    Frame(dpr, raster.atlas_id());
    if (atlas_rebuilt) raster.UploadAtlas(fonts.TakePixels(), fonts.width(), fonts.height());
    const LayoutPlan& plan = model.state().layout();
    raster.Resize(static_cast<int>(std::lround(plan.canvas_width * dpr)), static_cast<int>(std::lround(plan.canvas_height * dpr)));
  }
  void Rasterize(float dpr) {
    const LayoutPlan& plan = model.state().layout();
    raster.Clear();
    raster.Render(list, plan.canvas_width, plan.canvas_height, dpr);
  }
};

}  // namespace mgi::test
