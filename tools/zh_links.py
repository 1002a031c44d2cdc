"""Point the Chinese edition's links at Chinese lessons wherever one exists.

Usage: python tools/zh_links.py   (after adding a lesson to notebooks/zh/)

A Chinese lesson links to the English lesson (../NN_name.ipynb, its navigation text
marked （英文版）) while that lesson has no Chinese twin. This rewrites, in every Chinese
lesson, each such link whose Chinese twin now exists: the target
becomes the twin, and a navigation link (← or →) takes the twin's Chinese title. A
lesson's own "English version" link stays. Changes markdown only: no re-execution needed.
"""

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
ZH = NOTEBOOKS / "zh"
LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<up>\.\./)?(?P<file>\d\d_\w+\.ipynb)\)")


def zh_title(path):
    """"全部十个数字" from the title cell "# 11 · 全部十个数字：从十个神经元到 softmax"."""
    first = "".join(json.loads(path.read_text(encoding="utf-8"))["cells"][0]["source"])
    return first.splitlines()[0].split("·", 1)[1].split("：")[0].strip()   # no subtitle


def relink(text, own, titles):
    def fix(m):
        name = m["file"]
        if not m["up"] or name == own or name not in titles:
            return m[0]              # already Chinese, the own twin, or no twin yet
        label = m["text"].replace("（英文版）", "")
        if "→" in label or "←" in label:
            label = f"{name[:2]} {titles[name]}"
            label = f"← {label}" if "←" in m["text"] else f"{label} →"
        return f"[{label}]({name})"
    return LINK.sub(fix, text)


def main():
    titles = {p.name: zh_title(p) for p in sorted(ZH.glob("*.ipynb"))}
    for path in sorted(ZH.glob("*.ipynb")):
        nb = json.loads(path.read_text(encoding="utf-8"))
        changed = False
        for cell in nb["cells"]:
            if cell["cell_type"] != "markdown":
                continue
            old = "".join(cell["source"])
            new = relink(old, path.name, titles)
            if new != old:
                cell["source"] = new.splitlines(keepends=True)
                changed = True
        if changed:
            path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n",
                            encoding="utf-8")
            print(f"links in {path.relative_to(ROOT)}")

if __name__ == "__main__":
    main()
