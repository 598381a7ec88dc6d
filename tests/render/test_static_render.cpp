// mgi-render's pictures and fragments (src/render), natively: the widget's own frame drawn on the
// CPU with DejaVu Sans through stb_truetype, checked pixel by pixel where the layout says each
// thing is; and the fragment's fallback, checked for every finding.
#include <doctest/doctest.h>

#include <cmath>
#include <numbers>
#include <string>

#include "core/domains.hpp"
#include "draw/wheel_style.hpp"
#include "render/png_file.hpp"
#include "render/static_fragment.hpp"
#include "render/static_wheel.hpp"
#include "render/truetype_glyphs.hpp"
#include "test_support.hpp"

using namespace mgi;

namespace {

render::TrueTypeGlyphs& Font() {
  static std::unique_ptr<render::TrueTypeGlyphs> font = [] {
    std::string error;
    auto f = render::TrueTypeGlyphs::FromBytes(test::ReadFile(MGI_RENDER_FONT), &error);
    if (!f) throw std::runtime_error(std::string(MGI_RENDER_FONT) + ": " + error);
    return f;
  }();
  return *font;
}

std::string TestData(const std::string& rel) { return test::ReadFile(std::string(MGI_TEST_DATA_DIR) + "/" + rel); }

struct Rendered {
  render::WheelPicture picture;
  Json layout;
};

Rendered Render(std::vector<render::ProfileSource> profiles, std::string domain = "", float scale = 2) {
  render::WheelRequest request{std::move(profiles), "en", std::move(domain), 480, scale};
  std::string error;
  auto picture = render::RenderWheelPicture(test::TheFramework(), test::TheStrings(), request, Font(), Font(), &error);
  REQUIRE_MESSAGE(picture.has_value(), error);
  return {*picture, Json::parse(picture->layout_json)};
}

struct Pixel {
  int r, g, b, a;
};

// The picture's pixel at a point of the canvas given in CSS pixels (the canvas's corner if outside).
Pixel At(const Rendered& r, float css_x, float css_y, float scale = 2) {
  int x = r.picture.canvas_x + static_cast<int>(css_x * scale), y = r.picture.canvas_y + static_cast<int>(css_y * scale);
  const bool inside = x >= 0 && y >= 0 && x < r.picture.width && y < r.picture.height;
  if (!inside) {
    FAIL_CHECK("(" << css_x << ", " << css_y << ") is outside the picture");
    x = y = 0;
  }
  const std::uint8_t* p = &r.picture.rgba[(static_cast<std::size_t>(y) * static_cast<std::size_t>(r.picture.width) + static_cast<std::size_t>(x)) * 4];
  return {p[0], p[1], p[2], p[3]};
}

// A point of wheel `w` at `radius` from its centre, `deg` clockwise from 12 o'clock.
std::pair<float, float> Polar(const Json& w, float radius, float deg) {
  const float rad = deg * std::numbers::pi_v<float> / 180;
  return {w["cx"].get<float>() + radius * std::sin(rad), w["cy"].get<float>() - radius * std::cos(rad)};
}

int Distance(const Pixel& p, const Rgb& c) { return std::abs(p.r - c.r) + std::abs(p.g - c.g) + std::abs(p.b - c.b); }

// Which domain's colour (as drawn, or lightened as a raised segment is) `p` is nearest to.
int NearestDomain(const Pixel& p) {
  int best = -1, best_distance = 1 << 30;
  for (int d = 0; d < kDomainCount; ++d) {
    const Rgb c = test::TheFramework().domains[d].colour;
    const ImU32 lifted = draw::SegmentFill(c, 1, draw::WheelStyle{});
    const Rgb l{static_cast<std::uint8_t>(lifted & 255), static_cast<std::uint8_t>((lifted >> 8) & 255), static_cast<std::uint8_t>((lifted >> 16) & 255)};
    const int distance = std::min(Distance(p, c), Distance(p, l));
    if (distance < best_distance) best = d, best_distance = distance;
  }
  return best_distance < 40 ? best : -1;
}

// Each segment shows its domain's colour, just inside the ring's inner edge beside its middle
// (clear of the icon and the label), and only the selected one reaches past the ring's edge.
void CheckWheel(const Rendered& r, int wheel, std::optional<int> selected) {
  const Json& w = r.layout["wheels"][wheel];
  const float r_inner = w["r_inner"].get<float>(), r_outer = w["r_outer"].get<float>();
  for (int d = 0; d < kDomainCount; ++d) {
    CAPTURE(d);
    const Json& seg = w["segments"][d];
    CHECK(seg["id"] == kDomainIds[d]);
    const float start = seg["start_deg"].get<float>(), end = seg["end_deg"].get<float>(), mid = (start + end) / 2;
    const auto [x, y] = Polar(w, r_inner + (r_outer - r_inner) * 0.12f, mid + 20);
    CHECK(NearestDomain(At(r, x, y)) == d);
    const bool lifted = selected && *selected == d;
    const auto [ox, oy] = Polar(w, r_outer + (lifted ? 0.0f : 3.0f), mid);
    const Pixel outside = At(r, ox, oy);
    if (lifted) CHECK(NearestDomain(outside) == d);
    else CHECK(outside.r + outside.g + outside.b >= 3 * 250);  // the white background
  }
  // The hub carries the jurisdiction's name: dark ink within its circle.
  int ink = 0;
  const float cx = w["cx"].get<float>(), cy = w["cy"].get<float>();
  for (float y = cy - r_inner * 0.7f; y <= cy + r_inner * 0.7f; y += 0.5f)
    for (float x = cx - r_inner * 0.7f; x <= cx + r_inner * 0.7f; x += 0.5f) {
      const Pixel p = At(r, x, y);
      ink += p.r + p.g + p.b < 3 * 120;
    }
  CHECK(ink > 300);
}

}  // namespace

