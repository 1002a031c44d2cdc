"""Lesson 06 (training): the viz helpers, the explorers and the optimize self-check."""

import html
import io
import re

import numpy as np
import pytest

import lessontext
import logreg_checks as checks
import logreg_core as core
import logreg_viz as viz
from logreg_viz import lesson06_training as viz06
from explorer_views import assert_live_view_is_fresh


# --------------------------------------------------------------------------- datasets

def test_training_datasets_shapes_labels_and_read_only():
    data = viz.training_datasets()
    assert set(data) == set(viz.TRAINING_DATASETS.values())
    for X_tr, Y_tr, X_te, Y_te in data.values():
        assert X_tr.shape[0] == X_te.shape[0] == 2
        assert Y_tr.shape == (1, X_tr.shape[1]) and Y_te.shape == (1, X_te.shape[1])
        assert set(np.unique(np.hstack([Y_tr, Y_te]))) == {0, 1}
        with pytest.raises(ValueError):
            X_tr[0, 0] = 1.0
    for a, b in zip(data["toy"], core.toy_dataset(), strict=True):
        np.testing.assert_array_equal(a, b)
    assert viz.training_datasets() is data   # cached: loaded once


def test_blobs_are_make_blobs_with_the_visible_seed():
    X, Y = core.make_blobs(viz.BLOBS_SIZE, np.random.default_rng(viz.BLOBS_SEED),
                           distance=2.0, noise=1.0)
    X_tr, Y_tr, X_te, Y_te = viz.training_datasets()["blobs"]
    np.testing.assert_array_equal(np.hstack([X_tr, X_te]), X)
    np.testing.assert_array_equal(np.hstack([Y_tr, Y_te]), Y)
    assert X_tr.shape[1] == 3 * viz.BLOBS_SIZE // 4


def test_breast_cancer_standardised_on_train_split_every_fourth():
    from sklearn.datasets import load_breast_cancer

    d = load_breast_cancer()
    names = list(d.feature_names)
    raw = d.data[:, [names.index("mean radius"), names.index("mean texture")]].T
    X_tr, Y_tr, X_te, Y_te = viz.training_datasets()["breast cancer"]
    np.testing.assert_allclose(X_tr.mean(axis=1), 0, atol=1e-12)
    np.testing.assert_allclose(X_tr.std(axis=1), 1, atol=1e-12)
    train_raw = raw[:, np.arange(raw.shape[1]) % 4 != 0]
    mu, sd = train_raw.mean(axis=1, keepdims=True), train_raw.std(axis=1, keepdims=True)
    np.testing.assert_allclose(X_te, (raw[:, ::4] - mu) / sd)
    np.testing.assert_array_equal(Y_te[0], d.target[::4])
    assert Y_tr.shape[1] + Y_te.shape[1] == raw.shape[1]


# --------------------------------------------------------------------------- explorer

@pytest.mark.parametrize("dataset, lr, iters", [("toy", 0.05, 2000), ("toy", 3.0, 700),
                                                ("blobs", 0.5, 300),
                                                ("breast cancer", 0.01, 100)])
def test_explorer_update_reads_out_what_model_computes(dataset, lr, iters):
    X_tr, Y_tr, X_te, Y_te = viz.training_datasets()[dataset]
    expected = core.model(X_tr, Y_tr, X_te, Y_te, iters, lr)
    final = core.cost(expected["W"], expected["b"], X_tr, Y_tr)
    box = viz.training_explorer()
    text_widget = box.children[-1]
    assert "explorer-readout" in text_widget._dom_classes
    fig = box.update(dataset=dataset, learning_rate=lr, num_iterations=iters)
    text = html.unescape(text_widget.value)
    assert f"train accuracy {expected['train_accuracy']:.1f} %" in text
    assert f"test accuracy {expected['test_accuracy']:.1f} %" in text
    assert f"final cost {final:.6f}" in text
    cost_ax = fig.axes[0]
    np.testing.assert_allclose(cost_ax.lines[0].get_ydata()[-1], final)
    np.testing.assert_allclose(cost_ax.lines[0].get_ydata()[0], np.log(2))
    assert cost_ax.lines[0].get_xdata()[-1] == iters


def test_source_post_numbers_in_the_default_readout():
    text = viz.training_readout(**viz.TRAINING_DEFAULTS)
    assert "train accuracy 100.0 % · test accuracy 75.0 % · final cost 0.319348" in text


def test_explorer_controls_and_defaults():
    box = viz.training_explorer()
    controls = {c.description: c for c in box.children[0].children}
    lr = controls["learning rate"]
    assert lr.value == 0.05
    assert lr.base == 10 and lr.step == 0.05                  # 20 stops per factor of ten
    assert 10 ** lr.min == pytest.approx(0.001, rel=0.01)     # about 1e-3 .. about 10
    assert 10 ** lr.max == pytest.approx(10, rel=0.01)
    assert controls["iterations"].value == 2000
    assert controls["data"].value == "toy" and len(controls["data"].options) == 3
    lr.value = 0.5        # moving the slider retrains and updates the readout
    r = core.model(*core.toy_dataset(), 2000, 0.5)
    assert f"final cost {core.cost(r['W'], r['b'], *core.toy_dataset()[:2]):.6f}" in \
        box.children[-1].value


def test_training_figure_panels():
    fig = viz.training_figure("toy", 0.05, 2000)
    cost_ax, map_ax, bar_ax = fig.axes
    assert cost_ax.get_xlabel() == "iteration" and cost_ax.get_ylabel() == "cost J"
    assert [t.get_text() for t in bar_ax.get_yticklabels()][::2] == ["0.00", "0.50", "1.00"]
    assert len(cost_ax.lines[0].get_ydata()) == 201          # every 10th iteration + final
    assert len(map_ax.images) == 1                             # the heat-map
    assert len(map_ax.collections) == 4                        # train/test x 2 classes
    xs, ys = map_ax.lines[0].get_data()                        # the 0.5 boundary
    r = viz.train("toy", 0.05, 2000)
    np.testing.assert_allclose(r["W"][0, 0] * xs + r["W"][1, 0] * ys + r["b"], 0, atol=1e-12)
    assert "train 100.0 %, test 75.0 %" in map_ax.get_title()
    assert viz.training_figure("breast cancer", 0.05, 100).axes[1].get_xlabel().startswith(
        "mean radius")


