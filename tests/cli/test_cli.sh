#!/usr/bin/env bash
# The jdpipe command as a user meets it: exit codes, the sample run, catalog import/export/stats.
# Usage: test_cli.sh JDPIPE_BINARY SOURCE_DIR
set -u
jdpipe=$1
src=$2
PY=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
check() {  # check NAME COMMAND...
  local name=$1
  shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}
status_is() {  # status_is WANT COMMAND...
  local want=$1
  shift
  "$@" > "$tmp/out" 2> "$tmp/err"
  local got=$?
  [ "$got" = "$want" ] || { echo "  exit $got, wanted $want: $*"; cat "$tmp/err"; return 1; }
}

check "--version" status_is 0 "$jdpipe" --version
check "--help" status_is 0 "$jdpipe" --help
check "run --help" status_is 0 "$jdpipe" run --help
check "unknown command is bad usage" status_is 2 "$jdpipe" frobnicate
check "unknown option is bad usage" status_is 2 "$jdpipe" run --frob "$src/examples/sample-jd.txt"
check "run with no input is bad usage" status_is 2 "$jdpipe" run

check "sample run" status_is 0 "$jdpipe" run "$src/examples/sample-jd.txt"
check "sample run is case D with backend-engineer" $PY -c '
import json, sys
d = json.load(open(sys.argv[1]))["api1"]["stage4_decision"]
assert d["case"] == "D" and d["alias_collision_detected"] and d["chosen_role"]["slug"] == "backend-engineer", d
' "$tmp/out"

check "a missing file fails that input only" status_is 1 "$jdpipe" run "$src/examples/sample-jd.txt" "$tmp/nope.txt"
check "the failure is reported with its id, the other input still runs" $PY -c '
import json, sys
runs = json.load(open(sys.argv[1]))
assert len(runs) == 2 and "api1" in runs[0] and runs[1]["error"] and runs[1]["input_id"].endswith("nope.txt"), runs[1]
' "$tmp/out"

printf '{"id":"a","text":"Job Title: Data Engineer\\nBuild data pipelines in Python and SQL for analytics teams."}\nnot json\n{"id":7,"text":""}\n' > "$tmp/in.jsonl"
check "jsonl with a bad line" status_is 1 "$jdpipe" run --jsonl "$tmp/in.jsonl" --jsonl-out --threads 2
check "jsonl output keeps order and ids" $PY -c '
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
assert [l["input_id"] for l in lines][0] == "a" and "error" in lines[1] and lines[2]["input_id"] == "7", lines
assert lines[2]["api1"]["rejected"] and lines[2]["api1"]["rejection_reason"] == "empty"
' "$tmp/out"

check "import bundle into SQLite" status_is 0 "$jdpipe" catalog import bundle "$src/tests/data/mini-catalog.jsonl" -o "$tmp/mini.db"
check "export SQLite to a bundle" status_is 0 "$jdpipe" catalog export "$tmp/mini.db" -o "$tmp/mini.jsonl"
"$jdpipe" catalog stats "$src/tests/data/mini-catalog.jsonl" > "$tmp/stats-a"
"$jdpipe" catalog stats "$tmp/mini.db" > "$tmp/stats-b"
"$jdpipe" catalog stats "$tmp/mini.jsonl" > "$tmp/stats-c"
check "stats agree across bundle, SQLite and exported bundle" cmp -s "$tmp/stats-a" "$tmp/stats-b"
check "stats of the exported bundle agree" cmp -s "$tmp/stats-a" "$tmp/stats-c"
check "run against the SQLite catalog" status_is 0 "$jdpipe" run --catalog "$tmp/mini.db" --persist "$src/examples/sample-jd.txt"
check "a missing catalog is an error naming it" status_is 1 "$jdpipe" run --catalog "$tmp/missing.jsonl" "$src/examples/sample-jd.txt"
check "  ... naming it" grep -q "missing.jsonl" "$tmp/err"
printf 'garbage that is not sqlite' > "$tmp/corrupt.db"
check "a corrupt SQLite catalog is an error" status_is 1 "$jdpipe" catalog stats "$tmp/corrupt.db"

check "an unknown --llm is bad usage" status_is 2 "$jdpipe" run --llm magic "$src/examples/sample-jd.txt"
check "--llm-cache alone is bad usage" status_is 2 "$jdpipe" run --llm-cache "$tmp/llm.db" "$src/examples/sample-jd.txt"
check "replaying a cache file that does not exist is an error" status_is 1 "$jdpipe" run --llm openai:gpt-4.1-mini \
  --llm-cache "$tmp/llm.db" --llm-cache-mode replay "$src/examples/sample-jd.txt"
