"""Dates as copied web text writes them: ru numeric days (`7.4.1939`), `mid-2022`, ranges with a hyphen."""
import pytest

from dyad.time import tag


@pytest.mark.parametrize("text,lang,want", [
    ("Прекращены 7.4.1939 в связи с оккупацией.", "ru", [("7.4.1939", "1939-04-07", "1939-04-07", "day")]),
    ("14.05.1955 СССР и Албания подписали договор.", "ru", [("14.05.1955", "1955-05-14", "1955-05-14", "day")]),
    ("в 1990-2022 годах", "ru", [("1990-2022 годах", "1990-01-01", "2022-12-31", "range")]),
    ("Ties were reinstated in mid-2022.", "en", [("mid-2022", "2022-01-01", "2022-12-31", "year")]),
    ("Trade grew in 1990-2022.", "en", [("1990-2022", "1990-01-01", "2022-12-31", "range")]),
    # (a model number is no year, nor a version or a decimal)
    ("It bought the S-2000 system.", "en", []),
    ("Самолёт Су-2000 показан.", "ru", []),
])
def test_dates(text, lang, want):
    assert [(t.text, t.date_start, t.date_end, t.precision) for t in tag(text, lang)] == want
