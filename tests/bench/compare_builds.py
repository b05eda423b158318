#!/usr/bin/env python3
"""Two builds of Grove side by side: is a change slower?

Runs the same work with the `before` and the `after` build, alternating (before, after, before,
after, ...) so that both see the same machine, and prints the median of each and the median of the
per-pair ratios (after / before; above 1 means the change is slower):

  import     grove-cli import of the import benchmark's CSV (whole process, fresh workspace)
  train      grove-cli train on that dataset, 50 rounds (whole process)
  open+list  grove_bench_runs measure: open a 10,000-run workspace and list every run
  filter     ... filter those runs by a metric and a parameter
  curves     ... load the curves of 100 runs
  table      grove_bench_runs measure-gui: the window with the runs table painted

Each build directory needs grove-cli and grove_bench_runs (a build's bin/ and tests/bench/ copied
into one folder, for example).

  compare_builds.py BEFORE_DIR AFTER_DIR --csv FILE [--pairs 5] [--runs 10000] [--work DIR]
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def timed(command, env=None):
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit("failed: %s\n%s" % (" ".join(command), result.stderr.decode(errors="replace")))
    return elapsed, result.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--csv", required=True, help="the import benchmark's CSV (grove_bench_import generate)")
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--runs", type=int, default=10000)
    parser.add_argument("--work", help="where to keep the workspaces (default: a temporary folder)")
    args = parser.parse_args()

    work = args.work or tempfile.mkdtemp(prefix="grove-compare-")
    os.makedirs(work, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=work)
    env.pop("GROVE_WORKSPACE", None)
    builds = {"before": args.before, "after": args.after}
    cli = {name: os.path.join(path, "grove-cli") for name, path in builds.items()}
    bench = {name: os.path.join(path, "grove_bench_runs") for name, path in builds.items()}

    # The data both builds train on, and the 10,000-run workspace both read, written once.
    train_ws = os.path.join(work, "train-ws")
    runs_ws = os.path.join(work, "runs-ws")
    for folder in (train_ws, runs_ws):
        shutil.rmtree(folder, ignore_errors=True)
    timed([cli["after"], "-w", train_ws, "import", args.csv, "--name", "bench"], env)
    timed([bench["after"], "generate", runs_ws, "--runs", str(args.runs)], env)

    figures = {}

    def record(name, build, value):
        figures.setdefault(name, {"before": [], "after": []})[build].append(value)

    for pair in range(args.pairs):
        for build in ("before", "after"):
            workspace = os.path.join(work, "import-ws")
            shutil.rmtree(workspace, ignore_errors=True)
            seconds, _ = timed([cli[build], "-w", workspace, "import", args.csv, "--name", "bench"], env)
            record("import (s)", build, seconds)
            seconds, _ = timed([cli[build], "-w", train_ws, "train", "--dataset", "bench", "--target", "label",
                                "--rounds", "50", "--split-seed", str(pair)], env)
            record("train (s)", build, seconds)
            _, out = timed([bench[build], "measure", runs_ws], env)
            measured = json.loads(out)
            record("open+list (ms)", build, measured["open_and_list_ms"])
            record("filter (ms)", build, measured["filter_ms"])
            record("curves (ms)", build, measured["curves_100_ms"])
            _, out = timed([bench[build], "measure-gui", runs_ws], env)
            record("table (ms)", build, json.loads(out)["table_shown_ms"])
        print("pair %d of %d done" % (pair + 1, args.pairs), file=sys.stderr)

    print("%d alternating pairs, %d runs in the run workspace; ratio = after / before, median of the pairs"
          % (args.pairs, args.runs))
    print("%-16s %12s %12s %8s" % ("", "before", "after", "ratio"))
    for name, values in figures.items():
        ratios = [a / b for a, b in zip(values["after"], values["before"]) if b > 0]
        print("%-16s %12.3f %12.3f %8.3f" % (name, statistics.median(values["before"]),
                                            statistics.median(values["after"]), statistics.median(ratios)))
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
