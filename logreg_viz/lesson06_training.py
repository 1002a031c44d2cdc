"""Lesson 06's figures, readouts and explorers.

Lesson 06: the training explorer, the training replay, and the static figures of the
training lesson. Training results are cached by their settings: the explorer's figure
and its readout ask for the same run, and moving a slider back is free.

Imports the shared modules (.common, .explorer), logreg_data and logreg_core; never
another lesson's module.
"""

import functools

import ipywidgets as widgets
import matplotlib.pyplot as plt
from matplotlib.colors import BoundaryNorm
import numpy as np
from matplotlib.ticker import LogFormatter, MaxNLocator

import logreg_core as core
from logreg_data import _read_only, training_datasets

from .common import FunctionImage, _axes, cost_grid, plot_points
from .explorer import explore, moving

TRAINING_DATASETS = {   # dropdown label -> key of training_datasets()
    "toy data of the post": "toy",
    "noisy blobs (seeded)": "blobs",
    "breast cancer, 2 features": "breast cancer",
}
TRAINING_AXIS_LABELS = {"toy": ("$x_1$", "$x_2$"), "blobs": ("$x_1$", "$x_2$"),
                        "breast cancer": ("mean radius (standardised)",
                                          "mean texture (standardised)")}
TRAINING_DEFAULTS = {"dataset": "toy", "learning_rate": 0.05, "num_iterations": 2000}
# The learning-rate slider moves on a log scale in 20 stops per factor of ten, anchored at
# the default: the browser snaps every value (also the first one, and typed ones) to
# base ** (min + k * step), so the default 0.05, and 0.005, 0.5 and 5, must be stops.
# From 0.05 / 10**1.7 (about 0.001) to 0.05 * 10**2.3 (about 10).
LEARNING_RATE_SLIDER = {"base": 10, "step": 0.05,
                        "min": float(np.log10(TRAINING_DEFAULTS["learning_rate"])) - 1.7,
                        "max": float(np.log10(TRAINING_DEFAULTS["learning_rate"])) + 2.3}
REPLAY_DEFAULTS = {"dataset": "toy", "learning_rate": 0.5, "num_iterations": 2000}


