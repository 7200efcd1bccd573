"""The pair acting together (`두 국가는`, `양국은`) acts among itself, not on the bodies where it meets."""
import pytest

from sentence_acts import sentence_acts


@pytest.mark.parametrize("text,want", [
    ("두 국가는 OECD, 유엔, 유럽 평의회, 유럽 안보 협력 기구 등에서 협력하고 있다.", [("COOPERATE", "GBR", "IRL")]),
    ("두 국가는 1992년 수교하였다.", [("AGREE", "GBR", "IRL")]),
    # a marked partner is still the partner
    ("양국은 미국과 협력하였다.", [("COOPERATE", "GBR", "USA"), ("COOPERATE", "IRL", "USA")]),
])
def test_pair_acts_together(text, want):
    assert [a[:3] for a in sentence_acts(text, "ko", 2000, ("GBR", "IRL"))] == want


def test_ties_terminated():
    acts = sentence_acts("The Afghan government castigated Pakistan's One Unit Scheme, prompting Pakistan to terminate "
                         "diplomatic ties with the country.", "en", 1955, ("AFG", "PAK"))
    assert ("SANCTION", "PAK", "AFG") in [a[:3] for a in acts]
