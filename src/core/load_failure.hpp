// Why a profile did not arrive, as the loader found it (HTTP status, a cut-off body, the size
// limit, the timeout, the network, or no URL at all), and the sentence a visitor reads about it in
// the interface's language. The loader only reports the facts; the words are the core's.
#pragma once
#include <string>
#include <string_view>

#include "core/strings.hpp"

namespace mgi {

// The numbers travel from the loader as they are: keep them in step with web/fetch-profile.js.
enum class LoadFailureKind { kHttp = 0, kCutOff = 1, kTooLarge = 2, kTimeout = 3, kNetwork = 4, kNoProfile = 5 };
inline constexpr int kLoadFailureKinds = 6;

struct LoadFailure {
  LoadFailureKind kind = LoadFailureKind::kNetwork;
  double amount = 0;        // kHttp: the status; kTooLarge: bytes received; kTimeout: seconds waited
  double limit = 0;         // kTooLarge: the largest size accepted, in bytes
  std::string status_text;  // kHttp: the server's reason phrase, if any
};

std::string DescribeLoadFailure(const LoadFailure& failure, std::string_view url, const Strings& strings,
                                std::string_view lang);

}  // namespace mgi
