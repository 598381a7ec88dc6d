#include "core/json_reader.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace mgi {

std::string_view JsonTypeName(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "a list";
    case Json::value_t::string: return "a string";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return "a number";
    default: return "an unsupported value";
  }
}

std::string JoinPath(std::string_view parent, std::string_view key) {
  std::string out(parent);
  if (!out.empty()) out += '.';
  out += key;
  return out;
}

std::string IndexPath(std::string_view parent, std::size_t index) {
  return std::string(parent) + "[" + std::to_string(index) + "]";
}

static const Json* Find(const Json& parent, std::string_view key) {
  if (!parent.is_object()) return nullptr;
  const auto it = parent.find(key);
  return it == parent.end() ? nullptr : &*it;
}

const Json* JsonReader::Object(const Json& parent, std::string_view key, std::string_view path, bool required) {
  const Json* v = Find(parent, key);
  if (!v || v->is_null()) {
    if (required) diag_.Error(std::string(path), "missing (expected an object)");
    return nullptr;
  }
  if (!v->is_object()) {
    diag_.Error(std::string(path), "expected an object, got " + std::string(JsonTypeName(*v)));
    return nullptr;
  }
  return v;
}

bool JsonReader::CheckText(const Json& value, std::string_view path) {
  if (!value.is_string()) {
    diag_.Error(std::string(path), "expected a string, got " + std::string(JsonTypeName(value)));
    return false;
  }
  const auto& s = value.get_ref<const std::string&>();
  const std::size_t chars = CountCodePoints(s);
  if (chars > limits_.max_chars) {
    diag_.Error(std::string(path), "text of " + std::to_string(chars) + " characters is over the limit of " +
                                       std::to_string(limits_.max_chars));
    return false;
  }
  return true;
}

std::optional<std::string> JsonReader::String(const Json& parent, std::string_view key, std::string_view path,
                                              bool required) {
  const Json* v = Find(parent, key);
  if (!v || v->is_null()) {
    if (required) diag_.Error(std::string(path), "missing (expected a string)");
    return std::nullopt;
  }
  if (!CheckText(*v, path)) return std::nullopt;
  return v->get_ref<const std::string&>();
}

std::optional<std::vector<std::string>> JsonReader::StringList(const Json& parent, std::string_view key,
                                                               std::string_view path) {
  const Json* v = Find(parent, key);
  if (!v || v->is_null()) return std::vector<std::string>{};
  if (!v->is_array()) {
    diag_.Error(std::string(path), "expected a list of strings, got " + std::string(JsonTypeName(*v)));
    return std::nullopt;
  }
  if (v->size() > limits_.max_items) {
    diag_.Error(std::string(path), "list of " + std::to_string(v->size()) + " items is over the limit of " +
                                       std::to_string(limits_.max_items));
    return std::nullopt;
  }
  std::vector<std::string> out;
  out.reserve(v->size());
  bool ok = true;
  for (std::size_t i = 0; i < v->size(); ++i) {
    const Json& item = (*v)[i];
    if (!CheckText(item, IndexPath(path, i))) { ok = false; continue; }
    out.push_back(item.get_ref<const std::string&>());
  }
  if (!ok) return std::nullopt;
  return out;
}

void JsonReader::WarnUnknownKeys(const Json& object, std::string_view path,
                                 std::initializer_list<std::string_view> known) {
  if (!object.is_object()) return;
  for (const auto& [key, value] : object.items()) {
    if (std::find(known.begin(), known.end(), key) == known.end())
      diag_.Warn(JoinPath(path, key), "unknown key, ignored");
  }
}

}  // namespace mgi
