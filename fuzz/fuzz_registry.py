"""atheris fuzz target: checks.check_registry (see docs/hardening.md).

Run (see make fuzz): .venv/bin/python fuzz/fuzz_registry.py build/fuzz/registry tests/fuzz/registry
    -max_total_time=20
"""

from _runner import run

if __name__ == "__main__":
    run("check_registry")
