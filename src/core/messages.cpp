#include "core/messages.hpp"

#include "core/domains.hpp"

namespace mgi {
namespace {

Json DomainOrNull(const std::optional<int>& domain) { return domain ? Json(kDomainIds[*domain]) : Json(nullptr); }
Json TextOrNull(const std::optional<std::string>& text) { return text ? Json(*text) : Json(nullptr); }

}  // namespace

Json LayoutMessage::ToJson() const {
  return {{"wide", wide}, {"compare", compare}, {"canvas_width", canvas_width}, {"canvas_height", canvas_height}};
}

Json SelectMessage::ToJson() const {
  const char* names[] = {"pointer", "keyboard", "api"};
  Json json{{"domain", DomainOrNull(domain)}, {"source", names[static_cast<int>(source)]}};
  if (link) json["link"] = *link;
  return json;
}

Json ErrorMessage::ToJson() const { return {{"message", message}, {"url", url}, {"details", details}, {"side", side}}; }

Json WarningMessage::ToJson() const { return {{"url", url}, {"messages", messages}}; }

Json StateMessage::ToJson() const {
  const char* phases[] = {"loading", "ready", "error"};
  return {{"domain", DomainOrNull(domain)},
          {"profile", TextOrNull(profile)},
          {"compare", TextOrNull(compare)},
          {"phase", phases[static_cast<int>(phase)]},
          {"lang", lang}};
}

}  // namespace mgi
