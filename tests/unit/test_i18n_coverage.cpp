// Issue 6: every interface text exists in English, French and Spanish, and every character the
// canvas draws is one its glyph atlas takes. Both the panel (HTML) and the canvas (glyphs from the
// browser's text engine, platform/browser_glyphs) use the page's fonts with the system's fallback,
// but the atlas holds only printable characters of the Basic Multilingual Plane: anything else
// would be drawn as the fallback glyph.
#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/compare_view.hpp"
#include "core/utf8.hpp"
#include "core/view_model.hpp"
#include "test_support.hpp"

using namespace mgi;

namespace {

constexpr std::array<std::string_view, 3> kLanguages = {"en", "fr", "es"};

// The {name} placeholders Strings::Format fills in, as a set: order may differ between languages.
std::set<std::string> Placeholders(std::string_view text) {
  std::set<std::string> names;
  for (std::size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
    const std::size_t close = text.find('}', open);
    if (close == std::string_view::npos) break;
    names.emplace(text.substr(open + 1, close - open - 1));
  }
  return names;
}

std::string Joined(const std::set<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return "{" + out + "}";
}

struct SourcedText {
  std::string source;  // where it comes from, for the failure message
  std::string text;
};

// One line per code point the atlas would not take and text using it: "U+1F600 '😀' in strings.json level.local [fr]".
std::set<std::string> MissingGlyphs(const std::vector<SourcedText>& texts) {
  std::set<std::string> missing;
  for (const auto& [source, text] : texts)
    for (char32_t c : DecodeUtf8(text)) {
      if (IsCanvasDrawable(c)) continue;
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X '", static_cast<unsigned>(c));
      std::string line = code;
      AppendUtf8(line, c);
      missing.insert(line + "' in " + source);
    }
  return missing;
}

std::string Lines(const std::set<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += "\n  " + l;
  return out;
}

TextContext Text(std::string_view lang) { return {test::TheFramework(), test::TheStrings(), lang}; }

std::vector<Profile> BundledProfiles() {
  std::vector<Profile> profiles;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(MGI_ASSETS_DIR) + "/profiles")) {
    if (entry.path().extension() != ".json" || entry.path().filename() == "index.json") continue;
    ProfileLoad load = LoadProfile(test::ReadFile(entry.path().string()));
    if (load.profile) profiles.push_back(std::move(*load.profile));
  }
  return profiles;
}

// What the canvas draws in `state`, each text named by where it comes from: the six segment labels
// and the three hub lines.
void AddCanvasText(const WidgetState& state, std::string_view lang, std::vector<SourcedText>* out) {
  const TextContext text = Text(lang);
  const std::string in = " [" + std::string(lang) + "]";
  const Profile* p = state.profile();
  for (int i = 0; i < kDomainCount; ++i) {
    const std::string label = SegmentLabel(state, text, i);
    const std::string id(kDomainIds[i]);
    const bool own_title = p && p->domains[i].title && label == *p->domains[i].title;
    out->push_back({own_title ? p->id + " title of " + id : "framework.json name of " + id + in, label});
  }
  const HubText hub = BuildHubText(state, text);
  if (!p) {
    const char* key = state.phase() == Phase::kError ? "status.error_short" : "status.loading";
    out->push_back({"strings.json " + std::string(key) + in, hub.name});
    return;
  }
  const bool names_country = p->level == Level::kLocal && p->country && !p->country->empty();
  const char* level_key = p->level == Level::kNational ? "level.national" : names_country ? "level.local_in" : "level.local";
  out->push_back({p->id + " jurisdiction name", hub.name});
  out->push_back({"strings.json " + std::string(level_key) + in + " for " + p->id, hub.level});
  out->push_back({p->id + " year", hub.year});
}

// Comparing adds a caption over each wheel and the overview chart (WidgetApp::BuildChart), whose
// domain names are the framework's and whose counts are digits or compare.not_covered.
void AddComparisonText(std::string_view lang, const Profile& first, std::vector<SourcedText>* out) {
  const TextContext text = Text(lang);
  const std::string in = " [" + std::string(lang) + "]";
  WidgetState state;
  state.SetProfile(0, first, 0);
  state.BeginLoading(1, "profiles/second.json");
  out->push_back({first.id + " comparison caption" + in, CompareCaption(state, text, 0)});
  out->push_back({"strings.json compare.side_loading" + in + " (comparison caption)", CompareCaption(state, text, 1)});
  state.SetError(1, LoadError{"profiles/second.json", "HTTP 404", {}, false});
  out->push_back({"strings.json status.error_short" + in + " (comparison caption)", CompareCaption(state, text, 1)});
  for (const char* key : {"compare.chart_well", "compare.chart_further", "compare.chart_note", "compare.not_covered"})
    out->push_back({"strings.json " + std::string(key) + in + " (overview chart)", std::string(text.strings.Get(lang, key))});
}

}  // namespace

