"""Lesson 01's self-checks: sigmoid, its derivative, and predict.

Imports the shared machinery (.common) and logreg_core; never another lesson's module.
"""

import numpy as np

import logreg_core as core

from .common import (
    NOT_ATTEMPTED,
    WRONG,
    _Z01,
    CheckResult,
    _unfilled_stub_inside,
    _with_next_step,
    call_learner,
    close,
    learner_check,
    more_cases,
    same_numbers,
    passed,
    wrong,
)

_rng = np.random.default_rng(101)
# further inputs, none of them a notebook variable: the exercise says z may be a plain
# number or an array of any shape
_ELEMENTWISE_CASES = [
    ("z is a plain Python number", (0.5,)),
    ("z is a 0-d numpy array", (np.array(-2.0),)),
    ("z holds integers", (np.array([[-3, 0, 2]]),)),
    ("z is a flat array of 3 values", (np.array([-1.5, 0.25, 3.0]),)),
    ("z has shape (3, 1, 2)", (_rng.uniform(-6, 6, size=(3, 1, 2)),)),
]
_ELEMENTWISE_LOOK_AT = ("Look for code that works for one kind of input only: z.shape, "
                        "np.zeros(z.shape), a loop over z, or indexing z. z may be a plain "
                        "number or an array of any shape: compute on it as a whole.")

# what numpy and math say when code written for one number meets an array
_SCALAR_ONLY = ("size-1 arrays", "length-1 arrays", "0-dimensional arrays can be converted",
                "truth value of an array", "only integer scalar arrays")

_MATRIX_PRODUCT = ("@ and np.dot are matrix products: they multiply and add up rows and "
                   "columns. Use * to multiply number by number")


def _known_error(problem, name):
    """A CheckResult naming the cause of a learner's exception we recognise, else None."""
    text = problem.message
    if "bitwise_xor" in text:
        return wrong(f"{name} uses ^, which in Python is not a power (it is XOR, an operation "
                     f"on the bits of whole numbers). Write e^(-z) as np.exp(-z), and any "
                     f"other power with **, then run this check again.")
    if "aligned" in text or "matmul" in text:
        return wrong(f"{name} multiplies arrays with @ or np.dot, which fails here ("
                     f"{text.split(' raised ', 1)[-1]}). {_MATRIX_PRODUCT}, then run this "
                     f"check again.")
    return None


def _run_elementwise(fn, expected):
    """Run fn on the (2, 5) test array; catch scalar-only code and shape mistakes.

    Returns (out, None) with out a float array shaped like expected, or (None, CheckResult).
    """
    name = getattr(fn, "__name__", "your function")
    out, problem = call_learner(fn, _Z01)
    if problem is not None:
        if problem.status == WRONG:
            known = _known_error(problem, name)
            if known is not None:
                return None, known
            one, scalar_problem = call_learner(fn, 0.5)
            if scalar_problem is None and np.ndim(one) == 0 and any(
                    sign in problem.message for sign in _SCALAR_ONLY):
                return None, wrong(
                    f"{name} works for one number but fails for an array: it is scalar-only. "
                    f"math.exp, float(...) or an `if` on z handle one number at a time (here: "
                    f"{problem.message}). Use np.exp, and np.where for branches, so it works "
                    f"elementwise on a whole array at once.")
        return None, _with_next_step(problem, name)
    if isinstance(out, (list, tuple)):
        kind = "list" if isinstance(out, list) else "tuple"
        return None, wrong(
            f"{name} returned a Python {kind}, not a numpy array. A {kind} cannot do "
            f"arithmetic elementwise, so later code breaks: return the numpy array itself "
            f"(no list comprehension, no list(...) or .tolist()).")
    try:
        out = np.asarray(out, dtype=float)
    except (TypeError, ValueError):
        return None, wrong(f"{name} returned {type(out).__name__}, not numbers. Return a "
                           f"numpy array of floats, one value per element of z.")
    if out.shape != expected.shape:
        if out.ndim == 0:
            return None, wrong(
                f"{name} returned a single number for an input array of shape "
                f"{expected.shape}. It must return one value per element: work on the "
                f"whole array with np.exp, with no float(...) or z[0] and no loop over a scalar.")
        if out.ndim == 2 and out.shape[0] == out.shape[1]:
            return None, wrong(f"{name} returned shape {out.shape} for an input of shape "
                               f"{expected.shape}: did you use @ or np.dot? "
                               f"{_MATRIX_PRODUCT}, then run this check again.")
        return None, wrong(f"{name} returned shape {out.shape} for an input of shape "
                           f"{expected.shape}; it must keep the input's shape. Do not flatten, "
                           f"reshape or index z: compute on the whole array, then run this "
                           f"check again.")
    return out, None


