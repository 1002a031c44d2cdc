"""Lesson 05 (gradient checking): the h-sweep helpers, the V plot, and the self-check."""

import numpy as np
import pytest

import logreg_checks as checks
import logreg_core as core
import logreg_viz as viz




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


def stub(f, theta, h=1e-5):
    raise NotImplementedError  # your code here


def returns_none(f, theta, h=1e-5):
    pass


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


def forward(f, theta, h=1e-5):
    return viz.forward_gradient(f, theta, h)


def divides_by_h(f, theta, h=1e-5):
    return 2 * correct(f, theta, h)


def fixed_step(f, theta, h=1e-5):
    return correct(f, theta, 1e-5)


def step_and_divisor_differ(f, theta, h=1e-5):
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


def restores_by_arithmetic(f, theta, h=1e-5):
    grad = np.zeros_like(theta)
    for i in range(theta.size):
        theta[i] += h
        up = f(theta)
        theta[i] -= 2 * h
        down = f(theta)
        theta[i] += h
        grad[i] = (up - down) / (2 * h)
    return grad


def sign_flipped(f, theta, h=1e-5):
    return _differences(f, theta, h, lambda up, down, h: (down - up) / (2 * h))


def precedence_slip(f, theta, h=1e-5):
    return _differences(f, theta, h, lambda up, down, h: (up - down) / 2 * h)


def crashes(f, theta, h=1e-5):
    return f(theta)[0]


@pytest.mark.parametrize("fn", [stub])
def test_check_numerical_gradient_not_attempted(fn):
    result = checks.check_numerical_gradient(fn)
    assert result.status == checks.NOT_ATTEMPTED
    assert "not attempted yet" in repr(result)


@pytest.mark.parametrize("fn", [correct, core.numerical_gradient])
def test_check_numerical_gradient_passes_correct_code(fn):
    assert checks.check_numerical_gradient(fn).passed


@pytest.mark.parametrize("fn, words", [
    (forward, "forward difference"),
    (divides_by_h, "instead of 2h"),
    (fixed_step, "ignores its h argument"),
    (step_and_divisor_differ, "step you add and the step you divide by differ"),
    (unrestored_probe, "still perturbed"),
    (modifies_input, "theta is left perturbed"),
    (restores_by_arithmetic, "by rounding only"),
    (sign_flipped, "opposite sign on f = sum(t**2): put f(theta + h e_i) first"),
    (precedence_slip, "`/ 2 * h` divides by 2 and then multiplies by h"),
    (crashes, "raised"),
])
def test_check_numerical_gradient_names_each_mistake(fn, words):
    result = checks.check_numerical_gradient(fn)
    assert result.status == checks.WRONG
    assert words in result.message, result.message
    assert fn.__name__ in result.message or "On f" in result.message
