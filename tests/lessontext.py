"""Reading the lessons as text: cells, outputs, <details> blocks, and the numbers prose states.

Shared by the convention tests (every number the prose states is printed on the page) and
the lesson tests (a solution's code, run, prints the numbers its text states).
"""

import contextlib
from decimal import Decimal
import io
import json
import re
from pathlib import Path

NB_DIR = Path(__file__).resolve().parents[1] / "notebooks"

DETAILS = re.compile(r"<details>\s*<summary>(.*?)</summary>(.*?)</details>", re.S)
FENCED = re.compile(r"```.*?```", re.S)
INLINE_CODE = re.compile(r"`[^`\n]*`")
LINK_TARGET = re.compile(r"\]\([^)]*\)")
HTML_TAG = re.compile(r"<[^>]+>")

# "1.5 × 10⁻¹¹", "1.5 \times 10^{-11}", "10^{-9}", "10⁻⁹", "1.5e-11"; then plain numbers
_SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_MANT = r"(?:(\d+(?:\.\d+)?)\s*(?:×|\\times|\\cdot|x)\s*)?"
SCI_POWER = re.compile(_MANT + r"10\s*(?:\^\s*\{?\s*([-−]?\d+)\s*\}?|([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+))")
SCI_E = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)[eE]([-+]?\d+)(?![\w.])")
PLAIN = re.compile(r"(?<![\w.^{])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w])")
OUTPUT_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:[eE]([-+]?\d+))?")


def load(path):
    path = Path(path)
    if not path.is_absolute():
        path = NB_DIR / path.name
    return json.loads(path.read_text(encoding="utf-8"))


def source(cell):
    return "".join(cell["source"])


def markdown(nb):
    return [source(c) for c in nb["cells"] if c["cell_type"] == "markdown"]


def output_text(nb):
    """Every text output of the notebook (streams and text/plain), joined."""
    parts = []
    for cell in nb["cells"]:
        for out in cell.get("outputs", []):
            parts.append("".join(out.get("text", "")))
            parts.append("".join(out.get("data", {}).get("text/plain", "")))
    return "\n".join(parts)


def details(text):
    """[(summary, body)] of the <details> blocks in a markdown text."""
    return [(s.strip(), b) for s, b in DETAILS.findall(text)]


def solution_code(nb, summary_contains):
    """The python code of the first <details> whose summary contains the given text."""
    for cell in markdown(nb):
        for summary, body in details(cell):
            if summary_contains in summary:
                blocks = re.findall(r"```python\n(.*?)```", body, re.S)
                assert blocks, f"<details> {summary!r} has no ```python block"
                return "\n".join(blocks)
    raise AssertionError(f"no <details> whose summary contains {summary_contains!r}")


def python_blocks(body):
    """The ```python blocks of a markdown text, joined."""
    return "\n".join(re.findall(r"```python\n(.*?)```", body, re.S))


def exercise_solutions(nb):
    """{exercise number: the <details> body of its solution} of the Exercises section,
    checking that each exercise has one solution and at least one hint."""
    text = "\n".join(markdown(nb))
    text = text.split("## Exercises", 1)[1].split("## Going deeper", 1)[0]
    found = {}
    for part in text.split("**Exercise ")[1:]:
        number = int(re.match(r"\d+", part).group())
        bodies = [b for s, b in details(part) if s.startswith("Solution")]
        hints = [s for s, _ in details(part) if s.startswith("Hint")]
        assert len(bodies) == 1 and hints, f"exercise {number}: one hint and one solution"
        found[number] = bodies[0]
    return found


def assert_solution_prints_what_it_states(number, body, namespace):
    """Run a solution's python blocks in namespace: it must print, and print every number
    its text states (rounded as stated)."""
    printed = run_printing(python_blocks(body), namespace)
    assert printed.strip(), f"exercise {number}'s solution prints nothing"
    assert not unprinted(body, printed), (number, printed)
    return printed


def run_lesson(nb, skip=("viz.quiz",)):
    """The namespace a lesson's code cells leave, run in order here (cells containing any
    of `skip` left out); their printed output is discarded."""
    namespace = {}
    for cell in nb["cells"]:
        code = source(cell)
        if cell["cell_type"] == "code" and not any(s in code for s in skip):
            run_printing(code, namespace)
    return namespace


def run_printing(code, namespace):
    """exec code in namespace; return what it printed."""
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        exec(compile(code, "<solution>", "exec"), namespace)  # noqa: S102 - the lesson's own code
    return buffer.getvalue()


def prose_only(text):
    """Markdown without code, link targets, <details> blocks and HTML tags."""
    text = DETAILS.sub(" ", text)
    text = FENCED.sub(" ", text)
    text = INLINE_CODE.sub(" ", text)
    text = LINK_TARGET.sub("] ", text)
    return HTML_TAG.sub(" ", text)


def _significant(int_part, frac):
    digits = (int_part.replace(",", "") + (frac or "")[1:]).lstrip("0")
    if not frac:
        digits = digits.rstrip("0")
    return len(digits)


def stated_numbers(text):
    """[(as written, value, half a unit in the last place)] for the numbers a text states
    with an exponent or with three or more significant digits (Decimals: 1.8 × 10³⁰⁸
    stays finite)."""
    text, found = prose_only(text), []

    def take_sci(m):
        mant, exp = m.group(1), m.group(2) or (m.group(3) or "").translate(_SUP)
        exp = int(exp.replace("−", "-"))
        decimals = len(mant.split(".")[1]) if mant and "." in mant else 0
        value = Decimal(mant or 1).scaleb(exp)
        found.append((m.group(0).strip(), value, Decimal(5).scaleb(exp - decimals - 1)))
        return " "

    text = SCI_POWER.sub(take_sci, text)

    def take_e(m):
        mant, exp = m.group(1), int(m.group(2))
        decimals = len(mant.split(".")[1]) if "." in mant else 0
        found.append((m.group(0), Decimal(m.group(0)), Decimal(5).scaleb(exp - decimals - 1)))
        return " "

    text = SCI_E.sub(take_e, text)
    for m in PLAIN.finditer(text):
        int_part, frac = m.group(1), m.group(2)
        if _significant(int_part, frac) >= 3:
            decimals = len(frac) - 1 if frac else 0
            value = Decimal(int_part.replace(",", "") + (frac or ""))
            found.append((m.group(0), value, Decimal(5).scaleb(-decimals - 1)))
    return found


def printed_numbers(text):
    values = []
    for m in OUTPUT_NUMBER.finditer(text):
        s = m.group(1).replace(",", "") + (m.group(2) or "")
        values.append(Decimal(s).scaleb(int(m.group(3) or 0)))
    return values


def unprinted(prose, printed_text):
    """The numbers prose states that no printed number rounds to."""
    printed = printed_numbers(printed_text)
    missing = []
    for written, value, half_unit in stated_numbers(prose):
        if not any(abs(p - value) <= half_unit for p in printed):
            missing.append(written)
    return missing
