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

# Streaming JSON Lines: order with threads, failures in place, resume, progress.
$PY - "$src/tests/data/jds" "$tmp/many.jsonl" <<'PYEOF'
import glob, json, os, sys
texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(sys.argv[1], "*.txt")))]
with open(sys.argv[2], "w") as f:
    for i in range(60):
        f.write(json.dumps({"id": f"jd-{i}", "text": texts[i % len(texts)]}) + "\n")
PYEOF
check "60 JDs on one thread" status_is 0 "$jdpipe" run --jsonl "$tmp/many.jsonl" --jsonl-out --deterministic-ids --no-timings -o "$tmp/one.jsonl"
check "  ... write nothing to stdout with -o" test ! -s "$tmp/out"
check "  ... and nothing to stderr (no progress when stderr is not a terminal)" test ! -s "$tmp/err"
check "the same on two threads" status_is 0 "$jdpipe" run --jsonl "$tmp/many.jsonl" --jsonl-out --deterministic-ids --no-timings --threads 2 -o "$tmp/two.jsonl"
check "  ... keeps input order: byte-identical output" cmp -s "$tmp/one.jsonl" "$tmp/two.jsonl"
check "  ... one line per input, ids in order" $PY -c '
import json, sys
ids = [json.loads(l)["input_id"] for l in open(sys.argv[1])]
assert ids == [f"jd-{i}" for i in range(60)], ids
' "$tmp/two.jsonl"
check "stdin input gives the same lines" status_is 0 sh -c "'$jdpipe' run --jsonl - --jsonl-out --deterministic-ids --no-timings --threads 2 < '$tmp/many.jsonl'"
check "  ... as the file" cmp -s "$tmp/out" "$tmp/one.jsonl"

long=$($PY -c 'print("x" * 400)')
{
  echo '{"id":"ok-1","text":"Job Title: Data Engineer\nBuild data pipelines in Python and SQL."}'
  echo '{"id":"bad-json","text":"unterminated'
  echo '{"id":"no-text","body":"the field is missing"}'
  echo '["not", "an", "object"]'
  echo "{\"id\":\"too-long\",\"text\":\"$long\"}"
  echo "{\"text\":\"$long\"}"
  echo ''
  echo '{"id":"ok-2","text":"Job Title: Nurse\nCare for patients on the ward."}'
} > "$tmp/bad.jsonl"
check "bad lines fail alone" status_is 1 "$jdpipe" run --jsonl "$tmp/bad.jsonl" --jsonl-out --max-line-bytes 300 --threads 2
check "  ... each reported in place with its id and why, the others run" $PY - "$tmp/out" "$tmp/bad.jsonl" <<'PYEOF'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
path = sys.argv[2]
ids = [l["input_id"] for l in lines]
assert ids == ["ok-1", f"{path}:2", "no-text", f"{path}:4", "too-long", f"{path}:6", "ok-2"], ids
errors = {l["input_id"]: l.get("error", "") for l in lines}
assert "api1" in lines[0] and "api1" in lines[-1] and "error" not in lines[-1], lines[-1].keys()
assert "line 2: invalid JSON" in errors[f"{path}:2"], errors
assert errors["no-text"] == "line 3: no string field 'text'", errors
assert errors[f"{path}:4"] == "line 4: not a JSON object", errors
assert errors["too-long"] == "line 5: longer than the maximum of 300 bytes", errors
assert errors[f"{path}:6"] == "line 6: longer than the maximum of 300 bytes", errors
PYEOF
check "  ... and on stderr" grep -q "jdpipe: no-text: line 3: no string field 'text'" "$tmp/err"

