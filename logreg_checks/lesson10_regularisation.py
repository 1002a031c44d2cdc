"""Lesson 10's self-check: the regularised cost and gradient (the L2 penalty).

Imports the shared machinery (.common) and logreg_core; never another lesson's module.
"""

import numpy as np

import logreg_core as core

from .common import (
    more_cases,
    random_neuron_case,
    same_number,
    same_numbers,
    _number,
    _with_next_step,
    call_learner,
    close,
    learner_check,
    passed,
    shape_of,
    wrong,
)


def _penalty_case(seed=10):
    """W (3, 1) with ||W|| far from 1 and sum(W)^2 far from ||W||^2, b = 0.8 (so a
    penalty on b shows), X (3, 5), Y (1, 5) and lambd = 0.7 (not 1 or 2, so lambd,
    lambd/2 and 2 lambd all differ)."""
    rng = np.random.default_rng(seed)
    W = np.array([[1.5], [-2.0], [1.0]])
    X = rng.normal(size=(3, 5))
    Y = np.array([[1, 0, 0, 1, 1]])
    return W, 0.8, X, Y, 0.7


def _right_penalty(W, b, X, Y, lambd):
    grads, cost = core.propagate(W, b, X, Y, lambd=lambd)
    return cost, grads["dW"], grads["db"]


def _same_penalty(out, expected):
    return (isinstance(out, (tuple, list)) and len(out) == 3
            and same_number(out[0], expected[0]) and same_numbers(out[1], expected[1])
            and same_number(out[2], expected[2]))


_rng = np.random.default_rng(110)
_PENALTY_CASES = [
    ("n = 1 feature, m = 3 samples, lambd = 0.5", (*random_neuron_case(1, 3, _rng), 0.5)),
    ("n = 4 features, m = 7 samples, lambd = 2 (an integer)",
     (*random_neuron_case(4, 7, _rng), 2)),
]


def _penalty_output(name, out, n, right_dW=None):
    """(cost, dW, db) as (float, (n, 1) float array, float), or (None, CheckResult).

    right_dW (optional): the expected dW, to tell a cost that is an array because the
    squares were not added up from a dW returned where the cost goes.
    """
    if isinstance(out, dict):
        return None, wrong(f"{name} returned a dict; return three values, "
                           f"`return cost, dW, db` (the cost first).")
    if not isinstance(out, (tuple, list)) or len(out) != 3:
        what = f"{len(out)} values" if isinstance(out, (tuple, list)) else type(out).__name__
        return None, wrong(f"{name} returned {what}; it must return three values, "
                           f"`return cost, dW, db`.")
    cost, dW, db = out
    if isinstance(dW, list):
        return None, wrong(f"{name} returned dW as a Python list; return a numpy array of "
                           f"shape ({n}, 1) like W (W itself is an array, so "
                           f"grads['dW'] + lambd / m * W is one).")
    got_cost, got_db = _number(cost), _number(db)
    if (got_cost is None and right_dW is not None and np.size(cost) > 1
            and not close(cost, right_dW)):
        try:
            kind = f"an array of shape {np.shape(cost)}"
        except ValueError:
            kind = type(cost).__name__
        return None, wrong(f"The cost must be one number, but {name} returned {kind}: "
                           f"the squares of the weights are not added up. Use "
                           f"np.sum(W ** 2), which is one number (W ** 2 and W @ W.T are "
                           f"arrays).")
    if got_cost is None:
        return None, wrong(f"The cost must be one number; {name} returned "
                           f"{type(cost).__name__} of shape {shape_of(cost)}. Return "
                           f"`cost, dW, db` in this order.")
    if got_db is None:
        return None, wrong(f"db must be one number; {name} returned {type(db).__name__} "
                           f"of shape {shape_of(db)}. Return `cost, dW, db` in this order.")
    try:
        dW = np.asarray(dW, dtype=float)
    except (TypeError, ValueError):
        return None, wrong(f"dW must be a numpy array of shape ({n}, 1); {name} returned "
                           f"{type(dW).__name__}.")
    if dW.shape == (1, n):
        return None, wrong(f"dW has shape (1, {n}), the transpose of W's ({n}, 1): add "
                           f"lambd / m * W to grads['dW'], which already has W's shape.")
    if dW.shape != (n, 1):
        return None, wrong(f"dW must have W's shape ({n}, 1); {name} returned shape "
                           f"{dW.shape}. Return `cost, dW, db` in this order.")
    return (got_cost, dW, got_db), None