def test_divisor_step_divides():
    for n in (1, 100, 700, 2000, 9900, 10000):
        step = viz06._divisor_step(n)
        assert n % step == 0 and n // step <= 400   # at most twice the 200 asked for


# --------------------------------------------------------------------------- replay

def test_replay_path_matches_optimize_step_by_step():
    X, Y = core.toy_dataset()[:2]
    path = viz.replay_path("toy", 0.5, 300)
    assert path.shape == (301, 3)
    for k in (0, 1, 17, 300):
        params = core.optimize(np.zeros((2, 1)), 0.0, X, Y, k, 0.5)[0]
        np.testing.assert_allclose(path[k], [*params["W"].ravel(), params["b"]], atol=1e-12)


def test_replay_figure_draws_the_path_up_to_the_iteration():
    path = viz.replay_path(**viz.REPLAY_DEFAULTS)
    fig = viz.replay_figure(500, **viz.REPLAY_DEFAULTS)
    boundary_ax, contour_ax = fig.axes[:2]
    trail, star = contour_ax.lines[-2:]
    np.testing.assert_allclose(star.get_xydata()[0], path[500, :2])
    np.testing.assert_allclose(trail.get_xydata()[-1], path[500, :2])
    np.testing.assert_allclose(trail.get_xydata()[0], [0, 0])
    assert contour_ax.get_xlabel() == "$w_1$" and contour_ax.get_ylabel() == "$w_2$"
    assert "iteration 500" in boundary_ax.get_title()
    with pytest.raises(ValueError, match="iteration"):
        viz.replay_figure(2001, **viz.REPLAY_DEFAULTS)


def test_replay_levels_are_the_same_for_every_frame():
    a = viz.replay_figure(0, **viz.REPLAY_DEFAULTS).axes[1].images[0].norm.boundaries
    b = viz.replay_figure(2000, **viz.REPLAY_DEFAULTS).axes[1].images[0].norm.boundaries
    np.testing.assert_array_equal(a, b)


def test_replay_cost_map_shows_the_cost_at_b():
    fig = viz.replay_figure(700, **viz.REPLAY_DEFAULTS)
    X, Y = viz.training_datasets()["toy"][:2]
    w1, w2, b = viz.replay_path(**viz.REPLAY_DEFAULTS)[700]
    points = np.array([[w1, 0.0, -1.0], [w2, 0.5, 2.0]])
    want = [core.cost(points[:, [k]], b, X, Y) for k in range(3)]
    np.testing.assert_allclose(fig.axes[1].images[0].f(points), want, rtol=1e-12)


def test_replay_explorer_has_play_linked_to_slider():
    box = viz.replay_explorer()
    play, slider = box.children[0].children
    assert play.max == slider.max == viz.REPLAY_DEFAULTS["num_iterations"]
    fig = box.update(iteration=100)
    assert "iteration 100" in fig.axes[0].get_title()


# --------------------------------------------------------------------------- static figures

def test_learning_rate_figure_one_curve_per_rate():
    fig = viz.learning_rate_figure(rates=(0.01, 1.0), num_iterations=50)
    assert len(fig.axes) == 2
    X, Y = core.toy_dataset()[:2]
    costs = core.optimize(np.zeros((2, 1)), 0.0, X, Y, 50, 1.0, record_every=1)[2]
    np.testing.assert_allclose(fig.axes[0].lines[1].get_ydata(), costs)
    assert [ax.get_yscale() for ax in fig.axes] == ["log", "log"]



def test_log_axes_label_plain_numbers_not_powers_of_ten():
    # the reader knows 0.001 and 100, not 10^-3 and 10^2
    figs = [viz.learning_rate_figure(rates=(0.01, 50.0), num_iterations=50),
            viz.plot_rate_sweep([0.5, 5, 50], [0, 1, 3]).figure,
            viz.weight_growth_figure([1, 10, 1000], [0.1, 1, 2], [0.6, 0.3, 0.001])]
    for fig in figs:
        fig.canvas.draw()
        labels = [t.get_text() for ax in fig.axes for axis in (ax.xaxis, ax.yaxis)
                  if axis.get_scale() == "log"
                  for t in axis.get_ticklabels() + axis.get_ticklabels(minor=True)]
        shown = [t for t in labels if t]
        assert shown and all(re.fullmatch(r"[0-9.]+", t) for t in shown), labels
    assert "0.001" in [t.get_text() for t in figs[0].axes[0].get_yticklabels()]

def test_plot_rate_sweep_splits_and_marks():
    ax = viz.plot_rate_sweep([1, 2, 3, 4], [0, 0, 2, 5], bound=1.5, measured=2.5)
    ok, bad, vbound, vmeasured = ax.lines
    np.testing.assert_array_equal(ok.get_xdata(), [1, 2])
    np.testing.assert_array_equal(bad.get_xdata(), [3, 4])
    assert vbound.get_xdata()[0] == 1.5 and vmeasured.get_xdata()[0] == 2.5
    assert ax.get_xscale() == "log"


def test_weight_growth_figure_axes():
    fig = viz.weight_growth_figure([1, 10, 100], [0.1, 1, 2], [0.6, 0.3, 0.1])
    a, b = fig.axes
    assert a.get_xscale() == "log" and a.get_yscale() == "linear"
    assert b.get_xscale() == "log" and b.get_yscale() == "log"
    np.testing.assert_array_equal(a.lines[0].get_ydata(), [0.1, 1, 2])


# --------------------------------------------------------------------------- self-check

