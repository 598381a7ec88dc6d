// PNG encoding for mgi-render, with Debian's libpng: straight-alpha RGBA8 pixels, row by row, to
// the bytes of a PNG file (written out all-or-nothing by the caller).
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace mgi::render {

// nullopt, with `error` set, if libpng refuses (it does not for a well-formed image).
std::optional<std::string> EncodePng(std::span<const std::uint8_t> rgba, int width, int height, std::string* error);

}  // namespace mgi::render