# Known mistakes: tag -> (what is wrong, in a few words; the full sentence with the fix)
_COST_MISTAKES = {
    "none": ("it has no penalty", "The cost has no penalty: add lambd / (2 * m) * "
             "np.sum(W ** 2) to the cross-entropy."),
    "1/m": ("the penalty misses its 1/m", "The penalty in the cost is missing its 1/m: use "
            "lambd / (2 * m) * np.sum(W ** 2), with m = X.shape[1] samples."),
    "half": ("the penalty is twice too large", "The penalty in the cost is twice too large: "
             "lambd / m * np.sum(W ** 2) where it needs lambd / (2 * m) * np.sum(W ** 2). "
             "Either the 1/2 is missing, or the penalty is added twice (core.propagate with "
             "lambd already adds it)."),
    "b": ("it penalises b", "The cost penalises b too: the penalty is on the weights W "
          "only, not on b."),
    "sign": ("the penalty is subtracted", "The penalty has the wrong sign: add it to the "
             "cost, + lambd / (2 * m) * np.sum(W ** 2), so large weights cost more."),
    "norm": ("it uses ||W||, not ||W||^2", "The cost uses ||W|| where it needs ||W||^2: "
             "square the weights, np.sum(W ** 2)."),
    "sum": ("the cross-entropy is a sum, not a mean", "The cross-entropy part is the sum "
            "over the samples, not the mean: keep propagate's mean cost and add the "
            "penalty to it."),
    "m times": ("it is m times too large", "The cost is m times too large (a sum, not a "
                "mean): keep propagate's mean cost and add lambd / (2 * m) * "
                "np.sum(W ** 2)."),
    "n": ("it divides by n, not m", "The penalty divides by n = X.shape[0], the number of "
          "features; divide by m = X.shape[1], the number of samples."),
    "square of sum": ("it uses np.sum(W) ** 2, the square of the sum", "The cost uses "
                      "np.sum(W) ** 2, the square of the sum of the weights: the penalty "
                      "is the sum of the squares, np.sum(W ** 2)."),
    "times m": ("it multiplies by m (lambd / 2 * m)", "The penalty multiplies by m: Python "
                "reads lambd / 2 * m as (lambd / 2) * m. Write lambd / (2 * m), with the "
                "brackets."),
}
_GRAD_MISTAKES = {
    "none": ("the penalty is forgotten", "The penalty is forgotten in the gradient: dW "
             "needs + lambd / m * W."),
    "1/m": ("the penalty misses its 1/m", "The penalty's gradient is missing its 1/m: dW "
            "gets + lambd / m * W."),
    "half": ("it adds lambd / (2m) * W, half of it", "dW adds lambd / (2 * m) * W, half the "
             "penalty's gradient: the derivative of lambd / (2m) * w^2 is lambd / m * w "
             "(the 2 of the square cancels the 1/2)."),
    "sign": ("the penalty is subtracted", "The penalty's gradient has the wrong sign: dW "
             "gets + lambd / m * W, which pulls the weights towards 0."),
    "sum": ("it is m times too large", "dW is m times too large (a sum over the samples, "
            "not a mean): keep propagate's dW and add lambd / m * W."),
    "n": ("it divides by n, not m", "The penalty's gradient divides by n = X.shape[0], the "
          "number of features; divide by m = X.shape[1], the number of samples."),
    "norm": ("it adds the gradient of ||W||", "dW adds the gradient of ||W||, not of "
             "||W||^2 / 2: add lambd / m * W."),
    "b": ("db is penalised", "db has the penalty too: b is not penalised, so db stays "
          "propagate's mean(A - Y)."),
    "double": ("it adds 2 * lambd / m * W, twice too much", "dW adds 2 * lambd / m * W, "
               "twice the penalty's gradient: the derivative of lambd / (2m) * w^2 is "
               "lambd / m * w (the 2 of the square cancels the 1/2). Add lambd / m * W."),
    "sum of W": ("it adds lambd / m * np.sum(W), one number for every weight", "dW adds "
                 "lambd / m * np.sum(W), the same number to every weight: each weight gets "
                 "its own share, lambd / m * W (no sum)."),
}
_SAME_MISTAKE = {   # the same slip in the cost and in the gradient: one message
    "none": "There is no penalty at all: the cost needs + lambd / (2 * m) * np.sum(W ** 2) "
            "and dW needs + lambd / m * W.",
    "1/m": "The penalty is missing its 1/m in both the cost and dW: use lambd / (2 * m) * "
           "np.sum(W ** 2) and lambd / m * W, with m = X.shape[1] samples.",
    "b": "b is penalised in both the cost and db: the penalty is on W only, so leave b out "
         "of it and keep propagate's db.",
    "sign": "The penalty has the wrong sign in both the cost and dW: add it, "
            "+ lambd / (2 * m) * np.sum(W ** 2) and + lambd / m * W.",
    "n": "The penalty divides by n = X.shape[0] (the features) in both the cost and dW; "
         "divide by m = X.shape[1], the number of samples.",
    "norm": "The penalty uses ||W|| instead of ||W||^2 in both the cost and dW: square the "
            "weights, np.sum(W ** 2), whose gradient gives lambd / m * W.",
    ("square of sum", "sum of W"): "The penalty uses np.sum(W) ** 2, the square of the sum, "
                                   "in both the cost and dW: use the sum of the squares, "
                                   "np.sum(W ** 2), in the cost and lambd / m * W in dW.",
    ("half", "double"): "The penalty is counted twice, in both the cost and dW. If you "
                        "called core.propagate with lambd, it already adds the penalty: "
                        "call it without lambd, then add lambd / (2 * m) * np.sum(W ** 2) "
                        "and lambd / m * W once.",
}