def _loop(record, update="-", bias_only=False, key="W", final=False, weights_only=False,
          in_place=False):
    """An optimize whose recording and update can be made wrong in the usual ways."""
    def optimize(W, b, X, Y, num_iterations, learning_rate):
        costs = []
        grads = None
        for i in range(num_iterations):
            grads, cost = core.propagate(W, b, X, Y)
            sign = -1 if update == "-" else 1
            if in_place:
                W += sign * learning_rate * grads["dW"]    # changes the caller's array
            new_W = W if in_place else W + sign * learning_rate * grads["dW"]
            if not weights_only:                           # weights_only: b is forgotten
                b = b + sign * learning_rate * grads["db"]
            if not bias_only:
                W = new_W
            if record == "before" and i % 100 == 0:
                costs.append(cost)
            elif record == "every":
                costs.append(cost)
            elif record == "after" and i % 100 == 0:
                costs.append(core.cost(W, b, X, Y))
            elif record == "off-by-one" and (i + 1) % 100 == 0:
                costs.append(cost)
        if final:
            costs.append(core.cost(W, b, X, Y))
        return {key: W, "b": b}, grads, costs
    return optimize


def test_check_diagnoses_the_source_posts_first_optimize_with_the_key_fixed():
    def seed(W, b, X, Y, num_iterations, learning_rate):
        costs = []
        for i in range(num_iterations):
            grads, cost = core.propagate(W, b, X, Y)
            w = W - learning_rate * grads["dW"]     # defect 2: a new name
            b = b - learning_rate * grads["db"]
            if i % 100 == 0:
                costs.append(cost)
        return {"W": w, "b": b}, grads, costs

    result = checks.check_optimize(seed)
    assert result.status == checks.WRONG and "W never changed" in result.message


def test_check_nothing_updated():
    def lazy(W, b, X, Y, num_iterations, learning_rate):
        grads, cost = core.propagate(W, b, X, Y)
        return {"W": W, "b": b}, grads, [cost] * 4

    assert "neither W nor b changed" in checks.check_optimize(lazy).message


def test_check_not_attempted():
    def stub(W, b, X, Y, num_iterations, learning_rate):
        raise NotImplementedError

    for fn in (stub,):
        assert checks.check_optimize(fn).status == checks.NOT_ATTEMPTED


def test_check_passes_correct_and_core():
    assert checks.check_optimize(_loop("before")).passed
    assert checks.check_optimize(core.optimize).passed


@pytest.mark.parametrize("variant, words", [
    (dict(record="before", bias_only=True), "W never changed, but b did"),
    (dict(record="before", update="+"), "uphill"),
    (dict(record="every"), "every iteration, before"),
    (dict(record="after"), "after the update"),
    (dict(record="off-by-one"), "off-by-one"),
    (dict(record="before", final=True), "one extra cost"),
    (dict(record="before", final=True), "Remove the append after the loop."),
    (dict(record="before", key="w"), "You used 'w'"),
])
def test_check_diagnoses(variant, words):
    result = checks.check_optimize(_loop(**variant))
    assert result.status == checks.WRONG
    assert words in result.message, result.message


def test_check_reports_learner_exceptions():
    def broken(W, b, X, Y, num_iterations, learning_rate):
        return W @ X   # wrong shapes: raises ValueError

    result = checks.check_optimize(broken)
    assert result.status == checks.WRONG and "raised ValueError" in result.message


def test_check_wrong_gradients_returned():
    def stale(W, b, X, Y, num_iterations, learning_rate):
        params, _, costs = core.optimize(W, b, X, Y, num_iterations, learning_rate)
        return params, core.propagate(W, b, X, Y)[0], costs   # gradients of the start

    assert "last update" in checks.check_optimize(stale).message


def test_check_b_never_updated():
    result = checks.check_optimize(_loop("before", weights_only=True))
    assert result.status == checks.WRONG
    assert "b never changed: update b too" in result.message, result.message


def test_check_b_returned_as_an_array():
    def b_array(W, b, X, Y, num_iterations, learning_rate):
        b = np.full((1, 1), b)                     # b carried as a (1, 1) array
        costs = []
        for i in range(num_iterations):
            grads, cost = core.propagate(W, float(b[0, 0]), X, Y)
            if i % 100 == 0:
                costs.append(cost)
            W = W - learning_rate * grads["dW"]
            b = b - learning_rate * grads["db"]
        return {"W": W, "b": b}, grads, costs

    result = checks.check_optimize(b_array)
    assert result.status == checks.WRONG
    assert "params['b'] must be a number" in result.message, result.message
    assert "shape (1, 1)" in result.message


def test_check_W_changed_in_place():
    W0 = checks.OPTIMIZE_CASE["W"].copy()
    result = checks.check_optimize(_loop("before", in_place=True))
    assert result.status == checks.WRONG
    assert "changes its argument W in place" in result.message, result.message
    assert np.array_equal(checks.OPTIMIZE_CASE["W"], W0)   # the check's own case is intact


def test_training_figure_keeps_test_points_visible_on_many_points():
    def scatters(ax):
        return {c.get_label(): c for c in ax.collections
                if c.get_label().startswith(("train", "test"))}

    many = scatters(viz.training_figure("blobs", 0.05, 100).axes[1])
    assert len(many) == 4
    for label in ("y = 0", "y = 1"):
        train, test = many[f"train {label}"], many[f"test {label}"]
        assert test.get_zorder() > train.get_zorder()
        assert train.get_sizes()[0] < test.get_sizes()[0] and train.get_alpha() < 1
    few = scatters(viz.training_figure("toy", 0.05, 100).axes[1])
    assert {c.get_sizes()[0] for c in few.values()} == {45}    # the toy data: unchanged


def test_check_optimize_names_the_wrong_order_of_results():
    def wrong_order(W, b, X, Y, num_iterations, learning_rate):
        params, grads, costs = core.optimize(W, b, X, Y, num_iterations, learning_rate)
        return params, costs, grads

    result = checks.check_optimize(wrong_order)
    assert result.status == checks.WRONG
    assert "returned (params, costs, grads)" in result.message, result.message


def _returns_inside_the_loop(before_update):
    def optimize(W, b, X, Y, num_iterations, learning_rate):
        costs = []
        for i in range(num_iterations):
            grads, cost = core.propagate(W, b, X, Y)
            if i % 100 == 0:
                costs.append(cost)
                if before_update:
                    return {"W": W, "b": b}, grads, costs
            W = W - learning_rate * grads["dW"]
            b = b - learning_rate * grads["db"]
            return {"W": W, "b": b}, grads, costs
    return optimize


@pytest.mark.parametrize("before_update, words", [
    (False, "returned after one iteration"), (True, "returned in the first iteration")])
