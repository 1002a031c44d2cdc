"""Write each lesson's setup cell (course_setup.setup_cell) as its first code cell.

Usage: python tools/lesson_setup.py notebooks/*.ipynb notebooks/zh/*.ipynb
(a lesson in notebooks/zh/ gets the Chinese cell: setup_cell(..., lang="zh"))

The cell is written in one place (course_setup.py) and copied here, so the course URL and
the "what to run" sentences never drift apart between lessons. Each lesson's cell checks
only the packages that lesson uses (course_setup.lesson_needs, from the NN of its file
name). A cell that already starts with the setup marker is replaced, and the sentence of
prose before it is brought up to date; otherwise both are inserted above the lesson's first
code cell. Running it twice changes nothing. Run `make notebooks` afterwards.
"""

import re
import sys
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import course_setup  # noqa: E402

MARKER = "# Setup: find the course's modules"
PROSE_ZH = ("第一个代码单元格找到课程的模块，并检查这个内核是否有这一课要用的包。"
            "一切就绪时，它什么也不输出。")
PROSE = ("The first cell finds the course's modules and checks that this kernel has the "
         "packages this lesson uses. It prints nothing when everything is in place.")
OLD_PROSE = "The first cell finds the course's modules"


def lesson_number(path):
    match = re.match(r"(\d\d)_", Path(path).name)
    if not match:
        raise ValueError(f"{path}: a lesson's file name starts with its number, as in "
                         f"01_sigmoid.ipynb.")
    return match.group(1)


def language(path):
    """The lesson's language: "zh" for notebooks/zh/ (the Chinese edition), else "en"."""
    return "zh" if Path(path).resolve().parent.name == "zh" else "en"


def cell_for(path):
    """The setup cell's source for the lesson at path (in its language)."""
    return course_setup.setup_cell(course_setup.lesson_needs(lesson_number(path)),
                                   lang=language(path))


def add_setup_cell(path):
    source = cell_for(path)
    nb = nbformat.read(path, as_version=4)
    code = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    first = code[0] if code else len(nb.cells)
    prose = PROSE if language(path) == "en" else PROSE_ZH
    if code and nb.cells[first].source.startswith(MARKER):
        if nb.cells[first].source != source:
            nb.cells[first].source = source
            nb.cells[first].outputs = []
        before = nb.cells[first - 1] if first else None
        # a Chinese lesson made from a copy of its English twin has the English sentence
        if before is not None and before.cell_type == "markdown" and \
                before.source.startswith((OLD_PROSE, PROSE_ZH[:10])):
            before.source = prose
    else:
        nb.cells[first:first] = [nbformat.v4.new_markdown_cell(prose),
                                 nbformat.v4.new_code_cell(source)]
    nbformat.write(nb, path)
    print(f"setup cell in {path}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for arg in sys.argv[1:]:
        add_setup_cell(arg)
