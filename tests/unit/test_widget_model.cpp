// The widget's behaviour as a visitor meets it, without a browser: the model is driven through
// whole stories (load, hover, click, keyboard, compare, error, retry) and what it tells the page
// (messages, frame requests, cursor, canvas size) is read back.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/widget_model.hpp"
#include "test_support.hpp"

using namespace mgi;

namespace {

struct Message {
  std::string kind;
  Json body;
};

// Stands in for the page: records what the model says and asks for.
class RecordingHost final : public WidgetHost {
 public:
  void Emit(std::string_view kind, std::string_view json) override {
    messages.push_back({std::string(kind), Json::parse(json)});
  }
  void RequestFrame() override { ++frames_requested; }
  void ResizeCanvas(float w, float h) override {
    canvas_w = w;
    canvas_h = h;
  }
  void SetPointerCursor(bool pointer) override { pointer_cursor = pointer; }

  std::vector<Message> Take(std::string_view kind) {
    std::vector<Message> out, rest;
    for (auto& m : messages) (m.kind == kind ? out : rest).push_back(std::move(m));
    messages = std::move(rest);
    return out;
  }
  // The last panel emitted (and forgets the others).
  Json Panel() {
    auto panels = Take("panel");
    REQUIRE_FALSE(panels.empty());
    return panels.back().body;
  }

  std::vector<Message> messages;
  int frames_requested = 0;
  float canvas_w = 0, canvas_h = 0;
  bool pointer_cursor = false;
};

constexpr float kLift = 7;
constexpr double kLater = 5000;  // long after any animation

// A model with its host, started the way the page starts a widget: wide enough for the panel beside.
struct Widget {
  RecordingHost host;
  WidgetModel model{test::TheFramework(), test::TheStrings(), host, kLift};
  double now = 0;

  explicit Widget(float width = 900) {
    model.Start("en", "", false, width, now);
    model.SetDrawable(true);
  }
  void Load(int side, const std::string& file) {
    model.BeginLoading(side, "profiles/" + file, now);
    model.LoadProfile(side, "profiles/" + file, test::Asset("profiles/" + file), now);
  }
  // One frame as the platform draws it; returns whether the model asked for another.
  bool Frame() {
    const int before = host.frames_requested;
    model.BeginFrame(now);
    model.EndFrame(now);
    return host.frames_requested > before;
  }
  void Wait(double ms = kLater) {
    now += ms;
    model.BeginFrame(now);
  }
  // The middle of segment `domain` of wheel `side`, as drawn now.
  Point SegmentCentre(int domain, int side = 0) const {
    const WheelGeometry g = model.GeometryAt(now, side);
    return PolarToScreen(g.centre, (g.r_inner + g.r_outer) / 2, g.SegmentMid(domain));
  }
  Point HubCentre(int side = 0) const { return model.GeometryAt(now, side).centre; }
};

}  // namespace

TEST_CASE("a visitor loads a profile: loading panel, then the introduction, then `ready` once") {
  Widget w;
  CHECK(w.host.Panel()["state"] == "loading");
  const auto layout = w.host.Take("layout");
  REQUIRE(layout.size() == 1);
  CHECK(layout[0].body["wide"] == true);
  CHECK(w.host.canvas_w == doctest::Approx(layout[0].body["canvas_width"].get<float>()));
  CHECK(w.host.canvas_h > 0);

  w.Load(0, "azerbaijan-2023.json");
  const Json panel = w.host.Panel();
  CHECK(panel["state"] == "intro");
  CHECK(panel["twin"]["enabled"] == true);
  CHECK(w.host.Take("ready").empty());  // nothing is ready before a frame shows it

  CHECK(w.Frame());  // the intro sweep asks for more frames
  const auto ready = w.host.Take("ready");
  REQUIRE(ready.size() == 1);
  CHECK(ready[0].body["profile"] == "azerbaijan-2023");
  CHECK(ready[0].body["domain"] == nullptr);
  w.Wait();
  CHECK_FALSE(w.Frame());  // at rest: no more frames
  CHECK(w.host.Take("ready").empty());
}

