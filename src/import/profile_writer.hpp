// Writes a Profile as `mgi-profile/1` JSON in the project's canonical layout: keys in the order of
// SPEC section 2, domains in wheel order (unpublished ones left out), optional fields only when
// set, 2-space indent, UTF-8 unescaped, a final newline. LoadProfile of the result gives back the
// same Profile (the profile fuzzer checks this).
#pragma once
#include <string>

#include "core/profile.hpp"

namespace mgi::import {

std::string WriteProfileJson(const Profile& profile);

}  // namespace mgi::import
