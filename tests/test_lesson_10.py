"""Lesson 10 (regularisation): the data, the cached fits, the explorers, the self-check,
and the exercise solutions the lesson publishes."""

import html
import io
import re

import numpy as np
import pytest

import lessontext
import logreg_checks as checks
import logreg_core as core
import logreg_viz as viz
from logreg_viz import lesson10_regularisation as viz10
from logreg_checks import lesson10_regularisation as checks10

NB = "10_regularisation.ipynb"


# --------------------------------------------------------------------------- the data

def test_rings_are_make_circles_stretched_and_split_with_the_visible_seed():
    from sklearn.datasets import make_circles

    total = sum(viz.RINGS_SPLIT.values())
    X, y = make_circles(n_samples=total, noise=viz.RINGS_NOISE, factor=viz.RINGS_FACTOR,
                        random_state=viz.RINGS_SEED)
    order = np.random.default_rng(viz.RINGS_SEED).permutation(total)
    X, Y = viz.RINGS_SCALE * X.T[:, order], y[order].reshape(1, -1)
    data = viz.rings()
    assert list(data) == ["train", "validation", "test"]
    np.testing.assert_array_equal(np.hstack([data[k][0] for k in data]), X)
    np.testing.assert_array_equal(np.hstack([data[k][1] for k in data]), Y)
    for name, size in viz.RINGS_SPLIT.items():
        assert data[name][0].shape == (2, size) and data[name][1].shape == (1, size)
        with pytest.raises(ValueError):
            data[name][0][0, 0] = 1.0                     # read-only
    assert 60 <= viz.RINGS_SPLIT["train"] <= 120
    assert viz.rings() is data


def test_poly_sets_are_standardised_with_the_training_statistics():
    sets = viz.poly_sets(6)
    assert sets["train"].shape == (27, viz.RINGS_SPLIT["train"])
    np.testing.assert_allclose(sets["train"].mean(axis=1), 0, atol=1e-12)
    np.testing.assert_allclose(sets["train"].std(axis=1), 1, atol=1e-12)
    raw = core.polynomial_features(viz.rings()["test"][0], 6)
    np.testing.assert_allclose(sets["test"], (raw - sets["mean"]) / sets["std"])
    assert sets["grid"].shape == (27, viz.REG_GRID ** 2)


# --------------------------------------------------------------------------- training

def test_fit_is_core_model_from_zero_at_the_bound():
    r = viz.fit(6, 1.0)
    sets, data = viz.poly_sets(6), viz.rings()
    lr = core.max_stable_learning_rate(sets["train"], lambd=1.0)
    assert r["learning_rate"] == lr
    ref = core.model(sets["train"], data["train"][1], sets["test"], data["test"][1],
                     viz.FIT_ITERATIONS, lr, lambd=1.0)
    np.testing.assert_array_equal(r["W"], ref["W"])
    assert r["accuracy"]["test"] == ref["test_accuracy"]
    assert r["cost"]["validation"] == core.cost(ref["W"], ref["b"], sets["validation"],
                                                data["validation"][1])
    assert viz.fit(6, 1.0) is r                           # cached


def test_fit_never_raises_the_cost_and_converges_with_enough_penalty():
    sets, Y = viz.poly_sets(6), viz.rings()["train"][1]
    for lambd in (0.0, 0.5, 5.0):
        W, b = core.initialize_weights(27)
        costs = core.optimize(W, b, sets["train"], Y, viz.FIT_ITERATIONS,
                              viz.fit_learning_rate(6, lambd), record_every=1, lambd=lambd)[2]
        assert np.all(np.diff(costs) <= 1e-12 * np.abs(costs[:-1])), lambd
    assert viz.fit(6, 0.5)["grad"] < 1e-7 and viz.fit(6, 5.0)["grad"] < 1e-12
    assert viz.fit(6, 0.0)["grad"] > 1e-4                 # no minimum reached without it