TEST_CASE("hovering a segment lifts it and shows a pointer; leaving clears both") {
  Widget w;
  w.Load(0, "balti-2023.json");
  w.Wait();
  const int frames = w.host.frames_requested;
  w.model.PointerMove(w.SegmentCentre(4), w.now);
  CHECK(w.host.pointer_cursor);
  CHECK(w.model.state().hover().kind == HitKind::kSegment);
  CHECK(w.model.state().hover().segment == 4);
  CHECK(w.host.frames_requested > frames);
  w.model.PointerMove({1, 1}, w.now);  // a corner of the canvas: nothing under it
  CHECK_FALSE(w.host.pointer_cursor);
  w.model.PointerMove(w.HubCentre(), w.now);
  CHECK(w.model.state().hover().kind == HitKind::kHub);
  w.model.PointerLeave();
  CHECK_FALSE(w.host.pointer_cursor);
  CHECK(w.model.state().hover().kind == HitKind::kNone);
}

TEST_CASE("clicking a segment selects it; the same segment again, or the hub, returns to the introduction") {
  Widget w;
  w.Load(0, "azerbaijan-2023.json");
  w.Wait();
  w.host.messages.clear();

  w.model.Click(w.SegmentCentre(2), w.now);
  auto selects = w.host.Take("select");
  REQUIRE(selects.size() == 1);
  CHECK(selects[0].body["domain"] == "partnerships");
  CHECK(selects[0].body["source"] == "pointer");
  Json panel = w.host.Panel();
  CHECK(panel["state"] == "domain");
  CHECK(panel["domain"] == "partnerships");
  CHECK(panel["twin"]["pressed"] == 3);  // the twin's buttons: the hub, then the six domains
  CHECK(Json::parse(w.model.StateJson())["domain"] == "partnerships");

  w.Wait();  // the segment has turned towards the panel: click where it is now
  w.model.Click(w.SegmentCentre(2), w.now);
  selects = w.host.Take("select");
  REQUIRE(selects.size() == 1);
  CHECK(selects[0].body["domain"] == nullptr);
  panel = w.host.Panel();
  CHECK(panel["state"] == "intro");
  CHECK(panel["twin"]["pressed"] == 0);

  w.model.Click(w.SegmentCentre(5), w.now);
  w.Wait();
  w.model.Click(w.HubCentre(), w.now);
  selects = w.host.Take("select");
  REQUIRE(selects.size() == 2);
  CHECK(selects[1].body["domain"] == nullptr);

  SUBCASE("a click on nothing changes nothing") {
    w.host.messages.clear();
    w.model.Click({1, 1}, w.now);
    CHECK(w.host.messages.empty());
  }
}

TEST_CASE("keyboard: the focus ring follows the twin's focus and goes with a pointer press") {
  Widget w;
  w.Load(0, "azerbaijan-2023.json");
  w.Wait();
  w.model.SetKeyboardFocus(3);
  CHECK(w.model.focus_ring());
  CHECK(w.model.state().focus() == 3);
  CHECK(w.model.Select("well-being", SelectSource::kKeyboard, w.now));
  const auto selects = w.host.Take("select");
  REQUIRE(selects.size() == 1);
  CHECK(selects[0].body["source"] == "keyboard");
  w.model.PointerDown();
  CHECK_FALSE(w.model.focus_ring());
  w.model.SetKeyboardFocus(-1);
  CHECK(w.model.focus_ring());
  CHECK(w.model.state().focus() == -1);
  w.model.SetKeyboardFocus(-2);  // focus left the twin
  CHECK_FALSE(w.model.focus_ring());
}

TEST_CASE("the twin's buttons: activating a segment selects it, again returns to the introduction") {
  Widget w;
  w.model.Activate(2, SelectSource::kKeyboard, w.now);  // still loading: nothing to choose yet
  CHECK(w.host.Take("select").empty());
  w.Load(0, "azerbaijan-2023.json");
  w.model.Activate(2, SelectSource::kKeyboard, w.now);
  w.model.Activate(2, SelectSource::kKeyboard, w.now);
  w.model.Activate(5, SelectSource::kPointer, w.now);
  w.model.Activate(-1, SelectSource::kKeyboard, w.now);
  w.model.Activate(-1, SelectSource::kKeyboard, w.now);  // at the introduction already: no event
  w.model.Activate(6, SelectSource::kKeyboard, w.now);   // no such target
  const auto selects = w.host.Take("select");
  REQUIRE(selects.size() == 4);
  CHECK(selects[0].body == Json{{"domain", "partnerships"}, {"source", "keyboard"}});
  CHECK(selects[1].body == Json{{"domain", nullptr}, {"source", "keyboard"}});
  CHECK(selects[2].body == Json{{"domain", "safe-orderly-migration"}, {"source", "pointer"}});
  CHECK(selects[3].body == Json{{"domain", nullptr}, {"source", "keyboard"}});
}


