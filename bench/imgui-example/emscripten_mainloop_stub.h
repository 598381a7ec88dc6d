// Stands in for Dear ImGui's examples/libs/emscripten/emscripten_mainloop_stub.h, which Debian's
// source package of ImGui leaves out. The example's main.cpp wraps its loop body in
// EMSCRIPTEN_MAINLOOP_BEGIN { ... } EMSCRIPTEN_MAINLOOP_END; these macros turn that body into a
// lambda that the browser calls once per animation frame, as upstream's stub does.
#pragma once
#include <emscripten.h>
#include <functional>

static std::function<void()> g_bench_loop_body;
static void BenchRunLoopBody() { g_bench_loop_body(); }

#define EMSCRIPTEN_MAINLOOP_BEGIN g_bench_loop_body = [&]()
#define EMSCRIPTEN_MAINLOOP_END ; emscripten_set_main_loop(BenchRunLoopBody, 0, true)
