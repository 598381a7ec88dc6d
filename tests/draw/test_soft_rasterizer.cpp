// The CPU rasteriser held to what WebGL draws of the same lists: which pixels a shape covers (the
// fill rule), interpolated colours, premultiplied blending, the scissor, bilinear coverage, the
// straight alpha ImageData wants, and a whole wheel frame at dpr 1 and 2.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <ostream>
#include <random>
#include <span>
#include <utility>
#include <vector>

#include "draw/soft_rasterizer.hpp"
#include "model_canvas.hpp"

using namespace mgi;

namespace {

struct Rgba {
  int r = 0, g = 0, b = 0, a = 0;
  bool operator==(const Rgba&) const = default;
};
std::ostream& operator<<(std::ostream& os, const Rgba& c) {
  return os << "(" << c.r << ", " << c.g << ", " << c.b << ", " << c.a << ")";
}

// Each channel within `tolerance` of the other's: GL's float pipeline and our integer one may
// round a channel differently by one.
bool Near(const Rgba& x, const Rgba& y, int tolerance = 1) {
  return std::abs(x.r - y.r) <= tolerance && std::abs(x.g - y.g) <= tolerance && std::abs(x.b - y.b) <= tolerance &&
         std::abs(x.a - y.a) <= tolerance;
}

// Where pixel (x, y)'s four bytes start in an RGBA8 picture `width` pixels wide.
std::size_t Offset(int x, int y, int width) {
  return (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) * 4;
}

Rgba PixelAt(const draw::SoftRasterizer& raster, int x, int y) {
  const std::uint8_t* p = raster.premultiplied().data() + Offset(x, y, raster.width());
  return {p[0], p[1], p[2], p[3]};
}

// The GL blend in floating point: the premultiplied pixel after drawing straight `src` over `dst`.
Rgba GlBlend(const Rgba& dst, const Rgba& src) {
  const double a = src.a / 255.0;
  const auto mix = [a](int s, int d) { return static_cast<int>(std::lround(s * a + d * (1 - a))); };
  return {mix(src.r, dst.r), mix(src.g, dst.g), mix(src.b, dst.b), mix(255, dst.a)};
}

// A draw list of our own on a width x height CSS px canvas (a framebuffer of that x dpr), over a
// 2 x 2 atlas (full coverage unless told) whose middle is the white texel untextured shapes sample.
struct Sketch {
  ImDrawListSharedData shared;
  ImDrawList list{&shared};
  draw::SoftRasterizer raster;
  float css_width, css_height;

  Sketch(int width, int height, std::vector<unsigned char> atlas = {255, 255, 255, 255}, float dpr = 1)
      : css_width(static_cast<float>(width)), css_height(static_cast<float>(height)) {
    shared.TexUvWhitePixel = ImVec2(0.5f, 0.5f);
    shared.ClipRectFullscreen = ImVec4(0, 0, css_width, css_height);
    shared.SetCircleTessellationMaxError(0.3f);
    shared.InitialFlags = ImDrawListFlags_AntiAliasedLines | ImDrawListFlags_AntiAliasedFill;
    list._ResetForNewFrame();
    list.PushTextureID(raster.atlas_id());
    list.PushClipRect(ImVec2(0, 0), ImVec2(css_width, css_height));
    raster.Resize(static_cast<int>(std::lround(css_width * dpr)), static_cast<int>(std::lround(css_height * dpr)));
    raster.UploadAtlas(std::move(atlas), 2, 2);
    raster.Clear();
  }
  // One triangle exactly as given, corners and colours, at the white texel.
  void Triangle(ImVec2 p0, ImVec2 p1, ImVec2 p2, ImU32 c0, ImU32 c1, ImU32 c2) {
    list.PrimReserve(3, 3);
    const auto base = static_cast<ImDrawIdx>(list._VtxCurrentIdx);
    list.PrimWriteVtx(p0, shared.TexUvWhitePixel, c0);
    list.PrimWriteVtx(p1, shared.TexUvWhitePixel, c1);
    list.PrimWriteVtx(p2, shared.TexUvWhitePixel, c2);
    for (int k = 0; k < 3; ++k) list.PrimWriteIdx(static_cast<ImDrawIdx>(base + k));
  }
  void Render(float dpr = 1) { raster.Render(list, css_width, css_height, dpr); }
  Rgba At(int x, int y) const { return PixelAt(raster, x, y); }
  // Calls check(x, y, pixel) for every pixel, with its place captured for the messages.
  template <typename Check>
  void EachPixel(Check check) const {
    for (int y = 0; y < raster.height(); ++y)
      for (int x = 0; x < raster.width(); ++x) {
        CAPTURE(x);
        CAPTURE(y);
        check(x, y, At(x, y));
      }
  }
  // Whether every pixel is `inside` where `covered(x, y)` and transparent elsewhere.
  template <typename Covered>
  void CheckCovers(Covered covered, const Rgba& inside) const {
    EachPixel([&](int x, int y, const Rgba& p) { REQUIRE(p == (covered(x, y) ? inside : Rgba{})); });
  }
};

constexpr ImU32 kHalfRed = IM_COL32(255, 0, 0, 128);
const Rgba kHalfRedPixel = {128, 0, 0, 128};  // premultiplied

}  // namespace

