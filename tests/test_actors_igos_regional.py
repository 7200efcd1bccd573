"""Regional organisations and UN agencies read in four languages (ECOWAS, AIIB, Mercosur, the OAU...)."""

from __future__ import annotations

import pytest

from dyad.actors import default_gazetteer


@pytest.mark.parametrize(("text", "lang", "codes"), [
    ("Nigeria helped create ECOWAS and joined the AIIB", "en", ["NGA", "IGO.ECOWAS", "IGO.AIIB"]),
    ("the Organisation of African Unity", "en", ["IGO.OAU"]),
    ("2016년 캐나다는 AIIB에 가입했다", "ko", ["CAN", "IGO.AIIB"]),
    ("巴西是南方共同市场成员", "zh", ["BRA", "IGO.MERCOSUR"]),
    ("отношения с Меркосуром", "ru", ["IGO.MERCOSUR"]),
    # (the Benelux countries are the three states, not the organisation)
    ("Russia and the Benelux countries", "en", ["RUS", "BEL", "NLD", "LUX"]),
])
def test_regional_organisations(text: str, lang: str, codes: list[str]) -> None:
    assert [c for m in default_gazetteer().find(text, lang, year=2016) for c in m.codes] == codes
