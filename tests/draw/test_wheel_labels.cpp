// Every text a wheel draws, laid out as the wheel lays it out (draw/wheel_labels), held to its box:
// lines of whole words only, each as narrow as its box, none cut. In English, French and Spanish,
// one profile, two compared, loading and failed, at every width from far below the narrowest
// supported host to a wide page; set in a wide face (fixed_glyphs.hpp), so the words are as long
// as a visitor's fonts make them.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <utility>
#include <functional>
#include <string>
#include <string_view>

#include "draw/wheel_labels.hpp"
#include "model_canvas.hpp"

using namespace mgi;

namespace {

using Canvas = test::ModelCanvas<test::WideSansGlyphs>;

// The narrowest host the widget is made for: a 320 px phone less the page's margins. Narrower
// ones are checked too, for whole words and fitting lines, but not for the size.
constexpr float kNarrowestHost = 280;
constexpr float kWidestHost = 1200;
constexpr float kHostStep = 10;
// The smallest a wheel's text may become in a supported host: still read without zooming.
constexpr float kSmallestTextPx = 9;

// The lines joined back as they were broken: a space between two lines, nothing after the hyphen
// of a compound ("Whole-of-" and "government"). Equal to the text only if no line broke a word.
std::string Rejoined(const draw::TextBlock& block) {
  std::string text;
  for (std::size_t i = 0; i < block.lines.size(); ++i) {
    if (i > 0 && !text.ends_with('-')) text += ' ';
    text += block.lines[i];
  }
  return text;
}

// A line ends after a hyphen only inside a compound of words: never "COVID-" then "19".
bool HyphenBreaksJoinWords(const draw::TextBlock& block) {
  for (std::size_t i = 0; i + 1 < block.lines.size(); ++i) {
    const std::string_view line = block.lines[i], next = block.lines[i + 1];
    if (!line.ends_with('-')) continue;
    if (line.size() < 2 || !std::isalpha(static_cast<unsigned char>(line[line.size() - 2]))) return false;
    if (next.empty() || std::isdigit(static_cast<unsigned char>(next.front()))) return false;
  }
  return true;
}

void CheckFits(const draw::BoxedText& laid_out, std::string_view text, bool supported_width) {
  const draw::TextBlock& block = laid_out.block;
  CAPTURE(std::string(text));
  CAPTURE(laid_out.size);
  CAPTURE(laid_out.box.width);
  CHECK_FALSE(block.truncated);
  CHECK(Rejoined(block) == text);
  CHECK(HyphenBreaksJoinWords(block));
  CHECK(block.lines.size() <= static_cast<std::size_t>(laid_out.box.max_lines));
  CHECK(block.Height() <= laid_out.box.height);
  for (std::size_t i = 0; i < block.lines.size(); ++i) {
    CAPTURE(std::string(block.lines[i]));
    CHECK(block.line_widths[i] <= laid_out.box.width);
  }
  if (supported_width && !text.empty()) CHECK(laid_out.size >= kSmallestTextPx);
}

// Every corner of every line of the hub's texts on its white disc (within `room` of its centre):
// none reaches over the disc's edge into the ring's colours.
void CheckOnDisc(const draw::HubLayout& hub, float room) {
  const std::pair<const draw::TextBlock*, float> blocks[] = {
      {&hub.name.block, hub.name_top}, {&hub.level.block, hub.level_top}, {&hub.year.block, hub.year_top}};
  for (const auto& [block, top] : blocks) {
    for (std::size_t line = 0; line < block->lines.size(); ++line) {
      CAPTURE(std::string(block->lines[line]));
      const float x = block->line_widths[line] / 2;
      for (const float y : {top + block->line_height * line, top + block->line_height * (line + 1)}) {
        CAPTURE(y);
        CHECK(std::hypot(x, y) <= room + 0.01f);
      }
    }
  }
}

void CheckWheel(const Canvas& c, const draw::WheelScene& wheel, bool supported_width) {
  const WheelGeometry& g = wheel.geometry;
  for (int i = 0; i < kDomainCount; ++i) {
    CAPTURE(i);
    const std::string_view label = wheel.segments[i].label;
    CheckFits(draw::LayOutSegment(label, g, 1, c.fonts, c.style).name, label, supported_width);
  }
  const draw::HubView& hub = wheel.hub;
  const draw::HubLayout laid_out = draw::LayOutHub(hub.name, hub.level, hub.year, draw::HubRadius(g, c.style), c.fonts, c.style);
  CheckFits(laid_out.name, hub.name, supported_width);
  // The level and year are left out where they would not be readable on the disc (wheel_labels.hpp).
  if (!laid_out.level.block.lines.empty()) CheckFits(laid_out.level, hub.level, supported_width);
  if (!laid_out.year.block.lines.empty()) CheckFits(laid_out.year, hub.year, supported_width);

  CheckOnDisc(laid_out, draw::HubRadius(g, c.style) - c.style.hub_text_margin_px);
}

// Opens `visit` in each language and resizes its host from 100 px to kWidestHost.
void CheckEveryWidth(const std::function<void(Canvas&)>& visit) {
  for (const char* lang : {"en", "fr", "es"}) {
    CAPTURE(std::string(lang));
    Canvas c(kWidestHost, lang);
    visit(c);
    for (float width = 100; width <= kWidestHost; width += kHostStep) {
      CAPTURE(width);
      c.model.SetHostWidth(width, c.now);
      const draw::FrameScenes scenes = c.Frame();
      for (int side = 0; side < scenes.wheel_count; ++side) {
        CAPTURE(side);
        CheckWheel(c, scenes.wheels[side], width >= kNarrowestHost);
      }
    }
  }
}

}  // namespace

