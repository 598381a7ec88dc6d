#include "core/load_failure.hpp"

#include <cmath>

namespace mgi {

namespace {

std::string Whole(double n) { return std::to_string(static_cast<long long>(n)); }

// One decimal, by hand: printf's float formatting would add some 10 KB to the Wasm.
std::string Megabytes(double bytes) {
  const long long tenths = std::llround(bytes / 1048576.0 * 10);
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

}  // namespace

std::string DescribeLoadFailure(const LoadFailure& f, std::string_view url, const Strings& strings,
                                std::string_view lang) {
  switch (f.kind) {
    case LoadFailureKind::kHttp:
      if (f.status_text.empty()) return strings.Format(lang, "load.http", {{"status", Whole(f.amount)}, {"url", url}});
      return strings.Format(lang, "load.http_text",
                            {{"status", Whole(f.amount)}, {"status_text", f.status_text}, {"url", url}});
    case LoadFailureKind::kCutOff:
      return strings.Format(lang, "load.cut_off", {{"url", url}});
    case LoadFailureKind::kTooLarge:
      return strings.Format(lang, "load.too_large",
                            {{"url", url}, {"size", Megabytes(f.amount)}, {"limit", Whole(f.limit / 1048576.0)}});
    case LoadFailureKind::kTimeout:
      return strings.Format(lang, "load.timeout", {{"url", url}, {"seconds", Whole(f.amount)}});
    case LoadFailureKind::kNoProfile:
      return std::string(strings.Get(lang, "load.no_profile"));
    case LoadFailureKind::kNetwork:
      break;
  }
  return strings.Format(lang, "load.network", {{"url", url}});
}

}  // namespace mgi
