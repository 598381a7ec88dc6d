// [SECTION] Line classification: what each line of a page is, on its own
// [SECTION] Small readers: month lines, title lines, partner, jurisdiction, domain headings
// [SECTION] The page reader: sections, lists and findings, line by line
// [SECTION] Checks at the end and the profile
#include "import/page_import.hpp"

#include <algorithm>
#include <array>

#include "core/json_reader.hpp"
#include "core/text_fold.hpp"
#include "core/utf8.hpp"
#include "import/text.hpp"

namespace mgi::import {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Line classification
//-----------------------------------------------------------------------------

enum class Kind { kBlank, kPageNumber, kKeyFindings, kWellDevelopedList, kFurtherList, kBullet, kMonth, kTitle, kText };

struct Classified {
  Kind kind = Kind::kText;
  std::string_view text;  // the trimmed line; a bullet's text after its marker; a title's name
  YearMonth month;        // kMonth
};

bool Contains(std::string_view haystack, std::string_view needle) { return haystack.find(needle) != std::string_view::npos; }
bool ContainsAny(std::string_view haystack, std::initializer_list<std::string_view> needles) {
  return std::any_of(needles.begin(), needles.end(), [&](std::string_view n) { return Contains(haystack, n); });
}

// A bullet's text after its marker, or nullopt when the line is not a bullet. Round markers need
// no space after them; the ASCII and dash ones do, so "-2" or "*note" stay text.
std::optional<std::string_view> BulletText(std::string_view line) {
  static constexpr std::array<std::string_view, 8> kMarks = {"•", "●", "▪", "◦", "‣", "∙", "■", "·"};
  static constexpr std::array<std::string_view, 4> kSpacedMarks = {"-", "*", "–", "—"};
  for (std::string_view mark : kMarks)
    if (line.rfind(mark, 0) == 0) return TrimSpace(line.substr(mark.size()));
  for (std::string_view mark : kSpacedMarks) {
    if (line.size() > mark.size() && line.rfind(mark, 0) == 0) {
      const std::string_view rest = line.substr(mark.size());
      if (TrimSpace(rest).size() < rest.size()) return TrimSpace(rest);
    }
  }
  return std::nullopt;
}

bool IsPageNumber(std::string_view line) {
  return !line.empty() && line.size() <= 3 && std::all_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<std::string_view> TitleName(std::string_view line);

Classified Classify(std::string_view raw) {
  Classified c;
  c.text = TrimSpace(raw);
  if (c.text.empty()) { c.kind = Kind::kBlank; return c; }
  if (auto bullet = BulletText(c.text)) { c.kind = Kind::kBullet; c.text = *bullet; return c; }
  if (IsPageNumber(c.text)) { c.kind = Kind::kPageNumber; return c; }
  if (auto month = ParseMonthLine(c.text)) { c.kind = Kind::kMonth; c.month = *month; return c; }
  if (auto name = TitleName(c.text)) { c.kind = Kind::kTitle; c.text = *name; return c; }
  if (c.text.size() > 120) return c;  // headings are short: a long line is text
  std::string folded = FoldCollapsingSpace(c.text);
  while (!folded.empty() && (folded.back() == ':' || folded.back() == ' ')) folded.pop_back();
  if (folded.empty() || folded.back() == '.') return c;  // a sentence, not a heading
  if (folded == "key findings" || folded == "principales conclusions" || folded == "principales conclusiones") {
    c.kind = Kind::kKeyFindings;
  } else if (ContainsAny(folded, {"well-developed", "well developed", "bien developp", "bien desarrollad"})) {
    c.kind = Kind::kWellDevelopedList;
  } else if (ContainsAny(folded, {"with potential", "further development", "potentiel", "potencial"})) {
    c.kind = Kind::kFurtherList;
  }
  return c;
}

//-----------------------------------------------------------------------------
// [SECTION] Small readers
//-----------------------------------------------------------------------------

// "Migration Governance Profile: NAME" (or Indicators Profile, or the French and Spanish titles)
// -> NAME, possibly empty; nullopt for any other line.
std::optional<std::string_view> TitleName(std::string_view line) {
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon > 100) return std::nullopt;
  const std::string prefix = FoldCollapsingSpace(line.substr(0, colon));
  if (!ContainsAny(prefix, {"profile", "profil", "perfil"}) || !ContainsAny(prefix, {"migra", "governance", "gouvernance", "gobernanza"}))
    return std::nullopt;
  return TrimSpace(line.substr(colon + 1));
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int ToInt(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

}  // namespace

std::optional<YearMonth> ParseMonthLine(std::string_view line) {
  struct MonthName { std::string_view name; int month; };
  static constexpr std::array<MonthName, 48> kMonths = {{
      {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6}, {"july", 7},
      {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
      {"janvier", 1}, {"fevrier", 2}, {"mars", 3}, {"avril", 4}, {"mai", 5}, {"juin", 6}, {"juillet", 7},
      {"aout", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"decembre", 12},
      {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6}, {"julio", 7},
      {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12},
      {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8}, {"sep", 9}, {"sept", 9},
      {"oct", 10}, {"nov", 11}}};
  static constexpr std::array<std::string_view, 6> kFillers = {"de", "del", "of", "le", "el", "er"};
  if (line.size() > 40) return std::nullopt;
  const std::string folded = FoldCollapsingSpace(line);
  YearMonth ym;
  bool day_seen = false;
  for (std::size_t start = 0; start < folded.size();) {
    const auto is_word = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    if (!is_word(folded[start])) { ++start; continue; }
    std::size_t end = start;
    while (end < folded.size() && is_word(folded[end])) ++end;
    std::string_view token = std::string_view(folded).substr(start, end - start);
    start = end;
    if (token.size() == 3 && token.substr(1) == "er" && AllDigits(token.substr(0, 1))) token = token.substr(0, 1);  // "1er"
    const auto month = std::find_if(kMonths.begin(), kMonths.end(), [&](const MonthName& m) { return m.name == token; });
    if (month != kMonths.end() && ym.month == 0) {
      ym.month = month->month;
    } else if (token.size() == 4 && AllDigits(token) && ym.year == 0 && ToInt(token) >= 1900) {
      ym.year = ToInt(token);
    } else if (token.size() <= 2 && AllDigits(token) && !day_seen && ToInt(token) >= 1 && ToInt(token) <= 31) {
      day_seen = true;
    } else if (std::find(kFillers.begin(), kFillers.end(), token) == kFillers.end()) {
      return std::nullopt;
    }
  }
  if (ym.year == 0 || ym.month == 0) return std::nullopt;
  return ym;
}

std::optional<std::string> FindPartner(std::string_view paragraph) {
  std::size_t at = std::string_view::npos;
  std::size_t lead = 0;
  for (std::string_view phrase : {"research and analysis from ", "research and analysis by "}) {
    if ((at = FindNoCase(paragraph, phrase)) != std::string_view::npos) { lead = phrase.size(); break; }
  }
  if (at == std::string_view::npos) return std::nullopt;
  std::string_view rest = paragraph.substr(at + lead);
  if (FindNoCase(rest, "the ") == 0) rest.remove_prefix(4);
  std::size_t end = rest.find_first_of(",;");
  for (std::size_t dot = rest.find('.'); dot != std::string_view::npos; dot = rest.find('.', dot + 1)) {
    if (dot + 1 == rest.size() || rest[dot + 1] == ' ') { end = std::min(end, dot); break; }
  }
  const std::string_view partner = TrimSpace(rest.substr(0, end));
  if (partner.empty()) return std::nullopt;
  return std::string(partner);
}

Jurisdiction ReadJurisdiction(std::string_view name_in_title, std::string_view introduction_folded) {
  static constexpr std::array<std::string_view, 16> kLocalWords = {
      "municipality ", "city ",    "town ",     "province ",   "region ",  "county ",  "district ", "governorate ",
      "metropolitan ", "canton ",  "commune ",  "prefecture ", "municipio ", "ciudad ", "ville ",    "alcaldia "};
  Jurisdiction j;
  const std::string_view name = TrimSpace(name_in_title);
  j.name = std::string(name);
  const bool says_country = Contains(introduction_folded, "country profile");
  // "Municipality of Balti (Republic of Moldova)": a country in parentheses. "Bolivia
  // (Plurinational State of)" is a national name written the UN way, not a country.
  if (!says_country && name.size() > 2 && name.back() == ')') {
    int depth = 0;
    std::size_t open = std::string_view::npos;
    for (std::size_t i = name.size(); i-- > 0;) {
      if (name[i] == ')') ++depth;
      else if (name[i] == '(' && --depth == 0) { open = i; break; }
    }
    if (open != std::string_view::npos) {
      const std::string_view outer = TrimSpace(name.substr(0, open));
      const std::string_view inner = TrimSpace(name.substr(open + 1, name.size() - open - 2));
      const std::string inner_folded = FoldCollapsingSpace(inner);
      const bool part_of_name = inner_folded.size() >= 3 && inner_folded.compare(inner_folded.size() - 3, 3, " of") == 0;
      if (outer.empty()) {  // "(Republic of Moldova)": no name before the parentheses
        j.name.clear();
        return j;
      }
      if (!inner.empty() && !part_of_name) {
        j.name = std::string(outer);
        j.level = Level::kLocal;
        j.country = std::string(inner);
        return j;
      }
    }
  }
  const std::string folded = FoldCollapsingSpace(name) + " ";
  const bool local_word = std::any_of(kLocalWords.begin(), kLocalWords.end(), [&](std::string_view w) { return folded.rfind(w, 0) == 0; });
  const bool says_local = ContainsAny(introduction_folded, {"this local profile", "this city profile", "this municipal"});
  if (!says_country && (local_word || says_local)) j.level = Level::kLocal;
  return j;
}

std::optional<int> DomainOfHeading(std::string_view heading) {
  // Keywords per domain, in wheel order: English, then French and Spanish.
  static const std::array<std::initializer_list<std::string_view>, kDomainCount> kKeywords = {{
      {"right", "droit", "derecho"},
      {"government", "gouvernement", "gobierno"},
      {"partnership", "partenariat", "alianza", "asociacion"},
      {"well-being", "well being", "wellbeing", "welfare", "bien-etre", "bienestar"},
      {"crises", "crisis", "crise"},
      {"safe", "orderly", "dignified", "sures", "ordonnee", "segura", "ordenada"},
  }};
  const std::string folded = FoldCollapsingSpace(heading);
  std::optional<int> found;
  for (int i = 0; i < kDomainCount; ++i) {
    if (!ContainsAny(folded, kKeywords[i])) continue;
    if (found) return std::nullopt;  // names two domains
    found = i;
  }
  return found;
}

std::string MakeProfileId(std::string_view name, int year) {
  const std::string year_text = std::to_string(year);
  const std::string slug = Slug(name, 64 - 1 - year_text.size());
  return slug.empty() ? std::string() : slug + "-" + year_text;
}

//-----------------------------------------------------------------------------
// [SECTION] The page reader
//-----------------------------------------------------------------------------
namespace {

struct Finding {
  int line = 0;
  std::string text;
};

struct DomainSection {
  int line = 0;  // of its heading
  std::string title;
  std::array<std::optional<int>, 2> list_line;  // [ListIndex]: of each list's heading, when the page has it
  std::array<std::vector<Finding>, 2> lists;    // [ListIndex]
};

struct Paragraph {
  int line = 0;
  std::string text;
};

class PageReader {
 public:
  explicit PageReader(ImportResult& result) : result_(result) {}

  // Reads every line; false (with result_.error set) at the first line it cannot make sense of.
  bool Read(const std::vector<Line>& lines);
  // Turns what was read into the profile; false (with result_.error set) when it cannot.
  bool Finish(int last_line, const ImportOptions& options);

 private:
  enum class Where { kBefore, kAfterKeyFindings, kIntroduction, kDomain, kAfter };

  bool Fail(int line, std::string message) {
    result_.error = PageIssue{line, std::move(message)};
    return false;
  }
  void Warn(int line, std::string message) { result_.warnings.push_back({line, std::move(message)}); }

  bool StartSection(const Line& line, std::string_view heading);
  bool StartDomain(const Line& line, std::string_view heading, int domain);
  bool InDomain(const Line& line, const Classified& c);
  void InIntroduction(const Line& line, const Classified& c);
  void EndParagraph() { if (!paragraph_.text.empty()) intro_.push_back(std::move(paragraph_)); paragraph_ = {}; }
  std::vector<Finding>* CurrentList() { return domain_ && list_ ? &sections_[*domain_]->lists[ListIndex(*list_)] : nullptr; }

  ImportResult& result_;
  Where where_ = Where::kBefore;
  int key_findings_line_ = 0;
  std::optional<int> intro_line_;
  std::vector<Paragraph> intro_;
  Paragraph paragraph_;
  std::array<std::optional<DomainSection>, kDomainCount> sections_;
  std::optional<int> domain_;  // the section being read
  std::optional<FindingList> list_;  // the list being read in it
  bool after_bullet_ = false;  // the last line that was not a page number was a bullet
  std::optional<Line> title_line_;
  std::string_view name_;
  std::optional<Line> month_line_;
  YearMonth month_;
};

bool PageReader::Read(const std::vector<Line>& lines) {
  for (const Line& line : lines) {
    const Classified c = Classify(line.text);
    switch (c.kind) {
      case Kind::kBlank:
        after_bullet_ = false;
        if (where_ == Where::kIntroduction) EndParagraph();
        continue;
      case Kind::kPageNumber:
        continue;
      case Kind::kKeyFindings:
        EndParagraph();
        where_ = Where::kAfterKeyFindings;
        key_findings_line_ = line.number;
        after_bullet_ = false;
        continue;
      case Kind::kMonth:
      case Kind::kTitle:
        // The end matter: a line after it that is not in a new "Key findings" section is not a finding.
        if (c.kind == Kind::kMonth) { month_line_ = line; month_ = c.month; }
        else { title_line_ = line; name_ = c.text; }
        if (where_ != Where::kBefore) { EndParagraph(); where_ = Where::kAfter; }
        after_bullet_ = false;
        continue;
      default:
        break;
    }
    switch (where_) {
      case Where::kBefore:  // IOM's description of the wheel: not part of the profile
        continue;
      case Where::kAfter:
        if (c.kind == Kind::kBullet)
          return Fail(line.number, "a finding after the end of the findings (the month or title line at line " +
                                       std::to_string(std::max(month_line_ ? month_line_->number : 0,
                                                               title_line_ ? title_line_->number : 0)) + ")");
        continue;
      case Where::kAfterKeyFindings:
        if (c.kind != Kind::kText)
          return Fail(line.number, "expected a section heading (INTRODUCTION or a domain) after \"Key findings\" at line " +
                                       std::to_string(key_findings_line_));
        if (!StartSection(line, c.text)) return false;
        continue;
      case Where::kIntroduction:
      case Where::kDomain:
        // A domain heading in capitals starts its section even without a "Key findings" line.
        if (c.kind == Kind::kText && IsInCapitals(c.text)) {
          if (auto domain = DomainOfHeading(c.text)) {
            EndParagraph();
            if (!StartDomain(line, c.text, *domain)) return false;
            continue;
          }
        }
        if (where_ == Where::kIntroduction) { InIntroduction(line, c); continue; }
        if (!InDomain(line, c)) return false;
        continue;
    }
  }
  EndParagraph();
  return true;
}

bool PageReader::StartSection(const Line& line, std::string_view heading) {
  const std::string folded = FoldCollapsingSpace(heading);
  if (folded.rfind("introduc", 0) == 0) {
    if (intro_line_) return Fail(line.number, "a second INTRODUCTION (the first is at line " + std::to_string(*intro_line_) + ")");
    intro_line_ = line.number;
    where_ = Where::kIntroduction;
    return true;
  }
  const auto domain = DomainOfHeading(heading);
  if (!domain)
    return Fail(line.number, "\"" + Shorten(heading, 60) +
                                 "\" is neither INTRODUCTION nor the heading of one of the six domains (rights, "
                                 "whole-of-government, partnerships, well-being, crises, safe migration)");
  return StartDomain(line, heading, *domain);
}

bool PageReader::StartDomain(const Line& line, std::string_view heading, int domain) {
  if (sections_[domain])
    return Fail(line.number, "a second section for the domain " + std::string(kDomainIds[domain]) + " (the first, \"" +
                                 Shorten(sections_[domain]->title, 60) + "\", is at line " + std::to_string(sections_[domain]->line) + ")");
  sections_[domain] = DomainSection{line.number, SentenceCase(heading), {}, {}};
  domain_ = domain;
  list_.reset();
  where_ = Where::kDomain;
  after_bullet_ = false;
  return true;
}

void PageReader::InIntroduction(const Line& line, const Classified& c) {
  // List headings and bullets in the introduction are just its text.
  const std::string_view text = c.kind == Kind::kBullet ? TrimSpace(line.text) : c.text;
  if (paragraph_.text.empty()) paragraph_.line = line.number;
  else paragraph_.text += ' ';
  paragraph_.text += text;
}

bool PageReader::InDomain(const Line& line, const Classified& c) {
  DomainSection& section = *sections_[*domain_];
  const std::string domain_name(kDomainIds[*domain_]);
  switch (c.kind) {
    case Kind::kWellDevelopedList:
    case Kind::kFurtherList: {
      const FindingList list = c.kind == Kind::kWellDevelopedList ? FindingList::kWellDeveloped : FindingList::kFurtherDevelopment;
      std::optional<int>& list_line = section.list_line[ListIndex(list)];
      if (list_line)
        return Fail(line.number, "a second \"" + Shorten(c.text, 60) + "\" list in " + domain_name +
                                     " (the first is at line " + std::to_string(*list_line) + ")");
      list_line = line.number;
      list_ = list;
      after_bullet_ = false;
      return true;
    }
    case Kind::kBullet:
      if (!list_)
        return Fail(line.number, "a finding in " + domain_name +
                                     " before its list heading (\"examples of well-developed areas\" or \"Areas with "
                                     "potential for further development\")");
      CurrentList()->push_back({line.number, std::string(c.text)});
      ++result_.bullets;
      after_bullet_ = true;
      return true;
    default:
      break;
  }
  if (after_bullet_) {  // a finding wrapped over several lines
    std::string& text = CurrentList()->back().text;
    if (!text.empty()) text += ' ';
    text += c.text;
    return true;
  }
  return Fail(line.number, "unexpected text in " + domain_name +
                               " (expected a bullet, a list heading or \"Key findings\"): \"" +
                               Shorten(c.text, 60) + "\"");
}

//-----------------------------------------------------------------------------
// [SECTION] Checks at the end and the profile
//-----------------------------------------------------------------------------

std::string OverLimit(std::string_view what, std::size_t chars, std::size_t limit) {
  return std::string(what) + " of " + std::to_string(chars) + " characters is over the limit of " + std::to_string(limit);
}

bool PageReader::Finish(int last_line, const ImportOptions& options) {
  const TextLimits limits;
  const std::string end = "the end of the page (line " + std::to_string(last_line) + ")";
  if (std::none_of(sections_.begin(), sections_.end(), [](const auto& s) { return s.has_value(); }))
    return Fail(last_line, "no domain sections up to " + end +
                               ": expected \"Key findings\" followed by a domain heading such as \"MIGRANTS’ RIGHTS\"");
  if (!title_line_)
    return Fail(last_line, "no title line (\"Migration Governance Profile: NAME\") up to " + end);
  if (!month_line_)
    return Fail(last_line, "no publication month (a line such as \"2023 Octobre\" or \"October 2023\") up to " + end);
  const int title_at = title_line_->number;
  if (name_.empty()) return Fail(title_at, "the title line names no jurisdiction after its ':'");
  const std::string title(TrimSpace(title_line_->text));
  if (const std::size_t n = CountCodePoints(title); n > limits.max_chars)
    return Fail(title_at, OverLimit("title", n, limits.max_chars));

  Profile p;
  p.title = title;
  p.published = month_;
  p.language = "en";
  std::string intro_folded;
  for (const Paragraph& para : intro_) {
    const std::string folded = FoldCollapsingSpace(para.text);
    if (folded.rfind("click ", 0) == 0 && Contains(folded, "wheel")) continue;  // the page's UI instruction
    if (!p.partner) p.partner = FindPartner(para.text);
    p.introduction.push_back(para.text);
    intro_folded += folded + "\n";
  }
  if (!intro_line_) Warn(0, "no INTRODUCTION section: the profile has an empty introduction");
  else if (!p.partner) Warn(*intro_line_, "no research partner (\"... research and analysis from NAME.\") in the introduction");
  std::size_t intro_chars = 0;
  for (const std::string& para : p.introduction) intro_chars += CountCodePoints(para) + (intro_chars ? 2 : 0);
  if (intro_chars > limits.max_chars) return Fail(intro_line_.value_or(0), OverLimit("introduction", intro_chars, limits.max_chars));

  Jurisdiction j = ReadJurisdiction(name_, intro_folded);
  if (j.name.empty()) return Fail(title_at, "the title line names no jurisdiction before its parentheses");
  if (j.level == Level::kLocal && !j.country)
    Warn(title_at, "a local profile, but the title names no country in parentheses after the name");
  p.name = std::move(j.name);
  p.level = j.level;
  p.country = std::move(j.country);

  p.id = options.id ? *options.id : MakeProfileId(p.name, p.published.year);
  if (p.id.empty())
    return Fail(title_at, "cannot make an id from \"" + Shorten(p.name, 60) + "\" (no Latin letters or digits); give one with --id");
  if (!IsProfileId(p.id)) return Fail(0, "the id \"" + Shorten(p.id, 70) + "\" is not 1 to 64 characters a-z, 0-9 or '-'");

  for (int i = 0; i < kDomainCount; ++i) {
    if (!sections_[i]) {
      Warn(0, "no section for the domain " + std::string(kDomainIds[i]) + ": it will show as \"no findings published\"");
      continue;
    }
    DomainSection& s = *sections_[i];
    DomainFindings& out = p.domains[i];
    out.published = true;
    if (const std::size_t n = CountCodePoints(s.title); n > limits.max_chars)
      return Fail(s.line, OverLimit("heading", n, limits.max_chars));
    out.title = s.title;
    if (std::all_of(s.lists.begin(), s.lists.end(), [](const std::vector<Finding>& list) { return list.empty(); }))
      Warn(s.line, "the section " + std::string(kDomainIds[i]) + " has no findings");
    for (const FindingList list : kFindingLists) {
      std::vector<std::string>& strings = FindingsOf(out, list);
      const std::vector<Finding>& findings = s.lists[ListIndex(list)];
      const std::optional<int>& list_line = s.list_line[ListIndex(list)];
      if (list_line && findings.empty() && !s.lists[1 - ListIndex(list)].empty())
        Warn(*list_line, "a list heading with no findings under it");
      if (findings.size() > limits.max_items)
        return Fail(findings[limits.max_items].line, "more than " + std::to_string(limits.max_items) +
                                                        " findings in one list (the format's limit)");
      for (const Finding& f : findings) {
        if (f.text.empty()) return Fail(f.line, "a bullet with no text");
        if (const std::size_t n = CountCodePoints(f.text); n > limits.max_chars)
          return Fail(f.line, OverLimit("finding", n, limits.max_chars));
        strings.push_back(f.text);
      }
    }
  }
  result_.profile = std::move(p);
  return true;
}

}  // namespace

ImportResult ImportPage(std::string_view page, const ImportOptions& options) {
  ImportResult result;
  const auto fail = [&](int line, std::string message) {
    result.error = PageIssue{line, std::move(message)};
    return result;
  };
  if (page.empty()) return fail(1, "the file is empty");
  if (page.size() >= 2 && ((page[0] == '\xFF' && page[1] == '\xFE') || (page[0] == '\xFE' && page[1] == '\xFF')))
    return fail(1, "the file is UTF-16; save it as UTF-8");
  Utf8Error bad;
  if (!ValidateUtf8(page, &bad))
    return fail(bad.line, "not UTF-8: invalid byte sequence at column " + std::to_string(bad.column) + " (byte " +
                              std::to_string(bad.byte_offset) + " of the file)");
  if (page.rfind("\xEF\xBB\xBF", 0) == 0) page.remove_prefix(3);
  const std::vector<Line> lines = SplitLines(page);
  if (std::all_of(lines.begin(), lines.end(), [](const Line& l) { return TrimSpace(l.text).empty(); }))
    return fail(1, "the file is empty (only white space)");

  PageReader reader(result);
  if (reader.Read(lines)) reader.Finish(lines.back().number, options);
  if (result.error) result.profile.reset();
  return result;
}

}  // namespace mgi::import