# An interrupted run: 23 complete lines, then the 24th cut off mid-write.
head -n 23 "$tmp/one.jsonl" > "$tmp/resumed.jsonl"
sed -n 24p "$tmp/one.jsonl" | head -c 500 >> "$tmp/resumed.jsonl"
check "--resume after a cut-off line" status_is 0 "$jdpipe" run --jsonl "$tmp/many.jsonl" --jsonl-out --deterministic-ids --no-timings --threads 2 --resume -o "$tmp/resumed.jsonl"
check "  ... says what it kept" grep -q "23 lines kept, a cut-off last line dropped" "$tmp/err"
check "  ... gives exactly the uninterrupted output (one line per id, no duplicates)" cmp -s "$tmp/resumed.jsonl" "$tmp/one.jsonl"
check "--resume on a finished file adds nothing" status_is 0 "$jdpipe" run --jsonl "$tmp/many.jsonl" --jsonl-out --deterministic-ids --no-timings --resume -o "$tmp/resumed.jsonl"
check "  ... still identical" cmp -s "$tmp/resumed.jsonl" "$tmp/one.jsonl"
check "--resume of a missing file starts it" status_is 0 "$jdpipe" run --jsonl "$tmp/many.jsonl" --jsonl-out --deterministic-ids --no-timings --resume -o "$tmp/fresh.jsonl"
check "  ... in full" cmp -s "$tmp/fresh.jsonl" "$tmp/one.jsonl"
head -n 3 "$tmp/bad.jsonl" > "$tmp/bad3.jsonl"
"$jdpipe" run --jsonl "$tmp/bad3.jsonl" --jsonl-out -o "$tmp/bad-out.jsonl" 2> /dev/null
check "--resume of a file holding failures exits 1" status_is 1 "$jdpipe" run --jsonl "$tmp/bad3.jsonl" --jsonl-out --resume -o "$tmp/bad-out.jsonl"
check "  ... without redoing them" test "$(wc -l < "$tmp/bad-out.jsonl")" = 3
echo 'not this command output' > "$tmp/foreign.jsonl"
check "--resume refuses a file that is not run output" status_is 1 "$jdpipe" run --jsonl "$tmp/many.jsonl" --jsonl-out --resume -o "$tmp/foreign.jsonl"
check "  ... naming it and the line" grep -q "foreign.jsonl': line 1" "$tmp/err"
check "--resume without --output is bad usage" status_is 2 "$jdpipe" run --jsonl "$tmp/many.jsonl" --jsonl-out --resume
check "--resume without --jsonl-out is bad usage" status_is 2 "$jdpipe" run --jsonl "$tmp/many.jsonl" --resume -o "$tmp/x.json"
check "a missing --jsonl file is an error" status_is 1 "$jdpipe" run --jsonl "$tmp/none.jsonl" --jsonl-out
check "  ... naming it" grep -q "none.jsonl" "$tmp/err"

check "a directory as --jsonl is an error" status_is 1 "$jdpipe" run --jsonl "$tmp" --jsonl-out
if [ -w /dev/full ]; then
  check "a write error (full disk) is an error, not a crash" status_is 1 "$jdpipe" run --jsonl "$tmp/many.jsonl" --jsonl-out -o /dev/full
  check "  ... naming the file" grep -q "cannot write '/dev/full'" "$tmp/err"
fi

head -n 1 "$tmp/many.jsonl" > "$tmp/single.jsonl"
check "one JSONL input without --jsonl-out is one object" status_is 0 "$jdpipe" run --jsonl "$tmp/single.jsonl"
check "  ... an object" $PY -c 'import json, sys; assert json.load(open(sys.argv[1]))["input_id"] == "jd-0"' "$tmp/out"
check "a file and a JSONL line without --jsonl-out are an array" status_is 0 "$jdpipe" run "$src/examples/sample-jd.txt" --jsonl "$tmp/single.jsonl" --threads 2
check "  ... files first, then the lines" $PY -c '
import json, sys
runs = json.load(open(sys.argv[1]))
assert [r["input_id"] for r in runs] == [sys.argv[2], "jd-0"], [r["input_id"] for r in runs]
' "$tmp/out" "$src/examples/sample-jd.txt"
check "--help of run lists the common options" sh -c "'$jdpipe' run --help | grep -q -- --llm-timeout"
check "--help of run documents --resume" sh -c "'$jdpipe' run --help | grep -q -- --resume"
check "--help of catalog lists the common options" sh -c "'$jdpipe' catalog --help | grep -q -- --llm-timeout"
if script -qc true /dev/null > /dev/null 2>&1; then
  # Under script(1) stderr is a terminal: progress appears there (stdout goes to a file).
  script -qc "'$jdpipe' run --jsonl '$tmp/many.jsonl' --jsonl-out -o '$tmp/tty.jsonl'" /dev/null > "$tmp/tty.txt" 2>&1
  check "progress on a terminal: count, rate, percent" grep -q "60 runs, [0-9.]*/s, 100.0%" "$tmp/tty.txt"
