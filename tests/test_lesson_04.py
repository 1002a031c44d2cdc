"""Lesson 04 (chain rule): its viz helpers, explorer, the propagate self-check, exercises."""

import re

import lessontext
import numpy as np
import pytest

import logreg_checks as checks
import logreg_core as core
import logreg_viz as viz
from logreg_checks import lesson04_chain_rule as checks04
from explorer_views import assert_live_view_is_fresh


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
    # each bar's value is written at its end, above it (all five are positive here)
    labels = fig.axes[0].texts
    assert [t.get_text() for t in labels] == [f"{v:.4g}" for v in want]
    assert [t.xy[1] for t in labels] == pytest.approx(want)
    assert all(t.get_va() == "bottom" and t.xyann[1] > 0 for t in labels)
    assert f"{a:.6g}" in box.children[-1].value
    box.children[0].children[0].value = -1.0        # drag the z slider (y stays 1)
    assert f"{1 / (1 + np.exp(1.0)) - 1:.6g}" in box.children[-1].value


def test_chain_rule_live_view_does_not_depend_on_slider_history():
    # bars change sign and the limits grow and shrink (z = -8 with y = 1: dL/da ~ -3000)
    values = [{"z": 3.0, "y": 0}, {"z": -8.0, "y": 1}, {"z": 0.0, "y": 1},
              {"z": 8.0, "y": 0}, {"z": 8.0, "y": 1}, {"z": -2.0, "y": 1}]
    assert_live_view_is_fresh(viz.chain_rule_explorer(x=2.0),
                              lambda z, y: viz.chain_rule_figure(z, y, 2.0),
                              lambda z, y: viz.chain_rule_readout(z, y, 2.0), values)


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


def _right_with_loops(W, b, X, Y):                    # slow but right
    n, m = X.shape
    dW, db, cost = np.zeros((n, 1)), 0.0, 0.0
    for i in range(m):
        z = sum(W[j, 0] * X[j, i] for j in range(n)) + b
        a = 1 / (1 + np.exp(-z))
        for j in range(n):
            dW[j, 0] += (a - Y[0, i]) * X[j, i] / m
        db += (a - Y[0, i]) / m
        cost -= (Y[0, i] * np.log(a) + (1 - Y[0, i]) * np.log(1 - a)) / m
    return {"dW": dW, "db": db}, cost


def _right_numpy_scalars(W, b, X, Y):                 # np.float64 db and cost, 0-d is fine
    A, dZ, m = _parts(W, b, X, Y)
    return {"dW": np.dot(X, dZ.T) / m, "db": np.sum(dZ) / m}, np.squeeze(
        -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m)


def _right_stable_cost(W, b, X, Y):
    Z = W.T @ X + b
    dZ = core.sigmoid(Z) - Y
    return ({"dW": X @ dZ.T / X.shape[1], "db": float(np.mean(dZ))},
            float(np.mean(core.logistic_loss(Z, Y))))


RIGHT = [_right, _right_with_loops, _right_numpy_scalars, _right_stable_cost]


@pytest.mark.parametrize("fn", RIGHT, ids=lambda f: f.__name__)
def test_check_propagate_passes_right_answers(fn):
    result = checks.check_propagate(fn)
    assert result.passed, result.message


def test_check_propagate_not_attempted():
    result = checks.check_propagate(_stub)
    assert result.status == checks.NOT_ATTEMPTED and "not attempted" in repr(result)


def test_the_test_point_tells_the_mistakes_apart():
    W, b, X, Y = checks04._propagate_case()
    n, m = X.shape
    assert b != 0 and n != m and len(Y) == 1 and n > 1
    grads, _ = _forgot_b(W, b, X, Y)
    assert not np.allclose(grads["dW"], core.propagate(W, b, X, Y)[0]["dW"])


def _forgot_return(W, b, X, Y):
    _ = _right(W, b, X, Y)


def test_forgot_return_message_is_left_as_it_is():
    assert checks.check_propagate(_forgot_return).message.endswith("then run this check again.")


def _raises(W, b, X, Y):
    return {"dW": W.undefined_attribute}, 0.0


def _swapped_numpy_cost(W, b, X, Y):                  # the IndexError the check once raised
    A, dZ, m = _parts(W, b, X, Y)
    return -np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)), {"dW": X @ dZ.T / m,
                                                                "db": np.mean(dZ)}


def _swapped_float_cost(W, b, X, Y):
    grads, cost = _right(W, b, X, Y)
    return cost, grads


