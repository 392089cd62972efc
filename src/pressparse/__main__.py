"""``python -m pressparse``: the same command line as ``pressparse``."""

import sys

from .cli import main

sys.exit(main())
