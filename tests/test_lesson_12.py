"""Lesson 12 (mini-batches, a million samples, your own data): optimize's batch_size and
rng, the CSV loader, the figures and explorer, the self-checks' tables of right and wrong
answers, and the numbers and solutions the lesson publishes."""

import re

import numpy as np
import pytest

import lessontext
import logreg_checks as checks
import logreg_core as core
import logreg_data as data
import logreg_viz as viz
from logreg_checks import lesson12_mini_batches as checks12
from explorer_views import assert_live_view_is_fresh

NB = "12_mini_batches.ipynb"


# --------------------------------------------------------------------------- the core

def optimize_before(W, b, X, Y, num_iterations, lr, record_every=100, lambd=0.0):
    """optimize's full-batch loop as it was before batch_size existed (frozen copy)."""
    n, m = X.shape
    w = W[:, 0].astype(X.dtype, copy=True)
    y = Y[0].astype(X.dtype)
    half_minus_y = 0.5 - y
    z, dz, dw = np.empty(m, X.dtype), np.empty(m, X.dtype), np.empty(n, X.dtype)
    costs = []
    with np.errstate(under="ignore"):
        for i in range(num_iterations):
            np.dot(w, X, out=z)
            z += b
            np.multiply(z, 0.5, out=dz)
            np.tanh(dz, out=dz)
            dz *= 0.5
            dz += half_minus_y
            np.dot(X, dz, out=dw)
            if i % record_every == 0:
                costs.append(float(np.mean(core._loss(z, y))))
                if lambd:
                    costs[-1] += core._penalty(w, lambd, m)
            dw /= m
            if lambd:
                dw += lambd / m * w
            db = float(np.add.reduce(dz)) / m
            w -= lr * dw
            b -= lr * db
    return w.reshape(n, 1), float(b), dw.reshape(n, 1), db, costs


def _problem(n, m, seed, dtype=float):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, m)).astype(dtype)
    Y = (rng.random((1, m)) < 0.5).astype(int)
    W = rng.normal(size=(n, 1)) * 0.3
    return W, 0.2, X, Y


@pytest.mark.parametrize("n, m, iters, lr, every, lambd, dtype", [
    (2, 8, 50, 0.5, 100, 0.0, float), (3, 40, 37, 0.1, 1, 0.0, float),
    (5, 17, 20, 1.0, 3, 0.7, float), (4, 30, 11, 0.2, 5, 2.0, np.float32),
])
def test_batch_size_none_is_bit_identical_to_full_batch(n, m, iters, lr, every, lambd, dtype):
    W, b, X, Y = _problem(n, m, n * m, dtype)
    want = optimize_before(W, b, X, Y, iters, lr, every, lambd)
    for kwargs in ({}, {"batch_size": None}, {"batch_size": None, "rng": None},
                   {"batch_size": None, "rng": np.random.default_rng(0)}):
        params, grads, costs = core.optimize(W, b, X, Y, iters, lr, record_every=every,
                                             lambd=lambd, **kwargs)
        np.testing.assert_array_equal(params["W"], want[0])
        assert params["b"] == want[1] and grads["db"] == want[3]
        np.testing.assert_array_equal(grads["dW"], want[2])
        assert costs == want[4]
        r = core.model(X, Y, X, Y, iters, lr, record_every=every, lambd=lambd, **kwargs)
        assert r["costs"] == optimize_before(np.zeros((n, 1)), 0.0, X, Y, iters, lr,
                                             every, lambd)[4]


def by_hand(W, b, X, Y, epochs, k, lr, rng, lambd=0.0):
    """Mini-batch epochs with propagate, as the lesson states them; also the batch costs."""
    costs = []
    for _ in range(epochs):
        order = rng.permutation(X.shape[1])
        for start in range(0, X.shape[1], k):
            idx = order[start:start + k]
            grads, J = core.propagate(W, b, X[:, idx], Y[:, idx])
            grads["dW"] = grads["dW"] + lambd / X.shape[1] * W
            costs.append(J + lambd / (2 * X.shape[1]) * float(np.sum(W ** 2)))
            W, b = W - lr * grads["dW"], b - lr * grads["db"]
    return W, b, costs


