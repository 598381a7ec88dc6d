// Problems found in input, each tied to where it is (a JSON path such as
// `domains[2].well_developed[0]`, or a line number), so a person can find and fix it.
#pragma once
#include <string>
#include <vector>

namespace mgi {

struct Issue {
  std::string where;    // JSON path or "line N"
  std::string message;  // what is wrong there
  std::string ToString() const { return where.empty() ? message : where + ": " + message; }
};

struct Diagnostics {
  std::vector<Issue> errors;    // any error rejects the input
  std::vector<Issue> warnings;  // shown on the console, input still accepted

  void Error(std::string where, std::string message) { errors.push_back({std::move(where), std::move(message)}); }
  void Warn(std::string where, std::string message) { warnings.push_back({std::move(where), std::move(message)}); }
  bool ok() const { return errors.empty(); }
};

}  // namespace mgi
