// mgi-validate FILE...
// Checks profiles with the widget's own validator (mgi::LoadProfile) and prints every error and
// warning as "FILE: path: message", then "FILE: valid" or "FILE: invalid" with the counts.
// Exit status: 0 when every file is valid (warnings allowed), 1 otherwise, 2 on a usage error.
#include <iostream>
#include <string>

#include "import/profile_file.hpp"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: mgi-validate FILE...\n  Checks mgi-profile/1 files; exit status 0 only when all are valid.\n";
    return 2;
  }
  bool all_valid = true;
  for (int i = 1; i < argc; ++i) {
    const std::string path = argv[i];
    const mgi::import::ProfileFile file = mgi::import::LoadProfileFile(path, std::cout);
    const bool valid = file.profile.has_value();
    all_valid = all_valid && valid;
    std::cout << mgi::import::Verdict(path, file) << '\n';
  }
  return all_valid ? 0 : 1;
}
