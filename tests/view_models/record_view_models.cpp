// Drives widget models through visitor stories (load, select, compare, errors, languages, search,
// exports, links) and writes every message they emit, and every answer to the page's JSON
// queries, as one JSON line: { "story", "kind", "message" }. tests/view_models/view-models.test.mjs
// checks each line against tests/schemas/KIND.schema.json, so the schemas are held to what the
// core really sends, and the core to what JavaScript reads.
//
// Usage: record-view-models OUT.jsonl
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "core/domains.hpp"
#include "core/widget_model.hpp"
#include "test_support.hpp"

using namespace mgi;

namespace {

class Recorder final : public WidgetHost {
 public:
  explicit Recorder(std::ostream& out) : out_(out) {}
  void SetStory(std::string story) { story_ = std::move(story); }
  void Emit(std::string_view kind, std::string_view json) override { Write(kind, json); }
  void RequestFrame() override {}
  void ResizeCanvas(float, float) override {}
  void SetPointerCursor(bool) override {}
  // An answer to a query from the page, under its own kind (the name of its schema).
  void Write(std::string_view kind, std::string_view json) {
    out_ << Json{{"story", story_}, {"kind", kind}, {"message", Json::parse(json)}}.dump() << '\n';
  }

 private:
  std::ostream& out_;
  std::string story_;
};

const std::string kAssets = MGI_ASSETS_DIR;
const std::string kTestData = MGI_TEST_DATA_DIR;

// One widget, its clock, and the queries the page makes of it.
class Visit {
 public:
  Visit(Recorder& recorder, std::string story, std::string lang = "en", float width = 900)
      : recorder_(recorder), model_(test::TheFramework(), test::TheStrings(), recorder, 7) {
    recorder_.SetStory(std::move(story));
    model_.Start(lang, "", false, width, now_);
    model_.SetDrawable(true);
  }
  WidgetModel& model() { return model_; }

  void Load(int side, const std::string& path, const std::string& text) {
    model_.BeginLoading(side, path, now_);
    model_.LoadProfile(side, path, text, now_);
    Settle();
  }
  void LoadFile(int side, const std::string& path) { Load(side, path, test::ReadFile(path)); }
  // Frames until the animations rest, as the page draws them: `ready` comes here.
  void Settle() {
    model_.BeginFrame(now_);
    model_.EndFrame(now_);
    now_ += 5000;
    model_.BeginFrame(now_);
    model_.EndFrame(now_);
  }
  void Select(std::string_view id) {
    model_.Select(id, SelectSource::kApi, now_);
    Settle();
  }
  void SelectEach() {
    for (std::string_view id : kDomainIds) Select(id);
    Select("");
  }
  void Query() {
    recorder_.Write("state", model_.StateJson());
    recorder_.Write("print-panels", model_.PrintPanelsJson());
    recorder_.Write("layout-query", model_.LayoutJson(now_));
  }
  void Exports() {
    recorder_.Write("export", model_.Export(0));
    recorder_.Write("export", model_.Export(1));
  }
  void Search(std::string_view query) { recorder_.Write("search", model_.Search(query, 20)); }
  void ParseLink(std::string_view fragment) { recorder_.Write("parsed-link", model_.ParseLink(fragment)); }

