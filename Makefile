# Two commands for a learner: `make lab` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PORT ?= 8888
# A fresh random token per run unless you pass TOKEN=...; never an empty one.
# (:= so it is drawn once: a recursive ?= would draw a new one at every use)
ifndef TOKEN
TOKEN := $(shell $(PYTHON) -c "import secrets; print(secrets.token_hex(24))")
endif
LAB_FLAGS ?=

# `make lab-zh` opens the Chinese edition's start page (notebooks/zh/) instead.
.PHONY: lab lab-zh test notebooks bench screenshots lint clean check-pins test-lowest check-install check-envs

$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

START ?= 00_start_here.ipynb

lab: $(STAMP)
	@test -n "$(TOKEN)" || { echo "TOKEN must not be empty"; exit 1; }
	@echo ""
	@echo "  Open this address in your browser (Jupyter hides the token in its own log):"
	@echo "  http://127.0.0.1:$(PORT)/lab/tree/$(START)?token=$(TOKEN)"
	@echo ""
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks --ServerApp.ip=127.0.0.1 \
		--ServerApp.port=$(PORT) --IdentityProvider.token=$(TOKEN) --allow-root $(LAB_FLAGS)

lab-zh:
	@$(MAKE) --no-print-directory lab START=zh/00_start_here.ipynb TOKEN=$(TOKEN)

# -n auto: one pytest worker per core; --dist loadfile keeps a notebook (and each browser
# module) on one worker, as nbval and the module-scoped servers need.
test: $(STAMP)
	$(PY) -m pytest -n auto --dist loadfile

# Re-execute every lesson in place (run after changing logreg_*.py or a lesson).
notebooks: $(STAMP)
	$(PY) tools/execute_notebooks.py notebooks/*.ipynb notebooks/zh/*.ipynb

bench: $(STAMP)
	$(PY) benchmarks/bench_core.py
	$(PY) benchmarks/bench_widgets.py
	$(PY) benchmarks/bench_digits.py
	$(PY) benchmarks/bench_regularisation.py
	$(PY) benchmarks/bench_threshold.py

# The README's pictures, from real runs in JupyterLab (needs /usr/bin/chromium).
screenshots: $(STAMP)
	$(PY) tools/screenshots.py docs/images

lint: $(STAMP)
	$(VENV)/bin/ruff check .

# Supported environments (CI runs all three after `make test`).
PY_VERSIONS := 3.10 3.11 3.12 3.13 3.14 3.15
LOWEST := .venv-lowest
SCRATCH := $(shell $(PYTHON) -c "import tempfile; print(tempfile.gettempdir())")/logreg-course-install

# requirements.txt resolves on every supported Python (uv evaluates the environment
# markers for the target version; pip's --python-version would not).
check-pins: $(STAMP)
	@for v in $(PY_VERSIONS); do \
		$(VENV)/bin/uv pip compile --quiet --python-version $$v requirements.txt -o /dev/null \
			|| { echo "requirements.txt does not resolve for Python $$v"; exit 1; }; \
		echo "requirements.txt resolves for Python $$v"; done

# Every lesson on the lowest supported versions: errors fail, numbers are not compared.
# The course is not installed there: each lesson's setup cell finds it beside notebooks/.
test-lowest:
	test -x $(LOWEST)/bin/python || $(PYTHON) -m venv $(LOWEST)
	$(LOWEST)/bin/python -m pip install --quiet -r requirements-lowest.txt
	$(LOWEST)/bin/python -m pytest -o addopts="" -p no:cacheprovider --nbval-lax \
		--nbval-current-env notebooks

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

check-envs: check-pins test-lowest check-install

clean:
	rm -rf $(VENV) $(LOWEST) *.egg-info .hypothesis
