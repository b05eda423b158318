#!/bin/sh
# Builds the release preset and runs the import benchmark (whole grove-cli import processes
# against whole pandas.read_csv processes, in alternating pairs); extra arguments go to the
# benchmark, e.g. import_bench.sh --pairs 7 --keep /tmp/bench (reuses the generated file).
set -eu
cd "$(dirname "$0")/../.."
cmake --preset release >/dev/null
cmake --build --preset release --target grove_bench_import
exec build/release/tests/bench/grove_bench_import run "$@"
