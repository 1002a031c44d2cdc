"""Self-checks for the lessons' "Your turn" exercises.

Each check takes the learner's function, runs it on inputs where the right answer is
known (from logreg_core), and returns a CheckResult. Its status is one of
NOT_ATTEMPTED (the stub still returns None or raises NotImplementedError), PASSED, or
WRONG, and its message names the mistake when it recognises one ("missing 1/m",
"transposed dW", ...) instead of only saying that something is wrong. Shown as the
last expression of a cell, a CheckResult prints its message.
"""

from dataclasses import dataclass

import numpy as np

import logreg_core as core

NOT_ATTEMPTED = "not attempted"
PASSED = "passed"
WRONG = "wrong"

_ICONS = {NOT_ATTEMPTED: "⏳", PASSED: "✅", WRONG: "❌"}


@dataclass(frozen=True)
class CheckResult:
    status: str
    message: str

    @property
    def passed(self):
        return self.status == PASSED

    def __repr__(self):
        return f"{_ICONS[self.status]} {self.message}"


def not_attempted(what):
    return CheckResult(NOT_ATTEMPTED, f"{what}: not attempted yet. Fill in the function "
                                      f"above, run its cell, then run this check again.")


def passed(message):
    return CheckResult(PASSED, message)


def wrong(message):
    return CheckResult(WRONG, message)


def call_learner(fn, *args):
    """Run the learner's function on copies of args.

    Returns (result, None) or (None, CheckResult) when the stub is untouched
    (NotImplementedError) or the code raised; the learner's exception is described,
    not re-raised, so the check itself never crashes the notebook.
    """
    copies = [a.copy() if isinstance(a, np.ndarray) else a for a in args]
    name = getattr(fn, "__name__", "your function")
    try:
        with np.errstate(all="ignore"):
            out = fn(*copies)
    except NotImplementedError:
        return None, not_attempted(name)
    except Exception as exc:  # noqa: BLE001 - any learner error becomes feedback
        return None, wrong(f"{name} raised {type(exc).__name__}: {exc}")
    if out is None:
        return None, not_attempted(name)
    return out, None


def close(a, b, rtol=1e-6, atol=1e-9):
    """True when a and b have the same shape and agree to the tolerances."""
    try:
        a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    except (TypeError, ValueError):
        return False
    return a.shape == b.shape and bool(np.allclose(a, b, rtol=rtol, atol=atol))


def shape_of(x):
    return np.shape(x) if isinstance(x, (np.ndarray, list, tuple)) else "a scalar"


# --------------------------------------------------------------------------- lesson 01

# --------------------------------------------------------------------------- lesson 02

def _cost_case(seed=2):
    """Probabilities A (1, 6) away from 0 and 1, labels Y (1, 6) with both classes."""
    rng = np.random.default_rng(seed)
    Z = rng.uniform(-3, 3, size=(1, 6))
    Y = np.array([[1, 0, 1, 1, 0, 0]])
    return Z, core.sigmoid(Z), Y


def check_compute_cost(compute_cost):
    """Check compute_cost(A, Y) -> mean cross-entropy of probabilities A against labels Y.

    Diagnoses a sum instead of a mean (missing 1/m), the source post's missing y
    term (log A + (1 - Y) log(1 - A)), a sign error, and eps inside the logs.
    """
    Z, A, Y = _cost_case()
    out, problem = call_learner(compute_cost, A, Y)
    if problem:
        return problem
    if np.size(out) != 1:
        return wrong(f"compute_cost should return one number (the mean over the "
                     f"{Y.shape[1]} samples); got shape {shape_of(out)}. Did you forget "
                     f"np.mean (or np.sum and / m)?")
    got = float(np.squeeze(out))
    want = float(np.mean(core.logistic_loss(Z, Y)))
    m = Y.shape[1]
    no_y = float(-np.mean(np.log(A) + (1 - Y) * np.log(1 - A)))
    if close(got, want):
        return passed(f"compute_cost is right: {got:.6f} (logreg_core: {want:.6f}).")
    if close(got, m * want):
        return wrong(f"You returned {got:.6f} = {m} x {want:.6f}: the sum of the losses. "
                     f"Divide by m (or use np.mean) so the cost does not grow with m.")
    if close(got, -want):
        return wrong(f"You returned {got:.6f}, the right size but negative: a sign error. "
                     f"log a < 0, so the loss needs a minus in front of each log term.")
    if close(got, no_y):
        return wrong(f"You returned {got:.6f}, expected {want:.6f}: the y term is missing "
                     f"its factor Y (the source post's bug, log(A) + (1-Y) log(1-A)). "
                     f"Write Y * np.log(A) + (1 - Y) * np.log(1 - A).")
    if close(got, want, rtol=1e-3):
        return wrong(f"You returned {got:.6f}, expected {want:.6f}: close but biased. "
                     f"Did you add eps inside the logs? Here A is never 0 or 1, so no "
                     f"eps is needed.")
    return wrong(f"compute_cost returned {got:.6f}; expected {want:.6f}. Check the formula "
                 f"-(1/m) sum(Y log A + (1 - Y) log(1 - A)).")


