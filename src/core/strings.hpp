// Interface strings in the widget's languages (assets/strings.json), with English as the fallback
// for a missing key, and the few formatting rules that follow the language (month names).
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/profile.hpp"

namespace mgi {

class Strings {
 public:
  bool Load(std::string_view json_text, Diagnostics* diag);

  // The text for `key` in `lang`, else English, else the key itself (so a gap shows, not crashes).
  std::string_view Get(std::string_view lang, std::string_view key) const;
  // Get() with "{name}" placeholders replaced.
  std::string Format(std::string_view lang, std::string_view key,
                     std::initializer_list<std::pair<std::string_view, std::string_view>> args) const;

  // "October 2023" / "octobre 2023" / "octubre de 2023".
  std::string MonthYear(std::string_view lang, YearMonth ym) const;

  bool HasLanguage(std::string_view lang) const { return table_.find(lang) != table_.end(); }
  // The interface's language for a widget (SPEC section 3): its own `lang` attribute, else the
  // page's `<html lang>`, else English. Each is a BCP 47 tag read by its primary language subtag,
  // in any case ("fr-CA", "ES"), and counts only when these strings have that language.
  std::string ChooseLanguage(std::string_view own_tag, std::string_view page_tag) const;
  std::vector<std::string> Languages() const;
  std::vector<std::string> Keys(std::string_view lang) const;

 private:
  std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> table_;
};

}  // namespace mgi
