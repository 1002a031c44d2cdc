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

def gradient_check_propagate(propagate, W, b, X, Y, epsilon=1e-5):
    """Does a propagate function's gradient match its OWN cost?

    Relative error between the grads it returns and centered differences of the cost it
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


def _ng_run(fn, f, h):
    """The learner's numerical gradient of f at a fresh copy of _NG_THETA with step h.

    Returns (result, problem, theta_after): theta_after is the very array passed in.
    """
    theta = _NG_THETA.copy()

    def learner():
        return fn(f, theta, h)

    learner.__name__ = getattr(fn, "__name__", "your function")
    out, problem = call_learner(learner)
    return out, problem, theta


def _ng_square(t):
    return float(np.sum(t ** 2))


def _ng_cube(t):
    return float(np.sum(t ** 3))


def _ng_coupled(t):
    return float(np.sum(t) ** 2)


def check_numerical_gradient(fn):
    """Self-check for lesson 04: a centered-difference numerical gradient fn(f, theta, h).

    Diagnoses: a forward difference (off by exactly h on sum(t^2)); dividing by h instead
    of 2h (twice the gradient); a step that ignores h (sum(t^3) gives 3t^2 + step^2);
    a probe not restored between coordinates (the error grows with the index on
    (sum t)^2); and a theta changed in place.
    """
    name = getattr(fn, "__name__", "your function")
    t, h = _NG_THETA, 1e-3
    out, problem, after = _ng_run(fn, _ng_square, h)
    if problem:
        return problem
    if not np.array_equal(after, t):
        moved = float(np.max(np.abs(after - t)))
        how = ("by rounding only: put the old value back exactly (old = theta[i] ... "
               "theta[i] = old)" if moved < h / 100 else
               f"by up to {moved:.0e} (h = {h:.0e}): theta is left perturbed")
        return wrong(f"{name} changed the theta it was given, {how}. Perturb a copy "
                     f"(probe = theta.copy()) and never modify your input.")
    if np.shape(out) != t.shape:
        return wrong(f"{name} returned shape {shape_of(out)}; expected {t.shape}, one "
                     f"partial derivative per entry of theta.")
    exact = 2 * t
    if close(out - exact, np.full_like(t, h)):
        return wrong(f"On f = sum(t**2) with h = {h:g} every entry is off by exactly h: "
                     f"that is a forward difference (f(t + h) - f(t)) / h, error O(h). "
                     f"Use (f(t + h e_i) - f(t - h e_i)) / (2h).")
    if close(out, 2 * exact):
        return wrong(f"{name} returns twice the gradient on f = sum(t**2): you divided "
                     f"by h instead of 2h; the two points are 2h apart.")
    if close(out, exact / 2 + h / 2):
        return wrong(f"{name} looks like a forward difference divided by 2h (half the "
                     f"gradient plus h/2): use f(t - h e_i), not f(t), as the second point.")
    if not close(out, exact):
        ratio = np.asarray(out, float) / exact
        if np.allclose(ratio, ratio[0], rtol=1e-6):
            return wrong(f"{name} returns {ratio[0]:.4g} times the gradient on "
                         f"f = sum(t**2): the step you add and the step you divide by "
                         f"differ. Use the argument h for both (and 2h below the line).")
        return wrong(f"On f = sum(t**2) at theta = {t.tolist()} the gradient is "
                     f"{exact.tolist()}; {name} gave {np.round(out, 6).tolist()}.")
    return _check_ng_step(fn, name)


def _check_ng_step(fn, name):
    t, h = _NG_THETA, 0.1
    out, problem, _ = _ng_run(fn, _ng_cube, h)
    if problem:
        return problem
    extra = np.asarray(out, float) - 3 * t ** 2    # centered: exactly h^2 on sum(t^3)
    if not close(extra, np.full_like(t, h * h)):
        mean = float(np.mean(extra))
        if np.all(np.abs(extra - mean) < h * h / 20):   # the same offset everywhere
            step = f"about {np.sqrt(mean):.0e}" if mean > 0 else "a much smaller one"
            return wrong(f"{name} ignores its h argument: called with h = {h:g} on "
                         f"f = sum(t**3), where centered differences are off by exactly "
                         f"h**2 = {h * h:g}, it behaves like a step of {step}. "
                         f"Use h, not a constant.")
        return wrong(f"On f = sum(t**3) with h = {h:g}, centered differences give "
                     f"3 t**2 + h**2 = {np.round(3 * t ** 2 + h * h, 6).tolist()}; {name} "
                     f"gave {np.round(out, 6).tolist()}.")
    h = 1e-3
    out, problem, _ = _ng_run(fn, _ng_coupled, h)
    if problem:
        return problem
    exact = np.full_like(t, 2 * np.sum(t))
    if not close(out, exact):
        err = np.asarray(out, float) - exact
        if abs(err[0]) < 1e-6 and np.all(np.abs(err[1:]) > h / 10):
            return wrong(f"On f = (sum t)**2 the first entry is right but the error grows "
                         f"with the index ({np.round(err, 4).tolist()}): each coordinate "
                         f"is evaluated with the earlier ones still perturbed. Restore "
                         f"probe[i] = theta[i] before moving to the next i.")
        return wrong(f"On f = (sum t)**2 the gradient is {exact.tolist()}; {name} gave "
                     f"{np.round(out, 6).tolist()}.")
    return passed(f"{name} gives centered differences: exact on sum(t**2), error exactly "
                  f"h**2 on sum(t**3), right on the coupled (sum t)**2, and theta untouched.")

# --------------------------------------------------------------------------- lesson 05

# --------------------------------------------------------------------------- lesson 06
