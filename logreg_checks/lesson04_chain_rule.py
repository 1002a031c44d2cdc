"""Lesson 04's self-check: propagate (cost and gradients), and a gradient check of it.

Imports the shared machinery (.common) and logreg_core; never another lesson's module.
"""

import numpy as np

import logreg_core as core

from .common import (
    more_cases,
    random_neuron_case,
    same_propagate,
    _a,
    _naive_cost,
    _next_step,
    _one_number,
    call_learner,
    close,
    learner_check,
    passed,
    shape_of,
    wrong,
)


def _propagate_case(seed=3):
    """W (3, 1), b = 0.7 (not 0, so a forgotten b shows), X (3, 5), Y (1, 5)."""
    rng = np.random.default_rng(seed)
    W = rng.normal(size=(3, 1))
    X = rng.normal(size=(3, 5))
    Y = np.array([[1, 0, 0, 1, 1]])
    return W, 0.7, X, Y


_rng = np.random.default_rng(104)
PROPAGATE_CASES = [
    ("n = 1 feature, m = 1 sample", random_neuron_case(1, 1, _rng)),
    ("n = 7 features, m = 3 samples", random_neuron_case(7, 3, _rng)),
    ("X holds integers, n = 2, m = 9", random_neuron_case(2, 9, _rng, integer_X=True)),
    ("b = 0 is an integer", (np.array([[0.5], [-1.0], [0.25]]), 0,
                             np.array([[1.0, 2.0, -1.0, 0.5], [0.0, 1.0, 1.0, -2.0],
                                       [3.0, -1.0, 0.5, 1.0]]), np.array([[1, 0, 1, 0]]))),
]


_PROPAGATE_FORM = "return grads, cost with grads = {'dW': dW, 'db': db}"


def _unpack_propagate(out):
    """(grads dict, cost) from what the learner's propagate returned, or (None, CheckResult)."""
    if isinstance(out, dict):
        return None, wrong(f"propagate returned only the dict of gradients; it must return "
                           f"two values, grads first, then the cost: {_PROPAGATE_FORM}.")
    if not isinstance(out, (tuple, list)):
        return None, wrong(f"propagate returned {_a(type(out).__name__)}; it must return two "
                           f"values: {_PROPAGATE_FORM}.")
    if len(out) != 2:
        return None, wrong(f"propagate returned {len(out)} values; it must return exactly "
                           f"two: {_PROPAGATE_FORM}.")
    grads, cost = out
    if isinstance(cost, dict) and not isinstance(grads, dict):
        return None, wrong("Swapped return values: propagate returned (cost, grads), but the "
                           "order is (grads, cost). Write `return grads, cost`.")
    if isinstance(grads, (list, tuple)):
        return None, wrong(f"grads is {_a(type(grads).__name__)}, not a dict: the check looks "
                           f"the gradients up by name. Use grads = {{'dW': dW, 'db': db}}.")
    if not isinstance(grads, dict):
        return None, wrong(f"The first value propagate returns must be the dict grads; it is "
                           f"{_a(type(grads).__name__)}. {_PROPAGATE_FORM[0].upper()}"
                           f"{_PROPAGATE_FORM[1:]}.")
    missing = [k for k in ("dW", "db") if k not in grads]
    if missing:
        keys = sorted(map(str, grads))
        near = [k for k in keys if k.lower() in ("dw", "db") and k not in ("dW", "db")]
        if near:
            return None, wrong(f"grads has the keys {keys}: spelled differently from 'dW' and "
                               f"'db'. Keys are case-sensitive: use exactly 'dW' (capital W) "
                               f"and 'db' (small b).")
        return None, wrong(f"grads has the keys {keys}; it needs 'dW' and 'db'. "
                           f"Use grads = {{'dW': dW, 'db': db}}.")
    return (grads, cost), None


def _as_dW(dW, n):
    """dW as a float array, or a CheckResult when it is a list or not numbers."""
    if isinstance(dW, (list, tuple)):
        return None, wrong(f"dW is {_a(type(dW).__name__)}; it must be a numpy array of shape "
                           f"({n}, 1). Keep X @ dZ.T / m as it is, without .tolist().")
    try:
        arr = np.asarray(dW)
    except Exception:  # noqa: BLE001 - an object numpy cannot read is simply not numbers
        arr = np.asarray(None)
    if arr.dtype.kind not in "biuf":
        return None, wrong(f"dW is {_a(type(dW).__name__)}, not an array of numbers. "
                           f"Use dW = X @ dZ.T / m.")
    return arr.astype(float), None


