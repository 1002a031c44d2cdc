"""Execute lessons in place, in order, and strip what should not be committed.

Usage: python tools/execute_notebooks.py notebooks/01_sigmoid.ipynb [...]

Widget state (large, with PNGs) and per-cell timing metadata are dropped so the
committed notebooks stay small and diffs show only real changes. After each lesson the
kernel is asked which of the course's dependencies the lesson imported: one its setup
cell does not check (course_setup.lesson_needs) stops the run with what to change.
"""

import re
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import course_setup  # noqa: E402

VOLATILE_CELL_KEYS = ("execution", "collapsed", "scrolled")
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
# What GitHub, nbviewer and a not-yet-run JupyterLab show in place of a live widget:
# widget state is not stored, so the default would be a raw "VBox(children=(...))" repr.
WIDGET_FALLBACK = ("Live explorer: run this cell in Jupyter to use it. "
                   "The figure above shows its default view.")
# A quick check (logreg_viz.quiz_for) already gives its questions and options as plain
# text (its answers live in logreg_viz/quizzes/, not in the notebook), and lesson 12's
# upload button (logreg_viz.upload_button) says what it is: keep their text.
QUIZ_TITLE = "Quick check"
OWN_TEXT_TITLES = (QUIZ_TITLE, "Upload button")


def execute(path):
    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    probe = nbformat.v4.new_code_cell(
        "import sys\nprint(' '.join(m for m in %r if m in sys.modules))"
        % sorted(course_setup.LOWEST))
    nb.cells.append(probe)
    # the kernel starts in the notebook's folder, as it does in JupyterLab
    NotebookClient(nb, timeout=600, kernel_name="python3", startup_timeout=300,
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    nb.cells.remove(probe)
    unchecked = unchecked_imports(path, probe.outputs[0]["text"].split())
    if unchecked:
        sys.exit(f"{path}: the lesson imports {', '.join(unchecked)}, which its setup cell "
                 f"does not check: add it to course_setup.EXTRA_NEEDS, then run "
                 f"tools/lesson_setup.py on the lesson (nothing was written).")
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        for key in VOLATILE_CELL_KEYS:
            cell.metadata.pop(key, None)
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if WIDGET_VIEW in data and not "".join(data.get("text/plain", "")).startswith(
                    OWN_TEXT_TITLES):
                data["text/plain"] = WIDGET_FALLBACK
    nb.metadata.setdefault("kernelspec", {"display_name": "Python 3", "language": "python",
                                          "name": "python3"})
    nbformat.write(nb, path)
    print(f"executed {path}")


def unchecked_imports(path, imported):
    """The pip names of the modules a lesson imported that its setup cell does not check."""
    match = re.match(r"(\d\d)_", Path(path).name)
    if not match:
        return []
    needs = set(course_setup.lesson_needs(match.group(1)))
    pip = {module: name for module, (name, _) in course_setup.LOWEST.items()}
    return sorted(pip[m] for m in imported if m in pip and pip[m] not in needs)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for arg in sys.argv[1:]:
        execute(arg)
