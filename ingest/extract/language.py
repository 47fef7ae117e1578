"""A cheap language guess: the script first, then a handful of stopwords.

It only has to choose among the languages the extractor has rules for (ar, en, fr, ru, es) and
say "und" for anything else; Persian is told from Arabic by the letters Arabic does not use.
"""

from __future__ import annotations

import re

_LATIN_STOPWORDS = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "is",
            "that",
            "for",
            "on",
            "with",
            "was",
            "said",
            "by",
            "has",
            "have",
            "its",
            "it",
            "as",
            "at",
            "from",
            "this",
            "which",
            "were",
            "will",
            "would",
            "been",
            "are",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "des",
            "du",
            "et",
            "est",
            "une",
            "un",
            "que",
            "qui",
            "dans",
            "pour",
            "sur",
            "au",
            "aux",
            "avec",
            "pas",
            "sont",
            "ont",
            "ete",
            "cette",
            "il",
            "elle",
            "ses",
            "son",
            "leur",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "del",
            "y",
            "que",
            "es",
            "un",
            "una",
            "por",
            "con",
            "para",
            "se",
            "al",
            "su",
            "sus",
            "no",
            "como",
            "mas",
            "fue",
            "ha",
            "han",
            "este",
            "esta",
        ]
    ),
}
# Letters of Persian (and Urdu) that Arabic does not use.
_PERSIAN_LETTERS = frozenset("پچژگیک")
_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")
_WORD_RE = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str:
    """Guess the language of ``text``: "ar", "fa", "en", "fr", "ru", "es" or "und".

    Persian is reported as "fa" rather than folded into "ar", so that Persian text is not read
    with Arabic rules; any other script or an unclear Latin text gives "und".
    """
    sample = text[:6000]
    arabic = cyrillic = latin = persian = ukrainian = 0
    for ch in sample:
        if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufeff":
            arabic += 1
            if ch in _PERSIAN_LETTERS:
                persian += 1
        elif "\u0400" <= ch <= "\u04ff":
            cyrillic += 1
            if ch in _UKRAINIAN_LETTERS:
                ukrainian += 1
        elif (ch.isascii() and ch.isalpha()) or "\u00c0" <= ch <= "\u024f":
            latin += 1
    total = arabic + cyrillic + latin
    if total == 0:
        return "und"
    if arabic >= max(cyrillic, latin):
        # A stray Persian letter happens in Arabic text typed on a Persian keyboard; Persian text
        # has them in every line.
        return "fa" if persian >= max(3, arabic // 50) else "ar"
    if cyrillic >= latin:
        return "und" if ukrainian >= max(3, cyrillic // 100) else "ru"
    words = [w.lower() for w in _WORD_RE.findall(sample)]
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _LATIN_STOPWORDS.items()}
    best = max(scores, key=scores.__getitem__)
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] < 2 or ranked[0] == ranked[1]:
        return "und"
    return best