def _diagnose_dW(dW, want, want_no_b, m, X, A, Y):
    n = want.shape[0]
    dZ = A - Y
    if np.shape(dW) == (1, n) and close(np.asarray(dW).T, want):
        return f"dW has shape (1, {n}), the transpose of W's ({n}, 1). Use X @ dZ.T: " \
               f"({n}, m) times (m, 1) gives ({n}, 1)."
    if np.shape(dW) == (n,) and close(np.reshape(dW, (n, 1)), want):
        return f"dW has the right numbers, but as a flat array of shape ({n},); W is a " \
               f"column of shape ({n}, 1). Use X @ dZ.T / m, which keeps the column shape."
    if np.shape(dW) == (n, m) and (close(dW, X * dZ / m) or close(dW, X * dZ)):
        return f"dW has shape ({n}, {m}): X * dZ multiplies element by element and keeps one " \
               f"product per feature and sample. The matrix product @ also adds them up " \
               f"over the samples: use dW = X @ dZ.T / m, shape ({n}, 1)."
    if np.ndim(dW) == 0:
        return f"dW is one number; it must hold one slope per weight, an array of W's " \
               f"shape ({n}, 1). Use X @ dZ.T / m: np.mean or np.sum of X * dZ alone adds " \
               f"up everything."
    if np.shape(dW) != (n, 1):
        return f"dW must have W's shape ({n}, 1); got {shape_of(dW)}. Use X @ dZ.T: " \
               f"({n}, m) times (m, 1) gives ({n}, 1)."
    if close(dW, m * want):
        return f"dW is {m} times too large: the sum over the {m} samples, without 1/m. " \
               f"If you divided by len(Y), that is 1 (Y is one row). Divide by " \
               f"m = X.shape[1] = {m}."
    if close(dW, want_no_b):
        return "dW is the gradient at b = 0: did you forget + b in z = W.T @ X + b? Add it."
    if close(dW, -want):
        return "dW has the wrong sign: dZ = A - Y, not Y - A. Write A - Y where you wrote Y - A."
    if close(dW, want * m / n):
        return (f"dW is off by m/n = {m}/{n}: m is the number of samples, X.shape[1] = {m}, "
                f"not X.shape[0] = {n} (the features). Use m = X.shape[1].")
    if close(dW, want / m):
        return f"dW is {m} times too small: did you divide by m twice? Divide once."
    if close(dW, X @ (dZ * A * (1 - A)).T / m):
        return ("dW uses the squared error's dz = (A - Y) A (1 - A) (section 6). With the "
                "cross-entropy the factor A (1 - A) cancels: use dZ = A - Y.")
    flipped = 1 - A                           # sigma(-z) = 1 - sigma(z)
    if close(dW, X @ (flipped - Y).T / m):
        return ("A has the sigmoid's sign flipped: 1 / (1 + np.exp(Z)) is sigma(-Z). Write "
                "1 / (1 + np.exp(-Z)), or use core.sigmoid(Z).")
    return None


def _worst_dW(dW, want):
    """A sentence naming the element of dW furthest from the right one."""
    dW = np.asarray(dW, dtype=float)
    i = int(np.argmax(np.abs(dW - want)))
    return (f"dW is wrong: dW[{i}, 0] = {dW[i, 0]:.6f}, expected {want[i, 0]:.6f}. "
            f"Use dW = X @ dZ.T / m with dZ = A - Y.")


def _diagnose_db(db, want, want_no_b, m, n):
    if close(db, m * want):
        return f"dW is right, but db is {m} times too large: use the mean of dZ, not its sum."
    if close(db, want * m / n):
        return (f"dW is right, but db is off by m/n = {m}/{n}: m is the number of samples, "
                f"X.shape[1] = {m}, not X.shape[0] = {n}. Use np.mean(dZ).")
    if close(db, want_no_b):
        return "db is the gradient at b = 0: did you forget + b in z? Add it."
    if close(db, -want):
        return "dW is right, but db has the wrong sign: db = mean(A - Y). Fix its sign."
    return (f"dW is right, but db is wrong: db = {db:.6f}, expected {want:.6f} = mean(A - Y). "
            f"Use np.mean(dZ).")


