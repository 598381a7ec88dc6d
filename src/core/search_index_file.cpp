#include "core/search_index_file.hpp"

#include <set>

#include "core/json_reader.hpp"
#include "core/utf8.hpp"

namespace mgi {
namespace {

// One profile's entry; false (with the reasons recorded) when it is unusable.
bool ReadEntry(JsonReader& reader, const Json& entry, const std::string& path, Profile& out) {
  Diagnostics& diag = reader.diag();
  if (!entry.is_object()) {
    diag.Error(path, "expected an object, got " + std::string(JsonTypeName(entry)));
    return false;
  }
  const std::size_t errors_before = diag.errors.size();
  const auto id = reader.String(entry, "id", JoinPath(path, "id"), true);
  if (id && !IsProfileId(*id)) diag.Error(JoinPath(path, "id"), "\"" + *id + "\" is not a profile id ([a-z0-9-]{1,64})");
  const auto name = reader.String(entry, "name", JoinPath(path, "name"), true);
  if (name && name->empty()) diag.Error(JoinPath(path, "name"), "empty");
  if (const Json* domains = reader.Object(entry, "domains", JoinPath(path, "domains"), true)) {
    for (const auto& [key, lists] : domains->items()) {
      const std::string domain_path = JoinPath(JoinPath(path, "domains"), key);
      const auto domain = DomainIndex(key);
      if (!domain) {
        diag.Error(domain_path, "unknown domain id");
        continue;
      }
      if (!lists.is_object()) {
        diag.Error(domain_path, "expected an object, got " + std::string(JsonTypeName(lists)));
        continue;
      }
      DomainFindings& findings = out.domains[*domain];
      findings.published = true;
      for (const FindingList list : kFindingLists) {
        const std::string_view list_id = FindingListId(list);
        if (auto texts = reader.StringList(lists, list_id, JoinPath(domain_path, list_id)))
          FindingsOf(findings, list) = std::move(*texts);
      }
    }
  }
  if (diag.errors.size() != errors_before) return false;
  out.id = *id;
  out.name = *name;
  return true;
}

}  // namespace

SearchIndexRead ReadSearchIndex(std::string_view text) {
  SearchIndexRead result;
  Diagnostics& diag = result.diagnostics;
  Utf8Error bad;
  if (!ValidateUtf8(text, &bad)) {
    diag.Error("line " + std::to_string(bad.line), "invalid UTF-8 at byte " + std::to_string(bad.byte_offset));
    return result;
  }
  const Json root = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) {
    diag.Error("(root)", "not JSON");
    return result;
  }
  const auto format_at = root.is_object() ? root.find("format") : root.end();
  const Json* format = format_at != root.end() ? &*format_at : nullptr;
  if (!format || !format->is_string() || format->get_ref<const std::string&>() != kSearchIndexFormat) {
    diag.Error("format", "expected \"" + std::string(kSearchIndexFormat) + "\"");
    return result;
  }
  const auto found = root.find("profiles");
  if (found == root.end() || found->is_null()) {
    diag.Error("profiles", "missing (expected a list)");
    return result;
  }
  const Json& profiles = *found;
  if (!profiles.is_array()) {
    diag.Error("profiles", "expected a list, got " + std::string(JsonTypeName(profiles)));
    return result;
  }
  JsonReader reader(diag, TextLimits{});
  std::set<std::string> ids;
  result.profiles.reserve(profiles.size());
  for (std::size_t i = 0; i < profiles.size(); ++i) {
    const std::string path = IndexPath("profiles", i);
    Profile profile;
    if (!ReadEntry(reader, profiles[i], path, profile)) continue;
    if (!ids.insert(profile.id).second) {
      diag.Error(JoinPath(path, "id"), "\"" + profile.id + "\" is given twice");
      continue;
    }
    result.profiles.push_back(std::move(profile));
  }
  if (!diag.ok()) result.profiles.clear();
  return result;
}

std::string WriteSearchIndex(const std::vector<const Profile*>& profiles) {
  using Ordered = nlohmann::ordered_json;
  const auto dump = [](const Ordered& value) { return value.dump(-1, ' ', /*ensure_ascii=*/false, Ordered::error_handler_t::replace); };
  std::string out = "{\"format\":" + dump(std::string(kSearchIndexFormat)) + ",\"profiles\":[\n";
  for (std::size_t p = 0; p < profiles.size(); ++p) {
    const Profile& profile = *profiles[p];
    Ordered entry;
    entry["id"] = profile.id;
    entry["name"] = profile.name;
    Ordered domains = Ordered::object();
    for (int d = 0; d < kDomainCount; ++d) {
      Ordered lists = Ordered::object();
      for (const FindingList list : kFindingLists) {
        const std::vector<std::string>& texts = FindingsOf(profile.domains[d], list);
        if (!texts.empty()) lists[std::string(FindingListId(list))] = texts;
      }
      if (!lists.empty()) domains[std::string(kDomainIds[d])] = std::move(lists);
    }
    entry["domains"] = std::move(domains);
    out += dump(entry);
    out += p + 1 < profiles.size() ? ",\n" : "\n";
  }
  return out + "]}\n";
}

}  // namespace mgi
