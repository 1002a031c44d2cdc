"""Shared test plumbing: lines a test wants shown after the run (timings, paths)."""

import sys
from pathlib import Path

# tools/ holds the JupyterLab driver shared by the browser test and the screenshot script
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

REPORT = []


def report(line):
    """Show line in the summary at the end of the run (pytest hides passing prints)."""
    REPORT.append(line)


def pytest_terminal_summary(terminalreporter):
    if REPORT:
        terminalreporter.section("measured")
        for line in REPORT:
            terminalreporter.write_line(line)
