"""Lesson 10's figures, readouts and explorers.

Lesson 10: polynomial features, overfitting and the L2 penalty, on two noisy rings.
Every trained result is cached by its settings (degree, lambd): a slider moved back is
free, and the result never depends on the order the sliders were moved in (no warm
start: every fit starts from W = 0, b = 0).

Imports the shared modules (.common, .explorer), logreg_data and logreg_core; never
another lesson's module.
"""

import functools

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np

import logreg_core as core
from logreg_data import _read_only, rings

from .common import plot_points
from .explorer import explore

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


def _lambda_text(lambd):
    return "0" if lambd == 0 else f"{lambd:g}"


class _RegularisationView:
    """The figure of both lesson-10 explorers, built once and then updated in place.

    Two panels share one probability map and boundary: the training points (left) and
    the test points (right). show(degree, lambd) retrains (cached) and only changes
    artists' data: the map's pixels, the boundary line, the titles. A new view shown
    once and a long-lived view after any number of show() calls give the same picture.
    """

    def __init__(self):
        fig, axes = plt.subplots(1, 2, figsize=(9, 4.3), dpi=80, sharey=True)
        fig.subplots_adjust(left=0.07, right=0.98, bottom=0.12, top=0.8, wspace=0.06)
        data, extent = rings(), (-REG_LIMIT, REG_LIMIT, -REG_LIMIT, REG_LIMIT)
        self.fig, self.axes, self.boundaries = fig, axes, [None, None]
        self.images = [ax.imshow(np.full((REG_GRID, REG_GRID), 0.5), origin="lower",
                                 extent=extent, cmap="PuOr", vmin=0, vmax=1, alpha=0.55,
                                 interpolation="bilinear") for ax in axes]
        for ax, name, hollow in ((axes[0], "train", False), (axes[1], "test", True)):
            X, Y = data[name]
            plot_points(X, Y, ax, hollow=hollow, label_prefix=f"{name} ")
            for points in ax.collections:
                points.set_sizes([22 if hollow else 30])
            ax.set_xlim(-REG_LIMIT, REG_LIMIT)
            ax.set_ylim(-REG_LIMIT, REG_LIMIT)
            ax.set_aspect("equal")
            ax.set_xlabel("x₁")       # plain text: mathtext costs time on every draw
            ax.locator_params(nbins=4)
        axes[0].set_ylabel("x₂")
        self.suptitle = fig.suptitle("", fontsize=11)
        g = np.linspace(-REG_LIMIT, REG_LIMIT, REG_GRID)
        self.G0, self.G1 = np.meshgrid(g, g)

    def show(self, degree, lambd):
        r = fit(degree, lambd)
        P = core.predict_proba(r["W"], r["b"], poly_sets(degree)["grid"])
        P = P.reshape(REG_GRID, REG_GRID)
        n_terms = r["W"].shape[0]
        self.suptitle.set_text(f"degree {degree} ({n_terms} features), λ = "
                               f"{_lambda_text(lambd)}: ‖W‖ = {r['norm_W']:.1f}")
        for k, (ax, name) in enumerate(zip(self.axes, ("train", "test"), strict=True)):
            self.images[k].set_data(P)
            if self.boundaries[k] is not None:
                self.boundaries[k].remove()
                self.boundaries[k] = None
            if P.min() < 0.5 < P.max():
                self.boundaries[k] = ax.contour(self.G0, self.G1, P, levels=[0.5],
                                                colors="k", linewidths=1.5)
            ax.set_title(f"{len(rings()[name][1][0])} {name} points: accuracy "
                         f"{r['accuracy'][name]:.1f} %", fontsize=10)
        return self.fig


DEGREE_DEFAULTS = {"degree": 6}
PENALTY_DEFAULTS = {"lambd": 1.0}
PENALTY_VALUES = (0.0, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0,
                  10.0, 20.0, 50.0, 100.0)


def degree_figure(degree=6):
    """Lesson 10's degree explorer, one static view: no penalty, the given degree."""
    return _RegularisationView().show(degree, 0.0)


def penalty_figure(lambd=1.0, degree=REG_DEGREE):
    """Lesson 10's penalty explorer, one static view: degree 6, the given lambd."""
    return _RegularisationView().show(degree, lambd)


def regularisation_readout(degree=REG_DEGREE, lambd=0.0):
    """The explorers' text: accuracies, costs and ||W|| of fit(degree, lambd), as HTML."""
    r = fit(degree, lambd)
    acc, J = r["accuracy"], r["cost"]
    return (f"degree {degree}, λ = {_lambda_text(lambd)}: train accuracy "
            f"{acc['train']:.1f} % · test accuracy {acc['test']:.1f} % · train cost "
            f"{J['train']:.4f} · test cost {J['test']:.4f} · ‖W‖ = {r['norm_W']:.2f}")


def degree_explorer():
    """A degree slider (1 to 8, no penalty): boundary, train and test accuracy."""
    view = _RegularisationView()
    slider = widgets.IntSlider(value=DEGREE_DEFAULTS["degree"], min=1, max=8,
                               description="degree")
    return explore(lambda degree: view.show(degree, 0.0), {"degree": slider},
                   extra=lambda degree: regularisation_readout(degree, 0.0))


