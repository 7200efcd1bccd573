"""`dyad eval dates|events`: score against gold files after ingesting the corpus into a temporary store."""

from __future__ import annotations

import typer

from dyad.cli.dates import eval_dates_cmd

eval_app = typer.Typer(help="Score dyad against gold annotations (../shared/gold).", no_args_is_help=True)
eval_app.command("dates")(eval_dates_cmd)


def register(app: typer.Typer) -> None:
    """Add the `eval` group to `app`."""
    try:
        from dyad.cli.evalevents import eval_events_cmd
    except ModuleNotFoundError as exc:  # the events scorer is still being written
        if exc.name != "dyad.cli.evalevents":
            raise
    else:
        eval_app.command("events")(eval_events_cmd)
    app.add_typer(eval_app, name="eval")
