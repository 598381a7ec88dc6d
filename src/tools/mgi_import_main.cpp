// mgi-import PAGE.txt [-o PROFILE.json | -d DIR] [--id ID]
// Turns the text of an MGI profile page into mgi-profile/1 JSON (standard output without -o or
// -d; -d DIR writes DIR/<id>.json).
// On failure: "PAGE.txt:LINE: what" on standard error, exit status 1, and no output file.
#include <iostream>
#include <string>

#include "core/profile.hpp"
#include "import/file_io.hpp"
#include "import/page_import.hpp"
#include "import/profile_writer.hpp"

namespace {

constexpr const char* kUsage =
    "usage: mgi-import PAGE.txt [-o PROFILE.json | -d DIR] [--id ID]\n"
    "  Reads the text of an MGI profile page and writes mgi-profile/1 JSON to PROFILE.json,\n"
    "  to DIR/<id>.json with -d, or to standard output. --id sets the profile id (default: the\n"
    "  name without \"Republic of\", \"Municipality of\"..., and the year: balti-2023).\n";

int Usage(const std::string& problem) {
  std::cerr << "mgi-import: " << problem << '\n' << kUsage;
  return 2;
}

void Report(const std::string& file, const mgi::import::PageIssue& issue, const char* kind) {
  std::cerr << file;
  if (issue.line > 0) std::cerr << ':' << issue.line;
  std::cerr << ": " << kind << issue.message << '\n';
}

}  // namespace

int main(int argc, char** argv) {
  // Setup: arguments
  std::string page_path, out_path, out_dir;
  mgi::import::ImportOptions options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "-h" || arg == "--help") { std::cout << kUsage; return 0; }
    if (arg == "-o" || arg == "-d" || arg == "--id") {
      if (i + 1 >= argc) return Usage(arg + " needs a value");
      (arg == "-o" ? out_path : arg == "-d" ? out_dir : options.id.emplace()) = argv[++i];
    } else if (!arg.empty() && arg[0] == '-' && arg != "-") {
      return Usage("unknown option " + arg);
    } else if (page_path.empty()) {
      page_path = arg;
    } else {
      return Usage("one page at a time (got " + page_path + " and " + arg + ")");
    }
  }
  if (page_path.empty()) return Usage("no page given");
  if (!out_path.empty() && !out_dir.empty()) return Usage("-o or -d, not both");
  if (options.id && !mgi::IsProfileId(*options.id))
    return Usage("--id \"" + *options.id + "\": expected 1 to 64 characters a-z, 0-9 or '-'");

  // Import
  std::string reason;
  const auto page = mgi::import::ReadWholeFile(page_path, &reason);
  if (!page) { std::cerr << page_path << ": cannot read: " << reason << '\n'; return 1; }
  const mgi::import::ImportResult result = mgi::import::ImportPage(*page, options);
  for (const auto& w : result.warnings) Report(page_path, w, "warning: ");
  if (result.error) { Report(page_path, *result.error, ""); return 1; }
  const std::string json = mgi::import::WriteProfileJson(*result.profile);

  // The widget's validator has the last word: never write a profile it would reject.
  const mgi::ProfileLoad check = mgi::LoadProfile(json);
  if (!check.diagnostics.ok()) {
    for (const auto& e : check.diagnostics.errors)
      std::cerr << page_path << ": internal error, the profile made does not validate: " << e.ToString() << '\n';
    return 1;
  }

  // Output
  if (!out_dir.empty()) out_path = out_dir + "/" + result.profile->id + ".json";
  if (out_path.empty() || out_path == "-") { std::cout << json; return std::cout.flush() ? 0 : 1; }
  if (!mgi::import::WriteFileAtomically(out_path, json, &reason)) {
    std::cerr << out_path << ": cannot write: " << reason << '\n';
    return 1;
  }
  std::cerr << "mgi-import: " << page_path << " -> " << out_path << " (" << result.profile->id << ", "
            << result.bullets << " findings)\n";
  return 0;
}
