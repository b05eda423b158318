#!/usr/bin/python3
"""Grove's drift statistics against scipy.stats.ks_2samp(method='asymp') and a NumPy PSI.

Generates reference and new data (float32, as Grove's snapshots hold them) in several shapes:
shifted normals with missing values, small samples (the exact branches of the Kolmogorov
distribution: Durbin's matrix, Pomeranz, Ruben-Gambino), nearly equal samples (Durbin's matrix), ties, a reference larger than the kept
sample, effective sizes above 100,000 (Pelz-Good) and moderate shifts (the Smirnov tail), a
categorical column with unseen categories, and scores. drift_parity_tool builds the reference,
stores and parses it, and computes the drift. For every feature:
  - the reference's edges are NumPy's linear quantiles at k/bins (ties merged), its shares the
    bin counts (np.searchsorted(edges, x, 'left')), its sample the sorted values (or evenly
    spaced order statistics when larger than sample_size);
  - KS D and p-value equal scipy.stats.ks_2samp(sample, new values, method='asymp');
  - PSI equals sum((a - e) * log(a / e)) with a, e = np.maximum(shares, 1e-4);
  - the change in missing rate, and the unseen categories with their counts;
all to 1e-9.

Usage: drift_parity.py --tool PATH/drift_parity_tool [--workdir DIR]
Exit status: 0 all agree, 1 a difference or a failure, 77 numpy/scipy not importable.
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
EPSILON = 1e-4

try:
    import numpy as np
    from scipy import stats
except ImportError as error:  # pragma: no cover - depends on the machine
    print(f"SKIP: {error}")
    sys.exit(SKIP)


def numbers(values):
    return [None if not np.isfinite(v) else float(v) for v in values]


def column(name, values):
    return {"name": name, "numbers": numbers(values)}


def cases(rng):
    def f32(values):
        return np.asarray(values, dtype=np.float32)

    shifted = f32(rng.normal(0.3, 1.2, 3000))
    shifted[rng.choice(3000, 150, replace=False)] = np.nan
    with_missing = f32(rng.normal(0, 1, 5000))
    with_missing[:100] = np.nan
    yield "normal shift", 10, 10000, [("x", with_missing, shifted)]
    yield "small samples", 10, 10000, [("a", f32(rng.normal(0, 1, 30)), f32(rng.normal(0.4, 1, 45))),
                                       ("b", f32(rng.normal(0, 1, 7)), f32(rng.normal(0, 1, 9))),
                                       ("c", f32(rng.normal(0, 1, 60)), f32(rng.normal(0.1, 1, 80))),
                                       ("d", f32(rng.normal(0, 1, 200)), f32(rng.normal(1.5, 1, 150)))]
    yield "ties", 10, 10000, [("k", f32(rng.integers(0, 6, 2000)), f32(rng.choice(6, 1500, p=[.1, .1, .2, .2, .2, .2])))]
    yield "moderate shift", 20, 10000, [("m", f32(rng.normal(0, 1, 2000)), f32(rng.normal(0.12, 1, 2000)))]
    yield "sampled reference", 10, 10000, [("s", f32(rng.exponential(1, 50000)), f32(rng.exponential(1.05, 200000)))]
    big = f32(rng.normal(0, 1, 300000))
    yield "pelz-good", 10, 300000, [("p", big, f32(rng.normal(0.002, 1, 300000))),
                                    ("q", big, f32(rng.normal(0.005, 1, 300000)))]
    # Small distances: Durbin's matrix, for effective sizes up to 140 and above.
    near = f32(rng.normal(0, 1, 2000))
    nudged = near.copy()
    nudged[:24] += 5
    few = f32(rng.normal(0, 1, 100))
    moved = few.copy()
    moved[:12] += 5
    yield "durbin matrix", 10, 10000, [("n", near, nudged), ("f", few, moved)]
    same = f32(rng.normal(0, 1, 1000))
    yield "identical", 10, 10000, [("same", same, same.copy())]


def quantile_edges(values, bins):
    edges = []
    for k in range(1, bins):
        edge = float(np.quantile(values, k / bins))
        if not edges or edge > edges[-1]:
            edges.append(edge)
    return edges


def psi(expected, actual):
    e = np.maximum(np.asarray(expected, dtype=float), EPSILON)
    a = np.maximum(np.asarray(actual, dtype=float), EPSILON)
    return float(np.sum((a - e) * np.log(a / e)))


class Checker:
    def __init__(self):
        self.failures = 0
        self.checks = 0

    def close(self, what, got, expected, relative=False):
        self.checks += 1
        scale = max(1.0, abs(expected)) if relative else 1.0
        if got is None or expected is None or not math.isfinite(got) or abs(got - expected) > TOLERANCE * scale:
            self.failures += 1
            print(f"FAIL {what}: grove {got!r}, numpy/scipy {expected!r}")


def check_numeric(check, label, ref_values, cur_values, bins, sample_size, profile, drift):
    present = ref_values[np.isfinite(ref_values)].astype(np.float64)
    ordered = np.sort(present)
    n = len(ordered)
    edges = quantile_edges(ordered, bins)
    check.close(f"{label} edge count", len(profile["edges"]), len(edges))
    for i, (got, expected) in enumerate(zip(profile["edges"], edges)):
        check.close(f"{label} edge {i}", got, expected, relative=True)
    edges = np.asarray(profile["edges"])
    counts = np.bincount(np.searchsorted(edges, ordered, side="left"), minlength=len(edges) + 1)
    for i, (got, expected) in enumerate(zip(profile["shares"], counts / n)):
        check.close(f"{label} reference share {i}", got, expected)
    if n <= sample_size:
        sample = ordered
    else:
        sample = ordered[(2 * np.arange(sample_size) + 1) * n // (2 * sample_size)]
    check.close(f"{label} sample size", len(profile["sample"]), len(sample))
    check.close(f"{label} sample", float(np.max(np.abs(np.asarray(profile["sample"]) - sample))), 0.0)

    current = cur_values[np.isfinite(cur_values)].astype(np.float64)
    result = stats.ks_2samp(sample, current, method="asymp")
    check.close(f"{label} ks", drift["ks"], float(result.statistic))
    check.close(f"{label} ks_pvalue", drift["ks_pvalue"], float(result.pvalue))
    actual = np.bincount(np.searchsorted(edges, current, side="left"), minlength=len(edges) + 1) / len(current)
    check.close(f"{label} psi", drift["psi"], psi(profile["shares"], actual))
    return float(np.mean(~np.isfinite(cur_values))) - float(np.mean(~np.isfinite(ref_values)))


def run(tool, workdir, name, payload):
    path = os.path.join(workdir, name.replace(" ", "-") + ".json")
    with open(path, "w") as out:
        json.dump(payload, out)
    result = subprocess.run([tool, path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"drift_parity_tool {name} exited {result.returncode}: {result.stderr}")
    return json.loads(result.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tool", required=True)
    parser.add_argument("--workdir")
    arguments = parser.parse_args()
    workdir = arguments.workdir or tempfile.mkdtemp(prefix="grove-drift-")
    rng = np.random.default_rng(20261207)
    check = Checker()

    for name, bins, sample_size, features in cases(rng):
        ref_scores = rng.beta(2, 5, 4000).astype(np.float32)
        cur_scores = rng.beta(2.4, 5, 2500).astype(np.float32)
        payload = {"bins": bins, "sample_size": sample_size,
                   "reference": {"columns": [column(f, r) for f, r, _ in features], "scores": numbers(ref_scores)},
                   "current": {"columns": [column(f, c) for f, _, c in features], "scores": numbers(cur_scores)}}
        out = run(arguments.tool, workdir, name, payload)
        profiles = {f["name"]: f for f in out["reference"]["features"]}
        drifts = {f["name"]: f for f in out["drift"]["features"]}
        for feature, ref_values, cur_values in features:
            label = f"{name}/{feature}"
            change = check_numeric(check, label, ref_values, cur_values, bins, sample_size, profiles[feature],
                                   drifts[feature])
            check.close(f"{label} missing_rate_change", drifts[feature]["missing_rate_change"], change)
        check_numeric(check, f"{name}/scores", ref_scores, cur_scores, bins, sample_size, out["reference"]["prediction"],
                      out["drift"]["prediction"])
        alert = any(f["psi"] is not None and f["psi"] > 0.2 for f in out["drift"]["features"]) \
            or out["drift"]["prediction"]["psi"] > 0.2
        check.close(f"{name} alert", float(out["drift"]["alert"]), float(alert))

    # A categorical column: shares per category, one bin for every other value, unseen categories.
    categories = ["red", "green", "blue", "grey"]
    ref_codes = rng.choice(3, 1000, p=[.5, .3, .2]).tolist()
    cur_codes = rng.choice(4, 800, p=[.4, .3, .2, .1]).tolist()
    cur_codes[:40] = [None] * 40
    payload = {"reference": {"columns": [{"name": "colour", "categories": categories, "codes": ref_codes}]},
               "current": {"columns": [{"name": "colour", "categories": categories, "codes": cur_codes}]}}
    out = run(arguments.tool, workdir, "categorical", payload)
    profile, drift = out["reference"]["features"][0], out["drift"]["features"][0]
    ref_counts = np.bincount(ref_codes, minlength=4)
    present = [c for c in cur_codes if c is not None]
    cur_counts = np.bincount(present, minlength=4)
    listed = [c["value"] for c in profile["categories"]]
    expected = [c["share"] for c in profile["categories"]] + [profile["other_share"]]
    for c in profile["categories"]:
        check.close(f"categorical share {c['value']}", c["share"], ref_counts[categories.index(c["value"])] / 1000)
    actual = [cur_counts[categories.index(v)] / len(present) for v in listed]
    actual.append(sum(cur_counts[i] for i, v in enumerate(categories) if v not in listed) / len(present))
    check.close("categorical psi", drift["psi"], psi(expected, actual))
    check.close("categorical missing_rate_change", drift["missing_rate_change"], 40 / 800)
    check.close("categorical unseen rows", drift["unseen_rows"], int(cur_counts[3]))
    check.close("categorical unseen grey", drift["unseen_categories"][0]["count"], int(cur_counts[3]))
    check.close("categorical no ks", float(drift["ks"] is None), 1.0)

    print(f"{check.checks} checks, {check.failures} failures")
    return 1 if check.failures else 0


if __name__ == "__main__":
    sys.exit(main())
