"""Lesson 04's figures, readouts and explorers.

What it draws: the computation graph, dz against z, the chain-rule explorer.

Imports the shared modules (.common, .explorer), logreg_data and logreg_core; never
another lesson's module.
"""

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np

import logreg_core as core

from .common import _axes
from .explorer import explore, moving, tight_layout_once


def plot_computation_graph(ax=None):
    """The single neuron's computation graph x, w, b -> z -> a -> L, with local derivatives.

    Each box is a value, each arrow is labelled with the derivative of its head with
    respect to its tail. Returns the axes (axis hidden).
    """
    ax = _axes(ax, (8, 3.2))
    nodes = {"x": (0.5, 2.6), "w": (0.5, 1.5), "b": (0.5, 0.4), "z": (3.2, 1.5),
             "a": (5.9, 1.5), "L": (8.6, 1.5), "y": (5.9, 0.2)}
    text = {"x": "$x$", "w": "$w$", "b": "$b$", "z": "$z = wx + b$",
            "a": r"$a = \sigma(z)$", "L": "$L(a, y)$", "y": "$y$"}
    boxes = {}
    for name, (cx, cy) in nodes.items():
        color = "#fde0c5" if name in "wb" else ("#e0e0e0" if name in "xy" else "#cfe3f3")
        boxes[name] = ax.text(cx, cy, text[name], ha="center", va="center", fontsize=12,
                              bbox={"boxstyle": "round,pad=0.4", "fc": color, "ec": "0.3"})
    edges = [("x", "z", r"$\partial z/\partial x = w$", (1.8, 2.5)),
             ("w", "z", r"$\partial z/\partial w = x$", (1.55, 1.25)),
             ("b", "z", r"$\partial z/\partial b = 1$", (1.7, 0.55)),
             ("z", "a", "$da/dz = a(1-a)$", (4.55, 1.75)),
             ("a", "L", r"$\partial L/\partial a = -\frac{y}{a} + \frac{1-y}{1-a}$", (7.25, 1.85)),
             ("y", "L", "", None)]
    for tail, head, label, where in edges:
        ax.annotate("", xy=(0, 0.5), xycoords=boxes[head], xytext=(1, 0.5),
                    textcoords=boxes[tail],
                    arrowprops={"arrowstyle": "->", "color": "0.3", "lw": 1.5,
                                "shrinkA": 6, "shrinkB": 6})
        if label:
            ax.text(*where, label, ha="center", fontsize=10, color="C3")
    ax.set_xlim(0, 9.6)
    ax.set_ylim(-0.1, 2.9)
    ax.axis("off")
    ax.set_title("forward: left to right; backward: multiply the red labels right to left")
    return ax


def dz_both_losses(z, y):
    """dL/dz for cross-entropy (a - y) and squared error (a - y) a (1 - a), as a dict."""
    a = core.sigmoid(np.asarray(z, float))
    return {"ce": a - y, "se": (a - y) * a * (1 - a)}


def plot_dz_vs_z(y=1, ax=None, *, zs=None):
    """|dL/dz| against z for both losses when the label is y (log scale).

    For y = 1, z far below 0 is a confident wrong prediction: there cross-entropy's
    gradient stays near 1 while squared error's vanishes. Returns the axes.
    """
    ax = _axes(ax, (6, 3.5))
    zs = np.linspace(-10, 10, 401) if zs is None else np.asarray(zs, float)
    d = dz_both_losses(zs, y)
    ax.semilogy(zs, np.abs(d["ce"]), color="C0", lw=2, label="cross-entropy: $|a - y|$")
    ax.semilogy(zs, np.abs(d["se"]), color="C3", lw=2,
                label="squared error: $|(a - y)\\,a(1-a)|$")
    wrong = zs < 0 if y == 1 else zs > 0
    ax.fill_between(zs, 0, 1, where=wrong, transform=ax.get_xaxis_transform(),
                    color="0.5", alpha=0.12, lw=0, label="wrong prediction")
    ax.set_xlabel("$z$")
    ax.set_ylabel("$|dL/dz|$")
    ax.set_title(f"size of the gradient at z, label y = {y}")
    ax.set_ylim(1e-5, 300)      # room above the curves: the legend covers none of them
    ax.grid(alpha=0.3)
    ax.legend(fontsize=9, loc="upper right")
    return ax


