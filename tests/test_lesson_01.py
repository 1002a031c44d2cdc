"""Lesson 01 (the sigmoid): its plots, its explorer and its self-checks."""

import math
import re

import numpy as np
import pytest

import logreg_checks as checks
import logreg_core as core
import lessontext
import logreg_viz as viz
from logreg_checks import lesson01_sigmoid as checks01
from explorer_views import assert_live_view_is_fresh

import matplotlib.pyplot as plt




def reference_sigmoid(z):
    """Independent of the core: the textbook formula, in exact-enough float64 via math."""
    return np.vectorize(lambda v: 1 / (1 + math.exp(-v)))(np.asarray(z, dtype=float))


# --------------------------------------------------------------------------- plots

def test_plot_sigmoid_draws_sigma_and_its_slope():
    ax = viz.plot_sigmoid()
    curve, dot, slope = ax.lines[0], ax.lines[1], ax.lines[2]
    z = curve.get_xdata()
    assert z[0] == -8 and z[-1] == 8
    np.testing.assert_allclose(curve.get_ydata(), reference_sigmoid(z), atol=1e-12)
    s = reference_sigmoid(z)
    np.testing.assert_allclose(slope.get_ydata(), s * (1 - s), atol=1e-12)
    assert max(slope.get_ydata()) == pytest.approx(0.25)
    assert (dot.get_xdata()[0], dot.get_ydata()[0]) == (0, 0.5)
    assert ax.get_xlabel() == "$z$" and ax.get_title()
    assert ax.get_xlim() == (-8, 8)


def test_plot_sigmoid_shades_exactly_where_the_slope_is_small():
    ax = viz.plot_sigmoid()
    spans = [p for p in ax.patches if p.get_width() < 8]   # the two axvspans
    assert len(spans) == 2
    inner = spans[1].get_x()                                # right span starts at z_sat
    s = reference_sigmoid(inner)
    assert s * (1 - s) == pytest.approx(viz.SATURATION, rel=1e-9)


def test_plot_sigmoid_without_extras_draws_one_curve_on_a_given_axes():
    _, ax = plt.subplots()
    out = viz.plot_sigmoid(ax, derivative=False, saturation=False, z_max=3)
    assert out is ax and len(ax.lines) == 2 + 2     # sigma, its dot, two guide lines
    assert not ax.patches and ax.get_xlim() == (-3, 3)


def test_one_feature_data_is_the_toy_feature_and_separable():
    x, y = viz.one_feature_data()
    X_train, Y_train, _, _ = core.toy_dataset()
    np.testing.assert_array_equal(x, X_train[0])
    np.testing.assert_array_equal(y, Y_train[0])
    assert x[y == 0].max() < x[y == 1].min()


@pytest.mark.parametrize(("w", "b", "expected"), [(5, -2, 0.4), (-4, 2, 0.5), (0, 1, None)])
def test_neuron_threshold(w, b, expected):
    t = viz.neuron_threshold(w, b)
    if expected is None:
        assert t is None
    else:
        assert t == pytest.approx(expected)
        assert reference_sigmoid(w * t + b) == pytest.approx(0.5)


# --------------------------------------------------------------------------- explorer

def curve_and_threshold(fig):
    ax = fig.axes[0]
    curve = ax.lines[0]
    vlines = [ln for ln in ax.lines if ln.get_linestyle() == "--"]
    return ax, curve, vlines


@pytest.mark.parametrize(("w", "b"), [(5.0, -2.0), (12.0, -6.5), (-3.0, 1.0)])
def test_explorer_update_draws_the_curve_and_threshold(w, b):
    explorer = viz.sigmoid_neuron_explorer()
    fig = explorer.update(w=w, b=b)
    ax, curve, vlines = curve_and_threshold(fig)
    x = curve.get_xdata()
    np.testing.assert_allclose(curve.get_ydata(), reference_sigmoid(w * x + b), atol=1e-12)
    assert len(vlines) == 1
    assert vlines[0].get_xdata()[0] == pytest.approx(-b / w)
    assert f"{-b / w:.3f}" in ax.get_title()
    # the readout text under the plot agrees with the core's cost on the data
    X, Y = (a.reshape(1, -1) for a in viz.one_feature_data())
    J = np.mean(-Y * np.log(reference_sigmoid(w * X + b))
                - (1 - Y) * np.log(1 - reference_sigmoid(w * X + b)))
    assert f"cost J = {J:.4f}" in explorer.children[2].value


