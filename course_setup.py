"""Imported by the first cell of every lesson: finds the course, checks the versions.

The first code cell of each lesson is SETUP_CELL (tools/lesson_setup.py writes it into
every notebook; a test keeps them equal). It handles three ways a lesson gets opened:

- the course is installed in the kernel (``make lab``, ``pip install -e .``): nothing to say;
- the notebook sits in the repository but the kernel is another one (VS Code, an existing
  conda environment): the cell puts the repository on the path and this module says so;
- Google Colab (recognised by its ``google.colab`` module): the cell installs the course
  with pip from COURSE_URL first;
- anything else: the cell says in one sentence what to run;
- the browser edition (`make site`: JupyterLite, Python compiled to WebAssembly by
  Pyodide): the course is preinstalled there; this module says what differs in the
  browser (BROWSER_NOTE) and prepares matplotlib's font list quietly.

Importing this module prints only when there is something to do or to know.
"""

import importlib
import importlib.metadata
import logging
import platform
import sys
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

SETUP_CELL = f'''\
# Setup: find the course's modules (in Google Colab: install the course first).
import os
import subprocess
import sys

COURSE_URL = "{COURSE_URL}"
if "google.colab" in sys.modules and subprocess.run(
        [sys.executable, "-m", "pip", "show", "-q", "{DISTRIBUTION}"]).returncode:
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", COURSE_URL], check=True)
sys.path.append(os.path.dirname(os.getcwd()))     # the repository, if this notebook is in it
try:
    import course_setup  # noqa: F401  (says where the modules came from, checks versions)
except ModuleNotFoundError:
    raise SystemExit("This lesson needs the course's modules: run `pip install -e .` in the "
                     "course folder (or `make lab`), then restart the kernel.") from None'''


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


def in_browser():
    """True in the browser edition: Python compiled to WebAssembly (Pyodide), whose
    platform is "emscripten"."""
    return sys.platform == "emscripten"


BROWSER_NOTE = (
    "You are running the course in your browser (Python in WebAssembly): nothing is "
    "installed, and your changes stay in this browser only (File > Download keeps a copy). "
    "What differs here: numpy never prints its floating-point warnings (overflow, divide "
    "by zero), so cells that show one say \"no warning\"; and timings are several times "
    "slower than on a computer.")


def prepare_fonts():
    """Build matplotlib's font list now, without its log line. A fresh browser kernel has
    no cache, so the first plot would print "Matplotlib is building the font cache" on
    stderr, a warning about nothing the learner did; here the setup cell just takes a
    moment longer."""
    logger = logging.getLogger("matplotlib.font_manager")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        import matplotlib.font_manager  # noqa: F401  (the import builds the cache)
    finally:
        logger.setLevel(level)


def _report():
    if in_browser():
        prepare_fonts()
        print(BROWSER_NOTE)
    problems = version_problems()
    if any("not installed" in p for p in problems):
        raise SystemExit(" ".join(problems))
    if not installed():
        print(f"Using the course's modules from {Path(__file__).resolve().parent} (this "
              f"kernel does not have the course installed; that is fine).")
    for problem in problems:
        print(problem)


_report()
