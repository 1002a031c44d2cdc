"""What a learner sees: every lesson run in JupyterLab (and, through
test_browser_notebook7.py, in Notebook 7), in headless Chromium.

nbval proves the kernel side; this proves the browser side: widgets render, no cell
shows an error, and the training explorer answers the keyboard (JupyterLab: Notebook 7
keeps arrow keys for moving between cells) and typed values.
Skipped, with the reason, where Chromium is missing; a failure when CI is set.
"""

import os
import re
import statistics
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import numpy as np
import pytest
from conftest import report

import labdriver
import logreg_viz as viz

pytestmark = pytest.mark.browser
NOTEBOOKS = sorted(p.name for p in labdriver.NOTEBOOKS.glob("*.ipynb"))
EXPLORER = "06_training.ipynb"
SHOTS = Path(tempfile.gettempdir()) / "lesson-screenshots"


APP = "lab"   # tests/test_browser_notebook7.py runs every test here again with "notebook"


@pytest.fixture(scope="module")
def lab(request):
    """A JupyterLab server (or, for the module that sets APP = "notebook", Notebook 7)."""
    with labdriver.Lab(app=request.module.APP) as server:
        yield server


@pytest.fixture(scope="module")
def browser():
    if not labdriver.CHROMIUM.exists():
        why = (f"Chromium not found at {labdriver.CHROMIUM}: install the Debian packages "
               f"chromium and chromium-driver to run the browser tests")
        if os.environ.get("CI"):
            pytest.fail(f"{why} (CI is set, so this is a failure, not a skip)")
        pytest.skip(why)
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        chromium = labdriver.launch(pw)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, lab):
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    yield context.new_page()
    context.close()
    lab.shutdown_kernels()


def test_server_is_loopback_only_and_needs_the_token(lab):
    if lab.app != "lab":
        pytest.skip("the server settings are the same for both front ends: checked once")
    addresses = lab.listening_addresses()
    # 0100007F is 127.0.0.1 in /proc/net/tcp's little-endian hex
    assert addresses and set(addresses) == {"0100007F"}, addresses
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(lab.api_url("/api/contents", token=False), timeout=10)
    info.value.close()       # an HTTPError holds its socket open until closed
    assert info.value.code == 403
    opener = urllib.request.build_opener(NoRedirect)
    with pytest.raises(urllib.error.HTTPError) as info:
        opener.open(f"{lab.url}/lab", timeout=10)
    info.value.close()
    assert info.value.code == 302 and "/login" in info.value.headers["Location"]
    with urllib.request.urlopen(lab.api_url("/api/contents"), timeout=10) as ok:
        assert ok.status == 200


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def assert_ran_clean(page, lab, name):
    SHOTS.mkdir(exist_ok=True)
    shot = SHOTS / f"{lab.app}-{name[:-6]}.png"
    page.screenshot(path=str(shot), full_page=True)
    assert labdriver.problems(page) == []
    prompts = labdriver.prompts(page)
    assert prompts == [f"[{i}]:" for i in range(1, len(prompts) + 1)]
    report(f"browser ({lab.app}): {name} ran clean; screenshot {shot}")


@pytest.mark.parametrize("name", [n for n in NOTEBOOKS if n != EXPLORER])
def test_lesson_runs_clean_in_the_browser(lab, page, name):
    labdriver.open_notebook(page, lab, name)
    labdriver.run_all(page, lab)
    assert_ran_clean(page, lab, name)


@pytest.fixture(scope="module")
def training(browser, lab):
    """Lesson 06 opened and run once for the training-explorer tests, which use it in turn:
    (page, the explorer's cell, its learning-rate slider, its readout)."""
    if EXPLORER not in NOTEBOOKS:
        pytest.skip(f"{EXPLORER} not written yet")
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    labdriver.open_notebook(page, lab, EXPLORER)
    labdriver.run_all(page, lab)
    cell = page.locator(f"{labdriver.PANEL} .jp-CodeCell", has=page.locator(".explorer-readout",
                                                        has_text="accuracy")).first
    cell.evaluate("el => el.setAttribute('data-probe', 'training')")
    slider = cell.locator(".widget-slider", has=page.locator(
        ".widget-label", has_text=re.compile("learning", re.I))).first
    cell.scroll_into_view_if_needed()
    yield page, cell, slider, cell.locator(".explorer-readout")
    context.close()
    lab.shutdown_kernels()


def test_training_lesson_runs_clean_in_the_browser(lab, training):
    assert_ran_clean(training[0], lab, EXPLORER)


