#!/usr/bin/python3
"""grove_xgboost.py, the Python loader every exported version carries, against grove-cli predict.

Five kinds of model are trained with grove-cli on generated data, validated and exported to a
fresh registry: binary (with a saved decision threshold of 0.35), multiclass, regression,
categorical (categories whose first-appearance order differs from the sorted one, categories that
look like numbers, missing values in training) and stopped early. A scoring file with unseen
categories, missing values in every spelling Grove knows, blanks around values and numbers
written in several ways is scored by `grove-cli predict --model REGISTRY/MODEL/VERSION`. The
version's grove_xgboost.py, loaded as mlflow.pyfunc.load_model loads it (MLmodel's code path and
loader_module, then `_load_pyfunc(folder)`), scores the same file read by pandas three ways (all
text, pandas' own types, and the types MLflow's signature check wants). Both must give the
columns grove-cli writes, the same predicted classes and scores within 1e-6, and count the same
unseen categories. Also: a column the training data had missing values in may be left out (scored as
all missing, as grove-cli scores an empty column), a required one may not, a changed model.ubj
and a huge manifest are refused, and MLmodel names the loader.

Usage: python_loader_parity.py --cli PATH/grove-cli [--workdir DIR]
Exit status: 0 all agree, 1 a difference or failure, 77 numpy/pandas/xgboost not importable.
"""

import argparse
import csv
import importlib
import importlib.util
import json
import os
import random
import shutil
import stat
import subprocess
import sys
import tempfile

SKIP = 77
TOLERANCE = 1e-6

try:
    import numpy as np
    import pandas as pd
    import xgboost  # noqa: F401 (the loader needs it)
except ImportError as error:  # pragma: no cover - depends on the machine
    print(f"SKIP: {error}")
    sys.exit(SKIP)

COLORS = ["red", "blue", "green", "amber"]  # first appearance in training: not sorted
COLOR_EFFECT = {"red": 1.2, "blue": -0.8, "green": 0.1, "amber": -1.5}
SIZES = ["10", "2", "33"]  # categories that look like numbers
SIZE_EFFECT = {"10": 0.9, "2": -0.4, "33": -1.1}


def make_rows(count, seed, missing=()):
    """Rows whose targets depend on the features; the columns in `missing` lack about one value
    in twelve."""
    generator = random.Random(seed)
    rows = []
    for i in range(count):
        x1 = generator.uniform(-2, 2)
        x2 = generator.uniform(0, 10)
        color = COLORS[i] if i < len(COLORS) else generator.choice(COLORS)
        size = SIZES[i % 3] if i < 3 else generator.choice(SIZES)
        noise = generator.uniform(-1, 1)
        score = 1.5 * x1 - 0.3 * x2 + 1.5 + COLOR_EFFECT[color] + SIZE_EFFECT[size] + noise
        level = x1 + COLOR_EFFECT[color] / 2 + generator.uniform(-0.5, 0.5)
        row = {
            "x1": f"{x1:.4f}",
            "x2": f"{x2:.4f}",
            "color": color,
            "size": size,
            "label": "yes" if score > 0 else "no",
            "grade": "low" if level < -0.7 else ("mid" if level < 0.7 else "high"),
            "amount": f"{3 * x1 + 0.5 * x2 + COLOR_EFFECT[color] + SIZE_EFFECT[size] + noise:.4f}",
        }
        for column in missing:
            if generator.random() < 0.08:
                row[column] = ""
        rows.append(row)
    return rows


def scoring_rows(seed):
    """Rows to score: ordinary ones, then every special case grove-cli treats in its own way."""
    rows = make_rows(150, seed, missing=("x2",))
    specials = [
        ("purple", "10", "0.5", "3"),      # a color training never saw
        ("", "2", "-0.25", "4"),           # missing, empty
        ("NA", "33", "1", "5"),            # missing markers, any case, blanks around
        ("n/a", "7", "0", "6"),            # and a size training never saw
        ("?", "", "1.25", "2"),
        (" null ", "None", "-1", "1"),
        ("NaN", "2", "nan", "7"),
        (" red", "10 ", " 0.75", "+2.5"),  # blanks around a value
        ("blue\t", " 33", "1e-1", "2E+0"),
        ("green", "2", "-.5", "5."),
        ("amber", "10", "NA", "?"),
        ("Red", "10", "0.3", "3"),         # categories are matched exactly otherwise
    ]
    for color, size, x1, x2 in specials:
        rows.append({"x1": x1, "x2": x2, "color": color, "size": size, "label": "yes", "grade": "mid",
                     "amount": "0"})
    return rows


