"""Lesson 09's self-check: precision_recall from a 2 x 2 confusion matrix.

Lesson 09: the learner's precision_recall(cm), which takes a 2 x 2 confusion matrix
[[TN, FP], [FN, TP]] (a numpy int array) and returns the tuple (precision, recall) of
two fractions in [0, 1]. The matrices have TP + FP > 0 and TP + FN > 0, so no 0 / 0.

Imports the shared machinery (.common) and logreg_core; never another lesson's module.
"""

import numpy as np

from .common import (
    more_cases,
    WRONG,
    _next_step,
    call_learner,
    close,
    learner_check,
    passed,
    wrong,
)

# every quantity below differs from every other on both matrices, so a match names it
PR_CASES = (np.array([[50, 10], [5, 35]]), np.array([[90, 3], [12, 15]]))

_PR_RIGHT = ("precision", "recall")
_PR_MORE = [("a matrix of 32-bit integers", (np.array([[7, 2], [3, 11]], dtype=np.int32),)),
            ("other counts", (np.array([[12, 1], [4, 6]]),))]


def _right_pr(cm):
    (tn, fp), (fn, tp) = np.asarray(cm, dtype=float)
    return tp / (tp + fp), tp / (tp + fn)


def _same_pr(out, expected):
    values, _ = _two_numbers(out)
    return values is not None and close(values, expected)
_PR_QUANTITIES = {   # name -> (function of TN, FP, FN, TP; how a message describes it)
    "precision": (lambda tn, fp, fn, tp: tp / (tp + fp), "the precision TP / (TP + FP)"),
    "recall": (lambda tn, fp, fn, tp: tp / (tp + fn), "the recall TP / (TP + FN)"),
    "specificity": (lambda tn, fp, fn, tp: tn / (tn + fp),
                    "the specificity TN / (TN + FP), a rate of the actual 0s"),
    "accuracy": (lambda tn, fp, fn, tp: (tp + tn) / (tn + fp + fn + tp),
                 "the accuracy (TP + TN) / total"),
    "class 0": (lambda tn, fp, fn, tp: tn / (tn + fn),
                "TN / (TN + FN), the precision of class 0: TP is cm[1][1], bottom right"),
    "over total": (lambda tn, fp, fn, tp: tp / (tn + fp + fn + tp),
                   "TP divided by the total number of samples"),
    "over FP": (lambda tn, fp, fn, tp: tp / fp, "TP / FP: the FP alone as the denominator"),
    "over FN": (lambda tn, fp, fn, tp: tp / fn, "TP / FN: the FN alone as the denominator"),
    "F1": (lambda tn, fp, fn, tp: 2 * tp / (2 * tp + fp + fn), "the F1 score"),
    "false share": (lambda tn, fp, fn, tp: fp / (tp + fp),
                    "FP / (TP + FP), the share of false alarms among the samples predicted "
                    "1: put TP on top"),
    "miss rate": (lambda tn, fp, fn, tp: fn / (tp + fn),
                  "FN / (TP + FN), the share of the actual 1s that are missed: put TP on top"),
    "no brackets FP": (lambda tn, fp, fn, tp: tp / tp + fp,
                       "tp / tp + fp, that is 1 + FP: Python divides before it adds, so the "
                       "sum needs round brackets: tp / (tp + fp)"),
    "no brackets FN": (lambda tn, fp, fn, tp: tp / tp + fn,
                       "tp / tp + fn, that is 1 + FN: the sum needs round brackets: "
                       "tp / (tp + fn)"),
}
_PR_FIX = {"precision": "Precision is TP / (TP + FP): of the samples predicted 1 (the right "
                        "column), the fraction that really are 1.",
           "recall": "Recall is TP / (TP + FN): of the samples that really are 1 (the "
                     "bottom row), the fraction predicted 1."}


