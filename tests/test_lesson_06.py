"""Lesson 06 (training): the viz helpers, the explorers and the optimize self-check."""

import html

import numpy as np
import pytest



import logreg_checks as checks  # noqa: E402
import logreg_core as core  # noqa: E402
import logreg_viz as viz  # noqa: E402




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
    assert lr.value == pytest.approx(0.05)
    assert lr.min == -3 and lr.max == 1 and lr.base == 10     # 1e-3 .. 10
    assert controls["iterations"].value == 2000
    assert controls["data"].value == "toy" and len(controls["data"].options) == 3
    lr.value = 0.5        # moving the slider retrains and updates the readout
    r = core.model(*core.toy_dataset(), 2000, 0.5)
    assert f"final cost {core.cost(r['W'], r['b'], *core.toy_dataset()[:2]):.6f}" in \
        box.children[-1].value


def test_training_figure_panels():
    fig = viz.training_figure("toy", 0.05, 2000)
    cost_ax, map_ax = fig.axes
    assert cost_ax.get_xlabel() == "iteration" and cost_ax.get_ylabel() == "cost J"
    assert len(cost_ax.lines[0].get_ydata()) == 201          # every 10th iteration + final
    assert len(map_ax.images) == 1                             # the heat-map
    assert len(map_ax.collections) >= 5   # boundary contour + 4 scatters (train/test x 2)
    assert "train 100.0 %, test 75.0 %" in map_ax.get_title()
    assert viz.training_figure("breast cancer", 0.05, 100).axes[1].get_xlabel().startswith(
        "mean radius")


def test_divisor_step_divides():
    for n in (1, 100, 700, 2000, 9900, 10000):
        step = viz._divisor_step(n)
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
    a = viz.replay_figure(0, **viz.REPLAY_DEFAULTS).axes[1].collections[0].levels
    b = viz.replay_figure(2000, **viz.REPLAY_DEFAULTS).axes[1].collections[0].levels
    np.testing.assert_array_equal(a, b)


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
    assert "changed the caller's W array in place" in result.message, result.message
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