def test_check_optimize_names_a_return_inside_the_loop(before_update, words):
    result = checks.check_optimize(_returns_inside_the_loop(before_update))
    assert result.status == checks.WRONG
    assert words in result.message and "learning rate" not in result.message, result.message


def _ignores(iterations=None, rate=None, extra=0):
    def optimize(W, b, X, Y, num_iterations, learning_rate):
        return core.optimize(W, b, X, Y, (iterations or num_iterations) + extra,
                             rate or learning_rate)
    return optimize


@pytest.mark.parametrize("fn, words", [
    (_ignores(rate=0.5), "learning rate 0.5 instead of the learning_rate argument"),
    (_ignores(iterations=2000), "2000 updates instead of the num_iterations argument"),
    (_ignores(extra=1), "351 updates instead of 350"),
    (_ignores(extra=-1), "349 updates instead of 350"),
])
def test_check_optimize_names_arguments_it_ignores(fn, words):
    result = checks.check_optimize(fn)
    assert result.status == checks.WRONG and words in result.message, result.message


def test_check_optimize_names_an_unfilled_propagate_it_calls():
    def propagate(W, b, X, Y):
        raise NotImplementedError

    def optimize(W, b, X, Y, num_iterations, learning_rate):
        grads, cost = propagate(W, b, X, Y)
        return {"W": W, "b": b}, grads, [cost]

    result = checks.check_optimize(optimize)
    assert result.status == checks.NOT_ATTEMPTED and "propagate" in result.message


# --------------------------------------------------------------------------- initialize_weights

def _init(make_W, b=0.0):
    def initialize_weights(n):
        return make_W(n), b
    return initialize_weights


def test_check_initialize_weights_passes_right_answers():
    right = [_init(lambda n: np.zeros((n, 1))),
             _init(lambda n: np.zeros([n, 1], dtype=np.float64)),
             _init(lambda n: np.zeros((n, 1)), float(0)),
             _init(lambda n: np.zeros((n, 1)), np.float64(0.0)),     # a float subclass
             lambda n: [np.zeros((n, 1)), 0.0],                      # unpacks the same
             core.initialize_weights]
    for fn in right:
        result = checks.check_initialize_weights(fn)
        assert result.passed, result.message


def _expects_data(X):
    return np.zeros((X.shape[0], 1)), 0.0


def _zeros_n_1(n):
    return np.zeros(n, 1), 0.0          # numpy reads 1 as a data type


@pytest.mark.parametrize("fn, words", [
    (_init(lambda n: np.zeros(n)), "a flat vector"),
    (_init(lambda n: np.zeros((1, n))), "a row"),
    (_init(lambda n: [[0.0]] * n), "W is a Python list"),
    (_init(lambda n: np.zeros((n, 1), dtype=int)), "W holds integers"),
    (_init(lambda n: np.random.default_rng().normal(size=(n, 1))), "W is random"),
    (_init(lambda n: np.ones((n, 1))), "W must be all zeros"),
    (_init(lambda n: np.zeros((2, 1))), "it ignores n"),
    (_init(lambda n: np.zeros((n, 1), dtype=np.float32)), "dtype float32"),
    (_init(lambda n: np.zeros((n, 1)), np.zeros(1)), "b is a numpy array"),
    (_init(lambda n: np.zeros((n, 1)), np.zeros((1, 1))), "b is a numpy array of shape (1, 1)"),
    (_init(lambda n: np.zeros((n, 1)), 0), "b is the integer 0"),
    (_init(lambda n: np.zeros((n, 1)), 0.5), "b must start at 0.0"),
    (_init(lambda n: np.zeros((n, 1)), "0"), "b must be the Python float"),
    (lambda n: (0.0, np.zeros((n, 1))), "returned (b, W)"),
    (lambda n: np.zeros((n, 1)), "must return two things"),
    (_expects_data, "works when given the data X"),
    (_zeros_n_1, "np.zeros(n, 1)"),
])
def test_check_initialize_weights_names_mistakes(fn, words):
    result = checks.check_initialize_weights(fn)
    assert result.status == checks.WRONG
    assert words in result.message, result.message



def test_check_initialize_weights_quotes_only_the_error_when_given_data():
    # the shared advice after the error speaks of "z" and np.shape(z): not about n here
    message = checks.check_initialize_weights(_expects_data).message
    assert "'int' object has no attribute 'shape')" in message, message
    assert "np.shape(z)" not in message and "Use n itself" in message, message

# --------------------------------------------------------------------------- model

MODEL_TEMPLATE = '''
def model(X_train, Y_train, X_test, Y_test, num_iterations, learning_rate):
    W, b = {init}
    params, grads, costs = {optimize}(W, b, {train}, num_iterations, {rate})
    W, b = params["W"], {b}
    Y_prediction_train = core.predict(W, {b_predict}, {predict_train})
    Y_prediction_test = core.predict(W, {b_predict}, {predict_test})
    train_accuracy = {scale}(100 - np.mean(np.abs(Y_prediction_train - Y_train)) * 100)
    test_accuracy = {scale}(100 - np.mean(np.abs(Y_prediction_test - Y_test)) * 100)
    if {swap}:
        train_accuracy, test_accuracy = test_accuracy, train_accuracy
    return {{"costs": costs, "Y_prediction_train": Y_prediction_train,
            "Y_prediction_test": Y_prediction_test, "W": W, "b": b,
            "learning_rate": learning_rate, "num_iterations": num_iterations,
            "{train_key}": train_accuracy, "test_accuracy": test_accuracy}}
'''
MODEL_RIGHT = dict(init="core.initialize_weights(X_train.shape[0])", optimize="core.optimize",
                   train="X_train, Y_train", rate="learning_rate", b='params["b"]',
                   b_predict="b", predict_train="X_train", predict_test="X_test",
                   scale="float", swap="False", train_key="train_accuracy")


def _model(namespace=None, **changes):
    """A learner's model from the template, with some lines made wrong."""
    ns = {"np": np, "core": core} | (namespace or {})
    exec(MODEL_TEMPLATE.format(**(MODEL_RIGHT | changes)), ns)  # noqa: S102 - test code
    return ns["model"]


