"""Lesson 02's figures, readouts and explorers.

Lesson 02: gradient descent on one number w, on two curves: the bowl f(w) = (w - 3)^2 +
1, and the neuron's cost J(w) on the one-feature data of lesson 01 with the bias held
fixed at NEURON_B.

Imports the shared modules (.common, .explorer), logreg_data and logreg_core; never
another lesson's module.
"""

import functools

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np

import logreg_core as core
from logreg_data import one_feature_data

from .common import costs_over_w
from .explorer import explore, moving

NEURON_B = -2.0                    # lesson 01's example neuron has b = -2
DESCENT_W_RANGE = (-4.0, 10.0)     # the start slider, and the w-axis of the bowl's plots
NEURON_W_RANGE = (-5.0, 25.0)      # the w-axis of the neuron's plots: large rates jump far
DESCENT_CURVES = {                 # dropdown label -> curve name
    "the bowl f(w) = (w − 3)² + 1": "bowl",
    "the neuron's cost J(w), b = −2": "neuron",
}
# the learning-rate slider offers exactly these values (a SelectionSlider: no snapping)
DESCENT_RATES = (0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0,
                 1.05, 1.1, 1.2, 1.5, 2.0, 3.0, 5.0, 10.0, 15.0, 20.0, 30.0, 40.0, 50.0,
                 60.0, 80.0, 100.0)
DESCENT_DEFAULTS = {"curve": "bowl", "learning_rate": 0.1, "w0": 0.0, "num_steps": 20}
DESCENT_MAX_STEPS = 60


def bowl(w):
    """The lesson's bowl f(w) = (w - 3)^2 + 1: lowest point f(3) = 1."""
    return (w - 3.0) ** 2 + 1.0


def bowl_slope(w):
    """Its derivative f'(w) = 2 (w - 3)."""
    return 2.0 * (w - 3.0)


def _one_feature_XY():
    x, y = one_feature_data()
    return x.reshape(1, -1), y.reshape(1, -1)


def neuron_cost(w, b=NEURON_B):
    """J(w) = core.cost of the one-feature neuron with weight w and bias b held fixed."""
    X, Y = _one_feature_XY()
    return core.cost(np.array([[float(w)]]), b, X, Y)


def neuron_slope(w, b=NEURON_B):
    """dJ/dw of neuron_cost, from core.propagate, as a float."""
    X, Y = _one_feature_XY()
    grads, _ = core.propagate(np.array([[float(w)]]), b, X, Y)
    return float(grads["dW"][0, 0])


def descent_path(df, w0, learning_rate, num_steps):
    """w0, w1, ..., w_num_steps of gradient descent w <- w - learning_rate * df(w).

    Returns a float array of num_steps + 1 values, warning-free. If w overflows it stops
    there: the array then ends with the first value that is not finite (and is shorter).
    """
    path = [float(w0)]
    with np.errstate(all="ignore"):
        for _ in range(num_steps):
            w = path[-1]
            w = float(np.float64(w) - learning_rate * np.float64(df(w)))
            path.append(w)
            if not np.isfinite(w):
                break
    return np.array(path)


def divergence_rate(df, w_star, *, w0=0.0, num_steps=100, high=10.0, tol=1e-12):
    """The smallest learning rate whose path ends farther from w_star than it starts.

    Found by bisection between 0 (no move) and `high` (which must diverge); the paths
    have num_steps steps from w0. For the bowl f(w) = (w - 3)^2 + 1 this is 2 / f'' = 1.
    """
    def diverges(rate):
        path = descent_path(df, w0, rate, num_steps)
        return not np.isfinite(path[-1]) or abs(path[-1] - w_star) > abs(w0 - w_star)

    if not diverges(high):
        raise ValueError(f"learning rate {high} does not diverge; give a larger high.")
    low = 0.0
    while high - low > tol:
        mid = (low + high) / 2
        low, high = (low, mid) if diverges(mid) else (mid, high)
    return high


@functools.lru_cache(maxsize=4)
def descent_minimum(curve):
    """w* where the curve ("bowl" or "neuron") is lowest: 3 for the bowl; for the
    neuron's cost, where its slope crosses zero (bisection: the slope rises with w)."""
    if curve == "bowl":
        return 3.0
    low, high = -10.0, 20.0                  # slope < 0 at low, > 0 at high
    for _ in range(80):
        mid = (low + high) / 2
        low, high = (mid, high) if neuron_slope(mid) < 0 else (low, mid)
    return (low + high) / 2


@functools.lru_cache(maxsize=4)
def _descent_curve(curve):
    """(f, df, label, w-limits, y-limits, w grid, f on the grid) of a curve name."""
    if curve == "bowl":
        ws = np.linspace(*DESCENT_W_RANGE, 281)
        return bowl, bowl_slope, "f(w)", DESCENT_W_RANGE, (0.0, 55.0), ws, bowl(ws)
    if curve == "neuron":
        ws = np.linspace(*NEURON_W_RANGE, 301)
        x, y = one_feature_data()
        heights = costs_over_w(x, y, ws, NEURON_B)["ce"]
        return neuron_cost, neuron_slope, "J(w)", NEURON_W_RANGE, (0.0, 2.5), ws, heights
    raise ValueError(f"curve must be 'bowl' or 'neuron'; got {curve!r}.")


