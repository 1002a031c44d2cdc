"""Binder and JupyterHub (repo2docker), and what each requirements file installs.

repo2docker's `--no-build` writes the Dockerfile it would build without building it (no
Docker needed). It is not a test tool of .venv: `make check-binder` installs it into
.venv-repo2docker and runs this file with REPO2DOCKER set; without it the repo2docker test
skips and says so.
"""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BINDER = ROOT / "binder"
REFERENCE_PYTHON = "3.11"           # the Python of the stored outputs (README, CONTRIBUTING)
TEST_TOOLS = {"pytest", "pytest-xdist", "nbval", "hypothesis", "playwright", "ruff", "uv",
              "nbclient", "nbformat", "jupyter-repo2docker"}


def requirement_lines(path):
    """(name, full line) of each requirement in path, following `-r other.txt`."""
    lines = []
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("-r "):
            lines += requirement_lines(Path(path).parent / line[3:].strip())
            continue
        name = re.match(r"[A-Za-z0-9_.\-]+", line.lstrip("-e ").strip()).group(0)
        lines.append((name.lower().replace("_", "-"), line))
    return lines


def pins_for_reference_python(path):
    """name -> version of the pins that apply on REFERENCE_PYTHON (markers >= or < 3.11)."""
    pins = {}
    for name, line in requirement_lines(path):
        if "==" not in line:
            continue
        version = line.split("==", 1)[1].split(";")[0].strip()
        if ";" in line and 'python_version < "3.11"' in line:
            continue
        pins[name] = version
    return pins


def test_learners_install_no_test_tool():
    names = {name for name, _ in requirement_lines(ROOT / "requirements.txt")}
    assert not names & TEST_TOOLS, f"test tools in requirements.txt: {names & TEST_TOOLS}"
    assert {"jupyterlab", "notebook", "numpy", "ipywidgets"} <= names
    assert requirement_lines(ROOT / "requirements.txt")[-1][1] == "-e ."


def test_maintainers_add_the_test_tools_on_top():
    lines = [ln.strip() for ln in (ROOT / "requirements-dev.txt").read_text().splitlines()]
    assert "-r requirements.txt" in lines
    names = {name for name, _ in requirement_lines(ROOT / "requirements-dev.txt")}
    assert {"pytest", "pytest-xdist", "nbval", "hypothesis", "playwright", "ruff", "uv"} <= names
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^\$\(DEV_STAMP\): .*requirements-dev\.txt", makefile, re.M)
    assert re.search(r"^test: \$\(DEV_STAMP\)", makefile, re.M)


def test_binder_requirements_are_the_reference_runtime_pins_and_nothing_else():
    binder = requirement_lines(BINDER / "requirements.txt")
    assert all(line.count("==") == 1 and ";" not in line for _, line in binder), \
        "binder/requirements.txt: exact pins only (no -e ., no markers: one Python)"
    names = {name for name, _ in binder}
    assert not names & TEST_TOOLS
    assert not names & {"jupyterlab", "notebook"}, "repo2docker brings its own front ends"
    reference = pins_for_reference_python(ROOT / "requirements.txt")
    for name, line in binder:
        assert reference.get(name) == line.split("==")[1], \
            f"binder/requirements.txt pins {line}; requirements.txt pins {reference.get(name)}"
    runtime = {"numpy", "matplotlib", "ipywidgets", "scikit-learn", "scipy"}
    assert runtime <= names


def test_binder_runs_the_reference_python_and_installs_the_course_afterwards():
    assert (BINDER / "runtime.txt").read_text().strip() == f"python-{REFERENCE_PYTHON}"
    post = (BINDER / "postBuild").read_text()
    assert os.access(BINDER / "postBuild", os.X_OK)
    assert "pip install --no-deps" in post
    assert "lab-settings/overrides.json" in post and (ROOT / "lab-settings/overrides.json").exists()


def repo2docker():
    """The repo2docker program, or a skip that says how to get it."""
    given = os.environ.get("REPO2DOCKER")
    if given:           # make check-binder: must be there, never a skip
        assert os.access(given, os.X_OK), f"REPO2DOCKER={given} is not an executable"
        return given
    for candidate in (ROOT / ".venv-repo2docker/bin/repo2docker", shutil.which("repo2docker")):
        if candidate and os.access(candidate, os.X_OK):
            return str(candidate)
    pytest.skip("jupyter-repo2docker is not installed: `make check-binder` installs it in "
                ".venv-repo2docker and runs this test (CI does)")


def test_repo2docker_builds_from_the_binder_folder():
    out = subprocess.run([repo2docker(), "--no-build", "--debug", str(ROOT)],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    text = out.stdout + out.stderr
    assert f"Building conda environment for python={REFERENCE_PYTHON}" in text
    dockerfile = text[text.index("FROM "):]
    installs = [ln for ln in dockerfile.splitlines()
                if ln.startswith("RUN") and re.search(r"pip install|conda install|mamba", ln)]
    assert installs == ['RUN ${KERNEL_PYTHON_PREFIX}/bin/pip install --no-cache-dir -r '
                        '"binder/requirements.txt"'], installs
    # the dependency layer comes before the repository is copied (cached across edits)...
    deps = re.search(r"^COPY --chown=\S+ src/binder/requirements.txt ", dockerfile, re.M)
    assert deps and deps.start() < dockerfile.index("src/ ${REPO_DIR}/")
    # ...and the course is installed after it, by postBuild
    assert dockerfile.index("src/ ${REPO_DIR}/") < dockerfile.index("RUN ./binder/postBuild")
    for tool in TEST_TOOLS - {"uv"}:
        assert tool not in dockerfile, f"{tool} in the image"
