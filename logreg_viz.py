"""Plots and widget explorers shared by the lessons.

Every plot function draws on an ``ax`` it is given (or a new one), returns the axes,
and changes no global matplotlib state, so the same call is both a lesson's static
figure and the body of its live explorer. Explorers wrap those functions with
ipywidgets; their static twin is the plain call with the default values.
"""

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
from IPython.display import display

import logreg_core as core

CLASS_COLORS = ("#d95f02", "#1b9e77")   # label 0, label 1; readable by the colour-blind
CLASS_MARKERS = ("o", "s")


def _axes(ax, figsize=(5, 3.5)):
    if ax is None:
        _, ax = plt.subplots(figsize=figsize)
    return ax


# --------------------------------------------------------------------------- shared

def plot_points(X, Y, ax=None, *, hollow=False, label_prefix=""):
    """Scatter the two classes of a 2-feature X (2, m) with labels Y (1, m)."""
    ax = _axes(ax)
    X, Y = np.asarray(X), np.asarray(Y).ravel()
    for label in (0, 1):
        pts = X[:, Y == label]
        color = CLASS_COLORS[label]
        ax.scatter(pts[0], pts[1], marker=CLASS_MARKERS[label], s=45, zorder=3,
                   facecolors="none" if hollow else color, edgecolors=color,
                   linewidths=1.5, label=f"{label_prefix}y = {label}")
    return ax


def plot_cost_curve(costs, record_every=100, ax=None, *, label=None, logy=False):
    """The recorded costs against the iteration at which each was recorded."""
    ax = _axes(ax)
    its = np.arange(len(costs)) * record_every
    ax.plot(its, costs, marker="." if len(costs) < 40 else None, label=label)
    ax.set_xlabel("iteration")
    ax.set_ylabel("cost J")
    if logy:
        ax.set_yscale("log")
    ax.grid(alpha=0.3)
    return ax


def plot_decision_boundary(W, b, X, Y, ax=None, *, X_test=None, Y_test=None,
                           resolution=120, margin=0.3):
    """Probability heat-map of a 2-feature neuron, its 0.5 boundary, and the points.

    Training points are filled, test points (if given) hollow. Returns the axes.
    """
    ax = _axes(ax, (5, 4))
    X = np.asarray(X, dtype=float)
    allX = X if X_test is None else np.hstack([X, np.asarray(X_test, dtype=float)])
    lo, hi = allX.min(axis=1), allX.max(axis=1)
    pad = margin * np.maximum(hi - lo, 1e-9)
    g0 = np.linspace(lo[0] - pad[0], hi[0] + pad[0], resolution)
    g1 = np.linspace(lo[1] - pad[1], hi[1] + pad[1], resolution)
    G0, G1 = np.meshgrid(g0, g1)
    P = core.predict_proba(W, b, np.vstack([G0.ravel(), G1.ravel()])).reshape(G0.shape)
    ax.imshow(P, origin="lower", extent=(g0[0], g0[-1], g1[0], g1[-1]), aspect="auto",
              cmap="PuOr", vmin=0, vmax=1, alpha=0.55, interpolation="bilinear")
    if P.min() < 0.5 < P.max():
        ax.contour(G0, G1, P, levels=[0.5], colors="k", linewidths=1.5)
    plot_points(X, Y, ax, label_prefix="train ")
    if X_test is not None:
        plot_points(X_test, Y_test, ax, hollow=True, label_prefix="test ")
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return ax


