// A CPU rasteriser of ImGui's draw lists, for browsers without WebGL2: it draws the lists the GL
// renderer draws (src/platform/gl_renderer.cpp) into pixels that the page puts into a 2-D canvas
// with putImageData, and both surfaces show the same picture because it does what GL does:
//
//  - positions in CSS pixels, mapped onto a framebuffer of CSS size x dpr by the same projection
//    and viewport; each command's ClipRect x dpr is a scissor, cut to integers as glScissor's are;
//  - pixels sampled at their centres, positions snapped to 1/256 pixel (GPUs' 8 sub-pixel bits),
//    and a top-left fill rule: a pixel centre on an edge two triangles share belongs to exactly one
//    of them, so a translucent strip or ImGui's anti-aliased fringes show no seams;
//  - colour = the vertex colours interpolated, alpha x the coverage texture's one channel sampled
//    as GL_LINEAR with GL_CLAMP_TO_EDGE at the interpolated UV;
//  - blending as glBlendFuncSeparate(SRC_ALPHA, ONE_MINUS_SRC_ALPHA, ONE, ONE_MINUS_SRC_ALPHA) into
//    a buffer cleared to 0,0,0,0: the pixels are premultiplied RGBA8, bytes R, G, B, A.
//
// One frame:
//   raster.Resize(lround(css_width * dpr), lround(css_height * dpr));   // as the GL surface
//   // draw::DrawFrame(..., raster.atlas_id(), dpr, ...); when the font atlas was rebuilt:
//   raster.UploadAtlas(fonts.TakePixels(), fonts.width(), fonts.height());
//   raster.Clear();
//   raster.Render(list, css_width, css_height, dpr);
//   raster.WriteStraightAlpha(image_bytes);   // width x height x 4 bytes: ImageData's format
//
// Pure C++ over imgui.h (no GL, no Emscripten), so tests/draw holds it to its pixels natively. The
// speed comes from integer edges walked row by row (no per-pixel division or edge test), spans
// filled whole when a triangle's corners share colour and UV (the wheel's fills, the opaque cores
// of thick lines), and 16.16 fixed-point steps elsewhere; nothing is allocated in a frame once the
// buffers have their size. Consecutive opaque triangles of one colour (a ring segment's strip of
// quads, a disc's fan) are filled as one shape along their outline: each row is then one or two
// spans instead of one per triangle, and the pixels are the same.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "imgui.h"

namespace mgi::draw {

// Premultiplied RGBA8 pixels to straight alpha (what ImageData holds): each colour x 255 / alpha,
// rounded to nearest; opaque and transparent pixels are copied as they are.
void UnpremultiplyRgba8(const std::uint8_t* premultiplied, std::uint8_t* straight, std::size_t pixel_count);

class SoftRasterizer {
 public:
  SoftRasterizer();
  ~SoftRasterizer();

  // The framebuffer's size in device pixels. The pixels are kept if the size is unchanged.
  void Resize(int width, int height);
  // Room for a framebuffer of width x height without allocating again: a widget's frames in
  // motion are smaller than the one it settles on, and growing from one to the other would leave
  // the smaller buffer's room unused in the Wasm heap, which never shrinks.
  void Reserve(int width, int height);
  // Every pixel transparent, as glClearColor(0, 0, 0, 0) and glClear.
  void Clear();

  // The id draw lists name the atlas by: the same for every rasteriser and every upload (each
  // rasteriser draws with its own atlas), so a frame can be drawn before the atlas arrives.
  ImTextureID atlas_id() const;
  // Keeps the atlas's texels (one byte of coverage each, row by row) in place of the last ones and
  // returns atlas_id(). Commands naming another texture draw nothing, as GL sampling a texture
  // that is not there reads no coverage; so does an atlas smaller than width x height.
  ImTextureID UploadAtlas(std::vector<unsigned char> coverage, int width, int height);

  // Draws a list laid out in CSS pixels over a css_width x css_height canvas onto the whole
  // framebuffer (GlRenderer::Render's arguments; the framebuffer's size is Resize's).
  void Render(const ImDrawList& list, float css_width, float css_height, float dpr);

  int width() const { return width_; }
  int height() const { return height_; }
  // width x height pixels, row by row from the top, 4 bytes each: R, G, B, A, premultiplied.
  std::span<const std::uint8_t> premultiplied() const;
  // The same pixels with straight alpha into `out` (width x height x 4 bytes), for putImageData.
  void WriteStraightAlpha(std::uint8_t* out) const;
  // The same, in place: the frame's pixels become straight alpha and are returned, sparing the
  // widget a second buffer of the frame's size (3.7 MB at 960 x 960). Until the next Clear() the
  // buffer is no longer premultiplied, so nothing more is drawn into it.
  std::span<const std::uint8_t> ConvertToStraightAlpha();

 private:
  struct SnappedPoint {
    std::int32_t x = 0, y = 0;  // device pixels x 256
  };

  int width_ = 0, height_ = 0;
  std::vector<std::uint32_t> pixels_;  // one word per pixel: its R, G, B, A bytes in memory order
  std::vector<unsigned char> atlas_;
  int atlas_width_ = 0, atlas_height_ = 0;
  std::vector<SnappedPoint> snapped_;  // the list's positions on the framebuffer, reused frame to frame
  // A run of opaque triangles of one colour and its outline (soft_rasterizer.cpp), reused likewise.
  struct OpaqueRun;
  std::unique_ptr<OpaqueRun> run_;
};

}  // namespace mgi::draw