def test_the_lesson_story_overfitting_then_a_penalty_chosen_on_validation():
    line, ellipse, wiggly = viz.fit(1), viz.fit(2), viz.fit(6)
    assert line["accuracy"]["train"] < 60                 # a straight line underfits
    assert ellipse["accuracy"]["test"] > 75
    assert wiggly["accuracy"]["train"] - wiggly["accuracy"]["test"] > 15
    curve = viz.validation_curve()
    best = viz.chosen_lambda(curve)
    assert best == curve["lambd"][np.argmin(curve["cost"]["validation"])] > 0
    chosen = viz.fit(6, best)
    assert chosen["accuracy"]["test"] > wiggly["accuracy"]["test"] + 5
    assert chosen["cost"]["test"] < wiggly["cost"]["test"] / 3
    assert np.all(np.diff(curve["norm_W"]) < 0)           # more penalty, smaller weights


def test_early_stopping_curve_is_the_same_run_recorded():
    curve = viz.early_stopping_curve(6, 2000, 40)
    its = curve["iteration"]
    assert its[0] == 1 and its[-1] == 2000 and np.all(np.diff(its) > 0)
    sets, data = viz.poly_sets(6), viz.rings()
    W, b = core.initialize_weights(27)
    p, _, _ = core.optimize(W, b, sets["train"], data["train"][1], 2000,
                            viz.fit_learning_rate(6))
    assert curve["cost"]["test"][-1] == pytest.approx(
        core.cost(p["W"], p["b"], sets["test"], data["test"][1]), rel=1e-12)


# --------------------------------------------------------------------------- explorers

def png(fig):
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


def test_live_view_equals_the_static_twin_whatever_the_history():
    view = viz10._RegularisationView()
    for degree, lambd in ((8, 0.0), (1, 0.0), (6, 100.0), (3, 0.01)):
        view.show(degree, lambd)
    assert png(view.show(6, 1.0)) == png(viz.penalty_figure(1.0))
    assert png(view.show(6, 0.0)) == png(viz.degree_figure(6))
    assert png(view.show(2, 0.0)) == png(viz.degree_figure(2))


@pytest.mark.parametrize("degree, lambd", [(6, 0.0), (2, 0.0), (6, 5.0)])
def test_figure_titles_and_readout_say_what_fit_computed(degree, lambd):
    r = viz.fit(degree, lambd)
    fig = viz10._RegularisationView().show(degree, lambd)
    titles = [ax.get_title() for ax in fig.axes]
    assert f"accuracy {r['accuracy']['train']:.1f} %" in titles[0]
    assert f"accuracy {r['accuracy']['test']:.1f} %" in titles[1]
    assert f"‖W‖ = {r['norm_W']:.2f}" in fig._suptitle.get_text()
    text = viz.regularisation_readout(degree, lambd)
    assert f"test accuracy {r['accuracy']['test']:.1f} %" in text
    assert f"‖W‖ = {r['norm_W']:.2f}" in text


def test_explorers_update_their_one_figure_and_readout():
    box = viz.penalty_explorer()
    slider = box.children[0].children[0]
    assert slider.options[0] == ("0", 0.0) and slider.value == viz.PENALTY_DEFAULTS["lambd"]
    first = box.update(lambd=0.0)
    second = box.update(lambd=5.0)
    assert first is second                                 # the same figure, updated
    assert "λ = 5" in html.unescape(box.children[-1].value)
    box = viz.degree_explorer()
    slider = box.children[0].children[0]
    assert (slider.min, slider.max, slider.value) == (1, 8, viz.DEGREE_DEFAULTS["degree"])
    box.update(degree=3)
    assert "degree 3" in box.children[-1].value


def test_penalty_values_are_a_log_scale_with_zero_first():
    values = np.array(viz.PENALTY_VALUES)
    assert values[0] == 0 and np.all(np.diff(values) > 0)
    ratios = values[2:] / values[1:-1]
    assert np.all((ratios >= 2) & (ratios <= 2.5))


def test_static_figures_draw():
    for fig in (viz.validation_curve_figure(), viz.early_stopping_figure(6, 2000)):
        assert len(fig.axes) >= 1 and png(fig)[:4] == b"\x89PNG"


def test_early_stopping_figure_marks_its_minimum_where_it_can_be_seen():
    curve = viz.early_stopping_curve(6, 2000)
    k = int(np.argmin(curve["cost"]["validation"]))
    ax = viz.early_stopping_figure(6, 2000).axes[0]
    dots = [ln for ln in ax.lines if len(ln.get_xdata()) == 1]
    assert [(ln.get_xdata()[0], ln.get_ydata()[0]) for ln in dots] == \
        [(curve["iteration"][k], curve["cost"]["validation"][k])]
    assert ax.get_yscale() == "log"        # a linear scale flattens the dip under the rise
    assert f"{curve['cost']['validation'][k]:.4f}" in ax.texts[0].get_text()