def slider_learning_rate(text):
    """The stop of the learning-rate slider its readout text ("0.0500") shows."""
    s = viz.LEARNING_RATE_SLIDER
    stops = s["base"] ** np.arange(s["min"], s["max"] + s["step"] / 2, s["step"])
    return float(stops[np.argmin(np.abs(np.log(stops / float(text))))])


def test_training_explorer_follows_keyboard_and_typed_values(lab, training):
    page, cell, slider, readout = training
    scope = "[data-probe=training]"
    handle = slider.locator(".noUi-handle")
    # the default learning rate is a stop of the slider: the browser keeps it, so the live
    # view starts as its static twin (the readout printed above the explorer)
    twin = viz.training_readout(**viz.TRAINING_DEFAULTS)
    page.wait_for_function("([el, t]) => el.innerText.includes(t)",
                           arg=[readout.element_handle(), twin], timeout=10_000)
    assert float(slider.locator(".widget-readout").inner_text()) == 0.05    # "0.0500"

    latencies = []
    for _ in range(6 if lab.app == "lab" else 0):   # Notebook 7: arrow keys move between cells
        old_src, old_text = labdriver.image_sources(cell)[-1], readout.inner_text()
        old_value = slider.locator(".widget-readout").inner_text()
        handle.focus()
        t0 = time.perf_counter()
        handle.press("ArrowLeft")
        labdriver.wait_new_image(page, scope, old_src)
        latencies.append(time.perf_counter() - t0)
        assert slider.locator(".widget-readout").inner_text() != old_value
        page.wait_for_function("([el, t]) => el.innerText !== t",
                               arg=[readout.element_handle(), old_text], timeout=10_000)
    cell.screenshot(path=str(SHOTS / f"{lab.app}-training_explorer.png"))

    # typing into the slider's own readout drives the same update; 0.5 is a stop of the
    # slider, so it stays 0.5 (a value between stops moves to the nearest one)
    old_src = labdriver.image_sources(cell)[-1]
    box = slider.locator(".widget-readout")
    box.click()
    page.keyboard.press("Control+A")
    page.keyboard.type("0.5")
    page.keyboard.press("Enter")
    labdriver.wait_new_image(page, scope, old_src)
    page.wait_for_function("el => parseFloat(el.innerText) === 0.5",
                           arg=box.element_handle(), timeout=10_000)
    page.wait_for_function("([el, t]) => el.innerText.includes(t)",
                           arg=[readout.element_handle(),
                                viz.training_readout("toy", 0.5, 2000)],
                           timeout=10_000)
    assert re.search(r"accuracy", readout.inner_text())
    if latencies:
        median = statistics.median(latencies)
        report(f"browser ({lab.app}): training explorer, key press to new plot: median "
               f"{median * 1e3:.0f} ms over {len(latencies)} moves "
               f"(min {min(latencies) * 1e3:.0f}, max {max(latencies) * 1e3:.0f}); "
               f"readout now {readout.inner_text()!r}")


def test_training_explorer_follows_a_mouse_drag(lab, training):
    """A one-second drag across the learning-rate slider: the explorer shows new plots
    while the mouse moves, and after the drag the plot is the one of the final value."""
    page, cell, slider, readout = training
    start = slider_learning_rate(slider.locator(".widget-readout").inner_text())
    during, seconds = labdriver.drag_slider(page, cell, slider)
    lab.wait_idle()
    page.wait_for_timeout(500)
    rate = slider_learning_rate(slider.locator(".widget-readout").inner_text())
    assert rate > start, "the drag did not move the slider"
    expected = viz.training_readout("toy", rate, 2000)
    page.wait_for_function("([el, t]) => el.innerText.includes(t)",
                           arg=[readout.element_handle(), expected], timeout=20_000)
    assert during >= 1
    report(f"browser ({lab.app}): a {seconds:.2f} s drag of the learning rate ({start:.3g} to "
           f"{rate:.3g}) delivered {during} new plots while the mouse moved; the final plot "
           f"and readout match the slider")


QUIZ_LESSON = "01_sigmoid.ipynb"


