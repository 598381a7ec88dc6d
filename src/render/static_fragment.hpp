// The HTML fragment mgi-render writes (--html): the <mgi-wheel> element, whose light-DOM children
// are what a reader without JavaScript, a search engine, a feed reader or a printer gets: the
// profile's title and introduction, the wheel as an image with an alt text (the jurisdiction and
// each domain's counts), and every domain's findings as headings and two lists, in the words the
// widget's panel uses (core/view_model: the same view, built per domain). The findings carry the
// profile's `lang`; the rest the interface's. With JavaScript the widget's shadow root takes the
// element over (web/fallback.js): the children stay out of sight and of the accessibility tree.
#pragma once
#include <string>
#include <vector>

#include "core/framework.hpp"
#include "core/profile.hpp"
#include "core/strings.hpp"

namespace mgi::render {

struct FragmentProfile {
  const Profile* profile = nullptr;
  std::string url;  // the `profile` / `compare` attribute
};

struct FragmentRequest {
  std::vector<FragmentProfile> profiles;  // one, or two to compare
  std::string lang = "en";                // interface language
  std::string domain;                     // "" for none
  std::string png_url;
  int png_width_css = 0, png_height_css = 0;  // the image's box, so the page lays it out before it loads
};

std::string BuildFragment(const Framework& framework, const Strings& strings, const FragmentRequest& request);

// `text` with &, <, >, " and ' as character references: safe in element content and quoted attributes.
std::string EscapeHtml(std::string_view text);

}  // namespace mgi::render
