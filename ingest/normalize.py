"""Script normalisation for matching names, triggers and dates across spellings.

Normalised text is for matching only: quotes and phrases shown to people are always cut from
the original text, which is why :func:`normalize_with_offsets` keeps a map back to it.

What is folded, and why:

* Arabic: diacritics (tashkeel) and tatweel vary freely between outlets; alef with hamza or
  madda and alef wasla are written as bare alef by many; ``ؤ``/``ئ`` become ``و``/``ي``; ta
  marbuta is often typed as ``ه`` and alef maqsura as ``ي``; Persian yeh and keheh are typed on
  Persian keyboards for the Arabic letters.
* Digits: Arabic-Indic and Persian digits become ASCII so one pattern reads all dates.
* Punctuation: Arabic comma, semicolon and question mark, typographic quotes and dashes fold to
  their ASCII forms.
* Latin and Cyrillic: case is folded and accents removed (``é`` → ``e``, ``ё`` → ``е``), so
  "Émirats" matches "emirats".

Every step works one character at a time, so the result can be mapped back to the original;
the mapping is a fixed point, so normalisation is idempotent.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ARABIC_LETTER_MAP = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ؤ": "و",
    "ئ": "ي",
    "ة": "ه",
    "ى": "ي",
    "ی": "ي",  # Persian yeh
    "ې": "ي",
    "ک": "ك",  # keheh
    "ڪ": "ك",
}
_PUNCTUATION_MAP = {
    "،": ",",
    "؛": ";",
    "؟": "?",
    "٪": "%",
    "۔": ".",
    "“": '"',
    "”": '"',
    "„": '"',
    "‟": '"',
    "«": '"',
    "»": '"',
    "‹": "'",
    "›": "'",
    "‘": "'",
    "’": "'",
    "‚": "'",
    "‛": "'",
    "ʼ": "'",
    "`": "'",
    "´": "'",
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "–": "-",
    "—": "-",
    "―": "-",
    "−": "-",
    "…": ".",
}
# Zero-width characters and marks of direction carry no meaning for matching.
_DROPPED = {
    "\u200b",
    "\u200c",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\ufeff",
    "\u00ad",
    "\u0640",
}  # the last one is tatweel

_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_ARABIC_CLITIC_CONJ = ("", "و", "ف")
_ARABIC_CLITIC_PREP = ("", "ب", "ل", "ك")
_TOKEN_RE = re.compile(r"\w+", re.UNICODE)


def _is_mark(ch: str) -> bool:
    """True for combining marks: Latin accents, Arabic tashkeel, Cyrillic breve."""
    return unicodedata.category(ch) in ("Mn", "Me")


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    """Normalise one character; the result is stable under a second application."""
    out = ch
    for _ in range(4):  # a few rounds reach the fixed point for every character
        folded = _fold_char_once(out)
        if folded == out:
            break
        out = folded
    return out


def _fold_char_once(text: str) -> str:
    pieces: list[str] = []
    for ch in text:
        if ch in _DROPPED:
            continue
        if ch in _ARABIC_LETTER_MAP:
            pieces.append(_ARABIC_LETTER_MAP[ch])
            continue
        if ch in _PUNCTUATION_MAP:
            pieces.append(_PUNCTUATION_MAP[ch])
            continue
        if ch in _LINE_BREAKS:
            pieces.append("\n")  # paragraphs must survive normalisation
            continue
        if ch.isspace():
            pieces.append(" ")
            continue
        if ch.isdigit():
            value = unicodedata.decimal(ch, None)
            pieces.append(str(value) if value is not None else ch)
            continue
        # Compatibility forms (Arabic presentation forms, ligatures, full-width letters) first,
        # then case, then drop every combining mark.
        expanded = unicodedata.normalize("NFKD", ch).casefold()
        expanded = unicodedata.normalize("NFKD", expanded)
        for sub in expanded:
            if _is_mark(sub) or sub in _DROPPED:
                continue
            pieces.append(_ARABIC_LETTER_MAP.get(sub, _PUNCTUATION_MAP.get(sub, sub)))
    return "".join(pieces)


# Ordinal → normalised string, filled as characters are met; used with str.translate.
_TABLE: dict[int, str] = {}


@lru_cache(maxsize=256)
def _irregular_re(chars: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(chars) + "]")


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Normalise ``text`` and return, for every output character, its index in ``text``.

    Whitespace is not collapsed here (line breaks are kept as "\\n"), so positions stay easy to
    reason about.
    """
    # str.translate does the work in C; only characters that vanish (tashkeel, tatweel) or
    # expand (ligatures) need a walk to keep the offsets right.
    irregular = []
    for ch in set(text):
        mapped = _TABLE.get(ord(ch))
        if mapped is None:
            mapped = _fold_char(ch)
            if len(_TABLE) < 200_000:
                _TABLE[ord(ch)] = mapped
        if len(mapped) != 1:
            irregular.append(ch)
    folded = text.translate(_TABLE) if all(ord(c) in _TABLE for c in irregular) else None
    if folded is None:  # the table is full: fall back to the slow path
        return _normalize_slowly(text)
    if not irregular:
        return folded, list(range(len(text)))
    offsets: list[int] = []
    position = 0
    for match in _irregular_re("".join(sorted(irregular))).finditer(text):
        index = match.start()
        offsets.extend(range(position, index))
        offsets.extend([index] * len(_TABLE[ord(text[index])]))
        position = index + 1
    offsets.extend(range(position, len(text)))
    return folded, offsets


