#!/usr/bin/env bash
# Builds everything: native core, tools and unit tests (g++), the Wasm widget (emcmake), and
# assembles the servable site in build/web (widget, demo pages, profiles).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
bash "$ROOT/scripts/setup.sh"
jobs=$(nproc 2>/dev/null || echo 2)

log "native build (core, tools, unit tests)"
cmake -S "$ROOT" -B "$BUILD/native" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD/native" -j"$jobs"

log "Wasm build (widget)"
emcmake cmake -S "$ROOT" -B "$BUILD/wasm" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD/wasm" -j"$jobs"

log "assembling build/web"
web="$BUILD/web"
rm -rf "$web" && mkdir -p "$web/profiles"
cp "$ROOT"/web/*.js "$ROOT"/shell/*.html "$web/"
# The loader ships without its comments and indentation (a fifth of its gzip size), through the
# whitespace minifier Emscripten uses on its own glue: same parser, same code, nothing renamed.
minifier="$(em-config EMSCRIPTEN_ROOT 2>/dev/null)/tools/acorn-optimizer.js"
if node "$minifier" "$ROOT/web/mgi-wheel.js" minifyWhitespace > "$web/mgi-wheel.min.js" 2>/dev/null; then
  mv "$web/mgi-wheel.min.js" "$web/mgi-wheel.js"
else
  rm -f "$web/mgi-wheel.min.js"; log "note: $minifier unavailable, mgi-wheel.js ships unminified"
fi
cp "$BUILD/wasm/mgi-wheel-core.js" "$BUILD/wasm/mgi-wheel-core.wasm" "$web/"
# The one-file build, for CMSs that take a single upload: the -sSINGLE_FILE core (Wasm inlined),
# marked so that the loader after it uses it instead of fetching a core next to itself.
{ cat "$BUILD/wasm/mgi-wheel-core-single.js"; printf '\ncreateMgiWheelCore.selfContained = true;\n'
  cat "$web/mgi-wheel.js"; } > "$web/mgi-wheel.one.js"
cp "$ROOT"/assets/profiles/*.json "$web/profiles/"

# Precompressed .gz/.br copies next to each file (zopfli when installed, Brotli 11): see the script.
node "$ROOT/bench/precompress.mjs" "$web"

# The ImGui example the benchmark compares against (bench/, issue 7): its own Makefile, its flags.
log "Wasm build (Dear ImGui's Emscripten example, for bench/)"
bash "$ROOT/bench/imgui-example/build.sh"
# Test fixtures are served by the test server itself (tests/browser/harness.mjs), not shipped.
