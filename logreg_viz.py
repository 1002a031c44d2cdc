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

def widget_check_figure(k=1.0):
    """Lesson 00's widget test: the curve sigmoid(k z) for z in [-6, 6]. Returns the Figure."""
    fig, ax = plt.subplots(figsize=(5, 3))
    z = np.linspace(-6, 6, 241)
    ax.plot(z, core.sigmoid(k * z), color="C0", lw=2, label=f"$\\sigma({k:.2f}\\,z)$")
    ax.axhline(0.5, color="0.6", lw=0.8, ls=":")
    ax.set_ylim(-0.05, 1.05)
    ax.set_xlabel("$z$")
    ax.set_ylabel("$\\sigma(kz)$")
    ax.set_title(f"Widget check: steepness k = {k:.2f}")
    ax.legend(loc="upper left")
    fig.tight_layout()
    return fig


def widget_check_explorer():
    """A one-slider explorer: if it redraws when dragged, widgets work in this front end."""
    slider = widgets.FloatSlider(value=1.0, min=0.25, max=4.0, step=0.25, description="k",
                                 readout_format=".2f")

    def readout(k):
        z90 = np.log(9) / k   # sigmoid(k z) = 0.9 where k z = ln 9
        return f"k = {k:.2f}: the curve reaches 0.9 at z = {z90:.2f}"

    return explore(widget_check_figure, {"k": slider}, extra=readout)


# --------------------------------------------------------------------------- lesson 01

SATURATION = 0.05   # below this sigma'(z) we call the neuron saturated (|z| > about 2.9)


def plot_sigmoid(ax=None, *, z_max=8.0, derivative=True, saturation=True):
    """sigma(z) and, optionally, sigma'(z) = sigma(z)(1 - sigma(z)) over [-z_max, z_max].

    Marks sigma(0) = 1/2 and the derivative's maximum 1/4 at z = 0; with saturation,
    shades where sigma'(z) < SATURATION. Returns the axes.
    """
    own = ax is None
    ax = _axes(ax, (7, 3.5))
    z = np.linspace(-z_max, z_max, 401)
    ax.plot(z, core.sigmoid(z), color="C0", lw=2, label=r"$\sigma(z)$")
    ax.plot([0], [0.5], "o", color="C0", ms=5)
    if derivative:
        ax.plot(z, core.sigmoid_derivative(z), color="C3", lw=2,
                label=r"$\sigma'(z) = \sigma(z)(1-\sigma(z))$")
        ax.plot([0], [0.25], "o", color="C3", ms=5)
        ax.annotate(r"max $\frac{1}{4}$ at $z=0$", (0, 0.25), (1.2, 0.12),
                    arrowprops={"arrowstyle": "->", "color": "C3"}, color="C3")
    if saturation:
        # sigma'(z) = s(1 - s) = c where s = (1 + sqrt(1 - 4c)) / 2
        z_sat = float(np.log((1 + np.sqrt(1 - 4 * SATURATION)) / (1 - np.sqrt(1 - 4 * SATURATION))))
        for lo, hi in ((-z_max, -z_sat), (z_sat, z_max)):
            ax.axvspan(lo, hi, color="0.85", zorder=0)
        for x0 in (-z_max + 0.3, z_sat + 0.3):
            ax.text(x0, 0.4, "saturated:\n" + r"$\sigma'(z) < %.2f$" % SATURATION,
                    color="0.3", fontsize=9)
    ax.axhline(0.5, color="0.6", lw=0.8, ls=":")
    ax.axhline(1.0, color="0.6", lw=0.8, ls=":")
    ax.set_xlim(-z_max, z_max)
    ax.set_ylim(-0.05, 1.05)
    ax.set_xlabel("$z$")
    ax.set_ylabel("value")
    ax.set_title("The sigmoid and its slope")
    ax.legend(loc="upper left", fontsize=9)
    if own:
        ax.figure.tight_layout()
    return ax


def one_feature_data():
    """Feature x1 of the source post's training set, and its labels: x (8,), y (8,).

    This single feature already separates the classes: y = 0 for x <= 0.5, 1 for x >= 0.6.
    """
    X_train, Y_train, _, _ = core.toy_dataset()
    return X_train[0].copy(), Y_train[0].copy()


def neuron_threshold(w, b):
    """The x where sigma(w x + b) = 0.5, i.e. -b / w; None when w = 0 (no threshold)."""
    return None if w == 0 else -b / w


def sigmoid_neuron_figure(w=5.0, b=-2.0, *, x_lim=(-0.5, 1.5)):
    """a = sigma(w x + b) over the one-feature data, with the 0.5 threshold marked.

    Returns the Figure (one axes). The threshold x = -b / w is a dashed vertical line
    when it falls inside x_lim; when w = 0 the curve is flat and the title says so.
    """
    x, y = one_feature_data()
    fig, ax = plt.subplots(figsize=(7, 3.5))
    grid = np.linspace(*x_lim, 301)
    ax.plot(grid, core.sigmoid(w * grid + b), color="C0", lw=2, label="a = σ(wx + b)")
    for label in (0, 1):
        ax.scatter(x[y == label], y[y == label], marker=CLASS_MARKERS[label], s=45, zorder=3,
                   color=CLASS_COLORS[label], label=f"y = {label}")
    ax.axhline(0.5, color="0.6", lw=0.8, ls=":")
    t = neuron_threshold(w, b)
    if t is None:
        where = "no threshold (w = 0)"
    elif x_lim[0] <= t <= x_lim[1]:
        ax.axvline(t, color="k", ls="--", lw=1.2, label=f"threshold x = {t:.3f}")
        where = f"threshold x = {t:.3f}"
    else:
        where = f"threshold x = {t:.3f}, off the plot"
    ax.set_xlim(*x_lim)
    ax.set_ylim(-0.08, 1.08)
    ax.set_xlabel("feature x (x₁ of the toy data)")
    ax.set_ylabel("a = P(y = 1)")
    ax.set_title(f"w = {w:.2f}, b = {b:.2f}: {where}")
    ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=9)
    # a fixed layout (not tight_layout): the axes must not jump as the legend changes
    fig.subplots_adjust(left=0.1, right=0.72, bottom=0.15, top=0.9)
    return fig


def sigmoid_neuron_readout(w=5.0, b=-2.0):
    """HTML text under the explorer: threshold, cost and accuracy on the one-feature data."""
    x, y = one_feature_data()
    X, Y = x.reshape(1, -1), y.reshape(1, -1)
    t = neuron_threshold(w, b)
    side = ("no threshold: every point gets the same a" if t is None else
            f"threshold x = {t:.3f}, predicting 1 {'right' if w > 0 else 'left'} of it")
    acc = core.accuracy(core.predict(np.array([[w]]), b, X), Y)
    J = core.cost(np.array([[w]]), b, X, Y)
    return f"{side}; cost J = {J:.4f}; accuracy {acc:.1f} %"


def sigmoid_neuron_explorer():
    """Sliders for w and b over sigmoid_neuron_figure; the static twin is its default call."""
    controls = {
        "w": widgets.FloatSlider(value=5.0, min=-20, max=20, step=0.5, description="w"),
        "b": widgets.FloatSlider(value=-2.0, min=-15, max=15, step=0.25, description="b"),
    }
    return explore(sigmoid_neuron_figure, controls, extra=sigmoid_neuron_readout)


# --------------------------------------------------------------------------- lesson 02

# --------------------------------------------------------------------------- lesson 03

# --------------------------------------------------------------------------- lesson 04

# --------------------------------------------------------------------------- lesson 05

# --------------------------------------------------------------------------- lesson 06
