"""Lesson 03's self-check: compute_cost, the cross-entropy from probabilities.

Imports the shared machinery (.common) and logreg_core; never another lesson's module.
"""

import numpy as np

import logreg_core as core

from .common import (
    more_cases,
    same_number,
    _naive_cost,
    _next_step,
    _one_number,
    call_learner,
    close,
    learner_check,
    passed,
    wrong,
)


def _cost_case(seed=2):
    """Probabilities A (1, 6) away from 0 and 1, labels Y (1, 6) with both classes."""
    rng = np.random.default_rng(seed)
    Z = rng.uniform(-3, 3, size=(1, 6))
    Y = np.array([[1, 0, 1, 1, 0, 0]])
    return Z, core.sigmoid(Z), Y


def _extreme_cost_case():
    """Probabilities within 1e-9 of 0 or 1 (never equal to them), where eps in the logs shows."""
    A = np.array([[1 - 1e-9, 1e-9, 1e-9, 0.5, 1 - 1e-9, 0.3]])
    Y = np.array([[1, 0, 1, 1, 0, 0]])
    return A, Y


_rng = np.random.default_rng(103)
_COST_CASES = [
    ("one sample, m = 1", (np.array([[0.3]]), np.array([[1]]))),
    ("m = 7 samples", (core.sigmoid(_rng.normal(size=(1, 7))),
                       np.array([[0, 1, 1, 0, 1, 0, 0]]))),
    ("every label is 1, m = 4", (np.array([[0.9, 0.2, 0.6, 0.45]]), np.ones((1, 4), int))),
]
_COST_LOOK_AT = ("Look for a number of samples fixed in your code (the notebook's m, or "
                 "a loop over a fixed range) instead of read from A or Y: np.mean works "
                 "for any m.")


def _cross_entropy(A, Y):
    """The exact mean cross-entropy of the probabilities A as given (log1p keeps 1 - A exact)."""
    return float(-np.mean(Y * np.log(A) + (1 - Y) * np.log1p(-A)))


def _not_finite(value, name):
    if np.isnan(value):
        return wrong(f"{name} returned nan: a log of a negative number, or 0 times inf. "
                     f"Check that you wrote np.log(1 - A), not np.log(A - 1), then run the "
                     f"check again.")
    return wrong(f"{name} returned {value}: a log of 0 somewhere, yet A is never 0 or 1 here. "
                 f"Did you swap A and Y (np.log(Y) is log 0 for the labels 0)? Take the logs "
                 f"of A and 1 - A only.")


