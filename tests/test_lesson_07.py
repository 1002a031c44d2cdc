"""Lesson 07 (debugging): each sandboxed defect of the source post shows the symptom the
lesson claims, the eps-loss figure draws what it says, the repair self-check names each
defect, and the exercise solutions print what their text states."""

import contextlib
import re

import matplotlib.pyplot as plt
import numpy as np
import pytest

import lessontext
import logreg_checks as checks
import logreg_core as core
import logreg_viz as viz

NB = "07_debugging.ipynb"
X, Y, _, _ = core.toy_dataset()
W0, B0 = np.zeros((2, 1)), 0.0
LOG2 = np.log(2.0)
ONE = "one of the source post's defects remains"


@pytest.fixture(scope="module")
def fitted():
    params, _, _ = core.optimize(W0, B0, X, Y, 2000, 0.5)
    return params["W"], params["b"]


# --------------------------------------------------------------------------- defect 1

def test_defect1_cost_is_off_and_the_gradient_check_fails(fitted):
    _, cost = checks.seed_propagate_v1(W0, B0, X, Y)
    n_zero = int(np.sum(Y == 0))          # each y = 0 sample adds -log(1/2)
    assert float(cost) == pytest.approx(LOG2 * (1 + n_zero / Y.size))
    for W, b in ((W0, B0), fitted):
        assert checks.gradient_check_propagate(checks.seed_propagate_v1, W, b, X, Y) > 1e-3
        grads, _ = checks.seed_propagate_v1(W, b, X, Y)
        assert core.gradient_check(W, b, X, Y, grads=grads) < 1e-7   # the gradient is right


# --------------------------------------------------------------------------- defect 2

def test_defect2_W_never_changes_and_only_b_learns():
    W = np.zeros((2, 1))
    params, _, costs = checks.seed_optimize_v1(W, 0.0, X, Y, 2000, 0.5)
    np.testing.assert_array_equal(W, 0.0)
    assert set(params) == {"w", "b"}
    # w is ONE step from W = 0 (at the converged b), not the result of 2000 steps
    grads, _ = core.propagate(W, params["b"], X, Y)
    np.testing.assert_allclose(params["w"], -0.5 * grads["dW"], atol=1e-9)
    one, _, _ = checks.seed_optimize_v1(W, 0.0, X, Y, 1, 0.5)
    np.testing.assert_allclose(one["w"], -0.5 * core.propagate(W, 0.0, X, Y)[0]["dW"])
    p = float(np.mean(Y))
    entropy = -(p * np.log(p) + (1 - p) * np.log(1 - p))
    assert params["b"] == pytest.approx(np.log(p / (1 - p)), abs=1e-6)
    np.testing.assert_allclose(costs[1:], entropy, atol=1e-6)   # flat after one record
    _, _, good = core.optimize(W, 0.0, X, Y, 2000, 0.5)
    assert good[-1] < entropy / 5


# --------------------------------------------------------------------------- defect 3

def test_defect3_zeros_raises_and_both_ifs_run_at_one_half(fitted):
    with pytest.raises(TypeError, match="data type"):
        checks.seed_predict_v1(W0, B0, X)
    seed = checks.seed_predict_v1(W0, B0, X, zeros_fixed=True)
    np.testing.assert_array_equal(seed, 1)                       # a = 0.5 everywhere
    np.testing.assert_array_equal(core.predict(W0, B0, X), 0)
    W, b = fitted                                               # away from 0.5 they agree
    np.testing.assert_array_equal(checks.seed_predict_v1(W, b, X, zeros_fixed=True),
                                  core.predict(W, b, X))


# --------------------------------------------------------------------------- defect 4

def test_defect4_initialize_weights_with_the_array():
    with pytest.raises(TypeError, match="integer scalar arrays"):
        checks.seed_initialize_weights(X)
    with pytest.raises(TypeError, match=r"X\.shape\[0\]"):
        core.initialize_weights(X)
    w, b = checks.seed_initialize_weights(X.shape[0])
    assert w.shape == (2, 1) and b == 0


# --------------------------------------------------------------------------- defect 5

