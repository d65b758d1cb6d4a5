"""atheris fuzz target: checks.check_blocks, the fast block reader against markdown-it.

Run (see make fuzz): .venv/bin/python fuzz/fuzz_blocks.py build/fuzz/blocks tests/fuzz/blocks
    -max_total_time=20
"""

from _runner import run

if __name__ == "__main__":
    run("check_blocks")
