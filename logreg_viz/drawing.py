"""What the digit lessons (08, 11) share: 8 x 8 images, the image grid, ink levels, and
the drawing grid's machinery (DrawingGrid).

A DrawingGrid is 64 core Buttons, a Clear button, preset buttons, a PNG picture and a
readout line. A click moves one cell to the next ink level and asks the lesson's
subclass to update its persistent figure and readout (no new figure, no retraining).
Lesson 08's DigitDrawer and lesson 11's TenDigitDrawer are its subclasses.

Imports the shared .explorer module; never a lesson's module.
"""

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np

from .explorer import figure_png

INK_LEVELS = (0.0, 1 / 3, 2 / 3, 1.0)   # a click moves a cell to the next level, 1 -> 0
INK_CMAP = "gray_r"          # white paper, black ink


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
        ax.set_title(titles[i], fontsize=9, color=color)
    fig.subplots_adjust(left=0.01, right=0.99, bottom=0.01, top=0.9, wspace=0.1,
                        hspace=0.45)
    return fig


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


class DrawingGrid(widgets.HBox):
    """An 8 x 8 drawing grid (64 core Buttons), Clear, presets, a picture and a readout.

    A subclass sets what it needs, then calls this __init__, and defines
    ``_make_figure()`` (a Figure outside pyplot showing self.ink), ``_update_figure()``
    (new data into that figure) and ``_readout()`` (the HTML line). A click moves a cell
    to the next ink level (0, 1/3, 2/3, 1, then 0) and redraws: the figure's data, one
    PNG (savefig, no second "tight" pass) sent to a core Image widget, the readout.
    ``click(row, col)``, ``clear()`` and ``load(name)`` do from code what the buttons do
    (tests, benchmarks); ``ink`` is the current (8, 8) drawing.
    """

    def __init__(self, presets, *, start=None, cell_px=30):
        self.presets = {name: _as_image(x).copy() for name, x in presets.items()}
        start = next(iter(self.presets)) if start is None else start
        self.ink = self.presets[start].copy() if start else np.zeros((8, 8))
        # a figure outside pyplot: never shown by the notebook itself, never left open
        self.figure = self._make_figure()
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

    def _paint(self, cells=range(64)):
        for k in cells:
            self.cells[k].style.button_color = ink_color(self.ink.flat[k])

    def _redraw(self):
        self._update_figure()
        self.picture.value = figure_png(self.figure)
        self.readout.value = self._readout()

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
