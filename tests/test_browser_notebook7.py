"""The browser tests of test_browser.py again, in Notebook 7 (the `notebook` package).

A module of its own so that pytest-xdist can run it beside the JupyterLab ones.
"""

from test_browser import *  # noqa: F403 - the same tests, collected again here

APP = "notebook"