def _only_grads(W, b, X, Y):
    return _right(W, b, X, Y)[0]


def _three_values(W, b, X, Y):
    grads, cost = _right(W, b, X, Y)
    return grads, cost, core.sigmoid(W.T @ X + b)


def _list_not_dict(W, b, X, Y):
    grads, cost = _right(W, b, X, Y)
    return [grads["dW"], grads["db"]], cost


def _keys(*names):
    def learner(W, b, X, Y):
        grads, cost = _right(W, b, X, Y)
        return dict(zip(names, (grads["dW"], grads["db"]), strict=True)), cost
    learner.__name__ = "keys_" + "_".join(names)
    return learner


def _other_keys(W, b, X, Y):
    grads, cost = _right(W, b, X, Y)
    return {"W": grads["dW"], "b": grads["db"]}, cost


def _dW_as_list(W, b, X, Y):
    grads, cost = _right(W, b, X, Y)
    return {"dW": grads["dW"].tolist(), "db": grads["db"]}, cost


def _m_from_len_Y(W, b, X, Y):
    A, dZ, _ = _parts(W, b, X, Y)
    m = len(Y)
    return ({"dW": X @ dZ.T / m, "db": float(np.sum(dZ) / m)},
            float(-np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m))


def _m_from_rows(W, b, X, Y):
    A, dZ, _ = _parts(W, b, X, Y)
    m = X.shape[0]
    return {"dW": X @ dZ.T / m, "db": float(np.sum(dZ) / m)}, _cost(A, Y)


def _forgot_b(W, b, X, Y):
    return _right(W, 0.0, X, Y)


def _transposed(W, b, X, Y):
    A, dZ, m = _parts(W, b, X, Y)
    return {"dW": dZ @ X.T / m, "db": float(np.mean(dZ))}, _cost(A, Y)


def _flat_dW(W, b, X, Y):
    grads, cost = _right(W, b, X, Y)
    return {"dW": grads["dW"].ravel(), "db": grads["db"]}, cost


def _no_1_over_m(W, b, X, Y):
    A, dZ, _ = _parts(W, b, X, Y)
    return {"dW": X @ dZ.T, "db": float(np.sum(dZ))}, _cost(A, Y)


def _db_array(W, b, X, Y):
    grads, cost = _right(W, b, X, Y)
    _, dZ, m = _parts(W, b, X, Y)
    return {"dW": grads["dW"], "db": np.sum(dZ, axis=1, keepdims=True) / m}, cost


def _db_per_sample(W, b, X, Y):
    grads, cost = _right(W, b, X, Y)
    _, dZ, _ = _parts(W, b, X, Y)
    return {"dW": grads["dW"], "db": dZ}, cost


def _cost_array(W, b, X, Y):
    grads, _ = _right(W, b, X, Y)
    A, _, m = _parts(W, b, X, Y)
    return grads, -(np.dot(Y, np.log(A).T) + np.dot(1 - Y, np.log(1 - A).T)) / m


def _cost_without_y(W, b, X, Y):                    # the source post's first propagate
    grads, _ = _right(W, b, X, Y)
    A, _, _ = _parts(W, b, X, Y)
    return grads, float(-np.mean(np.log(A) + (1 - Y) * np.log(1 - A)))


def _sign(W, b, X, Y):
    A, dZ, m = _parts(W, b, X, Y)
    return {"dW": -X @ dZ.T / m, "db": -float(np.mean(dZ))}, _cost(A, Y)


def _db_sign(W, b, X, Y):
    grads, cost = _right(W, b, X, Y)
    return {"dW": grads["dW"], "db": -grads["db"]}, cost


def _over_m_squared(W, b, X, Y):
    A, dZ, m = _parts(W, b, X, Y)
    return {"dW": X @ dZ.T / m**2, "db": float(np.mean(dZ))}, _cost(A, Y)


def _dW_from_A(W, b, X, Y):
    A, dZ, m = _parts(W, b, X, Y)
    return {"dW": X @ A.T / m, "db": float(np.mean(dZ))}, _cost(A, Y)


def _dW_off_by_a_bit(W, b, X, Y):
    grads, cost = _right(W, b, X, Y)
    return {"dW": grads["dW"] + np.array([[0.0], [0.01], [0.0]]), "db": grads["db"]}, cost


def _xt_dz(W, b, X, Y):
    A, dZ, m = _parts(W, b, X, Y)
    return {"dW": X.T @ dZ / m, "db": float(np.mean(dZ))}, _cost(A, Y)


