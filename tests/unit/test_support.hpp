// Helpers shared by the unit tests: reading the project's assets and test data.
#pragma once
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "core/framework.hpp"
#include "core/strings.hpp"

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

}  // namespace mgi::test
