"""What the first cell of every lesson runs: finds the course, checks what the lesson uses.

The first code cell of each lesson is setup_cell(needs) for that lesson's packages
(tools/lesson_setup.py writes it into every notebook; a test keeps them equal). It handles
the ways a lesson gets opened:

- the course is installed in the kernel (``make lab``, ``pip install -e .``): nothing to say;
- the notebook sits in the repository but the kernel is another one (VS Code, an existing
  conda environment): the cell puts the repository on the path and check() says so;
- Google Colab (recognised by its ``google.colab`` module): once COURSE_URL is set, the
  cell installs the course with pip from it first; until then it says in one sentence
  what to do instead;
- anything else: the cell says in one sentence what to run.
- the browser edition (`make site`: JupyterLite, Python compiled to WebAssembly by
  Pyodide): the course is preinstalled there; check() says what differs in the browser
  (BROWSER_NOTE) and prepares matplotlib's font list quietly.

check() asks only for the packages the lesson uses (lesson 01 runs without
scikit-learn); in a Jupyter kernel it also makes every figure carry a text alternative
(logreg_viz.show_alt_text). Importing this module prints nothing and changes nothing.
"""

import importlib
import importlib.metadata
import logging
import os
import platform
import re
import sys
from pathlib import Path

DISTRIBUTION = "logreg-neuron-course"
# The course's public GitHub address ("https://github.com/OWNER/REPO"), written only
# here. None until the repository is published: then Colab cannot install the course, the
# lessons say so, and the README offers no Colab links. After setting it, run
# tools/lesson_setup.py and tools/colab_links.py (see CONTRIBUTING.md).
COURSE_URL = None
COURSE_BRANCH = "main"

# The lowest versions the course is tested with (CI runs every lesson with exactly these;
# pyproject.toml declares the same lower bounds). import name -> (pip name, version).
LOWEST = {
    "numpy": ("numpy", "1.26.4"),
    "matplotlib": ("matplotlib", "3.8.4"),
    "ipywidgets": ("ipywidgets", "7.7.1"),
    "IPython": ("ipython", "7.34.0"),
    "sklearn": ("scikit-learn", "1.4.2"),
}
# What every lesson uses (the course's plots and explorers import these).
BASE_NEEDS = ("numpy", "matplotlib", "ipywidgets", "ipython")
# Lessons that need more than BASE_NEEDS: lesson number -> extra pip names. A lesson not
# listed here gets every package of LOWEST, so a new lesson is never under-checked;
# `tools/execute_notebooks.py` fails when a lesson imports a package its cell does not
# check, and says what to add here.
EXTRA_NEEDS = {
    "00": (), "01": (), "02": (), "03": (), "04": (), "05": (), "07": (),
    "06": ("scikit-learn",), "08": ("scikit-learn",), "09": ("scikit-learn",),
    "10": ("scikit-learn",),
}
_PIP_TO_MODULE = {pip: module for module, (pip, _) in LOWEST.items()}

COLAB_NOT_YET = ("Colab cannot install this course yet (it has no public address): "
                 "open the lesson in JupyterLab from a copy of the course instead, as its "
                 "README says.")
NOT_FOUND = ("This lesson needs the course's modules: run `pip install -e .` in the "
             "course folder (or `make lab`), then restart the kernel.")


def lesson_needs(lesson):
    """The pip names lesson "NN" uses, for its setup cell."""
    if lesson in EXTRA_NEEDS:
        return BASE_NEEDS + tuple(EXTRA_NEEDS[lesson])
    return tuple(pip for pip, _ in LOWEST.values())


def pip_install_url(url=None):
    """What pip installs the course from in Colab ("git+https://..."), or None."""
    url = COURSE_URL if url is None else url
    if not url:
        return None
    return f"git+{url}" if url.startswith(("https://", "http://")) else url


def _py_string(text, indent, width=88):
    """text as adjacent Python string literals, one per line, each line within width."""
    words, lines, line = text.split(" "), [], ""
    for word in words:
        if line and len(indent) + len(line) + len(word) + 4 > width:
            lines.append(line)
            line = ""
        line += word + " "
    lines.append(line.rstrip(" "))
    return f"\n{indent}".join('"' + ln.replace('"', '\\"') + '"' for ln in lines)


