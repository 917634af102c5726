"""Stamps in every language of the archives: month names, labels, digits and day order."""

from __future__ import annotations

import pytest

from timecheck.grammar.lexicon import ZONES
from timecheck.model import StampKind
from timecheck.stamps.languages import (
    MONTHS_BY_LANGUAGE, PUBLISHED_LABELS, UPDATED_LABELS, WEEKDAYS_BY_LANGUAGE, day_first, language_of, region_of)
from timecheck.stamps.parse import read_stamp
from timecheck.stamps.visible import find_visible_stamps

# (stamp text, ISO value at the stated precision)
READABLE = [
    ("Samstag, 19. Oktober 2019, 14:05 Uhr", "2019-10-19T14:05"),
    ("19. Okt. 2019", "2019-10-19"),
    ("Di, 22.10.2019 um 10:00 Uhr", "2019-10-22T10:00"),
    ("19.10.19", "2019-10-19"),
    ("1er décembre 2019 à 14h05", "2019-12-01T14:05"),
    ("mardi 10 décembre 2019 à 14 h 05", "2019-12-10T14:05"),
    ("18 de febrero de 2020", "2020-02-18"),
    ("10 dicembre 2019", "2019-12-10"),
    ("3 maja 2019", "2019-05-03"),
    ("17 апреля 2020 г.", "2020-04-17"),
    ("17 Nisan 2020", "2020-04-17"),
    ("17. huhtikuuta 2020", "2020-04-17"),
    ("٣ مايو ٢٠١٩", "2019-05-03"),
    ("15 تشرين الأول 2020", "2020-10-15"),
    ("2020年4月17日", "2020-04-17"),
    ("2020년 4월 17일", "2020-04-17"),
    ("2020.04.17 14:05", "2020-04-17T14:05"),
    ("12 tháng 4 2020", "2020-04-12"),
    ("26 | 01 | 2022", "2022-01-26"),
    ("Mar 1 2000", "2000-03-01"),
    ("19\u00a0octobre\u00a02019", "2019-10-19"),
    ("2019-10-19 14:05:00 +02:00", "2019-10-19T14:05+02:00"),
]


@pytest.mark.parametrize(("raw", "iso"), READABLE)
def test_readable_in_every_language(raw: str, iso: str) -> None:
    reading = read_stamp(raw, zones=ZONES, dayfirst=True)
    assert reading.moment is not None, reading.problem
    assert reading.moment.iso() == iso


def test_month_tables_never_disagree_across_languages() -> None:
    seen: dict[str, int] = {}
    for table in MONTHS_BY_LANGUAGE.values():
        for name, month in table.items():
            assert seen.setdefault(name, month) == month, name
            assert month in range(1, 13) and name == name.lower()
    for table in WEEKDAYS_BY_LANGUAGE.values():
        assert set(table.values()) <= set(range(1, 8))


def test_labels_are_lower_case_and_kinds_do_not_overlap() -> None:
    published = {label for labels in PUBLISHED_LABELS.values() for label in labels}
    updated = {label for labels in UPDATED_LABELS.values() for label in labels}
    assert not published & updated
    assert all(label == label.lower() for label in published | updated)


LABELLED = [
    ("Veröffentlicht am 3. Mai 2019", StampKind.PUBLISHED, "2019-05-03"),
    ("Stand: 19.08.2013", StampKind.UPDATED, "2013-08-19"),
    ("zuletzt aktualisiert am 20.08.2013", StampKind.UPDATED, "2013-08-20"),
    ("Publié le 3 mai 2019", StampKind.PUBLISHED, "2019-05-03"),
    ("Mis à jour le 4 mai 2019", StampKind.UPDATED, "2019-05-04"),
    ("Publicado el 3 de mayo de 2019", StampKind.PUBLISHED, "2019-05-03"),
    ("Aggiornato il 4 maggio 2019", StampKind.UPDATED, "2019-05-04"),
    ("نشر في 3 مايو 2019", StampKind.PUBLISHED, "2019-05-03"),
    ("آخر تحديث: 4 مايو 2019", StampKind.UPDATED, "2019-05-04"),
    ("Veröffentlicht\n3. Mai 2019", StampKind.PUBLISHED, "2019-05-03"),
]


@pytest.mark.parametrize(("text", "kind", "day"), LABELLED)
def test_labels_in_every_language(text: str, kind: StampKind, day: str) -> None:
    (stamp,) = find_visible_stamps(text + "\n", zones=ZONES)
    assert stamp.kind is kind and stamp.moment is not None and stamp.moment.iso()[:10] == day
    assert stamp.span is not None and text[stamp.span[0]].isdigit()


def test_words_that_look_like_labels_in_prose_are_not_stamps() -> None:
    assert list(find_visible_stamps("Stand up for your rights.\nDatum und Uhrzeit folgen.\n", zones=ZONES)) == []


@pytest.mark.parametrize(("locale", "expected"), [
    ("de", True), ("de-CH", True), ("fr_FR", True), ("en-GB", True), ("en-IN", True), ("en-US", False),
    ("en", None), ("", None), ("ar", True),
])
def test_day_first_follows_the_locale(locale: str, expected: bool | None) -> None:
    assert day_first(locale) is expected


def test_locale_parts() -> None:
    assert language_of("de-CH") == "de" and region_of("de-CH") == "ch" and region_of("zh-Hant-TW") == "tw"
    assert read_stamp("03/04/2019", zones=ZONES, dayfirst=day_first("de")).moment.iso() == "2019-04-03"  # type: ignore[union-attr]
