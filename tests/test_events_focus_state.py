"""A document whose title names one state (`Foreign relations of Thailand`, `대한민국의 대외 관계`): each
sentence is read as that state's relation with the one other actor it names, or with the one named alone
last (a paragraph on Korea goes on with `Both countries`), and a doer left unsaid is the focus state."""

from __future__ import annotations

from dyad.model import Document
from dyad.pipeline import analyse
from dyad.relations import document_focus


def _acts(text: str, title: str, lang: str = "en") -> list[tuple[str, str, str]]:
    rows = analyse(Document(id="t", text=text, lang=lang, title=title, format="txt"))
    return [(e.category, e.source, e.target) for e in rows.events]


def test_focus_is_the_one_state_a_title_names() -> None:
    assert document_focus("Foreign relations of Thailand", "en") == "THA"
    assert document_focus("대한민국의 대외 관계", "ko") == "KOR"
    assert document_focus("Jordan–Mexico relations", "en") is None
    assert document_focus("Falklands War", "en") is None  # (a place in the title is no state)
    assert document_focus("", "en") is None


def test_a_sentence_naming_one_other_state_is_the_focus_pair() -> None:
    text = ("Thailand is a founding member of ASEAN.\n\n"
            "Relations with South Korea are close. Both countries established diplomatic relations on "
            "1 October 1958.\n\n"
            "In 1972 it recognised Bangladesh.")
    acts = _acts(text, "Foreign relations of Thailand")
    assert ("AGREE", "THA", "KOR") in acts
    assert ("AGREE", "THA", "BGD") in acts


def test_a_pair_title_is_not_a_focus() -> None:
    # (two states in the title: the document's pair, not a focus; a third state named alone is not its partner)
    text = "Iran and Russia signed a treaty in 2001. Both countries established a commission in 2002."
    acts = _acts(text, "Iran–Russia relations")
    assert ("AGREE", "IRN", "RUS") in acts
