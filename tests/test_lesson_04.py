"""Lesson 04 (chain rule): its viz helpers, explorer and the propagate self-check."""



import numpy as np  # noqa: E402
import pytest  # noqa: E402

import logreg_checks as checks  # noqa: E402
import logreg_core as core  # noqa: E402
import logreg_viz as viz  # noqa: E402




def _numeric(f, t, h=1e-6):
    return (f(t + h) - f(t - h)) / (2 * h)


def test_computation_graph_has_every_node_and_edge():
    ax = viz.plot_computation_graph()
    texts = [t.get_text() for t in ax.texts]
    for node in ("$x$", "$w$", "$b$", "$z = wx + b$", r"$a = \sigma(z)$", "$L(a, y)$", "$y$"):
        assert node in texts
    assert any(r"\partial z/\partial w = x" in t for t in texts)     # x, not w
    assert any("a(1-a)" in t for t in texts)
    arrows = [c for c in ax.get_children() if type(c).__name__ == "Annotation"]
    assert len(arrows) == 6
    assert not ax.axison


@pytest.mark.parametrize("y", [0, 1])
def test_dz_both_losses_are_the_derivatives_of_the_losses(y):
    z = np.array([-6.0, -1.0, 0.3, 4.0])
    d = viz.dz_both_losses(z, y)
    assert np.allclose(d["ce"], _numeric(lambda t: core.logistic_loss(t, y), z), atol=1e-8)
    se = _numeric(lambda t: 0.5 * (core.sigmoid(t) - y) ** 2, z)
    assert np.allclose(d["se"], se, atol=1e-8)


@pytest.mark.parametrize("y", [0, 1])
def test_dz_plot_draws_both_sizes(y):
    ax = viz.plot_dz_vs_z(y=y)
    ce, se = ax.get_lines()
    z = ce.get_xdata()
    a = 1 / (1 + np.exp(-z))
    assert np.allclose(ce.get_ydata(), np.abs(a - y))
    assert np.allclose(se.get_ydata(), np.abs((a - y) * a * (1 - a)))
    assert ax.get_yscale() == "log" and ax.get_xlabel() == "$z$"
    wrong = z < 0 if y == 1 else z > 0     # the lesson's claim: SE vanishes where wrong
    assert np.all(se.get_ydata()[wrong] < ce.get_ydata()[wrong])


@pytest.mark.parametrize(("w", "b", "x", "y"), [(0.4, -1.0, 1.5, 1), (-2.0, 0.5, 0.7, 0)])
def test_chain_factors_multiply_to_the_numerical_gradient(w, b, x, y):
    f = viz.chain_factors(w * x + b, y, x)
    assert np.isclose(f["dL_dw"], _numeric(lambda t: core.logistic_loss(t * x + b, y), w))
    assert np.isclose(f["dL_da"], _numeric(lambda t: viz.log_loss(t, y), f["a"]))
    assert np.isclose(f["dL_dz"], f["a"] - y)
    assert f["dz_dw"] == x


def _bar_heights(fig):
    return [p.get_height() for p in fig.axes[0].patches]


def test_chain_rule_figure_bars_are_the_factors():
    fig = viz.chain_rule_figure(z=-2.0, y=1, x=1.5)
    f = viz.chain_factors(-2.0, 1, 1.5)
    assert np.allclose(_bar_heights(fig),
                       [f["dL_da"], f["da_dz"], 1.5, f["dL_dz"], f["dL_dw"]])
    assert fig.axes[0].get_yscale() == "symlog"


def test_chain_rule_explorer_update_gives_the_numbers():
    box = viz.chain_rule_explorer(x=2.0)
    fig = box.update(z=3.0, y=0)
    a = 1 / (1 + np.exp(-3.0))
    want = [1 / (1 - a), a * (1 - a), 2.0, a, 2.0 * a]
    assert np.allclose(_bar_heights(fig), want)
    assert f"{a:.6g}" in box.children[-1].value
    box.children[0].children[0].value = -1.0        # drag the z slider (y stays 1)
    assert f"{1 / (1 + np.exp(1.0)) - 1:.6g}" in box.children[-1].value


# ---------------------------------------------------------------- the self-check

def _stub(W, b, X, Y):
    raise NotImplementedError  # your code here


def _parts(W, b, X, Y):
    A = core.sigmoid(W.T @ X + b)
    return A, A - Y, X.shape[1]


def _cost(A, Y):
    return float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))


def _right(W, b, X, Y):
    A, dZ, m = _parts(W, b, X, Y)
    return {"dW": X @ dZ.T / m, "db": float(np.mean(dZ))}, _cost(A, Y)


def _transposed(W, b, X, Y):
    A, dZ, m = _parts(W, b, X, Y)
    return {"dW": dZ @ X.T / m, "db": float(np.mean(dZ))}, _cost(A, Y)


def _xt_dz(W, b, X, Y):
    A, dZ, m = _parts(W, b, X, Y)
    return {"dW": X.T @ dZ / m, "db": float(np.mean(dZ))}, _cost(A, Y)


