# referat: `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv test lint typecheck demo bench clean golden fuzz

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

FUZZ_TARGETS := parse registry dates blocks
FUZZ_TIME ?= 20
# Coverage-guided fuzzing (atheris, docs/hardening.md): each target for FUZZ_TIME seconds, starting
# from the seeds in tests/fuzz/<target>/; new corpus entries go to build/fuzz/<target>/, crashes to
# tests/fuzz/found/<target>-crash-* (a failing run exits non-zero).
fuzz: venv
	@for t in $(FUZZ_TARGETS); do \
		mkdir -p build/fuzz/$$t tests/fuzz/found && \
		echo "== fuzz $$t ($(FUZZ_TIME) s)" && \
		$(BIN)/python fuzz/fuzz_$$t.py build/fuzz/$$t tests/fuzz/$$t \
			-max_total_time=$(FUZZ_TIME) -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
			-artifact_prefix=tests/fuzz/found/$$t- -print_final_stats=1 || exit 1; \
	done

demo: venv
	$(BIN)/python -m referat convert examples -o build/demo --format json
	$(BIN)/python -m referat summary build/demo

bench: venv
	$(BIN)/python bench/bench_parse.py

clean:
	rm -rf $(VENV) build .mypy_cache .pytest_cache .ruff_cache
