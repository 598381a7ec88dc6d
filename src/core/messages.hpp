// The small messages the widget's model sends the page besides panels and strings, as typed
// values. Each ToJson is the one place that spells a message's JSON; its shape is
// tests/schemas/KIND.schema.json, held to real emissions by tests/view_models/view-models.test.mjs.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/json_reader.hpp"
#include "core/widget_state.hpp"

namespace mgi {

// Who made a selection: mgi-select's `source` (SPEC section 3).
enum class SelectSource { kPointer, kKeyboard, kApi };

// "layout": how the widget arranges its canvas and panel, sent when that changes.
struct LayoutMessage {
  bool wide = false;     // the panel beside the wheel (else under it)
  bool compare = false;  // two wheels
  float canvas_width = 0, canvas_height = 0;  // CSS pixels
  Json ToJson() const;
};

// "select": a domain was selected (or the introduction shown): mgi-select's detail.
struct SelectMessage {
  std::optional<int> domain;  // index in wheel order; none: the introduction
  SelectSource source = SelectSource::kApi;
  // The page's fragment for the selection ("" for the introduction), so that the page follows it
  // without asking the core back; left out where the widget's links are off.
  std::optional<std::string> link;
  Json ToJson() const;
};

// "error": a profile could not be shown: mgi-error's detail, with the side it concerns.
struct ErrorMessage {
  std::string message;  // one line, for a person
  std::string url;
  std::vector<std::string> details;  // every problem found, with its path
  int side = 0;
  static ErrorMessage From(const LoadError& error, int side) { return {error.message, error.url, error.details, side}; }
  Json ToJson() const;
};

// "warning": something the console should hear about that does not stop the widget.
struct WarningMessage {
  std::string url;
  std::vector<std::string> messages;
  Json ToJson() const;
};

// state() (SPEC section 3), and "ready", which carries it: profile ids, the selected domain, the
// language chosen, and the phase.
struct StateMessage {
  std::optional<int> domain;
  std::optional<std::string> profile, compare;
  Phase phase = Phase::kLoading;
  std::string lang;
  Json ToJson() const;
};

}  // namespace mgi
