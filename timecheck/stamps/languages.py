"""The words stamps are written with, per language: months, weekdays and stamp labels.

Plain tables, like dateutil's ``parserinfo`` (``MONTHS``, ``WEEKDAYS``), one entry per language
the archives carry (about half of the dev pages are German, then English, French, Spanish,
Italian, Arabic and a long tail). Keys are lower case; accented and unaccented spellings are both
listed because CMS templates drop accents ("Maerz", "fevrier"). Only stamps use these tables:
the body-text grammar stays English (``grammar/lexicon.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlsplit

# Month names and abbreviations by ISO 639-1 code. Abbreviations are listed without their dot;
# the parser accepts an optional one.
MONTHS_BY_LANGUAGE: dict[str, dict[str, int]] = {
    "en": {
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
        "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
        "nov": 11, "december": 12, "dec": 12,
    },
    "de": {
        "januar": 1, "jänner": 1, "jaenner": 1, "jan": 1, "jän": 1, "februar": 2, "feber": 2,
        "feb": 2, "märz": 3, "maerz": 3, "mär": 3, "mrz": 3, "april": 4, "apr": 4, "mai": 5,
        "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
        "dezember": 12, "dez": 12,
    },
    "fr": {
        "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2,
        "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7,
        "août": 8, "aout": 8, "septembre": 9, "sept": 9, "octobre": 10, "oct": 10,
        "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
    },
    "es": {
        "enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "mar": 3, "abril": 4,
        "abr": 4, "mayo": 5, "may": 5, "junio": 6, "jun": 6, "julio": 7, "jul": 7, "agosto": 8,
        "ago": 8, "septiembre": 9, "setiembre": 9, "sept": 9, "sep": 9, "set": 9,
        "octubre": 10, "oct": 10, "noviembre": 11, "nov": 11, "diciembre": 12, "dic": 12,
    },
    "it": {
        "gennaio": 1, "gen": 1, "febbraio": 2, "feb": 2, "marzo": 3, "mar": 3, "aprile": 4,
        "apr": 4, "maggio": 5, "mag": 5, "giugno": 6, "giu": 6, "luglio": 7, "lug": 7,
        "agosto": 8, "ago": 8, "settembre": 9, "set": 9, "ottobre": 10, "ott": 10,
        "novembre": 11, "nov": 11, "dicembre": 12, "dic": 12,
    },
    "pt": {
        "janeiro": 1, "jan": 1, "fevereiro": 2, "fev": 2, "março": 3, "marco": 3, "mar": 3,
        "abril": 4, "abr": 4, "maio": 5, "mai": 5, "junho": 6, "jun": 6, "julho": 7, "jul": 7,
        "agosto": 8, "ago": 8, "setembro": 9, "set": 9, "outubro": 10, "out": 10,
        "novembro": 11, "nov": 11, "dezembro": 12, "dez": 12,
    },
    "nl": {
        "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4,
        "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8,
        "september": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    },
    "pl": {
        # Genitive forms: dates say "3 maja 2019".
        "stycznia": 1, "styczeń": 1, "sty": 1, "lutego": 2, "luty": 2, "lut": 2, "marca": 3,
        "marzec": 3, "kwietnia": 4, "kwiecień": 4, "kwi": 4, "maja": 5, "maj": 5,
        "czerwca": 6, "czerwiec": 6, "cze": 6, "lipca": 7, "lipiec": 7, "lip": 7,
        "sierpnia": 8, "sierpień": 8, "sie": 8, "września": 9, "wrzesień": 9, "wrz": 9,
        "października": 10, "październik": 10, "paź": 10, "listopada": 11, "listopad": 11,
        "lis": 11, "grudnia": 12, "grudzień": 12, "gru": 12,
    },
    "ru": {
        "января": 1, "январь": 1, "янв": 1, "февраля": 2, "февраль": 2, "фев": 2,
        "марта": 3, "март": 3, "мар": 3, "апреля": 4, "апрель": 4, "апр": 4, "мая": 5,
        "май": 5, "июня": 6, "июнь": 6, "июн": 6, "июля": 7, "июль": 7, "июл": 7,
        "августа": 8, "август": 8, "авг": 8, "сентября": 9, "сентябрь": 9, "сен": 9,
        "октября": 10, "октябрь": 10, "окт": 10, "ноября": 11, "ноябрь": 11, "ноя": 11,
        "декабря": 12, "декабрь": 12, "дек": 12,
    },
    "uk": {
        "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6,
        "липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    },
    "tr": {
        "ocak": 1, "şubat": 2, "subat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "mayis": 5,
        "haziran": 6, "temmuz": 7, "ağustos": 8, "agustos": 8, "eylül": 9, "eylul": 9,
        "ekim": 10, "kasım": 11, "kasim": 11, "aralık": 12, "aralik": 12,
    },
    "fi": {
        "tammikuuta": 1, "tammikuu": 1, "helmikuuta": 2, "helmikuu": 2, "maaliskuuta": 3,
        "maaliskuu": 3, "huhtikuuta": 4, "huhtikuu": 4, "toukokuuta": 5, "toukokuu": 5,
        "kesäkuuta": 6, "kesäkuu": 6, "heinäkuuta": 7, "heinäkuu": 7, "elokuuta": 8,
        "elokuu": 8, "syyskuuta": 9, "syyskuu": 9, "lokakuuta": 10, "lokakuu": 10,
        "marraskuuta": 11, "marraskuu": 11, "joulukuuta": 12, "joulukuu": 12,
    },
    "sv": {
        "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
        "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    },
    "no": {
        "januar": 1, "februar": 2, "mars": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
        "august": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12, "des": 12,
    },
    "id": {
        "januari": 1, "februari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
        "agustus": 8, "agu": 8, "agt": 8, "september": 9, "oktober": 10, "okt": 10,
        "november": 11, "desember": 12, "des": 12,
    },
    "ar": {
        # Gregorian month names as used in Egypt and the Gulf, and their Levantine names.
        "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
        "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
        "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
        "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6,
        "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11,
        "كانون الأول": 12,
    },
    "fa": {
        # Persian transliterations of the Gregorian months (Iranian pages also use the solar
        # calendar, which these tables do not read).
        "ژانویه": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "مه": 5, "ژوئن": 6, "ژوئیه": 7,
        "اوت": 8, "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
    },
}

# ISO weekday numbers (Monday is 1) by language, so "Samstag, 19. Oktober 2019" reads.
WEEKDAYS_BY_LANGUAGE: dict[str, dict[str, int]] = {
    "en": {
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
        "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
        "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
    },
    "de": {
        "montag": 1, "mo": 1, "dienstag": 2, "di": 2, "mittwoch": 3, "mi": 3, "donnerstag": 4,
        "do": 4, "freitag": 5, "fr": 5, "samstag": 6, "sonnabend": 6, "sa": 6, "sonntag": 7,
        "so": 7,
    },
    "fr": {
        "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6,
        "dimanche": 7, "lun": 1, "mar": 2, "mer": 3, "jeu": 4, "ven": 5, "sam": 6, "dim": 7,
    },
    "es": {
        "lunes": 1, "martes": 2, "miércoles": 3, "miercoles": 3, "jueves": 4, "viernes": 5,
        "sábado": 6, "sabado": 6, "domingo": 7,
    },
    "it": {
        "lunedì": 1, "lunedi": 1, "martedì": 2, "martedi": 2, "mercoledì": 3, "mercoledi": 3,
        "giovedì": 4, "giovedi": 4, "venerdì": 5, "venerdi": 5, "sabato": 6, "domenica": 7,
    },
    "pt": {
        "segunda-feira": 1, "terça-feira": 2, "terca-feira": 2, "quarta-feira": 3,
        "quinta-feira": 4, "sexta-feira": 5, "sábado": 6, "sabado": 6, "domingo": 7,
    },
    "nl": {
        "maandag": 1, "dinsdag": 2, "woensdag": 3, "donderdag": 4, "vrijdag": 5,
        "zaterdag": 6, "zondag": 7,
    },
    "ar": {
        "الاثنين": 1, "الإثنين": 1, "الثلاثاء": 2, "الأربعاء": 3, "الاربعاء": 3, "الخميس": 4,
        "الجمعة": 5, "السبت": 6, "الأحد": 7, "الاحد": 7,
    },
}

# Stamp labels, by language: what a byline prints before the publication or update date.
# Longer labels come first within a language so "zuletzt aktualisiert am" wins over
# "aktualisiert". A trailing "am", "le", "il", "el"... is part of the label.
PUBLISHED_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("first published on", "first published", "originally published on",
           "originally published", "date published", "publication date", "published on",
           "published", "posted on", "posted", "created"),
    "de": ("veröffentlicht am", "veröffentlicht", "erstmals veröffentlicht", "erschienen am",
           "erschienen", "publiziert am", "publiziert", "erstellt am", "erstellt",
           "geschrieben am", "eingestellt am", "online seit", "datum", "vom"),
    "fr": ("publié le", "publié", "publie le", "mis en ligne le", "mis en ligne", "paru le",
           "date de publication", "posté le"),
    "es": ("publicado el", "publicado", "fecha de publicación"),
    "it": ("pubblicato il", "pubblicato", "data di pubblicazione"),
    "pt": ("publicado em", "publicado"),
    "nl": ("gepubliceerd op", "gepubliceerd", "geplaatst op"),
    "pl": ("opublikowano", "data publikacji"),
    "ru": ("опубликовано", "дата публикации"),
    "tr": ("yayınlanma tarihi", "yayınlanma", "yayın tarihi"),
    "fi": ("julkaistu",),
    "sv": ("publicerad",),
    "no": ("publisert",),
    "id": ("diterbitkan", "dipublikasikan"),
    "ar": ("تاريخ النشر", "نُشر في", "نشر في", "نشر بتاريخ", "نُشر بتاريخ", "نشر"),
    "fa": ("تاریخ انتشار", "منتشر شده"),
    "ja": ("公開日", "投稿日", "配信日"),
    "zh": ("发布时间", "發佈時間", "发表于", "發表於", "发布日期"),
    "ko": ("입력", "등록"),
    "vi": ("ngày đăng",),
}
UPDATED_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("page last updated", "last updated on", "last updated", "last modified",
           "date modified", "updated on", "updated", "modified"),
    "de": ("zuletzt aktualisiert am", "zuletzt aktualisiert", "aktualisiert am", "aktualisiert",
           "letzte aktualisierung", "letzte änderung", "zuletzt geändert am", "zuletzt geändert",
           "geändert am", "stand"),
    "fr": ("dernière mise à jour le", "dernière mise à jour", "mis à jour le", "mis à jour",
           "mise à jour le", "mise à jour", "modifié le", "actualisé le", "màj le", "màj"),
    "es": ("última actualización", "actualizado el", "actualizado", "modificado el"),
    "it": ("ultimo aggiornamento", "aggiornato il", "aggiornato", "modificato il"),
    "pt": ("atualizado em", "atualizado", "última atualização"),
    "nl": ("bijgewerkt op", "bijgewerkt", "laatst gewijzigd"),
    "pl": ("zaktualizowano", "aktualizacja"),
    "ru": ("обновлено", "изменено"),
    "tr": ("güncellenme tarihi", "güncelleme tarihi", "güncellendi", "güncelleme"),
    "fi": ("päivitetty",),
    "sv": ("uppdaterad",),
    "no": ("oppdatert",),
    "id": ("diperbarui",),
    "ar": ("آخر تحديث", "تم التحديث", "تاريخ التحديث", "تحديث"),
    "fa": ("آخرین به روزرسانی", "به‌روزرسانی"),
    "ja": ("更新日",),
    "zh": ("更新时间", "更新時間"),
    "ko": ("수정",),
    "vi": ("cập nhật",),
}

# Words after a clock time that only say "o'clock" ("14:05 Uhr", "14h05").
CLOCK_WORDS: tuple[str, ...] = ("uhr", "h", "hrs", "heures", "horas", "ore", "klo", "kl")

# Languages whose numeric dates are month-first (03/04/2011 is March 4). Every other language
# writes day-first; English depends on the region (``day_first``).
MONTH_FIRST_LOCALES: frozenset[str] = frozenset({"en-us", "en-ph", "en-ca", "en-as", "en-gu", "en-um"})
DAY_FIRST_ENGLISH_REGIONS: frozenset[str] = frozenset(
    {"gb", "uk", "ie", "au", "nz", "in", "za", "sg", "my", "pk", "ng", "ke", "hk", "mt", "jm"})


def all_months() -> dict[str, int]:
    """Return every month name of every language in one table (no two languages disagree)."""
    merged: dict[str, int] = {}
    for table in MONTHS_BY_LANGUAGE.values():
        merged.update(table)
    return merged


def all_weekdays() -> dict[str, int]:
    """Return every weekday name of every language in one table."""
    merged: dict[str, int] = {}
    for table in WEEKDAYS_BY_LANGUAGE.values():
        merged.update(table)
    return merged


def language_of(locale: str) -> str:
    """Return the language part of a locale or ``lang`` value: ``de-CH`` and ``de_CH`` give ``de``."""
    return locale.strip().replace("_", "-").split("-")[0].lower()


def region_of(locale: str) -> str:
    """Return the region part of a locale (``en-IN`` gives ``in``), or "" when it names none."""
    parts = locale.strip().replace("_", "-").lower().split("-")
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            return part
    return ""


# Country-code domains that name the region of an English page whose locale names none.
_URL_REGIONS: dict[str, str] = {
    "uk": "gb", "ie": "ie", "au": "au", "nz": "nz", "in": "in", "za": "za", "sg": "sg",
    "pk": "pk", "ng": "ng", "ke": "ke", "hk": "hk", "mt": "mt", "jm": "jm", "ph": "ph",
    "ca": "ca",
}


def locale_with_url_region(locale: str, url: str) -> str:
    """An English locale without a region ("en") with the one its page's domain names
    ("en-ie" for www.breakingnews.ie), so that its numeric dates and zone abbreviations are
    read as there; any other locale unchanged. Generic and borrowed domains (.com, .io, .co,
    .tv) name no region."""
    normalized = locale.strip().replace("_", "-").lower()
    if normalized != "en" or not url:
        return locale
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:  # "http://[::1" and the like
        return locale
    if not host:
        return locale
    region = _URL_REGIONS.get(host.rstrip(".").rsplit(".", 1)[-1])
    return f"en-{region}" if region else locale


def day_first(locale: str) -> bool | None:
    """Say whether ``03/04/2011`` is day-first in this locale; None when it cannot be told.

    English without a region is the only undecided case: American and British pages share it.
    """
    if not locale.strip():
        return None
    normalized = locale.strip().replace("_", "-").lower()
    language = language_of(normalized)
    if language != "en":
        return True
    if any(normalized.startswith(prefix) for prefix in MONTH_FIRST_LOCALES):
        return False
    region = region_of(normalized)
    if region in DAY_FIRST_ENGLISH_REGIONS:
        return True
    return None


def labels(kind_table: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Return the labels of every language, longest first (so the regex prefers the longest)."""
    seen: dict[str, None] = {}
    for table in kind_table.values():
        for label in table:
            seen[label] = None
    return tuple(sorted(seen, key=len, reverse=True))