@pytest.mark.skipif(QUIZ_LESSON not in NOTEBOOKS, reason=f"{QUIZ_LESSON} not written yet")
def test_a_quick_check_answers_in_the_browser(lab, page):
    """Pick each option of the first question in turn: every one gets its explanation,
    exactly one of them is called right."""
    if lab.app != "lab":
        pytest.skip("the quiz is the same widget in both front ends: answered once, in JupyterLab")
    labdriver.open_notebook(page, lab, QUIZ_LESSON)
    labdriver.run_all(page, lab)
    quiz = page.locator(f"{labdriver.PANEL} .jp-CodeCell",
                        has=page.locator(".widget-html", has_text="Quick check")).first
    first = quiz.locator(".widget-radio-box").first   # the first multiple-choice question
    first.scroll_into_view_if_needed()                 # JupyterLab renders what is on screen
    # a question's widgets are siblings: options, its Check button, its feedback
    button = first.evaluate_handle("el => el.closest('.widget-radio').nextElementSibling")
    feedback = first.evaluate_handle(
        "el => el.closest('.widget-radio').nextElementSibling.nextElementSibling")
    verdicts = []
    for option in first.locator("label").all():
        option.click()
        button.click()
        previous = verdicts[-1] if verdicts else ""
        page.wait_for_function("([el, t]) => el.innerText.trim() && el.innerText !== t",
                               arg=[feedback, previous], timeout=10_000)
        verdicts.append(feedback.inner_text())
    assert len(verdicts) >= 2
    assert sum(v.startswith("✅") for v in verdicts) == 1, verdicts
    assert all(v.startswith(("✅ Right: ", "❌ Not this one: ")) for v in verdicts), verdicts
    report(f"browser (lab): quick check of {QUIZ_LESSON} answered: {verdicts}")


DIGITS = "08_digits.ipynb"


def open_digit_grid(page, lab, name):
    """Run lesson name in the browser and return its drawing grid's cell, readout, picture."""
    labdriver.open_notebook(page, lab, name)
    labdriver.run_all(page, lab)
    assert labdriver.problems(page) == []
    cell = page.locator(f"{labdriver.PANEL} .jp-CodeCell", has=page.locator(".digit-grid")).first
    cell.scroll_into_view_if_needed()
    readout, picture = cell.locator(".explorer-readout"), cell.locator("img.digit-picture")
    labdriver.wait_changed(page, readout, "")          # rendered once scrolled into view
    return cell, readout, picture


@pytest.mark.skipif(DIGITS not in NOTEBOOKS, reason=f"{DIGITS} not written yet")
def test_08_digit_grid_clicks_change_the_probability_and_the_picture(lab, page):
    cell, readout, picture = open_digit_grid(page, lab, DIGITS)
    assert re.search(r"P\(8\) = 0\.\d{3}", readout.inner_text()), readout.inner_text()
    latencies = []
    for row, col in ((5, 2), (4, 2)):       # inked cells of the first preset, strong weights
        old_text, old_src = readout.inner_text(), picture.get_attribute("src")
        t0 = time.perf_counter()
        labdriver.click_grid_cell(cell, row, col)
        new_text = labdriver.wait_changed(page, readout, old_text)
        labdriver.wait_changed(page, picture, old_src, "src")
        latencies.append(time.perf_counter() - t0)
        old_p = re.search(r"P\(8\) = (0\.\d{3})", old_text).group(1)
        assert re.search(r"P\(8\) = (0\.\d{3})", new_text).group(1) != old_p, new_text
    SHOTS.mkdir(exist_ok=True)
    cell.screenshot(path=str(SHOTS / f"{lab.app}-digit_grid_clicked.png"))
    report(f"browser ({lab.app}): digit grid, click to new probability and picture: "
           f"{', '.join(f'{t * 1e3:.0f} ms' for t in latencies)}; readout now "
           f"{readout.inner_text()!r}")


TEN_DIGITS = "11_ten_digits.ipynb"


@pytest.mark.skipif(TEN_DIGITS not in NOTEBOOKS, reason=f"{TEN_DIGITS} not written yet")
def test_11_digit_grid_clicks_change_the_ten_bars(lab, page):
    cell, readout, picture = open_digit_grid(page, lab, TEN_DIGITS)
    pattern = r"the model says (\d): P\(\d\) = (0\.\d{3}|1\.000)"
    assert re.search(pattern, readout.inner_text()), readout.inner_text()
    latencies = []
    for row, col in ((3, 3), (4, 4)):
        old_text, old_src = readout.inner_text(), picture.get_attribute("src")
        t0 = time.perf_counter()
        labdriver.click_grid_cell(cell, row, col)
        new_text = labdriver.wait_changed(page, readout, old_text)
        labdriver.wait_changed(page, picture, old_src, "src")     # the bars were redrawn
        latencies.append(time.perf_counter() - t0)
        assert re.search(pattern, new_text), new_text
    SHOTS.mkdir(exist_ok=True)
    cell.screenshot(path=str(SHOTS / f"{lab.app}-ten_digit_grid_clicked.png"))
    report(f"browser ({lab.app}): ten-digit grid, click to new bars: "
           f"{', '.join(f'{t * 1e3:.0f} ms' for t in latencies)}; readout now "
           f"{readout.inner_text()!r}")
