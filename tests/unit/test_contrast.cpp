// Issue 6 (WCAG 2.2 AA): text at least 4.5:1 against what it is drawn on, large text and the
// graphics that identify a control or its state (icons, selection and focus rings) at least 3:1.
// The wheel's colours come from framework.json and WheelStyle; the panel's from web/styles.css,
// the stylesheet the loader gives the shadow root.
#include <doctest/doctest.h>

#include <cctype>
#include <cstdio>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

#include "core/colour.hpp"
#include "draw/wheel_style.hpp"
#include "test_support.hpp"

using namespace mgi;

namespace {

constexpr float kTextMinimum = 4.5f, kLargeTextMinimum = 3.0f, kGraphicMinimum = 3.0f;
// WCAG's large text is 18 pt (24 CSS px) regular; the wheel has the regular face only.
constexpr float kLargeTextPx = 24.0f;

float TextMinimumAt(float largest_px) { return largest_px >= kLargeTextPx ? kLargeTextMinimum : kTextMinimum; }

Rgb FromIm(ImU32 c) {
  return {static_cast<std::uint8_t>((c >> IM_COL32_R_SHIFT) & 0xFF), static_cast<std::uint8_t>((c >> IM_COL32_G_SHIFT) & 0xFF),
          static_cast<std::uint8_t>((c >> IM_COL32_B_SHIFT) & 0xFF)};
}

std::string Hex(const Rgb& c) {
  char out[8];
  std::snprintf(out, sizeof out, "#%02X%02X%02X", c.r, c.g, c.b);
  return out;
}

// Hover and selection raise a segment (lift 0..1), which lightens its fill; the label's colour is
// chosen once from the resting colour, so it must read on the whole range.
constexpr float kLifts[] = {0.0f, 0.5f, 1.0f};

Rgb Parsed(std::string_view hex) {
  std::string full(hex);
  if (full.size() == 4)  // CSS shorthand #rgb
    full = {'#', hex[1], hex[1], hex[2], hex[2], hex[3], hex[3]};
  Rgb c;
  if (!ParseHexColour(full, &c)) throw std::runtime_error("not a CSS hex colour: " + std::string(hex));
  return c;
}

std::size_t HexEnd(std::string_view text, std::size_t at) {
  std::size_t end = at + 1;
  while (end < text.size() && std::isxdigit(static_cast<unsigned char>(text[end]))) ++end;
  return end;
}

// The widget's stylesheet, which the loader carries as it is (minified).
std::string WidgetStyleSheet() { return test::ReadFile(std::string(MGI_ASSETS_DIR) + "/../web/styles.css"); }

// The light theme is the fallbacks of var(--mgi-x, #hex); every use must give the same one.
std::map<std::string, Rgb> LightTheme(std::string_view css) {
  std::map<std::string, Rgb> theme;
  for (std::size_t at = css.find("var(--mgi-"); at != std::string_view::npos; at = css.find("var(--mgi-", at + 1)) {
    const std::size_t comma = css.find(',', at), paren = css.find(')', at);
    if (comma == std::string_view::npos || paren < comma) continue;  // no fallback
    const std::string name(css.substr(at + 4, comma - at - 4));
    const std::size_t hash = css.find_first_not_of(' ', comma + 1);
    if (css[hash] != '#') continue;  // a font stack or a length
    const Rgb c = Parsed(css.substr(hash, HexEnd(css, hash) - hash));
    CAPTURE(name);
    if (const auto it = theme.find(name); it != theme.end()) CHECK_MESSAGE(Hex(it->second) == Hex(c), "two fallbacks");
    theme[name] = c;
  }
  return theme;
}

// The dark theme is the declarations in the rule block that follows `selector`.
std::map<std::string, Rgb> Declarations(std::string_view css, std::string_view selector) {
  std::map<std::string, Rgb> theme;
  const std::size_t at = css.find(selector);
  if (at == std::string_view::npos) return theme;
  const std::size_t open = css.find('{', at), close = css.find('}', open);
  const std::string_view block = css.substr(open, close - open);
  for (std::size_t d = block.find("--mgi-"); d != std::string_view::npos; d = block.find("--mgi-", d + 1)) {
    const std::size_t colon = block.find(':', d);
    const std::size_t hash = block.find_first_not_of(' ', colon + 1);
    if (hash == std::string_view::npos || block[hash] != '#') continue;
    theme[std::string(block.substr(d, colon - d))] = Parsed(block.substr(hash, HexEnd(block, hash) - hash));
  }
  return theme;
}

void CheckPanelTheme(const std::map<std::string, Rgb>& theme) {
  REQUIRE(theme.count("--mgi-background"));
  const Rgb background = theme.at("--mgi-background");
  // --mgi-accent is also the Try again button's text colour, so it is held to text contrast; as
  // the focus outline it needs only the 3:1 of a graphic, which text contrast implies.
  for (const char* name : {"--mgi-text", "--mgi-muted", "--mgi-error", "--mgi-accent"}) {
    CAPTURE(name);
    REQUIRE(theme.count(name));
    const float ratio = ContrastRatio(theme.at(name), background);
    INFO(Hex(theme.at(name)), " on ", Hex(background), ": ", ratio, ":1");
    CHECK(ratio >= kTextMinimum);
  }
}

}  // namespace

