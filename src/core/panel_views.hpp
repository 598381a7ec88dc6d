// The findings panel as typed values: what view_model.cpp and compare_view.cpp compute, and, in
// each ToJson, the one place that spells the JSON JavaScript receives (its shape is
// tests/schemas/panel.schema.json, held to real emissions by tests/view_models/view-models.test.mjs).
#pragma once
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/json_reader.hpp"

namespace mgi {

struct FindingListView {
  std::string_view id;  // "well_developed" | "further_development"
  std::string heading;
  std::size_t count = 0;
  std::vector<std::string> items;
  std::vector<std::string> keys;  // each item's finding key (finding_key.hpp)
  std::string empty;              // what to show when the list has no items

  Json ToJson() const;
};

struct LoadErrorView {
  std::string message;
  std::string url;
  std::vector<std::string> details;
  std::string retry;               // the Try again button's label
  std::optional<std::string> note; // a comparison's side carries its note with its error

  Json ToJson() const;
};

// One profile's column in a comparison.
struct CompareSideView {
  int side = 0;
  std::string_view state = "loading";  // "loading" | "ready" | "error"
  std::string name;
  std::string level;
  std::string year;
  std::string lang;
  std::string_view marker;  // "filled" | "outlined"
  std::string description;  // when the two profiles' levels differ
  std::vector<FindingListView> lists;
  std::string note;
  std::optional<LoadErrorView> error;
  std::string url;

  Json ToJson() const;
};

// A domain's row of the overview: per side, [well developed, further development], or nothing
// when that side is not shown.
struct OverviewRowView {
  std::string_view domain;
  std::string name;
  std::string colour;
  std::array<std::optional<std::array<int, 2>>, 2> counts;

  Json ToJson() const;
};

struct CompareView {
  std::string not_ranking;
  std::string hint;
  std::string levels_note;
  std::string table_caption;
  std::array<std::string, 2> columns;
  std::vector<CompareSideView> sides;
  std::optional<std::vector<OverviewRowView>> overview;  // with no domain selected

  Json ToJson() const;
};

struct PanelView {
  std::string_view state;  // "loading" | "intro" | "domain" | "error" | "compare"
  std::string lang;
  std::string content_lang;
  std::string heading_lang;
  std::optional<std::string_view> domain;
  std::string kicker;
  std::string heading;
  std::optional<std::string> colour;
  std::vector<std::string> meta;
  std::vector<std::string> description;
  std::vector<std::string> paragraphs;
  std::vector<FindingListView> lists;
  std::string note;
  std::string announce;  // the sentence for the live region
  std::optional<LoadErrorView> error;
  std::optional<CompareView> compare;

  Json ToJson() const;
};

}  // namespace mgi
