"""The course outside its own .venv: declared ranges, the lessons' setup cell, Colab.

The setup cell is run as a plain Python program in a child process, with the editable
install out of sight (``python -S`` skips site-packages' .pth files), so each way a
lesson can be opened is simulated for real: in the repository with another kernel, on
its own with no course, in a kernel without scikit-learn, and in a stand-in Colab, both
before the course has a public address and after (installing from a local URL).
"""

import os
import re
import shutil
import subprocess
import sys
import sysconfig

try:
    import tomllib
except ImportError:            # Python 3.10
    import tomli as tomllib
from pathlib import Path

import pytest

import course_setup
import lessontext

ROOT = Path(__file__).resolve().parents[1]
SITE = sysconfig.get_paths()["purelib"]     # numpy & co., without the .pth of -e .
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def copy_course(folder):
    """The course's modules and packages (as pyproject.toml lists them), and an empty
    notebooks/ folder, in folder."""
    setuptools = PYPROJECT["tool"]["setuptools"]
    for name in setuptools.get("py-modules", []):
        shutil.copy(ROOT / f"{name}.py", folder / f"{name}.py")
    for name in setuptools.get("packages", []):
        if "." in name:
            continue                    # a subpackage: copied with its package
        shutil.copytree(ROOT / name, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "notebooks").mkdir()


LESSON_01_CELL = course_setup.setup_cell(course_setup.lesson_needs("01"))
LESSON_08_CELL = course_setup.setup_cell(course_setup.lesson_needs("08"))


def no_sklearn(folder):
    """A folder that, first on the path, makes `import sklearn` fail as if not installed."""
    (folder / "sklearn").mkdir(parents=True)
    (folder / "sklearn" / "__init__.py").write_text(
        'raise ModuleNotFoundError("No module named \'sklearn\'", name="sklearn")\n')
    return folder


def stand_in_colab(folder):
    """A folder that, on the path, provides an (empty) google.colab module."""
    stand_in = folder / "google" / "colab"
    stand_in.mkdir(parents=True)
    (stand_in.parent / "__init__.py").write_text("")
    (stand_in / "__init__.py").write_text("# a stand-in for Colab's module\n")
    return folder


