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

# --------------------------------------------------------------------------- lesson 03

# --------------------------------------------------------------------------- lesson 04

# --------------------------------------------------------------------------- lesson 05

# Lesson 05: the learner's optimize(W, b, X, Y, num_iterations, learning_rate), which
# returns (params, grads, costs) with costs[k] the cost before update k * 100.

OPTIMIZE_CASE = {"W": np.array([[0.5], [-0.3]]), "b": 0.1, "num_iterations": 350,
                 "learning_rate": 0.1}


def _ascent(W, b, X, Y, num_iterations, learning_rate):
    """The '+' mistake, run for real: W += lr * dW climbs the cost."""
    for _ in range(num_iterations):
        grads, _ = core.propagate(W, b, X, Y)
        W = W + learning_rate * grads["dW"]
        b = b + learning_rate * grads["db"]
    return W, b


def _frozen_W(W, b, X, Y, num_iterations, learning_rate):
    """The source post's first optimize, run for real: `w = W - lr * dW` makes a new
    name each step, so every step starts again from the given W, while b moves on.
    Returns (the last w, b)."""
    w = W
    for _ in range(num_iterations):
        grads, _ = core.propagate(W, b, X, Y)
        w = W - learning_rate * grads["dW"]
        b = b - learning_rate * grads["db"]
    return w, b


def _recorded_where(costs, trace, num_iterations):
    """Describe which iterations the learner's costs were recorded at, if we can tell.

    trace[i] is the cost before update i (trace[num_iterations]: after the last one).
    """
    full = len(trace)
    candidates = [("every iteration, before each update", trace[:num_iterations]),
                  ("every iteration, after each update", trace[1:full])]
    for off in range(1, 100):
        name = ("after the update (costs[k] is the cost before update k * 100 + 1)"
                if off == 1 else
                f"at iterations {off}, {off + 100}, {off + 200}, ... instead of 0, 100, 200,"
                f" ... (an off-by-one in the `if`, e.g. (i + 1) % 100 == 0)" if off == 99 else
                f"at iterations {off}, {off + 100}, ... instead of 0, 100, 200, ...")
        candidates.append((name, trace[off:num_iterations:100]))
    candidates.append(("every 100 iterations, but with one extra cost appended after the "
                       "loop (the source post's final version does this)",
                       [*trace[:num_iterations:100], trace[-1]]))
    for name, expected in candidates:
        if close(costs, expected):
            return name
    return None


def check_optimize(fn):
    """Run the learner's optimize on the toy data from a non-zero start and diagnose."""
    X, Y, _, _ = core.toy_dataset()
    c = OPTIMIZE_CASE
    args = (c["W"], c["b"], X, Y, c["num_iterations"], c["learning_rate"])
    out, problem = call_learner(fn, *args)
    if problem:
        return problem
    if not (isinstance(out, tuple) and len(out) == 3):
        return wrong("optimize must return three things: params, grads, costs.")
    params, grads, costs = out
    if not isinstance(params, dict) or "W" not in params or "b" not in params:
        keys = sorted(params) if isinstance(params, dict) else type(params).__name__
        hint = (" You used 'w': model reads params['W'] (the source post's first optimize"
                " has this mismatch)." if isinstance(params, dict) and "w" in params else "")
        return wrong(f"params must be a dict with keys 'W' and 'b'; got {keys}.{hint}")
    W, b = params["W"], params["b"]
    if np.shape(W) != (2, 1):
        return wrong(f"params['W'] must have shape (2, 1) like the W you were given; "
                     f"got {shape_of(W)}.")
    ref, ref_grads, ref_costs = core.optimize(*args)
    trace = core.optimize(*args, record_every=1)[2] + [core.cost(ref["W"], ref["b"], X, Y)]
    w_last, b_frozen = _frozen_W(*args)
    if close(b, b_frozen) and (close(W, c["W"]) or close(W, w_last)):
        return wrong("W never changed, but b did. Is your update `w = W - "
                     "learning_rate * dW`? That makes a new name w; every step starts "
                     "again from the old W. Write `W = W - learning_rate * dW`.")
    if close(W, c["W"]) and close(b, c["b"]):
        return wrong("neither W nor b changed: apply the update inside the loop.")
    W_up, b_up = _ascent(*args)
    if close(W, W_up) and close(b, b_up):
        return wrong("your parameters went uphill: the update adds the gradient. Gradient "
                     "descent subtracts it: W = W - learning_rate * dW (the same for b).")
    if not (close(W, ref["W"]) and close(b, ref["b"])):
        err = float(np.max(np.abs(np.asarray(W, float) - ref["W"])))
        return wrong(f"W and b differ from logreg_core.optimize (largest W difference "
                     f"{err:.3g}). Check the learning rate and the gradients you use.")
    if not close(costs, ref_costs):
        where = _recorded_where(costs, trace, c["num_iterations"])
        if where:
            return wrong(f"W and b are right, but your costs were recorded {where}. Record "
                         f"the cost computed before the update, when i % 100 == 0.")
        return wrong(f"W and b are right, but the costs are not the {len(ref_costs)} costs "
                     f"before updates 0, 100, 200, 300: expected "
                     f"{[round(v, 6) for v in ref_costs]}.")
    if not (isinstance(grads, dict) and close(grads.get("dW"), ref_grads["dW"])
            and close(grads.get("db"), ref_grads["db"])):
        return wrong("W, b and costs are right; grads should be the gradients of the last "
                     "update, {'dW': dW, 'db': db}.")
    return passed(f"optimize matches logreg_core.optimize: W, b, the "
                  f"{len(ref_costs)} costs and the last gradients.")


# --------------------------------------------------------------------------- lesson 06
