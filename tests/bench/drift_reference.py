#!/usr/bin/python3
"""What a user would run instead of `grove-cli drift`: a monitoring script with pandas, XGBoost's
Python package and SciPy, on the same version and the same new data.

It reads the version's reference.json (the training data's bins, shares and sorted samples, and
the scores'), reads the new CSV with pandas.read_csv, scores it with the version's model.ubj
(xgboost.Booster, a DMatrix with NaN as missing), and for every numeric feature and the scores
computes the PSI over the reference's bins (np.searchsorted, shares raised to 1e-4) and the
two-sample KS statistic with scipy.stats.ks_2samp(..., method='asymp'); it prints the figures as
JSON. Numeric features only (the benchmark's table has no categories).

Usage: drift_reference.py VERSION_FOLDER NEW.csv
"""

import json
import sys

import numpy as np
import pandas as pd
import xgboost as xgb
from scipy import stats

EPSILON = 1e-4


def drift(reference, values):
    values = values[np.isfinite(values)]
    edges = np.asarray(reference["edges"], dtype=np.float64)
    expected = np.maximum(np.asarray(reference["shares"], dtype=np.float64), EPSILON)
    counts = np.bincount(np.searchsorted(edges, values, side="left"), minlength=len(edges) + 1)
    actual = np.maximum(counts / max(len(values), 1), EPSILON)
    psi = float(np.sum((actual - expected) * np.log(actual / expected)))
    result = stats.ks_2samp(np.asarray(reference["sample"]), values, method="asymp")
    return {"psi": psi, "ks": float(result.statistic), "ks_pvalue": float(result.pvalue)}


def main():
    folder, path = sys.argv[1], sys.argv[2]
    with open(f"{folder}/reference.json", encoding="utf-8") as file:
        reference = json.load(file)
    features = [f for f in reference["features"] if f["kind"] == "numeric"]
    table = pd.read_csv(path)
    names = [f["name"] for f in features]
    booster = xgb.Booster()
    booster.load_model(f"{folder}/model.ubj")
    scores = booster.predict(xgb.DMatrix(table[names], missing=np.nan))
    report = {f["name"]: drift(f, table[f["name"]].to_numpy(dtype=np.float64)) for f in features}
    report["scores"] = drift(reference["prediction"], scores.astype(np.float64))
    json.dump({"rows": len(table), "features": report}, sys.stdout)


if __name__ == "__main__":
    main()
