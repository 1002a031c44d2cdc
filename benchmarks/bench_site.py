"""What the browser edition costs a learner: size, first and warm visits, explorer speed.

Run on demand (`make bench-site`, which builds the site first, or
`python benchmarks/bench_site.py` after `make site`), never in the tests. Serves _site/
on 127.0.0.1 (tools/sitedriver.py, which counts the bytes it sends) and drives Debian's
headless Chromium. Prints the load average with the numbers: a busy machine slows
Pyodide as much as anything else.

- site size: every file of _site/, and the Pyodide part (static/pyodide/);
- first visit (a fresh browser profile: empty cache and storage), --visits times: bytes
  sent until the kernel is ready, seconds from opening lesson 06 to a ready kernel, and
  from Run All to the first picture on the page;
- warm visit (the same profile, the page opened again): bytes and seconds to a ready kernel;
- the training explorer of lesson 06: latency from a typed learning rate (Enter) to the
  new picture, --updates times, alternating 0.5 and 0.05; pictures shown during a
  one-second mouse drag of the slider, --drags times.
Medians (with min and max) are printed.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import labdriver  # noqa: E402
import sitedriver  # noqa: E402

LESSON = "06_training.ipynb"
PICTURE = f"{sitedriver.PANEL} .jp-OutputArea-output img"


def folder_bytes(path):
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


def summary(values, unit="", scale=1.0, digits=0):
    values = [v * scale for v in values]
    return (f"median {statistics.median(values):.{digits}f}{unit} "
            f"(min {min(values):.{digits}f}, max {max(values):.{digits}f}, n={len(values)})")


def visit(page, server):
    """Open the lesson; (bytes sent, seconds to a ready kernel)."""
    sent = server.sent
    t0 = time.perf_counter()
    sitedriver.open_notebook(page, server, LESSON)
    sitedriver.kernel_ready(page)
    return server.sent - sent, time.perf_counter() - t0


def first_picture(page):
    """Run All; seconds until a picture made by this kernel is on the page."""
    page.evaluate(f"""() => document.querySelectorAll('{PICTURE}')
                     .forEach(img => img.dataset.stored = '1')""")
    t0 = time.perf_counter()
    page.click("div.lm-MenuBar-itemLabel:text-is('Run')")
    page.click("li[data-command='runmenu:run-all']")
    page.wait_for_function(f"""() => [...document.querySelectorAll('{PICTURE}')]
                              .some(img => !img.dataset.stored)""", timeout=300_000)
    return time.perf_counter() - t0


def explorer(page):
    page.wait_for_function("() => ![...document.querySelectorAll("
                           f"'{sitedriver.PANEL} .jp-CodeCell .jp-InputPrompt')]"
                           ".some(e => e.textContent.includes('*'))", timeout=600_000)
    sitedriver.kernel_ready(page)
    return sitedriver.explorer_cell(page)


def typed_latencies(page, cell, slider, n):
    box = slider.locator(".widget-readout")
    times = []
    for i in range(n):
        old_src = labdriver.image_sources(cell)[-1]
        box.click()
        page.keyboard.press("Control+A")
        page.keyboard.type("0.5" if i % 2 == 0 else "0.05")
        t0 = time.perf_counter()
        page.keyboard.press("Enter")
        labdriver.wait_new_image(page, "[data-probe=training]", old_src)
        times.append(time.perf_counter() - t0)
        sitedriver.kernel_ready(page)
    return times


def drag_pictures(page, cell, slider, direction):
    frames, _ = labdriver.drag_slider(page, cell, slider, direction)
    sitedriver.kernel_ready(page)
    page.wait_for_timeout(1000)
    return frames


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--site", default=str(sitedriver.SITE))
    parser.add_argument("--visits", type=int, default=3)
    parser.add_argument("--updates", type=int, default=10)
    parser.add_argument("--drags", type=int, default=3)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    site = Path(args.site)
    print(f"load average before: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} "
          f"{os.getloadavg()[2]:.2f} ({os.cpu_count()} cores)")
    print(f"site size: {folder_bytes(site) / 1e6:.1f} MB, of which Pyodide and its packages "
          f"{folder_bytes(site / 'static' / 'pyodide') / 1e6:.1f} MB")
    first, first_bytes, picture, warm, warm_bytes = [], [], [], [], []
    typed, frames = [], []
    with sitedriver.SiteServer(site) as server, sync_playwright() as pw:
        browser = labdriver.launch(pw)
        for i in range(args.visits):
            context, requests = sitedriver.new_context(browser, server)
            page = context.new_page()
            sent, seconds = visit(page, server)
            first.append(seconds)
            first_bytes.append(sent)
            picture.append(first_picture(page))
            if i == 0:                 # the explorer, once the lesson has run
                cell, slider = explorer(page)
                typed = typed_latencies(page, cell, slider, args.updates)
                frames = [drag_pictures(page, cell, slider, 1 if k % 2 == 0 else -1)
                          for k in range(args.drags)]
            page.close()
            page = context.new_page()              # the warm visit: same profile
            sent, seconds = visit(page, server)
            warm.append(seconds)
            warm_bytes.append(sent)
            off = requests.off_host()
            if off:
                raise SystemExit(f"requests left 127.0.0.1: {off[:5]}")
            context.close()
            print(f"visit {i + 1}: first {first[-1]:.1f} s ({first_bytes[-1] / 1e6:.1f} MB), "
                  f"first picture {picture[-1]:.1f} s after Run All, warm {warm[-1]:.1f} s "
                  f"({warm_bytes[-1] / 1e6:.2f} MB)", flush=True)
        browser.close()
    print(f"first visit, bytes until the kernel is ready: "
          f"{summary(first_bytes, ' MB', 1e-6, 1)}")
    print(f"first visit, opening {LESSON} to a ready kernel: {summary(first, ' s', 1, 1)}")
    print(f"first visit, Run All to the first picture: {summary(picture, ' s', 1, 1)}")
    print(f"warm visit, bytes: {summary(warm_bytes, ' MB', 1e-6, 2)}")
    print(f"warm visit, opening to a ready kernel: {summary(warm, ' s', 1, 1)}")
    print(f"training explorer, typed value to new picture: {summary(typed, ' ms', 1e3)}")
    print(f"training explorer, pictures during a one-second drag: {summary(frames)}")
    print(f"load average after: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} "
          f"{os.getloadavg()[2]:.2f}")


if __name__ == "__main__":
    main()