def _own_functions():
    """The lesson's Your turn solutions, as a learner's namespace."""
    ns = {"np": np, "core": core}
    for code in _your_turn_solutions()[:2]:
        exec(code, ns)  # noqa: S102 - the lesson's own code
    return ns


def test_check_model_passes_right_answers():
    assert checks.check_model(_model()).passed
    assert checks.check_model(core.model).passed
    own = _own_functions()
    with_own = _model(own, init="initialize_weights(X_train.shape[0])", optimize="optimize")
    result = checks.check_model(with_own)
    assert result.passed, result.message


@pytest.mark.parametrize("changes, words", [
    (dict(scale="(lambda v: v / 100)"), "The accuracies are fractions"),
    (dict(swap="True"), "train_accuracy and test_accuracy are swapped"),
    (dict(scale="(lambda v: 100 - v)"), "percentage of wrong predictions"),
    (dict(predict_test="X_train"), "the predictions of one set were compared"),
    (dict(predict_train="X_test", predict_test="X_train"), "the predictions of one set"),
    (dict(b_predict="0.0"), "Y_prediction_train ignores b"),
    (dict(b="0.0"), "you forgot b"),
    (dict(train_key="train_acc"), "'train_acc' should be 'train_accuracy'"),
    (dict(train_key="score"), "misses the keys ['train_accuracy']"),
    (dict(init="core.initialize_weights(X_train)"), "defect 4"),
    (dict(train="X_test, Y_test"), "trained on the test set"),
    (dict(rate="0.5"), "learning rate 0.5 instead of"),
    (dict(optimize="(lambda W, b, X, Y, n, r: ({'W': W, 'b': b}, None, []))"),
     "still the zeros you started from"),
])
def test_check_model_names_mistakes(changes, words):
    result = checks.check_model(_model(**changes))
    assert result.status == checks.WRONG
    assert words in result.message, result.message


def test_check_model_names_defect_4_with_the_learners_own_initialize_weights():
    own = _own_functions()
    fn = _model(own, init="initialize_weights(X_train)", optimize="optimize")
    result = checks.check_model(fn)
    assert result.status == checks.WRONG and "defect 4" in result.message, result.message
    assert own["initialize_weights"](2)[0].shape == (2, 1)      # the spy was removed again
    assert core.initialize_weights.__name__ == "initialize_weights"


def test_check_model_with_an_unfilled_initialize_weights_is_not_attempted():
    def initialize_weights(n):
        raise NotImplementedError  # your code here

    fn = _model({"initialize_weights": initialize_weights},
                init="initialize_weights(X_train.shape[0])")
    result = checks.check_model(fn)
    assert result.status == checks.NOT_ATTEMPTED
    assert "initialize_weights" in result.message and "still the unfilled stub" in result.message


def test_check_model_names_predictions_on_the_wrong_set_when_accuracy_is_right():
    def model(X_train, Y_train, X_test, Y_test, num_iterations, learning_rate):
        d = core.model(X_train, Y_train, X_test, Y_test, num_iterations, learning_rate)
        return d | {"Y_prediction_test": core.predict(d["W"], d["b"], X_train)}

    result = checks.check_model(model)
    assert result.status == checks.WRONG
    assert "Y_prediction_test has shape (1, 8)" in result.message, result.message


def test_check_model_names_swapped_predictions_when_accuracy_is_right():
    def model(X_train, Y_train, X_test, Y_test, num_iterations, learning_rate):
        d = core.model(X_train, Y_train, X_test, Y_test, num_iterations, learning_rate)
        return d | {"Y_prediction_train": d["Y_prediction_test"],
                    "Y_prediction_test": d["Y_prediction_train"]}

    result = checks.check_model(model)
    assert result.status == checks.WRONG and "they are swapped" in result.message


def test_check_model_other_answers():
    assert "must return a dict" in checks.check_model(
        lambda *a: (core.model(*a)["W"], 0.0)).message
    missing = checks.check_model(lambda *a: {k: v for k, v in core.model(*a).items()
                                             if k != "costs"})
    assert "misses the keys ['costs']" in missing.message


# --------------------------------------------------------------------------- the slider grid

def browser_value(value, slider):
    """The value JupyterLab shows and sends back for a FloatLogSlider given `value`.

    ipywidgets' FloatLogSliderView starts noUiSlider at log(value) / log(base); noUiSlider
    keeps positions in percent of [min, max] and rounds them to whole steps; the view then
    sends base ** (min + k * step) back to the kernel. This is that arithmetic.
    """
    lo, hi, step, base = slider.min, slider.max, slider.step, slider.base
    x = min(max(np.log(value) / np.log(base), lo), hi)
    step_pct = 100 * step / (hi - lo)
    pct = 100.0 if x >= hi else 100 * (x - lo) / (hi - lo)
    snapped = 100.0 if pct == 100 else min(max(round(pct / step_pct) * step_pct, 0), 100)
    exponent = hi if snapped >= 100 else snapped * (hi - lo) / 100 + lo
    return float(base ** exponent)


def _learning_rate_slider():
    box = viz.training_explorer()
    return {c.description: c for c in box.children[0].children}["learning rate"]


def test_default_learning_rate_is_a_stop_of_the_slider():
    slider = _learning_rate_slider()
    default = viz.TRAINING_DEFAULTS["learning_rate"]
    k = round((np.log10(default) - slider.min) / slider.step)
    assert abs(slider.base ** (slider.min + k * slider.step) - default) < 1e-12 * default
    shown = browser_value(slider.value, slider)
    assert abs(shown - default) < 1e-12 * default
    # so the live view reads out exactly what its static twin prints
    assert viz.training_readout("toy", shown, 2000) == viz.training_readout(**viz.TRAINING_DEFAULTS)
    for rate in (0.005, 0.5, 5):                 # the stops the lesson names
        assert abs(browser_value(rate, slider) - rate) < 1e-12 * rate


def test_the_old_slider_grid_moved_the_default():
    class Old:
        min, max, step, base = -3, 1, 0.05, 10

    assert f"{browser_value(0.05, Old):.4f}" == "0.0501"      # what the browser showed
    assert browser_value(0.001, Old) == pytest.approx(0.001)


