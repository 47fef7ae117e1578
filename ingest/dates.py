"""Dates in news text: publication dates, and dates mentioned in a sentence.

Dates in sentences are read with our own patterns over normalised text rather than with
dateparser: they must run on every sentence of hundreds of articles a second, the month names of
the Levant and the Maghreb are not known to dateparser, and relative words ("يوم الخميس",
"yesterday") must be resolved against the publication date with rules we control. dateparser is
only the last resort for odd publication-date strings, always with explicit languages.

Rules worth knowing:

* Numeric dates are day-month-year ("07-11-2025" is 7 November 2025) in every language; month
  first is read only when day first is impossible ("11/27/2025"). Month names make the order
  explicit, so "November 7, 2025" works in English.
* A weekday is the most recent such day on or before the publication date. When the weekday is
  the publication day's own weekday it means the publication day itself ("on Friday" in a Friday
  paper is that day), unless it is qualified as "last"/"الماضي", which means a week before.
  Weekdays qualified as next/coming ("المقبل", "next") are future and not resolved.
* Relative dates never lie after the publication date; without a publication date they are not
  resolved at all.
* A stored date is the first day of its period: a month-precision date is the 1st of the month, a
  year-precision date 1 January, with the precision saying how much is known.
* A day and month without a year take the year that puts them nearest the publication date; the
  result is "relative" when on or before the publication date and "inferred" when after it.
"""

from __future__ import annotations

import datetime
import email.utils
import re
from dataclasses import dataclass
from functools import cache

import babel

from agreements.vocab import Derivation, Precision
from ingest.normalize import is_arabic_script, normalize, normalize_with_offsets

LANGUAGES = ("ar", "en", "fr", "ru", "es")

DAY = Precision.DAY.value
MONTH = Precision.MONTH.value
YEAR = Precision.YEAR.value
STATED = Derivation.STATED.value
RELATIVE = Derivation.RELATIVE.value
INFERRED = Derivation.INFERRED.value


@dataclass(frozen=True)
class ResolvedDate:
    """A date found in text: the first day of its period, how precise and how it was derived."""

    date: datetime.date
    precision: str
    derivation: str
    phrase: str


@dataclass(frozen=True)
class DateSpan:
    """A resolved date with its character span in the normalised text it was found in."""

    start: int
    end: int
    resolved: ResolvedDate


# --------------------------------------------------------------------------- vocabulary

# Babel locales whose month names are read for each language. Arabic has three families:
# Egyptian/Gulf (يناير), Levantine/Iraqi (كانون الثاني) and Maghrebi (ماي، غشت، جانفي).
_MONTH_LOCALES = {
    "ar": ("ar", "ar_SY", "ar_MA", "ar_DZ", "ar_TN"),
    "en": ("en",),
    "fr": ("fr",),
    "ru": ("ru",),
    "es": ("es",),
}
# Spellings that the locales above do not carry but outlets use.
_EXTRA_MONTHS = {
    "ar": {
        "ابريل": 4,
        "افريل": 4,
        "ابريل/نيسان": 4,
        "يونيه": 6,
        "يوليه": 7,
        "اغسطس": 8,
        "اغشت": 8,
        "اوت": 8,
        "سبتمبر": 9,
        "شتمبر": 9,
        "اكتوبر": 10,
        "نوفمبر": 11,
        "نونبر": 11,
        "دجنبر": 12,
        "ديسمبر": 12,
        "يناير": 1,
        "فبراير": 2,
        "جانفي": 1,
        "فيفري": 2,
    },
    "en": {"sept": 9},
    "fr": {"fevr": 2, "janv": 1, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "dec": 12},
    "ru": {},
    "es": {"setiembre": 9, "sept": 9},
}

# Russian weekdays in the genitive, a date only after "с" (since): "с понедельника".
_RU_GENITIVE_WEEKDAYS = {
    "понедельника": 0,
    "вторника": 1,
    "среды": 2,
    "четверга": 3,
    "пятницы": 4,
    "субботы": 5,
    "воскресенья": 6,
}
_WEEKDAYS = {
    # Python weekday numbers: Monday is 0.
    "ar": {
        "الاثنين": 0,
        "الثلاثاء": 1,
        "الاربعاء": 2,
        "الخميس": 3,
        "الجمعه": 4,
        "السبت": 5,
        "الاحد": 6,
    },
    "en": {
        "monday": 0,
        "tuesday": 1,
        "wednesday": 2,
        "thursday": 3,
        "friday": 4,
        "saturday": 5,
        "sunday": 6,
    },
    "fr": {
        "lundi": 0,
        "mardi": 1,
        "mercredi": 2,
        "jeudi": 3,
        "vendredi": 4,
        "samedi": 5,
        "dimanche": 6,
    },
    "ru": {
        "понедельник": 0,
        "вторник": 1,
        "среду": 2,
        "среда": 2,
        "четверг": 3,
        "пятницу": 4,
        "пятница": 4,
        "субботу": 5,
        "суббота": 5,
        "воскресенье": 6,
        **_RU_GENITIVE_WEEKDAYS,
    },
    "es": {
        "lunes": 0,
        "martes": 1,
        "miercoles": 2,
        "jueves": 3,
        "viernes": 4,
        "sabado": 5,
        "domingo": 6,
    },
}
# Every weekday name, as the normalised text spells it.
WEEKDAY_NAMES = frozenset(name for names in _WEEKDAYS.values() for name in names)
# An Arabic weekday that is also an ordinary word ("الاثنين" is also "the two") counts only after
# "يوم" or a time of day ("مساء الاثنين", Monday evening), or with a "last/next" qualifier.
# "الاحد" is "the one" only in "الأحد عشر" (the eleven), left out where the date is read.
_AMBIGUOUS_AR_WEEKDAYS = frozenset({"الاثنين"})
_ELEVEN_RE = re.compile(r"\s+عشر\b")
_AR_DAY_WORDS = ("يوم", "مساء", "صباح", "ظهر", "فجر", "ليله", "ليل", "عصر")

