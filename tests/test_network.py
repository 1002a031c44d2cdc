"""logreg_network: the two-layer network's forward pass, backpropagation, training and
input checks, against finite differences, hand formulas and an independent reference."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import logreg_core as core
import logreg_network as net


def random_problem(n, h, m, seed):
    rng = np.random.default_rng(seed)
    params = net.initialize_network(n, h, rng, scale=1.5)
    params["b1"] = rng.normal(size=(h, 1))
    params["b2"] = float(rng.normal())
    X = rng.normal(size=(n, m))
    Y = rng.integers(0, 2, size=(1, m))
    return params, X, Y


# --------------------------------------------------------------------------- gradients

@settings(max_examples=40, deadline=None)
@given(n=st.integers(1, 5), h=st.integers(1, 6), m=st.integers(1, 12),
       seed=st.integers(0, 2**32 - 1))
def test_backpropagation_matches_centred_differences_on_random_shapes(n, h, m, seed):
    params, X, Y = random_problem(n, h, m, seed)
    errors = net.network_gradient_check(params, X, Y)
    assert set(errors) == {"W1", "b1", "W2", "b2"}
    assert max(errors.values()) < 1e-6, errors


def test_the_gradient_check_catches_a_forgotten_tanh_slope():
    params, X, Y = random_problem(3, 4, 9, 1)
    A2, cache = net.forward(params, X)
    dZ2 = A2 - Y
    dZ1 = params["W2"].T @ dZ2                         # slope of tanh forgotten
    wrong = {"dW1": dZ1 @ X.T / 9, "db1": dZ1.sum(axis=1, keepdims=True) / 9,
             "dW2": dZ2 @ cache["A1"].T / 9, "db2": float(dZ2.sum() / 9)}
    errors = net.network_gradient_check(params, X, Y, grads=wrong)
    assert errors["W2"] < 1e-7 and errors["b2"] < 1e-7
    assert errors["W1"] > 1e-2 and errors["b1"] > 1e-2


def test_backward_shapes_and_propagate_agree():
    params, X, Y = random_problem(2, 3, 7, 2)
    grads = net.backward(params, X, Y)
    assert grads["dW1"].shape == (3, 2) and grads["db1"].shape == (3, 1)
    assert grads["dW2"].shape == (1, 3) and isinstance(grads["db2"], float)
    same, cost = net.network_propagate(params, X, Y)
    for k in grads:
        np.testing.assert_array_equal(grads[k], same[k])
    assert cost == net.network_cost(params, X, Y)


# --------------------------------------------------------------------------- by hand

def test_one_hidden_unit_with_fixed_weights_gives_the_hand_numbers():
    """h = 1, n = 1, one sample: every quantity from the scalar formulas."""
    w1, c1, w2, c2, x, y = 0.7, -0.2, 1.3, 0.4, 1.5, 1
    params = {"W1": [[w1]], "b1": [[c1]], "W2": [[w2]], "b2": c2}
    z1 = w1 * x + c1
    a1 = math.tanh(z1)
    z2 = w2 * a1 + c2
    a2 = 1 / (1 + math.exp(-z2))
    A2, cache = net.forward(params, [[x]])
    assert cache["Z1"][0, 0] == pytest.approx(z1, rel=1e-15)
    assert cache["A1"][0, 0] == pytest.approx(a1, rel=1e-15)
    assert A2[0, 0] == pytest.approx(a2, rel=1e-14)
    cost = -(y * math.log(a2) + (1 - y) * math.log(1 - a2))
    assert net.network_cost(params, [[x]], [[y]]) == pytest.approx(cost, rel=1e-13)
    dz2 = a2 - y
    dz1 = w2 * dz2 * (1 - a1 ** 2)
    grads = net.backward(params, [[x]], [[y]])
    assert grads["dW2"][0, 0] == pytest.approx(dz2 * a1, rel=1e-13)
    assert grads["db2"] == pytest.approx(dz2, rel=1e-13)
    assert grads["dW1"][0, 0] == pytest.approx(dz1 * x, rel=1e-13)
    assert grads["db1"][0, 0] == pytest.approx(dz1, rel=1e-13)


def test_one_hidden_unit_is_a_neuron_on_a_tanh_feature():
    """With h = 1 the output is core's neuron with the single feature tanh(W1 X + b1)."""
    params, X, Y = random_problem(3, 1, 10, 3)
    A1 = np.tanh(params["W1"] @ X + params["b1"])
    neuron, cost = core.propagate(params["W2"].T, params["b2"], A1, Y)
    grads, J = net.network_propagate(params, X, Y)
    assert J == pytest.approx(cost, rel=1e-13)
    np.testing.assert_allclose(grads["dW2"], neuron["dW"].T, rtol=1e-12)
    assert grads["db2"] == pytest.approx(neuron["db"], rel=1e-12)