def _two_numbers(out):
    """(values, container) when out holds exactly two real numbers, else (None, problem)."""
    kind = type(out).__name__
    if isinstance(out, dict):
        return None, "returned a dict; return a tuple of two numbers: `return precision, recall`."
    items = list(out) if isinstance(out, (tuple, list)) else (
        list(out.ravel()) if isinstance(out, np.ndarray) and out.ndim == 1 else [out])
    if len(items) != 2:
        what = "one value" if len(items) == 1 else f"{len(items)} values"
        return None, (f"returned {what} ({kind}); return exactly two numbers, "
                      f"precision first: `return precision, recall`.")
    values = []
    for v in items:
        if isinstance(v, (bool, np.bool_, str)) or not (
                isinstance(v, (int, float, np.integer, np.floating))
                or (isinstance(v, np.ndarray) and v.ndim == 0 and v.dtype.kind in "iuf")):
            return None, (f"returned a {kind} holding a {type(v).__name__} ({v!r:.40}). Each of "
                          f"the two values must be a number: return the results of the "
                          f"divisions themselves, not text or arrays of them.")
        values.append(float(v))
    if not all(np.isfinite(values)):
        return None, (f"returned {values}: not finite numbers. The check's matrices never "
                      f"divide by zero, so look for a wrong index or an empty sum.")
    return values, None if isinstance(out, tuple) else kind


def _pr_names(values_per_case):
    """For each of the two slots, the quantity names matching it on every case."""
    found = []
    for slot in range(2):
        names = []
        for name, (f, _) in _PR_QUANTITIES.items():
            for scale, suffix in ((1, ""), (100, " in percent")):
                if all(close(vals[slot], scale * f(*cm.ravel()))
                       for vals, cm in zip(values_per_case, PR_CASES, strict=True)):
                    names.append(name + suffix)
        found.append(names)
    return found


