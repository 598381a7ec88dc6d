#include "core/profile.hpp"

#include <algorithm>

#include "core/json_reader.hpp"
#include "core/utf8.hpp"

namespace mgi {
namespace {

bool IsAsciiAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

std::string Quote(std::string_view s) {
  // Messages quote the offending value; keep them short and one line.
  // `s` may be a window of bytes cut out of valid UTF-8 (the text near a JSON syntax error):
  // skip a partial character at its start and stop before one at its end, so that the message
  // stays valid UTF-8.
  std::string out = "\"";
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size();) {
    const DecodedCodePoint decoded = DecodeCodePoint(s, i);
    if (!decoded.valid && chars == 0) { ++i; continue; }
    if (++chars > 40) { out += "…"; break; }
    if (!decoded.valid) break;
    if (decoded.code_point < 0x20) out += ' ';
    else out += s.substr(i, decoded.size);
    i += decoded.size;
  }
  return out + "\"";
}

std::string_view Trim(std::string_view s) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

void ReadJurisdiction(JsonReader& r, const Json& root, Profile& p) {
  const Json* j = r.Object(root, "jurisdiction", "jurisdiction", true);
  if (!j) return;
  r.WarnUnknownKeys(*j, "jurisdiction", {"name", "level", "country"});
  if (auto name = r.String(*j, "name", "jurisdiction.name", true)) {
    if (Trim(*name).empty()) r.diag().Error("jurisdiction.name", "must not be empty");
    p.name = *name;
  }
  if (auto level = r.String(*j, "level", "jurisdiction.level", true)) {
    if (*level == "national") p.level = Level::kNational;
    else if (*level == "local") p.level = Level::kLocal;
    else r.diag().Error("jurisdiction.level", "expected \"national\" or \"local\", got " + Quote(*level));
  }
  p.country = r.String(*j, "country", "jurisdiction.country", false);
}

void ReadDomains(JsonReader& r, const Json& root, Profile& p) {
  const auto it = root.find("domains");
  if (it == root.end() || it->is_null()) { r.diag().Error("domains", "missing (expected a list)"); return; }
  const Json& list = *it;
  if (!list.is_array()) {
    r.diag().Error("domains", "expected a list, got " + std::string(JsonTypeName(list)));
    return;
  }
  if (list.size() > r.limits().max_items) {
    r.diag().Error("domains", "list of " + std::to_string(list.size()) + " items is over the limit of " +
                                  std::to_string(r.limits().max_items));
    return;
  }
  std::array<std::optional<std::size_t>, kDomainCount> seen_at{};
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string path = IndexPath("domains", i);
    const Json& d = list[i];
    if (!d.is_object()) { r.diag().Error(path, "expected an object, got " + std::string(JsonTypeName(d))); continue; }
    r.WarnUnknownKeys(d, path, {"id", "title", "well_developed", "further_development"});
    const auto id = r.String(d, "id", JoinPath(path, "id"), true);
    if (!id) continue;
    const auto index = DomainIndex(*id);
    if (!index) {
      r.diag().Error(JoinPath(path, "id"), "unknown domain id " + Quote(*id) +
                                               " (expected one of migrants-rights, whole-of-government, partnerships, "
                                               "well-being, mobility-crises, safe-orderly-migration)");
      continue;
    }
    if (seen_at[*index]) {
      r.diag().Error(JoinPath(path, "id"), "domain " + Quote(*id) + " is repeated (first at " +
                                               IndexPath("domains", *seen_at[*index]) + ")");
      continue;
    }
    seen_at[*index] = i;
    DomainFindings& out = p.domains[*index];
    out.published = true;
    out.title = r.String(d, "title", JoinPath(path, "title"), false);
    if (auto wd = r.StringList(d, "well_developed", JoinPath(path, "well_developed"))) out.well_developed = std::move(*wd);
    if (auto fd = r.StringList(d, "further_development", JoinPath(path, "further_development")))
      out.further_development = std::move(*fd);
  }
}

}  // namespace

std::string_view LevelId(Level level) { return level == Level::kLocal ? "local" : "national"; }

std::string_view FindingListId(FindingList list) {
  return list == FindingList::kWellDeveloped ? "well_developed" : "further_development";
}

const std::vector<std::string>& FindingsOf(const DomainFindings& domain, FindingList list) {
  return list == FindingList::kWellDeveloped ? domain.well_developed : domain.further_development;
}

std::vector<std::string>& FindingsOf(DomainFindings& domain, FindingList list) {
  return list == FindingList::kWellDeveloped ? domain.well_developed : domain.further_development;
}

std::string FormatYearMonth(const YearMonth& ym) {
  std::string out = std::to_string(ym.year);
  out += ym.month < 10 ? "-0" : "-";
  out += std::to_string(ym.month);
  return out;
}

std::optional<YearMonth> ParseYearMonth(std::string_view s) {
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (s.size() != 7 || s[4] != '-') return std::nullopt;
  for (int i : {0, 1, 2, 3, 5, 6})
    if (!digit(s[i])) return std::nullopt;
  YearMonth ym;
  ym.year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  ym.month = (s[5] - '0') * 10 + (s[6] - '0');
  if (ym.month < 1 || ym.month > 12 || ym.year < 1900) return std::nullopt;
  return ym;
}

