"""Lesson 11's self-checks: a stable softmax(Z) and the softmax cost softmax_cost(Z, Y).

softmax(Z): Z (K, m) scores, one column per sample; returns (K, m) probabilities, each
column summing to 1, for any scores (subtract each column's largest score first).
softmax_cost(Z, Y): Z (K, m) scores, Y (K, m) one-hot labels; returns the mean over the
m samples of -sum_k Y_k log softmax(Z)_k, one float.

Both run on the checks' own inputs (several shapes, integer scores, scores near 1000)
handed over read-only. Imports the shared machinery (.common) and logreg_softmax; never
another lesson's module.
"""

import numpy as np

import logreg_softmax as sm

from .common import (
    NOT_ATTEMPTED, WRONG, CheckResult, _a, _floats, _names_blanks, _one_number,
    _next_step, _unfilled_stub_inside, call_learner, close, learner_check, passed, wrong,
)

_COPY_HINT = ("Your function changes the array it was given (for example Z -= ... or "
              "Z[...] = ...), and the check hands it a read-only array. Compute on a copy: "
              "write Z = Z - ... or E = np.exp(...), which make new arrays. Then run the "
              "check again.")


def _read_only(a):
    a = np.array(a)
    a.setflags(write=False)
    return a


def _call(fn, *arrays):
    """call_learner on read-only copies of arrays; an attempt to write into them is
    explained as 'compute on a copy'."""
    frozen = [_read_only(a) for a in arrays]

    def run():
        return fn(*frozen)

    run.__name__ = getattr(fn, "__name__", "your function")
    out, problem = call_learner(run)
    if problem is not None and problem.status == NOT_ATTEMPTED:
        inner = _unfilled_stub_inside(fn, *frozen)
        if inner is not None:        # fn is written, but calls a stub (softmax, usually)
            return None, CheckResult(NOT_ATTEMPTED, (
                f"{run.__name__} raised NotImplementedError from inside {inner}(), which it "
                f"calls: {inner} is still the unfilled stub. Fill in {inner} first (or call "
                f"sm.{inner}), run its cell, then run this check again."))
    if problem is not None and problem.status == WRONG and "read-only" in problem.message:
        return None, wrong(_COPY_HINT)
    if problem is not None and problem.status == WRONG and " raised " in problem.message:
        return None, _next_step(problem)
    return out, problem


def _softmax_cases():
    """{name: Z}: shapes the notebook does not use, integer scores, huge scores, and
    columns far apart (where subtracting one maximum for the whole array fails)."""
    rng = np.random.default_rng(11)
    return {
        "3 classes, 4 samples": rng.uniform(-2, 2, size=(3, 4)).round(2),
        "10 classes, 1 sample": rng.uniform(-3, 3, size=(10, 1)).round(2),
        "integer scores (2, 5)": np.array([[1, 0, -2, 3, 0], [0, 2, 1, -1, 0]]),
        "scores near 1000 (4, 3)": 1000 + rng.uniform(-3, 3, size=(4, 3)).round(2),
        "columns far apart (3, 2)": np.array([[1.0, -800.0], [0.5, -801.0], [-1.0, -799.5]]),
    }


def _quiet(f, Z):
    with np.errstate(all="ignore"):
        return f(np.asarray(Z, dtype=float))


