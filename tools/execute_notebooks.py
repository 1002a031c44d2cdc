"""Execute lessons in place, in order, and strip what should not be committed.

Usage: python tools/execute_notebooks.py notebooks/01_sigmoid.ipynb [...]

Widget state (large, with PNGs) and per-cell timing metadata are dropped so the
committed notebooks stay small and diffs show only real changes.
"""

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

VOLATILE_CELL_KEYS = ("execution", "collapsed", "scrolled")
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
# What GitHub, nbviewer and a not-yet-run JupyterLab show in place of a live widget:
# widget state is not stored, so the default would be a raw "VBox(children=(...))" repr.
WIDGET_FALLBACK = ("Live explorer: run this cell in Jupyter to use it. "
                   "The figure above shows its default view.")
# A quick check (logreg_viz.quiz) already gives its questions and options as plain text,
# and lesson 12's upload button (logreg_viz.upload_button) says what it is: keep their text.
QUIZ_TITLE = "Quick check"
OWN_TEXT_TITLES = (QUIZ_TITLE, "Upload button")


def execute(path):
    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    # the kernel starts in the notebook's folder, as it does in JupyterLab
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        for key in VOLATILE_CELL_KEYS:
            cell.metadata.pop(key, None)
        if cell.cell_type == "code" and "viz.quiz(" in cell.source:
            # the quick check's source holds its answers: JupyterLab, Notebook 7 and VS Code
            # show the cell collapsed, so a learner meets the questions, not the answers
            cell.metadata.setdefault("jupyter", {})["source_hidden"] = True
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if WIDGET_VIEW in data and not "".join(data.get("text/plain", "")).startswith(
                    OWN_TEXT_TITLES):
                data["text/plain"] = WIDGET_FALLBACK
    nb.metadata.setdefault("kernelspec", {"display_name": "Python 3", "language": "python",
                                          "name": "python3"})
    nbformat.write(nb, path)
    print(f"executed {path}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for arg in sys.argv[1:]:
        execute(arg)
