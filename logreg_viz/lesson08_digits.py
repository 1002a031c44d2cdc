"""Lesson 08's figures, readouts and explorers.

Lesson 08: handwritten digits (the images and the recipe from images to X and Y are in
logreg_data). The pictures (an image grid, the weights as an image, each pixel's vote
w_j x_j), and the drawing grid: 64 buttons whose clicks redraw a persistent figure (no
retraining on a click).

The image grid, ink levels and the drawing grid's machinery are shared with lesson 11
(.drawing). Imports the shared modules (.common, .drawing), logreg_data and logreg_core;
never another lesson's module.
"""

import matplotlib.pyplot as plt
import numpy as np

import logreg_core as core
from logreg_data import DIGIT_CLASSES

from .common import _axes
from .drawing import INK_CMAP, DrawingGrid, _as_image

DIGITS_ITERATIONS = 1000
VOTE_CMAP = "PuOr"           # orange: votes for label 0, purple: votes for label 1
DIGIT_FIGSIZE, DIGIT_DPI = (6.0, 2.5), 96


def _vote_colorbar(fig, im, ax, classes):
    bar = fig.colorbar(im, ax=ax, fraction=0.046, pad=0.04)
    lo, hi = im.get_clim()
    ticks = [lo, lo / 2, 0, hi / 2, hi]         # numbers, so a value can be read off
    bar.set_ticks(ticks)
    bar.set_ticklabels([f"{lo:+.2f} → {classes[0]}", f"{lo / 2:+.2f}", "0",
                        f"{hi / 2:+.2f}", f"{hi:+.2f} → {classes[1]}"])
    bar.ax.tick_params(labelsize=9)
    return bar


def _number_pixels(ax, labels=True):
    """Rows and columns numbered 0 to 7: the lesson names pixels as (row, column)."""
    ax.set_xticks(range(8))
    ax.set_yticks(range(8))
    ax.tick_params(labelsize=9, length=0)
    if labels:
        ax.set_xlabel("column", fontsize=9, labelpad=1)
        ax.set_ylabel("row", fontsize=9, labelpad=1)


def plot_weights(W, ax=None, *, classes=DIGIT_CLASSES):
    """The 64 weights as an 8 x 8 image, diverging colours centred at 0: purple pixels
    vote for classes[1], orange ones for classes[0]. Returns the axes."""
    own = ax is None
    ax = _axes(ax, (4.4, 3))
    w = _as_image(W)
    top = float(np.max(np.abs(w))) or 1.0
    im = ax.imshow(w, cmap=VOTE_CMAP, vmin=-top, vmax=top)
    _vote_colorbar(ax.figure, im, ax, classes)
    _number_pixels(ax)
    ax.set_title(f"W as an image: purple votes {classes[1]}, orange {classes[0]}",
                 fontsize=9)
    if own:
        ax.figure.subplots_adjust(left=0.12, right=0.78, bottom=0.14, top=0.9)
    return ax


def digit_verdict(x, W, b, classes=DIGIT_CLASSES):
    """(z, probability of classes[1], predicted digit) for one digit x (64 or 8 x 8 pixels)."""
    x = _as_image(x).reshape(64, 1)
    z = float((np.asarray(W, dtype=float).reshape(1, 64) @ x)[0, 0] + b)
    p = float(core.sigmoid(z))
    return z, p, classes[int(p > 0.5)]


