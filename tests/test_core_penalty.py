"""The L2 penalty (keyword lambd) and polynomial_features of logreg_core.

The correspondence with scikit-learn: LogisticRegression(C=C) minimises

    C * sum_i L_i + 1/2 * ||w||^2           (L_i the cross-entropy of sample i; b free)

and ours minimises J = (1/m) sum_i L_i + lambd / (2 m) * ||W||^2. Multiply ours by m:
sum_i L_i + lambd/2 ||W||^2; divide theirs by C: sum_i L_i + 1/(2C) ||w||^2. A positive
factor does not move a minimum, so the two have the same minimiser exactly when
lambd = 1/C, whatever m is.
"""

import itertools
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

import logreg_core as core


def data(n=3, m=12, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, m))
    Y = (rng.random((1, m)) < 0.5).astype(int)
    Y[0, :2] = 0, 1                                # both classes present
    W = rng.normal(size=(n, 1))
    return W, 0.3, X, Y


def naive_cost(W, b, X, Y):
    A = 1 / (1 + np.exp(-(W.T @ X + b)))
    return float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))


# ----------------------------------------------------------------- lambd = 0 changes nothing

def optimize_before_the_penalty(W, b, X, Y, num_iterations, learning_rate, record_every=100):
    """logreg_core.optimize's loop as it was before lambd existed (frozen copy)."""
    n, m = X.shape
    w = W[:, 0].astype(X.dtype, copy=True)
    y = Y[0].astype(X.dtype)
    z, a, e = (np.empty(m, X.dtype) for _ in range(3))
    dw = np.empty(n, X.dtype)
    costs = []
    with np.errstate(under="ignore"):
        for i in range(num_iterations):
            np.dot(w, X, out=z)
            z += b
            if i % record_every == 0:
                costs.append(float(np.mean(core._loss(z, y))))
            core._sigmoid_into(z, a, e)
            a -= y
            np.dot(X, a, out=dw)
            dw /= m
            db = float(np.sum(a)) / m
            w -= learning_rate * dw
            b -= learning_rate * db
    return {"W": w.reshape(n, 1), "b": float(b)}, {"dW": dw.reshape(n, 1), "db": db}, costs


