#!/usr/bin/python3
"""grove-cli compare --baseline against SciPy: the corrected resampled t-test on real runs.

Trains three 5-fold runs on the breast-cancer data shipped with Debian's python3-sklearn (same
split seed, different depths and learning rates), reads each fold's figures from
`grove-cli show RUN --json` ("folds"), and recomputes the Nadeau-Bengio corrected resampled
t-test with scipy.stats: d_j = other_j - baseline_j, t = mean(d) / sqrt((1/k + 1/(k-1)) var(d)),
k - 1 degrees of freedom, the two-sided p-value and the 95 % interval. Every figure of
`grove-cli compare ... --baseline ... --json` ("significance") must agree to 1e-9. A run with
another split seed must be refused, naming the seed.

Then the group-level tests of `compare --group-by configuration`: two configurations, each
cross-validated with 5 folds on split seeds 7, 8 and 9 (the corrected repeated k-fold t-test of
Bouckaert and Frank: differences paired by (seed, fold), t = mean(d) / sqrt((1/(k r) + 1/(k-1))
var(d)), k r - 1 degrees of freedom), and two configurations each held out (fraction 0.25) on
split seeds 1 to 4 (Nadeau and Bengio with n_test/n_train = 0.25/0.75, J - 1 degrees of freedom),
from each run's figures in `show --json`. Groups on other split seeds must be refused by their seeds;
with a group that can be tested beside one that cannot, the command prints the one and lists the
other under `problems` (exit 0).

Usage: significance_parity.py --cli PATH/grove-cli [--workdir DIR]
Exit status: 0 all agree, 1 a difference or a failure, 77 numpy/scipy/sklearn not importable.
"""

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile

SKIP = 77
TOLERANCE = 1e-9

try:
    import numpy as np
    from scipy import stats
    from sklearn import datasets
except ImportError as error:  # pragma: no cover - depends on the machine
    print(f"SKIP: {error}")
    sys.exit(SKIP)


def cli(tool, workspace, args, expect=0):
    result = subprocess.run([tool, "--workspace", workspace] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    if result.returncode != expect:
        raise RuntimeError(f"grove-cli {' '.join(args)} exited {result.returncode}: {result.stderr}")
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True)
    parser.add_argument("--workdir")
    arguments = parser.parse_args()
    workdir = arguments.workdir or tempfile.mkdtemp(prefix="grove-significance-")
    workspace = os.path.join(workdir, "ws")

    data = datasets.load_breast_cancer(as_frame=True).frame
    path = os.path.join(workdir, "cancer.csv")
    data.to_csv(path, index=False)
    cli(arguments.cli, workspace, ["import", path, "--name", "cancer"])

    def train(depth, eta, seed="7", validation=("--folds", "5")):
        out = cli(arguments.cli, workspace, ["train", "--dataset", "cancer", "--target", "target", *validation,
                                             "--split-seed", seed, "--rounds", "15", "--param", f"max_depth={depth}",
                                             "--param", f"eta={eta}", "--threads", "1", "--json"]).stdout
        return json.loads(out)["run_id"]

    baseline, deeper, slower = train(2, 0.3), train(6, 0.3), train(3, 0.05)
    folds = {}
    for run in (baseline, deeper, slower):
        shown = json.loads(cli(arguments.cli, workspace, ["show", str(run), "--json"]).stdout)
        folds[run] = [entry["final_metrics"]["valid"] for entry in shown["folds"]]
        assert len(folds[run]) == 5, shown.get("folds")

    compared = json.loads(cli(arguments.cli, workspace, ["compare", str(baseline), str(deeper), str(slower),
                                                        "--baseline", str(baseline), "--json"]).stdout)
    significance = compared["significance"]
    failures = []
    checked = 0
    for run in (deeper, slower):
        for key, grove in significance["runs"][str(run)].items():
            metric = key.split(".", 1)[1]
            d = np.array([folds[run][j][metric] - folds[baseline][j][metric] for j in range(5)])
            k = len(d)
            scale = math.sqrt((1 / k + 1 / (k - 1)) * d.var(ddof=1))
            t = d.mean() / scale
            p = 2 * stats.t.sf(abs(t), k - 1)
            q = stats.t.ppf(0.975, k - 1)
            expected = {"mean_difference": d.mean(), "t": t, "p_value": p, "low": d.mean() - q * scale,
                        "high": d.mean() + q * scale}
            for name, value in expected.items():
                ok = abs(grove[name] - value) <= TOLERANCE * max(1.0, abs(value))
                checked += 1
                print(f"  run {run} {key:<14} {name:<16} grove {grove[name]!r:<24} scipy {value!r:<24} "
                      f"{'ok' if ok else 'DIFFERENT'}")
                if not ok:
                    failures.append(f"run {run} {key} {name}")

    other_seed = train(2, 0.3, seed="8")
    refused = cli(arguments.cli, workspace, ["compare", str(baseline), str(other_seed), "--baseline", str(baseline)],
                  expect=2)
    if "split seed" not in refused.stderr:
        failures.append("a run with another split seed was not refused by its seed: " + refused.stderr)

    checked += check_groups(arguments.cli, workspace, train, failures)

    if failures:
        print("DIFFERENT: " + ", ".join(failures))
        return 1
    print(f"all {checked} figures agree with scipy.stats to {TOLERANCE}; other split seeds are refused")
    return 0


