"""The lesson conventions of DESIGN.md, checked on the committed notebooks."""

import json
import re
from pathlib import Path

import pytest

import lessontext
from execute_notebooks import OWN_TEXT_TITLES, WIDGET_FALLBACK
from markdown_bold import broken_bold

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
        if "viz.quiz" in source(cell):
            continue                    # a quick check is one call
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
            if any(f.startswith(OWN_TEXT_TITLES) for f in fallback):
                continue              # a quiz or an upload button reads as text: no figure
            assert WIDGET_FALLBACK in fallback, f"cell {i}: widget without the fallback text"
            earlier = [o for c in cells[:i] for o in c.get("outputs", [])]
            assert any("image/png" in o.get("data", {}) for o in earlier), \
                f"cell {i}: no static figure before the widget"


# --------------------------------------------------------------------------- the beginner path

MAIN_PATH_MAX_CODE_CELLS = 35
GOING_DEEPER = "## Going deeper: "
H2 = re.compile(r"^## .*$", re.M)
CJK = re.compile(r"[\u4e00-\u9fff]")


def h2_headings(cells):
    """[(cell index, heading)] of the level-2 headings, in order."""
    return [(i, h) for i, c in enumerate(cells) if c["cell_type"] == "markdown"
            for h in H2.findall(source(c))]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_numbers_in_prose_are_printed(path):
    """Every number the prose states with an exponent or 3+ significant digits is printed
    on the page (rounded as the prose rounds it); <details>, code and links are exempt."""
    nb = lessontext.load(path)
    printed = lessontext.output_text(nb)
    missing = {i: lessontext.unprinted(source(c), printed) for i, c in enumerate(nb["cells"])
               if c["cell_type"] == "markdown"}
    missing = {i: m for i, m in missing.items() if m}
    assert not missing, f"numbers stated in prose but printed nowhere (cell: numbers): {missing}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_going_deeper_sections_come_last_and_main_path_is_short(path):
    cells = load(path)["cells"]
    heads = h2_headings(cells)
    deeper = [i for i, (_, h) in enumerate(heads) if h.startswith(GOING_DEEPER)]
    if deeper:
        assert all(h.startswith(GOING_DEEPER) for _, h in heads[deeper[0]:]), \
            f"a main-path section after a Going deeper one: {[h for _, h in heads]}"
        for cell_index, heading in (heads[k] for k in deeper):
            text = source(cells[cell_index]).split(heading, 1)[1].strip()
            if not text:
                text = source(cells[cell_index + 1]).strip()
            assert text and text[0] not in "#`$<|-", \
                f"{heading!r} must open with a plain sentence on what it shows"
    end = heads[deeper[0]][0] if deeper else len(cells)
    main_code = sum(c["cell_type"] == "code" for c in cells[:end])
    assert main_code <= MAIN_PATH_MAX_CODE_CELLS, \
        f"{main_code} code cells before the first '{GOING_DEEPER}...' section"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_chinese_key_points(path):
    cells = [source(c) for c in load(path)["cells"] if c["cell_type"] == "markdown"]
    key = [t for t in cells if re.search(r"^#+ .*中文要点", t, re.M)]
    assert len(key) == 1, "one markdown cell headed '... 中文要点 ...' (key points in Chinese)"
    lines = [ln for ln in key[0].splitlines() if ln.strip().startswith(("-", "*", "1", "2",
                                                                        "3", "4", "5", "6",
                                                                        "7", "8"))]
    assert 5 <= len(lines) <= 8, f"5-8 key points, found {len(lines)}"
    assert len(CJK.findall(key[0])) >= 40


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_quick_check_at_the_end(path):
    cells = load(path)["cells"]
    quiz = [i for i, c in enumerate(cells)
            if c["cell_type"] == "code" and "viz.quiz" in source(c)]
    assert len(quiz) == 1, "one quick check, a code cell calling viz.quiz_for(...)"
    cell = cells[quiz[0]]
    assert "nbval-ignore-output" in cell["metadata"].get("tags", [])
    # the answers live in logreg_viz/quizzes/, never in the page's source
    # a Chinese lesson (notebooks/zh/, tests/test_zh.py) asks for its Chinese questions
    language = ', language="zh"' if path.parent.name == "zh" else ""
    assert source(cell) == f'viz.quiz_for("{path.name[:2]}"{language})', \
        "the quiz's questions are in the cell: run python tools/move_quizzes.py on the lesson"
    heading = [h for i, h in h2_headings(cells) if i < quiz[0]][-1]
    assert "Quick check" in heading, f"the quiz sits under {heading!r}"
    shown = ["".join(o.get("data", {}).get("text/plain", "")) for o in cell["outputs"]]
    assert any(s.startswith("Quick check") for s in shown), "quiz output without its text"


def _summaries(cells):
    return [(i, s) for i, c in enumerate(cells) if c["cell_type"] == "markdown"
            for s, _ in lessontext.details(source(c))]


@pytest.mark.parametrize("path", NOTEBOOKS[1:], ids=lambda p: p.name)
def test_hints_before_every_solution(path):
    """Your turn: two hints (the idea, the shape of the code) before the solution;
    end-of-lesson exercises: at least one hint; all collapsed in <details>."""
    cells = load(path)["cells"]
    exercises = [i for i, h in h2_headings(cells) if h.startswith("## Exercises")]
    assert exercises, "no '## Exercises' section"
    summaries = _summaries(cells)
    for k, (i, summary) in enumerate(summaries):
        if not summary.startswith("Solution"):
            continue
        needed = 2 if i < exercises[0] else 1
        before = [s for _, s in summaries[max(0, k - needed):k]]
        assert len(before) == needed and all(s.startswith("Hint") for s in before), \
            f"cell {i}: {needed} <summary>Hint ...</summary> blocks must come before " \
            f"<summary>{summary}</summary>; found {before}"


@pytest.mark.parametrize("path", NOTEBOOKS[1:], ids=lambda p: p.name)
def test_every_exercise_has_a_solution(path):
    cells = load(path)["cells"]
    start = [i for i, h in h2_headings(cells) if h.startswith("## Exercises")][0]
    text = "\n".join(source(c) for c in cells[start:] if c["cell_type"] == "markdown")
    text = text.split(GOING_DEEPER)[0]
    count = len(re.findall(r"\*\*Exercise \d+", text))
    solutions = len([s for s, _ in lessontext.details(text) if s.startswith("Solution")])
    assert count >= 1 and solutions >= count, f"{count} exercises, {solutions} solutions"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_bold_renders_as_bold(path):
    """CommonMark (and JupyterLab's marked) leaves **...** as asterisks when punctuation at
    its edge touches a letter outside, as in "**时间：**主线": run tools/markdown_bold.py."""
    broken = [b for c in load(path)["cells"] if c["cell_type"] == "markdown"
              for b in broken_bold(source(c))]
    assert not broken, f"bold shown as asterisks: {broken}; run tools/markdown_bold.py"


def test_broken_bold_is_found():
    assert broken_bold("这是**时间：**主线") == ["**时间：**"]
    assert broken_bold("用**`np.log`**的，`x**2` 和 $a**b$") == ["**`np.log`**"]
    assert broken_bold("**时间**：主线, a **bold,** word") == []


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_words_a_reader_can_follow(path):
    text = "\n".join(source(c) for c in load(path)["cells"] if c["cell_type"] == "markdown")
    assert "DESIGN.md" not in text, "refers to a file outside the repository"
    said = re.findall(r"\bthe seed\b|\bseed's\b|\bseed (?:code|post|run)\b", text, re.I)
    assert not said, f"say 'the source post', not {said}"
