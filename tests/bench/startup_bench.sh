#!/bin/sh
# Builds the release preset and runs the cold-start benchmark; extra arguments go to the benchmark,
# e.g. startup_bench.sh --repeat 15. Under an X server: xvfb-run -a env QT_QPA_PLATFORM=xcb startup_bench.sh
set -eu
cd "$(dirname "$0")/../.."
cmake --preset release >/dev/null
cmake --build --preset release --target grove_bench_startup
exec build/release/tests/bench/grove_bench_startup run "$@"