def cost_grid(X, Y, p0, p1, *, vary=("w1", "w2"), W=None, b=0.0):
    """The cost J on a grid of two parameters, the others held fixed.

    vary names two of "w1", "w2", ..., "b"; p0 and p1 are 1-D grids for them.
    Returns an array of shape (len(p1), len(p0)), ready for contour(p0, p1, J).
    """
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    n = X.shape[0]
    W = np.zeros((n, 1)) if W is None else np.asarray(W, dtype=float).reshape(n, 1)
    P0, P1 = np.meshgrid(np.asarray(p0, float), np.asarray(p1, float))
    # every grid point's logits at once: Z[k, i] = z of sample i at grid point k
    Wg = np.repeat(W.T, P0.size, axis=0)                       # (K, n)
    bg = np.full(P0.size, float(b))
    for name, values in zip(vary, (P0.ravel(), P1.ravel()), strict=True):
        if name == "b":
            bg = values
        else:
            Wg[:, int(name[1:]) - 1] = values
    Z = Wg @ X + bg[:, None]
    return core.logistic_loss(Z, np.broadcast_to(Y, Z.shape)).mean(axis=1).reshape(P0.shape)


def plot_cost_contour(X, Y, p0, p1, ax=None, *, vary=("w1", "w2"), W=None, b=0.0,
                      levels=25, path=None):
    """Contour of J over two parameters, optionally with a descent path (k, 2) drawn on."""
    ax = _axes(ax, (5, 4))
    J = cost_grid(X, Y, p0, p1, vary=vary, W=W, b=b)
    cs = ax.contourf(p0, p1, J, levels=levels, cmap="viridis")
    ax.contour(p0, p1, J, levels=levels, colors="w", linewidths=0.3, alpha=0.5)
    ax.figure.colorbar(cs, ax=ax, label="cost J")
    names = {"b": "$b$"} | {f"w{i}": f"$w_{i}$" for i in range(1, 10)}
    ax.set_xlabel(names[vary[0]])
    ax.set_ylabel(names[vary[1]])
    if path is not None:
        path = np.asarray(path)
        ax.plot(path[:, 0], path[:, 1], "w.-", ms=3, lw=1)
        ax.plot(path[-1, 0], path[-1, 1], "r*", ms=12)
    return ax


def explore(draw, controls, *, extra=None):
    """A live explorer: redraw ``draw(**values)`` whenever a control changes.

    draw : function of the controls' values returning a matplotlib Figure (the same
           function gives the static twin when called with the default values)
    controls : dict name -> ipywidgets control
    extra : optional function of the same values returning an HTML string shown under
            the plot (numbers a reader and the browser test can read as text)

    Returns a VBox; its ``update(**values)`` redraws directly (tests, benchmarks).
    """
    out = widgets.Output()
    text = widgets.HTML(layout=widgets.Layout(min_height="1.5em"))
    text.add_class("explorer-readout")

    def update(**values):
        fig = draw(**values)
        if extra is not None:
            text.value = extra(**values)
        with out:
            out.clear_output(wait=True)
            display(fig)
        plt.close(fig)   # the Output keeps the PNG; keeping figures open leaks memory
        return fig

    def refresh(_change=None):
        update(**{name: c.value for name, c in controls.items()})

    for control in controls.values():
        control.observe(refresh, names="value")
    box = widgets.VBox([widgets.HBox(list(controls.values())), out, text])
    box.update = update
    refresh()
    return box


# --------------------------------------------------------------------------- lesson 00

# --------------------------------------------------------------------------- lesson 01

# --------------------------------------------------------------------------- lesson 02

# --------------------------------------------------------------------------- lesson 03

# --------------------------------------------------------------------------- lesson 04

# --------------------------------------------------------------------------- lesson 05

import functools  # noqa: E402  (lesson 05's imports; the lead may move them to the top)

from matplotlib.ticker import MaxNLocator  # noqa: E402

# Lesson 05: the training explorer, the training replay, and the static figures of the
# training lesson. Training results are cached by their settings: the explorer's
# figure and its readout ask for the same run, and moving a slider back is free.

TRAINING_DATASETS = {   # dropdown label -> key of training_datasets()
    "toy data of the post": "toy",
    "noisy blobs (seeded)": "blobs",
    "breast cancer, 2 features": "breast cancer",
}
TRAINING_AXIS_LABELS = {"toy": ("$x_1$", "$x_2$"), "blobs": ("$x_1$", "$x_2$"),
                        "breast cancer": ("mean radius (standardised)",
                                          "mean texture (standardised)")}