def test_defect5_negative_and_capped_loss(fitted):
    W, b = fitted
    seed_cost = float(checks.seed_propagate_final(20 * W, 20 * b, X, Y)[1])
    assert seed_cost < 0 < core.cost(20 * W, 20 * b, X, Y)
    assert checks.seed_eps_loss(40.0, 1.0) < 0
    assert checks.seed_eps_loss(-40.0, 1.0) == pytest.approx(-np.log(1e-5), rel=1e-4)
    assert core.logistic_loss(-40.0, 1.0) == pytest.approx(40.0)
    err = checks.gradient_check_propagate(checks.seed_propagate_final, W, b, X, Y)
    assert 1e-7 < err < 1e-3                              # the grey zone


# --------------------------------------------------------------------------- defect 6

def test_defect6_prints_the_loss_and_the_squared_error_gradient(capsys):
    loss, dL_dw = checks.seed_single_sample()
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    labels = [ln.split(":")[0] for ln in lines]
    assert labels[0] == labels[1]                         # the same label twice
    x, w, b, y = 0.5, 0.2, 0.1, 0.7

    def squared_error(t):
        return 0.5 * (core.sigmoid(t[0] * x + b) - y) ** 2

    assert float(lines[0].split(":")[1]) == pytest.approx(squared_error([w]), abs=1e-6)
    num = core.numerical_gradient(squared_error, np.array([w]))[0]
    assert float(lines[1].split(":")[1]) == pytest.approx(num, abs=1e-6)
    assert dL_dw[0] == pytest.approx(num, rel=1e-7)
    cross_entropy_grad = (core.sigmoid(w * x + b) - y) * x
    assert abs(dL_dw[0] - cross_entropy_grad) > 0.01


# --------------------------------------------------------------------------- defect 7

def test_defect7_overflow_and_log_of_zero():
    with pytest.raises(FloatingPointError, match="overflow"), np.errstate(over="raise"):
        checks.basic_sigmoid(np.array([-800.0]))
    a = checks.basic_sigmoid(np.array([40.0]))
    assert a[0] == 1.0
    with pytest.warns(RuntimeWarning, match="divide by zero"):
        assert np.isneginf(np.log(1 - a)[0])
    assert core.logistic_loss(40.0, 0.0) == pytest.approx(40.0)


# --------------------------------------------------------------------------- figure

def test_eps_loss_figure_draws_exact_and_seed_losses():
    eps = 1e-5
    fig = viz.eps_loss_figure(checks.seed_eps_loss, eps)
    left, right = fig.axes
    for ax, unit in ((left, 1.0), (right, eps)):
        exact, seed = [ln for ln in ax.lines if len(ln.get_xdata()) > 2]
        z = exact.get_xdata()
        np.testing.assert_allclose(exact.get_ydata(), core.logistic_loss(z, 1.0) / unit)
        np.testing.assert_allclose(seed.get_ydata(), checks.seed_eps_loss(z, 1.0) / unit)
    cap = [ln for ln in left.lines if ln.get_linestyle() == ":"]
    assert len(cap) == 1 and cap[0].get_ydata()[0] == pytest.approx(-np.log(eps))
    assert right.get_ylim() == (-2, 2)
    assert min(seed.get_ydata()) < -0.9                 # visibly below zero, in units of eps
    assert "capped" in left.get_title() and "negative" in right.get_title()
    assert left.get_legend_handles_labels()[1] == ["exact: from the logits",
                                                   "source post: log(a + 1e-05)"]
    assert left.get_xlabel().startswith("logit z")


# --------------------------------------------------------------------------- self-check

def stub(W, b, X, Y):
    raise NotImplementedError  # your code here


def returns_none(W, b, X, Y):
    return None


def _grads(A, X, Y):
    dz = A - Y
    return {"dW": X @ dz.T / X.shape[1], "db": float(np.mean(dz))}


def solution(W, b, X, Y):
    Z = W.T @ X + b
    return _grads(core.sigmoid(Z), X, Y), float(np.mean(core.logistic_loss(Z, Y)))


def buggy(W, b, X, Y):          # the lesson's buggy_propagate: defects 1, 5, 7
    A = 1 / (1 + np.exp(-(W.T @ X + b)))
    return _grads(A, X, Y), float(-np.mean(np.log(A + 1e-5) + (1 - Y) * np.log(1 - A + 1e-5)))


