#!/usr/bin/python3
"""A model version exported by Grove, used from Python as a teammate would.

For each case: grove-cli imports a training file (public data shipped with Debian's
python3-sklearn, plus a categorical column), trains, validates and exports the run to a fresh
registry, and scores a second file with `grove-cli predict --model REGISTRY/MODEL/VERSION`.
Python then loads the version's model.ubj with xgboost.Booster(model_file=...), builds the same
inputs from metadata.json (features in order, categories by their index, unseen ones missing),
and must give the same predictions within 1e-6. The version's MLmodel is checked field by field
against MLflow's format (the python_function flavour loads Grove's grove_xgboost.py, the
xgboost flavour the raw Booster), python_env.yaml and requirements.txt against the xgboost
version, and MANIFEST.sha256 with `sha256sum -c`.

Usage: registry_interop.py --cli PATH/grove-cli [--workdir DIR]
Exit status: 0 all agree, 1 a difference or failure, 77 xgboost/sklearn/yaml not importable.
"""

import argparse
import csv
import datetime
import json
import math
import os
import re
import subprocess
import sys
import tempfile

SKIP = 77
TOLERANCE = 1e-6

try:
    import numpy as np
    import xgboost as xgb
    import yaml
    from sklearn import datasets
except ImportError as error:  # pragma: no cover - depends on the machine
    print(f"SKIP: {error}")
    sys.exit(SKIP)

CASES = [
    {"name": "breast_cancer", "load": datasets.load_breast_cancer, "target": "label",
     "args": ["--param", "eta=0.1", "--param", "max_depth=4", "--rounds", "40"],
     "rules": ["valid.auc >= 0.9"], "output": "probability_1"},
    {"name": "wine", "load": datasets.load_wine, "target": "label",
     "args": ["--param", "eta=0.2", "--param", "max_depth=3", "--rounds", "30"],
     "rules": ["valid.mlogloss <= 1"], "output": None},
    {"name": "diabetes", "load": datasets.load_diabetes, "target": "label",
     "args": ["--param", "eta=0.05", "--param", "max_depth=3", "--rounds", "400",
              "--early-stopping", "10"],
     "rules": ["valid.rmse <= 90"], "output": "prediction"},
]


def run(command, expect=0):
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != expect:
        raise RuntimeError(f"{' '.join(command)} exited {result.returncode}, expected {expect}:\n"
                           f"{result.stdout}\n{result.stderr}")
    return result.stdout