# --------------------------------------------------------------------------- the lesson's text

NB = "06_training.ipynb"


def _solutions():
    """The python code of every <details><summary>Solution</summary>, in page order."""
    nb = lessontext.load(NB)
    found = []
    for text in lessontext.markdown(nb):
        for summary, body in lessontext.details(text):
            if summary.startswith("Solution"):
                found.append((body, "\n".join(re.findall(r"```python\n(.*?)```", body, re.S))))
    return found


def _your_turn_solutions():
    return [code for _, code in _solutions()[:3]]


def test_your_turn_solutions_pass_their_checks():
    ns = {"np": np, "core": core}
    init, optimize, model = _your_turn_solutions()
    exec(init, ns)  # noqa: S102 - the lesson's own code
    assert checks.check_initialize_weights(ns["initialize_weights"]).passed
    exec(optimize, ns)  # noqa: S102
    assert checks.check_optimize(ns["optimize"]).passed
    exec(model, ns)  # noqa: S102
    assert checks.check_model(ns["model"]).passed


def _lesson_namespace():
    X_train, Y_train, X_test, Y_test = core.toy_dataset()
    return {"np": np, "core": core, "viz": viz, "checks": checks, "X_train": X_train,
            "Y_train": Y_train, "X_test": X_test, "Y_test": Y_test,
            "data": viz.training_datasets()}


def _cell_containing(text):
    nb = lessontext.load(NB)
    return next(lessontext.source(c) for c in nb["cells"]
                if c["cell_type"] == "code" and text in lessontext.source(c))


def test_compare_cells_do_not_crash_on_wrong_answers():
    """The cells after the optimize and model checks run whatever the learner wrote."""
    def wrong_order(W, b, X, Y, num_iterations, learning_rate):
        params, grads, costs = core.optimize(W, b, X, Y, num_iterations, learning_rate)
        return params, costs, grads

    for fn in (wrong_order, _returns_inside_the_loop(False), lambda *a: None):
        ns = _lesson_namespace() | {"optimize": fn}
        out = lessontext.run_printing(_cell_containing("if checks.check_optimize(optimize)"), ns)
        assert "make the check above pass first" in out
    ns = _lesson_namespace() | {"model": _model(scale="(lambda v: v / 100)")}
    out = lessontext.run_printing(_cell_containing("if checks.check_model(model)"), ns)
    assert "make the check above pass first" in out


def test_compare_cells_show_the_right_numbers_for_right_answers():
    ns = _lesson_namespace() | {"optimize": core.optimize, "model": core.model}
    out = lessontext.run_printing(_cell_containing("if checks.check_optimize(optimize)"), ns)
    assert "iteration  your cost  core cost" in out
    assert "        0   0.693147   0.693147" in out and "     1900   0.327040   0.327040" in out
    out = lessontext.run_printing(_cell_containing("if checks.check_model(model)"), ns)
    assert "train 100.0 %, test 75.0 %, last recorded cost 0.327040" in out


@pytest.fixture(scope="module")
def exercise_output():
    """Run the end-of-lesson solutions in order, in one namespace; their printed text."""
    ns = _lesson_namespace()
    return [(body, lessontext.run_printing(code, ns)) for body, code in _solutions()[3:]]


def test_every_exercise_has_a_computing_solution(exercise_output):
    assert len(exercise_output) == 5
    assert all(printed.strip() for _, printed in exercise_output)


@pytest.mark.parametrize("k", range(5))
def test_exercise_solutions_state_what_they_print(exercise_output, k):
    body, printed = exercise_output[k]
    assert lessontext.unprinted(body, printed) == [], printed


def test_exercise_1_numbers(exercise_output):
    printed = exercise_output[0][1]
    for lr, hits in ((0.05, 1173), (0.5, 118), (5.0, 30)):
        assert f"learning rate {lr}: 100 % after {hits} updates, rate x updates = " \
               f"{lr * hits:.2f}" in printed


def test_exercise_2_and_4_numbers(exercise_output):
    assert "20000 iterations at 0.05: cost 0.086135, test accuracy 75.0 %" in exercise_output[1][1]
    assert "largest difference below 1e-6: True" in exercise_output[3][1]


def test_exercise_3_ratios_and_exercise_5_support_vectors(exercise_output):
    ratios = re.findall(r"ratio (\d\.\d\d)", exercise_output[2][1])
    assert ratios == ["3.70", "3.81"]
    assert "support vectors: [2, 4, 7]" in exercise_output[4][1]
    closest = re.findall(r"point (\d) ", exercise_output[4][1])[:3]
    assert sorted(map(int, closest)) == [2, 4, 7]


def test_quick_check_has_one_right_answer_each_and_they_are_right():
    ns = {"viz": viz}
    code = _cell_containing("viz.quiz")
    exec(code.replace("viz.quiz", "quiz = viz.quiz", 1), ns)  # noqa: S102
    quiz = ns["quiz"]
    assert quiz.answer(0, "0.693").startswith("✅")
    assert quiz.answer(0, "0.5").startswith("❌")
    rights = {1: "W = W - learning_rate * dW", 2: "its nearest training points are labelled 0",
              3: "the steps are too long: they overshoot the valley"}
    for i, text in rights.items():
        assert quiz.answer(i, text).startswith("✅")


def _pixels(fig):
    from PIL import Image
    return np.asarray(Image.open(io.BytesIO(viz.figure_png(fig))))


def test_training_explorer_live_view_never_depends_on_the_slider_history():
    """After any sequence of changes the live picture is the one a fresh figure gives.

    The history holds runs of learning rates at a fixed iteration count (the axes keep
    their limits, so the explorer redraws only its moving artists on its kept background)
    and changes of iterations and dataset (new limits, a new background or figure)."""
    box = viz.training_explorer()
    history = [("toy", 0.5, 300), ("toy", 2.0, 5000), ("toy", 0.1, 5000), ("toy", 0.3, 5000),
               ("blobs", 0.05, 100), ("blobs", 0.2, 100), ("blobs", 9.0, 2000),
               ("toy", 0.05, 2000), ("breast cancer", 0.1, 700), ("breast cancer", 0.4, 700)]
    values = [dict(dataset=d, learning_rate=lr, num_iterations=n) for d, lr, n in history]
    assert_live_view_is_fresh(box, viz.training_figure, viz.training_readout, values,
                              same_figure=False)


