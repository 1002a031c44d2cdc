"""Self-checks for the lessons' "Your turn" exercises.

Each check takes the learner's function, runs it on inputs where the right answer is
known (from logreg_core), and returns a CheckResult. Its status is one of
NOT_ATTEMPTED (the stub still raises NotImplementedError), PASSED, or WRONG (a written
function that returns None is WRONG: it forgot its `return`). The message names the
mistake when it recognises one ("missing 1/m", "transposed dW", ...) instead of only
saying that something is wrong. Shown as the last expression of a cell, a CheckResult
prints its message.
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


def forgot_return(what):
    return CheckResult(WRONG, f"{what} returns None: did you forget `return`? Add a `return` "
                              f"line at the end of the function (print only shows a value; "
                              f"return hands it back), run its cell, then run this check "
                              f"again.")


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
    (NotImplementedError: "not attempted"), the function returned None (a written
    function that forgot `return`), or the code raised; the learner's exception is
    described, not re-raised, so the check itself never crashes the notebook.
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
        return None, forgot_return(name)
    return out, None


def close(a, b, rtol=1e-6, atol=1e-9):
    """True when a and b have the same shape and agree to the tolerances."""
    try:
        a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    except (TypeError, ValueError):
        return False
    return a.shape == b.shape and bool(np.allclose(a, b, rtol=rtol, atol=atol))


def _naive_cost(A, Y, *, y_factor=True, eps=0.0):
    """The textbook cost from probabilities A, with the source post's defects on demand.

    y_factor=False drops the Y * in front of log(A) (defect 1); eps > 0 adds eps inside
    both logs (defect 5). The checks of lessons 03, 04 and 07 recognise these wrong
    costs, so they are computed here, once.
    """
    first = (Y if y_factor else 1) * np.log(A + eps)
    return float(-np.mean(first + (1 - Y) * np.log(1 - A + eps)))


def shape_of(x):
    return np.shape(x) if isinstance(x, (np.ndarray, list, tuple)) else "a scalar"


def _unfilled_stub_inside(fn, *args):
    """Name of a function fn calls that raised NotImplementedError (a stub), else None.

    A NotImplementedError raised by fn's own body is the untouched stub itself: None.
    fn is called on copies of args (default: lesson 01's (2, 5) test array).
    """
    code = getattr(fn, "__code__", None)
    args = args or (_Z01,)   # (defined with lesson 01's checks, before any call)
    try:
        with np.errstate(all="ignore"):
            fn(*[a.copy() if isinstance(a, np.ndarray) else a for a in args])
    except NotImplementedError as exc:
        tb = exc.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        if code is not None and tb.tb_frame.f_code is not code:
            return tb.tb_frame.f_code.co_name
    except Exception:  # noqa: BLE001 - other failures are reported by the check itself
        pass
    return None


# --------------------------------------------------------------------------- lesson 01

# z values where the answers are known, and shaped (2, 5) so shape mistakes show
_Z01 = np.linspace(-4.5, 4.5, 10).reshape(2, 5)


_NEXT_STEP = " Fix that line of your function, run its cell, then run this check again."
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


def _with_next_step(problem, name):
    """A learner's exception or missing return as feedback, ending with what to do next."""
    if problem == forgot_return(name):
        return wrong(f"{name} returns None: did you forget `return`? print(...) only shows a "
                     f"value; `return` gives it back. Add a `return` line at the end of the "
                     f"function, run its cell, then run this check again.")
    if problem.status != WRONG or " raised " not in problem.message:
        return problem
    return wrong(problem.message.rstrip(".") + "." + _NEXT_STEP)


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
            if scalar_problem is None and np.ndim(one) == 0:
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
    message = "sigmoid matches logreg_core.sigmoid, for arrays of any shape."
    if overflow:
        message += (" Optional hint: for z = -1000 it overflows in exp (numpy warns "
                    "'overflow encountered in exp'); the answer is still right, but "
                    "logreg_core.sigmoid only ever evaluates exp(-|z|) and never warns.")
    return passed(message)


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
        return passed("sigmoid_derivative matches sigma(z)(1 - sigma(z)); its maximum is "
                      "1/4, at z = 0.")
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


def _as_numbers(out):
    """out as a float array, or None when it is not numbers."""
    try:
        arr = np.asarray(out)
        if arr.dtype.kind not in "biuf":
            return None
        return arr.astype(float)
    except (TypeError, ValueError):
        return None


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
        return passed(f"{name} is right: {expected.tolist()[0]}, a (1, {m}) integer "
                      f"array, the same as logreg_core.predict.")
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


# --------------------------------------------------------------------------- lesson 02

# Lesson 02: the learner's gradient_descent(df, w0, learning_rate, num_steps) returns the
# np.array of the num_steps + 1 values w0, w1, ..., w_num_steps of w <- w - rate * df(w).
# The check uses its own bowl, g(w) = 2 (w - 1)^2, different from the lesson's bowl
# f(w) = (w - 3)^2 + 1, so code that calls the notebook's f or df is recognised.

DESCENT_CASE = {"w0": 4.0, "learning_rate": 0.1, "num_steps": 5}


def _case_slope(w):
    """The slope of the check's bowl g(w) = 2 (w - 1)^2."""
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
    return passed(f"gradient_descent returns the {n + 1} values w0, ..., w{n} of "
                  f"w <- w - learning_rate * df(w), as a numpy array.")


# --------------------------------------------------------------------------- lesson 03

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


def _cross_entropy(A, Y):
    """The exact mean cross-entropy of the probabilities A as given (log1p keeps 1 - A exact)."""
    return float(-np.mean(Y * np.log(A) + (1 - Y) * np.log1p(-A)))


def _a(word):
    """'a list', 'an object': the word with its indefinite article."""
    return f"{'an' if word[:1].lower() in 'aeiou' else 'a'} {word}"


def _next_step(problem):
    """A learner's exception, described by call_learner, with what to do next."""
    if problem.status != WRONG or " raised " not in problem.message:
        return problem                    # not attempted, or forgot return: already complete
    return wrong(f"{problem.message.rstrip('.')}. Fix that line of your function, run its "
                 f"cell, then run this check again.")


def _one_number(out, what, fix="return only the cost, as a float: float(np.mean(...))"):
    """(value, note) when out is one real number: a float, a numpy scalar or a one-element
    array (then note says so), else (None, CheckResult) naming what came back instead and
    ending with fix."""
    kind = type(out).__name__
    if isinstance(out, str):
        return None, wrong(f"{what} is a string ({out[:20]!r}), not a number. Return the "
                           f"number itself, without str(...) or an f-string.")
    if isinstance(out, dict):
        return None, wrong(f"{what} is a dict, not a number. Instead, {fix}.")
    if isinstance(out, (list, tuple)):
        items = "item" if len(out) == 1 else "items"
        return None, wrong(f"{what} is {_a(kind)} of {len(out)} {items}, not one number. "
                           f"Instead, {fix}.")
    try:
        arr = np.asarray(out)
    except Exception:  # noqa: BLE001 - an object numpy cannot read is simply not a number
        arr = np.asarray(None)
    if arr.dtype.kind == "c":
        return None, wrong(f"{what} is a complex number ({complex(arr.ravel()[0]):.3g}); the "
                           f"cost is a real number. Use np.log, not cmath or np.emath.log.")
    if arr.dtype.kind not in "biuf":
        return None, wrong(f"{what} is {_a(kind)}, not a number. Instead, {fix}.")
    if arr.size != 1:
        return None, wrong(f"{what} has shape {arr.shape}, not one number. Take the mean "
                           f"over the samples: np.mean(...) (or np.sum(...) / m).")
    note = (f" (It came back as an array of shape {arr.shape}; float(...) makes it a plain "
            f"number.)" if arr.ndim > 0 else "")
    return float(arr.reshape(())), note


def _not_finite(value, name):
    if np.isnan(value):
        return wrong(f"{name} returned nan: a log of a negative number, or 0 times inf. "
                     f"Check that you wrote np.log(1 - A), not np.log(A - 1), then run the "
                     f"check again.")
    return wrong(f"{name} returned {value}: a log of 0 somewhere, yet A is never 0 or 1 here. "
                 f"Did you swap A and Y (np.log(Y) is log 0 for the labels 0)? Take the logs "
                 f"of A and 1 - A only.")


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


_LOOP_RETURN = ("{name} returned the loss of the first sample only: is your `return` inside "
                "the loop? {values} Move the `return` out of the loop (indent it one level "
                "less), so that it runs after all m samples are added up.")
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
        return passed(f"{name} is right: {got:.6f} at ordinary predictions, and {edge:.6f} at "
                      f"predictions within 1e-9 of 0 and 1.{note}")
    eps_cost = _naive_cost(A, Y, eps=1e-5)
    which = "eps = 1e-5 (the source post's value)" if close(edge, eps_cost) else \
        "an eps, or a clip of A,"
    return wrong(f"{name} is right for predictions like 0.3, but not for predictions within "
                 f"1e-9 of 0 and 1: {which} inside the logs changes the loss there. It returns "
                 f"{edge:.6f} there, not {want:.6f}. A is never exactly 0 or 1 in this "
                 f"exercise: remove it and use np.log(A), np.log(1 - A).")


# --------------------------------------------------------------------------- lesson 04

def _propagate_case(seed=3):
    """W (3, 1), b = 0.7 (not 0, so a forgotten b shows), X (3, 5), Y (1, 5)."""
    rng = np.random.default_rng(seed)
    W = rng.normal(size=(3, 1))
    X = rng.normal(size=(3, 5))
    Y = np.array([[1, 0, 0, 1, 1]])
    return W, 0.7, X, Y


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
        return "dW has the wrong sign: dZ = A - Y, not Y - A. Swap the two."
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


def _changed_in_place(fn, args):
    """Names of the arrays among W, X, Y that fn changes (call_learner passes copies)."""
    kept = [a.copy() if isinstance(a, np.ndarray) else a for a in args]
    call_learner(lambda: fn(*kept))
    return [name for name, new, old in zip("WbXY", kept, args, strict=True)
            if isinstance(old, np.ndarray) and not np.array_equal(new, old)]


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
                              ("The cost", cost_out, "cost = float(cost)")):
        if np.ndim(value) > 0:
            return wrong(f"{label} has the right value but is an array of shape "
                         f"{np.shape(value)}, not a plain number. Wrap it in float(...): "
                         f"{fix}.")
    changed = _changed_in_place(propagate, (W, b, X, Y))
    if changed:
        return wrong(f"The values are right, but propagate changed {', '.join(changed)} in "
                     f"place (with -=, += or an assignment into it). Compute new arrays "
                     f"instead, and leave the arrays you are given as they are.")
    return passed(f"propagate is right: cost {want_cost:.6f}, db {want['db']:.6f}, "
                  f"dW of shape {want['dW'].shape}, and W, X, Y are unchanged.")


