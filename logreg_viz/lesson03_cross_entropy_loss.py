"""Lesson 03's figures, readouts and explorers.

What it draws: the log loss, squared error against cross-entropy, the cost bowl.

Imports the shared modules (.common, .explorer), logreg_data and logreg_core; never
another lesson's module.
"""

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np

from .common import CLASS_COLORS, _axes, cost_grid, costs_over_w, plot_cost_contour
from .explorer import explore, moving, tight_layout_once


def log_loss(a, y):
    """The per-sample cross-entropy -y log a - (1 - y) log(1 - a) of a probability a.

    For plotting and read-outs where a is strictly between 0 and 1 (the lesson's
    stable version, from logits, is logreg_core.logistic_loss).
    """
    a = np.asarray(a, dtype=float)
    if np.any((a <= 0) | (a >= 1)):
        raise ValueError("a must lie strictly between 0 and 1; for saturated predictions "
                         "use logreg_core.logistic_loss on the logits instead.")
    return -y * np.log(a) - (1 - y) * np.log1p(-a)


def plot_log_loss_curves(ax=None, *, a_min=1e-3):
    """The per-sample loss against a, one curve for y = 1 and one for y = 0."""
    ax = _axes(ax)
    a = np.linspace(a_min, 1 - a_min, 500)
    for y in (1, 0):
        formula = r"$-\log a$" if y == 1 else r"$-\log(1-a)$"
        ax.plot(a, log_loss(a, y), color=CLASS_COLORS[y], lw=2, label=f"y = {y}: {formula}")
    ax.set_xlabel("prediction $a = P(y=1)$")
    ax.set_ylabel("loss $L(a, y)$")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, -np.log(a_min))
    ax.grid(alpha=0.3)
    ax.legend(loc="upper center")
    return ax


def log_loss_figure(a=0.8, y=1):
    """Explorer frame: both loss curves, the chosen y's curve bold, the point (a, L) marked.

    The explorer keeps this figure and moves it with log_loss_update.
    """
    fig, ax = plt.subplots(figsize=(6, 3.5))
    plot_log_loss_curves(ax)
    marker, = ax.plot([a], [0.0], "ko", ms=8, zorder=4)
    drop = ax.vlines(a, 0, 0.0, colors="k", linestyles=":", lw=1)
    fig._log_loss_parts = (ax.get_lines()[:2], marker, drop, ax.set_title(""))
    log_loss_update(fig, a, y)
    tight_layout_once(fig)   # the limits are fixed and the title's height does not change
    return fig


def log_loss_update(fig, a, y):
    """Move a log_loss_figure to new a and y: bold curve, marked point and title."""
    curves, marker, drop, title = fig._log_loss_parts
    for line in curves:
        line.set_alpha(1.0 if line.get_label().startswith(f"y = {y}") else 0.25)
    loss = float(log_loss(a, y))
    marker.set_data([a], [loss])
    drop.set_segments([[(a, 0), (a, loss)]])
    title.set_text(f"a = {a:.3f}, y = {y}:  L = {loss:.4f}")
    return moving(fig, *curves, marker, drop, title)


def log_loss_readout(a=0.8, y=1):
    term = f"-log({a:.3f})" if y == 1 else f"-log(1 - {a:.3f})"
    return f"L({a:.3f}, {y}) = {term} = <b>{float(log_loss(a, y)):.6f}</b>"


def log_loss_explorer():
    """Sliders for a and a 0/1 toggle for y over log_loss_figure."""
    controls = {
        "a": widgets.FloatSlider(value=0.8, min=0.001, max=0.999, step=0.001,
                                 description="a", readout_format=".3f"),
        "y": widgets.ToggleButtons(options=[0, 1], value=1, description="y"),
    }
    return explore(log_loss_figure, controls, extra=log_loss_readout,
                   update=log_loss_update)


def plot_se_vs_ce(x, y, ws, b=0.0, *, flat=1e-3):
    """Three panels over w: cross-entropy, squared error, and the size of both slopes.

    Where the squared error's slope is below ``flat`` its panel is shaded: gradient
    descent barely moves there. Returns the Figure.
    """
    c = costs_over_w(x, y, ws, b)
    fig, (ax0, ax1, ax2) = plt.subplots(1, 3, figsize=(9.5, 3.2))
    ax0.plot(ws, c["ce"], color="C0", lw=2)
    ax0.set_title("cross-entropy $J(w)$")
    ax1.plot(ws, c["se"], color="C3", lw=2)
    ax1.set_title("squared error $J(w)$")
    flat_w = np.abs(c["dse"]) < flat
    ax1.fill_between(ws, 0, 1, where=flat_w, transform=ax1.get_xaxis_transform(),
                     color="C3", alpha=0.12, lw=0)
    if flat_w.any():                     # label the band inside it, above the flat curve
        mid = ws[flat_w].mean()
        ax1.text(mid, 0.9, f"|slope|\n< {flat:g}", transform=ax1.get_xaxis_transform(),
                 ha="center", va="top", fontsize=9, color="C3")
    ax2.semilogy(ws, np.abs(c["dce"]), color="C0", lw=2, label="cross-entropy")
    ax2.semilogy(ws, np.abs(c["dse"]), color="C3", lw=2, label="squared error")
    ax2.set_title("|dJ/dw|")
    ax2.legend(fontsize=9, loc="lower right")
    for ax in (ax0, ax1, ax2):
        ax.set_xlabel(f"$w$  ($b = {b:g}$ fixed)")
        ax.grid(alpha=0.3)
    ax0.set_ylabel("cost")
    fig.tight_layout()
    return fig


def plot_cost_bowl(X, Y, p0, p1, minimum, *, path=None, view=(30, -60)):
    """J(w1, b) of a one-feature X (1, m) as a contour (left) and a 3-D surface (right).

    minimum : (w1, b) of the computed minimum, marked on both panels (red star);
    path : optional (k, 2) descent path drawn on the contour. Returns the Figure.
    """
    fig = plt.figure(figsize=(10, 4))
    ax0 = fig.add_subplot(1, 2, 1)
    plot_cost_contour(X, Y, p0, p1, ax0, vary=("w1", "b"), levels=30,
                      path=path if path is not None else np.array([minimum]))
    ax0.set_title("contours of $J(w, b)$")
    ax0.set_xlabel("$w$")
    ax1 = fig.add_subplot(1, 2, 2, projection="3d")
    J = cost_grid(X, Y, p0, p1, vary=("w1", "b"))
    P0, P1 = np.meshgrid(p0, p1)
    ax1.plot_surface(P0, P1, J, cmap="viridis", alpha=0.8, linewidth=0)
    w_min, b_min = minimum
    j_min = cost_grid(X, Y, [w_min], [b_min], vary=("w1", "b"))[0, 0]
    ax1.plot([w_min, w_min], [b_min, b_min], [j_min, J.max()], "r-", lw=1)
    ax1.scatter([w_min], [b_min], [j_min], color="r", marker="*", s=150, depthshade=False)
    ax1.view_init(*view)
    ax1.set_xlabel("$w$")
    ax1.set_ylabel("$b$")
    ax1.set_zlabel("$J$")
    ax1.set_title("the bowl (red: minimum)")
    fig.tight_layout()
    return fig
