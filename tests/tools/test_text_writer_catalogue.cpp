// The importer's text helpers, the profile writer, the catalogue and the all-or-nothing file write.
#include <doctest/doctest.h>

#include <filesystem>

#include "../unit/test_support.hpp"
#include "core/profile.hpp"
#include "core/search_index_file.hpp"
#include "import/catalogue.hpp"
#include "import/file_io.hpp"
#include "import/profile_writer.hpp"
#include "import/text.hpp"

using namespace mgi;
using namespace mgi::import;
namespace fs = std::filesystem;

TEST_CASE("SplitLines: LF, CRLF, lone CR; numbered from 1") {
  const auto texts = [](std::string_view s) {
    std::vector<std::string> out;
    for (const Line& l : SplitLines(s)) out.push_back(std::to_string(l.number) + ":" + std::string(l.text));
    return out;
  };
  CHECK(texts("a\nb\r\nc\rd") == std::vector<std::string>{"1:a", "2:b", "3:c", "4:d"});
  CHECK(texts("a\n\nb\n") == std::vector<std::string>{"1:a", "2:", "3:b"});
  CHECK(texts("\r\n\r\n") == std::vector<std::string>{"1:", "2:"});
  CHECK(texts("").empty());
}

TEST_CASE("TrimSpace removes Unicode white space, not other characters") {
  CHECK(TrimSpace("\u00a0 \t text\u00a0 \u2009\u200b\ufeff") == "text");
  CHECK(TrimSpace("a\u00a0 b") == "a\u00a0 b");
  CHECK(TrimSpace("\u00a0\u3000").empty());
  CHECK(TrimSpace("’quoted’") == "’quoted’");
}

TEST_CASE("SentenceCase and IsInCapitals") {
  CHECK(SentenceCase("MIGRANTS’ RIGHTS") == "Migrants’ rights");
  CHECK(SentenceCase("SAFE, ORDERLY AND DIGNIFIED MIGRATION") == "Safe, orderly and dignified migration");
  CHECK(SentenceCase("WHOLE-OF-GOVERNMENT APPROACH") == "Whole-of-government approach");
  CHECK(SentenceCase("ÉTAT DE DROIT ŞƏKI") == "État de droit şəki");
  CHECK(SentenceCase("1. PARTNERSHIPS") == "1. Partnerships");
  CHECK(SentenceCase("Migrants’ rights") == "Migrants’ rights");
  CHECK(SentenceCase("Whole-of-Government") == "Whole-of-Government");
  CHECK(IsInCapitals("MIGRANTS’ RIGHTS"));
  CHECK_FALSE(IsInCapitals("Migrants’ rights"));
  CHECK_FALSE(IsInCapitals("2023"));
}

TEST_CASE("Slug") {
  CHECK(Slug("Republic of Azerbaijan", 59) == "azerbaijan");
  CHECK(Slug("Municipality of Bălți", 59) == "balti");
  CHECK(Slug("City of Buenos Aires", 59) == "buenos-aires");
  CHECK(Slug("State of Palestine", 59) == "palestine");
  CHECK(Slug("Kingdom of the Netherlands", 59) == "netherlands");
  CHECK(Slug("Islamic Republic of Iran", 59) == "islamic-republic-of-iran");
  CHECK(Slug("  --Ville d’Abidjan--  ", 59) == "ville-d-abidjan");
  CHECK(Slug("abc def", 4) == "abc");  // no hyphen left at the cut
  CHECK(Slug("Город", 59).empty());
}

TEST_CASE("Shorten cuts between characters") {
  CHECK(Shorten("abc", 3) == "abc");
  CHECK(Shorten("abcd", 3) == "abc…");
  CHECK(Shorten("ăță", 2) == "ăț…");
  CHECK(Shorten("’’’", 1) == "’…");
  CHECK(Shorten("", 5).empty());
}

TEST_CASE("FindNoCase") {
  CHECK(FindNoCase("With Research And Analysis", "research and") == 5);
  CHECK(FindNoCase("abc", "abcd") == std::string_view::npos);
  CHECK(FindNoCase("abcabc", "ABC", 1) == 3);
}

namespace {

Profile Sample() {
  Profile p;
  p.id = "balti-2023";
  p.name = "Municipality of Bălți";
  p.level = Level::kLocal;
  p.country = "Republic of Moldova";
  p.title = "Migration Governance Profile: Municipality of Bălți (Republic of Moldova)";
  p.published = {2023, 8};
  p.language = "en";
  p.partner = "Economist Intelligence Unit";
  p.introduction = {"First \"quoted\" paragraph.", "Second\tparagraph."};
  p.domains[4].published = true;
  p.domains[4].title = "Mobility dimension of crises";
  p.domains[4].well_developed = {"A finding with a / slash and a \\ backslash."};
  p.domains[1].published = true;
  p.domains[1].further_development = {"Only this."};
  return p;
}

}  // namespace

