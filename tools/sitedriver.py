"""Drive the browser edition (the JupyterLite site `make site` builds) in headless Chromium.

Shared by tests/test_site.py and benchmarks/bench_site.py. The site is served by a
static file server on 127.0.0.1 (a free port) that counts the bytes it sends; every
request the page makes is recorded, so a caller can assert that none left the loopback
host. Chromium is Debian's (labdriver.CHROMIUM), as for the JupyterLab tests.
"""

import functools
import re
import http.server
import threading
import time
import urllib.parse
from pathlib import Path

import labdriver

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "_site"
# JupyterLite's notebook panel (the same JupyterLab widgets)
PANEL = labdriver.PANEL
CELLS = f"{PANEL} .jp-CodeCell"


class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".mjs": "text/javascript",
                      ".js": "text/javascript", ".json": "application/json"}

    def log_message(self, *args):
        pass

    def copyfile(self, source, outputfile):
        data = source.read()
        outputfile.write(data)
        self.server.sent += len(data)


class SiteServer:
    """The site folder served on 127.0.0.1 (a context manager); .sent counts body bytes."""

    def __init__(self, site=SITE):
        self.site = Path(site)
        if not (self.site / "index.html").exists():
            raise FileNotFoundError(f"{self.site} holds no built site: run `make site`")

    def __enter__(self):
        handler = functools.partial(_Handler, directory=str(self.site))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.sent = 0
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def sent(self):
        return self.httpd.sent

    def notebook_url(self, path):
        return f"{self.url}/lab/index.html?path={urllib.parse.quote(path)}"


class RequestLog:
    """Every URL a browser context asks for; off_host() lists those not on the server."""

    def __init__(self, context, server):
        self.server = server
        self.urls = []
        context.on("request", lambda request: self.urls.append(request.url))

    def off_host(self):
        allowed = (f"{self.server.url}/", "data:", "blob:", "about:")
        return [u for u in self.urls if not u.startswith(allowed)]


def new_context(browser, server):
    """A fresh browser profile (empty cache and storage) that records its requests."""
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    return context, RequestLog(context, server)


def open_notebook(page, server, path, timeout=120_000):
    page.goto(server.notebook_url(path), wait_until="commit", timeout=timeout)
    page.wait_for_selector(f"{PANEL} .jp-Notebook .jp-Cell", timeout=timeout)


def kernel_ready(page, timeout=180_000):
    """Wait until the notebook's kernel says it is idle (Pyodide loaded, packages in)."""
    page.wait_for_function(
        """() => { const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
                   const k = w && w.sessionContext && w.sessionContext.session
                             && w.sessionContext.session.kernel;
                   return !!k && k.status === 'idle'; }""", timeout=timeout)


def run_all(page, timeout=900_000):
    """Run > Run All Cells; wait until the kernel has started every code cell (or one
    raised) and is idle again. Counted from the kernel's own messages: JupyterLite draws
    only the cells on screen, so the prompts cannot tell."""
    page.evaluate("""() => {
        const widget = window.jupyterapp.shell.currentWidget;
        const kernel = widget.sessionContext.session.kernel;
        window.runCount = {inputs: 0, errors: 0, cells: 0};
        for (let i = 0; i < widget.content.model.cells.length; i++) {
            if (widget.content.model.cells.get(i).type === 'code') window.runCount.cells++;
        }
        kernel.iopubMessage.connect((_, msg) => {
            if (msg.header.msg_type === 'execute_input') window.runCount.inputs++;
            if (msg.header.msg_type === 'error') window.runCount.errors++;
        });
    }""")
    page.click("div.lm-MenuBar-itemLabel:text-is('Run')")
    page.click("li[data-command='runmenu:run-all']")
    page.wait_for_function("""() => { const c = window.runCount;
        const k = window.jupyterapp.shell.currentWidget.sessionContext.session.kernel;
        return (c.inputs === c.cells || c.errors > 0) && k.status === 'idle'; }""",
                           timeout=timeout, polling=500)
    page.wait_for_timeout(500)    # let the last outputs and widget views render


def outputs(page):
    """The notebook on screen as the browser holds it now (nbformat JSON as a dict)."""
    return page.evaluate("() => window.jupyterapp.shell.currentWidget.content.model.toJSON()")


def show(page, cell, inner=".widget-slider"):
    """Scroll a cell to the screen and wait until its widgets are drawn (JupyterLab draws
    cells off screen with no size, which Playwright takes for invisible)."""
    cell.evaluate("el => el.scrollIntoView({block: 'center'})")
    page.wait_for_function("([el, sel]) => { const w = el.querySelector(sel);"
                           " return w && w.getBoundingClientRect().width > 0; }",
                           arg=[cell.element_handle(), inner], timeout=30_000)


def explorer_cell(page):
    """Lesson 06's training explorer: (its cell, marked data-probe=training, and its
    learning-rate slider), scrolled to the screen."""
    cell = page.locator(f"{PANEL} .jp-CodeCell", has=page.locator(
        ".explorer-readout", has_text="accuracy")).first
    cell.evaluate("el => el.setAttribute('data-probe', 'training')")
    show(page, cell)
    slider = cell.locator(".widget-slider", has=page.locator(
        ".widget-label", has_text=re.compile("learning", re.I))).first
    return cell, slider


def wait_for_plot(page, scope, old_src, timeout=30_000):
    t0 = time.perf_counter()
    labdriver.wait_new_image(page, scope, old_src, timeout)
    return time.perf_counter() - t0
