"""Lesson 05 (gradient checking): the h-sweep helpers, the V plot, and the self-check."""

import matplotlib.pyplot as plt
import numpy as np
import pytest

import lessontext
import logreg_checks as checks
import logreg_core as core
import logreg_viz as viz

NB = "05_gradient_checking.ipynb"


@pytest.fixture(scope="module")
def trained():
    X, Y, _, _ = core.toy_dataset()
    params, _, _ = core.optimize(np.zeros((2, 1)), 0.0, X, Y, 100, 0.5)
    return params["W"], params["b"], X, Y


HS = np.logspace(-13, 0, 53)


# --------------------------------------------------------------------------- sweeps

def test_forward_gradient_is_off_by_h_on_a_square():
    theta = np.array([0.5, -1.0, 2.0])
    before = theta.copy()
    g = viz.forward_gradient(lambda t: float(np.sum(t ** 2)), theta, 1e-3)
    np.testing.assert_allclose(g, 2 * theta + 1e-3, rtol=1e-9)
    np.testing.assert_array_equal(theta, before)


def test_h_sweep_centered_float64_is_core_gradient_check(trained):
    W, b, X, Y = trained
    hs = [1e-7, 1e-5, 1e-3]
    errors = viz.h_sweep(W, b, X, Y, hs)
    expected = [core.gradient_check(W, b, X, Y, epsilon=h) for h in hs]
    np.testing.assert_allclose(errors, expected, rtol=1e-12)


def test_h_sweep_forward_matches_a_hand_computed_forward_difference(trained):
    W, b, X, Y = trained
    h = 1e-4
    theta = np.append(W.ravel(), b)
    J0 = core.cost(W, b, X, Y)
    g_num = []
    for i in range(3):
        t = theta.copy()
        t[i] += h
        g_num.append((core.cost(t[:2].reshape(2, 1), t[2], X, Y) - J0) / h)
    grads, _ = core.propagate(W, b, X, Y)
    g = np.append(grads["dW"].ravel(), grads["db"])
    err = viz.h_sweep(W, b, X, Y, [h], method="forward")[0]
    assert err == pytest.approx(core.relative_error(g, g_num), rel=1e-9)


def test_truncation_slopes_are_two_and_one(trained):
    W, b, X, Y = trained
    hs = np.array([1e-3, 1e-2])   # right arm: truncation dominates in float64
    for method, slope in (("centered", 2), ("forward", 1)):
        e = viz.h_sweep(W, b, X, Y, hs, method=method)
        measured = np.log10(e[1] / e[0])
        assert measured == pytest.approx(slope, abs=0.1), method


def test_float32_sweep_really_rounds_in_float32(trained):
    W, b, X, Y = trained
    e64 = viz.h_sweep(W, b, X, Y, [1e-5])[0]
    e32 = viz.h_sweep(W, b, X, Y, [1e-5], dtype=np.float32)[0]
    assert e64 < 1e-9
    assert e32 > 1e-3          # the lesson's claim: a right gradient looks broken
    e32_best = viz.h_sweep(W, b, X, Y, [viz.theory_h(np.float32, "centered")],
                           dtype=np.float32)[0]
    assert e32_best < 1e-3


def test_best_steps_are_near_theory(trained):
    W, b, X, Y = trained
    for dt in (np.float64, np.float32):
        for method in ("centered", "forward"):
            h, err = viz.best_h(HS, viz.h_sweep(W, b, X, Y, HS, dtype=dt, method=method))
            assert 0.1 < h / viz.theory_h(dt, method) < 10, (dt, method, h)


def test_theory_h_and_best_h():
    assert viz.theory_h(np.float64, "centered") == pytest.approx(2.0 ** (-52 / 3))
    assert viz.theory_h("float32", "forward") == pytest.approx(2.0 ** (-23 / 2))
    assert viz.best_h(np.array([1.0, 2.0, 3.0]), np.array([0.5, 0.1, 0.3])) == (2.0, 0.1)


def test_h_sweep_rejects_an_unknown_method(trained):
    with pytest.raises(ValueError, match="method"):
        viz.h_sweep(*trained, [1e-5], method="backward")


# --------------------------------------------------------------------------- plots

