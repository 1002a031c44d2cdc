"""Unit, property and reference tests for logreg_core."""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

import logreg_core as core

ROOT = Path(__file__).resolve().parents[1]


# ----------------------------------------------------------------- independent references

def naive_cost(W, b, X, Y):
    """The textbook formula, fine away from saturation: an independent reference."""
    A = 1 / (1 + np.exp(-(W.T @ X + b)))
    return float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))


def loop_gradients(W, b, X, Y):
    """Per-sample chain rule with Python loops, to cross-check the vectorised version."""
    n, m = X.shape
    dW, db = np.zeros((n, 1)), 0.0
    for i in range(m):
        z = sum(W[j, 0] * X[j, i] for j in range(n)) + b
        a = 1 / (1 + np.exp(-z))
        dz = a - Y[0, i]
        for j in range(n):
            dW[j, 0] += X[j, i] * dz / m
        db += dz / m
    return dW, db


# ----------------------------------------------------------------- sigmoid

def test_sigmoid_values():
    z = np.array([-2.0, 0.0, 3.0])
    np.testing.assert_allclose(core.sigmoid(z), 1 / (1 + np.exp(-z)), rtol=1e-15)
    assert core.sigmoid(0.0) == 0.5


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("z", [40.0, -40.0, 800.0, -800.0, 1e6, -1e6, 88.0, -103.0])
def test_sigmoid_extremes_exact_and_silent(dtype, z):
    # warnings are errors in this suite, so an overflow warning fails the test
    s = core.sigmoid(np.array([z], dtype=dtype))
    assert s.dtype == dtype
    exact = 1 / (1 + np.exp(-np.float64(z))) if z > -700 else 0.0
    if z < 0 and z > -700:
        exact = np.exp(np.float64(z)) / (1 + np.exp(np.float64(z)))
    # the result is the exact value rounded to the dtype
    assert s[0] == dtype(exact)


def test_sigmoid_tiny_values_are_not_flushed_to_zero():
    # exp(-740) is a subnormal float64; the naive 1/(1+exp(740)) gives 0 and a warning
    assert core.sigmoid(-740.0) > 0
    assert core.sigmoid(-740.0) == np.exp(-740.0)


def test_sigmoid_keeps_shape_and_does_not_modify_input():
    z = np.linspace(-5, 5, 12).reshape(3, 4)
    before = z.copy()
    assert core.sigmoid(z).shape == (3, 4)
    np.testing.assert_array_equal(z, before)


def test_sigmoid_derivative_max_quarter_at_zero():
    z = np.linspace(-10, 10, 2001)
    d = core.sigmoid_derivative(z)
    assert d.max() == 0.25 and z[np.argmax(d)] == 0.0
    num = (core.sigmoid(z + 1e-6) - core.sigmoid(z - 1e-6)) / 2e-6
    np.testing.assert_allclose(d, num, atol=1e-9)


@given(arrays(np.float64, st.integers(1, 20),
              elements=st.floats(-1e4, 1e4, allow_nan=False)))
def test_sigmoid_symmetry(z):
    np.testing.assert_allclose(core.sigmoid(-z), 1 - core.sigmoid(z), atol=1e-15)


# ----------------------------------------------------------------- loss and cost

def test_loss_at_saturation():
    # y = 0, z = 40: the naive formula gives log(1 - 1.0) = -inf, so a loss of inf
    assert core.logistic_loss(40.0, 0.0) == 40.0
    # y = 1, z = 40: exact value is log(1 + e^-40) = 4.248e-18 (naive: 0 * log 0 = nan)
    assert core.logistic_loss(40.0, 1.0) == pytest.approx(np.exp(-40.0), rel=1e-12)
    with np.errstate(divide="ignore", invalid="ignore"):
        a = 1 / (1 + np.exp(-40.0))
        assert np.isinf(-np.log(1 - a)) and np.isnan(-(1 - 1) * np.log(1 - a))