TEST_CASE("strings.json: every key in English, French and Spanish, non-empty, with the same placeholders") {
  const Strings& s = test::TheStrings();
  std::set<std::string> all_keys;
  for (const auto& lang : s.Languages())
    for (const auto& key : s.Keys(lang)) all_keys.insert(key);
  REQUIRE(!all_keys.empty());

  for (std::string_view lang : kLanguages) {
    CAPTURE(lang);
    REQUIRE(s.HasLanguage(lang));
    const auto keys = s.Keys(lang);
    const std::set<std::string> present(keys.begin(), keys.end());
    for (const auto& key : all_keys) {
      CAPTURE(key);
      // Get() falls back to English, so presence must be asked of the language's own key list.
      CHECK_MESSAGE(present.count(key) == 1, "missing in " << lang);
      if (!present.count(key)) continue;
      const std::string_view text = s.Get(lang, key);
      CHECK_FALSE(text.empty());
      CHECK_MESSAGE(Placeholders(text) == Placeholders(s.Get("en", key)),
                    lang << " has " << Joined(Placeholders(text)) << ", en has " << Joined(Placeholders(s.Get("en", key))));
    }
  }
}

TEST_CASE("framework.json: each domain's name and both descriptions in English, French and Spanish") {
  for (const FrameworkDomain& d : test::TheFramework().domains) {
    CAPTURE(d.id);
    const std::array<std::pair<std::string_view, const LocalizedText*>, 3> fields = {
        {{"name", &d.name}, {"description.national", &d.description_national}, {"description.local", &d.description_local}}};
    for (const auto& [field, text] : fields) {
      CAPTURE(field);
      bool complete = true;
      for (std::string_view lang : kLanguages) {
        CAPTURE(lang);
        const auto it = text->find(lang);
        complete = complete && it != text->end() && !it->second.empty();
        CHECK_MESSAGE((it != text->end() && !it->second.empty()), "missing or empty");
      }
      if (!complete) continue;
      // A language that only copies another's text is not a translation.
      CHECK(text->at("es") != text->at("en"));
      CHECK(text->at("es") != text->at("fr"));
      CHECK(text->at("fr") != text->at("en"));
    }
  }
}

TEST_CASE("the atlas's rule: printable characters of the Basic Multilingual Plane, any script") {
  for (char32_t c : {U'A', U'0', U'é', U'ñ', U'¿', U'…', U'·', U'’', U'ă', U'ț', U'ə', U'Ж', U'Ω', U'\u4E00', U'\u0627'}) {
    CAPTURE(static_cast<unsigned>(c));
    CHECK(IsCanvasDrawable(c));
  }
  CHECK_FALSE(IsCanvasDrawable(U'\U0001F600'));  // beyond the BMP, which ImWchar cannot hold
  CHECK_FALSE(IsCanvasDrawable(U'\n'));
  CHECK_FALSE(IsCanvasDrawable(U'\u0085'));      // a C1 control
  CHECK_FALSE(IsCanvasDrawable(0xD800));         // a lone surrogate
}

TEST_CASE("every character the canvas draws, in every language, is one the atlas takes") {
  const std::vector<Profile> profiles = BundledProfiles();
  REQUIRE(profiles.size() >= 2);

  std::vector<SourcedText> canvas;

  for (std::string_view lang : kLanguages) {
    WidgetState loading;
    AddCanvasText(loading, lang, &canvas);
    WidgetState failed;
    failed.SetError(LoadError{"profiles/x.json", "HTTP 404", {}, false});
    AddCanvasText(failed, lang, &canvas);
    for (const Profile& p : profiles) {
      WidgetState ready;
      ready.SetProfile(p, 0);
      AddCanvasText(ready, lang, &canvas);
    }
    // A local profile that names no country takes the plain "level.local" line.
    Profile no_country = profiles.front();
    no_country.level = Level::kLocal;
    no_country.country.reset();
    WidgetState local;
    local.SetProfile(no_country, 0);
    AddCanvasText(local, lang, &canvas);
    AddComparisonText(lang, profiles.front(), &canvas);
    // Not drawn on the canvas today, but the dates a wheel would show; kept to the atlas's font.
    for (int m = 1; m <= 12; ++m) {
      const std::string key = "month." + std::to_string(m);
      canvas.push_back({"strings.json " + key + " [" + std::string(lang) + "]", std::string(test::TheStrings().Get(lang, key))});
    }
  }

  const std::set<std::string> missing = MissingGlyphs(canvas);
  CHECK_MESSAGE(missing.empty(), "code points the canvas would draw as the fallback glyph:" << Lines(missing));
}