def write_files(case, directory):
    data = case["load"]()
    features = [re.sub(r"[^A-Za-z0-9_]", "_", str(name)) for name in data.feature_names]
    rows = []
    for i, values in enumerate(data.data):
        band = ["small", "medium", "large", "huge"][i % 4]  # a categorical column
        rows.append([f"{v:.6g}" for v in values] + [band, f"{data.target[i]:.6g}"])
    header = features + ["band", case["target"]]
    train, score = rows[: int(len(rows) * 0.8)], rows[int(len(rows) * 0.8):]
    score[0][len(features)] = "unseen"  # a category the model never saw: scored as missing
    paths = {}
    for name, part in (("train", train), ("score", score)):
        path = os.path.join(directory, f"{case['name']}_{name}.csv")
        with open(path, "w", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(part)
        paths[name] = path
    return paths


def check_mlmodel(version_dir, metadata, run_id):
    with open(os.path.join(version_dir, "MLmodel")) as handle:
        mlmodel = yaml.safe_load(handle)
    problems = []

    def expect(path, actual, wanted):
        if actual != wanted:
            problems.append(f"MLmodel {path}: {actual!r}, expected {wanted!r}")

    pyfunc = mlmodel["flavors"]["python_function"]
    # Grove's loader, at the top of the version folder, applies the categories of metadata.json.
    expect("flavors.python_function.loader_module", pyfunc.get("loader_module"), "grove_xgboost")
    expect("flavors.python_function.code", pyfunc.get("code"), ".")
    expect("flavors.python_function.env", pyfunc.get("env"), {"virtualenv": "python_env.yaml"})
    if not os.path.isfile(os.path.join(version_dir, "grove_xgboost.py")):
        problems.append("grove_xgboost.py is missing")
    with open(os.path.join(version_dir, "python_env.yaml")) as handle:
        python_env = yaml.safe_load(handle)
    expect("flavors.python_function.python_version", pyfunc.get("python_version"), python_env.get("python"))
    expect("python_env.yaml dependencies", python_env.get("dependencies"), ["-r requirements.txt"])
    if not re.fullmatch(r"\d+\.\d+\.\d+", str(mlmodel.get("mlflow_version"))):
        problems.append(f"MLmodel mlflow_version: {mlmodel.get('mlflow_version')!r}")
    flavor = mlmodel["flavors"]["xgboost"]
    expect("flavors.xgboost.xgb_version", flavor.get("xgb_version"), xgb.__version__)
    expect("flavors.xgboost.data", flavor.get("data"), "model.ubj")
    expect("flavors.xgboost.model_class", flavor.get("model_class"), "xgboost.core.Booster")
    expect("flavors.xgboost.model_format", flavor.get("model_format"), "ubj")
    expect("run_id", mlmodel.get("run_id"), str(run_id))
    if not re.fullmatch(r"[0-9a-f]{32}", str(mlmodel.get("model_uuid"))):
        problems.append(f"MLmodel model_uuid: {mlmodel.get('model_uuid')!r} is not 32 hex digits")
    expect("model_uuid", mlmodel.get("model_uuid"), metadata["model_uuid"])
    try:
        datetime.datetime.strptime(mlmodel["utc_time_created"], "%Y-%m-%d %H:%M:%S.%f")
    except (KeyError, ValueError) as error:
        problems.append(f"MLmodel utc_time_created: {error}")
    inputs = json.loads(mlmodel["signature"]["inputs"])
    optional = set(metadata.get("optional_inputs", []))
    wanted = [{"type": "string" if f["type"] == "categorical" else "double", "name": f["name"],
               "required": f["name"] not in optional} for f in metadata["schema"]["features"]]
    expect("signature.inputs", inputs, wanted)
    with open(os.path.join(version_dir, "requirements.txt")) as handle:
        requirements = handle.read().split()
    expect("requirements.txt", requirements[:1], [f"xgboost=={xgb.__version__}"])
    expect("requirements.txt packages", sorted(r.split("==")[0] for r in requirements),
           ["numpy", "pandas", "xgboost"])
    return problems


def python_predictions(version_dir, metadata, score_path):
    schema = metadata["schema"]
    with open(score_path, newline="") as handle:
        rows = list(csv.DictReader(handle))
    names, types, columns = [], [], []
    for feature in schema["features"]:
        names.append(feature["name"])
        if feature["type"] == "categorical":
            types.append("c")
            index = {category: float(i) for i, category in enumerate(feature["categories"])}
            columns.append([index.get(row[feature["name"]], math.nan) for row in rows])
        else:
            types.append("q")
            columns.append([float(row[feature["name"]]) if row[feature["name"]] != "" else math.nan for row in rows])
    matrix = xgb.DMatrix(np.array(columns, dtype=np.float32).T, feature_names=names, feature_types=types,
                         enable_categorical=True)
    booster = xgb.Booster(model_file=os.path.join(version_dir, "model.ubj"))
    rounds = metadata.get("predict_rounds", 0)
    return booster.predict(matrix, iteration_range=(0, rounds) if rounds > 0 else (0, 0))


def compare(cli, workdir, case):
    paths = write_files(case, workdir)
    workspace = os.path.join(workdir, f"{case['name']}_ws")
    registry = os.path.join(workdir, "registry")
    base = [cli, "--workspace", workspace]
    run(base + ["import", paths["train"], "--name", case["name"]])
    trained = json.loads(run(base + ["train", "--dataset", case["name"], "--target", case["target"]]
                             + case["args"] + ["--threads", "2", "--json"]))
    run_id = trained["run_id"]
    # Export is refused before validation, with exit status 2.
    run(base + ["export", str(run_id), "--model", case["name"], "--registry", registry], expect=2)
    rules = sum((["--rule", rule] for rule in case["rules"]), [])
    report = json.loads(run(base + ["validate", str(run_id), "--json"] + rules))
    if not report["passed"]:
        raise RuntimeError(f"validation failed: {report}")
    exported = json.loads(run(base + ["export", str(run_id), "--model", case["name"], "--registry", registry,
                                      "--json"]))
    version_dir = exported["path"]
    subprocess.run(["sha256sum", "--quiet", "-c", "MANIFEST.sha256"], cwd=version_dir, check=True)
    output = os.path.join(workdir, f"{case['name']}_predictions.csv")
    run(base + ["predict", "--model", f"{registry}/{case['name']}/{exported['version']}",
                "--input", paths["score"], "--output", output])
    # The version predicts exactly as the run does (a run stopped early is exported cut to its
    # best rounds).
    by_run = os.path.join(workdir, f"{case['name']}_run_predictions.csv")
    run(base + ["predict", "--run", str(run_id), "--input", paths["score"], "--output", by_run])
    with open(os.path.join(version_dir, "metadata.json")) as handle:
        metadata = json.load(handle)
    problems = check_mlmodel(version_dir, metadata, run_id)
    with open(output, "rb") as a, open(by_run, "rb") as b:
        if a.read() != b.read():
            problems.append("grove-cli predict --model and --run disagree")

    expected = python_predictions(version_dir, metadata, paths["score"])
    with open(output, newline="") as handle:
        grove_rows = list(csv.DictReader(handle))
    if case["output"]:
        grove_values = np.array([float(row[case["output"]]) for row in grove_rows])
    else:  # multiclass: one probability per class, in the class order of the schema
        classes = metadata["schema"]["classes"]
        grove_values = np.array([[float(row[f"probability_{c}"]) for c in classes] for row in grove_rows])
    # Grove writes float32 predictions with 9 significant digits, which identify a float32 exactly.
    difference = float(np.max(np.abs(grove_values.astype(np.float32) - np.asarray(expected, dtype=np.float32))))
    print(f"{case['name']}: version {exported['version']}, {len(grove_rows)} rows, "
          f"predict_rounds {metadata.get('predict_rounds')}, largest difference {difference:.3g}")
    if difference > TOLERANCE:
        problems.append(f"predictions differ by up to {difference}")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--workdir")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        workdir = arguments.workdir or temporary
        os.makedirs(workdir, exist_ok=True)
        failures = []
        for case in CASES:
            try:
                failures += [f"{case['name']}: {problem}" for problem in compare(arguments.cli, workdir, case)]
            except (RuntimeError, subprocess.CalledProcessError) as error:
                failures.append(f"{case['name']}: {error}")
        for failure in failures:
            print(f"FAIL {failure}")
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