@learner_check
def check_compute_cost(compute_cost):
    """Check compute_cost(A, Y) -> mean cross-entropy of probabilities A against labels Y.

    Never raises. Accepts a float, a numpy scalar or a one-element array of the right value
    (a one-element array passes with a note). Names: a string, dict, list, tuple, complex
    number or other object; nan or inf; a sum instead of a mean (missing 1/m, or m taken as
    len(Y) = 1); the source post's missing Y factor; a sign error on both terms or on one;
    a missing term; log base 10 or 2 instead of the natural log; np.dot of two (1, m) rows
    (raises) and np.dot(log(A).T, Y) (an (m, m) outer product); and, at a second point with
    predictions within 1e-9 of 0 and 1, eps inside the logs or a clip of A.
    """
    name = getattr(compute_cost, "__name__", "your function")
    Z, A, Y = _cost_case()
    m = Y.shape[1]
    out, problem = call_learner(compute_cost, A, Y)
    if problem:
        if "aligned" in problem.message or "matmul" in problem.message:
            return wrong(f"np.dot of two rows: Y and A are both {Y.shape}, so np.dot(Y, "
                         f"np.log(A)) multiplies (1, m) by (1, m), which fails "
                         f"({problem.message}). Use elementwise * with np.mean, or "
                         f"np.dot(Y, np.log(A).T).")
        return _next_step(problem)
    if np.shape(out) == (m, m):
        return wrong(f"{name} returned shape {(m, m)}: a column times a row, (m, 1) @ (1, m), "
                     f"gives all m x m products. Put the row first, np.dot(Y, np.log(A).T), "
                     f"or use elementwise * with np.mean.")
    got, note = _one_number(out, f"What {name} returned")
    if got is None:
        return note
    if not np.isfinite(got):
        return _not_finite(got, name)
    want = _cross_entropy(A, Y)
    ylogA, rest = Y * np.log(A), (1 - Y) * np.log(1 - A)
    values = f"You returned {got:.6f}, expected {want:.6f}."
    known = [
        (m * want, f"{name} returned the sum of the losses, not their mean. If you divided by "
                   f"len(Y) or Y.shape[0], that is 1, because Y is one row. You returned "
                   f"{got:.6f} = {m} x {want:.6f}. Use np.mean, or divide by m = Y.shape[1] "
                   f"= {m}."),
        (-want, f"{name} returned a negative cost: a sign error. {values} log a is below 0, "
                f"so put a minus in front of the whole sum: "
                f"-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A))."),
        (float(np.mean(-ylogA + rest)), None), (float(np.mean(ylogA - rest)), None),
        (m * _naive_cost(A, Y, y_factor=False),
         f"Two mistakes: the first term is missing its factor Y (the source post's bug), and "
         f"this is the sum, not the mean (len(Y) is 1; m is Y.shape[1] = {m}). {values} Write "
         f"Y * np.log(A) + (1 - Y) * np.log(1 - A) and use np.mean."),
        (_naive_cost(A, Y, y_factor=False),
         f"The first term is missing its factor Y (the source post's bug, log(A) + (1-Y) "
         f"log(1-A)). {values} Write Y * np.log(A) + (1 - Y) * np.log(1 - A)."),
        (want / np.log(10), f"You used log base 10 (lg, np.log10), but the loss uses the "
                            f"natural log ln. You returned {got:.6f} = {want:.6f} / ln 10. "
                            f"Use np.log."),
        (want / np.log(2), f"You used log base 2 (np.log2), but the loss uses the natural log "
                           f"ln. You returned {got:.6f} = {want:.6f} / ln 2. Use np.log."),
        (float(-np.mean(ylogA)), f"The term (1 - Y) * np.log(1 - A) is missing, so the samples "
                                 f"with y = 0 do not count. {values} Add that term."),
        (float(-np.mean(rest)), f"The term Y * np.log(A) is missing, so the samples with y = 1 "
                                f"do not count. {values} Add that term."),
        (_naive_cost(A, Y, eps=1e-5), f"There is an eps = 1e-5 inside the logs (the source "
                                      f"post's version), and it changes the cost. {values} "
                                      f"Here A is never 0 or 1: remove the eps."),
        (-ylogA[0, 0] - rest[0, 0], _LOOP_RETURN.format(name=name, values=values)),
        ((-ylogA[0, 0] - rest[0, 0]) / m, _LOOP_RETURN.format(name=name, values=values)),
        (float(np.mean(0.5 * (A - Y) ** 2)), _SQUARED.format(name=name, values=values)),
        (float(np.mean((A - Y) ** 2)), _SQUARED.format(name=name, values=values)),
    ]
    if close(got, want):
        return _compute_cost_near_0_and_1(compute_cost, name, got, note)
    for value, message in known:
        if close(got, value):
            return wrong(message or (
                f"The minus sign is on one term only: it must apply to both terms. {values} "
                f"Write -(Y * np.log(A) + (1 - Y) * np.log(1 - A))."))
    if any(close(got, round(want, k), rtol=0, atol=1e-12) for k in range(1, 7)):
        return wrong(f"{name} rounds the cost. {values} Return it unrounded: the check "
                     f"compares more digits than you kept. Round only when you print.")
    if close(got, want, rtol=1e-3):
        return wrong(f"Close, but a little off: did you add an eps inside the logs, or clip "
                     f"A? {values} Here A is never 0 or 1: use np.log(A) and np.log(1 - A) "
                     f"as they are.")
    return wrong(f"{name} returns a wrong value, and not one of the usual mistakes. {values} "
                 f"Compare your code with the formula -(1/m) sum(Y log A + (1 - Y) log(1 - A)), "
                 f"term by term, then run the check again.")


_LOOP_RETURN = ("{name} returned the loss of the first sample only, not the mean over all "
                "samples. {values} Look at how the samples are added up: a `return` inside "
                "a loop stops after the first sample (move it one indent to the left), and "
                "A[0, 0] reads one sample only.")
_SQUARED = ("{name} computes the squared error, not the cross-entropy. {values} Use the loss "
            "of this lesson: -np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)).")


def _compute_cost_near_0_and_1(compute_cost, name, got, note):
    """Right at moderate predictions; now predictions within 1e-9 of 0 and 1 (eps shows)."""
    A, Y = _extreme_cost_case()
    out, problem = call_learner(compute_cost, A, Y)
    if problem:
        return wrong(f"{name} is right for predictions like 0.3, but for predictions within "
                     f"1e-9 of 0 and 1 it fails: {_next_step(problem).message}")
    edge, edge_note = _one_number(out, f"What {name} returned for predictions near 0 and 1")
    if edge is None:
        return edge_note
    want = _cross_entropy(A, Y)
    if close(edge, want):
        other = more_cases(compute_cost, _COST_CASES, _cross_entropy, same_number,
                           _COST_LOOK_AT)
        return other or passed(f"{name} is right: {got:.6f} at ordinary predictions, "
                               f"{edge:.6f} at predictions within 1e-9 of 0 and 1, and on "
                               f"other numbers of samples.{note}")
    eps_cost = _naive_cost(A, Y, eps=1e-5)
    which = "eps = 1e-5 (the source post's value)" if close(edge, eps_cost) else \
        "an eps, or a clip of A,"
    return wrong(f"{name} is right for predictions like 0.3, but not for predictions within "
                 f"1e-9 of 0 and 1: {which} inside the logs changes the loss there. It returns "
                 f"{edge:.6f} there, not {want:.6f}. A is never exactly 0 or 1 in this "
                 f"exercise: remove it and use np.log(A), np.log(1 - A).")