# --------------------------------------------------------------------------- lesson 03

def _propagate_case(seed=3):
    """W (3, 1), b = 0.7 (not 0, so a forgotten b shows), X (3, 5), Y (1, 5)."""
    rng = np.random.default_rng(seed)
    W = rng.normal(size=(3, 1))
    X = rng.normal(size=(3, 5))
    Y = np.array([[1, 0, 0, 1, 1]])
    return W, 0.7, X, Y


def _seed_cost(W, b, X, Y):
    """The source post's first cost, without the y factor: -mean(log A + (1-Y) log(1-A))."""
    A = core.sigmoid(W.T @ X + b)
    return float(-np.mean(np.log(A) + (1 - Y) * np.log(1 - A)))


def _diagnose_dW(dW, want, want_no_b, m):
    n = want.shape[0]
    if np.shape(dW) == (1, n) and close(np.asarray(dW).T, want):
        return f"dW has shape (1, {n}), the transpose of W's ({n}, 1). Use X @ dZ.T: " \
               f"({n}, m) times (m, 1) gives ({n}, 1)."
    if np.shape(dW) != (n, 1):
        return f"dW must have W's shape ({n}, 1); got {shape_of(dW)}. Use X @ dZ.T: " \
               f"({n}, m) times (m, 1) gives ({n}, 1)."
    if close(dW, m * want):
        return f"dW is {m} times too large: the sum over the {m} samples. Divide by m."
    if close(dW, want_no_b):
        return "dW is the gradient at b = 0: did you forget + b in z = W.T @ X + b?"
    if close(dW, -want):
        return "dW has the wrong sign: dZ = A - Y, not Y - A."
    return None


def check_propagate(propagate):
    """Check propagate(W, b, X, Y) -> (grads, cost) against logreg_core.propagate.

    Diagnoses a transposed or wrongly shaped dW, a missing 1/m, a forgotten b (the
    test point has b = 0.7), a wrong sign, and a cost without the y factor.
    """
    W, b, X, Y = _propagate_case()
    out, problem = call_learner(propagate, W, b, X, Y)
    if problem:
        if "matmul" in problem.message or "aligned" in problem.message:
            return wrong(problem.message + f" -- a shape mismatch in a product. Write the "
                         f"shapes: X is {X.shape}, dZ is {Y.shape}; dW = X @ dZ.T / m.")
        return problem
    try:
        grads, cost = out
        dW, db = grads["dW"], grads["db"]
    except (TypeError, ValueError, KeyError):
        return wrong("propagate must return (grads, cost) with grads = {'dW': ..., 'db': ...}.")
    for name, value in (("db", db), ("cost", cost)):
        if np.size(value) != 1:
            return wrong(f"{name} must be a single number; got shape {shape_of(value)}. "
                         f"Did you forget np.mean (or np.sum and / m)?")
    db, cost = float(np.squeeze(db)), float(np.squeeze(cost))
    want, want_cost = core.propagate(W, b, X, Y)
    at_b0, cost_b0 = core.propagate(W, 0.0, X, Y)
    m = X.shape[1]
    if close(dW, want["dW"]) and close(db, want["db"]) and close(cost, want_cost):
        return passed(f"propagate is right: cost {want_cost:.6f}, db {want['db']:.6f}, "
                      f"dW of shape {want['dW'].shape}.")
    issue = _diagnose_dW(dW, want["dW"], at_b0["dW"], m)
    if issue:
        return wrong(issue)
    if not close(db, want["db"]):
        if close(db, m * want["db"]):
            return wrong(f"db is {m} times too large: use the mean of dZ, not its sum.")
        if close(db, at_b0["db"]):
            return wrong("db is the gradient at b = 0: did you forget + b in z?")
        return wrong(f"dW is right but db = {db:.6f}; expected "
                     f"{want['db']:.6f} = mean(A - Y).")
    if close(cost, _seed_cost(W, b, X, Y)):
        return wrong(f"The gradients are right but the cost {cost:.6f} lacks the y "
                     f"factor (the source post's bug): use Y * np.log(A) + "
                     f"(1 - Y) * np.log(1 - A). Expected {want_cost:.6f}.")
    if close(cost, m * want_cost):
        return wrong(f"The cost is {m} times too large: divide the sum by m.")
    if close(cost, cost_b0):
        return wrong("The cost is the one at b = 0: did you forget + b in z?")
    return wrong(f"The gradients are right but the cost is {cost:.6f}; "
                 f"expected {want_cost:.6f}.")


# --------------------------------------------------------------------------- lesson 04

# --------------------------------------------------------------------------- lesson 05

# --------------------------------------------------------------------------- lesson 06
