"""The code's layout: one module per lesson, dependencies one way, modules readable.

lessons -> logreg_viz, logreg_checks -> logreg_data, logreg_network, logreg_softmax ->
logreg_core -> logreg_inputs -> numpy (logreg_core re-exports lesson 09's metrics from
logreg_metrics, which imports only the inputs).
A lesson's module never imports another lesson's module; what two lessons share lives in
a shared module of its package.
"""

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("logreg_viz", "logreg_checks")
MAX_LINES = 700

# module -> course modules it may import (anything outside the course is judged below)
ALLOWED = {
    "logreg_inputs": set(),
    "logreg_metrics": {"logreg_inputs"},
    "logreg_core": {"logreg_inputs", "logreg_metrics"},
    "logreg_data": {"logreg_core"},
    "logreg_network": {"logreg_core", "logreg_inputs"},
    "logreg_softmax": {"logreg_core", "logreg_inputs"},
    "logreg_checks": {"logreg_core", "logreg_inputs", "logreg_data", "logreg_network",
                      "logreg_softmax"},
    "logreg_viz": {"logreg_core", "logreg_inputs", "logreg_data", "logreg_network",
                   "logreg_softmax"},
}
# third-party modules a layer must not import (plotting and widgets stay in viz)
FORBIDDEN = {
    "logreg_inputs": {"matplotlib", "ipywidgets", "sklearn", "IPython"},
    "logreg_core": {"matplotlib", "ipywidgets", "sklearn", "IPython"},
    "logreg_metrics": {"matplotlib", "ipywidgets", "sklearn", "IPython"},
    "logreg_softmax": {"matplotlib", "ipywidgets", "sklearn", "IPython"},
    "logreg_data": {"matplotlib", "ipywidgets", "IPython"},
    "logreg_network": {"matplotlib", "ipywidgets", "sklearn", "IPython"},
    "logreg_checks": {"matplotlib", "ipywidgets"},
}
COURSE = {"logreg_inputs", "logreg_metrics", "logreg_core", "logreg_data", "logreg_network",
          "logreg_softmax", *PACKAGES}


def course_files():
    files = [ROOT / f"{name}.py" for name in ("logreg_inputs", "logreg_metrics", "logreg_core",
                                           "logreg_data", "logreg_network", "logreg_softmax")]
    for package in PACKAGES:
        files += sorted((ROOT / package).glob("*.py"))
    return files


def imports(path):
    """(absolute module names, relative module names) that the file imports."""
    absolute, relative = set(), set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            absolute |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                relative.add(node.module or "")
            else:
                absolute.add(node.module)
    return absolute, relative


def layer(path):
    return path.parent.name if path.parent.name in PACKAGES else path.stem


@pytest.mark.parametrize("path", course_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_module_is_short_and_says_what_it_holds(path):
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= MAX_LINES, f"{path.name}: split it (over {MAX_LINES} lines)"
    doc = ast.get_docstring(ast.parse(text))
    assert doc and len(doc) > 40, f"{path.name} must open with a docstring saying what it holds"


@pytest.mark.parametrize("path", course_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_dependencies_point_one_way(path):
    absolute, relative = imports(path)
    top = {name.split(".")[0] for name in absolute}
    not_allowed = (top & COURSE) - ALLOWED[layer(path)]
    assert not not_allowed, f"{path.name} imports {sorted(not_allowed)}"
    forbidden = top & FORBIDDEN.get(layer(path), set())
    assert not forbidden, f"{path.name} imports {sorted(forbidden)}"
    if path.stem.startswith("lesson"):
        others = {name for name in relative if name.startswith("lesson")}
        assert not others, f"{path.name} imports another lesson's module: {sorted(others)}; " \
                           f"move what they share to a shared module"
    elif path.parent.name in PACKAGES and path.stem != "__init__":
        assert not {n for n in relative if n.startswith("lesson")}, \
            f"shared module {path.name} must not import a lesson's module"


@pytest.mark.parametrize("package", PACKAGES)
def test_the_package_exports_every_public_name_of_its_modules(package):
    pkg = importlib.import_module(package)
    for path in sorted((ROOT / package).glob("*.py")):
        if path.stem == "__init__":
            continue
        module = importlib.import_module(f"{package}.{path.stem}")
        own = [name for name, value in vars(module).items() if not name.startswith("_")
               and getattr(value, "__module__", None) == module.__name__]
        missing = [name for name in own if getattr(pkg, name, None) is not getattr(module, name)]
        assert not missing, f"{package}/__init__.py does not export {missing} of {path.name}"
