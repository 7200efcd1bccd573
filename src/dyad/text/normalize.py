"""Remove markup residue of scraped articles, keeping a map back to the original.

Handles what scraping leaves in plain text: namuwiki's `{{{#!wiki style="…"`,
`{{{#!folding …`, `}}}`, `[clearfix]`, footnote markers `[1]`, trailing `#`
link markers; Wikipedia's `^[1]`, `^`, `[citation needed]`, `{{cite book}}`
lines and "Retrieved …" lines; Russian stress marks. Table pipes are kept (the sectioner reads
them as table rows), as are line breaks.
"""

from __future__ import annotations

import re

from dyad.text.offsets import CleanBuilder, OffsetMap

# One alternation, scanned once. Each alternative is markup that carries no text.
_RESIDUE = re.compile(
    r"""
      \{\{\{\#![a-z]+(?:[ \t]+style="[^"\n]*")?(?:[ \t]+\[[^\]\n]*\])?[ \t]?   # {{{#!wiki style="…" / {{{#!folding [ … ]
    | \{\{\{[+-]\d[ \t]?                                  # {{{+1 size markup
    | \}\}\}                                              # closing braces
    | \[clearfix\]
    | \^?\[(?:\d{1,3}|[a-z]|citation\ needed|clarification\ needed|when\?|who\?|dubious[^\]\n]{0,20}|note\ \d+|注\ ?\d+|\d{1,3}[a-z]?:\d+)\]
    | (?<![\w\^])\^(?=[\s\[]|$)                           # lone caret of a back-link
    | (?<![A-Za-z0-9&/])\#+(?![A-Za-z])                  # namuwiki link marker (not C#, not #anchor)
    | (?<=[\u0400-\u04ff])\u0301                         # Russian stress mark (сраже́ние)
    | ^[ \t]*\{\{[a-z ]{2,30}\}\}[ \t]*$                  # a {{cite book}} line
    | ^[^\n]*\bRetrieved\ \d{1,2}\ [A-Z][a-z]+\ \d{4}\.?[ \t]*$   # reference line
    """,
    re.VERBOSE | re.MULTILINE,
)


def remove_residue(text: str) -> tuple[str, OffsetMap]:
    """Clean text without markup residue, and its map into `text`."""
    b = CleanBuilder(text)
    pos = 0
    for m in _RESIDUE.finditer(text):
        b.keep(pos, m.start())
        pos = m.end()
    b.keep(pos, len(text))
    return b.build()
