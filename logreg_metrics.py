"""Evaluation metrics for 0/1 predictions: the confusion matrix, precision and recall, the
ROC curve and the area under it (lesson 09).

logreg_core re-exports every name here, so ``core.confusion_matrix`` and the others work
as before; they live apart so that logreg_core.py reads in one sitting. numpy only;
inputs are checked by logreg_inputs, and nothing here modifies what it is given.
"""

import numpy as np

from logreg_inputs import (_as_real_array, _check_finite, _check_predictions, _check_row, _check_Y,
                           _real)

__all__ = ["confusion_matrix", "precision_recall", "roc_curve", "auc"]


# --------------------------------------------------------------------------- evaluation metrics
#
# Label 1 is the positive class, the one we look for. The four outcomes of a 0/1
# prediction, counted in scikit-learn's layout (row: the true label, column: the prediction):
#
#                  predicted 0   predicted 1
#     actual 0        TN            FP          (FP: a false alarm)
#     actual 1        FN            TP          (FN: a miss)

def confusion_matrix(Y_prediction, Y):
    """Count the four outcomes of 0/1 predictions against the true labels.

    Parameters
    ----------
    Y_prediction : (1, m) of 0/1, e.g. predict(W, b, X)
    Y : (1, m) of 0/1, the true labels

    Returns
    -------
    (2, 2) int array [[TN, FP], [FN, TP]]: the row is the true label, the column the
    prediction, as in sklearn.metrics.confusion_matrix(Y.ravel(), Y_prediction.ravel()).
    The four counts add up to m.
    """
    P, Y = _check_predictions(Y_prediction, Y)
    p, y = P[0] == 1, Y[0] == 1
    tp, fp, fn = (int(np.count_nonzero(c)) for c in (p & y, p & ~y, ~p & y))
    return np.array([[y.size - tp - fp - fn, fp], [fn, tp]], dtype=np.int64)


def precision_recall(Y_prediction, Y, *, zero_division="raise"):
    """Precision TP / (TP + FP) and recall TP / (TP + FN), as two floats in [0, 1].

    Precision: of the samples predicted 1, the fraction that really are 1.
    Recall (also sensitivity, true positive rate): of the samples that really are 1,
    the fraction predicted 1.

    Parameters
    ----------
    Y_prediction : (1, m) of 0/1    Y : (1, m) of 0/1
    zero_division : "raise" (the default) or a number in [0, 1], keyword.
        Precision is undefined when no sample is predicted 1 (TP + FP = 0), recall when
        no label is 1 (TP + FN = 0). By default that raises ValueError; with a number,
        the undefined one is that number instead (like scikit-learn's zero_division,
        without its warning).

    Returns
    -------
    (precision, recall), a tuple of two Python floats.
    """
    if not (isinstance(zero_division, str) and zero_division == "raise"):
        if (isinstance(zero_division, (bool, np.bool_))
                or _real(zero_division) is None
                or not 0 <= _real(zero_division) <= 1):
            raise ValueError(f"zero_division must be 'raise' or a number in [0, 1] such "
                             f"as 0.0; got {zero_division!r}.")
    (_, fp), (fn, tp) = confusion_matrix(Y_prediction, Y)
    rates = []
    for name, total, why in (("precision", tp + fp, "no sample is predicted 1"),
                             ("recall", tp + fn, "no label in Y is 1")):
        if total > 0:
            rates.append(tp / total)
        elif zero_division == "raise":
            raise ValueError(f"{name} is undefined here: {why}, so it would be 0 / 0. "
                             f"Lower the threshold or evaluate on more samples, or pass "
                             f"zero_division=0.0 (or 1.0) to get a number instead.")
        else:
            rates.append(float(zero_division))
    return float(rates[0]), float(rates[1])


