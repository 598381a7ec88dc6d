// Helpers shared by the unit tests: reading the project's assets and test data.
#pragma once
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "core/framework.hpp"
#include "core/profile.hpp"
#include "core/strings.hpp"
#include "core/view_model.hpp"
#include "core/widget_state.hpp"

namespace mgi::test {

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
inline std::string Asset(const std::string& rel) { return ReadFile(std::string(MGI_ASSETS_DIR) + "/" + rel); }

inline const Framework& TheFramework() {
  static const Framework fw = [] {
    Framework f;
    Diagnostics d;
    if (!LoadFramework(Asset("framework.json"), &f, &d)) throw std::runtime_error("framework.json does not load");
    return f;
  }();
  return fw;
}

inline const Strings& TheStrings() {
  static const Strings s = [] {
    Strings st;
    Diagnostics d;
    if (!st.Load(Asset("strings.json"), &d)) throw std::runtime_error("strings.json does not load");
    return st;
  }();
  return s;
}

// A profile of assets/profiles, which must load: the tests using it are about what comes after.
inline Profile BundledProfile(const std::string& name) {
  ProfileLoad load = LoadProfile(Asset("profiles/" + name));
  if (!load.profile) throw std::runtime_error("profiles/" + name + " does not load");
  return std::move(*load.profile);
}

// Comparing `first` (left) with `second` (right), both loaded, nothing selected.
inline WidgetState Comparing(const Profile& first, const Profile& second) {
  WidgetState state;
  state.BeginLoading(0, "profiles/first.json");
  state.BeginLoading(1, "profiles/second.json");
  state.SetProfile(0, first, 0);
  state.SetProfile(1, second, 0);
  return state;
}

// The bundled framework and strings in `lang`.
inline TextContext TextIn(std::string_view lang = "en") { return {TheFramework(), TheStrings(), lang}; }

}  // namespace mgi::test
