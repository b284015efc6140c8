#!/usr/bin/env bash
# Two builds of jdpipe_matcher_dump timed in alternating rounds (A, B, A, B, ...): for changes
# outside what tools/matcher_ab.sh swaps (the tokenizer and folding in normalize.cpp, compiler
# flags). Each round is one `--time PASSES` run (with `unseen`, `--time-unseen PASSES` and its
# unseen line); the host's load drifts between rounds, so the round bests are compared pairwise.
# Build both binaries in one build directory and copy them aside, so that only the change differs;
# they read ESCO from $JDPIPE_SHARED_DATA_DIR (default: ../shared/data of the source tree they
# were built from).
# Prints each side's best pass, the median of its round bests, and the median ratio B/A.
#
#   tools/matcher_alternate.sh BIN_A BIN_B [ROUNDS] [PASSES] [unseen]
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: tools/matcher_alternate.sh BIN_A BIN_B [ROUNDS] [PASSES] [unseen]" >&2
  exit 2
fi
bin_a=$1
bin_b=$2
rounds=${3:-16}
passes=${4:-100}
mode=--time
line=find_all
case "${5:-}" in
  "") ;;
  unseen) mode=--time-unseen; line=unseen ;;
  *) echo "matcher_alternate: unknown mode '$5' (unseen or none)" >&2; exit 2 ;;
esac
for bin in "$bin_a" "$bin_b"; do
  [ -x "$bin" ] || { echo "matcher_alternate: '$bin' is not an executable" >&2; exit 2; }
done
"$bin_a" "$mode" 1 2>&1 | grep -m1 '^host:' || true
results=""
for _ in $(seq "$rounds"); do
  for side in A B; do
    bin=$bin_a
    [ "$side" = B ] && bin=$bin_b
    out=$("$bin" "$mode" "$passes" 2>&1) || true
    best=$(grep -m1 "$line" <<< "$out" | sed -nE 's/.*best ([0-9.]+) ms.*/\1/p' || true)
    if [ -z "$best" ]; then
      echo "matcher_alternate: $bin printed no timing (is JDPIPE_SHARED_DATA_DIR set?):" >&2
      tail -3 <<< "$out" >&2
      exit 1
    fi
    results+="$side $best"$'\n'
  done
done
/usr/bin/python3 -c '
import statistics, sys
best = {"A": [], "B": []}
for line in filter(str.strip, sys.stdin):
    side, ms = line.split()
    best[side].append(float(ms))
for side in "AB":
    print(f"{side}: best {min(best[side]):.3f} ms, median of the round bests {statistics.median(best[side]):.3f} ms")
ratios = [b / a for a, b in zip(best["A"], best["B"])]
print(f"B/A over {len(ratios)} rounds: median {statistics.median(ratios):.3f}")
' <<< "$results"
