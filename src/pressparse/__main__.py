"""``python -m pressparse``: the same command line as ``pressparse``."""

from .cli import run

run()
