#!/usr/bin/python3
"""Grove against the XGBoost Python package on public data shipped with Debian's python3-sklearn.

Each case writes a deterministic train/validation split to CSV, imports both files into a fresh
workspace with grove-cli, trains with --valid-dataset and explicit parameters, and trains the
same model with xgboost.train on the same CSV files. The rounds trained (and the best one with
early stopping), the metrics of every round, the trees of Grove's model.ubj, the predictions of
`grove-cli predict` on the validation file and the held-out predictions Grove stores with the
run (runs/<id>/predictions.csv) must agree with the Python booster (numbers to 1e-6). The
largest difference of each kind is printed for every case.

Usage: xgboost_parity.py --cli PATH/grove-cli [--workdir DIR]
Exit status: 0 all cases agree, 1 a difference or a failure, 77 xgboost/sklearn not importable
(CTest reports the test as skipped).
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

SKIP = 77
TOLERANCE = 1e-6

try:
    import numpy as np
    import pandas as pd
    import xgboost as xgb
    from sklearn import datasets
except ImportError as error:  # pragma: no cover - depends on the machine
    print(f"SKIP: {error}")
    sys.exit(SKIP)

DEFAULT_METRICS = {
    "binary": ["logloss", "error", "auc"],
    "multiclass": ["merror", "mlogloss"],
    "regression": ["mae", "rmse"],
}
OBJECTIVES = {
    "binary": "binary:logistic",
    "multiclass": "multi:softprob",
    "regression": "reg:squarederror",
}

# name, loader, task, Grove/XGBoost parameters, rounds, threads, seed, metrics (None: Grove's
# defaults for the task, named explicitly on the Python side), share of feature cells blanked.
CASES = [
    {
        "name": "breast_cancer_binary_hist",
        "load": datasets.load_breast_cancer,
        "task": "binary",
        "params": {"eta": 0.1, "max_depth": 4, "tree_method": "hist", "max_bin": 256},
        "rounds": 50, "threads": 2, "seed": 0, "metrics": None, "missing": 0.0,
    },
    {
        "name": "breast_cancer_binary_sampled",
        "load": datasets.load_breast_cancer,
        "task": "binary",
        "params": {"eta": 0.1, "max_depth": 4, "tree_method": "hist", "subsample": 0.7,
                   "colsample_bytree": 0.6, "min_child_weight": 2, "lambda": 2.5, "max_bin": 64},
        "rounds": 50, "threads": 2, "seed": 7, "metrics": ["auc", "logloss"], "missing": 0.0,
    },
    {
        "name": "wine_multiclass_hist",
        "load": datasets.load_wine,
        "task": "multiclass",
        "params": {"eta": 0.1, "max_depth": 4, "tree_method": "hist", "max_bin": 256},
        "rounds": 50, "threads": 1, "seed": 0, "metrics": None, "missing": 0.0,
    },
    {
        "name": "iris_multiclass_sampled",
        "load": datasets.load_iris,
        "task": "multiclass",
        "params": {"eta": 0.2, "max_depth": 3, "tree_method": "hist", "subsample": 0.8,
                   "colsample_bytree": 0.75, "max_bin": 32},
        "rounds": 40, "threads": 2, "seed": 3, "metrics": ["mlogloss", "merror"], "missing": 0.0,
    },
    {
        # Early stopping on the last metric of the validation set, as xgboost.train does it; the
        # predictions are those of the best round (iteration_range in Python).
        "name": "breast_cancer_binary_early_stopping",
        "load": datasets.load_breast_cancer,
        "task": "binary",
        "params": {"eta": 0.3, "max_depth": 6, "tree_method": "hist", "max_bin": 256},
        "rounds": 500, "threads": 2, "seed": 0, "metrics": ["error", "logloss"], "missing": 0.0,
        "early_stopping": 10,
    },
    {
        "name": "diabetes_regression_hist",
        "load": datasets.load_diabetes,
        "task": "regression",
        "params": {"eta": 0.1, "max_depth": 4, "tree_method": "hist", "max_bin": 256},
        "rounds": 50, "threads": 2, "seed": 0, "metrics": None, "missing": 0.0,
    },
    {
        "name": "diabetes_regression_approx_missing",
        "load": datasets.load_diabetes,
        "task": "regression",
        "params": {"eta": 0.1, "max_depth": 4, "tree_method": "approx", "subsample": 0.8,
                   "alpha": 0.5, "gamma": 1.0, "max_bin": 128},
        "rounds": 50, "threads": 2, "seed": 11, "metrics": ["rmse", "mae"], "missing": 0.1,
    },
]


def run(command):
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited with {result.returncode}:\n{result.stderr}")
    return result.stdout


def write_split(case, directory):
    """A deterministic 75/25 split of the data set, written with pandas' default float format."""
    frame = case["load"](as_frame=True).frame.copy()
    frame = frame.rename(columns={"target": "label"})
    features = [c for c in frame.columns if c != "label"]
    random = np.random.RandomState(2024)
    if case["missing"] > 0:
        mask = random.random_sample((len(frame), len(features))) < case["missing"]
        values = frame[features].to_numpy(dtype=np.float64)
        values[mask] = np.nan
        frame[features] = values
    order = random.permutation(len(frame))
    cut = len(frame) // 4
    valid, train = frame.iloc[order[:cut]], frame.iloc[order[cut:]]
    paths = {}
    for split, part in (("train", train), ("valid", valid)):
        path = os.path.join(directory, f"{case['name']}_{split}.csv")
        part.to_csv(path, index=False)
        paths[split] = path
    return paths, features


