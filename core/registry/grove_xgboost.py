"""Scores data with a model version that Grove exported to a registry, as grove-cli does.

Every version folder holds this file; its MLmodel names it as the loader of MLflow's
python_function flavour, so both of these work:

    import mlflow
    model = mlflow.pyfunc.load_model("registry/churn/3")

    import sys; sys.path.insert(0, "registry/churn/3")
    import grove_xgboost
    model = grove_xgboost._load_pyfunc("registry/churn/3")

    predictions = model.predict(frame)  # a pandas DataFrame

predict() returns the columns `grove-cli predict --model registry/churn/3` writes, one row per
input row (with the input's index): probability_<positive class> and predicted (the class at
the threshold recorded for the model) for a binary model, probability_<class> for each class
and predicted for a multiclass model, prediction for a regression model. Scores are float32,
as XGBoost computes them.

The input is read by Grove's rules, so that the same data gives the same predictions:
- Columns are matched to the model's features by name (blanks around a name are ignored);
  other columns are ignored. A feature column that is absent is an error, unless the training
  data had missing values in it (metadata.json, optional_inputs; MLmodel's signature marks
  such columns as not required): it is then scored as missing in every row.
- Missing values: None, NaN, and text that is empty, NA, N/A, NaN, null, None or ? in any
  letter case, with blanks around it.
- Categorical features: each value is taken as text (numbers as their shortest text, 2.0 as
  "2"), without the blanks and tabs at its ends, and coded by its position in the feature's
  categories in metadata.json (the order in which the training data first showed them). A
  category that training did not see is scored as missing, as grove-cli does.
- Numeric features: numbers are rounded to float32; text is read as a number the way Grove
  reads a CSV cell (decimal, exponent, inf), and text that is not a number is an error.
- A model stopped early predicts with the rounds metadata.json names (an exported model is
  already cut at its best round).

The files are checked against MANIFEST.sha256 before use: a changed or truncated version is
refused, never scored. To be exact with categories that look like numbers, read CSV files with
pandas.read_csv(path, dtype=str, keep_default_na=False) and let this loader read the text.

Uses numpy, pandas and xgboost, besides Python's standard library.
"""

import hashlib
import json
import math
import os
import re

import numpy as np
import pandas as pd
import xgboost

__all__ = ["GroveModel", "load", "_load_pyfunc"]

MANIFEST = "MANIFEST.sha256"
METADATA = "metadata.json"
MODEL = "model.ubj"
FORMAT = "grove-model-version/1"

# The largest manifest and metadata.json Grove reads (a registry is shared: a file may be hostile);
# model.ubj has no cap, XGBoost reads it once its SHA-256 matched.
_CAPS = {MANIFEST: 1 << 20, METADATA: 64 << 20}

_BLANKS = " \t"
_MISSING_MARKERS = frozenset(["", "?", "na", "n/a", "nan", "-nan", "+nan", "null", "none"])
# What Grove reads as a number: a decimal with an optional exponent, or an infinity; a NaN
# spelled with a payload, nan(...), is missing.
_NUMBER = re.compile(r"[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|inf|infinity)",
                     re.IGNORECASE)
_NAN = re.compile(r"[+-]?nan(?:\([0-9A-Za-z_]*\))?", re.IGNORECASE)


class VersionError(ValueError):
    """A version folder that cannot be used: missing, changed after publishing, or damaged."""


def _folder_of(path):
    path = os.fspath(path)
    # MLflow passes the version folder (this flavour names no data file); a path to a file of
    # the version, such as model.ubj, stands for its folder.
    return path if os.path.isdir(path) else os.path.dirname(os.path.abspath(path))


def _read(path, name):
    """The bytes of a file of the version; a file past its cap is refused unread."""
    cap = _CAPS.get(name)
    with open(path, "rb") as handle:
        content = handle.read() if cap is None else handle.read(cap + 1)
    if cap is not None and len(content) > cap:
        raise VersionError(f"{path} is larger than the {cap} bytes Grove reads from such a file; it is "
                           "not read (the file was changed after publishing).")
    return content


