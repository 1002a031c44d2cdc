"""Lesson 03 (cross-entropy loss): its viz helpers, explorer and self-check."""



import numpy as np  # noqa: E402
import pytest  # noqa: E402

import logreg_checks as checks  # noqa: E402
import logreg_core as core  # noqa: E402
import logreg_viz as viz  # noqa: E402




def test_log_loss_matches_the_formula_and_rejects_saturated_a():
    a = np.array([0.1, 0.5, 0.9])
    assert np.allclose(viz.log_loss(a, 1), [-np.log(0.1), np.log(2), -np.log(0.9)])
    assert np.allclose(viz.log_loss(a, 0), [-np.log(0.9), np.log(2), -np.log(0.1)])
    with pytest.raises(ValueError, match="logistic_loss"):
        viz.log_loss(1.0, 1)


def test_loss_curves_draw_both_labels():
    ax = viz.plot_log_loss_curves()
    lines = ax.get_lines()
    assert len(lines) == 2
    for line, y in zip(lines, (1, 0), strict=True):
        a, loss = line.get_data()
        want = -np.log(a) if y == 1 else -np.log(1 - a)
        assert np.allclose(loss, want)
        assert line.get_label().startswith(f"y = {y}")
    assert ax.get_xlim() == (0, 1) and ax.get_ylim()[0] == 0
    assert "loss" in ax.get_ylabel() and "a" in ax.get_xlabel()


@pytest.mark.parametrize(("a", "y"), [(0.8, 1), (0.3, 0), (0.001, 1)])
def test_log_loss_figure_marks_the_point(a, y):
    fig = viz.log_loss_figure(a=a, y=y)
    ax = fig.axes[0]
    marker = ax.get_lines()[-1]
    want = -np.log(a) if y == 1 else -np.log(1 - a)
    assert np.allclose(marker.get_xdata(), [a]) and np.allclose(marker.get_ydata(), [want])
    assert f"{want:.4f}" in ax.get_title()
    bold = [ln for ln in ax.get_lines()[:2] if ln.get_alpha() == 1.0]
    assert len(bold) == 1 and bold[0].get_label().startswith(f"y = {y}")


def test_log_loss_explorer_updates_figure_and_readout():
    box = viz.log_loss_explorer()
    fig = box.update(a=0.25, y=0)
    marker = fig.axes[0].get_lines()[-1]
    assert np.allclose(marker.get_ydata(), [-np.log(0.75)])
    assert f"{-np.log(0.75):.6f}" in box.children[-1].value
    box.children[0].children[0].value = 0.5       # drag the a slider
    assert f"{np.log(2):.6f}" in box.children[-1].value


def test_costs_over_w_match_a_loop_and_finite_differences():
    X, Y, _, _ = core.toy_dataset()
    x, y = X[0], Y[0]
    ws = np.array([-4.0, 0.5, 7.0])
    c = viz.costs_over_w(x, y, ws, b=-3.0)
    for k, w in enumerate(ws):
        a = 1 / (1 + np.exp(-(w * x - 3.0)))
        assert np.isclose(c["se"][k], np.sum((a - y) ** 2) / (2 * len(x)))
        assert np.isclose(c["ce"][k], core.cost(np.array([[w]]), -3.0, X[:1], Y))
    h = 1e-6
    up, down = viz.costs_over_w(x, y, ws + h, -3.0), viz.costs_over_w(x, y, ws - h, -3.0)
    for name in ("se", "ce"):
        assert np.allclose(c["d" + name], (up[name] - down[name]) / (2 * h), atol=1e-8)


def test_se_vs_ce_figure_shows_both_costs_and_the_flat_region():
    X, Y, _, _ = core.toy_dataset()
    ws = np.linspace(-15, 30, 451)
    fig = viz.plot_se_vs_ce(X[0], Y[0], ws, b=-3.0)
    ax_ce, ax_se, ax_slope = fig.axes
    c = viz.costs_over_w(X[0], Y[0], ws, -3.0)
    assert np.allclose(ax_ce.get_lines()[0].get_ydata(), c["ce"])
    assert np.allclose(ax_se.get_lines()[0].get_ydata(), c["se"])
    assert len(ax_se.collections) == 1                        # the shaded plateau
    assert ax_slope.get_yscale() == "log" and len(ax_slope.get_lines()) == 2
    # the lesson's claim: squared error has negative second differences, CE none
    assert np.diff(c["se"], 2).min() < 0 < np.diff(c["ce"], 2).min()