BLOBS_SEED = 5
BLOBS_SIZE = 400          # the last quarter is the test set
TRAINING_DEFAULTS = {"dataset": "toy", "learning_rate": 0.05, "num_iterations": 2000}
REPLAY_DEFAULTS = {"dataset": "toy", "learning_rate": 0.5, "num_iterations": 2000}


def _read_only(*arrays):
    for a in arrays:
        a.setflags(write=False)
    return arrays


def blobs_dataset(seed=BLOBS_SEED, m=BLOBS_SIZE):
    """core.make_blobs(m, default_rng(seed)), split: first 3/4 train, last 1/4 test."""
    rng = np.random.default_rng(seed)
    X, Y = core.make_blobs(m, rng, distance=2.0, noise=1.0)
    cut = 3 * m // 4
    return X[:, :cut], Y[:, :cut], X[:, cut:], Y[:, cut:]


def breast_cancer_dataset(features=("mean radius", "mean texture")):
    """Two features of scikit-learn's bundled breast-cancer data (y = 1: benign).

    Sample i is a test sample when i % 4 == 0. Both sets are standardised with the
    mean and std of the training set (core.standardize). Nothing is downloaded.
    """
    from sklearn.datasets import load_breast_cancer  # heavy import, only when needed

    data = load_breast_cancer()
    names = list(data.feature_names)
    X = data.data[:, [names.index(f) for f in features]].T
    Y = data.target.reshape(1, -1).astype(int)
    test = np.arange(X.shape[1]) % 4 == 0
    X_train, mean, std = core.standardize(X[:, ~test])
    X_test, _, _ = core.standardize(X[:, test], mean, std)
    return X_train, Y[:, ~test], X_test, Y[:, test]


@functools.lru_cache(maxsize=1)
def training_datasets():
    """{"toy", "blobs", "breast cancer"} -> (X_train, Y_train, X_test, Y_test), read-only.

    Loaded once per kernel and cached, so an explorer update never reloads data.
    """
    return {"toy": _read_only(*core.toy_dataset()),
            "blobs": _read_only(*blobs_dataset()),
            "breast cancer": _read_only(*breast_cancer_dataset())}


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
    """A modest 9 x 3.6 in figure with two axes. Fixed margins instead of tight_layout
    (which would cost half the update time) and few ticks: text is what is slow."""
    fig, axes = plt.subplots(1, 2, figsize=(9, 3.6), dpi=80)
    fig.subplots_adjust(left=0.07, right=right, bottom=0.14, top=0.9, wspace=0.25)
    for ax in axes:
        ax.locator_params(nbins=5)
    return fig, axes


def training_figure(dataset="toy", learning_rate=0.05, num_iterations=2000):
    """Cost curve (left) and decision boundary with train/test points (right)."""
    r = train(dataset, learning_rate, num_iterations)
    X_train, Y_train, X_test, Y_test = training_datasets()[dataset]
    fig, (ax0, ax1) = _two_panels()
    plot_cost_curve(r["curve"], r["record_every"], ax0)
    ax0.set_ylim(bottom=0)
    ax0.set_title(f"cost, learning rate {learning_rate:.3g}")
    plot_decision_boundary(r["W"], r["b"], X_train, Y_train, ax1, X_test=X_test,
                           Y_test=Y_test, resolution=100)
    ax1.set_title(f"after {num_iterations} iterations: train {r['train_accuracy']:.1f} %,"
                  f" test {r['test_accuracy']:.1f} %", fontsize=10)
    ax1.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    ax1.set_xlabel(TRAINING_AXIS_LABELS[dataset][0])
    ax1.set_ylabel(TRAINING_AXIS_LABELS[dataset][1])
    return fig