def test_explorer_with_zero_weight_has_no_threshold():
    explorer = viz.sigmoid_neuron_explorer()
    fig = explorer.update(w=0.0, b=1.0)
    ax, curve, vlines = curve_and_threshold(fig)
    assert not vlines and "no threshold" in ax.get_title()
    np.testing.assert_allclose(curve.get_ydata(), reference_sigmoid(1.0))
    assert "no threshold" in explorer.children[2].value


def test_explorer_threshold_off_the_plot_is_said_not_drawn():
    fig = viz.sigmoid_neuron_figure(w=-1.0, b=3.0)
    ax, _, vlines = curve_and_threshold(fig)
    assert not vlines and "off the plot" in ax.get_title()


def test_explorer_readout_accuracy_counts_points_right_of_threshold():
    x, y = viz.one_feature_data()
    text = viz.sigmoid_neuron_readout(w=10.0, b=-5.5)       # threshold 0.55
    acc = 100 * np.mean((x > 0.55) == (y == 1))
    assert acc == 100 and f"accuracy {acc:.1f} %" in text
    text = viz.sigmoid_neuron_readout(w=5.0, b=-2.0)        # threshold 0.4: 0.5 wrong
    assert f"accuracy {100 * np.mean((x > 0.4) == (y == 1)):.1f} %" in text


def test_explorer_defaults_match_the_static_twin():
    explorer = viz.sigmoid_neuron_explorer()
    sliders = {c.description: c.value for c in explorer.children[0].children}
    twin = viz.sigmoid_neuron_figure()
    assert twin.axes[0].get_title() == explorer.update(**sliders).axes[0].get_title()


def test_explorer_live_view_does_not_depend_on_slider_history():
    # threshold inside, none (w = 0), off the plot, at the edge, steep, and back
    values = [{"w": 12.0, "b": -6.5}, {"w": 0.0, "b": 1.0}, {"w": -1.0, "b": 3.0},
              {"w": 2.0, "b": 1.0}, {"w": -20.0, "b": 15.0}, {"w": 5.0, "b": -2.0}]
    assert_live_view_is_fresh(viz.sigmoid_neuron_explorer(), viz.sigmoid_neuron_figure,
                              viz.sigmoid_neuron_readout, values)


# --------------------------------------------------------------------------- sigmoid check

def stub(z):
    raise NotImplementedError  # your code here


def returns_none(z):
    return None


def good_sigmoid(z):
    return 1 / (1 + np.exp(-z))


def stable_sigmoid(z):
    return np.exp(-np.logaddexp(0, -z))


def floor_division(z):
    return 1 // (1 + np.exp(-z))


def cast_to_int(z):
    return (1 / (1 + np.exp(-z))).astype(int)


def wrong_sign(z):
    return 1 / (1 + np.exp(z))


def math_exp(z):
    return 1 / (1 + math.exp(-z))


def returns_scalar(z):
    return float(1 / (1 + np.exp(-np.ravel(z)[0])))


def ratio_form(z):
    return np.exp(z) / (1 + np.exp(z))


def flattens(z):
    return 1 / (1 + np.exp(-np.ravel(z)))


def off_by_a_bit(z):
    return 1 / (1.1 + np.exp(-z))


@pytest.mark.parametrize("fn", [stub])
def test_sigmoid_check_not_attempted(fn):
    result = checks.check_sigmoid(fn)
    assert result.status == checks.NOT_ATTEMPTED and "not attempted" in repr(result)


def test_sigmoid_check_passes_a_stable_sigmoid_without_hint():
    result = checks.check_sigmoid(stable_sigmoid)
    assert result.passed and "hint" not in result.message.lower()


def test_sigmoid_check_passes_the_naive_sigmoid_with_an_overflow_hint():
    result = checks.check_sigmoid(good_sigmoid)
    assert result.passed and "overflow" in result.message


def test_sigmoid_check_does_not_modify_or_warn():
    # warnings are errors in this suite: a warning inside the check would fail here
    assert checks.check_sigmoid(good_sigmoid).passed
    assert checks.check_sigmoid(ratio_form).status == checks.WRONG


# --------------------------------------------------------------------------- derivative check

def good_derivative(z):
    s = 1 / (1 + np.exp(-z))
    return s * (1 - s)


def plus_instead_of_minus(z):
    s = 1 / (1 + np.exp(-z))
    return s * (1 + s)


def forgot_sigmoid(z):
    return z * (1 - z)


def returns_sigmoid(z):
    return 1 / (1 + np.exp(-z))


def math_derivative(z):
    s = 1 / (1 + math.exp(-z))
    return s * (1 - s)


def half_derivative(z):
    s = 1 / (1 + np.exp(-z))
    return s * (1 - s) / 2


