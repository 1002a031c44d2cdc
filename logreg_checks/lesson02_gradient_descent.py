"""Lesson 02's self-check: gradient_descent in one dimension.

Lesson 02: the learner's gradient_descent(df, w0, learning_rate, num_steps) returns the
np.array of the num_steps + 1 values w0, w1, ..., w_num_steps of w <- w - rate * df(w).
The check uses its own bowl, g(w) = 2 (w - 1)^2, different from the lesson's bowl f(w) =
(w - 3)^2 + 1, so code that calls the notebook's f or df is recognised.

Imports the shared machinery (.common) and logreg_core; never another lesson's module.
"""

import numpy as np

import logreg_core as core

from .common import (
    WRONG,
    _with_next_step,
    call_learner,
    close,
    learner_check,
    more_cases,
    same_numbers,
    passed,
    wrong,
)

DESCENT_CASE = {"w0": 4.0, "learning_rate": 0.1, "num_steps": 5}


def _case_slope(w):
    """the slope df(w) = 4 (w - 1)"""
    return 4.0 * (w - 1.0)


def _lesson_bowl(w):
    """The lesson's bowl f(w) = (w - 3)^2 + 1, as the notebook defines it."""
    return (w - 3.0) ** 2 + 1.0


def _lesson_bowl_slope(w):
    return 2.0 * (w - 3.0)


def _lesson_neuron_slope(w):
    """The notebook's dJ: the one-feature neuron's slope dJ/dw with b = -2 held fixed."""
    X_train, Y_train, _, _ = core.toy_dataset()
    grads, _ = core.propagate(np.array([[w]]), -2.0, X_train[:1], Y_train)
    return float(grads["dW"][0, 0])


def _descent(w0, num_steps, step):
    """[w0, w1, ...] where w_{k+1} = step(w_k, k)."""
    ws = [w0]
    for k in range(num_steps):
        ws.append(step(ws[-1], k))
    return np.array(ws)


def _descent_mistakes(w0, rate, n):
    """(right path, [(wrong path, what the mistake is, what to do)]) for the check's case."""
    df = _case_slope

    def run(step, steps=n, start=w0):
        return _descent(start, steps, step)

    right = run(lambda w, k: w - rate * df(w))
    w1 = right[1]
    rule = "w = w - learning_rate * df(w) inside the loop."
    mistakes = [
        (run(lambda w, k: w + rate * df(w)),
         "your w climbs uphill: the update adds the slope (w + learning_rate * df(w)). "
         "Gradient descent steps against the slope.", "Use a minus sign: " + rule),
        (np.array([w0] + [w1] * n),
         "w never moves on: after the first step every value is w1, so each step "
         "starts again from w0.", "Update w itself: " + rule),
        (np.full(n + 1, w0),
         "every value is w0. Either w never changes (the update line needs `w = ` in "
         "front), or the list collects w0 again and again instead of the new w.",
         "Write w = w - learning_rate * df(w), then append w."),
        (run(lambda w, k: w - rate * df(w0)),
         "the slope is always taken at the start: df(w0) instead of df(w).",
         "Call df on the current w: " + rule),
        (run(lambda w, k: w - df(w) / rate),
         "you divide the slope by the learning rate instead of multiplying by it.",
         "Multiply: " + rule),
        (run(lambda w, k: w - rate * rate * df(w)),
         "the learning rate is applied twice: each step is learning_rate² times the slope.",
         "Multiply by the learning rate once: " + rule),
        (run(lambda w, k: w - df(w)),
         "the learning rate is missing: each step is the whole slope, df(w).",
         "Multiply the slope by it: " + rule),
        (run(lambda w, k: w - rate * _lesson_bowl(w)),
         "your code uses f(w), the height of the notebook's bowl, instead of the slope "
         "df(w) it is given.", "Use the df argument: " + rule),
        (run(lambda w, k: w - rate * _lesson_bowl_slope(w)),
         "your code uses the slope of the notebook's bowl, 2 * (w - 3), instead of calling "
         "the df it is given, so it only works for that one bowl.",
         "Call the function passed in as df: " + rule),
        (run(lambda w, k: w - rate * _lesson_neuron_slope(w)),
         "your code uses dJ, the neuron's slope from the notebook, instead of calling the "
         "df it is given.", "Call the function passed in as df: " + rule),
        (run(lambda w, k: -rate * df(w)),
         "your new w is only the step, learning_rate * df(w): the old w is missing from "
         "the update.", "Start from the old w: " + rule),
        (run(lambda w, k: rate * df(w)),
         "your new w is only the step, learning_rate * df(w): the old w and the minus sign "
         "are missing.", "Start from the old w: " + rule),
        (right[1:],
         "the array leaves out w0: it must start with the starting point.",
         "Put w0 in the array before the loop."),
        (right[:-1],
         "the last value is missing. Either the loop makes one step too few, or it appends "
         "w before the update line, so the newest w is never stored.",
         "Start with ws = [w0], loop with for _ in range(num_steps), and append w after "
         "the update line."),
        (np.concatenate([[w0], right[:-1]]),
         "w0 is in the array twice and the last w is missing: you append w before the "
         "update line, so every value is stored one step late.",
         "Append w after the line w = w - learning_rate * df(w)."),
        (run(lambda w, k: w - rate * df(w), n + 1),
         "one step too many: your loop makes num_steps + 1 steps.",
         "Loop with for _ in range(num_steps)."),
        (np.concatenate([[w0], right]),
         "w0 is in the array twice.", "Store w0 once, before the loop."),
        (right[:2],
         "only one step was made: is `return` inside the loop?",
         "Move the `return` line out of the loop (one indent less)."),
    ]
    return right, mistakes