def _checked_files(folder, wanted):
    """The bytes of the files `wanted`, each checked against the version's manifest."""
    manifest_path = os.path.join(folder, MANIFEST)
    try:
        manifest = _read(manifest_path, MANIFEST)
    except OSError as error:
        raise VersionError(f"{manifest_path} cannot be read ({error.strerror}): the files of the "
                           "version cannot be checked. Copy the whole version folder.") from None
    digests = {}
    for number, line in enumerate(manifest.split(b"\n"), start=1):
        if not line:
            continue
        if len(line) < 67 or line[64:65] != b" " or line[65:66] not in (b" ", b"*") or \
                not re.fullmatch(rb"[0-9a-fA-F]{64}", line[:64]):
            raise VersionError(f"{manifest_path}, line {number}: not a \"<SHA-256>  <file name>\" line.")
        digests[line[66:].decode("utf-8", "replace")] = line[:64].decode("ascii").lower()
    contents = {}
    for name in wanted:
        if name not in digests:
            raise VersionError(f"{name} is not listed in {manifest_path}.")
        try:
            content = _read(os.path.join(folder, name), name)
        except OSError as error:
            raise VersionError(f"{os.path.join(folder, name)} cannot be read ({error.strerror}).") from None
        if hashlib.sha256(content).hexdigest() != digests[name]:
            raise VersionError(f"{os.path.join(folder, name)}: its SHA-256 differs from {MANIFEST} (the "
                               "file was changed after publishing). Use another version, or copy "
                               "this one again from the registry.")
        contents[name] = content
    return contents


def _is_missing_value(value):
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, (float, np.floating)) and math.isnan(value)


def _is_missing_text(text):
    return text.strip(_BLANKS).lower() in _MISSING_MARKERS


def _as_text(value):
    """A value of a categorical column as the text a CSV file would hold, None when missing."""
    if _is_missing_value(value):
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, (bool, np.bool_)):
        return "True" if value else "False"
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        number = float(value)
        if math.isfinite(number) and number.is_integer() and abs(number) < 2.0 ** 53:
            return str(int(number))
        return repr(number)
    return str(value)


def _number_from_text(text):
    """The number Grove reads from a cell's text: NaN when missing, None when not a number."""
    stripped = text.strip(_BLANKS)
    if stripped.lower() in _MISSING_MARKERS or _NAN.fullmatch(stripped):
        return math.nan
    if not _NUMBER.fullmatch(stripped):
        return None
    # Python's float() rounds correctly, as Grove does, and overflows to an infinity likewise.
    return float(stripped)


def _unique(series):
    """The codes of a column's values (-1 where missing) and its distinct values."""
    codes, uniques = pd.factorize(series.astype(object).to_numpy())
    return np.asarray(codes, dtype=np.intp), list(uniques)


def _numeric_column(name, series):
    if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
        with np.errstate(over="ignore"):
            return series.to_numpy(dtype=np.float64, na_value=np.nan).astype(np.float32)
    codes, uniques = _unique(series)
    values = np.empty(len(uniques) + 1, dtype=np.float64)
    values[-1] = math.nan  # code -1: missing
    for i, value in enumerate(uniques):
        if _is_missing_value(value):
            number = math.nan
        elif isinstance(value, (bool, np.bool_)):
            number = None
        elif isinstance(value, (int, float, np.integer, np.floating)):
            number = float(value)
        else:
            number = _number_from_text(_as_text(value))
        if number is None:
            raise ValueError(f"Column \"{name}\" holds text where the model expects numbers "
                             f"(\"{_as_text(value)}\").")
        values[i] = number
    with np.errstate(over="ignore"):
        return values[codes].astype(np.float32)


def _categorical_column(series, categories, counts):
    index = {category: i for i, category in enumerate(categories)}
    codes, uniques = _unique(series)
    values = np.empty(len(uniques) + 1, dtype=np.float32)
    values[-1] = math.nan
    unseen = np.zeros(len(uniques) + 1, dtype=bool)
    for i, value in enumerate(uniques):
        text = _as_text(value)
        code = None
        if text is not None:
            code = index.get(text)
            if code is None and not _is_missing_text(text):
                code = index.get(text.strip(_BLANKS))
                unseen[i] = code is None
        values[i] = math.nan if code is None else float(code)
    counts["unseen_categories"] += int(np.count_nonzero(unseen[codes]))
    return values[codes]


