"""Relations raised to a partnership, or a partnership set up, agree (en, ko, ru)."""

import pytest

from sentence_acts import sentence_acts


@pytest.mark.parametrize("text, lang", [
    ("In 2011 relations were upgraded to a comprehensive strategic partnership.", "en"),
    ("In 2011 the two countries upgraded their relations to a strategic partnership.", "en"),
    ("한국과 베트남은 2011년 전략적 동반자 관계를 수립하였다.", "ko"),
    ("В 2011 году отношения были повышены до уровня стратегического партнёрства.", "ru"),
])
def test_partnership(text, lang):
    pair = ("KOR", "VNM") if lang == "ko" else ("CHN", "VNM")
    assert [a[0] for a in sentence_acts(text, lang, 2011, pair)] == ["AGREE"]