def read_split(path, features):
    """The CSV file as XGBoost's Python package would be given it."""
    frame = pd.read_csv(path, float_precision="round_trip")
    return frame[features], frame["label"].to_numpy()


def grove(cli, workspace, case, paths):
    def cli_json(*arguments):
        return json.loads(run([cli, "--workspace", workspace, *arguments, "--json"]))

    train_name, valid_name = case["name"] + "_train", case["name"] + "_valid"
    cli_json("import", paths["train"], "--name", train_name)
    cli_json("import", paths["valid"], "--name", valid_name)
    command = ["train", "--dataset", train_name, "--target", "label", "--task", case["task"],
               "--valid-dataset", valid_name, "--rounds", str(case["rounds"]),
               "--threads", str(case["threads"]), "--seed", str(case["seed"])]
    for key, value in case["params"].items():
        command += ["--param", f"{key}={value}"]
    for metric in case["metrics"] or []:
        command += ["--metric", metric]
    if case.get("early_stopping"):
        command += ["--early-stopping", str(case["early_stopping"])]
    trained = cli_json(*command)
    if trained["status"] != "finished":
        raise RuntimeError(f"Grove's run did not finish: {trained}")
    run_id = str(trained["run_id"])
    shown = cli_json("show", run_id)
    output = os.path.join(os.path.dirname(paths["valid"]), case["name"] + "_grove_predictions.csv")
    cli_json("predict", "--run", run_id, "--input", paths["valid"], "--output", output)
    predicted = pd.read_csv(output, float_precision="round_trip")
    held_out = pd.read_csv(os.path.join(workspace, "runs", run_id, "predictions.csv"),
                           float_precision="round_trip")
    return trained, shown, predicted, held_out


def python_xgboost(case, paths, features):
    x_train, y_train = read_split(paths["train"], features)
    x_valid, y_valid = read_split(paths["valid"], features)
    params = dict(case["params"])
    params.update({"objective": OBJECTIVES[case["task"]], "nthread": case["threads"],
                   "seed": case["seed"]})
    if case["task"] == "multiclass":
        params["num_class"] = int(np.unique(y_train).size)
    metrics = case["metrics"] or DEFAULT_METRICS[case["task"]]
    params["eval_metric"] = list(metrics)
    if params["tree_method"] == "hist":
        train = xgb.QuantileDMatrix(x_train, y_train, max_bin=params["max_bin"], nthread=case["threads"])
        valid = xgb.QuantileDMatrix(x_valid, y_valid, ref=train, max_bin=params["max_bin"],
                                    nthread=case["threads"])
    else:
        train = xgb.DMatrix(x_train, y_train, nthread=case["threads"])
        valid = xgb.DMatrix(x_valid, y_valid, nthread=case["threads"])
    history = {}
    booster = xgb.train(params, train, num_boost_round=case["rounds"],
                        evals=[(train, "train"), (valid, "valid")], evals_result=history,
                        early_stopping_rounds=case.get("early_stopping"), verbose_eval=False)
    iterations = (0, booster.best_iteration + 1) if case.get("early_stopping") else (0, 0)
    predictions = booster.predict(xgb.DMatrix(x_valid, nthread=case["threads"]), iteration_range=iterations)
    return booster, history, predictions, metrics, y_valid