# Qualifiers after (ar, fr, es) or before (en, ru) a weekday.
_PAST_QUALIFIERS = r"(?:الماضي|المنصرم|dernier|pasado|last|прошл\w*)"
_FUTURE_QUALIFIERS = r"(?:المقبل|القادم|prochain|proximo|que viene|next|coming|следующ\w*|будущ\w*)"
_PAST_QUALIFIERS_RE = re.compile(_PAST_QUALIFIERS)
# After a weekday, the week before the publication's: "Thursday last week", "jeudi de la
# semaine dernière", "el jueves de la semana pasada", "в четверг на прошлой неделе", "الخميس من
# الأسبوع الماضي".
_LAST_WEEK = (
    r"(?:(?:of\s+)?last\s+week|de\s+la\s+semaine\s+(?:derniere|passee)|de\s+la\s+semana"
    r"\s+pasada|на\s+прошл\w*\s+недел\w*|من\s+الاسبوع\s+(?:الماضي|المنصرم))\b"
)
_FUTURE_QUALIFIERS_RE = re.compile(_FUTURE_QUALIFIERS)

# Offsets in days from the publication date.
_DAY_WORDS = {
    "ar": {"اليوم": 0, "امس": -1, "الامس": -1, "اول امس": -2, "اول من امس": -2},
    "en": {
        "today": 0,
        "tonight": 0,
        "this morning": 0,
        "this afternoon": 0,
        "this evening": 0,
        "yesterday": -1,
        "last night": -1,
        "the day before yesterday": -2,
    },
    "fr": {
        "aujourd'hui": 0,
        "ce matin": 0,
        "ce soir": 0,
        "cet apres-midi": 0,
        "hier": -1,
        "avant-hier": -2,
    },
    "ru": {"сегодня": 0, "вчера": -1, "позавчера": -2},
    "es": {
        "hoy": 0,
        "esta manana": 0,
        "esta tarde": 0,
        "esta noche": 0,
        "ayer": -1,
        "anteayer": -2,
        "antier": -2,
        "antes de ayer": -2,
    },
}
# Words after "اليوم"/"hoy" that make it "the day" or "nowadays" rather than today.
_NOT_TODAY_AFTER = (
    r"(?:التالي|السابق|الوطني|العالمي|الدولي|الاول|الثاني|الثالث|الذي|نفسه|ذاته|en dia"
    # "في اليوم الثلاثين بعد الإيداع": the thirtieth day, the last day, not today
    r"|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الحادي|الاخير\w*"
    r"|العشرين|الثلاثين|الاربعين|الخمسين|الستين|السبعين|الثمانين|التسعين)"
)

# (phrase, unit, offset) — unit "year" or "month", offset in units from the publication date;
# or unit "season" with the season's last month: "last autumn" is the latest autumn over before
# publication, given as its year.
_PERIOD_WORDS = {
    "ar": {
        "العام الماضي": ("year", -1),
        "السنه الماضيه": ("year", -1),
        "العام المنصرم": ("year", -1),
        "هذا العام": ("year", 0),
        "العام الحالي": ("year", 0),
        "العام الجاري": ("year", 0),
        "هذه السنه": ("year", 0),
        "الشهر الماضي": ("month", -1),
        "الشهر المنصرم": ("month", -1),
        "هذا الشهر": ("month", 0),
        "الشهر الجاري": ("month", 0),
        "الشهر الحالي": ("month", 0),
        "الشهر المقبل": ("month", 1),
        "الشهر القادم": ("month", 1),
        "الخريف الماضي": ("season", 11),
        "الصيف الماضي": ("season", 8),
        "الربيع الماضي": ("season", 5),
    },
    "en": {
        "last year": ("year", -1),
        "this year": ("year", 0),
        "last month": ("month", -1),
        "this month": ("month", 0),
        "next month": ("month", 1),
        "last autumn": ("season", 11),
        "last fall": ("season", 11),
        "last summer": ("season", 8),
        "last spring": ("season", 5),
    },
    "fr": {
        "l'an dernier": ("year", -1),
        "l'an passe": ("year", -1),
        "l'annee derniere": ("year", -1),
        "l'annee passee": ("year", -1),
        "cette annee": ("year", 0),
        "le mois dernier": ("month", -1),
        # "à la fin du mois dernier", "au début du mois"
        "du mois dernier": ("month", -1),
        "au debut du mois": ("month", 0),
        "ce mois-ci": ("month", 0),
        "le mois prochain": ("month", 1),
        "l'automne dernier": ("season", 11),
        "l'ete dernier": ("season", 8),
        "le printemps dernier": ("season", 5),
    },
    "ru": {
        "в прошлом году": ("year", -1),
        # "в конце прошлого года", "в начале прошлого года", "в начале этого месяца"
        "прошлого года": ("year", -1),
        "этого года": ("year", 0),
        "текущего года": ("year", 0),
        "прошлого месяца": ("month", -1),
        "этого месяца": ("month", 0),
        "текущего месяца": ("month", 0),
        "в этом году": ("year", 0),
        "в текущем году": ("year", 0),
        "в прошлом месяце": ("month", -1),
        "в этом месяце": ("month", 0),
        "в следующем месяце": ("month", 1),
        "осенью прошлого года": ("year", -1),
        "летом прошлого года": ("year", -1),
        "весной прошлого года": ("year", -1),
        "прошлой осенью": ("season", 11),
        "прошлым летом": ("season", 8),
        "прошлой весной": ("season", 5),
    },
    "es": {
        "el ano pasado": ("year", -1),
        # "a fines del año pasado", "a principios del año pasado"
        "del ano pasado": ("year", -1),
        "este ano": ("year", 0),
        "el mes pasado": ("month", -1),
        "este mes": ("month", 0),
        "el proximo mes": ("month", 1),
        "el mes proximo": ("month", 1),
        "el mes que viene": ("month", 1),
        "el otono pasado": ("season", 11),
        "el verano pasado": ("season", 8),
        "la primavera pasada": ("season", 5),
    },
}

