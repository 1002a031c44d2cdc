"""The explorer machinery every lesson's live figure uses.

explore() joins a drawing function to ipywidgets controls; with update= it keeps one
figure per explorer and changes only the artists that move. figure_png() renders a
figure once to PNG; tight_layout_once() lays a persistent figure out a single time.
Imports numpy, matplotlib and ipywidgets; never a lesson's module.
"""

import io
import struct
import zlib

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.axis import Axis
from matplotlib.backend_bases import FigureCanvasBase
from matplotlib.backends.backend_agg import FigureCanvasAgg


def figure_png(fig):
    """The figure as PNG bytes, drawn once.

    IPython's inline backend renders with bbox_inches="tight", which draws the figure an
    extra time to find its extent, and compresses hard; an explorer redraws on every slider
    move, so it keeps the figure's own fixed margins and compresses lightly (a larger PNG
    that only travels from the kernel to this machine's browser).

    A figure without a drawing canvas of its own (made with ``Figure()``, or closed with
    ``plt.close``, which matplotlib >= 3.10 detaches from its canvas) gets an Agg canvas
    that it keeps: otherwise every savefig would make a new renderer and measure and
    parse all its text again (about a third of an explorer update).
    """
    if type(fig.canvas) is FigureCanvasBase:
        FigureCanvasAgg(fig)   # sets fig.canvas
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=fig.dpi, pil_kwargs={"compress_level": 1})
    return buffer.getvalue()


def moving(fig, *artists):
    """Declare the artists an explorer's update changes (lines, images, titles, ...).

    An explorer then keeps a picture of the rest of its figure (axes, ticks, labels,
    legends: the text that is most of a draw) and draws only these on top of it, until an
    axes' limits change or other artists are declared. Call it at the end of the update
    function with everything the update touched; a static figure drawn by the same code
    is unaffected (IPython and figure_png draw it whole).
    """
    fig.moving_artists = tuple(artists)
    return fig


def _static_key(fig):
    """What the kept background depends on besides the moving artists themselves."""
    return (fig.dpi, tuple(fig.get_size_inches()),
            tuple((ax.get_xlim(), ax.get_ylim(), ax.get_xscale(), ax.get_yscale())
                  for ax in fig.axes))


def _lowest(ax, artists):
    """The lowest zorder of the moving artists drawn inside ax (None: there are none)."""
    titles = (ax.title, ax._left_title, ax._right_title)
    inside = [a.get_zorder() for a in artists if a.axes is ax and a not in titles]
    return min(inside) if inside else None


def _tick_lines(axis):
    """The tick marks and grid lines an Axis draws, in its drawing order (not its text)."""
    lines = []
    for tick in axis._update_ticks():           # the ticks inside the view, as Axis.draw
        lines += [line for line in (tick.gridline, tick.tick1line, tick.tick2line)
                  if line.get_visible()]
    return lines


def _drawn_above(fig, artists, renderer):
    """The other artists a fresh draw puts on top of a moving one, and the tick lines.

    A kept background is drawn before the moving artists, so everything a fresh figure
    draws above one of them in the same axes is drawn again after them: spines over an
    image's edge, points over a heat map, tick marks and grid lines where they touch.
    An Axis's text (tick labels, axis label) lies outside the axes and is not redrawn;
    its tick marks and grid lines are, so they are left out of the background.
    Returns rows (artist, its axes, its position among the axes' children, zorder) and the
    tick lines (which belong to an Axis, not to the axes, so their own .axes is unset).
    """
    above, ticks = [], []
    for ax in fig.axes:
        lowest = _lowest(ax, artists)
        if lowest is None:
            continue
        for i, child in enumerate(ax.get_children()):
            if child in artists or child is ax.patch or not child.get_visible() \
                    or child.get_zorder() < lowest:
                continue
            if isinstance(child, Axis):
                lines = _tick_lines(child)
                ticks += lines
                above += [(line, ax, i, child.get_zorder()) for line in lines]
            elif child.get_window_extent(renderer).overlaps(ax.bbox):
                above.append((child, ax, i, child.get_zorder()))
    return above, ticks


def _drawing_order(fig, artists, above):
    """Moving artists and those drawn above them, in the order of a fresh draw: axes by
    axes, by zorder, ties in the axes' own order of children (as Axes.draw sorts)."""
    axes_index = {ax: k for k, ax in enumerate(fig.axes)}
    rows = list(above)
    for ax in {a.axes for a in artists}:
        children = ax.get_children() if ax is not None else []
        rows += [(a, ax, children.index(a) if a in children else len(children), a.get_zorder())
                 for a in artists if a.axes is ax]
    rows.sort(key=lambda row: (axes_index.get(row[1], len(axes_index)), row[3], row[2]))
    return [row[0] for row in rows]


