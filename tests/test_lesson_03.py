"""Lesson 03 (cross-entropy loss): its viz helpers, explorer, self-check and exercises."""

import re

import lessontext
import numpy as np
import pytest

import logreg_checks as checks
import logreg_core as core
import logreg_viz as viz
from logreg_checks import lesson03_cross_entropy_loss as checks03
from explorer_views import assert_live_view_is_fresh


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


def test_log_loss_live_view_does_not_depend_on_slider_history():
    values = [{"a": 0.25, "y": 0}, {"a": 0.001, "y": 1}, {"a": 0.999, "y": 1},
              {"a": 0.999, "y": 0}, {"a": 0.5, "y": 0}, {"a": 0.8, "y": 1}]
    assert_live_view_is_fresh(viz.log_loss_explorer(), viz.log_loss_figure,
                              viz.log_loss_readout, values)


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


def _losses(A, Y):
    return Y * np.log(A) + (1 - Y) * np.log(1 - A)


def _right(A, Y):
    return float(-np.mean(_losses(A, Y)))


def _right_with_sum(A, Y):
    m = Y.shape[1]
    return float(-np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m)


def _numpy_scalar(A, Y):
    return -np.mean(_losses(A, Y))                     # np.float64, no float(...)


def _dot_transposed(A, Y):                            # (1, m) @ (m, 1): a (1, 1) array
    return -(np.dot(Y, np.log(A).T) + np.dot(1 - Y, np.log(1 - A).T)) / Y.shape[1]


def _mean_over_axis(A, Y):                            # shape (1,)
    return -np.mean(_losses(A, Y), axis=1)


def _with_where(A, Y):                                # a different but right way
    return float(np.mean(np.where(Y == 1, -np.log(A), -np.log(1 - A))))


RIGHT = [_right, _right_with_sum, _numpy_scalar, _dot_transposed, _mean_over_axis, _with_where]


@pytest.mark.parametrize("fn", RIGHT, ids=lambda f: f.__name__)
def test_check_compute_cost_passes_right_answers(fn):
    result = checks.check_compute_cost(fn)
    assert result.passed, result.message
    one_element_array = np.ndim(fn(*checks03._extreme_cost_case())) > 0
    assert (".item()" in result.message) == one_element_array


def test_check_compute_cost_not_attempted():
    result = checks.check_compute_cost(_stub)
    assert result.status == checks.NOT_ATTEMPTED and "not attempted" in repr(result)


def test_the_second_point_is_where_eps_shows():
    A, Y = checks03._extreme_cost_case()
    assert np.all((A > 0) & (A < 1)) and np.min(np.minimum(A, 1 - A)) < 1e-8
    exact = _right(A, Y)
    assert abs(_with_eps(A, Y) - exact) > 1.0 and abs(_with_eps(*checks03._cost_case()[1:]) -
                                                      _right(*checks03._cost_case()[1:])) < 1e-3


def _summed(A, Y):
    return float(-np.sum(_losses(A, Y)))


def _divides_by_len(A, Y):
    return float(-np.sum(_losses(A, Y)) / len(Y))


def _divides_by_rows(A, Y):
    return float(-np.sum(_losses(A, Y)) / Y.shape[0])


def _no_y_factor(A, Y):                               # the source post's first propagate
    return float(-np.mean(np.log(A) + (1 - Y) * np.log(1 - A)))


def _source_post_first_version_with_len(A, Y):
    m = len(Y)
    return np.squeeze(-1 / m * np.sum(np.log(A) + (1 - Y) * np.log(1 - A)))


def _forgot_return(A, Y):
    _ = float(-np.mean(_losses(A, Y)))


def _sign_error(A, Y):
    return float(np.mean(_losses(A, Y)))


def _minus_on_first_term(A, Y):
    return float(np.mean(-Y * np.log(A) + (1 - Y) * np.log(1 - A)))


def _minus_on_second_term(A, Y):
    return float(np.mean(Y * np.log(A) - (1 - Y) * np.log(1 - A)))


