// The MiGOF framework as the widget presents it: per domain a colour, an icon, its kind, and its
// name and national/local descriptions in each interface language. Loaded from
// assets/framework.json (embedded in the Wasm build); ids and order come from domains.hpp.
#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "core/diagnostics.hpp"
#include "core/domains.hpp"
#include "core/profile.hpp"

namespace mgi {

// Language tag -> text. Lookups fall back to English.
using LocalizedText = std::map<std::string, std::string, std::less<>>;
std::string_view Localize(const LocalizedText& text, std::string_view lang);

struct Rgb {
  std::uint8_t r = 0, g = 0, b = 0;
  bool operator==(const Rgb&) const = default;
};
bool ParseHexColour(std::string_view hex, Rgb* out);

enum class DomainKind { kPrinciple, kObjective };

struct FrameworkDomain {
  std::string id;
  DomainKind kind = DomainKind::kPrinciple;
  Rgb colour;
  std::string icon;  // name of a vector icon drawn by the renderer
  LocalizedText name;
  LocalizedText description_national;
  LocalizedText description_local;

  const LocalizedText& Description(Level level) const {
    return level == Level::kLocal ? description_local : description_national;
  }
};

struct Framework {
  std::array<FrameworkDomain, kDomainCount> domains;
};

// Fails (with diagnostics) unless all six domains are present with English texts.
bool LoadFramework(std::string_view json_text, Framework* out, Diagnostics* diag);

}  // namespace mgi
