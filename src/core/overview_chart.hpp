// The comparison's overview: for each domain, how many well-developed areas and how many areas
// with potential each of the two profiles lists, as paired bars on one scale. Counts, geometry and
// hit-testing only; src/draw draws it. The MGI is not a ranking: there is no total and no order.
#pragma once
#include <array>
#include <optional>

#include "core/domains.hpp"
#include "core/profile.hpp"
#include "core/wheel_geometry.hpp"

namespace mgi {

// [domain][side][ListIndex(list)]; nullopt where a side is not loaded or does not cover the domain.
struct OverviewCounts {
  std::array<std::array<std::array<std::optional<int>, 2>, 2>, kDomainCount> n{};
  const std::optional<int>& Of(int domain, int side, FindingList list) const { return n[domain][side][ListIndex(list)]; }
  int Max() const;  // the longest bar's count (at least 1, so the scale is defined)
};
OverviewCounts CountFindings(const Profile* a, const Profile* b);

float OverviewChartHeight();

struct ChartGeometry {
  Rect legend;                          // the two profiles' markers and names
  std::array<Rect, 2> column_titles{};  // "Well-developed", "Potential for development"
  std::array<Rect, kDomainCount> rows{};
  float label_w = 0;                    // domain names, at the left of each row
  std::array<float, 2> bars_x{};        // where each list's bars start
  float bars_w = 0;                     // room for the longest bar and its count
  Rect note;                            // "counts, not scores" line

  // The bar of one side for one list in one row, `count` of `max` long.
  Rect Bar(int row, FindingList list, int side, int count, int max) const;
};
ChartGeometry PlanChart(const Rect& chart);

// The domain whose row is under `p`, if any.
std::optional<int> ChartRowAt(const ChartGeometry& chart, Point p);

}  // namespace mgi
