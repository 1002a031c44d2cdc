"""Lesson 00's figures, readouts and explorers.

What it draws: the widget check and the neuron picture.

Imports the shared modules (.common, .explorer), logreg_data and logreg_core; never
another lesson's module.
"""

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np

import logreg_core as core

from .common import _axes
from .explorer import explore, moving, tight_layout_once


def widget_check_figure(k=1.0):
    """Lesson 00's widget test: the curve sigmoid(k z) for z in [-6, 6]. Returns the Figure.

    The explorer keeps this figure and moves the curve with widget_check_update.
    """
    fig, ax = plt.subplots(figsize=(5, 3))
    z = np.linspace(-6, 6, 241)
    curve, = ax.plot(z, np.zeros_like(z), color="C0", lw=2, label="$\\sigma(kz)$")
    ax.axhline(0.5, color="0.6", lw=0.8, ls=":")
    ax.set_xlim(-6.6, 6.6)           # fixed limits (matplotlib's 5 % margins): no relimit
    ax.set_ylim(-0.05, 1.05)
    ax.set_xlabel("$z$")
    ax.set_ylabel("$\\sigma(kz)$")
    legend = ax.legend(loc="upper left")
    fig._widget_check_parts = (curve, legend.get_texts()[0], ax.set_title(""))
    widget_check_update(fig, k)
    tight_layout_once(fig)           # the title's height does not depend on k
    return fig


def widget_check_update(fig, k):
    """Move a widget_check_figure to steepness k: new curve, legend text and title."""
    curve, legend_text, title = fig._widget_check_parts
    label = f"$\\sigma({k:.2f}\\,z)$"
    curve.set_ydata(core.sigmoid(k * curve.get_xdata()))
    curve.set_label(label)
    legend_text.set_text(label)
    title.set_text(f"Widget check: steepness k = {k:.2f}")
    return moving(fig, curve, curve.axes.get_legend(), title)


def widget_check_readout(k=1.0):
    """The explorer's text: where sigma(k z) reaches 0.9."""
    z90 = np.log(9) / k   # sigmoid(k z) = 0.9 where k z = ln 9
    return f"k = {k:.2f}: the curve reaches 0.9 at z = {z90:.2f}"


def widget_check_explorer():
    """A one-slider explorer: if it redraws when dragged, widgets work in this front end."""
    slider = widgets.FloatSlider(value=1.0, min=0.25, max=4.0, step=0.25, description="k",
                                 readout_format=".2f")
    return explore(widget_check_figure, {"k": slider}, extra=widget_check_readout,
                   update=widget_check_update)


NEURON_MAX_INPUTS = 8


def plot_neuron(ax=None, n_inputs=3):
    """The neuron as a picture: inputs x_1..x_n, weights w_1..w_n on the arrows, a sum node
    that adds the bias b (giving z), the sigmoid box, and the output a. Returns the axes.

    n_inputs : int from 1 to NEURON_MAX_INPUTS, how many input circles to draw.
    """
    if isinstance(n_inputs, bool) or not isinstance(n_inputs, (int, np.integer)):
        raise TypeError(f"n_inputs must be a whole number; got {type(n_inputs).__name__} "
                        f"{n_inputs!r}. Try plot_neuron(n_inputs=3).")
    if not 1 <= n_inputs <= NEURON_MAX_INPUTS:
        raise ValueError(f"n_inputs must be between 1 and {NEURON_MAX_INPUTS}; got "
                         f"{n_inputs}. More inputs do not fit on the picture.")
    n = int(n_inputs)
    own = ax is None
    ax = _axes(ax, (8, 0.8 + 0.75 * max(n, 3)))
    ys = np.linspace(n - 1, 0, n) - (n - 1) / 2          # input heights, centred on 0
    span = max(ys.max(), 1.0)
    sum_xy, sig_xy, out_xy = (4.6, 0.0), (7.0, 0.0), (9.1, 0.0)
    arrow = {"arrowstyle": "-|>", "color": "0.25", "lw": 1.3, "shrinkA": 16, "shrinkB": 20}
    for i, y in enumerate(ys, 1):
        ax.add_patch(plt.Circle((1.0, y), 0.3, facecolor="#e8f1fb", edgecolor="C0", lw=1.5))
        ax.text(1.0, y, f"$x_{{{i}}}$", ha="center", va="center", fontsize=12)
        ax.annotate("", sum_xy, (1.0, y), arrowprops=arrow)
        # the weight sits on its arrow, a third of the way from the input
        ax.text(1.0 + 0.36 * (sum_xy[0] - 1.0), y + 0.36 * (sum_xy[1] - y) + 0.12,
                f"$w_{{{i}}}$", ha="center", va="bottom", fontsize=11, color="C3")
    # the sum node, with the bias coming in from above
    ax.add_patch(plt.Circle(sum_xy, 0.42, facecolor="#fff4e0", edgecolor="C1", lw=1.5))
    ax.text(*sum_xy, r"$\Sigma$", ha="center", va="center", fontsize=15)
    bias_xy = (sum_xy[0], span + 0.4)
    ax.text(*bias_xy, "bias $b$", ha="center", va="center", fontsize=11, color="C1")
    ax.annotate("", sum_xy, (bias_xy[0], bias_xy[1] - 0.1),
                arrowprops={**arrow, "shrinkA": 6, "color": "C1"})
    terms = [f"w_{{{i}}}x_{{{i}}}" for i in range(1, n + 1)]
    if n > 3:
        terms = [terms[0], "\\dots", terms[-1]]
    ax.text(sum_xy[0], -span - 0.35, f"$z = {' + '.join(terms)} + b$", ha="center",
            va="top", fontsize=10)
    # z flows into the sigmoid box, which holds a small picture of the S-curve
    ax.annotate("", sig_xy, sum_xy, arrowprops={**arrow, "shrinkA": 22, "shrinkB": 32})
    ax.text((sum_xy[0] + sig_xy[0]) / 2, 0.12, "$z$", ha="center", va="bottom", fontsize=12)
    box = plt.Rectangle((sig_xy[0] - 0.55, -0.5), 1.1, 1.0, facecolor="#eaf6ea",
                        edgecolor="C2", lw=1.5)
    ax.add_patch(box)
    t = np.linspace(-6, 6, 60)
    ax.plot(sig_xy[0] + t / 12, -0.3 + 0.6 * core.sigmoid(t), color="C2", lw=1.5)
    ax.text(sig_xy[0] + 0.3, -0.62, r"$a = \sigma(z) = \dfrac{1}{1 + e^{-z}}$", ha="center",
            va="top", fontsize=10)
    ax.text(sig_xy[0], 0.62, r"sigmoid $\sigma$", ha="center", va="bottom", fontsize=10)
    # the output
    ax.annotate("", out_xy, sig_xy, arrowprops={**arrow, "shrinkA": 32, "shrinkB": 14})
    ax.text(out_xy[0] + 0.05, 0, "$a$", ha="left", va="center", fontsize=14)
    ax.text(out_xy[0] + 0.05, -0.45, "P(y = 1)", ha="left", va="top", fontsize=9, color="0.3")
    ax.set_xlim(0.3, 10.2)
    ax.set_ylim(-span - 1.2, span + 0.8)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title(f"One neuron with {n} input{'s' if n > 1 else ''}: "
                 r"$z = w \cdot x + b$, then $a = \sigma(z)$")
    if own:
        ax.figure.tight_layout()
    return ax
