#!/usr/bin/python3
"""grove-cli evaluate against scikit-learn's metrics, and grove-cli explain against XGBoost's
Python package, on real runs.

Trains a binary (held-out split and 3-fold), a multiclass and a regression run on data shipped
with Debian's python3-sklearn, then compares `grove-cli evaluate RUN --json` with
sklearn.metrics computed from the run's own predictions.csv (the same held-out rows): AUC,
average precision, Brier score, log loss, the confusion matrix and the figures at a threshold,
the cost-optimal threshold against a brute-force search over every distinct score, per-class
figures and one-vs-rest AUC, RMSE, MAE and R². A run whose predictions.f32 is deleted (as a run
of an older Grove has none) must evaluate to the same JSON from its predictions.csv. `grove-cli explain` must give the SHAP values of xgboost's
`predict(..., pred_contribs=True)` on the same held-out rows (to 1e-5), each row's contributions
plus the base value must equal its margin (to 1e-4), and its interactions must sum to its
contributions (to 1e-4).

Usage: evaluation_parity.py --cli PATH/grove-cli [--workdir DIR]
Exit status: 0 all agree, 1 a difference or a failure, 77 numpy/pandas/sklearn not importable.
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile

SKIP = 77
TOLERANCE = 1e-9

try:
    import numpy as np
    import pandas as pd
    import xgboost as xgb
    from sklearn import datasets, metrics
except ImportError as error:  # pragma: no cover - depends on the machine
    print(f"SKIP: {error}")
    sys.exit(SKIP)

failures = []


def check(case, name, grove, expected, tolerance=TOLERANCE):
    if expected is None or (isinstance(expected, float) and np.isnan(expected)):
        ok = grove is None
    elif isinstance(expected, list):
        ok = grove == expected
    else:
        ok = grove is not None and abs(grove - expected) <= tolerance * max(1.0, abs(expected))
    print(f"  {case:<16} {name:<28} grove {grove!s:<24} reference {expected!s:<24} {'ok' if ok else 'DIFFERENT'}")
    if not ok:
        failures.append(f"{case}: {name}")


def cli(args, tool):
    result = subprocess.run([tool] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"grove-cli {' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return result.stdout


def stored_predictions(workspace, run):
    """The run's predictions.csv: truth column and score columns, as float32 like Grove stores them."""
    with open(os.path.join(workspace, "runs", str(run), "predictions.csv"), newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    return header, body


def binary_case(name, workspace, tool, run, threshold, cost_fp, cost_fn):
    header, body = stored_predictions(workspace, run)
    truth_column = 2 if header[1] == "fold" else 1
    positive_label = header[truth_column + 1][len("probability_"):]
    y = np.array([1 if r[truth_column] == positive_label else 0 for r in body])
    scores = np.array([np.float32(r[truth_column + 1]) for r in body], dtype=np.float32)
    grove = json.loads(cli(["-w", workspace, "evaluate", str(run), "--threshold", str(threshold), "--cost-fp",
                            str(cost_fp), "--cost-fn", str(cost_fn), "--json"], tool))
    s64 = scores.astype(np.float64)
    check(name, "rows", grove["rows"], len(y), 0)
    check(name, "auc", grove["auc"], metrics.roc_auc_score(y, s64))
    check(name, "average_precision", grove["average_precision"], metrics.average_precision_score(y, s64))
    check(name, "brier", grove["brier"], metrics.brier_score_loss(y, s64))
    check(name, "log_loss", grove["log_loss"], metrics.log_loss(y, s64, labels=[0, 1]), 1e-7)
    predicted = (scores >= np.float32(threshold)).astype(int)
    check(name, "confusion_matrix", grove["confusion_matrix"],
          metrics.confusion_matrix(y, predicted, labels=[0, 1]).tolist())
    check(name, "precision", grove["precision"], metrics.precision_score(y, predicted, zero_division=0))
    check(name, "recall", grove["recall"], metrics.recall_score(y, predicted))
    check(name, "f1", grove["f1"], metrics.f1_score(y, predicted))
    check(name, "accuracy", grove["accuracy"], metrics.accuracy_score(y, predicted))
    check(name, "mcc", grove["mcc"], metrics.matthews_corrcoef(y, predicted))
    # The cheapest cut among every distinct score, and "nothing positive".
    costs = []
    for cut in list(np.unique(scores)) + [np.float32(np.inf)]:
        p = scores >= cut
        costs.append((cost_fp * np.sum(p & (y == 0)) + cost_fn * np.sum(~p & (y == 1))) / len(y))
    check(name, "cost-optimal expected cost", grove["cost_optimal"]["expected_cost"], float(min(costs)))
    return grove


def multiclass_case(name, workspace, tool, run):
    header, body = stored_predictions(workspace, run)
    classes = [h[len("probability_"):] for h in header if h.startswith("probability_")]
    y = np.array([classes.index(r[1]) for r in body])
    p = np.array([[np.float32(v) for v in r[2:2 + len(classes)]] for r in body], dtype=np.float64)
    grove = json.loads(cli(["-w", workspace, "evaluate", str(run), "--json"], tool))
    predicted = np.argmax(p, axis=1)
    check(name, "confusion_matrix", grove["confusion_matrix"],
          metrics.confusion_matrix(y, predicted, labels=list(range(len(classes)))).tolist())
    check(name, "accuracy", grove["accuracy"], metrics.accuracy_score(y, predicted))
    check(name, "log_loss", grove["log_loss"], metrics.log_loss(y, p, labels=list(range(len(classes)))), 1e-6)
    precision, recall, f1, support = metrics.precision_recall_fscore_support(
        y, predicted, labels=list(range(len(classes))), zero_division=0)
    for k, figures in enumerate(grove["per_class"]):
        check(name, f"class {figures['class']} precision", figures["precision"], float(precision[k]))
        check(name, f"class {figures['class']} recall", figures["recall"], float(recall[k]))
        check(name, f"class {figures['class']} f1", figures["f1"], float(f1[k]))
        check(name, f"class {figures['class']} support", figures["support"], int(support[k]), 0)
        check(name, f"class {figures['class']} auc", figures["auc_one_vs_rest"],
              metrics.roc_auc_score(y == k, p[:, k]))
    macro = metrics.precision_recall_fscore_support(y, predicted, average="macro", zero_division=0)
    weighted = metrics.precision_recall_fscore_support(y, predicted, average="weighted", zero_division=0)
    check(name, "macro f1", grove["macro"]["f1"], macro[2])
    check(name, "weighted recall", grove["weighted"]["recall"], weighted[1])
    return grove


def regression_case(name, workspace, tool, run):
    header, body = stored_predictions(workspace, run)
    y = np.array([float(np.float32(r[1])) for r in body])
    predicted = np.array([float(np.float32(r[2])) for r in body])
    grove = json.loads(cli(["-w", workspace, "evaluate", str(run), "--json"], tool))
    check(name, "rmse", grove["rmse"], float(np.sqrt(metrics.mean_squared_error(y, predicted))))
    check(name, "mae", grove["mae"], metrics.mean_absolute_error(y, predicted))
    check(name, "r2", grove["r2"], metrics.r2_score(y, predicted))
    return grove


def explain_case(name, workspace, tool, run, frame, rows_to_check, klass=None):
    """SHAP values of Grove's explain against xgboost's pred_contribs on the same held-out rows."""
    header, body = stored_predictions(workspace, run)
    held_out = [int(r[0]) - 1 for r in body]
    booster = xgb.Booster(model_file=os.path.join(workspace, "runs", str(run), "model.ubj"))
    features = booster.feature_names
    matrix = xgb.DMatrix(frame.iloc[held_out][features].astype(np.float32), feature_names=features)
    contributions = booster.predict(matrix, pred_contribs=True, strict_shape=True)  # rows, groups, features + 1
    margins = booster.predict(matrix, output_margin=True, strict_shape=True)
    extra = ["--class", klass] if klass else []
    group = 0
    if klass:
        classes = [h[len("probability_"):] for h in header if h.startswith("probability_")]
        group = classes.index(klass)
    grove = json.loads(cli(["-w", workspace, "explain", str(run), "--rows", str(len(held_out)), "--json"] + extra, tool))
    mean_abs = np.abs(contributions[:, group, :-1].astype(np.float64)).mean(axis=0)
    largest = max(abs(entry["mean_abs"] - mean_abs[features.index(entry["feature"])]) for entry in grove["global"])
    check(name, "mean |SHAP| (largest diff)", largest, 0.0, 1e-5)
    check(name, "base value", grove["base_value"], float(contributions[0, group, -1]), 1e-5)
    for index in rows_to_check:
        one = json.loads(cli(["-w", workspace, "explain", str(run), "--rows", "1", "--row", str(index), "--interactions",
                              "--json"] + extra, tool))["rows"][0]
        largest = max(abs(one["contributions"][f] - float(contributions[index, group, k])) for k, f in enumerate(features))
        check(name, f"row {index} contributions", largest, 0.0, 1e-5)
        check(name, f"row {index} margin", one["margin"], float(margins[index, group]), 1e-4)
        summed = max(abs(sum(one["interactions"][f].values()) - one["contributions"][f]) for f in features)
        check(name, f"row {index} interactions sum", summed, 0.0, 1e-4)


def train(workspace, tool, frame, name, target, extra):
    os.makedirs(os.path.join(workspace, "..", "data"), exist_ok=True)
    path = os.path.join(workspace, "..", "data", f"{name}.csv")
    if not os.path.exists(path):
        frame.to_csv(path, index=False)
        cli(["-w", workspace, "import", path, "--name", name], tool)
    out = json.loads(cli(["-w", workspace, "train", "--dataset", name, "--target", target, "--rounds", "30",
                          "--threads", "2", "--json"] + extra, tool))
    return out["run_id"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--workdir")
    args = parser.parse_args()
    workdir = args.workdir or tempfile.mkdtemp(prefix="grove-evaluation-parity-")
    workspace = os.path.join(workdir, "workspace")

    cancer = datasets.load_breast_cancer(as_frame=True).frame
    cancer["target"] = np.where(cancer["target"] == 1, "benign", "malignant")
    run = train(workspace, args.cli, cancer, "cancer", "target", ["--valid-fraction", "0.3", "--split-seed", "3"])
    before = binary_case("binary holdout", workspace, args.cli, run, 0.4, 1, 3)
    # An older run has no predictions.f32: the same figures from its predictions.csv.
    os.remove(os.path.join(workspace, "runs", str(run), "predictions.f32"))
    again = json.loads(cli(["-w", workspace, "evaluate", str(run), "--threshold", "0.4", "--cost-fp", "1",
                            "--cost-fn", "3", "--json"], args.cli))
    check("binary holdout", "same JSON from predictions.csv", [again == before], [True])
    explain_case("explain binary", workspace, args.cli, run, cancer, [0, 17, 100])

    run = train(workspace, args.cli, cancer, "cancer", "target", ["--folds", "3", "--split-seed", "5"])
    grove = binary_case("binary 3-fold", workspace, args.cli, run, 0.5, 2, 1)
    check("binary 3-fold", "every row scored out of fold", [grove["cross_validated"], grove["rows"]],
          [True, len(cancer)])

    wine = datasets.load_wine(as_frame=True).frame
    wine["target"] = wine["target"].map({0: "barolo", 1: "grignolino", 2: "barbera"})
    run = train(workspace, args.cli, wine, "wine", "target", ["--valid-fraction", "0.4", "--split-seed", "1"])
    multiclass_case("multiclass", workspace, args.cli, run)
    explain_case("explain multiclass", workspace, args.cli, run, wine, [3, 40], klass="grignolino")

    diabetes = datasets.load_diabetes(as_frame=True).frame
    run = train(workspace, args.cli, diabetes, "diabetes", "target", ["--valid-fraction", "0.3", "--split-seed", "2"])
    regression_case("regression", workspace, args.cli, run)
    explain_case("explain regression", workspace, args.cli, run, diabetes, [5])

    if failures:
        print("DIFFERENT: " + "; ".join(failures))
        return 1
    print("all figures agree with scikit-learn and with XGBoost's Python package")
    return 0


if __name__ == "__main__":
    sys.exit(main())
