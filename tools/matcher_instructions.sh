#!/usr/bin/env bash
# Instructions the skill matcher runs per pass over the SkillSpan postings: callgrind counting
# inside SkillDictionary::find_all only (not the ESCO import), over a warm-up pass and PASSES
# more, averaged (the warm-up's memo misses included). Unlike a timing it does not move with the
# machine's load, so it tells a change of a few percent apart; whether fewer instructions are
# also less time is tools/matcher_ab.sh's question.
# BUILD_DIR is a configured build with the benchmarks on (-DJDPIPE_BUILD_BENCH=ON). Takes about
# two minutes (valgrind). With `unseen`, the count is of jdpipe_matcher_dump --time-unseen PASSES
# instead: the train postings once, then the dev postings unseen and PASSES times repeated (the
# path new words take: stemming, vocabulary lookups, one-typo lookups), in total. With `steady`,
# the count of one pass once the memo is warm: the counts of --time 2 and --time 5 taken apart
# (the warm-up's memo misses, and its memset of a new thread's memo, which valgrind counts a byte
# at a time, drop out), with callgrind's cache model: D1 read misses, and read misses of an L2
# of this host's size (512 KiB, 8-way) in place of its last level. PASSES is then unused.
#
#   tools/matcher_instructions.sh BUILD_DIR [PASSES] [unseen|steady]
set -euo pipefail
if [ $# -lt 1 ]; then
  echo "usage: tools/matcher_instructions.sh BUILD_DIR [PASSES] [unseen]" >&2
  exit 2
fi
build=$(cd "$1" && pwd)
passes=${2:-5}
mode=--time
case "${3:-}" in
  "") ;;
  unseen) mode=--time-unseen ;;
  steady) mode=steady ;;
  *) echo "matcher_instructions: unknown mode '$3' (unseen, steady or none)" >&2; exit 2 ;;
esac
command -v valgrind > /dev/null || { echo "matcher_instructions: valgrind is not installed" >&2; exit 2; }
cmake --build "$build" --target jdpipe_matcher_dump -j2 > /dev/null
out=$(mktemp)
log=$(mktemp)
trap 'rm -f "$out" "$log"' EXIT
if [ "$mode" = steady ]; then
  # Prints the events of the summary line of a cache-modelled run of --time $1, as "name=count".
  counts() {
    if ! valgrind --tool=callgrind --cache-sim=yes --LL=524288,8,64 \
      --toggle-collect='jdpipe::skills::SkillDictionary::find_all*' --callgrind-out-file="$out" \
      "$build/bench/jdpipe_matcher_dump" --time "$1" > "$log" 2>&1; then
      echo "matcher_instructions: valgrind failed:" >&2
      tail -20 "$log" >&2
      exit 1
    fi
    awk '/^events:/ {for (i = 2; i <= NF; i++) ev[i] = $i}
         /^(summary|totals):/ {for (i = 2; i <= NF; i++) printf "%s=%s\n", ev[i], $i; exit}' "$out"
  }
  two=$(counts 2)
  five=$(counts 5)
  per_pass() { echo $(( ($(echo "$five" | awk -F= -v k="$1" '$1 == k {print $2}') - $(echo "$two" | awk -F= -v k="$1" '$1 == k {print $2}')) / 3 )); }
  echo "find_all, one warm pass: instructions $(per_pass Ir), D1 read misses $(per_pass D1mr), L2 read misses $(per_pass DLmr)"
  exit 0
fi
if ! valgrind --tool=callgrind --toggle-collect='jdpipe::skills::SkillDictionary::find_all*' \
  --callgrind-out-file="$out" "$build/bench/jdpipe_matcher_dump" "$mode" "$passes" > "$log" 2>&1; then
  echo "matcher_instructions: valgrind failed:" >&2
  tail -20 "$log" >&2
  exit 1
fi
total=$(awk '/^(summary|totals):/ {print $2; exit}' "$out")
if [ -z "$total" ]; then
  echo "matcher_instructions: no instruction count in callgrind's output" >&2
  exit 1
fi
if [ "$mode" = --time ]; then
  echo "instructions under find_all: $total over $((passes + 1)) passes, $((total / (passes + 1))) a pass"
else
  echo "instructions under find_all ($mode $passes): $total in total"
fi
