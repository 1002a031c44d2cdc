"""Lesson 10's figures, readouts and explorers.

Lesson 10: polynomial features, overfitting and the L2 penalty, on two noisy rings.
Every trained result is cached by its settings (degree, lambd): a slider moved back is
free, and the result never depends on the order the sliders were moved in (no warm
start: every fit starts from W = 0, b = 0). The fits themselves live in .rings_models,
shared with lesson 13.

Imports the shared modules (.common, .explorer, .rings_models), logreg_data and
logreg_core; never another lesson's module.
"""

import functools

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.collections import LineCollection

import logreg_core as core
from logreg_data import _read_only, rings

from .common import FunctionImage, half_lines, plot_points
from .explorer import explore, moving
from .rings_models import (  # shared with lesson 13, which compares against these fits
    PENALTY_VALUES, REG_DEGREE, REG_GRID, REG_LIMIT, chosen_lambda, fit, fit_learning_rate,
    poly_sets, validation_curve,
)


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
        data = rings()
        self.fig, self.axes = fig, axes
        # a pale map (alpha 0.3): the orange points of label 0 stand out on its orange;
        # degree-6 features for every point: one point per 2 x 2 pixels halves the frame
        self.images = [FunctionImage(ax, np.zeros_like, cmap="PuOr", vmin=0, vmax=1,
                                     alpha=0.3, step=2) for ax in axes]
        self.boundaries = [ax.add_collection(LineCollection([], colors="k", linewidths=1.5))
                           for ax in axes]
        for ax, name, hollow in ((axes[0], "train", False), (axes[1], "test", True)):
            X, Y = data[name]
            plot_points(X, Y, ax, hollow=hollow, label_prefix=f"{name} ")
            for points in ax.collections[1:]:          # [0] is the boundary
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
        sets = poly_sets(degree)
        P = core.predict_proba(r["W"], r["b"], sets["grid"]).reshape(REG_GRID, REG_GRID)
        # the 0.5 boundary, traced once on the grid and drawn in both panels
        lines = half_lines(self.G0, self.G1, P)
        probability = _SharedMap(lambda points: core.predict_proba(
            r["W"], r["b"], core.standardize(core.polynomial_features(points, degree),
                                             sets["mean"], sets["std"])[0])[0])
        n_terms = r["W"].shape[0]
        self.suptitle.set_text(f"degree {degree} ({n_terms} features), λ = "
                               f"{_lambda_text(lambd)}: ‖W‖ = {r['norm_W']:.2f}")
        for k, (ax, name) in enumerate(zip(self.axes, ("train", "test"), strict=True)):
            self.images[k].set_function(probability)
            self.boundaries[k].set_segments(lines)
            ax.set_title(f"{len(rings()[name][1][0])} {name} points: accuracy "
                         f"{r['accuracy'][name]:.1f} %", fontsize=10)
        return moving(self.fig, *self.images, *self.boundaries,
                      *(ax.title for ax in self.axes), self.suptitle)


class _SharedMap:
    """f, remembering its last answer: both panels ask for the same pixels in turn."""

    def __init__(self, f):
        self.f, self.last = f, (None, None)

    def __call__(self, points):
        if self.last[0] is None or not np.array_equal(self.last[0], points):
            self.last = (points, self.f(points))
        return self.last[1]


DEGREE_DEFAULTS = {"degree": 6}
PENALTY_DEFAULTS = {"lambd": 1.0}


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
                   extra=lambda degree: regularisation_readout(degree, 0.0),
                   update=lambda fig, degree: view.show(degree, 0.0))


def penalty_explorer(degree=REG_DEGREE):
    """A lambda slider on a log scale, 0 included, at degree 6."""
    view = _RegularisationView()
    slider = widgets.SelectionSlider(
        options=[(_lambda_text(v), v) for v in PENALTY_VALUES],
        value=PENALTY_DEFAULTS["lambd"], description="λ", continuous_update=True)
    return explore(lambda lambd: view.show(degree, lambd), {"lambd": slider},
                   extra=lambda lambd: regularisation_readout(degree, lambd),
                   update=lambda fig, lambd: view.show(degree, lambd))


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
    """Cost against iteration (both axes logarithmic) for the three sets, no penalty; the
    lowest validation cost marked with a dot, a line and its value."""
    curve = early_stopping_curve(degree, num_iterations)
    its = curve["iteration"]
    best = int(its[int(np.argmin(curve["cost"]["validation"]))])
    fig, ax = plt.subplots(figsize=(7, 3.6))
    for name, style in SET_STYLES.items():
        ax.plot(its, curve["cost"][name], label=name, color=style["color"],
                ls=style.get("ls", "-"))
    lowest = curve["cost"]["validation"].min()
    ax.axvline(best, color="C2", lw=1, alpha=0.7)
    ax.plot(best, lowest, "o", color="C2", ms=8, mec="k", zorder=4)   # the minimum itself
    ax.annotate(f"lowest validation cost\n{lowest:.4f} after {best} iterations",
                (best, lowest), xytext=(0.05, 0.6),
                textcoords="axes fraction", arrowprops={"arrowstyle": "->"}, fontsize=9)
    ax.set_xscale("log")
    ax.set_yscale("log")      # on a linear scale the shallow dip vanishes under the rise
    ax.set_xlabel("iteration (log scale)")
    ax.set_ylabel("cost J (no penalty, log scale)")
    ax.set_title(f"degree {degree}, λ = 0: training longer is not always better", fontsize=10)
    ax.legend(fontsize=9, loc="upper left")
    ax.grid(alpha=0.3, which="both")
    fig.tight_layout()
    return fig
