"""Per-language data files (`lang/<code>/<name>`). Adding a language means adding a folder."""

from __future__ import annotations

import csv
import functools
import json
from importlib import resources
from pathlib import Path

import yaml

LANG_ROOT = Path(str(resources.files(__package__)))


def languages() -> list[str]:
    """Codes of the languages that have a data folder."""
    return sorted(p.name for p in LANG_ROOT.iterdir() if p.is_dir() and not p.name.startswith("_"))


def data_path(lang: str, name: str) -> Path:
    """Path of a data file; it may not exist."""
    return LANG_ROOT / lang / name


@functools.cache
def load_yaml(lang: str, name: str) -> dict | list | None:
    """Parsed YAML/JSON data file of a language, or None when the language lacks it."""
    p = data_path(lang, name)
    if not p.exists():
        return None
    text = p.read_text(encoding="utf-8")
    return json.loads(text) if p.suffix == ".json" else yaml.safe_load(text)


@functools.cache
def load_tsv(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a TSV data file (lines starting with `#` and blank lines skipped)."""
    p = data_path(lang, name)
    if not p.exists():
        return ()
    rows = []
    with p.open(encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not row or not row[0].strip() or row[0].startswith("#"):
                continue
            rows.append(tuple(c.strip() for c in row))
    return tuple(rows)


@functools.cache
def collect(name: str, key: str) -> tuple[str, ...]:
    """The values of list `key` in data file `name` of every language, together (an article may mix them)."""
    out: list[str] = []
    for lang in languages():
        data = load_yaml(lang, name) or {}
        for v in data.get(key) or []:
            if str(v) not in out:
                out.append(str(v))
    return tuple(out)