# --------------------------------------------------------------------------- lesson 05

def gradient_check_propagate(propagate, W, b, X, Y, epsilon=1e-5):
    """Does a propagate function's gradient match its OWN cost?

    Relative error between the grads it returns and centred differences of the cost it
    returns, at (W, b). Unlike core.gradient_check (which differentiates the correct cost),
    this checks any propagate, buggy ones included.
    """
    W = np.asarray(W, dtype=float)
    n = W.shape[0]
    grads, _ = propagate(W, b, X, Y)
    g = np.append(np.ravel(grads["dW"]), grads["db"])

    def J(theta):
        return float(propagate(theta[:n].reshape(n, 1), float(theta[n]), X, Y)[1])

    g_num = core.numerical_gradient(J, np.append(W.ravel(), float(b)), epsilon)
    return core.relative_error(g, g_num)


_NG_THETA = np.array([0.5, -1.0, 2.0, 1.5])


def _names_blanks(check):
    """Wrap a check: an error about an Ellipsis means the `...` blanks of Hint 2 are left."""
    def run(fn):
        result = check(fn)
        if result.status == WRONG and "'ellipsis'" in result.message:
            name = getattr(fn, "__name__", "your function")
            return wrong(f"{name} still has a `...` blank from Hint 2: Python reads `...` as "
                         f"a value, Ellipsis, and cannot compute with it (the error was: "
                         f"{result.message}). Replace every `...` with code, run the cell, "
                         f"then run this check again.")
        return result

    run.__name__, run.__doc__ = check.__name__, check.__doc__
    return run


class _Recorder:
    """f wrapped to record every point the learner's function evaluates it at.

    calls: [(a float copy of the point, True when the point was the caller's theta itself
    or a view of it)].
    """

    def __init__(self, f, theta):
        self.f, self.theta, self.calls = f, theta, []

    def __call__(self, t):
        shared = isinstance(t, np.ndarray) and np.shares_memory(t, self.theta)
        point = np.array(t, dtype=float)
        self.calls.append((point, shared))
        return self.f(point)

    def nudges(self, t, h):
        """[indices moved by more than h/100] per call whose point has theta's shape."""
        return [np.flatnonzero(np.abs(p - t) > h / 100) for p, _ in self.calls
                if p.shape == t.shape]

    def steps(self, t):
        """The distinct sizes of the single-coordinate moves f was evaluated at."""
        moves = [np.max(np.abs(p - t)) for p, _ in self.calls
                 if p.shape == t.shape and np.count_nonzero(p - t) == 1]
        return sorted({float(f"{m:.3g}") for m in moves})


def _ng_run(fn, f, h):
    """The learner's numerical gradient of f at a fresh copy of _NG_THETA with step h.

    Returns (result, problem, theta_after, recorder): theta_after is the very array passed
    in, the recorder lists the points f was evaluated at.
    """
    theta = _NG_THETA.copy()
    recorder = _Recorder(f, theta)

    def learner():
        return fn(recorder, theta, h)

    learner.__name__ = getattr(fn, "__name__", "your function")
    out, problem = call_learner(learner)
    return out, problem, theta, recorder


def _ng_square(t):
    return float(np.sum(t ** 2))


def _ng_cube(t):
    return float(np.sum(t ** 3))


def _ng_coupled(t):
    return float(np.sum(t) ** 2)


def _floats(x):
    """x as a float array, or None (strings, objects, complex numbers)."""
    if np.iscomplexobj(x):
        return None
    try:
        return np.asarray(x, dtype=float)
    except (TypeError, ValueError):
        return None


_ALIAS = ("`t = theta` makes a second name for the same array, not a copy, so each "
          "change to t is a change to theta")
_STALE = ("entries nudged earlier are still nudged when you move to the next one (f "
          "sees points where more than one entry moved)")


def _ng_caller_theta(name, rec, after, t, h):
    """A CheckResult when the learner changed (or only ever evaluated) the caller's theta."""
    nudged_theta = any(shared and not np.array_equal(p, t) for p, shared in rec.calls)
    changed = not np.array_equal(after, t)
    if rec.calls and all(shared and np.array_equal(p, t) for p, shared in rec.calls):
        return wrong(f"{name} evaluates f only at theta itself, never at a nudged point, "
                     f"so every difference is 0. If you wrote t_plus = theta and "
                     f"t_minus = theta, those are two names for one array, not copies: the "
                     f"+h and the -h cancel before f is called. Use t_plus = theta.copy() "
                     f"and t_minus = theta.copy().")
    if not (nudged_theta or changed):
        return None
    moved = float(np.max(np.abs(after - t)))
    if not changed:
        left = ""
    elif moved < h / 100:
        left = (" Also, theta comes back changed by rounding (theta + h - h is not always "
                "exactly theta).")
    else:
        left = f" Also, theta is left perturbed, by up to {moved:.0e} (h = {h:.0e})."
    minus_seen = [any(np.allclose(p - t, -h * np.eye(t.size)[i]) for p, _ in rec.calls)
                  for i in range(t.size)]
    if nudged_theta and not all(minus_seen):
        stale = any(len(k) > 1 for k in rec.nudges(t, h))
        why = (_STALE if stale else "the +h change is still there when you step to -h, so "
               "f never sees theta - h e_i")
        left = f", and {why}.{left}"
    else:
        left = f".{left}"
    fix = " Start from a copy, t = theta.copy(), for each i, and leave theta as it came."
    if nudged_theta:
        return wrong(f"{name} changes the caller's theta: {_ALIAS}{left}{fix}")
    left = left.replace(" Also, theta", " Theta")
    return wrong(f"{name} changed the theta it was given{left} Work on a copy "
                 f"(t = theta.copy()) and never change your input.")


def _ng_output(name, out, rec, t):
    """(the output as a float array of theta's shape, None) or (None, CheckResult)."""
    if isinstance(out, (list, tuple)):
        right = close(out, 2 * t)
        return None, wrong(
            f"{name} returned a Python {type(out).__name__}, not a NumPy array"
            f"{' (its numbers are right)' if right else ''}. Return an array shaped like "
            f"theta: start with grad = np.zeros_like(theta), fill grad[i], return grad.")
    numeric = isinstance(out, (int, float, np.number)) and not isinstance(out, bool)
    if numeric or (isinstance(out, np.ndarray) and out.ndim == 0 and _floats(out) is not None):
        if len(rec.calls) <= 2 < 2 * t.size:
            return None, wrong(
                f"{name} returned one number after evaluating f only {len(rec.calls)} "
                f"{'time' if len(rec.calls) == 1 else 'times'}: is the `return` inside the "
                f"loop? Then it stops at i = 0. Fill "
                f"grad[i] for every i, and return grad after the loop.")
        return None, wrong(
            f"{name} returned a single number, not one partial derivative per entry of "
            f"theta. Collect them in an array: grad = np.zeros_like(theta); grad[i] = ...; "
            f"return grad.")
    if not isinstance(out, np.ndarray):
        return None, wrong(f"{name} returned {type(out).__name__}; expected a NumPy array "
                           f"of shape {t.shape}, one partial derivative per entry of theta.")
    if out.shape != t.shape:
        return None, wrong(f"{name} returned shape {out.shape}; expected {t.shape}, one "
                           f"partial derivative per entry of theta (the same shape as "
                           f"theta).")
    vals = _floats(out)
    if vals is None:
        return None, wrong(f"{name} returned an array of {out.dtype} values; expected real "
                           f"numbers, one partial derivative per entry of theta.")
    if out.dtype.kind in "iub":
        return None, wrong(f"{name} returned whole numbers (dtype {out.dtype}): its result "
                           f"array holds integers, so each slope is cut to a whole number "
                           f"when you store it. Make it a float array: "
                           f"grad = np.zeros_like(theta, dtype=float).")
    if 0 < len(rec.calls) <= 2 < 2 * t.size and not np.any(vals[1:]):
        return None, wrong(f"{name} stops after the first entry: it evaluated f only "
                           f"{len(rec.calls)} times and left the other entries 0. Is the "
                           f"`return` inside the loop? Move `return grad` after the loop, "
                           f"one indent to the left.")
    return vals, None