def test_probability_map_is_pale_enough_for_the_orange_points():
    fig = viz.penalty_figure(1.0)
    assert all(im.get_alpha() <= 0.35 for ax in fig.axes for im in ax.images)


# --------------------------------------------------------------------------- the self-check

def right(W, b, X, Y, lambd):
    grads, cost = core.propagate(W, b, X, Y)
    m = X.shape[1]
    return cost + lambd / (2 * m) * np.sum(W ** 2), grads["dW"] + lambd / m * W, grads["db"]


def variant(cost=None, dW=None, db=None):
    """A learner's function from formulas for the parts (J0, g0, W, b, m, n, lambd)."""
    def fn(W, b, X, Y, lambd):
        g0, J0 = core.propagate(W, b, X, Y)
        env = {"J0": J0, "dW0": g0["dW"], "db0": g0["db"], "W": W, "b": b,
               "m": X.shape[1], "n": X.shape[0], "lambd": lambd, "np": np}
        sq = np.sum(W ** 2)
        env["sq"] = sq
        out = right(W, b, X, Y, lambd)
        return (eval(cost, env) if cost else out[0],   # noqa: S307 - test table
                eval(dW, env) if dW else out[1],       # noqa: S307
                eval(db, env) if db else out[2])       # noqa: S307
    return fn


RIGHT = {
    "the solution": right,
    "a list of three": lambda *a: list(right(*a)),
    "numpy scalars": lambda *a: (np.float64(right(*a)[0]), right(*a)[1], np.float64(right(*a)[2])),
    "0-d and (1, 1) arrays": lambda *a: (np.array(right(*a)[0]), right(*a)[1],
                                         np.array([[right(*a)[2]]])),
    "core with lambd": lambda W, b, X, Y, lambd: (
        core.propagate(W, b, X, Y, lambd=lambd)[1],
        core.propagate(W, b, X, Y, lambd=lambd)[0]["dW"],
        core.propagate(W, b, X, Y, lambd=lambd)[0]["db"]),
}


@pytest.mark.parametrize("answer", RIGHT, ids=str)
def test_right_answers_pass(answer):
    result = checks.check_regularised_cost_and_grad(RIGHT[answer])
    assert result.status == checks.PASSED, result.message
    assert "b is left alone" in result.message


