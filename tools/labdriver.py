"""Drive the lessons in JupyterLab or Notebook 7 in a real (headless) Chromium.

Shared by tests/test_browser.py and tools/screenshots.py. The server runs on
127.0.0.1, on a free port, with a random token, over a *copy* of the notebooks, so
JupyterLab's autosave can never touch the repository. Chromium is Debian's
(/usr/bin/chromium); Playwright's own browser download is never used.
"""

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
# the notebook on screen: JupyterLab keeps other tabs in the DOM, hidden
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"
# an explorer's picture (logreg_viz.explore shows its PNG in an ipywidgets Image)
IMAGES = "img.widget-image"
IMG_CHANGED = """([sel, old]) => {
    const imgs = [...document.querySelectorAll(sel)];
    const img = imgs[imgs.length - 1];
    return img && img.src !== old;
}"""


def _body(exc):
    """The first line of an HTTP error's answer, for a message."""
    try:
        return exc.read().decode(errors="replace").strip().splitlines()[0][:300]
    except (OSError, IndexError, AttributeError):
        return "(no answer body)"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


APPS = {"lab": "jupyterlab", "notebook": "notebook"}   # front end -> its server module


class Lab:
    """A JupyterLab (app="lab") or Notebook 7 (app="notebook") server over a temporary
    copy of notebooks/ (a context manager)."""

    def __init__(self, source=NOTEBOOKS, app="lab"):
        self.source = Path(source)
        self.app = app
        self.port = free_port()
        self.token = secrets.token_hex(24)
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="lab-copy-")
        self.root = Path(self._tmp.name) / "notebooks"
        shutil.copytree(self.source, self.root,
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        self._log = open(Path(self._tmp.name) / "lab.log", "w")  # noqa: SIM115
        # settings and workspaces live in the temporary folder too: nothing is written
        # to the user's ~/.jupyter, and the "Jupyter news" toast is switched off
        settings = Path(self._tmp.name) / "settings"
        notification = settings / "@jupyterlab" / "apputils-extension"
        notification.mkdir(parents=True)
        (notification / "notification.jupyterlab-settings").write_text(
            '{"fetchNews": "false", "checkForUpdates": false}')
        env = dict(os.environ, JUPYTERLAB_SETTINGS_DIR=str(settings),
                   JUPYTERLAB_WORKSPACES_DIR=str(Path(self._tmp.name) / "workspaces"))
        lab_only = (["--LabApp.news_url=None",
                     "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
                    if self.app == "lab" else [])
        self.proc = subprocess.Popen(
            [sys.executable, "-m", APPS[self.app], "--no-browser", "--allow-root",
             "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={self.port}",
             "--ServerApp.port_retries=0", f"--IdentityProvider.token={self.token}",
             f"--ServerApp.root_dir={self.root}", *lab_only],
            stdout=self._log, stderr=subprocess.STDOUT, cwd=self.root, env=env)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"JupyterLab exited: {self.log()[-2000:]}")
            try:
                with urllib.request.urlopen(self.api_url("/api/status"), timeout=2):
                    return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.3)
        self.__exit__(None, None, None)
        raise RuntimeError("JupyterLab did not answer within 90 s")

    def __exit__(self, *exc):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._log.close()
        self._tmp.cleanup()

    def api_url(self, path, token=True):
        return f"{self.url}{path}" + (f"?token={self.token}" if token else "")

    def api(self, path, method="GET", deadline=60.0, gone_ok=False):
        """Call the server's REST API; the decoded JSON answer (None when empty).

        A loaded machine makes the server slow: a 5xx answer, a refused connection or a
        timeout is retried, waiting longer each time, until `deadline` seconds have
        passed; then the error says what the server answered last (and the end of its
        log). gone_ok: a 404 (a kernel that is already gone) counts as done.
        """
        end, wait, said = time.monotonic() + deadline, 0.2, "nothing"
        while True:
            try:
                req = urllib.request.Request(self.api_url(path), method=method)
                with urllib.request.urlopen(req, timeout=min(30.0, deadline)) as r:
                    body = r.read()
                return json.loads(body) if body.strip() else None
            except urllib.error.HTTPError as exc:
                if exc.code == 404 and gone_ok:
                    return None
                said = f"HTTP {exc.code} {exc.reason}: {_body(exc)}"
                if exc.code < 500:
                    break                     # a client error: asking again cannot help
            except (urllib.error.URLError, ConnectionError, TimeoutError) as exc:
                said = f"{type(exc).__name__}: {getattr(exc, 'reason', exc)}"
            if time.monotonic() + wait > end:
                break
            time.sleep(wait)
            wait = min(wait * 2, 5.0)
        raise RuntimeError(f"the Jupyter server did not answer {method} {path} within "
                           f"{deadline:g} s; it said {said}. End of its log:\n"
                           f"{self._log_tail()}")

    def _log_tail(self):
        try:
            return self.log()[-1500:]
        except (AttributeError, OSError, ValueError):   # no log (a server we did not start)
            return "(no log)"

    def kernels_idle(self):
        """True when at least one kernel runs and every kernel is idle."""
        states = [k["execution_state"] for k in self.api("/api/kernels")]
        return bool(states) and all(s == "idle" for s in states)

    def wait_idle(self, timeout=300):
        deadline = time.monotonic() + timeout
        while not self.kernels_idle():
            if time.monotonic() > deadline:
                raise TimeoutError(f"the kernel was still busy after {timeout} s")
            time.sleep(0.2)

    def shutdown_kernels(self):
        """Stop every kernel, so one test's kernels do not load the next test."""
        for k in self.api("/api/kernels"):
            self.api(f"/api/kernels/{k['id']}", method="DELETE", gone_ok=True)

    def log(self):
        self._log.flush()
        return (Path(self._tmp.name) / "lab.log").read_text(errors="replace")

    def listening_addresses(self):
        """Local addresses (hex, as in /proc/net/tcp*) of sockets listening on our port."""
        found = []
        for table in ("/proc/net/tcp", "/proc/net/tcp6"):
            if not os.path.exists(table):
                continue
            for line in Path(table).read_text().splitlines()[1:]:
                local, state = line.split()[1], line.split()[3]
                addr, port = local.rsplit(":", 1)
                if state == "0A" and int(port, 16) == self.port:   # 0A = LISTEN
                    found.append(addr)
        return found


