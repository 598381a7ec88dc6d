#include "draw/font_atlas.hpp"

#include <algorithm>
#include <cmath>

#include "core/shelf_packer.hpp"
#include "core/utf8.hpp"

namespace mgi::draw {

namespace {
constexpr int kPadding = 1;          // empty texels around each glyph: no bleeding under filtering
constexpr int kMinWidth = 128;
constexpr int kMaxWidth = 4096;      // WebGL2 guarantees 2048 per side; every GPU in use has 4096+
constexpr int kWhiteSize = 2;        // a block of full coverage for ImGui's untextured shapes

// Every font holds these: the space, and '?' that ImGui draws for a character it lacks.
std::set<char32_t> BaseGlyphs() { return {U' ', U'?'}; }

bool Covers(const std::set<char32_t>& glyphs, const std::vector<char32_t>& chars) {
  return std::all_of(chars.begin(), chars.end(), [&](char32_t c) { return !IsCanvasDrawable(c) || glyphs.count(c) > 0; });
}

std::set<char32_t> Grown(const std::set<char32_t>& glyphs, const std::vector<char32_t>& chars) {
  std::set<char32_t> grown = glyphs.empty() ? BaseGlyphs() : glyphs;
  for (char32_t c : chars)
    if (IsCanvasDrawable(c)) grown.insert(c);
  return grown;
}

std::vector<char32_t> Listed(const std::set<char32_t>& glyphs) { return {glyphs.begin(), glyphs.end()}; }
}  // namespace

FontAtlas::FontAtlas(GlyphSource& source)
    : source_(source), label_(std::make_unique<ImFont>()), hub_(std::make_unique<ImFont>()) {}

FontAtlas::~FontAtlas() = default;

bool FontAtlas::Ensure(std::string_view label_text, std::string_view hub_text, const FontSizes& sizes) {
  // Called every frame with the same texts: answer that case without decoding or copying.
  if (built_ && sizes == sizes_ && label_text == last_text_[0] && hub_text == last_text_[1]) return false;
  const std::vector<char32_t> chars[2] = {DecodeUtf8(label_text), DecodeUtf8(hub_text)};
  last_text_[0] = label_text;
  last_text_[1] = hub_text;
  if (built_ && sizes == sizes_ && Covers(glyphs_[0], chars[0]) && Covers(glyphs_[1], chars[1])) return false;

  // The sets only grow (a language switched back and forth rebuilds once), each font holding
  // just the characters drawn in it: half the glyphs to rasterise of one shared set.
  std::set<char32_t> wanted[2] = {Grown(glyphs_[0], chars[0]), Grown(glyphs_[1], chars[1])};
  if (!Build({Listed(wanted[0]), Listed(wanted[1])}, sizes)) {
    // More distinct characters than one texture holds (hostile text): keep the base set, so the
    // rest draws as the fallback glyph rather than nothing at all.
    wanted[0] = wanted[1] = BaseGlyphs();
    if (!Build({Listed(wanted[0]), Listed(wanted[1])}, sizes)) return false;
  }
  glyphs_[0] = std::move(wanted[0]);
  glyphs_[1] = std::move(wanted[1]);
  sizes_ = sizes;
  built_ = true;
  return true;
}

bool FontAtlas::Build(const std::array<std::vector<char32_t>, 2>& codepoints, const FontSizes& sizes) {
  ++generation_;  // even a failed build may have cleared the fonts' glyphs
  const float px[2] = {sizes.label_px * sizes.dpr, sizes.hub_px * sizes.dpr};
  MeasuredFace faces[2];
  std::vector<PackSize> rects = {{kWhiteSize, kWhiteSize}};
  for (int f = 0; f < 2; ++f) {
    faces[f] = source_.Measure(px[f], codepoints[f]);
    if (faces[f].boxes.size() != codepoints[f].size()) return false;
    for (const GlyphBox& b : faces[f].boxes) rects.push_back({b.x1 - b.x0, b.y1 - b.y0});
  }
  const auto packing = PackShelves(rects, kPadding, kMinWidth, kMaxWidth);
  if (!packing) return false;

  std::vector<GlyphPlacement> placements;
  for (int f = 0, r = 1; f < 2; ++f)
    for (std::size_t i = 0; i < codepoints[f].size(); ++i, ++r) {
      const GlyphBox& b = faces[f].boxes[i];
      if (b.x1 <= b.x0 || b.y1 <= b.y0) continue;
      const PackedRect& at = packing->places[r];
      placements.push_back({codepoints[f][i], px[f], static_cast<float>(at.x - b.x0), static_cast<float>(at.y - b.y0)});
    }
  const int width = packing->width, height = packing->height;
  pixels_ = source_.Draw(placements, width, height);
  pixels_.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height), 0);
  const PackedRect white = packing->places[0];
  for (int y = 0; y < kWhiteSize; ++y)
    for (int x = 0; x < kWhiteSize; ++x) pixels_[static_cast<std::size_t>((white.y + y) * width + white.x + x)] = 255;
  const ImVec2 texel(1.0f / static_cast<float>(width), 1.0f / static_cast<float>(height));
  container_.TexWidth = width;  // ImFont::AddGlyph reads the texture's size from its atlas
  container_.TexHeight = height;
  container_.TexUvWhitePixel =
      ImVec2((static_cast<float>(white.x) + kWhiteSize * 0.5f) * texel.x, (static_cast<float>(white.y) + kWhiteSize * 0.5f) * texel.y);
  ImFont* fonts[2] = {label_.get(), hub_.get()};
  for (int f = 0, r = 1; f < 2; ++f) {
    ImFont& font = *fonts[f];
    font.ClearOutputData();
    font.ContainerAtlas = &container_;
    font.FontSize = px[f];
    // The baseline in the middle of a kLineHeightEm line box (CSS's half-leading), so a line of
    // text laid out by its line height is centred on its box whatever the face's proportions.
    const float line = kLineHeightEm * px[f];
    const float baseline = std::round((line - faces[f].metrics.ascent - faces[f].metrics.descent) * 0.5f + faces[f].metrics.ascent);
    font.Ascent = baseline;
    font.Descent = baseline - line;
    for (std::size_t i = 0; i < codepoints[f].size(); ++i, ++r) {
      const GlyphBox& b = faces[f].boxes[i];
      const PackedRect& at = packing->places[r];
      const float w = static_cast<float>(b.x1 - b.x0), h = static_cast<float>(b.y1 - b.y0);
      font.AddGlyph(nullptr, static_cast<ImWchar>(codepoints[f][i]), static_cast<float>(b.x0), baseline + static_cast<float>(b.y0),
                    static_cast<float>(b.x1), baseline + static_cast<float>(b.y1), static_cast<float>(at.x) * texel.x,
                    static_cast<float>(at.y) * texel.y, (static_cast<float>(at.x) + w) * texel.x, (static_cast<float>(at.y) + h) * texel.y,
                    b.advance);
    }
    font.BuildLookupTable();
  }
  return true;
}

}  // namespace mgi::draw