def _normalize_slowly(text: str) -> tuple[str, list[int]]:
    out: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(text):
        for sub in _fold_char(ch):
            out.append(sub)
            offsets.append(index)
    return "".join(out), offsets


def normalize(text: str) -> str:
    """Return ``text`` folded for matching, with runs of whitespace collapsed and trimmed.

    Idempotent: ``normalize(normalize(x)) == normalize(x)`` for every string.
    """
    folded, _ = normalize_with_offsets(text)
    return " ".join(folded.split())


def tokens(text: str) -> list[str]:
    """Split already normalised text into word tokens (letters and digits)."""
    return _TOKEN_RE.findall(text)


def is_arabic_script(token: str) -> bool:
    """True when the token's first character is in the Arabic block."""
    return bool(token) and "\u0600" <= token[0] <= "\u06ff"


def is_cyrillic(token: str) -> bool:
    """True when the token's first character is Cyrillic."""
    return bool(token) and "\u0400" <= token[0] <= "\u04ff"


@lru_cache(maxsize=65536)
def arabic_variants(token: str) -> tuple[str, ...]:
    """Forms of a normalised Arabic token with its attached clitics removed.

    ``وكازاخستان`` → ``كازاخستان``; ``بالامارات`` → ``الامارات``; ``للاتفاقات`` → ``الاتفاقات``
    (``لل`` is ``ل`` + ``ال`` with the alef dropped). When the clitics include the article the
    variant keeps it, because names that take the article are always written with it and names
    that do not (``مالي``, Mali) must not match ``المالي`` ("the financial").

    The first element is the token itself; stems shorter than two letters are not produced.
    """
    variants = [token]
    if not is_arabic_script(token):
        return tuple(variants)
    for conj in _ARABIC_CLITIC_CONJ:
        for prep in _ARABIC_CLITIC_PREP:
            for article in ("", "ال"):
                if not conj and not prep:
                    continue  # the bare token (with or without article) is already there
                # "ل" + "ال" is written "لل": the alef of the article drops.
                prefix = conj + "لل" if prep == "ل" and article else conj + prep + article
                if not token.startswith(prefix) or len(token) - len(prefix) < 2:
                    continue
                stem = token[len(prefix) :]
                form = "ال" + stem if article else stem
                if form not in variants:
                    variants.append(form)
    return tuple(variants)