def compare_figures(label, grove, d, ratio, failures):
    """Checks grove's figures of one test against scipy's for the differences d."""
    n = len(d)
    scale = math.sqrt((1 / n + ratio) * d.var(ddof=1))
    t = d.mean() / scale
    q = stats.t.ppf(0.975, n - 1)
    expected = {"mean_difference": d.mean(), "t": t, "p_value": 2 * stats.t.sf(abs(t), n - 1),
                "low": d.mean() - q * scale, "high": d.mean() + q * scale, "df": n - 1, "folds": n}
    for name, value in expected.items():
        ok = abs(grove[name] - value) <= TOLERANCE * max(1.0, abs(value))
        print(f"  {label:<34} {name:<16} grove {grove[name]!r:<24} scipy {value!r:<24} {'ok' if ok else 'DIFFERENT'}")
        if not ok:
            failures.append(f"{label} {name}")
    return len(expected)


def check_groups(tool, workspace, train, failures):
    """Repeated k-fold and repeated holdout, by configuration, against scipy."""
    checked = 0

    def figures(run):
        shown = json.loads(cli(tool, workspace, ["show", str(run), "--json"]).stdout)
        if shown.get("folds"):
            return [entry["final_metrics"]["valid"] for entry in shown["folds"]]
        return [shown["final_metrics"]["valid"]]

    designs = [("repeated k-fold", ("--folds", "5"), ["7", "8", "9"], 1 / 4),
               ("repeated holdout", ("--valid-fraction", "0.25"), ["1", "2", "3", "4"], 0.25 / 0.75)]
    for design, validation, seeds, ratio in designs:
        shallow = {seed: train(2, 0.3, seed, validation) for seed in seeds}
        deep = {seed: train(6, 0.3, seed, validation) for seed in seeds}
        runs = [str(run) for seed in seeds for run in (shallow[seed], deep[seed])]
        compared = json.loads(cli(tool, workspace, ["compare", *runs, "--baseline", str(shallow[seeds[0]]),
                                                    "--group-by", "configuration", "--json"]).stdout)
        significance = compared["significance"]
        group = significance["groups"]["max_depth=6"]
        if group["design"] != design or group["repeats"] != len(seeds):
            failures.append(f"{design}: grove says {group['design']} with {group['repeats']} repeats")
        base = {seed: figures(shallow[seed]) for seed in seeds}
        other = {seed: figures(deep[seed]) for seed in seeds}
        for key, grove in group["tests"].items():
            metric = key.split(".", 1)[1]
            d = np.array([other[seed][j][metric] - base[seed][j][metric]
                          for seed in sorted(seeds, key=int) for j in range(len(base[seed]))])
            checked += compare_figures(f"{design} {key}", grove, d, ratio, failures)
        # Groups of two runs each, on other split seeds ({7, 8} and {7, 99}): testable alone, but
        # not against each other. Nothing is tested, so the command fails, saying so.
        odd = train(6, 0.3, "99", validation)
        two = [str(shallow[seeds[0]]), str(shallow[seeds[1]]), str(deep[seeds[0]]), str(odd)]
        refused = cli(tool, workspace, ["compare", *two, "--baseline", two[0], "--group-by", "params.max_depth"],
                      expect=2)
        if "the split seeds (" not in refused.stderr:
            failures.append(f"{design}: other split seeds were not refused by their seeds: " + refused.stderr)
        # A third group on seed 99 alone: the group that can be tested is, the other is listed under
        # problems, and the command succeeds.
        lone = str(train(4, 0.3, "99", validation))
        arguments = ["compare", *runs, lone, "--baseline", runs[0], "--group-by", "params.max_depth"]
        partial = json.loads(cli(tool, workspace, arguments + ["--json"]).stdout)["significance"]
        problems = partial["problems"]
        if list(partial["groups"]) != ["max_depth=6"] or len(problems) != 1 or "the split seeds (" not in problems[0]:
            failures.append(f"{design}: expected max_depth=6 tested and max_depth=4 refused by its seeds: {partial}")
        text = cli(tool, workspace, arguments).stdout
        if "Not tested:" not in text or "max_depth=4" not in text.split("Not tested:")[1]:
            failures.append(f"{design}: the text output does not list the group not tested: {text}")
    return checked


if __name__ == "__main__":
    sys.exit(main())