def training_explorer(continuous_update=True):
    """Learning rate, iterations and dataset -> cost curve, boundary, accuracies."""
    d = TRAINING_DEFAULTS
    controls = {
        "dataset": widgets.Dropdown(options=list(TRAINING_DATASETS.items()),
                                    value=d["dataset"], description="data",
                                    layout=widgets.Layout(width="240px")),
        "learning_rate": widgets.FloatLogSlider(
            value=d["learning_rate"], base=10, min=-3, max=1, step=0.05,
            description="learning rate", readout_format=".3g",
            continuous_update=continuous_update, style={"description_width": "auto"}),
        "num_iterations": widgets.IntSlider(
            value=d["num_iterations"], min=100, max=10000, step=100,
            description="iterations", continuous_update=continuous_update),
    }
    return explore(training_figure, controls, extra=training_readout)


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
    the same for every iteration; `shown` points of the path are drawn."""
    if not 0 <= iteration <= num_iterations:
        raise ValueError(f"iteration must be between 0 and {num_iterations}; got {iteration}.")
    path = replay_path(dataset, learning_rate, num_iterations)
    p0, p1, levels = _replay_grid(dataset, learning_rate, num_iterations)
    X_train, Y_train, X_test, Y_test = training_datasets()[dataset]
    w1, w2, b = path[iteration]
    W = np.array([[w1], [w2]])
    fig, (ax0, ax1) = _two_panels(right=0.92)
    plot_decision_boundary(W, b, X_train, Y_train, ax0, X_test=X_test, Y_test=Y_test,
                           resolution=100)
    ax0.set_title(f"iteration {iteration}: cost J = {core.cost(W, b, X_train, Y_train):.4f}",
                  fontsize=10)
    step = max(1, num_iterations // shown)
    trail = np.vstack([path[:iteration:step, :2], path[iteration, :2]])
    plot_cost_contour(X_train, Y_train, p0, p1, ax1, b=b, levels=levels, path=trail)
    ax1.set_title(f"path of $(w_1, w_2)$ on J at the current b = {b:.3f}", fontsize=10)
    return fig


def replay_explorer(interval_ms=200, frames=50):
    """A Play button and an iteration slider over the recorded path of replay_path().

    Play shows `frames` frames, one every interval_ms: a frame takes ~130 ms to draw
    (bench_widgets.py), so the kernel keeps up instead of queueing stale frames.
    """
    d = REPLAY_DEFAULTS
    n = d["num_iterations"]
    slider = widgets.IntSlider(value=n, min=0, max=n, step=n // 100, description="iteration")
    play = widgets.Play(value=n, min=0, max=n, step=n // frames, interval=interval_ms)
    widgets.jslink((play, "value"), (slider, "value"))
    box = explore(lambda iteration: replay_figure(iteration, **d), {"iteration": slider})
    controls = box.children[0]
    controls.children = (play, *controls.children)
    return box


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
    axes[0, 0].legend(fontsize=8)
    fig.tight_layout()
    return fig


def plot_rate_sweep(rates, rises, bound, measured, ax=None):
    """Number of steps at which the cost rose, against the learning rate (log x), with
    the theoretical bound and the measured threshold as vertical lines."""
    ax = _axes(ax, (7, 3.2))
    rates, rises = np.asarray(rates), np.asarray(rises)
    ok = rises == 0
    ax.plot(rates[ok], rises[ok], "o", ms=3, color="tab:green", label="cost fell at every step")
    ax.plot(rates[~ok], rises[~ok], "o", ms=3, color="tab:red", label="cost rose at some step")
    ax.axvline(bound, color="k", ls="--", label=f"guaranteed below {bound:.3f}")
    ax.axvline(measured, color="tab:red", ls=":", label=f"first rise measured at {measured:.3f}")
    ax.set_xscale("log")
    ax.set_xlabel("learning rate (log scale)")
    ax.set_ylabel("steps where the cost rose")
    ax.legend(fontsize=8)
    ax.grid(alpha=0.3)
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
    fig.tight_layout()
    return fig


# --------------------------------------------------------------------------- lesson 06