def _z_without_transpose(W, b, X, Y):
    A = core.sigmoid(W @ X + b)
    return _right(W, b, X, Y)[0], _cost(A, Y)


def _db_summed(W, b, X, Y):
    grads, cost = _right(W, b, X, Y)
    _, dZ, _ = _parts(W, b, X, Y)
    return {"dW": grads["dW"], "db": float(np.sum(dZ))}, cost


def _db_from_rows(W, b, X, Y):
    grads, cost = _right(W, b, X, Y)
    _, dZ, _ = _parts(W, b, X, Y)
    return {"dW": grads["dW"], "db": float(np.sum(dZ) / X.shape[0])}, cost


def _cost_summed(W, b, X, Y):
    grads, _ = _right(W, b, X, Y)
    A, _, _ = _parts(W, b, X, Y)
    return grads, float(-np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)))


def _cost_from_rows(W, b, X, Y):
    grads, _ = _right(W, b, X, Y)
    A, _, _ = _parts(W, b, X, Y)
    return grads, float(-np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / X.shape[0])


def _negative_cost(W, b, X, Y):
    grads, cost = _right(W, b, X, Y)
    return grads, -cost


def _cost_per_sample(W, b, X, Y):
    grads, _ = _right(W, b, X, Y)
    A, _, _ = _parts(W, b, X, Y)
    return grads, -(Y * np.log(A) + (1 - Y) * np.log(1 - A))


def _cost_as_string(W, b, X, Y):
    grads, cost = _right(W, b, X, Y)
    return grads, f"{cost:.6f}"


def _changes_X(W, b, X, Y):
    out = _right(W, b, X, Y)
    X *= 2                                            # e.g. a scaling left in by mistake
    return out


def _changes_W(W, b, X, Y):
    out = _right(W, b, X, Y)
    W -= 0.1 * out[0]["dW"]                           # a gradient step does not belong here
    return out


def _elementwise_dW(W, b, X, Y):                      # * where @ is needed
    A, dZ, m = _parts(W, b, X, Y)
    return {"dW": X * dZ / m, "db": float(np.mean(dZ))}, _cost(A, Y)


def _dW_one_number(W, b, X, Y):
    A, dZ, m = _parts(W, b, X, Y)
    return {"dW": np.mean(X * dZ), "db": float(np.mean(dZ))}, _cost(A, Y)


def _squared_error_dz(W, b, X, Y):                    # the chain rule of section 6
    A, _, m = _parts(W, b, X, Y)
    dZ = (A - Y) * A * (1 - A)
    return {"dW": X @ dZ.T / m, "db": float(np.mean(dZ))}, _cost(A, Y)


def _sigmoid_sign_flipped(W, b, X, Y):
    A = 1 / (1 + np.exp(W.T @ X + b))
    dZ, m = A - Y, X.shape[1]
    return {"dW": X @ dZ.T / m, "db": float(np.mean(dZ))}, _cost(A, Y)


def _cost_with_eps(W, b, X, Y):                       # the source post's final version
    grads, _ = _right(W, b, X, Y)
    A, _, _ = _parts(W, b, X, Y)
    eps = 1e-5
    return grads, float(-np.mean(Y * np.log(A + eps) + (1 - Y) * np.log(1 - A + eps)))


def _cost_log10(W, b, X, Y):
    grads, _ = _right(W, b, X, Y)
    A, _, _ = _parts(W, b, X, Y)
    return grads, float(-np.mean(Y * np.log10(A) + (1 - Y) * np.log10(1 - A)))


