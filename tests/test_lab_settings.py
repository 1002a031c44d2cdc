"""`make lab` opens JupyterLab without the "get notified about Jupyter news?" prompt.

JupyterLab asks while its setting fetchNews is "none" (its default). The course ships
lab-settings/overrides.json, which makes the default "false"; `make lab` points
JupyterLab's app settings folder at it (binder/postBuild copies it into the image). The
test starts JupyterLab with the Makefile's own flag and reads the default back from the
server, and once without it, to show what the test would see if the flag went missing.
(Checked in headless Chromium too: no news toast with the flag, the toast without it.)
"""

import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SETTING = "/lab/api/settings/@jupyterlab/apputils-extension:notification"


def makefile_settings_flag():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    folder = re.search(r"^LAB_SETTINGS := \$\(CURDIR\)/(\S+)$", makefile, re.M).group(1)
    recipe = makefile[makefile.index("\nlab: "):].split("\n\n")[0]
    assert "--LabApp.app_settings_dir=$(LAB_SETTINGS)" in recipe, "make lab must pass it"
    return f"--LabApp.app_settings_dir={ROOT / folder}"


def fetch_news_default(tmp_path, *flags):
    pytest.importorskip("jupyterlab")
    tmp_path.mkdir()
    sock = __import__("socket").socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    env = dict(os.environ, JUPYTERLAB_SETTINGS_DIR=str(tmp_path / "user"),
               JUPYTERLAB_WORKSPACES_DIR=str(tmp_path / "workspaces"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root",
         "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
         "--IdentityProvider.token=t", f"--ServerApp.root_dir={tmp_path}", *flags],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}{SETTING}?token=t",
                                            timeout=5) as reply:
                    return json.load(reply)["schema"]["properties"]["fetchNews"]["default"]
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise
                time.sleep(0.3)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_make_lab_switches_the_news_prompt_off(tmp_path):
    assert fetch_news_default(tmp_path / "with", makefile_settings_flag()) == "false"
    assert fetch_news_default(tmp_path / "without") == "none"      # JupyterLab would ask