TEST_CASE("segment labels and icons read on their segment, at rest and raised") {
  const draw::WheelStyle style;
  // Labels are at most label_max_px (and FitText only shrinks them): small text.
  const float minimum = TextMinimumAt(style.label_max_px);
  CHECK(minimum == kTextMinimum);
  for (const FrameworkDomain& d : test::TheFramework().domains) {
    CAPTURE(d.id);
    const Rgb ink = FromIm(draw::LabelColourOn(d.colour));
    for (float lift : kLifts) {
      CAPTURE(lift);
      const Rgb fill = FromIm(draw::SegmentFill(d.colour, lift, style));
      const float ratio = ContrastRatio(ink, fill);
      INFO(Hex(ink), " on ", Hex(fill), ": ", ratio, ":1");
      CHECK(ratio >= kLargeTextMinimum);  // the floor for segment labels
      CHECK(ratio >= minimum);
    }
  }
}

TEST_CASE("labels on the grey segments of a loading or failed wheel") {
  const draw::WheelStyle style;
  const Rgb ink = FromIm(draw::LabelColourOn(style.inactive));
  for (float lift : kLifts) {
    CAPTURE(lift);
    CHECK(ContrastRatio(ink, FromIm(draw::SegmentFill(style.inactive, lift, style))) >= TextMinimumAt(style.label_max_px));
  }
}

TEST_CASE("LabelColourOn picks the more legible of white and near-black") {
  CHECK(FromIm(draw::LabelColourOn({255, 255, 255})).r == 26);
  CHECK(FromIm(draw::LabelColourOn({0, 0, 0})).r == 255);
}

TEST_CASE("the selection ring stands out from a raised segment") {
  const draw::WheelStyle style;
  for (const FrameworkDomain& d : test::TheFramework().domains) {
    CAPTURE(d.id);
    CHECK(ContrastRatio(FromIm(style.selected_ring), FromIm(draw::SegmentFill(d.colour, 1.0f, style))) >= kGraphicMinimum);
  }
}

TEST_CASE("hub text on the hub, plain and hovered") {
  const draw::WheelStyle style;
  // The name is drawn at up to hub_max_px, the level and year lines at label size.
  for (ImU32 fill : {style.hub_fill, style.hub_fill_hover}) {
    const Rgb background = FromIm(fill);
    CAPTURE(Hex(background));
    CHECK(ContrastRatio(FromIm(style.hub_text), background) >= TextMinimumAt(style.hub_max_px));
    CHECK(ContrastRatio(FromIm(style.hub_subtext), background) >= TextMinimumAt(style.label_max_px));
  }
}

TEST_CASE("the keyboard focus ring shows on the hub and on a light or dark page") {
  const draw::WheelStyle style;
  const Rgb ring = FromIm(style.focus_ring);
  // The canvas is transparent: a segment's ring is seen against the page, which is light by
  // default and dark where the widget's dark theme is used; the hub's ring is drawn on the hub.
  const std::string css = WidgetStyleSheet();
  const Rgb light_page = LightTheme(css).at("--mgi-background");
  const Rgb dark_page = Declarations(css, ":host([theme=\"dark\"])").at("--mgi-background");
  for (const Rgb& background : {FromIm(style.hub_fill), FromIm(style.hub_fill_hover), light_page, dark_page}) {
    const float ratio = ContrastRatio(ring, background);
    INFO(Hex(ring), " on ", Hex(background), ": ", ratio, ":1");
    CHECK(ratio >= kGraphicMinimum);
  }
}

TEST_CASE("the panel's colours, light theme") {
  const auto light = LightTheme(WidgetStyleSheet());
  CheckPanelTheme(light);
  CHECK(Hex(light.at("--mgi-background")) == "#FFFFFF");  // the README's documented default
}

TEST_CASE("the panel's colours, dark theme, forced or following the system") {
  const std::string css = WidgetStyleSheet();
  const auto forced = Declarations(css, ":host([theme=\"dark\"])");
  const auto automatic = Declarations(css, ":host([theme=\"auto\"])");
  CheckPanelTheme(forced);
  REQUIRE(forced.size() == automatic.size());
  for (const auto& [name, colour] : forced) {
    CAPTURE(name);
    REQUIRE(automatic.count(name));
    CHECK(Hex(automatic.at(name)) == Hex(colour));
  }
}