# (learner's function, words the message must contain)
WRONG = [
    (_swapped_numpy_cost, "Swapped return values"),
    (_swapped_float_cost, "Swapped return values"),
    (_only_grads, "returned only the dict"),
    (_three_values, "returned 3 values"),
    (_list_not_dict, "grads is a list, not a dict"),
    (_keys("dw", "db"), "spelled differently"),
    (_keys("DW", "db"), "spelled differently"),
    (_keys("dW", "dB"), "spelled differently"),
    (_other_keys, "it needs 'dW' and 'db'"),
    (_dW_as_list, "dW is a list"),
    (_m_from_len_Y, "len(Y), that is 1"),
    (_m_from_rows, "dW is off by m/n = 5/3"),
    (_forgot_b, "forget + b"),
    (_transposed, "the transpose of W's (3, 1)"),
    (_flat_dW, "dW has the right numbers, but as a flat array of shape (3,)"),
    (_no_1_over_m, "dW is 5 times too large"),
    (_over_m_squared, "5 times too small"),
    (_sign, "dW has the wrong sign"),
    (_db_sign, "db has the wrong sign"),
    (_dW_from_A, "dW uses A"),
    (_dW_off_by_a_bit, "dW[1, 0] ="),
    (_xt_dz, "A shape mismatch in a matrix product"),
    (_z_without_transpose, "Z = W.T @ X + b is (1, 3) @ (3, 5)"),
    (_db_array, "db has the right value but is an array of shape (1, 1)"),
    (_db_per_sample, "db has shape (1, 5), not one number"),
    (_db_summed, "db is 5 times too large"),
    (_db_from_rows, "db is off by m/n = 5/3"),
    (_cost_array, "The cost has the right value but is an array of shape (1, 1)"),
    (_cost_without_y, "lacks the y factor"),
    (_negative_cost, "the cost has the wrong sign. The cost is -0.691756"),
    (_cost_summed, "cost is 5 times too large"),
    (_cost_from_rows, "cost is off by m/n = 5/3"),
    (_cost_per_sample, "The cost has shape (1, 5), not one number"),
    (_cost_as_string, "The cost is a string"),
    (_changes_X, "changes its argument X in place"),
    (_changes_W, "changes its argument W in place"),
    (_raises, "raised AttributeError: "),
    (_elementwise_dW, "X * dZ multiplies element by element"),
    (_dW_one_number, "dW is one number"),
    (_squared_error_dz, "the squared error's dz"),
    (_sigmoid_sign_flipped, "the sigmoid's sign flipped"),
    (_cost_with_eps, "eps = 1e-5 inside the logs"),
    (_cost_log10, "log base 10"),
]


@pytest.mark.parametrize(("fn", "words"), WRONG, ids=[f.__name__ for f, _ in WRONG])
def test_check_propagate_names_the_mistake(fn, words):
    result = checks.check_propagate(fn)
    assert result.status == checks.WRONG, result.message
    assert words in result.message, result.message
    assert result.message.rstrip().endswith("."), result.message


@pytest.mark.parametrize("fn", [_m_from_rows, _over_m_squared, _dW_from_A, _dW_off_by_a_bit,
                                _transposed, _flat_dW, _elementwise_dW, _dW_one_number,
                                _squared_error_dz, _sigmoid_sign_flipped],
                         ids=lambda f: f.__name__)
def test_a_wrong_dW_is_never_called_right(fn):
    message = checks.check_propagate(fn).message
    assert "dW is right" not in message and "gradients are right" not in message, message


@pytest.mark.parametrize("fn", [_cost_without_y, _negative_cost, _cost_with_eps, _cost_log10],
                         ids=lambda f: f.__name__)
def test_a_wrong_cost_is_named_before_its_numbers(fn):
    message = checks.check_propagate(fn).message
    first_number = re.search(r"-?\d+\.\d{6}", message)
    assert first_number and message.startswith("The gradients are right, but the cost"), message
    assert message[:first_number.start()].count(". ") <= 2, message


# ---------------------------------------------------------------- the lesson's own text

NB = lessontext.load("04_chain_rule.ipynb")


def _namespace():
    return {"np": np, "core": core, "viz": viz, "checks": checks}



def test_your_turn_solution_passes_the_check():
    ns = _namespace()
    lessontext.run_printing(lessontext.solution_code(NB, "Solution"), ns)
    result = checks.check_propagate(ns["propagate"])
    assert result.passed, result.message


def test_the_lesson_states_every_rule_the_check_enforces():
    text = next(t for t in lessontext.markdown(NB) if t.startswith("## Your turn"))
    for rule in ("return grads, cost", '"dW"', '"db"', "(n, 1)", "plain numbers", "float(...)",
                 "X.shape[1]", "len(Y)", "do not change the arrays you are given"):
        assert rule in text, rule


SOLUTIONS = lessontext.exercise_solutions(NB)


def test_the_exercises_are_numbered_in_order():
    assert list(SOLUTIONS) == list(range(1, 6))


@pytest.mark.parametrize("number", SOLUTIONS, ids=lambda n: f"exercise {n}")
def test_exercise_solution_runs_and_prints_the_numbers_it_states(number):
    lessontext.assert_solution_prints_what_it_states(number, SOLUTIONS[number], _namespace())