def missing_y(W, b, X, Y):      # defect 1 with a stable sigmoid (its logs also saturate)
    A = core.sigmoid(W.T @ X + b)
    return _grads(A, X, Y), float(-np.mean(np.log(A) + (1 - Y) * np.log(1 - A)))


def with_eps(W, b, X, Y):       # defect 5 only
    A = core.sigmoid(W.T @ X + b)
    return _grads(A, X, Y), float(-np.mean(Y * np.log(A + 1e-5)
                                           + (1 - Y) * np.log(1 - A + 1e-5)))


def naive_sigmoid(W, b, X, Y):  # defect 7, first half: the cost itself is from the logits
    Z = W.T @ X + b
    return _grads(1 / (1 + np.exp(-Z)), X, Y), float(np.mean(core.logistic_loss(Z, Y)))


def log_of_a(W, b, X, Y):       # defect 7, second half: stable sigmoid, cost from log(A)
    A = core.sigmoid(W.T @ X + b)
    return _grads(A, X, Y), float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))


def no_one_over_m(W, b, X, Y):
    grads, cost = solution(W, b, X, Y)
    return {"dW": grads["dW"] * X.shape[1], "db": grads["db"]}, cost


def clipped(W, b, X, Y):        # a common "fix" of log(0): clip A, which caps the loss
    A = core.sigmoid(W.T @ X + b)
    Ac = np.clip(A, 1e-15, 1 - 1e-15)
    return _grads(A, X, Y), float(-np.mean(Y * np.log(Ac) + (1 - Y) * np.log(1 - Ac)))


def tiny_eps(W, b, X, Y):       # another: a much smaller eps, still a cap
    A = core.sigmoid(W.T @ X + b)
    return _grads(A, X, Y), float(-np.mean(Y * np.log(A + 1e-12)
                                           + (1 - Y) * np.log(1 - A + 1e-12)))


def summed_cost(W, b, X, Y):    # np.sum instead of the mean: m times the cross-entropy
    Z = W.T @ X + b
    return _grads(core.sigmoid(Z), X, Y), float(np.sum(core.logistic_loss(Z, Y)))


def transposed_dW(W, b, X, Y):
    grads, cost = solution(W, b, X, Y)
    return {"dW": grads["dW"].T, "db": grads["db"]}, cost


def cost_only(W, b, X, Y):
    return solution(W, b, X, Y)[1]


def db_as_array(W, b, X, Y):    # np.sum(dz, axis=1) / m: shape (1,), not a number
    grads, cost = solution(W, b, X, Y)
    dz = core.sigmoid(W.T @ X + b) - Y
    return {"dW": grads["dW"], "db": np.sum(dz, axis=1) / X.shape[1]}, cost


def cost_as_array(W, b, X, Y):  # np.mean(..., axis=1): shape (1,)
    grads, _ = solution(W, b, X, Y)
    return grads, np.mean(core.logistic_loss(W.T @ X + b, Y), axis=1)


def complex_dW(W, b, X, Y):
    grads, cost = solution(W, b, X, Y)
    return {"dW": grads["dW"] + 0j, "db": grads["db"]}, cost


def swapped_return(W, b, X, Y):  # (cost, grads)
    grads, cost = solution(W, b, X, Y)
    return cost, grads


def only_the_sigmoid_fixed(W, b, X, Y):   # defect 7 fixed, 1 and 5 left
    A = core.sigmoid(W.T @ X + b)
    return _grads(A, X, Y), float(-np.mean(np.log(A + 1e-5) + (1 - Y) * np.log(1 - A + 1e-5)))


def from_logaddexp(W, b, X, Y):  # another right answer: the loss from the logits by hand
    Z = W.T @ X + b
    cost = np.mean(Y * np.logaddexp(0, -Z) + (1 - Y) * np.logaddexp(0, Z))
    return _grads(core.sigmoid(Z), X, Y), float(cost)


def dz_sign_flipped(W, b, X, Y):   # dz = Y - A
    grads, cost = solution(W, b, X, Y)
    return {"dW": -grads["dW"], "db": -grads["db"]}, cost


def loss_of_probabilities(W, b, X, Y):   # core.logistic_loss(A, Y): A where Z belongs
    A = core.sigmoid(W.T @ X + b)
    return _grads(A, X, Y), float(np.mean(core.logistic_loss(A, Y)))


