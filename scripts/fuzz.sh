#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in build/fuzz and runs each for SECONDS
# (default 60), one after the other, from the seed corpus in tests/fuzz/corpus/{profile,import}.
# New inputs go to build/fuzz/corpus/, crashes to build/fuzz/artifacts/, logs to build/fuzz/*.log.
#
#   scripts/fuzz.sh [SECONDS] [fuzz_profile|fuzz_import ...]
#   scripts/fuzz.sh 600                 # ten minutes each
#   scripts/fuzz.sh 60 fuzz_import      # one target
#
# Reproduce a crash: build/fuzz/fuzz_import build/fuzz/artifacts/fuzz_import-crash-<sha1>
set -euo pipefail
source "$(dirname "$0")/lib.sh"

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_profile fuzz_import)
command -v clang++ >/dev/null || die "clang++ is needed (Debian: apt-get install clang libclang-rt-dev)"

dir="$BUILD/fuzz"
log "building ${targets[*]} in $dir (clang, -fsanitize=fuzzer,address,undefined)"
cmake -S "$ROOT" -B "$dir" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMGI_FUZZ=ON >/dev/null
cmake --build "$dir" -j"$(nproc 2>/dev/null || echo 2)" --target "${targets[@]}"

mkdir -p "$dir/artifacts"
status=0
for target in "${targets[@]}"; do
  name=${target#fuzz_}
  mkdir -p "$dir/corpus/$name"
  log "$target for ${seconds}s (log: $dir/$target.log)"
  # -max_len: twice the largest seed (a 16 kB page); -timeout: an input that takes 10 s is a hang.
  if ! "$dir/$target" "$dir/corpus/$name" "$ROOT/tests/fuzz/corpus/$name" \
      -dict="$ROOT/tests/fuzz/$name.dict" -max_total_time="$seconds" -max_len=32768 -timeout=10 \
      -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$dir/artifacts/$target-" >"$dir/$target.log" 2>&1; then
    status=1
    log "$target FAILED: see $dir/$target.log and $dir/artifacts/"
  fi
  grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb|stat::new_units_added)|cov:' "$dir/$target.log" | tail -5 || true
done
exit $status
