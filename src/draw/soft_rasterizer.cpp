// Index of this file:
// [SECTION] Fixed point and pixel maths
// [SECTION] Spans: one row of one triangle
// [SECTION] Edges: the fill rule, walked row by row
// [SECTION] Triangles: which span draws them, with what
// [SECTION] Opaque runs: triangles of one colour filled as one shape
// [SECTION] SoftRasterizer

#include "draw/soft_rasterizer.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <optional>

namespace mgi::draw {

// A pixel is one 32-bit word whose bytes are R, G, B, A in memory, as ImGui packs IM_COL32 and as
// ImageData is laid out: a vertex colour is then already a pixel, and bytes and words agree.
static_assert(std::endian::native == std::endian::little, "pixels are R, G, B, A bytes read as one little-endian word");
static_assert(IM_COL32_R_SHIFT == 0 && IM_COL32_G_SHIFT == 8 && IM_COL32_B_SHIFT == 16 && IM_COL32_A_SHIFT == 24,
              "ImU32 colours as R, G, B, A bytes (no IMGUI_USE_BGRA_PACKED_COLOR)");

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Fixed point and pixel maths
//-----------------------------------------------------------------------------

// Positions snap to 1/256 pixel, as GPUs' 8 bits of sub-pixel precision: edges are then exact
// integer functions, and two triangles sharing an edge agree on every pixel centre.
constexpr int kSubpixelBits = 8;
constexpr std::int64_t kSubpixels = std::int64_t{1} << kSubpixelBits;
constexpr std::int64_t kHalfPixel = kSubpixels / 2;  // where pixel centres lie
// Farther positions are clamped to a million pixels: the products of edge functions stay in int64.
constexpr float kMaxPositionPx = 1 << 20;

// What varies across a triangle steps along a row in 16.16 fixed point: one add per pixel. The
// words are unsigned so that stepping wraps (defined) rather than overflows, whatever the input.
constexpr double kFixedOne = 1 << 16;
// A plane's value and steps are held within this (garbage UVs included): its int64 sums cannot overflow.
constexpr double kMaxPlane = static_cast<double>(std::int64_t{1} << 40);

// [[gnu::always_inline]] marks what runs per pixel or per row: the Wasm build optimises for size
// (-Oz), which would leave these small functions out of line, a call costing as much as their work.

// x / 255 rounded to nearest, exact for every x in [0, 255 x 255].
[[gnu::always_inline]] constexpr std::uint32_t Div255(std::uint32_t x) {
  x += 128;
  return (x + (x >> 8)) >> 8;
}

// The GL blend of a colour at alpha a (0..255) onto a premultiplied pixel, as
// glBlendFuncSeparate(SRC_ALPHA, ONE_MINUS_SRC_ALPHA, ONE, ONE_MINUS_SRC_ALPHA) does it:
//   pixel.rgb = colour.rgb x a + pixel.rgb x (1 - a),   pixel.a = 1 x a + pixel.a x (1 - a),
// so every channel is source x a + pixel x (255 - a), over 255 and rounded, the alpha channel's
// source being 255. Red with blue, and green with alpha, share each multiply in 16-bit lanes (at
// most 255 x 255 + 255 each, so the lanes never carry into each other).
constexpr std::uint32_t kLanes = 0x00FF00FF;
constexpr std::uint32_t kLaneHalves = 0x00800080;  // + 128 in each lane: Div255's rounding

struct Lanes {
  std::uint32_t red_blue = 0, green_alpha = 0;  // 0x00BB00RR, 0x00FF00GG
};
Lanes LanesOf(ImU32 colour) { return {colour & kLanes, ((colour >> 8) & 0xFF) | 0x00FF0000}; }
Lanes LanesOf(std::uint32_t r, std::uint32_t g, std::uint32_t b) { return {r | b << 16, g | 0x00FF0000}; }

[[gnu::always_inline]] inline std::uint32_t Blend(std::uint32_t pixel, const Lanes& colour, std::uint32_t a) {
  const std::uint32_t keep = 255 - a;
  std::uint32_t rb = (pixel & kLanes) * keep + colour.red_blue * a + kLaneHalves;
  std::uint32_t ga = ((pixel >> 8) & kLanes) * keep + colour.green_alpha * a + kLaneHalves;
  rb = ((rb + ((rb >> 8) & kLanes)) >> 8) & kLanes;
  ga = ((ga + ((ga >> 8) & kLanes)) >> 8) & kLanes;
  return rb | (ga << 8);
}

// The atlas as the sampler sees it.
struct CoverageView {
  const unsigned char* texels = nullptr;
  int width = 0, height = 0;
  [[gnu::always_inline]] const unsigned char* Row(int y) const { return texels + static_cast<std::ptrdiff_t>(std::clamp(y, 0, height - 1)) * width; }
};

// GL_LINEAR with GL_CLAMP_TO_EDGE, along one pair of texel rows. u is in texels less half a texel
// (texel centres on integers), 16.16 as a wrapping word; fy is the 8-bit weight of row1. kClamped
// false: the caller knows both texels are inside the row.
template <bool kClamped = true>
[[gnu::always_inline]] inline std::uint32_t SampleRows(const CoverageView& t, const unsigned char* row0, const unsigned char* row1, std::uint32_t u,
                         std::uint32_t fy) {
  const int x = static_cast<std::int32_t>(u) >> 16;  // floor, negatives included
  const std::uint32_t fx = (u >> 8) & 255;
  const int x0 = kClamped ? std::clamp(x, 0, t.width - 1) : x, x1 = kClamped ? std::clamp(x + 1, 0, t.width - 1) : x + 1;
  const std::uint32_t top = row0[x0] * (256 - fx) + row0[x1] * fx;
  const std::uint32_t bottom = row1[x0] * (256 - fx) + row1[x1] * fx;
  return (top * (256 - fy) + bottom * fy + 32768) >> 16;
}

// The four nearest texels weighted by 8-bit fractions, as GPUs filter; u and v as in SampleRows.
[[gnu::always_inline]] inline std::uint32_t SampleBilinear(const CoverageView& t, std::uint32_t u, std::uint32_t v) {
  const int y = static_cast<std::int32_t>(v) >> 16;
  return SampleRows(t, t.Row(y), t.Row(y + 1), u, (v >> 8) & 255);
}

// A texture coordinate (0..1 across the atlas) in the sampler's texel space.
double TexelCoordinate(float uv, int size) { return static_cast<double>(uv) * size - 0.5; }

// To 16.16, within kMaxPlane; a NaN (from garbage UVs) becomes 0 (converting it would be undefined).
std::int64_t ToFixed(double value) {
  const double fixed = value * kFixedOne;
  return std::isnan(fixed) ? 0 : static_cast<std::int64_t>(std::clamp(fixed, -kMaxPlane, kMaxPlane));
}

// Premultiplied channel c of alpha a (c <= a) to straight: c x 255 / a rounded, as c x k >> 16
// with k the reciprocal rounded up (checked exact for every c and a by tests/draw).
constexpr std::array<std::uint32_t, 256> kUnpremultiply = [] {
  std::array<std::uint32_t, 256> k{};
  for (std::uint32_t a = 1; a < 256; ++a) k[a] = ((255u << 16) + a - 1) / a;
  return k;
}();

//-----------------------------------------------------------------------------
// [SECTION] Spans: one row of one triangle
//-----------------------------------------------------------------------------
// Within a span every pixel centre lies inside the triangle, so interpolated colours stay between
// the corners' (the steps' rounding adds up to under 1/30 of a colour level over a few thousand
// pixels): no clamping per pixel. Colours are interpolated before blending, as GL's varyings are.

// Opaque: the colour is the pixel. Two pixels per 64-bit store (the Wasm build has no SIMD), four
// per turn of the loop.
void FillSpan(std::uint32_t* pixels, int count, std::uint32_t colour) {
  const std::uint64_t pair = colour | std::uint64_t{colour} << 32;
  for (; count >= 4; count -= 4, pixels += 4) {
    std::memcpy(pixels, &pair, sizeof pair);
    std::memcpy(pixels + 2, &pair, sizeof pair);
  }
  for (; count > 0; --count) *pixels++ = colour;
}

void BlendSpan(std::uint32_t* pixels, int count, const Lanes& colour, std::uint32_t a) {
  for (int i = 0; i < count; ++i) pixels[i] = Blend(pixels[i], colour, a);
}

// One colour whose alpha varies: ImGui's anti-aliased fringes, fading from a shape to transparent.
void FadeSpan(std::uint32_t* pixels, int count, const Lanes& colour, std::uint32_t alpha, std::uint32_t alpha_step) {
  for (int i = 0; i < count; ++i, alpha += alpha_step) {
    const std::uint32_t a = alpha >> 16;
    if (a != 0) pixels[i] = Blend(pixels[i], colour, a);
  }
}

// Text: one colour over the atlas, read along one pair of texel rows (v does not change across a
// row, as in ImGui's axis-aligned glyph quads). A glyph's inside is opaque: stored, not blended.
template <bool kClamped>
void GlyphPixels(std::uint32_t* pixels, int count, ImU32 colour, const CoverageView& atlas, std::uint32_t u,
                 std::uint32_t u_step, std::uint32_t v) {
  const Lanes lanes = LanesOf(colour);
  const std::uint32_t alpha = colour >> 24, opaque = colour | 0xFF000000;
  const int y = static_cast<std::int32_t>(v) >> 16;
  const unsigned char *row0 = atlas.Row(y), *row1 = atlas.Row(y + 1);
  const std::uint32_t fy = (v >> 8) & 255;
  for (int i = 0; i < count; ++i, u += u_step) {
    const std::uint32_t a = Div255(alpha * SampleRows<kClamped>(atlas, row0, row1, u, fy));
    if (a == 255)
      pixels[i] = opaque;
    else if (a != 0)
      pixels[i] = Blend(pixels[i], lanes, a);
  }
}

void GlyphSpan(std::uint32_t* pixels, int count, ImU32 colour, const CoverageView& atlas, std::uint32_t u,
               std::uint32_t u_step, std::uint32_t v) {
  // Glyphs lie inside the atlas, away from its edges: then no texel needs clamping to it.
  const int x_first = static_cast<std::int32_t>(u) >> 16;
  const int x_last = static_cast<std::int32_t>(u + u_step * static_cast<std::uint32_t>(count - 1)) >> 16;
  if (std::min(x_first, x_last) >= 0 && std::max(x_first, x_last) <= atlas.width - 2)
    GlyphPixels<false>(pixels, count, colour, atlas, u, u_step, v);
  else
    GlyphPixels<true>(pixels, count, colour, atlas, u, u_step, v);
}

// Anything else: every channel interpolated, the atlas sampled per pixel when the UV varies.
struct Interpolants {
  std::uint32_t r = 0, g = 0, b = 0, a = 0, u = 0, v = 0;  // 16.16; colours 0..255 plus one half, so >> 16 rounds
};

template <bool kTextured>
void ShadeSpan(std::uint32_t* pixels, int count, Interpolants at, const Interpolants& step, const CoverageView& atlas) {
  for (int i = 0; i < count; ++i) {
    std::uint32_t a = at.a >> 16;
    if constexpr (kTextured) a = Div255(a * SampleBilinear(atlas, at.u, at.v));
    if (a != 0) pixels[i] = Blend(pixels[i], LanesOf(at.r >> 16, at.g >> 16, at.b >> 16), a);
    at.r += step.r;
    at.g += step.g;
    at.b += step.b;
    at.a += step.a;
    if constexpr (kTextured) {
      at.u += step.u;
      at.v += step.v;
    }
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Edges: the fill rule, walked row by row
//-----------------------------------------------------------------------------

struct Framebuffer {
  std::uint32_t* pixels = nullptr;
  int width = 0;
  [[gnu::always_inline]] std::uint32_t* Row(int y) const { return pixels + static_cast<std::ptrdiff_t>(y) * width; }
};

// Pixels [x0, x1) x [y0, y1) that a command may touch: its scissor within the framebuffer.
struct Scissor {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

struct Corner {
  std::int64_t x = 0, y = 0;  // snapped, device pixels x 256
  ImU32 colour = 0;
  ImVec2 uv;
};

// The first pixel index whose centre is at or after `s`, and the last at or before it.
std::int64_t FirstCentreFrom(std::int64_t s) { return (s - kHalfPixel + kSubpixels - 1) >> kSubpixelBits; }
std::int64_t LastCentreUpTo(std::int64_t s) { return (s - kHalfPixel) >> kSubpixelBits; }

// floor(a / b) for b > 0, and the remainder, in [0, b): a double division, truncated, then made
// exact (an int64 division is several times slower, natively and in Wasm alike).
struct Division {
  std::int64_t quotient, remainder;
};
Division FloorDivide(std::int64_t a, std::int64_t b) {
  Division d{static_cast<std::int64_t>(static_cast<double>(a) / static_cast<double>(b)), 0};
  d.remainder = a - d.quotient * b;
  while (d.remainder < 0) d.remainder += b, --d.quotient;
  while (d.remainder >= b) d.remainder -= b, ++d.quotient;
  return d;
}

// One edge, from `from` to `to` with the triangle on its right (screen y down), as the bound it
// puts on each row. A pixel centre p is inside when w(p) = dx (p.y - from.y) - dy (p.x - from.x)
// is >= 0 on a left edge (going up) and > 0 on a right one (going down): the top-left fill rule,
// as w - 1 >= 0 in integers; a horizontal top edge keeps its row and a bottom one leaves it
// (PixelBox). Along a row w falls by 256 dy per pixel, so a row's inside pixels lie on one side of
// floor(w(pixel 0) / (256 |dy|)): from -quotient on for a left edge, up to quotient for a right one.
// The quotient is walked down the rows with its remainder: no division per row.
struct EdgeWalk {
  std::int64_t quotient = 0, remainder = 0, divisor = 1, step_quotient = 0, step_remainder = 0;

  EdgeWalk(const Corner& from, const Corner& to, int first_row) {
    const std::int64_t dx = to.x - from.x, dy = to.y - from.y;  // dy != 0: WalkRows walks no horizontal edge
    const std::int64_t fill_rule = dy < 0 ? 0 : 1;
    const std::int64_t w = dx * (first_row * kSubpixels + kHalfPixel - from.y) - dy * (kHalfPixel - from.x) - fill_rule;
    divisor = kSubpixels * (dy < 0 ? -dy : dy);
    const Division at_first_row = FloorDivide(w, divisor), per_row = FloorDivide(kSubpixels * dx, divisor);
    quotient = at_first_row.quotient;
    remainder = at_first_row.remainder;
    step_quotient = per_row.quotient;
    step_remainder = per_row.remainder;
  }
  [[gnu::always_inline]] void NextRow() {
    quotient += step_quotient;
    remainder += step_remainder;
    if (remainder >= divisor) {
      remainder -= divisor;
      ++quotient;
    }
  }
};

// The pixels a triangle may touch: its bounding box's pixel centres within the scissor (inclusive).
struct PixelBox {
  int first_row = 0, last_row = -1, first_col = 0, last_col = -1;
  bool empty() const { return first_row > last_row || first_col > last_col; }
};

PixelBox BoxOf(const Corner (&t)[3], const Scissor& clip) {
  const std::int64_t x_min = std::min({t[0].x, t[1].x, t[2].x}), x_max = std::max({t[0].x, t[1].x, t[2].x});
  const std::int64_t y_min = std::min({t[0].y, t[1].y, t[2].y}), y_max = std::max({t[0].y, t[1].y, t[2].y});
  // A horizontal bottom edge (going left, on a clockwise triangle) leaves the row whose centres
  // lie on it to the triangle below; a horizontal top edge keeps it.
  bool bottom_edge = false;
  for (int k = 0; k < 3; ++k) bottom_edge |= t[k].y == t[(k + 1) % 3].y && t[(k + 1) % 3].x < t[k].x;
  return {static_cast<int>(std::max<std::int64_t>(clip.y0, FirstCentreFrom(y_min))),
          static_cast<int>(std::min<std::int64_t>(clip.y1 - 1, LastCentreUpTo(bottom_edge ? y_max - 1 : y_max))),
          static_cast<int>(std::max<std::int64_t>(clip.x0, FirstCentreFrom(x_min))),
          static_cast<int>(std::min<std::int64_t>(clip.x1 - 1, LastCentreUpTo(x_max)))};
}

// Calls span(row's pixels, y, first x, count) for every row of the box holding inside pixels.
// A clockwise triangle has one or two left edges and one or two right ones; where a side has two,
// the upper bounds the rows down to the middle corner and the lower the rest (beyond its own rows
// an edge of a convex shape never binds, and at the corner both give the same bound). So each row
// steps just two edges.
template <typename SpanFn>
void WalkRows(const Framebuffer& fb, const Corner (&t)[3], const PixelBox& box, SpanFn&& span) {
  int left[2] = {}, right[2] = {}, lefts = 0, rights = 0;
  for (int k = 0; k < 3; ++k) {
    const std::int64_t dy = t[(k + 1) % 3].y - t[k].y;
    if (dy < 0) left[lefts++] = k;
    if (dy > 0) right[rights++] = k;
  }
  const auto top_of = [&t](int k) { return std::min(t[k].y, t[(k + 1) % 3].y); };
  int* pair = lefts == 2 ? left : rights == 2 ? right : nullptr;
  if (pair && top_of(pair[0]) > top_of(pair[1])) std::swap(pair[0], pair[1]);
  const int upper_last_row = static_cast<int>(std::min<std::int64_t>(box.last_row, pair ? LastCentreUpTo(top_of(pair[1])) : box.last_row));
  const auto walk = [&](int k, int first_row) { return EdgeWalk(t[k], t[(k + 1) % 3], first_row); };
  const auto rows = [&](EdgeWalk& left_edge, EdgeWalk& right_edge, int first_row, int last_row) {
    for (int y = first_row; y <= last_row; ++y) {
      const std::int64_t first = std::max<std::int64_t>(box.first_col, -left_edge.quotient);
      const std::int64_t last = std::min<std::int64_t>(box.last_col, right_edge.quotient);
      if (first <= last) span(fb.Row(y), y, static_cast<int>(first), static_cast<int>(last - first + 1));
      left_edge.NextRow();
      right_edge.NextRow();
    }
  };
  // The lone edge walks all the rows; the pair's upper edge the rows above the middle corner.
  const int start = box.first_row, lower_start = std::max(box.first_row, upper_last_row + 1);
  EdgeWalk left_edge = walk(left[0], start), right_edge = walk(right[0], start);
  rows(left_edge, right_edge, start, upper_last_row);
  if (lower_start > box.last_row) return;
  if (pair == left) left_edge = walk(left[1], lower_start);
  if (pair == right) right_edge = walk(right[1], lower_start);
  rows(left_edge, right_edge, lower_start, box.last_row);
}

//-----------------------------------------------------------------------------
// [SECTION] Triangles: which span draws them, with what
//-----------------------------------------------------------------------------

// An attribute across a triangle, linear as GL interpolates it without perspective, in 16.16:
// its value at the centre of the box's top-left pixel and its change per pixel across and down.
// Measured from the box rather than the framebuffer's corner, the rounding of the steps adds up
// over the triangle's size only (text lands on texel centres exactly).
struct Plane {
  std::int64_t at_corner = 0, per_col = 0, per_row = 0;
  std::uint32_t At(int col, int row) const { return static_cast<std::uint32_t>(at_corner + per_col * col + per_row * row); }
  std::uint32_t Step() const { return static_cast<std::uint32_t>(per_col); }
};

class PlaneSolver {
 public:
  PlaneSolver(const Corner (&t)[3], std::int64_t doubled_area, const PixelBox& box)
      : x0_(Px(t[0].x)), y0_(Px(t[0].y)), corner_x_(box.first_col + 0.5 - x0_), corner_y_(box.first_row + 0.5 - y0_) {
    bx_ = Px(t[1].x) - x0_, by_ = Px(t[1].y) - y0_, cx_ = Px(t[2].x) - x0_, cy_ = Px(t[2].y) - y0_;
    inverse_ = static_cast<double>(kSubpixels * kSubpixels) / static_cast<double>(doubled_area);
  }
  // The plane through the corners' values (plus `offset` everywhere).
  Plane Through(double f0, double f1, double f2, double offset = 0) const {
    const double per_col = ((f1 - f0) * cy_ - (f2 - f0) * by_) * inverse_;
    const double per_row = ((f2 - f0) * bx_ - (f1 - f0) * cx_) * inverse_;
    return {ToFixed(f0 + offset + per_col * corner_x_ + per_row * corner_y_), ToFixed(per_col), ToFixed(per_row)};
  }
  Plane Channel(const Corner (&t)[3], int shift, double scale = 1) const {
    const auto c = [shift, scale](const Corner& k) { return static_cast<double>((k.colour >> shift) & 0xFF) * scale; };
    return Through(c(t[0]), c(t[1]), c(t[2]), 0.5);  // + 1/2: >> 16 then rounds
  }

 private:
  static double Px(std::int64_t snapped) { return static_cast<double>(snapped) / kSubpixels; }
  double x0_, y0_, corner_x_, corner_y_, bx_ = 0, by_ = 0, cx_ = 0, cy_ = 0, inverse_ = 0;
};

bool SameUv(ImVec2 a, ImVec2 b) { return a.x == b.x && a.y == b.y; }
bool SameUv(const Corner (&t)[3]) { return SameUv(t[0].uv, t[1].uv) && SameUv(t[0].uv, t[2].uv); }

std::uint32_t CoverageAt(const CoverageView& atlas, ImVec2 uv) {
  return SampleBilinear(atlas, static_cast<std::uint32_t>(ToFixed(TexelCoordinate(uv.x, atlas.width))),
                        static_cast<std::uint32_t>(ToFixed(TexelCoordinate(uv.y, atlas.height))));
}

// Corners of one colour and one UV: one source for the whole triangle (the wheel's fills, the
// opaque cores of thick lines).
void DrawFlat(const Framebuffer& fb, const Corner (&t)[3], const PixelBox& box, const CoverageView& atlas) {
  const ImU32 colour = t[0].colour;
  const std::uint32_t a = Div255((colour >> IM_COL32_A_SHIFT) * CoverageAt(atlas, t[0].uv));
  if (a == 0) return;
  if (a == 255) {  // opaque: the vertex colour is the pixel
    WalkRows(fb, t, box, [colour](std::uint32_t* row, int, int x, int count) { FillSpan(row + x, count, colour); });
    return;
  }
  const Lanes lanes = LanesOf(colour);
  WalkRows(fb, t, box, [&lanes, a](std::uint32_t* row, int, int x, int count) { BlendSpan(row + x, count, lanes, a); });
}

void DrawShaded(const Framebuffer& fb, const Corner (&t)[3], std::int64_t doubled_area, const PixelBox& box,
                const CoverageView& atlas) {
  const PlaneSolver solve(t, doubled_area, box);
  const auto rgb = [](ImU32 c) { return c & 0x00FFFFFF; };
  const bool one_rgb = rgb(t[0].colour) == rgb(t[1].colour) && rgb(t[0].colour) == rgb(t[2].colour);
  const bool one_alpha = (t[0].colour >> 24) == (t[1].colour >> 24) && (t[0].colour >> 24) == (t[2].colour >> 24);
  const int col0 = box.first_col, row0 = box.first_row;
  if (SameUv(t)) {
    // One coverage for the whole triangle, folded into alpha.
    const double coverage = CoverageAt(atlas, t[0].uv) / 255.0;
    const Plane a = solve.Channel(t, IM_COL32_A_SHIFT, coverage);
    if (one_rgb) {  // ImGui's fringes
      const Lanes lanes = LanesOf(t[0].colour);
      WalkRows(fb, t, box, [&](std::uint32_t* row, int y, int x, int count) {
        FadeSpan(row + x, count, lanes, a.At(x - col0, y - row0), a.Step());
      });
      return;
    }
    const Plane r = solve.Channel(t, IM_COL32_R_SHIFT), g = solve.Channel(t, IM_COL32_G_SHIFT), b = solve.Channel(t, IM_COL32_B_SHIFT);
    WalkRows(fb, t, box, [&](std::uint32_t* row, int y, int x, int count) {
      const int col = x - col0, line = y - row0;
      ShadeSpan<false>(row + x, count, {r.At(col, line), g.At(col, line), b.At(col, line), a.At(col, line)},
                       {r.Step(), g.Step(), b.Step(), a.Step()}, atlas);
    });
    return;
  }
  const auto texels = [&](float ImVec2::*axis, int size) {
    return solve.Through(TexelCoordinate(t[0].uv.*axis, size), TexelCoordinate(t[1].uv.*axis, size),
                         TexelCoordinate(t[2].uv.*axis, size));
  };
  const Plane u = texels(&ImVec2::x, atlas.width), v = texels(&ImVec2::y, atlas.height);
  if (one_rgb && one_alpha && v.per_col == 0) {  // text
    WalkRows(fb, t, box, [&](std::uint32_t* row, int y, int x, int count) {
      GlyphSpan(row + x, count, t[0].colour, atlas, u.At(x - col0, y - row0), u.Step(), v.At(x - col0, y - row0));
    });
    return;
  }
  const Plane r = solve.Channel(t, IM_COL32_R_SHIFT), g = solve.Channel(t, IM_COL32_G_SHIFT), b = solve.Channel(t, IM_COL32_B_SHIFT);
  const Plane a = solve.Channel(t, IM_COL32_A_SHIFT);
  WalkRows(fb, t, box, [&](std::uint32_t* row, int y, int x, int count) {
    const int col = x - col0, line = y - row0;
    ShadeSpan<true>(row + x, count, {r.At(col, line), g.At(col, line), b.At(col, line), a.At(col, line), u.At(col, line), v.At(col, line)},
                    {r.Step(), g.Step(), b.Step(), a.Step(), u.Step(), v.Step()}, atlas);
  });
}

// Twice the triangle's area, its corners reordered clockwise on screen, so that inside is w >= 0
// for all three edges (ImGui winds either way and GL draws both: no culling). 0: it covers nothing.
std::int64_t MakeClockwise(Corner* t) {
  const std::int64_t area = (t[1].x - t[0].x) * (t[2].y - t[0].y) - (t[1].y - t[0].y) * (t[2].x - t[0].x);
  if (area >= 0) return area;
  std::swap(t[1], t[2]);
  return -area;
}

void DrawTriangle(const Framebuffer& fb, const Scissor& clip, const CoverageView& atlas, Corner (&t)[3]) {
  const std::int64_t area = MakeClockwise(t);
  if (area == 0) return;
  const PixelBox box = BoxOf(t, clip);
  if (box.empty()) return;
  if (t[0].colour == t[1].colour && t[0].colour == t[2].colour && SameUv(t))
    DrawFlat(fb, t, box, atlas);
  else
    DrawShaded(fb, t, area, box, atlas);
}

//-----------------------------------------------------------------------------
// [SECTION] Opaque runs: triangles of one colour filled as one shape
//-----------------------------------------------------------------------------
// ImGui draws a ring segment as a strip of thin quads and a disc as a fan: walked triangle by
// triangle, each row of a segment is tens of short spans, and the rows, not the pixels, cost the
// time. Where opaque triangles of one colour follow each other, the pixels they cover are the
// union of theirs, whatever the order (each pixel is set to the same colour), so the run is
// filled as one shape instead:
//  - In each row every triangle adds +1 from its first pixel (its left edge's bound, as WalkRows
//    takes it) and -1 after its last (its right edge's); the pixels where the sum is above 0 are
//    covered. An edge bounds the rows whose centres lie in [its top, its bottom): a triangle then
//    has exactly one left and one right edge in each of its rows, and in the rows WalkRows gives
//    it but this does not (a bottom corner on a pixel centre) its span is empty.
//  - An edge two triangles share is one's left edge and the other's right edge, walked in
//    opposite directions: by the fill rule, a pixel centre on it belongs to exactly one of them,
//    so in every row the +1 and the -1 fall on the same pixel and cancel. Such pairs are dropped
//    before walking: what is left is the run's outline, a few edges a row.
// tests/draw holds it to the pixels the same triangles cover one by one.

// A run is filled this way from this many triangles on; below, triangle by triangle.
constexpr std::size_t kRunTriangles = 4;

struct OutlineEdge {
  Corner from, to;      // as the clockwise triangle goes
  std::int64_t key[4];  // upper end y, x, lower end y, x: the same for both walks of a shared edge
  int winding = 0;      // +1 going up (a left edge: pixels from its bound on), -1 going down
  int first_row = 0, last_row = -1;
  std::optional<EdgeWalk> walk;
};

// A row's bound from one outline edge: the sum changes by `winding` from pixel `col` on.
struct Crossing {
  std::int64_t col = 0;
  int winding = 0;
};

}  // namespace

struct SoftRasterizer::OpaqueRun {
  std::vector<Corner> corners;  // three per triangle, in drawing order
  std::vector<OutlineEdge> edges;
  std::vector<std::size_t> active;  // indices into `edges` of the row being filled
  std::vector<Crossing> crossings;
};

namespace {

void FillOpaqueRun(const Framebuffer& fb, const Scissor& clip, ImU32 colour, std::vector<Corner>& corners,
                   std::vector<OutlineEdge>& edges, std::vector<std::size_t>& active, std::vector<Crossing>& crossings) {
  edges.clear();
  for (std::size_t i = 0; i + 3 <= corners.size(); i += 3) {
    Corner* t = &corners[i];
    if (MakeClockwise(t) == 0) continue;
    for (int k = 0; k < 3; ++k) {
      const Corner &from = t[k], &to = t[(k + 1) % 3];
      if (from.y == to.y) continue;  // a horizontal edge bounds no row: the others' row ranges do
      const bool up = to.y < from.y;
      const Corner &upper = up ? to : from, &lower = up ? from : to;
      edges.push_back({from, to, {upper.y, upper.x, lower.y, lower.x}, up ? 1 : -1, 0, -1, std::nullopt});
    }
  }
  // Shared edges cancel: sorted by their ends, a pair walked both ways sits side by side.
  std::sort(edges.begin(), edges.end(), [](const OutlineEdge& a, const OutlineEdge& b) {
    return std::lexicographical_compare(std::begin(a.key), std::end(a.key), std::begin(b.key), std::end(b.key));
  });
  std::size_t kept = 0;
  for (std::size_t i = 0; i < edges.size();) {
    std::size_t end = i;
    int sum = 0;
    while (end < edges.size() && std::equal(std::begin(edges[i].key), std::end(edges[i].key), std::begin(edges[end].key))) sum += edges[end++].winding;
    // What the group adds in every row is `sum` times one edge's bound: keep that many of one way.
    for (std::size_t j = i; j < end && sum != 0; ++j) {
      if ((edges[j].winding > 0) != (sum > 0)) continue;
      edges[kept++] = edges[j];
      sum -= edges[j].winding;
    }
    i = end;
  }
  edges.resize(kept);
  // Rows whose centres lie in [upper end, lower end), within the scissor; the order by upper end
  // is then the order by first row.
  kept = 0;
  for (OutlineEdge& e : edges) {
    e.first_row = static_cast<int>(std::max<std::int64_t>(clip.y0, FirstCentreFrom(e.key[0])));
    e.last_row = static_cast<int>(std::min<std::int64_t>(clip.y1 - 1, FirstCentreFrom(e.key[2]) - 1));
    if (e.first_row > e.last_row) continue;
    e.walk.emplace(e.from, e.to, e.first_row);
    edges[kept++] = e;
  }
  edges.resize(kept);
  if (edges.empty()) return;

  active.clear();
  std::size_t next = 0;
  for (int y = edges.front().first_row; next < edges.size() || !active.empty(); ++y) {
    if (active.empty()) y = std::max(y, edges[next].first_row);
    while (next < edges.size() && edges[next].first_row <= y) active.push_back(next++);
    crossings.clear();
    for (const std::size_t i : active) {
      const OutlineEdge& e = edges[i];
      const std::int64_t col = e.winding > 0 ? -e.walk->quotient : e.walk->quotient + 1;
      // Insertion by column, rises before falls at one column: a row has a few crossings.
      const Crossing c{col, e.winding};
      auto at = crossings.end();
      while (at != crossings.begin() && ((at - 1)->col > c.col || ((at - 1)->col == c.col && (at - 1)->winding < c.winding))) --at;
      crossings.insert(at, c);
    }
    int sum = 0;
    std::int64_t span_start = 0;
    for (const Crossing& c : crossings) {
      if (sum <= 0 && sum + c.winding > 0) span_start = c.col;
      sum += c.winding;
      if (sum <= 0 && sum - c.winding > 0) {
        const std::int64_t first = std::max<std::int64_t>(span_start, clip.x0), last = std::min<std::int64_t>(c.col - 1, clip.x1 - 1);
        if (first <= last) FillSpan(fb.Row(y) + first, static_cast<int>(last - first + 1), colour);
      }
    }
    std::size_t still = 0;
    for (const std::size_t i : active) {
      OutlineEdge& e = edges[i];
      if (e.last_row == y) continue;
      e.walk->NextRow();
      active[still++] = i;
    }
    active.resize(still);
  }
}

// Truncated towards zero as GL's (GLint) casts are, held in int range first.
int TruncatedInt(float value) { return static_cast<int>(std::clamp(value, -1e9f, 1e9f)); }

// The scissor GlRenderer sets for a clip rectangle (in GL's bottom-up rows), turned back to rows
// from the top and cut to the framebuffer.
std::optional<Scissor> ScissorOf(const ImVec4& clip_rect, float dpr, int width, int height) {
  const float x0 = clip_rect.x * dpr, y0 = clip_rect.y * dpr, x1 = clip_rect.z * dpr, y1 = clip_rect.w * dpr;
  if (!(x1 > x0) || !(y1 > y0)) return std::nullopt;
  const int gl_x = TruncatedInt(x0), gl_y = TruncatedInt(static_cast<float>(height) - y1);
  const int gl_width = TruncatedInt(x1 - x0), gl_height = TruncatedInt(y1 - y0);
  const Scissor s{std::max(gl_x, 0), std::max(height - gl_y - gl_height, 0), std::min(gl_x + gl_width, width),
                  std::min(height - gl_y, height)};
  if (s.x0 >= s.x1 || s.y0 >= s.y1) return std::nullopt;
  return s;
}

// To device pixels x 256, rounded, held within kMaxPositionPx (NaN too).
std::int32_t Snap(float device_px) {
  if (!(device_px > -kMaxPositionPx)) device_px = -kMaxPositionPx;
  if (!(device_px < kMaxPositionPx)) device_px = kMaxPositionPx;
  return static_cast<std::int32_t>(std::floor(device_px * static_cast<float>(kSubpixels) + 0.5f));
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] SoftRasterizer
//-----------------------------------------------------------------------------

void UnpremultiplyRgba8(const std::uint8_t* premultiplied, std::uint8_t* straight, std::size_t pixel_count) {
  const auto one = [](const std::uint8_t* in, std::uint8_t* out) {
    const std::uint32_t a = in[3], k = kUnpremultiply[a];
    for (int c = 0; c < 3; ++c) out[c] = a == 255 ? in[c] : static_cast<std::uint8_t>(std::min<std::uint32_t>(255, (in[c] * k + 0x8000) >> 16));
    out[3] = in[3];
  };
  // Most pixels are opaque (the wheel) or transparent (around it) and stay as they are: two at a
  // time, tested at once (an alpha of 0 or 255, plus one, leaves nothing above the byte's low bit),
  // and not written back at all when converting in place.
  constexpr std::uint64_t kAlphas = 0xFF000000FF000000, kAlphaOnes = 0x0100000001000000, kAboveLowBit = 0xFE000000FE000000;
  const bool in_place = premultiplied == straight;
  std::size_t i = 0;
  for (; i + 2 <= pixel_count; i += 2) {
    std::uint64_t two;
    std::memcpy(&two, premultiplied + i * 4, sizeof two);
    if ((((two & kAlphas) + kAlphaOnes) & kAboveLowBit) == 0) {
      if (!in_place) std::memcpy(straight + i * 4, &two, sizeof two);
    } else {
      one(premultiplied + i * 4, straight + i * 4);
      one(premultiplied + i * 4 + 4, straight + i * 4 + 4);
    }
  }
  if (i < pixel_count) one(premultiplied + i * 4, straight + i * 4);
}

SoftRasterizer::SoftRasterizer() : run_(std::make_unique<OpaqueRun>()) {}
SoftRasterizer::~SoftRasterizer() = default;

void SoftRasterizer::Resize(int width, int height) {
  width = std::max(width, 0);
  height = std::max(height, 0);
  if (width == width_ && height == height_) return;
  width_ = width;
  height_ = height;
  pixels_.assign(static_cast<std::size_t>(width) * static_cast<std::size_t>(height), 0);
}

void SoftRasterizer::Reserve(int width, int height) {
  const std::size_t count = static_cast<std::size_t>(std::max(width, 0)) * static_cast<std::size_t>(std::max(height, 0));
  if (count <= pixels_.capacity()) return;
  std::vector<std::uint32_t> room;
  room.reserve(count);
  room.assign(pixels_.begin(), pixels_.end());
  pixels_.swap(room);
}

// memset whatever the optimisation level (a size-optimised build may keep std::fill a loop); in
// Wasm with bulk memory, one memory.fill.
void SoftRasterizer::Clear() { std::memset(pixels_.data(), 0, pixels_.size() * sizeof(std::uint32_t)); }

ImTextureID SoftRasterizer::atlas_id() const {
  static const char token = 0;
  return const_cast<char*>(&token);
}

ImTextureID SoftRasterizer::UploadAtlas(std::vector<unsigned char> coverage, int width, int height) {
  const bool whole = width > 0 && height > 0 && coverage.size() >= static_cast<std::size_t>(width) * static_cast<std::size_t>(height);
  atlas_ = whole ? std::move(coverage) : std::vector<unsigned char>{};
  atlas_width_ = whole ? width : 0;
  atlas_height_ = whole ? height : 0;
  return atlas_id();
}

void SoftRasterizer::Render(const ImDrawList& list, float css_width, float css_height, float dpr) {
  if (pixels_.empty() || atlas_.empty() || !(css_width > 0) || !(css_height > 0)) return;
  // The GL projection and viewport map the CSS canvas onto the whole framebuffer.
  const float scale_x = static_cast<float>(width_) / css_width, scale_y = static_cast<float>(height_) / css_height;
  snapped_.resize(static_cast<std::size_t>(list.VtxBuffer.Size));
  for (int i = 0; i < list.VtxBuffer.Size; ++i) {
    const ImVec2 p = list.VtxBuffer.Data[i].pos;
    snapped_[static_cast<std::size_t>(i)] = {Snap(p.x * scale_x), Snap(p.y * scale_y)};
  }
  const Framebuffer fb{pixels_.data(), width_};
  const CoverageView atlas{atlas_.data(), atlas_width_, atlas_height_};
  const auto vertex_count = static_cast<unsigned int>(list.VtxBuffer.Size);
  // Whether the atlas is fully opaque at a UV (its white texel, for every untextured shape): asked
  // once per UV in a row of triangles.
  ImVec2 last_uv(-1, -1);
  bool last_opaque = false;
  const auto opaque_at = [&](ImVec2 uv) {
    if (!SameUv(uv, last_uv)) last_uv = uv, last_opaque = CoverageAt(atlas, uv) == 255;
    return last_opaque;
  };
  for (const ImDrawCmd& cmd : list.CmdBuffer) {
    if (cmd.UserCallback || cmd.ElemCount == 0 || cmd.GetTexID() != atlas_id()) continue;  // the widget sets no callbacks
    const std::optional<Scissor> clip = ScissorOf(cmd.ClipRect, dpr, width_, height_);
    if (!clip) continue;
    const ImDrawIdx* indices = list.IdxBuffer.Data + cmd.IdxOffset;
    std::vector<Corner>& run = run_->corners;
    const auto flush_run = [&] {
      if (run.size() >= kRunTriangles * 3) {
        FillOpaqueRun(fb, *clip, run.front().colour, run, run_->edges, run_->active, run_->crossings);
      } else {
        for (std::size_t i = 0; i + 3 <= run.size(); i += 3) {
          Corner t[3] = {run[i], run[i + 1], run[i + 2]};
          DrawTriangle(fb, *clip, atlas, t);
        }
      }
      run.clear();
    };
    for (unsigned int k = 0; k + 3 <= cmd.ElemCount; k += 3) {
      Corner t[3];
      bool in_range = true;
      for (int c = 0; c < 3; ++c) {
        const unsigned int index = cmd.VtxOffset + indices[k + static_cast<unsigned int>(c)];
        in_range = in_range && index < vertex_count;
        if (!in_range) break;
        const ImDrawVert& vertex = list.VtxBuffer.Data[index];
        t[c] = {snapped_[index].x, snapped_[index].y, vertex.col, vertex.uv};
      }
      if (!in_range) continue;  // WebGL would refuse the draw: skipped
      const bool opaque = t[0].colour == t[1].colour && t[0].colour == t[2].colour && SameUv(t) &&
                          (t[0].colour >> IM_COL32_A_SHIFT) == 255 && opaque_at(t[0].uv);
      if (!run.empty() && !(opaque && t[0].colour == run.front().colour && SameUv(t[0].uv, run.front().uv))) flush_run();
      if (opaque)
        run.insert(run.end(), std::begin(t), std::end(t));
      else
        DrawTriangle(fb, *clip, atlas, t);
    }
    flush_run();
  }
}

std::span<const std::uint8_t> SoftRasterizer::premultiplied() const {
  return {reinterpret_cast<const std::uint8_t*>(pixels_.data()), pixels_.size() * 4};
}

void SoftRasterizer::WriteStraightAlpha(std::uint8_t* out) const {
  UnpremultiplyRgba8(reinterpret_cast<const std::uint8_t*>(pixels_.data()), out, pixels_.size());
}

std::span<const std::uint8_t> SoftRasterizer::ConvertToStraightAlpha() {
  // Each pixel is read whole before it is written: converting onto itself is safe.
  auto* bytes = reinterpret_cast<std::uint8_t*>(pixels_.data());
  UnpremultiplyRgba8(bytes, bytes, pixels_.size());
  return {bytes, pixels_.size() * 4};
}

}  // namespace mgi::draw