WRONG = {
    "penalty on b (cost and db)": (
        variant(cost="J0 + lambd / (2 * m) * (sq + b * b)", db="db0 + lambd / m * b"),
        "b is penalised in both the cost and db"),
    "penalty on b in the cost only": (
        variant(cost="J0 + lambd / (2 * m) * (sq + b * b)"), "The cost penalises b too"),
    "penalty on b in db only": (variant(db="db0 + lambd / m * b"), "db has the penalty too"),
    "missing 1/m (both)": (variant(cost="J0 + lambd / 2 * sq", dW="dW0 + lambd * W"),
                           "missing its 1/m in both the cost and dW"),
    "missing 1/m in the cost": (variant(cost="J0 + lambd / 2 * sq"),
                                "The penalty in the cost is missing its 1/m"),
    "missing 1/m in the gradient": (variant(dW="dW0 + lambd * W"),
                                    "The penalty's gradient is missing its 1/m"),
    "lambda instead of lambda/2 in the cost": (variant(cost="J0 + lambd / m * sq"),
                                               "the 1/2 is missing"),
    "penalty forgotten in the gradient": (variant(dW="dW0"),
                                          "The penalty is forgotten in the gradient"),
    "no penalty at all": (variant(cost="J0", dW="dW0"), "There is no penalty at all"),
    "penalty forgotten in the cost": (variant(cost="J0"), "The cost has no penalty"),
    "penalty sign wrong (both)": (variant(cost="J0 - lambd / (2 * m) * sq",
                                          dW="dW0 - lambd / m * W"),
                                  "wrong sign in both the cost and dW"),
    "penalty sign wrong in the gradient": (variant(dW="dW0 - lambd / m * W"),
                                           "The penalty's gradient has the wrong sign"),
    "norm instead of norm squared": (variant(cost="J0 + lambd / (2 * m) * np.sqrt(sq)"),
                                     "uses ||W|| where it needs ||W||^2"),
    "norm in both": (variant(cost="J0 + lambd / (2 * m) * np.sqrt(sq)",
                             dW="dW0 + lambd / m * W / np.sqrt(sq)"),
                     "uses ||W|| instead of ||W||^2 in both"),
    "sum instead of mean (cross-entropy)": (variant(cost="m * J0 + lambd / (2 * m) * sq"),
                                            "the sum over the samples, not the mean"),
    "sum instead of mean (everything)": (
        variant(cost="m * J0 + lambd / 2 * sq", dW="m * dW0 + lambd * W"),
        "Two mistakes: in the cost, it is m times too large; in the gradient, it is m times"),
    "half the penalty's gradient": (variant(dW="dW0 + lambd / (2 * m) * W"),
                                    "the 2 of the square cancels the 1/2"),
    "n instead of m": (variant(cost="J0 + lambd / (2 * n) * sq", dW="dW0 + lambd / n * W"),
                       "divides by n = X.shape[0] (the features) in both"),
    "two different mistakes": (variant(cost="J0 + lambd / m * sq", dW="dW0"),
                               "Two mistakes: in the cost, the penalty is twice too large"),
    "dW returned as a list": (lambda *a: (right(*a)[0], right(*a)[1].tolist(), right(*a)[2]),
                              "dW as a Python list"),
    "dW transposed": (lambda *a: (right(*a)[0], right(*a)[1].T, right(*a)[2]),
                      "the transpose of W's"),
    "values in the wrong order": (lambda *a: (right(*a)[2], right(*a)[1], right(*a)[0]),
                                  "in this order"),
    "a propagate-style answer": (lambda W, b, X, Y, lambd: core.propagate(W, b, X, Y,
                                                                         lambd=lambd),
                                 "it must return three values"),
    "grads dict": (lambda W, b, X, Y, lambd: {"dW": W, "db": b}, "returned a dict"),
    "a fixed lambda": (lambda W, b, X, Y, lambd: right(W, b, X, Y, 0.7),
                       "instead of its argument lambd"),
    "something else": (variant(cost="J0 + 0.123 * lambd"), "expected"),
    "a constant added to the cost": (variant(cost="J0 + 0.123"),
                                     "The cost does not change when lambd changes"),
    "square of the sum in the cost": (variant(cost="J0 + lambd / (2 * m) * np.sum(W) ** 2"),
                                      "the square of the sum of the weights"),
    "square of the sum in both": (variant(cost="J0 + lambd / (2 * m) * np.sum(W) ** 2",
                                          dW="dW0 + lambd / m * np.sum(W)"),
                                  "np.sum(W) ** 2, the square of the sum, in both"),
    "sum of W in the gradient": (variant(dW="dW0 + lambd / m * np.sum(W)"),
                                 "the same number to every weight"),
    "lambd / 2 * m (brackets)": (variant(cost="J0 + lambd / 2 * m * sq"),
                                 "Python reads lambd / 2 * m as (lambd / 2) * m"),
    "2 lambd / m in the gradient": (variant(dW="dW0 + 2 * lambd / m * W"),
                                    "twice the penalty's gradient"),
    "penalty counted twice (propagate with lambd, then added)": (
        lambda W, b, X, Y, lambd: (
            core.propagate(W, b, X, Y, lambd=lambd)[1] + lambd / (2 * X.shape[1]) * np.sum(W ** 2),
            core.propagate(W, b, X, Y, lambd=lambd)[0]["dW"] + lambd / X.shape[1] * W,
            core.propagate(W, b, X, Y, lambd=lambd)[0]["db"]),
        "The penalty is counted twice"),
    "a global m = 70 from the lesson": (
        variant(cost="J0 + lambd / (2 * 70) * sq", dW="dW0 + lambd / 70 * W"),
        "The penalty divides by 70, not by m"),
    "a global lambd = 1 in the formulas": (
        variant(cost="J0 + 1.0 / (2 * m) * sq", dW="dW0 + 1.0 / m * W"),
        "The cost does not change when lambd changes"),
    "W ** 2 not summed": (variant(cost="J0 + lambd / (2 * m) * W ** 2"),
                          "the squares of the weights are not added up"),
    "W @ W.T": (variant(cost="J0 + lambd / (2 * m) * (W @ W.T)"),
                "the squares of the weights are not added up"),
    "the weights summed, not squared": (variant(cost="J0 + lambd / (2 * m) * np.sum(W)"),
                                        "Check the penalty term"),
    "a loop over the notebook's 27 weights": (
        variant(cost="J0 + lambd / (2 * m) * sum(W[j, 0] ** 2 for j in range(27))"),
        "The check's W has only 3 weights"),
    "forgot return": (lambda *a: None, "did you forget `return`?"),
    "a typo raises": (lambda W, b, X, Y, lambd: w, "raised NameError"),  # noqa: F821
}


