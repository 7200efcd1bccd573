"""A look-behind for a short word must start at a word boundary: `(?<!in\\s)occupied` also blocked
`Britain occupied`, `(?<!в\\s)заключ` blocks `Лавров заключил`."""
import re
from pathlib import Path

import pytest

LANG = Path(__file__).resolve().parents[1] / "src" / "dyad" / "lang"
# (Korean particles are glued to their word: `(?<!와\s)` rightly looks at the end of any word)
SPACED = ("en", "ru")


@pytest.mark.parametrize("lang", SPACED)
def test_short_word_lookbehinds_start_at_a_word_boundary(lang):
    text = (LANG / lang / "events.yaml").read_text(encoding="utf-8")
    bare = re.findall(r"\(\?<[!=][^\W\d_]{1,3}\\s\)", text)
    assert bare == []