def minus_cross_entropy(W, b, X, Y):     # a minus in front of the (positive) loss
    grads, cost = solution(W, b, X, Y)
    return grads, -cost


def lowercase_key(W, b, X, Y):           # grads["dw"]
    grads, cost = solution(W, b, X, Y)
    return {"dw": grads["dW"], "db": grads["db"]}, cost


def hint_blanks_left(W, b, X, Y):          # Hint 2's skeleton, blanks not filled in
    m = X.shape[1]
    A = ...
    cost = ...
    dz = A - Y
    return {"dW": X @ dz.T / m, "db": float(np.mean(dz))}, float(cost)


@pytest.mark.parametrize("fn", [stub])
def test_check_fixed_propagate_not_attempted(fn):
    assert checks.check_fixed_propagate(fn).status == checks.NOT_ATTEMPTED


@pytest.mark.parametrize("fn", [solution, core.propagate, from_logaddexp])
def test_check_fixed_propagate_passes(fn):
    assert checks.check_fixed_propagate(fn).passed


def _weird_cost(W, b, X, Y):    # a cost no known defect explains
    grads, cost = solution(W, b, X, Y)
    return grads, cost + 0.1


# (learner's function, words its message must have, words it must not have)
DEFECTS = [
    (buggy, ["defect 1", "defect 5", "np.exp overflows",
            "3 of the source post's defects remain"], []),
    (checks.seed_propagate_v1, ["defect 1", "np.exp overflows"], ["defect 5"]),
    (checks.seed_propagate_final, ["defect 5", "np.exp overflows"], ["defect 1"]),
    (missing_y, ["defect 1", "saturate"], ["defect 5", "overflows"]),
    (with_eps, [ONE, "defect 5"], ["defect 1", "defect 7"]),
    (naive_sigmoid, [ONE, "np.exp overflows"], ["defect 1", "defect 5"]),
    (log_of_a, [ONE, "saturate", "is inf"], ["defect 1", "defect 5"]),
    (clipped, [ONE, "defect 5 in another form", "should be 425.1"],
     ["defect 1", "defect 7"]),
    (tiny_eps, [ONE, "defect 5 in another form", "should be 425.1"],
     ["defect 1", "defect 7"]),
    (summed_cost, ["m = 8 times the cross-entropy", "1/m is missing"], []),
    (no_one_over_m, ["gradient is wrong"], []),
    (transposed_dW, ["shape (1, 2)"], []),
    (cost_only, ["must return (grads, cost)"], []),
    (db_as_array, ["db is an array of shape (1,), not a single number", "float(np.mean(dz))"],
     []),
    (cost_as_array, ["the cost is an array of shape (1,)", "float(np.mean(losses))"], []),
    (complex_dW, ["must be real numbers"], []),
    (swapped_return, ["returns (cost, grads)", "return grads, cost"], []),
    (hint_blanks_left, ["still has a `...` blank from Hint 2", "Replace every `...`"], []),
    (dz_sign_flipped, ["opposite sign", "dz = Y - A", "Use dz = A - Y"], []),
    (loss_of_probabilities, ["passes the probabilities A", "expects the logits Z"], []),
    (minus_cross_entropy, ["cost is negative", "minus the cross-entropy"], []),
    (lowercase_key, ["keys ['db', 'dw']", "'dW' and 'db'"], []),
    (only_the_sigmoid_fixed, ["2 of the source post's defects remain", "defect 1",
                              "defect 5"], ["defect 7"]),
    (_weird_cost, ["none of the source post's defects explains it"], []),
]


@pytest.mark.parametrize("fn, present, absent", DEFECTS)
def test_check_fixed_propagate_names_each_defect(fn, present, absent):
    result = checks.check_fixed_propagate(fn)
    assert result.status == checks.WRONG
    for words in present:
        assert words in result.message, result.message
    for words in absent:
        assert words not in result.message, result.message


def test_check_fixed_propagate_never_says_seed():
    for fn in (solution, buggy, with_eps, summed_cost, _weird_cost):
        assert "seed" not in checks.check_fixed_propagate(fn).message


def test_an_unexplained_cost_says_what_to_do():
    message = checks.check_fixed_propagate(_weird_cost).message
    assert "none of the source post's defects explains it" in message
    assert message.rstrip().endswith("np.mean(core.logistic_loss(Z, Y)).")


