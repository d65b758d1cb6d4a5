# referat: `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv test lint typecheck demo bench clean golden fuzz compiled test-compiled

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

lint: venv
	$(BIN)/ruff check src tests bench tools
	$(BIN)/ruff format --check src tests bench tools

typecheck: venv
	$(BIN)/mypy

test: venv lint typecheck
	$(BIN)/python -m pytest
	$(MAKE) fuzz FUZZ_TIME=15 FUZZ_SEED=1
	$(MAKE) test-compiled

# The mypyc-compiled build (docs/hardening.md, "Compiled build"): a wheel with the parsing
# pipeline compiled to C, installed in its own venv, and the test suite run against it (the
# linear-time shapes are measured on the pure build above).
CVENV := .venv-compiled
CBIN := $(CVENV)/bin
CSTAMP := $(CVENV)/.installed

compiled: $(CSTAMP)

$(CSTAMP): pyproject.toml $(wildcard src/referat/*.py)
	rm -rf build/wheel build/compiled-src && mkdir -p build/compiled-src
	touch build/compiled-src/.copied  # the stamp gets this time: edits made during the build count
	cp -r pyproject.toml README.md src build/compiled-src/  # mypyc leaves .so files beside the sources
	test -d $(CVENV) || $(PYTHON) -m venv $(CVENV)
	$(CBIN)/python -m pip install --quiet --upgrade pip
	cd build/compiled-src && HATCH_BUILD_HOOKS_ENABLE=1 ../../$(CBIN)/python -m pip wheel \
		--quiet --no-deps -w ../wheel .
	$(CBIN)/python -m pip install --quiet --force-reinstall build/wheel/referat-*.whl
	$(CBIN)/python -m pip install --quiet 'pytest>=8.0' 'hypothesis>=6.100'
	touch -r build/compiled-src/.copied $(CSTAMP)

test-compiled: compiled
	REFERAT_EXPECT_COMPILED=1 $(CBIN)/python -m pytest -p no:cacheprovider \
		--ignore=tests/test_pathological.py

golden: venv  ## rewrite golden files; the run still fails until you review and rerun
	$(BIN)/python -m pytest tests/test_golden.py --update-golden

FUZZ_TARGETS := parse registry dates blocks
FUZZ_TIME ?= 20
FUZZ_SEED ?= 0
# Coverage-guided fuzzing (atheris, docs/hardening.md): each target for FUZZ_TIME seconds, starting
# from the seeds in tests/fuzz/<target>/; new corpus entries go to build/fuzz/<target>/, crashes to
# tests/fuzz/found/<target>-crash-* (a failing run exits non-zero). FUZZ_SEED=0 is a random
# seed; `make test` runs 15 s per target with seed 1, so that CI explores the same way each time.
fuzz: venv
	@for t in $(FUZZ_TARGETS); do \
		mkdir -p build/fuzz/$$t tests/fuzz/found && \
		echo "== fuzz $$t ($(FUZZ_TIME) s)" && \
		$(BIN)/python fuzz/fuzz_$$t.py build/fuzz/$$t tests/fuzz/$$t \
			-max_total_time=$(FUZZ_TIME) -seed=$(FUZZ_SEED) -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
			-artifact_prefix=tests/fuzz/found/$$t- -print_final_stats=1 || exit 1; \
	done

demo: venv
	$(BIN)/python -m referat convert examples -o build/demo --format json
	$(BIN)/python -m referat summary build/demo

# Speed (docs/hardening.md): referat.parse / markdown-it tokenize per document and per set (seed,
# corpus, examples, 1 MB), for the pure and the compiled build in alternating fresh processes.
bench: venv compiled
	$(BIN)/python bench/bench_parse.py --repeat 5
	$(BIN)/python bench/bench_builds.py --rounds 2

clean:
	rm -rf $(VENV) $(CVENV) build .mypy_cache .pytest_cache .ruff_cache