def digit_figure(x, W, b, *, classes=DIGIT_CLASSES, fig=None):
    """A digit (left) and each pixel's vote w_j x_j to z (right), titled with the verdict.

    x holds 64 pixel values in [0, 1] (any shape of 64). The vote colours are centred at 0
    and span +-max|w_j|, the largest vote a pixel can cast, so pictures of different
    digits compare. Pass fig to draw into an existing (empty) Figure. Returns the Figure.
    The live drawing grid (digit_drawer) redraws this same figure in place.
    """
    if fig is None:
        fig = plt.figure(figsize=DIGIT_FIGSIZE, dpi=DIGIT_DPI)
    W = np.asarray(W, dtype=float)
    top = float(np.max(np.abs(W))) or 1.0
    ax_ink, ax_vote = fig.subplots(1, 2)
    fig.subplots_adjust(left=0.07, right=0.8, bottom=0.15, top=0.8, wspace=0.3)
    blank = np.zeros((8, 8))
    ax_ink.imshow(blank, cmap=INK_CMAP, vmin=0, vmax=1)
    vote = ax_vote.imshow(blank, cmap=VOTE_CMAP, vmin=-top, vmax=top)
    _vote_colorbar(fig, vote, ax_vote, classes)
    for ax in (ax_ink, ax_vote):
        _number_pixels(ax)
    ax_ink.set_title("the digit x", fontsize=9)
    fig._digit_parts = (ax_ink.images[0], vote, fig.suptitle("", fontsize=10),
                        ax_vote.set_title("", fontsize=9), W, float(b), classes)
    update_digit_figure(fig, x)
    return fig


def update_digit_figure(fig, x):
    """Redraw a digit_figure for new pixels x: new image data and titles, same Figure."""
    ink, vote, title, vote_title, W, b, classes = fig._digit_parts
    x = _as_image(x)
    votes = W.reshape(8, 8) * x
    ink.set_data(x)
    vote.set_data(votes)
    z, p, digit = digit_verdict(x, W, b, classes)
    title.set_text(f"P({classes[1]}) = {p:.3f}: the neuron says {digit}")
    vote_title.set_text(f"votes wⱼxⱼ: sum {votes.sum():+.2f}, b = {b:+.2f}, "
                        f"z = {z:+.2f}")
    return fig


def digit_readout(x, W, b, classes=DIGIT_CLASSES):
    """The drawing grid's text: z, the probability and the verdict, as HTML."""
    z, p, digit = digit_verdict(x, W, b, classes)
    return (f"z = {z:+.3f} · P({classes[1]}) = {p:.3f} · the neuron says "
            f"<b>{digit}</b>")


class DigitDrawer(DrawingGrid):
    """An 8 x 8 drawing grid (64 core Buttons), Clear, presets, and the live verdict.

    Made by digit_drawer(). A click moves a cell to the next ink level (0, 1/3, 2/3, 1,
    then 0) and redraws the persistent digit_figure in place: new image data (set_data),
    one PNG (savefig, no second "tight" pass) sent to a core Image widget, and the
    readout. No new figure and no retraining on a click. ``click(row, col)``, ``clear()``
    and ``load(name)`` do from code what the buttons do (tests, benchmarks); ``ink`` is
    the current (8, 8) drawing. The grid itself is the shared DrawingGrid.
    """

    def __init__(self, W, b, presets, *, start=None, classes=DIGIT_CLASSES, cell_px=30):
        self.W, self.b, self.classes = np.asarray(W, dtype=float), float(b), classes
        super().__init__(presets, start=start, cell_px=cell_px)

    def _make_figure(self):
        from matplotlib.figure import Figure

        return digit_figure(self.ink, self.W, self.b, classes=self.classes,
                            fig=Figure(figsize=DIGIT_FIGSIZE, dpi=DIGIT_DPI))

    def _update_figure(self):
        update_digit_figure(self.figure, self.ink)

    def _readout(self):
        return digit_readout(self.ink, self.W, self.b, self.classes)

    @property
    def probability(self):
        """The neuron's probability of classes[1] for the current drawing."""
        return digit_verdict(self.ink, self.W, self.b, self.classes)[1]


def digit_drawer(W, b, presets, *, start=None, classes=DIGIT_CLASSES):
    """The live drawing grid for a trained neuron (W (64, 1), b float).

    presets: dict name -> 64 pixel values in [0, 1] (real test images); the first one is
    shown at the start unless start names another ('' starts blank). Its static twin is
    ``digit_figure(presets[first], W, b)``. Returns a DigitDrawer.
    """
    return DigitDrawer(W, b, presets, start=start, classes=classes)