def naive_sigmoid_log_of_a(W, b, X, Y):   # defects 1 and 5 fixed, 7 left in both halves
    A = 1 / (1 + np.exp(-(W.T @ X + b)))
    return _grads(A, X, Y), float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))


def where_sigmoid(W, b, X, Y):   # a right answer whose np.where still overflows inside
    Z = W.T @ X + b
    A = np.where(Z >= 0, 1 / (1 + np.exp(-Z)), np.exp(Z) / (1 + np.exp(Z)))
    return _grads(A, X, Y), float(np.mean(core.logistic_loss(Z, Y)))


@pytest.fixture
def browser_numpy(monkeypatch):
    """NumPy as in the browser edition (Pyodide): floating-point errors never warn or raise,
    whatever np.errstate asks."""
    old = np.seterr(all="ignore")
    monkeypatch.setattr(np, "errstate", lambda **kwargs: contextlib.nullcontext())
    yield
    np.seterr(**old)


# defect 7 found by values alone: the same messages where NumPy never warns (the browser)
DEFECT7 = [
    (naive_sigmoid, [ONE, "np.exp overflows", "core.sigmoid(Z)"], ["saturate"]),
    (naive_sigmoid_log_of_a, [ONE, "np.exp overflows", "core.sigmoid(Z)", "saturate",
                              "core.logistic_loss(Z, Y)"], ["defect 1", "defect 5"]),
    (buggy, ["3 of the source post's defects remain", "core.sigmoid(Z)",
             "Removing the eps is not enough", "core.logistic_loss(Z, Y)"], []),
]


@pytest.mark.parametrize("where", ["desktop", "browser"])
@pytest.mark.parametrize("fn, present, absent", DEFECT7)
def test_defect7_is_found_by_values_with_the_whole_fix(fn, present, absent, where, request):
    if where == "browser":
        request.getfixturevalue("browser_numpy")
    message = checks.check_fixed_propagate(fn).message
    for words in present:
        assert words in message, message
    for words in absent:
        assert words not in message, message


@pytest.mark.parametrize("where", ["desktop", "browser"])
def test_right_answers_pass_without_floating_point_errors(where, request):
    if where == "browser":
        request.getfixturevalue("browser_numpy")
    for fn in (solution, from_logaddexp, where_sigmoid):
        assert checks.check_fixed_propagate(fn).passed, fn.__name__


# --------------------------------------------------------------------------- the lesson's text

def _ns():
    return {"np": np, "core": core, "checks": checks}


def test_your_turn_solution_passes_and_hint_skeleton_does_not():
    nb = lessontext.load(NB)
    ns = _ns()
    lessontext.run_printing(lessontext.solution_code(nb, "Solution"), ns)
    assert checks.check_fixed_propagate(ns["my_propagate"]).passed
    lessontext.run_printing(lessontext.solution_code(nb, "Hint 2"), ns)
    result = checks.check_fixed_propagate(ns["my_propagate"])
    assert result.status == checks.WRONG


def test_the_lessons_buggy_propagate_has_the_three_defects():
    nb = lessontext.load(NB)
    cell = [lessontext.source(c) for c in nb["cells"]
            if lessontext.source(c).startswith("def buggy_propagate")][0]
    ns = _ns()
    lessontext.run_printing(cell, ns)
    message = checks.check_fixed_propagate(ns["buggy_propagate"]).message
    assert "3 of the source post's defects remain" in message


@pytest.fixture(scope="module")
def lesson():
    """The namespace of the lesson's code cells, run in order (the quiz left out)."""
    nb = lessontext.load(NB)
    namespace = lessontext.run_lesson(nb)
    plt.close("all")
    return nb, namespace


def _solution(nb, exercise):
    text = "\n".join(lessontext.markdown(nb))
    part = text.split(f"**Exercise {exercise}")[1]
    body = [b for s, b in lessontext.details(part) if s.startswith("Solution")][0]
    return "\n".join(re.findall(r"```python\n(.*?)```", body, re.S)), body