fi

check "import bundle into SQLite" status_is 0 "$jdpipe" catalog import bundle "$src/tests/data/mini-catalog.jsonl" -o "$tmp/mini.db"
check "export SQLite to a bundle" status_is 0 "$jdpipe" catalog export "$tmp/mini.db" -o "$tmp/mini.jsonl"
"$jdpipe" catalog stats "$src/tests/data/mini-catalog.jsonl" > "$tmp/stats-a"
"$jdpipe" catalog stats "$tmp/mini.db" > "$tmp/stats-b"
"$jdpipe" catalog stats "$tmp/mini.jsonl" > "$tmp/stats-c"
check "stats agree across bundle, SQLite and exported bundle" cmp -s "$tmp/stats-a" "$tmp/stats-b"
check "stats of the exported bundle agree" cmp -s "$tmp/stats-a" "$tmp/stats-c"
"$jdpipe" catalog stats --catalog "$tmp/mini.db" > "$tmp/stats-d"
check "stats --catalog PATH is stats PATH" cmp -s "$tmp/stats-a" "$tmp/stats-d"
check "catalog stats with PATH and --catalog is bad usage" status_is 2 "$jdpipe" catalog stats "$tmp/mini.db" --catalog "$tmp/mini.db"
check "an unknown catalog subcommand is bad usage" status_is 2 "$jdpipe" catalog frob
check "importing a missing folder is an error, not bad usage" status_is 1 "$jdpipe" catalog import onet "$tmp/no-such-dir" -o "$tmp/x.db"
check "  ... naming it" grep -q "no-such-dir" "$tmp/err"
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

# jdpipe report: an HTML page of a run.
"$jdpipe" run "$src/examples/sample-jd.txt" > "$tmp/run.json"
check "report --help" status_is 0 "$jdpipe" report --help
check "report with no run file is bad usage" status_is 2 "$jdpipe" report
check "report with an unknown option is bad usage" status_is 2 "$jdpipe" report --frob "$tmp/run.json"
check "report with two run files is bad usage" status_is 2 "$jdpipe" report "$tmp/run.json" "$tmp/run.json"
check "report -o without a value is bad usage" status_is 2 "$jdpipe" report "$tmp/run.json" -o
check "report --index out of range is bad usage" status_is 2 "$jdpipe" report "$tmp/run.json" --index 1
check "report to stdout" status_is 0 "$jdpipe" report "$tmp/run.json"
check "  ... is an HTML page with the chosen role" grep -q '<h2 class="chosen-role">Backend Developer</h2>' "$tmp/out"
check "report -o with the JD" status_is 0 "$jdpipe" report "$tmp/run.json" --jd "$src/examples/sample-jd.txt" -o "$tmp/report.html"
check "  ... writes the file, evidence marked in the JD" grep -q '<mark class="ev" data-skill="0">APIs</mark>' "$tmp/report.html"
check "report reads stdin" status_is 0 sh -c '"$1" report - < "$2"' _ "$jdpipe" "$tmp/run.json"
check "report of a missing file fails" status_is 1 "$jdpipe" report "$tmp/nope.json"
check "  ... naming it" grep -q "nope.json" "$tmp/err"
check "report of a file that is not a run fails" status_is 1 "$jdpipe" report "$src/tests/data/mini-catalog.jsonl"
check "  ... naming it" grep -q "mini-catalog.jsonl.*not a jdpipe run" "$tmp/err"
check "report with a JD the run was not made from fails" status_is 1 "$jdpipe" report "$tmp/run.json" --jd "$src/tests/data/jds/accountant_mumbai.txt"
check "  ... saying so" grep -q "does not match" "$tmp/err"
check "report with a missing JD file fails" status_is 1 "$jdpipe" report "$tmp/run.json" --jd "$tmp/nope.txt"
check "  ... naming it" grep -q "nope.txt" "$tmp/err"
check "report to an unwritable path fails" status_is 1 "$jdpipe" report "$tmp/run.json" -o "$tmp/no/such/dir/r.html"
"$jdpipe" run --jsonl "$tmp/in.jsonl" --jsonl-out > "$tmp/runs.jsonl" 2> /dev/null
check "report of JSON Lines with a failed input" status_is 0 "$jdpipe" report "$tmp/runs.jsonl"
check "  ... one section per line" $PY -c '
import sys
html = open(sys.argv[1]).read()
assert html.count("<section class=\"run") == 3 and "Failed input" in html, html.count("<section")
' "$tmp/out"
check "report --index picks one run" status_is 0 "$jdpipe" report "$tmp/runs.jsonl" --index 0
check "  ... only that one" $PY -c '
import sys
assert open(sys.argv[1]).read().count("<section class=\"run") == 1
' "$tmp/out"
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
# --bridge-catalog: a second catalog's titles vote for the roles they share titles with.
printf '%s\n' '{"kind":"meta","name":"target"}' \
  '{"kind":"role","slug":"counter-attendant","display_name":"Counter Attendant","aliases":["kiosk clerk"],"kras":["Serve customers at a counter"]}' \
  '{"kind":"role","slug":"floor-layer","display_name":"Floor Layer","aliases":["parquet fitter"],"kras":["Lay floors"]}' > "$tmp/target.jsonl"