TEST_CASE("comparing: two wheels, either selects both, chart rows select too, then back to one") {
  Widget w;
  w.Load(0, "balti-2023.json");
  w.Frame();
  w.host.messages.clear();
  w.Load(1, "azerbaijan-2023.json");
  const auto layout = w.host.Take("layout");
  REQUIRE(layout.size() == 1);
  CHECK(layout[0].body["compare"] == true);
  CHECK(w.host.Panel()["state"] == "compare");
  CHECK(w.Frame());
  REQUIRE(w.host.Take("ready").size() == 1);  // `ready` again for the comparison
  const Json state = Json::parse(w.model.StateJson());
  CHECK(state["profile"] == "balti-2023");
  CHECK(state["compare"] == "azerbaijan-2023");
  w.Wait();

  w.model.Click(w.SegmentCentre(1, 1), w.now);  // on the second wheel
  auto selects = w.host.Take("select");
  REQUIRE(selects.size() == 1);
  CHECK(selects[0].body["domain"] == "whole-of-government");
  w.Wait();

  const Json rows = Json::parse(w.model.LayoutJson(w.now))["chart"]["rows"];
  REQUIRE(rows.size() == kDomainCount);
  const Json& row = rows[4];
  w.model.Click({row["x"].get<float>() + row["w"].get<float>() / 2, row["y"].get<float>() + row["h"].get<float>() / 2},
                w.now);
  selects = w.host.Take("select");
  REQUIRE(selects.size() == 1);
  CHECK(selects[0].body["domain"] == "mobility-crises");

  w.model.StopComparing(w.now);
  CHECK(w.host.Take("layout").back().body["compare"] == false);
  CHECK(Json::parse(w.model.StateJson())["compare"] == nullptr);
  CHECK(Json::parse(w.model.LayoutJson(w.now))["wheels"].size() == 1);
  w.Frame();
  CHECK(w.host.Take("ready").size() == 1);  // redrawn alone: `ready` once more
}

TEST_CASE("a broken profile is named, nothing is selectable, and a retry that succeeds draws it") {
  Widget w;
  w.model.BeginLoading(0, "profiles/broken.json", w.now);
  w.model.LoadProfile(0, "profiles/broken.json", R"({"format": "mgi-profile/1", "id": 7})", w.now);
  const auto errors = w.host.Take("error");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].body["url"] == "profiles/broken.json");
  CHECK(errors[0].body["message"].get<std::string>().find("id") != std::string::npos);
  CHECK(errors[0].body["details"].size() >= 1);
  CHECK(w.host.Panel()["state"] == "error");
  w.Frame();
  CHECK(w.host.Take("ready").empty());
  w.model.Click(w.SegmentCentre(0), w.now);
  CHECK(w.host.Take("select").empty());
  CHECK(Json::parse(w.model.StateJson())["phase"] == "error");

  // Try again: the page fetches once more.
  w.Load(0, "azerbaijan-2023.json");
  CHECK(w.host.Panel()["state"] == "intro");
  w.Frame();
  CHECK(w.host.Take("ready").size() == 1);
}

TEST_CASE("a failed download is shown with its reason and the side it belongs to") {
  Widget w;
  w.Load(0, "balti-2023.json");
  w.model.BeginLoading(1, "profiles/missing.json", w.now);
  w.model.LoadFailed(1, "profiles/missing.json", {LoadFailureKind::kHttp, 404, 0, "Not Found"});
  const auto errors = w.host.Take("error");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].body["side"] == 1);
  CHECK(errors[0].body["message"] == "HTTP 404 Not Found for profiles/missing.json");
  CHECK(Json::parse(w.model.StateJson())["phase"] == "ready");  // the first profile still shows
}

TEST_CASE("out of view: only the first frame of a profile is drawn, so `ready` still comes") {
  Widget w;
  w.model.SetVisible(false);
  CHECK_FALSE(w.model.ShouldDraw());  // loading, hidden: nothing to show anyone
  w.Load(0, "azerbaijan-2023.json");
  CHECK(w.model.ShouldDraw());
  w.Frame();
  CHECK(w.host.Take("ready").size() == 1);
  CHECK_FALSE(w.model.ShouldDraw());
  const int frames = w.host.frames_requested;
  w.model.Select("partnerships", SelectSource::kApi, w.now);
  CHECK(w.host.frames_requested == frames);  // selected while hidden: no frames
  w.model.SetVisible(true);
  CHECK(w.host.frames_requested > frames);
}