# --------------------------------------------------------------------------- training

def reference_training(params, X, Y, num_iterations, lr):
    """An independent, plain-Python gradient descent: loops over samples and units."""
    n, m = len(X), len(X[0])
    W1 = [list(map(float, row)) for row in params["W1"]]
    b1 = [float(v[0]) for v in params["b1"]]
    W2 = [float(v) for v in params["W2"][0]]
    b2 = float(params["b2"])
    h = len(W1)

    def cost():
        total = 0.0
        for i in range(m):
            a = [math.tanh(sum(W1[j][k] * X[k][i] for k in range(n)) + b1[j]) for j in range(h)]
            z = sum(W2[j] * a[j] for j in range(h)) + b2
            p = 1 / (1 + math.exp(-z))
            total -= math.log(p) if Y[0][i] == 1 else math.log(1 - p)
        return total / m

    for _ in range(num_iterations):
        gW1 = [[0.0] * n for _ in range(h)]
        gb1, gW2, gb2 = [0.0] * h, [0.0] * h, 0.0
        for i in range(m):
            a = [math.tanh(sum(W1[j][k] * X[k][i] for k in range(n)) + b1[j]) for j in range(h)]
            z = sum(W2[j] * a[j] for j in range(h)) + b2
            d2 = 1 / (1 + math.exp(-z)) - Y[0][i]
            gb2 += d2 / m
            for j in range(h):
                gW2[j] += d2 * a[j] / m
                d1 = d2 * W2[j] * (1 - a[j] ** 2)
                gb1[j] += d1 / m
                for k in range(n):
                    gW1[j][k] += d1 * X[k][i] / m
        for j in range(h):
            W2[j] -= lr * gW2[j]
            b1[j] -= lr * gb1[j]
            for k in range(n):
                W1[j][k] -= lr * gW1[j][k]
        b2 -= lr * gb2
    return cost()


def test_training_reaches_the_cost_of_an_independent_reference():
    rng = np.random.default_rng(7)
    X = rng.normal(size=(2, 24))
    Y = (np.sum(X ** 2, axis=0, keepdims=True) < 1.4).astype(int)   # a disc: not linear
    start = net.initialize_network(2, 3, np.random.default_rng(0))
    trained, _, costs = net.optimize_network(start, X, Y, 300, 0.5)
    want = reference_training(start, X.tolist(), Y.tolist(), 300, 0.5)
    assert net.network_cost(trained, X, Y) == pytest.approx(want, rel=1e-9)
    assert want < costs[0] - 0.1                    # it did learn something


