#!/usr/bin/env bash
# The test suite under sanitizers, as CI runs it:
#  1. clang, AddressSanitizer + UndefinedBehaviorSanitizer (LeakSanitizer included): every C++,
#     C and CLI test, and each fuzz target over its committed corpus;
#  2. gcc, ThreadSanitizer: the multithreaded tests (run_batch, concurrent readers and writers,
#     the LLM cache and HTTP concurrency) and the CLI's streaming run on 2 threads.
# Any report fails the script. Usage: tools/sanitize.sh [asan|tsan]...
set -euo pipefail
cd "$(dirname "$0")/.."
STEPS=("$@")
[ ${#STEPS[@]} -gt 0 ] || STEPS=(asan tsan)
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1

for step in "${STEPS[@]}"; do
  case $step in
    asan)
      B=${ASAN_BUILD:-build-asan}
      CC=clang CXX=clang++ cmake -S . -B "$B" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJDPIPE_SANITIZE=address,undefined \
        -DJDPIPE_BUILD_FUZZERS=ON -DJDPIPE_INSTALL=OFF -DPython_EXECUTABLE=/usr/bin/python3 > /dev/null
      cmake --build "$B" -j2
      # Valgrind cannot run sanitized binaries; the browser test exercises Chromium, not jdpipe;
      # Rust, Go and installed-package examples would need the sanitizer runtime preloaded.
      (cd "$B" && ctest -j2 --output-on-failure -E 'valgrind|report_browser|install_and_examples|^example_')
      ;;
    tsan)
      B=${TSAN_BUILD:-build-tsan}
      cmake -S . -B "$B" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJDPIPE_SANITIZE=thread -DJDPIPE_INSTALL=OFF \
        -DPython_EXECUTABLE=/usr/bin/python3 > /dev/null
      cmake --build "$B" -j2 --target jdpipe_tests jdpipe_cli
      "$B/tests/jdpipe_tests" -tc='*run_batch*,*threads*,*concurrent*,*max_concurrency*,*KRAs are embedded once*'
      tmp=$(mktemp -d)
      trap 'rm -rf "$tmp"' EXIT
      /usr/bin/python3 - "$tmp/in.jsonl" <<'PY'
import glob, json, sys
with open(sys.argv[1], "w") as out:
    for i, path in enumerate(sorted(glob.glob("tests/data/jds/*.txt")) * 2):
        out.write(json.dumps({"id": f"{i}", "text": open(path, encoding="utf-8", errors="replace").read()}) + "\n")
PY
      "$B/jdpipe" run --jsonl "$tmp/in.jsonl" --jsonl-out --threads 2 --no-timings > "$tmp/out.jsonl" || [ $? -eq 1 ]
      [ "$(wc -l < "$tmp/out.jsonl")" -eq "$(wc -l < "$tmp/in.jsonl")" ]
      echo "tsan: CLI streaming run on 2 threads clean ($(wc -l < "$tmp/out.jsonl") runs)"
      ;;
    *) echo "usage: tools/sanitize.sh [asan|tsan]..." >&2; exit 2 ;;
  esac
done