class GroveModel:
    """A Grove model version, ready to score pandas DataFrames (see the module's description)."""

    def __init__(self, folder):
        self.folder = folder
        files = _checked_files(folder, [METADATA, MODEL])
        try:
            self.metadata = json.loads(files[METADATA].decode("utf-8"))
        except ValueError as error:
            raise VersionError(f"{os.path.join(folder, METADATA)} is not JSON ({error}).") from None
        if not isinstance(self.metadata, dict) or self.metadata.get("format") != FORMAT:
            raise VersionError(f"{os.path.join(folder, METADATA)} is not a Grove model version of "
                               f"format {FORMAT}; a newer Grove may have written it.")
        schema = self.metadata.get("schema") or {}
        self.task = schema.get("task")
        self.features = list(schema.get("features") or [])
        self.classes = [str(label) for label in schema.get("classes") or []]
        if self.task not in ("binary", "multiclass", "regression") or not self.features or \
                (self.task == "binary" and len(self.classes) != 2) or \
                (self.task == "multiclass" and len(self.classes) < 2):
            raise VersionError(f"{os.path.join(folder, METADATA)} does not describe the model's "
                               "input and output (schema).")
        self.optional = set(self.metadata.get("optional_inputs") or [])
        decision = self.metadata.get("decision") or {}
        self.threshold = float(decision.get("threshold", 0.5))
        if not 0.0 <= self.threshold <= 1.0:
            raise VersionError(f"The decision threshold {self.threshold} in {METADATA} is not between 0 and 1.")
        self.rounds = max(0, int(self.metadata.get("predict_rounds") or 0))
        self.booster = xgboost.Booster(model_file=bytearray(files[MODEL]))
        self.unseen_categories = 0  # of the last predict(): cells scored as missing

    def columns(self):
        """The names of the columns predict() returns."""
        if self.task == "regression":
            return ["prediction"]
        if self.task == "binary":
            return [f"probability_{self.classes[1]}", "predicted"]
        return [f"probability_{label}" for label in self.classes] + ["predicted"]

    def features_matrix(self, frame):
        """The float32 matrix XGBoost predicts from: features in the model's order, categories
        as their codes, NaN where missing or unseen."""
        if not isinstance(frame, pd.DataFrame):
            frame = pd.DataFrame(frame)
        by_name = {}
        for column in frame.columns:
            by_name.setdefault(str(column).strip(_BLANKS), []).append(column)
        lacking = [f["name"] for f in self.features
                   if f["name"] not in by_name and f["name"] not in self.optional]
        if lacking:
            raise ValueError(f"The input lacks columns the model needs: {', '.join(lacking)}. The input "
                             "must have every feature column, named as in the training data.")
        twice = [f["name"] for f in self.features if len(by_name.get(f["name"], [])) > 1]
        if twice:
            raise ValueError(f"The input has more than one column named {', '.join(twice)}.")
        counts = {"unseen_categories": 0}
        matrix = np.empty((len(frame), len(self.features)), dtype=np.float32)
        for j, feature in enumerate(self.features):
            name = feature["name"]
            if name not in by_name:
                matrix[:, j] = math.nan
                continue
            series = frame[by_name[name][0]]
            if feature.get("type") == "categorical":
                matrix[:, j] = _categorical_column(series, [str(c) for c in feature.get("categories") or []],
                                                   counts)
            else:
                matrix[:, j] = _numeric_column(name, series)
        self.unseen_categories = counts["unseen_categories"]
        return matrix

    def predict(self, model_input, params=None):
        """Scores a DataFrame; returns grove-cli predict's columns with the input's index."""
        frame = model_input if isinstance(model_input, pd.DataFrame) else pd.DataFrame(model_input)
        matrix = self.features_matrix(frame)
        outputs = 1 if self.task != "multiclass" else len(self.classes)
        if len(matrix):
            scores = self.booster.inplace_predict(matrix, iteration_range=(0, self.rounds), missing=np.nan,
                                                  strict_shape=True)
            scores = np.asarray(scores, dtype=np.float32).reshape(len(matrix), -1)
        else:
            scores = np.empty((0, outputs), dtype=np.float32)
        columns = {}
        if self.task == "regression":
            columns["prediction"] = scores[:, 0]
        elif self.task == "binary":
            # At least the threshold, compared in float32 as grove-cli does.
            positive = scores[:, 0] >= np.float32(self.threshold)
            columns[f"probability_{self.classes[1]}"] = scores[:, 0]
            columns["predicted"] = np.array(self.classes, dtype=object)[positive.astype(np.intp)]
        else:
            for k, label in enumerate(self.classes):
                columns[f"probability_{label}"] = scores[:, k]
            columns["predicted"] = np.array(self.classes, dtype=object)[np.argmax(scores, axis=1)] \
                if len(scores) else np.array([], dtype=object)
        return pd.DataFrame(columns, index=frame.index)


def load(path):
    """The model version in the folder `path` (or of the file `path` in it)."""
    return GroveModel(_folder_of(path))


def _load_pyfunc(path, model_config=None):
    """MLflow's entry point for the python_function flavour."""
    return load(path)