TEST_CASE("a profile's wheel: every label whole, inside its box, at every width and in every language") {
  SUBCASE("a local profile") { CheckEveryWidth([](Canvas& c) { c.Load(0, "balti-2023.json"); }); }
  SUBCASE("a national profile") { CheckEveryWidth([](Canvas& c) { c.Load(0, "azerbaijan-2023.json"); }); }
}

TEST_CASE("comparing: both wheels' labels whole, inside their boxes, at every width and in every language") {
  CheckEveryWidth([](Canvas& c) {
    c.Load(0, "balti-2023.json");
    c.Load(1, "azerbaijan-2023.json");
  });
}

TEST_CASE("loading and failed wheels: the hub's word for it whole, inside its box") {
  SUBCASE("loading") { CheckEveryWidth([](Canvas& c) { c.model.BeginLoading(0, "p.json", c.now); }); }
  SUBCASE("failed") {
    CheckEveryWidth([](Canvas& c) {
      c.model.BeginLoading(0, "p.json", c.now);
      c.model.LoadFailed(0, "p.json", {LoadFailureKind::kHttp, 404, 0, "Not Found"});
    });
  }
}

// Where they fit, the hub says what the profile is (level, country) and when (year); a wheel drops
// them only when the disc is too small for them at a readable size.
TEST_CASE("the hub shows its level and year from the width at which they fit readably") {
  for (const char* file : {"balti-2023.json", "azerbaijan-2023.json"}) {
    for (const char* lang : {"en", "fr", "es"}) {
      CAPTURE(std::string(file));
      CAPTURE(std::string(lang));
      Canvas c(kWidestHost, lang);
      c.Load(0, file);
      std::string shown;
      for (float width = kNarrowestHost; width <= kWidestHost; width += kHostStep) {
        c.model.SetHostWidth(width, c.now);
        const draw::FrameScenes scenes = c.Frame();
        const draw::WheelScene& wheel = scenes.wheels[0];
        const draw::HubLayout hub = draw::LayOutHub(wheel.hub.name, wheel.hub.level, wheel.hub.year,
                                                    draw::HubRadius(wheel.geometry, c.style), c.fonts, c.style);
        shown += hub.level.block.lines.empty() ? (hub.year.block.lines.empty() ? 'n' : 'y') : 'L';
      }
      CAPTURE(shown);  // per width from kNarrowestHost: L all three, y name and year, n the name alone
      CHECK(shown.find('n') == std::string::npos);
      CHECK(std::count(shown.begin(), shown.end(), 'L') * 2 > static_cast<long>(shown.size()));
    }
  }
}
