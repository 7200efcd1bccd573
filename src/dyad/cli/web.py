"""`dyad serve`: the web UI and JSON API on uvicorn (loopback by default)."""

from __future__ import annotations

from pathlib import Path

import typer

from dyad.cli.output import console


def serve_cmd(
    db: str = typer.Option("dyad.db", "--db", help="SQLite knowledge base file."),
    host: str = typer.Option("127.0.0.1", help="Address to listen on (loopback by default)."),
    port: int = typer.Option(8000, min=0, max=65535, help="Port to listen on."),
) -> None:
    """Serve the web UI and the JSON API over a knowledge base."""
    import uvicorn

    from dyad.web import create_app

    if not Path(db).is_file():
        typer.echo(f"no knowledge base at {db}; run `dyad ingest PATH --db {db}` first", err=True)
        raise typer.Exit(2)
    from dyad.web.views import warm

    app = create_app(db)
    warm(app.state.stores.get())
    shown = f"[{host}]" if ":" in host else host
    console.print(f"dyad: serving {db} at http://{shown}:{port}/  (API docs at /docs; Ctrl+C stops)",
                  highlight=False, soft_wrap=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    """Add the `serve` command to `app`."""
    app.command("serve")(serve_cmd)
