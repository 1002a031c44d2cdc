"""Lesson 05's self-check: numerical_gradient by centred differences.

Imports the shared machinery (.common) and logreg_core; never another lesson's module.
"""

import numpy as np

import logreg_core as core

from .common import (
    more_cases,
    same_numbers,
    _floats,
    _names_blanks,
    call_learner,
    close,
    learner_check,
    passed,
    wrong,
)


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
    theta.setflags(write=False)        # the learner must not change the theta it is given
    recorder = _Recorder(f, theta)

    def learner():
        return fn(recorder, theta, h)

    learner.__name__ = getattr(fn, "__name__", "your function")
    out, problem = call_learner(learner)
    return out, problem, theta, recorder


def _ng_square(t):
    """f(t) = sum(t**2)"""
    return float(np.sum(t ** 2))


def _ng_cube(t):
    return float(np.sum(t ** 3))


def _ng_coupled(t):
    return float(np.sum(t) ** 2)


def _ng_weighted(t):
    """f(t) = sum((1, 2, 3, ...) * t**2)"""
    return float(np.sum(np.arange(1, t.size + 1) * t ** 2))


_NG_CASES = [
    ("theta has 1 entry", (_ng_square, np.array([0.7]), 1e-4)),
    ("theta has 7 entries", (_ng_weighted, np.random.default_rng(105).normal(size=7), 1e-4)),
    ("f weighs each entry differently", (_ng_weighted, np.array([1.0, -2.0, 0.5]), 1e-3)),
]


def _same_gradient(out, expected):
    return isinstance(out, np.ndarray) and same_numbers(out, expected, rtol=1e-6, atol=1e-7)


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


@learner_check
@_names_blanks
def check_numerical_gradient(fn):
    """Self-check for lesson 05: a centred-difference numerical gradient fn(f, theta, h).

    Records every point fn evaluates f at; theta is handed over read-only. Diagnoses: a
    write into theta (`t = theta` or `t = theta[:]` are not copies), f only ever called at
    theta itself (two aliases, +h and -h cancel); a list, a tuple, a scalar (a `return`
    inside the loop) or a wrong shape returned; f evaluated once outside the loop (all
    coordinates moved at once); an ignored h; a forward difference (off by exactly h on
    sum(t^2)); dividing by h instead of 2h; a forward difference divided by 2h; the opposite
    sign; `/ 2 * h`; a coordinate not restored before the next (on (sum t)^2).
    """
    name = getattr(fn, "__name__", "your function")
    t, h = _NG_THETA, 1e-3
    out, problem, after, rec = _ng_run(fn, _ng_square, h)
    if problem and "read-only" in problem.message:
        return wrong(f"{name} writes into the theta it is given (the check hands it over "
                     f"read-only, so Python stopped it). `t = theta` and `t = theta[:]` do "
                     f"not copy: t is the same array as theta, or a view of it. Start from "
                     f"a real copy, t = theta.copy(), for each i, and change only t.")
    if problem:
        if "IndexError" in problem.message and "only integers" in problem.message:
            return wrong(f"{name} uses the entries of theta as positions: `for i in theta` "
                         f"gives the values (0.5, -1.0 and so on), not the places 0, 1, 2. "
                         f"Loop over the places: for i in range(theta.size).")
        return problem
    problem = _ng_caller_theta(name, rec, after, t, h)
    # (theta is read-only: this names f evaluated only at theta itself)
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
    other = more_cases(fn, _NG_CASES, core.numerical_gradient, _same_gradient,
                       "Look for a size fixed in your code (the notebook's n, or a range of "
                       "fixed length) instead of theta.size, and for a function from the "
                       "notebook (such as J) called instead of f.")
    if other is not None:
        return other
    return passed(f"{name} gives centred differences: exact on sum(t**2), error exactly "
                  f"h**2 on sum(t**3), right on the coupled (sum t)**2, and theta untouched.")
