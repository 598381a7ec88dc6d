#include "draw/font_atlas.hpp"

#include <cstdint>

#include "core/utf8.hpp"

namespace mgi::draw {

namespace {
std::uint32_t ReadU32(std::string_view b, std::size_t at) {
  if (at + 4 > b.size()) return 0;
  const auto u = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + i])); };
  return (u(0) << 24) | (u(1) << 16) | (u(2) << 8) | u(3);
}
int ReadI16(std::string_view b, std::size_t at) {
  if (at + 2 > b.size()) return 0;
  return static_cast<std::int16_t>((static_cast<unsigned char>(b[at]) << 8) | static_cast<unsigned char>(b[at + 1]));
}
}  // namespace

float AscentDescentPerEm(std::string_view ttf) {
  // sfnt table directory: numTables at 4, then 16-byte records {tag, checksum, offset, length}.
  const int tables = ReadI16(ttf, 4);
  std::size_t head = 0, hhea = 0;
  for (int i = 0; i < tables; ++i) {
    const std::size_t rec = 12 + 16 * static_cast<std::size_t>(i);
    const std::string_view tag = ttf.size() >= rec + 4 ? ttf.substr(rec, 4) : std::string_view();
    if (tag == "head") head = ReadU32(ttf, rec + 8);
    if (tag == "hhea") hhea = ReadU32(ttf, rec + 8);
  }
  const int units_per_em = head ? static_cast<std::uint16_t>(ReadI16(ttf, head + 18)) : 0;
  const int ascent = hhea ? ReadI16(ttf, hhea + 4) : 0, descent = hhea ? ReadI16(ttf, hhea + 6) : 0;
  if (units_per_em <= 0 || ascent - descent <= 0) return 1;
  return static_cast<float>(ascent - descent) / static_cast<float>(units_per_em);
}

bool FontAtlas::Ensure(std::string_view text, const FontSizes& sizes) {
  std::set<char32_t> wanted = glyphs_;
  for (char32_t c = 0x20; c < 0x7F; ++c) wanted.insert(c);  // ASCII: digits, punctuation, fallbacks
  for (char32_t c : {U'…', U'·', U'’', U'–'}) wanted.insert(c);
  for (char32_t c : DecodeUtf8(text))
    if (c >= 0x20 && c <= 0xFFFF) wanted.insert(c);  // ImWchar is 16-bit: the BMP only
  if (wanted == glyphs_ && sizes == sizes_ && label_) return false;

  glyphs_ = std::move(wanted);
  sizes_ = sizes;
  ImFontGlyphRangesBuilder builder;
  for (char32_t c : glyphs_) builder.AddChar(static_cast<ImWchar>(c));
  ranges_.clear();
  builder.BuildRanges(&ranges_);

  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  atlas.Clear();
  atlas.Flags |= ImFontAtlasFlags_NoMouseCursors;  // the browser draws the cursor
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the TTF is static data in the binary
  config.OversampleH = 2;
  config.OversampleV = 1;
  void* data = const_cast<char*>(ttf_.data());
  const int size = static_cast<int>(ttf_.size());
  label_ = atlas.AddFontFromMemoryTTF(data, size, DrawSize(sizes.label_px) * sizes.dpr, &config, ranges_.Data);
  hub_ = atlas.AddFontFromMemoryTTF(data, size, DrawSize(sizes.hub_px) * sizes.dpr, &config, ranges_.Data);
  atlas.Build();
  return true;
}

}  // namespace mgi::draw