check "  ... naming it" grep -q "llm.db" "$tmp/err"
# An empty JD is rejected before any LLM call, so this only creates the (empty) cache file.
: > "$tmp/empty.txt"
check "an empty cache is created" status_is 0 "$jdpipe" run --llm openai:gpt-4.1-mini --llm-cache "$tmp/llm.db" "$tmp/empty.txt"
# Replay from the empty cache: every LLM stage misses, falls back, and the run still completes.
check "replay misses fall back to the deterministic stages" status_is 0 "$jdpipe" run --llm openai:gpt-4.1-mini \
  --llm-cache "$tmp/llm.db" --llm-cache-mode replay "$src/examples/sample-jd.txt"
check "  ... and say so in fallbacks" $PY -c '
import json, sys
r = json.load(open(sys.argv[1]))
stages = [f["stage"] for f in r["fallbacks"]]
assert "parse" in stages and "adjudicate_role" in stages, stages
assert r["api1"]["stage4_decision"]["chosen_role"]["slug"] == "backend-engineer"
' "$tmp/out"

# extract-skills and link-skill (FORMATS.md)
check "extract-skills --help" status_is 0 "$jdpipe" extract-skills --help
check "extract-skills with no input is bad usage" status_is 2 "$jdpipe" extract-skills
check "extract-skills on the sample JD" status_is 0 "$jdpipe" extract-skills "$src/examples/sample-jd.txt"
check "  ... finds the pinned skills with spans that point at them" $PY -c '
import json, sys
d = json.load(open(sys.argv[1]))
text = open(sys.argv[2], "rb").read()
slugs = {s["slug"] for s in d["skills"]}
assert {"api", "node-js", "java", "kotlin"} <= slugs, slugs
for s in d["skills"]:
    assert set(s) >= {"skill_name", "slug", "display_name", "external_id", "matched_via", "is_primary", "spans"}, s
    assert s["spans"], s
    for b, e in s["spans"]:
        assert 0 <= b < e <= len(text), (b, e)
' "$tmp/out" "$src/examples/sample-jd.txt"
printf '%s\n' '{"id":"a","text":"Senior Engineer\nRequirements:\n- Java and Kotlin services\n- REST APIs"}' 'not json' > "$tmp/skills.jsonl"
check "extract-skills --jsonl with a bad line" status_is 1 "$jdpipe" extract-skills --jsonl "$tmp/skills.jsonl" --jsonl-out
check "  ... keeps ids, reports the bad line" $PY -c '
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
assert lines[0]["id"] == "a" and {"java", "kotlin"} <= {s["slug"] for s in lines[0]["skills"]}, lines[0]
assert "error" in lines[1], lines[1]
' "$tmp/out"
check "link-skill with no term is bad usage" status_is 2 "$jdpipe" link-skill
check "link-skill --k 0 is bad usage" status_is 2 "$jdpipe" link-skill --k 0 java
check "link-skill" status_is 0 "$jdpipe" link-skill --k 3 nodejs --context "services in nodejs"
check "  ... a variant form is fuzzy, at most k candidates" $PY -c '
import json, sys
d = json.load(open(sys.argv[1]))
c = d["candidates"]
assert d["term"] == "nodejs" and 1 <= len(c) <= 3, d
assert c[0]["slug"] == "node-js" and c[0]["matched_via"] == "fuzzy", c[0]
assert set(c[0]) == {"slug", "display_name", "external_id", "score", "matched_via"}, c[0]
' "$tmp/out"
printf '%s\n' '{"id":"x","term":"Node.js","context":"We build Node.js services"}' '{"id":"y","term":""}' > "$tmp/terms.jsonl"
check "link-skill --jsonl with an empty term" status_is 1 "$jdpipe" link-skill --jsonl "$tmp/terms.jsonl" --jsonl-out
check "  ... alias hit first, the empty term reported" $PY -c '
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
assert lines[0]["id"] == "x" and lines[0]["candidates"][0]["matched_via"] == "alias", lines[0]
assert "error" in lines[1], lines[1]
' "$tmp/out"

vectors="$src/../shared/data/vectors/glove-wink-100d.bin"
if [ -f "$vectors" ]; then
  check "run with static word vectors" status_is 0 "$jdpipe" run --embedder "static:$vectors" "$src/examples/sample-jd.txt"
  check "  ... still resolves the seed JD" $PY -c '
import json, sys
d = json.load(open(sys.argv[1]))["api1"]["stage4_decision"]
assert d["case"] == "D" and d["chosen_role"]["slug"] == "backend-engineer", d
' "$tmp/out"
fi
check "a missing vectors file is an error" status_is 1 "$jdpipe" run --embedder "static:$tmp/none.bin" "$src/examples/sample-jd.txt"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
