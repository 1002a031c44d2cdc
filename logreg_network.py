"""A network with one hidden layer, in numpy only: the neuron of logreg_core, twice.

Shapes follow the core (one sample per column) and the classic course:

    X  : (n, m)   n features by m samples         Y  : (1, m)   labels, 0 or 1
    W1 : (h, n)   one row per hidden neuron        b1 : (h, 1)   one bias per hidden neuron
    W2 : (1, h)   one weight per hidden neuron     b2 : float    the output's bias

    Z1 = W1 @ X + b1      (h, m)   each hidden neuron's logit, for every sample
    A1 = tanh(Z1)         (h, m)   the hidden layer's outputs, in (-1, 1)
    Z2 = W2 @ A1 + b2     (1, m)   the output neuron's logit
    A2 = sigmoid(Z2)      (1, m)   predicted P(y = 1 | x)

The cost is the mean cross-entropy of A2, as for one neuron. Backpropagation is the chain
rule, layer by layer (tanh' = 1 - tanh^2):

    dZ2 = A2 - Y                   dW2 = dZ2 @ A1.T / m     db2 = mean(dZ2)
    dZ1 = (W2.T @ dZ2) * (1 - A1**2)
    dW1 = dZ1 @ X.T / m            db1 = dZ1.sum(axis=1, keepdims=True) / m

The parameters travel together in a dict {"W1", "b1", "W2", "b2"}. Every public function
checks its inputs (through logreg_inputs) and raises ValueError/TypeError naming the
argument, what was expected, what came and a fix; none modifies what it is given. The
only randomness is the `rng` passed to initialize_network.

Imports numpy, logreg_inputs and logreg_core; never plotting or widgets.
"""

import numpy as np

import logreg_core as core
from logreg_inputs import (
    _as_real_array, _check_b, _check_count, _check_finite, _check_positive_real, _check_X,
    _check_Y,
)

__all__ = [
    "PARAMETER_NAMES", "initialize_network", "forward", "network_cost", "backward",
    "network_propagate", "optimize_network", "predict_network_proba", "predict_network",
    "network_gradient_check",
]

PARAMETER_NAMES = ("W1", "b1", "W2", "b2")


# --------------------------------------------------------------------------- checks

def _check_rng(rng):
    if not isinstance(rng, np.random.Generator):
        raise TypeError(f"rng must be a numpy Generator; got {type(rng).__name__}. "
                        f"Create one with rng = np.random.default_rng(0).")
    return rng


def _check_network(params, n=None):
    """params as a new dict of float arrays (b2 a float), shapes checked against each
    other and against n features when n is given. Returns (params, h, n)."""
    if not isinstance(params, dict):
        raise TypeError(f"params must be a dict with keys {list(PARAMETER_NAMES)}; got "
                        f"{type(params).__name__}. Make one with initialize_network(n, h, rng).")
    missing = [k for k in PARAMETER_NAMES if k not in params]
    if missing:
        raise ValueError(f"params is missing {missing}; it needs {list(PARAMETER_NAMES)}, "
                         f"as initialize_network(n, h, rng) returns.")
    W1 = _as_real_array("W1", params["W1"])
    if W1.ndim != 2 or 0 in W1.shape:
        raise ValueError(f"W1 must have shape (h, n): one row per hidden neuron, one column "
                         f"per feature; got {W1.shape}.")
    h, n_w = W1.shape
    if n is not None and n_w != n:
        hint = " Did you pass W1.T?" if W1.shape == (n, h) or h == n else ""
        raise ValueError(f"W1 must have shape (h, {n}), one column per feature (row) of X; "
                         f"got {W1.shape}.{hint}")
    out = {"W1": W1}
    for name, shape in (("b1", (h, 1)), ("W2", (1, h))):
        arr = _as_real_array(name, params[name])
        if arr.shape != shape:
            hint = f" Try {name}.reshape{shape}." if arr.size == h else ""
            raise ValueError(f"{name} must have shape {shape} for the {h} hidden neurons of "
                             f"W1; got {arr.shape}.{hint}")
        out[name] = arr
    for name in ("W1", "b1", "W2"):
        _check_finite(name, out[name])
    b2 = params["b2"]
    if isinstance(b2, np.ndarray) and b2.shape == (1, 1):
        b2 = b2[0, 0]      # the classic course keeps b2 as a (1, 1) array: accept it
    out["b2"] = _check_b(b2)
    return out, h, n_w


