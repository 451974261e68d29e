# Two commands on a fresh machine: `make run` and `make test`. Each does the whole set-up.
PYTHON ?= $(shell scripts/find-python)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= belli.duckdb

.PHONY: run test setup lint typecheck bench eval clean

run: $(STAMP)
	$(BIN)/belli --db $(DB) ingest belli/demo/corpus
	$(BIN)/belli --db $(DB) stats

test: $(STAMP)
	$(BIN)/python -m pytest -q

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
	rm -rf $(VENV) build *.egg-info $(DB)
