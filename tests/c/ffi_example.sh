#!/usr/bin/env bash
# Builds and runs examples/rust (cargo, offline, no crates) or examples/go (cgo) against the C
# library of a build tree, and checks that it prints the sample JD's chosen role.
#
#   ffi_example.sh rust|go SOURCE_DIR CAPI_LIBRARY WORK_DIR
#
# Exits 77 (ctest: skipped) only when the language's toolchain is not installed.
set -euo pipefail

if [[ $# -ne 4 ]]; then
  echo "usage: $0 rust|go SOURCE_DIR CAPI_LIBRARY WORK_DIR" >&2
  exit 2
fi
lang=$1
src=$(cd "$2" && pwd)
libdir=$(cd "$(dirname "$3")" && pwd)
work=$4
sample="$src/examples/sample-jd.txt"
expected_role=backend-engineer
rm -rf "$work"
mkdir -p "$work"

case $lang in
  rust)
    if ! command -v cargo >/dev/null; then
      echo "SKIPPED: cargo is not installed (tools/install-deps.sh installs Debian's cargo and rustc)"
      exit 77
    fi
    # A copy, so that cargo's lock file and target folder stay out of the source tree.
    cp -r "$src/examples/rust" "$work/src"
    export CARGO_TARGET_DIR="$work/target"
    (cd "$work/src" && JDPIPE_LIB_DIR="$libdir" cargo build --offline --quiet)
    exe="$work/target/debug/jdpipe-example"
    runs=("$exe $sample" "$exe $sample --rust-embedder")
    ;;
  go)
    if ! command -v go >/dev/null; then
      echo "SKIPPED: go is not installed (tools/install-deps.sh installs Debian's golang-go)"
      exit 77
    fi
    export GOCACHE="$work/gocache" GOPATH="$work/gopath" GOFLAGS=-mod=mod GOTOOLCHAIN=local GOPROXY=off
    export CGO_ENABLED=1 CGO_CFLAGS="-I$src/capi/include" CGO_LDFLAGS="-L$libdir -Wl,-rpath,$libdir"
    (cd "$src/examples/go" && go build -o "$work/jdpipe-example-go" .)
    exe="$work/jdpipe-example-go"
    runs=("$exe $sample")
    ;;
  *)
    echo "unknown language '$lang' (rust or go)" >&2
    exit 2
    ;;
esac

status=0
if "$exe" >/dev/null 2>&1; then
  echo "FAIL: $lang example without arguments exited 0" >&2
  status=1
fi
for cmd in "${runs[@]}"; do
  echo "== $cmd"
  out=$($cmd)
  printf '%s\n' "$out"
  if ! grep -qx "role: .\+" <<<"$out"; then
    echo "FAIL: no 'role:' line" >&2
    status=1
  fi
done
# With the built-in embedder the sample JD resolves to its known role.
first=$(${runs[0]})
if ! grep -qx "role: $expected_role" <<<"$first"; then
  echo "FAIL: expected 'role: $expected_role'" >&2
  status=1
fi
[[ $status -eq 0 ]] && echo "$lang example: OK"
exit $status
