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

check "resolve-title --help" status_is 0 "$jdpipe" resolve-title --help
check "resolve-title with no title is bad usage" status_is 2 "$jdpipe" resolve-title
check "resolve-title --k 0 is bad usage" status_is 2 "$jdpipe" resolve-title --k 0 "Backend Engineer"
check "resolve-title bad --title-weights is bad usage" status_is 2 "$jdpipe" resolve-title --title-weights 1,2 "Backend Engineer"
check "resolve-title" status_is 0 "$jdpipe" resolve-title --k 3 "Senior Back-end Engineer (m/f/d)" "Bakend Enginer"
check "  ... one line per title: the exact hit first with score 1, then a near miss" $PY -c '
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
assert len(lines) == 2, lines
exact, typo = lines
assert exact["id"] == "0" and exact["title"].startswith("Senior")
c = exact["candidates"]
assert 1 <= len(c) <= 3 and c[0]["slug"] == "backend-engineer" and c[0]["score"] == 1.0 and c[0]["matched_via"] == "alias", c
assert all(set(x) >= {"slug", "display_name", "external_id", "score", "matched_via"} for x in c)
assert typo["candidates"][0]["slug"] in ("backend-engineer", "backend-developer") and typo["candidates"][0]["score"] < 1, typo
' "$tmp/out"
printf '%s\n' '{"id":"a","title":"Data Scientist"}' 'not json' '{"id":"c","name":"x"}' > "$tmp/titles.jsonl"
check "resolve-title --jsonl: bad lines fail alone (exit 1)" status_is 1 "$jdpipe" resolve-title --jsonl "$tmp/titles.jsonl"
check "  ... ids kept, failures reported inline" $PY -c '
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
assert len(lines) == 3 and lines[0]["id"] == "a" and lines[0]["candidates"][0]["slug"] == "data-scientist", lines
assert "error" in lines[1] and "error" in lines[2] and lines[2]["input_id"] == "c", lines
' "$tmp/out"
check "--embedder http: needs an http URL" status_is 2 "$jdpipe" resolve-title --embedder http:ftp://x "Data Scientist"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
