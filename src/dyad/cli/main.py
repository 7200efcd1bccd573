"""The `dyad` command line: thin commands over the library (each module registers its own)."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(help="dyad: turn writing about relations between states into cited event data.",
                  no_args_is_help=True, add_completion=False)

# one module per group of commands, each with register(app)
COMMAND_MODULES = ["corpus", "dates", "events", "export", "web", "evaluate"]

for _name in COMMAND_MODULES:
    try:
        _mod = importlib.import_module(f"dyad.cli.{_name}")
    except ModuleNotFoundError as exc:  # a command group still being written
        if exc.name != f"dyad.cli.{_name}":
            raise
        continue
    _mod.register(app)


if __name__ == "__main__":
    app()
