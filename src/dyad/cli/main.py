"""The `dyad` command line: thin commands over the library (each module registers its own)."""

from __future__ import annotations

import typer

from dyad.cli import corpus, dates, evaluate, events, export, web

app = typer.Typer(help="dyad: turn writing about relations between states into cited event data.",
                  no_args_is_help=True, add_completion=False)

for _module in (corpus, dates, events, export, web, evaluate):
    _module.register(app)


if __name__ == "__main__":
    app()