CASES = [
    {"name": "binary", "features": ["x1", "x2"], "target": "label", "threshold": "0.35",
     "train": ["--rounds", "30", "--param", "max_depth=3"], "rules": ["valid.auc >= 0.6"]},
    {"name": "multiclass", "features": ["x1", "x2"], "target": "grade",
     "train": ["--rounds", "25", "--param", "max_depth=3"], "rules": ["valid.mlogloss <= 5"]},
    {"name": "regression", "features": ["x1", "x2"], "target": "amount", "missing": ["x2"],
     "train": ["--rounds", "40", "--param", "max_depth=3"], "rules": ["valid.rmse <= 100"]},
    {"name": "categorical", "features": ["x1", "x2", "color", "size"], "target": "label",
     "categorical": ["color", "size"], "missing": ["color"],
     "train": ["--rounds", "30", "--param", "max_depth=3"], "rules": ["valid.auc >= 0.6"]},
    {"name": "stopped", "features": ["x1", "x2", "color", "size"], "target": "amount",
     "categorical": ["color", "size"],
     "train": ["--rounds", "400", "--early-stopping", "5", "--param", "eta=0.3"], "rules": ["valid.rmse <= 100"]},
]
COLUMNS = ["x1", "x2", "color", "size", "label", "grade", "amount"]


def run(command, expect=0):
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != expect:
        raise RuntimeError(f"{' '.join(command)} exited {result.returncode}, expected {expect}:\n"
                           f"{result.stdout}\n{result.stderr}")
    return result.stdout


