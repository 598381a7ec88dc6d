// Files compiled into the Wasm binary by cmake/embed.cmake (see wasm.cmake for the list).
#pragma once
#include <string_view>

namespace mgi::embedded {
extern const std::string_view framework_json;
extern const std::string_view strings_json;
}  // namespace mgi::embedded