def test_derivative_check_not_attempted():
    assert checks.check_sigmoid_derivative(stub).status == checks.NOT_ATTEMPTED


def test_derivative_check_passes_correct():
    assert checks.check_sigmoid_derivative(good_derivative).passed
    assert checks.check_sigmoid_derivative(core.sigmoid_derivative).passed


MISTAKES = [
    (checks.check_sigmoid, floor_division, "floor division"),
    (checks.check_sigmoid, cast_to_int, "whole numbers"),
    (checks.check_sigmoid, wrong_sign, "sign flipped"),
    (checks.check_sigmoid, math_exp, "scalar-only"),
    (checks.check_sigmoid, returns_scalar, "single number"),
    (checks.check_sigmoid, flattens, "shape (10,)"),
    (checks.check_sigmoid, ratio_form, "nan"),
    (checks.check_sigmoid, off_by_a_bit, "wrong values"),
    (checks.check_sigmoid_derivative, plus_instead_of_minus, "s(1 + s)"),
    (checks.check_sigmoid_derivative, forgot_sigmoid, "z(1 - z)"),
    (checks.check_sigmoid_derivative, returns_sigmoid, "sigmoid(z) itself"),
    (checks.check_sigmoid_derivative, math_derivative, "scalar-only"),
    (checks.check_sigmoid_derivative, half_derivative, "wrong values"),
]


@pytest.mark.parametrize(("check", "fn", "words"), MISTAKES,
                         ids=[f"{c.__name__}-{f.__name__}" for c, f, _ in MISTAKES])
def test_checks_name_the_mistake(check, fn, words):
    result = check(fn)
    assert result.status == checks.WRONG
    assert words in result.message


# --------------------------------------------------------------------------- review fixes

def branch_sigmoid(z):
    if z >= 0:
        return 1 / (1 + np.exp(-z))
    e = np.exp(z)
    return e / (1 + e)


def float_sigmoid(z):
    return float(1 / (1 + np.exp(-z)))


def vectorized_math_exp(z):
    return np.vectorize(lambda v: 1 / (1 + math.exp(-v)))(z)


def negated_derivative(z):
    s = 1 / (1 + np.exp(-z))
    return -s * (1 - s)


def unfilled_sigmoid(z):
    raise NotImplementedError  # your code here


def derivative_of_unfilled_sigmoid(z):
    s = unfilled_sigmoid(z)
    return s * (1 - s)


@pytest.mark.parametrize("fn", [branch_sigmoid, float_sigmoid])
def test_scalar_only_code_that_uses_np_exp_is_not_told_to_use_np_exp(fn):
    result = checks.check_sigmoid(fn)
    assert result.status == checks.WRONG
    assert "`if` on z" in result.message and "np.where" in result.message
    assert "not math.exp" not in result.message


def test_sigmoid_that_raises_at_the_extremes_reports_the_exception_not_nan():
    result = checks.check_sigmoid(vectorized_math_exp)
    assert result.status == checks.WRONG
    assert "OverflowError" in result.message and "nan" not in result.message


def test_derivative_check_names_a_flipped_sign():
    result = checks.check_sigmoid_derivative(negated_derivative)
    assert result.status == checks.WRONG and "wrong sign" in result.message


def test_derivative_calling_an_unfilled_sigmoid_says_to_fill_sigmoid_first():
    result = checks.check_sigmoid_derivative(derivative_of_unfilled_sigmoid)
    assert result.status == checks.NOT_ATTEMPTED
    assert "inside unfilled_sigmoid()" in result.message
    assert "Fill in unfilled_sigmoid first" in result.message
    # the derivative's own untouched stub is still plain "not attempted"
    assert "inside" not in checks.check_sigmoid_derivative(stub).message


def test_readout_never_shows_a_negative_zero_threshold():
    # -0.0 / 5 is -0.0, which would print as "x = -0.000" at the explorer's b = 0
    assert "threshold x = 0.000," in viz.sigmoid_neuron_readout(w=5.0, b=0.0)


# --------------------------------------------------------------------------- list, brackets

def list_sigmoid(z):
    return [[1 / (1 + math.exp(-v)) for v in row] for row in np.asarray(z, dtype=float)]


def tolist_sigmoid(z):
    return (1 / (1 + np.exp(-z))).tolist()


def no_brackets(z):
    return 1 / 1 + np.exp(-z)


def no_brackets_no_minus(z):
    return 1 / 1 + np.exp(z)


def list_derivative(z):
    s = 1 / (1 + np.exp(-z))
    return list(s * (1 - s))