@pytest.mark.parametrize("n, m, k, epochs, lambd", [
    (2, 10, 3, 2, 0.0), (3, 12, 4, 3, 0.0), (1, 7, 1, 2, 0.5), (4, 9, 9, 4, 1.0),
])
def test_mini_batches_follow_the_stated_rule(n, m, k, epochs, lambd):
    W, b, X, Y = _problem(n, m, 7 * m)
    seen = []
    params, grads, costs = core.optimize(W, b, X, Y, epochs, 0.4, record_every=1,
                                         lambd=lambd, batch_size=k,
                                         rng=np.random.default_rng(3),
                                         callback=lambda i, W, b: seen.append(i))
    W_hand, b_hand, costs_hand = by_hand(W, b, X, Y, epochs, k, 0.4,
                                         np.random.default_rng(3), lambd)
    np.testing.assert_allclose(params["W"], W_hand, rtol=1e-12, atol=1e-14)
    assert params["b"] == pytest.approx(b_hand, rel=1e-12, abs=1e-14)
    np.testing.assert_allclose(costs, costs_hand, rtol=1e-12)
    updates = epochs * -(-m // k)
    assert seen == list(range(updates)) and len(costs) == updates
    assert grads["dW"].shape == (n, 1) and isinstance(grads["db"], float)
    # record_every counts updates across epochs
    every = core.optimize(W, b, X, Y, epochs, 0.4, record_every=2, lambd=lambd,
                          batch_size=k, rng=np.random.default_rng(3))[2]
    assert every == costs[::2]


def test_one_epoch_agrees_with_the_checks_reference_and_the_rng_continues():
    W, b, X, Y = _problem(3, 10, 1)
    rng = np.random.default_rng(5)
    p = core.optimize(W, b, X, Y, 1, 0.7, batch_size=4, rng=rng)[0]
    want = checks.reference_one_epoch(W, b, X, Y, 4, 0.7, np.random.default_rng(5))
    np.testing.assert_allclose(p["W"], want[0], rtol=1e-12)
    again = core.optimize(W, b, X, Y, 1, 0.7, batch_size=4, rng=rng)[0]
    assert not np.allclose(again["W"], p["W"])        # a new order from the same rng
    two = core.optimize(W, b, X, Y, 2, 0.7, batch_size=4, rng=np.random.default_rng(5))[0]
    after = core.optimize(p["W"], p["b"], X, Y, 1, 0.7, batch_size=4,
                          rng=np.random.default_rng(5))[0]
    assert not np.allclose(two["W"], after["W"])      # epoch 2 did not reuse epoch 1's order


def test_batch_size_m_is_one_full_step_up_to_rounding():
    W, b, X, Y = _problem(4, 25, 2)
    full = core.optimize(W, b, X, Y, 3, 0.5)[0]
    mini = core.optimize(W, b, X, Y, 3, 0.5, batch_size=25, rng=np.random.default_rng(0))[0]
    np.testing.assert_allclose(mini["W"], full["W"], rtol=1e-12)


def test_inputs_are_not_modified_and_may_be_read_only():
    W, b, X, Y = _problem(3, 11, 4)
    for a in (W, X, Y):
        a.setflags(write=False)
    copies = [a.copy() for a in (W, X, Y)]
    core.optimize(W, b, X, Y, 2, 0.5, batch_size=3, rng=np.random.default_rng(0))
    for a, c in zip((W, X, Y), copies, strict=False):
        np.testing.assert_array_equal(a, c)


@pytest.mark.parametrize("kwargs, error, words", [
    ({"batch_size": 0}, ValueError, ["batch_size", "between 1 and 6", "got 0", "None"]),
    ({"batch_size": 7}, ValueError, ["batch_size", "between 1 and 6", "got 7"]),
    ({"batch_size": -2}, ValueError, ["batch_size", "got -2"]),
    ({"batch_size": 2.5}, TypeError, ["batch_size", "whole number", "float"]),
    ({"batch_size": True}, TypeError, ["batch_size", "bool"]),
    ({"batch_size": "32"}, TypeError, ["batch_size", "str"]),
    ({"batch_size": 2}, TypeError, ["rng", "Generator", "NoneType", "default_rng"]),
    ({"batch_size": 2, "rng": 0}, TypeError, ["rng", "int", "default_rng"]),
])
def test_bad_batch_size_or_rng_get_a_clear_error(kwargs, error, words):
    W, b, X, Y = _problem(2, 6, 0)
    with pytest.raises(error) as info:
        core.optimize(W, b, X, Y, 1, 0.1, **kwargs)
    for word in words:
        assert word in str(info.value), (word, str(info.value))
    with pytest.raises(error):
        core.model(X, Y, X, Y, 1, 0.1, **kwargs)


# --------------------------------------------------------------------------- the CSV loader

def test_the_course_csv_is_what_the_data_module_makes():
    assert data.COURSE_CSV.read_text(encoding="utf-8") == data.fruit_csv_text()
    X, Y, names = data.load_csv(data.COURSE_CSV, "is_pear")
    assert names == ["weight_g", "height_mm", "width_mm"]
    assert X.shape == (3, 240) and Y.shape == (1, 240) and Y.dtype.kind == "i"
    assert int(Y.sum()) == 100


def test_an_installed_course_without_the_data_folder_still_has_the_csv(tmp_path):
    """pip install (not editable) and Colab install the modules without data/: the data
    module then writes the same file into a temporary folder."""
    import importlib.util
    import shutil

    shutil.copy(data.__file__, tmp_path / "logreg_data.py")
    spec = importlib.util.spec_from_file_location("installed_logreg_data",
                                                  tmp_path / "logreg_data.py")
    installed = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(installed)
    assert installed.COURSE_CSV != data.COURSE_CSV and installed.COURSE_CSV.is_file()
    assert installed.COURSE_CSV.read_text(encoding="utf-8") == data.fruit_csv_text()


def test_load_csv_reads_paths_bytes_quotes_and_a_bom(tmp_path):
    text = '\ufeffa,"label",b\n1.5,1,"2"\n-3,0,4e2\n'
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    for source in (path, str(path), text.encode("utf-8"), memoryview(text.encode())):
        X, Y, names = data.load_csv(source, "label")
        np.testing.assert_array_equal(X, [[1.5, -3], [2, 400]])
        np.testing.assert_array_equal(Y, [[1, 0]])
        assert names == ["a", "b"]


def test_labels_other_than_0_and_1_need_positive():
    text = b"x,kind\n1,pear\n2,apple\n3,pear\n"
    with pytest.raises(ValueError, match="positive="):
        data.load_csv(text, "kind")
    _, Y, _ = data.load_csv(text, "kind", positive="pear")
    np.testing.assert_array_equal(Y, [[1, 0, 1]])
    _, Y, _ = data.load_csv(b"x,y\n1,2\n2,4\n", "y", positive=4)
    np.testing.assert_array_equal(Y, [[0, 1]])
    _, Y, _ = data.load_csv(b"x,y\n1,1.0\n2,0\n", "y")       # 1.0 is the label 1
    np.testing.assert_array_equal(Y, [[1, 0]])
    with pytest.raises(ValueError, match="not a label"):
        data.load_csv(text, "kind", positive="plum")


BAD_FILES = [   # (contents, label, words the one sentence must hold)
    (b"", "y", ["empty", "header row"]),
    (b"x,y\n", "y", ["only a header row"]),
    (b"x,y\n1,0\nheavy,1\n", "y", ["row 3", "'x'", "'heavy' is not a number", "Fix"]),
    (b"x,y\n1,0\n,1\n", "y", ["row 3", "'x'", "missing", "Fill it in"]),
    (b"x,y\n1,0\nNA,1\n", "y", ["row 3", "missing"]),
    (b"x,y\n1,0\nnan,1\n", "y", ["row 3", "missing"]),
    (b"x,y\n1,0\n2,\n", "y", ["row 3", "'y'", "label is missing"]),
    (b"x,y\n1,0\n2,1\n3,2\n", "y", ["'y'", "3 different labels", "two classes"]),
    (b"x,y\n1,1\n2,1\n", "y", ["only one class", "add rows of the other class"]),
    (b"x,y\n1,0\n2,1,5\n", "y", ["row 3", "3 cells", "header has 2"]),
    (b"x,y\n1,0\n", "z", ["no column 'z'", "'x', 'y'"]),
    (b"y\n1\n0\n", "y", ["only the label column"]),
    (b"\xff\xfex", "y", ["not a UTF-8 text file"]),
]


@pytest.mark.parametrize("contents, label, words", BAD_FILES)
def test_each_bad_file_gets_one_clear_sentence(contents, label, words):
    with pytest.raises(ValueError) as info:
        data.load_csv(contents, label)
    message = str(info.value)
    for word in words:
        assert word in message, (word, message)
    assert message.count(". ") <= 2, message


def test_bad_sources():
    with pytest.raises(FileNotFoundError, match="no file at"):
        data.load_csv("no_such_file.csv", "y")
    with pytest.raises(TypeError, match="source must be"):
        data.load_csv(3, "y")


def test_uploaded_file_reads_ipywidgets_7_and_8_values():
    assert viz.uploaded_file(()) is None and viz.uploaded_file({}) is None
    v8 = ({"name": "a.csv", "type": "text/csv", "size": 4, "content": memoryview(b"x,y\n")},)
    v7 = {"a.csv": {"metadata": {"name": "a.csv"}, "content": b"x,y\n"}}
    assert viz.uploaded_file(v8) == ("a.csv", b"x,y\n") == viz.uploaded_file(v7)


def test_the_upload_button_says_what_it_is_where_widgets_do_not_run():
    """The stored page shows the button's own text, not the explorers' "figure above"."""
    from execute_notebooks import OWN_TEXT_TITLES

    button = viz.upload_button()
    assert button.accept == ".csv" and not button.multiple
    text = button._repr_mimebundle_()["text/plain"]
    assert text.startswith(viz.UPLOAD_TITLE) and viz.UPLOAD_TITLE in OWN_TEXT_TITLES
    stored = [o["data"]["text/plain"] for c in lessontext.load(NB)["cells"]
              for o in c.get("outputs", []) if "viz.upload_button()" in "".join(c["source"])]
    assert stored and "".join(stored[0]) == text


# --------------------------------------------------------------------------- the figures

def test_batch_runs_record_every_update_and_each_epoch():
    for k in viz.BATCH_SIZES:
        r = viz.batch_run(k, 0.5)
        updates = viz.BATCH_EPOCHS * -(-300 // k)
        assert r["path"].shape == (updates + 1, 3) and len(r["batch_cost"]) == updates
        assert len(r["epoch_cost"]) == viz.BATCH_EPOCHS + 1
        X, Y = viz.batch_data()
        W = r["path"][-1, :2].reshape(2, 1)
        assert core.cost(W, r["path"][-1, 2], X, Y) == pytest.approx(r["epoch_cost"][-1])
        with pytest.raises(ValueError):
            r["path"][0, 0] = 1.0


def test_the_lesson_story_noise_shrinks_as_the_batch_grows():
    def zigzag(k):   # path length over the last 5 epochs / the distance it covered
        path = viz.batch_run(k, 0.5)["path"][:, :2]
        last = path[-5 * ((len(path) - 1) // viz.BATCH_EPOCHS) - 1:]
        length = np.linalg.norm(np.diff(last, axis=0), axis=1).sum()
        return length / np.linalg.norm(last[-1] - last[0])

    z = [zigzag(k) for k in viz.BATCH_SIZES]
    assert all(a > b for a, b in zip(z, z[1:], strict=False)), z
    assert z[-1] == pytest.approx(1.0, abs=1e-4)                 # full batch: straight
    full, mini = viz.batch_run(300, 0.5), viz.batch_run(30, 0.5)
    assert mini["epoch_cost"][-1] < full["epoch_cost"][-1]       # 20 steps do not reach it


def test_explorer_updates_in_place_and_matches_the_static_twin():
    box = viz.minibatch_explorer()
    fig = box.update(batch_size=1, learning_rate=2.0)
    fig = box.update(batch_size=10, learning_rate=0.5)
    twin = viz.minibatch_figure(10, 0.5)
    for a, b in zip(fig.axes[:2], twin.axes[:2], strict=False):
        for la, lb in zip(a.lines, b.lines, strict=False):
            np.testing.assert_array_equal(la.get_xydata(), lb.get_xydata())
        assert a.get_title() == b.get_title()
    assert "after 20 epochs: cost" in box.children[2].value


def test_optimizer_pictures():
    import matplotlib.pyplot as plt

    X, Y = viz.stretched_blobs()
    for kind in ("momentum", "adam"):
        fig = viz.optimizer_figure(kind)
        assert len(fig.axes[0].lines) == 2
        plt.close(fig)
    with pytest.raises(ValueError, match="kind"):
        viz.optimizer_figure("nesterov")
    # both get lower than plain gradient descent in 60 steps on the valley
    from logreg_viz.lesson12_mini_batches import _descent_path
    lr = 0.9 * core.max_stable_learning_rate(X)

    def final_cost(path):
        return core.cost(path[-1].reshape(2, 1), 0.0, X, Y)

    plain_path = _descent_path(X, Y, 60, lr, lambda t, g: g)
    plain = final_cost(plain_path)
    momentum = _descent_path(X, Y, 60, lr, viz.momentum_direction())
    assert final_cost(momentum) < plain
    # "overshoots and swings but travels much further along the valley"
    assert momentum[:, 0].max() > 1.5 * plain_path[:, 0].max()
    assert momentum[-1, 0] > plain_path[-1, 0] + 0.2
    assert -0.2 < momentum[:, 1].min() and momentum[:, 1].max() < 0.8     # inside the map
    assert final_cost(_descent_path(X, Y, 60, 0.1, viz.adam_direction())) < plain


# --------------------------------------------------------------------------- the self-checks

def _epoch(W, b, X, Y, k, lr, rng, *, order=None, stop=None, divide=None, stale=False):
    m = X.shape[1]
    order = rng.permutation(m) if order is None else order(m, rng)
    W0, b0 = W, b
    for start in range(0, m if stop is None else stop(m, k), k):
        idx = order[start:start + k]
        grads, _ = core.propagate(*((W0, b0) if stale else (W, b)), X[:, idx], Y[:, idx])
        scale = len(idx) / (divide(m) if divide else len(idx))
        W, b = W - lr * grads["dW"] * scale, b - lr * grads["db"] * scale
    return W, b


def epoch_right(W, b, X, Y, batch_size, learning_rate, rng):
    return _epoch(W, b, X, Y, batch_size, learning_rate, rng)


def epoch_right_loop(W, b, X, Y, batch_size, learning_rate, rng):
    m = X.shape[1]
    order = rng.permutation(m)
    W, b = W.copy(), float(b)
    for start in range(0, m, batch_size):
        idx = order[start:start + batch_size]
        A = 1 / (1 + np.exp(-(W.T @ X[:, idx] + b)))
        dZ = A - Y[:, idx]
        W = W - learning_rate * X[:, idx] @ dZ.T / idx.size
        b = b - learning_rate * dZ.mean()
    return W, b


def epoch_right_list(W, b, X, Y, batch_size, learning_rate, rng):
    W, b = epoch_right(W, b, X, Y, batch_size, learning_rate, rng)
    return [W, np.float64(b)]


RIGHT = [epoch_right, epoch_right_loop, epoch_right_list]

WRONG_EPOCHS = {   # name -> (function, words the message must hold)
    "no shuffle": (lambda W, b, X, Y, k, lr, rng: _epoch(
        W, b, X, Y, k, lr, rng, order=lambda m, r: np.arange(m)), "stored order"),
    "drop last": (lambda W, b, X, Y, k, lr, rng: _epoch(
        W, b, X, Y, k, lr, rng, stop=lambda m, k: m - m % k), "last, shorter batch"),
    "divide by m": (lambda W, b, X, Y, k, lr, rng: _epoch(
        W, b, X, Y, k, lr, rng, divide=lambda m: m), "divide by m"),
    "stale": (lambda W, b, X, Y, k, lr, rng: _epoch(
        W, b, X, Y, k, lr, rng, stale=True), "starting W and b"),
    "own generator": (lambda W, b, X, Y, k, lr, rng: _epoch(
        W, b, X, Y, k, lr, rng, order=lambda m, r: np.random.default_rng(0).permutation(m)),
        None),
    "in place": (None, "read-only"),
    "none": (lambda W, b, X, Y, k, lr, rng: None, "return"),
    "one value": (lambda W, b, X, Y, k, lr, rng: epoch_right(W, b, X, Y, k, lr, rng)[0],
                  "two values"),
    "transposed W": (lambda W, b, X, Y, k, lr, rng: (
        epoch_right(W, b, X, Y, k, lr, rng)[0].T, 0.0), "shape"),
    "no update": (lambda W, b, X, Y, k, lr, rng: (W, b), "expected W"),
    "raises": (lambda W, b, X, Y, k, lr, rng: X[5, 0], "IndexError"),
}


def _in_place(W, b, X, Y, batch_size, learning_rate, rng):
    order = rng.permutation(X.shape[1])
    for start in range(0, X.shape[1], batch_size):
        idx = order[start:start + batch_size]
        grads, _ = core.propagate(W, b, X[:, idx], Y[:, idx])
        W -= learning_rate * grads["dW"]
        b -= learning_rate * grads["db"]
    return W, b


@pytest.mark.parametrize("fn", RIGHT, ids=lambda f: f.__name__)
def test_right_epochs_pass(fn):
    result = checks.check_one_epoch(fn)
    assert result.passed, result.message


@pytest.mark.parametrize("name", list(WRONG_EPOCHS))
def test_wrong_epochs_are_named(name, monkeypatch):
    fn, words = WRONG_EPOCHS[name]
    if name == "in place":
        fn = _in_place
        # read-only arrays as the hardened call_learner hands them on
        original = checks12.call_learner

        def read_only_call(f, *args):
            args = [a.copy() if isinstance(a, np.ndarray) else a for a in args]
            for a in args:
                if isinstance(a, np.ndarray):
                    a.setflags(write=False)
            return original(lambda *a: f(*args), *args)

        monkeypatch.setattr(checks12, "call_learner", read_only_call)
    result = checks.check_one_epoch(fn)
    assert result.status == "wrong", result.message
    if name == "own generator":
        assert "same W both times" in result.message or "expected W" in result.message
    else:
        assert words in result.message, result.message
    assert result.message.rstrip().endswith((".", ")")), result.message


def test_the_epoch_cases_tell_every_named_mistake_apart():
    for W, _b, X, _Y, _k, _lr in checks12._epoch_cases():
        assert not W.flags.writeable and not X.flags.writeable
    ws = {}
    W, b, X, Y, k, lr = checks12._epoch_cases()[0]
    for mistake in (None, *checks12._EPOCH_MISTAKES):
        ws[mistake] = checks.reference_one_epoch(W, b, X, Y, k, lr,
                                                 np.random.default_rng(1), mistake=mistake)[0]
    values = list(ws.values())
    for i in range(len(values)):
        for j in range(i + 1, len(values)):
            assert not np.allclose(values[i], values[j])


def test_stub_is_not_attempted():
    def one_epoch(W, b, X, Y, batch_size, learning_rate, rng):
        raise NotImplementedError

    assert checks.check_one_epoch(one_epoch).status == "not attempted"

    def csv_to_xy(path, label):
        raise NotImplementedError

    assert checks.check_csv_to_xy(csv_to_xy).status == "not attempted"


def csv_right(path, label):
    with open(path, encoding="utf-8") as f:
        header = f.readline().strip().split(",")
    table = np.loadtxt(path, delimiter=",", skiprows=1, ndmin=2)
    j = header.index(label)
    return np.delete(table, j, axis=1).T, table[:, j].reshape(1, -1)


def csv_right_module(path, label):
    import csv

    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    j = rows[0].index(label)
    table = np.array(rows[1:], dtype=float)
    X = np.array([[r[c] for c in range(table.shape[1]) if c != j] for r in table]).T
    return X, table[:, j].astype(int).reshape(1, -1)


def csv_right_loader(path, label):
    return data.load_csv(path, label)[:2]


WRONG_CSV = {
    "transposed X": (lambda p, label: (csv_right(p, label)[0].T, csv_right(p, label)[1]),
                     "one sample per row"),
    "label kept in X": (lambda p, label: (np.loadtxt(p, delimiter=",", skiprows=1,
                                                     ndmin=2).T, csv_right(p, label)[1]),
                        "label column is still in X"),
    "flat Y": (lambda p, label: (csv_right(p, label)[0], csv_right(p, label)[1].ravel()),
               "reshape(1, -1)"),
    "last column": (lambda p, label: (
        np.loadtxt(p, delimiter=",", skiprows=1, ndmin=2)[:, :-1].T,
        np.loadtxt(p, delimiter=",", skiprows=1, ndmin=2)[:, -1].reshape(1, -1)),
        "by its name"),
    "header as data": (lambda p, label: np.genfromtxt(p, delimiter=",").T, "two values"),
    "reversed X rows": (lambda p, label: (csv_right(p, label)[0][::-1],
                                          csv_right(p, label)[1]), "file's order"),
    "none": (lambda p, label: None, "return"),
}


@pytest.mark.parametrize("fn", [csv_right, csv_right_module, csv_right_loader],
                         ids=lambda f: f.__name__)
def test_right_csv_readers_pass(fn):
    result = checks.check_csv_to_xy(fn)
    assert result.passed, result.message


@pytest.mark.parametrize("name", list(WRONG_CSV))
def test_wrong_csv_readers_are_named(name):
    fn, words = WRONG_CSV[name]
    result = checks.check_csv_to_xy(fn)
    assert result.status == "wrong" and words in result.message, result.message


# --------------------------------------------------------------------------- the lesson

@pytest.fixture(scope="module")
def nb():
    return lessontext.load(NB)


def test_your_turn_solutions_pass_their_checks(nb):
    namespace = {"np": np, "core": core}
    your_turn = "\n".join(lessontext.markdown(nb)).split("## Exercises")[0]
    code = [lessontext.python_blocks(body) for summary, body in lessontext.details(your_turn)
            if summary == "Solution"]
    assert len(code) == 2
    for block in code:
        lessontext.run_printing(block, namespace)
    assert checks.check_one_epoch(namespace["one_epoch"]).passed
    assert checks.check_csv_to_xy(namespace["csv_to_xy"]).passed


@pytest.fixture(scope="module")
def fruit():
    """What section 7 leaves: the split, standardised, and core.model's result."""
    X, Y, _ = data.load_csv(data.COURSE_CSV, "is_pear")
    order = np.random.default_rng(12).permutation(X.shape[1])
    train, test = order[:180], order[180:]
    X_tr_s, mu, sd = core.standardize(X[:, train])
    X_te_s, _, _ = core.standardize(X[:, test], mu, sd)
    result = core.model(X_tr_s, Y[:, train], X_te_s, Y[:, test], 30, 0.1, batch_size=16,
                        rng=np.random.default_rng(12))
    return {"np": np, "core": core, "viz": viz, "X_tr_s": X_tr_s, "Y_tr": Y[:, train],
            "X_te_s": X_te_s, "Y_te": Y[:, test], "result": result, "X_te": X[:, test],
            "mu": mu, "sd": sd}


def test_exercise_1_the_smaller_rate_ends_lower(nb):
    body = lessontext.exercise_solutions(nb)[1]
    printed = lessontext.assert_solution_prints_what_it_states(1, body, {"viz": viz})
    costs = [float(c) for c in re.findall(r"cost ([\d.]+)", printed)]
    assert costs[0] < costs[1]


def test_exercise_2_one_epoch_loop_is_core_model(nb, fruit):
    body = lessontext.exercise_solutions(nb)[2]
    printed = lessontext.assert_solution_prints_what_it_states(2, body, dict(fruit))
    mine, theirs = re.findall(r"([\d.]+) %", printed)
    assert mine == theirs


def test_the_leak_story(fruit):
    pears = fruit["X_te"][:, fruit["Y_te"][0] == 1]
    W, b = fruit["result"]["W"], fruit["result"]["b"]
    right = core.predict(W, b, core.standardize(pears, fruit["mu"], fruit["sd"])[0]).mean()
    leaky = core.predict(W, b, core.standardize(pears)[0]).mean()
    assert right > 0.9 and leaky < 0.6                        # "many look like apples"
    assert fruit["result"]["test_accuracy"] > 90


def test_the_million_sample_story(nb):
    """One pass each: full batch is far behind in cost; the mini-batch runs are near the
    bottom; the accuracies hardly differ (the notebook's printed numbers)."""
    out = lessontext.output_text(nb)
    costs = {k: float(v) for k, v in re.findall(r"(full batch|batch size \d+) *(?:\(1 step\))?"
                                                r" *: test cost ([\d.]+)", out)}
    accs = [float(a) for a in re.findall(r"test cost [\d.]+, test accuracy ([\d.]+) %", out)]
    assert set(costs) == {"full batch", "batch size 4096", "batch size 256"}
    assert costs["full batch"] > 1.5 * max(costs["batch size 4096"], costs["batch size 256"])
    assert max(accs) - min(accs) < 2


def test_the_decay_and_batch_size_numbers_printed_are_computed_here(nb):
    out = lessontext.output_text(nb)
    for size in (300, 30, 1):
        assert f"after 20 epochs {viz.batch_run(size, 0.5)['epoch_cost'][-1]:.4f}" in out
    constant, decaying = (float(x) for x in re.findall(
        r"(?:constant|decaying) learning rate: cost after 20 epochs ([\d.]+)", out))
    assert decaying < constant


def test_the_live_picture_is_the_picture_of_a_new_figure():
    """Pixel for pixel: the explorer redraws only its moving artists on a kept picture."""
    values = [dict(batch_size=k, learning_rate=r)
              for k, r in ((30, 0.5), (1, 0.5), (300, 0.5), (10, 0.5), (30, 0.5))]
    assert_live_view_is_fresh(viz.minibatch_explorer(), viz.minibatch_figure,
                              viz.minibatch_readout, values)
