// Reads a parsed JSON document field by field, checking each type before it is taken and
// recording every problem with its path. Never throws, so it works in the Wasm build, which has
// exceptions off (nlohmann's get<>() on a wrong type would abort there).
#pragma once
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostics.hpp"

namespace mgi {

using Json = nlohmann::json;

// "a string", "a number", ... for messages.
std::string_view JsonTypeName(const Json& value);

// Child paths: Key("domains") -> "domains", Key("a.b", "c") -> "a.b.c", Index("domains", 2) -> "domains[2]".
std::string JoinPath(std::string_view parent, std::string_view key);
std::string IndexPath(std::string_view parent, std::size_t index);

struct TextLimits {
  std::size_t max_chars = 4000;  // code points per string
  std::size_t max_items = 100;   // entries per list
};

class JsonReader {
 public:
  JsonReader(Diagnostics& diag, TextLimits limits) : diag_(diag), limits_(limits) {}

  // Each returns nullopt (and records why) when the value is missing where required, of the
  // wrong type or over a limit. `required == false` turns "missing" (absent or null) into nullopt
  // without an error.
  const Json* Object(const Json& parent, std::string_view key, std::string_view path, bool required);
  std::optional<std::string> String(const Json& parent, std::string_view key, std::string_view path, bool required);
  // A list of strings; absent or null is an empty list.
  std::optional<std::vector<std::string>> StringList(const Json& parent, std::string_view key, std::string_view path);
  // Checks a string value already in hand (limits, emptiness).
  bool CheckText(const Json& value, std::string_view path);

  // Warns about every key of `object` not in `known`.
  void WarnUnknownKeys(const Json& object, std::string_view path, std::initializer_list<std::string_view> known);

  Diagnostics& diag() { return diag_; }
  const TextLimits& limits() const { return limits_; }

 private:
  Diagnostics& diag_;
  TextLimits limits_;
};

}  // namespace mgi