def test_plot_h_sweep_draws_lines_markers_and_theory():
    hs = np.logspace(-6, 0, 7)
    curves = {"a": np.array([1e-2, 1e-3, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1]),
              "b": np.array([1, 1, 1e-1, 1e-2, 1e-3, 1e-4, 1e-2])}
    ax = viz.plot_h_sweep(hs, curves, theory={"a": 1e-4, "b": 1e-2}, title="t")
    assert ax.get_xscale() == "log" and ax.get_yscale() == "log"
    curves_drawn = [ln for ln in ax.lines if len(ln.get_xdata()) == len(hs)]
    markers = [ln for ln in ax.lines if ln.get_marker() == "o"]
    vlines = [ln for ln in ax.lines if ln.get_linestyle() == ":"]
    assert len(curves_drawn) == 2 and len(markers) == 2 and len(vlines) == 2
    np.testing.assert_array_equal(curves_drawn[0].get_ydata(), curves["a"])
    assert (markers[0].get_xdata()[0], markers[0].get_ydata()[0]) == (1e-4, 1e-5)
    assert (markers[1].get_xdata()[0], markers[1].get_ydata()[0]) == (1e-1, 1e-4)
    assert [v.get_xdata()[0] for v in vlines] == [1e-4, 1e-2]
    labels = ax.get_legend_handles_labels()[1]
    assert labels[0].startswith("a: best h = 1e-04") and "theory 1e-04" in labels[0]
    assert ax.get_xlabel() == "step h" and ax.get_ylabel() == "relative error"
    assert ax.get_title() == "t"


def test_h_sweep_figure_has_two_v_panels_with_dots_at_the_computed_best(trained):
    W, b, X, Y = trained
    sweeps = {(m, np.dtype(d).name): viz.h_sweep(W, b, X, Y, HS, dtype=d, method=m)
              for m in ("centered", "forward") for d in (np.float64, np.float32)}
    fig = viz.h_sweep_figure(HS, sweeps)
    axes = fig.axes
    assert [ax.get_title() for ax in axes] == ["centred differences", "forward differences"]
    for ax, method in zip(axes, ("centered", "forward"), strict=True):
        assert ax.get_xscale() == "log" and ax.get_yscale() == "log"
        lines = [ln for ln in ax.lines if len(ln.get_xdata()) == len(HS)]
        dots = [ln for ln in ax.lines if ln.get_marker() == "o"]
        assert len(lines) == 2 and len(dots) == 2
        for line, dot, name in zip(lines, dots, ("float64", "float32"), strict=True):
            np.testing.assert_array_equal(line.get_ydata(), sweeps[method, name])
            h, err = viz.best_h(HS, sweeps[method, name])
            assert dot.get_xdata()[0] == h and dot.get_ydata()[0] == err
        assert ax.get_ylim()[0] < min(np.min(s) for s in sweeps.values())


# --------------------------------------------------------------------------- checks

def _seed_v1_propagate(W, b, X, Y):
    m = X.shape[1]
    A = core.sigmoid(W.T @ X + b)
    cost = -1 / m * np.sum(np.log(A) + (1 - Y) * np.log(1 - A))
    dz = A - Y
    return {"dW": X @ dz.T / m, "db": float(np.sum(dz) / m)}, float(cost)


def test_gradient_check_propagate(trained):
    W, b, X, Y = trained
    assert checks.gradient_check_propagate(core.propagate, W, b, X, Y) < 1e-9
    assert checks.gradient_check_propagate(
        core.propagate, W, b, X, Y) == pytest.approx(core.gradient_check(W, b, X, Y))
    assert checks.gradient_check_propagate(_seed_v1_propagate, W, b, X, Y) > 1e-3
    assert checks.gradient_check_propagate(_seed_v1_propagate, np.zeros((2, 1)), 0.0,
                                           X, Y) > 1e-3


def test_chord_figure_draws_the_tangent_and_both_chords():
    ax = viz.chord_figure(lambda t: t ** 3, lambda t: 3 * t ** 2, t=1.0, h=0.5, name="t^3")
    labels = ax.get_legend_handles_labels()[1]
    assert labels == ["t^3", "tangent (exact slope): slope 3.000",
                      "forward chord: slope 4.750", "centred chord: slope 3.250"]
    dots = [ln for ln in ax.lines if ln.get_marker() == "o"]
    assert [list(d.get_xdata()) for d in dots] == [[1.0, 1.5], [0.5, 1.5]]
    assert [list(d.get_ydata()) for d in dots] == [[1.0, 3.375], [0.125, 3.375]]
    tangent = ax.lines[1]
    x, y = tangent.get_xdata(), tangent.get_ydata()
    np.testing.assert_allclose(np.diff(y) / np.diff(x), 3.0)    # slope 3 through (1, 1)
    np.testing.assert_allclose(np.interp(1.0, x, y), 1.0)
    plt.close(ax.figure)


