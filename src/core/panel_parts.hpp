// What both panels are made of, the single profile's (view_model) and the comparison's
// (compare_view): the interface's text context and the pieces they share. Apart from both, so that
// view_model, which hands a comparison over to compare_view, and compare_view need not include
// each other.
#pragma once
#include <string>
#include <string_view>

#include "core/framework.hpp"
#include "core/json_reader.hpp"
#include "core/panel_views.hpp"
#include "core/profile.hpp"
#include "core/strings.hpp"

namespace mgi {

struct TextContext {
  const Framework& framework;
  const Strings& strings;
  std::string_view lang;  // interface language
};

std::string LevelLine(const Profile& p, const TextContext& t);
std::string HexColour(const Rgb& c);
// A panel of `state` in the interface language, everything else at its default.
PanelView EmptyPanel(std::string_view state, const TextContext& t);
// A domain's two lists as the panel's `lists`.
std::vector<FindingListView> FindingLists(const DomainFindings& f, const TextContext& t);

}  // namespace mgi
