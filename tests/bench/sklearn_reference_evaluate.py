#!/usr/bin/python3
"""What a scikit-learn user computes to judge a binary model, timed: the reference side of
grove_bench_evaluate.

Reads N float32 scores and then N float32 labels (0/1) from FILE, and times, in this process
(after the imports and the read), roc_curve and roc_auc_score, precision_recall_curve and
average_precision_score, brier_score_loss, log_loss, the confusion matrix and precision, recall,
F1, accuracy and MCC at 0.5, and calibration_curve with 10 bins. Prints one JSON line:
{"seconds": ..., "auc": ..., "average_precision": ...}.

Usage: sklearn_reference_evaluate.py FILE N
"""

import json
import sys
import time

import numpy as np
from sklearn import calibration, metrics


def main():
    path, rows = sys.argv[1], int(sys.argv[2])
    data = np.fromfile(path, dtype=np.float32)
    scores, labels = data[:rows], data[rows:2 * rows].astype(np.int8)
    start = time.perf_counter()
    metrics.roc_curve(labels, scores)
    auc = metrics.roc_auc_score(labels, scores)
    metrics.precision_recall_curve(labels, scores)
    average_precision = metrics.average_precision_score(labels, scores)
    metrics.brier_score_loss(labels, scores)
    metrics.log_loss(labels, scores)
    predicted = (scores >= 0.5).astype(np.int8)
    metrics.confusion_matrix(labels, predicted)
    metrics.precision_recall_fscore_support(labels, predicted, average="binary")
    metrics.accuracy_score(labels, predicted)
    metrics.matthews_corrcoef(labels, predicted)
    calibration.calibration_curve(labels, scores, n_bins=10)
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "auc": auc, "average_precision": average_precision}))


if __name__ == "__main__":
    main()
