#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and fuzzes each for SECONDS (default 600),
# two at a time. New inputs that add coverage are merged into fuzz/corpus/<target> (commit
# them); a crash leaves its input in fuzz/findings/ and fails the script.
# Usage: tools/fuzz.sh [SECONDS] [TARGET...]   (targets: parse bundle llm_validator capi_run)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-600}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(parse bundle llm_validator capi_run)
BUILD=${BUILD:-build-fuzz}

CC=clang CXX=clang++ cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJDPIPE_BUILD_FUZZERS=ON \
  -DJDPIPE_SANITIZE=address,undefined -DJDPIPE_BUILD_TESTS=OFF -DJDPIPE_BUILD_CLI=OFF -DJDPIPE_INSTALL=OFF > /dev/null
cmake --build "$BUILD" -j2

mkdir -p fuzz/findings
fuzz_one() {
  local t=$1 scratch
  scratch=$(mktemp -d)
  # Large inputs matter for the parser and the pipeline (long JDs); 64 KiB keeps runs fast.
  "$BUILD/fuzz/fuzz_$t" -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
    -artifact_prefix="fuzz/findings/$t-" -print_final_stats=1 "$scratch" "fuzz/corpus/$t" \
    > "$BUILD/fuzz-$t.log" 2>&1
  local rc=$?
  "$BUILD/fuzz/fuzz_$t" -merge=1 "fuzz/corpus/$t" "$scratch" > /dev/null 2>&1 || true
  rm -rf "$scratch"
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "$BUILD/fuzz-$t.log" | sed "s/^/$t: /"
  [ $rc -eq 0 ] || { echo "$t: FINDING (exit $rc), see $BUILD/fuzz-$t.log and fuzz/findings/"; return 1; }
}
status=0
for ((i = 0; i < ${#TARGETS[@]}; i += 2)); do
  fuzz_one "${TARGETS[$i]}" & a=$!
  b=
  if [ $((i + 1)) -lt ${#TARGETS[@]} ]; then fuzz_one "${TARGETS[$((i + 1))]}" & b=$!; fi
  wait $a || status=1
  [ -z "$b" ] || wait $b || status=1
done
exit $status