@pytest.mark.parametrize("answer", WRONG, ids=str)
def test_wrong_answers_are_named(answer):
    fn, words = WRONG[answer]
    result = checks.check_regularised_cost_and_grad(fn)
    assert result.status == checks.WRONG, result.message
    assert words in result.message, result.message


def test_the_case_tells_every_known_mistake_apart():
    """The check names a mistake by its value on one case: no two known values may agree
    there (a W whose sum is 0 once made np.sum(W) ** 2 look like no penalty at all)."""
    W, b, X, Y, lambd = checks10._penalty_case()
    (n, m), (g0, J0) = X.shape, core.propagate(W, b, X, Y)
    sq = np.sum(W ** 2)
    costs = [J0, J0 + lambd / (2 * m) * sq, J0 + lambd / 2 * sq, J0 + lambd / m * sq,
             J0 + lambd / (2 * m) * (sq + b * b), J0 - lambd / (2 * m) * sq,
             J0 + lambd / (2 * m) * np.sqrt(sq), m * J0 + lambd / (2 * m) * sq,
             m * (J0 + lambd / (2 * m) * sq), J0 + lambd / (2 * n) * sq,
             J0 + lambd / (2 * m) * np.sum(W) ** 2, J0 + lambd / 2 * m * sq]
    assert min(abs(a - c) for i, a in enumerate(costs) for c in costs[:i]) > 1e-3
    grads = [g0["dW"] + k * W for k in (0, lambd / m, lambd, lambd / (2 * m), -lambd / m,
                                        lambd / n, 2 * lambd / m, lambd / m / np.sqrt(sq))]
    grads += [m * g0["dW"] + lambd * W, g0["dW"] + lambd / m * np.sum(W)]
    assert min(np.max(np.abs(a - c)) for i, a in enumerate(grads) for c in grads[:i]) > 1e-3


def test_every_message_names_the_mistake_in_two_sentences_before_numbers():
    for fn, _ in WRONG.values():
        message = checks.check_regularised_cost_and_grad(fn).message
        head = message.split("0.")[0]
        assert head.count(". ") + head.count(": ") <= 4, message


# --------------------------------------------------------------------------- the solutions

@pytest.fixture(scope="module")
def nb():
    return lessontext.load(NB)


def test_your_turn_solution_passes_the_check(nb):
    namespace = {"np": np, "core": core}
    lessontext.run_printing(lessontext.solution_code(nb, "Solution"), namespace)
    result = checks.check_regularised_cost_and_grad(namespace["regularised_cost_and_grad"])
    assert result.passed, result.message


@pytest.fixture(scope="module")
def namespace():
    r6 = viz.fit(6, 0.0)
    return {"np": np, "core": core, "viz": viz, "W6": r6["W"], "b6": r6["b"],
            "P_train": viz.poly_sets(6)["train"], "Y_train": viz.rings()["train"][1]}


def exercise_solution(nb, number):
    """The code of the solution that follows **Exercise number.**"""
    text = "\n".join(lessontext.markdown(nb))
    part = text.split(f"**Exercise {number}")[1]
    body = lessontext.details(part)
    code = [b for s, b in body if s.startswith("Solution")][0]
    return "\n".join(re.findall(r"```python\n(.*?)```", code, re.S))


def test_exercise_1_the_penalty_helps_degree_2_a_little(nb, namespace):
    printed = lessontext.run_printing(exercise_solution(nb, 1), dict(namespace))
    acc = [float(x) for x in re.findall(r"test accuracy ([\d.]+) %", printed)]
    assert len(acc) == 3
    assert acc[0] < acc[1] < acc[0] + 5          # "helps only a little"
    assert acc[2] >= acc[1]                       # "at least as well"
    best2 = viz.chosen_lambda(viz.validation_curve(2))
    assert f"lambda {best2:g}: test accuracy {viz.fit(2, best2)['accuracy']['test']:.1f}" \
        in printed


