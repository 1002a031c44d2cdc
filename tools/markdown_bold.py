"""Find, and fix, **bold** that Jupyter's Markdown renderer shows as plain asterisks.

Usage: python tools/markdown_bold.py notebooks/*.ipynb notebooks/zh/*.ipynb

CommonMark (and marked, JupyterLab's renderer) closes a bold run only if the closing
`**` follows a letter, or follows punctuation and is itself followed by a space,
punctuation or the end; openings likewise. Chinese has no spaces, so
"**优化器（optimiser）**不同" or "**时间：**主线" stay as literal asterisks. The fix moves
the punctuation outside ("**优化器**（optimiser）不同", "**时间**：主线") and, where that is
not enough (code or maths at the edge of the run), writes <strong>...</strong>, which
always renders. Code spans, maths and fenced blocks are left alone. Markdown cells only:
no re-execution needed.
"""

import json
import re
import sys
import unicodedata
from pathlib import Path

SPANS = re.compile(r"```.*?```|`[^`\n]*`|\$\$.*?\$\$|\$[^$\n]*\$", re.S)
BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", re.S)
MOVABLE = "：，。；、！？”’」』"
OPENERS = "“‘「『"


def _masked(text):
    """text with the inside of code spans, maths and fenced blocks replaced (same length,
    same first and last character), so that no `**` inside them counts."""
    return SPANS.sub(lambda m: m[0][0] + "x" * (len(m[0]) - 2) + m[0][-1], text)


def _space(ch):
    return ch == "" or ch.isspace()


def _punct(ch):
    return ch != "" and unicodedata.category(ch)[0] in "PS"


def _opens(before, first):
    return not _space(first) and (not _punct(first) or _space(before) or _punct(before))


def _closes(last, after):
    return not _space(last) and (not _punct(last) or _space(after) or _punct(after))


def _runs(text):
    """(start, end, renders) for every **bold** run of text."""
    masked = _masked(text)
    for m in BOLD.finditer(masked):
        s, e = m.span()
        before, after = masked[s - 1:s], masked[e:e + 1]
        yield s, e, _opens(before, masked[s + 2]) and _closes(masked[e - 3], after)


def broken_bold(text):
    """The **bold** runs of text that a CommonMark renderer leaves as asterisks."""
    return [text[s:e] for s, e, ok in _runs(text) if not ok]


def _fixed(content, before, after):
    """The run **content** between before and after, rewritten to render."""
    lead = ""
    while content[:1] in OPENERS and content[:1] and not _opens(before, content[:1]):
        lead, content = lead + content[0], content[1:]
    tail = ""
    group = re.search(r"[（(][^（()）]*[）)]$", content)
    if group and group.start() > 0 and not _closes(content[-1], after):
        content, tail = content[:group.start()], group[0]
    while content[-1:] in MOVABLE and content[-1:] and not _closes(content[-1], tail[:1] or after):
        content, tail = content[:-1], content[-1] + tail
    if content and _opens(lead[-1:] or before, content[0]) \
            and _closes(content[-1], tail[:1] or after):
        return f"{lead}**{content}**{tail}"
    return f"{lead}<strong>{content}</strong>{tail}"


def fix_bold(text):
    """text with every broken bold run rewritten (see the module's docstring)."""
    out, last = [], 0
    for s, e, ok in _runs(text):
        if ok:
            continue
        out += [text[last:s], _fixed(text[s + 2:e - 2], text[s - 1:s], text[e:e + 1])]
        last = e
    return "".join(out) + text[last:]


def main(paths):
    for path in map(Path, paths):
        nb = json.loads(path.read_text(encoding="utf-8"))
        count = 0
        for cell in nb["cells"]:
            if cell["cell_type"] != "markdown":
                continue
            old = "".join(cell["source"])
            new = fix_bold(old)
            if new != old:
                count += len(broken_bold(old))
                cell["source"] = new.splitlines(keepends=True)
        if count:
            path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n",
                            encoding="utf-8")
            print(f"{path}: {count} bold runs fixed")


if __name__ == "__main__":
    main(sys.argv[1:])