# --------------------------------------------------------------------------- the self-check
# Right answers, and the wrong answers a learner writes, each with the words its message
# must contain: the named mistake.

def stub(f, theta, h=1e-5):
    raise NotImplementedError  # your code here


def _differences(f, theta, h, combine):
    grad, probe = np.zeros_like(theta), theta.copy()
    for i in range(theta.size):
        probe[i] = theta[i] + h
        up = f(probe)
        probe[i] = theta[i] - h
        down = f(probe)
        probe[i] = theta[i]
        grad[i] = combine(up, down, h)
    return grad


def correct(f, theta, h=1e-5):
    return _differences(f, theta, h, lambda up, down, h: (up - down) / (2 * h))


def in_place_exact_restore(f, theta, h=1e-5):   # changes theta while working, puts it back
    grad = np.zeros_like(theta)
    for i in range(theta.size):
        old = theta[i]
        theta[i] = old + h
        up = f(theta)
        theta[i] = old - h
        down = f(theta)
        theta[i] = old
        grad[i] = (up - down) / (2 * h)
    return grad


def two_copies(f, theta, h=1e-5):               # the lesson's solution, written out
    grad = np.zeros_like(theta, dtype=float)
    for i in range(theta.size):
        plus, minus = theta.copy(), theta.copy()
        plus[i] += h
        minus[i] -= h
        grad[i] = (f(plus) - f(minus)) / (2 * h)
    return grad


def forward(f, theta, h=1e-5):
    return viz.forward_gradient(f, theta, h)


def forward_f0_outside(f, theta, h=1e-5):
    f0, grad = f(theta), np.zeros_like(theta)
    for i in range(theta.size):
        t = theta.copy()
        t[i] += h
        grad[i] = (f(t) - f0) / h
    return grad


def forward_over_2h(f, theta, h=1e-5):
    return viz.forward_gradient(f, theta, h) / 2


def divides_by_h(f, theta, h=1e-5):
    return _differences(f, theta, h, lambda up, down, h: (up - down) / h)


def divides_by_3h(f, theta, h=1e-5):
    return _differences(f, theta, h, lambda up, down, h: (up - down) / (3 * h))


def fixed_step(f, theta, h=1e-5):
    return correct(f, theta, 1e-5)


def step_and_divisor_differ(f, theta, h=1e-5):  # nudges by 1e-5, divides by 2h
    return correct(f, theta, 1e-5) * (1e-5 / h)


def _perturb_without_restoring(f, arr, h):
    grad = np.zeros_like(arr)
    for i in range(arr.size):
        arr[i] += h
        up = f(arr)
        arr[i] -= 2 * h
        grad[i] = (up - f(arr)) / (2 * h)
    return grad


def unrestored_probe(f, theta, h=1e-5):      # a copy, but never restored per coordinate
    return _perturb_without_restoring(f, theta.copy(), h)


def modifies_input(f, theta, h=1e-5):        # the caller's own array, left perturbed
    return _perturb_without_restoring(f, theta, h)


def alias_restores_by_arithmetic(f, theta, h=1e-5):
    grad = np.zeros_like(theta)
    for i in range(theta.size):
        t = theta                            # not a copy
        t[i] += h
        up = f(t)
        t[i] -= 2 * h
        down = f(t)
        t[i] += h
        grad[i] = (up - down) / (2 * h)
    return grad


def alias_probe(f, theta, h=1e-5):           # the solution with `probe = theta`
    grad, probe = np.zeros_like(theta), theta
    for i in range(theta.size):
        probe[i] = theta[i] + h              # theta[i] is now theta_i + h ...
        up = f(probe)
        probe[i] = theta[i] - h              # ... so this puts back theta_i, not theta_i - h
        down = f(probe)
        probe[i] = theta[i]
        grad[i] = (up - down) / (2 * h)
    return grad


def alias_pair(f, theta, h=1e-5):            # t_plus and t_minus: two names for theta
    grad = np.zeros_like(theta)
    for i in range(theta.size):
        t_plus = theta
        t_plus[i] += h
        t_minus = theta
        t_minus[i] -= h
        grad[i] = (f(t_plus) - f(t_minus)) / (2 * h)
    return grad


