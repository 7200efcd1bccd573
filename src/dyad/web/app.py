"""The FastAPI application: one store per worker thread, HTML pages and their JSON twins, offline docs."""

from __future__ import annotations

import threading
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from dyad.store import Store, open_store

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))  # autoescape is on for .html


class StoreProvider:
    """Opens the store once per worker thread: sqlite connections are not shared between threads."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._local = threading.local()

    def get(self) -> Store:
        """This thread's store."""
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = open_store(self.path)
        return store


def create_app(db: str | Path = "dyad.db") -> FastAPI:
    """The dyad web app over the knowledge base at `db`."""
    from dyad.web import api, docs, pages

    app = FastAPI(
        title="dyad", version="1", docs_url=None, redoc_url=None,
        description="Events between states, each cited to a sentence of an article. "
                    "Every HTML page has a JSON twin under /api.",
    )
    app.state.stores = StoreProvider(db)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    docs.install(app)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        msgs = []
        for e in exc.errors():
            where = ".".join(str(x) for x in e.get("loc", ())[1:]) or "request"
            msgs.append(f"{where}: {e.get('msg', 'invalid')}")
        return _error(request, 422, "; ".join(msgs) or "invalid request", exc.errors())

    return app


def _error(request: Request, status: int, message: str, errors: list | None = None):
    if _wants_json(request):
        body: dict = {"detail": message}
        if errors:
            body["errors"] = [{"loc": list(e.get("loc", ())), "msg": e.get("msg")} for e in errors]
        return JSONResponse(body, status_code=status)
    return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                      status_code=status)


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/openapi.json" or path.endswith(".csv")


def html(request: Request, name: str, context: dict, status: int = 200) -> HTMLResponse:
    """Render template `name` with `context`."""
    return templates.TemplateResponse(request, name, context, status_code=status)
