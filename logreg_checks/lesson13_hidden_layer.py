"""Lesson 13's self-check: the backward pass of a network with one hidden layer.

The learner writes backward_pass(X, Y, W2, A1, A2) -> {"dW1", "db1", "dW2", "db2"}.
The check runs it on its own cases (h = 3, 1 and 7 hidden neurons, other numbers of
features and samples than the lesson's), compares with logreg_network, and names a
mistake only when the returned values equal that mistake's values exactly.

Imports the shared machinery (.common), logreg_network and logreg_core; never another
lesson's module.
"""

import numpy as np

import logreg_network as net

from .common import _number, _with_next_step, call_learner, close, passed, wrong

# (hidden neurons h, features n, samples m, seed): h = 3 first, so shape slips show
BACKWARD_CASES = ((3, 2, 5, 31), (1, 3, 7, 32), (7, 4, 6, 33))
KEYS = ("dW1", "db1", "dW2", "db2")


def backward_case(h, n, m, seed):
    """Inputs of backward_pass for a random network: X (n, m), Y (1, m) with both
    labels, W2 (1, h), A1 (h, m) and A2 (1, m) from logreg_network.forward. Read-only."""
    rng = np.random.default_rng(seed)
    params = net.initialize_network(n, h, rng, scale=1.5)
    params["b1"] = rng.normal(size=(h, 1))
    params["W2"] = rng.normal(size=(1, h)) * 1.5
    X = rng.normal(size=(n, m))
    Y = (np.arange(m) % 2).reshape(1, m)[:, rng.permutation(m)]
    _, cache = net.forward(params, X)
    arrays = (X, Y, params["W2"], cache["A1"], cache["A2"])
    for a in arrays:
        a.setflags(write=False)
    return arrays


def _grads(X, Y, W2, A1, A2, *, dZ2=None, slope=None, W2_back=None):
    """The four gradients by the chain rule, with any one step replaced."""
    m = X.shape[1]
    dZ2 = A2 - Y if dZ2 is None else dZ2
    slope = 1 - A1 ** 2 if slope is None else slope
    back = W2.T @ dZ2 if W2_back is None else W2_back
    dZ1 = back * slope
    return {"dW1": dZ1 @ X.T / m, "db1": np.sum(dZ1, axis=1, keepdims=True) / m,
            "dW2": dZ2 @ A1.T / m, "db2": float(np.sum(dZ2) / m)}


def right_answer(X, Y, W2, A1, A2):
    """The reference: logreg_network's backward pass from the same cache."""
    return net._backward({"W2": W2}, X, Y, {"A1": A1, "A2": A2})


# Known mistakes: (tag, the gradients they give, what to say)
def _mistakes(X, Y, W2, A1, A2):
    return [
        ("no tanh slope", _grads(X, Y, W2, A1, A2, slope=1.0),
         "dZ1 misses the derivative of tanh: multiply W2.T @ dZ2 by (1 - A1 ** 2), "
         "element by element."),
        ("sigmoid slope", _grads(X, Y, W2, A1, A2, slope=A1 * (1 - A1)),
         "dZ1 uses the sigmoid's derivative A1 * (1 - A1), but the hidden layer uses tanh: "
         "its derivative is 1 - A1 ** 2."),
        ("slope not squared", _grads(X, Y, W2, A1, A2, slope=1 - A1),
         "dZ1 uses (1 - A1) where the derivative of tanh is 1 - A1 ** 2: square A1."),
        ("slope from A2", _grads(X, Y, W2, A1, A2, slope=1 - A2 ** 2),
         "dZ1 uses 1 - A2 ** 2: the slope belongs to the hidden layer, 1 - A1 ** 2."),
        ("sign", _grads(X, Y, W2, A1, A2, dZ2=Y - A2),
         "Every gradient has the wrong sign: dZ2 = A2 - Y (the prediction minus the "
         "label), as in lesson 04."),
        ("dZ2 = A2", _grads(X, Y, W2, A1, A2, dZ2=A2),
         "dZ2 forgets the labels: dZ2 = A2 - Y."),
    ]


def _to_grads(name, out, h, n):
    """The four gradients as arrays of the right shapes, or (None, CheckResult)."""
    if isinstance(out, (tuple, list)) and len(out) == 4:
        return None, wrong(f"{name} returned {len(out)} values; return them in a dict, "
                           f"return {{'dW1': dW1, 'db1': db1, 'dW2': dW2, 'db2': db2}}.")
    if not isinstance(out, dict):
        return None, wrong(f"{name} returned {type(out).__name__}; return a dict "
                           f"{{'dW1': dW1, 'db1': db1, 'dW2': dW2, 'db2': db2}}.")
    missing = [k for k in KEYS if k not in out]
    if missing:
        return None, wrong(f"The dict {name} returned has no {missing}; it needs the keys "
                           f"'dW1', 'db1', 'dW2' and 'db2'.")
    got = {}
    shapes = {"dW1": (h, n), "db1": (h, 1), "dW2": (1, h)}
    like = {"dW1": "W1 (hidden neurons by features)", "db1": "b1 (one per hidden neuron)",
            "dW2": "W2 (one per hidden neuron)"}
    for key, shape in shapes.items():
        try:
            arr = np.asarray(out[key], dtype=float)
        except (TypeError, ValueError):
            return None, wrong(f"{key} must be a numpy array of shape {shape}; {name} "
                               f"returned {type(out[key]).__name__}.")
        if arr.shape != shape:
            if arr.shape == shape[::-1] and shape[0] != shape[1]:
                fix = {"dW1": "dZ1 @ X.T / m", "db1": "np.sum(dZ1, axis=1, keepdims=True) / m",
                       "dW2": "dZ2 @ A1.T / m"}[key]
                return None, wrong(f"{key} has shape {arr.shape}, the transpose of {shape}, "
                                   f"the shape of {like[key]}. Use {fix}.")
            hint = (" Sum over the samples only: np.sum(dZ1, axis=1, keepdims=True) / m."
                    if key == "db1" else "")
            return None, wrong(f"{key} must have shape {shape}, the shape of {like[key]}; "
                               f"{name} returned shape {arr.shape}.{hint}")
        got[key] = arr
    got["db2"] = _number(out["db2"])
    if got["db2"] is None:
        return None, wrong(f"db2 must be one number, np.sum(dZ2) / m; {name} returned "
                           f"{type(out['db2']).__name__} of shape {np.shape(out['db2'])}.")
    return got, None


