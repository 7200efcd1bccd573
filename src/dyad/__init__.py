"""dyad: turn writing about relations between states into cited event data."""

__version__ = "0.1.0"
