#include "core/framework.hpp"

#include "core/json_reader.hpp"

namespace mgi {
namespace {

bool ReadLocalized(JsonReader& r, const Json& parent, std::string_view key, const std::string& path,
                   LocalizedText* out) {
  const Json* obj = r.Object(parent, key, path, true);
  if (!obj) return false;
  for (const auto& [lang, value] : obj->items()) {
    if (r.CheckText(value, JoinPath(path, lang))) (*out)[lang] = value.get<std::string>();
  }
  if (out->find("en") == out->end()) {
    r.diag().Error(path, "missing the English text (\"en\")");
    return false;
  }
  return true;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string_view Localize(const LocalizedText& text, std::string_view lang) {
  if (auto it = text.find(lang); it != text.end()) return it->second;
  if (auto it = text.find("en"); it != text.end()) return it->second;
  return {};
}

bool ParseHexColour(std::string_view hex, Rgb* out) {
  if (hex.size() != 7 || hex[0] != '#') return false;
  int v[6];
  for (int i = 0; i < 6; ++i)
    if ((v[i] = HexDigit(hex[i + 1])) < 0) return false;
  *out = {static_cast<std::uint8_t>(v[0] * 16 + v[1]), static_cast<std::uint8_t>(v[2] * 16 + v[3]),
          static_cast<std::uint8_t>(v[4] * 16 + v[5])};
  return true;
}

bool LoadFramework(std::string_view json_text, Framework* out, Diagnostics* diag) {
  const Json root = Json::parse(json_text, nullptr, false);
  if (root.is_discarded() || !root.is_object()) {
    diag->Error("(root)", "framework data is not a JSON object");
    return false;
  }
  JsonReader r(*diag, TextLimits{});
  const auto it = root.find("domains");
  if (it == root.end() || !it->is_array() || it->size() != kDomainCount) {
    diag->Error("domains", "expected a list of the six domains");
    return false;
  }
  for (std::size_t i = 0; i < it->size(); ++i) {
    const Json& d = (*it)[i];
    const std::string path = IndexPath("domains", i);
    if (!d.is_object()) { diag->Error(path, "expected an object"); continue; }
    const auto id = r.String(d, "id", JoinPath(path, "id"), true);
    if (!id) continue;
    if (*id != kDomainIds[i]) {
      diag->Error(JoinPath(path, "id"), "expected \"" + std::string(kDomainIds[i]) + "\" in wheel order");
      continue;
    }
    FrameworkDomain& fd = out->domains[i];
    fd.id = *id;
    if (auto kind = r.String(d, "kind", JoinPath(path, "kind"), true))
      fd.kind = *kind == "objective" ? DomainKind::kObjective : DomainKind::kPrinciple;
    if (auto colour = r.String(d, "colour", JoinPath(path, "colour"), true); colour && !ParseHexColour(*colour, &fd.colour))
      diag->Error(JoinPath(path, "colour"), "expected #rrggbb");
    if (auto icon = r.String(d, "icon", JoinPath(path, "icon"), true)) fd.icon = *icon;
    ReadLocalized(r, d, "name", JoinPath(path, "name"), &fd.name);
    if (const Json* desc = r.Object(d, "description", JoinPath(path, "description"), true)) {
      ReadLocalized(r, *desc, "national", JoinPath(path, "description.national"), &fd.description_national);
      ReadLocalized(r, *desc, "local", JoinPath(path, "description.local"), &fd.description_local);
    }
  }
  return diag->ok();
}

}  // namespace mgi
