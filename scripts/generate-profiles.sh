#!/usr/bin/env bash
# Regenerates the shipped profiles from IOM's pages: every SEEDS_DIR/*.txt through mgi-import into
# assets/profiles/<id>.json, then assets/profiles/index.json and search-index.json through mgi-catalogue. Builds the
# tools first (build/native). The seed pages: $SEEDS_DIR, by default ../shared/seeds beside the
# repository (where CI has them); tests/data/seeds holds copies of the same two pages.
#
#   scripts/generate-profiles.sh
#   SEEDS_DIR=tests/data/seeds scripts/generate-profiles.sh
#
# ctest checks that the checked-in files are what this produces (import_reproduces_*,
# catalogue_reproduces_index, catalogue_reproduces_search_index).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

seeds=${SEEDS_DIR:-$ROOT/../shared/seeds}
[ -d "$seeds" ] || die "no seed pages in $seeds (set SEEDS_DIR, e.g. SEEDS_DIR=tests/data/seeds)"
shopt -s nullglob
pages=("$seeds"/*.txt)
[ ${#pages[@]} -gt 0 ] || die "no *.txt pages in $seeds"

log "building mgi-import and mgi-catalogue (build/native)"
cmake -S "$ROOT" -B "$BUILD/native" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD/native" -j"$(nproc 2>/dev/null || echo 2)" --target mgi-import mgi-catalogue >/dev/null

out="$ROOT/assets/profiles"
for page in "${pages[@]}"; do
  "$BUILD/native/mgi-import" "$page" -d "$out"
done
"$BUILD/native/mgi-catalogue" "$out"
if git -C "$ROOT" rev-parse --git-dir >/dev/null 2>&1; then
  git -C "$ROOT" status --short -- assets/profiles
fi
