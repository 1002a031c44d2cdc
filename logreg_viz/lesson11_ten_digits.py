"""Lesson 11's figures and the ten-digit drawing grid.

Lesson 11: all ten digits, one-vs-rest and softmax (logreg_softmax). The pictures: ten
probabilities as a bar chart, a digit with its bars (static twin of the drawing grid),
the 10 x 10 confusion matrix with its counts, and the ten weight templates as images.
The drawing grid (TenDigitDrawer) is the shared DrawingGrid answering with the bars.

Imports the shared modules (.common, .drawing), logreg_softmax; never another lesson's
module.
"""

import matplotlib.pyplot as plt
import numpy as np

import logreg_softmax as softmax_model

from .common import _axes
from .drawing import INK_CMAP, DrawingGrid, _as_image, _bare_axes

TEN_FIGSIZE, TEN_DPI = (5.4, 2.4), 96
TEMPLATE_CMAP = "PuOr"       # purple: ink here raises the class's score, orange: lowers it
BAR_COLOR, TOP_COLOR = "#9aa5b1", "#5b2c83"


def ten_probabilities(x, W, b):
    """The ten probabilities (10,) for one digit x (64 pixels in [0, 1], any shape)."""
    x = _as_image(x).reshape(64, 1)
    return softmax_model.softmax_predict_proba(W, b, x)[:, 0]


def plot_probability_bars(p, ax=None):
    """Bars of the probabilities p (K,) of the classes 0..K-1, the largest one dark,
    its value written above it. Returns the axes."""
    ax = _axes(ax, (4, 2.6))
    p = np.asarray(p, dtype=float).ravel()
    bars = ax.bar(np.arange(p.size), p, color=BAR_COLOR)
    top = int(np.argmax(p))
    bars[top].set_color(TOP_COLOR)
    ax.set_xticks(np.arange(p.size))
    ax.set_ylim(0, 1.12)
    ax.set_yticks([0, 0.5, 1])
    ax.set_xlabel("digit", fontsize=9)
    ax.set_ylabel("probability", fontsize=9)
    ax.tick_params(labelsize=9)
    ax._top_label = ax.text(top, p[top] + 0.02, f"{p[top]:.2f}", ha="center",
                            va="bottom", fontsize=9)
    return ax


def ten_digit_figure(x, W, b, *, fig=None):
    """A digit (left) and the model's ten probabilities (right), titled with its answer.

    x holds 64 pixel values in [0, 1]; W (64, 10), b (10, 1) a trained softmax model.
    Pass fig to draw into an existing (empty) Figure. Returns the Figure; the drawing
    grid (ten_digit_drawer) redraws this same figure in place.
    """
    if fig is None:
        fig = plt.figure(figsize=TEN_FIGSIZE, dpi=TEN_DPI)
    ax_ink, ax_bars = fig.subplots(1, 2, gridspec_kw={"width_ratios": [1, 2]})
    fig.subplots_adjust(left=0.02, right=0.98, bottom=0.18, top=0.82, wspace=0.25)
    ax_ink.imshow(np.zeros((8, 8)), cmap=INK_CMAP, vmin=0, vmax=1)
    _bare_axes(ax_ink)
    ax_ink.set_title("the digit x", fontsize=9)
    plot_probability_bars(np.full(10, 0.1), ax_bars)
    fig._ten_parts = (ax_ink.images[0], ax_bars, fig.suptitle("", fontsize=10),
                      np.asarray(W, dtype=float), np.asarray(b, dtype=float))
    update_ten_digit_figure(fig, x)
    return fig


def update_ten_digit_figure(fig, x):
    """Redraw a ten_digit_figure for new pixels x: image data, bar heights, titles."""
    ink, ax_bars, title, W, b = fig._ten_parts
    x = _as_image(x)
    p = ten_probabilities(x, W, b)
    ink.set_data(x)
    top = int(np.argmax(p))
    for k, bar in enumerate(ax_bars.patches):
        bar.set_height(p[k])
        bar.set_color(TOP_COLOR if k == top else BAR_COLOR)
    ax_bars._top_label.set_position((top, p[top] + 0.02))
    ax_bars._top_label.set_text(f"{p[top]:.2f}")
    title.set_text(f"the model says {top} with probability {p[top]:.3f}")
    return fig