SIGMOID_MISTAKES = [
    (checks.check_sigmoid, list_sigmoid, "returned a Python list"),
    (checks.check_sigmoid, tolist_sigmoid, "returned a Python list"),
    (checks.check_sigmoid, no_brackets, "1 / 1 + np.exp(-z) is (1/1) + e^(-z)"),
    (checks.check_sigmoid, no_brackets, "put the sum in brackets"),
    (checks.check_sigmoid, no_brackets_no_minus, "minus sign is missing"),
    (checks.check_sigmoid, wrong_sign, "minus sign in np.exp(-z) is missing"),
    (checks.check_sigmoid, math_exp, "math.exp"),
    (checks.check_sigmoid_derivative, list_derivative, "returned a Python list"),
]


@pytest.mark.parametrize(("check", "fn", "words"), SIGMOID_MISTAKES,
                         ids=[f"{c.__name__}-{f.__name__}-{i}"
                              for i, (c, f, _) in enumerate(SIGMOID_MISTAKES)])
def test_sigmoid_checks_name_lists_brackets_and_signs(check, fn, words):
    result = check(fn)
    assert result.status == checks.WRONG
    assert words.lower() in result.message.lower(), result.message


def test_wrong_value_messages_end_with_what_to_do():
    for check, fn in [(checks.check_sigmoid, off_by_a_bit),
                      (checks.check_sigmoid_derivative, half_derivative)]:
        message = check(fn).message
        assert message.rstrip().endswith("run this check again.")


# --------------------------------------------------------------------------- predict check

def _probabilities(W, b, X):
    return core.sigmoid(W.T @ X + b)


def predict_right(W, b, X):
    return (_probabilities(W, b, X) > 0.5).astype(int)


def predict_where(W, b, X):
    return np.where(_probabilities(W, b, X) > 0.5, 1, 0)


def predict_from_z(W, b, X):
    return (np.dot(W.T, X) + b > 0).astype(np.int32)


def predict_loop(W, b, X):
    A = _probabilities(W, b, X)
    out = np.zeros((1, X.shape[1]), dtype=int)
    for i in range(X.shape[1]):
        out[0, i] = 1 if A[0, i] > 0.5 else 0
    return out


def predict_forgot_b(W, b, X):
    return (core.sigmoid(W.T @ X) > 0.5).astype(int)


def predict_ge(W, b, X):
    return (_probabilities(W, b, X) >= 0.5).astype(int)


def predict_probabilities(W, b, X):
    return _probabilities(W, b, X)


def predict_logits(W, b, X):
    return W.T @ X + b


def predict_floats(W, b, X):
    A = _probabilities(W, b, X)
    out = np.zeros((1, X.shape[1]))                 # the source post's float zeros
    out[A > 0.5] = 1
    return out


def predict_bools(W, b, X):
    return _probabilities(W, b, X) > 0.5


def predict_flat(W, b, X):
    return (_probabilities(W, b, X) > 0.5).astype(int).ravel()


def predict_column(W, b, X):
    return (core.sigmoid(X.T @ W + b) > 0.5).astype(int)


def predict_list(W, b, X):
    return [int(a > 0.5) for a in _probabilities(W, b, X)[0]]


def predict_nested_list(W, b, X):
    return (_probabilities(W, b, X) > 0.5).astype(int).tolist()


def predict_no_transpose(W, b, X):
    return (core.sigmoid(W @ X + b) > 0.5).astype(int)


def predict_np_dot_no_transpose(W, b, X):
    return (core.sigmoid(np.dot(W, X) + b) > 0.5).astype(int)


def predict_star(W, b, X):
    return (core.sigmoid(W * X + b) > 0.5).astype(int)


def predict_star_transposed(W, b, X):
    return (core.sigmoid(W.T * X + b) > 0.5).astype(int)


def predict_flipped(W, b, X):
    return (_probabilities(W, b, X) < 0.5).astype(int)


def predict_flipped_le(W, b, X):
    return (_probabilities(W, b, X) <= 0.5).astype(int)


def predict_one_number(W, b, X):
    return int(_probabilities(W, b, X)[0, 0] > 0.5)


def predict_all_ones(W, b, X):
    return np.ones((1, X.shape[1]), dtype=int)


def predict_unfilled_sigmoid(W, b, X):
    return (unfilled_sigmoid(W.T @ X + b) > 0.5).astype(int)


PREDICT_RIGHT = [core.predict, predict_right, predict_where, predict_from_z, predict_loop]


@pytest.mark.parametrize("fn", PREDICT_RIGHT, ids=lambda f: f.__name__)
def test_predict_check_passes_right_answers(fn):
    result = checks.check_predict(fn)
    assert result.passed, result.message
    assert "(1, 7) integer array" in result.message


