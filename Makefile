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

.PHONY: lab test notebooks bench screenshots lint clean

$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

lab: $(STAMP)
	@test -n "$(TOKEN)" || { echo "TOKEN must not be empty"; exit 1; }
	@echo ""
	@echo "  Open this address in your browser (Jupyter hides the token in its own log):"
	@echo "  http://127.0.0.1:$(PORT)/lab/tree/00_start_here.ipynb?token=$(TOKEN)"
	@echo ""
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks --ServerApp.ip=127.0.0.1 \
		--ServerApp.port=$(PORT) --IdentityProvider.token=$(TOKEN) --allow-root $(LAB_FLAGS)

test: $(STAMP)
	$(PY) -m pytest

# Re-execute every lesson in place (run after changing logreg_*.py or a lesson).
notebooks: $(STAMP)
	$(PY) tools/execute_notebooks.py notebooks/*.ipynb

bench: $(STAMP)
	$(PY) benchmarks/bench_core.py
	$(PY) benchmarks/bench_widgets.py

# The README's pictures, from real runs in JupyterLab (needs /usr/bin/chromium).
screenshots: $(STAMP)
	$(PY) tools/screenshots.py docs/images

lint: $(STAMP)
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) *.egg-info .hypothesis
