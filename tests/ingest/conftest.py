"""A small gazetteer for the ingestion tests: CLDR country names plus a few aliases.

The ingestion tests need no database; they run with ``-p no:django``.
"""

import datetime
import sys
from pathlib import Path

import babel
import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ingest.extract import Gazetteer  # noqa: E402

FIXTURES = ROOT / "samples" / "articles"
LANGS = ("ar", "en", "fr", "ru", "es")
# Two-letter CLDR codes that are not states.
NOT_STATES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}

COUNTRY_ALIASES = {
    "AE": ["الإمارات", "UAE", "Emirates", "Émirats", "ОАЭ", "Emiratos"],
    "US": [
        "أمريكا",
        "أميركا",
        "الولايات المتحدة الأمريكية",
        "US",
        "U.S.",
        "USA",
        "America",
        "États-Unis",
        "США",
        "EE.UU.",
        "EEUU",
    ],
    "SA": ["السعودية", "Saudi Arabia", "Arabie saoudite", "Саудовская Аравия", "Arabia Saudita"],
    "GB": ["بريطانيا", "Britain", "UK", "Royaume-Uni", "Великобритания", "Reino Unido"],
    "RU": ["روسيا", "Russia", "Russie", "Россия", "Rusia"],
    "SY": ["سورية"],
    "KZ": ["Kazakhstan", "Казахстан", "Kazajistán"],
    "PS": ["فلسطين", "Palestine", "Палестина"],
    "HU": ["المجر"],
    "TR": ["Turkey", "Türkiye", "Turquie", "Турция", "Turquía"],
    "SU": ["Soviet Union", "Union soviétique", "Советский Союз"],
}

AGREEMENTS = {
    "abraham-accords": [
        "الاتفاقات الإبراهيمية",
        "اتفاقات أبراهام",
        "اتفاقيات إبراهيم",
        "الاتفاقيات الإبراهيمية",
        "اتفاقيات أبراهام",
        "Abraham Accords",
        "Accords d'Abraham",
        "Соглашения Авраама",
        "Acuerdos de Abraham",
    ],
    "nato": [
        "NATO",
        "OTAN",
        "НАТО",
        "حلف شمال الأطلسي",
        "الناتو",
        "حلف الناتو",
        "North Atlantic Treaty Organization",
    ],
    "rome-statute": [
        "Rome Statute",
        "International Criminal Court",
        "ICC",
        "Statut de Rome",
        "Cour pénale internationale",
        "CPI",
        "Римский статут",
        "Международный уголовный суд",
        "МУС",
        "Estatuto de Roma",
        "Corte Penal Internacional",
        "نظام روما الأساسي",
        "المحكمة الجنائية الدولية",
    ],
    "ottawa-convention": [
        "Ottawa Convention",
        "Mine Ban Treaty",
        "Convention d'Ottawa",
        "Оттавская конвенция",
        "Convención de Ottawa",
        "اتفاقية أوتاوا",
        "معاهدة أوتاوا",
    ],
    "paris-agreement": [
        "Paris Agreement",
        "Paris climate agreement",
        "Accord de Paris",
        "Парижское соглашение",
        "Acuerdo de París",
        "اتفاق باريس",
        "اتفاقية باريس",
    ],
    "brics": ["BRICS", "БРИКС", "بريكس", "مجموعة بريكس"],
    "cptpp": [
        "CPTPP",
        "Comprehensive and Progressive Agreement for Trans-Pacific Partnership",
        "PTPGP",
        "ВТТП",
        "TPP-11",
    ],
}


def country_names() -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for lang in LANGS:
        for code, name in babel.Locale(lang).territories.items():
            if len(code) == 2 and code.isalpha() and code not in NOT_STATES:
                names.setdefault(code, []).append(name)
    for code, aliases in COUNTRY_ALIASES.items():
        names.setdefault(code, []).extend(aliases)
    return names


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_names(countries=country_names(), agreements=AGREEMENTS)


@pytest.fixture
def published() -> datetime.date:
    """Friday 7 November 2025."""
    return datetime.date(2025, 11, 7)
