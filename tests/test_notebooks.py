"""The lesson conventions of DESIGN.md, checked on the committed notebooks."""

import json
import re
from pathlib import Path

import pytest
from execute_notebooks import WIDGET_FALLBACK

NB_DIR = Path(__file__).resolve().parents[1] / "notebooks"
NOTEBOOKS = sorted(NB_DIR.glob("*.ipynb"))
LINK = re.compile(r"\]\(([^)#\s]+\.ipynb)(#[^)]*)?\)")
MAX_CODE_LINES = 15


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def source(cell):
    return "".join(cell["source"])


def test_there_are_lessons():
    assert NOTEBOOKS, "no notebooks in notebooks/"
    assert NOTEBOOKS[0].name == "00_start_here.ipynb"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_name_pattern(path):
    assert re.fullmatch(r"\d\d_[a-z0-9_]+\.ipynb", path.name)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_executed_in_order_without_errors(path):
    nb = load(path)
    counts = [c["execution_count"] for c in nb["cells"] if c["cell_type"] == "code"]
    assert counts == list(range(1, len(counts) + 1)), f"execution counts {counts}"
    for i, cell in enumerate(nb["cells"]):
        for out in cell.get("outputs", []):
            assert out["output_type"] != "error", f"cell {i}: {out.get('ename')}"
            # a warning or traceback that leaked to stderr; prose may name warnings freely
            assert out.get("name") != "stderr", f"cell {i} wrote to stderr: {out.get('text')}"
    assert "widgets" not in nb["metadata"], "widget state stored: re-run make notebooks"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_navigation_links_resolve(path):
    cells = load(path)["cells"]
    first, last = source(cells[0]), source(cells[-1])
    for where, text in (("top", first), ("bottom", last)):
        assert "00_start_here.ipynb" in text or path.name == "00_start_here.ipynb", \
            f"no 'start here' link at the {where}"
        assert LINK.search(text), f"no navigation links at the {where}"
    for cell in cells:
        for target, _ in LINK.findall(source(cell)):
            assert (path.parent / target).is_file(), f"broken link to {target}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_prose_between_short_code_cells(path):
    cells = load(path)["cells"]
    assert cells[0]["cell_type"] == "markdown" and source(cells[0]).lstrip().startswith("#")
    code = [c for c in cells if c["cell_type"] == "code"]
    markdown = [c for c in cells if c["cell_type"] == "markdown"]
    assert len(markdown) >= len(code)
    for cell in code:
        lines = [ln for ln in source(cell).splitlines() if ln.strip()]
        assert len(lines) <= MAX_CODE_LINES, f"{len(lines)} lines:\n{source(cell)}"
    assert any(re.search(r"^#+ .*Summary", source(c), re.M) for c in markdown), \
        "no Summary heading"


@pytest.mark.parametrize("path", NOTEBOOKS[1:], ids=lambda p: p.name)
def test_lessons_have_exercises_with_solutions(path):
    text = "\n".join(source(c) for c in load(path)["cells"] if c["cell_type"] == "markdown")
    assert "Your turn" in text
    assert "<details>" in text and "</details>" in text


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_widget_cells_are_tagged_and_have_static_twins(path):
    cells = load(path)["cells"]
    for i, cell in enumerate(cells):
        outputs = cell.get("outputs", [])
        has_widget = any("application/vnd.jupyter.widget-view+json" in o.get("data", {})
                         for o in outputs)
        if has_widget:
            tags = cell["metadata"].get("tags", [])
            assert "nbval-ignore-output" in tags, f"cell {i} shows a widget but is not tagged"
            fallback = ["".join(o["data"].get("text/plain", "")) for o in outputs if "data" in o]
            assert WIDGET_FALLBACK in fallback, f"cell {i}: widget without the fallback text"
            earlier = [o for c in cells[:i] for o in c.get("outputs", [])]
            assert any("image/png" in o.get("data", {}) for o in earlier), \
                f"cell {i}: no static figure before the widget"
