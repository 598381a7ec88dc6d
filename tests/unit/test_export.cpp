// The files a reader takes away: CSV and Markdown of the current view, their names; and search
// results cut into plain and marked parts.
#include <doctest/doctest.h>

#include "core/export.hpp"
#include "core/finding_key.hpp"
#include "core/search_view.hpp"
#include "test_support.hpp"

using namespace mgi;

namespace {
Profile Load(const std::string& name) { return test::BundledProfile(name); }
TextContext Text(std::string_view lang = "en") { return test::TextIn(lang); }

int CountLines(const std::string& s, std::string_view eol) {
  int n = 0;
  for (std::size_t at = s.find(eol); at != std::string::npos; at = s.find(eol, at + eol.size())) ++n;
  return n;
}
}  // namespace

TEST_CASE("CSV fields are quoted only when they must be") {
  CHECK(CsvField("plain") == "plain");
  CHECK(CsvField("a, b") == "\"a, b\"");
  CHECK(CsvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(CsvField("two\nlines") == "\"two\nlines\"");
  CHECK(CsvField("") == "");
}

TEST_CASE("CSV of one domain, of every domain, and of a comparison") {
  const Profile balti = Load("balti-2023.json"), azerbaijan = Load("azerbaijan-2023.json");
  WidgetState s;
  s.SetProfile(balti, 0);
  std::size_t all = 0;
  for (const auto& d : balti.domains) all += d.well_developed.size() + d.further_development.size();
  std::string csv = ExportFindings(s, Text(), ExportKind::kCsv);
  CHECK(csv.rfind("profile,jurisdiction,level,published,domain,domain_name,list,position,key,finding\r\n", 0) == 0);
  CHECK(CountLines(csv, "\r\n") == static_cast<int>(all) + 1);
  CHECK(ExportFileName(s, "csv") == "balti-2023-all-domains.csv");

  s.Select(2, 0);
  csv = ExportFindings(s, Text(), ExportKind::kCsv);
  const DomainFindings& p = balti.domains[2];
  CHECK(CountLines(csv, "\r\n") == static_cast<int>(p.well_developed.size() + p.further_development.size()) + 1);
  const std::string first = "balti-2023,Municipality of Balti,local,2023-08,partnerships,Partnerships,well_developed,1," +
                            FindingKey(p, {FindingList::kWellDeveloped, 0}) + "," + CsvField(p.well_developed[0]) + "\r\n";
  CHECK(csv.find(first) != std::string::npos);
  CHECK(ExportFileName(s, "csv") == "balti-2023-partnerships.csv");

  WidgetState both = test::Comparing(balti, azerbaijan);
  both.Select(2, 0);
  csv = ExportFindings(both, Text(), ExportKind::kCsv);
  const DomainFindings& q = azerbaijan.domains[2];
  CHECK(CountLines(csv, "\r\n") == static_cast<int>(p.well_developed.size() + p.further_development.size() +
                                                    q.well_developed.size() + q.further_development.size()) + 1);
  CHECK(csv.find("\r\nazerbaijan-2023,Republic of Azerbaijan,national,2023-10,partnerships,") != std::string::npos);
  CHECK(ExportFileName(both, "csv") == "balti-2023_azerbaijan-2023-partnerships.csv");
  CHECK(ExportFindings(WidgetState{}, Text(), ExportKind::kCsv).empty());
}

TEST_CASE("Markdown of a domain: the profile, the domain, both lists with counts") {
  const Profile balti = Load("balti-2023.json");
  WidgetState s;
  s.SetProfile(balti, 0);
  s.Select(0, 0);
  const std::string md = ExportFindings(s, Text("fr"), ExportKind::kMarkdown);
  CHECK(md.rfind("# " + *balti.title + "\n", 0) == 0);
  CHECK(md.find("août 2023") != std::string::npos);
  CHECK(md.find("\n## Droits des migrants\n") != std::string::npos);
  CHECK(md.find("\n### " + std::string(test::TheStrings().Get("fr", "domain.well_developed")) + " (" +
                std::to_string(balti.domains[0].well_developed.size()) + ")\n") != std::string::npos);
  for (const std::string& f : balti.domains[0].further_development) CHECK(md.find("\n- " + f + "\n") != std::string::npos);
  CHECK(md.find("## Partenariats") == std::string::npos);  // only the selected domain
}

TEST_CASE("search results are cut into plain and marked parts at UTF-8 boundaries") {
  const std::string text = "Bălți cooperates with Balti";
  const Json parts = MarkedParts(text, {{0, 7}, {24, 29}});
  REQUIRE(parts.size() == 3);
  CHECK(parts[0] == Json::array({"Bălți", true}));
  CHECK(parts[1] == Json::array({" cooperates with ", false}));
  CHECK(parts[2] == Json::array({"Balti", true}));
  CHECK(MarkedParts("abc", {}) == Json::array({Json::array({"abc", false})}));
  CHECK(MarkedParts("abc", {{1, 99}}) == Json::array({Json::array({"a", false}), Json::array({"bc", true})}));

  SearchIndex index;
  index.Add("balti-2023", Load("balti-2023.json"));
  const Json out = SearchResultsJson(index.Search("cooperation", 50), "cooperation", Text());
  CHECK(out["total"].get<int>() >= 1);
  CHECK(out["summary"].get<std::string>().find("match") != std::string::npos);
  for (const Json& hit : out["hits"]) {
    bool marked = false;
    std::string joined;
    for (const Json& part : hit["parts"]) {
      joined += part[0].get<std::string>();
      marked |= part[1].get<bool>();
    }
    CHECK(marked);
    CHECK(joined.find("ooperat") != std::string::npos);
  }
  CHECK(SearchResultsJson(index.Search("zzzz", 50), "zzzz", Text())["summary"] == "No finding matches.");
}
