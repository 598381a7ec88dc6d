// Times the CPU rasteriser (src/draw/soft_rasterizer) on the frames a widget without WebGL2 draws:
// a 480 CSS px wheel at dpr 2 (960 x 960 pixels) at rest and with a domain selected and the focus
// ring on, and the comparison (two wheels and the chart) for scale. Issue 16's budget: 8 ms per
// frame of the wheel in Wasm on a slow two-core machine. Clearing, drawing and the conversion to
// straight alpha for putImageData are timed apart, and so is building the frame's draw list (the
// model's frame, the scenes, the labels' layout and the list: what WebGL pays too). The frames
// are the draw tests' (tests/draw/model_canvas.hpp), whose glyphs are filled boxes: the same
// quads as real text, every texel sampled, most of them opaque.
//
//   build/native/soft_raster_bench [frames [scene]]    (default 200 frames of every scene; scene 0..3)
//   node --no-experimental-fetch --no-liftoff build/wasm/soft_raster_bench.cjs [frames [scene]]
//                                                      (the same in Wasm: cmake/soft_raster_bench.cmake)
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

#include "model_canvas.hpp"

namespace {

// Processor time, not wall time: on a shared machine a frame's wall time also counts other work
// (the last column keeps the wall time's 95th percentile for that). Emscripten's clock() counts
// whole milliseconds, so in Wasm it is the wall time (run it on a quiet machine).
double CpuMilliseconds() {
#ifdef __EMSCRIPTEN__
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
#else
  return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
#endif
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}
double P95(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() * 95 / 100];
}

struct FrameTimes {
  double list, clear, render, straight, wall;
};

// One frame, timed step by step. Not inlined into the loop that calls it: V8 swaps a Wasm
// function for its optimised code between calls, never during one (a call running all the frames
// would run them all in the baseline compiler's code), and the widget too draws each frame in a
// call of its own.
[[gnu::noinline]] FrameTimes TimeFrame(mgi::test::RasterizedCanvas& canvas, const mgi::LayoutPlan& plan, float dpr) {
  mgi::draw::SoftRasterizer& raster = canvas.raster;
  const double list_start = CpuMilliseconds();
  canvas.Frame(dpr, raster.atlas_id());
  const double listed = CpuMilliseconds();
  const auto wall_start = std::chrono::steady_clock::now();
  raster.Clear();
  const double cleared = CpuMilliseconds();
  raster.Render(canvas.list, plan.canvas_width, plan.canvas_height, dpr);
  const double rendered = CpuMilliseconds();
  raster.ConvertToStraightAlpha();  // in place, as the widget does before putImageData
  const double done = CpuMilliseconds();
  return {listed - list_start, cleared - listed, rendered - cleared, done - rendered,
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - wall_start).count()};
}

void Measure(const char* scene, float host_width, float dpr, int frames, const std::function<void(mgi::test::RasterizedCanvas&)>& set_up) {
  mgi::test::RasterizedCanvas canvas(host_width);
  set_up(canvas);
  canvas.Prepare(dpr);
  mgi::draw::SoftRasterizer& raster = canvas.raster;
  const mgi::LayoutPlan& plan = canvas.model.state().layout();
  std::vector<double> list, clear, render, straight, total, wall;
  // A quarter more frames first, not counted: V8 runs new Wasm code in its baseline compiler until
  // the optimising one has compiled it, as a page does in its first frames.
  for (int f = -frames / 4; f < frames; ++f) {
    const FrameTimes t = TimeFrame(canvas, plan, dpr);
    if (f < 0) continue;
    list.push_back(t.list);
    clear.push_back(t.clear);
    render.push_back(t.render);
    straight.push_back(t.straight);
    total.push_back(t.clear + t.render + t.straight);
    wall.push_back(t.wall);
  }
  std::printf("%-28s %4d x %-4d %6d %8.3f %8.3f %8.3f %8.3f %8.3f %8.3f\n", scene, raster.width(), raster.height(),
              canvas.list.IdxBuffer.Size / 3, Median(list), Median(clear), Median(render), Median(straight), Median(total), P95(wall));
}

}  // namespace

int main(int argc, char** argv) {
  const int frames = argc > 1 ? std::max(1, std::atoi(argv[1])) : 200;
  constexpr float kWideHost = 1091;  // the wide layout gives the wheel 0.44 of it: 480 CSS px
  std::printf("soft_raster_bench: %d frames per scene; median milliseconds of processor time, and the wall time's 95th percentile\n", frames);
  std::printf("%-28s %-11s %6s %8s %8s %8s %8s %8s %8s\n", "scene", "pixels", "tris", "list", "clear", "render", "straight", "total", "p95 wall");
  const auto at_rest = [](mgi::test::RasterizedCanvas& c) { c.Load(0, "balti-2023.json"); };
  const auto selected = [](mgi::test::RasterizedCanvas& c) {
    c.Load(0, "balti-2023.json");
    c.model.Select("partnerships", mgi::SelectSource::kApi, c.now);
    c.model.SetKeyboardFocus(4);
  };
  const auto comparing = [](mgi::test::RasterizedCanvas& c) {
    c.Load(0, "balti-2023.json");
    c.Load(1, "azerbaijan-2023.json");
  };
  const int only = argc > 2 ? std::atoi(argv[2]) : -1;
  if (only < 0 || only == 0) Measure("wheel, dpr 2", kWideHost, 2, frames, at_rest);
  if (only < 0 || only == 1) Measure("wheel selected + ring, dpr 2", kWideHost, 2, frames, selected);
  if (only < 0 || only == 2) Measure("wheel, dpr 1", kWideHost, 1, frames, at_rest);
  if (only < 0 || only == 3) Measure("comparing, dpr 2", kWideHost, 2, frames, comparing);
  return 0;
}
