"""Imported by the first cell of every lesson: finds the course, checks the versions.

The first code cell of each lesson is SETUP_CELL (tools/lesson_setup.py writes it into
every notebook; a test keeps them equal). It handles three ways a lesson gets opened:

- the course is installed in the kernel (``make lab``, ``pip install -e .``): nothing to say;
- the notebook sits in the repository but the kernel is another one (VS Code, an existing
  conda environment): the cell puts the repository on the path and this module says so;
- Google Colab (recognised by its ``google.colab`` module): the cell installs the course
  with pip from COURSE_URL first;
- anything else: the cell says in one sentence what to run.

Importing this module prints only when there is something to do or to know.
"""

import importlib
import importlib.metadata
import os
import platform
import re
from pathlib import Path

DISTRIBUTION = "logreg-neuron-course"
# Where the course is published; Colab installs it from here (written only here).
COURSE_URL = "git+https://github.com/logreg-neuron-course/logreg-neuron-course"

# The lowest versions the course is tested with (CI runs every lesson with exactly these;
# pyproject.toml declares the same lower bounds). import name -> (pip name, version).
LOWEST = {
    "numpy": ("numpy", "1.26.4"),
    "matplotlib": ("matplotlib", "3.8.4"),
    "ipywidgets": ("ipywidgets", "7.7.1"),
    "IPython": ("ipython", "7.34.0"),
    "sklearn": ("scikit-learn", "1.4.2"),
}

# The language a lesson's messages are in (self-checks, quick checks, this module's
# sentences): the Chinese lessons' setup cell sets it to "zh" before importing this module.
LANGUAGE_VARIABLE = "LOGREG_COURSE_LANGUAGE"

_SETUP_TEXT = {
    "en": {"comment": "# Setup: find the course's modules (in Google Colab: install the course "
                      "first).",
           # two string pieces, so the cell's lines stay short
           "missing": ("This lesson needs the course's modules: run `pip install -e .` in the ",
                       "course folder (or `make lab`), then restart the kernel.")},
    "zh": {"comment": "# Setup（设置）：找到课程的模块（在 Google Colab 中先安装课程）。",
           "missing": ("这一课需要课程的模块：请在课程文件夹中运行 `pip install -e .`",
                       "（或 `make lab`），然后重启内核（kernel）。")},
}


def setup_cell(lang="en"):
    """The first code cell of a lesson in language lang ("en": notebooks/, "zh":
    notebooks/zh/, one folder deeper, so the repository is two folders up)."""
    text = _SETUP_TEXT[lang]
    language = "" if lang == "en" else f'os.environ["{LANGUAGE_VARIABLE}"] = "{lang}"\n'
    up = "os.path.dirname(os.getcwd())" if lang == "en" else \
        "os.path.dirname(os.path.dirname(os.getcwd()))"
    return f'''\
{text["comment"]}
import os
import subprocess
import sys

{language}COURSE_URL = "{COURSE_URL}"
if "google.colab" in sys.modules and subprocess.run(
        [sys.executable, "-m", "pip", "show", "-q", "{DISTRIBUTION}"]).returncode:
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", COURSE_URL], check=True)
sys.path.append({up})     # the repository, if this notebook is in it
try:
    import course_setup  # noqa: F401  (says where the modules came from, checks versions)
except ModuleNotFoundError:
    raise SystemExit("{text["missing"][0]}"
                     "{text["missing"][1]}") from None'''


SETUP_CELL = setup_cell()


def _version_tuple(text):
    parts = []
    for piece in text.split(".")[:3]:
        digits = "".join(ch for ch in piece if ch.isdigit()) or "0"
        parts.append(int(digits))
        if not piece.isdigit():         # "0rc1", "2.post1": stop at the first suffix
            break
    return tuple(parts + [0] * (3 - len(parts)))


def _versions(lowest):
    """(pip name, version found or None when missing, lowest supported, too old?) each."""
    for module, (pip_name, version) in lowest.items():
        try:
            have = importlib.import_module(module).__version__
        except ImportError:
            yield pip_name, None, version, False
            continue
        yield pip_name, have, version, _version_tuple(have) < _version_tuple(version)


def version_problems(lowest=LOWEST):
    """One sentence per package that is missing or older than the course supports."""
    problems = []
    for pip_name, have, version, old in _versions(lowest):
        if have is None:
            problems.append(f"{pip_name} is not installed in this kernel: run "
                            f"`pip install \"{pip_name}>={version}\"`, then restart the kernel.")
        elif old:
            problems.append(f"{pip_name} {have} is older than {version}, the oldest this "
                            f"course is tested with: run `pip install -U \"{pip_name}>="
                            f"{version}\"`, then restart the kernel.")
    return problems


LOWEST_PYTHON = (3, 10)


def version_report(lowest=LOWEST):
    """One line per package (and Python): the version found and a verdict against the
    supported range, with what to run when it is outside it. For lesson 00's check."""
    found = platform.python_version()
    ok = _version_tuple(found) >= LOWEST_PYTHON
    lines = [f"{'Python':<13} {found:<9} " + (
        "OK (3.10 and newer are supported)" if ok else
        "TOO OLD: the course needs Python 3.10 or newer; make a new environment with it.")]
    for pip_name, have, version, old in _versions(lowest):
        if have is None:
            verdict = (f"MISSING: run `pip install \"{pip_name}>={version}\"`, then restart "
                       f"the kernel.")
        elif old:
            verdict = (f"TOO OLD: run `pip install -U \"{pip_name}>={version}\"`, then restart "
                       f"the kernel.")
        else:
            verdict = f"OK ({version} and newer are supported)"
        lines.append(f"{pip_name:<13} {have or 'missing':<9} {verdict}")
    return lines


def installed():
    """True when the course is installed as a package (not only found on the path)."""
    try:
        importlib.metadata.distribution(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


def _zh(sentence):
    """A sentence of _report in Chinese (the Chinese lessons' kernels); others as they are."""
    for pattern, chinese in _ZH_SENTENCES:
        sentence = re.sub(pattern, chinese, sentence)
    return sentence


_ZH_SENTENCES = [
    (r"^(\S+) is not installed in this kernel: run (`.*`), then restart the kernel\.$",
     r"这个内核（kernel）中没有安装 \1：请运行 \2，然后重启内核。"),
    (r"^(\S+) (\S+) is older than (\S+), the oldest this course is tested with: run (`.*`), "
     r"then restart the kernel\.$",
     r"\1 \2 比 \3 旧，而 \3 是本课程测试过的最低版本：请运行 \4，然后重启内核（kernel）。"),
    (r"^Using the course's modules from (.*) \(this kernel does not have the course "
     r"installed; that is fine\)\.$",
     r"使用的是 \1 中的课程模块（这个内核没有安装课程，这没有关系）。"),
]


def _say(sentence):
    return _zh(sentence) if os.environ.get(LANGUAGE_VARIABLE) == "zh" else sentence


def _report():
    problems = version_problems()
    if any("not installed" in p for p in problems):
        raise SystemExit(" ".join(_say(p) for p in problems))
    if not installed():
        print(_say(f"Using the course's modules from {Path(__file__).resolve().parent} (this "
                   f"kernel does not have the course installed; that is fine)."))
    for problem in problems:
        print(_say(problem))


_report()