TEST_CASE("the language changes the panel and the canvas text at the next frame") {
  Widget w;
  w.Load(0, "balti-2023.json");
  w.Frame();
  const std::string english = w.model.canvas_text().segment_labels[0][0];
  w.host.messages.clear();
  w.model.SetLang("fr", "");
  CHECK(w.host.Panel()["lang"] == "fr");
  w.Frame();
  CHECK(w.model.canvas_text().segment_labels[0][0] != english);
  CHECK(Json::parse(w.model.StateJson())["lang"] == "fr");
}

TEST_CASE("the interface strings come once at start, before the first panel, and not with panels") {
  Widget w;
  REQUIRE(w.host.messages.size() >= 2);
  std::vector<std::string> kinds;
  for (const Message& m : w.host.messages) kinds.push_back(m.kind);
  const auto strings_at = std::find(kinds.begin(), kinds.end(), "strings");
  CHECK(strings_at < std::find(kinds.begin(), kinds.end(), "panel"));
  const auto strings = w.host.Take("strings");
  REQUIRE(strings.size() == 1);
  CHECK(strings[0].body["picker_swap"] == "Swap");
  CHECK(strings[0].body["tools_cite"] == "Cite");
  for (const std::string& key : test::TheStrings().Keys("en")) {
    const std::string group = key.substr(0, key.find('.'));
    if (group == "picker" || group == "search" || group == "tools")
      CHECK_MESSAGE(strings[0].body.contains(group + "_" + key.substr(group.size() + 1)), key);
  }

  // A whole visit without a change of language: panels, selections, a comparison, an error.
  w.Load(0, "balti-2023.json");
  w.Frame();
  w.model.Select("partnerships", SelectSource::kApi, w.now);
  w.Load(1, "azerbaijan-2023.json");
  w.model.LoadFailed(1, "profiles/gone.json", {LoadFailureKind::kHttp, 404, 0, ""});
  w.model.StopComparing(w.now);
  w.model.SetLang("en", "");  // the same language again
  CHECK(w.host.Take("strings").empty());
  const auto panels = w.host.Take("panel");
  REQUIRE(panels.size() >= 5);
  for (const Message& panel : panels) CHECK_FALSE(panel.body.contains("ui"));
}

TEST_CASE("the language comes from the widget's lang, else the page's, at start and on a change") {
  RecordingHost host;
  WidgetModel model{test::TheFramework(), test::TheStrings(), host, kLift};
  model.Start("", "es-AR", false, 900, 0);
  CHECK(host.Take("strings").back().body["picker_swap"] == "Intercambiar");
  CHECK(host.Panel()["lang"] == "es");
  CHECK(Json::parse(model.StateJson())["lang"] == "es");
  model.SetLang("FR", "es-AR");
  CHECK(Json::parse(model.StateJson())["lang"] == "fr");
  model.SetLang("xx", "zz");
  CHECK(Json::parse(model.StateJson())["lang"] == "en");
}

TEST_CASE("a change of language sends the strings again, in that language, before its panel") {
  Widget w;
  w.Load(0, "azerbaijan-2023.json");
  w.host.messages.clear();
  w.model.SetLang("fr", "");
  REQUIRE(w.host.messages.size() == 2);
  CHECK(w.host.messages[0].kind == "strings");
  CHECK(w.host.messages[0].body["picker_swap"] == "Inverser");
  CHECK(w.host.messages[1].kind == "panel");
  w.host.messages.clear();
  w.model.SetLang("fr", "");
  CHECK(w.host.messages.empty());
  w.model.SetLang("es", "");
  CHECK(w.host.Take("strings").size() == 1);
}

TEST_CASE("a narrow widget stacks the wheel above the panel; a resize replans and asks for a frame") {
  Widget w(320);
  CHECK(w.host.Take("layout").back().body["wide"] == false);
  const int frames = w.host.frames_requested;
  w.model.SetHostWidth(1000, w.now);
  CHECK(w.host.Take("layout").back().body["wide"] == true);
  CHECK(w.host.frames_requested > frames);
  w.model.SetHostWidth(1000, w.now);
  CHECK(w.host.Take("layout").empty());  // nothing changed: nothing said
}

