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
                              f"line at the end of the function, run its cell, then this check.")


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
                    f"It is scalar-only: math.exp, float(...) or an `if` on z handle one "
                    f"number at a time. Use np.exp, and np.where for branches, so it works "
                    f"elementwise on a whole array at once.")
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
    if problem is not None:
        advice = (" math.exp cannot return inf (it raises instead); np.exp returns inf, and "
                  "1/(1 + inf) = 0 is the right limit." if "OverflowError" in problem.message
                  else "")
        return wrong(f"sigmoid is right for moderate z but fails for z = [-1000, 1000]: "
                     f"{problem.message}.{advice}")
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


def _unfilled_stub_inside(fn):
    """Name of a function fn calls that raised NotImplementedError (a stub), else None.

    A NotImplementedError raised by fn's own body is the untouched stub itself: None.
    """
    code = getattr(fn, "__code__", None)
    try:
        with np.errstate(all="ignore"):
            fn(_Z01.copy())
    except NotImplementedError as exc:
        tb = exc.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        if code is not None and tb.tb_frame.f_code is not code:
            return tb.tb_frame.f_code.co_name
    except Exception:  # noqa: BLE001 - other failures are reported by the check itself
        pass
    return None


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
    return wrong("sigmoid_derivative gives wrong values: " + _worst(out, expected) + ".")


# --------------------------------------------------------------------------- lesson 03

def _cost_case(seed=2):
    """Probabilities A (1, 6) away from 0 and 1, labels Y (1, 6) with both classes."""
    rng = np.random.default_rng(seed)
    Z = rng.uniform(-3, 3, size=(1, 6))
    Y = np.array([[1, 0, 1, 1, 0, 0]])
    return Z, core.sigmoid(Z), Y


def check_compute_cost(compute_cost):
    """Check compute_cost(A, Y) -> mean cross-entropy of probabilities A against labels Y.

    Diagnoses a sum instead of a mean (missing 1/m, or m taken as len(Y) = 1), the source
    post's missing y term (log A + (1 - Y) log(1 - A)), a sign error on both terms or on
    one only, eps inside the logs, and np.dot of two (1, m) rows.
    """
    Z, A, Y = _cost_case()
    out, problem = call_learner(compute_cost, A, Y)
    if problem:
        if "aligned" in problem.message or "matmul" in problem.message:
            return wrong(problem.message + f" -- Y and A are both {Y.shape}, so np.dot(Y, "
                         f"np.log(A)) is (1, m) times (1, m). Use elementwise * with "
                         f"np.mean, or np.dot(Y, np.log(A).T).")
        return problem
    if np.size(out) != 1:
        return wrong(f"compute_cost should return one number (the mean over the "
                     f"{Y.shape[1]} samples); got shape {shape_of(out)}. Did you forget "
                     f"np.mean (or np.sum and / m)?")
    got = float(np.squeeze(out))
    want = float(np.mean(core.logistic_loss(Z, Y)))
    m = Y.shape[1]
    no_y = _naive_cost(A, Y, y_factor=False)
    first_minus = float(np.mean(-Y * np.log(A) + (1 - Y) * np.log(1 - A)))
    if close(got, want):
        return passed(f"compute_cost is right: {got:.6f} (logreg_core: {want:.6f}).")
    if close(got, m * want):
        return wrong(f"You returned {got:.6f} = {m} x {want:.6f}: the sum of the losses. "
                     f"Divide by m (or use np.mean) so the cost does not grow with m. If "
                     f"you did divide: m is the number of samples, Y.shape[1] = {m}; "
                     f"len(Y) and Y.shape[0] are 1.")
    if close(got, -want):
        return wrong(f"You returned {got:.6f}, the right size but negative: a sign error. "
                     f"log a < 0, so the loss needs a minus in front of each log term.")
    if close(got, first_minus) or close(got, -first_minus):
        return wrong(f"You returned {got:.6f}, expected {want:.6f}: the minus sign is on "
                     f"one term only. The minus must apply to both terms: "
                     f"-(Y * np.log(A) + (1 - Y) * np.log(1 - A)).")
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


# --------------------------------------------------------------------------- lesson 04

