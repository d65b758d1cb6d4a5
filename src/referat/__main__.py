"""``python -m referat``: the only place besides the console script that exits."""

from referat.cli import main

raise SystemExit(main())