def test_loss_matches_naive_formula_away_from_saturation():
    rng = np.random.default_rng(0)
    z = rng.uniform(-10, 10, 100)
    y = rng.integers(0, 2, 100).astype(float)
    a = 1 / (1 + np.exp(-z))
    # the naive side loses a few digits to cancellation in 1 - a, hence 1e-10
    np.testing.assert_allclose(core.logistic_loss(z, y),
                               -y * np.log(a) - (1 - y) * np.log(1 - a), rtol=1e-10)


@given(arrays(np.float64, st.integers(1, 30), elements=st.floats(-1e6, 1e6)),
       st.integers(0, 2**32 - 1))
def test_loss_never_negative(z, seed):
    y = np.random.default_rng(seed).integers(0, 2, z.shape)
    assert np.all(core.logistic_loss(z, y) >= 0)


def test_cost_matches_sklearn_log_loss():
    from sklearn.metrics import log_loss
    rng = np.random.default_rng(1)
    X = rng.normal(size=(3, 50))
    Y = rng.integers(0, 2, (1, 50))
    W = rng.normal(size=(3, 1))
    b = 0.3
    p = core.predict_proba(W, b, X).ravel()
    assert core.cost(W, b, X, Y) == pytest.approx(log_loss(Y.ravel(), p), rel=1e-12)


# ----------------------------------------------------------------- propagate

def test_initialize_weights():
    W, b = core.initialize_weights(3)
    assert W.shape == (3, 1) and W.dtype == np.float64 and not W.any()
    assert b == 0.0 and isinstance(b, float)


def test_propagate_zero_init_on_toy_data():
    X, Y, _, _ = core.toy_dataset()
    grads, cost = core.propagate(*core.initialize_weights(2), X, Y)
    assert cost == pytest.approx(np.log(2), rel=1e-15)        # every a = 0.5
    dZ = 0.5 - Y
    np.testing.assert_allclose(grads["dW"], X @ dZ.T / 8, rtol=1e-15)
    assert grads["db"] == pytest.approx(np.mean(dZ)) and isinstance(grads["db"], float)


def test_propagate_matches_loop_and_naive_cost():
    rng = np.random.default_rng(2)
    X = rng.normal(size=(4, 13))
    Y = rng.integers(0, 2, (1, 13))
    W = rng.normal(size=(4, 1))
    grads, cost = core.propagate(W, -0.7, X, Y)
    dW, db = loop_gradients(W, -0.7, X, Y)
    np.testing.assert_allclose(grads["dW"], dW, rtol=1e-12)
    assert grads["db"] == pytest.approx(db, rel=1e-12)
    assert cost == pytest.approx(naive_cost(W, -0.7, X, Y), rel=1e-12)


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 5), st.integers(1, 12), st.integers(0, 2**32 - 1),
       st.floats(0.1, 3.0))
def test_gradient_equals_finite_differences(n, m, seed, scale):
    rng = np.random.default_rng(seed)
    X = rng.normal(scale=scale, size=(n, m))
    Y = rng.integers(0, 2, (1, m))
    W = rng.normal(scale=scale, size=(n, 1))
    b = float(rng.normal())
    grads, _ = core.propagate(W, b, X, Y)
    g = np.append(grads["dW"], grads["db"])
    # relative error is meaningless at a stationary point: there both sides are ~0
    assume(np.linalg.norm(g) > 1e-3)
    assert core.gradient_check(W, b, X, Y) < 1e-7


def test_gradient_check_flags_a_wrong_gradient():
    X, Y, _, _ = core.toy_dataset()
    W, b = np.array([[1.0], [-0.5]]), 0.2
    grads, _ = core.propagate(W, b, X, Y)
    assert core.gradient_check(W, b, X, Y) < 1e-9
    wrong = {"dW": grads["dW"] * 2, "db": grads["db"]}
    assert core.gradient_check(W, b, X, Y, grads=wrong) > 1e-2


def test_numerical_gradient_is_centered_and_restores_theta():
    theta = np.array([1.0, -2.0, 0.5])
    before = theta.copy()
    g = core.numerical_gradient(lambda t: float(np.sum(t**3)), theta, h=1e-3)
    # centered differences of t^3 are exact up to h^2: 3t^2 + h^2
    np.testing.assert_allclose(g, 3 * theta**2 + 1e-6, rtol=1e-9)
    np.testing.assert_array_equal(theta, before)