def drawn_part(path, w_range):
    """The part of a path that plot_descent draws: its finite values up to the first one
    far off the w-axis (more than three axis widths beyond it), that one included."""
    lo, hi = w_range
    far = 3 * (hi - lo)
    path = path[np.isfinite(path)]
    off = np.flatnonzero((path < lo - far) | (path > hi + far))
    return path if off.size == 0 else path[:off[0] + 1]


def plot_descent(ax, curve, learning_rate, w0, num_steps, *, annotate=True):
    """The curve with the path of gradient descent on it: points joined by a line, the
    colour darkening with the step number; steps 0, 1 and the last are numbered.

    Points a little off the plot are drawn (clipped) so a bouncing path shows; a
    diverging path is drawn up to its first point far off it (drawn_part). Returns the
    whole computed path (descent_path).
    """
    ws, heights = _descent_curve(curve)[5:]
    ax.plot(ws, heights, color="0.35", lw=1.5)
    ax.set_xlabel("w")
    return _draw_path(ax, curve, learning_rate, w0, num_steps, annotate=annotate)


def _draw_path(ax, curve, learning_rate, w0, num_steps, *, annotate=True):
    """plot_descent's path: ax.lines[1], ax.collections[0] and the step numbers; it also
    sets the limits and the y label of the curve. Returns the computed path."""
    f, df, label, xlim, ylim = _descent_curve(curve)[:5]
    path = descent_path(df, w0, learning_rate, num_steps)
    shown = drawn_part(path, xlim)
    with np.errstate(all="ignore"):
        ys = np.array([f(w) for w in shown])
    ax.plot(shown, ys, "-", color="C3", lw=1, alpha=0.6)
    ax.scatter(shown, ys, c=np.arange(len(shown)), cmap="autumn_r", vmin=-3,
               vmax=max(len(shown) - 1, 1), s=28, edgecolors="k", linewidths=0.5, zorder=3)
    if annotate:
        last = len(shown) - 1
        near_x, near_y = 0.04 * (xlim[1] - xlim[0]), 0.06 * (ylim[1] - ylim[0])
        labelled = []
        for k in sorted({0, 1, last} if last == num_steps else {0, 1}):
            if k >= len(shown) or not (xlim[0] <= shown[k] <= xlim[1]
                                       and ylim[0] <= ys[k] <= ylim[1]):
                continue
            if any(abs(shown[k] - shown[j]) < near_x and abs(ys[k] - ys[j]) < near_y
                   for j in labelled):
                continue                       # would overprint a number already written
            ax.annotate(str(k), (shown[k], ys[k]), xytext=(3, 5),
                        textcoords="offset points", fontsize=9)
            labelled.append(k)
    ax.set_xlim(*xlim)
    ax.set_ylim(*ylim)
    ax.set_ylabel(label)
    return path


