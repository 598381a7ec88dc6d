// The wheel as mgi-render draws it: the widget's own model, scenes and ImDrawLists (what
// draw::DrawFrame fills for the canvas), rasterised on the CPU by the widget's software
// rasteriser, then laid out as the widget's "Download image" picture (core/png_layout: the
// jurisdiction's name above, the domains' legend below, on white), whose text is drawn with the
// same fonts and rasteriser.
//
// The model is driven as a page drives it with reduced motion: started at the host width, the
// profile(s) loaded, the domain selected, one frame drawn; so the picture is the widget's canvas
// at rest in that state.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/framework.hpp"
#include "core/strings.hpp"
#include "draw/glyph_source.hpp"

namespace mgi::render {

struct ProfileSource {
  std::string url;   // what the widget would have fetched (names the picture)
  std::string text;  // the profile's JSON, already validated
};

struct WheelRequest {
  std::vector<ProfileSource> profiles;  // one, or two to compare
  std::string lang = "en";
  std::string domain;          // "" for none (the introduction)
  float width_css = 480;       // the widget's width in CSS pixels
  float scale = 2;             // device pixels per CSS pixel
};

struct WheelPicture {
  int width = 0, height = 0;
  std::vector<std::uint8_t> rgba;  // straight alpha, row by row (opaque: the background is white)
  // Where the widget's canvas sits in the picture, and its size, in the picture's pixels.
  int canvas_x = 0, canvas_y = 0, canvas_width = 0, canvas_height = 0;
  // The widget's layout() of that frame (SPEC section 3), in CSS pixels of the canvas: where each
  // wheel and segment is drawn.
  std::string layout_json;
};

// The widget's canvas in the requested state, laid out as its "Download image" picture (opaque).
// nullopt with `error` set if a profile does not load into the model or glyphs cannot be packed.
// The whole picture's title is set in `title_glyphs` (the download's is semibold: a bold face).
std::optional<WheelPicture> RenderWheelPicture(const Framework& framework, const Strings& strings,
                                               const WheelRequest& request, draw::GlyphSource& glyphs,
                                               draw::GlyphSource& title_glyphs, std::string* error);

}  // namespace mgi::render