@pytest.mark.parametrize("exercise, must_print", [
    (1, ["seed_optimize_v1: 1 step 0.057, 100 steps 0.052  FAILED: W is stuck",
         "optimize: 1 step 0.057, 100 steps 3.064  passed"]),
    (2, ["reported cost 1.1264 -> 1.2746 -> ... -> 1.2746",
         "W still zero: True;  gradient check at the final point 0.79"]),
    (3, ["same W and b (to 1e-12): True", "logit of the new sample -50.8",
         "test cost with eps 2.6584   exact 10.5185"]),
])
def test_exercise_solutions_print_what_their_text_states(lesson, exercise, must_print):
    nb, namespace = lesson
    code, body = _solution(nb, exercise)
    printed = lessontext.run_printing(code, dict(namespace))
    for words in must_print:
        assert words in printed, printed
    assert lessontext.unprinted(body, printed + lessontext.output_text(nb)) == []


def test_exercise1_test_tells_the_stuck_update_from_a_renamed_key(lesson):
    nb, namespace = lesson
    code, _ = _solution(nb, 1)
    ns = dict(namespace)
    lessontext.run_printing(code, ns)

    def renamed(W, b, X, Y, num_iterations, learning_rate):   # defect 2, key fixed
        params, grads, costs = checks.seed_optimize_v1(W, b, X, Y, num_iterations,
                                                       learning_rate)
        return {"W": params["w"], "b": params["b"]}, grads, costs

    assert ns["distance_moved"](renamed, 100) < 5 * ns["distance_moved"](renamed, 1)
    assert ns["distance_moved"](core.optimize, 100) > 5 * ns["distance_moved"](core.optimize, 1)


def test_going_deeper_bisection_lands_on_53_log_2(lesson):
    nb, _ = lesson
    printed = lessontext.output_text(nb)
    assert "smallest z with basic_sigmoid(z) == 1.0: 36.7368" in printed
    z = float(re.search(r"== 1.0: ([\d.]+)", printed).group(1))
    assert z == pytest.approx(53 * np.log(2), abs=1e-4)
    assert checks.basic_sigmoid(np.array([53 * np.log(2) + 1e-9]))[0] == 1.0
    assert checks.basic_sigmoid(np.array([53 * np.log(2) - 1e-6]))[0] < 1.0


# ----------------------------------------------------------------- the learner's function, apart
# Each class of issue 18, per check: a notebook variable, a changed input, other inputs than
# the notebook's (other shapes, integers), a raw error explained, and a difference the
# check cannot name (input, expected and returned shown). test_lesson_01 has the same table.

from notebookcell import assert_check  # noqa: E402

_FIXED = """
def my_propagate(W, b, {params}):
    m = {m}
    Z = W.T @ X + b
    A = core.sigmoid(Z)
    cost = {cost}
    dz = A - Y
    return {{"dW": X @ dz.T / m, "db": float(np.mean(dz))}}, float(cost)"""
_EXACT = "np.mean(core.logistic_loss(Z, Y))"


def _fixed(params="X, Y", m="X.shape[1]", cost=_EXACT):
    return _FIXED.format(params=params, m=m, cost=cost)


APART = [
    (checks.check_fixed_propagate, _fixed(params="X_in, Y_in"), checks.WRONG,
     ["`X` is a variable from another cell", "use the parameter X_in"]),
    (checks.check_fixed_propagate, _fixed(m="8"), checks.WRONG,
     ["not on another: n = 3 features, m = 5 samples", "Input: W = ", "Expected: ",
      "It returned: "]),
    (checks.check_fixed_propagate, _fixed(cost="np.nan_to_num(-np.mean(Y * np.log(A) + "
                                               "(1 - Y) * np.log(1 - A)))"), checks.WRONG,
     ["the cost is wrong where predictions saturate", "np.nan_to_num"]),
    (checks.check_fixed_propagate, _fixed().replace("Z = W.T @ X + b", "Z = W @ X + b"),
     checks.WRONG, ["do not fit", "transpose"]),
    (checks.check_fixed_propagate, _fixed(), checks.PASSED, []),
]


@pytest.mark.parametrize(("check", "source", "status", "words"), APART,
                         ids=[f"{c.__name__}-{i}" for i, (c, *_) in enumerate(APART)])
def test_checks_run_the_function_apart_from_the_notebook(check, source, status, words):
    assert_check(check, source, status, *words)
