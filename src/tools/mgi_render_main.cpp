// mgi-render PROFILE.json [--compare PROFILE2.json] [--lang en|fr|es] [--domain ID]
//            [--width PX] [--scale N] [--png OUT.png] [--html OUT.html]
//            [--profile-url URL] [--compare-url URL] [--png-url URL] [--font FONT.ttf]
// The wheel as a PNG, drawn by the widget's own drawing code on the CPU, and the HTML fragment
// whose fallback a reader without JavaScript sees (SPEC section 4; src/render).
// Exit status: 0 written; 1 a profile is invalid (mgi-validate's messages on stderr); 2 usage:
// an unknown option, language or domain, a bad width or scale, an unwritable output, an unusable
// font. Nothing is written unless everything is: no output is left half-written.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "core/domains.hpp"
#include "core/framework.hpp"
#include "core/strings.hpp"
#include "import/file_io.hpp"
#include "import/profile_file.hpp"
#include "platform/embedded_assets.hpp"
#include "render/png_file.hpp"
#include "render/static_fragment.hpp"
#include "render/static_wheel.hpp"
#include "render/truetype_glyphs.hpp"

namespace {

constexpr const char* kUsage =
    "usage: mgi-render PROFILE.json [--compare PROFILE2.json] [--lang en|fr|es] [--domain ID]\n"
    "                  [--width PX] [--scale N] [--png OUT.png] [--html OUT.html]\n"
    "                  [--profile-url URL] [--compare-url URL] [--png-url URL] [--font FONT.ttf]\n"
    "  Draws a profile's wheel as the widget does (PNG) and writes the HTML fragment with its fallback.\n";

constexpr float kMinWidth = 280, kMaxWidth = 2400;  // the widget is made for 280 px and up
constexpr float kMaxScale = 4;

int Usage(const std::string& message) {
  std::cerr << "mgi-render: " << message << '\n' << kUsage;
  return 2;
}

std::optional<float> ParseNumber(const std::string& text) {
  try {
    std::size_t used = 0;
    const float v = std::stof(text, &used);
    if (used == text.size()) return v;
  } catch (const std::exception&) {
  }
  return std::nullopt;
}

std::string FileName(const std::string& path) { return std::filesystem::path(path).filename().string(); }

}  // namespace

