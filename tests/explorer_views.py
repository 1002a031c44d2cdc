"""For the lesson tests: an explorer's live view must not depend on its slider history.

An explorer made with ``explore(draw, ..., update=...)`` keeps one figure and changes its
artists in place. After any sequence of updates, the PNG it shows must be the PNG of a
figure drawn fresh for the same values, and its readout the readout for those values.
"""

import io

import ipywidgets as widgets
import numpy as np
from PIL import Image

import logreg_viz as viz


def pixels(png):
    """Decoded RGBA pixels of PNG bytes, as an int array (height, width, 4)."""
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGBA"), dtype=int)


def assert_live_view_is_fresh(box, draw, readout, values_sequence, *, same_figure=True):
    """Update box through values_sequence; after each step compare with a fresh figure.

    Exact equality: the kept and the fresh figure hold the same artists with the same
    data, drawn by the same Agg renderer at the same size, and Agg is deterministic, so
    any differing pixel means an update left something of an earlier value behind (a
    stale line, label, limit or layout), or that an explorer redrawing only its moving
    artists (logreg_viz.moving) left out one that a fresh draw puts on top of them.
    same_figure=False: the explorer may build a new figure for some changes (another
    data set), and keeps that one.
    """
    picture = next(c for c in box.children if isinstance(c, widgets.Image))
    text = box.children[-1]                    # the readout (a keyboard hint may come before)
    kept = None
    for values in values_sequence:
        fig = box.update(**values)
        if kept is None or not same_figure:
            kept = fig
        assert fig is kept, "the explorer should update its one figure, not build new ones"
        fresh = draw(**values)
        live, want = pixels(picture.value), pixels(viz.figure_png(fresh))
        assert live.shape == want.shape, values
        differ = np.any(live != want, axis=-1)
        assert not differ.any(), (f"after {values}: {differ.sum()} pixels differ from a "
                                  f"fresh figure (max difference {np.abs(live - want).max()})")
        if readout is not None:
            assert text.value == readout(**values), values