def test_optimize_records_costs_and_calls_back_without_modifying_the_start():
    params, X, Y = random_problem(2, 3, 8, 4)
    frozen = {k: np.array(v, copy=True) for k, v in params.items()}
    seen = []
    _, _, costs = net.optimize_network(params, X, Y, 25, 0.1, record_every=10,
                                       callback=lambda i, p: seen.append(i))
    assert len(costs) == 3 and seen == list(range(25))
    assert costs[0] == pytest.approx(net.network_cost(params, X, Y), rel=1e-12)
    for k in frozen:
        np.testing.assert_array_equal(params[k], frozen[k])
    same, grads, none = net.optimize_network(params, X, Y, 0, 0.1)
    assert none == [] and same is not params
    np.testing.assert_allclose(grads["dW1"], net.backward(params, X, Y)["dW1"], rtol=1e-12)


def test_initialization_is_seeded_and_breaks_the_symmetry():
    a = net.initialize_network(2, 5, np.random.default_rng(3))
    b = net.initialize_network(2, 5, np.random.default_rng(3))
    for k in ("W1", "W2"):
        np.testing.assert_array_equal(a[k], b[k])
    assert len({tuple(row) for row in a["W1"]}) == 5
    assert a["b2"] == 0.0 and not a["b1"].any()


def test_predictions_are_zero_or_one_at_the_half():
    params, X, _ = random_problem(2, 4, 30, 5)
    P = net.predict_network_proba(params, X)
    np.testing.assert_array_equal(net.predict_network(params, X), (P > 0.5).astype(int))


# --------------------------------------------------------------------------- bad input

GOOD = random_problem(2, 3, 4, 6)


@pytest.mark.parametrize("change, error, words", [
    (lambda p, X, Y: ([[1.0]], X, Y), TypeError, "params must be a dict"),
    (lambda p, X, Y: ({k: v for k, v in p.items() if k != "b1"}, X, Y), ValueError,
     "missing ['b1']"),
    (lambda p, X, Y: ({**p, "W1": p["W1"].T}, X, Y), ValueError, "Did you pass W1.T?"),
    (lambda p, X, Y: ({**p, "W2": p["W2"].T}, X, Y), ValueError, "Try W2.reshape(1, 3)"),
    (lambda p, X, Y: ({**p, "b1": np.zeros(3)}, X, Y), ValueError, "b1 must have shape (3, 1)"),
    (lambda p, X, Y: ({**p, "b2": np.zeros(2)}, X, Y), TypeError, "b must be a real number"),
    (lambda p, X, Y: ({**p, "W1": p["W1"] * np.nan}, X, Y), ValueError, "W1 contains NaN"),
    (lambda p, X, Y: (p, X[0], Y), ValueError, "X must be a 2-D array"),
    (lambda p, X, Y: (p, X, Y.ravel()), ValueError, "Try Y.reshape(1, -1)"),
    (lambda p, X, Y: (p, X, Y + 2), ValueError, "only the labels 0 and 1"),
])
def test_bad_input_gets_a_clear_error(change, error, words):
    params, X, Y = change(*GOOD)
    with pytest.raises(error, match=None) as info:
        net.network_propagate(params, X, Y)
    assert words in str(info.value)


def test_bad_settings_get_clear_errors():
    params, X, Y = GOOD
    with pytest.raises(TypeError, match="rng must be a numpy Generator"):
        net.initialize_network(2, 3, 0)
    with pytest.raises(ValueError, match="h must be an integer >= 1"):
        net.initialize_network(2, 0, np.random.default_rng(0))
    with pytest.raises(ValueError, match="learning_rate must be a positive"):
        net.optimize_network(params, X, Y, 10, -0.1)
    with pytest.raises(TypeError, match="num_iterations must be an integer"):
        net.optimize_network(params, X, Y, 2.5, 0.1)
    with pytest.raises(TypeError, match="cache must be the dict"):
        net.backward(params, X, Y, cache=[1, 2])


def test_a_classic_course_b2_of_shape_1_1_is_accepted():
    params, X, Y = GOOD
    g1, J1 = net.network_propagate(params, X, Y)
    g2, J2 = net.network_propagate({**params, "b2": np.array([[params["b2"]]])}, X, Y)
    assert J1 == J2 and g1["db2"] == g2["db2"]