def _propagate_case(seed=3):
    """W (3, 1), b = 0.7 (not 0, so a forgotten b shows), X (3, 5), Y (1, 5)."""
    rng = np.random.default_rng(seed)
    W = rng.normal(size=(3, 1))
    X = rng.normal(size=(3, 5))
    Y = np.array([[1, 0, 0, 1, 1]])
    return W, 0.7, X, Y


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
    if close(dW, want * m / n):
        return (f"dW is off by m/n = {m}/{n}: m is the number of samples, X.shape[1] = {m}, "
                f"not X.shape[0] = {n} (the features).")
    if close(dW, want / m):
        return f"dW is {m} times too small: did you divide by m twice?"
    return None


def _worst_dW(dW, want):
    """A sentence naming the element of dW furthest from the right one."""
    dW = np.asarray(dW, dtype=float)
    i = int(np.argmax(np.abs(dW - want)))
    return (f"dW is wrong: dW[{i}, 0] = {dW[i, 0]:.6f}, expected {want[i, 0]:.6f}. "
            f"Use dW = X @ dZ.T / m with dZ = A - Y.")


def check_propagate(propagate):
    """Check propagate(W, b, X, Y) -> (grads, cost) against logreg_core.propagate.

    Diagnoses a transposed or wrongly shaped dW, a missing 1/m (or m taken from
    X.shape[0], or 1/m twice), a forgotten b (the test point has b = 0.7), a wrong sign,
    dW from A instead of dZ, a shape mismatch in Z or dW, and a cost without the y factor,
    with the wrong sign, or summed. It never calls a part right that it has not compared.
    """
    W, b, X, Y = _propagate_case()
    out, problem = call_learner(propagate, W, b, X, Y)
    if problem:
        if "matmul" in problem.message or "aligned" in problem.message:
            (n, m), k = X.shape, W.shape[1]
            return wrong(problem.message + f" -- a shape mismatch in a product. Check both: "
                         f"Z = W.T @ X + b is ({k}, {n}) @ ({n}, {m}); dW = X @ dZ.T / m is "
                         f"({n}, {m}) @ ({m}, {k}).")
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
    db_array = np.shape(db) if isinstance(db, np.ndarray) and np.ndim(db) > 0 else None
    db, cost = float(np.squeeze(db)), float(np.squeeze(cost))
    want, want_cost = core.propagate(W, b, X, Y)
    at_b0, cost_b0 = core.propagate(W, 0.0, X, Y)
    (n, m), A = X.shape, core.sigmoid(W.T @ X + b)
    if close(dW, want["dW"]) and close(db, want["db"]) and close(cost, want_cost):
        note = (f" (db came back as an array of shape {db_array}; float(...) makes it the "
                f"plain number the lesson asks for.)" if db_array else "")
        return passed(f"propagate is right: cost {want_cost:.6f}, db {want['db']:.6f}, "
                      f"dW of shape {want['dW'].shape}.{note}")
    issue = _diagnose_dW(dW, want["dW"], at_b0["dW"], m)
    if issue:
        return wrong(issue)
    if close(dW, X @ A.T / m):
        return wrong("dW uses A where it needs dZ = A - Y: dW = X @ dZ.T / m.")
    if not close(dW, want["dW"]):
        return wrong(_worst_dW(dW, want["dW"]))
    # from here on dW is right
    if not close(db, want["db"]):
        if close(db, m * want["db"]):
            return wrong(f"dW is right, but db is {m} times too large: use the mean of dZ, "
                         f"not its sum.")
        if close(db, want["db"] * m / n):
            return wrong(f"dW is right, but db is off by m/n = {m}/{n}: m is the number of "
                         f"samples, X.shape[1] = {m}, not X.shape[0] = {n}.")
        if close(db, at_b0["db"]):
            return wrong("db is the gradient at b = 0: did you forget + b in z?")
        return wrong(f"dW is right but db = {db:.6f}; expected "
                     f"{want['db']:.6f} = mean(A - Y).")
    # from here on dW and db are right, and the cost is not (else it passed above)
    if close(cost, _naive_cost(core.sigmoid(W.T @ X + b), Y, y_factor=False)):
        return wrong(f"The gradients are right but the cost {cost:.6f} lacks the y "
                     f"factor (the source post's bug): use Y * np.log(A) + "
                     f"(1 - Y) * np.log(1 - A). Expected {want_cost:.6f}.")
    if close(cost, -want_cost):
        return wrong(f"The gradients are right but the cost {cost:.6f} has the wrong sign: "
                     f"the loss is -(y log a + (1 - y) log(1 - a)). Expected {want_cost:.6f}.")
    if close(cost, m * want_cost):
        return wrong(f"The gradients are right but the cost is {m} times too large: divide "
                     f"the sum by m.")
    if close(cost, want_cost * m / n):
        return wrong(f"The gradients are right but the cost is off by m/n = {m}/{n}: m is "
                     f"the number of samples, X.shape[1] = {m}, not X.shape[0] = {n}.")
    if close(cost, cost_b0):
        return wrong("The cost is the one at b = 0: did you forget + b in z?")
    return wrong(f"The gradients are right but the cost is {cost:.6f}; "
                 f"expected {want_cost:.6f}.")


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
    """Self-check for lesson 05: a centred-difference numerical gradient fn(f, theta, h).

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
        if np.allclose(ratio, -1.0, rtol=1e-6):
            return wrong(f"{name} returns the gradient with the opposite sign on "
                         f"f = sum(t**2): put f(theta + h e_i) first, "
                         f"(f(theta + h e_i) - f(theta - h e_i)) / (2h).")
        if np.allclose(ratio, h * h, rtol=1e-6):
            return wrong(f"{name} returns h**2 = {h * h:g} times the gradient on "
                         f"f = sum(t**2): `/ 2 * h` divides by 2 and then multiplies by h. "
                         f"Write `/ (2 * h)`.")
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
    extra = np.asarray(out, float) - 3 * t ** 2    # centred: exactly h^2 on sum(t^3)
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
    return passed(f"{name} gives centred differences: exact on sum(t**2), error exactly "
                  f"h**2 on sum(t**3), right on the coupled (sum t)**2, and theta untouched.")

# --------------------------------------------------------------------------- lesson 06

# Lesson 06: the learner's optimize(W, b, X, Y, num_iterations, learning_rate), which
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
    Returns (where, advice), or (None, None).
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
    advice = "Record the cost computed before the update, when i % 100 == 0."
    candidates = [(name, expected, advice) for name, expected in candidates]
    candidates.append(("every 100 iterations, but with one extra cost appended after the "
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
    if np.ndim(b) != 0:
        return wrong(f"params['b'] must be a number like the b you were given; got an "
                     f"array of shape {np.shape(b)}. Keep b a float: db from "
                     f"core.propagate is one.")
    ref, ref_grads, ref_costs = core.optimize(*args)
    trace = core.optimize(*args, record_every=1)[2] + [core.cost(ref["W"], ref["b"], X, Y)]
    w_last, b_frozen = _frozen_W(*args)
    if close(b, b_frozen) and (close(W, c["W"]) or close(W, w_last)):
        return wrong("W never changed, but b did. Is your update `w = W - "
                     "learning_rate * dW`? That makes a new name w; every step starts "
                     "again from the old W. Write `W = W - learning_rate * dW`.")
    if close(W, c["W"]) and close(b, c["b"]):
        return wrong("neither W nor b changed: apply the update inside the loop.")
    if close(b, c["b"]):
        return wrong("W changed but b never changed: update b too, "
                     "b = b - learning_rate * db.")
    W_up, b_up = _ascent(*args)
    if close(W, W_up) and close(b, b_up):
        return wrong("your parameters went uphill: the update adds the gradient. Gradient "
                     "descent subtracts it: W = W - learning_rate * dW (the same for b).")
    if not (close(W, ref["W"]) and close(b, ref["b"])):
        err = float(np.max(np.abs(np.asarray(W, float) - ref["W"])))
        return wrong(f"W and b differ from logreg_core.optimize (largest W difference "
                     f"{err:.3g}). Check the learning rate and the gradients you use.")
    if not close(costs, ref_costs):
        where, advice = _recorded_where(costs, trace, c["num_iterations"])
        if where:
            return wrong(f"W and b are right, but your costs were recorded {where}. "
                         f"{advice}")
        return wrong(f"W and b are right, but the costs are not the {len(ref_costs)} costs "
                     f"before updates 0, 100, 200, 300: expected "
                     f"{[round(v, 6) for v in ref_costs]}.")
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


# --------------------------------------------------------------------------- lesson 07

# The seed's functions, copied into sandboxes so lesson 07 can run each defect on its own.
# Statements are the seed's (reformatted); comments marked "defect" are ours.

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
        grads, cost = core.propagate(W, b, X, Y)   # (the seed calls its own propagate)
        dW = grads['dW']
        db = grads['db']
        w = W - learning_rate * dW    # defect 2: a new name w; W itself never changes
        b = b - learning_rate * db
        if i % 100 == 0:
            costs.append(cost)        # (the seed also prints the cost here)
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
    """The seed's one-sample snippet; prints what the seed prints (numbers formatted)."""
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
    """Per-sample loss as the seed's final propagate computes it: log(a + eps), naive a."""
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
       "the cross-entropy is {j}",
    5: "defect 5, an eps inside the logs shifts the cost by {d} and caps each sample's "
       "loss at -log(eps), about 11.5: compute the loss from the logits",
    71: "defect 7, np.exp overflows for z = -800 (the naive 1/(1 + np.exp(-z))): use "
        "core.sigmoid, which never overflows",
    72: "defect 7, the cost is {c} where it should be {j}, when predictions saturate "
        "(A rounds to exactly 0 or 1, so a log becomes -inf): compute the cost from the "
        "logits, e.g. core.logistic_loss(Z, Y)",
    73: "defect 5 in another form: at |z| = 800 the cost is {c} where it should be {j}; "
        "clipping A or adding a small eps caps each sample's loss. Compute the loss from "
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
    try:
        grads, cost = out
        dW, db, cost = np.asarray(grads["dW"], float), float(grads["db"]), float(cost)
    except (TypeError, ValueError, KeyError) as exc:
        return None, wrong(f"{name} must return (grads, cost) with grads = {{'dW': (n, 1) "
                           f"array, 'db': float}} and cost a float; that failed ({exc}).")
    if dW.shape != (n, 1):
        return None, wrong(f"{name}'s dW has shape {dW.shape}; expected ({n}, 1) like W.")
    return (dW, db, cost), None


