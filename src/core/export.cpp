#include "core/export.hpp"

#include "core/finding_key.hpp"

namespace mgi {
namespace {

std::string Csv(const WidgetState& state, const TextContext& t) {
  std::string out = "profile,jurisdiction,level,published,domain,domain_name,list,position,key,finding\r\n";
  for (int side = 0; side < state.side_count(); ++side) {
    const Profile* p = state.profile(side);
    if (!p) continue;
    for (int d = 0; d < kDomainCount; ++d) {
      if (state.selected() && *state.selected() != d) continue;
      const DomainFindings& f = p->domains[d];
      if (!f.published) continue;
      const std::vector<std::string> keys = FindingKeys(f);
      std::size_t k = 0;
      for (const FindingList list : kFindingLists) {
        const auto& items = FindingsOf(f, list);
        for (std::size_t i = 0; i < items.size(); ++i, ++k) {
          out += CsvField(p->id) + "," + CsvField(p->name) + "," + std::string(LevelId(p->level)) + "," +
                 FormatYearMonth(p->published) + "," + std::string(kDomainIds[d]) + "," +
                 CsvField(DomainHeading(p, t, d)) + "," + std::string(FindingListId(list)) + "," +
                 std::to_string(i + 1) + "," + keys[k] + "," + CsvField(items[i]) + "\r\n";
        }
      }
    }
  }
  return out;
}

std::string Markdown(const WidgetState& state, const TextContext& t) {
  std::string out;
  for (int side = 0; side < state.side_count(); ++side) {
    const Profile* p = state.profile(side);
    if (!p) continue;
    if (!out.empty()) out += "\n";
    out += "# " + (p->title ? *p->title : p->name) + "\n\n";
    out += LevelLine(*p, t) + " · " + t.strings.MonthYear(t.lang, p->published) + "\n";
    for (int d = 0; d < kDomainCount; ++d) {
      if (state.selected() && *state.selected() != d) continue;
      const DomainFindings& f = p->domains[d];
      out += "\n## " + DomainHeading(p, t, d) + "\n";
      if (!f.published) {
        out += "\n" + std::string(t.strings.Get(t.lang, "domain.unpublished")) + "\n";
        continue;
      }
      for (const FindingList list : kFindingLists) {
        const auto& items = FindingsOf(f, list);
        const char* heading = list == FindingList::kWellDeveloped ? "domain.well_developed" : "domain.further_development";
        out += "\n### " + std::string(t.strings.Get(t.lang, heading)) + " (" + std::to_string(items.size()) + ")\n\n";
        if (items.empty()) out += std::string(t.strings.Get(t.lang, "domain.none_listed")) + "\n";
        // A finding is one list item: line breaks inside it would end the item.
        for (const std::string& item : items) {
          std::string line = item;
          for (char& c : line)
            if (c == '\n' || c == '\r') c = ' ';
          out += "- " + line + "\n";
        }
      }
    }
  }
  return out;
}

}  // namespace

std::string CsvField(std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string ExportFindings(const WidgetState& state, const TextContext& t, ExportKind kind) {
  bool any = false;
  for (int side = 0; side < state.side_count(); ++side) any |= state.profile(side) != nullptr;
  if (!any) return "";
  return kind == ExportKind::kCsv ? Csv(state, t) : Markdown(state, t);
}

std::string ExportFileName(const WidgetState& state, std::string_view extension) {
  std::string name;
  for (int side = 0; side < state.side_count(); ++side) {
    const Profile* p = state.profile(side);
    if (!p) continue;
    if (!name.empty()) name += "_";
    name += p->id;  // ids are [a-z0-9-]: safe in a file name
  }
  if (name.empty()) name = "mgi";
  name += "-";
  name += state.selected() ? std::string(kDomainIds[*state.selected()]) : std::string("all-domains");
  name += ".";
  name += extension;
  return name;
}

}  // namespace mgi
