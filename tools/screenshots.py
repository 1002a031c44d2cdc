"""Make the README's pictures from real runs in JupyterLab (headless Chromium).

Usage: python tools/screenshots.py [OUT_DIR]   (default docs/images; `make screenshots`)

Each picture is a screenshot of a cell's output after Run All, with the widgets driven
the way a learner drives them: the training explorer on the noisy blobs at learning
rate 0.5, the replay at iteration 300, and the gradient-check V curve of lesson 05.
PNGs are re-encoded with a palette when that keeps them well under 300 KB.
"""

import sys
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

import labdriver

ROOT = Path(__file__).resolve().parents[1]
MAX_BYTES = 250_000


def code_cell(page, source_text):
    """The code cell of the visible notebook whose source contains source_text."""
    return page.locator(f"{labdriver.PANEL} .jp-CodeCell",
                        has=page.locator(".jp-InputArea", has_text=source_text)).first


def set_readout(page, cell, label, value):
    """Type value into the readout of the slider whose label is label, like a learner."""
    slider = cell.locator(".widget-slider", has=page.locator(".widget-label", has_text=label))
    old = labdriver.image_sources(cell)[-1]
    slider.locator(".widget-readout").click()
    page.keyboard.press("Control+A")
    page.keyboard.type(str(value))
    page.keyboard.press("Enter")
    cell.evaluate("el => el.setAttribute('data-shot', '1')")
    labdriver.wait_new_image(page, "[data-shot='1']", old)
    cell.evaluate("el => el.removeAttribute('data-shot')")


def shoot(cell, path):
    output = cell.locator(".jp-Cell-outputWrapper")
    output.scroll_into_view_if_needed()
    output.screenshot(path=str(path))
    if path.stat().st_size > MAX_BYTES:
        Image.open(path).convert("RGB").quantize(colors=256).save(path, optimize=True)
    print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
          f"{path.stat().st_size // 1000} KB")


def main(out_dir):
    out_dir.mkdir(parents=True, exist_ok=True)
    with labdriver.Lab() as lab, sync_playwright() as pw:
        browser = labdriver.launch(pw)
        page = browser.new_page(viewport={"width": 1100, "height": 1000})

        labdriver.open_notebook(page, lab, "06_training.ipynb")
        labdriver.run_all(page, lab)
        assert labdriver.problems(page) == [], labdriver.problems(page)
        explorer = code_cell(page, "viz.training_explorer()")
        explorer.scroll_into_view_if_needed()
        old = labdriver.image_sources(explorer)[-1]
        explorer.locator("select").select_option(label="noisy blobs (seeded)")
        explorer.evaluate("el => el.setAttribute('data-shot', '1')")
        labdriver.wait_new_image(page, "[data-shot='1']", old)
        explorer.evaluate("el => el.removeAttribute('data-shot')")
        set_readout(page, explorer, "learning rate", 0.5)   # a stop of the slider
        shoot(explorer, out_dir / "training_explorer.png")

        replay = code_cell(page, "viz.replay_explorer()")
        replay.scroll_into_view_if_needed()
        set_readout(page, replay, "iteration", 300)
        shoot(replay, out_dir / "training_replay.png")

        labdriver.open_notebook(page, lab, "05_gradient_checking.ipynb")
        labdriver.run_all(page, lab)
        assert labdriver.problems(page) == [], labdriver.problems(page)
        shoot(code_cell(page, "viz.h_sweep_figure(hs, sweeps)"), out_dir / "gradient_check_v.png")
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "images")