# "a year ago", "hace dos años", "il y a trois ans", "два года назад", "قبل عامين": a year
# counted back from publication, at year precision (the day is not told)
_YEARS_AGO = {
    "ar": {"قبل عام": 1, "قبل سنه": 1, "قبل عامين": 2, "قبل سنتين": 2, "قبل ثلاث سنوات": 3},
    "en": {"a year ago": 1, "one year ago": 1, "two years ago": 2, "three years ago": 3},
    "fr": {"il y a un an": 1, "il y a deux ans": 2, "il y a trois ans": 3},
    "es": {"hace un año": 1, "hace dos años": 2, "hace tres años": 3},
    "ru": {"год назад": 1, "два года назад": 2, "три года назад": 3},
}
for _lang, _phrases in _YEARS_AGO.items():
    _PERIOD_WORDS[_lang].update({phrase: ("year", -n) for phrase, n in _phrases.items()})

# "the last day of the year": 31 December of the year the paper is in or has just left (a
# paper of early January means the one just over), or of last year ("year_end", -1)
_YEAR_END = {
    "ar": {"اليوم الأخير من العام": 0, "اليوم الأخير من العام الماضي": -1},
    "en": {"the last day of the year": 0, "the last day of last year": -1},
    "fr": {"le dernier jour de l'année": 0, "le dernier jour de l'année dernière": -1},
    "es": {"el último día del año": 0, "el último día del año pasado": -1},
    "ru": {
        "в последний день года": 0,
        "в последний день уходящего года": 0,
        "в последний день прошлого года": -1,
    },
}
for _lang, _phrases in _YEAR_END.items():
    _PERIOD_WORDS[_lang].update({phrase: ("year_end", n) for phrase, n in _phrases.items()})
_YEAR_END_LATE_MONTH = 7  # from July a paper's "last day of the year" is this year's

# Words that introduce a bare year ("عام 2020", "in 2020", "en 2020", "в 2020 году").
_YEAR_CUES = {
    "ar": r"(?:[وفبلك]?(?:ال|ل)?(?:عام|سنه|العام)|منذ|خلال|في)",
    "en": r"(?:in|since|of|year|by|until|from|during|early|late|mid|before|after)",
    "fr": r"(?:en|depuis|des|annee|an|l'an|de|fin|debut|avant|apres|jusqu'en)",
    "ru": r"(?:в|с|до|к|после|году|год)",
    "es": r"(?:en|desde|ano|del|de|hasta|antes|despues)",
}
# Words that introduce a month named without a year ("in December", "en décembre dernier",
# "el pasado diciembre", "в декабре", "في شباط الماضي"). A month alone is a date only after one.
_MONTH_CUES = {
    "ar": r"(?:[وف]?(?:في|منذ|خلال|مطلع|اواخر|اوائل|منتصف|بدايه|نهايه)(?:\s+شهر)?|[وف]?شهر)",
    # "at the end of January", "à la fin du mois de mars"
    "en": r"(?:in|since|last|next|early|late|mid|until|by|from|this|during"
    r"|(?:at\s+)?the\s+(?:end|start|beginning|middle)\s+of)",
    "fr": r"(?:en|depuis|debut|fin|mi|courant|d'ici|jusqu'en"
    r"|(?:a\s+la\s+)?(?:fin|debut|mi)\s+du\s+mois\s+(?:de|d')"
    # "à la fin de janvier", "au début d'avril"
    r"|(?:a\s+la\s+fin|au\s+debut|au\s+milieu)\s+(?:de|d'))",
    "ru": r"(?:в|во|с|до|к|в\s+конце|в\s+начале|в\s+середине)",
    "es": r"(?:en|desde|el\s+pasado|el\s+proximo|hasta"
    r"|a\s+(?:finales|principios|comienzos|mediados|fines|inicios)\s+de)",
}
# After a month: "of last year", "من العام الماضي", "del año pasado", "прошлого года".
_LAST_YEAR = (
    r"(?:من\s+(?:العام|السنه)\s+(?:الماضي|المنصرم|الماضيه)|(?:of\s+)?last\s+year"
    r"|de\s+l'annee\s+(?:derniere|precedente)|de\s+l'an\s+dernier|del\s+ano\s+pasado"
    r"|прошлого\s+года)"
)
_NEXT_YEAR = (
    r"(?:من\s+(?:العام|السنه)\s+(?:المقبل|القادم|المقبله)|(?:of\s+)?next\s+year"
    r"|de\s+l'annee\s+prochaine|de\s+l'an\s+prochain|del\s+ano\s+(?:proximo|que\s+viene)"
    r"|следующего\s+года)"
)
_LAST_YEAR_RE = re.compile(_LAST_YEAR)
_NEXT_YEAR_RE = re.compile(_NEXT_YEAR)
# Words after a year that mark it as one ("2020م", "2020 году", "2020 г.").
_YEAR_SUFFIX = r"(?:م|г|гг|года|году|год|ميلادي|ميلاديه)"

_YEAR = r"(?P<y>1[89]\d\d|20\d\d|21\d\d)"

# Arabic days of the month written as ordinals, normalised ("الثاني من كانون الثاني").
_AR_UNITS = (
    "الحادي",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
)
_AR_ORDINAL_DAYS = {
    "الاول": 1,
    **{word: n for n, word in enumerate(_AR_UNITS[1:], start=2)},
    "العاشر": 10,
    **{f"{word} عشر": n for n, word in enumerate(_AR_UNITS, start=11)},
    "العشرين": 20,
    **{f"{word} والعشرين": n for n, word in enumerate(_AR_UNITS, start=21)},
    "الثلاثين": 30,
    "الحادي والثلاثين": 31,
}


