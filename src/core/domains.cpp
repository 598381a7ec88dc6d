#include "core/domains.hpp"

namespace mgi {

std::optional<int> DomainIndex(std::string_view id) {
  for (int i = 0; i < kDomainCount; ++i)
    if (kDomainIds[i] == id) return i;
  return std::nullopt;
}

std::string DomainIdList() {
  std::string list;
  for (std::string_view id : kDomainIds) {
    if (!list.empty()) list += ", ";
    list += id;
  }
  return list;
}

}  // namespace mgi
