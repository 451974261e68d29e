# Two commands on a fresh machine: `make run` and `make test`. Each does the whole set-up.
PYTHON ?= $(shell scripts/find-python)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= belli.duckdb

.PHONY: run test setup browser lint typecheck bench eval clean

# Ingest the demo corpus, then serve the dashboard and the API (Ctrl-C stops the server).
run: $(STAMP)
	$(BIN)/belli --db $(DB) ingest belli/demo/corpus
	$(BIN)/belli --db $(DB) serve

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

# Debian's chromium for the browser tests, where it is missing and can be installed.
browser:
	@scripts/ensure-chromium

setup: $(STAMP)

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "no Python >= 3.11 found" >&2; exit 1; }
	@echo "using $(PYTHON)"
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check belli tests

typecheck: $(STAMP)
	$(BIN)/mypy belli

bench: $(STAMP)
	$(BIN)/belli bench

eval: $(STAMP)
	$(BIN)/belli eval all

clean:
	rm -rf $(VENV) build *.egg-info $(DB) tests/artifacts
