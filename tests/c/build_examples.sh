#!/usr/bin/env bash
# Installs a jdpipe build tree into a scratch prefix, then configures, builds and runs
# examples/c and examples/cpp as separate projects that find jdpipe through find_package.
#
#   build_examples.sh BUILD_DIR SOURCE_DIR
#
# Exits non-zero on any failure.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 BUILD_DIR SOURCE_DIR" >&2
  exit 2
fi
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
sample="$src/examples/sample-jd.txt"

work=$(mktemp -d "${TMPDIR:-/tmp}/jdpipe-examples.XXXXXX")
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"

# Build the examples the way the library was built: same compilers, build type, sanitizers.
cache_get() {
  sed -n "s/^$1:[A-Z]*=//p" "$build/CMakeCache.txt" | head -n1
}
args=(-DCMAKE_PREFIX_PATH="$prefix")
for var in CMAKE_C_COMPILER CMAKE_CXX_COMPILER CMAKE_BUILD_TYPE; do
  value=$(cache_get "$var")
  if [[ -n "$value" ]]; then args+=(-D"$var=$value"); fi
done
generator=$(cache_get CMAKE_GENERATOR)
if [[ -n "$generator" ]]; then args+=(-G "$generator"); fi
sanitize=$(cache_get JDPIPE_SANITIZE)
if [[ -n "$sanitize" ]]; then
  flags="-fsanitize=$sanitize -fno-omit-frame-pointer"
  args+=(-DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=$sanitize")
fi

echo "== install $build -> $prefix"
cmake --install "$build" --prefix "$prefix"

# A shared jdpipe_capi needs libjdpipe at run time; the installed libraries carry no RPATH to
# each other, so point the loader at the prefix.
libdirs=$(find "$prefix" -name 'libjdpipe*' -printf '%h\n' | sort -u | paste -sd: -)
export LD_LIBRARY_PATH="${libdirs}${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"

status=0
for lang in c cpp; do
  exe="$work/build-$lang/jdpipe_example_$lang"
  echo "== configure and build examples/$lang"
  cmake -S "$src/examples/$lang" -B "$work/build-$lang" "${args[@]}"
  cmake --build "$work/build-$lang" -j 2

  echo "== run jdpipe_example_$lang without arguments (expect a usage error)"
  if "$exe" >/dev/null 2>&1; then
    echo "FAIL: jdpipe_example_$lang without arguments exited 0" >&2
    status=1
  fi

  echo "== run jdpipe_example_$lang $sample"
  out=$("$exe" "$sample")
  printf '%s\n' "${out:0:2000}"
  # Both print the sample JD's chosen role (the C one then the run JSON).
  expect='role: backend-engineer'
  if ! grep -qx -- "$expect" <<<"$out"; then
    echo "FAIL: jdpipe_example_$lang output lacks '$expect'" >&2
    status=1
  fi
done

if [[ $status -eq 0 ]]; then
  echo "install_and_examples: OK"
fi
exit $status
