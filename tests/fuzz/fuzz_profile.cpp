// libFuzzer target for mgi::LoadProfile, the validator the widget runs on every profile it
// fetches. Besides ASan/UBSan reports, it checks what callers rely on:
//   - a profile is returned exactly when there are no errors;
//   - every message is valid UTF-8 (it is shown in the browser console and printed by the tools);
//   - an accepted profile is within the format's limits, and writes back (WriteProfileJson) to a
//     profile that loads again, unchanged.
// Run it with scripts/fuzz.sh.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <string_view>

#include "core/profile.hpp"
#include "core/utf8.hpp"
#include "import/profile_writer.hpp"

namespace {

void Require(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz_profile: broken invariant: %s\n", what);
  std::abort();
}

bool WithinLimits(const std::string& text) { return mgi::CountCodePoints(text) <= 4000; }

void CheckProfile(const mgi::Profile& p) {
  Require(mgi::IsProfileId(p.id), "id");
  Require(mgi::IsLanguageTag(p.language), "language");
  Require(p.published.month >= 1 && p.published.month <= 12 && p.published.year >= 1900, "published");
  Require(WithinLimits(p.name), "name length");
  Require(p.level == mgi::Level::kLocal || !p.country, "a national profile has no country");
  for (const mgi::DomainFindings& d : p.domains) {
    Require(d.published || (d.well_developed.empty() && d.further_development.empty() && !d.title), "unpublished domain");
    Require(d.well_developed.size() <= 100 && d.further_development.size() <= 100, "list length");
    for (const auto* list : {&d.well_developed, &d.further_development})
      for (const std::string& s : *list) Require(WithinLimits(s) && mgi::ValidateUtf8(s), "finding");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const mgi::ProfileLoad load = mgi::LoadProfile(text);
  Require(load.profile.has_value() == load.diagnostics.errors.empty(), "profile set exactly when there are no errors");
  for (const auto* issues : {&load.diagnostics.errors, &load.diagnostics.warnings})
    for (const mgi::Issue& issue : *issues) Require(mgi::ValidateUtf8(issue.ToString()), "messages are UTF-8");
  if (!load.profile) return 0;

  CheckProfile(*load.profile);
  const std::string written = mgi::import::WriteProfileJson(*load.profile);
  const mgi::ProfileLoad again = mgi::LoadProfile(written);
  Require(again.profile.has_value(), "a written profile loads again");
  Require(mgi::import::WriteProfileJson(*again.profile) == written, "and is unchanged");
  return 0;
}