printf '%s\n' '{"kind":"meta","name":"source"}' \
  '{"kind":"role","slug":"retail-workers","display_name":"Retail Workers","aliases":["Counter Attendants","Floor Associate"],"kras":["Serve customers"]}' > "$tmp/source.jsonl"
check "resolve-title without a bridge" status_is 0 "$jdpipe" resolve-title --catalog "$tmp/target.jsonl" "Floor Associate"
check "  ... finds the role sharing a word" $PY -c '
import json, sys
c = json.loads(open(sys.argv[1]).read())["candidates"]
assert c[0]["slug"] == "floor-layer" and "bridge_vote" not in c[0], c
' "$tmp/out"
check "resolve-title --bridge-catalog" status_is 0 "$jdpipe" resolve-title --catalog "$tmp/target.jsonl" --bridge-catalog "$tmp/source.jsonl" --bridge-weight 1 "Floor Associate"
check "  ... the bridged role leads, naming the source role that voted" $PY -c '
import json, sys
c = json.loads(open(sys.argv[1]).read())["candidates"]
assert c[0]["slug"] == "counter-attendant" and c[0]["bridged_from"] == "retail-workers" and c[0]["bridge_vote"] == 1.0, c
assert all(x["bridged_from"] is None and x["bridge_vote"] == 0 for x in c[1:]), c
' "$tmp/out"
check "resolve-title --bridge-weight -1 is bad usage" status_is 2 "$jdpipe" resolve-title --bridge-catalog "$tmp/source.jsonl" --bridge-weight -1 "Floor Associate"
check "resolve-title --bridge-catalog missing file fails" status_is 1 "$jdpipe" resolve-title --bridge-catalog "$tmp/nope.jsonl" "Floor Associate"

# The skill tagger: train on annotated lines, then extract with it.
$PY - "$tmp/annotated.jsonl" <<'PYEOF'
import json, sys
skills = ["quorbic modelling", "flanges", "tensile rigs", "vexar", "plumbic audits", "grommet design",
          "zintar", "brackish filters", "oxlet", "spindle tuning", "harbex", "volute casting"]
fillers = ["The office is in the city centre.", "We offer a friendly team and free coffee.",
           "Apply before the end of the month.", "Our company was founded long ago."]
with open(sys.argv[1], "w") as f:
    for i in range(48):
        s = skills[i % len(skills)]
        lead = "You have experience with " if i % 2 else "Good knowledge of "
        text = fillers[i % 4] + "\n" + lead + s + " and a driving licence.\n" + fillers[(i + 1) % 4]
        start = len(text[: text.index(s)].encode())
        f.write(json.dumps({"text": text, "spans": [[start, start + len(s.encode())]]}) + "\n")