def check_fixed_propagate(fn):
    """Self-check for lesson 07: a repaired propagate. Lists every seed defect still in it.

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
        if not (close(dW, grads["dW"]) and close(db, grads["db"])):
            return wrong(f"{name}'s gradient is wrong at W = {W.ravel().tolist()}, b = {b}: "
                         f"dW = {np.round(dW.ravel(), 6).tolist()}, db = {db:.6f}; expected "
                         f"{np.round(grads['dW'].ravel(), 6).tolist()}, {grads['db']:.6f}. "
                         f"Keep dz = A - Y, dW = X @ dz.T / m, db = mean(dz).")
        if close(c, j, rtol=1e-9):
            continue
        variants = _cost_variants(W, b, X, Y)
        variant = next((k for k, v in variants.items() if close(c, v, rtol=1e-9)), None)
        if variant is None and close(c, X.shape[1] * j, rtol=1e-9):
            return wrong(f"{name}'s cost is {c:.6f} at W = {W.ravel().tolist()}, b = {b}: "
                         f"m = {X.shape[1]} times the cross-entropy {j:.6f}. The 1/m is "
                         f"missing: take the mean of the losses (np.mean), not their sum.")
        if variant is None:
            return wrong(f"{name}'s cost is {c:.6f} at W = {W.ravel().tolist()}, b = {b}; "
                         f"the cross-entropy is {j:.6f}, and no seed defect explains it.")
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
                      f"point, and stays finite and overflow-free at |z| = 800: no seed "
                      f"defect left.")
    items = [_DEFECT_TEXT[k].format(**v) for k, v in sorted(found.items())]
    head = "one seed defect remains" if len(items) == 1 else f"{len(items)} seed defects remain"
    return wrong(f"{name}: {head}:\n  - " + "\n  - ".join(items))


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
    two numbers), percentages, accuracy, specificity or the class-0 scores instead,
    division by the wrong total, floor division, and a list or array instead of a tuple.
    """
    name = getattr(fn, "__name__", "your function")
    results, container = [], None
    for cm in PR_CASES:
        out, problem = call_learner(fn, cm)
        if problem is not None:
            return problem
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
    if all(v == round(v) for r in results for v in r):
        return wrong(f"{name} returns whole numbers only: did you use floor division //?"
                     f"{shown}Use / for true division.")
    said, fixes = [], []
    for slot in range(2):
        if right[slot]:
            continue
        want = _PR_RIGHT[slot]
        known = [n for n in names[slot] if n != _PR_RIGHT[1 - slot]]
        if known:
            base = known[0].removesuffix(" in percent")
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
    return wrong(f"{name}: " + "; ".join(said) + "." + shown + " ".join(fixes))
