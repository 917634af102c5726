"""Run the command line: ``python -m timecheck``."""

from __future__ import annotations

import sys

from timecheck.cli import main

sys.exit(main())
