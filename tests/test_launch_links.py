"""tools/launch_links.py: Colab and Binder links in the README exactly when COURSE_URL is
set, and a README that matches what the tool writes for the current COURSE_URL."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import launch_links  # noqa: E402

NOTEBOOKS = ["00_start_here.ipynb", "01_sigmoid.ipynb", "10_regularisation.ipynb"]


def test_no_links_while_the_course_has_no_public_address():
    assert launch_links.links_block(None, NOTEBOOKS) == ""
    assert launch_links.links_block("", NOTEBOOKS) == ""


def test_one_colab_link_per_lesson_and_a_binder_link_once_the_url_is_set():
    block = launch_links.links_block("https://github.com/someone/course", NOTEBOOKS, "main")
    for name in NOTEBOOKS:
        assert (f"(https://colab.research.google.com/github/someone/course/blob/main/"
                f"notebooks/{name})") in block
    assert block.count("colab.research.google.com") == len(NOTEBOOKS)
    assert ("https://mybinder.org/v2/gh/someone/course/main?urlpath=lab/tree/notebooks/"
            "00_start_here.ipynb") in block
    assert launch_links.links_block("git+https://github.com/someone/course.git",
                                    NOTEBOOKS) == block


@pytest.mark.parametrize("bad", ["https://gitlab.com/a/b", "https://github.com/onlyowner",
                                 "/home/me/course"])
def test_a_url_colab_cannot_open_is_refused_clearly(bad):
    with pytest.raises(ValueError, match="must be a GitHub address like"):
        launch_links.links_block(bad, NOTEBOOKS)


def test_the_block_is_replaced_in_place_and_twice_is_once():
    text = f"intro\n{launch_links.START}\nold\n{launch_links.END}\nrest\n"
    once = launch_links.with_block(text, "- new")
    assert once == f"intro\n{launch_links.START}\n- new\n{launch_links.END}\nrest\n"
    assert launch_links.with_block(once, "- new") == once
    assert launch_links.with_block(once, "") == \
        f"intro\n{launch_links.START}\n{launch_links.END}\nrest\n"
    with pytest.raises(ValueError, match="markers"):
        launch_links.with_block("no markers", "- new")


def test_the_readme_matches_the_current_course_url():
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "launch_links.py"), "--check"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert ("colab.research.google.com" in readme) == bool(launch_links.course_setup.COURSE_URL)