@_names_blanks
def check_numerical_gradient(fn):
    """Self-check for lesson 05: a centred-difference numerical gradient fn(f, theta, h).

    Records every point fn evaluates f at. Diagnoses: the caller's theta left changed, or
    nudged while the answer is wrong (`t = theta` aliasing, by name; nudging theta in place
    and putting back the exact old value passes), f only ever called at theta itself (two
    aliases, +h and -h cancel); a list, a tuple, a scalar (a `return` inside the loop) or a
    wrong shape returned; f evaluated once outside the loop (all coordinates moved at
    once); an ignored h; a forward difference (off by exactly h on sum(t^2)); dividing by h
    instead of 2h; a forward difference divided by 2h; the opposite sign; `/ 2 * h`; a
    coordinate not restored before the next (on (sum t)^2).
    """
    name = getattr(fn, "__name__", "your function")
    t, h = _NG_THETA, 1e-3
    out, problem, after, rec = _ng_run(fn, _ng_square, h)
    if problem:
        if "IndexError" in problem.message and "only integers" in problem.message:
            return wrong(f"{name} uses the entries of theta as positions: `for i in theta` "
                         f"gives the values (0.5, -1.0 and so on), not the places 0, 1, 2. "
                         f"Loop over the places: for i in range(theta.size).")
        return problem
    problem = _ng_caller_theta(name, rec, after, t, h)
    # changing theta while working and putting back the exact old values is allowed
    if problem and (not np.array_equal(after, t) or not close(out, 2 * t)):
        return problem
    vals, problem = _ng_output(name, out, rec, t)
    if problem:
        return problem
    nudges = rec.nudges(t, h)
    if any(len(k) > 1 for k in nudges) and len(rec.calls) < 2 * t.size:
        return wrong(f"{name} evaluates f outside the loop: it called f only "
                     f"{len(rec.calls)} times for {t.size} coordinates, each time with every "
                     f"entry of theta moved (f(theta + h) moves them all), so each entry of "
                     f"its answer mixes all the slopes. Call f inside the loop, with only "
                     f"entry i nudged: t = theta.copy(); t[i] += h.")
    if nudges and all(len(k) == t.size for k in nudges) and not close(vals, 2 * t):
        return wrong(f"{name} moves every entry of theta at once: theta + h adds h to all "
                     f"of them, so each answer mixes all the slopes. Nudge only entry i: "
                     f"t = theta.copy(); t[i] += h.")
    if any(len(k) > 1 for k in nudges) and not close(vals, 2 * t):
        return wrong(f"{name}: {_STALE}, so each answer mixes in earlier slopes. Restore "
                     f"t[i] = theta[i] before moving to the next i (or start each i from "
                     f"theta.copy(); if you build e_i, make a fresh one for each i).")
    steps = rec.steps(t)
    if steps and all(abs(s - h) > 1e-3 * h for s in steps):
        return wrong(f"{name} ignores its h argument: called with h = {h:g}, it nudges "
                     f"theta by {', '.join(f'{s:.0e}' for s in steps)}. Use the h it is "
                     f"given, both for the nudge and in the division.")
    exact = 2 * t
    if close(vals - exact, np.full_like(t, h)):
        return wrong(f"{name} computes a forward difference (f(t + h) - f(t)) / h, "
                     f"one-sided: on f = sum(t**2) with h = {h:g} every entry is off by "
                     f"exactly h. Use the centred difference "
                     f"(f(t + h e_i) - f(t - h e_i)) / (2h).")
    if close(vals, 2 * exact):
        return wrong(f"{name} returns twice the gradient on f = sum(t**2): you divided "
                     f"by h instead of 2h. The two points are 2h apart, so divide by "
                     f"(2 * h).")
    if close(vals, exact / 2 + h / 2):
        return wrong(f"{name} looks like a forward difference divided by 2h (half the "
                     f"gradient plus h/2): use f(t - h e_i), not f(t), as the second point.")
    if not close(vals, exact):
        return _ng_wrong_values(name, vals, exact, rec, t, h)
    return _check_ng_step(fn, name)


def _ng_wrong_values(name, vals, exact, rec, t, h):
    ratio = vals / exact
    if np.allclose(ratio, -1.0, rtol=1e-6):
        return wrong(f"{name} returns the gradient with the opposite sign on "
                     f"f = sum(t**2): put f(theta + h e_i) first, "
                     f"(f(theta + h e_i) - f(theta - h e_i)) / (2h).")
    if np.allclose(ratio, h * h, rtol=1e-6):
        return wrong(f"{name} returns h**2 = {h * h:g} times the gradient on "
                     f"f = sum(t**2): `/ 2 * h` divides by 2 and then multiplies by h. "
                     f"Write `/ (2 * h)`.")
    if np.allclose(vals, 0.0, atol=1e-9):
        return wrong(f"{name} returns zeros on f = sum(t**2), where the gradient is "
                     f"{exact.tolist()}: the two values you subtract are equal, so both "
                     f"came from the same point. Evaluate f at theta + h e_i and at "
                     f"theta - h e_i, two different copies.")
    if np.all(np.isfinite(ratio)) and np.allclose(ratio, ratio[0], rtol=1e-6):
        return wrong(f"{name} returns {ratio[0]:.4g} times the gradient on "
                     f"f = sum(t**2): it nudges by h but divides by something other than "
                     f"2h. Divide by (2 * h), with the brackets.")
    return wrong(f"On f = sum(t**2) at theta = {t.tolist()} the gradient is "
                 f"{exact.tolist()}; {name} gave {np.round(vals, 6).tolist()}."
                 f"{_ng_missing_points(rec, t, h)}")


def _ng_missing_points(rec, t, h):
    """' f was never evaluated at ...' for the centred points the learner skipped."""
    eye = np.eye(t.size)
    missing = [f"theta {sign} h e_{i}" for i in range(t.size) for sign, s in (("+", 1), ("-", -1))
               if not any(p.shape == t.shape and np.allclose(p - t, s * h * eye[i])
                          for p, _ in rec.calls)]
    if not missing:
        return " Compare your code with (f(theta + h e_i) - f(theta - h e_i)) / (2h)."
    return (f" f was never evaluated at {', '.join(missing[:3])}"
            f"{' ...' if len(missing) > 3 else ''}: nudge one entry at a time, both ways.")


def _check_ng_step(fn, name):
    t, h = _NG_THETA, 0.1
    out, problem, _, rec = _ng_run(fn, _ng_cube, h)
    if problem:
        return problem
    out, problem = _ng_output(name, out, rec, t)
    if problem:
        return problem
    extra = out - 3 * t ** 2    # centred: exactly h^2 on sum(t^3)
    if not close(extra, np.full_like(t, h * h)):
        mean = float(np.mean(extra))
        if np.all(np.abs(extra - mean) < h * h / 20):   # the same offset everywhere
            step = f"about {np.sqrt(mean):.0e}" if mean > 0 else "a much smaller one"
            return wrong(f"{name} ignores its h argument: called with h = {h:g} on "
                         f"f = sum(t**3), where centred differences are off by exactly "
                         f"h**2 = {h * h:g}, it behaves like a step of {step}. "
                         f"Use h, not a constant.")
        return wrong(f"On f = sum(t**3) with h = {h:g}, centred differences give "
                     f"3 t**2 + h**2 = {np.round(3 * t ** 2 + h * h, 6).tolist()}; {name} "
                     f"gave {np.round(out, 6).tolist()}. Compare your code with "
                     f"(f(theta + h e_i) - f(theta - h e_i)) / (2h), using the h you are "
                     f"given.")
    h = 1e-3
    out, problem, _, rec = _ng_run(fn, _ng_coupled, h)
    if problem:
        return problem
    out, problem = _ng_output(name, out, rec, t)
    if problem:
        return problem
    exact = np.full_like(t, 2 * np.sum(t))
    if not close(out, exact):
        err = out - exact
        stale = [k for k in rec.nudges(t, h) if len(k) > 1]
        if stale or (abs(err[0]) < 1e-6 and np.all(np.abs(err[1:]) > h / 10)):
            return wrong(f"On f = (sum t)**2 the error grows with the index "
                         f"({np.round(err, 4).tolist()}): each coordinate is evaluated with "
                         f"the earlier ones still perturbed. Restore t[i] = theta[i] before "
                         f"moving to the next i (or start each i from theta.copy()).")
        return wrong(f"On f = (sum t)**2 the gradient is {exact.tolist()}; {name} gave "
                     f"{np.round(out, 6).tolist()}. Nudge only entry i, from a fresh copy "
                     f"of theta for each i.")
    return passed(f"{name} gives centred differences: exact on sum(t**2), error exactly "
                  f"h**2 on sum(t**3), right on the coupled (sum t)**2, and theta untouched.")

# --------------------------------------------------------------------------- lesson 06

# Lesson 06: the learner's initialize_weights(n), optimize(W, b, X, Y, num_iterations,
# learning_rate), which returns (params, grads, costs) with costs[k] the cost before
# update k * 100, and model(X_train, Y_train, X_test, Y_test, num_iterations,
# learning_rate), which returns the source post's dict.

def _inner_stub(name, inner):
    return CheckResult(NOT_ATTEMPTED, (
        f"{name} raised NotImplementedError from inside {inner}(), which it calls: {inner} "
        f"is still the unfilled stub. Fill in {inner} first (or call core.{inner}), run "
        f"its cell, then run this check again."))


def _initialize_problem(W, b, n, again):
    """What is wrong with (W, b) = initialize_weights(n), or None. again() calls it anew."""
    if isinstance(W, list):
        return wrong(f"W is a Python list; it must be a numpy array of shape ({n}, 1). Write "
                     f"W = np.zeros((n, 1)).")
    if not isinstance(W, np.ndarray):
        return wrong(f"W must be a numpy array of shape ({n}, 1); got "
                     f"{type(W).__name__}. Write W = np.zeros((n, 1)).")
    if W.shape != (n, 1):
        if W.shape == (n,):
            why = ("a flat vector. W must be a column, one row per feature: "
                   "np.zeros((n, 1)), with the inner parentheses")
        elif W.shape == (1, n):
            why = "a row. W must be a column, one row per feature: np.zeros((n, 1))"
        elif W.ndim == 2 and W.shape[1] == 1:
            why = (f"it ignores n (the toy data has 2 features; here n = {n}). Use n: "
                   f"np.zeros((n, 1))")
        else:
            why = "it must be one row per feature and one column: np.zeros((n, 1))"
        return wrong(f"For n = {n}, W has shape {W.shape}: {why}.")
    if W.dtype.kind in "biu":
        return wrong(f"W holds integers ({W.dtype}); it must hold floats: np.zeros((n, 1)) "
                     f"gives float64 (no dtype=int, no [[0]] * n).")
    if not np.all(W == 0):
        second = again()
        if isinstance(second, tuple) and len(second) == 2 and \
                not np.array_equal(np.asarray(second[0]), W):
            return wrong("W is random (it changes from call to call); start from zeros, "
                         "np.zeros((n, 1)). One neuron needs no random start, and zeros "
                         "make every run give the lesson's numbers.")
        return wrong(f"W must be all zeros; got {np.round(W.ravel(), 4).tolist()}. Write "
                     f"W = np.zeros((n, 1)).")
    if W.dtype != np.float64:
        return wrong(f"W has dtype {W.dtype}; use float64, the default of np.zeros((n, 1)).")
    if isinstance(b, np.ndarray):
        return wrong(f"b is a numpy array of shape {b.shape}; b must be one plain number, "
                     f"the Python float 0.0. Write b = 0.0.")
    if isinstance(b, (bool, int, np.integer)):
        return wrong(f"b is the integer {b!r} (the source post writes b = 0); b must be the "
                     f"float 0.0. Write b = 0.0.")
    if not isinstance(b, float):
        return wrong(f"b must be the Python float 0.0; got {type(b).__name__}. Write "
                     f"b = 0.0.")
    if b != 0:
        return wrong(f"b must start at 0.0; got {b!r}. Write b = 0.0.")
    return None