def _slope_a(w):
    """the slope df(w) = 2 (w - 1.5)"""
    return 2 * (w - 1.5)


def _slope_b(w):
    """the slope df(w) = 2 (w - 1)"""
    return 2 * (w - 1)


# further cases: an integer start; a start at the bottom (slope 0 from the first step);
# a path that reaches the bottom after one step and stays there
_DESCENT_CASES = [
    ("w0 = 0 is an integer", (_slope_a, 0, 0.25, 3)),
    ("w0 = 1.0 is already at the bottom, where the slope is 0",
     (_case_slope, 1.0, 0.1, 4)),
    ("w reaches the bottom after one step, then stays there", (_slope_b, 5.0, 0.5, 4)),
]
_DESCENT_LOOK_AT = ("Look for code that depends on the values: an early stop or `break` "
                    "(the array must always hold num_steps + 1 values), or an array built "
                    "from w0 (np.full, np.zeros_like), which holds integers when w0 is an "
                    "integer. Start with ws = [w0] and append each new w.")


def _right_descent(df, w0, learning_rate, num_steps):
    return _descent(float(w0), num_steps, lambda w, k: w - learning_rate * df(w))


def _same_path(out, expected):
    return isinstance(out, np.ndarray) and out.ndim == 1 and same_numbers(out, expected)


def _as_path(out):
    """The learner's output as a 1-D float array, or None if it is not numbers."""
    if isinstance(out, (str, bytes, dict)):
        return None
    try:
        arr = np.asarray(out, dtype=float)
    except (TypeError, ValueError):
        return None
    return arr


def _descent_error(problem, name):
    """An error raised by the learner's gradient_descent, named when we know it."""
    text = problem.message
    if problem.status == WRONG and "'function'" in text and "TypeError" in text:
        return wrong(f"{name} uses df itself in a calculation, but df is a function: call "
                     f"it to get the slope. Write learning_rate * df(w), with (w), then run "
                     f"this check again.")
    if "'NoneType' object has no attribute 'append'" in text:
        return wrong(f"{name} writes ws = ws.append(w): append changes the list itself and "
                     f"gives back None, so ws becomes None. Write ws.append(w) on its own "
                     f"line, run its cell, then run this check again.")
    return _with_next_step(problem, name)


