"""Language of a text by its script: enough to tell en, ko, zh, ja and ru apart."""

from __future__ import annotations

import re

# script -> language; Latin defaults to the document's language when that is a Latin one
_SCRIPTS = [
    ("ko", re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("en", re.compile(r"[A-Za-z]")),
]
_LATIN_LANGS = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "az", "vi"}


def script_counts(text: str) -> dict[str, int]:
    """Letters per script-language in `text`."""
    return {lang: len(rx.findall(text)) for lang, rx in _SCRIPTS}


_KANA_SHARE = 2  # Han characters per kana above which a text is Chinese with a Japanese reading


def detect(text: str, default: str = "en") -> str:
    """The language whose script has most letters; kana makes Han text Japanese."""
    counts = script_counts(text)
    # an alphabetic word takes about five letters, a CJK word one or two characters
    counts["en"] //= 4
    counts["ru"] //= 4
    if counts["ja"] and counts["ja"] * _KANA_SHARE >= counts["zh"]:
        # Japanese prose writes its particles and endings in kana; a reading in Chinese text
        # (`敷岛（しきしま）是…`) is a few kana among many Han characters
        counts["ja"] += counts["zh"]
        counts["zh"] = 0
    else:
        counts["zh"] += counts["ja"]
        counts["ja"] = 0
    lang, n = max(counts.items(), key=lambda kv: kv[1])
    if n == 0:
        return default
    if lang == "en" and default in _LATIN_LANGS:
        return default
    return lang


def detect_document(text: str, default: str = "en") -> str:
    """Language of a whole document, from a sample of its text."""
    sample = text[:200_000]
    return detect(sample, default)
