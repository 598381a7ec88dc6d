// Small vector icons for the six domains, drawn with ImDrawList primitives so they stay crisp at
// any size and devicePixelRatio and cost no texture. Names come from assets/framework.json.
#pragma once
#include <string_view>

#include "imgui.h"

namespace mgi::draw {

// Draws the icon `name` centred on `centre`, fitting a square of side `size`, in `colour` on
// `background` (cut-outs use it). Unknown names draw a plain dot, so a framework typo shows
// rather than breaks.
void DrawIcon(ImDrawList& dl, std::string_view name, ImVec2 centre, float size, ImU32 colour, ImU32 background);

}  // namespace mgi::draw
