"""The explorer machinery every lesson's live figure uses.

explore() joins a drawing function to ipywidgets controls; with update= it keeps one
figure per explorer and changes only the artists that move. figure_png() renders a
figure once to PNG; tight_layout_once() lays a persistent figure out a single time.
Imports numpy, matplotlib and ipywidgets; never a lesson's module.
"""

import io

import ipywidgets as widgets
import matplotlib.pyplot as plt
from matplotlib.axis import Axis
from matplotlib.backend_bases import FigureCanvasBase
from matplotlib.backends.backend_agg import FigureCanvasAgg
from PIL import Image


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


def _tick_lines(axis, renderer):
    """The tick marks and grid lines an Axis draws, in its drawing order (not its text)."""
    lines = []
    for tick in axis._update_ticks():           # the ticks inside the view, as Axis.draw
        lines += [line for line in (tick.gridline, tick.tick1line, tick.tick2line)
                  if line.get_visible()]
    return lines


def _overlapping(fig, artists, renderer):
    """(artists to draw on the kept background in order, tick lines to leave out of it).

    A kept background is drawn before the moving artists, so everything a fresh figure
    draws on top of one of them in the same axes is drawn again after them: spines over
    an image's edge, points over a heat map, tick marks and grid lines where they touch.
    An Axis's text (tick labels, axis label) lies outside the axes and is not redrawn;
    its tick marks and grid lines are, so they must be left out of the background.
    """
    chosen, ticks = [], []
    for ax in fig.axes:
        titles = (ax.title, ax._left_title, ax._right_title)
        inside = [a for a in artists if a.axes is ax and a not in titles]
        chosen += [a for a in artists if a.axes is ax and a in titles]
        if not inside:
            continue
        lowest = min(a.get_zorder() for a in inside)
        above = []
        for child in ax.get_children():
            if child is ax.patch or not child.get_visible() or child.get_zorder() < lowest \
                    or child in titles:
                continue
            if isinstance(child, Axis):
                lines = _tick_lines(child, renderer)
                ticks += lines
                above += [(child.get_zorder(), line) for line in lines]
            elif child in inside or child.get_window_extent(renderer).overlaps(ax.bbox):
                above.append((child.get_zorder(), child))
        # sorted() is stable: equal zorders keep the axes' own order, as Axes.draw does
        chosen += [a for _, a in sorted(above, key=lambda pair: pair[0])]
    chosen += [a for a in artists if a.axes is None]
    return chosen, ticks


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
    key = (_static_key(fig), tuple(map(id, artists)))
    kept = getattr(fig, "kept_background", None)
    if kept is None or kept[0] != key:
        for a in getattr(fig, "redrawn_artists", ()):
            a.set_animated(False)
        canvas.draw()                       # a full draw: places ticks, titles and texts
        drawn, ticks = _overlapping(fig, artists, canvas.get_renderer())
        for a in drawn:
            a.set_animated(True)            # canvas.draw() leaves animated artists out
        for line in ticks:
            line.set_visible(False)         # Axis.draw does not ask about animated
        canvas.draw()
        for line in ticks:
            line.set_visible(True)
        fig.redrawn_artists = drawn
        fig.kept_background = kept = (key, canvas.copy_from_bbox(fig.bbox))
    else:
        canvas.restore_region(kept[1])
    renderer = canvas.get_renderer()
    for a in fig.redrawn_artists:
        a.draw(renderer)
    image = Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba(),
                             "raw", "RGBA", 0, 1)
    buffer = io.BytesIO()
    image.save(buffer, format="png", compress_level=1)
    return buffer.getvalue()


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
    box = widgets.VBox([row, picture, text])
    box.update = redraw
    refresh()
    if update is not None:
        plt.close(kept["fig"])   # kept for updates, but out of pyplot's list of figures
    return box
