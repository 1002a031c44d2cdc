"""Lesson 13 (one hidden layer): the standardised rings, the explorer's cached runs and
figures, the backward-pass self-check (tables of right and wrong answers), and the
solutions the lesson publishes."""

import html
import io

import matplotlib.pyplot as plt
import numpy as np
import pytest

import lessontext
from explorer_views import assert_live_view_is_fresh
import logreg_checks as checks
import logreg_core as core
import logreg_network as net
import logreg_viz as viz
from logreg_checks import lesson13_hidden_layer as checks13
from logreg_viz import lesson13_hidden_layer as viz13

NB = "13_hidden_layer.ipynb"


# --------------------------------------------------------------------------- data and runs

def test_network_sets_are_standardised_with_the_training_statistics():
    sets, data = viz.network_sets(), viz.rings()
    np.testing.assert_allclose(sets["train"][0].mean(axis=1), 0, atol=1e-12)
    np.testing.assert_allclose(sets["train"][0].std(axis=1), 1, atol=1e-12)
    np.testing.assert_allclose(sets["test"][0], (data["test"][0] - sets["mean"]) / sets["std"])
    assert sets["grid"].shape == (2, viz.REG_GRID ** 2)
    with pytest.raises(ValueError):
        sets["test"][0][0, 0] = 1.0                      # read-only


@pytest.mark.parametrize("h, lr, its", [(3, 0.3, 2000), (1, 1.0, 500), (7, 0.1, 0)])
def test_network_result_is_optimize_network_from_the_seeded_start(h, lr, its):
    X, Y = viz.network_sets()["train"]
    start = net.initialize_network(2, h, np.random.default_rng(viz.NETWORK_SEED))
    params, _, costs = net.optimize_network(start, X, Y, its, lr, record_every=viz.COST_EVERY)
    r = viz.network_result(h, lr, its)
    for k in ("W1", "b1", "W2"):
        np.testing.assert_array_equal(r["params"][k], params[k])
    assert r["params"]["b2"] == params["b2"]
    np.testing.assert_array_equal(r["costs"][:-1], costs)
    assert r["cost"] == net.network_cost(params, X, Y)
    T, YT = viz.network_sets()["test"]
    assert r["accuracy"]["test"] == core.accuracy(net.predict_network(params, T), YT)


def test_network_result_refuses_iterations_between_snapshots():
    with pytest.raises(ValueError, match="multiple of 100"):
        viz.network_result(3, 0.3, 150)


def test_hidden_line_lies_where_the_neuron_is_zero():
    sets = viz.network_sets()
    w, b = np.array([0.8, -1.3]), 0.4
    xs, ys = viz.hidden_line(w, b, sets["mean"], sets["std"])
    for x, y in zip(xs, ys, strict=True):
        s = (np.array([[x], [y]]) - sets["mean"]) / sets["std"]
        assert abs(float(w @ s[:, 0]) + b) < 1e-9
    assert viz.hidden_line(np.zeros(2), 1.0, sets["mean"], sets["std"]) is None


# --------------------------------------------------------------------------- figures

def png(fig):
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


def test_live_view_equals_the_static_twin_whatever_the_history():
    view = viz13._NetworkView()
    for h, lr, its in ((10, 3.0, 3000), (1, 0.1, 0), (5, 1.0, 1200)):
        view.show(h, lr, its)
    assert png(view.show(3, 0.3, 2000)) == png(viz.network_figure())
    assert png(view.show(2, 0.3, 800)) == png(viz.network_figure(2, 0.3, 800))


def test_the_explorer_shows_a_fresh_figure_and_readout_after_any_history():
    box = viz.network_explorer()
    assert_live_view_is_fresh(box, viz.network_figure, viz.network_readout, [
        {"h": 10, "learning_rate": 3.0, "num_iterations": 3000},
        {"h": 1, "learning_rate": 0.1, "num_iterations": 0},
        {"h": 3, "learning_rate": 0.3, "num_iterations": 2000},
        {"h": 6, "learning_rate": 1.0, "num_iterations": 700}])


def test_the_view_draws_one_line_per_hidden_neuron_and_says_what_was_computed():
    fig = viz13._NetworkView().show(4, 0.3, 1500)
    r = viz.network_result(4, 0.3, 1500)
    drawn = [ln for ln in fig.axes[0].get_lines() if len(ln.get_xdata())]
    assert len(drawn) == 4
    assert f"train accuracy {r['accuracy']['train']:.1f} %" in fig.axes[0].get_title()
    assert f"cost {r['cost']:.4f} after 1500" in fig.axes[1].get_title()
    text = viz.network_readout(4, 0.3, 1500)
    assert f"test accuracy {r['accuracy']['test']:.1f} %" in text


def test_the_explorer_updates_one_figure_and_its_readout():
    box = viz.network_explorer()
    h, lr, its = box.children[0].children
    assert (h.min, h.max, h.value) == (1, 10, viz.NETWORK_DEFAULTS["h"])
    assert [v for _, v in lr.options] == list(viz.LEARNING_RATES)
    assert (its.min, its.max, its.step) == (0, viz.MAX_ITERATIONS, viz.SNAPSHOT_EVERY)
    first = box.update(h=5, learning_rate=1.0, num_iterations=300)
    second = box.update(h=2, learning_rate=0.3, num_iterations=3000)
    assert first is second
    assert "h = 2, learning rate 0.3, 3000 iterations" in html.unescape(box.children[-1].value)


