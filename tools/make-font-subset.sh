#!/usr/bin/env bash
# Regenerates assets/fonts/*.ttf from Debian's fonts-noto-core with fonttools' pyftsubset.
# The subsets are checked in so that a build never needs fonttools; run this only to change coverage.
# Coverage: Basic Latin, Latin-1, Latin Extended-A/B, Cyrillic (+ Supplement), general punctuation,
# the euro sign. The widget rasterises only the glyphs its current text uses, so a wider subset
# costs download bytes, not atlas memory.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
src=/usr/share/fonts/truetype/noto
ranges="U+0020-007E,U+00A0-024F,U+0400-052F,U+2010-2027,U+2030-205E,U+20AC"
for face in Regular; do
  pyftsubset "$src/NotoSans-$face.ttf" --unicodes="$ranges" \
    --layout-features='kern' --no-hinting --desubroutinize --name-IDs='*' \
    --output-file="$here/assets/fonts/NotoSans-$face.subset.ttf"
done
ls -l "$here/assets/fonts"
