"""Web UI and JSON API (FastAPI + Jinja2), served by `dyad serve`; everything it loads is served by itself."""

from dyad.web.app import create_app

__all__ = ["create_app"]