def launch(playwright):
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


def open_notebook(page, lab, name, timeout=90_000):
    """Open name; in JupyterLab in a fresh workspace (no tabs restored from an earlier page)."""
    if lab.app == "lab":
        workspace = secrets.token_hex(4)
        page.goto(f"{lab.url}/lab/workspaces/{workspace}/tree/{name}?reset&token={lab.token}")
    else:
        page.goto(f"{lab.url}/notebooks/{name}?token={lab.token}")
    page.wait_for_selector(f"{PANEL} .jp-Notebook .jp-Cell", timeout=timeout)
    # the kernel is ready when the server says it is idle
    page.wait_for_timeout(500)
    lab.wait_idle(timeout / 1000)


def run_all(page, lab=None, timeout=300_000):
    """Run > Run All Cells, then wait until no cell is queued or running.

    Both front ends stop at a cell that raises, leaving later prompts empty: callers
    check the prompts, this only waits.
    """
    page.click("div.lm-MenuBar-itemLabel:text-is('Run')")
    page.click("li[data-command='runmenu:run-all']")
    prompts = f"[...document.querySelectorAll('{PANEL} .jp-CodeCell .jp-InputPrompt')]"
    # started (some cell queued) or already finished (every prompt numbered)
    page.wait_for_function(
        f"() => {prompts}.some(e => e.textContent.includes('*'))"
        f" || {prompts}.every(e => /\\[\\d+\\]/.test(e.textContent))", timeout=30_000)
    page.wait_for_function(f"() => !{prompts}.some(e => e.textContent.includes('*'))",
                           timeout=timeout)
    if lab is not None:
        lab.wait_idle(timeout / 1000)
    page.wait_for_timeout(500)   # let the last outputs and widget views render


def problems(page):
    """Error outputs, stderr text and widgets that failed to render, as strings."""
    outputs = page.eval_on_selector_all(
        f"{PANEL} .jp-OutputArea-output",
        "els => els.map(e => [e.dataset.mimeType || '', e.innerText])")
    found = [f"stderr/error output: {text[:300]}" for mime, text in outputs
             if mime == "application/vnd.jupyter.stderr"]
    found += [f"widget failed: {text[:200]}" for _, text in outputs
              if "Error displaying widget" in text]
    return found


def prompts(page):
    """Each code cell's execution prompt ("[7]:"), in order. A cell whose input is stored
    collapsed (a quick check: its source holds the answers) shows its number on the
    output prompt instead."""
    return page.eval_on_selector_all(f"{PANEL} .jp-CodeCell", """cells => cells.map(cell => {
        const hidden = cell.querySelector('.jp-InputPlaceholder');
        const prompt = cell.querySelector(hidden ? '.jp-OutputPrompt' : '.jp-InputPrompt');
        return prompt ? prompt.textContent.trim() : '';
    })""")


def image_sources(scope):
    return [img.get_attribute("src") for img in scope.locator(IMAGES).all()]


def wait_new_image(page, scope_selector, old_src, timeout=30_000):
    page.wait_for_function(IMG_CHANGED, arg=[f"{scope_selector} {IMAGES}", old_src],
                           timeout=timeout)


def click_grid_cell(scope, row, col, columns=8):
    """Click cell (row, col) of lesson 08's drawing grid (a .digit-grid of Buttons)."""
    scope.locator(".digit-grid button").nth(columns * row + col).click()


def wait_changed(page, locator, old, attribute=None, timeout=30_000):
    """Wait until the element's text (or its attribute) differs from old; return the new one."""
    script = ("([el, old, attr]) => (attr ? el.getAttribute(attr) : el.innerText) !== old")
    page.wait_for_function(script, arg=[locator.element_handle(), old, attribute],
                           timeout=timeout)
    return locator.get_attribute(attribute) if attribute else locator.inner_text()


def drag_slider(page, cell, slider, direction=1, seconds=1.0):
    """Drag slider's handle by 3 px steps (rightwards for direction 1, leftwards for -1)
    for `seconds`; (pictures that changed in cell while the mouse moved, seconds taken)."""
    cell.evaluate("""el => { el.frames = 0; new MutationObserver(ms => { el.frames += ms.length; })
        .observe(el, {attributes: true, subtree: true, attributeFilter: ["src"]}); }""")
    slider.scroll_into_view_if_needed()      # the mouse needs the handle on screen
    handle = slider.locator(".noUi-handle").bounding_box()
    x, y = handle["x"] + handle["width"] / 2, handle["y"] + handle["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    t0 = time.perf_counter()
    k = 0
    while time.perf_counter() - t0 < seconds:
        k += 1
        page.mouse.move(x + direction * 3 * k, y)
        page.wait_for_timeout(25)
    page.mouse.up()
    return cell.evaluate("el => el.frames"), time.perf_counter() - t0
