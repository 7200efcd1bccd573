"""Chinese: a treaty or an alliance that lapses (`失效`, `到期`) is named, not made."""
import pytest

from sentence_acts import sentence_acts


def test_alliance_lapses():
    assert sentence_acts("1923年8月11日，英日同盟失效。", "zh", 1923, ("GBR", "JPN")) == []


@pytest.mark.parametrize("text", ["英日同盟签订于1902年。", "1902年，英日两国缔结同盟。"])
def test_alliance_made(text):
    assert [a[0] for a in sentence_acts(text, "zh", 1902, ("GBR", "JPN"))] == ["AGREE"]
