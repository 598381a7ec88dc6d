#include "core/strings.hpp"

#include <cctype>

#include "core/json_reader.hpp"

namespace mgi {

bool Strings::Load(std::string_view json_text, Diagnostics* diag) {
  const Json root = Json::parse(json_text, nullptr, false);
  if (root.is_discarded() || !root.is_object()) {
    diag->Error("(root)", "strings data is not a JSON object");
    return false;
  }
  for (const auto& [lang, entries] : root.items()) {
    if (!entries.is_object()) { diag->Error(lang, "expected an object of strings"); continue; }
    for (const auto& [key, value] : entries.items()) {
      if (!value.is_string()) { diag->Error(JoinPath(lang, key), "expected a string"); continue; }
      table_[lang][key] = value.get<std::string>();
    }
  }
  if (!HasLanguage("en")) diag->Error("en", "the English strings are missing");
  return diag->ok();
}

std::string_view Strings::Get(std::string_view lang, std::string_view key) const {
  for (std::string_view l : {lang, std::string_view("en")}) {
    if (auto t = table_.find(l); t != table_.end())
      if (auto it = t->second.find(key); it != t->second.end()) return it->second;
  }
  return key;
}

std::string Strings::Format(std::string_view lang, std::string_view key,
                            std::initializer_list<std::pair<std::string_view, std::string_view>> args) const {
  std::string out(Get(lang, key));
  for (const auto& [name, value] : args) {
    std::string placeholder;
    placeholder.reserve(name.size() + 2);
    placeholder.append(1, '{').append(name).append(1, '}');
    for (std::size_t at = out.find(placeholder); at != std::string::npos; at = out.find(placeholder, at + value.size()))
      out.replace(at, placeholder.size(), value);
  }
  return out;
}

std::string Strings::MonthYear(std::string_view lang, YearMonth ym) const {
  if (ym.month < 1 || ym.month > 12) return std::to_string(ym.year);
  const std::string month(Get(lang, "month." + std::to_string(ym.month)));
  return Format(lang, "format.month_year", {{"month", month}, {"year", std::to_string(ym.year)}});
}

std::string Strings::ChooseLanguage(std::string_view own_tag, std::string_view page_tag) const {
  for (std::string_view tag : {own_tag, page_tag}) {
    std::string primary;
    for (char c : tag.substr(0, tag.find_first_of("-_"))) primary += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!primary.empty() && HasLanguage(primary)) return primary;
  }
  return "en";
}

std::vector<std::string> Strings::Languages() const {
  std::vector<std::string> out;
  for (const auto& [lang, _] : table_) out.push_back(lang);
  return out;
}

std::vector<std::string> Strings::Keys(std::string_view lang) const {
  std::vector<std::string> out;
  if (auto t = table_.find(lang); t != table_.end())
    for (const auto& [key, _] : t->second) out.push_back(key);
  return out;
}

}  // namespace mgi
