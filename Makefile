# Two commands: `make lab` (for a learner) and `make test` (for a maintainer). Both create
# .venv on first use: `make lab` with requirements.txt (the lessons' packages and
# JupyterLab), `make test` adds requirements-dev.txt (the test tools) on top.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
# JupyterLab settings the course ships (lab-settings/overrides.json: no news prompt)
LAB_SETTINGS := $(CURDIR)/lab-settings
PORT ?= 8888
# A fresh random token per run unless you pass TOKEN=...; never an empty one.
# (:= so it is drawn once: a recursive ?= would draw a new one at every use)
ifndef TOKEN
TOKEN := $(shell $(PYTHON) -c "import secrets; print(secrets.token_hex(24))")
endif
LAB_FLAGS ?=

.PHONY: lab lab-zh test test-zh notebooks bench screenshots lint clean check-pins test-lowest test-newest \
	check-install check-binder check-envs print-check-envs site site-serve test-site bench-site

$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

$(DEV_STAMP): $(STAMP) requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(DEV_STAMP)

# the page the URL opens; `make lab-zh` opens the Chinese edition's (notebooks/zh/)
START ?= 00_start_here.ipynb

lab: $(STAMP)
	@test -n "$(TOKEN)" || { echo "TOKEN must not be empty"; exit 1; }
	@echo ""
	@echo "  Open this address in your browser (Jupyter hides the token in its own log):"
	@echo "  http://127.0.0.1:$(PORT)/lab/tree/$(START)?token=$(TOKEN)"
	@echo ""
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks --ServerApp.ip=127.0.0.1 \
		--ServerApp.port=$(PORT) --IdentityProvider.token=$(TOKEN) --allow-root \
		--LabApp.app_settings_dir=$(LAB_SETTINGS) $(LAB_FLAGS)

lab-zh:
	@$(MAKE) --no-print-directory lab START=zh/00_start_here.ipynb TOKEN=$(TOKEN)

# -n auto: one pytest worker per core; --dist loadfile keeps a notebook (and each browser
# module) on one worker, as nbval and the module-scoped servers need.
test: $(DEV_STAMP)
	$(PY) -m pytest -n auto --dist loadfile --ignore=notebooks/zh

# The Chinese lessons' stored outputs, nbval strict: CI's second stage, which keeps `make test`
# near 6 minutes on 2 cores (tests/test_zh.py, in `make test`, holds their code and outputs
# to the English lessons', whose outputs nbval checks there).
test-zh: $(DEV_STAMP)
	$(PY) -m pytest -n auto --dist loadfile notebooks/zh

# Re-execute every lesson in place (run after changing logreg_*.py or a lesson).
notebooks: $(DEV_STAMP)
	$(PY) tools/execute_notebooks.py notebooks/*.ipynb notebooks/zh/*.ipynb

bench: $(DEV_STAMP)
	$(PY) benchmarks/bench_core.py
	$(PY) benchmarks/bench_widgets.py
	$(PY) benchmarks/bench_digits.py
	$(PY) benchmarks/bench_regularisation.py
	$(PY) benchmarks/bench_threshold.py

# The README's pictures, from real runs in JupyterLab (needs /usr/bin/chromium).
screenshots: $(DEV_STAMP)
	$(PY) tools/screenshots.py docs/images

lint: $(DEV_STAMP)
	$(VENV)/bin/ruff check .

# Supported environments (CI runs these after `make test`; each prints its time).
PY_VERSIONS := 3.10 3.11 3.12 3.13 3.14 3.15
LOWEST := .venv-lowest
NEWEST := .venv-newest
SCRATCH := $(shell $(PYTHON) -c "import tempfile; print(tempfile.gettempdir())")/logreg-course-install
# The interpreters: pyenv's if it has them, else python3.X on PATH. Override with
# PYTHON_LOWEST=/path/to/python3.10 or PYTHON_NEWEST=/path/to/python3.13.
PYENV_ROOT_DIR := $(shell pyenv root 2>/dev/null)
find_python = $(firstword $(foreach v,$(1),$(lastword $(sort $(wildcard \
	$(PYENV_ROOT_DIR)/versions/$(v).*/bin/python$(v)))) $(shell command -v python$(v) 2>/dev/null)))
PYTHON_LOWEST ?= $(call find_python,3.10)
PYTHON_NEWEST ?= $(call find_python,3.15 3.14 3.13)
# the lessons as tests: errors fail, numbers are not compared
NBVAL_LAX := -m pytest -o addopts="" -p no:cacheprovider --nbval-lax --nbval-current-env \
	--nbval-cell-timeout=600 notebooks

# requirements.txt and requirements-dev.txt resolve on every supported Python (uv evaluates
# the environment markers for the target version; pip's --python-version would not).
check-pins: $(DEV_STAMP)
	@for v in $(PY_VERSIONS); do \
		$(VENV)/bin/uv pip compile --quiet --python-version $$v requirements-dev.txt -o /dev/null \
			|| { echo "requirements(-dev).txt do not resolve for Python $$v"; exit 1; }; \
		echo "requirements.txt and requirements-dev.txt resolve for Python $$v"; done

# lessons_on NAME,VENV,PYTHON,REQUIREMENTS: every lesson in VENV (made by PYTHON, re-made
# when PYTHON changes) with REQUIREMENTS installed; errors fail, numbers are not compared.
lessons_on = start=$$(date +%s); \
	{ test -x $(2)/bin/python && grep -qxF "$(3)" $(2)/.made-by 2>/dev/null; } \
		|| { rm -rf $(2) && "$(3)" -m venv $(2) && echo "$(3)" > $(2)/.made-by; } \
	&& $(2)/bin/python -m pip install --quiet --disable-pip-version-check -r $(4) \
	&& $(2)/bin/python --version && $(2)/bin/python $(NBVAL_LAX) \
	&& echo "$(1): $$(( $$(date +%s) - start )) s"

