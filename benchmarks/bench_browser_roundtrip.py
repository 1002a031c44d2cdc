"""Where a live explorer's time goes in JupyterLab: the browser round trip, apart.

Run on demand (`python benchmarks/bench_browser_roundtrip.py`), never in the tests, on a
quiet machine. Starts JupyterLab on loopback over a temporary notebook (tools/labdriver.py)
and drives Debian's headless Chromium. Three learning-rate sliders, identical to lesson
06's, each driving something heavier:

- label:    the kernel writes the slider's value into a Label: the bare round trip
            (browser -> kernel -> browser) of core ipywidgets, no picture;
- png:      the kernel sends one of ten ready-made PNGs of the training explorer (the
            same bytes it shows), with no drawing: the round trip plus a picture;
- explorer: lesson 06's training explorer itself: training and drawing on top.

For each: latency from a key press (ArrowRight/ArrowLeft) to the change on the page, and
the changes shown during a one-second mouse drag (labdriver.drag_slider: a 3 px move
every 25 ms). Medians (min, max) with the load average. The difference between two rows
is what the heavier one adds.
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import labdriver  # noqa: E402

NOTEBOOK = "probe.ipynb"
CELLS = [
    """import ipywidgets as widgets
import logreg_viz as viz

def probe_slider():
    return widgets.FloatLogSlider(value=viz.TRAINING_DEFAULTS["learning_rate"],
                                  **viz.LEARNING_RATE_SLIDER, description="learning rate",
                                  readout_format=".3g", continuous_update=True)

explorer = viz.training_explorer()
picture = next(w for w in explorer.children if isinstance(w, widgets.Image))
pngs = []
for rate in viz.LEARNING_RATE_SLIDER["base"] ** (-3 + 0.25 * __import__("numpy").arange(10)):
    explorer.update(dataset="toy", learning_rate=float(rate), num_iterations=2000)
    pngs.append(picture.value)
print(f"{len(pngs)} PNGs of {min(map(len, pngs))}-{max(map(len, pngs))} bytes")""",
    """label_slider, label = probe_slider(), widgets.Label("start")
label_slider.observe(lambda change: setattr(label, "value", f"{change.new:.4g}"), "value")
box = widgets.VBox([label_slider, label])
box.add_class("probe-label")
box""",
    """png_slider, png = probe_slider(), widgets.Image(value=pngs[0], format="png")
count = [0]

def show_next(change):
    count[0] += 1
    png.value = pngs[count[0] % len(pngs)]

png_slider.observe(show_next, "value")
box = widgets.VBox([png_slider, png])
box.add_class("probe-png")
box""",
    """explorer.add_class("probe-explorer")
explorer""",
]
# what changes on the page when the kernel has answered
TARGET = {"label": ".widget-label", "png": "img", "explorer": "img"}


def write_notebook(folder):
    cells = [{"cell_type": "code", "metadata": {}, "source": src, "outputs": [],
              "execution_count": None} for src in CELLS]
    nb = {"cells": cells, "metadata": {"kernelspec": {"name": "python3",
          "display_name": "Python 3", "language": "python"}}, "nbformat": 4,
          "nbformat_minor": 5}
    (Path(folder) / NOTEBOOK).write_text(json.dumps(nb), encoding="utf-8")


# counts the kernel's answers shown: one per observer call (a text or src change), on the
# target only (the slider's own readout changes at once, in the browser)
WATCH = """el => { el.changes = 0; new MutationObserver(() => { el.changes += 1; })
    .observe(el, {subtree: true, characterData: true, childList: true, attributes: true,
                  attributeFilter: ["src"]}); }"""


def changes(target):
    return target.evaluate("el => el.changes")


def key_latencies(page, box, target, presses):
    handle = box.locator(".noUi-handle").first
    out = []
    for k in range(presses):
        before = changes(target)
        handle.focus()
        t0 = time.perf_counter()
        handle.press("ArrowRight" if k % 2 == 0 else "ArrowLeft")
        page.wait_for_function("([el, n]) => el.changes > n", arg=[target.element_handle(),
                               before], timeout=30_000, polling=2)
        out.append(time.perf_counter() - t0)
        page.wait_for_timeout(300)     # let the slider's echo settle before the next press
    return out


def drag_counts(page, lab, box, target, drags):
    counts = []
    slider = box.locator(".widget-slider").first
    for k in range(drags):
        before = changes(target)
        _, seconds = labdriver.drag_slider(page, box, slider, direction=1 - 2 * (k % 2))
        # drag_slider counts src changes; the label probe has none, so count the target's
        counts.append((changes(target) - before) / seconds)
        lab.wait_idle()
        page.wait_for_timeout(500)
    return counts


def summary(values, scale=1.0, unit=""):
    values = [v * scale for v in values]
    return (f"{statistics.median(values):.0f}{unit} ({min(values):.0f}-{max(values):.0f})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=8)
    parser.add_argument("--drags", type=int, default=3)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright
    with tempfile.TemporaryDirectory() as folder:
        write_notebook(folder)
        with labdriver.Lab(source=folder) as lab, sync_playwright() as pw:
            browser = labdriver.launch(pw)
            page = browser.new_context(viewport={"width": 1280, "height": 1400}).new_page()
            labdriver.open_notebook(page, lab, NOTEBOOK)
            labdriver.run_all(page, lab)
            print(f"load average {os.getloadavg()[0]:.1f} before; JupyterLab, headless Chromium")
            print(f"{'probe':<9} {'key press -> change, ms':>24} {'changes per s of drag':>24}")
            for name in ("label", "png", "explorer"):
                box = page.locator(f".probe-{name}").first
                box.scroll_into_view_if_needed()
                target = box.locator(TARGET[name]).last
                target.evaluate(WATCH)
                keys = key_latencies(page, box, target, args.presses)
                drags = drag_counts(page, lab, box, target, args.drags)
                print(f"{name:<9} {summary(keys, 1e3):>24} {summary(drags):>24}")
            print(f"load average {os.getloadavg()[0]:.1f} after")
            browser.close()


if __name__ == "__main__":
    main()
