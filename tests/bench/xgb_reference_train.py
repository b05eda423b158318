#!/usr/bin/python3
"""The Python side of the training benchmark: what a user of XGBoost's Python package writes.

Loads the benchmark table from a .npy file (float32, the label in the last column), holds out a
stratified share of the rows for validation with scikit-learn's train_test_split, builds a plain
xgboost.DMatrix for each part and trains with xgboost.train, evaluating both every round. The
benchmark times the whole process (interpreter start and imports included) from outside; this
script prints one JSON line with its own timings and the final metrics.

Usage: xgb_reference_train.py DATA.npy [--valid-fraction F] [--split-seed S] [--rounds N]
                              [--max-depth D] [--threads T] [--metric NAME]...
"""

import argparse
import json
import resource
import time

start = time.perf_counter()

import numpy as np  # noqa: E402  (the imports are part of what is timed)
import xgboost as xgb  # noqa: E402
from sklearn.model_selection import train_test_split  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data")
    parser.add_argument("--valid-fraction", type=float, default=0.2)
    parser.add_argument("--split-seed", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--max-depth", type=int, default=6)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--metric", action="append")
    arguments = parser.parse_args()
    imported = time.perf_counter()

    table = np.load(arguments.data)
    features, label = table[:, :-1], table[:, -1]
    x_train, x_valid, y_train, y_valid = train_test_split(
        features, label, test_size=arguments.valid_fraction, random_state=arguments.split_seed, stratify=label)
    loaded = time.perf_counter()

    dtrain = xgb.DMatrix(x_train, label=y_train, nthread=arguments.threads)
    dvalid = xgb.DMatrix(x_valid, label=y_valid, nthread=arguments.threads)
    matrices = time.perf_counter()

    params = {"objective": "binary:logistic", "tree_method": "hist", "max_depth": arguments.max_depth,
              "nthread": arguments.threads, "eval_metric": arguments.metric or ["logloss", "auc"]}
    history = {}
    xgb.train(params, dtrain, arguments.rounds, evals=[(dtrain, "train"), (dvalid, "valid")],
              evals_result=history, verbose_eval=False)
    trained = time.perf_counter()

    final = {split: {metric: values[-1] for metric, values in metrics.items()} for split, metrics in history.items()}
    print(json.dumps({
        "step_seconds": {"imports": imported - start, "load_split": loaded - imported,
                         "matrices": matrices - loaded, "train": trained - matrices},
        "seconds": trained - start,
        "train_rows": int(y_train.size), "valid_rows": int(y_valid.size),
        "final_metrics": final,
        "xgboost": xgb.__version__, "numpy": np.__version__,
        "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }))


if __name__ == "__main__":
    main()
