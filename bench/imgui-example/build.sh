#!/usr/bin/env bash
# Builds Dear ImGui's own Emscripten example (examples/example_glfw_opengl3) from our ImGui source
# with its own Makefile.emscripten and that Makefile's default flags, into build/bench/imgui-example.
# Two departures, both forced by the machine: Debian's ImGui source lacks examples/libs/ (so the
# main-loop stub beside this script stands in for it), and the link goes to index.js rather than
# index.html (Debian's emcc; bench/run.mjs serves its own host page, examples/imgui.html).
set -euo pipefail
source "$(dirname "$0")/../../scripts/lib.sh"
src="$IMGUI_DIR/examples/example_glfw_opengl3"
out="$BUILD/bench/imgui-example"
[ -f "$src/Makefile.emscripten" ] || die "no $src/Makefile.emscripten: run scripts/setup.sh"
mkdir -p "$out/example" "$out/libs/emscripten"
cp -u "$src/main.cpp" "$out/example/main.cpp"
cp -u "$ROOT/bench/imgui-example/emscripten_mainloop_stub.h" "$out/libs/emscripten/"
# The Makefile names a shell page even for a .js link; emcc only reads it for .html output.
touch "$out/libs/emscripten/shell_minimal.html"
cd "$out/example"
make -s -f "$src/Makefile.emscripten" -j"$(nproc 2>/dev/null || echo 2)" IMGUI_DIR="$IMGUI_DIR" EXE=web/index.js
