#include "draw/widget_scene.hpp"

#include "core/overview_chart.hpp"
#include "draw/wheel_labels.hpp"

namespace mgi::draw {

namespace {

WheelScene BuildWheelScene(const WidgetModel& model, double now_ms, int side) {
  const WidgetState& state = model.state();
  const CanvasText& text = model.canvas_text();
  const Framework& framework = model.framework();
  WheelScene scene;
  scene.geometry = model.GeometryAt(now_ms, side);
  scene.active = state.phase(side) == Phase::kReady;
  scene.intro = scene.active ? state.IntroAt(now_ms, side) : 1.0f;
  const bool ring = model.focus_ring();
  for (int i = 0; i < kDomainCount; ++i) {
    SegmentView& s = scene.segments[i];
    s.colour = framework.domains[i].colour;
    s.icon = framework.domains[i].icon;
    s.label = text.segment_labels[side][i];
    s.lift = state.LiftOf(i);
    s.selected = state.selected() == i;
    s.focused = ring && state.focus() == i;
  }
  const HubText& hub = text.hubs[side];
  scene.hub = {hub.name, hub.level, hub.year};
  scene.hub_hovered = state.hover().kind == HitKind::kHub && state.hover().wheel == side;
  scene.hub_focused = ring && state.focus() == -1;
  return scene;
}

ChartScene BuildChartScene(const WidgetModel& model) {
  const WidgetState& state = model.state();
  const CanvasText& text = model.canvas_text();
  ChartScene chart;
  chart.geometry = PlanChart(state.layout().chart);
  chart.counts = CountFindings(state.profile(0), state.profile(1));
  for (int side = 0; side < 2; ++side) chart.names[side] = text.legend[side];
  for (int d = 0; d < kDomainCount; ++d) {
    chart.labels[d] = text.chart_labels[d];
    chart.colours[d] = model.framework().domains[d].colour;
  }
  chart.column_titles = {text.chart_column_titles[0], text.chart_column_titles[1]};
  chart.note = text.chart_note;
  chart.selected = state.selected();
  if (model.focus_ring() && state.focus() && *state.focus() >= 0) chart.focused = state.focus();
  const HitKind hovered = state.hover().kind;
  if (hovered == HitKind::kChartRow || hovered == HitKind::kSegment) chart.hovered = state.hover().segment;
  return chart;
}

}  // namespace

FrameScenes BuildFrameScenes(const WidgetModel& model, double now_ms) {
  const LayoutPlan& plan = model.state().layout();
  FrameScenes scenes;
  scenes.wheel_count = plan.wheel_count;
  scenes.compare = plan.compare;
  for (int side = 0; side < plan.wheel_count; ++side) scenes.wheels[side] = BuildWheelScene(model, now_ms, side);
  if (plan.compare) scenes.chart = BuildChartScene(model);
  return scenes;
}

FontSizes FrameFontSizes(const FrameScenes& scenes, float dpr, const WheelStyle& style) {
  return FontSizesFor(scenes.wheels[0].geometry.r_outer, dpr, style);
}

void DrawFrame(ImDrawList& dl, ImDrawListSharedData& shared, const FrameScenes& scenes, const WidgetModel& model,
               const FontAtlas& fonts, ImTextureID atlas, float dpr, const WheelStyle& style, WheelLabelCaches& labels) {
  const LayoutPlan& plan = model.state().layout();
  // What ImGui::NewFrame() would set up for a viewport's background list, minus the context.
  const float w = plan.canvas_width, h = plan.canvas_height;
  shared.TexUvWhitePixel = fonts.white_uv();
  shared.Font = fonts.label();
  shared.FontSize = fonts.label()->FontSize;
  shared.ClipRectFullscreen = ImVec4(0, 0, w, h);
  shared.CurveTessellationTol = 1.25f / dpr;          // ImGui's defaults, in device pixels:
  shared.SetCircleTessellationMaxError(0.30f / dpr);  // smooth arcs on high-DPR screens too
  shared.InitialFlags = ImDrawListFlags_AntiAliasedLines | ImDrawListFlags_AntiAliasedFill;
  dl._ResetForNewFrame();
  dl.PushTextureID(atlas);
  dl.PushClipRect(ImVec2(0, 0), ImVec2(w, h));
  const CanvasText& text = model.canvas_text();
  for (int side = 0; side < scenes.wheel_count; ++side) {
    DrawWheel(dl, scenes.wheels[side], fonts, style, labels[side]);
    if (scenes.compare) DrawCaption(dl, plan.captions[side], side, text.captions[side], fonts, style);
  }
  if (scenes.compare) DrawOverviewChart(dl, scenes.chart, fonts, style);
  dl._PopUnusedDrawCmd();
}

}  // namespace mgi::draw
