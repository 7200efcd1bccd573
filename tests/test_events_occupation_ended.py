"""An occupation ended or suspended is a withdrawal (RETREAT), not an occupation, in all four languages."""
import pytest

from sentence_acts import sentence_acts


@pytest.mark.parametrize("text,lang", [
    ("The United States ended its occupation of Japan in 1952.", "en"),
    ("The occupation of Japan ended in 1952.", "en"),
    ("1952年，美軍結束了對日本的佔領。", "zh"),
    ("미국은 1952년 일본 점령을 종료하였다.", "ko"),
    ("В 1952 году США прекратили оккупацию Японии.", "ru"),
    ("Оккупация Японии закончилась в 1952 году.", "ru"),
])
def test_occupation_ended(text, lang):
    assert [a[:3] for a in sentence_acts(text, lang, 1952, ("JPN", "USA"))] == [("RETREAT", "USA", "JPN")]


@pytest.mark.parametrize("text,lang", [
    ("The US occupied Japan in 1945.", "en"),
    ("1945年美国占领日本。", "zh"),
    ("미국은 1945년 일본을 점령하였다.", "ko"),
])
def test_occupation_itself(text, lang):
    acts = [a[:3] for a in sentence_acts(text, lang, 1945, ("JPN", "USA"))]
    assert len(acts) == 1 and acts[0][:2] == ("COERCE", "USA") and acts[0][2] in ("JPN", "H.JAPEMP")


def test_bombs_dropped_on_a_place():
    acts = sentence_acts("1945年8月，美国在广岛投下原子弹。", "zh", 1945, ("JPN", "USA"))
    assert [a[:2] for a in acts] == [("ASSAULT", "USA")]


@pytest.mark.parametrize("text,lang,want", [
    # completing an occupation is occupying
    ("В марте 1939 года Германия завершила оккупацию Чехословакии.", "ru", "COERCE"),
    # another's occupation brought to an end is no withdrawal of the one who ended it
    ("미국은 1991년 이라크의 쿠웨이트 점령을 종식시켰다.", "ko", None),
])
def test_not_a_withdrawal(text, lang, want):
    cats = [a[0] for a in sentence_acts(text, lang, 1991 if lang == "ko" else 1939)]
    assert "RETREAT" not in cats and (want is None or want in cats)