def test_relative_error():
    assert core.relative_error([0, 0], [0, 0]) == 0.0
    assert core.relative_error([1, 0], [1, 0]) == 0.0
    assert core.relative_error([1.0], [-1.0]) == 1.0


# ----------------------------------------------------------------- optimize, predict, model

def test_optimize_records_every_100_and_returns_last_gradients():
    X, Y, _, _ = core.toy_dataset()
    W, b = core.initialize_weights(2)
    params, grads, costs = core.optimize(W, b, X, Y, 250, 0.05)
    assert len(costs) == 3
    assert costs[0] == pytest.approx(np.log(2), rel=1e-15)
    # the recorded cost 200 is the cost before update 200: retrain 200 steps to check it
    p200, _, _ = core.optimize(W, b, X, Y, 200, 0.05)
    assert costs[2] == pytest.approx(core.cost(p200["W"], p200["b"], X, Y), rel=1e-12)
    # the last gradients are those of the parameters before the 250th update
    p249, _, _ = core.optimize(W, b, X, Y, 249, 0.05)
    last, _ = core.propagate(p249["W"], p249["b"], X, Y)
    np.testing.assert_allclose(grads["dW"], last["dW"], rtol=1e-12)
    assert grads["db"] == pytest.approx(last["db"], rel=1e-12)
    assert not W.any() and b == 0.0                          # inputs untouched


def test_optimize_matches_plain_loop_of_propagate():
    X, Y, _, _ = core.toy_dataset()
    W, b = np.array([[0.3], [-0.2]]), 0.1
    params, _, costs = core.optimize(W, b, X, Y, 30, 0.4, record_every=10)
    Wr, br, ref_costs = W.copy(), b, []
    for i in range(30):
        g, c = core.propagate(Wr, br, X, Y)
        if i % 10 == 0:
            ref_costs.append(c)
        Wr, br = Wr - 0.4 * g["dW"], br - 0.4 * g["db"]
    np.testing.assert_allclose(params["W"], Wr, rtol=1e-12)
    assert params["b"] == pytest.approx(br, rel=1e-12)
    np.testing.assert_allclose(costs, ref_costs, rtol=1e-12)


def test_optimize_callback_and_zero_iterations():
    X, Y, _, _ = core.toy_dataset()
    seen = []
    core.optimize(np.zeros((2, 1)), 0.0, X, Y, 5, 0.1,
                  callback=lambda i, W, b: seen.append((i, W, b)))
    assert [s[0] for s in seen] == [0, 1, 2, 3, 4]
    assert not seen[0][1].any() and seen[1][2] != 0.0
    params, grads, costs = core.optimize(np.ones((2, 1)), 0.5, X, Y, 0, 0.1)
    assert costs == [] and params["b"] == 0.5 and grads["dW"].shape == (2, 1)


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 4), st.integers(2, 40), st.integers(0, 2**32 - 1))
def test_small_learning_rate_never_increases_cost(n, m, seed):
    rng = np.random.default_rng(seed)
    X = rng.normal(scale=2.0, size=(n, m))
    Y = rng.integers(0, 2, (1, m))
    lr = 0.9 * core.max_stable_learning_rate(X)
    _, _, costs = core.optimize(np.zeros((n, 1)), 0.0, X, Y, 60, lr, record_every=1)
    assert np.all(np.diff(costs) <= 1e-12)


def test_predict_threshold_and_dtype():
    X = np.array([[-1.0, 0.0, 1.0]])
    pred = core.predict(np.array([[1.0]]), 0.0, X)
    np.testing.assert_array_equal(pred, [[0, 0, 1]])          # 0.5 itself is class 0
    assert pred.shape == (1, 3) and np.issubdtype(pred.dtype, np.integer)


def test_model_reproduces_the_source_post():
    result = core.model(*core.toy_dataset(), num_iterations=2000, learning_rate=0.05)
    assert set(result) == {"costs", "Y_prediction_train", "Y_prediction_test", "W", "b",
                           "learning_rate", "num_iterations", "train_accuracy",
                           "test_accuracy"}
    assert len(result["costs"]) == 20
    assert f"{result['costs'][0]:.6f}" == "0.693147"
    X, Y, _, _ = core.toy_dataset()
    assert f"{core.cost(result['W'], result['b'], X, Y):.6f}" == "0.319348"
    assert result["train_accuracy"] == 100.0 and result["test_accuracy"] == 75.0


