"""atheris fuzz target: checks.check_parse (see docs/hardening.md).

Run (see make fuzz): .venv/bin/python fuzz/fuzz_parse.py build/fuzz/parse tests/fuzz/parse
    -max_total_time=20
"""

from _runner import run

if __name__ == "__main__":
    run("check_parse")