# The language of a lesson's messages (self-checks, quick checks, this module's sentences):
# the Chinese lessons' setup cell (lang="zh") sets it before importing this module.
LANGUAGE_VARIABLE = "LOGREG_COURSE_LANGUAGE"
COLAB_NOT_YET_ZH = ("Colab 暂时还不能安装这门课（它还没有公开的网址）：请按 README 所说，在课程的"
                    "副本中用 JupyterLab 打开这一课。")
NOT_FOUND_ZH = ("这一课需要课程的模块：请在课程文件夹中运行 `pip install -e .`（或 `make lab`），"
                "然后重启内核（kernel）。")


def setup_cell(needs, url=None, lang="en"):
    """The source of a lesson's first code cell, checking the packages in needs (pip names).
    url: the course's public address (default COURSE_URL); None: Colab is told to wait.
    lang="zh": a Chinese lesson (notebooks/zh/, so the repository is two folders up), whose
    messages are Chinese."""
    unknown = [n for n in needs if n not in _PIP_TO_MODULE]
    if unknown:
        raise ValueError(f"setup_cell: unknown package(s) {unknown}; expected pip names "
                         f"from course_setup.LOWEST: {sorted(_PIP_TO_MODULE)}.")
    pip_url = pip_install_url(url)
    args = ", ".join(f'"{n}"' for n in needs)
    lines = ["# Setup: find the course's modules and check the packages this lesson uses.",
             "import os", "import sys", ""]
    if lang != "en":
        lines += [f'os.environ["{LANGUAGE_VARIABLE}"] = "{lang}"     # messages in this language']
    if pip_url:
        lines += [
            'if "google.colab" in sys.modules:      # Colab: install the course first (a minute)',
            "    import subprocess",
            '    if subprocess.run([sys.executable, "-m", "pip", "show", "-q",',
            f'                       "{DISTRIBUTION}"]).returncode:',
            '        subprocess.run([sys.executable, "-m", "pip", "install", "-q",',
            f'                        "{pip_url}"], check=True)']
    up = "os.path.dirname(os.getcwd())" if lang == "en" else \
        "os.path.dirname(os.path.dirname(os.getcwd()))"
    lines += [f"sys.path.append({up})     # the repository, if this notebook is in it",
              "try:", "    import course_setup", "except ModuleNotFoundError:"]
    colab = COLAB_NOT_YET if lang == "en" else COLAB_NOT_YET_ZH
    if not pip_url:
        lines += ['    if "google.colab" in sys.modules:',
                  f"        raise SystemExit({_py_string(colab, ' ' * 25)}) from None"]
    not_found = NOT_FOUND if lang == "en" else NOT_FOUND_ZH
    lines += [f"    raise SystemExit({_py_string(not_found, ' ' * 21)}) from None",
              f"course_setup.check({args})"]
    return "\n".join(lines)


def _version_tuple(text):
    parts = []
    for piece in text.split(".")[:3]:
        digits = "".join(ch for ch in piece if ch.isdigit()) or "0"
        parts.append(int(digits))
        if not piece.isdigit():         # "0rc1", "2.post1": stop at the first suffix
            break
    return tuple(parts + [0] * (3 - len(parts)))


def _installed_version(module, pip_name, load):
    """The version of module: imported (load=True, or already imported), else read from
    the installed distribution's metadata without importing it. None when missing."""
    if load or module in sys.modules:
        try:
            return importlib.import_module(module).__version__
        except ImportError:
            return None
    try:
        return importlib.metadata.version(pip_name)
    except importlib.metadata.PackageNotFoundError:
        return None


