#!/usr/bin/env bash
# Builds everything: native core, tools and unit tests (g++), the Wasm widget (emcmake), and
# assembles the servable site in build/web (the loader bundled from web/, the host pages of shell/,
# profiles).
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
cp "$ROOT"/shell/*.html "$web/"
# The embed-code page's modules (shell/embed.html; issue 19).
cp "$ROOT"/shell/*.mjs "$web/"
# The core under versioned names (mgi-wheel-core-VERSION.js/.wasm), the loader bundled with their
# SHA-384 digests, embed.json (the script tag with the loader's integrity): see the script.
node "$ROOT/scripts/versioned-core.mjs" "$BUILD/wasm" "$web"
# The one-file build, for CMSs that take a single upload: the -sSINGLE_FILE core (Wasm inlined),
# marked so that the loader after it uses it instead of fetching a core next to itself. The
# loader's source map comment stays out: its lines would be off by the core's.
{ cat "$BUILD/wasm/mgi-wheel-core-single.js"; printf '\ncreateMgiWheelCore.selfContained = true;\n'
  grep -v '^//# sourceMappingURL=' "$web/mgi-wheel.js"; } > "$web/mgi-wheel.one.js"
cp "$ROOT"/assets/profiles/*.json "$web/profiles/"

# ---- Static fallbacks (issue 18): mgi-render's PNG and HTML fragment of every catalogue profile
# into build/web/static/<stem>.png and .html; the demo page takes one fragment as its fallback.
log "static fallbacks (mgi-render) into build/web/static"
node "$ROOT/scripts/generate-static.mjs" "$BUILD/native/mgi-render" "$ROOT/assets/profiles" "$web"
# ---- end of static fallbacks

# Precompressed .gz/.br copies next to each file (zopfli when installed, Brotli 11): see the script.
node "$ROOT/bench/precompress.mjs" "$web"

# The npm package folder (issue 19): build/package, from build/web and assets/element-api.json;
# it also rewrites README.md's generated blocks (element tables, pinned script tag).
log "assembling build/package"
node "$ROOT/scripts/package.mjs" "$BUILD"

# The ImGui example the benchmark compares against (bench/, issue 7): its own Makefile, its flags.
log "Wasm build (Dear ImGui's Emscripten example, for bench/)"
bash "$ROOT/bench/imgui-example/build.sh"
# Test fixtures are served by the test server itself (tests/browser/harness.mjs), not shipped.