def check_initialize_weights(fn):
    """Self-check for lesson 06's initialize_weights(n): zeros (n, 1) float64 and 0.0."""
    name = getattr(fn, "__name__", "initialize_weights")
    for n in (3, 1, 5):
        out, problem = call_learner(fn, n)
        if problem is not None:
            if "as a data type" in problem.message:
                return wrong(f"{name} calls np.zeros(n, 1): numpy reads the 1 as a data type "
                             f"({problem.message}). Pass the shape as one tuple: "
                             f"np.zeros((n, 1)).")
            if problem.status == WRONG:
                data, _ = call_learner(fn, np.ones((n, 4)))
                if isinstance(data, tuple) and len(data) == 2 and np.shape(data[0]) == (n, 1):
                    return wrong(f"{name} works when given the data X but fails for the "
                                 f"number n = {n} ({problem.message}). It must take n, the "
                                 f"number of features (an integer): the caller passes "
                                 f"X.shape[0]. Use n itself, not n.shape[0] or len(n).")
            return problem
        if not (isinstance(out, (tuple, list)) and len(out) == 2):
            return wrong(f"{name} must return two things, W and b: end with `return W, b`.")
        W, b = out
        if np.ndim(W) == 0 and isinstance(b, np.ndarray) and b.size == n:
            return wrong(f"{name} returned (b, W): the order is W first, then b. Write "
                         f"`return W, b`.")
        bad = _initialize_problem(W, b, n, lambda n=n: call_learner(fn, n)[0])
        if bad is not None:
            return bad
    return passed(f"{name}(n) returns W = zeros of shape (n, 1), float64, and b = 0.0 "
                  f"(tried n = 3, 1 and 5).")


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
    Returns (where, advice), or (None, None).
    """
    full = len(trace)
    candidates = [("every iteration, before each update", trace[:num_iterations]),
                  ("every iteration, after each update", trace[1:full])]
    for off in range(1, 100):
        name = ("after the update (each one is the cost one update too late)"
                if off == 1 else
                f"at iterations {off}, {off + 100}, {off + 200}, ... instead of 0, 100, 200,"
                f" ... (an off-by-one in the `if`, e.g. (i + 1) % 100 == 0)" if off == 99 else
                f"at iterations {off}, {off + 100}, ... instead of 0, 100, 200, ...")
        candidates.append((name, trace[off:num_iterations:100]))
    advice = "Record the cost computed before the update, when i % 100 == 0."
    candidates = [(name, expected, advice) for name, expected in candidates]
    candidates.append(("every 100 iterations plus one extra cost appended after the "
                       "loop (the source post's final version does this)",
                       [*trace[:num_iterations:100], trace[-1]],
                       "Remove the append after the loop."))
    for name, expected, fix in candidates:
        if close(costs, expected):
            return name, fix
    return None, None


def _changes_W_in_place(fn, args):
    """Run fn once more on a W we keep (call_learner passes copies); did fn modify it?"""
    W = args[0].copy()

    def learner():
        return fn(W, *args[1:])

    call_learner(learner)
    return not np.array_equal(W, args[0])


def _role(x):
    """'params', 'grads' or 'costs': what one of optimize's three results looks like."""
    if isinstance(x, dict):
        if {"dW", "db"} & set(x):
            return "grads"
        if {"W", "w", "b"} & set(x):
            return "params"
        return None
    if isinstance(x, (list, tuple, np.ndarray)):
        try:
            values = np.asarray(x, dtype=float)
        except (TypeError, ValueError):
            return None
        return "costs" if values.ndim == 1 else None
    return None


def _optimize_order(out):
    """None when out is (params, grads, costs) or unrecognisable, else a CheckResult."""
    roles = [_role(x) for x in out]
    if sorted(r or "" for r in roles) == ["costs", "grads", "params"] and \
            roles != ["params", "grads", "costs"]:
        return wrong(f"optimize returned ({', '.join(roles)}): the order must be (params, "
                     f"grads, costs), because the caller writes `params, grads, costs = "
                     f"optimize(...)`. Write `return params, grads, costs`.")
    return None


def _settings_used(W, b, args):
    """If (W, b) is what core.optimize gives with other iterations or learning rate."""
    W0, b0, X, Y, iterations, rate = args
    tries = [(f"{k} update{'s' if k != 1 else ''} instead of {iterations}", k, rate)
             for k in (1, iterations - 1, iterations + 1)]
    tries += [(f"learning rate {lr:g} instead of the learning_rate argument ({rate:g})",
               iterations, lr) for lr in (0.5, 0.05, 0.01, 0.005, 1.0) if lr != rate]
    tries += [(f"{k} updates instead of the num_iterations argument ({iterations})", k, rate)
              for k in (2000, 1000, 100) if k != iterations]
    tries += [(f"{k} updates at learning rate {lr:g} instead of the arguments ({iterations} "
               f"updates at {rate:g})", k, lr)
              for k in (2000, 1000, 100) for lr in (0.05, 0.5, 0.01, 0.005, 1.0)
              if k != iterations and lr != rate]
    for what, k, lr in tries:
        ref = core.optimize(W0, b0, X, Y, k, lr)[0]
        if close(W, ref["W"]) and close(b, ref["b"]):
            return what, k
    return None, None


def check_optimize(fn):
    """Run the learner's optimize on the toy data from a non-zero start and diagnose."""
    X, Y, _, _ = core.toy_dataset()
    c = OPTIMIZE_CASE
    args = (c["W"], c["b"], X, Y, c["num_iterations"], c["learning_rate"])
    inner = _unfilled_stub_inside(fn, *args)
    if inner is not None:
        return _inner_stub("optimize", inner)
    out, problem = call_learner(fn, *args)
    if problem:
        for name in ("dW", "db"):
            if f"NameError: name '{name}' is not defined" in problem.message:
                return wrong(f"optimize uses {name}, but no line defines it: core.propagate "
                             f"returns the gradients inside the dict grads. Take them out "
                             f"first, dW = grads[\"dW\"] and db = grads[\"db\"], then run "
                             f"this check again.")
        return problem
    if not (isinstance(out, tuple) and len(out) == 3):
        return wrong("optimize must return three things: params, grads, costs (in this "
                     "order). Write `return params, grads, costs`.")
    order = _optimize_order(out)
    if order is not None:
        return order
    params, grads, costs = out
    if not isinstance(params, dict) or "W" not in params or "b" not in params:
        keys = sorted(map(str, params)) if isinstance(params, dict) else type(params).__name__
        hint = (" You used 'w': model reads params['W'] (the source post's first optimize"
                " has this mismatch)." if isinstance(params, dict) and "w" in params else "")
        return wrong(f"params must be a dict with keys 'W' and 'b'; got {keys}.{hint} End "
                     f"with `return {{\"W\": W, \"b\": b}}, grads, costs`.")
    W, b = params["W"], params["b"]
    if np.shape(W) != (2, 1):
        return wrong(f"params['W'] must have shape (2, 1) like the W you were given; "
                     f"got {shape_of(W)}.")
    if np.ndim(b) != 0:
        return wrong(f"params['b'] must be a number like the b you were given; got an "
                     f"array of shape {np.shape(b)}. Keep b a float: db from "
                     f"core.propagate is one.")
    try:
        W, b = np.asarray(W, dtype=float), float(b)
    except (TypeError, ValueError):
        return wrong("params['W'] and params['b'] must hold numbers.")
    ref, ref_grads, ref_costs = core.optimize(*args)
    trace = core.optimize(*args, record_every=1)[2] + [core.cost(ref["W"], ref["b"], X, Y)]
    w_last, b_frozen = _frozen_W(*args)
    if close(b, b_frozen) and (close(W, c["W"]) or close(W, w_last)):
        return wrong("W never changed, but b did. Is your update `w = W - "
                     "learning_rate * dW` (a new name w, so every step starts again from "
                     "the old W), or is the W line missing? Write `W = W - learning_rate "
                     "* dW` inside the loop.")
    if close(W, c["W"]) and close(b, c["b"]):
        if isinstance(costs, list) and len(costs) == 1:
            return wrong("optimize returned in the first iteration, before any update: "
                         "the `return` line is inside the for loop. Un-indent it so it "
                         "runs after the loop has finished.")
        return wrong("optimize gave back the W and b it was given: neither W nor b "
                     "changed. Update both inside the loop: W = W - learning_rate * dW and "
                     "b = b - learning_rate * db.")
    if close(b, c["b"]):
        return wrong("W changed but b never changed: update b too, "
                     "b = b - learning_rate * db.")
    W_up, b_up = _ascent(*args)
    if close(W, W_up) and close(b, b_up):
        return wrong("Your parameters went uphill: the update adds the gradient. Gradient "
                     "descent subtracts it: W = W - learning_rate * dW (the same for b).")
    if not (close(W, ref["W"]) and close(b, ref["b"])):
        from_zero = core.optimize(np.zeros_like(c["W"]), 0.0, *args[2:])[0]
        if close(W, from_zero["W"]) and close(b, from_zero["b"]):
            return wrong("Your W and b match a run that starts from zeros, not from the W "
                         "and b you were given. Start the loop from the arguments W and b: "
                         "do not call initialize_weights inside optimize.")
        what, k = _settings_used(W, b, args)
        if k == 1:
            return wrong("optimize returned after one iteration: the `return` line is "
                         "inside the for loop. Un-indent it so it runs after the loop.")
        if what is not None:
            return wrong(f"Your W and b match a run with {what}. Use the arguments you are "
                         f"given: `for i in range(num_iterations)` and learning_rate.")
        err = float(np.max(np.abs(W - ref["W"])))
        return wrong(f"W and b differ from logreg_core.optimize (largest W difference "
                     f"{err:.3g}). Check the update W = W - learning_rate * dW and the "
                     f"gradients you use.")
    if not close(costs, ref_costs):
        where, advice = _recorded_where(costs, trace, c["num_iterations"])
        if where:
            return wrong(f"W and b are right, but your costs were recorded {where}. "
                         f"{advice}")
        count = len(costs) if isinstance(costs, (list, tuple)) or np.ndim(costs) == 1 \
            else None
        if count == 0:
            return wrong("W and b are right, but costs is empty: nothing was recorded. Inside "
                         "the loop, before the update, add `if i % 100 == 0: "
                         "costs.append(cost)`.")
        got = (f"you returned {count} value{'s' if count != 1 else ''}, "
               if count is not None else "")
        return wrong(f"W and b are right, but the costs are not the {len(ref_costs)} costs "
                     f"before updates 0, 100, 200, 300 ({got}expected "
                     f"{[round(v, 6) for v in ref_costs]}). Record the cost computed before "
                     f"the update, when i % 100 == 0.")
    if not (isinstance(grads, dict) and close(grads.get("dW"), ref_grads["dW"])
            and close(grads.get("db"), ref_grads["db"])):
        return wrong("W, b and costs are right; grads should be the gradients of the last "
                     "update, {'dW': dW, 'db': db}.")
    if _changes_W_in_place(fn, args):
        return wrong("W, b, costs and grads are right, but your optimize changed the "
                     "caller's W array in place (W -= ...): the caller's W is now the "
                     "trained one. Write W = W - learning_rate * dW, a new array.")
    return passed(f"optimize matches logreg_core.optimize: W, b, the "
                  f"{len(ref_costs)} costs and the last gradients.")


