"""Every figure a lesson shows is readable: no text below 9 pt (tick labels and legends
included) and a text alternative that says something.

Each lesson's code cells run here, in order, in one namespace, as the kernel would run
them; after each cell every open figure (what the inline backend would show) is
checked, then closed. The alternative text itself reaches the page through
logreg_viz.show_alt_text (tests/test_exports.py checks the exported HTML).
"""

import contextlib
import io

import matplotlib.pyplot as plt
import pytest

import lessontext
import logreg_viz as viz

LESSONS = sorted(lessontext.NB_DIR.glob("[0-9][0-9]_*.ipynb"))


def shown_figures(path):
    """[(cell number, figure)] for every figure lesson `path` shows, cell by cell."""
    namespace, figures = {}, []
    nb = lessontext.load(path)
    code = [lessontext.source(c) for c in nb["cells"] if c["cell_type"] == "code"]
    for number, cell in enumerate(code, 1):
        if cell.lstrip().startswith(("%", "!")):
            continue
        with contextlib.redirect_stdout(io.StringIO()), \
                pytest.MonkeyPatch.context() as patch:
            patch.setattr(plt, "show", lambda *a, **k: None)
            exec(compile(cell, f"<{path.name} cell {number}>", "exec"), namespace)  # noqa: S102
        for num in plt.get_fignums():
            figures.append((number, plt.figure(num)))
        yield from figures
        figures = []
        plt.close("all")


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_every_figure_has_large_enough_text_and_a_description(path):
    small, undescribed, count = [], [], 0
    for number, fig in shown_figures(path):
        count += 1
        small += [(number, text, size) for text, size in viz.small_texts(fig)]
        if viz.alt_text(fig).startswith("A figure (its description"):
            undescribed.append(number)
    assert count, f"{path.name} shows no figure: is the test still finding them?"
    assert not small, f"{path.name}: text below {viz.MIN_FONT_PT} pt (cell, text, pt): {small[:5]}"
    assert not undescribed, f"{path.name}: figures without a description in cells {undescribed}"


def test_small_text_is_found_and_a_bare_figure_has_the_fallback():
    fig, ax = plt.subplots()
    ax.plot([0, 1])
    assert viz.alt_text(fig).startswith("A figure (its description")
    ax.set_title("cost against $\\lambda$", fontsize=8)
    ax.set_xlabel("iteration")
    assert viz.alt_text(fig) == "Plot: Cost against λ (x: iteration)."
    assert viz.small_texts(fig) == [("cost against $\\lambda$", 8.0)]
    viz.describe(fig, "The cost falls  from 0.69 to 0.32.")
    assert viz.alt_text(fig) == "The cost falls from 0.69 to 0.32."
    with pytest.raises(ValueError, match="non-empty sentence"):
        viz.describe(fig, " ")


def function_image(step, asked):
    """The pixels FunctionImage draws for f(x1, x2) = x1 + x2 on the unit square (grey
    scale), recording how many points each call asks for."""
    fig, ax = plt.subplots(figsize=(2, 1.5), dpi=100)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)

    def f(points):
        asked.append(points.shape[1])
        return points[0] + points[1]

    image = viz.FunctionImage(ax, f, cmap="gray", vmin=0, vmax=2, step=step)
    fig.canvas.draw()
    rgba, *_ = image.make_image(fig.canvas.get_renderer())
    box = ax.bbox
    plt.close(fig)
    return rgba.astype(int), box


def test_function_image_with_a_step_asks_once_per_block_and_fills_every_pixel():
    asked_fine, asked_coarse = [], []
    fine, box = function_image(1, asked_fine)
    coarse, _ = function_image(3, asked_coarse)
    height, width = fine.shape[:2]
    assert coarse.shape == fine.shape, "every pixel of the axes is drawn"
    assert asked_fine[-1] == width * height
    assert asked_coarse[-1] == -(-width // 3) * -(-height // 3), "one point per 3 x 3 block"
    # a block is one colour, the next block another (the map rises to the right and up)
    assert (coarse[:, 0] == coarse[:, 2]).all() and (coarse[0] == coarse[2]).all()
    assert (coarse[:, 3] > coarse[:, 0])[:, :3].all()
    # a block's colour is the one the full-resolution map has at the block's centre pixel
    assert abs(coarse[1::3, 1::3] - fine[1::3, 1::3]).max() <= 1