def _ar_ordinal_day(groups: dict[str, str | None]) -> int:
    if groups.get("g"):
        return 1  # "غرة": the first of the month
    return _AR_ORDINAL_DAYS[" ".join((groups.get("o") or "").split())]


_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|eme|o|º|-?го)?"
# A word starts here; Arabic conjunctions and prepositions may be glued to a number ("و5").
_NB = r"(?:(?<![\w])|(?<=[وفبل])(?=\d))"
_NA = r"(?![\w])"  # a word ends here


def _lang_key(lang: str | None) -> str:
    if not lang:
        return "und"
    key = lang.strip().lower().replace("_", "-").split("-")[0]
    return key if key in LANGUAGES else "und"


def _langs_for(key: str) -> tuple[str, ...]:
    return LANGUAGES if key == "und" else (key,)


@cache
def _month_table(key: str) -> dict[str, int]:
    """Normalised month name → month number for a language key ("und" = all languages)."""
    table: dict[str, int] = {}
    for lang in _langs_for(key):
        for locale_name in _MONTH_LOCALES[lang]:
            locale = babel.Locale.parse(locale_name)
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    for number, name in locale.months[context][width].items():
                        form = normalize(name).rstrip(".")
                        # Short forms are abbreviations ("ma") except the Levantine "آب".
                        if len(form) >= 3 or is_arabic_script(form):
                            table[form] = number
        if lang == "ru":
            # The prepositional case ("в ноябре 2025 года") is in no CLDR list.
            for number, name in babel.Locale("ru").months["stand-alone"]["wide"].items():
                # the stem of the unnormalised name: normalising makes "май" "маи"
                stem = name[:-1] if name[-1] in "ьй" else name
                table[normalize(stem) + "е"] = number
        for name, number in _EXTRA_MONTHS[lang].items():
            table[normalize(name)] = number
    return table