def test_static_figures_draw():
    r, sets = viz.network_result(3, 0.3, 2000), viz.network_sets()
    poly = viz.fit(6, 5.0)
    for fig in (viz.hidden_units_figure(r["params"], sets["mean"], sets["std"],
                                        *viz.rings()["train"]),
                viz.comparison_figure(r["params"], poly["W"], poly["b"], 6,
                                      viz.poly_sets(6)["grid"])):
        assert png(fig)[:4] == b"\x89PNG"
    assert len(fig.axes) == 2


# --------------------------------------------------------------------------- the self-check

def right(X, Y, W2, A1, A2):
    m = X.shape[1]
    dZ2 = A2 - Y
    dZ1 = (W2.T @ dZ2) * (1 - A1 ** 2)
    return {"dW1": dZ1 @ X.T / m, "db1": np.sum(dZ1, axis=1, keepdims=True) / m,
            "dW2": dZ2 @ A1.T / m, "db2": float(np.sum(dZ2) / m)}


def variant(**parts):
    """A learner's answer from formulas: any of dZ2, slope, back, m, dW1, db1, dW2, db2."""
    def fn(X, Y, W2, A1, A2):
        env = {"X": X, "Y": Y, "W2": W2, "A1": A1, "A2": A2, "np": np}
        env["m"] = eval(parts.get("m", "X.shape[1]"), env)          # noqa: S307 - table
        env["dZ2"] = eval(parts.get("dZ2", "A2 - Y"), env)          # noqa: S307
        back = eval(parts.get("back", "W2.T @ dZ2"), env)           # noqa: S307
        env["dZ1"] = back * eval(parts.get("slope", "1 - A1 ** 2"), env)  # noqa: S307
        out = {"dW1": "dZ1 @ X.T / m", "db1": "np.sum(dZ1, axis=1, keepdims=True) / m",
               "dW2": "dZ2 @ A1.T / m", "db2": "np.sum(dZ2) / m"}
        return {k: eval(parts.get(k, v), env) for k, v in out.items()}  # noqa: S307
    return fn


RIGHT = {
    "the solution": right,
    "db2 as a (1, 1) array": variant(db2="np.sum(dZ2, keepdims=True) / m"),
    "np.dot and np.subtract": variant(back="np.dot(W2.T, dZ2)",
                                      slope="np.subtract(1, np.square(A1))"),
    "db2 as a numpy scalar": variant(db2="np.mean(dZ2)"),
    "the module's backward": lambda X, Y, W2, A1, A2: net._backward(
        {"W2": W2}, X, Y, {"A1": A1, "A2": A2}),
}


@pytest.mark.parametrize("answer", RIGHT, ids=str)
def test_right_answers_pass(answer):
    result = checks.check_backward_pass(RIGHT[answer])
    assert result.status == checks.PASSED, result.message
    assert "h = 7" in result.message


WRONG = {
    "tanh slope forgotten": (variant(slope="1"), "misses the derivative of tanh"),
    "sigmoid's slope for tanh": (variant(slope="A1 * (1 - A1)"), "the sigmoid's derivative"),
    "1 - A1 not squared": (variant(slope="1 - A1"), "square A1"),
    "slope of A2": (variant(slope="1 - A2 ** 2"), "belongs to the hidden layer"),
    "W2 not transposed": (variant(back="W2 @ dZ2"), "needs the transpose, W2.T @ dZ2"),
    "missing 1/m everywhere": (variant(m="1"), "are m = 5 times too large"),
    "missing 1/m in dW1": (variant(dW1="dZ1 @ X.T"), "dW1 is m = 5 times too large"),
    "a global m = 70": (variant(m="70"), "divide by 70, not by m = X.shape[1] = 5"),
    "sign of dZ2": (variant(dZ2="Y - A2"), "wrong sign"),
    "labels forgotten": (variant(dZ2="A2"), "forgets the labels"),
    "dW1 transposed": (variant(dW1="X @ dZ1.T / m"), "dW1 has shape (2, 3), the transpose"),
    "dW2 transposed": (variant(dW2="A1 @ dZ2.T / m"), "dW2 has shape (3, 1), the transpose"),
    "db1 summed over everything": (variant(db1="np.sum(dZ1) / m"), "axis=1, keepdims=True"),
    "db1 summed over the neurons": (variant(db1="np.sum(dZ1, axis=0, keepdims=True) / m"),
                                    "db1 must have shape (3, 1)"),
    "db2 an array": (variant(db2="dZ2 / m"), "db2 must be one number"),
    "a tuple, not a dict": (lambda *a: tuple(right(*a).values()), "return them in a dict"),
    "a key missing": (lambda *a: {k: v for k, v in right(*a).items() if k != "db1"},
                      "has no ['db1']"),
    "something else": (variant(dW1="dZ1 @ X.T / m + 0.01"), "dW1 is not right"),
    "dW2 from X": (variant(dW2="dZ2 @ X.T / m"), "dW2 must have shape (1, 3)"),
    "forgot return": (lambda *a: None, "did you forget `return`?"),
    "a typo raises": (lambda X, Y, W2, A1, A2: w, "raised NameError"),  # noqa: F821
}