def _softmax_mistakes():
    """[(name, wrong softmax, what went wrong and what to do)]; a mistake is named only
    when the learner's answers equal that wrong version on every case."""
    def e(Z):
        return np.exp(Z - Z.max(axis=0))
    return [
        (lambda Z: np.exp(Z) / np.exp(Z).sum(axis=0),
         "Right for small scores, but for scores near 1000 np.exp overflows to inf and "
         "inf / inf gives nan: the largest score was not subtracted. Subtract each "
         "column's largest score first: Z - Z.max(axis=0, keepdims=True)."),
        (lambda Z: np.exp(Z - Z.max()) / np.exp(Z - Z.max()).sum(axis=0),
         "You subtracted the largest score of the whole array (Z.max()), not of each "
         "column. When one sample's scores are far below another's, all its exp(...) "
         "become 0 and 0 / 0 gives nan. Use Z.max(axis=0, keepdims=True)."),
        (lambda Z: e(Z) / e(Z).sum(axis=1, keepdims=True),
         "The sum is over the wrong axis: each row sums to 1, but each column (one sample) "
         "must. Sum over the classes: .sum(axis=0, keepdims=True)."),
        (lambda Z: np.exp(Z) / np.exp(Z).sum(axis=1, keepdims=True),
         "The sum is over the wrong axis (each row sums to 1; each column must), and the "
         "largest score is not subtracted. Use Z - Z.max(axis=0, keepdims=True) and "
         ".sum(axis=0, keepdims=True)."),
        (lambda Z: e(Z) / e(Z).sum(),
         "You divided by the sum of the whole array, so all the numbers together sum to "
         "1. Each column (one sample) must sum to 1: .sum(axis=0, keepdims=True)."),
        (lambda Z: np.exp(Z - Z.max(axis=1, keepdims=True))
         / np.exp(Z - Z.max(axis=1, keepdims=True)).sum(axis=1, keepdims=True),
         "You used axis=1 for the maximum and the sum: that works along each row (one "
         "class), so each row sums to 1. Each column (one sample) must sum to 1: use "
         "axis=0 in both, Z.max(axis=0, keepdims=True) and .sum(axis=0, keepdims=True)."),
        (lambda Z: np.exp(Z - Z.max(axis=1, keepdims=True))
         / np.exp(Z - Z.max(axis=1, keepdims=True)).sum(axis=0),
         "You subtracted the largest score of each row (axis=1): that is a different "
         "number for each class, which changes the answer. Subtract each column's "
         "largest score: Z.max(axis=0, keepdims=True)."),
        (lambda Z: e(Z),
         "You computed exp(Z - max) but did not divide by the column's sum, so the "
         "columns do not sum to 1. Divide by .sum(axis=0, keepdims=True)."),
        (lambda Z: 1 / (1 + np.exp(-Z)),
         "That is the sigmoid of each score on its own; the columns do not sum to 1. "
         "Softmax divides exp of each score by the sum of exp over the column."),
    ]


def _same(a, b):
    return a.shape == b.shape and bool(np.allclose(a, b, rtol=1e-6, atol=1e-9,
                                                   equal_nan=True))


@learner_check
@_names_blanks
def check_softmax(softmax):
    """Check the learner's softmax(Z) on the check's own scores, handed over read-only."""
    cases = _softmax_cases()
    answers = {}
    for name, Z in cases.items():
        out, problem = _call(softmax, Z)
        if problem is not None:
            return problem
        if isinstance(out, (list, tuple)):
            return wrong(f"softmax returned {_a(type(out).__name__)}, not a numpy array. "
                         f"Compute with numpy on Z (np.exp, .max, .sum, /), which gives an "
                         f"array, or convert with np.array(...).")
        A = _floats(out)
        want = sm.softmax(Z)
        if A is None:
            return wrong(f"softmax returned {type(out).__name__}, not an array of numbers. "
                         f"Return an array of probabilities of the shape of Z.")
        if A.shape != want.shape:
            turned = " (the shape of Z turned around: keep (K, m))" if \
                A.shape == want.shape[::-1] and A.ndim == 2 else ""
            return wrong(f"For Z of shape {Z.shape} ({name}) softmax returned shape "
                         f"{A.shape}{turned}. Return one probability per entry of Z, "
                         f"shape {Z.shape}: keep keepdims=True when you take max and sum.")
        answers[name] = A
    if all(close(answers[n], sm.softmax(Z)) for n, Z in cases.items()):
        return passed("softmax is right: every column sums to 1, also for integer scores, "
                      "scores near 1000 and samples whose scores are far apart.")
    for mistake, message in ((f, m) for f, m in _softmax_mistakes()):
        if all(_same(answers[n], _quiet(mistake, Z)) for n, Z in cases.items()):
            return wrong(message)
    name = next(n for n, Z in cases.items() if not close(answers[n], sm.softmax(Z)))
    Z = cases[name]
    with np.printoptions(precision=4, suppress=True):
        return wrong(f"softmax gives a wrong answer for {name}. Z =\n{Z}\nexpected\n"
                     f"{sm.softmax(Z)}\ngot\n{answers[name]}\nEach column must be "
                     f"exp(Z - max) divided by its sum.")


# --------------------------------------------------------------------------- the cost

def _cost_cases():
    """{name: (Z, Y one-hot)}: shapes and labels the notebook does not use."""
    rng = np.random.default_rng(12)
    cases = {}
    for name, Z, labels in (
            ("3 classes, 4 samples", rng.uniform(-2, 2, (3, 4)).round(2), [2, 0, 1, 2]),
            ("10 classes, 1 sample", rng.uniform(-3, 3, (10, 1)).round(2), [7]),
            ("integer scores (2, 5)", np.array([[1, 0, -2, 3, 0], [0, 2, 1, -1, 0]]),
             [0, 1, 1, 0, 1]),
            ("scores near 1000 (4, 3)", 1000 + rng.uniform(-30, 30, (4, 3)).round(1),
             [3, 1, 0])):
        cases[name] = (Z, sm.one_hot(np.array(labels), Z.shape[0]))
    return cases


def _cost_reference(Z, Y):
    return float(np.mean(sm.softmax_loss(Z, Y)))