def outside_the_loop(f, theta, h=1e-5):      # f(theta + h) moves every entry at once
    up, down = f(theta + h), f(theta - h)
    grad = np.zeros_like(theta)
    for i in range(theta.size):
        grad[i] = (up - down) / (2 * h)
    return grad


def returns_list(f, theta, h=1e-5):
    return correct(f, theta, h).tolist()


def returns_wrong_list(f, theta, h=1e-5):
    return (2 * correct(f, theta, h)).tolist()


def return_inside_loop(f, theta, h=1e-5):
    for i in range(theta.size):
        t = theta.copy()
        t[i] += h
        up = f(t)
        t[i] -= 2 * h
        return (up - f(t)) / (2 * h)


def returns_the_sum(f, theta, h=1e-5):
    return float(np.sum(correct(f, theta, h)))


def returns_a_column(f, theta, h=1e-5):
    return correct(f, theta, h).reshape(-1, 1)


def sign_flipped(f, theta, h=1e-5):
    return _differences(f, theta, h, lambda up, down, h: (down - up) / (2 * h))


def precedence_slip(f, theta, h=1e-5):
    return _differences(f, theta, h, lambda up, down, h: (up - down) / 2 * h)


def all_entries_in_loop(f, theta, h=1e-5):   # inside the loop, but theta + h moves them all
    grad = np.zeros_like(theta)
    for i in range(theta.size):
        grad[i] = (f(theta + h) - f(theta - h)) / (2 * h)
    return grad


def loops_over_values(f, theta, h=1e-5):     # `for i in theta`: values used as indices
    grad = np.zeros_like(theta)
    for i in theta:
        plus, minus = theta.copy(), theta.copy()
        plus[i] += h
        minus[i] -= h
        grad[i] = (f(plus) - f(minus)) / (2 * h)
    return grad


def return_grad_inside_loop(f, theta, h=1e-5):   # the whole array, returned at i = 0
    grad = np.zeros_like(theta)
    for i in range(theta.size):
        plus, minus = theta.copy(), theta.copy()
        plus[i] += h
        minus[i] -= h
        grad[i] = (f(plus) - f(minus)) / (2 * h)
        return grad


def integer_result(f, theta, h=1e-5):        # grad made as integers: slopes truncated
    grad = np.zeros(theta.size, dtype=int)
    for i in range(theta.size):
        plus, minus = theta.copy(), theta.copy()
        plus[i] += h
        minus[i] -= h
        grad[i] = (f(plus) - f(minus)) / (2 * h)
    return grad


def unit_vector_not_reset(f, theta, h=1e-5):   # e_i built once: e collects 1s
    e, grad = np.zeros_like(theta), np.zeros_like(theta)
    for i in range(theta.size):
        e[i] = 1
        grad[i] = (f(theta + h * e) - f(theta - h * e)) / (2 * h)
    return grad


def alias_t_two_steps(f, theta, h=1e-5):     # t = theta; t[i] += h; t[i] -= 2h; no restore
    grad = np.zeros_like(theta)
    for i in range(theta.size):
        t = theta
        t[i] += h
        up = f(t)
        t[i] -= 2 * h
        grad[i] = (up - f(t)) / (2 * h)
    return grad


def hint_blanks_left(f, theta, h=1e-5):       # Hint 2's skeleton, blanks not filled in
    grad = np.zeros_like(theta, dtype=float)
    for i in range(theta.size):
        plus = theta.copy()
        plus[i] = ...
        minus = theta.copy()
        minus[i] = ...
        grad[i] = ...
    return grad


def crashes(f, theta, h=1e-5):
    return f(theta)[0]


def returns_strings(f, theta, h=1e-5):
    return np.array(["a"] * theta.size)


@pytest.mark.parametrize("fn", [stub])
def test_check_numerical_gradient_not_attempted(fn):
    result = checks.check_numerical_gradient(fn)
    assert result.status == checks.NOT_ATTEMPTED
    assert "not attempted yet" in repr(result)


@pytest.mark.parametrize("fn", [correct, two_copies, core.numerical_gradient])
def test_check_numerical_gradient_passes_correct_code(fn):
    result = checks.check_numerical_gradient(fn)
    assert result.passed, result.message