TEST_CASE("TrueTypeGlyphs: DejaVu Sans's metrics, and ink where a glyph is drawn") {
  const draw::MeasuredFace face = Font().Measure(20, {U'H', U' ', U'g'});
  CHECK(face.metrics.ascent == doctest::Approx(20 * 1901.0 / 2048).epsilon(0.01));  // DejaVu's hhea ascent
  CHECK(face.metrics.descent == doctest::Approx(20 * 483.0 / 2048).epsilon(0.01));
  CHECK(face.boxes[0].advance == doctest::Approx(20 * 1542.0 / 2048).epsilon(0.01));  // 'H'
  CHECK(face.boxes[1].x0 == face.boxes[1].x1);  // a space has no ink
  CHECK(face.boxes[2].y1 > 0);                   // 'g' reaches below the baseline
  const std::vector<unsigned char> pixels = Font().Draw({{U'H', 20, 2, 20}}, 24, 24);
  int covered = 0;
  for (unsigned char c : pixels) covered += c > 128;
  CHECK(covered > 30);
  CHECK(pixels[23 * 24 + 23] == 0);
}

TEST_CASE("the wheel of each seed profile, and of a profile with missing domains") {
  SUBCASE("Republic of Azerbaijan, Partnerships selected") {
    const Rendered r = Render({{"azerbaijan-2023.json", test::Asset("profiles/azerbaijan-2023.json")}}, "partnerships");
    CheckWheel(r, 0, 2);
  }
  SUBCASE("Municipality of Balti, nothing selected") {
    const Rendered r = Render({{"balti-2023.json", test::Asset("profiles/balti-2023.json")}});
    CheckWheel(r, 0, std::nullopt);
  }
  SUBCASE("five domains unpublished: still six segments in their colours") {
    const Rendered r = Render({{"missing-domains.json", TestData("valid/missing-domains.json")}}, "well-being");
    CheckWheel(r, 0, 3);
  }
  SUBCASE("comparing: both wheels, the selection on both") {
    const Rendered r = Render({{"balti-2023.json", test::Asset("profiles/balti-2023.json")},
                               {"azerbaijan-2023.json", test::Asset("profiles/azerbaijan-2023.json")}},
                              "mobility-crises");
    REQUIRE(r.layout["wheels"].size() == 2);
    CheckWheel(r, 0, 4);
    CheckWheel(r, 1, 4);
  }
}

