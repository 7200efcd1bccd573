"""API docs at /docs without a CDN: Swagger UI from the `swagger-ui-bundle` package when it is installed,
else (and always at /docs/plain) a page rendered on the server from the OpenAPI schema."""

from __future__ import annotations

import re

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles


def swagger_assets() -> tuple[str, tuple[int, ...]] | None:
    """Folder and version of the Swagger UI files shipped by `swagger-ui-bundle`, or None."""
    try:
        import swagger_ui_bundle
    except ImportError:
        return None
    path = str(swagger_ui_bundle.swagger_ui_path)
    m = re.search(r"(\d+)\.(\d+)\.(\d+)", path.rsplit("/", 1)[-1])
    return path, tuple(int(x) for x in m.groups()) if m else (0, 0, 0)


def install(app: FastAPI) -> None:
    """Add /docs (and /docs/plain) to `app`."""
    assets = swagger_assets()
    if assets:
        folder, version = assets
        if version < (5, 0, 0):
            app.openapi_version = "3.0.3"  # Swagger UI 4 refuses to render 3.1 schemas
        app.mount("/docs/assets", StaticFiles(directory=folder), name="swagger")

        @app.get("/docs", include_in_schema=False)
        def swagger() -> HTMLResponse:
            return get_swagger_ui_html(
                openapi_url="/openapi.json", title="dyad API",
                swagger_js_url="/docs/assets/swagger-ui-bundle.js",
                swagger_css_url="/docs/assets/swagger-ui.css",
                swagger_favicon_url="/docs/assets/favicon-32x32.png",
            )

    @app.get("/docs/plain" if assets else "/docs", include_in_schema=False)
    def plain(request: Request) -> HTMLResponse:
        from dyad.web.app import html

        return html(request, "api_docs.html", {"endpoints": endpoints(app.openapi()), "swagger": bool(assets)})


def endpoints(schema: dict) -> list[dict]:
    """Operations of an OpenAPI schema, flattened for the plain docs page."""
    out = []
    for path, ops in schema.get("paths", {}).items():
        for method, op in ops.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "type": _type(p.get("schema", {})), "description": p.get("description", "")}
                      for p in op.get("parameters", [])]
            out.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "description": op.get("description", ""), "params": params})
    return out


def _type(s: dict) -> str:
    if "anyOf" in s:
        return " | ".join(_type(x) for x in s["anyOf"] if x.get("type") != "null")
    if s.get("type") == "array":
        return f"list of {_type(s.get('items', {}))}"
    return s.get("type", "") + (f" ({', '.join(map(str, s['enum']))})" if "enum" in s else "")