def _worst(out, expected):
    """A sentence naming the z where out is furthest from expected."""
    i = np.unravel_index(np.argmax(np.abs(out - expected)), expected.shape)
    return (f"at z = {_Z01[i]:.2f} it returned {out[i]:.6f}, the right value is "
            f"{expected[i]:.6f}")


@learner_check
def check_sigmoid(fn):
    """Self-check for lesson 01's sigmoid: compares with logreg_core.sigmoid.

    Diagnoses scalar-only code, a wrong shape, a flipped sign 1/(1 + e^z), whole-number
    output (floor division // or int), and nan at z = +-1000; hints at overflow warnings.
    """
    expected = core.sigmoid(_Z01)
    out, problem = _run_elementwise(fn, expected)
    if problem is not None:
        return problem
    if close(out, expected):
        return _sigmoid_extremes(fn)
    if close(out, core.sigmoid(-_Z01)):
        return wrong("sigmoid has the sign flipped: it computes sigma(-z) = 1 - sigma(z), "
                     "which falls as z grows. Either the minus sign in np.exp(-z) is missing, "
                     "or the top of the fraction is e^(-z) instead of 1. Write "
                     "1 / (1 + np.exp(-z)), run the cell, then run this check again.")
    if close(out, 1 + np.exp(-_Z01)):
        return wrong("sigmoid computes 1 + e^(-z): 1 / 1 + np.exp(-z) is (1/1) + e^(-z), "
                     "because / goes before +. Put the sum in brackets: "
                     "1 / (1 + np.exp(-z)).")
    if close(out, 1 + np.exp(_Z01)):
        return wrong("sigmoid computes 1 + e^(z): 1 / 1 + np.exp(z) is (1/1) + e^(z), and "
                     "the minus sign is missing too. Write 1 / (1 + np.exp(-z)).")
    with np.errstate(all="ignore"):
        one_minus = 1 / (1 - np.exp(-_Z01))
    if close(out, one_minus):
        return wrong("sigmoid computes 1 / (1 - e^(-z)): the bottom of the fraction has a "
                     "minus where it needs a plus. Write 1 / (1 + np.exp(-z)), then run this "
                     "check again.")
    if np.all(out == np.round(out)):
        return wrong("sigmoid returned only whole numbers (" + _worst(out, expected) + "). "
                     "Did you use floor division // or int(...)? Use / for true division, "
                     "then run this check again.")
    if np.all(np.isfinite(out)) and np.max(np.abs(out - expected)) < 0.01:
        return wrong("sigmoid is nearly right but not exact (" + _worst(out, expected) + "). "
                     "Did you round the result, or write e as 2.7 or 2.718? Use np.exp(-z) "
                     "and do not round, then run this check again.")
    return wrong("sigmoid gives wrong values: " + _worst(out, expected) + ". Compare your "
                 "formula with 1 / (1 + np.exp(-z)), fix it, then run this check again.")


def _sigmoid_extremes(fn):
    """After a correct answer on moderate z: nan at +-1000 is wrong, a warning is a hint."""
    big = np.array([-1000.0, 1000.0])
    out, problem = call_learner(fn, big)
    if problem is not None:
        advice = (" math.exp cannot return inf (it raises instead); np.exp returns inf, and "
                  "1/(1 + inf) = 0 is the right limit." if "OverflowError" in problem.message
                  else "")
        return wrong(f"sigmoid is right for moderate z but fails for z = [-1000, 1000]: "
                     f"{problem.message.rstrip('.')}.{advice} "
                     f"{'Use np.exp' if advice else 'Make it work for large |z| too'}, then "
                     f"run this check again.")
    if not close(out, [0.0, 1.0]):
        shown = np.array2string(np.asarray(out, dtype=float), precision=3)
        return wrong(f"sigmoid is right for moderate z but gives {shown} for z = [-1000, "
                     f"1000] instead of [0, 1]. Avoid dividing e^z by 1 + e^z: inf/inf is nan.")
    overflow = False
    with np.errstate(all="ignore", over="raise"):
        try:
            fn(big.copy())
        except FloatingPointError:
            overflow = True
        except Exception:  # noqa: BLE001 - any other failure was reported above
            pass
    other = more_cases(fn, _ELEMENTWISE_CASES, core.sigmoid, same_numbers, _ELEMENTWISE_LOOK_AT)
    if other is not None:
        return other
    message = "sigmoid matches logreg_core.sigmoid, for numbers and arrays of any shape."
    if overflow:
        message += (" Optional hint: for z = -1000 it overflows in exp (numpy warns "
                    "'overflow encountered in exp'); the answer is still right, but "
                    "logreg_core.sigmoid only ever evaluates exp(-|z|) and never warns.")
    return passed(message)


