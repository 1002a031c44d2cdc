"""Lesson 01's figures, readouts and explorers.

What it draws: the sigmoid and its slope, the one-neuron explorer.

Imports the shared modules (.common, .explorer), logreg_data and logreg_core; never
another lesson's module.
"""

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np

import logreg_core as core
from logreg_data import one_feature_data

from .common import CLASS_COLORS, CLASS_MARKERS, _axes
from .explorer import explore, moving

SATURATION = 0.05   # below this sigma'(z) we call the neuron saturated (|z| > about 2.9)


def saturation_z(slope=SATURATION):
    """The z > 0 where sigma'(z) = slope (0 < slope < 1/4); beyond it the slope is smaller.

    sigma'(z) = s(1 - s) = slope where s = (1 + sqrt(1 - 4 slope)) / 2, and z = ln(s / (1 - s)).
    """
    if not 0 < slope < 0.25:
        raise ValueError(f"slope must be between 0 and 1/4 (the largest slope of sigma); "
                         f"got {slope}.")
    root = np.sqrt(1 - 4 * slope)
    return float(np.log((1 + root) / (1 - root)))


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
        ax.annotate(r"max $\frac{1}{4}$ at $z=0$", (0, 0.25), (1.0, 0.32),
                    arrowprops={"arrowstyle": "->", "color": "C3"}, color="C3")
    if saturation:
        z_sat = saturation_z()
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


def neuron_threshold(w, b):
    """The x where sigma(w x + b) = 0.5, i.e. -b / w; None when w = 0 (no threshold)."""
    return None if w == 0 else -b / w + 0.0      # + 0.0: b = 0 gives 0.0, not -0.0


def sigmoid_neuron_figure(w=5.0, b=-2.0, *, x_lim=(-0.5, 1.5)):
    """a = sigma(w x + b) over the one-feature data, with the 0.5 threshold marked.

    Returns the Figure (one axes). The threshold x = -b / w is a dashed vertical line
    when it falls inside x_lim; when w = 0 the curve is flat and the title says so.
    The explorer keeps this figure and moves it with sigmoid_neuron_update.
    """
    x, y = one_feature_data()
    fig, ax = plt.subplots(figsize=(7, 3.5))
    grid = np.linspace(*x_lim, 301)
    curve, = ax.plot(grid, np.zeros_like(grid), color="C0", lw=2, label="a = σ(wx + b)")
    points = [ax.scatter(x[y == label], y[y == label], marker=CLASS_MARKERS[label], s=45,
                         zorder=3, color=CLASS_COLORS[label], label=f"y = {label}")
              for label in (0, 1)]
    ax.axhline(0.5, color="0.6", lw=0.8, ls=":")
    ax.set_xlim(*x_lim)
    ax.set_ylim(-0.08, 1.08)
    ax.set_xlabel("feature x (x₁ of the toy data)")
    ax.set_ylabel("a = P(y = 1)")
    # a fixed layout (not tight_layout): the axes must not jump as the legend changes
    fig.subplots_adjust(left=0.1, right=0.72, bottom=0.15, top=0.9)
    fig._sigmoid_neuron_parts = {"curve": curve, "points": points, "x_lim": x_lim,
                                 "threshold": None}
    sigmoid_neuron_update(fig, w, b)
    return fig


def sigmoid_neuron_update(fig, w, b):
    """Move a sigmoid_neuron_figure to new w and b: the curve, the threshold line (moved,
    added or removed), its legend entry and the title."""
    parts = fig._sigmoid_neuron_parts
    ax, curve, x_lim = fig.axes[0], parts["curve"], parts["x_lim"]
    curve.set_ydata(core.sigmoid(w * curve.get_xdata() + b))
    t = neuron_threshold(w, b)
    inside = t is not None and x_lim[0] <= t <= x_lim[1]
    line = parts["threshold"]
    if inside:
        label = f"threshold x = {t:.3f}"
        if line is None:
            line = parts["threshold"] = ax.axvline(t, color="k", ls="--", lw=1.2)
        line.set_xdata([t, t])
        line.set_label(label)
    elif line is not None:
        line.remove()
        parts["threshold"] = None
    if t is None:
        where = "no threshold (w = 0)"
    else:
        where = f"threshold x = {t:.3f}" + ("" if inside else ", off the plot")
    ax.set_title(f"w = {w:.2f}, b = {b:.2f}: {where}")
    legend = ax.get_legend()
    if legend is not None and len(legend.get_texts()) == 3 + inside:
        if inside:   # same entries: only the threshold's text changes
            legend.get_texts()[3].set_text(label)
    else:
        handles = [curve, *parts["points"]] + ([line] if inside else [])
        ax.legend(handles=handles, loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=9)
    return moving(fig, curve, *([line] if inside else []), ax.title, ax.get_legend())


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
    return explore(sigmoid_neuron_figure, controls, extra=sigmoid_neuron_readout,
                   update=sigmoid_neuron_update)