PREDICT_WRONG = [
    (predict_forgot_b, "with no bias: did you forget + b"),
    (predict_ge, ">= 0.5"),
    (predict_ge, "z = 0, so a = 0.5 exactly"),
    (predict_probabilities, "returned the probabilities"),
    (predict_logits, "returned z = W.T @ X + b itself"),
    (predict_floats, "floats (0.0 and 1.0), not integers"),
    (predict_bools, "booleans (True/False)"),
    (predict_flat, "flat array of shape (7,)"),
    (predict_column, "column of shape (7, 1)"),
    (predict_list, "returned a Python list"),
    (predict_nested_list, "(its values are right)"),
    (predict_no_transpose, "W @ X multiplies W (2, 1) by X (2, 7)"),
    (predict_np_dot_no_transpose, "Transpose W"),
    (predict_star, "did you use * where you need @?"),
    (predict_star_transposed, "Use @ for the weighted sum"),
    (predict_flipped, "classes flipped"),
    (predict_flipped_le, "classes flipped"),
    (predict_one_number, "single number"),
    (predict_all_ones, "gets 3 of 7 predictions wrong"),
]


@pytest.mark.parametrize(("fn", "words"), PREDICT_WRONG,
                         ids=[f"{f.__name__}-{i}" for i, (f, _) in enumerate(PREDICT_WRONG)])
def test_predict_check_names_the_mistake(fn, words):
    result = checks.check_predict(fn)
    assert result.status == checks.WRONG
    assert words in result.message, result.message


def predict_stub(W, b, X):
    raise NotImplementedError  # your code here


def test_predict_check_not_attempted_and_unfilled_sigmoid():
    assert checks.check_predict(predict_stub).status == checks.NOT_ATTEMPTED
    result = checks.check_predict(predict_unfilled_sigmoid)
    assert result.status == checks.NOT_ATTEMPTED
    assert "Fill in unfilled_sigmoid first" in result.message


def test_predict_case_has_a_point_exactly_on_the_boundary_and_one_that_needs_b():
    W, b, X = checks01._predict_case()
    Z = W.T @ X + b
    assert np.count_nonzero(Z == 0) == 1                    # a = 0.5 exactly: > vs >=
    assert np.any((Z > 0) & (W.T @ X <= 0))                 # forgetting b flips a sample
    assert X.shape[0] != X.shape[1] and X.shape[0] != 1     # W @ X fails, shapes differ


@pytest.mark.parametrize("slope", [0.05, 0.01, 0.2])
def test_saturation_z_is_where_the_slope_falls_to_the_given_value(slope):
    z = viz.saturation_z(slope)
    s = reference_sigmoid(z)
    assert z > 0 and s * (1 - s) == pytest.approx(slope, rel=1e-9)
    assert viz.saturation_z() == pytest.approx(2.887, abs=1e-3)


@pytest.mark.parametrize("bad", [0.0, 0.25, -1.0])
def test_saturation_z_rejects_slopes_sigma_never_has(bad):
    with pytest.raises(ValueError, match="slope"):
        viz.saturation_z(bad)


# --------------------------------------------------------------------------- published solutions

LESSON = "01_sigmoid.ipynb"


def _notebook():
    return lessontext.load(LESSON)


def _code_cell(nb, prefix):
    """The source of the lesson's code cell that starts with prefix."""
    found = [lessontext.source(c) for c in nb["cells"]
             if c["cell_type"] == "code" and lessontext.source(c).startswith(prefix)]
    assert len(found) == 1, f"expected one code cell starting {prefix!r}, found {len(found)}"
    return found[0]


@pytest.fixture(scope="module")
def lesson_namespace():
    """The names the solutions use, made by the lesson's own cells (not copied here)."""
    nb = _notebook()
    ns = {"np": np, "core": core, "viz": viz, "math": math}
    for prefix in ("def my_sigmoid", "x, y = viz.one_feature_data()", "X, Y = x.reshape",
                   "X_train, Y_train, X_test, Y_test = core.toy_dataset()"):
        lessontext.run_printing(_code_cell(nb, prefix), ns)
    return ns


def _exercise_blocks(number):
    """The ```python blocks of exercise `number`'s Solution, one string per block."""
    text = next(t for t in lessontext.markdown(_notebook()) if "## Exercises" in t)
    parts = re.split(r"\*\*Exercise (\d+)", text)
    chunk = parts[parts.index(str(number)) + 1]
    bodies = [b for s, b in lessontext.details(chunk) if s.startswith("Solution")]
    assert len(bodies) == 1, f"exercise {number}: {len(bodies)} solutions"
    blocks = re.findall(r"```python\n(.*?)```", bodies[0], re.S)
    assert blocks, f"exercise {number}'s solution computes nothing"
    return blocks


