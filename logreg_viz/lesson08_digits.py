"""Lesson 08's figures, readouts and explorers.

Lesson 08: handwritten digits (the images and the recipe from images to X and Y are in
logreg_data). The pictures (an image grid, the weights as an image, each pixel's vote
w_j x_j), and the drawing grid: 64 buttons whose clicks redraw a persistent figure (no
retraining on a click).

Imports the shared modules (.common, .explorer), logreg_data and logreg_core; never
another lesson's module.
"""

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np

import logreg_core as core
from logreg_data import DIGIT_CLASSES

from .common import _axes
from .explorer import figure_png

DIGITS_ITERATIONS = 1000
INK_LEVELS = (0.0, 1 / 3, 2 / 3, 1.0)   # a click moves a cell to the next level, 1 -> 0
INK_CMAP = "gray_r"          # white paper, black ink
VOTE_CMAP = "PuOr"           # orange: votes for label 0, purple: votes for label 1
DIGIT_FIGSIZE, DIGIT_DPI = (5.2, 2.5), 96


def _as_image(x):
    """A (64,), (64, 1) or (8, 8) pixel vector as an (8, 8) float array (row by row)."""
    x = np.asarray(x, dtype=float)
    if x.size != 64:
        raise ValueError(f"a digit has 64 pixels (8 x 8); got an array of shape {x.shape}.")
    return x.reshape(8, 8)


def _bare_axes(ax):
    ax.set_xticks([])
    ax.set_yticks([])


def plot_digit_grid(images, titles, *, ncols=10, size=0.9, vmax=16, title_colors=None):
    """Images (k, 8, 8) or pixel columns (64, k) in a grid, each with its title.

    vmax is the value drawn black (16 for raw pixels, 1 for scaled ones). Returns the Figure.
    """
    images = np.asarray(images, dtype=float)
    if images.ndim == 2 and images.shape[0] == 64:
        images = images.T.reshape(-1, 8, 8)
    k = len(images)
    nrows = -(-k // ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(ncols * size, nrows * (size + 0.25)),
                             squeeze=False)
    for i, ax in enumerate(axes.flat):
        _bare_axes(ax)
        if i >= k:
            ax.set_visible(False)
            continue
        ax.imshow(images[i], cmap=INK_CMAP, vmin=0, vmax=vmax)
        color = title_colors[i] if title_colors is not None else "k"
        ax.set_title(titles[i], fontsize=8, color=color)
    fig.subplots_adjust(left=0.01, right=0.99, bottom=0.01, top=0.9, wspace=0.1,
                        hspace=0.45)
    return fig


def _vote_colorbar(fig, im, ax, classes):
    bar = fig.colorbar(im, ax=ax, fraction=0.046, pad=0.04)
    lo, hi = im.get_clim()
    bar.set_ticks([lo, 0, hi])
    bar.set_ticklabels([f"→ {classes[0]}", "0", f"→ {classes[1]}"])
    bar.ax.tick_params(labelsize=8)
    return bar


def plot_weights(W, ax=None, *, classes=DIGIT_CLASSES):
    """The 64 weights as an 8 x 8 image, diverging colours centred at 0: purple pixels
    vote for classes[1], orange ones for classes[0]. Returns the axes."""
    own = ax is None
    ax = _axes(ax, (3.6, 3))
    w = _as_image(W)
    top = float(np.max(np.abs(w))) or 1.0
    im = ax.imshow(w, cmap=VOTE_CMAP, vmin=-top, vmax=top)
    _vote_colorbar(ax.figure, im, ax, classes)
    _bare_axes(ax)
    ax.set_title(f"W as an image: purple votes {classes[1]}, orange {classes[0]}",
                 fontsize=9)
    if own:
        ax.figure.subplots_adjust(left=0.02, right=0.84, bottom=0.03, top=0.9)
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
    fig.subplots_adjust(left=0.02, right=0.9, bottom=0.03, top=0.8, wspace=0.15)
    blank = np.zeros((8, 8))
    ax_ink.imshow(blank, cmap=INK_CMAP, vmin=0, vmax=1)
    vote = ax_vote.imshow(blank, cmap=VOTE_CMAP, vmin=-top, vmax=top)
    _vote_colorbar(fig, vote, ax_vote, classes)
    for ax in (ax_ink, ax_vote):
        _bare_axes(ax)
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


def ink_color(level):
    """A button colour for an ink level in [0, 1]: white (no ink) to black."""
    shade = int(round(255 * (1 - min(max(float(level), 0.0), 1.0))))
    return f"#{shade:02x}{shade:02x}{shade:02x}"