@pytest.mark.parametrize("answer", WRONG, ids=str)
def test_wrong_answers_are_named(answer):
    fn, words = WRONG[answer]
    result = checks.check_backward_pass(fn)
    assert result.status == checks.WRONG, result.message
    assert words in result.message, result.message


def test_the_stub_is_not_attempted():
    def backward_pass(X, Y, W2, A1, A2):
        raise NotImplementedError
    assert checks.check_backward_pass(backward_pass).status == checks.NOT_ATTEMPTED


def test_the_cases_are_read_only_and_tell_every_known_mistake_apart():
    for h, n, m, seed in checks.BACKWARD_CASES:
        inputs = checks.backward_case(h, n, m, seed)
        assert all(not a.flags.writeable for a in inputs)
        assert inputs[3].shape == (h, m) and inputs[0].shape == (n, m)
        values = [right(*inputs)] + [v for _, v, _ in checks13._mistakes(*inputs)]
        flat = [np.concatenate([np.ravel(v[k]) for k in checks13.KEYS]) for v in values]
        gaps = [np.max(np.abs(a - b)) for i, a in enumerate(flat) for b in flat[:i]]
        assert min(gaps) > 1e-4, (h, gaps)
    assert sorted(h for h, *_ in checks.BACKWARD_CASES) == [1, 3, 7]


def test_mechanical_mutations_of_the_solution_never_pass():
    """Every single-token change of the reference formulas is caught."""
    mutations = [dict(dZ2="A2 + Y"), dict(slope="1 + A1 ** 2"), dict(slope="1 - A1 ** 3"),
                 dict(dW1="dZ1 @ X.T * m"), dict(db2="np.sum(dZ2) * m"),
                 dict(dW2="dZ2 @ A1.T / (m + 1)"), dict(back="W2.T @ A2"),
                 dict(db1="np.sum(dZ1, axis=1, keepdims=True) / (2 * m)")]
    for parts in mutations:
        assert checks.check_backward_pass(variant(**parts)).status == checks.WRONG, parts


# --------------------------------------------------------------------------- the notebook

@pytest.fixture(scope="module")
def nb():
    return lessontext.load(NB)


def test_your_turn_solution_passes_the_check(nb):
    namespace = {"np": np}
    lessontext.run_printing(lessontext.solution_code(nb, "Solution"), namespace)
    result = checks.check_backward_pass(namespace["backward_pass"])
    assert result.passed, result.message


@pytest.fixture(scope="module")
def namespace():
    X, Y = viz.network_sets()["train"]
    return {"np": np, "core": core, "net": net, "viz": viz, "Xs": X, "Y_train": Y,
            "trained": viz.network_result(3, 0.3, 2000)["params"]}


def test_exercise_1_prints_every_hidden_size(nb, namespace):
    body = lessontext.exercise_solutions(nb)[1]
    printed = lessontext.assert_solution_prints_what_it_states(1, body, dict(namespace))
    lines = printed.strip().splitlines()
    assert len(lines) == 10
    acc1 = viz.network_result(1, 0.3, 2000)["accuracy"]
    acc3 = viz.network_result(3, 0.3, 2000)["accuracy"]
    assert f"{acc1['test']:5.1f} %" in lines[0] and acc1["test"] < 60     # "a coin toss"
    assert acc3["train"] > acc1["train"] + 20                             # "closes"
    tests = [viz.network_result(h, 0.3, 2000)["accuracy"]["test"] for h in range(1, 11)]
    assert tests[0] < tests[1] < tests[2] and max(tests[3:]) <= tests[2]  # "stops after three"


def test_exercise_2_the_check_points_at_the_hidden_layer(nb, namespace):
    body = lessontext.exercise_solutions(nb)[2]
    printed = lessontext.assert_solution_prints_what_it_states(2, body, dict(namespace))
    errors = {line.split(":")[0]: float(line.split("error ")[1])
              for line in printed.strip().splitlines()}
    assert errors["W2"] < 1e-7 and errors["b2"] < 1e-7
    assert errors["W1"] > 1e-2 and errors["b1"] > 1e-2


def test_the_map_colours_each_point_with_the_networks_probability():
    """The explorer's map takes points in the rings' own coordinates (its axes): it must
    standardise them as the network's inputs were, or its colours miss the boundary."""
    fig = viz.network_figure()
    image = next(im for ax in fig.axes for im in ax.images
                 if isinstance(im, viz.FunctionImage))
    raw, sets = viz.rings()["test"][0], viz.network_sets()
    params = viz.network_result(**viz.NETWORK_DEFAULTS)["params"]
    expected, _ = net.forward(params, sets["test"][0])
    np.testing.assert_allclose(image.f(raw), expected[0], rtol=1e-12)
    plt.close(fig)