def _penalty_cost_mistake(cost, W, b, X, Y, lambd):
    """The tag of a known mistake in the penalised cost (_COST_MISTAKES), or None."""
    (n, m), J0 = X.shape, core.cost(W, b, X, Y)
    sq = float(np.sum(W ** 2))
    pen = lambd / (2 * m) * sq
    known = [(J0, "none"), (J0 + lambd / 2 * sq, "1/m"), (J0 + lambd / m * sq, "half"),
             (J0 + pen + lambd / (2 * m) * b * b, "b"), (J0 - pen, "sign"),
             (J0 + lambd / (2 * m) * np.sqrt(sq), "norm"), (m * J0 + pen, "sum"),
             (m * (J0 + pen), "m times"), (J0 + lambd / (2 * n) * sq, "n"),
             (J0 + lambd / (2 * m) * float(np.sum(W)) ** 2, "square of sum"),
             (J0 + lambd / 2 * m * sq, "times m")]
    return next((tag for value, tag in known if close(cost, value)), None)


def _penalty_grad_mistake(dW, db, W, b, X, Y, lambd):
    """The tag of a known mistake in the penalised gradient (_GRAD_MISTAKES), or None."""
    (n, m), (g0, _) = X.shape, core.propagate(W, b, X, Y)
    if close(dW, g0["dW"] + lambd / m * W):
        return "b" if close(db, g0["db"] + lambd / m * b) else None
    known = [(g0["dW"], "none"), (g0["dW"] + lambd * W, "1/m"),
             (g0["dW"] + lambd / (2 * m) * W, "half"), (g0["dW"] - lambd / m * W, "sign"),
             (m * g0["dW"] + lambd * W, "sum"), (g0["dW"] + lambd / n * W, "n"),
             (g0["dW"] + lambd / m * W / np.linalg.norm(W), "norm"),
             (g0["dW"] + 2 * lambd / m * W, "double"),
             (g0["dW"] + lambd / m * np.sum(W), "sum of W")]
    return next((tag for value, tag in known if close(dW, value)), None)