TEST_CASE("search over the catalogue's search index: the shown profile first, then the others, none twice") {
  Widget w;
  w.Load(0, "azerbaijan-2023.json");
  const Json shown_only = Json::parse(w.model.Search("migrants", 200));
  CHECK(w.model.LoadSearchIndex("https://example.org/profiles/search-index.json", test::Asset("profiles/search-index.json")));
  CHECK(w.host.Take("warning").empty());
  const Json all = Json::parse(w.model.Search("migrants", 200));
  CHECK(all["total"].get<int>() > shown_only["total"].get<int>());
  std::vector<std::string> order;
  for (const Json& hit : all["hits"]) order.push_back(hit["profile"].get<std::string>());
  const auto first_other = std::find(order.begin(), order.end(), "balti-2023");
  REQUIRE(first_other != order.end());
  CHECK(std::count(first_other, order.end(), "azerbaijan-2023") == 0);  // not again from the index
  CHECK(static_cast<std::size_t>(first_other - order.begin()) == shown_only["hits"].size());
}

namespace {

// One "warning" since the last look, about the search index at `url`: after its first line (the
// index is not usable), `first_problem`.
void CheckOneIndexWarning(Widget& w, const std::string& url, const std::string& first_problem) {
  const auto warnings = w.host.Take("warning");
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].body["url"] == url);
  CHECK(warnings[0].body["messages"][1] == first_problem);
}

}  // namespace

TEST_CASE("a bad search index: false, a warning naming the URL and the path; the shown profile is still searched") {
  Widget w;
  w.Load(0, "azerbaijan-2023.json");
  const std::string good = w.model.Search("migrants", 200);
  CHECK_FALSE(w.model.LoadSearchIndex("https://example.org/s.json",
                                      "{\"format\":\"mgi-search-index/1\",\"profiles\":[{\"id\":\"x\",\"name\":\"X\",\"domains\":{\"nope\":{}}}]}"));
  CheckOneIndexWarning(w, "https://example.org/s.json", "profiles[0].domains.nope: unknown domain id");
  CHECK(w.model.Search("migrants", 200) == good);
}

TEST_CASE("a search index read a step at a time is searched only once read whole, and a new one replaces it") {
  Widget w;
  w.Load(0, "azerbaijan-2023.json");
  const std::string shown_only = w.model.Search("migrants", 200);
  w.model.BeginSearchIndex("https://example.org/search-index.json", test::Asset("profiles/search-index.json"));
  CHECK(w.model.ContinueSearchIndex(1) == 0);  // one of its two profiles read
  CHECK(w.model.Search("migrants", 200) == shown_only);
  int steps = 1;
  int read = 0;
  while ((read = w.model.ContinueSearchIndex(1)) == 0) ++steps;
  CHECK(read == 1);
  CHECK(steps == 2);
  CHECK(w.model.ContinueSearchIndex(1) == 1);  // asked again: still usable
  const std::string with_index = w.model.Search("migrants", 200);
  CHECK(with_index != shown_only);
  CHECK(w.host.Take("warning").empty());
  // A broken one in its place: no catalogue results, and the console hears why, with the URL.
  w.model.BeginSearchIndex("https://example.org/broken.json", "{\"format\":\"mgi-search-index/1\",\"profiles\":[\n7\n]}\n");
  CHECK(w.model.Search("migrants", 200) == shown_only);
  while ((read = w.model.ContinueSearchIndex(1)) == 0) {}
  CHECK(read == -1);
  CheckOneIndexWarning(w, "https://example.org/broken.json", "profiles[0]: expected an object, got a number");
  CHECK(w.model.Search("migrants", 200) == shown_only);
}

TEST_CASE("an unknown domain id is refused, changes nothing, and a warning names it and the ids there are") {
  Widget w;
  w.Load(0, "balti-2023.json");
  w.model.Select("partnerships", SelectSource::kApi, w.now);
  w.host.messages.clear();
  CHECK_FALSE(w.model.Select("Partnerships", SelectSource::kApi, w.now));
  CHECK(Json::parse(w.model.StateJson())["domain"] == "partnerships");
  const auto warnings = w.host.Take("warning");
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].body["url"] == "");
  CHECK(warnings[0].body["messages"][0] ==
        "\"Partnerships\" is not a domain id (expected migrants-rights, whole-of-government, partnerships, well-being, "
        "mobility-crises, safe-orderly-migration, or null for the introduction): nothing selected");
  CHECK(w.host.messages.empty());  // no panel, no select event
  w.model.Select("", SelectSource::kApi, w.now);
  w.host.messages.clear();
  CHECK(w.model.Select("", SelectSource::kApi, w.now));  // already at the introduction: no event
  CHECK(w.host.messages.empty());
}