@learner_check
def check_gradient_descent(fn):
    """Self-check for lesson 02's gradient_descent(df, w0, learning_rate, num_steps).

    Runs it on the bowl g(w) = 2 (w - 1)^2 from w0 = 4 with rate 0.1 for 5 steps, and
    with 0 steps. Diagnoses climbing uphill (+), w never updated, the slope taken at w0,
    returning only the last w or a list, off-by-one lengths, using the notebook's f or
    df instead of the df argument, `return` inside the loop, dividing by the learning
    rate, the learning rate applied twice or left out, the old w left out of the update,
    appending before the update, df used without calling it, ws = ws.append(w), and an
    unassigned np.append.
    """
    c = DESCENT_CASE
    w0, rate, n = c["w0"], c["learning_rate"], c["num_steps"]
    out, problem = call_learner(fn, _case_slope, w0, rate, n)
    if problem is not None:
        return _descent_error(problem, getattr(fn, "__name__", "your function"))
    right, mistakes = _descent_mistakes(w0, rate, n)
    path = _as_path(out)
    if path is None:
        return wrong(f"gradient_descent returned a {type(out).__name__}, not numbers. "
                     f"Return only np.array(ws), the array of the values of w.")
    if path.ndim == 0 or path.size == 1:
        value = float(path.ravel()[0]) if np.all(np.isfinite(path)) else float("nan")
        if path.ndim == 1 and close(value, w0):
            return wrong("gradient_descent returned an array with only w0 in it: nothing "
                         "was added. np.append(ws, w) makes a new array and leaves ws as it "
                         "was: write ws = np.append(ws, w), or use a list and ws.append(w).")
        if close(value, right[-1]):
            return wrong(f"gradient_descent returned only the last w, one number. It must "
                         f"return all {n + 1} values w0, w1, ..., w{n}: collect them in a "
                         f"list and return np.array(ws).")
        if close(value, right[1]):
            return wrong(f"gradient_descent returned one number, w1, after one step: is "
                         f"`return` inside the loop? Move it out of the loop (one indent "
                         f"less) and return all {n + 1} values as an np.array.")
        return wrong(f"gradient_descent returned a single number; it must return an "
                     f"np.array of the {n + 1} values w0, w1, ..., w{n}.")
    if path.ndim != 1:
        if path.size == n + 1 and close(path.ravel(), right):
            return wrong(f"the values are right, but the array has shape {path.shape}; it "
                         f"must be flat, shape ({n + 1},). Return np.array(ws) of plain "
                         f"numbers (or call .ravel()).")
        return wrong(f"gradient_descent returned an array of shape {path.shape}; it must "
                     f"be a flat array of the {n + 1} values w0, ..., w{n}.")
    if not close(path, right):
        for wrong_path, what, todo in mistakes:
            if close(path, wrong_path):
                return wrong(f"{what} {todo}")
        if len(path) != n + 1:
            return wrong(f"gradient_descent returned {len(path)} values for num_steps = "
                         f"{n}; it must return num_steps + 1 = {n + 1}: w0 and the w after "
                         f"each step.")
        if close(path[:-1], right[:-1]):
            return wrong(f"all values are right except the last one, w{n}: your loop stops "
                         f"one step early (range(1, num_steps) misses the last step). Loop "
                         f"over range(1, num_steps + 1), or use range(num_steps) and append.")
        k = int(np.argmax(~np.isclose(path, right, rtol=1e-6, atol=1e-9)))
        if k == 0:
            return wrong(f"the first value must be the start w0 itself. With the check's "
                         f"w0 = {w0:g}, your first value is {path[0]:.6f}: put w0 in the "
                         f"array before the loop, and append only values of w.")
        return wrong(f"gradient_descent gives wrong values from w{k} on. On the check's "
                     f"bowl g(w) = 2 (w - 1)**2, df(w) = 4 (w - 1), from w0 = {w0:g} with "
                     f"learning rate {rate:g}: w{k} = {path[k]:.6f}, the right value is "
                     f"{right[k]:.6f}. Check the update w = w - learning_rate * df(w).")
    if not isinstance(out, np.ndarray):
        return wrong(f"the values are right, but gradient_descent returned a "
                     f"{type(out).__name__}, not a numpy array. Return np.array(ws).")
    zero, problem = call_learner(fn, _case_slope, w0, rate, 0)
    if problem is not None:
        return wrong(f"right for {n} steps, but with num_steps = 0: {problem.message}")
    if not (isinstance(zero, np.ndarray) and close(np.ravel(zero), [w0])
            and np.ndim(zero) == 1):
        return wrong(f"right for {n} steps, but with num_steps = 0 it must return "
                     f"np.array([w0]): no steps, only the start (it returned a "
                     f"{type(zero).__name__}). Make sure w0 goes "
                     f"into the array before the loop.")
    other = more_cases(fn, _DESCENT_CASES, _right_descent, _same_path, _DESCENT_LOOK_AT)
    if other is not None:
        return other
    return passed(f"gradient_descent returns the {n + 1} values w0, ..., w{n} of "
                  f"w <- w - learning_rate * df(w), as a numpy array.")
