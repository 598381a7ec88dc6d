#include "render/static_wheel.hpp"

#include <algorithm>
#include <cmath>

#include "core/png_layout.hpp"
#include "core/widget_model.hpp"
#include "draw/soft_rasterizer.hpp"
#include "draw/widget_scene.hpp"

namespace mgi::render {

namespace {

int DevicePixels(float css, float scale) { return static_cast<int>(std::lround(css * scale)); }

// `top` (premultiplied RGBA8, as the rasteriser leaves it) over `bottom` (opaque RGBA8), at (x, y).
void Over(std::vector<std::uint8_t>& bottom, int bottom_width, int bottom_height, std::span<const std::uint8_t> top,
          int top_width, int top_height, int x, int y) {
  for (int ty = 0; ty < top_height; ++ty) {
    const int by = y + ty;
    if (by < 0 || by >= bottom_height) continue;
    for (int tx = 0; tx < top_width; ++tx) {
      const int bx = x + tx;
      if (bx < 0 || bx >= bottom_width) continue;
      const std::uint8_t* src = &top[(static_cast<std::size_t>(ty) * static_cast<std::size_t>(top_width) + static_cast<std::size_t>(tx)) * 4];
      std::uint8_t* dst = &bottom[(static_cast<std::size_t>(by) * static_cast<std::size_t>(bottom_width) + static_cast<std::size_t>(bx)) * 4];
      const int keep = 255 - src[3];
      for (int c = 0; c < 3; ++c) dst[c] = static_cast<std::uint8_t>(src[c] + (dst[c] * keep + 127) / 255);
      dst[3] = 255;
    }
  }
}

ImU32 Colour(const Json& hex) {
  Rgb rgb;
  if (!hex.is_string() || !ParseHexColour(hex.get<std::string>(), &rgb)) return IM_COL32(26, 32, 44, 255);
  return IM_COL32(rgb.r, rgb.g, rgb.b, 255);
}

float Number(const Json& j, const char* key) { return j.contains(key) && j[key].is_number() ? j[key].get<float>() : 0.0f; }

// Text as the page's fillText(text, x, y, max_width) with a middle baseline draws it: squeezed
// into max_width when longer (here: drawn smaller, the same width), its em box centred on y.
void MiddleText(ImDrawList& dl, ImFont* font, float css_px, float x, float y, float max_width, ImU32 colour,
                const std::string& text) {
  const float width = font->CalcTextSizeA(css_px, FLT_MAX, 0, text.c_str()).x;
  const float px = width > max_width && width > 0 ? css_px * max_width / width : css_px;
  dl.AddText(font, px, {x, y - px * draw::kLineHeightEm / 2}, colour, text.c_str());
}

// Text of the picture's own (title, legend) in one face: a draw list in the picture's CSS pixels
// over an atlas of just its characters, rasterised and laid over the picture.
struct TextLayer {
  draw::FontAtlas fonts;
  draw::SoftRasterizer raster;
  ImDrawListSharedData shared;
  ImDrawList dl{&shared};
  float scale, css_w, css_h;

  TextLayer(draw::GlyphSource& glyphs, float scale_, float css_w_, float css_h_)
      : fonts(glyphs), scale(scale_), css_w(css_w_), css_h(css_h_) {}
  ImFont* font() const { return fonts.label(); }
  bool Begin(std::string_view text, float css_px) {
    fonts.Ensure(text, "", {css_px, css_px, scale});
    if (!fonts.label()) return false;
    raster.UploadAtlas(fonts.TakePixels(), fonts.width(), fonts.height());
    shared.TexUvWhitePixel = fonts.white_uv();
    shared.Font = fonts.label();
    shared.FontSize = fonts.label()->FontSize;
    shared.ClipRectFullscreen = ImVec4(0, 0, css_w, css_h);
    shared.InitialFlags = ImDrawListFlags_AntiAliasedLines | ImDrawListFlags_AntiAliasedFill;
    dl._ResetForNewFrame();
    dl.PushTextureID(raster.atlas_id());
    dl.PushClipRect(ImVec2(0, 0), ImVec2(css_w, css_h));
    return true;
  }
  void LayOver(WheelPicture& picture) {
    dl._PopUnusedDrawCmd();
    raster.Resize(picture.width, picture.height);
    raster.Clear();
    raster.Render(dl, css_w, css_h, scale);
    Over(picture.rgba, picture.width, picture.height, raster.premultiplied(), picture.width, picture.height, 0, 0);
  }
};

// The model at rest in the requested state, with its frame drawn into `raster`.
struct DrawnCanvas {
  NoPageHost page;
  draw::WheelStyle style;
  WidgetModel model;
  ImDrawListSharedData shared;
  ImDrawList list{&shared};
  draw::SoftRasterizer raster;
  std::string layout_json;

  DrawnCanvas(const Framework& framework, const Strings& strings) : model(framework, strings, page, style.lift_px) {}