def roc_curve(probabilities, Y):
    """The ROC curve: false and true positive rates at every threshold.

    A sample is predicted 1 when its probability >= the threshold. The thresholds are
    inf (no sample predicted 1) and then every distinct probability, from the largest to
    the smallest (every sample predicted 1), so the curve runs from (0, 0) to (1, 1).
    Samples with equal probabilities switch together: a tie is one diagonal step.

    Parameters
    ----------
    probabilities : (1, m) in [0, 1], e.g. predict_proba(W, b, X)
    Y : (1, m) of 0/1, with both labels present

    Returns
    -------
    fpr, tpr, thresholds : 1-D float arrays of one length (number of distinct
    probabilities + 1). At thresholds[i], fpr[i] = FP / N (the fraction of label-0
    samples predicted 1) and tpr[i] = TP / P (the recall), where N and P count the labels
    0 and 1. fpr and tpr never decrease. The same as
    sklearn.metrics.roc_curve(Y.ravel(), probabilities.ravel(), drop_intermediate=False).
    Y with one label only raises ValueError: one of the rates would be 0 / 0.
    """
    A = _check_row("probabilities", probabilities)
    outside = A[(A < 0) | (A > 1)]
    if outside.size:
        shown = ", ".join(f"{v:g}" for v in outside[:3])
        raise ValueError(f"probabilities must lie in [0, 1]; found {shown}. Pass "
                         f"sigmoid(z), e.g. predict_proba(W, b, X), not the logits z.")
    Y = _check_Y(Y, A.shape[1], "Y", "probabilities")
    m, n_pos = Y.shape[1], int(Y.sum())
    if n_pos in (0, m):
        rate = "true" if n_pos == 0 else "false"
        raise ValueError(f"Y must contain both labels 0 and 1 for an ROC curve; every label "
                         f"is {int(n_pos == m)}, so the {rate} positive rate would be 0 / 0. "
                         f"Evaluate on a set that has samples of both classes.")
    order = np.argsort(-A[0], kind="stable")
    a, y = A[0, order].astype(np.float64), Y[0, order]
    tps = np.cumsum(y)                                # TP when the first k+1 are predicted 1
    fps = np.arange(1, m + 1) - tps
    last = np.append(np.flatnonzero(np.diff(a)), m - 1)   # the end of each run of ties
    fpr = np.append(0.0, fps[last]) / (m - n_pos)
    tpr = np.append(0.0, tps[last]) / n_pos
    return fpr, tpr, np.append(np.inf, a[last])


def auc(fpr, tpr):
    """The area under the curve through the points (fpr[i], tpr[i]), by trapezoids.

    For the arrays roc_curve returns this is the ROC AUC: the chance that a random
    sample with label 1 gets a higher probability than a random sample with label 0,
    a tie counting one half. 1.0 is a perfect ranking, 0.5 no better than a coin.

    Parameters
    ----------
    fpr, tpr : 1-D arrays of one length >= 2, values in [0, 1], fpr never decreasing

    Returns
    -------
    float in [0, 1]
    """
    fpr, tpr = _as_real_array("fpr", fpr), _as_real_array("tpr", tpr)
    for name, v in (("fpr", fpr), ("tpr", tpr)):
        if v.ndim != 1 or v.size < 2:
            raise ValueError(f"{name} must be a 1-D array of at least 2 points; got shape "
                             f"{v.shape}. Pass the arrays roc_curve returns.")
        _check_finite(name, v)
        if np.any((v < 0) | (v > 1)):
            raise ValueError(f"{name} must hold rates in [0, 1]; found values from "
                             f"{v.min():g} to {v.max():g}. Pass (fpr, tpr), not thresholds.")
    if fpr.shape != tpr.shape:
        raise ValueError(f"fpr and tpr must have the same length; got {fpr.size} and "
                         f"{tpr.size}.")
    if np.any(np.diff(fpr) < 0):
        raise ValueError("fpr must never decrease, as roc_curve returns it (from 0 to 1). "
                         "Did you pass (tpr, fpr), or sort one of the arrays on its own?")
    return float(np.sum(np.diff(fpr) * (tpr[1:] + tpr[:-1]) / 2))
