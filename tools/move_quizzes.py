"""Move each lesson's quick-check questions out of its notebook into the course package.

Usage: python tools/move_quizzes.py notebooks/*.ipynb [notebooks/zh/*.ipynb]

A lesson's quiz cell `viz.quiz([...questions...])` holds the answers and their
explanations, which GitHub's static view and exported HTML would show. This tool writes
the questions, unchanged, to logreg_viz/quizzes/lessonNN.py (lessonNN_zh.py for
notebooks/zh/) and replaces the cell by `viz.quiz_for("NN")`, which builds the same quiz
from there. The cell's output (the questions as plain text, no answers) is kept. A cell
already calling quiz_for is left as it is, so running the tool twice changes nothing; a
lesson edited later with questions back in its cell has them moved again. Run `make
notebooks` (or tools/execute_notebooks.py on the lessons changed) afterwards.
"""

import ast
import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
QUIZZES = ROOT / "logreg_viz" / "quizzes"
WIDTH = 99


def lesson_key(path):
    """("01", "en") for notebooks/01_sigmoid.ipynb, ("01", "zh") for notebooks/zh/01_...."""
    match = re.match(r"(\d\d)_", Path(path).name)
    if not match:
        raise ValueError(f"{path}: a lesson's file name starts with its number, as in "
                         f"01_sigmoid.ipynb.")
    parent = Path(path).resolve().parent.name
    return match.group(1), ("en" if parent == "notebooks" else parent)


def module_name(lesson, language="en"):
    return f"lesson{lesson}" if language == "en" else f"lesson{lesson}_{language}"


def quiz_call(source):
    """The questions of a cell `viz.quiz([...])` as Python data, or None for other cells."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)
             and isinstance(node.func, ast.Attribute) and node.func.attr == "quiz"]
    if not calls:
        return None
    if len(tree.body) != 1 or len(calls) != 1 or len(calls[0].args) != 1:
        raise ValueError("a quiz cell must hold exactly one call viz.quiz([...]) and nothing "
                         "else, so that it can be moved mechanically")
    return ast.literal_eval(calls[0].args[0])


def _literal(text):
    """repr(text), in double quotes unless the text holds one."""
    r = repr(text)
    if r.startswith("'") and '"' not in text:
        r = '"' + r[1:-1].replace("\\'", "'") + '"'
    return r


def _string(text, indent, room=4):
    """text as a Python string: one literal, or adjacent literals in parentheses, each
    line leaving `room` characters for what follows it (closing brackets, a comma)."""
    one = _literal(text)
    if len(indent) + len(one) + room <= WIDTH:
        return one
    pieces, piece = [], ""
    for word in re.split(r"(?<= )", text):
        if piece and len(indent) + 1 + len(_literal(piece + word)) + room > WIDTH:
            pieces.append(piece)
            piece = ""
        piece += word
    pieces.append(piece)
    return "(" + f"\n{indent} ".join(_literal(p) for p in pieces) + ")"


def _value(value, indent):
    if isinstance(value, str):
        return _string(value, indent)
    if isinstance(value, float | int | bool) or value is None:
        return repr(value)
    raise ValueError(f"a quiz holds only texts, numbers and True/False; got {value!r}")


def render(questions, lesson, language):
    """The module's source for these questions (deterministic: same input, same text)."""
    where = "notebooks/" + ("" if language == "en" else f"{language}/") + f"{lesson}_*.ipynb"
    edition = "" if language == "en" else f" ({language} edition)"
    call = f'"{lesson}"' + ("" if language == "en" else f', "{language}"')
    lines = [f'"""Lesson {lesson}\'s quick check{edition}: questions, answers and explanations.',
             "",
             f"Shown by `viz.quiz_for({call})` in {where}; written there first and moved",
              "here by tools/move_quizzes.py, so that GitHub and exported HTML show the "
              "questions only.",
              '"""', "", "QUESTIONS = ["]
    for q in questions:
        if not isinstance(q, dict):
            raise ValueError(f"each question must be a dict; got {q!r}")
        lines.append("    {")
        for key, value in q.items():
            if key == "options":
                lines.append(f"        {_literal(key)}: [")
                for option in value:
                    parts = [_value(v, " " * 13) for v in option]
                    lines.append("            (" + (",\n             ".join(parts)) + "),")
                lines.append("        ],")
            else:
                name = _literal(key)
                lines.append(f"        {name}: {_value(value, ' ' * (10 + len(name)))},")
        lines.append("    },")
    lines.append("]")
    return "\n".join(lines) + "\n"


def move(path):
    lesson, language = lesson_key(path)
    nb = nbformat.read(path, as_version=4)
    found = [(c, quiz_call(c.source)) for c in nb.cells if c.cell_type == "code"]
    found = [(c, q) for c, q in found if q is not None]
    call = (f'viz.quiz_for("{lesson}")' if language == "en"
            else f'viz.quiz_for("{lesson}", "{language}")')
    if not found:
        print(f"{path}: nothing to move")
        return
    if len(found) > 1:
        raise ValueError(f"{path}: {len(found)} quiz cells; a lesson has one quick check")
    cell, questions = found[0]
    target = QUIZZES / f"{module_name(lesson, language)}.py"
    text = render(questions, lesson, language)
    namespace = {}
    exec(compile(text, str(target), "exec"), namespace)      # noqa: S102 - our own output
    assert namespace["QUESTIONS"] == questions, "render() changed the questions"
    target.write_text(text, encoding="utf-8")
    cell.source = call
    cell.metadata.get("jupyter", {}).pop("source_hidden", None)
    if cell.metadata.get("jupyter") == {}:
        del cell.metadata["jupyter"]
    nbformat.write(nb, path)
    print(f"{path}: {len(questions)} questions moved to {target.relative_to(ROOT)}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for arg in sys.argv[1:]:
        move(arg)