@learner_check
def check_sigmoid_derivative(fn):
    """Self-check for lesson 01's sigmoid_derivative: compares with the core's.

    Diagnoses scalar-only code, a wrong shape, s(1 + s) for s(1 - s), the formula applied
    to z instead of s = sigmoid(z), returning sigmoid(z) itself, a flipped sign, and a
    derivative that calls a sigmoid whose stub is still unfilled.
    """
    expected = core.sigmoid_derivative(_Z01)
    inner = _unfilled_stub_inside(fn)
    if inner is not None:
        return CheckResult(NOT_ATTEMPTED, (
            f"sigmoid_derivative raised NotImplementedError from inside {inner}(), which it "
            f"calls: {inner} is still the unfilled stub. Fill in {inner} first, run its "
            f"cell, then run this check again."))
    out, problem = _run_elementwise(fn, expected)
    if problem is not None:
        return problem
    if close(out, expected):
        return more_cases(fn, _ELEMENTWISE_CASES, core.sigmoid_derivative, same_numbers,
                          _ELEMENTWISE_LOOK_AT) or passed(
            "sigmoid_derivative matches sigma(z)(1 - sigma(z)); its maximum is 1/4, at "
            "z = 0.")
    s = core.sigmoid(_Z01)
    if close(out, s * (1 + s)):
        return wrong("sigmoid_derivative computes s(1 + s); the derivative is s(1 - s) "
                     "with s = sigmoid(z). Check the sign inside the bracket.")
    if close(out, _Z01 * (1 - _Z01)):
        return wrong("sigmoid_derivative computes z(1 - z): the formula was applied to z "
                     "itself. First compute s = sigmoid(z), then return s * (1 - s).")
    if close(out, s):
        return wrong("sigmoid_derivative returns sigmoid(z) itself, not its slope. "
                     "Return s * (1 - s) with s = sigmoid(z).")
    if close(out, -expected):
        return wrong("sigmoid_derivative has the wrong sign: it returns -s(1 - s). The "
                     "sigmoid rises everywhere, so its slope is positive: s * (1 - s).")
    if close(out, np.zeros_like(out)):
        return wrong("sigmoid_derivative returns 0 everywhere: s * 1 - s is (s * 1) - s = 0, "
                     "because * goes before -. Put brackets around the second factor: "
                     "s * (1 - s), then run this check again.")
    if close(out, 1 - s):
        return wrong("sigmoid_derivative returns 1 - s, only the second factor. Multiply it "
                     "by s = sigmoid(z): s * (1 - s), then run this check again.")
    if close(out, s * (1 - _Z01)):
        return wrong("sigmoid_derivative computes s * (1 - z): the second factor uses z "
                     "where it needs s. Return s * (1 - s), then run this check again.")
    return wrong("sigmoid_derivative gives wrong values: " + _worst(out, expected) + ". "
                 "Compute s = sigmoid(z) first, return s * (1 - s), then run this check "
                 "again.")


def _predict_case():
    """W (2, 1), b = 0.5, X (2, 7) with the right predictions known exactly.

    The logits z = 2 x1 - x2 + 0.5 are [0, 2, -1.5, 0.25, 1.5, 3.5, -2]: sample 0 lies exactly
    on the boundary (a = 0.5, predicted 0), and sample 3 (z = 0.25) becomes 0 without + b.
    n = 2 and m = 7 differ, so W @ X (no transpose) fails and shape mistakes show.
    """
    W = np.array([[2.0], [-1.0]])
    X = np.array([[0.25, 1.0, -1.0, 0.0, 0.0, 2.0, -0.5],
                  [1.0, 0.5, 0.0, 0.25, -1.0, 1.0, 1.5]])
    return W, 0.5, X


