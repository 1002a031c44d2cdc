"""Lesson 13's figures, readouts and explorer: a network with one hidden layer on the rings.

The network (logreg_network) sees the rings' two features standardised with the training
set's mean and std. Every hidden neuron is a neuron of lesson 01 with tanh: it splits the
plane along one straight line, which these figures draw in the rings' own coordinates.

The explorer trains each (hidden neurons, learning rate) once, for MAX_ITERATIONS, keeping
the parameters every SNAPSHOT_EVERY iterations and the cost every COST_EVERY: moving the
iterations slider, or going back to a setting seen before, is a look-up and a redraw.
Every network starts from initialize_network(2, h, default_rng(NETWORK_SEED)), so a
result never depends on the order the sliders were moved in.

Imports the shared modules (.common, .explorer, .rings_models), logreg_data,
logreg_network and logreg_core; never another lesson's module.
"""

import functools

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.collections import LineCollection

import logreg_core as core
import logreg_network as net
from logreg_data import _read_only, rings

from .common import FunctionImage, half_lines, plot_points
from .explorer import explore, moving, tight_layout_once
from .rings_models import REG_GRID, REG_LIMIT, _grid_points

NETWORK_SEED = 13
NETWORK_DEFAULTS = {"h": 3, "learning_rate": 0.3, "num_iterations": 2000}
HIDDEN_UNITS = tuple(range(1, 11))
LEARNING_RATES = (0.1, 0.3, 1.0, 3.0)
MAX_ITERATIONS = 3000
SNAPSHOT_EVERY = 100
COST_EVERY = 10
UNIT_COLORS = [plt.get_cmap("tab10")(k) for k in range(10)]


@functools.lru_cache(maxsize=1)
def network_sets():
    """The rings standardised with the training set's mean and std (core.standardize).

    Returns a dict: "train", "validation", "test" -> (X (2, m), Y (1, m)), "grid" ->
    (2, REG_GRID**2) standardised points of the map (the rings' plane from -REG_LIMIT to
    REG_LIMIT), "mean" and "std" (2, 1). Read-only.
    """
    data = rings()
    X_train, mean, std = core.standardize(data["train"][0])
    out = {"train": (X_train, data["train"][1]), "mean": mean, "std": std}
    for name in ("validation", "test"):
        out[name] = (core.standardize(data[name][0], mean, std)[0], data[name][1])
    out["grid"] = core.standardize(_grid_points(), mean, std)[0]
    _read_only(X_train, mean, std, out["grid"], out["validation"][0], out["test"][0])
    return out


def hidden_line(w, b, mean, std, reach=50.0):
    """Two far points of the line w . (x - mean) / std + b = 0 in the rings' plane.

    w : (2,) one hidden neuron's weights (a row of W1), b its bias, for standardised
    inputs; mean, std : (2, 1). Returns (xs, ys), each of 2 values, or None when both
    weights are 0 (no line). The axes clip the line to the picture.
    """
    a = np.asarray(w, float) / std[:, 0]          # weights for the raw coordinates
    c = float(b) - float(a @ mean[:, 0])
    norm2 = float(a @ a)
    if norm2 == 0:
        return None
    foot = -c * a / norm2                          # the line's point nearest the origin
    along = np.array([-a[1], a[0]]) / np.sqrt(norm2)
    ends = foot[:, None] + np.outer(along, (-reach, reach))
    return ends[0], ends[1]


@functools.lru_cache(maxsize=64)
def network_run(h, learning_rate, num_iterations=MAX_ITERATIONS):
    """Train initialize_network(2, h, default_rng(NETWORK_SEED)) on the standardised
    rings with logreg_network.optimize_network, keeping the parameters every
    SNAPSHOT_EVERY iterations and the cost every COST_EVERY.

    Returns {"params": [dict, ...] at iterations 0, SNAPSHOT_EVERY, ..., num_iterations,
    "costs": (num_iterations // COST_EVERY + 1,)}. Cached by its settings, so a slider
    moved back, or along the iterations, is free; read-only.
    """
    X, Y = network_sets()["train"]
    start = net.initialize_network(2, h, np.random.default_rng(NETWORK_SEED))
    snaps = []

    def keep(i, params):
        if i % SNAPSHOT_EVERY == 0:
            snaps.append(params)

    params, _, costs = net.optimize_network(start, X, Y, num_iterations, learning_rate,
                                            record_every=COST_EVERY, callback=keep)
    final = net.network_cost(params, X, Y)   # the cost after the last update
    snaps.append(params)
    for s in snaps:
        _read_only(s["W1"], s["b1"], s["W2"])
    return {"params": snaps, "costs": _read_only(np.array(costs + [final]))[0]}


