#!/usr/bin/env bash
# A same-process A/B of the skill matcher (SkillDictionary) at two commits: see
# bench/matcher_ab.cpp for how it times. BUILD_DIR is a configured build with the benchmarks on
# (-DJDPIPE_BUILD_BENCH=ON); REV_B defaults to the working tree. Run it with REV_B = REV_A
# first: the median ratio it prints is this machine's noise floor. MODE "unseen" times passes over
# postings new to the token memo, as a stream sees them (see bench/matcher_ab.cpp).
#
#   tools/matcher_ab.sh BUILD_DIR REV_A [REV_B] [ROUNDS] [unseen]
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: tools/matcher_ab.sh BUILD_DIR REV_A [REV_B] [ROUNDS] [unseen]" >&2
  exit 2
fi
build=$(cd "$1" && pwd)
rev_a=$2
rev_b=${3:-}
rounds=${4:-200}
mode=()
case "${5:-}" in
  "") ;;
  unseen) mode=(--unseen) ;;
  *) echo "matcher_ab: unknown mode '$5' (unseen or none)" >&2; exit 2 ;;
esac
root=$(cd "$(dirname "$0")/.." && pwd)
dir="$build/matcher_ab"
for side in a b; do
  rev=$rev_a
  [ "$side" = b ] && rev=$rev_b
  mkdir -p "$dir/$side/skills"
  for f in dictionary.cpp dictionary.hpp key_table.hpp; do
    if [ -z "$rev" ]; then
      cp "$root/src/skills/$f" "$dir/$side/skills/$f.new"
    else
      git -C "$root" show "$rev:src/skills/$f" > "$dir/$side/skills/$f.new"
    fi
    # The version's own namespace, its own headers; the rest of jdpipe::skills (normalize.hpp) as
    # built, whose tokenizer fills MatchTokens since 5629f33.
    sed -i -e "s|^namespace jdpipe::skills {|namespace jdpipe::skills {}\nnamespace jdpipe::skills_$side {\nusing namespace jdpipe::skills;|" \
        -e 's|"skills/dictionary.hpp"|"dictionary.hpp"|; s|"skills/key_table.hpp"|"key_table.hpp"|' \
        -e 's|std::vector<MatchToken>|MatchTokens|g' "$dir/$side/skills/$f.new"
    # Unchanged files keep their time stamps: no rebuild.
    if cmp -s "$dir/$side/skills/$f.new" "$dir/$side/skills/$f"; then rm "$dir/$side/skills/$f.new"; else mv "$dir/$side/skills/$f.new" "$dir/$side/skills/$f"; fi
  done
done
cmake -S "$root" -B "$build" -DJDPIPE_MATCHER_AB_DIR="$dir" > /dev/null
cmake --build "$build" --target jdpipe_matcher_ab -j2 > /dev/null
echo "a: ${rev_a}; b: ${rev_b:-working tree}"
"$build/bench/jdpipe_matcher_ab" "$rounds" ${mode[@]+"${mode[@]}"}