def test_exercise_2_one_step_is_shrink_then_step(nb, namespace):
    printed = lessontext.run_printing(exercise_solution(nb, 2), dict(namespace))
    assert f"shrink factor {1 - 0.5 * 10 / 70:.4f}" in printed
    diff = float(printed.split("difference ")[1])
    assert diff < 1e-12


@pytest.mark.parametrize("number", [1, 2, 3])
def test_exercise_solutions_print_the_numbers_their_text_states(nb, namespace, number):
    body = lessontext.exercise_solutions(nb)[number]
    lessontext.assert_solution_prints_what_it_states(number, body, dict(namespace))
    if number != 2:                       # a learner compares numbers: the text gives them
        assert lessontext.stated_numbers(body), f"exercise {number} states no result"


def test_exercise_3_picks_the_lowest_validation_cost(nb, namespace):
    printed = lessontext.run_printing(exercise_solution(nb, 3), dict(namespace))
    pairs = [(d, lam) for d in (2, 4, 6, 8) for lam in viz.PENALTY_VALUES]
    d, lam = min(pairs, key=lambda p: viz.fit(*p)["cost"]["validation"])
    r = viz.fit(d, lam)
    assert printed.startswith(f"degree {d}, lambda {lam:g}: validation cost "
                              f"{r['cost']['validation']:.4f}")
    best6 = viz.fit(6, viz.chosen_lambda(viz.validation_curve()))
    assert abs(r["accuracy"]["test"] - best6["accuracy"]["test"]) < 3   # "not far"


# ----------------------------------------------------------------- the learner's function, apart
# Each class of issue 18, per check: a notebook variable, a changed input, other inputs than
# the notebook's (other shapes, integers), a raw error explained, and a difference the
# check cannot name (input, expected and returned shown). test_lesson_01 has the same table.

from notebookcell import assert_check  # noqa: E402

_PENALISED = """
def regularised_cost_and_grad(W, b, X, {lambd_name}):
    grads, cost = core.propagate(W, b, X, Y)
    m = {m}
    cost = cost + lambd / (2 * m) * np.sum(W ** 2)
    dW = grads["dW"] + lambd / m * W
    return cost, dW, grads["db"]"""


def _penalised(m="X.shape[1]", lambd_name="Y, lambd"):
    return _PENALISED.format(m=m, lambd_name=lambd_name)


APART = [
    (checks.check_regularised_cost_and_grad, _penalised(m="m"), checks.WRONG,
     ["`m` is a variable from another cell", "m = X.shape[1] (the number of samples)"]),
    (checks.check_regularised_cost_and_grad, _penalised(lambd_name="Y, lam"), checks.WRONG,
     ["`lambd` is a variable from another cell"]),
    (checks.check_regularised_cost_and_grad, _penalised(m="5"), checks.WRONG,
     ["not on another: n = 1 feature, m = 3 samples", "Input: W = ", "Expected: ",
      "It returned: "]),
    (checks.check_regularised_cost_and_grad, _penalised().replace(
        "dW = grads", "W *= 1.0\n    dW = grads"), checks.WRONG,
     ["read-only", "Compute on a copy"]),
    (checks.check_regularised_cost_and_grad, _penalised().replace(
        "lambd / (2 * m)", "lambd // (2 * m)").replace("lambd / m", "lambd // m"),
     checks.WRONG, ["At lambd = 0.7 your function adds no penalty, but at lambd = 47",
                    "floor division"]),
    (checks.check_regularised_cost_and_grad, _penalised().replace(
        "return cost, dW", "cost = float('nan')\n    return cost, 2 * dW"), checks.WRONG,
     ["The cost is"]),
    (checks.check_regularised_cost_and_grad, _penalised(), checks.PASSED, []),
]


@pytest.mark.parametrize(("check", "source", "status", "words"), APART,
                         ids=[f"{c.__name__}-{i}" for i, (c, *_) in enumerate(APART)])
def test_checks_run_the_function_apart_from_the_notebook(check, source, status, words):
    assert_check(check, source, status, *words)
