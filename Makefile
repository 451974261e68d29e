# Two commands on a fresh machine: `make run` and `make test`. Each does the whole set-up.
PYTHON ?= $(shell scripts/find-python)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= belli.duckdb

.PHONY: run test setup bytecode browser lint typecheck bench eval clean \
	stress stress-crash stress-api stress-load stress-fuzz

# Ingest the demo corpus, then serve the dashboard and the API (Ctrl-C stops the server).
run: $(STAMP) bytecode
	$(BIN)/belli --db $(DB) ingest belli/demo/corpus
	$(BIN)/belli --db $(DB) serve

# One pytest process per core, at most four (pytest-xdist), each test file whole in one of
# them so its module fixtures are built once: 13 minutes on 2 cores instead of 20.
test: $(STAMP) bytecode browser
	$(BIN)/python -m pytest -q -n auto --maxprocesses=4 --dist loadfile

# Debian's chromium for the browser tests, where it is missing and can be installed.
browser:
	@scripts/ensure-chromium

setup: $(STAMP)

# belli's modules compiled ahead, as pip does for an installed package: where
# PYTHONDONTWRITEBYTECODE is set (as on CI), every belli process would otherwise compile
# its ~250 modules from source again, about 0.27 s of each start-up. Only changed
# modules are compiled again.
bytecode: $(STAMP)
	@$(BIN)/python -m compileall -q belli || true  # as pip: a file that does not compile is not fatal

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "no Python >= 3.11 found" >&2; exit 1; }
	@echo "using $(PYTHON)"
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,spark]'
	touch $(STAMP)

# The timed checks that `make test` runs small (docs/reliability.md lists each promise):
# 100 SIGKILLs of `belli ingest` and 100 of `belli serve` (BELLI_CRASH_SEED=N replays a
# run), 300 schemathesis cases per API operation, and 200 clients plus a surge of 1,000
# on a store of 100,000 events; then atheris on each of six parsers for FUZZ_SECONDS.
# About 25 minutes on 2 cores, plus 60 for the fuzzing.
stress: stress-crash stress-api stress-load stress-fuzz

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

# atheris (libFuzzer) for FUZZ_SECONDS on each parser, one after another; each input is
# limited to 10 s and 2,048 MB (a hang or an out-of-memory is a finding). Findings, and the
# corpus each run grows, go to out/fuzz/TARGET/; benchmarks/fuzz.py says how to replay one.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS := html jsonl warc url dates furniture

stress-fuzz: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[fuzz]'
	@failed=""; for target in $(FUZZ_TARGETS); do \
		echo "fuzzing $$target for $(FUZZ_SECONDS) s (log: out/fuzz/$$target.log)"; \
		mkdir -p out/fuzz; \
		$(BIN)/python benchmarks/fuzz.py $$target -max_total_time=$(FUZZ_SECONDS) \
			-timeout=10 -rss_limit_mb=2048 > out/fuzz/$$target.log 2>&1 \
			|| failed="$$failed $$target"; \
		grep -E '^Done [0-9]+ runs' out/fuzz/$$target.log || tail -n 40 out/fuzz/$$target.log; \
	done; \
	test -z "$$failed" || { echo "fuzzing found something in:$$failed (out/fuzz/)" >&2; exit 1; }

lint: $(STAMP)
	$(BIN)/ruff check belli tests

typecheck: $(STAMP)
	$(BIN)/mypy belli

bench: $(STAMP) bytecode
	$(BIN)/belli bench

eval: $(STAMP) bytecode
	$(BIN)/belli eval all

clean:
	rm -rf $(VENV) build *.egg-info $(DB) tests/artifacts
