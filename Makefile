# make run          – set up .venv from requirements.lock and build data/warehouse/ocop.duckdb through Dagster
# make test         – the same set-up, then the test suite, its files in parallel (TEST_WORKERS=0: in one process)
# make dev          – the Dagster UI and daemon (dg dev) on workspace.yaml, with its instance kept in .dagster_home/;
#                     the nightly schedule and the raw-folder sensor run while it is up
# make status       – what the published warehouse holds and whether a refresh is running (ocop status)
# make clean-cache  – throw away the parse cache, the report's charts and the records of what the tables were loaded
#                     from, beside the warehouse (the next refresh redoes them)
# make check-defs   – dg check defs: the Dagster definitions load
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home
export OCOP_RAW_DIR ?= data/raw
export OCOP_WAREHOUSE ?= data/warehouse/ocop.duckdb
# dg warns when the virtual environment it runs from is not the active one.
DG := VIRTUAL_ENV=$(CURDIR)/$(VENV) PATH=$(CURDIR)/$(BIN):$$PATH $(BIN)/dg

.PHONY: setup run test bench dev status report clean-cache check-defs lock clean

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required, found " + sys.version'
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@rm -f $(VENV)/.installed-*
	@touch $@

# The instance settings (one refresh at a time, no telemetry) are kept in the package and copied when they change.
$(DAGSTER_HOME)/dagster.yaml: ocop_pipeline/instance/dagster.yaml
	@mkdir -p $(DAGSTER_HOME)
	@cp $< $@

run: setup $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/python -m ocop_pipeline.build

# The suite's files run in parallel, one process per core up to four (each file's tests stay in one process, so a
# module's fixture is built once); TEST_WORKERS=0 runs them all in this process.
TEST_WORKERS ?= auto
test: setup
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --maxprocesses 4 --dist loadfile

# Refreshes at national scale, measured (benchmarks/bench.py; not part of test): make bench [BENCH_SIZES=1000,10000]
# [BENCH_RUNS=3]; writes the figures into benchmarks/README.md.
bench: setup
	$(BIN)/python benchmarks/bench.py --sizes "$(BENCH_SIZES)" --runs "$(BENCH_RUNS)" --write-readme

dev: setup $(DAGSTER_HOME)/dagster.yaml
	$(DG) dev -w workspace.yaml

status: setup
	@$(BIN)/python -m ocop_pipeline.status

# The report (ocop_report.html), the workbook and the Parquet export beside the published warehouse, rebuilt from it
# read-only (every refresh writes them too): make report [OCOP_WAREHOUSE=path].
report: setup
	$(BIN)/python -m ocop_pipeline.report

clean-cache: setup
	$(BIN)/python -m ocop_pipeline.cache clear

check-defs: setup $(DAGSTER_HOME)/dagster.yaml
	$(DG) check defs

# Re-pin after changing dependencies in pyproject.toml.
lock: $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^ocop-pipeline' > requirements.lock

clean:
	rm -rf $(VENV) .pytest_cache