def compare(cli, workdir, case):
    paths, features = write_split(case, workdir)
    workspace = os.path.join(workdir, "workspace_" + case["name"])
    trained, shown, grove_predicted, held_out = grove(cli, workspace, case, paths)
    booster, history, predictions, metrics, y_valid = python_xgboost(case, paths, features)
    problems = []
    if trained["rounds_done"] != booster.num_boosted_rounds():
        problems.append(f"Grove trained {trained['rounds_done']} rounds, XGBoost {booster.num_boosted_rounds()}")
    if case.get("early_stopping") and trained["best_iteration"] != booster.best_iteration:
        problems.append(f"best iteration: Grove {trained['best_iteration']}, XGBoost {booster.best_iteration}")

    # The configuration Grove recorded is the one asked for.
    params = shown["config"]["params"]
    for key, value in case["params"].items():
        if str(params.get(key)) != str(value) and params.get(key) != value:
            problems.append(f"recorded parameter {key}={params.get(key)!r}, asked {value!r}")
    if shown["config"].get("metrics", DEFAULT_METRICS[case["task"]]) != metrics:
        problems.append(f"recorded metrics {shown['config'].get('metrics')}, expected {metrics}")

    # Final metrics of every split and metric.
    metric_diff = 0.0
    for split in ("train", "valid"):
        for metric in metrics:
            ours = trained["final_metrics"].get(split, {}).get(metric)
            theirs = history[split][metric][-1]
            if ours is None:
                problems.append(f"Grove reports no final {split}-{metric}")
                continue
            metric_diff = max(metric_diff, abs(ours - theirs))

    # The whole validation curve of the deciding metric, round by round.
    curve_diff = 0.0
    series = {(s["split"], s["metric"]): s["values"] for s in shown["history"] if "fold" not in s}
    for metric in metrics:
        ours = series.get(("valid", metric), [])
        theirs = history["valid"][metric]
        if len(ours) != len(theirs):
            problems.append(f"valid-{metric}: Grove has {len(ours)} rounds, XGBoost {len(theirs)}")
            continue
        curve_diff = max(curve_diff, float(np.max(np.abs(np.array(ours) - np.array(theirs)))))

    # Predictions: `grove-cli predict` on the validation file and the stored held-out ones.
    expected = predictions.reshape(len(y_valid), -1)
    probability_columns = [c for c in grove_predicted.columns if c.startswith("probability_")]
    if case["task"] == "regression":
        prediction_columns = ["prediction"]
    else:
        prediction_columns = probability_columns
        wanted = 1 if case["task"] == "binary" else expected.shape[1]
        if len(probability_columns) != wanted:
            problems.append(f"predict wrote {len(probability_columns)} probability columns, expected {wanted}")
    # Grove writes each float32 prediction with 9 significant digits, enough to give back the same
    # float32; compared as float32, identical predictions differ by exactly 0.
    ours = grove_predicted[prediction_columns].to_numpy(dtype=np.float64).astype(np.float32)
    if ours.shape != expected.shape:
        problems.append(f"predict wrote {ours.shape}, XGBoost gives {expected.shape}")
        predict_diff = float("inf")
    else:
        predict_diff = float(np.max(np.abs(ours.astype(np.float64) - expected.astype(np.float64))))
    stored = held_out[prediction_columns].to_numpy(dtype=np.float64).astype(np.float32)
    stored_rows = held_out["row"].to_numpy() - 1
    if stored.shape != expected.shape or list(stored_rows) != list(range(len(y_valid))):
        problems.append(f"predictions.csv has {stored.shape} for rows {stored_rows[:5]}..., expected {expected.shape}")
        stored_diff = float("inf")
    else:
        stored_diff = float(np.max(np.abs(stored.astype(np.float64) - expected.astype(np.float64))))

    # The trees themselves: Grove's model file read by the Python package, dumped with their
    # split conditions, gains and covers.
    grove_model = xgb.Booster(model_file=os.path.join(workspace, "runs", str(trained["run_id"]), "model.ubj"))
    ours_trees = grove_model.get_dump(dump_format="json", with_stats=True)
    theirs_trees = booster.get_dump(dump_format="json", with_stats=True)
    different_trees = sum(a != b for a, b in zip(ours_trees, theirs_trees)) + abs(len(ours_trees) - len(theirs_trees))
    if different_trees:
        problems.append(f"{different_trees} of {len(theirs_trees)} trees differ")
    if grove_model.feature_names != features:
        problems.append(f"Grove's model names its features {grove_model.feature_names}")

    figures = {"final metrics": metric_diff, "valid curves": curve_diff,
               "grove-cli predict": predict_diff, "predictions.csv": stored_diff}
    for what, value in figures.items():
        if not value <= TOLERANCE:
            problems.append(f"{what}: max |diff| {value:.3g} > {TOLERANCE}")
    print(f"{case['name']}: rows train/valid {trained['dataset']['rows']}/{len(y_valid)}, "
          f"rounds {trained['rounds_done']} (best {trained['best_iteration']}), "
          f"trees differing {different_trees}/{len(theirs_trees)}, "
          + ", ".join(f"{what} max|diff| {value:.3g}" for what, value in figures.items()))
    print("    valid " + ", ".join(f"{m} Grove {trained['final_metrics']['valid'][m]:.6g} "
                                   f"XGBoost {history['valid'][m][-1]:.6g}" for m in metrics))
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True, help="path of grove-cli")
    parser.add_argument("--workdir", help="keep the files here instead of a temporary folder")
    arguments = parser.parse_args()
    print(f"xgboost {xgb.__version__} (Python), numpy {np.__version__}, pandas {pd.__version__}")
    print(run([arguments.cli, "--version"]).strip())

    def run_all(workdir):
        failures = 0
        for case in CASES:
            try:
                problems = compare(arguments.cli, workdir, case)
            except Exception as error:  # a failing command is a failed case, with its message
                problems = [f"{type(error).__name__}: {error}"]
            for problem in problems:
                print(f"FAIL {case['name']}: {problem}")
            failures += bool(problems)
        print(f"{len(CASES) - failures} passed, {failures} failed")
        return 1 if failures else 0

    if arguments.workdir:
        os.makedirs(arguments.workdir, exist_ok=True)
        return run_all(arguments.workdir)
    with tempfile.TemporaryDirectory(prefix="grove-parity-") as workdir:
        return run_all(workdir)


if __name__ == "__main__":
    sys.exit(main())