def _no_1_over_m(W, b, X, Y):
    A, dZ, _ = _parts(W, b, X, Y)
    return {"dW": X @ dZ.T, "db": float(np.sum(dZ))}, float(-np.sum(
        Y * np.log(A) + (1 - Y) * np.log(1 - A)))


def _forgot_b(W, b, X, Y):
    return _right(W, 0.0, X, Y)


def _cost_without_y(W, b, X, Y):
    grads, _ = _right(W, b, X, Y)
    A, _, _ = _parts(W, b, X, Y)
    return grads, float(-np.mean(np.log(A) + (1 - Y) * np.log(1 - A)))


def _sign(W, b, X, Y):
    A, dZ, m = _parts(W, b, X, Y)
    return {"dW": -X @ dZ.T / m, "db": -float(np.mean(dZ))}, _cost(A, Y)


def _m_from_rows(W, b, X, Y):
    A, dZ, _ = _parts(W, b, X, Y)
    m = X.shape[0]
    return {"dW": X @ dZ.T / m, "db": float(np.sum(dZ) / m)}, _cost(A, Y)


def _over_m_squared(W, b, X, Y):
    A, dZ, m = _parts(W, b, X, Y)
    return {"dW": X @ dZ.T / m**2, "db": float(np.mean(dZ))}, _cost(A, Y)


def _dW_from_A(W, b, X, Y):
    A, dZ, m = _parts(W, b, X, Y)
    return {"dW": X @ A.T / m, "db": float(np.mean(dZ))}, _cost(A, Y)


def _dW_off_by_a_bit(W, b, X, Y):
    grads, cost = _right(W, b, X, Y)
    return {"dW": grads["dW"] + np.array([[0.0], [0.01], [0.0]]), "db": grads["db"]}, cost


def _db_from_rows(W, b, X, Y):
    grads, cost = _right(W, b, X, Y)
    _, dZ, _ = _parts(W, b, X, Y)
    return {"dW": grads["dW"], "db": float(np.sum(dZ) / X.shape[0])}, cost


def _cost_from_rows(W, b, X, Y):
    grads, _ = _right(W, b, X, Y)
    A, _, _ = _parts(W, b, X, Y)
    return grads, float(-np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / X.shape[0])


def _negative_cost(W, b, X, Y):
    grads, cost = _right(W, b, X, Y)
    return grads, -cost


def _z_without_transpose(W, b, X, Y):
    A = core.sigmoid(W @ X + b)
    return _right(W, b, X, Y)[0], _cost(A, Y)


def test_check_propagate_not_attempted():
    assert checks.check_propagate(_stub).status == checks.NOT_ATTEMPTED


def test_check_propagate_passes_a_right_answer():
    result = checks.check_propagate(_right)
    assert result.passed, result.message


def test_forgotten_b_is_only_visible_at_nonzero_b():
    W, b, X, Y = checks._propagate_case()
    assert b != 0
    grads, _ = _forgot_b(W, b, X, Y)
    assert not np.allclose(grads["dW"], core.propagate(W, b, X, Y)[0]["dW"])


@pytest.mark.parametrize(("fn", "words"), [
    (_transposed, "transpose"),
    (_xt_dz, "shape mismatch"),
    (_no_1_over_m, "times too large"),
    (_forgot_b, "forget + b"),
    (_cost_without_y, "lacks the y factor"),
    (_sign, "wrong sign"),
    (_m_from_rows, "dW is off by m/n = 5/3"),
    (_over_m_squared, "5 times too small"),
    (_dW_from_A, "dW uses A"),
    (_dW_off_by_a_bit, "dW[1, 0] ="),
    (_db_from_rows, "db is off by m/n = 5/3"),
    (_cost_from_rows, "cost is off by m/n = 5/3"),
    (_negative_cost, "cost -0.691756 has the wrong sign"),
    (_z_without_transpose, "Z = W.T @ X + b is (1, 3) @ (3, 5)"),
])
def test_check_propagate_names_the_mistake(fn, words):
    result = checks.check_propagate(fn)
    assert result.status == checks.WRONG
    assert words in result.message, result.message


def _array_cost(W, b, X, Y):
    grads, cost = _right(W, b, X, Y)
    return {"dW": grads["dW"], "db": np.array([[grads["db"]]])}, np.array([[cost]])


def _per_sample_cost(W, b, X, Y):
    grads, _ = _right(W, b, X, Y)
    A, _, _ = _parts(W, b, X, Y)
    return grads, -(Y * np.log(A) + (1 - Y) * np.log(1 - A))


def test_check_propagate_accepts_one_element_arrays_and_rejects_per_sample_costs():
    assert checks.check_propagate(_array_cost).passed
    result = checks.check_propagate(_per_sample_cost)
    assert result.status == checks.WRONG and "single number" in result.message


@pytest.mark.parametrize("fn", [_m_from_rows, _over_m_squared, _dW_from_A, _dW_off_by_a_bit])
def test_a_wrong_dW_is_never_called_right(fn):
    message = checks.check_propagate(fn).message
    assert "dW is right" not in message and "gradients are right" not in message, message


def test_check_propagate_mentions_a_one_by_one_db():
    assert "float(...)" in checks.check_propagate(_array_cost).message
    assert "float(...)" not in checks.check_propagate(_right).message