int main(int argc, char** argv) {
  // ---- Arguments
  std::map<std::string, std::string> options;
  std::string profile_path;
  const char* const known[] = {"--compare", "--lang", "--domain", "--width", "--scale", "--png", "--html",
                               "--profile-url", "--compare-url", "--png-url", "--font"};
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.rfind("--", 0) != 0) {
      if (!profile_path.empty()) return Usage("one PROFILE.json only (got \"" + profile_path + "\" and \"" + arg + "\")");
      profile_path = arg;
      continue;
    }
    if (std::find(std::begin(known), std::end(known), arg) == std::end(known)) return Usage("unknown option " + arg);
    if (i + 1 >= argc) return Usage(arg + " needs a value");
    options[arg] = argv[++i];
  }
  const auto option = [&](const char* name, std::string fallback = "") {
    const auto it = options.find(name);
    return it == options.end() ? fallback : it->second;
  };
  if (profile_path.empty()) return Usage("no PROFILE.json given");
  const std::string png_path = option("--png"), html_path = option("--html");
  if (png_path.empty() && html_path.empty()) return Usage("nothing to write: give --png OUT.png and/or --html OUT.html");
  const std::string lang = option("--lang", "en");
  if (lang != "en" && lang != "fr" && lang != "es") return Usage("--lang " + lang + ": expected en, fr or es");
  const std::string domain = option("--domain");
  if (!domain.empty() && !mgi::DomainIndex(domain))
    return Usage("--domain " + domain + ": unknown domain (one of " + mgi::DomainIdList() + ")");
  const std::optional<float> width = ParseNumber(option("--width", "480"));
  if (!width || *width < kMinWidth || *width > kMaxWidth)
    return Usage("--width " + option("--width") + ": expected CSS pixels from 280 to 2400");
  const std::optional<float> scale = ParseNumber(option("--scale", "2"));
  if (!scale || *scale < 1 || *scale > kMaxScale) return Usage("--scale " + option("--scale") + ": expected a number from 1 to 4");

  // ---- Profiles: validated as mgi-validate does, with its messages
  std::vector<std::string> paths = {profile_path};
  if (options.count("--compare")) paths.push_back(options["--compare"]);
  std::vector<mgi::Profile> profiles;
  std::vector<mgi::render::ProfileSource> sources;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    mgi::import::ProfileFile file = mgi::import::LoadProfileFile(paths[i], std::cerr);
    if (!file.profile) {
      std::cerr << mgi::import::Verdict(paths[i], file) << '\n';
      return 1;
    }
    std::string reason;
    std::optional<std::string> text = mgi::import::ReadWholeFile(paths[i], &reason);
    if (!text) {
      std::cerr << paths[i] << ": cannot read: " << reason << '\n';
      return 1;
    }
    profiles.push_back(std::move(*file.profile));
    const std::string url = option(i == 0 ? "--profile-url" : "--compare-url", FileName(paths[i]));
    sources.push_back({url, std::move(*text)});
  }

  // ---- Framework, strings and the font
  mgi::Framework framework;
  mgi::Strings strings;
  mgi::Diagnostics diagnostics;
  if (!mgi::LoadFramework(mgi::embedded::framework_json, &framework, &diagnostics) ||
      !strings.Load(mgi::embedded::strings_json, &diagnostics)) {
    std::cerr << "mgi-render: the built-in framework or strings do not load\n";
    return 2;
  }
  const std::string font_path = option("--font", MGI_RENDER_DEFAULT_FONT);
  std::string reason;
  std::optional<std::string> font_bytes = mgi::import::ReadWholeFile(font_path, &reason);
  std::unique_ptr<mgi::render::TrueTypeGlyphs> glyphs =
      font_bytes ? mgi::render::TrueTypeGlyphs::FromBytes(std::move(*font_bytes), &reason) : nullptr;
  if (!glyphs) return Usage("--font " + font_path + ": " + reason);
  // The picture's title is semibold, as the widget's download sets it: the bold face beside the
  // default font; a font given with --font sets the title too.
  std::unique_ptr<mgi::render::TrueTypeGlyphs> bold;
  if (!options.count("--font")) {
    std::optional<std::string> bold_bytes = mgi::import::ReadWholeFile(MGI_RENDER_BOLD_FONT, &reason);
    bold = bold_bytes ? mgi::render::TrueTypeGlyphs::FromBytes(std::move(*bold_bytes), &reason) : nullptr;
    if (!bold) return Usage(std::string(MGI_RENDER_BOLD_FONT) + ": " + reason);
  }

  // ---- Rendering: everything in memory first
  mgi::render::WheelRequest request{sources, lang, domain, *width, *scale};
  const auto start = std::chrono::steady_clock::now();
  std::optional<mgi::render::WheelPicture> picture = mgi::render::RenderWheelPicture(framework, strings, request, *glyphs, bold ? *bold : *glyphs, &reason);
  if (!picture) {
    std::cerr << "mgi-render: " << reason << '\n';
    return 1;
  }
  const auto drawn = std::chrono::steady_clock::now();
  std::optional<std::string> png = mgi::render::EncodePng(picture->rgba, picture->width, picture->height, &reason);
  if (!png) {
    std::cerr << "mgi-render: " << reason << '\n';
    return 2;
  }
  std::string html;
  if (!html_path.empty()) {
    mgi::render::FragmentRequest fragment;
    for (std::size_t i = 0; i < profiles.size(); ++i) fragment.profiles.push_back({&profiles[i], sources[i].url});
    fragment.lang = lang;
    fragment.domain = domain;
    fragment.png_url = option("--png-url", png_path.empty() ? "wheel.png" : FileName(png_path));
    fragment.png_width_css = static_cast<int>(picture->width / *scale + 0.5f);
    fragment.png_height_css = static_cast<int>(picture->height / *scale + 0.5f);
    html = mgi::render::BuildFragment(framework, strings, fragment);
  }
  const auto ms = [](auto from, auto to) { return std::to_string(std::lround(std::chrono::duration<double, std::milli>(to - from).count())); };
  const std::string timing = "drawn in " + ms(start, drawn) + " ms, PNG encoded and fragment built in " + ms(drawn, std::chrono::steady_clock::now()) + " ms";

  // ---- Output: each file all-or-nothing; the PNG is taken back if the fragment cannot be written
  if (!png_path.empty() && !mgi::import::WriteFileAtomically(png_path, *png, &reason))
    return Usage("cannot write " + png_path + ": " + reason);
  if (!html_path.empty() && !mgi::import::WriteFileAtomically(html_path, html, &reason)) {
    if (!png_path.empty()) std::remove(png_path.c_str());
    return Usage("cannot write " + html_path + ": " + reason);
  }
  std::cout << "mgi-render: " << profile_path << " -> " << (png_path.empty() ? "" : png_path + " (" + std::to_string(png->size()) + " bytes)")
            << (png_path.empty() || html_path.empty() ? "" : ", ")
            << (html_path.empty() ? "" : html_path + " (" + std::to_string(html.size()) + " bytes)") << "; " << timing << '\n';
  return 0;
}