MODEL_KEYS = ("costs", "Y_prediction_train", "Y_prediction_test", "W", "b", "learning_rate",
              "num_iterations", "train_accuracy", "test_accuracy")
MODEL_CASE = {"num_iterations": 2000, "learning_rate": 0.05}   # on the toy data
# a second run with other settings catches a model that ignores its arguments
MODEL_CASE_2 = {"num_iterations": 300, "learning_rate": 0.5}


def _model_args(case=MODEL_CASE):
    return (*core.toy_dataset(), case["num_iterations"], case["learning_rate"])


def _number(x):
    """x as a float when it is one real number (int, float, numpy scalar, size-1 array)."""
    if isinstance(x, (str, bytes, bool)) or np.size(x) != 1:
        return None
    try:
        value = np.asarray(x, dtype=float).item()
    except (TypeError, ValueError):
        return None
    return value if np.isfinite(value) else None


def _ignores_arguments(fn):
    """None when model(...) with MODEL_CASE_2 gives core.model's result, else a CheckResult."""
    args = _model_args(MODEL_CASE_2)
    iterations, rate = args[4:]
    first = MODEL_CASE["num_iterations"], MODEL_CASE["learning_rate"]
    out, problem = call_learner(fn, *args)
    if problem is not None:
        return wrong(f"With {iterations} iterations at learning rate {rate:g} (the check's "
                     f"second run): {problem.message}")
    ref = core.model(*args)
    try:
        W, b = np.asarray(out["W"], dtype=float), float(out["b"])
    except (TypeError, ValueError, KeyError, IndexError):
        return wrong("A second run, with other settings, did not return W and b as the first "
                     "did. Make model return the same dict for any arguments.")
    if not (close(W, ref["W"]) and close(b, ref["b"])):
        old = core.model(*_model_args())
        if close(W, old["W"]) and close(b, old["b"]):
            return wrong(f"Asked for {iterations} iterations at learning rate {rate:g}, your "
                         f"model trains as for {first[0]} at {first[1]:g}: it ignores its "
                         f"arguments. Pass them on: optimize(W, b, X_train, Y_train, "
                         f"num_iterations, learning_rate).")
        return wrong(f"With {iterations} iterations at learning rate {rate:g}, your W and b "
                     f"differ from core.model's. Pass num_iterations and learning_rate on to "
                     f"optimize, and fix no value in advance.")
    if out.get("learning_rate") != rate or out.get("num_iterations") != iterations:
        return wrong("'learning_rate' and 'num_iterations' must be the values model was "
                     "given, whatever they are. Store the arguments themselves: "
                     "\"learning_rate\": learning_rate, \"num_iterations\": num_iterations.")
    if not close(out.get("costs"), ref["costs"]):
        return wrong(f"With {iterations} iterations your 'costs' is not the list optimize "
                     f"returned. Store costs as it comes back from optimize.")
    return None


def _passes_data_to_initialize(fn, args):
    """Run fn with every initialize_weights it can reach recording its argument: was it
    given an array (the source post's defect 4, initialize_weights(X_train))?"""
    seen = []
    names = [(core.__dict__, "initialize_weights")]
    namespace = getattr(fn, "__globals__", None)
    if isinstance(namespace, dict) and callable(namespace.get("initialize_weights")):
        names.append((namespace, "initialize_weights"))
    saved = [(space, key, space[key]) for space, key in names]
    try:
        for space, key, original in saved:
            def spy(n, *rest, _original=original, **kw):
                seen.append(isinstance(n, np.ndarray))
                return _original(n, *rest, **kw)
            space[key] = spy
        call_learner(fn, *args)
    finally:
        for space, key, original in saved:
            space[key] = original
    return any(seen)


def _key_problem(out):
    import difflib

    keys = [k for k in out if isinstance(k, str)]
    missing = [k for k in MODEL_KEYS if k not in out]
    if not missing:
        return None
    extra = [k for k in keys if k not in MODEL_KEYS]
    pairs = []
    for k in missing:
        near = difflib.get_close_matches(k, extra, n=1, cutoff=0.5) or \
            [e for e in extra if e.lower() == k.lower()]
        if near:
            pairs.append(f"'{near[0]}' should be '{k}'")
    if pairs:
        return wrong(f"Some keys are spelled differently: {'; '.join(pairs)}. Use the "
                     f"source post's keys exactly: {', '.join(MODEL_KEYS)}.")
    return wrong(f"The dict misses the keys {missing}. Use the source post's keys exactly: "
                 f"{', '.join(MODEL_KEYS)}.")


