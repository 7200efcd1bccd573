"""JSON Lines: one document a line with `id`, `title`, `lang`, `text`, optional `url`."""

from __future__ import annotations

import json
from collections.abc import Iterator

from dyad.model import Document
from dyad.read.encoding import is_blank
from dyad.read.errors import ReadProblem


def parse_jsonl(text: str, path: str) -> Iterator[Document | ReadProblem]:
    """Documents of a JSONL text; a bad line gives a ReadProblem naming the line, the rest go on."""
    seen: set[str] = set()
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            obj = json.loads(line)
        except ValueError as e:
            yield ReadProblem(where, f"invalid JSON ({e.args[0] if e.args else e})")
            continue
        if not isinstance(obj, dict):
            yield ReadProblem(where, f"expected a JSON object, got {type(obj).__name__}")
            continue
        missing = [k for k in ("id", "text") if k not in obj or obj[k] is None]
        if missing:
            yield ReadProblem(where, f"missing field {' and '.join(repr(k) for k in missing)}")
            continue
        doc_id, body = obj["id"], obj["text"]
        if isinstance(doc_id, int) and not isinstance(doc_id, bool):
            doc_id = str(doc_id)
        if not isinstance(doc_id, str) or not doc_id.strip():
            yield ReadProblem(where, "field 'id' is not a non-empty string")
            continue
        if not isinstance(body, str):
            yield ReadProblem(where, f"field 'text' is a {type(body).__name__}, not a string")
            continue
        if is_blank(body):
            yield ReadProblem(where, f"document {doc_id!r} has an empty text")
            continue
        if doc_id in seen:
            yield ReadProblem(where, f"duplicate id {doc_id!r} (first one kept)")
            continue
        seen.add(doc_id)
        yield Document(id=doc_id, text=body, lang=_str(obj.get("lang")).lower(), title=_str(obj.get("title")),
                       url=_str(obj.get("url")) or None, path=path, format="jsonl")


def _str(v: object) -> str:
    return v.strip() if isinstance(v, str) else ""