def _transposed_W2(message, h, m):
    """True when the learner's error is numpy's for a (1, h) row times a (1, m) row."""
    try:
        np.ones((1, h)) @ np.ones((1, m))
    except ValueError as exc:
        return str(exc) in message
    return False


def _same(got, want, keys=KEYS):
    return all(close(got[k], want[k]) for k in keys)


def _diagnose(name, got, inputs):
    X, Y, W2, A1, A2 = inputs
    m = X.shape[1]
    want = right_answer(*inputs)
    for _, values, say in _mistakes(*inputs):
        if _same(got, values):
            return wrong(say + " Fix that line, run its cell, then run this check again.")
    bad = [k for k in KEYS if not close(got[k], want[k])]
    # one factor for every wrong gradient: a missing 1/m, or another m than X.shape[1]
    ratios = {k: float(np.ravel(got[k])[0] / np.ravel(want[k])[0])
              for k in bad if np.ravel(want[k])[0] != 0}
    for k, c in ratios.items():
        if not close(got[k], c * np.asarray(want[k])):
            break
    else:
        if ratios and close(list(ratios.values()), [ratios[bad[0]]] * len(ratios)):
            c, which = ratios[bad[0]], " and ".join(bad)
            if close(c, m):
                return wrong(f"{which} {'is' if len(bad) == 1 else 'are'} m = {m} times too "
                             f"large: divide by m = X.shape[1] (the mean over the samples).")
            k = m / c
            if abs(k - round(k)) < 1e-9 and round(k) != m and round(k) > 0:
                return wrong(f"{which} divide{'s' if len(bad) == 1 else ''} by {round(k)}, "
                             f"not by m = X.shape[1] = {m}, the number of samples in this X: "
                             f"is m a variable from an earlier cell? Write m = X.shape[1] "
                             f"inside the function.")
    first = bad[0]
    if first in ("dW2", "db2"):
        hint = "dZ2 = A2 - Y; dW2 = dZ2 @ A1.T / m; db2 = np.sum(dZ2) / m."
    else:
        hint = "dZ1 = (W2.T @ dZ2) * (1 - A1 ** 2); dW1 = dZ1 @ X.T / m; db1 sums dZ1 over axis 1."
    shown = np.array2string(np.asarray(got[first]), precision=4)
    expected = np.array2string(np.asarray(want[first]), precision=4)
    return wrong(f"{first} is not right ({', '.join(bad)} differ). Check this step: {hint} "
                 f"With h = {W2.shape[1]}, m = {m}: got {first} = {shown}, expected {expected}.")


def check_backward_pass(fn):
    """Self-check for lesson 13: fn(X, Y, W2, A1, A2) -> {"dW1", "db1", "dW2", "db2"},
    the gradients of the mean cross-entropy of a tanh hidden layer and a sigmoid output.

    Runs on BACKWARD_CASES (h = 3, 1, 7) with read-only inputs. Names: a missing tanh
    derivative, the sigmoid's derivative for tanh's, 1 - A1 for 1 - A1 ** 2, the slope
    of A2, the sign of dZ2, the labels forgotten, a missing 1/m (or another m), W2
    where W2.T is needed, transposed or wrongly shaped gradients, a tuple for a dict.
    """
    name = getattr(fn, "__name__", "your function")
    done = []
    for h, n, m, seed in BACKWARD_CASES:
        inputs = backward_case(h, n, m, seed)
        out, problem = call_learner(fn, *inputs)
        if problem:
            if " raised " in problem.message and _transposed_W2(problem.message, h, m):
                return wrong(f"{name} multiplies W2 (shape (1, {h})) by a (1, {m}) array such "
                             f"as dZ2: the chain rule needs the transpose, W2.T @ dZ2, "
                             f"which has shape ({h}, {m}) like A1. Fix that line, run its "
                             f"cell, then run this check again.")
            return _with_next_step(problem, name)
        got, problem = _to_grads(name, out, h, n)
        if problem:
            return problem
        if not _same(got, right_answer(*inputs)):
            return _diagnose(name, got, inputs)
        done.append((h, n, m))
    cases = ", ".join(f"h = {h} (n = {n}, m = {m})" for h, n, m in done)
    return passed(f"{name} is right: all four gradients match backpropagation for {cases}.")