def ten_digit_readout(x, W, b):
    """The drawing grid's text: the answer and the two most probable digits, as HTML."""
    p = ten_probabilities(x, W, b)
    first, second = np.argsort(p)[::-1][:2]
    return (f"the model says <b>{first}</b>: P({first}) = {p[first]:.3f} · next: "
            f"P({second}) = {p[second]:.3f}")


class TenDigitDrawer(DrawingGrid):
    """The 8 x 8 drawing grid answering with ten probabilities (made by ten_digit_drawer).

    A click changes one cell and redraws the persistent ten_digit_figure in place (new
    image data, new bar heights, one PNG) and the readout; nothing is retrained.
    ``probabilities`` holds the ten probabilities of the current drawing.
    """

    def __init__(self, W, b, presets, *, start=None, cell_px=30):
        self.W, self.b = np.asarray(W, dtype=float), np.asarray(b, dtype=float)
        super().__init__(presets, start=start, cell_px=cell_px)

    def _make_figure(self):
        from matplotlib.figure import Figure

        return ten_digit_figure(self.ink, self.W, self.b,
                                fig=Figure(figsize=TEN_FIGSIZE, dpi=TEN_DPI))

    def _update_figure(self):
        update_ten_digit_figure(self.figure, self.ink)

    def _readout(self):
        return ten_digit_readout(self.ink, self.W, self.b)

    @property
    def probabilities(self):
        return ten_probabilities(self.ink, self.W, self.b)


def ten_digit_drawer(W, b, presets, *, start=None):
    """The live drawing grid for a trained softmax model (W (64, 10), b (10, 1)).

    presets: dict name -> 64 pixel values in [0, 1]; the first is shown at the start
    unless start names another ('' starts blank). Its static twin is
    ``ten_digit_figure(presets[first], W, b)``. Returns a TenDigitDrawer.
    """
    return TenDigitDrawer(W, b, presets, start=start)


def plot_confusion_matrix_10(counts, ax=None, *, title="test set"):
    """A K x K confusion matrix (row: true digit, column: predicted) with every count
    written in its cell; the diagonal (right answers) is left white so mistakes stand
    out. Returns the axes."""
    counts = np.asarray(counts)
    ax = _axes(ax, (4.6, 4.2))
    K = counts.shape[0]
    off = counts * (1 - np.eye(K, dtype=counts.dtype))
    top = max(int(off.max()), 1)
    im = ax.imshow(off, cmap="Reds", vmin=0, vmax=top)
    for r in range(K):
        for c in range(K):
            if counts[r, c]:
                dark = r != c and off[r, c] > top / 2
                ax.text(c, r, str(counts[r, c]), ha="center", va="center", fontsize=9,
                        color="white" if dark else "black",
                        fontweight="bold" if r == c else "normal")
    ax.set_xticks(range(K))
    ax.set_yticks(range(K))
    ax.set_xlabel("predicted digit", fontsize=9)
    ax.set_ylabel("true digit", fontsize=9)
    ax.tick_params(labelsize=9)
    ax.set_title(f"confusion matrix, {title} (mistakes in red)", fontsize=9)
    bar = ax.figure.colorbar(im, ax=ax, fraction=0.046, pad=0.04)
    bar.set_ticks(range(0, top + 1, max(1, top // 5)))
    bar.set_label("number of mistakes", fontsize=9)
    bar.ax.tick_params(labelsize=9)
    return ax


def plot_weight_templates(W, *, titles=None):
    """The K columns of W (64, K) as K images of 8 x 8, one colour scale centred at 0
    for all (purple: ink raises that class's score; orange: lowers it). Returns the Figure."""
    W = np.asarray(W, dtype=float)
    K = W.shape[1]
    top = float(np.max(np.abs(W))) or 1.0
    fig, axes = plt.subplots(1, K, figsize=(1.0 * K + 0.9, 1.6))
    for k, ax in enumerate(np.atleast_1d(axes)):
        im = ax.imshow(W[:, k].reshape(8, 8), cmap=TEMPLATE_CMAP, vmin=-top, vmax=top)
        _bare_axes(ax)
        ax.set_title(titles[k] if titles else f"digit {k}", fontsize=9)
    fig.subplots_adjust(left=0.01, right=0.9, bottom=0.05, top=0.8, wspace=0.08)
    bar = fig.colorbar(im, cax=fig.add_axes([0.92, 0.12, 0.015, 0.62]))
    bar.set_ticks([-top, 0, top])
    bar.set_ticklabels([f"{-top:.1f}", "0", f"{top:.1f}"])
    bar.ax.tick_params(labelsize=9)
    return fig