# Russian case endings. They go through the same folding as the text ("й" becomes "и"), so they
# are written here as they appear after normalisation.
_RU_ENDINGS = tuple(
    sorted(
        set(
            [
                "иями",
                "ями",
                "ами",
                "иеи",
                "ием",
                "иям",
                "иях",
                "ого",
                "его",
                "ому",
                "ему",
                "ыми",
                "ими",
                "еи",
                "ои",
                "ии",
                "ыи",
                "ая",
                "яя",
                "ую",
                "юю",
                "ых",
                "их",
                "ым",
                "им",
                "ое",
                "ее",
                "ые",
                "ие",
                "ом",
                "ем",
                "ам",
                "ям",
                "ах",
                "ях",
                "ов",
                "ев",
                "ию",
                "ия",
                "ье",
                "ья",
                "ью",
                "а",
                "я",
                "о",
                "е",
                "и",
                "ы",
                "у",
                "ю",
                "ь",
            ]
        ),
        key=len,
        reverse=True,
    )
)


@lru_cache(maxsize=65536)
def cyrillic_stem(token: str) -> str:
    """A crude Russian stem: one case ending removed, keeping at least four letters.

    Names are stemmed the same way, so "Казахстана" and "Казахстан" meet on ``казахстан`` and
    "Соглашениям" and "Соглашения" on ``соглашен``. Short words (acronyms such as ``нато``,
    ``оаэ``) are left whole: they do not decline.
    """
    if len(token) <= 4 or not is_cyrillic(token):
        return token
    for ending in _RU_ENDINGS:
        if token.endswith(ending) and len(token) - len(ending) >= 4:
            return token[: -len(ending)]
    return token


# Adjective endings, which may leave a stem of three letters: "Южная", "Южной", "Южную" Корея
# all meet on "южн", "Новой Зеландии" and "Новая Зеландия" on "нов". A noun keeps its four
# letters ("Китая" is "кита", not "кит").
_RU_ADJECTIVE_ENDINGS = ("ого", "его", "ому", "ему", "ыми", "ими", "ая", "яя", "ои", "ыи", "ую")


_RU_SHORT_FEMININE = ("ои", "ою", "у", "е", "ы", "и")
_RU_MASCULINE_CASES = ("ом", "ем", "ов", "а", "я", "у", "ю", "е")
_RU_VOWELS = frozenset("аеёиоуыэюя")


def _adjective_stem(token: str) -> str | None:
    for ending in _RU_ADJECTIVE_ENDINGS:
        if token.endswith(ending) and len(token) - len(ending) >= 3:
            return token[: -len(ending)]
    return None


def match_forms(token: str) -> tuple[str, ...]:
    """Every form under which a normalised text token may be found in a name index."""
    if is_arabic_script(token):
        return arabic_variants(token)
    if is_cyrillic(token):
        stem = cyrillic_stem(token)
        adjective = _adjective_stem(token) if len(token) > 4 else None
        forms = (stem,) if adjective in (None, stem) else (stem, adjective)
        # a short feminine noun, stored whole, declines on its last letters: "зону", "зоне",
        # "зоной" are "зона" ("Шенгенская зона"), "Кубе" is "Куба"
        for ending in _RU_SHORT_FEMININE:
            if token.endswith(ending) and len(token) - len(ending) == 3:
                # a short masculine noun, stored whole, declines too: "суда", "суду" are "суд"
                # ("Международный уголовный суд")
                return (*forms, token[: -len(ending)] + "а", token[: -len(ending)])
        # a masculine noun in a case, by its nominative's stem, which may not be the stem of the
        # case form: "Вьетнама" is "вьетнам" and the name "Вьетнам" is stored as "вьетн";
        # "Брунея" is "Бруней", stored as "брун"; "судом", "суда" are "суд"
        for ending in _RU_MASCULINE_CASES:
            base = token[: -len(ending)]
            if token.endswith(ending) and len(base) >= 3:
                nominative = base + "и" if base[-1] in _RU_VOWELS else base
                if (form := index_form(nominative)) not in forms:
                    return (*forms, form)
                break
        return forms
    return (token,)


def index_form(token: str) -> str:
    """The form under which a normalised name token is stored in a name index: an adjective
    of a name by its shortest stem, any other word by :func:`cyrillic_stem`."""
    if is_cyrillic(token):
        return (_adjective_stem(token) if len(token) > 4 else None) or cyrillic_stem(token)
    return token