def write_csv(path, rows):
    with open(path, "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def load_loader(version_dir, name):
    """The version's own grove_xgboost.py, imported under a name of its own."""
    spec = importlib.util.spec_from_file_location(f"grove_xgboost_{name}",
                                                  os.path.join(version_dir, "grove_xgboost.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_as_mlflow_does(version_dir):
    """The version's model, loaded the way mlflow.pyfunc.load_model (2.x) loads a python_function
    flavour: MLmodel's `code` folder goes first on sys.path (its modules loaded afresh), then
    `loader_module`._load_pyfunc is called with the `data` path, or the model folder without one."""
    with open(os.path.join(version_dir, "MLmodel")) as handle:
        lines = handle.read().split("\n")
    start = lines.index("  python_function:")
    conf = {}
    for line in lines[start + 1:]:
        if not line.startswith("    "):
            break
        key, _, value = line.strip().partition(": ")
        conf[key] = value
    code_path = os.path.join(version_dir, conf["code"])
    sys.path.insert(0, code_path)
    try:
        for name in os.listdir(code_path):
            if name.endswith(".py"):
                sys.modules.pop(name[:-3], None)
        data_path = os.path.join(version_dir, conf["data"]) if "data" in conf else version_dir
        return importlib.import_module(conf["loader_module"])._load_pyfunc(data_path)
    finally:
        sys.path.remove(code_path)


def compare_frames(label, grove_csv, predicted):
    """Problems between grove-cli's output file and the loader's DataFrame."""
    expected = pd.read_csv(grove_csv, dtype=str, keep_default_na=False)
    problems = []
    if list(predicted.columns) != list(expected.columns):
        return [f"{label}: columns {list(predicted.columns)}, grove-cli wrote {list(expected.columns)}"]
    if len(predicted) != len(expected):
        return [f"{label}: {len(predicted)} rows, grove-cli wrote {len(expected)}"]
    largest = 0.0
    for column in expected.columns:
        if column == "predicted":
            differing = [i for i, (a, b) in enumerate(zip(predicted[column], expected[column])) if str(a) != b]
            if differing:
                i = differing[0]
                problems.append(f"{label}: predicted differs in {len(differing)} rows, first row {i}: "
                                f"{predicted[column].iloc[i]!r}, grove-cli {expected[column].iloc[i]!r}")
            continue
        if predicted[column].dtype != np.float32:
            problems.append(f"{label}: {column} is {predicted[column].dtype}, not float32")
        ours = predicted[column].to_numpy(dtype=np.float32)
        theirs = expected[column].astype(np.float64).to_numpy().astype(np.float32)
        largest = max(largest, float(np.max(np.abs(ours - theirs))) if len(ours) else 0.0)
    if largest > TOLERANCE:
        problems.append(f"{label}: scores differ by up to {largest}")
    print(f"  {label}: {len(predicted)} rows, largest difference {largest:.3g}")
    return problems


def check_case(cli, workdir, registry, case):
    name = case["name"]
    train_path = write_csv(os.path.join(workdir, f"{name}_train.csv"),
                           make_rows(600, 11, case.get("missing", ())))
    score_path = write_csv(os.path.join(workdir, f"{name}_score.csv"), scoring_rows(23))
    workspace = os.path.join(workdir, f"{name}_ws")
    base = [cli, "--workspace", workspace]
    types = sum((["--type", f"{column}=categorical"] for column in case.get("categorical", [])), [])
    run(base + ["import", train_path, "--name", name] + types)
    excluded = [c for c in COLUMNS if c not in case["features"] and c != case["target"]]
    trained = json.loads(run(base + ["train", "--dataset", name, "--target", case["target"], "--threads", "2",
                                     "--json"] + sum((["--exclude", c] for c in excluded), []) + case["train"]))
    run_id = str(trained["run_id"])
    if "threshold" in case:
        run(base + ["evaluate", run_id, "--threshold", case["threshold"], "--save"])
    rules = sum((["--rule", rule] for rule in case["rules"]), [])
    report = json.loads(run(base + ["validate", run_id, "--json"] + rules))
    if not report["passed"]:
        raise RuntimeError(f"validation failed: {report}")
    exported = json.loads(run(base + ["export", run_id, "--model", name, "--registry", registry, "--json"]))
    version_dir = exported["path"]
    with open(os.path.join(version_dir, "metadata.json")) as handle:
        metadata = json.load(handle)
    problems = []
    if name == "stopped":
        best = metadata["metrics"].get("best_iteration")
        if best is None or metadata["rounds_in_model"] != best + 1 or metadata["rounds_in_model"] >= 400:
            problems.append(f"the run did not stop early (best iteration {best}, "
                            f"{metadata['rounds_in_model']} rounds in the model)")
    if "threshold" in case and metadata.get("decision", {}).get("threshold") != float(case["threshold"]):
        problems.append(f"metadata.json records the threshold {metadata.get('decision')}")

    grove_csv = os.path.join(workdir, f"{name}_grove.csv")
    summary = json.loads(run(base + ["predict", "--model", version_dir, "--input", score_path,
                                     "--output", grove_csv, "--json"]))
    model = load_as_mlflow_does(version_dir)
    # MLflow's signature check wants numbers as float64 and categories as text (README).
    mlflow_types = {f["name"]: (str if f["type"] == "categorical" else "float64")
                    for f in metadata["schema"]["features"]}
    frames = {
        "all text": pd.read_csv(score_path, dtype=str, keep_default_na=False),
        "pandas types": pd.read_csv(score_path, float_precision="round_trip"),
        "MLflow's types": pd.read_csv(score_path, dtype=mlflow_types, float_precision="round_trip",
                                      na_values=["?"]),
    }
    for label, frame in frames.items():
        predicted = model.predict(frame)
        problems += compare_frames(f"{name}, {label}", grove_csv, predicted)
        if model.unseen_categories != summary["unseen_categories"]:
            problems.append(f"{name}, {label}: {model.unseen_categories} unseen categories, grove-cli counted "
                            f"{summary['unseen_categories']}")

    optional = set(metadata.get("optional_inputs", []))
    wanted_optional = set(case.get("missing", []))
    if optional != wanted_optional:
        problems.append(f"optional_inputs {sorted(optional)}, expected {sorted(wanted_optional)}")
    for column in optional:
        # Left out, the column is missing in every row: as grove-cli scores it when it is empty.
        rows = scoring_rows(23)
        for row in rows:
            row[column] = ""
        empty_path = write_csv(os.path.join(workdir, f"{name}_no_{column}.csv"), rows)
        empty_csv = os.path.join(workdir, f"{name}_no_{column}_grove.csv")
        run(base + ["predict", "--model", version_dir, "--input", empty_path, "--output", empty_csv])
        frame = pd.read_csv(score_path, dtype=str, keep_default_na=False).drop(columns=[column])
        problems += compare_frames(f"{name}, without {column}", empty_csv, model.predict(frame))
    required = [f["name"] for f in metadata["schema"]["features"] if f["name"] not in optional]
    try:
        model.predict(frames["all text"].drop(columns=[required[0]]))
        problems.append(f"{name}: scored without the required column {required[0]}")
    except ValueError as error:
        if required[0] not in str(error):
            problems.append(f"{name}: the error for a missing column does not name it: {error}")

    with open(os.path.join(version_dir, "MLmodel")) as handle:
        mlmodel = handle.read()
    for line in ("    loader_module: grove_xgboost\n", "    code: .\n", "      virtualenv: python_env.yaml\n",
                 "mlflow_version: 2.22.0\n"):
        if line not in mlmodel:
            problems.append(f"MLmodel lacks the line {line.strip()!r}")
    inputs = json.loads(next(l for l in mlmodel.splitlines() if l.startswith("  inputs: '"))[11:-1]
                        .replace("''", "'"))
    for spec in inputs:
        if spec["required"] == (spec["name"] in optional):
            problems.append(f"MLmodel's signature: {spec['name']} required is {spec['required']}")
    return problems


def damaged_copy(original, target, name, damage):
    """A copy of the version folder `original` whose file `name` `damage` changes in place."""
    shutil.copytree(original, target)
    path = os.path.join(target, name)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    with open(path, "r+b") as handle:
        damage(handle)
    return target


def flip_a_bit(handle):
    handle.seek(100)
    byte = handle.read(1)
    handle.seek(100)
    handle.write(bytes([byte[0] ^ 0x20]))


def pad_past_a_mebibyte(handle):
    handle.seek(0, os.SEEK_END)
    handle.write(b"0" * 64 + b"  padding\n" + b"\n" * (1 << 20))


def check_tampering(registry, workdir):
    """A version whose model changed after publishing, or whose manifest is far larger than a
    manifest, is refused (the latter unread, as Grove refuses it), not scored."""
    original = os.path.join(registry, "binary", "1")
    loader = load_loader(original, "tampered")
    problems = []
    for name, damage, what in (("model.ubj", flip_a_bit, "a changed model.ubj"),
                               ("MANIFEST.sha256", pad_past_a_mebibyte, "a manifest of over 1 MiB")):
        copy = damaged_copy(original, os.path.join(workdir, f"damaged {name}"), name, damage)
        try:
            loader._load_pyfunc(copy)
            problems.append(f"a version with {what} was loaded")
        except loader.VersionError as error:
            if name not in str(error):
                problems.append(f"the refusal of {what} does not name {name}: {error}")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--workdir")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        workdir = arguments.workdir or temporary
        os.makedirs(workdir, exist_ok=True)
        registry = os.path.join(workdir, "registry")
        failures = []
        for case in CASES:
            print(case["name"])
            try:
                failures += [f"{case['name']}: {problem}"
                             for problem in check_case(arguments.cli, workdir, registry, case)]
            except (RuntimeError, ValueError, KeyError, OSError, ImportError, subprocess.CalledProcessError) as error:
                failures.append(f"{case['name']}: {error!r}")
        try:
            failures += check_tampering(registry, workdir)
        except (OSError, RuntimeError) as error:
            failures.append(f"tampering: {error!r}")
        for failure in failures:
            print(f"FAIL {failure}")
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