def test_boundary_segment_lies_on_the_boundary_and_spans_the_box():
    extent = (-1.0, 2.0, -3.0, 1.0)
    for W, b in ((np.array([[1.0], [3.0]]), 0.5), (np.array([[4.0], [-0.5]]), -1.0)):
        xs, ys = viz.boundary_segment(W, b, extent)
        np.testing.assert_allclose(W[0, 0] * xs + W[1, 0] * ys + b, 0, atol=1e-12)
        steep = abs(W[1, 0]) < abs(W[0, 0])
        assert list(ys if steep else xs) == ([-3.0, 1.0] if steep else [-1.0, 2.0])
    assert viz.boundary_segment(np.zeros((2, 1)), 1.0, extent) == ([], [])


def test_replay_live_frames_equal_fresh_figures():
    box = viz.replay_explorer()
    for iteration in (100, 1900, 0, 2000, 740):
        shown = box.update(iteration=iteration)
        fresh = viz.replay_figure(iteration, **viz.REPLAY_DEFAULTS)
        np.testing.assert_array_equal(_pixels(shown), _pixels(fresh))


# --------------------------------------------------------------------------- newcomer review rows

def _optimize_from(src):
    """A learner's optimize from its source text."""
    ns = {"np": np, "core": core}
    exec(src, ns)  # noqa: S102 - test code
    return ns["optimize"]


_OPT_HEAD = '''
def optimize(W, b, X, Y, num_iterations, learning_rate):
    costs = []
'''


@pytest.mark.parametrize("body, words", [
    # dW used as a name without taking it out of grads
    ('''    for i in range(num_iterations):
        grads, cost = core.propagate(W, b, X, Y)
        if i % 100 == 0:
            costs.append(cost)
        W = W - learning_rate * dW
        b = b - learning_rate * db
    return {"W": W, "b": b}, grads, costs
''', 'dW = grads["dW"]'),
    # the costs are never recorded
    ('''    for i in range(num_iterations):
        grads, cost = core.propagate(W, b, X, Y)
        W = W - learning_rate * grads["dW"]
        b = b - learning_rate * grads["db"]
    return {"W": W, "b": b}, grads, costs
''', "costs is empty"),
    # only the first cost is recorded
    ('''    for i in range(num_iterations):
        grads, cost = core.propagate(W, b, X, Y)
        if i == 0:
            costs.append(cost)
        W = W - learning_rate * grads["dW"]
        b = b - learning_rate * grads["db"]
    return {"W": W, "b": b}, grads, costs
''', "you returned 1 value,"),
    # starts again from zeros instead of the given W and b
    ('''    W, b = core.initialize_weights(X.shape[0])
    for i in range(num_iterations):
        grads, cost = core.propagate(W, b, X, Y)
        if i % 100 == 0:
            costs.append(cost)
        W = W - learning_rate * grads["dW"]
        b = b - learning_rate * grads["db"]
    return {"W": W, "b": b}, grads, costs
''', "starts from zeros"),
    # the source post's settings written in instead of the arguments
    ('''    for i in range(2000):
        grads, cost = core.propagate(W, b, X, Y)
        if i % 100 == 0:
            costs.append(cost)
        W = W - 0.05 * grads["dW"]
        b = b - 0.05 * grads["db"]
    return {"W": W, "b": b}, grads, costs
''', "2000 updates at learning rate 0.05 instead of the arguments"),
    # W, b returned bare instead of the dict params
    ('''    for i in range(num_iterations):
        grads, cost = core.propagate(W, b, X, Y)
        if i % 100 == 0:
            costs.append(cost)
        W = W - learning_rate * grads["dW"]
        b = b - learning_rate * grads["db"]
    return W, grads, costs
''', 'End with `return {"W": W, "b": b}, grads, costs`'),
    # the W update line forgotten
    ('''    for i in range(num_iterations):
        grads, cost = core.propagate(W, b, X, Y)
        if i % 100 == 0:
            costs.append(cost)
        b = b - learning_rate * grads["db"]
    return {"W": W, "b": b}, grads, costs
''', "or is the W line missing?"),
    # a copy-paste slip: b stepped with dW, so b becomes an array and propagate refuses it
    ('''    for i in range(num_iterations):
        grads, cost = core.propagate(W, b, X, Y)
        if i % 100 == 0:
            costs.append(cost)
        W = W - learning_rate * grads["dW"]
        b = b - learning_rate * grads["dW"]
    return {"W": W, "b": b}, grads, costs
''', "b became an array of shape (2, 1), the shape of W: the update of b uses dW"),
])
def test_check_optimize_names_more_beginner_mistakes(body, words):
    result = checks.check_optimize(_optimize_from(_OPT_HEAD + body))
    assert result.status == checks.WRONG
    assert words in result.message, result.message


def test_check_optimize_messages_end_with_what_to_do():
    for variant in (dict(record="before", bias_only=True), dict(record="before", key="w"),
                    dict(record="before", final=True), dict(record="after")):
        message = checks.check_optimize(_loop(**variant)).message
        assert message.rstrip().endswith((".", "`")), message
        assert re.search(r"\b(Write|Record|Remove|End with)\b", message), message


def _model_source(old, new):
    src = MODEL_TEMPLATE.format(**MODEL_RIGHT)
    assert old in src
    return src.replace(old, new)


def _model_from(src, namespace=None):
    ns = {"np": np, "core": core} | (namespace or {})
    exec(src, ns)  # noqa: S102 - test code
    return ns["model"]


