"""Shared test plumbing: lines a test wants shown after the run (timings, paths)."""

import os
import sys
import tempfile
from pathlib import Path

import matplotlib
import pytest
from hypothesis import settings

# No time limit per example: these machines are shared, and a slow example is not a wrong
# one (timings are measured by benchmarks/, never asserted).
settings.register_profile("course", deadline=None)
settings.load_profile("course")

# this test process draws off-screen; the notebook kernels nbval starts keep their backend
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

# tools/ holds the JupyterLab driver shared by the browser test and the screenshot script
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

# Under pytest-xdist the tests run in worker processes: they append their lines to a file
# that the main process names (workers inherit its environment) and prints at the end.
os.environ.setdefault("LOGREG_COURSE_REPORT", str(
    Path(tempfile.gettempdir()) / f"logreg-course-measured-{os.getpid()}.txt"))
REPORT_FILE = Path(os.environ["LOGREG_COURSE_REPORT"])


@pytest.fixture(autouse=True)
def _close_figures():
    """Each test's figures are closed after it, so hundreds of plots do not pile up."""
    yield
    plt.close("all")


def report(line):
    """Show line in the summary at the end of the run (pytest hides passing prints)."""
    with open(REPORT_FILE, "a", encoding="utf-8") as f:
        f.write(line + "\n")


def pytest_configure(config):
    # the main process, before it starts any xdist worker (a worker has workerinput)
    if not hasattr(config, "workerinput"):
        REPORT_FILE.unlink(missing_ok=True)


def pytest_terminal_summary(terminalreporter):
    if hasattr(terminalreporter.config, "workerinput"):
        return                        # xdist workers have a summary too: the main one prints
    if REPORT_FILE.exists():
        terminalreporter.section("measured")
        for line in REPORT_FILE.read_text(encoding="utf-8").splitlines():
            terminalreporter.write_line(line)
        REPORT_FILE.unlink()


@pytest.fixture(autouse=True)
def _checks_raise_their_own_errors(monkeypatch):
    """In the tests an error inside a self-check is raised, not turned into feedback."""
    import logreg_checks.common
    monkeypatch.setattr(logreg_checks.common, "STRICT", True)
