"""`dyad eval dates|events`: score against gold files after ingesting the corpus into a temporary store."""

from __future__ import annotations

import typer

from dyad.cli.dates import eval_dates_cmd
from dyad.cli.evalevents import eval_events_cmd

eval_app = typer.Typer(help="Score dyad against gold annotations (../shared/gold).", no_args_is_help=True)
eval_app.command("dates")(eval_dates_cmd)
eval_app.command("events")(eval_events_cmd)


def register(app: typer.Typer) -> None:
    """Add the `eval` group to `app`."""
    app.add_typer(eval_app, name="eval")
