// libFuzzer target for mgi::import::ImportPage, which reads scraped pages nobody controls.
// Besides ASan/UBSan reports, it checks the importer's promises:
//   - it either fails, naming a line of the page, or returns a profile, never both;
//   - every message is valid UTF-8;
//   - a profile it returns passes the widget's validator, holds exactly one string per bullet
//     read, and every word of every finding is in the page (it never invents text).
// Run it with scripts/fuzz.sh.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string.h>  // memmem
#include <string_view>

#include "core/profile.hpp"
#include "core/utf8.hpp"
#include "import/page_import.hpp"
#include "import/profile_writer.hpp"
#include "import/text.hpp"

namespace {

void Require(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz_import: broken invariant: %s\n", what);
  std::abort();
}

// Words of findings looked up in the page, at most: keeps a run on a large page fast.
int words_left = 0;

void CheckFinding(const std::string& finding, std::string_view page) {
  Require(!finding.empty() && mgi::import::TrimSpace(finding).size() == finding.size(), "findings are trimmed");
  for (std::size_t start = 0; start < finding.size() && words_left-- > 0;) {
    const std::size_t end = std::min(finding.find(' ', start), finding.size());
    // memmem: glibc's search, not instrumented, so large pages stay fast to fuzz.
    Require(memmem(page.data(), page.size(), finding.data() + start, end - start) != nullptr,
            "every word of a finding is in the page");
    start = end + 1;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view page(reinterpret_cast<const char*>(data), size);
  const mgi::import::ImportResult r = mgi::import::ImportPage(page);
  Require(r.profile.has_value() != r.error.has_value(), "a profile or an error");
  const std::size_t lines = mgi::import::SplitLines(page).size();
  if (r.error) {
    Require(r.error->line >= 0 && static_cast<std::size_t>(r.error->line) <= std::max<std::size_t>(lines, 1), "error line in the page");
    Require(mgi::ValidateUtf8(r.error->message), "error message is UTF-8");
  }
  for (const mgi::import::PageIssue& w : r.warnings) Require(mgi::ValidateUtf8(w.message), "warning is UTF-8");
  if (!r.profile) return 0;

  const mgi::ProfileLoad load = mgi::LoadProfile(mgi::import::WriteProfileJson(*r.profile));
  Require(load.diagnostics.errors.empty(), "the profile made passes the validator");
  int strings = 0;
  words_left = 500;
  for (const mgi::DomainFindings& d : r.profile->domains) {
    for (const auto* list : {&d.well_developed, &d.further_development}) {
      strings += static_cast<int>(list->size());
      for (const std::string& f : *list) CheckFinding(f, page);
    }
  }
  Require(strings == r.bullets, "one string per bullet");
  return 0;
}
