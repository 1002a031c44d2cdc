"""Text alternatives for figures: what a screen reader, GitHub's text view and exported
HTML say in place of a plot.

describe(fig, text) gives a figure its own short description; alt_text(fig) returns it,
or, for a figure without one, a description read from the figure itself (its titles, axis
labels and legend entries). show_alt_text() makes the running IPython kernel show every
matplotlib figure with it: as the PNG's "alt" metadata, as an HTML <img> with an alt
attribute (which nbconvert's HTML export and JupyterLab's HTML view use) and as the
figure's plain-text form. The lessons' setup cell calls it (through course_setup.check);
nothing happens on import. Imports matplotlib; never a lesson's module.
"""

import base64
import html
import re

MIN_FONT_PT = 9.0          # no figure text smaller than this (points)


def describe(fig, text):
    """Give fig (a matplotlib Figure) the short text alternative `text`; returns fig."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"describe: text must be a non-empty sentence saying what the "
                         f"figure shows; got {text!r}.")
    fig._course_alt_text = " ".join(text.split())
    return fig


_GREEK = {"alpha": "α", "beta": "β", "lambda": "λ", "sigma": "σ", "Sigma": "Σ",
          "theta": "θ", "mu": "μ", "eta": "η", "epsilon": "ε", "partial": "∂", "cdot": "·",
          "times": "×", "leq": "≤", "geq": "≥", "infty": "∞", "log": "log", "top": "ᵀ"}


def _plain(text):
    """A figure text without matplotlib's TeX markup: "$\\sigma(z)$" -> "σ(z)"."""
    text = re.sub(r"\\([A-Za-z]+)", lambda m: _GREEK.get(m.group(1), m.group(1)), text)
    text = re.sub(r"\\[,;! ]", " ", text)
    return " ".join(text.replace("$", "").replace("{", "").replace("}", "").split())


def _texts(ax):
    title = " / ".join(_plain(t) for t in (ax.get_title("left"), ax.get_title(),
                                           ax.get_title("right")) if t)
    axes = [f"{name} {_plain(label)}" for name, label in (("x:", ax.get_xlabel()),
                                                           ("y:", ax.get_ylabel())) if label]
    legend = ax.get_legend()
    entries = [_plain(t.get_text()) for t in legend.get_texts()] if legend else []
    return title, axes, entries


def alt_text(fig):
    """fig's text alternative: its describe() text, else one read from its titles, axis
    labels and legends ("Plot: <title> (x: ..., y: ...); shows ...")."""
    given = getattr(fig, "_course_alt_text", None)
    if given:
        return given
    panels = [ax for ax in fig.axes if ax.get_visible() and ax.get_label() != "<colorbar>"]
    parts = []
    suptitle = getattr(fig, "_suptitle", None)
    if suptitle is not None and suptitle.get_text():
        parts.append(_plain(suptitle.get_text()) + ".")
    described = 0
    for ax in panels:
        title, axes, entries = _texts(ax)
        if not (title or axes or entries):
            continue
        described += 1
        bit = title or "a plot"
        if axes:
            bit += f" ({', '.join(axes)})"
        if entries:
            bit += "; shows " + ", ".join(entries)
        parts.append(bit[0].upper() + bit[1:] + ".")
    if not parts:
        return "A figure (its description is in the text around it)."
    kind = "Plot" if len(panels) == 1 else f"{len(panels)} panels"
    return " ".join(f"{kind}: {' '.join(parts)}".split())[:600]


def small_texts(fig, min_pt=MIN_FONT_PT):
    """(text, size in points) of every visible, non-empty text in fig smaller than min_pt,
    tick labels and legend entries included. The figure is drawn first, so that tick
    labels exist."""
    from matplotlib.text import Text
    fig.canvas.draw()
    small = []
    for artist in fig.findobj(Text):
        if artist.get_visible() and artist.get_text().strip() and \
                artist.get_fontsize() < min_pt:
            small.append((artist.get_text(), artist.get_fontsize()))
    return small


def _img_html(png_b64, fig):
    return (f'<img src="data:image/png;base64,{png_b64}" '
            f'alt="{html.escape(alt_text(fig), quote=True)}">')


def show_alt_text(shell=None):
    """Make the IPython kernel show every matplotlib figure with its text alternative.
    Returns False (and does nothing) outside IPython or without an inline PNG renderer;
    calling it twice changes nothing."""
    if shell is None:
        try:
            from IPython import get_ipython
        except ImportError:
            return False
        shell = get_ipython()
    formatters = getattr(getattr(shell, "display_formatter", None), "formatters", None)
    if not formatters:
        return False
    from matplotlib.figure import Figure
    png = formatters["image/png"]
    try:
        render = png.lookup_by_type(Figure)
    except KeyError:
        return False                    # no inline backend: figures are not shown as PNG
    if getattr(render, "_course_alt_text", False):
        return True
    cache = {}

    def png_with_alt(fig):
        data = cache.pop(id(fig), None) or render(fig)
        return (data, {"alt": alt_text(fig)}) if data else None

    def html_with_alt(fig):
        data = render(fig)
        if not data:
            return None
        cache[id(fig)] = data
        text = data if isinstance(data, str) else base64.b64encode(data).decode("ascii")
        return _img_html(text, fig)

    def plain(fig, printer, cycle):
        printer.text(alt_text(fig))

    png_with_alt._course_alt_text = True
    png.for_type(Figure, png_with_alt)
    formatters["text/html"].for_type(Figure, html_with_alt)
    formatters["text/plain"].for_type(Figure, plain)
    return True
