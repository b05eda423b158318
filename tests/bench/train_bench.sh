#!/bin/sh
# Builds the release preset and runs the training benchmark; extra arguments go to the benchmark,
# e.g. train_bench.sh --repeat 7 --keep /tmp/bench (reuses the generated files next time).
set -eu
cd "$(dirname "$0")/../.."
cmake --preset release >/dev/null
cmake --build --preset release --target grove_bench_train
exec build/release/tests/bench/grove_bench_train run "$@"