TEST_CASE("fill rule: a shape covers exactly the pixels whose centres it holds, each once") {
  SUBCASE("a rectangle on pixel corners, its diagonal through pixel centres: the two triangles share them") {
    Sketch s(10, 10);
    s.list.AddRectFilled(ImVec2(1, 1), ImVec2(9, 9), kHalfRed);
    s.Render();
    s.CheckCovers([](int x, int y) { return x >= 1 && x < 9 && y >= 1 && y < 9; }, kHalfRedPixel);
  }
  SUBCASE("edges through pixel centres: the top and left ones keep them, the bottom and right ones do not") {
    Sketch s(10, 10);
    s.list.AddRectFilled(ImVec2(2.5f, 2.5f), ImVec2(6.5f, 6.5f), kHalfRed);
    s.Render();
    s.CheckCovers([](int x, int y) { return x >= 2 && x < 6 && y >= 2 && y < 6; }, kHalfRedPixel);
  }
  SUBCASE("either winding covers the same pixels") {
    Sketch clockwise(12, 12), anticlockwise(12, 12);
    const ImVec2 a(1.2f, 0.5f), b(11, 5.5f), c(3.5f, 11.7f);
    clockwise.Triangle(a, b, c, kHalfRed, kHalfRed, kHalfRed);
    anticlockwise.Triangle(a, c, b, kHalfRed, kHalfRed, kHalfRed);
    clockwise.Render();
    anticlockwise.Render();
    CHECK(clockwise.raster.premultiplied()[0] == 0);
    CHECK(std::equal(clockwise.raster.premultiplied().begin(), clockwise.raster.premultiplied().end(),
                     anticlockwise.raster.premultiplied().begin()));
    CHECK(clockwise.At(4, 5) == kHalfRedPixel);
  }
}

TEST_CASE("tiling: shapes sharing edges leave no gap and no overlap") {
  SUBCASE("a grid of rectangles with fractional edges, some through pixel centres") {
    Sketch s(16, 16);
    const float xs[] = {0, 3.5f, 7.25f, 10.5f, 16};
    const float ys[] = {0, 2.5f, 9, 12.75f, 16};
    for (int i = 0; i < 4; ++i)
      for (int j = 0; j < 4; ++j) s.list.AddRectFilled(ImVec2(xs[i], ys[j]), ImVec2(xs[i + 1], ys[j + 1]), kHalfRed);
    s.Render();
    s.CheckCovers([](int, int) { return true; }, kHalfRedPixel);
  }
  SUBCASE("a jittered mesh: every slope, corners at odd fractions and on pixel centres") {
    constexpr int kCells = 8, kCell = 8, kSize = kCells * kCell;
    Sketch s(kSize, kSize);
    std::mt19937 random(16);  // its raw output, which the standard fixes
    const auto jitter = [&random] { return static_cast<float>(random() % 1024) / 256 - 2; };  // [-2, 2) in 1/256 px
    ImVec2 grid[kCells + 1][kCells + 1];
    for (int i = 0; i <= kCells; ++i)
      for (int j = 0; j <= kCells; ++j) {
        const bool inner_x = i > 0 && i < kCells, inner_y = j > 0 && j < kCells;  // the border stays on the square
        const bool on_centre = (i + j) % 3 == 0;
        grid[i][j] = ImVec2(static_cast<float>(i * kCell) + (inner_x ? (on_centre ? 0.5f : jitter()) : 0),
                            static_cast<float>(j * kCell) + (inner_y ? (on_centre ? 0.5f : jitter()) : 0));
      }
    for (int i = 0; i < kCells; ++i)
      for (int j = 0; j < kCells; ++j) {
        const ImVec2 a = grid[i][j], b = grid[i + 1][j], c = grid[i + 1][j + 1], d = grid[i][j + 1];
        if (random() % 2) {
          s.Triangle(a, b, c, kHalfRed, kHalfRed, kHalfRed);
          s.Triangle(a, c, d, kHalfRed, kHalfRed, kHalfRed);
        } else {
          s.Triangle(a, b, d, kHalfRed, kHalfRed, kHalfRed);
          s.Triangle(d, b, c, kHalfRed, kHalfRed, kHalfRed);
        }
      }
    s.Render();
    s.CheckCovers([](int, int) { return true; }, kHalfRedPixel);
  }
  SUBCASE("a fan of triangles around a pixel centre, corners at odd fractions") {
    Sketch s(24, 24);
    const ImVec2 centre(12.5f, 12.5f);
    constexpr int kSpokes = 11;
    ImVec2 rim[kSpokes];
    for (int k = 0; k < kSpokes; ++k) {
      const float angle = 6.2831853f * static_cast<float>(k) / kSpokes + 0.1f;
      rim[k] = ImVec2(centre.x + 10.3f * std::cos(angle), centre.y + 10.3f * std::sin(angle));
    }
    for (int k = 0; k < kSpokes; ++k) s.Triangle(centre, rim[k], rim[(k + 1) % kSpokes], kHalfRed, kHalfRed, kHalfRed);
    s.Render();
    s.EachPixel([&](int x, int y, const Rgba& p) {
      CHECK((p == kHalfRedPixel || p == Rgba{}));  // drawn once or not at all
      const float dx = static_cast<float>(x) + 0.5f - centre.x, dy = static_cast<float>(y) + 0.5f - centre.y;
      if (dx * dx + dy * dy < 9.5f * 9.5f) CHECK(p == kHalfRedPixel);  // well inside the rim (apothem 9.9)
    });
  }
  SUBCASE("ImGui's anti-aliased circle: its fan and its fringe meet without seams") {
    Sketch s(40, 40);
    s.list.AddCircleFilled(ImVec2(20.3f, 19.6f), 15, kHalfRed, 48);
    s.Render();
    s.EachPixel([](int x, int y, const Rgba& p) {
      CHECK(p.a <= 128);  // a pixel blended twice would be darker than the colour
      const float dx = static_cast<float>(x) + 0.5f - 20.3f, dy = static_cast<float>(y) + 0.5f - 19.6f;
      if (dx * dx + dy * dy < 14 * 14) CHECK(p == kHalfRedPixel);
      if (dx * dx + dy * dy > 16 * 16) CHECK(p == Rgba{});
    });
  }
}