def _diagnose_cost(cost, want, A, Y, at_b0, m, n):
    values = f"The cost is {cost:.6f}, expected {want:.6f}."
    if close(cost, _naive_cost(A, Y, y_factor=False)):
        return (f"The gradients are right, but the cost lacks the y factor in front of "
                f"np.log(A) (the source post's bug). {values} Use Y * np.log(A) + (1 - Y) * "
                f"np.log(1 - A).")
    if close(cost, -want):
        return (f"The gradients are right, but the cost has the wrong sign. {values} The loss "
                f"is -(y log a + (1 - y) log(1 - a)): put a minus in front of the mean.")
    if close(cost, m * want):
        return (f"The gradients are right, but the cost is {m} times too large: the sum of "
                f"the losses. Divide the sum by m = X.shape[1], or use np.mean.")
    if close(cost, want * m / n):
        return (f"The gradients are right, but the cost is off by m/n = {m}/{n}: m is the "
                f"number of samples, X.shape[1] = {m}, not X.shape[0] = {n}. Use np.mean.")
    if close(cost, at_b0):
        return "The cost is the one at b = 0: did you forget + b in z? Add it."
    if close(cost, _naive_cost(A, Y, eps=1e-5)):
        return (f"The gradients are right, but the cost has eps = 1e-5 inside the logs (the "
                f"source post's final version), which makes it a little too low. {values} "
                f"Remove the eps: A is never 0 or 1 here.")
    if close(cost, want / np.log(10)):
        return (f"The gradients are right, but the cost uses log base 10 (lg, np.log10). "
                f"{values} Use the natural log np.log.")
    return (f"The gradients are right, but the cost is wrong. {values} "
            f"Use -np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)).")


@learner_check
def check_propagate(propagate):
    """Check propagate(W, b, X, Y) -> (grads, cost) against logreg_core.propagate.

    Never raises. Rules it enforces (the lesson states them): return (grads, cost) in that
    order; grads a dict with keys "dW" (an (n, 1) array) and "db"; db and cost plain numbers
    (float, numpy scalar or 0-d array; a (1, 1) array is named); the arrays given are not
    changed. Names: swapped return values, only the dict, a wrong count, a list instead of a
    dict, keys spelled differently (dw, DW, dB), dW as a list, a transposed or wrongly shaped
    dW, a missing 1/m (also m = len(Y) = 1), m from X.shape[0], 1/m twice, a forgotten b
    (the test point has b = 0.7), a wrong sign, dW from A instead of dZ, a shape mismatch in
    Z or dW, db summed or from the wrong axis, and a cost without the y factor, with the
    wrong sign, or summed. It never calls a part right that it has not compared.
    """
    W, b, X, Y = _propagate_case()
    out, problem = call_learner(propagate, W, b, X, Y)
    if problem:
        if "matmul" in problem.message or "aligned" in problem.message:
            (n, m), k = X.shape, W.shape[1]
            return wrong(f"A shape mismatch in a matrix product (Python said: "
                         f"{problem.message}). The inner sizes must match: Z = W.T @ X + b is "
                         f"({k}, {n}) @ ({n}, {m}); dW = X @ dZ.T / m is ({n}, {m}) @ "
                         f"({m}, {k}). Fix the product that does not fit these shapes.")
        return _next_step(problem)
    unpacked, problem = _unpack_propagate(out)
    if problem:
        return problem
    (grads, cost_out) = unpacked
    (n, m) = X.shape
    dW, problem = _as_dW(grads["dW"], n)
    if problem:
        return problem
    want, want_cost = core.propagate(W, b, X, Y)
    at_b0, cost_b0 = core.propagate(W, 0.0, X, Y)
    A = core.sigmoid(W.T @ X + b)
    issue = _diagnose_dW(dW, want["dW"], at_b0["dW"], m, X, A, Y)
    if issue:
        return wrong(issue)
    if close(dW, X @ A.T / m):
        return wrong("dW uses A where it needs dZ = A - Y: dW = X @ dZ.T / m. Subtract Y first.")
    if not close(dW, want["dW"]):
        return wrong(_worst_dW(dW, want["dW"]))
    # from here on dW is right
    db, problem = _one_number(grads["db"], "db", "use db = float(np.mean(dZ))")
    if db is None:
        return problem
    if not close(db, want["db"]):
        return wrong(_diagnose_db(db, want["db"], at_b0["db"], m, n))
    cost, problem = _one_number(cost_out, "The cost", "make it one float: "
                                "float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))")
    if cost is None:
        return problem
    if not close(cost, want_cost):
        return wrong(_diagnose_cost(cost, want_cost, A, Y, cost_b0, m, n))
    # every value is right; now the types and the arrays given
    for label, value, fix in (("db", grads["db"], "db = float(np.mean(dZ))"),
                              ("The cost", cost_out, "cost = cost.item()")):
        if np.ndim(value) > 0:
            return wrong(f"{label} has the right value but is an array of shape "
                         f"{np.shape(value)}, not a plain number. Make it one: "
                         f"{fix}.")
    other = more_cases(propagate, PROPAGATE_CASES, core.propagate, same_propagate,
                       "Look for a size fixed in your code (the notebook's m or n, or two "
                       "features) instead of read from X: m = X.shape[1].")
    return other or passed(f"propagate is right: cost {want_cost:.6f}, db "
                           f"{want['db']:.6f}, dW of shape {want['dW'].shape}, also for "
                           f"other numbers of features and samples.")