def test_exercise_solutions_state_the_right_facts():
    out = lessontext.run_printing(lessontext.python_blocks(SOLUTIONS[1]), _namespace())
    assert out.count("30.000000") == 2 and out.count("10.000000") == 2
    out = lessontext.run_printing(lessontext.python_blocks(SOLUTIONS[2]), _namespace())
    assert out.count("0.683455") == 2                     # formula and centred difference
    out = lessontext.run_printing(lessontext.python_blocks(SOLUTIONS[3]), _namespace())
    assert "z = -0.693" in out and "-ln 2 = -0.693" in out and "a = 0.3333" in out
    out = lessontext.run_printing(lessontext.python_blocks(SOLUTIONS[4]), _namespace())
    means = re.findall(r"mean of dZ ([-\d.]+)", out)
    sums = [float(v) for v in re.findall(r"sum of dZ ([-\d.]+)", out)]
    assert means[0] == means[1] and np.isclose(sums[1], 10 * sums[0], rtol=1e-5)
    out = lessontext.run_printing(lessontext.python_blocks(SOLUTIONS[5]), _namespace())
    assert "shape (1, 2)" in out and "X.T @ dZ fails" in out


def test_worked_example_loops_equal_the_matrix_product():
    """The lesson's section 7, recomputed: the loop and X @ dZ.T / m, and the printed values."""
    X = np.array([[1.0, 2.0, -1.0], [0.5, -1.5, 2.0]])
    Y, W, b = np.array([[1, 0, 1]]), np.array([[0.3], [-0.2]]), 0.1
    grads, _ = core.propagate(W, b, X, Y)
    text = lessontext.output_text(NB)
    assert f"dW = [{grads['dW'][0, 0]:.6f}, {grads['dW'][1, 0]:.6f}], db = {grads['db']:.6f}" \
        in text
    assert "shapes: X (2, 3) @ dZ.T (3, 1) = dW (2, 1)" in text


def _quiz():
    cell = next(c for c in NB["cells"] if c["cell_type"] == "code"
                and "viz.quiz" in lessontext.source(c))
    return eval(lessontext.source(cell), {"viz": viz})  # noqa: S307 - the lesson's own cell


def test_quiz_answers_are_true():
    q = _quiz()
    w, b, h = 3.0, 2.0, 1e-6
    slope = ((w + h) ** 2 * b - (w - h) ** 2 * b) / (2 * h)
    assert q.answer(0, f"{slope:.6f}").startswith("✅")
    for i, question in enumerate(q.questions):
        for text, right, _ in question.get("options", []):
            assert q.answer(i, text).startswith("✅" if right else "❌")
    X, dZ = np.ones((3, 5)), np.ones((1, 5))
    assert (X @ dZ.T).shape == (3, 1) and (dZ @ X.T).shape == (1, 3)


# ----------------------------------------------------------------- the learner's function, apart
# Each class of issue 18, per check: a notebook variable, a changed input, other inputs than
# the notebook's (other shapes, integers), a raw error explained, and a difference the
# check cannot name (input, expected and returned shown). test_lesson_01 has the same table.

from notebookcell import assert_check  # noqa: E402

_PROPAGATE_BODY = """
    Z = W.T @ X + b
    A = core.sigmoid(Z)
    cost = float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))
    dZ = A - Y
    return {"dW": X @ dZ.T / m, "db": float(np.mean(dZ))}, cost"""

APART = [
    (checks.check_propagate, "def propagate(W, b, X, Y):" + _PROPAGATE_BODY, checks.WRONG,
     ["`m` is a variable from another cell", "m = X.shape[1] (the number of samples)"]),
    (checks.check_propagate, "def propagate(W, b, X, Y):\n    m = X.shape[1]\n"
                             "    W -= 0.5 * W\n    W = 2 * W" + _PROPAGATE_BODY, checks.WRONG,
     ["changes its argument W in place"]),
    (checks.check_propagate, "def propagate(W, b, X, Y):\n    m = 5" + _PROPAGATE_BODY,
     checks.WRONG, ["not on another: n = 1 feature, m = 1 sample", "Input: W = ",
                    "Expected: ", "It returned: ", "fixed in your code"]),
    (checks.check_propagate, "def propagate(W, b, X, Y):\n    m = X.shape[1]\n"
                             "    X = X.astype(float)" + _PROPAGATE_BODY, checks.PASSED, []),
]


@pytest.mark.parametrize(("check", "source", "status", "words"), APART,
                         ids=[f"{c.__name__}-{i}" for i, (c, *_) in enumerate(APART)])
def test_checks_run_the_function_apart_from_the_notebook(check, source, status, words):
    assert_check(check, source, status, *words)