def _check_data(params, X, Y=None):
    X = _check_X(X)
    params, h, n = _check_network(params, X.shape[0])
    if Y is None:
        return params, X
    return params, X, _check_Y(Y, X.shape[1])


# --------------------------------------------------------------------------- the network

def initialize_network(n, h, rng, *, scale=1.0):
    """Random weights that break the symmetry between hidden neurons; biases zero.

    Parameters
    ----------
    n : int >= 1, the number of features (X.shape[0])
    h : int >= 1, the number of hidden neurons
    rng : numpy.random.Generator, e.g. np.random.default_rng(0): the only randomness
    scale : float > 0, keyword; W1 ~ N(0, scale^2 / n) and W2 ~ N(0, 1 / h), so each
            logit starts with a spread of about `scale` for features of spread 1

    Returns
    -------
    {"W1": (h, n), "b1": (h, 1) zeros, "W2": (1, h), "b2": 0.0}, float64
    """
    n = _check_count("n", n, minimum=1)
    h = _check_count("h", h, minimum=1)
    rng = _check_rng(rng)
    scale = _check_positive_real("scale", scale, "1.0")
    W1 = rng.standard_normal((h, n)) * (scale / np.sqrt(n))
    W2 = rng.standard_normal((1, h)) / np.sqrt(h)
    return {"W1": W1, "b1": np.zeros((h, 1)), "W2": W2, "b2": 0.0}


