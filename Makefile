# make run   – set up .venv from requirements.lock and build data/warehouse/ocop.duckdb through Dagster
# make test  – the same set-up, then the test suite
# make dev   – the Dagster UI on workspace.yaml, with its instance kept in .dagster_home/
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home
export OCOP_RAW_DIR ?= data/raw
export OCOP_WAREHOUSE ?= data/warehouse/ocop.duckdb

.PHONY: setup run test dev lock clean

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

test: setup
	$(BIN)/python -m pytest

dev: setup $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/dagster dev -w workspace.yaml

# Re-pin after changing dependencies in pyproject.toml.
lock: $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^ocop-pipeline' > requirements.lock

clean:
	rm -rf $(VENV) .pytest_cache
