#!/usr/bin/python3
"""The Python side of the contributions benchmark: what a user of XGBoost's Python package writes.

Loads a saved model and the held-out rows (a float32 .npy matrix, the label in the last column),
then, --repeat times, builds an xgboost.DMatrix of the rows and asks for their SHAP values with
Booster.predict(..., pred_contribs=True). Prints one JSON line: the seconds of each repetition
(matrix and contributions, timed inside this process after its imports and loading) and the mean
|contribution| per feature, which the benchmark compares with Grove's.

Usage: xgb_reference_contributions.py MODEL.ubj DATA.npy [--threads T] [--repeat N]
"""

import argparse
import json
import time

import numpy as np
import xgboost as xgb


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model")
    parser.add_argument("data")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1)
    arguments = parser.parse_args()

    booster = xgb.Booster(model_file=arguments.model)
    booster.set_param({"nthread": arguments.threads})
    table = np.load(arguments.data)
    features = np.ascontiguousarray(table[:, :-1])

    seconds = []
    contributions = None
    for _ in range(arguments.repeat):
        start = time.perf_counter()
        # The model keeps its column names; a matrix must carry them to be scored.
        matrix = xgb.DMatrix(features, feature_names=booster.feature_names, nthread=arguments.threads)
        contributions = booster.predict(matrix, pred_contribs=True)
        seconds.append(time.perf_counter() - start)
    mean_abs = np.abs(contributions[:, :-1].astype(np.float64)).mean(axis=0)
    print(json.dumps({"seconds": seconds, "rows": int(features.shape[0]),
                      "mean_abs": [float(v) for v in mean_abs],
                      "base_value": float(contributions[0, -1]),
                      "xgboost": xgb.__version__}))


if __name__ == "__main__":
    main()