def _with_eps(A, Y):                                  # the source post's final version
    eps = 1e-5
    return float(-np.mean(Y * np.log(A + eps) + (1 - Y) * np.log(1 - A + eps)))


def _with_small_eps(A, Y):                            # invisible at ordinary predictions
    eps = 1e-10
    return float(-np.mean(Y * np.log(A + eps) + (1 - Y) * np.log(1 - A + eps)))


def _with_clip(A, Y):
    return _right(np.clip(A, 1e-7, 1 - 1e-7), Y)


def _dot_of_rows(A, Y):
    return -(np.dot(Y, np.log(A)) + np.dot(1 - Y, np.log(1 - A))) / Y.shape[1]


def _outer_product(A, Y):
    return -(np.dot(np.log(A).T, Y) + np.dot(np.log(1 - A).T, 1 - Y)) / Y.shape[1]


def _per_sample(A, Y):
    return -_losses(A, Y)


def _log10(A, Y):
    return float(-np.mean(Y * np.log10(A) + (1 - Y) * np.log10(1 - A)))


def _log2(A, Y):
    return float(-np.mean(Y * np.log2(A) + (1 - Y) * np.log2(1 - A)))


def _only_first_term(A, Y):
    return float(-np.mean(Y * np.log(A)))


def _only_second_term(A, Y):
    return float(-np.mean((1 - Y) * np.log(1 - A)))


def _swapped_arguments(A, Y):
    return _right(Y, A)


def _log_of_a_minus_1(A, Y):
    return float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(A - 1)))


def _return_inside_the_loop(A, Y):
    total = 0.0
    for i in range(Y.shape[1]):
        total += -(Y[0, i] * np.log(A[0, i]) + (1 - Y[0, i]) * np.log(1 - A[0, i]))
        return total / Y.shape[1]                     # one indent too far


def _return_inside_the_loop_no_m(A, Y):
    for i in range(Y.shape[1]):
        return float(-(Y[0, i] * np.log(A[0, i]) + (1 - Y[0, i]) * np.log(1 - A[0, i])))


def _squared_error(A, Y):                             # lesson 03 section 4's other cost
    return float(np.mean(0.5 * (A - Y) ** 2))


def _squared_error_no_half(A, Y):
    return float(np.mean((A - Y) ** 2))


def _rounded(A, Y):
    return round(_right(A, Y), 4)


def _a_list(A, Y):
    return [_right(A, Y)]


def _per_sample_list(A, Y):
    return (-_losses(A, Y)).ravel().tolist()


def _a_tuple(A, Y):
    return _right(A, Y), Y.shape[1]


def _a_dict(A, Y):
    return {"cost": _right(A, Y)}


def _a_string(A, Y):
    return f"{_right(A, Y):.6f}"


def _complex(A, Y):
    return complex(_right(A, Y), 0.0)


def _an_object(A, Y):
    return object()


def _raises(A, Y):
    return A.undefined_attribute


# (learner's function, status, words the message must contain)
WRONG = [
    (_summed, "sum of the losses"),
    (_divides_by_len, "len(Y) or Y.shape[0], that is 1"),
    (_divides_by_rows, "len(Y) or Y.shape[0], that is 1"),
    (_no_y_factor, "missing its factor Y (the source post's bug"),
    (_source_post_first_version_with_len, "Two mistakes: the first term is missing its factor"),
    (_forgot_return, "did you forget `return`? Add a `return` line at the end of the function"),
    (_sign_error, "a sign error"),
    (_minus_on_first_term, "must apply to both terms"),
    (_minus_on_second_term, "must apply to both terms"),
    (_with_eps, "eps = 1e-5 inside the logs"),
    (_with_small_eps, "an eps, or a clip of A, inside the logs"),
    (_with_clip, "an eps, or a clip of A, inside the logs"),
    (_dot_of_rows, "np.dot of two rows"),
    (_outer_product, "a column times a row"),
    (_per_sample, "has shape (1, 6), not one number"),
    (_log10, "log base 10 (lg, np.log10)"),
    (_log2, "log base 2"),
    (_only_first_term, "(1 - Y) * np.log(1 - A) is missing"),
    (_only_second_term, "The term Y * np.log(A) is missing"),
    (_swapped_arguments, "swap A and Y"),
    (_log_of_a_minus_1, "returned nan"),
    (_a_list, "is a list of 1 item,"),
    (_per_sample_list, "is a list of 6 items"),
    (_a_tuple, "is a tuple of 2 items"),
    (_a_dict, "is a dict"),
    (_a_string, "is a string"),
    (_complex, "complex number"),
    (_an_object, "is an object, not a number"),
    (_raises, "raised AttributeError: "),
    (_return_inside_the_loop, "the loss of the first sample only"),
    (_return_inside_the_loop_no_m, "the loss of the first sample only"),
    (_squared_error, "the squared error, not the cross-entropy"),
    (_squared_error_no_half, "the squared error, not the cross-entropy"),
    (_rounded, "rounds the cost"),
]


