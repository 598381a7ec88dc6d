#include "core/png_layout.hpp"

#include <algorithm>

#include "core/export.hpp"
#include "core/view_model.hpp"

namespace mgi {

namespace {
// CSS pixels, scaled by kPngScale.
constexpr float kPad = 24, kHead = 56, kRow = 26, kMinWidth = 560;
constexpr float kTitlePx = 20, kLegendPx = 14;
constexpr int kLegendColumns = 2;
}  // namespace

Json PlanWheelPng(const WidgetState& state, const TextContext& text, int wheel_width, int wheel_height) {
  const float s = kPngScale;
  const float pad = kPad * s, head = kHead * s, row = kRow * s;
  const int legend_rows = (kDomainCount + kLegendColumns - 1) / kLegendColumns;
  const float width = std::max(static_cast<float>(wheel_width) + 2 * pad, kMinWidth * s);
  const float height = head + static_cast<float>(wheel_height) + pad + static_cast<float>(legend_rows) * row + pad;
  const Json twin = BuildWheelTwin(state, text);
  const float column = (width - 2 * pad) / kLegendColumns;
  Json legend = Json::array();
  for (int i = 0; i < kDomainCount; ++i) {
    const float x = pad + static_cast<float>(i % kLegendColumns) * column;
    const float y = head + static_cast<float>(wheel_height) + pad + static_cast<float>(i / kLegendColumns) * row;
    legend.push_back({{"label", twin["segments"][i]["label"]},
                      {"colour", twin["segments"][i]["colour"]},
                      {"box", {{"x", x}, {"y", y + row * 0.2f}, {"size", row * 0.6f}}},
                      {"text", {{"x", x + row * 0.9f}, {"y", y + row * 0.5f}, {"max_width", column - row}}}});
  }
  std::string name = ExportFileName(state, "png");
  name.insert(name.size() - 4, "-wheel");
  return {{"width", static_cast<int>(width)},
          {"height", static_cast<int>(height)},
          {"background", "#ffffff"},
          {"ink", "#1a202c"},
          {"name", name},
          {"wheel", {{"x", (width - static_cast<float>(wheel_width)) / 2}, {"y", head}}},
          {"title",
           {{"text", twin["label"]}, {"x", pad}, {"y", head / 2}, {"px", kTitlePx * s}, {"weight", 600},
            {"max_width", width - 2 * pad}}},
          {"legend_px", kLegendPx * s},
          {"legend", legend}};
}

}  // namespace mgi