ALIASED = ["writes into the theta it is given", "`t = theta` and `t = theta[:]` do not copy",
           "t = theta.copy()"]

WRONG_ANSWERS = [
    (forward, ["forward difference (f(t + h) - f(t)) / h, one-sided"]),
    (forward_f0_outside, ["forward difference"]),
    (forward_over_2h, ["forward difference divided by 2h"]),
    (divides_by_h, ["divided by h instead of 2h"]),
    (divides_by_3h, ["0.6667 times the gradient", "divides by something other than 2h"]),
    (fixed_step, ["ignores its h argument", "nudges theta by 1e-05"]),
    (step_and_divisor_differ, ["ignores its h argument"]),
    (unrestored_probe, ["still perturbed", "Restore t[i] = theta[i]"]),
    (modifies_input, ALIASED),
    (alias_restores_by_arithmetic, ALIASED),
    (alias_probe, ALIASED),
    (alias_pair, ALIASED),
    (outside_the_loop, ["evaluates f outside the loop", "only 2 times for 4 coordinates"]),
    (returns_list, ["returned a Python list, not a NumPy array (its numbers are right)"]),
    (returns_wrong_list, ["returned a Python list, not a NumPy array. Return"]),
    (return_inside_loop, ["returned one number", "`return` inside the loop"]),
    (returns_the_sum, ["returned a single number, not one partial derivative per entry"]),
    (returns_a_column, ["returned shape (4, 1); expected (4,)"]),
    (sign_flipped, ["opposite sign on f = sum(t**2): put f(theta + h e_i) first"]),
    (precedence_slip, ["`/ 2 * h` divides by 2 and then multiplies by h"]),
    (all_entries_in_loop, ["moves every entry of theta at once", "t[i] += h"]),
    (loops_over_values, ["`for i in theta` gives the values", "range(theta.size)"]),
    (return_grad_inside_loop, ["stops after the first entry", "`return` inside the loop",
                               "after the loop"]),
    (integer_result, ["returned whole numbers", "dtype=float"]),
    (unit_vector_not_reset, ["nudged earlier are still nudged", "fresh one for each i"]),
    (alias_t_two_steps, ALIASED),
    (in_place_exact_restore, ALIASED),
    (hint_blanks_left, ["still has a `...` blank from Hint 2", "Replace every `...`"]),
    (crashes, ["raised TypeError"]),
    (returns_strings, ["array of <U1 values; expected real numbers"]),
]


@pytest.mark.parametrize("fn, words", WRONG_ANSWERS, ids=[f.__name__ for f, _ in WRONG_ANSWERS])
def test_check_numerical_gradient_names_each_mistake(fn, words):
    result = checks.check_numerical_gradient(fn)
    assert result.status == checks.WRONG
    for w in words:
        assert w in result.message, result.message
    assert fn.__name__ in result.message or "On f" in result.message
    first = result.message.split("theta = [")[0]        # at most two sentences before numbers
    assert first.count(". ") <= 2, result.message


def test_the_check_diagnoses_aliasing_not_a_step_mismatch():
    """`t = theta` used to be reported as 'the step you add and the step you divide by
    differ'; the message must name the aliasing instead."""
    for fn in (alias_pair, alias_probe, alias_restores_by_arithmetic):
        message = checks.check_numerical_gradient(fn).message
        assert "step you add" not in message and "copy" in message


# --------------------------------------------------------------------------- the lesson's text

def test_the_lessons_stub_solution_and_hint_skeleton():
    nb = lessontext.load(NB)
    namespace = {"np": np, "core": core}
    lessontext.run_printing(lessontext.solution_code(nb, "Solution"), namespace)
    assert checks.check_numerical_gradient(namespace["my_numerical_gradient"]).passed
    skeleton = lessontext.solution_code(nb, "Hint 2")
    assert "theta.copy()" in skeleton and "return grad" in skeleton
    lessontext.run_printing(skeleton, namespace)     # blanks (...) run, and are wrong
    assert checks.check_numerical_gradient(namespace["my_numerical_gradient"]).status == \
        checks.WRONG


@pytest.fixture(scope="module")
def lesson():
    """The namespace of the lesson's code cells, run in order (the quiz left out)."""
    nb = lessontext.load(NB)
    namespace = lessontext.run_lesson(nb)
    plt.close("all")
    return nb, namespace


