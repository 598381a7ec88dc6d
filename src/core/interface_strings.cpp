#include "core/interface_strings.hpp"

#include <algorithm>
#include <iterator>

namespace mgi {

Json InterfaceStrings(const TextContext& t) {
  static constexpr std::string_view kGroups[] = {"picker.", "search.", "tools."};
  Json strings = Json::object();
  for (const std::string& key : t.strings.Keys("en")) {
    const auto in_group = [&](std::string_view group) { return key.rfind(group, 0) == 0; };
    if (!std::any_of(std::begin(kGroups), std::end(kGroups), in_group)) continue;
    std::string id = key;
    id[key.find('.')] = '_';  // a plain identifier for JavaScript: strings.picker_swap
    strings[id] = t.strings.Get(t.lang, key);
  }
  return strings;
}

}  // namespace mgi