# Every lesson on Python 3.10 with the lowest supported versions (requirements-lowest.txt).
# The course is not installed there: each lesson's setup cell finds it beside notebooks/.
test-lowest:
	@test -n "$(PYTHON_LOWEST)" && "$(PYTHON_LOWEST)" -c "import sys; sys.exit(sys.version_info[:2] != (3, 10))" \
		|| { echo "make test-lowest needs Python 3.10 (found: '$(PYTHON_LOWEST)'): install it"\
		"(pyenv install 3.10) or pass PYTHON_LOWEST=/path/to/python3.10"; exit 1; }
	@$(call lessons_on,test-lowest,$(LOWEST),$(PYTHON_LOWEST),requirements-lowest.txt)

# Every lesson on the newest Python here, with the reference pins and the test tools
# (requirements-dev.txt, which installs the course too).
test-newest:
	@test -n "$(PYTHON_NEWEST)" \
		|| { echo "make test-newest needs Python 3.13 or newer: install it (pyenv install 3.13)"\
		"or pass PYTHON_NEWEST=/path/to/python3.13"; exit 1; }
	@$(call lessons_on,test-newest,$(NEWEST),$(PYTHON_NEWEST),requirements-dev.txt)

# `pip install .` into an empty environment gives a course that imports and runs a lesson.
check-install:
	rm -rf $(SCRATCH) && $(PYTHON) -m venv $(SCRATCH)/venv && mkdir -p $(SCRATCH)/run
	$(SCRATCH)/venv/bin/python -m pip install --quiet . nbclient ipykernel
	cp notebooks/01_sigmoid.ipynb $(SCRATCH)/run/
	cd $(SCRATCH)/run && ../venv/bin/python -c "import logreg_core, logreg_inputs, logreg_metrics, logreg_data, \
		logreg_network, logreg_softmax, logreg_viz, logreg_checks, course_setup, nbclient, nbformat; \
		nb = nbformat.read('01_sigmoid.ipynb', as_version=4); \
		nbclient.NotebookClient(nb, timeout=600).execute(); \
		print('pip install . : the modules import and lesson 01 runs')"
	rm -rf $(SCRATCH) build

# Binder / JupyterHub: repo2docker's Dockerfile for this repository (without building it)
# uses binder/: Python 3.11, no test tool, the dependency layer before the repository.
# repo2docker gets a venv of its own; it is not one of the course's test tools.
REPO2DOCKER_VERSION := 2026.4.0
R2D := .venv-repo2docker
check-binder: $(DEV_STAMP)
	@start=$$(date +%s); { test -x $(R2D)/bin/python || $(PYTHON) -m venv $(R2D); } \
	&& $(R2D)/bin/python -m pip install --quiet --disable-pip-version-check \
		jupyter-repo2docker==$(REPO2DOCKER_VERSION) \
	&& REPO2DOCKER=$(CURDIR)/$(R2D)/bin/repo2docker $(PY) -m pytest -o addopts="" -ra \
		-p no:cacheprovider tests/test_binder.py \
	&& echo "check-binder: $$(( $$(date +%s) - start )) s"

CHECK_ENVS := test-zh check-pins test-lowest test-newest check-install check-binder test-site
check-envs: $(CHECK_ENVS)
# .ci/run runs (and times) the stages of check-envs one by one
print-check-envs:
	@echo $(CHECK_ENVS)

# The browser edition: a JupyterLite site in _site/ that runs every lesson with Python in
# WebAssembly and needs nothing but its own host. PYODIDE_DIST=path/to/pyodide-0.27.7.tar.bz2
# (or its unpacked folder) takes the Pyodide packages from the official distribution.
SITE_VENV := .venv-site
SITE_STAMP := $(SITE_VENV)/.installed
SITE := _site
SITE_PORT ?= 8000
PYODIDE_DIST ?=

$(SITE_STAMP): lite/requirements-build.txt
	test -x $(SITE_VENV)/bin/python || $(PYTHON) -m venv $(SITE_VENV)
	$(SITE_VENV)/bin/python -m pip install --quiet --require-hashes -r lite/requirements-build.txt
	touch $(SITE_STAMP)

site: $(SITE_STAMP)
	$(SITE_VENV)/bin/python tools/build_site.py --out $(SITE) \
		$(if $(PYODIDE_DIST),--pyodide-dist "$(PYODIDE_DIST)")

site-serve:
	@test -f $(SITE)/index.html || { echo "No site yet: run make site first"; exit 1; }
	@echo ""
	@echo "  Open http://127.0.0.1:$(SITE_PORT)/lab/index.html?path=00_start_here.ipynb"
	@echo ""
	$(PYTHON) -m http.server --bind 127.0.0.1 --directory $(SITE) $(SITE_PORT)

# Every lesson run in the site from a loopback server in headless Chromium (slow: CI's
# second stage). Builds the site first.
test-site: site $(STAMP)
	LOGREG_SITE=$(SITE) $(PY) -m pytest -o addopts="" -p no:cacheprovider -ra tests/test_site.py

bench-site: site $(STAMP)
	$(PY) benchmarks/bench_site.py

clean:
	rm -rf $(VENV) $(LOWEST) $(NEWEST) $(R2D) $(SITE_VENV) $(SITE) *.egg-info .hypothesis
