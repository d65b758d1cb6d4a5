# referat: `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv test lint typecheck demo bench clean golden

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

lint: venv
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: venv
	$(BIN)/mypy

test: venv lint typecheck
	$(BIN)/python -m pytest

golden: venv  ## rewrite golden files; the run still fails until you review and rerun
	$(BIN)/python -m pytest tests/test_golden.py --update-golden

demo: venv
	$(BIN)/python -m referat convert examples -o build/demo --format json
	$(BIN)/python -m referat summary build/demo

bench: venv
	$(BIN)/python bench/bench_parse.py

clean:
	rm -rf $(VENV) build .mypy_cache .pytest_cache .ruff_cache