def _penalty_divisor(cost, dW, W, b, X, Y, lambd):
    """The whole number k != m the learner's penalty divides by, in the cost (lambd / (2k)
    * ||W||^2) and in dW (lambd / k * W) alike, as when a global m from an earlier cell is
    used; None when there is no such k."""
    g0, J0 = core.propagate(W, b, X, Y)
    sq = float(np.sum(W ** 2))
    if not np.isfinite(cost) or cost - J0 <= 0:
        return None
    k = lambd * sq / (2 * (cost - J0))
    if not np.isfinite(k) or k < 1:
        return None
    if abs(k - round(k)) > 1e-6 * max(k, 1) or round(k) in X.shape:
        return None
    k = int(round(k))
    return k if close(dW, g0["dW"] + lambd / k * W) else None


@learner_check
def check_regularised_cost_and_grad(fn):
    """Self-check for lesson 10: fn(W, b, X, Y, lambd) -> (cost, dW, db) with the L2
    penalty lambd / (2m) * ||W||^2 on W only (logreg_core.propagate with lambd).

    Diagnoses, in the cost: no penalty, a missing 1/m, lambd instead of lambd/2, b
    penalised, the sign, ||W|| instead of ||W||^2, a sum instead of a mean, n for m. In
    the gradient: the penalty forgotten, a missing 1/m, half of it, the sign, a sum, n
    for m, the gradient of ||W||, a penalised db. Also: dW as a list or transposed, the
    wrong number or order of values, and a lambd argument that is ignored.
    """
    name = getattr(fn, "__name__", "your function")
    W, b, X, Y, lambd = _penalty_case()
    m = X.shape[1]
    out, problem = call_learner(fn, W, b, X, Y, lambd)
    if problem:
        if "raised IndexError" in problem.message:      # a loop sized for the notebook's W
            problem = wrong(f"{problem.message.rstrip()} The check's W has only "
                            f"{X.shape[0]} weights (the notebook's has 27): work on whole "
                            f"arrays, such as np.sum(W ** 2), with no fixed size.")
        return _with_next_step(problem, name)
    g0, J0 = core.propagate(W, b, X, Y)
    want, want_cost = core.propagate(W, b, X, Y, lambd=lambd)
    got, problem = _penalty_output(name, out, X.shape[0], want["dW"])
    if problem:
        return problem
    cost, dW, db = got
    cost_ok = close(cost, want_cost)
    grad_ok = close(dW, want["dW"]) and close(db, want["db"])
    if cost_ok and grad_ok:
        return _penalty_other_lambdas(fn, name, W, b, X, Y, lambd)
    if close(cost, want["db"]) and close(db, want_cost):
        return wrong(f"{name} returns db where the cost goes and the cost where db goes: "
                     f"return `cost, dW, db` in this order.")
    c_tag = None if cost_ok else _penalty_cost_mistake(cost, W, b, X, Y, lambd)
    g_tag = None if grad_ok else _penalty_grad_mistake(dW, db, W, b, X, Y, lambd)
    if "none" in (c_tag, g_tag):
        rounded = _penalty_rounded(fn, W, b, X, Y, lambd, c_tag, g_tag)
        if rounded:
            return rounded
    if c_tag and g_tag:
        if c_tag == g_tag and c_tag in _SAME_MISTAKE:
            return wrong(_SAME_MISTAKE[c_tag])
        if (c_tag, g_tag) in _SAME_MISTAKE:
            return wrong(_SAME_MISTAKE[c_tag, g_tag])
        return wrong(f"Two mistakes: in the cost, {_COST_MISTAKES[c_tag][0]}; in the "
                     f"gradient, {_GRAD_MISTAKES[g_tag][0]}. The cost needs + lambd / "
                     f"(2 * m) * np.sum(W ** 2), dW needs + lambd / m * W, db no penalty.")
    if c_tag:
        more = "" if grad_ok else " dW or db is wrong too: fix the cost, then check again."
        return wrong(_COST_MISTAKES[c_tag][1] + more)
    if g_tag:
        more = "" if cost_ok else (f" The cost is wrong too: {cost:.6f}, expected "
                                   f"{want_cost:.6f}.")
        return wrong(_GRAD_MISTAKES[g_tag][1] + more)
    k = None if cost_ok or grad_ok else _penalty_divisor(cost, dW, W, b, X, Y, lambd)
    if k:
        return wrong(f"The penalty divides by {k}, not by m = X.shape[1] = {m}, the number "
                     f"of samples in this X: is m a variable from an earlier cell? Write "
                     f"m = X.shape[1] inside the function.")
    fixed = _penalty_ignores_lambd(fn, W, b, X, Y, lambd, cost, J0)
    if fixed:
        return fixed
    if not cost_ok:
        return wrong(f"The cost is {cost:.6f}; expected {want_cost:.6f} = cross-entropy "
                     f"{J0:.6f} + penalty {want_cost - J0:.6f} (lambd = {lambd}, m = {m}). "
                     f"Check the penalty term: lambd / (2 * m) * np.sum(W ** 2), the "
                     f"squared weights of W only.")
    if not close(db, want["db"]):
        return wrong(f"The cost and dW are right but db = {db:.6f}; expected "
                     f"{want['db']:.6f}, propagate's db unchanged (b is not penalised).")
    i = int(np.argmax(np.abs(dW - want["dW"])))
    return wrong(f"The cost is right but dW is not: dW[{i}, 0] = {dW[i, 0]:.6f}, expected "
                 f"{want['dW'][i, 0]:.6f} = {g0['dW'][i, 0]:.6f} + lambd / m * W[{i}, 0].")


