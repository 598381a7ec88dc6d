#include "draw/compare_renderer.hpp"

#include <algorithm>
#include <string>

#include "draw/text_layout.hpp"

namespace mgi::draw {
namespace {

ImVec2 Min(const Rect& r) { return {r.x, r.y}; }
ImVec2 Max(const Rect& r) { return {r.x + r.w, r.y + r.h}; }

ImU32 WithAlpha(const Rgb& c, float alpha) {
  return IM_COL32(c.r, c.g, c.b, static_cast<int>(std::clamp(alpha, 0.0f, 1.0f) * 255.0f));
}

// Left-aligned text, vertically centred on `mid_y`, cut to `max_lines` lines of `width`.
void DrawLeft(ImDrawList& dl, ImFont* font, float size, std::string_view text, float x, float mid_y, float width,
              int max_lines, ImU32 colour) {
  const TextBlock block = WrapText(font, size, text, width, max_lines);
  float y = mid_y - block.Height() * 0.5f;
  for (std::size_t i = 0; i < block.lines.size(); ++i) {
    DrawLine(dl, font, size, block, i, {x, y}, colour);
    y += block.line_height;
  }
}

void DrawBar(ImDrawList& dl, const Rect& bar, int side, const Rgb& colour) {
  const float w = std::max(bar.w, 2.0f);  // a zero count still shows where its bar starts
  const ImVec2 a = Min(bar), b = {bar.x + w, bar.y + bar.h};
  if (side == 0) {
    dl.AddRectFilled(a, b, WithAlpha(colour, 1), 2.0f);
  } else {
    dl.AddRectFilled(a, b, WithAlpha(colour, 0.22f), 2.0f);
    dl.AddRect(a, b, WithAlpha(colour, 1), 2.0f, 0, 2.0f);
  }
}

}  // namespace

void DrawSideMarker(ImDrawList& dl, ImVec2 min, ImVec2 max, int side, ImU32 colour) {
  if (side == 0) dl.AddRectFilled(min, max, colour, 2.0f);
  else dl.AddRect(min, max, colour, 2.0f, 0, 2.0f);
}

void DrawCaption(ImDrawList& dl, const Rect& box, int side, std::string_view text, const FontAtlas& fonts,
                 const WheelStyle& style) {
  const float size = fonts.sizes().label_px;
  const float marker = 14;
  const TextBlock block = WrapText(fonts.label(), size, text, box.w - marker - 14, 1);
  const float text_w = block.lines.empty() ? 0 : block.width;
  const float total = marker + 8 + text_w;
  const float x = box.x + (box.w - total) * 0.5f, mid = box.y + box.h * 0.5f;
  dl.AddRectFilled({x - 8, mid - 12}, {x + total + 8, mid + 12}, style.hub_fill, 12.0f);
  DrawSideMarker(dl, {x, mid - marker * 0.5f}, {x + marker, mid + marker * 0.5f}, side, style.hub_text);
  if (!block.lines.empty()) {
    DrawLine(dl, fonts.label(), size, block, 0, {x + marker + 8, mid - block.line_height * 0.5f}, style.hub_text);
  }
}

void DrawOverviewChart(ImDrawList& dl, const ChartScene& c, const FontAtlas& fonts, const WheelStyle& style) {
  const ChartGeometry& g = c.geometry;
  ImFont* font = fonts.label();
  const float size = fonts.sizes().label_px;
  const float small = fonts.sizes().label_px * 0.92f;
  const Rect card = {g.legend.x, g.legend.y, g.legend.w, g.note.y + g.note.h - g.legend.y};
  // A card of its own, so the text reads on any host background and in either theme.
  dl.AddRectFilled(Min(card), Max(card), style.hub_fill, 8.0f);
  dl.AddRect(Min(card), Max(card), style.hub_border, 8.0f);

  // Legend: marker and name of each side.
  const float half = g.legend.w * 0.5f;
  for (int side = 0; side < 2; ++side) {
    const float x = g.legend.x + 12 + half * static_cast<float>(side), mid = g.legend.y + g.legend.h * 0.55f;
    DrawSideMarker(dl, {x, mid - 6}, {x + 12, mid + 6}, side, style.hub_text);
    DrawLeft(dl, font, size, c.names[side], x + 20, mid, half - 40, 1, style.hub_text);
  }
  for (int l = 0; l < 2; ++l) {
    const Rect& t = g.column_titles[l];
    DrawLeft(dl, font, small, c.column_titles[l], t.x, t.y + t.h * 0.5f, t.w, 1, style.hub_subtext);
  }

  const int max = c.counts.Max();
  for (int d = 0; d < kDomainCount; ++d) {
    const Rect& row = g.rows[d];
    const bool selected = c.selected == d, hovered = c.hovered == d;
    if (selected || hovered) {
      dl.AddRectFilled({row.x + 2, row.y}, {row.x + row.w - 2, row.y + row.h},
                       WithAlpha(c.colours[d], selected ? 0.16f : 0.08f));
    }
    if (selected) dl.AddRectFilled({row.x + 2, row.y}, {row.x + 6, row.y + row.h}, WithAlpha(c.colours[d], 1));
    if (c.focused == d) {
      dl.AddRect({row.x + 3, row.y + 1}, {row.x + row.w - 3, row.y + row.h - 1}, style.focus_ring, 4.0f, 0,
                 style.focus_ring_px);
    }
    DrawLeft(dl, font, small, c.labels[d], row.x + 12, row.y + row.h * 0.5f, g.label_w - 16, 2, style.hub_text);
    for (int l = 0; l < 2; ++l) {
      for (int side = 0; side < 2; ++side) {
        const std::optional<int>& n = c.counts.n[d][side][l];
        const Rect bar = g.Bar(d, static_cast<FindingList>(l), side, n.value_or(0), max);
        if (n) DrawBar(dl, bar, side, c.colours[d]);
        const std::string count = n ? std::to_string(*n) : std::string("—");
        const float x = n ? bar.x + std::max(bar.w, 2.0f) + 5 : bar.x;
        dl.AddText(font, small, {x, bar.y + bar.h * 0.5f - small * 0.5f}, style.hub_subtext, count.c_str());
      }
    }
  }
  DrawLeft(dl, font, small, c.note, g.note.x + 12, g.note.y + g.note.h * 0.45f, g.note.w - 24, 1, style.hub_subtext);
}

}  // namespace mgi::draw