# mistakes whose message shows the returned value: the mistake is named first, in at most
# two sentences, and the numbers come after it
NAMED_BEFORE_NUMBERS = [
    (_summed, "sum of the losses"), (_no_y_factor, "missing its factor Y"),
    (_source_post_first_version_with_len, "Two mistakes"), (_sign_error, "a sign error"),
    (_minus_on_first_term, "one term only"), (_with_eps, "eps = 1e-5 inside the logs"),
    (_with_clip, "a clip of A"), (_log10, "log base 10"), (_log2, "log base 2"),
    (_only_first_term, "is missing"), (_only_second_term, "is missing"),
    (_return_inside_the_loop, "first sample only"), (_squared_error, "squared error"),
    (_rounded, "rounds the cost"),
]


@pytest.mark.parametrize(("fn", "words"), NAMED_BEFORE_NUMBERS,
                         ids=[f.__name__ for f, _ in NAMED_BEFORE_NUMBERS])
def test_the_mistake_is_named_before_any_numbers(fn, words):
    message = checks.check_compute_cost(fn).message
    first_number = re.search(r"-?\d+\.\d{6}", message)
    assert first_number, message
    before = message[:first_number.start()]
    assert words in before and before.count(". ") <= 2, message


@pytest.mark.parametrize(("fn", "words"), WRONG, ids=[f.__name__ for f, _ in WRONG])
def test_check_compute_cost_names_the_mistake(fn, words):
    result = checks.check_compute_cost(fn)
    assert result.status == checks.WRONG, result.message
    assert words in result.message, result.message
    assert result.message.rstrip().endswith((".", ")")), result.message


# ---------------------------------------------------------------- the lesson's own text

NB = lessontext.load("03_cross_entropy_loss.ipynb")


def _namespace():
    return {"np": np, "core": core, "viz": viz, "checks": checks}


def test_your_turn_solution_passes_the_check():
    ns = _namespace()
    lessontext.run_printing(lessontext.solution_code(NB, "Solution"), ns)
    result = checks.check_compute_cost(ns["compute_cost"])
    assert result.passed, result.message


SOLUTIONS = lessontext.exercise_solutions(NB)


def test_the_exercises_are_numbered_in_order():
    assert list(SOLUTIONS) == list(range(1, 7))


@pytest.mark.parametrize("number", SOLUTIONS, ids=lambda n: f"exercise {n}")
def test_exercise_solution_runs_and_prints_the_numbers_it_states(number):
    lessontext.assert_solution_prints_what_it_states(number, SOLUTIONS[number], _namespace())