def run_cell(cwd, *, pythonpath="", python=sys.executable, flags=("-S",), env_extra=None,
             code=LESSON_01_CELL, after=""):
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": pythonpath, "HOME": str(cwd),
           **(env_extra or {})}
    return subprocess.run([python, *flags, "-c", code + "\n" + after], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


def test_pyproject_declares_the_lowest_versions_of_course_setup():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    block = re.search(r"^dependencies = \[(.*?)\]", text, re.S | re.M).group(1)
    declared = dict(re.findall(r'"([A-Za-z-]+)>=([\d.]+)"', block))
    assert declared == {pip: v for pip, v in course_setup.LOWEST.values()}
    assert 'requires-python = ">=3.10"' in text


@pytest.mark.parametrize("path", sorted(lessontext.NB_DIR.glob("*.ipynb")), ids=lambda p: p.name)
def test_every_lesson_starts_with_the_setup_cell(path):
    cells = lessontext.load(path)["cells"]
    first_code = next(c for c in cells if c["cell_type"] == "code")
    needs = course_setup.lesson_needs(path.name[:2])
    assert lessontext.source(first_code) == course_setup.setup_cell(needs), \
        "run: python tools/lesson_setup.py notebooks/*.ipynb, then make notebooks"
    assert not first_code["outputs"], "the setup cell prints nothing where the course is installed"


def test_in_the_repository_with_another_kernel_the_repository_goes_on_the_path(tmp_path):
    copy_course(tmp_path)
    out = run_cell(tmp_path / "notebooks", pythonpath=SITE,
                   after="import logreg_core; print('core from', logreg_core.__file__)")
    assert out.returncode == 0, out.stderr
    assert f"core from {tmp_path / 'logreg_core.py'}" in out.stdout


def test_on_its_own_without_the_course_it_says_what_to_run(tmp_path):
    out = run_cell(tmp_path, pythonpath=SITE)
    assert out.returncode == 1
    assert "This lesson needs the course's modules: run `pip install -e .`" in out.stderr
    assert "Traceback" not in out.stderr


def test_a_kernel_without_numpy_is_told_what_to_install(tmp_path):
    copy_course(tmp_path)
    out = run_cell(tmp_path / "notebooks")                 # no site-packages at all
    assert out.returncode == 1
    assert 'numpy is not installed in this kernel: run `pip install "numpy>=1.26.4"`' \
        in out.stderr


def test_colab_before_the_course_is_published_says_what_to_do(tmp_path):
    assert course_setup.COURSE_URL is None, "once COURSE_URL is set, this test is moot"
    out = run_cell(tmp_path, pythonpath=f"{stand_in_colab(tmp_path / 'stand_in')}:{SITE}",
                   code="import google.colab\n" + LESSON_01_CELL)
    assert out.returncode == 1
    assert out.stderr.strip() == " ".join(course_setup.COLAB_NOT_YET.split())
    assert "subprocess" not in LESSON_01_CELL   # nothing to install from, nothing tried


def test_colab_before_the_course_is_published_says_so_in_chinese_in_a_chinese_lesson(tmp_path):
    (tmp_path / "zh").mkdir()
    code = "import google.colab\n" + course_setup.setup_cell(course_setup.lesson_needs("01"),
                                                             lang="zh")
    out = run_cell(tmp_path / "zh", code=code,
                   pythonpath=f"{stand_in_colab(tmp_path / 'stand_in')}:{SITE}")
    assert out.returncode == 1
    assert out.stderr.strip() == " ".join(course_setup.COLAB_NOT_YET_ZH.split())


def test_colab_installs_the_course_from_its_url(tmp_path):
    venv = tmp_path / "colab-venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    repo = tmp_path / "repo"
    shutil.copytree(ROOT, repo, ignore=shutil.ignore_patterns(
        ".venv", ".git", "notebooks", "docs", "*.egg-info", "__pycache__", ".hypothesis"))
    code = "import google.colab\n" + course_setup.setup_cell(
        course_setup.lesson_needs("01"), url=str(repo))
    # no dependencies: the check is that the course itself arrives from COURSE_URL
    out = run_cell(tmp_path, python=str(venv / "bin" / "python"), flags=(),
                   pythonpath=str(stand_in_colab(tmp_path / "stand_in")), code=code,
                   env_extra={"PIP_NO_DEPS": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"})
    installed = list(venv.glob("lib/python*/site-packages/course_setup.py"))
    assert installed, out.stderr
    # the course arrived and ran: it now names the one dependency this bare venv lacks
    assert "numpy is not installed in this kernel" in out.stderr, out.stderr


def test_a_published_course_url_becomes_a_pip_url():
    assert course_setup.pip_install_url("https://github.com/o/r") == "git+https://github.com/o/r"
    assert course_setup.pip_install_url("git+https://x/y") == "git+https://x/y"
    assert course_setup.pip_install_url("") is None
    cell = course_setup.setup_cell(("numpy",), url="https://github.com/o/r")
    assert '"git+https://github.com/o/r"' in cell and "Colab cannot" not in cell


def test_a_lesson_without_scikit_learn_runs_its_setup_and_one_that_uses_it_stops(tmp_path):
    copy_course(tmp_path)
    blocker = no_sklearn(tmp_path / "blocker")
    path = f"{blocker}:{SITE}"
    out = run_cell(tmp_path / "notebooks", pythonpath=path, code=LESSON_01_CELL)
    assert out.returncode == 0, out.stderr
    assert "scikit-learn" not in out.stdout + out.stderr
    out = run_cell(tmp_path / "notebooks", pythonpath=path, code=LESSON_08_CELL)
    assert out.returncode == 1
    assert out.stderr.strip() == ('scikit-learn is not installed in this kernel: run `pip '
                                  'install "scikit-learn>=1.4.2"`, then restart the kernel.')


def test_lesson_01_runs_to_the_end_in_a_kernel_without_scikit_learn(tmp_path):
    nbclient = pytest.importorskip("nbclient")
    import nbformat
    blocker = no_sklearn(tmp_path / "blocker")
    nb = nbformat.read(lessontext.NB_DIR / "01_sigmoid.ipynb", as_version=4)
    # the last cell: scikit-learn was never imported, and the blocker did block it
    nb.cells.append(nbformat.v4.new_code_cell(
        "import sys\nprint('sklearn' in sys.modules)\ntry:\n    import sklearn\n"
        "except ModuleNotFoundError:\n    print('blocked')"))
    client = nbclient.NotebookClient(nb, timeout=600, kernel_name="python3", startup_timeout=300,
                                     resources={"metadata": {"path": str(lessontext.NB_DIR)}})
    env = {**os.environ, "PYTHONPATH": f"{blocker}:{os.environ.get('PYTHONPATH', '')}"}
    client.execute(env=env)
    assert nb.cells[-1].outputs[0]["text"].split() == ["False", "blocked"]


def test_every_lesson_needs_known_packages_and_unknown_lessons_get_all():
    for lesson in [f"{n:02d}" for n in range(11)]:
        assert set(course_setup.BASE_NEEDS) <= set(course_setup.lesson_needs(lesson))
    every = {pip for pip, _ in course_setup.LOWEST.values()}
    assert set(course_setup.lesson_needs("99")) == every
    with pytest.raises(ValueError, match="unknown package"):
        course_setup.setup_cell(("numpy", "sklearn"))


@pytest.mark.parametrize(("have", "lowest", "verdict"), [
    ("2.4.6", "1.26.4", None), ("1.26.4", "1.26.4", None), ("1.26.3", "1.26.4", "older"),
    ("1.9.0", "1.26.4", "older"), ("8.1.9", "7.7.1", None), ("7.7.0", "7.7.1", "older"),
    ("2.0.0rc1", "1.26.4", None), ("1.4.2.post1", "1.4.2", None)])
def test_version_judgement(monkeypatch, have, lowest, verdict):
    fake = type(sys)("fakepkg")
    fake.__version__ = have
    monkeypatch.setitem(sys.modules, "fakepkg", fake)
    problems = course_setup.version_problems({"fakepkg": ("fake-pkg", lowest)})
    if verdict is None:
        assert problems == []
    else:
        assert problems == [f'fake-pkg {have} is older than {lowest}, the oldest this course is '
                            f'tested with: run `pip install -U "fake-pkg>={lowest}"`, then '
                            f'restart the kernel.']


def test_found_only_on_the_path_says_so(monkeypatch, capsys):
    monkeypatch.setattr(course_setup, "installed", lambda: False)
    course_setup.check(*course_setup.BASE_NEEDS)
    assert "Using the course's modules from" in capsys.readouterr().out
    monkeypatch.setattr(course_setup, "installed", lambda: True)
    course_setup.check(*course_setup.BASE_NEEDS)
    assert capsys.readouterr().out == ""


def test_lowest_environment_pins_the_declared_lower_bounds():
    lines = (ROOT / "requirements-lowest.txt").read_text(encoding="utf-8").splitlines()
    pins = dict(ln.split("==") for ln in lines if "==" in ln and not ln.startswith("#"))
    for pip_name, version in course_setup.LOWEST.values():
        assert pins.get(pip_name) == version, f"{pip_name}: {pins.get(pip_name)} != {version}"


def test_version_report_judges_against_the_supported_range(monkeypatch):
    old, new = type(sys)("oldpkg"), type(sys)("newpkg")
    old.__version__, new.__version__ = "1.2.0", "3.0.1"
    monkeypatch.setitem(sys.modules, "oldpkg", old)
    monkeypatch.setitem(sys.modules, "newpkg", new)
    lines = course_setup.version_report({"oldpkg": ("old-pkg", "1.10.0"),
                                         "newpkg": ("new-pkg", "3.0.0"),
                                         "surely_not_installed": ("gone", "1.0")})
    assert lines[0].startswith("Python") and "OK (3.10 and newer" in lines[0]
    assert lines[1] == ('old-pkg       1.2.0     TOO OLD: run `pip install -U "old-pkg>=1.10.0"`, '
                        'then restart the kernel.')
    assert lines[2] == "new-pkg       3.0.1     OK (3.0.0 and newer are supported)"
    assert lines[3] == ('gone          missing   MISSING: run `pip install "gone>=1.0"`, then '
                        'restart the kernel.')
    # the Chinese lessons' kernels get the same verdicts in Chinese, the same commands
    monkeypatch.setenv(course_setup.LANGUAGE_VARIABLE, "zh")
    zh = course_setup.version_report({"oldpkg": ("old-pkg", "1.10.0"),
                                      "newpkg": ("new-pkg", "3.0.0"),
                                      "surely_not_installed": ("gone", "1.0")})
    assert "OK（支持 3.10 及更新的版本）" in zh[0]
    assert zh[1] == ('old-pkg       1.2.0     太旧：请运行 `pip install -U "old-pkg>=1.10.0"`，'
                     '然后重启内核。')
    assert zh[2] == "new-pkg       3.0.1     OK（支持 3.0.0 及更新的版本）"
    assert zh[3] == ('gone          missing   没有安装：请运行 `pip install "gone>=1.0"`，'
                     '然后重启内核。')
    monkeypatch.setattr(course_setup, "LOWEST_PYTHON", (99, 0, 0))
    assert "太旧：本课程需要 Python 3.10 或更新的版本" in course_setup.version_report({})[0]