def test_cost_bowl_marks_the_minimum_on_both_panels():
    rng = np.random.default_rng(7)
    X1 = rng.normal(size=(1, 40))
    Y1 = (rng.random((1, 40)) < core.sigmoid(2 * X1 + 0.5)).astype(int)
    params, grads, _ = core.optimize(np.zeros((1, 1)), 0.0, X1, Y1, 5000, 1.0)
    w, b = params["W"][0, 0], params["b"]
    assert abs(grads["dW"][0, 0]) < 1e-10 and abs(grads["db"]) < 1e-10
    fig = viz.plot_cost_bowl(X1, Y1, np.linspace(0, 7, 30), np.linspace(-2, 4, 30), (w, b))
    contour_ax, _colorbar, ax3d = fig.axes
    star = contour_ax.get_lines()[-1]
    assert np.allclose(star.get_xdata(), [w]) and np.allclose(star.get_ydata(), [b])
    xs, ys, zs = ax3d.collections[-1]._offsets3d
    assert np.allclose([xs[0], ys[0], zs[0]], [w, b, core.cost(params["W"], b, X1, Y1)])
    assert contour_ax.get_xlabel() == "$w$" and contour_ax.get_ylabel() == "$b$"


# ---------------------------------------------------------------- the self-check

def _stub(A, Y):
    raise NotImplementedError  # your code here


def _returns_none(A, Y):
    return None


def _right(A, Y):
    return float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))


def _summed(A, Y):
    return float(-np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)))


def _no_y_term(A, Y):
    return float(-np.mean(np.log(A) + (1 - Y) * np.log(1 - A)))


def _sign_error(A, Y):
    return float(np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))


def _with_eps(A, Y):
    eps = 1e-5
    return float(-np.mean(Y * np.log(A + eps) + (1 - Y) * np.log(1 - A + eps)))


def _per_sample(A, Y):
    return -(Y * np.log(A) + (1 - Y) * np.log(1 - A))


def _divides_by_len(A, Y):
    return float(-np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / len(Y))


def _dot_of_rows(A, Y):
    return -(np.dot(Y, np.log(A)) + np.dot(1 - Y, np.log(1 - A))) / Y.shape[1]


def _dot_transposed(A, Y):
    return -(np.dot(Y, np.log(A).T) + np.dot(1 - Y, np.log(1 - A).T)) / Y.shape[1]


def _minus_on_first_term(A, Y):
    return float(np.mean(-Y * np.log(A) + (1 - Y) * np.log(1 - A)))


def _minus_on_second_term(A, Y):
    return float(np.mean(Y * np.log(A) - (1 - Y) * np.log(1 - A)))


@pytest.mark.parametrize("fn", [_stub])
def test_check_compute_cost_not_attempted(fn):
    result = checks.check_compute_cost(fn)
    assert result.status == checks.NOT_ATTEMPTED and "not attempted" in repr(result)


def test_check_compute_cost_passes_a_right_answer():
    assert checks.check_compute_cost(_right).passed


@pytest.mark.parametrize(("fn", "words"), [
    (_summed, "sum of the losses"),
    (_no_y_term, "y term is missing"),
    (_sign_error, "sign error"),
    (_with_eps, "eps"),
    (_per_sample, "one number"),
    (_divides_by_len, "len(Y) and Y.shape[0] are 1"),
    (_dot_of_rows, "np.dot(Y, np.log(A).T)"),
    (_minus_on_first_term, "must apply to both terms"),
    (_minus_on_second_term, "must apply to both terms"),
])
def test_check_compute_cost_names_the_mistake(fn, words):
    result = checks.check_compute_cost(fn)
    assert result.status == checks.WRONG
    assert words in result.message


def test_check_compute_cost_passes_the_transposed_dot():
    assert checks.check_compute_cost(_dot_transposed).passed
