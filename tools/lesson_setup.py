"""Write course_setup.SETUP_CELL as the first code cell of every lesson.

Usage: python tools/lesson_setup.py notebooks/*.ipynb notebooks/zh/*.ipynb

A notebook in notebooks/zh/ (the Chinese edition) gets course_setup.setup_cell("zh"): it
sets the language of the messages and finds the course two folders up.

The cell is written in one place (course_setup.py) and copied here, so the course URL and
the "what to run" sentence never drift apart between lessons. A cell that already starts
with the setup marker is replaced; otherwise the cell is inserted, with a sentence of prose
before it, above the lesson's first code cell. Run `make notebooks` afterwards.
"""

import sys
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from course_setup import setup_cell  # noqa: E402

MARKER = "# Setup"          # how both languages' setup cells begin
PROSE = {"en": ("The first cell finds the course's modules (and installs the course when the "
                "lesson runs in Google Colab). It prints nothing when everything is in place."),
         "zh": ("第一个代码单元找到课程的模块（在 Google Colab 中会先安装课程）。一切就绪时，"
                "它什么也不输出。")}


def language(path):
    """The lesson's language: "zh" for notebooks/zh/, else "en"."""
    return "zh" if Path(path).resolve().parent.name == "zh" else "en"


def add_setup_cell(path):
    lang = language(path)
    cell = setup_cell(lang)
    nb = nbformat.read(path, as_version=4)
    code = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    first = code[0] if code else len(nb.cells)
    if code and nb.cells[first].source.startswith(MARKER):
        nb.cells[first].source = cell
    else:
        nb.cells[first:first] = [nbformat.v4.new_markdown_cell(PROSE[lang]),
                                 nbformat.v4.new_code_cell(cell)]
    nbformat.write(nb, path)
    print(f"setup cell in {path}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for arg in sys.argv[1:]:
        add_setup_cell(arg)
