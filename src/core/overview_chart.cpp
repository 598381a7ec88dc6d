#include "core/overview_chart.hpp"

#include <algorithm>

namespace mgi {
namespace {
constexpr float kLegendHeight = 30;
constexpr float kTitleHeight = 24;
constexpr float kRowHeight = 40;
constexpr float kNoteHeight = 26;
constexpr float kBarHeight = 12;
constexpr float kBarGap = 4;     // between a row's two bars
constexpr float kColumnGap = 16;
constexpr float kCountRoom = 28;  // after a bar, for its number
}  // namespace

int OverviewCounts::Max() const {
  int most = 1;
  for (const auto& domain : n)
    for (const auto& side : domain)
      for (const auto& count : side)
        if (count) most = std::max(most, *count);
  return most;
}

OverviewCounts CountFindings(const Profile* a, const Profile* b) {
  OverviewCounts counts;
  const Profile* sides[2] = {a, b};
  for (int d = 0; d < kDomainCount; ++d) {
    for (int s = 0; s < 2; ++s) {
      if (!sides[s] || !sides[s]->domains[d].published) continue;
      for (const FindingList list : kFindingLists)
        counts.n[d][s][ListIndex(list)] = static_cast<int>(FindingsOf(sides[s]->domains[d], list).size());
    }
  }
  return counts;
}

float OverviewChartHeight() { return kLegendHeight + kTitleHeight + kRowHeight * kDomainCount + kNoteHeight; }

ChartGeometry PlanChart(const Rect& c) {
  ChartGeometry g;
  g.legend = {c.x, c.y, c.w, kLegendHeight};
  // Narrow charts give the names a larger share, so that they wrap onto two lines at most.
  g.label_w = std::clamp(c.w * (c.w < 480 ? 0.36f : 0.3f), 90.0f, 220.0f);
  g.bars_w = std::max(0.0f, (c.w - g.label_w - 2 * kColumnGap) * 0.5f);
  g.bars_x[0] = c.x + g.label_w + kColumnGap;
  g.bars_x[1] = g.bars_x[0] + g.bars_w + kColumnGap;
  const float title_y = c.y + kLegendHeight;
  for (int l = 0; l < 2; ++l) g.column_titles[l] = {g.bars_x[l], title_y, g.bars_w, kTitleHeight};
  for (int d = 0; d < kDomainCount; ++d)
    g.rows[d] = {c.x, title_y + kTitleHeight + kRowHeight * static_cast<float>(d), c.w, kRowHeight};
  g.note = {c.x, g.rows[kDomainCount - 1].y + kRowHeight, c.w, kNoteHeight};
  return g;
}

Rect ChartGeometry::Bar(int row, FindingList list, int side, int count, int max) const {
  const Rect& r = rows[row];
  const float top = r.y + (r.h - (2 * kBarHeight + kBarGap)) * 0.5f + static_cast<float>(side) * (kBarHeight + kBarGap);
  const float room = std::max(0.0f, bars_w - kCountRoom);
  const float length = max > 0 ? room * static_cast<float>(std::clamp(count, 0, max)) / static_cast<float>(max) : 0;
  return {bars_x[ListIndex(list)], top, length, kBarHeight};
}

std::optional<int> ChartRowAt(const ChartGeometry& g, Point p) {
  for (int d = 0; d < kDomainCount; ++d)
    if (g.rows[d].Contains(p)) return d;
  return std::nullopt;
}

}  // namespace mgi