namespace {

// The fill rule tested pixel by pixel, as a GPU does: corners snapped to 1/256 px, a pixel centre
// inside when every edge function is >= 0, or > 0 off a top or left edge.
bool CentreInside(ImVec2 p0, ImVec2 p1, ImVec2 p2, int x, int y) {
  const auto snap = [](float v) { return static_cast<std::int64_t>(std::floor(v * 256 + 0.5f)); };
  std::int64_t cx[3] = {snap(p0.x), snap(p1.x), snap(p2.x)}, cy[3] = {snap(p0.y), snap(p1.y), snap(p2.y)};
  const std::int64_t area = (cx[1] - cx[0]) * (cy[2] - cy[0]) - (cy[1] - cy[0]) * (cx[2] - cx[0]);
  if (area == 0) return false;
  if (area < 0) std::swap(cx[1], cx[2]), std::swap(cy[1], cy[2]);  // clockwise on screen
  const std::int64_t px = x * 256 + 128, py = y * 256 + 128;
  for (int k = 0; k < 3; ++k) {
    const std::int64_t dx = cx[(k + 1) % 3] - cx[k], dy = cy[(k + 1) % 3] - cy[k];
    const std::int64_t w = dx * (py - cy[k]) - dy * (px - cx[k]);
    const bool top_left = dy < 0 || (dy == 0 && dx > 0);
    if (top_left ? w < 0 : w <= 0) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("fill rule: walking the rows covers what testing every pixel centre covers") {
  std::mt19937 random(2026);  // its raw output, which the standard fixes
  // Corners on 1/256 px, half of them on pixel centres or edges, some far off the canvas (long,
  // nearly horizontal edges), so every case of the walk and of its divisions comes up.
  const auto coordinate = [&random]() -> float {
    switch (random() % 6) {
      case 0: return static_cast<float>(random() % 24) + 0.5f;
      case 1: return static_cast<float>(random() % 24);
      case 2: return static_cast<float>(static_cast<int>(random() % 2000000) - 1000000);  // edge functions past 2^53
      default: return static_cast<float>(random() % (28 * 256)) / 256 - 2;
    }
  };
  for (int n = 0; n < 400; ++n) {
    Sketch s(24, 24);
    const ImVec2 p0(coordinate(), coordinate()), p1(coordinate(), coordinate());
    const ImVec2 p2 = random() % 4 == 0 ? ImVec2(p0.x + 5, p0.y) : ImVec2(coordinate(), coordinate());  // some horizontal edges
    s.Triangle(p0, p1, p2, kHalfRed, kHalfRed, kHalfRed);
    s.Render();
    CAPTURE(n);
    s.CheckCovers([&](int x, int y) { return CentreInside(p0, p1, p2, x, y); }, kHalfRedPixel);
  }
}

namespace {

constexpr ImU32 kOpaqueTeal = IM_COL32(0, 128, 128, 255);
const Rgba kOpaqueTealPixel = {0, 128, 128, 255};

// The same triangles drawn twice: as the list gives them (consecutive opaque triangles of one
// colour are filled as one shape) and with a draw command of their own each (one at a time, as
// every other triangle is drawn). `draw(sketch, split)` adds them; `split()` ends a command.
template <typename Draw>
void CheckRunsAsOneByOne(int size, Draw draw, ImVec4 clip = ImVec4(0, 0, 0, 0)) {
  Sketch whole(size, size), one_by_one(size, size);
  for (Sketch* s : {&whole, &one_by_one}) {
    if (clip.z > clip.x) s->list.PushClipRect(ImVec2(clip.x, clip.y), ImVec2(clip.z, clip.w));
    draw(*s, [s, split = s == &one_by_one] {
      if (split) s->list.AddDrawCmd();
    });
    s->Render();
  }
  CHECK(whole.list.CmdBuffer.Size < one_by_one.list.CmdBuffer.Size);
  whole.EachPixel([&](int x, int y, const Rgba& p) { REQUIRE(p == one_by_one.At(x, y)); });
}

}  // namespace

TEST_CASE("opaque runs of one colour cover the pixels their triangles cover one by one") {
  SUBCASE("a jittered mesh: shared edges at every slope, corners on pixel centres") {
    std::mt19937 random(7);
    const auto jitter = [&random] { return static_cast<float>(random() % 1024) / 256 - 2; };
    ImVec2 grid[7][7];
    for (int i = 0; i <= 6; ++i)
      for (int j = 0; j <= 6; ++j)
        grid[i][j] = ImVec2(4 + static_cast<float>(i * 6) + ((i + j) % 3 == 0 ? 0.5f : jitter()),
                            4 + static_cast<float>(j * 6) + ((i * j) % 4 == 0 ? 0.5f : jitter()));
    CheckRunsAsOneByOne(48, [&](Sketch& s, auto split) {
      for (int i = 0; i < 6; ++i)
        for (int j = 0; j < 6; ++j) {
          s.Triangle(grid[i][j], grid[i + 1][j], grid[i + 1][j + 1], kOpaqueTeal, kOpaqueTeal, kOpaqueTeal);
          split();
          s.Triangle(grid[i][j], grid[i + 1][j + 1], grid[i][j + 1], kOpaqueTeal, kOpaqueTeal, kOpaqueTeal);
          split();
        }
    });
  }
  SUBCASE("ring segments as the wheel draws them (a strip of quads), and ImGui's discs (a fan)") {
    for (const float step : {2.0f, 7.5f}) {
      CAPTURE(step);
      CheckRunsAsOneByOne(64, [&](Sketch& s, auto split) {
        for (int k = 0; k + 1 < static_cast<int>(90 / step); ++k) {
          const auto at = [](float r, float degrees) {
            const float a = degrees * 3.14159265f / 180;
            return ImVec2(31.7f + r * std::cos(a), 32.2f + r * std::sin(a));
          };
          const float a0 = 20 + static_cast<float>(k) * step, a1 = a0 + step;
          s.Triangle(at(10.5f, a0), at(29, a0), at(29, a1), kOpaqueTeal, kOpaqueTeal, kOpaqueTeal);
          split();
          s.Triangle(at(10.5f, a0), at(29, a1), at(10.5f, a1), kOpaqueTeal, kOpaqueTeal, kOpaqueTeal);
          split();
        }
      });
    }
    // ImGui's own disc: its fan is one command whichever way, so held to the pixel centres instead.
    Sketch s(40, 40);
    s.list.AddCircleFilled(ImVec2(20.3f, 19.6f), 15, kOpaqueTeal, 48);
    s.Render();
    s.EachPixel([](int x, int y, const Rgba& p) {
      const float dx = static_cast<float>(x) + 0.5f - 20.3f, dy = static_cast<float>(y) + 0.5f - 19.6f;
      if (dx * dx + dy * dy < 14 * 14) CHECK(p == kOpaqueTealPixel);
      if (dx * dx + dy * dy > 16 * 16) CHECK(p == Rgba{});
    });
  }
  SUBCASE("overlapping triangles, far corners, horizontal edges, a clip rectangle") {
    std::mt19937 random(2027);
    const auto coordinate = [&random]() -> float {
      switch (random() % 6) {
        case 0: return static_cast<float>(random() % 24) + 0.5f;
        case 1: return static_cast<float>(random() % 24);
        case 2: return static_cast<float>(static_cast<int>(random() % 200000) - 100000);
        default: return static_cast<float>(random() % (28 * 256)) / 256 - 2;
      }
    };
    for (int n = 0; n < 150; ++n) {
      CAPTURE(n);
      std::vector<std::array<ImVec2, 3>> triangles(4 + random() % 9);
      for (auto& t : triangles) {
        t[0] = ImVec2(coordinate(), coordinate());
        t[1] = ImVec2(coordinate(), coordinate());
        t[2] = random() % 4 == 0 ? ImVec2(t[0].x + 5, t[0].y) : ImVec2(coordinate(), coordinate());
      }
      // Shared edges too: some triangles reuse the last one's two last corners, the other way round.
      for (std::size_t i = 1; i < triangles.size(); ++i)
        if (random() % 2) triangles[i][0] = triangles[i - 1][2], triangles[i][1] = triangles[i - 1][1];
      const ImVec4 clip = n % 3 == 0 ? ImVec4(3.5f, 2, 19, 21.25f) : ImVec4(0, 0, 0, 0);
      CheckRunsAsOneByOne(24, [&](Sketch& s, auto split) {
        for (const auto& t : triangles) {
          s.Triangle(t[0], t[1], t[2], kOpaqueTeal, kOpaqueTeal, kOpaqueTeal);
          split();
        }
      }, clip);
      // And by the pixel centres: covered by any of them, or by none.
      Sketch s(24, 24);
      for (const auto& t : triangles) s.Triangle(t[0], t[1], t[2], kOpaqueTeal, kOpaqueTeal, kOpaqueTeal);
      s.Render();
      s.CheckCovers([&](int x, int y) {
        return std::any_of(triangles.begin(), triangles.end(), [&](const auto& t) { return CentreInside(t[0], t[1], t[2], x, y); });
      }, kOpaqueTealPixel);
    }
  }
  SUBCASE("a run ends where the colour changes, and a translucent triangle between runs blends in order") {
    CheckRunsAsOneByOne(24, [&](Sketch& s, auto split) {
      const ImU32 colours[] = {kOpaqueTeal, kOpaqueTeal, kOpaqueTeal, kOpaqueTeal, kHalfRed, kOpaqueTeal, kOpaqueTeal,
                               kOpaqueTeal, kOpaqueTeal, IM_COL32(200, 30, 0, 255), IM_COL32(200, 30, 0, 255)};
      for (int k = 0; k < 11; ++k) {
        const float x = static_cast<float>(k) * 1.7f;
        s.Triangle(ImVec2(x, 1), ImVec2(x + 9.3f, 4.5f), ImVec2(x + 2, 22.5f), colours[k], colours[k], colours[k]);
        split();
      }
    });
  }
}

TEST_CASE("colours are interpolated across a triangle from its corners") {
  Sketch s(64, 64);
  s.Triangle(ImVec2(0, 0), ImVec2(64, 0), ImVec2(0, 64), IM_COL32(255, 0, 0, 255), IM_COL32(0, 255, 0, 255),
             IM_COL32(0, 0, 255, 255));
  s.Render();
  for (int y = 0; y < 64; y += 3)
    for (int x = 0; x + y < 62; x += 3) {
      CAPTURE(x);
      CAPTURE(y);
      const double u = (x + 0.5) / 64, v = (y + 0.5) / 64;  // the green and blue corners' weights
      const auto channel = [](double weight) { return static_cast<int>(std::lround(255 * weight)); };
      CHECK(Near(s.At(x, y), {channel(1 - u - v), channel(u), channel(v), 255}));
    }
  CHECK(s.At(40, 40) == Rgba{});  // past the hypotenuse
  // A fade to transparent, as ImGui's fringes: alpha goes down the same way.
  Sketch fade(64, 4);
  fade.Triangle(ImVec2(0, 0), ImVec2(64, 0), ImVec2(0, 64), IM_COL32(0, 0, 255, 255), IM_COL32(0, 0, 255, 0), IM_COL32(0, 0, 255, 255));
  fade.Render();
  const int a = static_cast<int>(std::lround(255 * (1 - 32.5 / 64)));
  CHECK(Near(fade.At(32, 0), GlBlend({}, {0, 0, 255, a})));
}

TEST_CASE("blending: premultiplied, as glBlendFuncSeparate(SRC_ALPHA, ONE_MINUS_SRC_ALPHA, ONE, ONE_MINUS_SRC_ALPHA)") {
  Sketch s(4, 1);
  s.list.AddRectFilled(ImVec2(1, 0), ImVec2(3, 1), IM_COL32(0, 0, 255, 255));   // opaque blue under x = 1, 2
  s.list.AddRectFilled(ImVec2(2, 0), ImVec2(4, 1), IM_COL32(0, 0, 255, 100));   // translucent blue under x = 2, 3
  s.list.AddRectFilled(ImVec2(0, 0), ImVec2(4, 1), IM_COL32(255, 200, 0, 60));  // translucent yellow over all
  s.Render();
  const Rgba yellow = {255, 200, 0, 60};
  CHECK(s.At(0, 0) == Rgba{60, 47, 0, 60});  // over nothing: the colour x its alpha
  CHECK(s.At(1, 0) == GlBlend({0, 0, 255, 255}, yellow));
  CHECK(s.At(1, 0) == Rgba{60, 47, 195, 255});
  CHECK(Near(s.At(2, 0), GlBlend(GlBlend({0, 0, 255, 255}, {0, 0, 255, 100}), yellow)));
  CHECK(Near(s.At(3, 0), GlBlend(GlBlend({}, {0, 0, 255, 100}), yellow)));
  CHECK(s.At(3, 0) == Rgba{60, 47, 76, 136});
}

TEST_CASE("the clip rectangle crops, scaled by the dpr") {
  SUBCASE("dpr 1") {
    Sketch s(10, 10);
    s.list.PushClipRect(ImVec2(2, 3), ImVec2(7, 8));
    s.list.AddRectFilled(ImVec2(0, 0), ImVec2(10, 10), IM_COL32(10, 20, 30, 255));
    s.list.PopClipRect();
    s.Render();
    s.CheckCovers([](int x, int y) { return x >= 2 && x < 7 && y >= 3 && y < 8; }, {10, 20, 30, 255});
  }
  SUBCASE("dpr 2: a 10 x 10 CSS canvas on 20 x 20 pixels") {
    Sketch s(10, 10, {255, 255, 255, 255}, 2);
    s.list.PushClipRect(ImVec2(2, 3), ImVec2(7, 8));
    s.list.AddRectFilled(ImVec2(0, 0), ImVec2(10, 10), IM_COL32(10, 20, 30, 255));
    s.list.PopClipRect();
    s.Render(2);
    s.CheckCovers([](int x, int y) { return x >= 4 && x < 14 && y >= 6 && y < 16; }, {10, 20, 30, 255});
  }
}

TEST_CASE("the coverage texture is sampled bilinearly, clamped to its edges") {
  const std::vector<unsigned char> texels = {0, 60, 120, 200};  // top row, then bottom row
  const ImU32 white = IM_COL32(255, 255, 255, 255);
  const auto grey = [](int coverage) { return Rgba{coverage, coverage, coverage, coverage}; };
  SUBCASE("at its middle: the mean of the four texels") {
    Sketch s(1, 1, texels);
    s.list.PrimReserve(6, 4);
    s.list.PrimRectUV(ImVec2(0, 0), ImVec2(1, 1), ImVec2(0, 0), ImVec2(1, 1), white);
    s.Render();
    CHECK(Near(s.At(0, 0), grey(95)));
  }
  SUBCASE("stretched over 8 x 8 pixels: texels at the corners, mixes between") {
    Sketch s(8, 8, texels);
    s.list.PrimReserve(6, 4);
    s.list.PrimRectUV(ImVec2(0, 0), ImVec2(8, 8), ImVec2(0, 0), ImVec2(1, 1), white);
    s.Render();
    CHECK(s.At(0, 0) == grey(0));
    CHECK(s.At(7, 0) == grey(60));
    CHECK(s.At(0, 7) == grey(120));
    CHECK(s.At(7, 7) == grey(200));
    CHECK(Near(s.At(3, 0), grey(23)));   // u in texels 0.375 past the first centre: 60 x 0.375
    CHECK(Near(s.At(0, 4), grey(75)));   // v 0.625 past it: 120 x 0.625
    CHECK(Near(s.At(4, 4), grey(120)));  // 0.625 both ways: (0 x .375 + 60 x .625) x .375 + (120 x .375 + 200 x .625) x .625
  }
  SUBCASE("turned a quarter, so v changes along rows too: the same texels, turned") {
    Sketch s(8, 8, texels);
    s.list.PrimReserve(6, 4);
    s.list.PrimQuadUV(ImVec2(0, 0), ImVec2(8, 0), ImVec2(8, 8), ImVec2(0, 8), ImVec2(0, 1), ImVec2(0, 0), ImVec2(1, 0),
                      ImVec2(1, 1), white);
    s.Render();
    CHECK(s.At(0, 0) == grey(120));
    CHECK(s.At(7, 0) == grey(0));
    CHECK(s.At(0, 7) == grey(200));
    CHECK(s.At(7, 7) == grey(60));
    CHECK(Near(s.At(4, 4), grey(87)));  // u 0.625, v 0.375 texels past the first centres
  }
  SUBCASE("one UV at all corners: one coverage for the whole shape") {
    Sketch s(3, 3, texels);
    s.list.AddRectFilled(ImVec2(0, 0), ImVec2(3, 3), white);  // at the "white" UV, the middle here
    s.Render();
    s.CheckCovers([](int, int) { return true; }, s.At(1, 1));
    CHECK(Near(s.At(1, 1), grey(95)));
  }
  SUBCASE("a texture the draw list does not name draws nothing") {
    Sketch s(3, 3);
    s.list.PushTextureID(reinterpret_cast<ImTextureID>(&s));
    s.list.AddRectFilled(ImVec2(0, 0), ImVec2(3, 3), white);
    s.list.PopTextureID();
    s.Render();
    s.CheckCovers([](int, int) { return false; }, {});
  }
}

TEST_CASE("straight alpha for ImageData: each colour x 255 / alpha, rounded") {
  SUBCASE("every premultiplied value") {
    std::vector<std::uint8_t> premultiplied, straight;
    for (int a = 0; a < 256; ++a)
      for (int c = 0; c <= a; ++c) premultiplied.insert(premultiplied.end(), {static_cast<std::uint8_t>(c), static_cast<std::uint8_t>(a - c), 0, static_cast<std::uint8_t>(a)});
    straight.resize(premultiplied.size());
    draw::UnpremultiplyRgba8(premultiplied.data(), straight.data(), premultiplied.size() / 4);
    for (std::size_t i = 0; i < premultiplied.size(); i += 4) {
      const int a = premultiplied[i + 3];
      const auto expected = [a](int c) { return a == 0 ? 0 : (2 * c * 255 + a) / (2 * a); };  // half up
      CAPTURE(a);
      CAPTURE(static_cast<int>(premultiplied[i]));
      REQUIRE(Rgba{straight[i], straight[i + 1], straight[i + 2], straight[i + 3]} ==
              Rgba{expected(premultiplied[i]), expected(premultiplied[i + 1]), 0, a});
    }
  }
  SUBCASE("a drawn pixel: half-transparent red is red at half alpha") {
    Sketch s(2, 1);
    s.list.AddRectFilled(ImVec2(0, 0), ImVec2(1, 1), kHalfRed);
    s.Render();
    std::vector<std::uint8_t> image(2 * 4);
    s.raster.WriteStraightAlpha(image.data());
    CHECK(image == std::vector<std::uint8_t>{255, 0, 0, 128, 0, 0, 0, 0});
    SUBCASE("converted in place, the same bytes") {
      const std::span<const std::uint8_t> in_place = s.raster.ConvertToStraightAlpha();
      CHECK(std::vector<std::uint8_t>(in_place.begin(), in_place.end()) == image);
    }
  }
}

namespace {

// Averages each 2 x 2 block of pixels: a dpr 2 frame brought to dpr 1.
std::vector<std::uint8_t> HalvedPremultiplied(const draw::SoftRasterizer& raster) {
  const int width = raster.width() / 2, height = raster.height() / 2;
  const std::span<const std::uint8_t> p = raster.premultiplied();
  std::vector<std::uint8_t> halved(Offset(0, height, width));
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x)
      for (std::size_t c = 0; c < 4; ++c) {
        const std::size_t top = Offset(2 * x, 2 * y, raster.width()) + c, bottom = Offset(2 * x, 2 * y + 1, raster.width()) + c;
        halved[Offset(x, y, width) + c] = static_cast<std::uint8_t>((p[top] + p[top + 4] + p[bottom] + p[bottom + 4] + 2) / 4);
      }
  return halved;
}

// Marks the pixels (of a width x height grid, the list's positions x scale) under its textured
// triangles, and one more all round: where glyphs are.
void MarkText(const ImDrawList& list, int width, int height, float scale, std::vector<bool>* mask) {
  for (int k = 0; k + 2 < list.IdxBuffer.Size; k += 3) {
    const ImDrawVert& a = list.VtxBuffer[list.IdxBuffer[k]];
    const ImDrawVert& b = list.VtxBuffer[list.IdxBuffer[k + 1]];
    const ImDrawVert& c = list.VtxBuffer[list.IdxBuffer[k + 2]];
    if (a.uv.x == b.uv.x && a.uv.x == c.uv.x && a.uv.y == b.uv.y && a.uv.y == c.uv.y) continue;
    const int x0 = std::max(0, static_cast<int>(std::min({a.pos.x, b.pos.x, c.pos.x}) * scale) - 1);
    const int x1 = std::min(width - 1, static_cast<int>(std::max({a.pos.x, b.pos.x, c.pos.x}) * scale) + 1);
    const int y0 = std::max(0, static_cast<int>(std::min({a.pos.y, b.pos.y, c.pos.y}) * scale) - 1);
    const int y1 = std::min(height - 1, static_cast<int>(std::max({a.pos.y, b.pos.y, c.pos.y}) * scale) + 1);
    for (int y = y0; y <= y1; ++y)
      for (int x = x0; x <= x1; ++x) (*mask)[Offset(x, y, width) / 4] = true;
  }
}

// How far apart two pictures' channels are.
struct Difference {
  long long total = 0, count = 0, over_32 = 0;
  void Add(int x, int y) {
    total += std::abs(x - y);
    ++count;
    over_32 += std::abs(x - y) > 32;
  }
  double Mean() const { return count ? static_cast<double>(total) / static_cast<double>(count) : 0; }
  double ShareOver32() const { return count ? static_cast<double>(over_32) / static_cast<double>(count) : 0; }
};

int CountPixels(const draw::SoftRasterizer& raster, const Rgba& colour) {
  int n = 0;
  for (int y = 0; y < raster.height(); ++y)
    for (int x = 0; x < raster.width(); ++x) n += PixelAt(raster, x, y) == colour;
  return n;
}

}  // namespace

TEST_CASE("a wheel frame: each segment in its domain's colour, the corners transparent, dpr 2 like dpr 1") {
  // A 480 CSS px wheel (the wide layout's share of a 1091 px host), as the widget draws it.
  test::RasterizedCanvas frame(1091);
  frame.Load(0, "balti-2023.json");
  frame.Prepare(1);
  frame.Rasterize(1);
  const draw::SoftRasterizer& raster = frame.raster;
  REQUIRE(raster.width() == 480);
  REQUIRE(raster.height() == 480);
  for (const auto& [x, y] : std::array<std::pair<int, int>, 4>{{{0, 0}, {479, 0}, {0, 479}, {479, 479}}})
    CHECK(PixelAt(raster, x, y) == Rgba{});

  // Near each segment's inner corners, away from its centred icon and name; the hub's white
  // inside its border, above its text; its name in full-coverage glyph boxes.
  const WheelGeometry g = frame.model.GeometryAt(frame.now);
  const Framework& framework = frame.model.framework();
  const auto sample_points = [&g](int segment) {
    const float r = g.r_inner + (g.r_outer - g.r_inner) * 0.15f, span = g.SegmentSpan();
    return std::array{PolarToScreen(g.centre, r, g.SegmentStart(segment) + span * 0.2f),
                      PolarToScreen(g.centre, r, g.SegmentEnd(segment) - span * 0.2f)};
  };
  const Point hub = {g.centre.x, g.centre.y - g.r_inner * 0.85f};
  const ImU32 ink = frame.style.hub_text;
  const Rgba hub_ink = {static_cast<int>(ink & 0xFF), static_cast<int>((ink >> 8) & 0xFF), static_cast<int>((ink >> 16) & 0xFF), 255};
  const auto check_colours = [&](float dpr) {
    CAPTURE(dpr);
    for (int i = 0; i < kDomainCount; ++i) {
      const Rgb c = framework.domains[i].colour;
      for (const Point p : sample_points(i)) {
        CAPTURE(i);
        CHECK(PixelAt(raster, static_cast<int>(p.x * dpr), static_cast<int>(p.y * dpr)) == Rgba{c.r, c.g, c.b, 255});
      }
    }
    CHECK(PixelAt(raster, static_cast<int>(hub.x * dpr), static_cast<int>(hub.y * dpr)) == Rgba{255, 255, 255, 255});
    CHECK(CountPixels(raster, hub_ink) > 200 * dpr * dpr);
  };
  check_colours(1);

  // At dpr 2, each 2 x 2 block averaged is the dpr 1 pixel, but where a pixel centre's one sample
  // and four samples see an edge differently, and where ImGui places glyphs on whole device pixels.
  const std::vector<std::uint8_t> at_1(raster.premultiplied().begin(), raster.premultiplied().end());
  std::vector<bool> text(480 * 480);
  MarkText(frame.list, 480, 480, 1, &text);
  frame.Prepare(2);
  frame.Rasterize(2);
  REQUIRE(raster.width() == 960);
  check_colours(2);
  MarkText(frame.list, 480, 480, 0.5f, &text);
  const std::vector<std::uint8_t> at_2 = HalvedPremultiplied(raster);
  Difference shapes, glyphs;
  for (std::size_t i = 0; i < at_1.size(); ++i) (text[i / 4] ? glyphs : shapes).Add(at_1[i], at_2[i]);
  INFO("dpr 2 halved vs dpr 1: shapes differ by " << shapes.Mean() << " on average, " << shapes.over_32 << " channels of "
          << shapes.count << " by more than 32; text by " << glyphs.Mean() << ", " << glyphs.over_32 << " of " << glyphs.count);
  CHECK(shapes.Mean() < 0.5);            // measured 0.22
  CHECK(shapes.ShareOver32() < 0.002);   // measured 0.06 %: kinks of AA profiles, thin icon strokes
  CHECK(glyphs.Mean() < 20);             // measured 11: glyph boxes of whole device pixels move
}

TEST_CASE("SoftRasterizer::Reserve") {
  draw::SoftRasterizer raster;
  raster.Reserve(40, 30);
  SUBCASE("a smaller frame, then the reserved one, use the room reserved: nothing is allocated again") {
    raster.Resize(30, 20);
    const std::uint8_t* room = raster.premultiplied().data();
    raster.Resize(40, 30);
    CHECK(raster.premultiplied().data() == room);
    CHECK(raster.premultiplied().size() == 40u * 30u * 4u);
  }
  SUBCASE("reserving less changes nothing; reserving more keeps the frame's size") {
    raster.Resize(2, 1);
    raster.Clear();
    const std::uint8_t* room = raster.premultiplied().data();
    raster.Reserve(2, 1);
    CHECK(raster.premultiplied().data() == room);
    raster.Reserve(80, 60);
    CHECK(raster.width() == 2);
    CHECK(raster.premultiplied().size() == 8u);
    raster.Resize(80, 60);
    CHECK(raster.premultiplied().size() == 80u * 60u * 4u);
  }
}
