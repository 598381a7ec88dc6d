#include "draw/icons.hpp"

#include <cmath>

namespace mgi::draw {
namespace {

constexpr float kPi = 3.14159265f;

ImVec2 At(ImVec2 c, float s, float x, float y) { return {c.x + x * s, c.y + y * s}; }  // x, y in [-0.5, 0.5]

// A person: head and shoulders.
void Rights(ImDrawList& dl, ImVec2 c, float s, ImU32 col) {
  dl.AddCircleFilled(At(c, s, 0, -0.22f), s * 0.17f, col, 20);
  dl.PathArcTo(At(c, s, 0, 0.42f), s * 0.36f, kPi, 2 * kPi, 20);
  dl.PathFillConvex(col);
}

// A building with a pediment and columns.
void Government(ImDrawList& dl, ImVec2 c, float s, ImU32 col) {
  dl.AddTriangleFilled(At(c, s, -0.48f, -0.2f), At(c, s, 0, -0.47f), At(c, s, 0.48f, -0.2f), col);
  for (float x : {-0.34f, -0.11f, 0.12f, 0.35f})
    dl.AddRectFilled(At(c, s, x - 0.06f, -0.14f), At(c, s, x + 0.06f, 0.3f), col);
  dl.AddRectFilled(At(c, s, -0.48f, 0.34f), At(c, s, 0.48f, 0.45f), col);
}

// Two linked rings.
void Partnership(ImDrawList& dl, ImVec2 c, float s, ImU32 col) {
  const float thick = s * 0.09f;
  dl.AddCircle(At(c, s, -0.15f, 0), s * 0.26f, col, 28, thick);
  dl.AddCircle(At(c, s, 0.15f, 0), s * 0.26f, col, 28, thick);
}

// A heart.
void WellBeing(ImDrawList& dl, ImVec2 c, float s, ImU32 col) {
  const float r = s * 0.2f;
  dl.AddCircleFilled(At(c, s, -0.18f, -0.14f), r, col, 20);
  dl.AddCircleFilled(At(c, s, 0.18f, -0.14f), r, col, 20);
  dl.AddTriangleFilled(At(c, s, -0.375f, -0.07f), At(c, s, 0.375f, -0.07f), At(c, s, 0, 0.42f), col);
}

// A warning triangle, its mark cut out.
void Crisis(ImDrawList& dl, ImVec2 c, float s, ImU32 col, ImU32 cut) {
  dl.AddTriangleFilled(At(c, s, 0, -0.46f), At(c, s, 0.5f, 0.42f), At(c, s, -0.5f, 0.42f), col);
  dl.AddRectFilled(At(c, s, -0.045f, -0.18f), At(c, s, 0.045f, 0.16f), cut);
  dl.AddCircleFilled(At(c, s, 0, 0.28f), s * 0.055f, cut, 12);
}

// A path bending into an arrow.
void Route(ImDrawList& dl, ImVec2 c, float s, ImU32 col) {
  const float thick = s * 0.11f;
  dl.PathArcTo(At(c, s, -0.05f, 0.05f), s * 0.32f, kPi * 0.5f, kPi * 1.5f, 16);
  dl.PathLineTo(At(c, s, 0.2f, -0.27f));
  dl.PathStroke(col, 0, thick);
  dl.AddTriangleFilled(At(c, s, 0.18f, -0.46f), At(c, s, 0.46f, -0.27f), At(c, s, 0.18f, -0.08f), col);
  dl.AddCircleFilled(At(c, s, -0.05f, 0.37f), s * 0.08f, col, 12);
}

}  // namespace

void DrawIcon(ImDrawList& dl, std::string_view name, ImVec2 c, float s, ImU32 col, ImU32 background) {
  if (name == "rights") Rights(dl, c, s, col);
  else if (name == "government") Government(dl, c, s, col);
  else if (name == "partnership") Partnership(dl, c, s, col);
  else if (name == "wellbeing") WellBeing(dl, c, s, col);
  else if (name == "crisis") Crisis(dl, c, s, col, background);
  else if (name == "route") Route(dl, c, s, col);
  else dl.AddCircleFilled(c, s * 0.2f, col, 12);
}

}  // namespace mgi::draw
