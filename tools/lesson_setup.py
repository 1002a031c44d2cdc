"""Write course_setup.SETUP_CELL as the first code cell of every lesson.

Usage: python tools/lesson_setup.py notebooks/*.ipynb

The cell is written in one place (course_setup.py) and copied here, so the course URL and
the "what to run" sentence never drift apart between lessons. A cell that already starts
with the setup marker is replaced; otherwise the cell is inserted, with a sentence of prose
before it, above the lesson's first code cell. Run `make notebooks` afterwards.
"""

import sys
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from course_setup import SETUP_CELL  # noqa: E402

MARKER = SETUP_CELL.splitlines()[0]
PROSE = ("The first cell finds the course's modules (and installs the course when the lesson "
         "runs in Google Colab). It prints nothing when everything is in place.")


def add_setup_cell(path):
    nb = nbformat.read(path, as_version=4)
    code = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    first = code[0] if code else len(nb.cells)
    if code and nb.cells[first].source.startswith(MARKER):
        nb.cells[first].source = SETUP_CELL
    else:
        nb.cells[first:first] = [nbformat.v4.new_markdown_cell(PROSE),
                                 nbformat.v4.new_code_cell(SETUP_CELL)]
    nbformat.write(nb, path)
    print(f"setup cell in {path}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for arg in sys.argv[1:]:
        add_setup_cell(arg)