TEST_CASE("WriteProfileJson: key order, wheel order, unescaped UTF-8, final newline") {
  const std::string expected = R"json({
  "format": "mgi-profile/1",
  "id": "balti-2023",
  "jurisdiction": {
    "name": "Municipality of Bălți",
    "level": "local",
    "country": "Republic of Moldova"
  },
  "title": "Migration Governance Profile: Municipality of Bălți (Republic of Moldova)",
  "published": "2023-08",
  "language": "en",
  "partner": "Economist Intelligence Unit",
  "introduction": "First \"quoted\" paragraph.\n\nSecond\tparagraph.",
  "domains": [
    {
      "id": "whole-of-government",
      "well_developed": [],
      "further_development": [
        "Only this."
      ]
    },
    {
      "id": "mobility-crises",
      "title": "Mobility dimension of crises",
      "well_developed": [
        "A finding with a / slash and a \\ backslash."
      ],
      "further_development": []
    }
  ]
}
)json";
  CHECK(WriteProfileJson(Sample()) == expected);

  SUBCASE("it reads back to the same profile") {
    const ProfileLoad load = LoadProfile(expected);
    REQUIRE(load.profile.has_value());
    CHECK(load.diagnostics.warnings.empty());
    CHECK(WriteProfileJson(*load.profile) == expected);
  }
  SUBCASE("a national profile has no country; optional fields are left out when unset") {
    Profile p = Sample();
    p.level = Level::kNational;
    p.title.reset();
    p.partner.reset();
    const std::string json = WriteProfileJson(p);
    CHECK(json.find("country") == std::string::npos);
    CHECK(json.find("\"title\": \"Migration") == std::string::npos);
    CHECK(json.find("partner") == std::string::npos);
    CHECK(LoadProfile(json).profile.has_value());
  }
  CHECK(FormatYearMonth({2023, 8}) == "2023-08");
  CHECK(FormatYearMonth({1999, 12}) == "1999-12");
}

TEST_CASE("the catalogue: sorted by the distinctive part of the name, then id; one id per profile") {
  Profile a = Sample();
  Profile b = Sample();
  b.id = "azerbaijan-2023";
  b.name = "Republic of Azerbaijan";
  b.level = Level::kNational;
  b.country.reset();
  b.published = {2023, 10};
  Profile c = Sample();
  c.id = "balti-2019";
  c.published = {2019, 5};
  std::vector<CatalogueEntry> entries = {EntryOf(a, "balti-2023.json"), EntryOf(b, "azerbaijan-2023.json"),
                                         EntryOf(c, "balti-2019.json")};
  CHECK(CatalogueProblems(entries).empty());
  CHECK(WriteCatalogueJson(entries) == R"json({
  "format": "mgi-catalogue/1",
  "profiles": [
    {
      "id": "azerbaijan-2023",
      "name": "Republic of Azerbaijan",
      "level": "national",
      "country": null,
      "published": "2023-10",
      "file": "azerbaijan-2023.json"
    },
    {
      "id": "balti-2019",
      "name": "Municipality of Bălți",
      "level": "local",
      "country": "Republic of Moldova",
      "published": "2019-05",
      "file": "balti-2019.json"
    },
    {
      "id": "balti-2023",
      "name": "Municipality of Bălți",
      "level": "local",
      "country": "Republic of Moldova",
      "published": "2023-08",
      "file": "balti-2023.json"
    }
  ]
}
)json");
  entries.push_back(EntryOf(a, "copy.json"));
  CHECK(CatalogueProblems(entries) == std::vector<std::string>{"copy.json and balti-2023.json have the same id \"balti-2023\""});
}

TEST_CASE("the checked-in index.json and search-index.json hold the checked-in profiles") {
  const std::string index = test::Asset("profiles/index.json");
  std::vector<CatalogueEntry> entries;
  std::vector<Profile> profiles;
  for (const char* file : {"balti-2023.json", "azerbaijan-2023.json"}) {
    profiles.push_back(*LoadProfile(test::Asset(std::string("profiles/") + file)).profile);
    entries.push_back(EntryOf(profiles.back(), file));
  }
  CHECK(WriteCatalogueJson(entries, "search-index.json") == index);
  CHECK(WriteCatalogueSearchIndex(profiles) == test::Asset("profiles/search-index.json"));
}

TEST_CASE("the search index lists the profiles in catalogue order, and names nothing when not asked to") {
  Profile balti = Sample();
  Profile azerbaijan = Sample();
  azerbaijan.id = "azerbaijan-2023";
  azerbaijan.name = "Republic of Azerbaijan";
  const std::string text = WriteCatalogueSearchIndex({balti, azerbaijan});
  CHECK(text.find("\"azerbaijan-2023\"") < text.find("\"balti-2023\""));
  const SearchIndexRead read = ReadSearchIndex(text);
  REQUIRE(read.diagnostics.ok());
  CHECK(read.profiles.size() == 2);
  CHECK(WriteCatalogueJson({EntryOf(balti, "balti-2023.json")}).find("search_index") == std::string::npos);
  CHECK(WriteCatalogueJson({EntryOf(balti, "balti-2023.json")}, "s.json").find("\"search_index\": \"s.json\"") != std::string::npos);
}

TEST_CASE("ReadWholeFile and WriteFileAtomically") {
  const fs::path dir = fs::temp_directory_path() / "mgi-tool-tests";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string path = (dir / "out.json").string();
  std::string error;

  REQUIRE(WriteFileAtomically(path, "first", &error));
  CHECK(ReadWholeFile(path, &error) == "first");
  REQUIRE(WriteFileAtomically(path, std::string("sec\0ond", 7), &error));
  CHECK(ReadWholeFile(path, &error) == std::string("sec\0ond", 7));
  CHECK_FALSE(fs::exists(path + ".part"));

  SUBCASE("a write that fails leaves nothing behind") {
    const std::string nowhere = (dir / "no-such-dir" / "out.json").string();
    CHECK_FALSE(WriteFileAtomically(nowhere, "x", &error));
    CHECK(error == "No such file or directory");
    CHECK_FALSE(fs::exists(nowhere));
    CHECK_FALSE(fs::exists(nowhere + ".part"));
  }
  SUBCASE("reads that fail say why") {
    CHECK_FALSE(ReadWholeFile((dir / "missing.json").string(), &error));
    CHECK(error == "No such file or directory");
    CHECK_FALSE(ReadWholeFile(dir.string(), &error));
    CHECK(error == "is a directory");
  }
  fs::remove_all(dir);
}