@pytest.mark.parametrize("zero", [0.0, 0, np.float64(0.0), -0.0])
def test_lambd_zero_is_bit_identical(zero):
    W, b, X, Y = data()
    J = float(np.mean(core._loss(W.T @ X + b, Y)))
    assert core.cost(W, b, X, Y, lambd=zero) == core.cost(W, b, X, Y) == J
    g0, c0 = core.propagate(W, b, X, Y)
    g1, c1 = core.propagate(W, b, X, Y, lambd=zero)
    assert c0 == c1 == J
    np.testing.assert_array_equal(g0["dW"], g1["dW"])
    assert g0["db"] == g1["db"]
    plain = core.optimize(W, b, X, Y, 250, 0.7, record_every=7)
    params, grads, costs = core.optimize(W, b, X, Y, 250, 0.7, record_every=7, lambd=zero)
    np.testing.assert_array_equal(params["W"], plain[0]["W"])
    assert params["b"] == plain[0]["b"] and grads["db"] == plain[1]["db"]
    np.testing.assert_array_equal(grads["dW"], plain[1]["dW"])
    assert costs == plain[2]
    # and the same descent as the loop before the penalty existed (optimize has since
    # computed dz through tanh, which agrees to rounding, not to the bit)
    ref = optimize_before_the_penalty(W, b, X, Y, 250, 0.7, record_every=7)
    np.testing.assert_allclose(params["W"], ref[0]["W"], rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose([params["b"], grads["db"]], [ref[0]["b"], ref[1]["db"]],
                               rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(grads["dW"], ref[1]["dW"], rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(costs, ref[2], rtol=1e-13)
    plain = core.model(X, Y, X[:, :5], Y[:, :5], 300, 0.5)
    zero_model = core.model(X, Y, X[:, :5], Y[:, :5], 300, 0.5, lambd=zero)
    np.testing.assert_array_equal(plain["W"], zero_model["W"])
    assert plain["costs"] == zero_model["costs"] and plain["b"] == zero_model["b"]
    assert core.gradient_check(W, b, X, Y, lambd=zero) == core.gradient_check(W, b, X, Y)
    assert (core.max_stable_learning_rate(X, lambd=zero)
            == core.max_stable_learning_rate(X) == 8 * X.shape[1] / np.linalg.eigvalsh(
                np.vstack([X, np.ones((1, X.shape[1]))]) @ np.vstack(
                    [X, np.ones((1, X.shape[1]))]).T)[-1])


# ----------------------------------------------------------------- the penalised cost and gradient

@pytest.mark.parametrize("lambd", [0.01, 0.7, 3, 250.0])
def test_penalised_cost_is_mean_loss_plus_lambda_over_2m_norm_squared(lambd):
    W, b, X, Y = data()
    m = X.shape[1]
    want = naive_cost(W, b, X, Y) + lambd / (2 * m) * float(np.sum(W ** 2))
    assert core.cost(W, b, X, Y, lambd=lambd) == pytest.approx(want, rel=1e-13)
    assert core.propagate(W, b, X, Y, lambd=lambd)[1] == core.cost(W, b, X, Y, lambd=lambd)
    # b is not penalised: moving b changes only the data term
    for b2 in (-4.0, 0.0, 9.0):
        assert (core.cost(W, b2, X, Y, lambd=lambd) - core.cost(W, b2, X, Y)
                == pytest.approx(lambd / (2 * m) * float(np.sum(W ** 2)), rel=1e-12))


@pytest.mark.parametrize("lambd", [0.01, 0.7, 3, 250.0])
def test_penalised_gradient_adds_lambda_over_m_W_and_leaves_db(lambd):
    W, b, X, Y = data()
    m = X.shape[1]
    plain, _ = core.propagate(W, b, X, Y)
    grads, _ = core.propagate(W, b, X, Y, lambd=lambd)
    np.testing.assert_allclose(grads["dW"], plain["dW"] + lambd / m * W, rtol=1e-14,
                               atol=1e-15)
    assert grads["db"] == plain["db"] and isinstance(grads["db"], float)
    assert grads["dW"].shape == W.shape


@settings(max_examples=60, deadline=None)
@given(n=st.integers(1, 5), m=st.integers(1, 30), seed=st.integers(0, 2**32 - 1),
       lambd=st.floats(0.0, 100.0), scale=st.floats(0.1, 3.0))
def test_penalised_gradient_matches_centred_differences(n, m, seed, lambd, scale):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, m)) * scale
    Y = rng.integers(0, 2, size=(1, m))
    W = rng.normal(size=(n, 1))
    b = float(rng.normal())
    grads, _ = core.propagate(W, b, X, Y, lambd=lambd)

    def J(theta):
        return core.cost(theta[:n].reshape(n, 1), theta[n], X, Y, lambd=lambd)

    num = core.numerical_gradient(J, np.append(W, b), 1e-5)
    g = np.append(grads["dW"], grads["db"])
    # centred differences: error O(h^2) from the third derivative plus rounding of J
    assert np.max(np.abs(g - num)) <= 1e-7 * (1 + np.max(np.abs(g)))
    assert core.gradient_check(W, b, X, Y, lambd=lambd) < 1e-6 or np.linalg.norm(g) < 1e-6


def test_gradient_check_catches_a_penalty_forgotten_in_the_gradient():
    W, b, X, Y = data()
    plain, _ = core.propagate(W, b, X, Y)
    assert core.gradient_check(W, b, X, Y, lambd=2.0) < 1e-8
    assert core.gradient_check(W, b, X, Y, grads=plain, lambd=2.0) > 1e-2


# ----------------------------------------------------------------- training with the penalty

def test_optimize_with_penalty_is_gradient_descent_on_the_penalised_cost():
    W, b, X, Y = data(seed=4)
    lambd, lr, its = 1.5, 0.4, 60
    params, grads, costs = core.optimize(W, b, X, Y, its, lr, record_every=10, lambd=lambd)
    w, bb, want_costs = W.copy(), b, []
    for i in range(its):
        g, c = core.propagate(w, bb, X, Y, lambd=lambd)
        if i % 10 == 0:
            want_costs.append(c)
        w, bb = w - lr * g["dW"], bb - lr * g["db"]
    np.testing.assert_allclose(params["W"], w, rtol=1e-12, atol=1e-14)
    assert params["b"] == pytest.approx(bb, rel=1e-12, abs=1e-14)
    np.testing.assert_allclose(costs, want_costs, rtol=1e-12)
    np.testing.assert_allclose(grads["dW"], g["dW"], rtol=1e-12, atol=1e-14)
    assert np.all(np.diff(costs) < 0)


def test_optimize_zero_iterations_returns_the_penalised_gradient():
    W, b, X, Y = data()
    grads = core.optimize(W, b, X, Y, 0, 0.1, lambd=2.0)[1]
    want, _ = core.propagate(W, b, X, Y, lambd=2.0)
    np.testing.assert_array_equal(grads["dW"], want["dW"])


def test_model_passes_lambd_and_a_larger_penalty_gives_smaller_weights():
    W, b, X, Y = data(m=40, seed=7)
    norms = []
    for lambd in (0.0, 1.0, 10.0, 100.0):
        r = core.model(X, Y, X, Y, 500, 0.5, lambd=lambd)
        p, _, _ = core.optimize(*core.initialize_weights(3), X, Y, 500, 0.5, lambd=lambd)
        np.testing.assert_array_equal(r["W"], p["W"])
        assert r["costs"][0] == pytest.approx(np.log(2))   # W = 0: no penalty at the start
        norms.append(np.linalg.norm(r["W"]))
    assert norms == sorted(norms, reverse=True)


def test_callback_sees_the_same_path_with_penalty():
    W, b, X, Y = data()
    seen = []
    params, _, _ = core.optimize(W, b, X, Y, 5, 0.3, lambd=4.0,
                                 callback=lambda i, Wi, bi: seen.append(np.append(Wi, bi)))
    g, _ = core.propagate(W, b, X, Y, lambd=4.0)
    np.testing.assert_allclose(seen[1][:-1], (W - 0.3 * g["dW"]).ravel(), rtol=1e-13)


# ----------------------------------------------------------------- scikit-learn: lambd = 1 / C

@pytest.mark.parametrize("lambd", [0.1, 1.0, 10.0])
def test_trained_weights_match_scikit_learn_with_C_one_over_lambd(lambd):
    from sklearn.linear_model import LogisticRegression

    rng = np.random.default_rng(3)
    X, Y = core.make_blobs(60, rng, distance=1.5, noise=1.0)
    P, _, _ = core.standardize(core.polynomial_features(X, 3))       # 9 features
    lr = core.max_stable_learning_rate(P, lambd=lambd)
    params, grads, _ = core.optimize(*core.initialize_weights(P.shape[0]), P, Y, 40_000, lr,
                                     record_every=10**9, lambd=lambd)
    # gradient descent has reached the minimum: the penalised gradient vanishes
    assert np.max(np.abs(np.append(grads["dW"], grads["db"]))) < 1e-12
    sk = LogisticRegression(C=1 / lambd, solver="newton-cholesky", tol=1e-14,
                            max_iter=1000).fit(P.T, Y.ravel())
    np.testing.assert_allclose(params["W"].ravel(), sk.coef_.ravel(), rtol=0, atol=1e-6)
    assert params["b"] == pytest.approx(float(sk.intercept_[0]), abs=1e-6)
    # m times our cost is scikit-learn's objective divided by C
    J = core.cost(params["W"], params["b"], P, Y, lambd=lambd)
    losses = core.logistic_loss(params["W"].T @ P + params["b"], Y)
    objective = (1 / lambd) * losses.sum() + 0.5 * float(np.sum(params["W"] ** 2))
    assert P.shape[1] * J == pytest.approx(objective * lambd, rel=1e-12)


# ----------------------------------------------------------------- the stable learning rate

def test_max_stable_learning_rate_with_penalty_is_8m_over_lambda_max_plus_4_lambd():
    _, _, X, _ = data(m=30)
    Xb = np.vstack([X, np.ones((1, 30))])
    lam_max = np.linalg.eigvalsh(Xb @ Xb.T)[-1]
    for lambd in (0.5, 7.0, 1e4):
        assert core.max_stable_learning_rate(X, lambd=lambd) == pytest.approx(
            8 * 30 / (lam_max + 4 * lambd), rel=1e-12)
    # it is 2 / L for L = the largest eigenvalue of Xb Xb^T / (4m) + lambd / m
    lambd = 7.0
    L = lam_max / (4 * 30) + lambd / 30
    assert core.max_stable_learning_rate(X, lambd=lambd) == pytest.approx(2 / L, rel=1e-12)


@pytest.mark.parametrize("lambd", [0.5, 50.0, 5000.0])
def test_below_the_penalised_bound_the_cost_never_rises(lambd):
    W, b, X, Y = data(m=25, seed=11)
    lr = 0.99 * core.max_stable_learning_rate(X, lambd=lambd)
    costs = core.optimize(W * 5, b, X, Y, 300, lr, record_every=1, lambd=lambd)[2]
    assert np.all(np.diff(costs) <= 1e-12 * np.abs(costs[:-1]))


def test_a_large_penalty_needs_the_penalised_bound():
    """With lambd large, the unpenalised bound is too large a step: the cost explodes."""
    W, b, X, Y = data(m=25, seed=11)
    lambd = 5000.0
    lr = core.max_stable_learning_rate(X)               # ignores the penalty
    costs = core.optimize(W, b, X, Y, 50, lr, record_every=1, lambd=lambd)[2]
    assert costs[-1] > 1e3 * costs[0]


# ----------------------------------------------------------------- polynomial features

def test_two_features_degree_six_give_27_rows_in_the_documented_order():
    X = np.array([[2.0, -1.0, 0.5], [3.0, 4.0, -2.0]])
    P = core.polynomial_features(X, 6)
    assert P.shape == (27, 3)
    x1, x2 = X
    expected = [x1 ** (k - j) * x2 ** j for k in range(1, 7) for j in range(k + 1)]
    np.testing.assert_allclose(P, np.array(expected), rtol=1e-15)
    np.testing.assert_array_equal(core.polynomial_features(X, 1), X)


@pytest.mark.parametrize("n, degree", [(1, 4), (2, 1), (2, 3), (3, 3), (4, 2), (2, 8)])
def test_count_and_order_match_scikit_learn(n, degree):
    from sklearn.preprocessing import PolynomialFeatures

    X = np.random.default_rng(n + degree).normal(size=(n, 7))
    P = core.polynomial_features(X, degree)
    assert P.shape == (math.comb(n + degree, degree) - 1, 7)
    sk = PolynomialFeatures(degree, include_bias=False).fit_transform(X.T).T
    np.testing.assert_allclose(P, sk, rtol=1e-13)


def test_polynomial_features_keep_input_and_float32():
    X = np.arange(6, dtype=np.float32).reshape(2, 3)
    before = X.copy()
    P = core.polynomial_features(X, 3)
    np.testing.assert_array_equal(X, before)
    assert P.dtype == np.float32
    assert core.polynomial_features(np.array([[1, 2]]), 2).tolist() == [[1, 2], [1, 4]]


@given(arrays(np.float64, (2, 5), elements=st.floats(-3, 3)), st.integers(1, 5))
def test_every_row_is_a_product_of_powers(X, degree):
    P = core.polynomial_features(X, degree)
    combos = [c for k in range(1, degree + 1)
              for c in itertools.combinations_with_replacement(range(2), k)]
    for row, c in zip(P, combos, strict=True):
        np.testing.assert_allclose(row, X[0] ** c.count(0) * X[1] ** c.count(1), rtol=1e-12,
                                   atol=1e-12)


# ----------------------------------------------------------------- bad input

def penalised_calls(lambd):
    W, b, X, Y = data()
    return {
        "cost": lambda: core.cost(W, b, X, Y, lambd=lambd),
        "propagate": lambda: core.propagate(W, b, X, Y, lambd=lambd),
        "optimize": lambda: core.optimize(W, b, X, Y, 5, 0.1, lambd=lambd),
        "model": lambda: core.model(X, Y, X, Y, 5, 0.1, lambd=lambd),
        "gradient_check": lambda: core.gradient_check(W, b, X, Y, lambd=lambd),
        "max_stable_learning_rate": lambda: core.max_stable_learning_rate(X, lambd=lambd),
    }


BAD_LAMBD = [
    (-0.1, ValueError, "got -0.1"),
    (-1, ValueError, "negative one would reward large weights"),
    (float("nan"), ValueError, "finite number >= 0"),
    (float("inf"), ValueError, "finite number >= 0"),
    ("0.1", TypeError, "got str '0.1'"),
    (None, TypeError, "got NoneType"),
    ([0.1], TypeError, "got list"),
    (np.array([0.1, 0.2]), TypeError, "of shape (2,)"),
    (True, TypeError, "got bool"),
    (1 + 2j, TypeError, "got complex"),
]


@pytest.mark.parametrize("function", list(penalised_calls(0.0)))
@pytest.mark.parametrize("lambd, error, words", BAD_LAMBD, ids=repr)
def test_bad_lambd_is_named_with_expected_and_got(function, lambd, error, words):
    with pytest.raises(error) as info:
        penalised_calls(lambd)[function]()
    message = str(info.value)
    assert message.startswith("lambd must be")
    assert words in message and "such as 0.1" in message and "lambd=0.0" in message


def test_lambd_must_be_a_keyword():
    W, b, X, Y = data()
    with pytest.raises(TypeError):
        core.cost(W, b, X, Y, 0.5)
    with pytest.raises(TypeError):
        core.propagate(W, b, X, Y, 0.5)


BAD_DEGREE = [
    (0, ValueError, "got 0. Degree 1 gives the features themselves."),
    (-2, ValueError, "got -2"),
    (2.5, TypeError, "got float 2.5."),
    (2.0, TypeError, "got float 2.0. Use int(degree)."),
    (np.float64(3.0), TypeError, "Use int(degree)."),
    ("3", TypeError, "got str '3'"),
    (None, TypeError, "got NoneType"),
    (True, TypeError, "got bool"),
]


@pytest.mark.parametrize("degree, error, words", BAD_DEGREE, ids=repr)
def test_bad_degree_is_named_with_expected_and_got(degree, error, words):
    with pytest.raises(error) as info:
        core.polynomial_features(np.ones((2, 3)), degree)
    message = str(info.value)
    assert message.startswith("degree must be a whole number >= 1") and "such as 6" in message
    assert words in message


def test_polynomial_features_checks_X():
    with pytest.raises(ValueError, match="2-D array"):
        core.polynomial_features(np.ones(3), 2)
    with pytest.raises(ValueError, match="NaN or inf"):
        core.polynomial_features(np.array([[1.0, np.nan]]), 2)
    assert core.polynomial_features(np.ones((2, 3)), np.int64(2)).shape == (5, 3)
