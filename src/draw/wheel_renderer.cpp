#include "draw/wheel_renderer.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/animation.hpp"
#include "draw/icons.hpp"
#include "draw/text_layout.hpp"
#include "draw/wheel_labels.hpp"
#include "imgui_internal.h"  // ImDrawListSharedData: the atlas's white texel, for untextured triangles

namespace mgi::draw {
namespace {

constexpr float kDegToRad = 3.14159265f / 180.0f;

ImVec2 ToIm(Point p) { return {p.x, p.y}; }

// Corner points of a ring sector, inner arc then outer arc reversed, with parallel-sided gaps of
// `gap` px between neighbours (the angular inset shrinks as the radius grows).
struct Sector {
  Point centre;
  float r_in, r_out, start_deg, end_deg;
};

int ArcSteps(const Sector& s, float step_deg) {
  return std::max(2, static_cast<int>(std::ceil((s.end_deg - s.start_deg) / step_deg)));
}

void ArcPoints(const Sector& s, float gap, float step_deg, std::vector<ImVec2>* inner, std::vector<ImVec2>* outer) {
  const int n = ArcSteps(s, step_deg);
  const float in_inset = (gap * 0.5f / std::max(s.r_in, 1.0f)) / kDegToRad;
  const float out_inset = (gap * 0.5f / std::max(s.r_out, 1.0f)) / kDegToRad;
  inner->clear();
  outer->clear();
  for (int k = 0; k <= n; ++k) {
    const float t = static_cast<float>(k) / static_cast<float>(n);
    const float a_in = (s.start_deg + in_inset) + (s.end_deg - s.start_deg - 2 * in_inset) * t;
    const float a_out = (s.start_deg + out_inset) + (s.end_deg - s.start_deg - 2 * out_inset) * t;
    inner->push_back(ToIm(PolarToScreen(s.centre, s.r_in, a_in)));
    outer->push_back(ToIm(PolarToScreen(s.centre, s.r_out, a_out)));
  }
}

// Fills the sector as a strip of triangles (each quad of the strip is convex), then strokes its
// outline with anti-aliasing so the edges are smooth.
void FillSector(ImDrawList& dl, const Sector& s, float gap, float step_deg, ImU32 col) {
  static std::vector<ImVec2> inner, outer, outline;
  ArcPoints(s, gap, step_deg, &inner, &outer);
  const int pairs = static_cast<int>(inner.size());
  const ImVec2 uv = dl._Data->TexUvWhitePixel;
  dl.PrimReserve((pairs - 1) * 6, pairs * 2);
  const auto base = static_cast<ImDrawIdx>(dl._VtxCurrentIdx);
  for (int k = 0; k < pairs; ++k) {
    dl.PrimWriteVtx(inner[k], uv, col);
    dl.PrimWriteVtx(outer[k], uv, col);
  }
  for (int k = 0; k + 1 < pairs; ++k) {
    const auto i0 = static_cast<ImDrawIdx>(base + 2 * k), o0 = static_cast<ImDrawIdx>(i0 + 1);
    const auto i1 = static_cast<ImDrawIdx>(i0 + 2), o1 = static_cast<ImDrawIdx>(i0 + 3);
    dl.PrimWriteIdx(i0); dl.PrimWriteIdx(o0); dl.PrimWriteIdx(o1);
    dl.PrimWriteIdx(i0); dl.PrimWriteIdx(o1); dl.PrimWriteIdx(i1);
  }
  outline.assign(inner.begin(), inner.end());
  outline.insert(outline.end(), outer.rbegin(), outer.rend());
  dl.AddPolyline(outline.data(), static_cast<int>(outline.size()), col, ImDrawFlags_Closed, 1.0f);
}

void StrokeSector(ImDrawList& dl, const Sector& s, float gap, float step_deg, ImU32 col, float thickness) {
  static std::vector<ImVec2> inner, outer, outline;
  ArcPoints(s, gap, step_deg, &inner, &outer);
  outline.assign(inner.begin(), inner.end());
  outline.insert(outline.end(), outer.rbegin(), outer.rend());
  dl.AddPolyline(outline.data(), static_cast<int>(outline.size()), col, ImDrawFlags_Closed, thickness);
}

ImU32 WithAlpha(ImU32 col, float alpha) {
  const auto a = static_cast<ImU32>(((col >> IM_COL32_A_SHIFT) & 0xFF) * std::clamp(alpha, 0.0f, 1.0f) + 0.5f);
  return (col & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

void DrawSegment(ImDrawList& dl, const WheelScene& scene, int i, const FontAtlas& fonts, const WheelStyle& style,
                 WheelLabelCache& labels) {
  const WheelGeometry& g = scene.geometry;
  const SegmentView& seg = scene.segments[i];
  // The intro sweeps segments in one after another, growing and fading in.
  const float appear = EaseOutCubic(std::clamp(scene.intro * 1.6f - static_cast<float>(i) * 0.1f, 0.0f, 1.0f));
  if (appear <= 0) return;
  const float grow = 0.82f + 0.18f * appear;
  const float mid = g.SegmentMid(i);
  const Point centre = PolarToScreen(g.centre, seg.lift * style.lift_px, mid);
  const Sector sector{centre, g.r_inner * grow, g.r_outer * grow, g.SegmentStart(i), g.SegmentEnd(i)};

  const Rgb colour = scene.active ? seg.colour : style.inactive;
  const ImU32 fill = SegmentFill(colour, seg.lift, style, appear);
  FillSector(dl, sector, style.gap_px, style.arc_step_deg, fill);
  if (seg.selected) StrokeSector(dl, sector, style.gap_px, style.arc_step_deg, WithAlpha(style.selected_ring, appear), 2.0f);
  if (seg.focused) {
    // Two tones: the blue ring reads against the page, the white one inside it against the segment.
    const Sector ring{centre, sector.r_in - 2, sector.r_out + 2, sector.start_deg, sector.end_deg};
    StrokeSector(dl, ring, 0, style.arc_step_deg, style.focus_ring, style.focus_ring_px);
    const float inset = style.focus_ring_px;
    const Sector inner{centre, sector.r_in - 2 + inset, sector.r_out + 2 - inset, sector.start_deg, sector.end_deg};
    StrokeSector(dl, inner, style.gap_px + 2 * inset, style.arc_step_deg, style.selected_ring, 2.0f);
  }

  // Icon above the wrapped name, the pair centred in the ring.
  const ImU32 ink = WithAlpha(LabelColourOn(colour), appear);
  const Point anchor = PolarToScreen(centre, (sector.r_in + sector.r_out) * 0.5f, mid);
  const SegmentLayout& content = labels.Segment(i, seg.label, g, grow, fonts, style);
  const TextBlock& name = content.name.block;
  const float top = anchor.y - content.Height() * 0.5f;
  DrawIcon(dl, seg.icon, {anchor.x, top + content.icon * 0.5f}, content.icon, ink, fill);
  DrawCentred(dl, fonts.label(), content.name.size, name, {anchor.x, top + content.Height() - name.Height() * 0.5f}, ink);
}

void DrawHub(ImDrawList& dl, const WheelScene& scene, const FontAtlas& fonts, const WheelStyle& style,
             WheelLabelCache& labels) {
  const WheelGeometry& g = scene.geometry;
  const float r = HubRadius(g, style);
  const ImVec2 c = ToIm(g.centre);
  dl.AddCircleFilled(c, r, scene.hub_hovered ? style.hub_fill_hover : style.hub_fill, 64);
  dl.AddCircle(c, r, style.hub_border, 64, 1.0f);
  if (scene.hub_focused) dl.AddCircle(c, r - 3, style.focus_ring, 64, style.focus_ring_px);

  const HubLayout& text = labels.Hub(scene.hub.name, scene.hub.level, scene.hub.year, r, fonts, style);
  const auto draw_block = [&](const BoxedText& t, float top, ImFont* font, ImU32 colour) {
    DrawCentred(dl, font, t.size, t.block, {c.x, c.y + top + t.block.Height() * 0.5f}, colour);
  };
  draw_block(text.name, text.name_top, fonts.hub(), style.hub_text);
  draw_block(text.level, text.level_top, fonts.label(), style.hub_subtext);
  draw_block(text.year, text.year_top, fonts.label(), style.hub_subtext);
}

}  // namespace

float HubRadius(const WheelGeometry& g, const WheelStyle& style) { return std::max(0.0f, g.r_inner - style.gap_px); }

void DrawWheel(ImDrawList& dl, const WheelScene& scene, const FontAtlas& fonts, const WheelStyle& style,
               WheelLabelCache& labels) {
  if (scene.geometry.r_outer <= 0 || !fonts.label()) return;
  // Raised segments last, so their lift and rings draw over their neighbours.
  for (int pass = 0; pass < 2; ++pass)
    for (int i = 0; i < kDomainCount; ++i) {
      const SegmentView& s = scene.segments[i];
      const bool raised = s.lift > 0 || s.selected || s.focused;
      if (raised == (pass == 1)) DrawSegment(dl, scene, i, fonts, style, labels);
    }
  DrawHub(dl, scene, fonts, style, labels);
}

}  // namespace mgi::draw