def check_model(fn):
    """Self-check for lesson 06's model: the source post's program on the toy data."""
    args = _model_args()
    X_train, Y_train, X_test, Y_test, iterations, rate = args
    inner = _unfilled_stub_inside(fn, *args)
    if inner is not None:
        return _inner_stub("model", inner)
    out, problem = call_learner(fn, *args)
    if problem is not None:
        sizes = {f"(1,{X_train.shape[1]})", f"(1,{X_test.shape[1]})"}
        if "could not be broadcast" in problem.message and \
                all(size in problem.message for size in sizes):
            return wrong(f"{problem.message.strip()}: the predictions of one set were "
                         f"compared with the labels of the other. Predict on X_train for "
                         f"Y_prediction_train and on X_test for Y_prediction_test.")
        if "num_iterations must be an integer" in problem.message and \
                f"got float {rate}" in problem.message:
            return wrong(f"model passes learning_rate ({rate}) where optimize expects "
                         f"num_iterations, so optimize stopped with a TypeError. Keep the "
                         f"order: optimize(W, b, X_train, Y_train, num_iterations, "
                         f"learning_rate).")
        if "'float' object cannot be interpreted as an integer" in problem.message:
            return wrong(f"{problem.message}. A float was used as a count: did you swap "
                         f"num_iterations and learning_rate? Keep the order: optimize(W, b, "
                         f"X_train, Y_train, num_iterations, learning_rate).")
        if problem.status == WRONG and _passes_data_to_initialize(fn, args):
            return wrong("model passes the data X_train to initialize_weights, as the source "
                         "post's first model does (its defect 4). initialize_weights needs "
                         "the number of features: initialize_weights(X_train.shape[0]).")
        return problem
    if not isinstance(out, dict):
        return wrong(f"model must return a dict (the source post's d); got "
                     f"{type(out).__name__}. End with `return {{'costs': costs, ...}}`.")
    bad_keys = _key_problem(out)
    if bad_keys is not None:
        return bad_keys
    ref = core.model(*args)
    W, b = out["W"], out["b"]
    if np.shape(W) != (2, 1) or np.ndim(b) != 0:
        return wrong(f"W must have shape (2, 1) and b must be a number; got W of shape "
                     f"{shape_of(W)} and b of shape {np.shape(b)}.")
    try:
        W, b = np.asarray(W, dtype=float), float(b)
    except (TypeError, ValueError):
        return wrong("W and b must hold numbers.")
    if np.all(W == 0) and b == 0:
        return wrong("W and b are still the zeros you started from. Take the trained "
                     "ones from what optimize returns: W = params['W'], b = params['b'].")
    if close(W, ref["W"]) and b == 0.0:
        return wrong("W is trained but b is 0.0: you forgot b. Take it from optimize's "
                     "result too: b = params['b'].")
    on_test = core.optimize(*core.initialize_weights(2), X_test, Y_test, iterations, rate)[0]
    if close(W, on_test["W"]) and close(b, on_test["b"]):
        return wrong("W and b were trained on the test set. Train on X_train, Y_train; the "
                     "test set is only for measuring.")
    if not (close(W, ref["W"]) and close(b, ref["b"])):
        what, _ = _settings_used(W, b, (np.zeros((2, 1)), 0.0, X_train, Y_train,
                                        iterations, rate))
        if what is not None:
            return wrong(f"Your W and b match a run with {what}. Pass num_iterations "
                         f"and learning_rate on to optimize.")
        return wrong("W and b differ from core.model's: start from initialize_weights"
                     "(X_train.shape[0]) and optimize on X_train, Y_train. If you call your "
                     "own optimize, make its check pass first.")
    if isinstance(out["costs"], dict):
        return wrong("W and b are right, but 'costs' holds a dict (the gradients?): your "
                     "optimize returns its three results in another order. Make optimize's "
                     "check pass (the order is params, grads, costs), then run this check "
                     "again.")
    if not close(out["costs"], ref["costs"]):
        return wrong("W and b are right, but 'costs' is not the list optimize returned "
                     "(the cost every 100 iterations). Store it as it comes back: "
                     "\"costs\": costs.")
    p_train, p_test = out["Y_prediction_train"], out["Y_prediction_test"]
    m_train, m_test = X_train.shape[1], X_test.shape[1]
    if np.shape(p_train) == (1, m_test) and np.shape(p_test) == (1, m_train):
        return wrong(f"Y_prediction_train has {m_test} predictions and Y_prediction_test "
                     f"{m_train}: they are swapped. Predict on X_train for the first and "
                     f"X_test for the second.")
    for label, p, x, x_name in (("Y_prediction_train", p_train, X_train, "X_train"),
                                ("Y_prediction_test", p_test, X_test, "X_test")):
        if np.shape(p) != (1, x.shape[1]):
            return wrong(f"{label} has shape {shape_of(p)}; it must be (1, {x.shape[1]}), "
                         f"one prediction per sample of {x_name}: predict(W, b, {x_name}).")
        if close(p, core.predict(ref["W"], 0.0, x)) and not close(p, ref[label]):
            return wrong(f"{label} ignores b: predict with both, predict(W, b, {x_name}).")
        values = np.asarray(p, dtype=object).ravel()
        try:
            values = values.astype(float)
        except (TypeError, ValueError):
            values = None
        if values is not None and np.all((values >= 0) & (values <= 1)) and \
                not np.all((values == 0) | (values == 1)):
            return wrong(f"{label} holds probabilities between 0 and 1, not 0/1 predictions. "
                         f"Use core.predict(W, b, {x_name}): it gives 1 where a > 0.5, "
                         f"else 0.")
        if not close(p, ref[label]):
            return wrong(f"{label} is not predict(W, b, {x_name}) with the trained W and b. "
                         f"Write {label} = core.predict(W, b, {x_name}).")
    raw = (out["train_accuracy"], out["test_accuracy"])
    want = (ref["train_accuracy"], ref["test_accuracy"])
    acc = tuple(_number(v) for v in raw)
    rights = tuple(int(np.sum(ref[k] == y)) for k, y in (("Y_prediction_train", Y_train),
                                                         ("Y_prediction_test", Y_test)))
    if None in acc:
        kinds = " and ".join(type(v).__name__ for v in raw)
        return wrong(f"train_accuracy and test_accuracy must each be one number (a percentage "
                     f"such as 75.0); got {kinds}. Store the number itself, not a string or "
                     f"an array: 100 - np.mean(np.abs(prediction - label)) * 100.")
    if close(acc, want):
        pass
    elif close(acc, (want[0] / 100, want[1] / 100)):
        return wrong(f"The accuracies are fractions ({acc[0]:g}, {acc[1]:g}); the source "
                     f"post gives them in percent. Multiply by 100.")
    elif close(acc, want[::-1]):
        return wrong("train_accuracy and test_accuracy are swapped: train_accuracy compares "
                     "Y_prediction_train with Y_train. Swap them back.")
    elif close(acc, rights):
        return wrong(f"The accuracies are counts of right predictions ({acc[0]:g} and "
                     f"{acc[1]:g}), not percentages. Compute 100 - np.mean(np.abs(prediction "
                     f"- label)) * 100 for each set.")
    elif close(acc, (100 - want[0], 100 - want[1])):
        return wrong("The accuracies are the percentage of wrong predictions. Accuracy is "
                     "the percentage right: 100 - mean(|prediction - label|) * 100.")
    else:
        return wrong(f"The accuracies should be {want[0]:g} and {want[1]:g} percent; got "
                     f"{acc[0]:g} and {acc[1]:g}. Compute 100 - np.mean(np.abs(prediction "
                     f"- label)) * 100 with that set's predictions and labels.")
    if out["learning_rate"] != rate or out["num_iterations"] != iterations:
        return wrong("'learning_rate' and 'num_iterations' must be the values model was "
                     "given. Store the arguments themselves: \"learning_rate\": "
                     "learning_rate, \"num_iterations\": num_iterations.")
    second = _ignores_arguments(fn)
    if second is not None:
        return second
    return passed(f"model matches logreg_core.model on the source post's data: W, b, the "
                  f"costs, both predictions and the accuracies ({want[0]:g} % and "
                  f"{want[1]:g} %).")


# --------------------------------------------------------------------------- lesson 07

# The source post's functions, copied into sandboxes so lesson 07 can run each defect on
# its own. Statements are the source post's (reformatted); comments marked "defect" are ours.

def basic_sigmoid(x):
    s = 1 / (1 + np.exp(-x))          # defect 7: overflows for x < -709; 1.0 for x > 37
    return s


def seed_initialize_weights(shape):
    w = np.zeros((shape, 1))          # defect 4: the first model() passes X_train here
    b = 0
    assert w.shape == (shape, 1)
    assert isinstance(b, float) or isinstance(b, int)
    return w, b


def seed_propagate_v1(W, b, X, Y):
    m = X.shape[1]
    A = basic_sigmoid(np.dot(W.T, X) + b)
    cost = -1 / m * np.sum(np.log(A) + (1 - Y) * np.log(1 - A))   # defect 1: no Y *
    dz = A - Y
    dW = 1 / m * np.dot(X, dz.T)
    db = 1 / m * np.sum(dz)
    assert dW.shape == W.shape
    assert db.dtype == float
    cost = np.squeeze(cost)
    assert cost.shape == ()
    grads = {"dW": dW, "db": db}
    return grads, cost


def seed_optimize_v1(W, b, X, Y, num_iterations, learning_rate):
    costs = []
    for i in range(num_iterations):
        grads, cost = core.propagate(W, b, X, Y)   # (the post calls its own propagate)
        dW = grads['dW']
        db = grads['db']
        w = W - learning_rate * dW    # defect 2: a new name w; W itself never changes
        b = b - learning_rate * db
        if i % 100 == 0:
            costs.append(cost)        # (the post also prints the cost here)
        params = {"w": w, "b": b}     # defect 2: key "w", but model() reads params['W']
        grads = {"dW": dW, "db": db}
    return params, grads, costs


def seed_predict_v1(W, b, X, *, zeros_fixed=False):
    m = X.shape[1]
    # defect 3: np.zeros(1, m) means shape 1, dtype m. zeros_fixed=True writes (1, m).
    Y_prediction = np.zeros((1, m)) if zeros_fixed else np.zeros(1, m)
    W = W.reshape(X.shape[0], 1)
    A = basic_sigmoid(np.dot(W.T, X) + b)
    for i in range(A.shape[1]):
        if A[0, i] <= 0.5:
            Y_prediction[0, i] = 0
        if A[0, i] >= 0.5:            # defect 3: a second if, not else: both run at 0.5
            Y_prediction[0, i] = 1
    assert Y_prediction.shape == (1, m)
    return Y_prediction


def seed_propagate_final(W, b, X, Y):
    m = X.shape[1]
    A = basic_sigmoid(np.dot(W.T, X) + b)
    epsilon = 1e-5                    # defect 5: biases every log, caps the loss at 11.5
    cost = -1 / m * np.sum(Y * np.log(A + epsilon) + (1 - Y) * np.log(1 - A + epsilon))
    dz = A - Y
    dW = 1 / m * np.dot(X, dz.T)
    db = 1 / m * np.sum(dz)
    assert dW.shape == W.shape
    assert isinstance(db, float)
    cost = np.squeeze(cost)
    assert cost.shape == ()
    grads = {"dW": dW, "db": db}
    return grads, cost


def seed_single_sample():
    """The source post's one-sample snippet; prints what it prints (numbers formatted)."""
    x = np.array([0.5])
    w = np.array([0.2])
    b = 0.1
    y = np.array([0.7])
    z = w * x + b
    a = basic_sigmoid(z)
    loss = 0.5 * (a - y) ** 2         # defect 6: the squared error, not the cross-entropy
    print(f'损失对权重的梯度: {loss[0]:.6f}')   # defect 6: "gradient of the loss w.r.t. w"
    dL_da = a - y
    da_dz = basic_sigmoid(z) * (1 - basic_sigmoid(z))
    dz_dw = x                         # defect 6: the post's text says this "is w"
    dL_dw = dL_da * da_dz * dz_dw
    print(f'损失对权重的梯度: {dL_dw[0]:.6f}')
    return loss, dL_dw


def seed_eps_loss(z, y, eps=1e-5):
    """Per-sample loss as the source post's final propagate computes it: log(a + eps)."""
    a = basic_sigmoid(np.asarray(z, dtype=float))
    return -(y * np.log(a + eps) + (1 - y) * np.log(1 - a + eps))


def _cost_variants(W, b, X, Y, eps=1e-5):
    """The cost with and without defects 1 (no Y *) and 5 (eps), from an exact sigmoid."""
    A = core.sigmoid(W.T @ X + b)
    out = {}
    for has_y in (True, False):
        for e in (0.0, eps):
            out[not has_y, e > 0] = _naive_cost(A, Y, y_factor=has_y, eps=e)
    return out   # keys: (missing Y, eps)


_DEFECT_TEXT = {
    1: "defect 1, the cost is missing the Y * in front of log(A): it reports {c} where "
       "the cross-entropy is {j}. Put the Y * back (core.logistic_loss(Z, Y) has both "
       "label terms)",
    5: "defect 5, an eps inside the logs shifts the cost by {d} and caps each sample's "
       "loss at -log(eps), about 11.5: compute the loss from the logits",
    71: "defect 7, np.exp overflows for z = -800 (the naive 1/(1 + np.exp(-z))): use "
        "core.sigmoid, which never overflows",
    72: "defect 7, the cost is not finite when predictions saturate: A rounds to exactly "
        "0 or 1, so log(A) or log(1 - A) is -inf (at |z| = 800 the cost is {c} where it "
        "should be {j}). Compute the cost from the logits, e.g. core.logistic_loss(Z, Y)",
    73: "defect 5 in another form: clipping A or adding a small eps caps each sample's "
        "loss (at |z| = 800 the cost is {c} where it should be {j}). Compute the loss from "
        "the logits, e.g. core.logistic_loss(Z, Y)",
}