def _random_predict_case(n, m, rng):
    return rng.normal(size=(n, 1)), float(rng.normal()), rng.normal(size=(n, m))


_rng_predict = np.random.default_rng(102)
_PREDICT_CASES = [
    ("n = 1 feature, m = 3 samples", _random_predict_case(1, 3, _rng_predict)),
    ("n = 3 features, m = 7 samples", _random_predict_case(3, 7, _rng_predict)),
    ("n = 7 features, m = 1 sample", _random_predict_case(7, 1, _rng_predict)),
    ("X holds integers, b is 0-d array", (np.array([[1.0], [-2.0], [0.5]]), np.array(0.25),
                                          np.array([[1, 0, 2, -1], [0, 1, 1, 0],
                                                    [3, -2, 0, 1]]))),
]
_PREDICT_LOOK_AT = ("Look for a size that is fixed in your code (two features, or the "
                    "notebook's m) instead of read from X: W.T @ X + b works for any n and m.")


def _right_predictions(W, b, X):
    return (core.sigmoid(W.T @ X + b) > 0.5).astype(int)


def _same_predictions(out, expected):
    return (isinstance(out, np.ndarray) and out.dtype.kind in "iu"
            and out.shape == expected.shape and np.array_equal(out, expected))


def _as_numbers(out):
    """out as a float array, or None when it is not numbers."""
    try:
        arr = np.asarray(out)
        if arr.dtype.kind not in "biuf":
            return None
        return arr.astype(float)
    except (TypeError, ValueError):
        return None


