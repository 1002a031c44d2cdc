"""The explorer machinery every lesson's live figure uses.

explore() joins a drawing function to ipywidgets controls; with update= it keeps one
figure per explorer and changes only the artists that move. figure_png() renders a
figure once to PNG; tight_layout_once() lays a persistent figure out a single time.
Imports numpy, matplotlib and ipywidgets; never a lesson's module.
"""

import io

import ipywidgets as widgets
import matplotlib.pyplot as plt
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
        picture.value = figure_png(fig)
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