def _penalty_rounded(fn, W, b, X, Y, lambd, c_tag, g_tag, big=47.0):
    """No penalty at lambd = 0.7 but one at lambd = 47: the factor is rounded down to a
    whole number (as lambd // (2 * m) is 0 for a small lambd), not missing."""
    out, problem = call_learner(fn, W, b, X, Y, big)
    got, problem = (None, problem) if problem else _penalty_output("", out, X.shape[0])
    if problem:
        return None
    g0, J0 = core.propagate(W, b, X, Y)
    if (c_tag == "none" and close(got[0], J0)) or (g_tag == "none" and
                                                    close(got[1], g0["dW"])):
        return None
    m = X.shape[1]
    return wrong(f"At lambd = {lambd} your function adds no penalty, but at lambd = {big:g} "
                 f"it adds one: the penalty's factor is rounded down to a whole number, as "
                 f"floor division does (lambd // (2 * m) is {lambd // (2 * m):g} for lambd = "
                 f"{lambd}, m = {m}). Use / for division: lambd / (2 * m) and lambd / m.")


def _penalty_ignores_lambd(fn, W, b, X, Y, lambd, cost, J0):
    """A wrong answer whose cost has a penalty that stays the same at another lambd: the
    function uses a fixed number or a global variable instead of its argument."""
    if close(cost, J0):
        return None
    out, problem = call_learner(fn, W, b, X, Y, 3.0)
    if problem:
        return None
    got, problem = _penalty_output("", out, X.shape[0])
    if problem or not close(got[0], cost):
        return None
    return wrong(f"The cost does not change when lambd changes (the same {cost:.6f} at "
                 f"lambd = {lambd} and 3): the function uses a fixed number or a global "
                 f"variable instead of its argument. Use the lambd it is given.")


def _penalty_other_lambdas(fn, name, W, b, X, Y, lambd):
    """Right at lambd = 0.7: also at lambd = 0 (no penalty) and 3.0 (uses its argument)?"""
    for other in (0.0, 3.0):
        out, problem = call_learner(fn, W, b, X, Y, other)
        if problem:
            return wrong(f"{name} is right for lambd = {lambd} but fails for lambd = "
                         f"{other}: {problem.message}")
        got, problem = _penalty_output(name, out, X.shape[0])
        if problem:
            return problem
        want, want_cost = core.propagate(W, b, X, Y, lambd=other)
        if not (close(got[0], want_cost) and close(got[1], want["dW"])
                and close(got[2], want["db"])):
            return wrong(f"{name} is right for lambd = {lambd} but not for lambd = "
                         f"{other}: does it use a fixed number or a global variable instead "
                         f"of its argument lambd? Use the lambd it is given.")
    other = more_cases(fn, _PENALTY_CASES, _right_penalty, _same_penalty,
                       "Look for a size fixed in your code (the notebook's m, or a number of "
                       "features) instead of read from X: m = X.shape[1].")
    if other is not None:
        return other
    return passed(f"{name} is right: the cost gains lambd / (2m) * ||W||^2, dW gains "
                  f"lambd / m * W, and b is left alone (checked at lambd = 0, {lambd} "
                  f"and 3).")