def _divisor_step(num_iterations, points=200):
    """A record interval that divides num_iterations and keeps about `points` costs."""
    step = max(1, num_iterations // points)
    while num_iterations % step:
        step -= 1
    return step


@functools.lru_cache(maxsize=64)
def train(dataset, learning_rate, num_iterations):
    """core.model on a training dataset, plus the cost after the last update.

    Returns a dict: core.model's keys, "record_every", "final_cost", and "curve" (the
    costs at iterations 0, record_every, ..., num_iterations, the final one included).
    Cached: treat the result as read-only.
    """
    X_train, Y_train, X_test, Y_test = training_datasets()[dataset]
    every = _divisor_step(num_iterations)
    result = core.model(X_train, Y_train, X_test, Y_test, num_iterations, learning_rate,
                        record_every=every)
    final = core.cost(result["W"], result["b"], X_train, Y_train)
    return result | {"record_every": every, "final_cost": final,
                     "curve": [*result["costs"], final]}


def training_readout(dataset="toy", learning_rate=0.05, num_iterations=2000):
    """The explorer's text: accuracies, final cost and the parameters, as HTML."""
    r = train(dataset, learning_rate, num_iterations)
    w = ", ".join(f"{v:.3f}" for v in r["W"].ravel())
    return (f"train accuracy {r['train_accuracy']:.1f} % · test accuracy "
            f"{r['test_accuracy']:.1f} % · final cost {r['final_cost']:.6f}"
            f" · W = ({w}), b = {r['b']:.3f}")


def _two_panels(right=0.84):
    """A modest 9 x 3.6 in figure with two axes, at the 100 dpi of the notebook's own
    figures (80 looked blurry beside them). Fixed margins instead of tight_layout
    (which would cost half the update time) and few ticks: text is what is slow."""
    fig, axes = plt.subplots(1, 2, figsize=(9, 3.6), dpi=100)
    fig.subplots_adjust(left=0.07, right=right, bottom=0.14, top=0.9, wspace=0.25)
    for ax in axes:
        ax.locator_params(nbins=5)
    return fig, axes


@functools.lru_cache(maxsize=8)
def _extent(dataset, margin=0.3):
    """The box (x0, x1, y0, y1) the heat maps cover: a dataset's train and test points
    with a margin. (The maps themselves are FunctionImages: no grid is kept.)"""
    X_train, _, X_test, _ = training_datasets()[dataset]
    allX = np.hstack([X_train, X_test])
    lo, hi = allX.min(axis=1), allX.max(axis=1)
    pad = margin * np.maximum(hi - lo, 1e-9)
    return (lo[0] - pad[0], hi[0] + pad[0], lo[1] - pad[1], hi[1] + pad[1])


def boundary_segment(W, b, extent):
    """Two points of the decision boundary w1 x1 + w2 x2 + b = 0 across the box extent
    (x0, x1, y0, y1), as (xs, ys); empty when W = 0. The axes clip what lies outside."""
    (w1,), (w2,) = np.asarray(W, dtype=float)
    x0, x1, y0, y1 = extent
    if w1 == 0 and w2 == 0:
        return [], []
    if abs(w2) >= abs(w1):                        # closer to horizontal: x runs across
        xs = np.array([x0, x1])
        return xs, -(w1 * xs + b) / w2
    ys = np.array([y0, y1])
    return -(w2 * ys + b) / w1, ys


def training_figure(dataset="toy", learning_rate=0.05, num_iterations=2000):
    """Cost curve (left) and decision boundary with train/test points (right).

    The fixed parts (axes, points, legend) are drawn here; training_update fills in what
    the controls change, so the static twin and every live frame come from the same code.
    """
    X_train, Y_train, X_test, Y_test = training_datasets()[dataset]
    extent = _extent(dataset)
    fig, (ax0, ax1) = _two_panels(right=0.76)
    ax0.plot([], [])
    ax0.set_xlabel("iteration")
    ax0.set_ylabel("cost J")
    ax0.grid(alpha=0.3)
    heat = FunctionImage(ax1, np.zeros_like, cmap="PuOr", vmin=0, vmax=1, alpha=0.55)
    bar = fig.colorbar(heat, cax=fig.add_axes([0.775, 0.14, 0.012, 0.76]),
                       ticks=[0, 0.25, 0.5, 0.75, 1])      # the heat-map's values, readable
    bar.set_label("a, the probability of label 1", fontsize=9)
    bar.ax.tick_params(labelsize=9)
    ax1.plot([], [], color="k", lw=1.5)           # the 0.5 boundary (a straight line)
    plot_points(X_train, Y_train, ax1, label_prefix="train ")
    plot_points(X_test, Y_test, ax1, hollow=True, label_prefix="test ")
    if X_train.shape[1] > 50:        # many points: small, faint training markers, test on top
        for points in ax1.collections:
            if points.get_label().startswith("train "):
                points.set_sizes([12])
                points.set_alpha(0.45)
            elif points.get_label().startswith("test "):
                points.set_zorder(4)
    ax1.set_xlim(extent[:2])
    ax1.set_ylim(extent[2:])
    ax1.legend(fontsize=9, loc="upper left", bbox_to_anchor=(0.85, 0.92),
               bbox_transform=fig.transFigure, frameon=False)
    ax1.set_xlabel(TRAINING_AXIS_LABELS[dataset][0])
    ax1.set_ylabel(TRAINING_AXIS_LABELS[dataset][1])
    fig.training_dataset = dataset
    training_update(fig, dataset, learning_rate, num_iterations)
    return fig


def training_update(fig, dataset="toy", learning_rate=0.05, num_iterations=2000):
    """Show another learning rate or iteration count in a training_figure, in place.

    Another dataset has other points and axes: then a new figure is returned instead.
    """
    if getattr(fig, "training_dataset", None) != dataset:
        return training_figure(dataset, learning_rate, num_iterations)
    r = train(dataset, learning_rate, num_iterations)
    ax0, ax1 = fig.axes[:2]
    curve = np.asarray(r["curve"])
    ax0.lines[0].set_data(np.arange(len(curve)) * r["record_every"], curve)
    finite = curve[np.isfinite(curve)]
    top = float(finite.max()) if finite.size else 1.0
    ax0.set_xlim(-0.05 * num_iterations, 1.05 * num_iterations)
    ax0.set_ylim(0, 1.05 * top if top > 0 else 1.0)
    ax0.set_title(f"cost, learning rate {learning_rate:.3g}")
    extent = _extent(dataset)
    W, b = r["W"], r["b"]
    ax1.images[0].set_function(lambda points: core.predict_proba(W, b, points)[0])
    ax1.lines[0].set_data(*boundary_segment(W, b, extent))
    ax1.set_title(f"after {num_iterations} iterations: train {r['train_accuracy']:.1f} %,"
                  f" test {r['test_accuracy']:.1f} %", fontsize=10)
    return moving(fig, ax0.lines[0], ax0.title, ax1.images[0], ax1.lines[0], ax1.title)


def training_explorer(continuous_update=True):
    """Learning rate, iterations and dataset -> cost curve, boundary, accuracies."""
    d = TRAINING_DEFAULTS
    controls = {
        "dataset": widgets.Dropdown(options=list(TRAINING_DATASETS.items()),
                                    value=d["dataset"], description="data",
                                    layout=widgets.Layout(width="240px")),
        "learning_rate": widgets.FloatLogSlider(
            value=d["learning_rate"], **LEARNING_RATE_SLIDER,
            description="learning rate", readout_format=".3g",
            continuous_update=continuous_update, style={"description_width": "auto"}),
        "num_iterations": widgets.IntSlider(
            value=d["num_iterations"], min=100, max=10000, step=100,
            description="iterations", continuous_update=continuous_update),
    }
    return explore(training_figure, controls, extra=training_readout, update=training_update)


@functools.lru_cache(maxsize=8)
def replay_path(dataset="toy", learning_rate=0.5, num_iterations=2000):
    """The parameters before every update, recorded once with optimize's callback.

    Returns a read-only array of shape (num_iterations + 1, 3): row k is (w1, w2, b)
    after k updates (the last row is the trained result).
    """
    X_train, Y_train, _, _ = training_datasets()[dataset]
    path = np.empty((num_iterations + 1, 3))

    def record(i, W, b):
        path[i] = W[0, 0], W[1, 0], b

    W, b = core.initialize_weights(X_train.shape[0])
    params, _, _ = core.optimize(W, b, X_train, Y_train, num_iterations, learning_rate,
                                 callback=record)
    path[-1] = params["W"][0, 0], params["W"][1, 0], params["b"]
    return _read_only(path)[0]


def _span(values, pad=0.15):
    lo, hi = float(np.min(values)), float(np.max(values))
    d = max(hi - lo, 1.0) * pad
    return lo - d, hi + d


@functools.lru_cache(maxsize=8)
def _replay_grid(dataset, learning_rate, num_iterations, size=50):
    """The (w1, w2) grid around the whole path and contour levels valid for every frame.

    J is convex in b, so on each grid point its largest value over the b's of the path
    is at the first or the last b: the levels cover both and so every slice between.
    """
    path = replay_path(dataset, learning_rate, num_iterations)
    X, Y = training_datasets()[dataset][:2]
    p0 = np.linspace(*_span(path[:, 0]), size)
    p1 = np.linspace(*_span(path[:, 1]), size)
    top = max(cost_grid(X, Y, p0, p1, b=path[k, 2]).max() for k in (0, -1))
    levels = MaxNLocator(20).tick_values(0, top)
    return p0, p1, levels[levels <= top * 1.2]


def replay_figure(iteration=2000, *, dataset="toy", learning_rate=0.5, num_iterations=2000,
                  shown=60):
    """The neuron after `iteration` updates of a recorded run (replay_path): its
    boundary (left), and the path of (w1, w2) so far on the contour of the cost
    J(w1, w2, b_k) with b held at its current value b_k (right). The colour levels are
    the same for every iteration; `shown` points of the path are drawn.

    The fixed parts are drawn here, the frame by replay_update (also the live frames)."""
    X_train, Y_train, X_test, Y_test = training_datasets()[dataset]
    extent = _extent(dataset)
    fig, (ax0, ax1) = _two_panels(right=0.92)
    FunctionImage(ax0, np.zeros_like, cmap="PuOr", vmin=0, vmax=1, alpha=0.55)
    ax0.plot([], [], color="k", lw=1.5)
    plot_points(X_train, Y_train, ax0, label_prefix="train ")
    plot_points(X_test, Y_test, ax0, hollow=True, label_prefix="test ")
    ax0.set_xlim(extent[:2])
    ax0.set_ylim(extent[2:])
    ax0.set_xlabel("$x_1$")
    ax0.set_ylabel("$x_2$")
    p0, p1, levels = _replay_grid(dataset, learning_rate, num_iterations)
    # J(w1, w2, b_k) in bands between fixed levels, computed once per 2 x 2 pixels (a
    # filled contour would be rebuilt on every frame, which costs more than the rest
    # together; every pixel would cost 4 times the cost evaluations)
    cost_map = FunctionImage(ax1, np.zeros_like, cmap="viridis", step=2,
                             norm=BoundaryNorm(levels, plt.get_cmap("viridis").N, extend="max"))
    ax1.set_xlim(p0[0], p0[-1])
    ax1.set_ylim(p1[0], p1[-1])
    ax1.plot([], [], "w.-", ms=3, lw=1)            # the path so far
    ax1.plot([], [], "r*", ms=12)                  # where it is now
    ax1.set_xlabel("$w_1$")
    ax1.set_ylabel("$w_2$")
    fig.replay_run = (dataset, learning_rate, num_iterations, shown)
    replay_update(fig, iteration)
    fig.colorbar(cost_map, ax=ax1, label="cost J")   # the same levels in every frame
    return fig


def replay_update(fig, iteration):
    """Show iteration `iteration` of the run a replay_figure was made for, in place."""
    dataset, learning_rate, num_iterations, shown = fig.replay_run
    if not 0 <= iteration <= num_iterations:
        raise ValueError(f"iteration must be between 0 and {num_iterations}; got {iteration}.")
    path = replay_path(dataset, learning_rate, num_iterations)
    X_train, Y_train = training_datasets()[dataset][:2]
    w1, w2, b = path[iteration]
    W = np.array([[w1], [w2]])
    ax0, ax1 = fig.axes[:2]
    extent = _extent(dataset)
    ax0.images[0].set_function(lambda points: core.predict_proba(W, b, points)[0])
    ax0.lines[0].set_data(*boundary_segment(W, b, extent))
    ax0.set_title(f"iteration {iteration}: cost J = {core.cost(W, b, X_train, Y_train):.4f}",
                  fontsize=10)
    ax1.images[0].set_function(lambda points: _costs_at(points, b, X_train, Y_train))
    step = max(1, num_iterations // shown)
    trail = np.vstack([path[:iteration:step, :2], path[iteration, :2]])
    ax1.lines[0].set_data(trail[:, 0], trail[:, 1])
    ax1.lines[1].set_data([w1], [w2])
    ax1.set_title(f"path of $(w_1, w_2)$ on J at the current b = {b:.3f}", fontsize=10)
    return moving(fig, ax0.images[0], ax0.lines[0], ax0.title, ax1.images[0], *ax1.lines,
                  ax1.title)


def _costs_at(points, b, X, Y):
    """J(w1, w2, b) for every column (w1, w2) of points (2, k): k costs."""
    Z = points.T @ X + b                                  # (k, m)
    return core.logistic_loss(Z, np.broadcast_to(Y, Z.shape)).mean(axis=1)


def replay_explorer(interval_ms=200, frames=50):
    """A Play button and an iteration slider over the recorded path of replay_path().

    Play shows `frames` frames, one every interval_ms: a frame is drawn in place in well
    under that (bench_widgets.py), so the kernel keeps up instead of queueing stale frames.
    """
    d = REPLAY_DEFAULTS
    n = d["num_iterations"]
    slider = widgets.IntSlider(value=n, min=0, max=n, step=n // 100, description="iteration")
    play = widgets.Play(value=n, min=0, max=n, step=n // frames, interval=interval_ms)
    widgets.jslink((play, "value"), (slider, "value"))
    return explore(lambda iteration: replay_figure(iteration, **d), {"iteration": slider},
                   update=replay_update, leading=(play,))


class _PlainLogFormatter(LogFormatter):
    """Log-axis tick labels as plain numbers (0.001, 0.6, 100) rather than powers of ten
    (10^-3, 6 x 10^-1): a reader who knows no scientific notation reads them directly.
    The parent class still chooses which ticks get a label."""

    def __call__(self, x, pos=None):
        return f"{x:g}" if super().__call__(x, pos) else ""


def _plain_log_ticks(ax):
    """Plain-number labels on every log-scaled axis of ax."""
    for axis in (ax.xaxis, ax.yaxis):
        if axis.get_scale() == "log":
            axis.set_major_formatter(_PlainLogFormatter())
            axis.set_minor_formatter(_PlainLogFormatter(labelOnlyBase=False))


def learning_rate_figure(rates=(0.01, 1.0, 50.0), num_iterations=500,
                         datasets=("toy", "breast cancer")):
    """Cost per iteration (log-log) for each learning rate, one panel per dataset."""
    fig, axes = plt.subplots(1, len(datasets), figsize=(9, 3.4), squeeze=False)
    for ax, name in zip(axes[0], datasets, strict=True):
        X, Y = training_datasets()[name][:2]
        W, b = core.initialize_weights(X.shape[0])
        for lr in rates:
            costs = core.optimize(W, b, X, Y, num_iterations, lr, record_every=1)[2]
            ax.plot(np.arange(1, num_iterations + 1), costs, label=f"learning rate {lr:g}")
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("iteration + 1 (log scale)")
        ax.set_ylabel("cost J (log scale)")
        ax.set_title(f"{name} data, {X.shape[1]} training samples", fontsize=10)
        ax.grid(alpha=0.3)
        _plain_log_ticks(ax)
    axes[0, 0].legend(fontsize=9)
    fig.tight_layout()
    return fig


def plot_rate_sweep(rates, rises, bound=None, measured=None, ax=None):
    """Number of steps at which the cost rose, against the learning rate (log x), with
    the guaranteed-safe bound and the measured threshold as vertical lines (each drawn
    only when given)."""
    own = ax is None
    ax = _axes(ax, (9, 3.2))
    rates, rises = np.asarray(rates), np.asarray(rises)
    ok = rises == 0
    ax.plot(rates[ok], rises[ok], "o", ms=3, color="tab:green", label="cost fell at every step")
    ax.plot(rates[~ok], rises[~ok], "o", ms=3, color="tab:red", label="cost rose at some step")
    if bound is not None:
        ax.axvline(bound, color="k", ls="--", label=f"guaranteed below {bound:.3f}")
    if measured is not None:
        ax.axvline(measured, color="tab:red", ls=":",
                   label=f"first rise measured at {measured:.3f}")
    ax.set_xscale("log")
    _plain_log_ticks(ax)
    ax.set_xlabel("learning rate (log scale)")
    ax.set_ylabel("steps where the cost rose")
    # outside the axes: the vertical lines run through the whole height
    ax.legend(fontsize=9, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    ax.grid(alpha=0.3)
    if own:
        ax.figure.subplots_adjust(left=0.08, right=0.68, bottom=0.16, top=0.88)
    return ax


def weight_growth_figure(iterations, norms, costs):
    """Separable data: norm(W) against the iteration (log x) and the cost (log-log)."""
    fig, (ax0, ax1) = plt.subplots(1, 2, figsize=(9, 3.4))
    ax0.plot(iterations, norms)
    ax0.set_xscale("log")
    ax0.set_xlabel("iteration (log scale)")
    ax0.set_ylabel(r"$\|W\|$")
    ax0.set_title("the weights never stop growing", fontsize=10)
    ax1.loglog(iterations, costs)
    ax1.set_xlabel("iteration (log scale)")
    ax1.set_ylabel("cost J (log scale)")
    ax1.set_title("while the cost creeps towards 0", fontsize=10)
    for ax in (ax0, ax1):
        ax.grid(alpha=0.3, which="both")
        _plain_log_ticks(ax)
    fig.tight_layout()
    return fig
