// Whole-file reads and all-or-nothing writes for the command-line tools.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace mgi::import {

// The bytes of a file, or nullopt with `error` set (e.g. "No such file or directory").
std::optional<std::string> ReadWholeFile(const std::string& path, std::string* error);

// Writes `path + ".part"`, then renames it over `path`: readers never see half a file, and on
// failure no file is left behind (and an existing `path` is untouched).
bool WriteFileAtomically(const std::string& path, std::string_view content, std::string* error);

}  // namespace mgi::import