def test_script_prints_the_run():
    out = subprocess.run([sys.executable, "-W", "error", str(ROOT / "logreg_core.py")],
                         capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()
    assert lines[0] == "Cost after iteration 0: 0.693147"
    assert "Cost after iteration 2000: 0.319348" in lines
    assert "Train accuracy: 100.00 %" in lines and "Test accuracy: 75.00 %" in lines


# ----------------------------------------------------------------- references against sklearn

def test_long_gradient_descent_reaches_sklearn_unpenalised_minimum():
    from sklearn.datasets import load_digits
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import log_loss
    digits = load_digits()
    Xs, _, _ = core.standardize(digits.data.T)
    Y = (digits.target % 2).reshape(1, -1)
    # digits parity is not linearly separable, so the unpenalised minimum is finite
    clf = LogisticRegression(C=np.inf, max_iter=20000, tol=1e-10).fit(Xs.T, Y.ravel())
    ref = log_loss(Y.ravel(), clf.predict_proba(Xs.T)[:, 1])
    lr = core.max_stable_learning_rate(Xs)
    W, b = core.initialize_weights(Xs.shape[0])
    params, _, _ = core.optimize(W, b, Xs, Y, 20000, lr, record_every=20000)
    ours = core.cost(params["W"], params["b"], Xs, Y)
    assert ours == pytest.approx(ref, abs=1e-4)


def test_max_stable_learning_rate_is_the_hessian_bound():
    rng = np.random.default_rng(3)
    X = rng.normal(size=(3, 20))
    Xb = np.vstack([X, np.ones((1, 20))])
    L = np.linalg.norm(Xb @ Xb.T, 2) / (4 * 20)
    assert core.max_stable_learning_rate(X) == pytest.approx(2 / L, rel=1e-12)


# ----------------------------------------------------------------- data helpers

def test_toy_dataset_is_the_source_post_and_fresh():
    X_train, Y_train, X_test, Y_test = core.toy_dataset()
    assert X_train.shape == (2, 8) and Y_train.tolist() == [[0, 0, 0, 1, 1, 0, 0, 1]]
    assert X_test[:, 1].tolist() == [0.8, 0.7] and Y_test.tolist() == [[0, 1, 0, 1]]
    X_train[0, 0] = 99
    assert core.toy_dataset()[0][0, 0] == 0.1


def test_make_blobs_is_deterministic_per_rng():
    X1, Y1 = core.make_blobs(50, np.random.default_rng(7))
    X2, _ = core.make_blobs(50, np.random.default_rng(7))
    X3, _ = core.make_blobs(50, np.random.default_rng(8))
    np.testing.assert_array_equal(X1, X2)
    assert not np.array_equal(X1, X3)
    assert X1.shape == (2, 50) and Y1.shape == (1, 50) and Y1.sum() == 25
    # class 1 sits along +(1, 1): its mean projection is larger
    assert (X1[:, Y1[0] == 1].sum(0)).mean() > (X1[:, Y1[0] == 0].sum(0)).mean()


def test_standardize_fit_then_apply():
    rng = np.random.default_rng(4)
    X = rng.normal(5, 3, size=(2, 100))
    X[1] = 7.0                                                # a constant feature
    Xs, mu, sd = core.standardize(X)
    np.testing.assert_allclose(Xs[0].mean(), 0, atol=1e-12)
    np.testing.assert_allclose(Xs[0].std(), 1, rtol=1e-12)
    assert not Xs[1].any() and sd[1, 0] == 1.0
    Xt, _, _ = core.standardize(X[:, :5], mu, sd)
    np.testing.assert_allclose(Xt, Xs[:, :5])


# ----------------------------------------------------------------- bad input

X2 = np.array([[0.1, 0.2, 0.3], [1.0, 1.1, 1.2]])
Y2 = np.array([[0, 1, 1]])
W2 = np.zeros((2, 1))
with_nan = X2.copy()
with_nan[0, 1] = np.nan
with_inf = X2.copy()
with_inf[1, 2] = np.inf

BAD = [
    # (call, exception, words the message must contain)
    ("X 1-D", lambda: core.propagate(W2, 0.0, X2[0], Y2), ValueError,
     ["X", "2-D", "(3,)", "reshape(1, -1)"]),
    ("X 3-D", lambda: core.propagate(W2, 0.0, X2[None], Y2), ValueError,
     ["X", "3-D", "(1, 2, 3)"]),
    ("sample counts", lambda: core.propagate(W2, 0.0, X2, np.array([[0, 1]])), ValueError,
     ["Y", "(1, 3)", "3 samples", "(1, 2)"]),
    ("Y (m,)", lambda: core.propagate(W2, 0.0, X2, Y2.ravel()), ValueError,
     ["Y", "(1, 3)", "(3,)", "Y.reshape(1, -1)"]),
    ("Y (m, 1)", lambda: core.propagate(W2, 0.0, X2, Y2.T), ValueError,
     ["Y", "(1, 3)", "(3, 1)", "Y.reshape(1, -1)"]),
    ("W row", lambda: core.propagate(W2.T, 0.0, X2, Y2), ValueError,
     ["W", "(2, 1)", "(1, 2)", "W.reshape(-1, 1)"]),
    ("W size", lambda: core.predict(np.zeros((3, 1)), 0.0, X2), ValueError,
     ["W", "(2, 1)", "(3, 1)"]),
    ("NaN in X", lambda: core.propagate(W2, 0.0, with_nan, Y2), ValueError,
     ["X", "NaN or inf", "1 of 6"]),
    ("inf in X", lambda: core.optimize(W2, 0.0, with_inf, Y2, 10, 0.1), ValueError,
     ["X", "NaN or inf"]),
    ("NaN in W", lambda: core.propagate(np.array([[np.nan], [0]]), 0.0, X2, Y2), ValueError,
     ["W", "NaN or inf"]),
    ("inf b", lambda: core.propagate(W2, float("inf"), X2, Y2), ValueError,
     ["b", "finite"]),
    ("NaN in sigmoid", lambda: core.sigmoid([0.0, np.nan]), ValueError, ["z", "NaN"]),
    ("labels", lambda: core.propagate(W2, 0.0, X2, np.array([[0, 0.7, 2]])), ValueError,
     ["Y", "0 and 1", "0.7", "2"]),
    ("no samples", lambda: core.propagate(W2, 0.0, np.zeros((2, 0)), np.zeros((1, 0))),
     ValueError, ["X", "at least one", "(2, 0)"]),
    ("strings", lambda: core.propagate(W2, 0.0, np.array([["a", "b", "c"]] * 2), Y2),
     TypeError, ["X", "numeric", "dtype"]),
    ("a string", lambda: core.sigmoid("3"), TypeError, ["z", "string"]),
    ("objects", lambda: core.propagate(W2, 0.0, np.array([[object()] * 3] * 2), Y2),
     TypeError, ["X", "numeric", "object"]),
    ("complex", lambda: core.propagate(W2, 0.0, X2 + 1j, Y2), TypeError,
     ["X", "real", "complex"]),
    ("b array", lambda: core.propagate(W2, np.zeros((1, 1)), X2, Y2), TypeError,
     ["b", "float(b)"]),
    ("lr zero", lambda: core.optimize(W2, 0.0, X2, Y2, 10, 0), ValueError,
     ["learning_rate", "positive", "got 0"]),
    ("lr negative", lambda: core.optimize(W2, 0.0, X2, Y2, 10, -0.1), ValueError,
     ["learning_rate", "positive", "-0.1"]),
    ("lr NaN", lambda: core.optimize(W2, 0.0, X2, Y2, 10, float("nan")), ValueError,
     ["learning_rate", "nan"]),
    ("lr string", lambda: core.optimize(W2, 0.0, X2, Y2, 10, "0.1"), TypeError,
     ["learning_rate", "str"]),
    ("iterations negative", lambda: core.optimize(W2, 0.0, X2, Y2, -1, 0.1), ValueError,
     ["num_iterations", ">= 0", "-1"]),
    ("iterations fractional", lambda: core.optimize(W2, 0.0, X2, Y2, 10.5, 0.1), TypeError,
     ["num_iterations", "integer", "10.5", "int("]),
    ("init with array", lambda: core.initialize_weights(X2), TypeError,
     ["n", "X.shape[0]"]),
    ("init zero", lambda: core.initialize_weights(0), ValueError, ["n", ">= 1"]),
    ("model test features", lambda: core.model(X2, Y2, X2[:1], Y2, 10, 0.1), ValueError,
     ["X_test", "2 features"]),
    ("model Y_test", lambda: core.model(X2, Y2, X2, Y2.T, 10, 0.1), ValueError,
     ["Y_test", "(1, 3)", "X_test"]),
    ("loss shapes", lambda: core.logistic_loss(np.zeros(3), np.zeros(2)), ValueError,
     ["y", "(3,)", "(2,)", "broadcast"]),
    ("loss labels", lambda: core.logistic_loss(0.0, 0.5), ValueError, ["y", "0 and 1"]),
    ("callback", lambda: core.optimize(W2, 0.0, X2, Y2, 10, 0.1, callback=5), TypeError,
     ["callback", "int"]),
    ("record_every", lambda: core.optimize(W2, 0.0, X2, Y2, 10, 0.1, record_every=0),
     ValueError, ["record_every", ">= 1"]),
    ("blobs rng", lambda: core.make_blobs(10, 42), TypeError, ["rng", "default_rng"]),
    ("numerical gradient 2-D", lambda: core.numerical_gradient(sum, np.zeros((2, 2))),
     ValueError, ["theta", "1-D"]),
]


@pytest.mark.parametrize("call, exc, words", [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_bad_input_messages(call, exc, words):
    with pytest.raises(exc) as info:
        call()
    message = str(info.value)
    for word in words:
        assert word in message, f"{word!r} missing from: {message}"


def test_no_function_modifies_its_arguments():
    rng = np.random.default_rng(5)
    X = rng.normal(size=(2, 9))
    Y = rng.integers(0, 2, (1, 9))
    W = rng.normal(size=(2, 1))
    frozen = [X, Y, W]
    for a in frozen:
        a.flags.writeable = False    # any in-place write now raises
    copies = [a.copy() for a in frozen]
    core.sigmoid(X)
    core.sigmoid_derivative(X)
    core.logistic_loss(X[:1], Y)
    core.cost(W, 0.1, X, Y)
    core.propagate(W, 0.1, X, Y)
    core.optimize(W, 0.1, X, Y, 20, 0.1, callback=lambda i, w, b: None)
    core.predict(W, 0.1, X)
    core.predict_proba(W, 0.1, X)
    core.model(X, Y, X, Y, 20, 0.1)
    core.gradient_check(W, 0.1, X, Y)
    core.standardize(X)
    core.max_stable_learning_rate(X)
    core.accuracy(Y, Y)
    for a, c in zip(frozen, copies, strict=True):
        np.testing.assert_array_equal(a, c)


def test_importing_the_shared_modules_changes_no_global_state():
    # a fresh interpreter: in this process the modules are already imported
    probe = (
        "import matplotlib as mpl, numpy as np, random\n"
        "rc, err, py_state, np_state = dict(mpl.rcParams), np.geterr(), random.getstate(), "
        "np.random.get_state()[1].copy()\n"
        "import logreg_core, logreg_inputs, logreg_viz, logreg_checks\n"
        "changed = {k for k in rc if rc[k] != mpl.rcParams[k]}\n"
        "assert not changed, changed\n"
        "assert np.geterr() == err\n"
        "assert random.getstate() == py_state\n"
        "assert (np.random.get_state()[1] == np_state).all()\n"
        "print('ok')\n")
    out = subprocess.run([sys.executable, "-W", "error", "-c", probe], capture_output=True,
                         text=True, env={**os.environ, "MPLBACKEND": "Agg"})
    assert out.stdout.strip() == "ok", out.stderr