def _cost_mistakes(Z, Y):
    """[(the number a known mistake gives, what went wrong and what to do)]."""
    Z = np.asarray(Z, dtype=float)
    K, m = Z.shape
    with np.errstate(all="ignore"):
        logA = Z - Z.max(axis=0) - np.log(np.exp(Z - Z.max(axis=0)).sum(axis=0))
        A = np.exp(logA)
        naive = np.log(np.exp(Z) / np.exp(Z).sum(axis=0))
        J = -np.sum(Y * logA) / m
        return [
            (m * J, "You summed the losses of the samples but did not divide by m: the "
                    "cost is the mean over the samples. Use np.mean over axis 0's sums, "
                    "or divide by m = Z.shape[1]."),
            (J / K, "The mean is over the wrong axis: you took the mean of all K × m "
                    "entries, so the cost is K times too small. Sum over the classes "
                    "(axis=0) first, then take the mean over the samples."),
            (-J, "The cost has the wrong sign: log of a probability is negative, so the "
                 "cost is MINUS the mean of sum(Y * log A). Add the minus sign."),
            (-np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m,
             "That is the yes/no (binary) cross-entropy of K separate neurons: it adds "
             "(1 - Y) log(1 - A). The softmax cost keeps only -sum(Y * log A): the other "
             "classes count through the division inside softmax."),
            (-np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / (K * m),
             "That is the yes/no (binary) cross-entropy of lesson 03 applied to every "
             "entry: it adds (1 - Y) log(1 - A). The softmax cost keeps only "
             "-sum(Y * log A) of each column: the other classes count through the "
             "division inside softmax. Then take the mean over the samples."),
            (m * J / K, "The sum and the mean are over the wrong axes: you summed over the "
                        "samples (axis=1) and took the mean over the classes. Sum over the "
                        "classes first, np.sum(..., axis=0), then take the mean over the "
                        "samples."),
            (-np.mean(logA), "You took the mean of log A over every entry without "
                             "multiplying by Y: only the log probability of each sample's "
                             "true class counts. Use -np.sum(Y * log A, axis=0), then the "
                             "mean."),
            (-np.sum(Y * naive) / m, "Right for small scores, but for scores near 1000 "
             "np.exp overflows and the cost becomes nan or inf: the largest score was not "
             "subtracted. Use your stable softmax, or log A = Z - max - "
             "log(sum(exp(Z - max)))."),
        ]


@learner_check
@_names_blanks
def check_softmax_cost(softmax_cost):
    """Check the learner's softmax_cost(Z, Y) on the check's own scores and labels,
    handed over read-only."""
    cases = _cost_cases()
    got = {}
    for name, (Z, Y) in cases.items():
        out, problem = _call(softmax_cost, Z, Y)
        if problem is not None:
            return problem
        arr = _floats(out)
        K, m = Z.shape
        if arr is not None and arr.shape in ((m,), (1, m)) and m > 1:
            return wrong(f"For {m} samples softmax_cost returned {m} numbers, one loss per "
                         f"sample: take their mean with np.mean(...) to get one number.")
        if arr is not None and arr.shape in ((K,), (K, 1)) and K > 1:
            return wrong(f"softmax_cost returned {K} numbers, one per class: the sum is "
                         f"over the wrong axis. Sum over the classes (axis=0), then take "
                         f"the mean over the samples.")
        value, note = _one_number(out, "softmax_cost's answer",
                                  "return one float: the mean over the samples")
        if value is None:
            return note                   # a CheckResult saying what came back instead
        got[name] = value
    if all(np.isclose(got[n], _cost_reference(Z, Y), rtol=1e-6, atol=1e-9)
           for n, (Z, Y) in cases.items()):
        return passed("softmax_cost is right: one number, the mean over the samples of "
                      "-log(probability of the true class), finite for scores near 1000.")
    for n, (Z, Y) in cases.items():
        for value, message in _cost_mistakes(Z, Y):
            if np.isclose(got[n], value, rtol=1e-6, atol=1e-9, equal_nan=True) and \
                    not np.isclose(value, _cost_reference(Z, Y), rtol=1e-6, atol=1e-9):
                return wrong(message)
        if not np.isclose(got[n], _cost_reference(Z, Y), rtol=1e-6, atol=1e-9):
            with np.printoptions(precision=3, suppress=True):
                return wrong(f"softmax_cost gives {got[n]:.6g} for {n}; expected "
                             f"{_cost_reference(Z, Y):.6f}. Z =\n{Z}\nY =\n{Y.astype(int)}\n"
                             f"The cost is the mean over the columns of -sum(Y * log A).")
    return wrong("softmax_cost is not right on every case; compare it with the formula.")
