// Loads one profile file with the widget's validator (mgi::LoadProfile) and prints every problem
// as "FILE: path: message", so mgi-validate and mgi-catalogue report the same way.
#pragma once
#include <optional>
#include <ostream>
#include <string>

#include "core/profile.hpp"

namespace mgi::import {

struct ProfileFile {
  std::optional<Profile> profile;  // set when the file reads and is valid
  std::size_t errors = 0;          // an unreadable file counts as one
  std::size_t warnings = 0;
};

ProfileFile LoadProfileFile(const std::string& path, std::ostream& out);

// "FILE: valid" or "FILE: invalid", with the counts: "FILE: invalid (1 error, 2 warnings)".
std::string Verdict(const std::string& path, const ProfileFile& file);

}  // namespace mgi::import
