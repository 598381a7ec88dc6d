#include "core/domains.hpp"

namespace mgi {

std::optional<int> DomainIndex(std::string_view id) {
  for (int i = 0; i < kDomainCount; ++i)
    if (kDomainIds[i] == id) return i;
  return std::nullopt;
}

}  // namespace mgi
