#include "render/static_fragment.hpp"

// GCC 12 warns, wrongly, of overlapping copies in "literal" + std::string&& (GCC bug 105329).
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ == 12
#pragma GCC diagnostic ignored "-Wrestrict"
#endif

#include "core/domains.hpp"
#include "core/view_model.hpp"
#include "core/widget_state.hpp"

namespace mgi::render {

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

namespace {

std::string Attr(std::string_view name, std::string_view value) {
  return " " + std::string(name) + "=\"" + EscapeHtml(value) + "\"";
}

// ` lang="..."` where the text's language differs from the interface's (inherited otherwise).
std::string LangIfOther(std::string_view lang, std::string_view around) {
  return lang.empty() || lang == around ? "" : Attr("lang", lang);
}

WidgetState StateOf(const Profile& profile, const std::string& url) {
  WidgetState state;
  state.BeginLoading(0, url);
  state.SetProfile(0, profile, 0);
  return state;
}

// One profile's introduction and findings, under a heading of `level` (2 alone, 3 when comparing).
void AppendProfile(std::string& out, const WidgetState& base, const TextContext& t, int level, std::string& alt) {
  const std::string h = "h" + std::to_string(level), sub = "h" + std::to_string(level + 1),
                    subsub = "h" + std::to_string(level + 2);
  WidgetState state = base;
  state.Select(std::nullopt, 0);
  const PanelView intro = BuildPanelView(state, t);
  out += "<" + h + LangIfOther(intro.heading_lang, t.lang) + ">" + EscapeHtml(intro.heading) + "</" + h + ">\n";
  out += "<p>" + EscapeHtml(intro.kicker);
  for (const std::string& m : intro.meta) out += "<br>" + EscapeHtml(m);
  out += "</p>\n";
  for (const std::string& p : intro.paragraphs)
    out += "<p" + LangIfOther(intro.content_lang, t.lang) + ">" + EscapeHtml(p) + "</p>\n";
  for (int d = 0; d < kDomainCount; ++d) {
    state.Select(d, 0);
    const PanelView panel = BuildPanelView(state, t);
    alt += " " + panel.announce + ".";
    out += "<section" + Attr("data-domain", kDomainIds[d]) + ">\n";
    out += "<" + sub + LangIfOther(panel.heading_lang, t.lang) + ">" + EscapeHtml(panel.heading) + "</" + sub + ">\n";
    if (!panel.note.empty()) out += "<p>" + EscapeHtml(panel.note) + "</p>\n";
    for (const FindingListView& list : panel.lists) {
      out += "<" + subsub + ">" + EscapeHtml(list.heading) + " (" + std::to_string(list.items.size()) + ")</" + subsub + ">\n";
      if (list.items.empty()) {
        out += "<p>" + EscapeHtml(list.empty) + "</p>\n";
        continue;
      }
      out += "<ul" + LangIfOther(panel.content_lang, t.lang) + ">\n";
      for (const std::string& item : list.items) out += "<li>" + EscapeHtml(item) + "</li>\n";
      out += "</ul>\n";
    }
    out += "</section>\n";
  }
}

// The fallback's layout: image and text side by side where there is room, the text scrolling
// within the image's height; printed, the text in full (the selected domain's only, when there is one).
// Inside `@scope`, so that the rules apply to this fallback alone: a page with two fallbacks had each
// <style> match the other's elements, which HTML forbids of a <style> in <body> (the Nu checker
// refused it). A browser without @scope shows the image above the text, in full.
std::string FallbackStyle(const FragmentRequest& request) {
  std::string css = "<style>@scope{"
                    ":scope{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}"
                    ":scope>img{flex:none;max-width:100%;height:auto}"
                    ".mgi-fallback-text{flex:1 1 280px;min-width:0;max-height:" +
                    std::to_string(request.png_height_css) +
                    "px;overflow-y:auto}"
                    "@media print{.mgi-fallback-text{max-height:none;overflow:visible}";
  if (!request.domain.empty())
    css += "section[data-domain]:not([data-domain=\"" + EscapeHtml(request.domain) + "\"]){display:none}";
  return css + "}}</style>\n";
}

}  // namespace

std::string BuildFragment(const Framework& framework, const Strings& strings, const FragmentRequest& request) {
  const TextContext t{framework, strings, request.lang};
  const bool compare = request.profiles.size() > 1;
  std::string body, alt;
  for (std::size_t i = 0; i < request.profiles.size(); ++i) {
    const FragmentProfile& p = request.profiles[i];
    const WidgetState state = StateOf(*p.profile, p.url);
    const Json twin = BuildWheelTwin(state, t);
    alt += (alt.empty() ? "" : " ") + twin["label"].get<std::string>() + ".";
    if (compare) body += "<div class=\"mgi-fallback-side\">\n";
    AppendProfile(body, state, t, compare ? 3 : 2, alt);
    if (compare) body += "</div>\n";
  }

  std::string out = "<mgi-wheel" + Attr("profile", request.profiles[0].url);
  if (compare) out += Attr("compare", request.profiles[1].url);
  out += Attr("lang", request.lang);
  if (!request.domain.empty()) out += Attr("domain", request.domain);
  out += ">\n<div class=\"mgi-fallback\"" + Attr("lang", request.lang) + ">\n";
  out += FallbackStyle(request);
  out += "<img" + Attr("src", request.png_url) + Attr("width", std::to_string(request.png_width_css)) +
         Attr("height", std::to_string(request.png_height_css)) + Attr("alt", alt.substr(alt.find_first_not_of(' '))) + ">\n";
  const std::string title = compare ? strings.Format(request.lang, "compare.heading",
                                                     {{"a", request.profiles[0].profile->name}, {"b", request.profiles[1].profile->name}})
                                    : request.profiles[0].profile->name;
  // The text scrolls beside the image, as the widget's panel beside its wheel: the fallback is about
  // as tall as the widget that takes its place, and the widget keeps that height (web/fallback.js).
  out += "<div class=\"mgi-fallback-text\" role=\"region\" tabindex=\"0\"" + Attr("aria-label", title) + ">\n";
  if (compare) out += "<h2>" + EscapeHtml(title) + "</h2>\n";
  out += body;
  out += "</div>\n</div>\n</mgi-wheel>\n";
  return out;
}

}  // namespace mgi::render