def _run(code, namespace):
    ns = dict(namespace)
    return lessontext.run_printing(code, ns), ns


def _your_turn_blocks(name):
    """The ```python blocks of the Your turn solution that defines name."""
    for text in lessontext.markdown(_notebook()):
        for summary, body in lessontext.details(text):
            if summary == "Solution" and f"def {name}(" in body:
                return re.findall(r"```python\n(.*?)```", body, re.S)
    raise AssertionError(f"no Your turn solution defining {name}")


def _your_turn_solution(name):
    return "\n".join(_your_turn_blocks(name))


def test_sigmoid_solutions_pass_as_the_text_says(lesson_namespace):
    naive, stable = _your_turn_blocks("sigmoid")
    _, ns = _run(naive, lesson_namespace)
    result = checks.check_sigmoid(ns["sigmoid"])
    assert result.passed and "overflow" in result.message             # "with the optional hint"
    _, ns = _run(stable, lesson_namespace)
    result = checks.check_sigmoid(ns["sigmoid"])
    assert result.passed and "hint" not in result.message.lower()     # "never warns"


def test_derivative_solution_passes(lesson_namespace):
    _, ns = _run(_your_turn_blocks("sigmoid")[0], lesson_namespace)
    _, ns = _run(_your_turn_solution("sigmoid_derivative"), ns)
    assert checks.check_sigmoid_derivative(ns["sigmoid_derivative"]).passed
    assert ns["sigmoid_derivative"](0.0) == 0.25                      # "largest, 1/4 at 0"


def test_predict_solution_passes_and_prints_the_labels(lesson_namespace):
    printed, ns = _run(_your_turn_solution("predict"), lesson_namespace)
    assert checks.check_predict(ns["predict"]).passed
    np.testing.assert_array_equal(ns["predict"](ns["W"], ns["b"], ns["X_train"]),
                                  ns["Y_train"])
    assert "[[0 0 0 1 1 0 0 1]]" in printed               # the text states this output


def test_exercise_1_logit_round_trip_loses_digits_only_for_large_z(lesson_namespace):
    first, cure = _exercise_blocks(1)
    printed, ns = _run(first, lesson_namespace)
    errors = {float(z): float(e) for z, e in
              re.findall(r"z = \s*(-?[\d.]+)\s+back = .*?error = (\S+)", printed)}
    assert sorted(errors) == [-30, -20, -10, 0, 10, 20, 30]
    assert all(errors[z] < 1e-9 for z in errors if z <= 10)          # "below 10^-9"
    assert 1e-9 < errors[20] < 1e-7                                  # "about 10^-8"
    assert 1e-4 < errors[30] < 1e-2                                  # "about 10^-3"
    assert f"{core.sigmoid(-30.0):.1e}" == "9.4e-14"                # "a = 1 - 9.4 x 10^-14"
    printed, _ = _run(cure, ns)
    assert printed.strip() == "with sigma(-z): max error < 1e-12: True"


def test_exercise_2_tanh_is_a_stretched_sigmoid(lesson_namespace):
    (code,) = _exercise_blocks(2)
    printed, _ = _run(code, lesson_namespace)
    assert printed.splitlines() == ["max |tanh(z) - (2 sigma(2z) - 1)| < 1e-15: True",
                                    "largest slope of tanh: 1.000000 at z = 0.000"]


def test_exercise_3_float32_threshold_is_24_ln_2(lesson_namespace):
    (code,) = _exercise_blocks(3)
    printed, ns = _run(code, lesson_namespace)
    lo, hi = float(ns["lo"]), float(ns["hi"])
    assert np.nextafter(ns["lo"], ns["hi"]) == ns["hi"]              # neighbouring float32s
    assert ns["my_sigmoid"](ns["hi"]) == 1.0 > ns["my_sigmoid"](ns["lo"])
    assert abs(lo - 24 * math.log(2)) < 1e-5 and abs(hi - 24 * math.log(2)) < 1e-5
    assert f"{lo:.4f}" == "16.6355"                                   # "z ~ 16.6355"
    assert "24 ln 2 = 16.635532" in printed


