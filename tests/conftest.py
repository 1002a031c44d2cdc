"""Shared test plumbing: lines a test wants shown after the run (timings, paths)."""

import sys
from pathlib import Path

import matplotlib
import pytest

# this test process draws off-screen; the notebook kernels nbval starts keep their backend
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

# tools/ holds the JupyterLab driver shared by the browser test and the screenshot script
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

REPORT = []


@pytest.fixture(autouse=True)
def _close_figures():
    """Each test's figures are closed after it, so hundreds of plots do not pile up."""
    yield
    plt.close("all")


def report(line):
    """Show line in the summary at the end of the run (pytest hides passing prints)."""
    REPORT.append(line)


def pytest_terminal_summary(terminalreporter):
    if REPORT:
        terminalreporter.section("measured")
        for line in REPORT:
            terminalreporter.write_line(line)
