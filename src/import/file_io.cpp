#include "import/file_io.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

namespace mgi::import {
namespace {

using File = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

std::string Reason() { return errno ? std::strerror(errno) : "input/output error"; }

}  // namespace

std::optional<std::string> ReadWholeFile(const std::string& path, std::string* error) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) { *error = "is a directory"; return std::nullopt; }
  errno = 0;
  File file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) { *error = Reason(); return std::nullopt; }
  std::string bytes;
  char buffer[1 << 16];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, file.get())) > 0) bytes.append(buffer, n);
  if (std::ferror(file.get())) { *error = Reason(); return std::nullopt; }
  return bytes;
}

bool WriteFileAtomically(const std::string& path, std::string_view content, std::string* error) {
  const std::string part = path + ".part";
  errno = 0;
  File file(std::fopen(part.c_str(), "wb"), &std::fclose);
  bool ok = file && std::fwrite(content.data(), 1, content.size(), file.get()) == content.size();
  ok = ok && std::fclose(file.release()) == 0;
  if (ok) {
    std::error_code ec;
    std::filesystem::rename(part, path, ec);
    if (ec) { *error = ec.message(); ok = false; }
  } else {
    *error = Reason();
  }
  if (!ok) {
    std::error_code ignored;
    std::filesystem::remove(part, ignored);
  }
  return ok;
}

}  // namespace mgi::import
