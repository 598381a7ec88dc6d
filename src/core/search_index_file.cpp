#include "core/search_index_file.hpp"

#include <algorithm>
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

// Entry `i` of the list, added to `out` when it is usable and its id new.
void TakeEntry(JsonReader& reader, const Json& entry, std::size_t i, std::set<std::string>& ids,
               std::vector<Profile>& out) {
  const std::string path = IndexPath("profiles", i);
  Profile profile;
  if (!ReadEntry(reader, entry, path, profile)) return;
  if (!ids.insert(profile.id).second) {
    reader.diag().Error(JoinPath(path, "id"), "\"" + profile.id + "\" is given twice");
    return;
  }
  out.push_back(std::move(profile));
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
  for (std::size_t i = 0; i < profiles.size(); ++i) TakeEntry(reader, profiles[i], i, ids, result.profiles);
  if (!diag.ok()) result.profiles.clear();
  return result;
}

std::string_view SearchIndexReader::LineAt(std::size_t pos) const {
  if (pos >= text_.size()) return {};
  const std::size_t end = std::min(text_.find('\n', pos), text_.size());
  return std::string_view(text_).substr(pos, end - pos);
}

SearchIndexReader::Step SearchIndexReader::ReadWhole() {
  SearchIndexRead read = ReadSearchIndex(text_);
  Step step;
  step.profiles = std::move(read.profiles);
  step.from_start = true;
  step.over = true;
  diag_ = std::move(read.diagnostics);
  stage_ = Stage::kOver;
  std::string().swap(text_);
  return step;
}

SearchIndexReader::Step SearchIndexReader::Next(std::size_t count) {
  if (stage_ == Stage::kOver) return Step{{}, false, true};
  if (stage_ == Stage::kStart) {
    const std::string opening = "{\"format\":\"" + std::string(kSearchIndexFormat) + "\",\"profiles\":[";
    if (LineAt(0) != opening) return ReadWhole();
    pos_ = opening.size() + 1;
    stage_ = Stage::kLines;
  }
  Step step;
  JsonReader reader(diag_, TextLimits{});
  for (std::size_t n = 0; n < std::max<std::size_t>(count, 1); ++n) {
    if (pos_ >= text_.size()) return ReadWhole();  // no closing line
    std::string_view line = LineAt(pos_);
    const std::size_t next = pos_ + line.size() + 1;
    if (line == "]}") {
      // The end, where JSON allows only white space after it.
      if (next < text_.size() && text_.find_first_not_of(" \t\r\n", next) != std::string::npos) return ReadWhole();
      step.over = true;
      stage_ = Stage::kOver;
      std::string().swap(text_);
      return step;
    }
    // Every entry but the last ends in the comma that separates it from the next.
    const bool last = LineAt(next) == "]}";
    if (line.empty() || (line.back() == ',') == last) return ReadWhole();
    if (!last) line.remove_suffix(1);
    // Checked line by line, as read (the whole file at once is a long task of its own); a bad
    // line sends the file to ReadSearchIndex, which names the line and byte.
    Utf8Error bad;
    if (!ValidateUtf8(line, &bad)) return ReadWhole();
    const Json entry = Json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (entry.is_discarded()) return ReadWhole();
    TakeEntry(reader, entry, index_++, ids_, step.profiles);
    pos_ = next;
  }
  return step;
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
