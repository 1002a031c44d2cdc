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

# z values where the answers are known, and shaped (2, 5) so shape mistakes show
_Z01 = np.linspace(-4.5, 4.5, 10).reshape(2, 5)


def _run_elementwise(fn, expected):
    """Run fn on the (2, 5) test array; catch scalar-only code and shape mistakes.

    Returns (out, None) with out a float array shaped like expected, or (None, CheckResult).
    """
    name = getattr(fn, "__name__", "your function")
    out, problem = call_learner(fn, _Z01)
    if problem is not None:
        if problem.status == WRONG:
            one, scalar_problem = call_learner(fn, 0.5)
            if scalar_problem is None and np.ndim(one) == 0:
                return None, wrong(
                    f"{name} works for one number but fails for an array ({problem.message}). "
                    f"It is scalar-only: use np.exp, not math.exp, so it works elementwise "
                    f"on a whole array at once.")
        return None, problem
    try:
        out = np.asarray(out, dtype=float)
    except (TypeError, ValueError):
        return None, wrong(f"{name} returned {type(out).__name__}, not numbers.")
    if out.shape != expected.shape:
        if out.ndim == 0:
            return None, wrong(
                f"{name} returned a single number for an input array of shape "
                f"{expected.shape}. It must return one value per element: work on the "
                f"whole array with np.exp, with no float(...) or z[0] and no loop over a scalar.")
        return None, wrong(f"{name} returned shape {out.shape} for an input of shape "
                           f"{expected.shape}; it must keep the input's shape.")
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
        return wrong("sigmoid has the sign flipped: it computes 1/(1 + e^{z}) = sigma(-z), "
                     "which falls as z grows. Use np.exp(-z).")
    if np.all(out == np.round(out)):
        return wrong("sigmoid returned only whole numbers (" + _worst(out, expected) + "). "
                     "Did you use floor division // or int(...)? Use / for true division.")
    return wrong("sigmoid gives wrong values: " + _worst(out, expected) + ".")


def _sigmoid_extremes(fn):
    """After a correct answer on moderate z: nan at +-1000 is wrong, a warning is a hint."""
    big = np.array([-1000.0, 1000.0])
    out, problem = call_learner(fn, big)
    if problem is not None or not close(out, [0.0, 1.0]):
        shown = "an error" if problem is not None else np.array2string(
            np.asarray(out, dtype=float), precision=3)
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
    to z instead of s = sigmoid(z), and returning sigmoid(z) itself.
    """
    expected = core.sigmoid_derivative(_Z01)
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
    return wrong("sigmoid_derivative gives wrong values: " + _worst(out, expected) + ".")


# --------------------------------------------------------------------------- lesson 02

# --------------------------------------------------------------------------- lesson 03

# --------------------------------------------------------------------------- lesson 04

# --------------------------------------------------------------------------- lesson 05

# --------------------------------------------------------------------------- lesson 06