def descent_verdict(curve, path):
    """A few words on how a path ended: diverged, reached the bottom, bouncing, ..."""
    w_star = descent_minimum(curve)
    if len(path) == 1:
        return "no steps taken"
    if not np.isfinite(path[-1]):
        return f"diverged: w overflowed at step {len(path) - 1}"
    start, end = abs(path[0] - w_star), abs(path[-1] - w_star)
    if end < 1e-3:
        return "reached the bottom (closer than 0.001)"
    if end > start * (1 + 1e-9):
        return "diverged: it ended farther from the bottom than it started"
    if end >= start * (1 - 1e-9):
        return "bouncing: no closer to the bottom than at the start"
    tail = np.abs(path[-max(3, len(path) // 4):] - w_star)
    if np.any(np.diff(tail) > 1e-9 * tail[:-1]):
        return "bouncing: its distance from the bottom still goes up and down"
    return "not at the bottom yet"


def descent_readout(curve="bowl", learning_rate=0.1, w0=0.0, num_steps=20):
    """The explorer's text: where the last step landed, and the verdict (plain text)."""
    f, df = _descent_curve(curve)[:2]
    path = descent_path(df, w0, learning_rate, num_steps)
    w = path[-1]
    if not np.isfinite(w):
        where = f"after {len(path) - 1} steps w = {w}"
    else:
        with np.errstate(all="ignore"):
            height = f(w)
        name = "f" if curve == "bowl" else "J"
        w_star = descent_minimum(curve)
        where = (f"after {num_steps} steps: w = {w:.6g}, {name}(w) = {height:.6g} "
                 f"(bottom at w* = {w_star:.4f}, distance {abs(w - w_star):.3g})")
    return f"{where} · {descent_verdict(curve, path)}"


def descent_figure(curve="bowl", learning_rate=0.1, w0=0.0, num_steps=20):
    """Explorer frame: the path of gradient descent on the curve (plot_descent).

    One small axes with fixed limits and margins (no tight_layout), so an update stays
    fast and frames do not jump. Returns the Figure.
    """
    fig, ax = plt.subplots(figsize=(5.2, 2.72), dpi=100)
    fig.subplots_adjust(left=0.12, right=0.96, bottom=0.19, top=0.9)
    ax.locator_params(axis="y", nbins=5)   # few ticks: tick labels are what is slow to draw
    plot_descent(ax, curve, learning_rate, w0, num_steps)
    ax.set_title(_descent_title(learning_rate, w0, num_steps), fontsize=10)
    return fig


def _descent_title(learning_rate, w0, num_steps):
    return f"learning rate α = {learning_rate:g}, start w₀ = {w0:g}, {num_steps} steps"


def descent_update(fig, curve="bowl", learning_rate=0.1, w0=0.0, num_steps=20):
    """Turn a descent_figure into descent_figure(curve, ...) in place: the explorer keeps
    one figure and only replaces the curve's data, the path, the numbers and the title."""
    ax = fig.axes[0]
    for artist in [*ax.lines[1:], *ax.collections, *ax.texts]:
        artist.remove()
    ax.lines[0].set_data(*_descent_curve(curve)[5:])
    _draw_path(ax, curve, learning_rate, w0, num_steps)
    ax.set_title(_descent_title(learning_rate, w0, num_steps), fontsize=10)
    return moving(fig, *ax.lines, *ax.collections, *ax.texts, ax.title)


def step_sizes_figure(rates=(0.05, 0.3, 1.1), w0=0.0, num_steps=10,
                      names=("too small", "about right", "too large")):
    """Three panels: gradient descent on the bowl with three learning rates."""
    fig, axes = plt.subplots(1, len(rates), figsize=(10, 3.2), sharey=True)
    for ax, rate, name in zip(axes, rates, names, strict=True):
        path = plot_descent(ax, "bowl", rate, w0, num_steps)
        ax.set_title(f"{name}: α = {rate:g}\nafter {num_steps} steps w = {path[-1]:.3f}",
                     fontsize=10)
    for ax in axes[1:]:
        ax.set_ylabel("")
    fig.tight_layout()
    return fig


def tangent_figure(points=(1.0, 5.0), half_width=1.5):
    """The bowl with its tangent line at each w in points and an arrow pointing downhill."""
    fig, ax = plt.subplots(figsize=(6.5, 3.6))
    ws = np.linspace(-1, 7, 201)
    ax.plot(ws, bowl(ws), color="0.35", lw=2, label="f(w) = (w − 3)² + 1")
    for w, color in zip(points, ("C0", "C1"), strict=False):
        slope = bowl_slope(w)
        seg = np.array([w - half_width, w + half_width])
        ax.plot(seg, bowl(w) + slope * (seg - w), color=color, lw=2,
                label=f"tangent at w = {w:g}: slope f′(w) = {slope:g}")
        ax.plot([w], [bowl(w)], "o", color=color, ms=7, zorder=3)
        step = -np.sign(slope) * 1.3           # downhill: against the slope
        ax.annotate("", xy=(w + step, bowl(w)), xytext=(w, bowl(w)),
                    arrowprops={"arrowstyle": "->", "color": color, "lw": 2})
        ax.text(w + step / 2, bowl(w) + 0.6, "downhill", color=color, ha="center", fontsize=9)
    ax.plot([3], [1], "k*", ms=12, label="bottom: f′(3) = 0")
    ax.set_xlim(-1, 7)
    ax.set_ylim(-1, 17)
    ax.set_xlabel("w")
    ax.set_ylabel("f(w)")
    ax.legend(fontsize=9, loc="upper center")
    ax.grid(alpha=0.3)
    fig.tight_layout()
    return fig


def descent_explorer():
    """Curve, learning rate, start and number of steps -> the path and its distance."""
    d = DESCENT_DEFAULTS
    wide = {"description_width": "initial"}
    controls = {
        "curve": widgets.Dropdown(options=list(DESCENT_CURVES.items()), value=d["curve"],
                                  description="curve", layout=widgets.Layout(width="300px")),
        "learning_rate": widgets.SelectionSlider(
            options=[(f"{r:g}", r) for r in DESCENT_RATES], value=d["learning_rate"],
            description="learning rate α", style=wide),
        "w0": widgets.FloatSlider(value=d["w0"], min=DESCENT_W_RANGE[0],
                                  max=DESCENT_W_RANGE[1], step=0.5,
                                  description="start w₀", readout_format=".1f", style=wide),
        "num_steps": widgets.IntSlider(value=d["num_steps"], min=0, max=DESCENT_MAX_STEPS,
                                       description="steps", style=wide),
    }
    return explore(descent_figure, controls, extra=descent_readout, update=descent_update)