@learner_check
def check_precision_recall(fn):
    """Self-check for lesson 09: precision and recall from a confusion matrix.

    Diagnoses swapped precision and recall (or swapped FP and FN, which gives the same
    two numbers), percentages, rounded values, accuracy, specificity or the class-0 scores
    instead (TP read from the top left), FP or FN on top, division by the wrong total,
    missing round brackets (tp / tp + fp), floor division, a list or array instead of a tuple,
    and the usual errors of taking counts out of the matrix (unpacking, indices).
    """
    name = getattr(fn, "__name__", "your function")
    results, container = [], None
    for cm in PR_CASES:
        out, problem = call_learner(fn, cm)
        if problem is not None:
            return _pr_error(problem)
        values, what = _two_numbers(out)
        if values is None:
            return wrong(f"{name} {what}")
        container = container or what
        results.append(values)
    names = _pr_names(results)
    right = [_PR_RIGHT[slot] in names[slot] for slot in range(2)]
    cm, got = PR_CASES[0], results[0]
    shown = (f" For cm = {cm.tolist()} it returned ({got[0]:.4g}, {got[1]:.4g}); the right "
             f"answer is ({_PR_QUANTITIES['precision'][0](*cm.ravel()):.4f}, "
             f"{_PR_QUANTITIES['recall'][0](*cm.ravel()):.4f}). ")
    if all(right):
        if container == "ndarray":
            return wrong(f"{name} gives the right values but returns a NumPy array, not a "
                         f"tuple. Return the two numbers themselves: `return precision, "
                         f"recall` (no np.array).")
        if container is not None:
            return wrong(f"{name} gives the right values but returns a {container}, not a "
                         f"tuple. Return a tuple: `return precision, recall` "
                         f"(no square brackets [ ]).")
        other = more_cases(fn, _PR_MORE, _right_pr, _same_pr,
                           "Look for numbers fixed in your code instead of read from cm: "
                           "tn, fp = cm[0] and fn, tp = cm[1].")
        if other is not None:
            return other
        return passed(f"{name} gives precision TP / (TP + FP) and recall TP / (TP + FN), in "
                      f"that order, on two different matrices.")
    if "recall" in names[0] and "precision" in names[1]:
        return wrong(f"{name} has precision and recall swapped: either they are returned in "
                     f"the wrong order, or FP and FN are swapped (FP is cm[0][1], top right; "
                     f"FN is cm[1][0], bottom left).{shown}Return (precision, recall), with "
                     f"precision = TP / (TP + FP).")
    if names[0] == ["precision in percent"] and names[1] == ["recall in percent"]:
        return wrong(f"{name} returns percentages (x 100), not fractions.{shown}Remove the "
                     f"* 100: both numbers must lie between 0 and 1.")
    rounded = _pr_rounded(results)
    if rounded:
        return wrong(f"{name} returns {rounded}, so they are a little off.{shown}Return the "
                     f"results of the divisions as they are (no round, no * 100); round only "
                     f"when you print them.")
    if all(v in (0, 1) for r in results for v in r):
        return wrong(f"{name} returns whole numbers only (0 or 1): did you use floor division "
                     f"// or round()?{shown}Use / for true division, and do not round.")
    said, fixes = [], []
    class_0 = not any(right) and all(
        names[slot] and set(names[slot]) <= {"specificity", "class 0"} for slot in range(2))
    for slot in range(2):
        if right[slot]:
            continue
        want = _PR_RIGHT[slot]
        known = [n for n in names[slot] if n != _PR_RIGHT[1 - slot]]
        if known:
            base = known[0].removesuffix(" in percent")
            if base == want:
                said.append(f"your {want} is in percent (x 100), not a fraction")
                fixes.append(f"Remove the * 100 from the {want}: it must lie between 0 "
                             f"and 1.")
                continue
            said.append(f"your {want} is " + _PR_QUANTITIES[base][1]
                        + (", in percent" if base != known[0] else ""))
        elif names[slot]:
            where = ("FP where FN belongs (FN is cm[1][0], bottom left)" if want == "recall"
                     else "FN where FP belongs (FP is cm[0][1], top right)")
            said.append(f"your {want} is {_PR_QUANTITIES[_PR_RIGHT[1 - slot]][1]}: FP and "
                        f"FN are mixed up, you used {where}")
        else:
            said.append(f"your {want} is not a quantity the check knows")
        fixes.append(_PR_FIX[want])
    said = "; ".join(said) + "."
    if class_0:
        said = (f"{name} computes rates of the actual 0s: it takes TP from the top left, "
                f"where TN is. " + said[0].upper() + said[1:])
    else:
        said = f"{name}: {said}"
    return wrong(said + shown + " ".join(fixes))


def _pr_rounded(results):
    """How the values were rounded, when both slots are the right ones rounded, else ''."""
    cm_values = [(_PR_QUANTITIES["precision"][0](*cm.ravel()),
                  _PR_QUANTITIES["recall"][0](*cm.ravel())) for cm in PR_CASES]
    for scale, what in ((1, "rounded numbers"), (100, "percentages, rounded")):
        if all(abs(v - scale * r) <= 0.005 * scale + 1e-12
               for vals, rights in zip(results, cm_values, strict=True)
               for v, r in zip(vals, rights, strict=True)):
            return what
    return ""


def _pr_error(problem):
    """The learner's exception or missing return, with a hint for the usual causes."""
    text = problem.message
    if problem.status != WRONG or " raised " not in text:
        return problem
    if "values to unpack" in text:
        hint = ("cm has two rows of two numbers: unpack it as `(tn, fp), (fn, tp) = cm`, or "
                "take each count as cm[row, column].")
    elif "IndexError" in text:
        hint = ("cm is 2 x 2: rows and columns are numbered 0 and 1, so TP is cm[1, 1] and "
                "FN is cm[1, 0].")
    elif "ZeroDivisionError" in text:
        hint = ("The check's matrices never divide by zero when TP, FP and FN come from the "
                "right places: look for a wrong index.")
    else:
        return _next_step(problem)
    return _next_step(wrong(f"{text.rstrip('.')}. {hint}"))
