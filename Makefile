# Two commands on a fresh machine: `make run` and `make test`. Each does the whole set-up.
PYTHON ?= $(shell scripts/find-python)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= belli.duckdb

.PHONY: run test setup browser lint typecheck bench eval clean \
	stress stress-crash stress-api stress-load

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

# The timed checks that `make test` runs small (docs/reliability.md lists each promise):
# 100 SIGKILLs of `belli ingest` and 100 of `belli serve` (BELLI_CRASH_SEED=N replays a
# run), 300 schemathesis cases per API operation, and 200 clients plus a surge of 1,000
# on a store of 100,000 events. About 25 minutes on 2 cores.
stress: stress-crash stress-api stress-load

stress-crash: $(STAMP)
	BELLI_CRASH_KILLS=100 $(BIN)/python -m pytest -q -s -p no:cacheprovider \
		tests/test_crash_ingest.py tests/server/test_crash_serve.py \
		-k "random_kills or killing_the_server"

stress-api: $(STAMP)
	BELLI_FUZZ_EXAMPLES=300 $(BIN)/python -m pytest -q -p no:cacheprovider \
		tests/server/test_api_fuzz.py

stress-load: $(STAMP)
	test -f out/events-100000.duckdb || $(BIN)/python benchmarks/build_event_store.py
	$(BIN)/python benchmarks/load.py

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