def next_ink(level):
    """The ink level after a click: the next of INK_LEVELS above level; after 1, 0."""
    for step in INK_LEVELS:
        if step > level + 1e-9:
            return step
    return 0.0


class DigitDrawer(widgets.HBox):
    """An 8 x 8 drawing grid (64 core Buttons), Clear, presets, and the live verdict.

    Made by digit_drawer(). A click moves a cell to the next ink level (0, 1/3, 2/3, 1,
    then 0) and redraws the persistent digit_figure in place: new image data (set_data),
    one PNG (savefig, no second "tight" pass) sent to a core Image widget, and the
    readout. No new figure and no retraining on a click. ``click(row, col)``, ``clear()``
    and ``load(name)`` do from code what the buttons do (tests, benchmarks); ``ink`` is
    the current (8, 8) drawing.
    """

    def __init__(self, W, b, presets, *, start=None, classes=DIGIT_CLASSES, cell_px=30):
        from matplotlib.figure import Figure

        self.W, self.b, self.classes = np.asarray(W, dtype=float), float(b), classes
        self.presets = {name: _as_image(x).copy() for name, x in presets.items()}
        start = next(iter(self.presets)) if start is None else start
        self.ink = self.presets[start].copy() if start else np.zeros((8, 8))
        # a figure outside pyplot: never shown by the notebook itself, never left open
        self.figure = digit_figure(self.ink, self.W, self.b, classes=classes,
                                   fig=Figure(figsize=DIGIT_FIGSIZE, dpi=DIGIT_DPI))
        size = f"{cell_px}px"
        self.cells = []
        for r in range(8):
            for c in range(8):
                cell = widgets.Button(tooltip=f"row {r}, column {c}", layout=widgets.Layout(
                    width=size, height=size, padding="0", margin="0",
                    border="1px solid #bbbbbb"))
                cell.on_click(lambda _b, r=r, c=c: self.click(r, c))
                self.cells.append(cell)
        grid = widgets.GridBox(self.cells, layout=widgets.Layout(
            grid_template_columns=f"repeat(8, {size})", grid_gap="1px", width="max-content",
            margin="0 12px 0 0"))
        grid.add_class("digit-grid")
        clear = widgets.Button(description="Clear", layout=widgets.Layout(width="auto"))
        clear.on_click(lambda _b: self.clear())
        buttons = [clear]
        for name in self.presets:
            button = widgets.Button(description=name, layout=widgets.Layout(width="auto"))
            button.on_click(lambda _b, name=name: self.load(name))
            buttons.append(button)
        self.picture = widgets.Image(format="png")
        self.picture.add_class("digit-picture")
        self.readout = widgets.HTML(layout=widgets.Layout(min_height="1.5em"))
        self.readout.add_class("explorer-readout")
        row = widgets.HBox(buttons, layout=widgets.Layout(flex_flow="row wrap"))
        self._paint()
        self._redraw()
        super().__init__([grid, widgets.VBox([row, self.picture, self.readout])],
                         layout=widgets.Layout(align_items="flex-start"))

    @property
    def probability(self):
        """The neuron's probability of classes[1] for the current drawing."""
        return digit_verdict(self.ink, self.W, self.b, self.classes)[1]

    def _paint(self, cells=range(64)):
        for k in cells:
            self.cells[k].style.button_color = ink_color(self.ink.flat[k])

    def _redraw(self):
        update_digit_figure(self.figure, self.ink)
        self.picture.value = figure_png(self.figure)
        self.readout.value = digit_readout(self.ink, self.W, self.b, self.classes)

    def click(self, row, col):
        """What a click on cell (row, col) does. Returns the cell's new ink level."""
        self.ink[row, col] = next_ink(self.ink[row, col])
        self._paint([8 * row + col])
        self._redraw()
        return self.ink[row, col]

    def clear(self):
        self.ink[:] = 0.0
        self._paint()
        self._redraw()

    def load(self, name):
        """Show the preset called name (a real test image)."""
        self.ink[:] = self.presets[name]
        self._paint()
        self._redraw()


def digit_drawer(W, b, presets, *, start=None, classes=DIGIT_CLASSES):
    """The live drawing grid for a trained neuron (W (64, 1), b float).

    presets: dict name -> 64 pixel values in [0, 1] (real test images); the first one is
    shown at the start unless start names another ('' starts blank). Its static twin is
    ``digit_figure(presets[first], W, b)``. Returns a DigitDrawer.
    """
    return DigitDrawer(W, b, presets, start=start, classes=classes)