def _forward(p, X, fast=False):
    Z1 = p["W1"] @ X + p["b1"]
    A1 = np.tanh(Z1)
    Z2 = p["W2"] @ A1 + p["b2"]
    # sigmoid(z) = (1 + tanh(z / 2)) / 2: exact to rounding in absolute terms, which is all
    # a gradient needs, and without core.sigmoid's input checks on every step
    A2 = 0.5 + 0.5 * np.tanh(0.5 * Z2) if fast else core.sigmoid(Z2)
    return {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward(params, X):
    """The forward pass. params as initialize_network returns, X (n, m).

    Returns
    -------
    A2 : (1, m), the predicted probabilities
    cache : {"Z1": (h, m), "A1": (h, m), "Z2": (1, m), "A2": (1, m)}, for backward
    """
    params, X = _check_data(params, X)
    cache = _forward(params, X)
    return cache["A2"], cache


def _cost(Z2, Y):
    return float(np.mean(core.logistic_loss(Z2, Y)))


def network_cost(params, X, Y):
    """Mean cross-entropy of the network's predictions, from the logits Z2 (stable).

    params, X (n, m), Y (1, m). Returns a float.
    """
    params, X, Y = _check_data(params, X, Y)
    return _cost(_forward(params, X)["Z2"], Y)


def _backward(p, X, Y, cache):
    m = X.shape[1]
    dZ2 = cache["A2"] - Y                                   # (1, m), as for one neuron
    dW2 = dZ2 @ cache["A1"].T / m                           # (1, h)
    db2 = float(np.sum(dZ2) / m)
    dZ1 = (p["W2"].T @ dZ2) * (1 - cache["A1"] ** 2)        # (h, m): chain rule through tanh
    dW1 = dZ1 @ X.T / m                                     # (h, n)
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m            # (h, 1)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def backward(params, X, Y, cache=None):
    """Backpropagation: the gradient of the cost with respect to every parameter.

    params, X (n, m), Y (1, m); cache from forward(params, X) (computed when None).

    Returns
    -------
    {"dW1": (h, n), "db1": (h, 1), "dW2": (1, h), "db2": float}
    """
    params, X, Y = _check_data(params, X, Y)
    if cache is None:
        cache = _forward(params, X)
    elif not isinstance(cache, dict) or not {"A1", "A2"} <= set(cache):
        raise TypeError("cache must be the dict forward(params, X) returns second, with "
                        "keys 'Z1', 'A1', 'Z2', 'A2'; or pass nothing and backward computes it.")
    return _backward(params, X, Y, cache)


def network_propagate(params, X, Y):
    """One forward and one backward pass: (grads, cost), as core.propagate for one neuron."""
    params, X, Y = _check_data(params, X, Y)
    cache = _forward(params, X)
    return _backward(params, X, Y, cache), _cost(cache["Z2"], Y)


def optimize_network(params, X, Y, num_iterations, learning_rate, *, record_every=100,
                     callback=None):
    """Batch gradient descent on every parameter: p -= learning_rate * dp.

    Parameters
    ----------
    params : the start, as initialize_network returns (not modified)
    X : (n, m)   Y : (1, m)
    num_iterations : int >= 0     learning_rate : float > 0
    record_every : int >= 1, keyword; costs[k] is the cost before update k * record_every
    callback : callable(i, params), keyword; called before update i with a copy of the
               parameters

    Returns
    -------
    params : the trained parameters (new arrays)
    grads : the gradients of the last update (of the start when num_iterations is 0)
    costs : list of float
    """
    p, X, Y = _check_data(params, X, Y)
    num_iterations = _check_count("num_iterations", num_iterations)
    lr = _check_positive_real("learning_rate", learning_rate, "0.5")
    record_every = _check_count("record_every", record_every, minimum=1)
    if callback is not None and not callable(callback):
        raise TypeError(f"callback must be a function callback(i, params) or None; got "
                        f"{type(callback).__name__}.")
    p = {k: (v.copy() if isinstance(v, np.ndarray) else v) for k, v in p.items()}
    costs = []
    cache = _forward(p, X, fast=True)
    grads = _backward(p, X, Y, cache)
    for i in range(num_iterations):
        if i:
            cache = _forward(p, X, fast=True)
            grads = _backward(p, X, Y, cache)
        if callback is not None:
            callback(i, {k: (v.copy() if isinstance(v, np.ndarray) else v)
                         for k, v in p.items()})
        if i % record_every == 0:     # the cost is only paid for when it is kept
            costs.append(_cost(cache["Z2"], Y))
        for name in ("W1", "b1", "W2"):
            p[name] = p[name] - lr * grads["d" + name]
        p["b2"] = p["b2"] - lr * grads["db2"]
    return p, grads, costs


def predict_network_proba(params, X):
    """The predicted probabilities A2, shape (1, m)."""
    params, X = _check_data(params, X)
    return _forward(params, X)["A2"]


def predict_network(params, X):
    """0/1 predictions, shape (1, m), integer: 1 where the probability > 0.5."""
    return (predict_network_proba(params, X) > 0.5).astype(int)


def network_gradient_check(params, X, Y, epsilon=1e-5, grads=None):
    """Relative error between backpropagation and centred differences, per parameter.

    Parameters
    ----------
    params, X (n, m), Y (1, m); epsilon, the difference step
    grads : optional {"dW1", "db1", "dW2", "db2"} to check instead of backward's

    Returns
    -------
    {"W1": err, "b1": err, "W2": err, "b2": err}: core.relative_error of each parameter's
    gradient against core.numerical_gradient of the cost; about 1e-7 or below is right.
    """
    params, X, Y = _check_data(params, X, Y)
    epsilon = _check_positive_real("epsilon", epsilon, "1e-5")
    if grads is None:
        grads = _backward(params, X, Y, _forward(params, X))
    errors = {}
    for name in PARAMETER_NAMES:
        value = np.asarray(params[name], dtype=float)

        def J(theta, name=name, shape=value.shape):
            probe = dict(params)
            probe[name] = theta.reshape(shape) if shape else float(theta[0])
            return _cost(_forward(probe, X)["Z2"], Y)

        numeric = core.numerical_gradient(J, value.ravel(), epsilon)
        errors[name] = core.relative_error(np.ravel(grads["d" + name]), numeric)
    return errors
