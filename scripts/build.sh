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
cp "$ROOT"/web/*.js "$ROOT"/web/*.html "$web/"
cp "$BUILD/wasm/mgi-wheel-core.js" "$BUILD/wasm/mgi-wheel-core.wasm" "$web/"
cp "$ROOT"/assets/profiles/*.json "$web/profiles/"
# Test fixtures are served by the test server itself (tests/browser/harness.mjs), not shipped.