@learner_check
def check_predict(fn):
    """Self-check for lesson 01's predict(W, b, X) -> (1, m) integer array of 0/1.

    Diagnoses a forgotten + b, >= instead of > (a sample lies exactly on the boundary),
    probabilities or logits instead of 0/1, floats or booleans instead of integers, a
    Python list, shapes (m,), (m, 1) and (n, m), W @ X without the transpose, and
    flipped classes (< 0.5).
    """
    W, b, X = _predict_case()
    (n, m), name = X.shape, getattr(fn, "__name__", "predict")
    Z = W.T @ X + b
    A = core.sigmoid(Z)
    expected = (A > 0.5).astype(int)
    inner = _unfilled_stub_inside(fn, W, b, X)
    if inner is not None:
        return CheckResult(NOT_ATTEMPTED, (
            f"{name} raised NotImplementedError from inside {inner}(), which it calls: "
            f"{inner} is still the unfilled stub. Fill in {inner} first (or use "
            f"core.sigmoid), run its cell, then run this check again."))
    out, problem = call_learner(fn, W, b, X)
    if problem is not None:
        text = problem.message
        said = f"(numpy said: {text.split(' raised ', 1)[-1]})"
        if "matmul" in text or "aligned" in text:
            return wrong(f"{name} failed: W @ X multiplies W ({n}, 1) by X ({n}, {m}), which "
                         f"do not fit {said}. Transpose W: W.T @ X is (1, {n}) @ ({n}, {m}) "
                         f"= (1, {m}).")
        if "broadcast" in text:
            return wrong(f"{name} failed: * multiplies element by element and does not add "
                         f"up the features {said}. Use @ for the weighted sum: W.T @ X + b.")
        if "truth value of an array" in text:
            return wrong(f"{name} uses `if` on the whole array of probabilities {said}. An "
                         f"`if` needs one True or False, but A holds {m} of them: compare the "
                         f"whole array at once, (A > 0.5).astype(int), with no `if`.")
        return _with_next_step(problem, name)
    if isinstance(out, (list, tuple)):
        kind = "list" if isinstance(out, list) else "tuple"
        arr = _as_numbers(out)
        right = arr is not None and arr.shape == expected.shape and np.all(arr == expected)
        return wrong(f"{name} returned a Python {kind}, not a numpy array"
                     f"{' (its values are right)' if right else ''}. Keep the numpy array: "
                     f"(A > 0.5).astype(int) has shape (1, m) already, with no loop or list.")
    arr = _as_numbers(out)
    if arr is None:
        return wrong(f"{name} returned {type(out).__name__}, not numbers. Return a numpy "
                     f"array of 0s and 1s with shape (1, {m}).")
    if arr.ndim == 0:
        return wrong(f"{name} returned a single number; it must return one prediction per "
                     f"sample, an array of shape (1, {m}) for the {m} samples of X.")
    if arr.shape != (1, m):
        if arr.shape == (m,):
            fix = (f"a flat array of shape ({m},). Keep the (1, m) row that W.T @ X gives, "
                   f"or add .reshape(1, -1).")
        elif arr.shape == (m, 1):
            fix = (f"a column of shape ({m}, 1): probably X.T @ W. Use W.T @ X, which "
                   f"gives a row of shape (1, {m}).")
        elif arr.shape == (n, m):
            fix = (f"shape ({n}, {m}), one value per feature and sample: did you use * "
                   f"where you need @? W.T @ X adds up w_i x_i over the features.")
        else:
            fix = f"shape {arr.shape}."
        return wrong(f"{name} must return shape (1, {m}), one prediction per sample; it "
                     f"returned {fix}")
    if not np.all(np.isin(arr, (0, 1))):
        if close(arr, A):
            return wrong(f"{name} returned the probabilities a = sigmoid(z), not 0/1 "
                         f"predictions. Turn them into 0s and 1s: (A > 0.5).astype(int).")
        if close(arr, Z):
            return wrong(f"{name} returned z = W.T @ X + b itself, not 0/1 predictions. "
                         f"Compute A = sigmoid(z), then (A > 0.5).astype(int).")
        return wrong(f"{name} must return only 0s and 1s; it returned "
                     f"{np.array2string(arr, precision=3)}. Use (A > 0.5).astype(int).")
    if np.array_equal(arr, expected):
        kind = np.asarray(out).dtype.kind
        if kind == "b":
            return wrong(f"{name} returned booleans (True/False), not the integers 0 and 1 "
                         f"(the values are right). Add .astype(int): (A > 0.5).astype(int).")
        if kind == "f":
            return wrong(f"{name} returned floats (0.0 and 1.0), not integers (the values "
                         f"are right). The rule is integer 0/1: add .astype(int).")
        return more_cases(fn, _PREDICT_CASES, _right_predictions, _same_predictions,
                          _PREDICT_LOOK_AT) or passed(
            f"{name} is right: {expected.tolist()[0]}, a (1, {m}) integer array, the same "
            f"as logreg_core.predict (and on other numbers of features and samples).")
    boundary = int(np.flatnonzero(Z[0] == 0)[0])
    if np.array_equal(arr, (A >= 0.5).astype(int)):
        return wrong(f"{name} uses >= 0.5 where the rule is > 0.5: sample {boundary} has "
                     f"z = 0, so a = 0.5 exactly, and it must be predicted 0. Use A > 0.5.")
    if np.array_equal(arr, (core.sigmoid(W.T @ X) > 0.5).astype(int)):
        return wrong(f"{name} gives the predictions of W.T @ X with no bias: did you forget "
                     f"+ b, write - b, or compare z itself with 0.5? Compute "
                     f"A = sigmoid(W.T @ X + b), then (A > 0.5).astype(int).")
    if np.array_equal(arr, (A < 0.5).astype(int)) or np.array_equal(arr, 1 - expected):
        return wrong(f"{name} has the classes flipped: it predicts 1 where a < 0.5. Predict "
                     f"1 where the probability is above one half: A > 0.5.")
    if not np.any(arr):
        return wrong(f"{name} predicts 0 for every sample. If you wrote A.astype(int): it "
                     f"cuts off the decimals, so a = 0.88 becomes 0. Compare with 0.5 first: "
                     f"(A > 0.5).astype(int).")
    bad = np.flatnonzero(arr[0] != expected[0])
    i = int(bad[0])
    return wrong(f"{name} gets {len(bad)} of {m} predictions wrong: sample {i} has "
                 f"z = {Z[0, i]:.2f}, a = {A[0, i]:.3f}, so the prediction is "
                 f"{expected[0, i]}, but it returned {arr[0, i]:g}. Compute "
                 f"A = sigmoid(W.T @ X + b), then (A > 0.5).astype(int).")
