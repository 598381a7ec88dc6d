#include "core/panel_views.hpp"

namespace mgi {
namespace {

template <typename View>
Json ArrayOf(const std::vector<View>& views) {
  Json array = Json::array();
  for (const View& view : views) array.push_back(view.ToJson());
  return array;
}

template <typename T>
Json OrNull(const std::optional<T>& value) {
  return value ? Json(*value) : Json(nullptr);
}

template <typename View>
Json ViewOrNull(const std::optional<View>& view) {
  return view ? view->ToJson() : Json(nullptr);
}

}  // namespace

Json FindingListView::ToJson() const {
  return {{"id", id}, {"heading", heading}, {"count", count}, {"items", items}, {"keys", keys}, {"empty", empty}};
}

Json LoadErrorView::ToJson() const {
  Json error = {{"message", message}, {"url", url}, {"details", details}, {"retry", retry}};
  if (note) error["note"] = *note;
  return error;
}

Json CompareSideView::ToJson() const {
  return {{"side", side},   {"state", state},     {"name", name},           {"level", level},
          {"year", year},   {"lang", lang},       {"marker", marker},       {"description", description},
          {"lists", ArrayOf(lists)}, {"note", note}, {"error", ViewOrNull(error)}, {"url", url}};
}

Json OverviewRowView::ToJson() const {
  Json sides = Json::array();
  for (const auto& side : counts) sides.push_back(OrNull(side));
  return {{"domain", domain}, {"name", name}, {"colour", colour}, {"counts", sides}};
}

Json CompareView::ToJson() const {
  return {{"not_ranking", not_ranking},
          {"hint", hint},
          {"levels_note", levels_note},
          {"table_caption", table_caption},
          {"columns", columns},
          {"sides", ArrayOf(sides)},
          {"overview", overview ? Json{{"rows", ArrayOf(*overview)}} : Json(nullptr)}};
}

Json PanelView::ToJson() const {
  Json panel = {{"state", state},
                {"lang", lang},
                {"content_lang", content_lang},
                {"heading_lang", heading_lang},
                {"domain", OrNull(domain)},
                {"kicker", kicker},
                {"heading", heading},
                {"colour", OrNull(colour)},
                {"meta", meta},
                {"description", description},
                {"paragraphs", paragraphs},
                {"lists", ArrayOf(lists)},
                {"note", note},
                {"announce", announce},
                {"error", ViewOrNull(error)}};
  if (compare) panel["compare"] = compare->ToJson();
  return panel;
}

}  // namespace mgi
