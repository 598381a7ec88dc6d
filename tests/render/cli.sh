#!/usr/bin/env bash
# mgi-render run for real: what it writes, its exit statuses and messages, and that a failure
# leaves nothing behind. Usage: cli.sh MGI-RENDER MGI-VALIDATE SOURCE-DIR OUT-DIR
set -u
render=$1 validate=$2 src=$3 out=$4
rm -rf "$out" && mkdir -p "$out"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# expect STATUS WHAT -- ARGS...: runs mgi-render, checks the exit status, keeps stderr in $out/err.
expect() {
  local want=$1 what=$2; shift 3
  "$render" "$@" >"$out/out" 2>"$out/err"; local got=$?
  [ "$got" -eq "$want" ] || { fail "$what: exit status $got, expected $want"; cat "$out/err"; }
}
nothing_written() {
  local left; left=$(find "$out" -name '*.png*' -o -name '*.html*' | head -5)
  [ -z "$left" ] || fail "$1: left behind: $left"
}

# Written: both seeds and a profile with five domains missing, a comparison, each language.
for p in "$src/assets/profiles/azerbaijan-2023.json" "$src/assets/profiles/balti-2023.json" "$src/tests/data/valid/missing-domains.json"; do
  stem=$(basename "$p" .json)
  expect 0 "$stem" -- "$p" --png "$out/$stem.png" --html "$out/$stem.html" --domain partnerships
  [ "$(head -c 8 "$out/$stem.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "$stem.png is not a PNG"
  grep -q "<mgi-wheel profile=\"$stem.json\" lang=\"en\" domain=\"partnerships\">" "$out/$stem.html" || fail "$stem.html: no <mgi-wheel>"
  grep -q "<img src=\"$stem.png\" width=" "$out/$stem.html" || fail "$stem.html: no image"
done
expect 0 "compare, in Spanish" -- "$src/assets/profiles/balti-2023.json" --compare "$src/assets/profiles/azerbaijan-2023.json" \
  --lang es --html "$out/compare.html" --png-url https://example.org/w.png --profile-url a.json --compare-url b.json
grep -q '<mgi-wheel profile="a.json" compare="b.json" lang="es">' "$out/compare.html" || fail "compare.html: attributes"
grep -q 'src="https://example.org/w.png"' "$out/compare.html" || fail "compare.html: --png-url"
rm -f "$out"/*.png "$out"/*.html

# Exit 1: an invalid profile, with mgi-validate's words; nothing written.
bad="$src/tests/data/invalid/finding-null.json"
expect 1 "invalid profile" -- "$bad" --png "$out/bad.png" --html "$out/bad.html"
"$validate" "$bad" >"$out/validate" 2>&1
cmp -s "$out/err" "$out/validate" || { fail "invalid profile: the message differs from mgi-validate's"; diff "$out/err" "$out/validate"; }
nothing_written "invalid profile"
expect 1 "invalid comparison" -- "$src/assets/profiles/balti-2023.json" --compare "$bad" --png "$out/bad.png"
grep -q "finding-null.json: invalid (1 error)" "$out/err" || fail "invalid comparison: no verdict"
nothing_written "invalid comparison"

# Exit 2: usage, each with a message naming what is wrong.
seed="$src/assets/profiles/balti-2023.json"
check_usage() {  # WHAT PATTERN -- ARGS...
  local what=$1 pattern=$2; shift 3
  expect 2 "$what" -- "$@"
  grep -q -- "$pattern" "$out/err" || { fail "$what: message lacks \"$pattern\""; cat "$out/err"; }
  nothing_written "$what"
}
check_usage "unknown domain" 'mgi-render: --domain nowhere: unknown domain (one of migrants-rights, ' -- "$seed" --domain nowhere --png "$out/x.png"
check_usage "width too small" 'mgi-render: --width 100: expected CSS pixels from 280 to 2400' -- "$seed" --width 100 --png "$out/x.png"
check_usage "width not a number" 'mgi-render: --width wide: expected CSS pixels' -- "$seed" --width wide --png "$out/x.png"
check_usage "scale" 'mgi-render: --scale 0: expected a number from 1 to 4' -- "$seed" --scale 0 --png "$out/x.png"
check_usage "language" 'mgi-render: --lang de: expected en, fr or es' -- "$seed" --lang de --png "$out/x.png"
check_usage "no output" 'mgi-render: nothing to write' -- "$seed"
check_usage "unknown option" 'mgi-render: unknown option --colour' -- "$seed" --colour red --png "$out/x.png"
check_usage "unwritable PNG" "mgi-render: cannot write $out/no-such-dir/x.png: " -- "$seed" --png "$out/no-such-dir/x.png"
check_usage "unwritable fragment" "mgi-render: cannot write $out/no-such-dir/x.html: " -- "$seed" --png "$out/x.png" --html "$out/no-such-dir/x.html"
check_usage "font" 'mgi-render: --font /dev/null: ' -- "$seed" --font /dev/null --png "$out/x.png"

[ "$failures" -eq 0 ] && echo "mgi-render: all cases pass"
exit $(( failures > 0 ))