TEST_CASE("a failed download is worded by the core, in the interface's language") {
  const Strings& s = test::TheStrings();
  const std::string url = "profiles/x.json";
  CHECK(DescribeLoadFailure({LoadFailureKind::kHttp, 404, 0, "Not Found"}, url, s, "en") ==
        "HTTP 404 Not Found for profiles/x.json");
  CHECK(DescribeLoadFailure({LoadFailureKind::kHttp, 500, 0, ""}, url, s, "en") == "HTTP 500 for profiles/x.json");
  CHECK(DescribeLoadFailure({LoadFailureKind::kCutOff, 0, 0, ""}, url, s, "en") ==
        "the download of profiles/x.json was cut off before its end");
  CHECK(DescribeLoadFailure({LoadFailureKind::kTooLarge, 26214400, 25165824, ""}, url, s, "en") ==
        "profiles/x.json is 25.0 MB, over the 24 MB limit");
  CHECK(DescribeLoadFailure({LoadFailureKind::kTimeout, 15, 0, ""}, url, s, "en") ==
        "no answer from profiles/x.json within 15 s");
  CHECK(DescribeLoadFailure({LoadFailureKind::kNetwork, 0, 0, ""}, url, s, "en") == "could not reach profiles/x.json (network error)");
  CHECK(DescribeLoadFailure({LoadFailureKind::kNoProfile, 0, 0, ""}, "", s, "en").find("\"profile\" attribute") != std::string::npos);
  CHECK(DescribeLoadFailure({LoadFailureKind::kTimeout, 15, 0, ""}, url, s, "fr") ==
        "aucune réponse de profiles/x.json en 15 s");
  CHECK(DescribeLoadFailure({LoadFailureKind::kNetwork, 0, 0, ""}, url, s, "es") ==
        "no se pudo acceder a profiles/x.json (error de red)");
}

TEST_CASE("printing: every domain's panel in wheel order, the widget's own selection untouched") {
  Widget w;
  CHECK(Json::parse(w.model.PrintPanelsJson()).empty());  // nothing shown yet
  w.Load(0, "azerbaijan-2023.json");
  w.model.Select("well-being", SelectSource::kApi, w.now);
  w.host.Take("panel");
  const Json panels = Json::parse(w.model.PrintPanelsJson());
  REQUIRE(panels.size() == kDomainCount);
  for (int d = 0; d < kDomainCount; ++d) {
    CAPTURE(d);
    CHECK(panels[d]["state"] == "domain");
    CHECK(panels[d]["domain"] == kDomainIds[d]);
    CHECK(panels[d]["lists"].size() == 2);
  }
  CHECK(Json::parse(w.model.StateJson())["domain"] == "well-being");
  CHECK(w.host.Take("panel").empty());  // a query: nothing is sent to the page
}

TEST_CASE("deep links: the select message carries its fragment and the panel says whether findings are linkable") {
  Widget w;
  w.Load(0, "azerbaijan-2023.json");
  w.host.Take("panel");
  w.model.SetLinkTarget("country");
  const auto panels = w.host.Take("panel");
  REQUIRE(panels.size() == 1);  // the Copy link buttons come with a new panel
  CHECK(panels[0].body["linkable"] == true);
  w.model.SetLinkTarget("country");  // unchanged: no panel
  CHECK(w.host.Take("panel").empty());

  CHECK(w.model.Select("partnerships", SelectSource::kApi, w.now));
  CHECK(w.model.Select("", SelectSource::kApi, w.now));
  auto selects = w.host.Take("select");
  REQUIRE(selects.size() == 2);
  CHECK(selects[0].body == Json{{"domain", "partnerships"}, {"source", "api"}, {"link", "#mgi-country=partnerships"}});
  CHECK(selects[1].body == Json{{"domain", nullptr}, {"source", "api"}, {"link", ""}});

  // Not an id a link can name (a space in it), then links off: no fragment, no Copy link.
  for (const char* id : {"two words", ""}) {
    w.model.SetLinkTarget(id);
    w.model.Select("well-being", SelectSource::kApi, w.now);
    const auto shown = w.host.Take("panel");
    REQUIRE_FALSE(shown.empty());
    CHECK(shown.back().body["linkable"] == false);
    selects = w.host.Take("select");
    REQUIRE(selects.size() == 1);
    CHECK_FALSE(selects[0].body.contains("link"));
    CHECK(w.model.Select("", SelectSource::kApi, w.now));
    w.host.Take("select");
    w.host.Take("panel");
  }
}