def _raise_on_overflow(fn):
    def run(*args):
        with np.errstate(over="raise"):
            return fn(*args)

    run.__name__ = getattr(fn, "__name__", "your function")
    return run


def _propagate_output(name, out, n):
    """(grads, cost) from a learner's propagate output, or a CheckResult."""
    if (isinstance(out, tuple) and len(out) == 2 and isinstance(out[1], dict)
            and not isinstance(out[0], dict)):
        return None, wrong(f"{name} returns (cost, grads): the order is the other way "
                           f"round. Return grads first, then the cost: "
                           f"return grads, cost.")
    if (isinstance(out, tuple) and len(out) == 2 and isinstance(out[0], dict)
            and not {"dW", "db"} <= set(out[0])):
        return None, wrong(f"{name}'s grads has the keys {sorted(map(str, out[0]))}; it "
                           f"needs exactly 'dW' and 'db' (capital W, as optimize "
                           f"reads grads['dW']). Rename the keys.")
    try:
        grads, cost = out
        for what, value, fix in (("db", grads["db"], "float(np.mean(dz))"),
                                 ("the cost", cost, "float(np.mean(losses))")):
            if np.ndim(value) > 0:
                return None, wrong(
                    f"{name}: {what} is an array of shape {np.shape(value)}, not a single "
                    f"number. Return a float: {fix}.")
        dW, db, cost = _floats(grads["dW"]), _floats(grads["db"]), _floats(cost)
        if dW is None or db is None or cost is None:
            raise TypeError("dW, db and the cost must be real numbers")
        db, cost = float(db), float(cost)
    except (TypeError, ValueError, KeyError, IndexError) as exc:
        return None, wrong(f"{name} must return (grads, cost) with grads = {{'dW': (n, 1) "
                           f"array, 'db': float}} and cost a float; that failed ({exc}).")
    if dW.shape != (n, 1):
        return None, wrong(f"{name}'s dW has shape {dW.shape}; expected ({n}, 1) like W. "
                           f"Use dW = X @ dz.T / m.")
    return (dW, db, cost), None


@_names_blanks
def check_fixed_propagate(fn):
    """Self-check for lesson 07: a repaired propagate. Lists every defect of the source post
    still in it.

    Diagnoses defect 1 (no Y *) and 5 (eps in the logs) by which variant of the cost it
    returns at ordinary points, and defect 7 by running it where |z| = 800 with numpy
    overflow turned into an error (overflow: naive sigmoid) and by its cost there
    (inf or nan: logs of a saturated A; finite but too low: a clip or eps capping the loss).
    Also names a summed instead of averaged cost (m times the cross-entropy).
    """
    name = getattr(fn, "__name__", "your function")
    X, Y, _, _ = core.toy_dataset()
    found = {}
    for W, b in ((np.zeros((2, 1)), 0.0), (np.array([[3.0], [-0.5]]), -1.5)):
        out, problem = call_learner(fn, W, b, X, Y)
        if problem:
            return problem
        got, problem = _propagate_output(name, out, X.shape[0])
        if problem:
            return problem
        dW, db, c = got
        grads, j = core.propagate(W, b, X, Y)
        if (np.any(grads["dW"]) and close(dW, -grads["dW"])
                and close(db, -grads["db"])):
            return wrong(f"{name}'s gradient has the opposite sign: dz = Y - A instead of "
                         f"A - Y. The gradient points uphill, and gradient descent subtracts "
                         f"it. Use dz = A - Y.")
        if not (close(dW, grads["dW"]) and close(db, grads["db"])):
            return wrong(f"{name}'s gradient is wrong at W = {W.ravel().tolist()}, b = {b}: "
                         f"dW = {np.round(dW.ravel(), 6).tolist()}, db = {db:.6f}; expected "
                         f"{np.round(grads['dW'].ravel(), 6).tolist()}, {grads['db']:.6f}. "
                         f"Keep dz = A - Y, dW = X @ dz.T / m, db = mean(dz).")
        if close(c, j, rtol=1e-9):
            continue
        variants = _cost_variants(W, b, X, Y)
        variant = next((k for k, v in variants.items() if close(c, v, rtol=1e-9)), None)
        if variant is None and close(c, -j, rtol=1e-9):
            return wrong(f"{name}'s cost is negative: it is minus the cross-entropy, which "
                         f"is never below 0. Check the minus sign: "
                         f"-mean(Y log A + (1 - Y) log(1 - A)) needs it, "
                         f"np.mean(core.logistic_loss(Z, Y)) does not.")
        Z = W.T @ X + b
        if variant is None and close(c, float(np.mean(core.logistic_loss(
                core.sigmoid(Z), Y))), rtol=1e-9):
            return wrong(f"{name} passes the probabilities A to core.logistic_loss, which "
                         f"expects the logits Z (the values before the sigmoid). Use "
                         f"core.logistic_loss(Z, Y) with Z = W.T @ X + b.")
        if variant is None and close(c, X.shape[1] * j, rtol=1e-9):
            return wrong(f"{name}'s cost is {c:.6f} at W = {W.ravel().tolist()}, b = {b}: "
                         f"m = {X.shape[1]} times the cross-entropy {j:.6f}. The 1/m is "
                         f"missing: take the mean of the losses (np.mean), not their sum.")
        if variant is None:
            return wrong(f"{name}'s cost is {c:.6f} at W = {W.ravel().tolist()}, b = {b}; "
                         f"the cross-entropy is {j:.6f}, and none of the source post's "
                         f"defects explains it. Compute the cost as "
                         f"np.mean(core.logistic_loss(Z, Y)).")
        if variant[0]:
            found.setdefault(1, dict(c=f"{variants[True, False]:.6f}", j=f"{j:.6f}"))
        if variant[1]:
            found.setdefault(5, dict(d=f"{c - variants[variant[0], False]:+.1e}"))
    W, b = np.array([[-2000.0], [0.0]]), 1000.0     # confidently wrong: z from -800 to 800
    out, problem = call_learner(_raise_on_overflow(fn), W, b, X, Y)
    if problem and "overflow" in problem.message:
        found[71] = {}
    elif problem:
        return problem
    else:
        got, problem = _propagate_output(name, out, X.shape[0])
        if problem:
            return problem
        j = core.cost(W, b, X, Y)
        if not np.isfinite(got[2]):
            found[72] = dict(c=f"{got[2]}", j=f"{j:.1f}")
        elif 5 not in found and 1 not in found and got[2] < j and not close(got[2], j,
                                                                             rtol=1e-9):
            found[73] = dict(c=f"{got[2]:.1f}", j=f"{j:.1f}")
    if not found:
        return passed(f"{name} matches core.propagate at zero weights and at a trained "
                      f"point, and stays finite and overflow-free at |z| = 800: none of "
                      f"the source post's defects is left.")
    items = [_DEFECT_TEXT[k].format(**v) for k, v in sorted(found.items())]
    head = ("one of the source post's defects remains" if len(items) == 1 else
            f"{len(items)} of the source post's defects remain")
    return wrong(f"{name}: {head}:\n  - " + "\n  - ".join(items))


# --------------------------------------------------------------------------- lesson 08

# Lesson 08: the learner's preprocess(images, digits) -> (X, Y). images (m, 8, 8) holds
# pixel values 0..16, digits (m,) the digits 3 and 8. X must be (64, m), one image per
# column flattened row by row and divided by 16; Y (1, m) of integers, 1 for an 8.


def _preprocess_case():
    """Ten made-up 8 x 8 'images' (not square in m, not symmetric) and their digits.

    No pixel reaches 16 (the largest is 15, in image 0) and image 1 stops at 12, so
    dividing by 16, by the largest pixel of the batch (images.max()) and by each image's
    own maximum give three different answers.
    """
    rng = np.random.default_rng(8)
    images = rng.integers(0, 16, size=(10, 8, 8)).astype(float)
    images[0, 0, 0] = 15.0
    images[1] = np.minimum(images[1], 12.0)
    digits = np.array([3, 8, 8, 3, 8, 3, 3, 8, 3, 8])
    return images, digits


def _preprocess_X_mistakes(images):
    """[(an X the learner might return, what went wrong and what to do)] for known mistakes."""
    m = len(images)
    rows = images.reshape(m, 64)
    by_col = rows.T
    unscaled = " It is also not divided by 16: divide by 16 as well."
    found = [
        (by_col, "X holds the raw pixel values, up to 16: you forgot to scale. Divide by "
                 "16 so every value lies in [0, 1]."),
        (by_col / 255, "X was divided by 255, but these pixels go up to 16, not 255. "
                       "Divide by 16."),
        (by_col / rows.max(axis=1), "Each image was divided by its own largest value. "
         "Divide every image by the same 16, so the same ink gives the same number."),
        (by_col / images.max(), "X was divided by images.max(), the largest pixel of this "
         "batch. That is 16 for the lesson's digits but smaller for fainter images (this "
         "check's largest pixel is 15): divide by the fixed 16."),
        (by_col // 16, "X holds only 0s and 1s: floor division // 16 rounds every pixel "
                       "down. Use true division, / 16."),
    ]
    for layout, message in (
            (images.reshape(64, m), "X comes from images.reshape(64, m): that cuts the "
             "pixels into columns without respecting the images, so a column mixes several "
             "images. Flatten each image first, images.reshape(m, 64), then transpose (.T)."),
            (images.transpose(0, 2, 1).reshape(m, 64).T, "Each image was flattened column "
             "by column (order='F', or the image transposed). Flatten row by row: "
             "images.reshape(m, 64).T.")):
        found += [(layout / 16, message), (layout, message + unscaled)]
    return found