  bool Draw(const WheelRequest& request, draw::GlyphSource& glyphs, std::string* error) {
    double now = 0;
    model.Start(request.lang, "", true, request.width_css, now);
    model.SetDrawable(true);
    for (int side = 0; side < static_cast<int>(request.profiles.size()); ++side) {
      const ProfileSource& p = request.profiles[static_cast<std::size_t>(side)];
      model.BeginLoading(side, p.url, now);
      model.LoadProfile(side, p.url, p.text, now);
      if (model.state().phase(side) != Phase::kReady) {
        *error = p.url + ": the profile does not load";
        return false;
      }
    }
    if (!request.domain.empty() && !model.Select(request.domain, SelectSource::kApi, now)) {
      *error = "unknown domain \"" + request.domain + "\"";
      return false;
    }
    now += 1000;  // with reduced motion every change is instant: one frame shows the state at rest
    model.BeginFrame(now);
    const draw::FrameScenes scenes = draw::BuildFrameScenes(model, now);
    const CanvasText& text = model.canvas_text();
    draw::FontAtlas fonts(glyphs);
    fonts.Ensure(text.label_chars, text.hub_chars, draw::FrameFontSizes(scenes, request.scale, style));
    if (!fonts.label()) {
      *error = "the wheel's glyphs could not be packed into an atlas";
      return false;
    }
    raster.UploadAtlas(fonts.TakePixels(), fonts.width(), fonts.height());
    draw::WheelLabelCaches labels;  // one frame: nothing to keep
    draw::DrawFrame(list, shared, scenes, model, fonts, raster.atlas_id(), request.scale, style, labels);
    model.EndFrame(now);
    layout_json = model.LayoutJson(now);
    const LayoutPlan& plan = model.state().layout();
    raster.Resize(DevicePixels(plan.canvas_width, request.scale), DevicePixels(plan.canvas_height, request.scale));
    raster.Clear();
    raster.Render(list, plan.canvas_width, plan.canvas_height, request.scale);
    return true;
  }
};

}  // namespace

std::optional<WheelPicture> RenderWheelPicture(const Framework& framework, const Strings& strings,
                                               const WheelRequest& request, draw::GlyphSource& glyphs,
                                               draw::GlyphSource& title_glyphs, std::string* error) {
  DrawnCanvas canvas(framework, strings);
  if (!canvas.Draw(request, glyphs, error)) return std::nullopt;

  // The download's layout is planned at kPngScale; at another scale every length follows.
  const float k = request.scale / kPngScale;
  const int canvas_w = canvas.raster.width(), canvas_h = canvas.raster.height();
  const Json plan = Json::parse(canvas.model.PngPlan(static_cast<int>(std::lround(canvas_w / k)),
                                                     static_cast<int>(std::lround(canvas_h / k))));
  WheelPicture picture;
  picture.width = static_cast<int>(std::lround(plan["width"].get<float>() * k));
  picture.height = static_cast<int>(std::lround(plan["height"].get<float>() * k));
  picture.canvas_x = static_cast<int>(std::lround(plan["wheel"]["x"].get<float>() * k));
  picture.canvas_y = static_cast<int>(std::lround(plan["wheel"]["y"].get<float>() * k));
  picture.canvas_width = canvas_w;
  picture.canvas_height = canvas_h;
  picture.layout_json = canvas.layout_json;
  const ImU32 background = Colour(plan["background"]);
  picture.rgba.resize(static_cast<std::size_t>(picture.width) * static_cast<std::size_t>(picture.height) * 4);
  for (std::size_t i = 0; i < picture.rgba.size(); i += 4)
    for (int c = 0; c < 4; ++c) picture.rgba[i + static_cast<std::size_t>(c)] = static_cast<std::uint8_t>(background >> (8 * c));
  Over(picture.rgba, picture.width, picture.height, canvas.raster.premultiplied(), canvas_w, canvas_h, picture.canvas_x,
       picture.canvas_y);

  // The name, in the title's face, and the legend: each a layer of its own atlas and draw list.
  const float s = kPngScale;  // the plan's lengths are device pixels at kPngScale: / s gives CSS pixels
  const float css_w = static_cast<float>(picture.width) / request.scale, css_h = static_cast<float>(picture.height) / request.scale;
  const Json& title = plan["title"];
  const ImU32 ink = Colour(plan["ink"]);
  const float title_px = Number(title, "px") / s, legend_px = Number(plan, "legend_px") / s;
  TextLayer title_layer(title_glyphs, request.scale, css_w, css_h);
  if (!title_layer.Begin(title["text"].get<std::string>(), title_px)) {
    *error = "the picture's title could not be packed into an atlas";
    return std::nullopt;
  }
  MiddleText(title_layer.dl, title_layer.font(), title_px, Number(title, "x") / s, Number(title, "y") / s,
             Number(title, "max_width") / s, ink, title["text"].get<std::string>());
  title_layer.LayOver(picture);
  std::string legend_text;
  for (const Json& item : plan["legend"]) legend_text += item["label"].get<std::string>();
  TextLayer legend(glyphs, request.scale, css_w, css_h);
  if (!legend.Begin(legend_text, legend_px)) {
    *error = "the picture's legend could not be packed into an atlas";
    return std::nullopt;
  }
  for (const Json& item : plan["legend"]) {
    const Json& box = item["box"];
    const float bx = Number(box, "x") / s, by = Number(box, "y") / s, size = Number(box, "size") / s;
    legend.dl.AddRectFilled({bx, by}, {bx + size, by + size}, Colour(item["colour"]));
    const Json& t = item["text"];
    MiddleText(legend.dl, legend.font(), legend_px, Number(t, "x") / s, Number(t, "y") / s, Number(t, "max_width") / s, ink,
               item["label"].get<std::string>());
  }
  legend.LayOver(picture);
  return picture;
}

}  // namespace mgi::render