def test_exercise_solutions_state_the_right_facts():
    bodies = SOLUTIONS
    out = lessontext.run_printing(lessontext.python_blocks(bodies[1]), _namespace())
    assert "likelihood 0.0042" in out and out.count("1.8242") == 2 and "4.6052" in out
    out = lessontext.run_printing(lessontext.python_blocks(bodies[2]), _namespace())
    assert out.count("0.693147") == 2
    out = lessontext.run_printing(lessontext.python_blocks(bodies[3]), _namespace())
    assert "ce: negative at 0 of" in out and "se: negative at 0 " not in out
    out = lessontext.run_printing(lessontext.python_blocks(bodies[4]), _namespace())
    w = [float(v) for v in re.findall(r"w = ([-\d.]+)", out)]
    J = [float(v) for v in re.findall(r"J = ([\d.]+)", out)]
    assert w[1] > w[0] > 10 and J[1] < J[0] < 0.1            # no lowest point: w grows
    out = lessontext.run_printing(lessontext.python_blocks(bodies[5]), _namespace())
    assert "z > 11.51" in out and "from z = 36.74" in out
    out = lessontext.run_printing(lessontext.python_blocks(bodies[6]), _namespace())
    assert out.count(": True") == 2


def _quiz():
    cell = next(c for c in NB["cells"] if c["cell_type"] == "code"
                and "viz.quiz" in lessontext.source(c))
    return eval(lessontext.source(cell), {"viz": viz})  # noqa: S307 - the lesson's own cell


def test_quiz_answers_are_true():
    q = _quiz()
    assert q.answer(0, f"{-np.log(1 - 0.9):.4f}").startswith("✅")
    assert q.answer(0, f"{-np.log10(1 - 0.9):.4f}").startswith("❌")     # lg gives 1
    for i, question in enumerate(q.questions):
        for text, right, _ in question.get("options", []):
            assert q.answer(i, text).startswith("✅" if right else "❌")
    assert q.questions[1]["options"][0][0].startswith("the natural log")


def test_forgot_return_message_is_left_as_it_is():
    assert checks.check_compute_cost(_forgot_return).message.endswith("then run this check again.")


# ----------------------------------------------------------------- the learner's function, apart
# Each class of issue 18, per check: a notebook variable, a changed input, other inputs than
# the notebook's (other shapes, integers), a raw error explained, and a difference the
# check cannot name (input, expected and returned shown). test_lesson_01 has the same table.

from notebookcell import assert_check  # noqa: E402

APART = [
    (checks.check_compute_cost, """
def compute_cost(A, Y):
    return float(-np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m)""", checks.WRONG,
     ["`m` is a variable from another cell", "m = A.shape[1] (the number of samples)"]),
    (checks.check_compute_cost, """
def compute_cost(A, Y):
    A[...] = 1 - A
    return float(-np.mean(Y * np.log(1 - A) + (1 - Y) * np.log(A)))""", checks.WRONG,
     ["changes its argument A in place", "Compute on a copy"]),
    (checks.check_compute_cost, """
def compute_cost(A, Y):
    total = 0.0
    for i in range(6):
        total += -(Y[0, i] * np.log(A[0, i]) + (1 - Y[0, i]) * np.log(1 - A[0, i]))
    return total / 6""", checks.WRONG,
     ["fails on another: one sample, m = 1", "IndexError", "fixed in your code"]),
    (checks.check_compute_cost, """
def compute_cost(A, Y):
    return float(-np.mean(Y * np.log(A[:, :-1]) + (1 - Y) * np.log(1 - A)))""",
     checks.WRONG, ["could not be broadcast", "Print the .shape of both sides"]),
    (checks.check_compute_cost, """
def compute_cost(A, Y):
    cost = float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))
    return cost if A.shape[1] > 1 else 0.0""", checks.WRONG,
     ["not on another: one sample, m = 1", "Input: A = np.array([[0.3]]), Y = ",
      "Expected: 1.20397", "It returned: 0.0"]),
    (checks.check_compute_cost, """
def compute_cost(A, Y):
    return float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))""", checks.PASSED, []),
]


@pytest.mark.parametrize(("check", "source", "status", "words"), APART,
                         ids=[f"{c.__name__}-{i}" for i, (c, *_) in enumerate(APART)])
def test_checks_run_the_function_apart_from_the_notebook(check, source, status, words):
    assert_check(check, source, status, *words)