PYEOF
check "train-tagger" status_is 0 "$jdpipe" train-tagger "$tmp/annotated.jsonl" -o "$tmp/tagger.bin"
check "  ... reports what it learnt" grep -q "trained on 48 texts (48 spans), 25 epochs" "$tmp/err"
printf 'Platform Engineer\n\nResponsibilities:\n- Our company was founded long ago.\n- You have experience with cobalt winding and a driving licence.\n- Good knowledge of Python and a driving licence.\n' > "$tmp/tagged-jd.txt"
check "extract-skills --skill-tagger" status_is 0 "$jdpipe" extract-skills --skill-tagger "$tmp/tagger.bin" "$tmp/tagged-jd.txt"
check "  ... finds a term no alias names, as written, matched_via tagger" $PY -c '
import json, sys
skills = json.load(open(sys.argv[1]))["skills"]
t = [s for s in skills if s["matched_via"] == "tagger"]
assert [s["skill_name"] for s in t] == ["cobalt winding"] and t[0]["slug"] == "", skills
' "$tmp/out"
check "run --skill-tagger lists it as a new skill in API 2" status_is 0 "$jdpipe" run --skill-tagger "$tmp/tagger.bin" "$tmp/tagged-jd.txt"
check "  ... unmatched_skills" $PY -c '
import json, sys
assert "cobalt winding" in json.load(open(sys.argv[1]))["api2"]["unmatched_skills"]
' "$tmp/out"
check "train-tagger without -o is bad usage" status_is 2 "$jdpipe" train-tagger "$tmp/annotated.jsonl"
check "train-tagger without a file is bad usage" status_is 2 "$jdpipe" train-tagger -o "$tmp/t.bin"
printf '{"text": "Java", "spans": [[0, 4]]}\nnot json\n' > "$tmp/bad-annotated.jsonl"
check "train-tagger on a bad line fails naming the file and line" status_is 1 "$jdpipe" train-tagger "$tmp/bad-annotated.jsonl" -o "$tmp/t.bin"
check "  ... message" grep -q "bad-annotated.jsonl:2: not a JSON object" "$tmp/err"
head -c 100 "$tmp/tagger.bin" > "$tmp/cut.bin"
check "--skill-tagger with a damaged model fails naming it" status_is 1 "$jdpipe" extract-skills --skill-tagger "$tmp/cut.bin" "$tmp/tagged-jd.txt"
check "  ... message" grep -q "cut.bin" "$tmp/err"

# Every lookup command on the real taxonomies with the default settings (the small test catalogs
# miss size-dependent paths: e.g. ESCO has too many role labels to embed them all up front).
data="$src/../shared/data"
if [ -d "$data/esco-v1.1.1" ] && [ -d "$data/onet-27.0" ]; then
  check "import ESCO" status_is 0 "$jdpipe" catalog import esco "$data/esco-v1.1.1" -o "$tmp/esco.db"
  check "import O*NET" status_is 0 "$jdpipe" catalog import onet "$data/onet-27.0" -o "$tmp/onet.db"
  for cat in esco onet; do
    check "$cat: resolve-title" status_is 0 "$jdpipe" resolve-title --catalog "$tmp/$cat.db" --k 3 "Sr. Java Dev (m/f/d)"
    check "  ... gives candidates" $PY -c 'import json, sys; assert json.load(open(sys.argv[1]))["candidates"]' "$tmp/out"
    check "$cat: run" status_is 0 "$jdpipe" run --catalog "$tmp/$cat.db" "$src/examples/sample-jd.txt"
    check "$cat: extract-skills" status_is 0 "$jdpipe" extract-skills --catalog "$tmp/$cat.db" "$src/examples/sample-jd.txt"
    check "$cat: link-skill" status_is 0 "$jdpipe" link-skill --catalog "$tmp/$cat.db" --k 3 "k8s"
  done
  check "resolve-title bridged through O*NET" status_is 0 "$jdpipe" resolve-title --catalog "$tmp/esco.db" \
    --bridge-catalog "$tmp/onet.db" --k 3 "Sr. Java Dev (m/f/d)"
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