def live_png(fig):
    """PNG bytes of an explorer's kept figure, redrawing only its moving artists.

    Without moving artists (see moving) this is figure_png. With them, the first call and
    any call after an axes' limits changed draw the figure without them and keep that
    picture; every other call restores it and draws the moving artists on top. The result
    is the same picture as a fresh draw (tests compare them pixel by pixel).
    """
    artists = getattr(fig, "moving_artists", None)
    if not artists:
        return figure_png(fig)
    if type(fig.canvas) is FigureCanvasBase:
        FigureCanvasAgg(fig)
    canvas = fig.canvas
    renderer = canvas.get_renderer()
    # the background stays right while the limits and the moving artists' lowest layer
    # in each axes stay (an update may replace its moving artists by new ones)
    key = (_static_key(fig), tuple(_lowest(ax, artists) for ax in fig.axes))
    kept = getattr(fig, "kept_background", None)
    if kept is None or kept[0] != key:
        for ax in fig.axes:                 # what moved before may be static now
            for a in ax.get_children():
                a.set_animated(False)
        above, ticks = _drawn_above(fig, artists, renderer)
        animated = [*artists, *(row[0] for row in above if row[0] not in ticks)]
        for a in animated:
            a.set_animated(True)            # canvas.draw() leaves animated artists out
        for line in ticks:
            line.set_visible(False)         # Axis.draw does not ask about animated
        canvas.draw()
        for line in ticks:
            line.set_visible(True)
        fig.artists_above = above
        fig.kept_background = (key, canvas.copy_from_bbox(fig.bbox))
    else:
        canvas.restore_region(kept[1])
        for a in artists:
            a.set_animated(True)            # new moving artists stay out of a later redraw
    for a in _drawing_order(fig, artists, fig.artists_above):
        a.draw(renderer)
    return _png(canvas)


def _png(canvas):
    """The canvas's pixels as PNG bytes, fast.

    The figure is opaque, so colour channels suffice; no row filters and light zlib
    compression, because the picture only travels from the kernel to this machine's
    browser: about half the time of PIL's encoder at its fastest setting here.
    """
    rgba = np.asarray(canvas.buffer_rgba())
    height, width, _ = rgba.shape
    rows = np.zeros((height, 1 + 3 * width), dtype=np.uint8)     # filter byte 0: none
    rows[:, 1:] = rgba[:, :, :3].reshape(height, -1)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)   # 8-bit RGB
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows.tobytes(), 1)) + chunk(b"IEND", b""))


def tight_layout_once(fig):
    """tight_layout now, then fixed margins: no layout engine is left on the figure.

    fig.tight_layout() leaves a placeholder layout engine behind, and savefig then draws
    the figure an extra time (without rendering) before rendering it: 30-40 % of an
    explorer update. Use this for figures an explorer keeps and updates; their limits and
    tick labels must not need a new layout as the values change.
    """
    fig.tight_layout()
    fig.set_layout_engine(None)
    return fig


# Tried in JupyterLab 4 and Notebook 7 (headless Chromium): a focused list does not take
# the arrow keys there (they move between cells), but Alt+Down opens it.
DROPDOWN_HINT = ("From the keyboard: Tab to the list, Alt+↓ opens it, then ↑/↓ and Enter "
                 "choose.")


def explore(draw, controls, *, extra=None, leading=(), update=None):
    """A live explorer: redraw whenever a control changes.

    draw : function of the controls' values returning a matplotlib Figure (the same
           function gives the static twin when called with the default values)
    controls : dict name -> ipywidgets control
    extra : optional function of the same values returning an HTML string shown under
            the plot (numbers a reader and the browser test can read as text)
    leading : widgets placed before the controls (a Play button linked to a slider)
    update : optional function ``update(fig, **values)`` that changes the artists of a
            figure made by ``draw`` in place (line data, image arrays, texts). With it the
            explorer draws its figure once and keeps it: a slider move only updates and
            re-renders, which is several times faster than building a new figure. For a
            change it cannot make in place, update may return a new figure instead.

    Returns a VBox (controls, picture, readout); its ``update(**values)`` redraws directly
    (tests, benchmarks) and returns the figure shown.
    """
    picture = widgets.Image(format="png", layout=widgets.Layout(max_width="100%"))
    text = widgets.HTML(layout=widgets.Layout(min_height="1.5em"))
    text.add_class("explorer-readout")
    kept = {}

    def redraw(**values):
        fig = kept.get("fig")
        if update is not None and fig is not None:
            new = update(fig, **values)
            if new is not None and new is not fig:   # a change the figure cannot follow
                plt.close(new)                        # kept out of pyplot, as below
                fig = kept["fig"] = new
        else:
            fig = draw(**values)
            if update is not None:
                kept["fig"] = fig
        if extra is not None:
            text.value = extra(**values)
        picture.value = figure_png(fig) if update is None else live_png(fig)
        if update is None:
            plt.close(fig)   # the picture keeps the PNG; open figures would leak memory
        return fig

    def refresh(_change=None):
        redraw(**{name: c.value for name, c in controls.items()})

    for control in controls.values():
        control.observe(refresh, names="value")
    # wrap onto a second line rather than squeeze sliders to nothing in narrow windows
    row = widgets.HBox([*leading, *controls.values()],
                       layout=widgets.Layout(flex_flow="row wrap"))
    hint = [widgets.HTML(f"<small>{DROPDOWN_HINT}</small>")] if any(
        isinstance(c, widgets.Dropdown) for c in controls.values()) else []
    box = widgets.VBox([row, *hint, picture, text])
    box.update = redraw
    refresh()
    if update is not None:
        plt.close(kept["fig"])   # kept for updates, but out of pyplot's list of figures
    return box