def _versions(lowest, load=True):
    """(pip name, version found or None when missing, lowest supported, too old?) each."""
    for module, (pip_name, version) in lowest.items():
        have = _installed_version(module, pip_name, load)
        if have is None:
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
    supported range, with what to run when it is outside it. For lesson 00's check, which
    reads the versions of packages it has not imported from their installed metadata, so
    that lesson 00 imports only what it uses."""
    found = platform.python_version()
    ok = _version_tuple(found) >= LOWEST_PYTHON
    lines = [f"{'Python':<13} {found:<9} " + _say(
        "OK (3.10 and newer are supported)" if ok else
        "TOO OLD: the course needs Python 3.10 or newer; make a new environment with it.")]
    for pip_name, have, version, old in _versions(lowest, load=False):
        if have is None:
            verdict = (f"MISSING: run `pip install \"{pip_name}>={version}\"`, then restart "
                       f"the kernel.")
        elif old:
            verdict = (f"TOO OLD: run `pip install -U \"{pip_name}>={version}\"`, then restart "
                       f"the kernel.")
        else:
            verdict = f"OK ({version} and newer are supported)"
        lines.append(f"{pip_name:<13} {have or 'missing':<9} {_say(verdict)}")
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


def check(*needs):
    """The setup cell's check, for the packages (pip names) the lesson uses.

    Stops the lesson with one sentence per missing package (SystemExit: no traceback);
    prints one sentence per package older than the course supports, and says where the
    modules came from when the course is not installed in this kernel.
    """
    unknown = [n for n in needs if n not in _PIP_TO_MODULE]
    if unknown:
        raise ValueError(f"check: unknown package(s) {unknown}; expected pip names from "
                         f"course_setup.LOWEST: {sorted(_PIP_TO_MODULE)}.")
    if in_browser():
        prepare_fonts()
        print(_say(BROWSER_NOTE))
    problems = version_problems({_PIP_TO_MODULE[n]: LOWEST[_PIP_TO_MODULE[n]] for n in needs})
    if any("not installed" in p for p in problems):
        raise SystemExit(" ".join(_say(p) for p in problems))
    if not installed():
        print(_say(f"Using the course's modules from {Path(__file__).resolve().parent} (this "
                   f"kernel does not have the course installed; that is fine)."))
    for problem in problems:
        print(_say(problem))
    _show_alt_text()


_ZH_SENTENCES = [
    (r"^(\S+) is not installed in this kernel: run (`.*`), then restart the kernel\.$",
     r"这个内核（kernel）中没有安装 \1：请运行 \2，然后重启内核。"),
    (r"^(\S+) (\S+) is older than (\S+), the oldest this course is tested with: run (`.*`), "
     r"then restart the kernel\.$",
     r"\1 \2 比 \3 旧，而 \3 是本课程测试过的最低版本：请运行 \4，然后重启内核（kernel）。"),
    (r"^Using the course's modules from (.*) \(this kernel does not have the course "
     r"installed; that is fine\)\.$",
     r"使用的是 \1 中的课程模块（这个内核没有安装课程，这没有关系）。"),
    # lesson 00's version report: one verdict per package
    (r"^OK \((\S+) and newer are supported\)$", r"OK（支持 \1 及更新的版本）"),
    (r"^TOO OLD: the course needs Python (\S+) or newer; make a new environment with it\.$",
     r"太旧：本课程需要 Python \1 或更新的版本；请用它新建一个环境。"),
    (r"^TOO OLD: run (`.*`), then restart the kernel\.$", r"太旧：请运行 \1，然后重启内核。"),
    (r"^MISSING: run (`.*`), then restart the kernel\.$", r"没有安装：请运行 \1，然后重启内核。"),
    (r"^" + re.escape(BROWSER_NOTE) + "$",
     "你正在浏览器里学习这门课（Python 运行在 WebAssembly 中）：什么都不用安装，你的修改只保存在"
     "这个浏览器里（用 File > Download 可以保存一份副本）。这里有两点不同：numpy 从不显示它的"
     "浮点警告（溢出、除以零），所以原本会显示警告的单元格写着“no warning”；计时也比在电脑上"
     "慢好几倍。"),
]


def _say(sentence, lang=None):
    """sentence in lang (default: the lesson's language, Chinese in the Chinese lessons'
    kernels)."""
    if (lang or os.environ.get(LANGUAGE_VARIABLE)) == "zh":
        for pattern, chinese in _ZH_SENTENCES:
            sentence = re.sub(pattern, chinese, sentence)
    return sentence


def _show_alt_text():
    """In a Jupyter kernel: every figure the lesson shows carries a text alternative
    (logreg_viz.show_alt_text). The inline backend is set up first, so that its PNG
    renderer is there to wrap."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    if get_ipython() is None:
        return
    import matplotlib.pyplot as plt
    plt.close(plt.figure())         # the first figure loads the kernel's inline backend
    from logreg_viz.figure_text import show_alt_text
    show_alt_text()
