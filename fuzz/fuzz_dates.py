"""atheris fuzz target: checks.check_dates (see docs/hardening.md).

Run (see make fuzz): .venv/bin/python fuzz/fuzz_dates.py build/fuzz/dates tests/fuzz/dates
    -max_total_time=20
"""

from _runner import run

if __name__ == "__main__":
    run("check_dates")