def _alternation(words: object) -> str:
    """A regex alternation of literal phrases, longest first so the longest wins."""
    ordered = sorted({str(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@dataclass(frozen=True)
class _Patterns:
    combined: re.Pattern[str]  # every kind of date, one alternative per kind, in priority order
    kinds: tuple[str, ...]  # the kind of alternative k0, k1, ...
    months: dict[str, int]
    weekdays: dict[str, int]
    day_words: dict[str, int]
    period_words: dict[str, tuple[str, int]]
    precheck: re.Pattern[str]


@cache
def _patterns(key: str) -> _Patterns:
    langs = _langs_for(key)
    months = _month_table(key)
    month_alt = _alternation(months)
    # A month may be followed by its other name: "نوفمبر/تشرين الثاني", "نوفمبر (تشرين الثاني)".
    month = rf"(?P<m>{month_alt})\.?(?:\s*[/(-]\s*(?:{month_alt})\s*\)?)?"
    year_cues = "|".join(_YEAR_CUES[lang] for lang in langs)
    month_cues = "|".join(_MONTH_CUES[lang] for lang in langs)
    explicit: list[tuple[str, str]] = [
        ("dmy", rf"{_DAY}\s*(?:de\s+|of\s+)?{month},?\s*(?:de\s+|del\s+)?{_YEAR}{_NA}"),
        ("mdy", rf"{month}\s+{_DAY},?\s+{_YEAR}{_NA}"),
        ("iso", rf"{_YEAR}-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?![\d])"),
        ("ymd", rf"{_YEAR}[/.](?P<m>[01]?\d)[/.](?P<d>[0-3]?\d)(?![\d])"),
        ("num", rf"(?P<d>\d{{1,2}})[./-](?P<m>\d{{1,2}})[./-]{_YEAR}(?![\d])"),
        # "الأول من كانون الثاني/يناير 2019", Maghrebi "الفاتح جانفي 2019", "le premier janvier
        # 2019", "the first of May 2020"
        (
            "first",
            rf"(?:[وف]?(?:ال)?اول\s+من\s+(?:شهر\s+)?|[وف]?(?:ال)?فاتح\s+(?:من\s+)?(?:شهر\s+)?"
            rf"|premier\s+|first\s+of\s+|primero\s+de\s+)"
            rf"{month},?\s*(?:de\s+|del\s+)?{_YEAR}{_NA}",
        ),
        # "في الثاني من كانون الثاني 2015", "الحادي والعشرين من أيلول الماضي"
        *(
            [
                (
                    "ordday",
                    # "في غرة سبتمبر القادم", "غرة جويلية 2002": the first day
                    rf"(?:(?P<o>{_alternation(_AR_ORDINAL_DAYS)})\s+من|(?P<g>[وف]?ب?غره))\s+"
                    rf"(?:شهر\s+)?"
                    rf"(?:{month}(?:\s*,?\s*{_YEAR}(?:\s*{_YEAR_SUFFIX})?)?"
                    rf"(?P<post>\s+(?:{_LAST_YEAR}|{_NEXT_YEAR}|{_PAST_QUALIFIERS}"
                    rf"|{_FUTURE_QUALIFIERS}))?"
                    rf"|(?P<this>الشهر\s+(?:الجاري|الحالي)|هذا\s+الشهر)"
                    rf"|(?P<prev>الشهر\s+(?:الماضي|المنصرم)))"
                    rf"{_NA}",
                )
            ]
            if "ar" in langs
            else []
        ),
        # "the last day of 2000", "в последний день 2000 года", "في اليوم الأخير من عام 2000"
        (
            "yend",
            r"(?:the\s+last\s+day\s+of|le\s+dernier\s+jour\s+de(?:\s+l'annee)?"
            r"|el\s+ultimo\s+dia\s+(?:de|del\s+ano)|в\s+последни[йи]\s+день"
            r"|(?:ال)?يوم\s+(?:ال)?اخير\s+من(?:\s+(?:عام|سنه|العام))?)\s+"
            rf"{_YEAR}(?:\s*{_YEAR_SUFFIX})?{_NA}",
        ),
        ("my", rf"{month}\s*,?\s*(?:de\s+|del\s+|of\s+)?{_YEAR}{_NA}"),
        (
            "dm",
            rf"(?P<pre>(?:el\s+)?(?:pasado|proximo)\s+)?{_DAY}\s*(?:de\s+|of\s+)?{month}{_NA}"
            rf"(?P<post>\s+(?:{_LAST_YEAR}|{_NEXT_YEAR}|{_PAST_QUALIFIERS}|{_FUTURE_QUALIFIERS})"
            rf"{_NA})?",
        ),
        # Month before day without a year is English usage only ("on November 6").
        *(
            [
                (
                    "md",
                    rf"{month}\s+{_DAY}{_NA}(?!\s*\d)"
                    rf"(?P<post>\s+(?:{_LAST_YEAR}|{_NEXT_YEAR}){_NA})?",
                )
            ]
            if key in ("en", "und")
            else []
        ),
        (
            "m",
            rf"(?P<pre>(?:{month_cues}))(?:\s+|-|(?<=')){month}{_NA}"
            rf"(?!\s*(?:[/(-]|,?\s*(?:de\s+|del\s+|of\s+)?\d))"
            rf"(?P<post>\s+(?:{_LAST_YEAR}|{_NEXT_YEAR}|{_PAST_QUALIFIERS}|{_FUTURE_QUALIFIERS}"
            rf"|الجاري|الحالي|этого\s+года){_NA})?",
        ),
        ("y", rf"(?:{year_cues})\s+(?:the\s+year\s+)?{_YEAR}(?:\s*{_YEAR_SUFFIX})?{_NA}"),
        ("y", rf"{_YEAR}\s*{_YEAR_SUFFIX}\.?{_NA}"),
    ]
    weekdays: dict[str, int] = {}
    day_words: dict[str, int] = {}
    period_words: dict[str, tuple[str, int]] = {}
    for lang in langs:
        weekdays.update(_WEEKDAYS[lang])
        day_words.update({normalize(k): v for k, v in _DAY_WORDS[lang].items()})
        period_words.update({normalize(k): v for k, v in _PERIOD_WORDS[lang].items()})
    alternatives = list(explicit)
    if weekdays:
        names = _alternation(weekdays)
        alternatives.append(
            (
                "weekday",
                rf"(?P<pre>(?:(?:on|el|this|ce|este|в|во|с|со|[وف]?(?:يوم|مساء|صباح|ظهر|فجر|ليله|ليل|عصر))\s+)?"
                rf"(?:(?:{_PAST_QUALIFIERS}|{_FUTURE_QUALIFIERS})\s+)?)[وفب]?(?P<w>{names}){_NA}"
                rf"(?P<post>\s+(?:{_PAST_QUALIFIERS}|{_FUTURE_QUALIFIERS}){_NA}(?!\s+week))?"
                rf"(?P<lw>\s+{_LAST_WEEK})?",
            )
        )
    if day_words:
        alternatives.append(
            (
                "day_word",
                # not "في ذلك اليوم", "on that day"
                rf"(?<!ذلك\s)[وفل]?(?P<w>{_alternation(day_words)}){_NA}(?!\s+{_NOT_TODAY_AFTER})",
            )
        )
    if period_words:
        alternatives.append(
            (
                "period_word",
                rf"(?:[وفل]?|في\s+|خلال\s+)(?P<w>{_alternation(period_words)}){_NA}",
            )
        )
    # One pass over the text: the word boundary is checked once, then each kind in turn. Group
    # names get the alternative's number, since a name may appear only once in a pattern.
    parts = []
    for number, (_, pattern) in enumerate(alternatives):
        renamed = re.sub(r"\(\?P<(\w+)>", rf"(?P<\1_{number}>", pattern)
        parts.append(f"(?P<k{number}>{renamed})")
    cheap = [r"\d", month_alt]
    if weekdays:
        cheap.append(_alternation(weekdays))
    if day_words:
        cheap.append(_alternation(day_words))
    if period_words:
        cheap.append(_alternation(period_words))
    return _Patterns(
        combined=re.compile(rf"{_NB}(?:{'|'.join(parts)})"),
        kinds=tuple(kind for kind, _ in alternatives),
        months=months,
        weekdays=weekdays,
        day_words=day_words,
        period_words=period_words,
        precheck=re.compile("|".join(cheap)),
    )


# --------------------------------------------------------------------------- resolution


def _safe_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _month_number(patterns: _Patterns, raw: str) -> int | None:
    raw = " ".join(raw.split())
    if raw.isdigit():
        return int(raw)
    return patterns.months.get(raw.rstrip("."))


def _nearest_year(month: int, day: int, published: datetime.date) -> datetime.date | None:
    best: datetime.date | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        value = _safe_date(year, month, day)
        if value and (best is None or abs((value - published).days) < abs((best - published).days)):
            best = value
    return best


def _explicit(
    kind: str, groups: dict[str, str | None], patterns: _Patterns, published: datetime.date | None
) -> tuple[datetime.date, str, str] | None:
    month = _month_number(patterns, groups["m"]) if groups.get("m") else None
    year = int(groups["y"]) if groups.get("y") else None
    day = int(groups["d"]) if groups.get("d") else None
    if kind == "y":
        return datetime.date(year, 1, 1), YEAR, STATED
    if kind == "yend":
        return datetime.date(year, 12, 31), DAY, STATED
    if kind == "num":
        value = _safe_date(year, month, day)
        if value is None and month > 12 >= day:
            # Day first is impossible, so the writer put the month first.
            value = _safe_date(year, day, month)
        return (value, DAY, STATED) if value else None
    if kind == "ordday" and (groups.get("this") or groups.get("prev")) and published:
        start = published.replace(day=1)
        if groups.get("prev"):
            start = (start - datetime.timedelta(days=1)).replace(day=1)
        day = _ar_ordinal_day(groups)
        value = _safe_date(start.year, start.month, day)
        return (value, DAY, RELATIVE) if value else None
    if month is None or not 1 <= month <= 12:
        return None
    if kind == "my":
        return datetime.date(year, month, 1), MONTH, STATED
    if kind == "first":
        return datetime.date(year, month, 1), DAY, STATED
    if kind == "ordday":
        day = _ar_ordinal_day(groups)
        if year is not None:
            value = _safe_date(year, month, day)
            return (value, DAY, STATED) if value else None
        if published is None:
            return None
        value = _day_in_year(month, day, published, groups)
        if value is None:
            return None
        return value, DAY, RELATIVE if value <= published else INFERRED
    if kind in ("dm", "md"):
        if published is None or day is None:
            return None
        value = _day_in_year(month, day, published, groups)
        if value is None:
            return None
        return value, DAY, RELATIVE if value <= published else INFERRED
    value = _safe_date(year, month, day)
    return (value, DAY, STATED) if value else None


def _day_in_year(
    month: int, day: int, published: datetime.date, groups: dict[str, str | None]
) -> datetime.date | None:
    """The year of a day named without one: "of last year" or "من العام الماضي" say it; "last",
    "dernier", "الماضي", "el pasado" mean the latest such day; "next", "prochain", "المقبل" the
    coming one; otherwise the one nearest the publication date."""
    words = f"{groups.get('pre') or ''} {groups.get('post') or ''}"
    if _LAST_YEAR_RE.search(words):
        return _safe_date(published.year - 1, month, day)
    if _NEXT_YEAR_RE.search(words):
        return _safe_date(published.year + 1, month, day)
    passed = (month, day) <= (published.month, published.day)
    if _PAST_QUALIFIERS_RE.search(words):
        return _safe_date(published.year if passed else published.year - 1, month, day)
    if _FUTURE_QUALIFIERS_RE.search(words):
        return _safe_date(published.year + 1 if passed else published.year, month, day)
    return _nearest_year(month, day, published)


def _weekday(
    groups: dict[str, str | None], patterns: _Patterns, published: datetime.date
) -> datetime.date | None:
    name = groups["w"] or ""
    pre = (groups.get("pre") or "").strip()
    post = (groups.get("post") or "").strip()
    qualifiers = f"{pre} {post}"
    if _FUTURE_QUALIFIERS_RE.search(qualifiers):
        return None  # a coming day: not a date of something that happened
    is_past = bool(_PAST_QUALIFIERS_RE.search(qualifiers))
    if name in _AMBIGUOUS_AR_WEEKDAYS and not (pre.endswith(_AR_DAY_WORDS) or post):
        return None
    if name in _RU_GENITIVE_WEEKDAYS and pre.split()[-1:] not in (["с"], ["со"]):
        return None  # "до пятницы" (until Friday): only "с понедельника" (since Monday) dates
    if groups.get("lw"):
        monday = published - datetime.timedelta(days=published.weekday() + 7)
        return monday + datetime.timedelta(days=patterns.weekdays[name])
    delta = (published.weekday() - patterns.weekdays[name]) % 7
    if delta == 0 and is_past:
        delta = 7
    return published - datetime.timedelta(days=delta)


_AHEAD_WEIGHT = 2  # how much more a month ahead counts than one behind (see _month_alone)


def _month_alone(
    groups: dict[str, str | None], patterns: _Patterns, published: datetime.date | None
) -> tuple[datetime.date, str, str] | None:
    """A month named without a year: the nearest one to publication, or the one before or
    after it when a qualifier says so ("last December", "في شباط الماضي", "el próximo mayo")."""
    if published is None:
        return None
    month = _month_number(patterns, groups.get("m") or "")
    if month is None:
        return None
    pre = " ".join((groups.get("pre") or "").split())
    post = " ".join((groups.get("post") or "").split())
    qualifiers = f"{pre} {post}"
    if groups.get("m", "").strip() == "اب" and not (post or "شهر" in pre):
        return None  # "آب" (August) is also "father"
    this_month = published.replace(day=1)
    options = [datetime.date(published.year + k, month, 1) for k in (-1, 0, 1)]
    if _LAST_YEAR_RE.search(post):
        options = [datetime.date(published.year - 1, month, 1)]
    elif _NEXT_YEAR_RE.search(post):
        options = [datetime.date(published.year + 1, month, 1)]
    elif _FUTURE_QUALIFIERS_RE.search(qualifiers) or "proximo" in pre:
        options = [d for d in options if d > this_month]
    elif _PAST_QUALIFIERS_RE.search(qualifiers) or "pasado" in pre:
        options = [d for d in options if d < this_month]
    elif post in ("الجاري", "الحالي", "этого года"):
        options = [datetime.date(published.year, month, 1)]

    def distance(d: datetime.date) -> tuple[int, bool]:
        months = (d.year - this_month.year) * 12 + d.month - this_month.month
        # news tells more of what has happened than of what will: a month ahead counts double
        # ("исключена в марте" in an October story is the March before)
        return (months * _AHEAD_WEIGHT if months > 0 else -months), months > 0

    value = min(options, key=distance)
    return value, MONTH, RELATIVE if value <= this_month else INFERRED


def _shift_month(value: datetime.date, months: int) -> datetime.date:
    index = value.year * 12 + value.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def _resolve(
    kind: str,
    groups: dict[str, str | None],
    patterns: _Patterns,
    published: datetime.date | None,
) -> tuple[datetime.date, str, str] | None:
    if kind == "m":
        return _month_alone(groups, patterns, published)
    if kind not in ("weekday", "day_word", "period_word"):
        return _explicit(kind, groups, patterns, published)
    if published is None:
        return None  # relative words mean nothing without the publication date
    if kind == "weekday":
        value = _weekday(groups, patterns, published)
        return (value, DAY, RELATIVE) if value else None
    words = " ".join((groups.get("w") or "").split())
    if kind == "day_word":
        return published + datetime.timedelta(days=patterns.day_words[words]), DAY, RELATIVE
    unit, offset = patterns.period_words[words]
    if unit == "season":
        over = published.month > offset  # the season ended earlier this year
        return datetime.date(published.year - (0 if over else 1), 1, 1), YEAR, RELATIVE
    if unit == "year":
        return datetime.date(published.year + offset, 1, 1), YEAR, RELATIVE
    if unit == "year_end":
        year = published.year + offset
        if offset == 0 and published.month < _YEAR_END_LATE_MONTH:
            year -= 1  # "в последний день уходящего года" in a January paper: the year just over
        return datetime.date(year, 12, 31), DAY, RELATIVE
    return _shift_month(published.replace(day=1), offset), MONTH, RELATIVE


def scan_dates(norm: str, *, lang: str | None, published: datetime.date | None) -> list[DateSpan]:
    """Find dates in already normalised text; phrases are the normalised matches.

    This is the fast path used by the extractor, which normalises each article once.
    """
    patterns = _patterns(_lang_key(lang))
    if not patterns.precheck.search(norm):
        return []
    found: list[DateSpan] = []
    for match in patterns.combined.finditer(norm):
        name = match.lastgroup or ""
        if not name.startswith("k"):
            continue
        number = int(name[1:])
        kind = patterns.kinds[number]
        suffix = f"_{number}"
        groups = {
            key[: -len(suffix)]: value
            for key, value in match.groupdict().items()
            if key.endswith(suffix)
        }
        if kind == "weekday" and groups.get("w") == "الاحد" and _ELEVEN_RE.match(norm, match.end()):
            continue  # "الأحد عشر": eleven
        resolved = _resolve(kind, groups, patterns, published)
        if resolved is not None:
            start, end = match.span()
            found.append(DateSpan(start, end, ResolvedDate(*resolved, norm[start:end])))
    found.sort(key=lambda span: span.start)
    return _year_told_before(_that_year(_told_again(_named_day(found, norm), norm), norm), norm)


_DAY_GAP_RE = re.compile(r"[\s,،]*(?:(?:le|el|the)\s+)?")


def _named_day(found: list[DateSpan], norm: str) -> list[DateSpan]:
    """Without a weekday that the date right after it names the day of ("يوم الأحد 28 يناير
    الماضي", "dimanche 28 janvier dernier"): the date says which Sunday."""
    kept: list[DateSpan] = []
    merged: DateSpan | None = None
    for span, following in zip(found, [*found[1:], None], strict=False):
        if merged is not None:
            kept.append(merged)  # the weekday and its date, as one span
            merged = None
            continue
        if (
            following is not None
            and span.resolved.precision == DAY
            and not any(ch.isdigit() for ch in span.resolved.phrase)
            and following.resolved.precision == DAY
            and any(ch.isdigit() for ch in following.resolved.phrase)
            and _DAY_GAP_RE.fullmatch(norm, span.end, following.start)
        ):
            merged = DateSpan(span.start, following.end, following.resolved)
            continue
        kept.append(span)
    return kept


# between a rough date and the same date told exactly: "two years ago, in July 2016"
_APPOSITION_RE = re.compile(r"[\s,]*(?:\w{1,3}\s+)?")


def _told_again(found: list[DateSpan], norm: str) -> list[DateSpan]:
    """Without a year counted back that the next words give exactly ("became a member two
    years ago, in July 2016")."""
    kept = []
    for span, following in zip(found, [*found[1:], None], strict=False):
        rough = span.resolved
        if (
            following is not None
            and rough.derivation == RELATIVE
            and rough.precision == YEAR
            and following.resolved.precision != YEAR
            and abs(following.resolved.date.year - rough.date.year) <= 1
            and _APPOSITION_RE.fullmatch(norm, span.end, following.start)
        ):
            continue
        kept.append(span)
    return kept


# "en junio de ese año", "in June of that year", "в июне того же года", "في حزيران من العام
# نفسه": the year is the one the text just gave.
_THAT_YEAR_RE = re.compile(
    r"\s*(?:de\s+ese\s+(?:mismo\s+)?ano|del\s+mismo\s+ano|of\s+that\s+(?:same\s+)?year"
    r"|that\s+(?:same\s+)?year|de\s+(?:la\s+meme|cette)\s+annee|(?:того|этого)\s+же\s+года"
    r"|من\s+(?:ذلك\s+)?(?:العام|السنه|عام)\s*(?:نفسه|ذاته)?|من\s+ذلك\s+العام)(?!\w)"
)
_THAT_YEAR_REACH = 300  # characters back to the date whose year is meant


def _in_year(date: datetime.date, year: int) -> datetime.date:
    """The same day and month in another year (29 February becomes the 28th)."""
    try:
        return date.replace(year=year)
    except ValueError:
        return date.replace(year=year, day=28)


def of_that_year(span: DateSpan, norm: str) -> bool:
    """Whether a day or month with no year of its own is said to be "of that year"."""
    resolved = span.resolved
    return (
        resolved.derivation != STATED
        and resolved.precision in (DAY, MONTH)
        and _THAT_YEAR_RE.match(norm, span.end) is not None
    )


def in_that_year(span: DateSpan, year: int, norm: str) -> DateSpan:
    """A day or month "of that year" given ``year``; its phrase takes in the words that say so."""
    match = _THAT_YEAR_RE.match(norm, span.end)
    end = match.end() if match else span.end
    resolved = span.resolved
    date = _in_year(resolved.date, year)
    return DateSpan(
        span.start, end, ResolvedDate(date, resolved.precision, STATED, norm[span.start : end])
    )


def _that_year(found: list[DateSpan], norm: str) -> list[DateSpan]:
    """Give a day or month said to be "of that year" the year of the date told before it."""
    result: list[DateSpan] = []
    for span in found:
        earlier = [
            s
            for s in (result if of_that_year(span, norm) else ())
            if s.resolved.derivation == STATED and span.start - s.end <= _THAT_YEAR_REACH
        ]
        if earlier:
            span = in_that_year(span, earlier[-1].resolved.date.year, norm)
        result.append(span)
    return result


# "En 2015, le Myanmar avait ratifié le texte le 8 juillet": a year that opens the sentence, and
# a day and month told after it in the same sentence with no year of their own nor a word that
# makes them recent ("le 17 mai dernier").
_OPENING_YEAR_RE = re.compile(
    r"\W*(?:en|in|during|durant|durante|в|во|في|خلال|(?:في\s+|خلال\s+)?(?:عام|سنه|العام))?\s*$"
)
_SINCE_RE = re.compile(r"(?:depuis|since|desde|с|со|منذ)\b", re.IGNORECASE)
_DAY_MONTH_RE = re.compile(r"\d{1,2}")
_RECENT_RE = re.compile(
    r"\s*(?:dernier|last|pasado|прошлого|الماضي|المنصرم|de\s+este\s+ano|this\s+year|cette\s+annee)"
)
_YEAR_REACH = 200  # characters from the opening year to the day it gives its year to


def _year_told_before(found: list[DateSpan], norm: str) -> list[DateSpan]:
    """Give a day and month told without a year the year a sentence opened with."""
    result: list[DateSpan] = []
    opening: DateSpan | None = None
    for span in found:
        resolved = span.resolved
        if resolved.precision == YEAR and resolved.derivation == STATED:
            line_start = max(norm.rfind(c, 0, span.start) for c in ".!?\n") + 1
            opening = (
                span
                if _OPENING_YEAR_RE.fullmatch(norm, line_start, span.start)
                and not _SINCE_RE.match(resolved.phrase)
                else None
            )
        elif (
            opening is not None
            and resolved.precision == DAY
            and resolved.derivation != STATED
            and span.start - opening.end <= _YEAR_REACH
            and not any(c in norm[opening.end : span.start] for c in ".!?\n")
            and _DAY_MONTH_RE.search(resolved.phrase)
            and not _RECENT_RE.match(norm, span.end)
            and not _RECENT_RE.search(resolved.phrase)
            and resolved.date.year != opening.resolved.date.year
        ):
            date = _in_year(resolved.date, opening.resolved.date.year)
            span = DateSpan(span.start, span.end, ResolvedDate(date, DAY, STATED, resolved.phrase))
        result.append(span)
    return result


def find_dates(sentence: str, *, lang: str, published: datetime.date | None) -> list[ResolvedDate]:
    """Dates mentioned in ``sentence``, in text order, with their original wording as ``phrase``.

    Explicit dates (day, month or year precision) are "stated"; weekdays, today/yesterday and
    "last year"-style phrases are resolved against ``published`` and are "relative" (they are
    skipped when ``published`` is None). Never raises on any input.
    """
    try:
        norm, offsets = normalize_with_offsets(sentence)
        spans = scan_dates(norm, lang=lang, published=published)
    except (ValueError, OverflowError, KeyError):
        return []
    result = []
    for span in spans:
        start = offsets[span.start]
        end = offsets[span.end - 1] + 1
        r = span.resolved
        result.append(ResolvedDate(r.date, r.precision, r.derivation, sentence[start:end].strip()))
    return result


# --------------------------------------------------------------------------- publication dates

_ISO_RE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_NUMERIC_RE = re.compile(r"(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)")


def parse_publication_date(raw: str, lang: str | None) -> datetime.date | None:
    """Read a publication date from a dateline, a metadata field or a feed entry.

    Numeric dates are day first ("07-11-2025" is 7 November 2025) unless that is impossible;
    dates with month names are read in any order; ISO and RFC 2822 dates are read as such.
    Returns None when nothing sensible is found. Never raises.
    """
    if not raw or not raw.strip():
        return None
    raw = raw.strip()[:300]
    try:
        text = normalize(raw)
    except (ValueError, TypeError):
        return None
    match = _ISO_RE.search(text)
    if match:
        value = _safe_date(*(int(g) for g in match.groups()))
        if value:
            return value
    match = _NUMERIC_RE.search(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        value = _safe_date(year, month, day) or _safe_date(year, day, month)
        if value:
            return value
    spans = [s for s in scan_dates(text, lang=lang, published=None) if s.resolved.precision == DAY]
    if spans:
        return spans[0].resolved.date
    try:
        parsed = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError, OverflowError):
        parsed = None
    if parsed is not None:
        return parsed.date()
    return _dateparser_fallback(raw, lang)


def _dateparser_fallback(raw: str, lang: str | None) -> datetime.date | None:
    # Imported here: dateparser takes a noticeable time to import and is rarely needed.
    import dateparser

    key = _lang_key(lang)
    languages = list(_langs_for(key))
    try:
        parsed = dateparser.parse(
            raw,
            languages=languages,
            settings={
                "DATE_ORDER": "DMY",
                "REQUIRE_PARTS": ["day", "month", "year"],
                "RETURN_AS_TIMEZONE_AWARE": False,
            },
        )
    except Exception:
        return None
    return parsed.date() if parsed else None