def test_exercise_4_needs_w_65_for_a_cost_below_one_hundredth(lesson_namespace):
    (code,) = _exercise_blocks(4)
    printed, ns = _run(code, lesson_namespace)
    assert printed.strip() == "w = 65: cost J = 0.009525"            # stated in the solution
    X, Y = ns["X"], ns["Y"]
    assert core.cost(np.array([[64]]), -0.55 * 64, X, Y) >= 0.01     # 65 is the smallest
    costs = [core.cost(np.array([[w]]), -0.55 * w, X, Y) for w in (65, 100, 200, 400)]
    assert np.all(np.diff(costs) < 0) and min(costs) > 0              # smaller, never 0


# --------------------------------------------------------------------------- newcomer review
# Wrong answers a beginner writes, each with the words its message must contain.

def top_is_e_minus_z(z):
    return np.exp(-z) / (1 + np.exp(-z))


def one_minus_sigmoid(z):
    return 1 - 1 / (1 + np.exp(-z))


def minus_in_the_bottom(z):
    return 1 / (1 - np.exp(-z))


def e_as_2_7(z):
    return 1 / (1 + 2.7 ** (-z))


def rounded_sigmoid(z):
    return np.round(1 / (1 + np.exp(-z)), 3)


def caret_power(z):
    return 1 / (1 + np.e ^ (-z))


def printed_sigmoid(z):
    print(1 / (1 + np.exp(-z)))


def derivative_precedence(z):
    s = 1 / (1 + np.exp(-z))
    return s * 1 - s


def derivative_second_factor_only(z):
    return 1 - 1 / (1 + np.exp(-z))


def derivative_one_minus_z(z):
    s = 1 / (1 + np.exp(-z))
    return s * (1 - z)


def derivative_np_dot(z):
    s = 1 / (1 + np.exp(-z))
    return np.dot(s, 1 - s)


def derivative_matmul_square(z):
    s = 1 / (1 + np.exp(-z))
    return s @ (1 - s).T


def predict_minus_b(W, b, X):
    return (core.sigmoid(W.T @ X - b) > 0.5).astype(int)


def predict_z_against_half(W, b, X):
    return (W.T @ X + b > 0.5).astype(int)


def predict_if_on_array(W, b, X):
    if _probabilities(W, b, X) > 0.5:
        return 1
    return 0


def predict_astype_only(W, b, X):
    return _probabilities(W, b, X).astype(int)


def predict_other_error(W, b, X):
    return (_probabilities(W, b, X) > 0.5).astype(int) + X.missing


REVIEW_MISTAKES = [
    (checks.check_sigmoid, top_is_e_minus_z, "or the top of the fraction is e^(-z)"),
    (checks.check_sigmoid, one_minus_sigmoid, "sigma(-z) = 1 - sigma(z)"),
    (checks.check_sigmoid, minus_in_the_bottom, "minus where it needs a plus"),
    (checks.check_sigmoid, e_as_2_7, "write e as 2.7"),
    (checks.check_sigmoid, rounded_sigmoid, "Did you round the result"),
    (checks.check_sigmoid, caret_power, "^, which in Python is not a power"),
    (checks.check_sigmoid, printed_sigmoid, "print(...) only shows a value"),
    (checks.check_sigmoid_derivative, derivative_precedence, "* goes before -"),
    (checks.check_sigmoid_derivative, derivative_second_factor_only, "only the second factor"),
    (checks.check_sigmoid_derivative, derivative_one_minus_z, "s * (1 - z)"),
    (checks.check_sigmoid_derivative, derivative_np_dot, "@ or np.dot, which fails"),
    (checks.check_sigmoid_derivative, derivative_matmul_square, "did you use @ or np.dot?"),
    (checks.check_predict, predict_minus_b, "write - b"),
    (checks.check_predict, predict_z_against_half, "compare z itself with 0.5"),
    (checks.check_predict, predict_if_on_array, "uses `if` on the whole array"),
    (checks.check_predict, predict_astype_only, "cuts off the decimals"),
    (checks.check_predict, predict_other_error, "raised AttributeError"),
]


@pytest.mark.parametrize(("check", "fn", "words"), REVIEW_MISTAKES,
                         ids=[f"{c.__name__}-{f.__name__}" for c, f, _ in REVIEW_MISTAKES])
def test_checks_name_beginners_mistakes_and_say_what_to_do(check, fn, words):
    result = check(fn)
    assert result.status == checks.WRONG
    assert words in result.message, result.message
    assert result.message.rstrip().endswith(("run this check again.", "with no `if`.",
                                             "(A > 0.5).astype(int).")), result.message


def test_flipped_sign_message_no_longer_blames_a_missing_minus_alone():
    # e^(-z) / (1 + e^(-z)) has its minus sign: the message must offer the other cause
    message = checks.check_sigmoid(top_is_e_minus_z).message
    assert "Either the minus sign" in message and "top of the fraction" in message


