"""The rings' polynomial-feature models of lesson 10, which lesson 13 compares against.

Polynomial features of every set and of a map's grid, standardised with the training
set's statistics (poly_sets); a neuron trained on them from zero with the L2 penalty
(fit, cached by its settings); the validation curve over a list of penalties and the
penalty it chooses. Lesson 10 draws and explains them; lesson 13 reuses the chosen model.

Imports numpy, logreg_data and logreg_core; never a lesson's module, plotting or widgets.
"""

import functools

import numpy as np

import logreg_core as core
from logreg_data import _read_only, rings

FIT_ITERATIONS = 3000
REG_DEGREE = 6             # the penalty explorer's degree: 27 features
REG_GRID = 90              # pixels per side of the probability map
REG_LIMIT = 6.6            # the maps cover [-REG_LIMIT, REG_LIMIT] in both features


def _grid_points(resolution=REG_GRID, limit=REG_LIMIT):
    g = np.linspace(-limit, limit, resolution)
    G0, G1 = np.meshgrid(g, g)
    return np.vstack([G0.ravel(), G1.ravel()])


@functools.lru_cache(maxsize=16)
def poly_sets(degree):
    """Polynomial features of every set and of the map's grid, standardised with the
    training set's mean and std (core.polynomial_features, core.standardize).

    Returns a dict: "train", "validation", "test", "grid" -> the (n_terms, m) arrays,
    and "mean", "std" (n_terms, 1). Read-only.
    """
    data = rings()
    P_train, mean, std = core.standardize(core.polynomial_features(data["train"][0], degree))
    out = {"train": P_train, "mean": mean, "std": std}
    for name in ("validation", "test"):
        out[name] = core.standardize(core.polynomial_features(data[name][0], degree),
                                     mean, std)[0]
    out["grid"] = core.standardize(core.polynomial_features(_grid_points(), degree),
                                   mean, std)[0]
    _read_only(*out.values())
    return out


def fit_learning_rate(degree, lambd=0.0):
    """The learning rate the lesson trains with: lesson 06's bound, penalty included."""
    return core.max_stable_learning_rate(poly_sets(degree)["train"], lambd=lambd)


@functools.lru_cache(maxsize=128)
def fit(degree, lambd=0.0, num_iterations=FIT_ITERATIONS):
    """Train from W = 0, b = 0 on the standardised polynomial features of the training set.

    Gradient descent (core.optimize) with the penalty lambd and the learning rate
    fit_learning_rate(degree, lambd). Returns a dict: "W", "b", "learning_rate",
    "norm_W", "accuracy" and "cost" (each a dict over "train", "validation", "test";
    the cost is the plain mean cross-entropy, without the penalty), and "grad" (the
    largest |component| of the penalised gradient at the end). Cached: read-only.
    """
    sets = poly_sets(degree)
    data = rings()
    lr = fit_learning_rate(degree, lambd)
    W, b = core.initialize_weights(sets["train"].shape[0])
    params, grads, _ = core.optimize(W, b, sets["train"], data["train"][1], num_iterations,
                                     lr, record_every=num_iterations, lambd=lambd)
    W, b = params["W"], params["b"]
    accuracy, cost = {}, {}
    for name in ("train", "validation", "test"):
        Y = data[name][1]
        accuracy[name] = core.accuracy(core.predict(W, b, sets[name]), Y)
        cost[name] = core.cost(W, b, sets[name], Y)
    return {"W": _read_only(W)[0], "b": b, "learning_rate": lr,
            "norm_W": float(np.linalg.norm(W)), "accuracy": accuracy, "cost": cost,
            "grad": float(np.max(np.abs(np.append(grads["dW"], grads["db"]))))}


PENALTY_VALUES = (0.0, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0,
                  10.0, 20.0, 50.0, 100.0)


@functools.lru_cache(maxsize=4)
def validation_curve(degree=REG_DEGREE, lambdas=PENALTY_VALUES):
    """Train at every lambd (fit) and collect the three sets' costs and accuracies.

    Returns a dict: "lambd" (k,), "cost" and "accuracy" (dicts over "train",
    "validation", "test" of (k,) arrays), "norm_W" (k,). The costs are the plain mean
    cross-entropy, without the penalty. Cached: read-only.
    """
    fits = [fit(degree, lam) for lam in lambdas]
    names = ("train", "validation", "test")
    return {"lambd": _read_only(np.array(lambdas, dtype=float))[0],
            "cost": {k: _read_only(np.array([f["cost"][k] for f in fits]))[0] for k in names},
            "accuracy": {k: _read_only(np.array([f["accuracy"][k] for f in fits]))[0]
                         for k in names},
            "norm_W": _read_only(np.array([f["norm_W"] for f in fits]))[0]}


def chosen_lambda(curve):
    """The lambd with the lowest validation cost on a validation_curve."""
    return float(curve["lambd"][int(np.argmin(curve["cost"]["validation"]))])