def _solution(lesson, summary_start, exercise):
    """(code, prose) of the Solution that follows the given exercise's text."""
    nb, _ = lesson
    text = "\n".join(lessontext.markdown(nb))
    part = text.split(f"**Exercise {exercise}")[1]
    summary, body = [d for d in lessontext.details(part) if d[0].startswith(summary_start)][0]
    import re
    code = "\n".join(re.findall(r"```python\n(.*?)```", body, re.S))
    return code, body


@pytest.mark.parametrize("exercise, must_print", [
    (1, ["start: largest |difference| with h = 1", "below 1e-12: True",
         "trained: largest |difference| with h = 1: 6.6e-03"]),
    (2, ["< 1e-9 (right)", "true cost 0.5408", "train accuracy 75.0 %"]),
    (3, ["missing 1/m in dW: 0.73 (a bug)"]),
    (4, ["complex step 0.731058578630005", "they agree to 1e-15: True"]),
])
def test_exercise_solutions_print_what_their_text_states(lesson, exercise, must_print):
    nb, namespace = lesson
    code, body = _solution(lesson, "Solution", exercise)
    printed = lessontext.run_printing(code, dict(namespace))
    for words in must_print:
        assert words in printed, printed
    stated_elsewhere = lessontext.output_text(nb)          # e.g. section 6's 0.0889
    assert lessontext.unprinted(body, printed + stated_elsewhere) == []
    start = printed.splitlines()
    if exercise == 1:
        assert "below 1e-12: True" in start[0] and "below 1e-12: False" in start[1]
    if exercise == 2:
        assert start[0].endswith("(right)") and start[1].endswith("(right)")


def test_exercise2_wrong_fix_is_really_the_gradient_of_the_wrong_cost(lesson):
    _, ns = lesson
    code, _ = _solution(lesson, "Solution", 2)
    local = dict(ns)
    lessontext.run_printing(code, local)
    for W, b in ((ns["W0"], ns["b0"]), (ns["W1"], ns["b1"]), (np.array([[2.0], [-1.0]]), 0.5)):
        assert checks.gradient_check_propagate(local["propagate_wrong_fix"], W, b,
                                               ns["X"], ns["Y"]) < 1e-7


# ----------------------------------------------------------------- the learner's function, apart
# Each class of issue 18, per check: a notebook variable, a changed input, other inputs than
# the notebook's (other shapes, integers), a raw error explained, and a difference the
# check cannot name (input, expected and returned shown). test_lesson_01 has the same table.

from notebookcell import assert_check  # noqa: E402

_NG = """
    grad = np.zeros_like(theta, dtype=float)
    for i in range({size}):
        plus, minus = theta.copy(), theta.copy()
        plus[i] += {h}
        minus[i] -= {h}
        grad[i] = ({f}(plus) - {f}(minus)) / (2 * {h})
    return grad"""


def _ng(size="theta.size", h="h", f="f", params="f, theta, h"):
    return f"def my_numerical_gradient({params}):" + _NG.format(size=size, h=h, f=f)


APART = [
    (checks.check_numerical_gradient, _ng(f="J"), checks.WRONG,
     ["inside J, a function from another cell that it calls", "is a variable from another"]),
    (checks.check_numerical_gradient, _ng(params="f, theta, step=1e-5"), checks.WRONG,
     ["`h` is a variable from another cell"]),
    (checks.check_numerical_gradient, _ng(size="4"), checks.WRONG,
     ["fails on another: theta has 1 entry", "IndexError", "theta.size"]),
    (checks.check_numerical_gradient, _ng(size="min(theta.size, 4)"), checks.WRONG,
     ["not on another: theta has 7 entries", "Input: f = f(t) = sum((1, 2, 3, ...) * t**2)",
      "Expected: ", "It returned: "]),
    (checks.check_numerical_gradient, _ng().replace("theta.copy(), theta.copy()",
                                                    "theta, theta.copy()"),
     checks.WRONG, ["writes into the theta it is given", "t = theta.copy()"]),
    (checks.check_numerical_gradient, _ng().replace("plus[i] += h", "plus[i][0] += h"),
     checks.WRONG, ["It indexes a number"]),
]


@pytest.mark.parametrize(("check", "source", "status", "words"), APART,
                         ids=[f"{c.__name__}-{i}" for i, (c, *_) in enumerate(APART)])
def test_checks_run_the_function_apart_from_the_notebook(check, source, status, words):
    assert_check(check, source, status, *words)