def test_near_miss_is_not_said_of_a_far_off_formula():
    assert "nearly right" not in checks.check_sigmoid(off_by_a_bit).message


# ----------------------------------------------------------------- the learner's function, apart
# Each class of issue 18, per check: a notebook variable, a changed input, other inputs than
# the notebook's (plain numbers, other shapes, integers), a raw error explained, and a
# difference the check cannot name (input, expected and returned shown).

from notebookcell import assert_check  # noqa: E402

APART = [
    (checks.check_sigmoid, "def sigmoid(x):\n    return 1 / (1 + np.exp(-z))",
     checks.WRONG, ["`z` is a variable from another cell", "only its parameters (x)"]),
    (checks.check_sigmoid, "def sigmoid(z):\n    z *= -1\n    return 1 / (1 + np.exp(z))",
     checks.WRONG, ["changes its argument z in place", "Compute on a copy"]),
    (checks.check_sigmoid, "def sigmoid(z):\n    out = np.zeros(z.shape)\n"
                           "    out[...] = 1 / (1 + np.exp(-z))\n    return out",
     checks.WRONG, ["fails on another: z is a plain Python number", "np.shape(z)"]),
    (checks.check_sigmoid, "def sigmoid(z):\n    return 1 / (1 + numpy.exp(-z))",
     checks.WRONG, ["The import is missing", "import numpy"]),
    (checks.check_sigmoid, "def sigmoid(z):\n    s = 1 / (1 + np.exp(-z))\n"
                           "    return s if np.ndim(z) else round(float(s), 2)",
     checks.WRONG, ["not on another: z is a plain Python number", "Input: z = 0.5",
                    "Expected: 0.622459", "It returned: 0.62"]),
    (checks.check_sigmoid_derivative, "def sigmoid_derivative(z):\n    return s * (1 - s)",
     checks.WRONG, ["`s` is a variable from another cell"]),
    (checks.check_sigmoid_derivative, "def sigmoid_derivative(z):\n    s = sigmoid(z)\n"
                                      "    return s * (1 - s)", checks.PASSED, []),
    (checks.check_sigmoid_derivative, "def sigmoid_derivative(z):\n    return sigmoid(z) * "
                                      "(1 - sigmoid(z))\n\ndef sigmoid(x):\n"
                                      "    return 1 / (1 + np.exp(-z))",
     checks.WRONG, ["inside sigmoid, a function from another cell that it calls", "`z`"]),
    (checks.check_sigmoid_derivative, "def sigmoid_derivative(z):\n    s = sigmoid(z)\n"
                                      "    z *= 0\n    return s * (1 - s)",
     checks.WRONG, ["changes its argument z in place"]),
    (checks.check_sigmoid_derivative, "def sigmoid_derivative(z):\n    s = sigmoid(z)\n"
                                      "    return s * (1 - s) if np.ndim(z) == 2 else s",
     checks.WRONG, ["not on another: z is a plain Python number", "Input: z = 0.5",
                    "Expected:", "It returned:"]),
    (checks.check_predict, "def predict(W, b, X):\n"
                           "    return (core.sigmoid(W.T @ X_train + b) > 0.5).astype(int)",
     checks.WRONG, ["`X_train` is a variable from another cell", "use the parameter X"]),
    (checks.check_predict, "def predict(W, b, X):\n    X[0] = 2 * X[0]\n"
                           "    return (core.sigmoid(W.T @ X / [[2], [1]] + b) > 0.5)"
                           ".astype(int)",
     checks.WRONG, ["changes its argument X in place"]),
    (checks.check_predict, "def predict(W, b, X):\n    z = W[0, 0] * X[0] + W[1, 0] * X[1] + b\n"
                           "    return (core.sigmoid(z) > 0.5).astype(int).reshape(1, -1)",
     checks.WRONG, ["fails on another: n = 1 feature, m = 3 samples", "fixed in your code"]),
    (checks.check_predict, "def predict(W, b, X):\n    if X.shape[0] != 2:\n"
                           "        return np.zeros((1, X.shape[1]), int)\n"
                           "    return (core.sigmoid(W.T @ X + b) > 0.5).astype(int)",
     checks.WRONG, ["not on another: n = 1 feature", "Input: W = ", "Expected: ",
                    "It returned: "]),
]


@pytest.mark.parametrize(("check", "source", "status", "words"), APART,
                         ids=[f"{c.__name__}-{i}" for i, (c, *_) in enumerate(APART)])
def test_checks_run_the_function_apart_from_the_notebook(check, source, status, words):
    assert_check(check, source, status, *words)