 private:
  Recorder& recorder_;
  WidgetModel model_;
  double now_ = 0;
};

std::string Bundled(const std::string& file) { return kAssets + "/profiles/" + file; }

// A profile that loads with a warning: a national profile naming a country.
std::string WithWarning() {
  Json p = Json::parse(test::ReadFile(Bundled("azerbaijan-2023.json")));
  p["jurisdiction"]["country"] = "Azerbaijan";
  return p.dump();
}

void RecordStories(Recorder& recorder) {
  for (const char* lang : {"en", "fr", "es"}) {
    for (const char* file : {"azerbaijan-2023.json", "balti-2023.json"}) {
      Visit v(recorder, std::string("one profile, ") + lang + ", " + file, lang);
      v.Query();
      v.LoadFile(0, Bundled(file));
      v.Query();
      v.SelectEach();
      v.Select("partnerships");
      v.Query();
      v.Exports();
      for (const char* query : {"", "migration", "Balti", "zzzzqqq", "a"}) v.Search(query);
    }
  }
  {
    Visit v(recorder, "languages change, then the same again", "en");
    v.LoadFile(0, Bundled("balti-2023.json"));
    v.Select("well-being");
    for (const char* lang : {"fr", "fr", "es", "en"}) v.model().SetLang(lang, "");
  }
  {
    Visit v(recorder, "deep links on: each selection with its fragment", "en");
    v.model().SetLinkTarget("country-wheel");
    v.LoadFile(0, Bundled("azerbaijan-2023.json"));
    v.SelectEach();
  }
  {
    Visit v(recorder, "narrow", "en", 320);
    v.LoadFile(0, Bundled("azerbaijan-2023.json"));
    v.Query();
    v.model().SetHostWidth(1200, 0);
  }
  for (const auto& entry : std::filesystem::directory_iterator(kTestData + "/valid")) {
    Visit v(recorder, "valid " + entry.path().filename().string());
    v.LoadFile(0, entry.path().string());
    v.SelectEach();
    v.Exports();
  }
  for (const char* file : {"cut-short.json", "domains-missing.json", "level-regional.json", "empty-file.json"}) {
    Visit v(recorder, std::string("invalid ") + file);
    v.LoadFile(0, kTestData + "/invalid/" + file);
    v.Query();
    v.Exports();
    v.Search("migration");
  }
  {
    Visit v(recorder, "a warning, a failed download, a retry");
    v.Load(0, "profiles/warned.json", WithWarning());
    v.model().LoadFailed(0, "profiles/gone.json", {LoadFailureKind::kHttp, 404, 0, "Not Found"});
    v.Query();
    v.LoadFile(0, Bundled("balti-2023.json"));
    v.model().LoadFailed(0, "", {LoadFailureKind::kNoProfile, 0, 0, ""});
  }
  for (const auto& [first, second] : std::vector<std::pair<const char*, const char*>>{
           {"balti-2023.json", "azerbaijan-2023.json"}, {"azerbaijan-2023.json", "azerbaijan-2023.json"}}) {
    Visit v(recorder, std::string("compare ") + first + " with " + second);
    v.LoadFile(0, Bundled(first));
    v.model().BeginLoading(1, Bundled(second), 0);  // one side still loading
    v.Query();
    v.LoadFile(1, Bundled(second));
    v.Query();
    v.SelectEach();
    v.Select("mobility-crises");
    v.Query();
    v.Exports();
    v.Search("migration");
    v.model().SetLang("fr", "");
    v.Select("");
    v.model().StopComparing(0);
    v.Query();
  }
  {
    Visit v(recorder, "compare: one side fails, then the other");
    v.LoadFile(0, Bundled("azerbaijan-2023.json"));
    v.model().BeginLoading(1, "profiles/gone.json", 0);
    v.model().LoadFailed(1, "profiles/gone.json", {LoadFailureKind::kHttp, 404, 0, ""});
    v.Select("partnerships");
    v.Select("");
    v.LoadFile(1, kTestData + "/invalid/domains-missing.json");
    v.LoadFile(0, kTestData + "/invalid/cut-short.json");
    v.Query();
    v.Select("partnerships");
  }
  {
    Visit v(recorder, "search over a catalogue, links");
    v.LoadFile(0, Bundled("azerbaijan-2023.json"));
    v.model().LoadSearchIndex("profiles/search-index.json", test::ReadFile(Bundled("search-index.json")));
    for (const char* query : {"", "migration", "Moldova", "zzzzqqq"}) v.Search(query);
    v.model().LoadSearchIndex("profiles/broken-index.json", "{\"format\":\"mgi-search-index/1\",\"profiles\":7}");
    v.ParseLink("#mgi-moldova=partnerships");
    v.ParseLink("#mgi-moldova=partnerships/0a1b2c3d");
    v.ParseLink("#mgi-moldova=well-being/0a1b2c3d-2");
    v.ParseLink("#mgi-moldova=not-a-domain");
    v.ParseLink("#elsewhere");
    v.ParseLink("");
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: record-view-models OUT.jsonl\n";
    return 2;
  }
  std::ofstream out(argv[1], std::ios::binary);
  if (!out) {
    std::cerr << "record-view-models: cannot write " << argv[1] << "\n";
    return 1;
  }
  try {
    Recorder recorder(out);
    RecordStories(recorder);
  } catch (const std::exception& e) {
    std::cerr << "record-view-models: " << e.what() << "\n";
    return 1;
  }
  return out ? 0 : 1;
}
