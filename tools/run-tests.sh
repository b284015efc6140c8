#!/usr/bin/env bash
# Builds jdpipe and runs every test: doctest and the C tests through ctest, then pytest against
# the Python package installed into a virtualenv that sees Debian's python3-* packages.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=/usr/bin/python3  # Debian's interpreter: it sees python3-pytest, python3-numpy, pybind11
BUILD=${BUILD:-build}

cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPython_EXECUTABLE=$PY -DJDPIPE_BUILD_BENCH=ON
cmake --build "$BUILD" -j2
(cd "$BUILD" && ctest --output-on-failure -j2)

$PY -m venv --system-site-packages .venv
.venv/bin/python -m pip install -q --no-build-isolation --no-index .
.venv/bin/python -m pytest -q tests/python