@functools.lru_cache(maxsize=256)
def network_result(h, learning_rate, num_iterations):
    """The explorer's network for these settings, from network_run.

    num_iterations must be a multiple of SNAPSHOT_EVERY up to MAX_ITERATIONS. Returns a
    dict: "params" (as logreg_network uses them), "costs" (every COST_EVERY iterations,
    up to num_iterations), "accuracy" {"train", "validation", "test"}, "cost" (the
    training cost after num_iterations). Cached.
    """
    if num_iterations % SNAPSHOT_EVERY or not 0 <= num_iterations <= MAX_ITERATIONS:
        raise ValueError(f"num_iterations must be a multiple of {SNAPSHOT_EVERY} from 0 to "
                         f"{MAX_ITERATIONS}; got {num_iterations}.")
    run = network_run(int(h), float(learning_rate))
    params = run["params"][num_iterations // SNAPSHOT_EVERY]
    sets = network_sets()
    accuracy = {name: core.accuracy(net.predict_network(params, sets[name][0]), sets[name][1])
                for name in ("train", "validation", "test")}
    costs = run["costs"][:num_iterations // COST_EVERY + 1]
    return {"params": params, "costs": costs, "accuracy": accuracy, "cost": float(costs[-1])}


def _square(ax):
    ax.set_xlim(-REG_LIMIT, REG_LIMIT)
    ax.set_ylim(-REG_LIMIT, REG_LIMIT)
    ax.set_aspect("equal")
    ax.set_xlabel("x₁")
    ax.set_ylabel("x₂")
    ax.set_xticks([-5, 0, 5])     # few, fixed ticks: every label is text drawn per update
    ax.set_yticks([-5, 0, 5])


class _NetworkView:
    """The explorer's figure, built once and updated in place: left, the plane (the
    network's probability map, its 0.5 boundary, every hidden neuron's line, the training
    points); right, the training cost against the iterations."""

    def __init__(self):
        fig, (ax, ax_cost) = plt.subplots(1, 2, figsize=(9.6, 4.4), dpi=80,
                                          gridspec_kw={"width_ratios": [1, 1.1]})
        self.image = FunctionImage(ax, np.zeros_like, cmap="PuOr", vmin=0, vmax=1,
                                   alpha=0.5)
        self.boundary = ax.add_collection(LineCollection([], colors="k", linewidths=1.8))
        X, Y = rings()["train"]
        plot_points(X, Y, ax, label_prefix="train ")
        for points in ax.collections[1:]:          # [0] is the boundary
            points.set_sizes([26])
        self.lines = [ax.plot([], [], color=UNIT_COLORS[u], lw=1.6, ls="--")[0]
                      for u in range(max(HIDDEN_UNITS))]
        _square(ax)
        self.curve, = ax_cost.plot([], [], color="C0")
        self.now, = ax_cost.plot([], [], "o", color="C3", ms=6)
        ax_cost.set_xlim(0, MAX_ITERATIONS)
        ax_cost.set_ylim(0, 0.8)
        ax_cost.set_xticks(range(0, MAX_ITERATIONS + 1, 1000))
        ax_cost.set_yticks([0, 0.2, 0.4, 0.6, 0.8])
        ax_cost.set_xlabel("iteration")
        ax_cost.set_ylabel("training cost J")
        ax_cost.grid(alpha=0.3)
        self.fig, self.ax, self.ax_cost = fig, ax, ax_cost
        self.title = ax.set_title("", fontsize=10)
        self.cost_title = ax_cost.set_title("", fontsize=10)
        g = np.linspace(-REG_LIMIT, REG_LIMIT, REG_GRID)
        self.G0, self.G1 = np.meshgrid(g, g)
        tight_layout_once(fig)

    def show(self, h, learning_rate, num_iterations):
        r = network_result(h, learning_rate, num_iterations)
        sets, p = network_sets(), r["params"]
        def probability(points):        # points standardised, as the network learnt them
            return core.sigmoid(p["W2"] @ np.tanh(p["W1"] @ points + p["b1"]) + p["b2"])[0]

        # the map is computed for its screen pixels, which are in the rings' own
        # coordinates: standardise them first; the 0.5 boundary is traced on the grid
        P = probability(sets["grid"]).reshape(REG_GRID, REG_GRID)
        self.image.set_function(
            lambda points: probability((points - sets["mean"]) / sets["std"]))
        self.boundary.set_segments(half_lines(self.G0, self.G1, P))
        for u, line in enumerate(self.lines):
            ends = hidden_line(p["W1"][u], p["b1"][u, 0], sets["mean"], sets["std"]) \
                if u < h else None
            line.set_data(*(ends if ends is not None else ([], [])))
        its = np.arange(len(r["costs"])) * COST_EVERY
        self.curve.set_data(its, r["costs"])
        self.now.set_data([num_iterations], [r["cost"]])
        self.title.set_text(f"{h} hidden neuron{'s' if h > 1 else ''} (dashed lines): "
                            f"train accuracy {r['accuracy']['train']:.1f} %")
        self.cost_title.set_text(f"learning rate {learning_rate:g}: cost "
                                 f"{r['cost']:.4f} after {num_iterations} iterations")
        return moving(self.fig, self.image, self.boundary, *self.lines, self.curve, self.now,
                      self.title, self.cost_title)


def network_figure(h=NETWORK_DEFAULTS["h"], learning_rate=NETWORK_DEFAULTS["learning_rate"],
                   num_iterations=NETWORK_DEFAULTS["num_iterations"]):
    """The explorer's picture for these settings, drawn once (its static twin)."""
    return _NetworkView().show(h, learning_rate, num_iterations)


def network_readout(h, learning_rate, num_iterations):
    """The explorer's text: accuracies and cost of network_result(...), as HTML."""
    r = network_result(h, learning_rate, num_iterations)
    acc = r["accuracy"]
    return (f"h = {h}, learning rate {learning_rate:g}, {num_iterations} iterations: "
            f"training cost {r['cost']:.4f} · train accuracy {acc['train']:.1f} % · "
            f"test accuracy {acc['test']:.1f} %")


def network_explorer():
    """Sliders for the hidden neurons (1 to 10), the learning rate and the iterations."""
    view = _NetworkView()
    controls = {
        "h": widgets.IntSlider(value=NETWORK_DEFAULTS["h"], min=1, max=max(HIDDEN_UNITS),
                               description="hidden neurons"),
        "learning_rate": widgets.SelectionSlider(
            options=[(f"{v:g}", v) for v in LEARNING_RATES],
            value=NETWORK_DEFAULTS["learning_rate"], description="learning rate"),
        "num_iterations": widgets.IntSlider(
            value=NETWORK_DEFAULTS["num_iterations"], min=0, max=MAX_ITERATIONS,
            step=SNAPSHOT_EVERY, description="iterations"),
    }
    for control in controls.values():
        control.style.description_width = "initial"
    return explore(lambda **v: view.show(**v), controls, extra=network_readout,
                   update=lambda fig, **v: view.show(**v))


def hidden_units_figure(params, mean, std, X=None, Y=None):
    """One small map per hidden neuron (its tanh output over the plane, with its line),
    then the network's output probability. params as logreg_network uses them, for
    inputs standardised with mean and std (2, 1); X, Y: points to draw (rings' plane)."""
    p, _, _ = net._check_network(params, 2)
    h = p["W1"].shape[0]
    grid = core.standardize(_grid_points(), mean, std)[0]
    A1 = np.tanh(p["W1"] @ grid + p["b1"])
    A2 = core.sigmoid(p["W2"] @ A1 + p["b2"])
    fig, axes = plt.subplots(1, h + 1, figsize=(2.5 * (h + 1), 3.3), sharey=True)
    extent = (-REG_LIMIT, REG_LIMIT, -REG_LIMIT, REG_LIMIT)
    for u, ax in enumerate(axes):
        values, cmap, vmin = (A1[u], "RdBu", -1) if u < h else (A2[0], "PuOr", 0)
        im = ax.imshow(values.reshape(REG_GRID, REG_GRID), origin="lower", extent=extent,
                       cmap=cmap, vmin=vmin, vmax=1, alpha=0.6)
        if X is not None:
            plot_points(X, Y, ax)
            for points in ax.collections:
                points.set_sizes([14])
        if u < h:
            ends = hidden_line(p["W1"][u], p["b1"][u, 0], mean, std)
            if ends is not None:
                ax.plot(*ends, color=UNIT_COLORS[u], lw=2, ls="--")
            ax.set_title(f"hidden neuron {u + 1}\na = tanh(z)", fontsize=10)
        else:
            ax.set_title("output\na = sigmoid(z)", fontsize=10)
        _square(ax)
        if u:
            ax.set_ylabel("")
        fig.colorbar(im, ax=ax, shrink=0.7, ticks=[vmin, 0, 1] if u < h else [0, 0.5, 1])
    fig.tight_layout()
    return fig


def comparison_figure(network_params, poly_W, poly_b, poly_degree, poly_sets_grid):
    """Two maps side by side on the test points: the network (left) and lesson 10's
    neuron on standardised polynomial features (right), each with its 0.5 boundary.

    network_params for the standardised rings (network_sets); poly_W, poly_b the neuron,
    poly_sets_grid its features of the map's grid (rings_models.poly_sets(d)["grid"]).
    """
    sets = network_sets()
    p, _, _ = net._check_network(network_params, 2)
    P_net = net.predict_network_proba(p, sets["grid"])
    P_poly = core.predict_proba(poly_W, poly_b, poly_sets_grid)
    X, Y = rings()["test"]
    fig, axes = plt.subplots(1, 2, figsize=(9, 4.2), sharey=True)
    extent = (-REG_LIMIT, REG_LIMIT, -REG_LIMIT, REG_LIMIT)
    g = np.linspace(-REG_LIMIT, REG_LIMIT, REG_GRID)
    for ax, P, title in ((axes[0], P_net, f"network, {p['W1'].shape[0]} hidden neurons"),
                         (axes[1], P_poly, f"one neuron, degree {poly_degree} + penalty")):
        P = P.reshape(REG_GRID, REG_GRID)
        ax.imshow(P, origin="lower", extent=extent, cmap="PuOr", vmin=0, vmax=1, alpha=0.5)
        plot_points(X, Y, ax, hollow=True)
        for points in ax.collections:
            points.set_sizes([18])
        ax.contour(g, g, P, levels=[0.5], colors="k", linewidths=1.8)
        ax.set_title(title, fontsize=10)
        _square(ax)
    axes[1].set_ylabel("")
    fig.tight_layout()
    return fig