def chain_factors(z, y, x=1.5):
    """The chain rule's factors for one sample with logit z, label y, input x.

    Returns a dict: "a", "dL_da", "da_dz", "dz_dw" (= x), "dL_dz" (= dL_da * da_dz)
    and "dL_dw" (the product of all three).
    """
    a = float(core.sigmoid(z))
    dL_da = -y / a + (1 - y) / (1 - a)
    da_dz = a * (1 - a)
    return {"a": a, "dL_da": dL_da, "da_dz": da_dz, "dz_dw": float(x),
            "dL_dz": dL_da * da_dz, "dL_dw": dL_da * da_dz * x}


def chain_rule_figure(z=-2.0, y=1, x=1.5):
    """Explorer frame: the three factors and their product as bars (symmetric log scale).

    The explorer keeps this figure and moves it with chain_rule_update.
    """
    names = ["dL/da", "da/dz", "dz/dw = x", "dL/dz", "dL/dw"]
    fig, ax = plt.subplots(figsize=(7, 3.5))
    colors = ["0.6"] * 3 + ["C0", "C3"]
    bars = ax.bar(names, [0.0] * len(names), color=colors)
    labels = [ax.annotate("", (bar.get_x() + bar.get_width() / 2, 0), ha="center",
                          fontsize=9, textcoords="offset points", xytext=(0, 3))
              for bar in bars]
    ax.set_yscale("symlog", linthresh=0.01)
    ax.axhline(0, color="k", lw=0.8)
    ax.set_ylabel("value (symlog scale)")
    fig._chain_rule_parts = (bars, labels, ax.set_title(""))
    chain_rule_update(fig, z, y, x)
    # the widest tick label (-10^k) and so the margins are the same for every z and y
    tight_layout_once(fig)
    return fig


def chain_rule_update(fig, z, y, x=1.5):
    """Move a chain_rule_figure to new z, y, x: bar heights, their labels, limits, title."""
    bars, labels, title = fig._chain_rule_parts
    f = chain_factors(z, y, x)
    values = [f["dL_da"], f["da_dz"], f["dz_dw"], f["dL_dz"], f["dL_dw"]]
    for bar, label, v in zip(bars, labels, values, strict=True):
        bar.set_height(v)
        label.xy = (label.xy[0], v)
        label.set_text(f"{v:.4g}")
        label.set_verticalalignment("bottom" if v >= 0 else "top")
        label.xyann = (0, 3 if v >= 0 else -3)
    # the limit moves in whole powers of ten (the symlog axis's own steps): most moves
    # then keep the axes, and the explorer redraws only the bars on its kept picture
    top = 10.0 ** max(1, int(np.ceil(np.log10(3 * max(abs(v) for v in values) + 1e-300))))
    fig.axes[0].set_ylim(-top, top)
    title.set_text(f"z = {z:.2f}, y = {y}, x = {x:g}:  a = {f['a']:.4f}")
    return moving(fig, *bars, *labels, title)


def chain_rule_readout(z=-2.0, y=1, x=1.5):
    f = chain_factors(z, y, x)
    return (f"dL/da · da/dz = {f['dL_da']:.6g} × {f['da_dz']:.6g} = {f['dL_dz']:.6g} "
            f"= a − y = {f['a'] - y:.6g};  dL/dw = {f['dL_dw']:.6g}")


def chain_rule_explorer(x=1.5):
    """Sliders for z and a 0/1 toggle for y over chain_rule_figure (x held fixed)."""
    controls = {
        "z": widgets.FloatSlider(value=-2.0, min=-8.0, max=8.0, step=0.1, description="z"),
        "y": widgets.ToggleButtons(options=[0, 1], value=1, description="y"),
    }
    return explore(lambda z, y: chain_rule_figure(z, y, x), controls,
                   extra=lambda z, y: chain_rule_readout(z, y, x),
                   update=lambda fig, z, y: chain_rule_update(fig, z, y, x))