TEST_CASE("the picture: the download's layout around the canvas, at the requested scale") {
  const Rendered two = Render({{"balti-2023.json", test::Asset("profiles/balti-2023.json")}});
  const Rendered three = Render({{"balti-2023.json", test::Asset("profiles/balti-2023.json")}}, "", 3);
  CHECK(two.picture.canvas_width == 960);  // 480 CSS pixels at 2
  CHECK(three.picture.width == doctest::Approx(two.picture.width * 1.5).epsilon(0.01));
  CHECK(two.picture.width >= two.picture.canvas_width);
  CHECK(two.picture.height > two.picture.canvas_height + 100);  // the name above, the legend below
  // Opaque everywhere, white in the corner.
  for (std::size_t i = 3; i < two.picture.rgba.size(); i += 4) REQUIRE(two.picture.rgba[i] == 255);
  CHECK(two.picture.rgba[0] == 255);
  std::string error;
  const auto png = render::EncodePng(two.picture.rgba, two.picture.width, two.picture.height, &error);
  REQUIRE(png.has_value());
  CHECK(png->substr(1, 3) == "PNG");
}

TEST_CASE("the fragment: every finding, in headings and lists, with the image and its alt text") {
  const Profile balti = test::BundledProfile("balti-2023.json");
  const Profile missing = [] {
    ProfileLoad load = LoadProfile(TestData("valid/missing-domains.json"));
    REQUIRE(load.profile);
    return std::move(*load.profile);
  }();
  render::FragmentRequest request;
  request.profiles = {{&balti, "profiles/balti-2023.json"}};
  request.png_url = "static/balti-2023.png";
  request.png_width_css = 560;
  request.png_height_css = 660;
  const std::string html = render::BuildFragment(test::TheFramework(), test::TheStrings(), request);
  CHECK(html.rfind("<mgi-wheel profile=\"profiles/balti-2023.json\" lang=\"en\">", 0) == 0);
  CHECK(html.find("<img src=\"static/balti-2023.png\" width=\"560\" height=\"660\" alt=\"Migration governance wheel of Municipality of Balti.") != std::string::npos);
  for (const DomainFindings& d : balti.domains)
    for (const auto* list : {&d.well_developed, &d.further_development})
      for (const std::string& item : *list) {
        CAPTURE(item);
        CHECK(html.find("<li>" + render::EscapeHtml(item) + "</li>") != std::string::npos);
      }
  CHECK(html.find("<h3>Migrants’ rights</h3>") != std::string::npos);
  CHECK(html.find("Examples of well-developed areas (") != std::string::npos);
  CHECK(html.find("<section data-domain=\"safe-orderly-migration\">") != std::string::npos);
  CHECK(html.find("@media print") != std::string::npos);
  CHECK(html.find("[data-domain=") == std::string::npos);  // no selection: all domains print

  SUBCASE("in French, a domain selected, a profile with domains missing") {
    render::FragmentRequest fr = request;
    fr.profiles = {{&missing, "t.json"}};
    fr.lang = "fr";
    fr.domain = "partnerships";
    const std::string out = render::BuildFragment(test::TheFramework(), test::TheStrings(), fr);
    CHECK(out.find(" lang=\"fr\" domain=\"partnerships\">") != std::string::npos);
    CHECK(out.find(test::TheStrings().Get("fr", "domain.unpublished")) != std::string::npos);
    CHECK(out.find("<ul lang=\"en\">") != std::string::npos);  // the findings keep the profile's language
    CHECK(out.find(":not([data-domain=\"partnerships\"])") != std::string::npos);
  }
  SUBCASE("text is escaped") {
    CHECK(render::EscapeHtml("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;");
  }
}