@pytest.mark.parametrize("old, new, words", [
    # the source post's settings written in: the first run passes, the second does not
    ("num_iterations, learning_rate)\n    W, b = params", "2000, 0.05)\n    W, b = params",
     "it ignores its arguments"),
    # learning_rate stored as a fixed number
    ('"learning_rate": learning_rate', '"learning_rate": 0.05',
     "Store the arguments themselves"),
    # num_iterations and learning_rate swapped in the call to optimize
    ("num_iterations, learning_rate)\n    W, b = params",
     "learning_rate, num_iterations)\n    W, b = params", "where optimize expects num_iterations"),
    # counts of right predictions instead of percentages
    ("float(100 - np.mean(np.abs(Y_prediction_train - Y_train)) * 100)",
     "int(np.sum(Y_prediction_train == Y_train))", None),
    # an accuracy formatted as text
    ("float(100 - np.mean(np.abs(Y_prediction_test - Y_test)) * 100)",
     'f"{100 - np.mean(np.abs(Y_prediction_test - Y_test)) * 100} %"', "must each be one number"),
    # probabilities kept instead of 0/1 predictions
    ("Y_prediction_train = core.predict(W, b, X_train)",
     "Y_prediction_train = core.sigmoid(W.T @ X_train + b)", "holds probabilities"),
])
def test_check_model_names_more_beginner_mistakes(old, new, words):
    src = _model_source(old, new)
    if words is None:    # both accuracies as counts
        src = src.replace("float(100 - np.mean(np.abs(Y_prediction_test - Y_test)) * 100)",
                          "int(np.sum(Y_prediction_test == Y_test))")
        words = "counts of right predictions (8 and 3)"
    result = checks.check_model(_model_from(src))
    assert result.status == checks.WRONG
    assert words in result.message, result.message


def test_check_model_names_an_own_optimize_returning_another_order():
    def optimize(W, b, X, Y, num_iterations, learning_rate):
        params, grads, costs = core.optimize(W, b, X, Y, num_iterations, learning_rate)
        return params, costs, grads

    fn = _model({"optimize": optimize}, optimize="optimize")
    result = checks.check_model(fn)
    assert result.status == checks.WRONG
    assert "'costs' holds a dict" in result.message and "optimize's check" in result.message


def test_check_model_wrong_accuracy_message_shows_plain_numbers():
    fn = _model(scale="(lambda v: np.float64(v) + 1)")
    result = checks.check_model(fn)
    assert result.status == checks.WRONG
    assert "got 101 and 76" in result.message and "np.float64" not in result.message


def test_check_initialize_weights_message_reads_with_a_comma():
    result = checks.check_initialize_weights(_init(lambda n: np.zeros((2, 1))))
    assert result.message.startswith("For n = 3, W has shape (2, 1)"), result.message


# ----------------------------------------------------------------- the learner's function, apart
# Each class of issue 18, per check: a notebook variable, a changed input, other inputs than
# the notebook's (other shapes, integers), a raw error explained, and a difference the
# check cannot name (input, expected and returned shown). test_lesson_01 has the same table.

from notebookcell import assert_check  # noqa: E402

_OPTIMIZE = """
def optimize(W, b, X, Y, num_iterations, learning_rate):
    costs = []
    for i in range({iterations}):
        grads, cost = core.propagate(W, b, {X}, Y)
        if i % 100 == 0:
            costs.append(cost)
        W = W - learning_rate * grads["dW"]
        b = b - learning_rate * grads["db"]
    return {{"W": W, "b": b}}, grads, costs"""
_MODEL = """
def model(X_train, Y_train, X_test, Y_test, num_iterations, learning_rate):
    W, b = core.initialize_weights({n})
    params, grads, costs = core.optimize(W, b, X_train, Y_train, num_iterations,
                                         learning_rate)
    W, b = params["W"], params["b"]
    P_train, P_test = core.predict(W, b, X_train), core.predict(W, b, X_test)
    return {{"costs": costs, "Y_prediction_train": P_train, "Y_prediction_test": P_test,
            "W": W, "b": b, "learning_rate": learning_rate, "num_iterations": num_iterations,
            "train_accuracy": 100 - np.mean(np.abs(P_train - Y_train)) * 100,
            "test_accuracy": 100 - np.mean(np.abs(P_test - Y_test)) * 100}}"""

APART = [
    (checks.check_initialize_weights, "def initialize_weights(dim):\n"
                                      "    return np.zeros((n, 1)), 0.0", checks.WRONG,
     ["`n` is a variable from another cell"]),
    (checks.check_initialize_weights, "def initialize_weights(n):\n"
                                      "    return np.zeros((n + 1, 1)), 0.0", checks.WRONG,
     ["For n = 3, W has shape (4, 1)", "np.zeros((n, 1))"]),
    (checks.check_initialize_weights, "def initialize_weights(n):\n"
                                      "    return np.empty((n, 1)) * 0, 0.0", checks.WRONG,
     ["uses np.empty"]),
    (checks.check_initialize_weights, "def initialize_weights(n):\n"
                                      "    return np.zeros(1, n), 0.0", checks.WRONG,
     ["passes a shape as two numbers", "np.zeros((n, 1))"]),
    (checks.check_optimize, _OPTIMIZE.format(iterations="num_iterations", X="X_train"),
     checks.WRONG, ["`X_train` is a variable from another cell", "use the parameter X"]),
    (checks.check_optimize, _OPTIMIZE.format(iterations="350", X="X"), checks.WRONG,
     ["not on another: n = 3 features, m = 5 samples, 120 iterations", "Input: W = ",
      "Expected: ", "It returned: ", "num_iterations"]),
    (checks.check_optimize, _OPTIMIZE.format(iterations="num_iterations", X="X").replace(
        'W = W - learning_rate * grads["dW"]', 'W -= learning_rate * grads["dW"]'),
     checks.WRONG, ["changes its argument W in place"]),
    (checks.check_model, _MODEL.format(n="X.shape[0]"), checks.WRONG,
     ["`X` is a variable from another cell", "use the parameter X_train"]),
    (checks.check_model, _MODEL.format(n="2"), checks.WRONG,
     ["fails on another: n = 3 features", "W must have shape (3, 1)"]),
    (checks.check_model, _MODEL.format(n="X_train.shape[0]"), checks.PASSED, []),
]


@pytest.mark.parametrize(("check", "source", "status", "words"), APART,
                         ids=[f"{c.__name__}-{i}" for i, (c, *_) in enumerate(APART)])
def test_checks_run_the_function_apart_from_the_notebook(check, source, status, words):
    assert_check(check, source, status, *words)