def _diagnose_X(X, images):
    m = len(images)
    want = images.reshape(m, 64).T / 16
    if isinstance(X, (list, tuple)):
        return (f"X is a {type(X).__name__}, not a numpy array. Build it with numpy "
                f"(reshape, .T, / 16) or convert it with np.array(...).")
    try:
        X = np.asarray(X)
        if np.iscomplexobj(X):
            raise TypeError
        X = X.astype(float)
    except (TypeError, ValueError):
        return f"X must be an array of real numbers; got {type(X).__name__}."
    if X.shape == (m, 64):
        also = "" if close(X, want.T) else (" It is also not divided by 16." if
                                            close(X, 16 * want.T) else
                                            " Then check the values.")
        return (f"X has shape ({m}, 64): one image per row. The neuron wants one image "
                f"per column, shape (64, {m}): transpose with .T.{also}")
    if X.shape in ((m, 8, 8), (64, 8), (8, 8 * m)):
        return (f"X has shape {X.shape}: the images were not flattened into columns. "
                f"Use images.reshape(m, 64).T to get shape (64, {m}).")
    if X.shape in ((64 * m,), (1, 64 * m), (64 * m, 1)):
        return (f"X has shape {X.shape}: all the pixels in one long line. Keep one image "
                f"per column: images.reshape(m, 64).T, shape (64, {m}).")
    if X.shape != (64, m):
        return (f"X must have shape (64, {m}) for {m} images of 8 x 8 pixels; got "
                f"{X.shape}. Use images.reshape(m, 64).T / 16.")
    if close(X, want):
        return None
    for candidate, message in _preprocess_X_mistakes(images):
        if close(X, candidate):
            return message
    gap = np.abs(X - want)
    col = int(np.argmax(np.where(np.isfinite(gap), gap, np.inf).max(axis=0)))
    return (f"X has the right shape but wrong values: column {col} should be image {col} "
            f"flattened row by row and divided by 16 (largest value "
            f"{want[:, col].max():.4f}; yours {X[:, col].max():.4f}).")


def _diagnose_Y(Y, digits):
    m = len(digits)
    want = (digits == 8).astype(int).reshape(1, m)
    if isinstance(Y, (list, tuple)):
        return (f"Y is a {type(Y).__name__}, not a numpy array. Build it with numpy: "
                f"(digits == 8).astype(int).reshape(1, -1).")
    try:
        arr = np.asarray(Y)
        if np.iscomplexobj(arr):
            raise TypeError
        values = arr.astype(float)
    except (TypeError, ValueError):
        return f"Y must be an array of 0s and 1s; got {type(Y).__name__}."
    if arr.size == m and arr.shape != (1, m):
        return (f"Y has shape {arr.shape}; the core wants one row, shape (1, {m}). "
                f"Use .reshape(1, -1).")
    if arr.shape != (1, m):
        return f"Y must have shape (1, {m}), one label per image; got {arr.shape}."
    if close(values, digits.reshape(1, m)):
        return ("Y holds the digits themselves (3s and 8s). The neuron needs labels 0 and "
                "1: Y = (digits == 8).astype(int), then reshape(1, -1).")
    if close(values, 1 - want):
        return ("Y is 1 for the 3s and 0 for the 8s: the wrong class is 1. In this lesson "
                "label 1 means an 8: use (digits == 8).")
    if not close(values, want):
        return ("Y has wrong labels: it must be 1 where the digit is 8 and 0 where it is "
                "3, e.g. (digits == 8).astype(int).reshape(1, -1).")
    if arr.dtype == bool:
        return ("Y holds True/False, not the integers 1 and 0. Convert it: "
                "(digits == 8).astype(int).")
    if arr.dtype.kind not in "iu":
        return (f"Y holds the right labels as {arr.dtype} numbers; labels are whole "
                f"numbers. Use .astype(int).")
    return None


def _shape_or_none(x):
    try:
        return np.shape(x)
    except (TypeError, ValueError):     # ragged nested lists
        return None


def check_preprocess(fn):
    """Self-check for lesson 08's preprocess(images, digits) -> (X, Y).

    Names: a list or a single array returned, X and Y swapped, forgot to scale, /255,
    per-image scaling, floor division, one image per row (m, 64), reshape(64, m) without
    flattening, column-by-column flattening, labels left as digits, booleans, floats,
    the wrong class as 1, a 1-D Y, and changing the arrays it was given.
    """
    images, digits = _preprocess_case()
    m = len(digits)
    seen = []

    def spy(images_arg, digits_arg):
        seen.append((images_arg, digits_arg))
        return fn(images_arg, digits_arg)

    spy.__name__ = getattr(fn, "__name__", "preprocess")
    out, problem = call_learner(spy, images, digits)
    if problem:
        if f"cannot reshape array of size {images.size} into" in problem.message or (
                f"cannot reshape array of size {m} into" in problem.message):
            said = problem.message.split(" raised ", 1)[-1]
            return wrong(f"{spy.__name__} used the wrong number of images in a reshape: this "
                         f"check passes {m} images, not the notebook's m (Python said: "
                         f"{said}). Inside the function, take m from the arguments: "
                         f"m = len(digits).")
        return problem
    if isinstance(out, np.ndarray) or not (isinstance(out, (tuple, list)) and len(out) == 2):
        return wrong("preprocess must return two things, X and Y: end it with "
                     "`return X, Y`.")
    X, Y = out
    if _shape_or_none(X) == (1, m) and _shape_or_none(Y) in ((64, m), (m, 64)):
        return wrong("preprocess returned (Y, X): X must come first. End with "
                     "`return X, Y`.")
    got_images, got_digits = seen[-1]
    if not (np.array_equal(got_images, images) and np.array_equal(got_digits, digits)):
        what = "images" if not np.array_equal(got_images, images) else "digits"
        return wrong(f"preprocess changed the {what} array it was given (an in-place "
                     f"operation such as images /= 16). Write images / 16, which makes a "
                     f"new array, and leave the input alone.")
    message = _diagnose_X(X, images)
    if message is None:
        message = _diagnose_Y(Y, digits)
        if message is None:
            return passed(f"preprocess is right: X has shape (64, {m}), one image per "
                          f"column, values in [0, 1]; Y has shape (1, {m}), 1 for an 8.")
        return wrong(f"X is right. {message}")
    return wrong(message)


# --------------------------------------------------------------------------- lesson 09

# Lesson 09: the learner's precision_recall(cm), which takes a 2 x 2 confusion matrix
# [[TN, FP], [FN, TP]] (a numpy int array) and returns the tuple (precision, recall) of
# two fractions in [0, 1]. The matrices have TP + FP > 0 and TP + FN > 0, so no 0 / 0.

# every quantity below differs from every other on both matrices, so a match names it
PR_CASES = (np.array([[50, 10], [5, 35]]), np.array([[90, 3], [12, 15]]))

_PR_RIGHT = ("precision", "recall")
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
                       "sum needs brackets"),
    "no brackets FN": (lambda tn, fp, fn, tp: tp / tp + fn,
                       "tp / tp + fn, that is 1 + FN: the sum needs brackets"),
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


def check_precision_recall(fn):
    """Self-check for lesson 09: precision and recall from a confusion matrix.

    Diagnoses swapped precision and recall (or swapped FP and FN, which gives the same
    two numbers), percentages, rounded values, accuracy, specificity or the class-0 scores
    instead (TP read from the top left), FP or FN on top, division by the wrong total,
    missing brackets (tp / tp + fp), floor division, a list or array instead of a tuple,
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
        if container is not None:
            return wrong(f"{name} gives the right values but returns a {container}, not a "
                         f"tuple. Return a tuple: `return precision, recall` (no brackets).")
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
            where = ("FN is cm[1][0], bottom left" if want == "recall" else
                     "FP is cm[0][1], top right")
            said.append(f"your {want} is {_PR_QUANTITIES[_PR_RIGHT[1 - slot]][1]}, the other "
                        f"one: FP and FN are mixed up ({where})")
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
        hint = ""
    return wrong(text.rstrip(".") + ". " + (hint + " " if hint else "")
                 + _NEXT_STEP.strip())


# --------------------------------------------------------------------------- lesson 10

def _penalty_case(seed=10):
    """W (3, 1) with ||W|| far from 1 and sum(W)^2 far from ||W||^2, b = 0.8 (so a
    penalty on b shows), X (3, 5), Y (1, 5) and lambd = 0.7 (not 1 or 2, so lambd,
    lambd/2 and 2 lambd all differ)."""
    rng = np.random.default_rng(seed)
    W = np.array([[1.5], [-2.0], [1.0]])
    X = rng.normal(size=(3, 5))
    Y = np.array([[1, 0, 0, 1, 1]])
    return W, 0.8, X, Y, 0.7


def _number(value):
    """A float from a number, a numpy scalar or a one-element array; None otherwise."""
    if isinstance(value, (str, bytes, bool, np.bool_)) or np.size(value) != 1:
        return None
    try:
        arr = np.asarray(value)
        if arr.dtype.kind not in "iuf":
            return None
        return float(arr.reshape(()))
    except (TypeError, ValueError):
        return None


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
    "half": ("it uses lambd / m instead of lambd / (2m)", "The penalty in the cost uses "
             "lambd / m where it needs lambd / (2 * m): the 1/2 is missing."),
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
    if cost - J0 <= 0:
        return None
    k = lambd * sq / (2 * (cost - J0))
    if abs(k - round(k)) > 1e-6 * max(k, 1) or round(k) in X.shape:
        return None
    k = int(round(k))
    return k if close(dW, g0["dW"] + lambd / k * W) else None


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
                     f"{J0:.6f} + penalty {want_cost - J0:.6f} (lambd = {lambd}, m = {m}).")
    if not close(db, want["db"]):
        return wrong(f"The cost and dW are right but db = {db:.6f}; expected "
                     f"{want['db']:.6f}, propagate's db unchanged (b is not penalised).")
    i = int(np.argmax(np.abs(dW - want["dW"])))
    return wrong(f"The cost is right but dW is not: dW[{i}, 0] = {dW[i, 0]:.6f}, expected "
                 f"{want['dW'][i, 0]:.6f} = {g0['dW'][i, 0]:.6f} + lambd / m * W[{i}, 0].")


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
    return passed(f"{name} is right: the cost gains lambd / (2m) * ||W||^2, dW gains "
                  f"lambd / m * W, and b is left alone (checked at lambd = 0, {lambd} "
                  f"and 3).")
