"""Write the README's "Open in Colab" links (one per lesson) and its Binder link, from
course_setup.COURSE_URL.

Usage: python tools/launch_links.py [--check]

The links go between the `<!-- launch-links -->` and `<!-- /launch-links -->` markers of
README.md. While COURSE_URL is None (the repository has no public address yet) the block
stays empty: the README promises no Colab. --check changes nothing and exits with 1 when
the README's block differs from what the tool would write. Running it twice changes
nothing.
"""

import re
import sys
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import course_setup  # noqa: E402

START, END = "<!-- launch-links -->", "<!-- /launch-links -->"


def github_repo(url):
    """"OWNER/REPO" of a GitHub address; a clear ValueError for anything else."""
    parsed = urlparse(url.removeprefix("git+"))
    parts = parsed.path.strip("/").removesuffix(".git").split("/")
    if parsed.netloc != "github.com" or len(parts) != 2 or not all(parts):
        raise ValueError(f"COURSE_URL must be a GitHub address like "
                         f"https://github.com/OWNER/REPO (Colab and Binder open notebooks "
                         f"from GitHub); got {url!r}.")
    return "/".join(parts)


def lessons(folder=ROOT / "notebooks"):
    return sorted(p.name for p in folder.glob("[0-9][0-9]_*.ipynb"))


def links_block(url, notebooks, branch="main"):
    """The markdown between the markers: nothing when url is None or empty."""
    if not url:
        return ""
    repo = github_repo(url)
    colab = [f"[{name[:2]}](https://colab.research.google.com/github/{repo}/blob/{branch}/"
             f"notebooks/{name})" for name in notebooks]
    binder = (f"https://mybinder.org/v2/gh/{repo}/{branch}?urlpath=lab/tree/notebooks/"
              f"{notebooks[0]}" if notebooks else None)
    lines = ["- **Google Colab**: open a lesson (its first cell installs the course, about a "
             "minute): " + " · ".join(colab) + "."]
    if binder:
        lines.append(f"- **Binder**, in the browser with nothing to install: [launch]({binder}).")
    return "\n".join(lines)


def with_block(text, block):
    pattern = re.compile(re.escape(START) + r"\n.*?" + re.escape(END), re.S)
    if len(pattern.findall(text)) != 1:
        raise ValueError(f"README.md must hold the markers {START} and {END} once each.")
    inner = f"{block}\n" if block else ""
    return pattern.sub(lambda _m: f"{START}\n{inner}{END}", text)


def main(argv):
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    new = with_block(text, links_block(course_setup.COURSE_URL, lessons(),
                                       course_setup.COURSE_BRANCH))
    if "--check" in argv:
        if new != text:
            print("README.md's launch links are out of date: run python tools/launch_links.py")
            return 1
        print("README.md's launch links are up to date")
        return 0
    if new != text:
        readme.write_text(new, encoding="utf-8")
    print(f"launch links in {readme}: "
          f"{'none (COURSE_URL is not set)' if not course_setup.COURSE_URL else 'written'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
