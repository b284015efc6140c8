#!/usr/bin/env bash
# Installs every system package jdpipe needs to build and test (Debian 12). Run as root.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
packages=(
  build-essential cmake pkg-config
  libsimdjson-dev libeigen3-dev libabsl-dev libfmt-dev libsqlite3-dev libcurl4-openssl-dev
  doctest-dev pybind11-dev
  python3 python3-dev python3-pybind11 python3-pytest python3-numpy python3-pip python3-setuptools python3-wheel python3-venv
  valgrind libbenchmark-dev
  chromium chromium-driver python3-selenium  # the HTML report's browser test
  clang libclang-rt-14-dev  # fuzzers and the sanitizer runs (tools/fuzz.sh, tools/sanitize.sh)
  golang-go  # examples/go (cgo)
  python3-sklearn python3-ahocorasick  # the Python baseline of bench/e2e_compare.py
  libopenblas0-pthread  # numpy's BLAS for that baseline: the reference libblas3 is ~10x slower
)
# examples/rust: Debian's cargo and rustc, unless a Rust toolchain is already on PATH (rustup).
command -v cargo >/dev/null 2>&1 || packages+=(cargo rustc)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
