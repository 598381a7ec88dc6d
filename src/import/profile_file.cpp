#include "import/profile_file.hpp"

#include "import/file_io.hpp"

namespace mgi::import {

ProfileFile LoadProfileFile(const std::string& path, std::ostream& out) {
  ProfileFile result;
  std::string reason;
  const std::optional<std::string> text = ReadWholeFile(path, &reason);
  if (!text) {
    out << path << ": cannot read: " << reason << '\n';
    result.errors = 1;
    return result;
  }
  ProfileLoad load = LoadProfile(*text);
  for (const Issue& e : load.diagnostics.errors) out << path << ": " << e.ToString() << '\n';
  for (const Issue& w : load.diagnostics.warnings) out << path << ": " << w.ToString() << '\n';
  result.errors = load.diagnostics.errors.size();
  result.warnings = load.diagnostics.warnings.size();
  result.profile = std::move(load.profile);
  return result;
}

namespace {
std::string Count(std::size_t n, const char* what) { return std::to_string(n) + " " + what + (n == 1 ? "" : "s"); }
}  // namespace

std::string Verdict(const std::string& path, const ProfileFile& file) {
  std::string line = path + ": " + (file.profile ? "valid" : "invalid");
  if (file.errors) line += " (" + Count(file.errors, "error") + (file.warnings ? ", " : ")");
  if (file.warnings) line += (file.errors ? "" : " (") + Count(file.warnings, "warning") + ")";
  return line;
}

}  // namespace mgi::import
