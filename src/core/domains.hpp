// The six MiGOF domains of SPEC section 1: ids and wheel order. These are interface constants
// (pages and profiles name them), so they live in code; presentation data (names, colours,
// descriptions) lives in assets/framework.json.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace mgi {

inline constexpr int kDomainCount = 6;

// Wheel order, clockwise from 12 o'clock.
inline constexpr std::array<std::string_view, kDomainCount> kDomainIds = {
    "migrants-rights", "whole-of-government", "partnerships",
    "well-being",      "mobility-crises",     "safe-orderly-migration",
};

// Index in wheel order, or nullopt for an id that is not one of the six.
std::optional<int> DomainIndex(std::string_view id);

// "migrants-rights, whole-of-government, ...": the six ids in wheel order, for a message that
// says which ids there are.
std::string DomainIdList();

}  // namespace mgi