def penalty_explorer(degree=REG_DEGREE):
    """A lambda slider on a log scale, 0 included, at degree 6."""
    view = _RegularisationView()
    slider = widgets.SelectionSlider(
        options=[(_lambda_text(v), v) for v in PENALTY_VALUES],
        value=PENALTY_DEFAULTS["lambd"], description="λ", continuous_update=True)
    return explore(lambda lambd: view.show(degree, lambd), {"lambd": slider},
                   extra=lambda lambd: regularisation_readout(degree, lambd))


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


SET_STYLES = {"train": {"color": "C0", "marker": "o"},
              "validation": {"color": "C2", "marker": "s"},
              "test": {"color": "0.45", "marker": "^", "ls": "--"}}


def validation_curve_figure(degree=REG_DEGREE, lambdas=PENALTY_VALUES):
    """Cost (left) and accuracy (right) of the three sets against lambd.

    The x-axis is logarithmic above 0.001 and linear below it, so lambd = 0 sits at
    its left end (matplotlib's "symlog" scale). A vertical line marks the lambd with the
    lowest validation cost.
    """
    curve = validation_curve(degree, tuple(lambdas))
    best = chosen_lambda(curve)
    fig, axes = plt.subplots(1, 2, figsize=(10, 3.8))
    for ax, what, label in ((axes[0], "cost", "cost J (no penalty term)"),
                            (axes[1], "accuracy", "accuracy (%)")):
        for name, style in SET_STYLES.items():
            ax.plot(curve["lambd"], curve[what][name], ms=4, label=name, **style)
        ax.axvline(best, color="C2", lw=1, alpha=0.7)
        ax.set_xscale("symlog", linthresh=1e-3, linscale=0.5)
        ax.set_xlim(0, curve["lambd"].max() * 1.5)
        ax.set_xlabel("λ (0, then a log scale)")
        ax.set_ylabel(label)
        ax.grid(alpha=0.3)
    axes[0].annotate(f"lowest validation cost\nat λ = {_lambda_text(best)}",
                     (best, curve["cost"]["validation"].min()), xytext=(0.45, 0.45),
                     textcoords="axes fraction", arrowprops={"arrowstyle": "->"}, fontsize=9)
    axes[0].legend(fontsize=9, loc="upper right")
    fig.suptitle(f"degree {degree}: the validation curve", fontsize=11)
    fig.tight_layout()
    return fig


@functools.lru_cache(maxsize=4)
def early_stopping_curve(degree=REG_DEGREE, num_iterations=30_000, points=150, lambd=0.0):
    """The three sets' costs (no penalty term) during one long run, at about `points`
    iterations spread evenly on a log scale from 1 to num_iterations.

    Returns a dict: "iteration" (k,), "cost": {"train", "validation", "test"} -> (k,).
    The run is fit's, only longer: from zero, with the same learning rate.
    """
    sets, data = poly_sets(degree), rings()
    names = ("train", "validation", "test")
    keep = set(np.unique(np.geomspace(1, num_iterations, points).astype(int)).tolist())
    its, costs = [], {k: [] for k in names}

    def record(i, W, b):
        if i in keep:
            its.append(i)
            for k in names:
                costs[k].append(core.cost(W, b, sets[k], data[k][1]))

    W, b = core.initialize_weights(sets["train"].shape[0])
    core.optimize(W, b, sets["train"], data["train"][1], num_iterations + 1,
                  fit_learning_rate(degree, lambd), record_every=num_iterations + 1,
                  callback=record, lambd=lambd)
    return {"iteration": _read_only(np.array(its))[0],
            "cost": {k: _read_only(np.array(v))[0] for k, v in costs.items()}}


def early_stopping_figure(degree=REG_DEGREE, num_iterations=30_000):
    """Cost against iteration (log x) for the three sets, no penalty; the iteration with
    the lowest validation cost marked."""
    curve = early_stopping_curve(degree, num_iterations)
    its = curve["iteration"]
    best = int(its[int(np.argmin(curve["cost"]["validation"]))])
    fig, ax = plt.subplots(figsize=(7, 3.6))
    for name, style in SET_STYLES.items():
        ax.plot(its, curve["cost"][name], label=name, color=style["color"],
                ls=style.get("ls", "-"))
    ax.axvline(best, color="C2", lw=1, alpha=0.7)
    ax.annotate(f"lowest validation cost\nafter {best} iterations",
                (best, curve["cost"]["validation"].min()), xytext=(0.05, 0.6),
                textcoords="axes fraction", arrowprops={"arrowstyle": "->"}, fontsize=9)
    ax.set_xscale("log")
    ax.set_xlabel("iteration (log scale)")
    ax.set_ylabel("cost J (no penalty)")
    ax.set_title(f"degree {degree}, λ = 0: training longer is not always better", fontsize=10)
    ax.legend(fontsize=9, loc="upper left")
    ax.grid(alpha=0.3, which="both")
    fig.tight_layout()
    return fig