bool IsProfileId(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

bool IsLanguageTag(std::string_view tag) {
  // BCP 47 in its common shape: a 2-3 letter language, then subtags of 1-8 letters or digits.
  if (tag.empty() || tag.size() > 35) return false;
  std::size_t start = 0;
  for (int part = 0;; ++part) {
    const std::size_t end = std::min(tag.find('-', start), tag.size());
    const std::string_view sub = tag.substr(start, end - start);
    if (sub.empty() || sub.size() > 8) return false;
    for (char c : sub)
      if (!IsAsciiAlnum(c) || (part == 0 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))) return false;
    if (part == 0 && (sub.size() < 2 || sub.size() > 3)) return false;
    if (end == tag.size()) return true;
    start = end + 1;
  }
}

std::vector<std::string> SplitParagraphs(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view para = Trim(text.substr(start, end - start));
    if (!para.empty()) out.emplace_back(para);
    start = end + 2;
  }
  return out;
}

ProfileLoad LoadProfile(std::string_view text) {
  ProfileLoad result;
  Diagnostics& diag = result.diagnostics;

  Utf8Error bad;
  if (!ValidateUtf8(text, &bad)) {
    diag.Error("line " + std::to_string(bad.line),
               "invalid UTF-8 at byte " + std::to_string(bad.byte_offset) + " (column " + std::to_string(bad.column) + ")");
    return result;
  }
  if (Trim(text).empty()) { diag.Error("(root)", "the file is empty"); return result; }

  const Json root = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) {
    // Find where: re-run with a sax parser that records the failing position.
    struct Locator : nlohmann::json_sax<Json> {
      std::size_t position = 0;
      bool null() override { return true; }
      bool boolean(bool) override { return true; }
      bool number_integer(number_integer_t) override { return true; }
      bool number_unsigned(number_unsigned_t) override { return true; }
      bool number_float(number_float_t, const string_t&) override { return true; }
      bool string(string_t&) override { return true; }
      bool binary(binary_t&) override { return true; }
      bool start_object(std::size_t) override { return true; }
      bool key(string_t&) override { return true; }
      bool end_object() override { return true; }
      bool start_array(std::size_t) override { return true; }
      bool end_array() override { return true; }
      bool parse_error(std::size_t pos, const std::string&, const nlohmann::detail::exception&) override {
        position = pos;
        return false;
      }
    } locator;
    Json::sax_parse(text, &locator, nlohmann::detail::input_format_t::json, /*strict=*/true,
                    /*ignore_comments=*/false);
    // position is 1-based in bytes; convert to line and column.
    const std::size_t at = locator.position == 0 ? 0 : std::min(locator.position - 1, text.size());
    const std::string_view before = text.substr(0, at);
    const std::size_t last_break = before.rfind('\n');
    const std::size_t line_start = last_break == std::string_view::npos ? 0 : last_break + 1;
    const int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    const int column = 1 + static_cast<int>(CountCodePoints(before.substr(line_start)));
    const bool at_end = at >= text.size();
    const std::string near = at_end ? "end of input" : Quote(text.substr(at, 16));
    diag.Error("line " + std::to_string(line), "not valid JSON at column " + std::to_string(column) + " near " + near +
                                                   (at_end ? " (is the file cut short?)" : ""));
    return result;
  }
  if (!root.is_object()) {
    diag.Error("(root)", "expected a JSON object, got " + std::string(JsonTypeName(root)));
    return result;
  }

  JsonReader r(diag, TextLimits{});
  Profile p;
  r.WarnUnknownKeys(root, "", {"format", "id", "jurisdiction", "title", "published", "language", "partner",
                                "introduction", "domains"});

  if (auto format = r.String(root, "format", "format", true); format && *format != kProfileFormat)
    diag.Error("format", "expected \"mgi-profile/1\", got " + Quote(*format));
  if (auto id = r.String(root, "id", "id", true)) {
    if (!IsProfileId(*id)) diag.Error("id", "expected 1 to 64 characters a-z, 0-9 or '-', got " + Quote(*id));
    p.id = *id;
  }
  ReadJurisdiction(r, root, p);
  p.title = r.String(root, "title", "title", false);
  if (auto published = r.String(root, "published", "published", true)) {
    if (auto ym = ParseYearMonth(*published)) p.published = *ym;
    else diag.Error("published", "expected a year and month as YYYY-MM, got " + Quote(*published));
  }
  if (auto language = r.String(root, "language", "language", true)) {
    if (!IsLanguageTag(*language)) diag.Error("language", "expected a BCP 47 language tag such as \"en\", got " + Quote(*language));
    p.language = *language;
  }
  p.partner = r.String(root, "partner", "partner", false);
  if (auto intro = r.String(root, "introduction", "introduction", true)) p.introduction = SplitParagraphs(*intro);
  ReadDomains(r, root, p);

  if (p.level == Level::kNational && p.country && !Trim(*p.country).empty())
    diag.Warn("jurisdiction.country", "a national profile has no country; ignored");
  if (p.level == Level::kNational) p.country.reset();
  if (p.level == Level::kLocal && (!p.country || Trim(*p.country).empty()))
    diag.Warn("jurisdiction.country", "a local profile should name its country");

  if (diag.ok()) result.profile = std::move(p);
  return result;
}

}  // namespace mgi
