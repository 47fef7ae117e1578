"""Rule-based extraction of who-did-what-to-which-agreement claims from one article.

The pipeline, for each article:

1. Normalise the title and text once (keeping a map back to the original characters), split
   them into paragraphs, sentences and clauses, and find names (gazetteer), cue words
   (:mod:`ingest.extract.lexicon`) and dates (:mod:`ingest.dates`) in single passes.
2. For every action trigger (join, sign, ratify, withdraw, refuse...) in a sentence that names an
   agreement, find the states that act: the countries of the trigger's clause that are not
   counterparts ("with Israel"), hosts ("in Cairo"), states being urged ("pressure on Syria"),
   objects of a condition, or speakers ("the US president") when someone else is there.
3. Decide the kind from the mood around the trigger: refusal, condition, consideration, intent
   or future, announcement, or the plain event.
4. Attach a date: the trigger's clause, then other clauses of the sentence (not relative clauses
   describing something else, unless the sentence is itself a recollection), then earlier
   sentences of the paragraph, else the publication date ("inferred").
5. Decide news or background: recalled facts ("يذكر أن", pluperfect, "already") and events dated
   more than a year before publication are background; current stances ("still refuses") are not.
6. Merge: one candidate per (country, agreement, kind). Headlines over-claim, so a headline's
   claim is dropped when the body says something about the same state and agreement, and when
   the news both reports a state "joining" and "announcing its joining", the hedged claim wins.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from itertools import pairwise
from typing import NamedTuple, TypeVar

from agreements.vocab import AgreementKind, Derivation, EventKind, Precision, StanceKind
from ingest.dates import (
    WEEKDAY_NAMES,
    DateSpan,
    ResolvedDate,
    in_that_year,
    of_that_year,
    scan_dates,
)
from ingest.extract.gazetteer import AGREEMENT, COUNTRY, Gazetteer, Mention, Token, tokenize
from ingest.extract.language import detect_language
from ingest.extract.lexicon import (
    ACTIONS,
    CATEGORY_ORDER,
    DECISION_NOUN,
    FUTURE_TRIGGER,
    GENITIVE_WORDS,
    INFINITIVE_TRIGGER,
    LEXICON,
    NOMINAL_TRIGGER,
)
from ingest.normalize import is_arabic_script, normalize_with_offsets

LANGUAGES = tuple(LEXICON)

# Kinds produced by each action when nothing modifies it.
_BASE_KIND = {
    "JOIN": EventKind.JOINED.value,
    "ACCEDE": EventKind.ACCEDED.value,
    "NORMALISE": EventKind.JOINED.value,
    "SIGN": EventKind.SIGNED.value,
    "RATIFY": EventKind.RATIFIED.value,
    "ACCEPT": EventKind.ACCEPTED_APPROVED.value,
    "WITHDRAW": EventKind.WITHDREW.value,
    "SUSPEND": EventKind.SUSPENDED.value,
    "REINSTATE": EventKind.REINSTATED.value,
    "EIF": EventKind.ENTERED_INTO_FORCE.value,
    "REFUSE": StanceKind.REFUSES.value,
}
_STANCES = frozenset(k.value for k in StanceKind)
# Kinds whose date may lie after publication: the day a withdrawal or a treaty takes effect.
_TAKES_EFFECT = frozenset({EventKind.WITHDREW.value, EventKind.ENTERED_INTO_FORCE.value})
_WITHDRAWAL_KINDS = frozenset(
    {
        EventKind.WITHDRAWAL_ANNOUNCED.value,
        EventKind.WITHDRAWAL_NOTIFIED.value,
        EventKind.WITHDREW.value,
    }
)
_JOINING = frozenset({"JOIN", "ACCEDE", "NORMALISE"})
_DERIVATION_RANK = {
    Derivation.STATED.value: 3,
    Derivation.RELATIVE.value: 2,
    Derivation.INFERRED.value: 1,
    None: 0,
}
_PRECISION_RANK = {
    Precision.DAY.value: 3,
    Precision.MONTH.value: 2,
    Precision.YEAR.value: 1,
    None: 0,
}
# Words that may sit between a preposition and a country ("with the UAE", "avec l'Iran").
_ARTICLES = frozenset(
    {
        "the",
        "le",
        "la",
        "les",
        "l",
        "el",
        "los",
        "las",
        "del",
        "al",
        "de",
        "d",
        "du",
        "des",
        "كل",
        "من",
    }
)
# "since": the state after it is a point of comparison ("the first since Yemen").
_SINCE_WORDS = frozenset({"since", "depuis", "desde", "منذ", "ومنذ"})
_SINCE_REACH = 8  # tokens from a step to the "since" that makes it a standing
# "left ECOWAS a year after notifying it", "غادرت ... بعد عام على إعلانها الانسحاب": what follows
# "after" is an earlier step, recalled to place the one reported.
_AFTER_WORDS = frozenset({"after", "apres", "despues", "tras", "после", "بعد", "وبعد"})
# "joins a group of partners", "se suma a un grupo": joining a group of states that the agreement
# names, not the agreement itself. Only the indefinite article tells it: "مجموعة بريكس", "к
# Группе двадцати" are the agreement's own names.
_A_GROUP_RE = re.compile(
    r"\s+(?:(?:ainsi|thus|also|aussi|asi|tambien|также|donc)\s+)?"
    # "se suma al reducido grupo de países que han ratificado": the group told, with its
    # article folded into the preposition
    r"(?:(?:(?:a|to|al|au)\s+)?(?:un|una|a|an|une)|al|au|aux)\s+(?:[\w-]+\s+)?"
    r"(?:grupo|group|groupe|club|cercle|circulo|list|liste|lista|serie|series|number|nombre"
    r"|numero|host|multitude|ряд\w*|число)\b"
    # not "al Grupo de los Veinte": a group named by its number is an organisation
    r"(?!\s+(?:de\s+los\s+|des\s+)?(?:\d|veinte|ocho|siete|vingt|huit|sept))"
)
# "includes", "incluye a", "comprend", "включает", "تضم": what follows are members of what is
# described.
_INCLUDES_RE = re.compile(
    r"^(?:includ(?:e|es|ed|ing)|comprising|inclu\w+|incluy\w+|comprend\w*|включа\w*|[وف]?[تي]ضم)$"
)
# Words allowed in a comma-separated list of countries ("the UAE, Bahrain and Morocco").
_LIST_WORDS = _ARTICLES | frozenset({"and", "et", "y", "e", "и", "و", "or", "ou", "o", "или"})
_BACKGROUND_AGE = datetime.timedelta(days=31)
_WEEK = datetime.timedelta(days=7)
# Prepositions that make the thing joined a state: "joins Iran and Libya in", "se une a Irán".
_JOIN_COMPANY_WORDS = frozenset({"a", "al", "with", "con", "avec", "aux"})
# "لتنضم بذلك إلى شقيقتيها الكويت والبحرين": "to" right before the states (or their kin word)
_AR_KIN_RE = re.compile(r"(?:شقيق|جار|نظير)\w*$")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "no",
        "vs",
        "etc",
        "gen",
        "gov",
        "sen",
        "rep",
        "prof",
        "mme",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "ltd",
        "co",
        "corp",
        "av",
        "sra",
        "sres",
        "dra",
        "ee",
        "uu",
        "г",
        "гг",
        "др",
        "им",
        "ул",
    ]
)
_MONTH_ABBREVIATIONS = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)


def _digit_follows(norm: str, stop: int) -> bool:
    rest = norm[stop + 1 : stop + 4].lstrip()
    return rest[:1].isdigit()


_SENTENCE_END_RE = re.compile(r"[.!?]+[\"')\]]*(?=\s|$)")
# Infinitive endings of trigger verbs in French, Spanish and Russian (Arabic and English mark
# infinitives with a separate word). French "-re" infinitives end in -dre, -tre or -ire
# ("rejoindre"); "adhéré", "intégré" (normalised "adhere", "integre") are participles.
_LAST_WORD_RE = re.compile(r"(\w+)\W*$")
_WORD_RE = re.compile(r"\w+")
_LINE_RE = re.compile(r"[^\n]+")
_INITIALS_RE = re.compile(r"(?:^|\W)\w\.\w$")
_CLAUSE_PUNCT_RE = re.compile(r"[,;:()\"\[\]]|\s-\s")
_QUOTED_WORDS = 1  # words in quotes that are a term set off, not speech
# a colon or "said" just before the quotes: the quotes open speech
_QUOTED_SPEECH_RE = re.compile(r"(?::|\bsaid|\bsays|\ba\s+dit|\bdijo|\bзаявил\w*)\s*$")


@dataclass(frozen=True)
class Candidate:
    """A claim found in an article: a state did (or stands) something about an agreement."""

    country: str
    agreement: str
    kind: str
    date: datetime.date | None
    precision: str | None
    derivation: str | None
    background: bool
    quote: str
    confidence: float


class _Cue(NamedTuple):
    cat: str
    start: int
    end: int
    text: str
    first: int  # token indices
    last: int


@dataclass
class _Clause:
    start: int
    end: int
    relative: bool
    # a relative clause about the meeting where a step was taken ("at their meeting, which
    # was held on Thursday"): its date is the step's
    occasion: bool = False


@dataclass
class _Sentence:
    index: int
    paragraph: int
    start: int
    end: int
    is_title: bool
    first_token: int = 0
    last_token: int = -1
    clauses: list[_Clause] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    cues: list[_Cue] = field(default_factory=list)
    dates: list[DateSpan] = field(default_factory=list)
    roles: dict[Mention, str] | None = None
    analysed: bool = False  # cues found
    detailed: bool = False  # dates and clauses found


@dataclass
class _Raw:
    country: str
    agreement: str
    kind: str
    date: datetime.date | None
    precision: str | None
    derivation: str | None
    background: bool
    sentence: int
    quote: str
    confidence: float
    is_title: bool
    paragraph: int = -1
    returned: bool = False  # told as a return ("returns to", "retour", "عودة")
    grouped: bool = False  # a member's part in a step told of states counted
    ranked: bool = False  # told as the state's rank: "the fourth Arab state to join"


@dataclass
class _Article:
    """What every rule may look at while one article is read."""

    sentences: list[_Sentence]
    toks: list[Token]
    norm: str
    future_re: re.Pattern[str]
    nominal_re: re.Pattern[str]
    infinitive_re: re.Pattern[str]
    published: datetime.date | None
    agreement_kinds: dict[str, str]
    analyse: Callable[..., None]
    key: str = "und"  # the language of the cue words
    # treaties joined when they start to apply for a state (see _as_recorded)
    joined_on_entry: frozenset[str] = frozenset()
    focus: str | None = None  # the state the article is about so far ("the country")
    recent: list[str] = field(default_factory=list)  # agreements in the order they were named
    # steps told of states only counted ("Sixty-seven countries signed the treaty on
    # Monday"), whose members the next sentences may name ("Norway signed first")
    groups: list[_Raw] = field(default_factory=list)
    listed_at: int = -1  # the last sentence that listed the states of a step told before it
    # the states of the last news step told ("the convention will enter into force for both
    # countries on 1 March": for those two)
    last_actors: tuple[str, ...] = ()
    # the sentences that tell an exit undone ("cancelled the withdrawal"; see _UNDO_RE)
    undone: set[int] = field(default_factory=set)
    # the sentences that deny a joining with no date ("la France ne « rejoint » pas l'OTAN")
    denied: set[int] = field(default_factory=set)
    # the day a dateline or dispatch gives ("OSLO, Sept. 25" over a paper of the 26th): the
    # day of an undated step the article reports, instead of the paper's
    dateline: datetime.date | None = None
    # slug → the day an organisation was founded, where its founders are recorded as joining
    founded: Mapping[str, datetime.date] = field(default_factory=dict)

    @cached_property
    def body(self) -> list[_Sentence]:
        """The sentences after the headline."""
        return [s for s in self.sentences if not s.is_title]

    @cached_property
    def lead(self) -> list[_Sentence]:
        """The first sentences after the headline, not counting a dateline or a credit cut
        into pieces of three words or fewer ("ЖЕНЕВА, 20 июня.", "(Корр. «Вестника Азии»).")."""
        return [s for s in self.body if s.last_token - s.first_token >= _FRAGMENT_TOKENS][
            :_LEAD_SENTENCES
        ]


# --------------------------------------------------------------------------- compiled cues


_PLUS_WORDS = frozenset({"plus", "بلس", "плюс"})


def _plus_group(m: Mention, norm: str, toks: list[Token]) -> bool:
    """ "OPEC+", "أوبك بلس", "ОПЕК+": a wider group around an organisation, not the organisation."""
    if m.kind != AGREEMENT:
        return False
    if norm[m.end : m.end + 1] == "+":
        return True
    following = m.last + 1
    if not (
        following < len(toks)
        and toks[following].text in _PLUS_WORDS
        and toks[following].start - m.end <= 1
    ):
        return False
    # "l'OTAN plus tôt ce mois-ci": the French adverb, not the name of a wider group
    return not (following + 1 < len(toks) and toks[following + 1].text in _AFTER_FRENCH_PLUS)


_AFTER_FRENCH_PLUS = frozenset(
    {"tot", "tard", "de", "d", "que", "qu", "en", "jamais", "recemment", "souvent", "loin"}
)


_COMPOUND_RE = re.compile(
    r"-(?:brokered|backed|led|sponsored|based|born|made|owned|allied|aligned|friendly)\b"
)


# "المبادرة الصينية", "l'initiative chinoise", "the Chinese initiative": whose project it is.
_PROJECT_BEFORE_RE = re.compile(
    r"(?:[وف]?(?:ب|ل|ك)?ال|[وف]?لل)(?:مبادره|مشروع)$|^(?:initiative|iniciativa|projet|proyecto)$"
)
_PROJECT_AFTER_RE = re.compile(r"^(?:initiative|project|инициатив\w*|проект\w*)$")
# "a su homólogo indonesio", "to his Indonesian counterpart", "لنظيره الإندونيسي": the person a
# step is handed to
_COUNTERPART_BEFORE_RE = re.compile(r"^(?:homologos?|homologues?|[وف]?(?:ل|ب)?نظير\w*)$")
_COUNTERPART_AFTER_RE = re.compile(r"^(?:counterparts?|коллег\w*)$")
# "the Malian army", "малийская армия": soldiers take no treaty step (an adjective after its
# noun is read as qualifying it anyway)
_FORCES_AFTER_RE = re.compile(
    r"^(?:army|armies|troops|soldiers|forces|military|armed|арми\w*|войск\w*|военн\w*"
    r"|солдат\w*)$"
)


def _owner_of_a_thing(m: Mention, toks: list[Token]) -> bool:
    """A nationality that says whose initiative or project is meant, whose soldiers, or whose
    counterpart a step is handed to, names no actor."""
    return m.demonym and (
        (
            m.first > 0
            and any(
                r.search(toks[m.first - 1].text)
                for r in (_PROJECT_BEFORE_RE, _COUNTERPART_BEFORE_RE)
            )
        )
        or (
            m.last + 1 < len(toks)
            and any(
                r.match(toks[m.last + 1].text)
                for r in (_PROJECT_AFTER_RE, _FORCES_AFTER_RE, _COUNTERPART_AFTER_RE)
            )
        )
    )


# "all but Bulgaria and Romania", "sauf la Hongrie", "salvo Hungría", "кроме Венгрии", "باستثناء
# المجر": states set apart from what the others do
_EXCEPT_WORDS = frozenset(
    {"except", "excluding", "sauf", "hormis", "excepte", "salvo", "excepto", "кроме", "باستثناء"}
)
_EXCEPT_PAIRS = frozenset(
    {("all", "but"), ("other", "than"), ("l", "exception"), ("за", "исключением"), ("ما", "عدا")}
)


def _excepted_out(mentions: list[Mention], toks: list[Token]) -> list[Mention]:
    """The mentions, without the states listed after a word of exception."""
    named = {i for m in mentions if m.kind == COUNTRY for i in range(m.first, m.last + 1)}
    kept = []
    for m in mentions:
        i = m.first - 1
        while i >= 0 and (
            i in named or toks[i].text in _LIST_WORDS or toks[i].text in GENITIVE_WORDS
        ):
            i -= 1
        word = toks[i].text if i >= 0 else ""
        pair = (toks[i - 1].text, word) if i >= 1 else ("", word)
        if m.kind == COUNTRY and (word in _EXCEPT_WORDS or pair in _EXCEPT_PAIRS):
            continue
        kept.append(m)
    return kept


_MINISTRY_RE = re.compile(
    r"^(?:ministr\w*|ministere|ministerio|министерств\w*|мид|[وف]?(?:ب|ل)?(?:ال)?وزار\w*)$"
)
_PLACE_PREPOSITIONS = frozenset({"in", "at", "en", "au", "a", "dans", "в", "во", "في", "لدي"})


def _place_of_a_ministry(m: Mention, toks: list[Token]) -> bool:
    """A state named as the owner of the ministry where a step is taken: "al depositar en el
    Ministerio de Relaciones Exteriores de Francia el instrumento" (France keeps it; Mexico
    acts)."""
    if m.kind != COUNTRY:
        return False
    for i in range(m.first - 1, max(-1, m.first - 7), -1):
        if _MINISTRY_RE.match(toks[i].text):
            j = i - 1
            while j >= 0 and toks[j].text in _ARTICLES:
                j -= 1
            return j >= 0 and toks[j].text in _PLACE_PREPOSITIONS
    return False


def _compound_modifier(m: Mention, norm: str) -> bool:
    """ "the US-brokered accords", "a Russian-led bloc": a state in a compound adjective."""
    return m.kind == COUNTRY and bool(_COMPOUND_RE.match(norm, m.end))


# "for the former Yugoslavia", "pour le Rwanda", "ليوغوسلافيا السابقة": the ad hoc tribunal of a
# country's war, which Arabic and some Spanish reporting name with the court's own words
_TRIBUNAL_FOR_RE = re.compile(
    r"\s*(?:for\s+(?:the\s+)?(?:former\s+)?(?:yugoslavia|rwanda)"
    r"|pour\s+(?:l'|le\s+)?(?:ex-?\s*)?(?:yougoslavie|rwanda)"
    r"|para\s+(?:la\s+)?(?:antigua\s+|ex-?\s*)?(?:yugoslavia|ruanda|rwanda)"
    r"|по\s+(?:бывшей\s+)?(?:югославии|руанде)"
    r"|ل(?:يوغوسلافيا|رواندا))"
)


def _ad_hoc_tribunal(m: Mention, norm: str) -> bool:
    """ "المحكمة الجنائية الدولية ليوغوسلافيا السابقة": the tribunal for the former Yugoslavia
    (or Rwanda), not the court of the Rome Statute."""
    return m.kind == AGREEMENT and bool(_TRIBUNAL_FOR_RE.match(norm, m.end))


def _continent(m: Mention, norm: str, key: str) -> bool:
    """Spanish "América" is the continent ("once países de Asia-Pacífico y América"), not the
    United States, which Spanish calls by its name."""
    return key == "es" and m.kind == COUNTRY and norm[m.start : m.end] == "america"


def _most_named(mentions: list[Mention]) -> str | None:
    """The state named most often, if it is named at least twice and twice as often as any
    other."""
    counts: dict[str, int] = {}
    for m in mentions:
        if m.kind == COUNTRY:
            counts[m.key] = counts.get(m.key, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    return ranked[0][0]


def _lang_key(lang: str | None) -> str:
    if not lang:
        return "und"
    key = lang.strip().lower().replace("_", "-").split("-")[0]
    return key if key in LEXICON else "und"


def _bounded(pattern: str) -> str:
    # The leading word boundary is checked once for the whole alternation (see _cue_tables).
    tail = "" if pattern.endswith("'") else r"(?!\w)"
    return rf"(?:{pattern}){tail}"


def _is_single_word(pattern: str) -> bool:
    """True for patterns that can only match within one \\w+ token."""
    return not re.search(r"\\s|\s|'|-|\(\?<?[=!]", pattern)


@cache
def _cue_tables(key: str) -> tuple[re.Pattern[str] | None, re.Pattern[str]]:
    """Two compiled matchers: phrases, run over the text, and single words, run per token.

    Single words are most cues; matching them per distinct token (with a cache) instead of at
    every position of the text is what keeps extraction fast.
    """
    langs = LANGUAGES if key == "und" else (key,)
    multi_groups = []
    single_groups = []
    for cat in CATEGORY_ORDER:
        patterns = [p for lang in langs for p in LEXICON[lang].get(cat, ())]
        multi = [_bounded(p) for p in patterns if not _is_single_word(p)]
        single = [p for p in patterns if _is_single_word(p)]
        if multi:
            multi_groups.append(f"(?P<{cat}>{'|'.join(multi)})")
        if single:
            single_groups.append(f"(?P<{cat}>{'|'.join(single)})")
    multi_re = re.compile(rf"(?<!\w)(?:{'|'.join(multi_groups)})") if multi_groups else None
    single_re = re.compile(rf"(?:{'|'.join(single_groups)})")
    return multi_re, single_re


_word_categories: dict[str, dict[str, str | None]] = {}


def _word_category(key: str, word: str) -> str | None:
    known = _word_categories.setdefault(key, {})
    try:
        return known[word]
    except KeyError:
        match = _cue_tables(key)[1].fullmatch(word)
        category = match.lastgroup if match else None
        if len(known) < 200_000:
            known[word] = category
        return category


@cache
def _future_trigger(key: str) -> re.Pattern[str]:
    langs = LANGUAGES if key == "und" else (key,)
    return re.compile("|".join(f"(?:{FUTURE_TRIGGER[lang]})" for lang in langs))


@cache
def _infinitive_trigger(key: str) -> re.Pattern[str]:
    langs = LANGUAGES if key == "und" else (key,)
    return re.compile("|".join(f"(?:{INFINITIVE_TRIGGER[lang]})" for lang in langs))


@cache
def _decision_noun(key: str) -> re.Pattern[str]:
    langs = LANGUAGES if key == "und" else (key,)
    return re.compile("|".join(f"(?:{DECISION_NOUN[lang]})" for lang in langs))


@cache
def _nominal_trigger(key: str) -> re.Pattern[str]:
    langs = LANGUAGES if key == "und" else (key,)
    return re.compile("|".join(f"(?:{NOMINAL_TRIGGER[lang]})" for lang in langs))


# --------------------------------------------------------------------------- structure


def _split_sentences(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    cursor = start
    for match in _SENTENCE_END_RE.finditer(norm, start, end):
        stop = match.start()
        before = norm[max(cursor, stop - 12) : stop]
        word = _LAST_WORD_RE.search(before)
        if word and (
            (
                word.group(1) in _ABBREVIATIONS
                # "Sept. 15" but not "les vingt-sept. Le même jour"
                and not (word.group(1) in _MONTH_ABBREVIATIONS and not _digit_follows(norm, stop))
            )
            or (len(word.group(1)) == 1 and word.group(1).isalpha() and not before.endswith(" "))
            or _INITIALS_RE.search(before)
        ):
            continue  # "U.S.", "Dr.", "Jan." do not end a sentence
        spans.append((cursor, match.end()))
        cursor = match.end()
    if norm[cursor:end].strip():
        spans.append((cursor, end))
    return [(s, e) for s, e in spans if norm[s:e].strip()]


_DECK_LINES = 2  # lines under a headline that may be its deck
_DECK_WORDS = 30
_DECK_END_RE = re.compile(r"[.!?:\"»)]\s*$")
_HEADLINE_WORDS = 4
_BYLINE_RE = re.compile(r"(?:by|par|por|de\s+notre|от|автор|بقلم|من)\s")
_NOT_HEADLINE_RE = re.compile(r"[\d|–—]")  # a date, or parts set apart: an outlet's line


def _is_headline(text: str) -> bool:
    """A headline, not an outlet's or an archive's line: four words or more, with no digit
    and no bar or dash between parts."""
    return len(text.split()) >= _HEADLINE_WORDS and not _NOT_HEADLINE_RE.search(text)


def _that_year_pending(span: DateSpan, sentence: _Sentence, norm: str) -> bool:
    """A day or month "of that year" whose year the sentence itself does not give."""
    return of_that_year(span, norm) and not any(
        d.end <= span.start and d.resolved.derivation == Derivation.STATED.value
        for d in sentence.dates
    )


_RUBRIC_WORDS = 3  # a rubric over the headline: "БАЛКАНЫ", "MIDDLE EAST"
_RUBRIC_FURNITURE = 1  # lines of an archive or a date between a rubric and the headline


def _structure(norm: str, title_end: int, rubric: bool = False) -> list[_Sentence]:
    sentences: list[_Sentence] = []
    paragraph = 0
    for line in _LINE_RE.finditer(norm):
        if not line.group().strip():
            continue
        for s, e in _split_sentences(norm, *line.span()):
            # Trim spaces so that sentence spans hold text only.
            while s < e and norm[s].isspace():
                s += 1
            while e > s and norm[e - 1].isspace():
                e -= 1
            sentences.append(_Sentence(len(sentences), paragraph, s, e, s < title_end))
        paragraph += 1
    headline = bool(title_end) and _is_headline(norm[:title_end])
    first = 1
    # "БАЛКАНЫ" over "Босния и Герцеговина вступает в Евросоюз": the line under a rubric,
    # alone in its paragraph and with no full stop, is the headline; an archive's or a date's
    # line between them is passed over ("POLITICS" / "FROM THE ARCHIVE — Tuesday, August 1,
    # 1961" / "BRITAIN TO JOIN THE SIX")
    for candidate in sentences[1 : 2 + _RUBRIC_FURNITURE] if rubric and not headline else []:
        text = norm[candidate.start : candidate.end]
        alone = sum(1 for other in sentences if other.paragraph == candidate.paragraph) == 1
        if (
            _is_headline(text)
            and not _BYLINE_RE.match(text)
            and not _DECK_END_RE.search(text)
            and len(text.split()) <= _DECK_WORDS
            and alone
        ):
            candidate.is_title = headline = True
            first = candidate.index + 1
            break
        if not (alone and _NOT_HEADLINE_RE.search(text)):
            break
    if headline:
        # "Los dos países ibéricos se adhieren al Acuerdo de Schengen en Bonn, pero [...]": a
        # deck under the headline, a line of a few words with no full stop, is headline too
        for sentence in sentences[first : first + _DECK_LINES]:
            text = norm[sentence.start : sentence.end]
            if sentence.paragraph > _DECK_LINES + first - 1:
                break
            if not _is_headline(text) or _BYLINE_RE.match(text):
                continue  # an archive's or outlet's line, a byline: not the deck
            if (
                _DECK_END_RE.search(text)
                or len(text.split()) > _DECK_WORDS
                or sum(1 for other in sentences if other.paragraph == sentence.paragraph) > 1
            ):
                break
            sentence.is_title = True
    return sentences


# A Russian active participle: "ратифицировавшая", "подписавший", "входящая".
_RU_PARTICIPLE_RE = re.compile(
    r"[а-я]+(?:вш|ющ|ущ|ащ|ящ)(?:ий|ая|ое|ие|его|ей|ую|их|им|ими|ем|ого)\b"
)


def _participle_after_comma(clause: _Clause, toks: list[Token], norm: str) -> _Cue | None:
    """A Russian participle, or the Spanish "que", right after a comma in a clause, as a cue
    for "which"."""
    for match in itertools.chain(
        _RU_PARTICIPLE_AFTER_COMMA_RE.finditer(norm, clause.start, clause.end),
        # "Estados Unidos, que firmó el protocolo en 1998, lo rechazó en 2001"
        _QUE_AFTER_COMMA_RE.finditer(norm, clause.start, clause.end),
    ):
        index = bisect.bisect_left(toks, match.start("p"), key=lambda t: t.start)
        if index < len(toks) and toks[index].start == match.start("p"):
            word = toks[index]
            return _Cue("RELATIVE", word.start, word.end, word.text, index, index)
    return None


_RU_PARTICIPLE_AFTER_COMMA_RE = re.compile(rf",\s*(?P<p>{_RU_PARTICIPLE_RE.pattern})")
_QUE_AFTER_COMMA_RE = re.compile(r",\s*(?P<p>que)\b")


_ASIDE_RE = re.compile(
    r",\s*(?:в\s+частности|в\s+том\s+числе|например|in\s+particular|for\s+example|notamment"
    r"|par\s+exemple|en\s+particular|por\s+ejemplo)\s*"
)


def _clauses(sentence: _Sentence, norm: str, toks: list[Token]) -> list[_Clause]:
    cuts = {sentence.start, sentence.end}
    for match in _CLAUSE_PUNCT_RE.finditer(norm, sentence.start, sentence.end):
        cuts.add(match.start())
    # "её подписали, в частности, Советский Союз и Китай": an aside between commas parts no
    # clauses
    for a, b in pairwise(sorted(cuts)):
        if _ASIDE_RE.fullmatch(norm, a, b) and a != sentence.start and b != sentence.end:
            cuts -= {a, b}
        elif (
            norm[a : a + 1] == norm[b : b + 1] == '"'
            and len(_WORD_RE.findall(norm, a, b)) <= _QUOTED_WORDS
            and not _QUOTED_SPEECH_RE.search(norm, sentence.start, a)
            and any(c.cat in ACTIONS and a < c.start < b for c in sentence.cues)
        ):
            # "la France ne « rejoint » pas l'OTAN": a step's word in quotes parts no clauses
            cuts -= {a, b}
    for cue in sentence.cues:
        if cue.cat in ("CLAUSE_WORD", "RELATIVE"):
            cuts.add(cue.start)
    bounds = sorted(cuts)
    clauses = []
    relatives = {c.start: c for c in sentence.cues if c.cat == "RELATIVE"}
    for a, b in pairwise(bounds):
        text = norm[a:b]
        if not _WORD_RE.search(text):
            continue
        lead = len(text) - len(text.lstrip(' ,;:()"[]-'))
        relative = relatives.get(a + lead)
        occasion = bool(
            relative
            and relative.first > 0
            and (
                _OCCASION_NOUN_RE.match(toks[relative.first - 1].text)
                # "الوزراء الذين اجتمعوا في بغداد أواخر آذار خرجوا بقرارات", "the ministers who
                # met in Baghdad in late March": the meeting's day is its decisions'
                or any(
                    _GATHERED_RE.match(toks[i].text)
                    for i in range(relative.last + 1, min(len(toks), relative.last + 4))
                    if toks[i].start < b
                )
            )
        )
        clauses.append(_Clause(a, b, relative is not None, occasion))
    # A clause that is only a list item ("the UAE," in "the UAE, Bahrain and Morocco joined")
    # belongs with the next one.
    merged: list[_Clause] = []
    pending: _Clause | None = None
    for i, clause in enumerate(clauses):
        if pending is not None:
            clause = _Clause(pending.start, clause.end, pending.relative)
            pending = None
        if (
            _is_list_item(clause, sentence, toks)
            and i + 1 < len(clauses)
            and not _relative_without_step(clauses, i + 1, sentence, toks)
            # "India, | Pakistan and Brazil, | while North Korea, which acceded": the list
            # ends where a new clause opens
            and not any(
                c.cat == "CLAUSE_WORD" and c.start == clauses[i + 1].start for c in sentence.cues
            )
        ):
            pending = clause
            continue
        if merged and _continues_list(merged[-1], clause, sentence, norm):
            # "the ministers of Poland, | the Czech Republic and Hungary handed...": one list
            clause = _Clause(merged[-1].start, clause.end, merged[-1].relative)
            merged.pop()
        merged.append(clause)
    if pending is not None:
        merged.append(pending)
    return merged


# A meeting at which a step is taken: "summit", "réunion", "сессия", "اجتماعهم".
_OCCASION_NOUN_RE = re.compile(
    r"(?:summit|meeting|session|conference|sommet|reunion|cumbre|sesion"
    r"|conferencia|саммит\w*|заседани\w*|сесси\w*|конференци\w*|встреч\w*"
    r"|[وف]?(?:ب|ل)?(?:ال)?(?:قمه|قمت|اجتماع|جلسه|جلست|موتمر|دوره|دورت)(?:ه|ها|هم|هما)?)s?$"
)


def _relative_without_step(
    clauses: list[_Clause], i: int, sentence: _Sentence, toks: list[Token]
) -> bool:
    """Whether clause ``i`` is a relative one about something other than a step, closed by
    the main verb: "Norway, which launched the process in February of last year, signed
    first"."""
    clause = clauses[i]
    if not clause.relative or i + 1 >= len(clauses):
        return False
    if any(c.cat in _STEP_CATS and clause.start <= c.start < clause.end for c in sentence.cues):
        # a relative clause that tells a step has its own day for the step the sentence goes
        # on to tell ("Mexico, which deposited its instrument on March 31, was the first")
        return False
    after = clauses[i + 1]
    first = next(
        (
            k
            for k in range(sentence.first_token, sentence.last_token + 1)
            if toks[k].start >= after.start
        ),
        None,
    )
    verb = next((c for c in sentence.cues if c.cat in ACTIONS and after.start <= c.start), None)
    # the verb opens the clause, or follows an auxiliary or two ("has since joined")
    return bool(first is not None and verb and verb.first <= first + 2)


def _continues_list(before: _Clause, clause: _Clause, sentence: _Sentence, norm: str) -> bool:
    """Whether a clause cut at a comma goes on with the list of states the clause before ends
    with: "министры Польши, | Чехии и Венгрии"."""
    if norm[clause.start : clause.start + 1] != ",":
        return False
    countries = [m for m in sentence.mentions if m.kind == COUNTRY]
    ends = any(
        before.start <= m.start <= m.end <= clause.start and not norm[m.end : clause.start].strip()
        for m in countries
    )
    if not ends:
        return False
    start = (
        clause.start
        + 1
        + len(norm[clause.start + 1 : clause.end])
        - len(norm[clause.start + 1 : clause.end].lstrip())
    )
    return any(
        m.start == start or (m.start > start and norm[start : m.start].strip() in _LIST_WORDS)
        for m in countries
    )


def _is_list_item(clause: _Clause, sentence: _Sentence, toks: list[Token]) -> bool:
    covered: set[int] = set()
    has_country = False
    for m in sentence.mentions:
        if m.kind == COUNTRY and clause.start <= m.start < clause.end:
            covered.update(range(m.first, m.last + 1))
            has_country = True
    if not has_country:
        return False
    for i in range(sentence.first_token, sentence.last_token + 1):
        t = toks[i]
        if t.start < clause.start:
            continue
        if t.start >= clause.end:
            break
        if i not in covered and t.text not in _LIST_WORDS:
            return False
    return True


# --------------------------------------------------------------------------- the extractor


def extract(
    text: str,
    *,
    gazetteer: Gazetteer,
    lang: str | None = None,
    published: datetime.date | None = None,
    title: str | None = None,
) -> list[Candidate]:
    """Find claims about states and agreements in one article's text.

    ``text`` is the cleaned body (see :func:`ingest.clean.clean_article`); ``title`` the headline,
    used as weaker evidence than the body. ``lang`` selects the cue words (guessed from the text
    when None); ``published`` resolves relative dates and dates events that state none.
    Returns one candidate per (country, agreement, kind), in order of first mention.
    """
    if lang is None:
        lang = detect_language(f"{title or ''}\n{text}")
    key = _lang_key(lang)
    title = (title or "").replace("\n", " ").strip()
    document = f"{title}\n\n{text}" if title else text
    title_end = len(title) if title else 0
    norm, offsets = normalize_with_offsets(document)
    rubric = title.isupper() and len(title.split()) <= _RUBRIC_WORDS
    sentences = _structure(norm, title_end, rubric)
    # Most of a page names no agreement and points back at none: only the sentences that may,
    # and those before them in their paragraph (an event's date may be given in an earlier
    # sentence), are tokenised and searched for names.
    hints = _hint_re(key)
    pointing: set[int] = set()
    for match in hints.finditer(norm):
        if (owner := _owner(sentences, match.start())) is not None:
            pointing.add(owner.index)
    last_wanted: dict[int, int] = {}
    # the sentence after one that may name an agreement may say which instrument made a state a
    # party, list the states counted or tell of a notice (see _instrument_told_next)
    next_ones: set[int] = set()
    for sentence in sentences:
        if sentence.index in pointing or gazetteer.may_name_agreement(
            set(_WORD_RE.findall(norm, sentence.start, sentence.end))
        ):
            last_wanted[sentence.paragraph] = sentence.index
            next_ones.add(sentence.index + 1)
    # the lead may date the headline's news, and the sentences after it the lead's own news
    # (see _lead_date and _following_date)
    for sentence in [s for s in sentences if not s.is_title][: _LEAD_SENTENCES + 1]:
        last_wanted[sentence.paragraph] = max(
            sentence.index, last_wanted.get(sentence.paragraph, -1)
        )
    # A paragraph that names an agreement, and the one after it, may go on about it without
    # naming it again ("Britain applied to join in February 2021"): their sentences that state
    # a year are read too (a step read into an agreement named before must be dated; see
    # _ZERO_REACH).
    named_paragraphs = {
        p for p in last_wanted if not (p == sentences[0].paragraph and sentences[0].is_title)
    }
    extra = next_ones | {
        sentence.index
        for sentence in sentences
        if (sentence.paragraph in named_paragraphs or sentence.paragraph - 1 in named_paragraphs)
        and sentence.index > last_wanted.get(sentence.paragraph, -1)
        and _YEAR_RE.search(norm, sentence.start, sentence.end)
    }
    # "Ten countries ratified on Thursday." may be followed by the list of the ten (see
    # _counted_states)
    # (or names some of them and counts the rest: "Britain and seventeen other countries"),
    # and its members named in the sentences after (see _join_groups)
    for match in itertools.chain(_COUNTED_RE.finditer(norm), _OTHERS_COUNTED_RE.finditer(norm)):
        owner = _owner(sentences, match.start())
        if owner is not None and owner.index <= last_wanted.get(owner.paragraph, -1):
            extra.update(range(owner.index + 1, owner.index + 1 + _GROUP_REACH))
    spans: list[tuple[int, int]] = []
    for sentence in sentences:
        if sentence.index > last_wanted.get(sentence.paragraph, -1) and sentence.index not in extra:
            continue
        if spans and spans[-1][1] >= sentence.start - 1:
            spans[-1] = (spans[-1][0], sentence.end)
        else:
            spans.append((sentence.start, sentence.end))
    toks = tokenize(norm, document, offsets, spans)
    token_starts = [t.start for t in toks]
    mentions = [
        m
        for m in gazetteer.find(toks)
        if not _plus_group(m, norm, toks)
        and not _compound_modifier(m, norm)
        and not _owner_of_a_thing(m, toks)
        and not _dateline_country(m, norm)
        and not _place_of_a_ministry(m, toks)
        and not _ad_hoc_tribunal(m, norm)
        and not _continent(m, norm, key)
    ]
    mentions = _excepted_out(mentions, toks)
    mentions = _parties_in_lists(mentions, toks, norm, gazetteer.countries)
    mentions = _capitals_acting(mentions, toks, key, norm)
    _distribute(sentences, token_starts, mentions)
    if not gazetteer.countries.isdisjoint(_PARTIES.values()):
        for sentence in sentences:
            if sentence.mentions:
                sentence.mentions = _parties_acting(
                    sentence.mentions, toks, token_starts, key, gazetteer.agreement_kinds, norm
                )
    date_lang = key if key != "und" else None
    # "WASHINGTON, 18. — Grecia y Turquía ingresaron hoy": a wire dispatch dated by its day
    # alone, the day before the paper came out; "hoy" and "ayer" are the dispatch's
    dispatched = _dispatch_day(document, title_end, published)
    # "UNITED NATIONS, Nov. 16 — Guyana today became": today is the dateline's day
    dateline_today = None if dispatched else _dateline_day(norm, date_lang, published)

    def _today_as_dateline(resolved: ResolvedDate) -> ResolvedDate:
        if (
            dateline_today is not None
            and resolved.date == published
            and resolved.precision == Precision.DAY.value
            and resolved.derivation == Derivation.RELATIVE.value
        ):
            return replace(resolved, date=dateline_today)
        return resolved

    def analyse(sentence: _Sentence, full: bool = False) -> None:
        """Cues of one sentence, and its dates and clauses if it has a step to read (or
        ``full``), found the first time they are needed."""
        if not sentence.analysed:
            sentence.analysed = True
            sentence.cues = _find_cues(norm, key, toks, token_starts, sentence)
        if sentence.detailed or not (full or any(c.cat in _DETAILED_CATS for c in sentence.cues)):
            return
        sentence.detailed = True
        start = sentence.start
        sentence.dates = [
            span
            for d in scan_dates(
                norm[start : sentence.end], lang=date_lang, published=dispatched or published
            )
            if not _is_dateline(
                span := DateSpan(d.start + start, d.end + start, _today_as_dateline(d.resolved)),
                norm,
            )
        ]
        sentence.clauses = _clauses(sentence, norm, toks)
        if any(_that_year_pending(d, sentence, norm) for d in sentence.dates):
            # "Ucrania se sumó en noviembre de ese año": the year the sentence before gave
            for other in reversed(sentences[: sentence.index]):
                if other.paragraph != sentence.paragraph or other.is_title:
                    break
                analyse(other, True)
                stated = [
                    d for d in other.dates if d.resolved.derivation == Derivation.STATED.value
                ]
                if stated:
                    year = stated[-1].resolved.date.year
                    sentence.dates = [
                        in_that_year(d, year, norm) if _that_year_pending(d, sentence, norm) else d
                        for d in sentence.dates
                    ]
                    break

    # Of those, only the sentences that name an agreement or may point back at one (or state
    # when a withdrawal takes effect) are read closely, and the sentences before them when
    # their dates are needed.
    hinted = pointing | {s.index for s in sentences if any(m.kind == AGREEMENT for m in s.mentions)}
    # Normalising with Israel is joining the Abraham Accords in an article that names them.
    normalising_with = (
        _ABRAHAM if any(m.kind == AGREEMENT and m.key == _ABRAHAM for m in mentions) else None
    )

    title_key = _plain(norm[:title_end]) if title else None
    raws: list[_Raw] = []
    last_agreement: str | None = None
    article = _Article(
        sentences,
        toks,
        norm,
        _future_trigger(key),
        _nominal_trigger(key),
        _infinitive_trigger(key),
        published,
        dict(gazetteer.agreement_kinds),
        analyse,
        key,
        joined_on_entry=gazetteer.joined_on_entry,
        dateline=dispatched or dateline_today,
        founded=gazetteer.founded,
    )
    recent = article.recent
    if sentences and sentences[0].is_title:
        in_title = {m.key for m in sentences[0].mentions if m.kind == COUNTRY}
        if len(in_title) == 1:
            article.focus = in_title.pop()
    if article.focus is None:
        # "the government ... announced that the country was leaving": with no state in the
        # headline, the state the article names most, if one stands out
        article.focus = _most_named(mentions)
    named_at = -_ZERO_REACH - 1  # the sentence that last named (or acted on) an agreement
    for sentence in sentences:
        zero = (
            last_agreement is not None
            and not sentence.is_title
            # a sentence listing the states of a step told before goes on about its agreement
            and sentence.index - max(named_at, article.listed_at) <= _ZERO_REACH
            and any(m.kind == COUNTRY for m in sentence.mentions)
        )
        if sentence.index not in hinted and not zero:
            continue
        produced = len(raws)
        zero_anaphora = pronoun_anaphora = False
        analyse(sentence)
        mentioned = [
            m
            for m in sentence.mentions
            if m.kind == AGREEMENT and not _modifier(m, sentence, toks, gazetteer.agreement_kinds)
        ]
        named = [
            m
            for m in mentioned
            if not _describes_members(m, sentence, toks) and not _occasion(m, toks)
        ]
        if (
            not sentence.is_title
            and title_key
            and _plain(norm[sentence.start : sentence.end]) == title_key
        ):
            continue  # the headline repeated at the top of the body
        quote = document[offsets[sentence.start] : offsets[sentence.end - 1] + 1].strip()
        if zero and not named and last_agreement is not None:
            # "L'Éthiopie, le Ghana [...] figurent parmi la trentaine de pays signataires": the
            # states said to be among the signatories of the agreement just named
            among = _among_signatories(sentence, article, last_agreement, quote)
            if among:
                raws.extend(among)
                named_at = sentence.index
                continue
        if zero and not named and not any(c.cat in ACTIONS for c in sentence.cues):
            # "He was followed during the day by Britain, France and Germany": the states after
            # "followed" took the step the sentence before told
            followers = (
                _followers(sentence, raws, article, quote)
                or _preceders(sentence, raws, article, quote)
                or _did_likewise(sentence, raws, article, quote)
            )
            if followers:
                raws.extend(followers)
                named_at = sentence.index
                continue
        effective = (
            []
            if sentence.is_title
            else _effective_withdrawal(sentence, raws, quote, norm, key, published)
        )
        if effective:
            raws.extend(effective)
            continue
        anaphoric = pointed = False
        steps = [c for c in sentence.cues if c.cat in ACTIONS]
        if steps and (
            (
                all(_points_back(c, toks, article) or _to_it(c, toks) for c in steps)
                and _names_an_unknown_body(sentence, toks)
            )
            or (not named and any(_object_outside(c, sentence, toks) for c in steps))
        ):
            # "входят в объединение ГУАМ; Узбекистан [...] присоединится к нему", "التي تقدمت
            # بطلب الانضمام إلى الغات": the step is about a body outside the catalogue that the
            # sentence names, not the one before
            continue
        if not named:
            generics = [
                c for c in sentence.cues if c.cat == "GENERIC" and not _qualified(c, toks, key)
            ]
            described = [m for m in mentioned if not _occasion(m, toks)]
            # an organisation named only to describe states ("Hungary, the first EU member to
            # sign such a document, did so in 2015") is not what a pronoun or a bare step of
            # the same sentence points back at: the agreement before it is
            before = (_antecedent(None, recent, article) or last_agreement) if described else None
            if described:
                last_agreement = described[-1].key  # named only to describe states
                recent.extend(m.key for m in described)
            if (
                normalising_with
                and any(c.cat == "NORMALISE" for c in sentence.cues)
                and any(m.kind == COUNTRY and m.key == "IL" for m in sentence.mentions)
            ):
                last_agreement = normalising_with
                anaphoric = True
            elif not generics and last_agreement and _pronoun_applies(sentence, toks):
                # "Il s'applique désormais à l'Australie, à Brunei...": "it" is the treaty
                last_agreement = before or _antecedent(None, recent, article) or last_agreement
                anaphoric = True
            elif zero and any(
                (c.cat == "REFUSE" and _VOTE_AGAINST_RE.search(c.text))
                # "From this day its obligations become legally binding for Russia, Japan..."
                or (c.cat == "EIF" and _BINDING_RE.search(c.text))
                for c in sentence.cues
            ):
                # "Les Pays-Bas ont voté contre": against the text whose adoption was just told
                anaphoric = True
            elif (
                not generics
                and zero
                and any(
                    c.cat in _ZERO_CATS and _points_back(c, toks, article) for c in sentence.cues
                )
            ):
                # "L'Autriche, la Finlande et la Suède y sont entrées dimanche", "ratified it
                # on Monday": a pronoun names the agreement just named as the step's object (a
                # treaty or accord for "it")
                last_agreement = (
                    before
                    or _named_just_before(sentence, article)
                    or _antecedent(None, recent, article)
                    or last_agreement
                )
                anaphoric = pronoun_anaphora = True
            elif not generics and zero and any(c.cat in _ZERO_CATS for c in sentence.cues):
                # "Britain applied to join in February 2021": the agreement just named
                last_agreement = before or last_agreement
                anaphoric = zero_anaphora = True
            elif not (generics and last_agreement):
                continue
            else:
                # "the agreement" points back at the last treaty or accord named, "the bloc"
                # at the last organisation, even if another kind was named since.
                found = _antecedent(generics[0], recent, article)
                if found is None and _STATUTE_WORD_RE.search(generics[0].text):
                    continue  # "النظام" where no statute was named: not the body named before
                last_agreement = found or last_agreement
                anaphoric = pointed = True
        withdrawing = any(c.cat == "WITHDRAW" for c in sentence.cues)
        for trigger in sentence.cues:
            if trigger.cat not in ACTIONS:
                continue
            if trigger.cat == "EIF" and withdrawing:
                continue  # "the withdrawal enters into force on...": the date of the withdrawal
            ranked = _ordinal_restatement(trigger, sentence, toks)
            if ranked and len(raws) > produced:
                # "signed the Pact of the Arab League on Saturday, becoming its seventh member":
                # an organisation's charter signed into membership is the state's joining
                raws[produced:] = [
                    replace(r, kind=EventKind.JOINED.value)
                    if r.kind == EventKind.SIGNED.value
                    and not r.background
                    and article.agreement_kinds.get(r.agreement) == AgreementKind.ORGANISATION.value
                    else r
                    for r in raws[produced:]
                ]
                continue  # "signed the accords on Thursday, becoming the 17th country to join"
            if _SIGNATORY_PARTICIPLE_RE.match(trigger.text) and (
                trigger.last + 1 <= sentence.last_token
                and _STATE_WORD_RE.match(toks[trigger.last + 1].text)
            ):
                continue  # "накладывает на подписавшие страны": the signatories in general
            told = _claims_for_trigger(
                trigger,
                sentence,
                named,
                last_agreement if anaphoric else None,
                article,
                quote,
                context_agreement=last_agreement,
            )
            if ranked:
                # "El país se convierte en el cuarto Estado árabe que se suma": a rank, which
                # _merge drops where the article tells the step itself
                told = [replace(r, ranked=True) for r in told]
            raws.extend(told)
        _date_from_companions(raws, produced, sentence, article)
        _in_footsteps(raws, produced, sentence, article)
        refused = {
            (r.country, r.agreement)
            for r in raws[produced:]
            if r.kind == StanceKind.REFUSES.value and not r.background
        }
        if refused:
            # "أعلنت الأرجنتين رفضها الانضمام [...] أن الوقت ليس مناسباً لعضوية بلاده": the
            # sentence that tells a state's refusal tells no wish of it to join
            raws[produced:] = [
                r
                for r in raws[produced:]
                if (r.country, r.agreement) not in refused or r.kind not in _WISH_KINDS
            ]
        unsigned = {
            (r.country, r.agreement, r.date)
            for r in raws[produced:]
            if r.kind == EventKind.WITHDRAWAL_NOTIFIED.value
        }
        if unsigned:
            # "notified [...] that it does not intend to become a party and has no obligations
            # arising from its signature": the signature named is the one taken back, on no
            # day of the notice's
            raws[produced:] = [
                r
                for r in raws[produced:]
                if (r.country, r.agreement, r.date) not in unsigned
                or r.kind not in _WISH_KINDS | {EventKind.SIGNED.value}
            ]
        counted = [r for r in raws[produced:] if r.country == _GROUP]
        if counted:
            raws[produced:] = [r for r in raws[produced:] if r.country != _GROUP]
            article.groups.extend(r for r in counted if not r.background)
        if not zero_anaphora and article.groups:
            # "Seven countries became members of NATO on Monday. ¶ The prime ministers of
            # Bulgaria, Estonia [...] deposited their instruments of accession": with no day of
            # its own, the members' part in the step the group took
            _join_groups(raws, produced, sentence, article, named=True)
        if zero_anaphora:
            # a step read into the agreement just named is kept only as a recalled fact that
            # the sentence dates ("Rwanda, which joined in 2009"), as the deposit of an
            # instrument, which can be of nothing else ("China's ambassador deposited the
            # instrument of accession on Monday"), as the step the sentence before told,
            # taken "also" ("X signed the statute on Sunday. Israel and Iran also signed"),
            # or as a member's part in a step just told of a group of states counted
            # ("Sixty-seven countries signed the treaty on Monday. ¶ Norway signed first")
            deposited = any(
                c.cat == "DEPOSIT"
                # "lodged its approval": a deposit read as one phrase with its instrument
                or (c.cat == "ACCEPT" and _word_category(key, toks[c.first].text) == "DEPOSIT")
                for c in sentence.cues
            )
            _join_groups(raws, produced, sentence, article)
            among = _AMONG_STATES_RE.match(norm, sentence.start) is not None
            also = _ALSO_RE.search(norm, sentence.start, sentence.end)
            # "at the same ceremony": at that of a step told before, not only just before
            occasion = also is not None and also.group("occasion") is not None
            just_told = (
                {
                    (r.agreement, r.kind)
                    for r in raws[:produced]
                    # "Among the countries that signed on Friday were ...": the states named
                    # as those that took a step the article told
                    if (among or occasion or r.sentence == sentence.index - 1) and not r.background
                }
                if among or also
                else set()
            )
            raws[produced:] = [
                r
                for r in raws[produced:]
                # ("ont été admises le 14 mai dernier": a past day told relative to the paper)
                if (
                    r.background
                    and r.derivation in (Derivation.STATED.value, Derivation.RELATIVE.value)
                )
                or (deposited and r.kind in _DEPOSITED_KINDS)
                or (not r.background and (r.agreement, r.kind) in just_told)
                or r.grouped
                # "Russia signed the treaty on Tuesday. ¶ Israel signed on Wednesday.": the same
                # step, told of another state with a day of its own, in a sentence of few words
                or (
                    not r.background
                    and r.derivation in (Derivation.STATED.value, Derivation.RELATIVE.value)
                    and sentence.last_token - sentence.first_token < _BARE_STEP_WORDS
                    and any(
                        not t.background
                        and (t.agreement, t.kind) == (r.agreement, r.kind)
                        and t.country != r.country
                        and sentence.index - t.sentence <= _BARE_STEP_REACH
                        for t in raws[:produced]
                    )
                )
            ]
            # a step read into the agreement just named and dated only relative to the paper
            # ("ont été admises le 14 mai dernier") is right less often: it says so
            raws[produced:] = [
                replace(r, confidence=min(r.confidence, _UNNAMED_RELATIVE_CONFIDENCE))
                if r.background and r.derivation == Derivation.RELATIVE.value
                else r
                for r in raws[produced:]
            ]
            if among:
                # "Среди подписавших — Соединенные Штаты, Китай...": with no day of their own,
                # the states listed took the step on the day it was told
                _take_told_days(
                    raws, produced, raws[:produced], lambda r, state=None: (r.agreement, r.kind)
                )
        if pronoun_anaphora:
            # a step read into the agreement a pronoun points back at is kept only when the
            # sentence dates it ("y sont entrées dimanche"), or as the founding of a body just
            # founded ("Entre sus miembros fundadores figuran": see _founding_news)
            raws[produced:] = [
                r
                for r in raws[produced:]
                if r.derivation in (Derivation.STATED.value, Derivation.RELATIVE.value)
                or (r.kind == EventKind.JOINED.value and r.date == article.founded.get(r.agreement))
            ]
        acting = tuple(dict.fromkeys(r.country for r in raws[produced:] if not r.background))
        if acting:
            article.last_actors = acting
        if len(acting) == 1:
            article.focus = acting[0]
        if named or raws[produced:] or pointed:
            # "وليست المالديف أول دولة تدير ظهرها للرابطة. فقد انسحبت غامبيا في أكتوبر 2013":
            # the body a common noun has just pointed back at is the one the next step is about
            named_at = sentence.index
        # an organisation named as an occasion ("on the eve of the G20 summit") is no
        # antecedent: "Beijing deposited its ratification" is of the treaty named before
        mentioned = [m for m in mentioned if m in named or not _occasion(m, toks)]
        if mentioned:
            if named or not (anaphoric and before):
                # (a sentence whose step was read into the agreement before the one it names
                # to describe states goes on about that agreement)
                # A body named after "with" is the other party to talks or a pact ("el
                # acuerdo con la Unión Europea"): the steps told next are not about it.
                told = named or mentioned
                about = [m for m in told if not _partner_of_talks(m, sentence)] or told
                last_agreement = about[-1].key
            recent.extend(m.key for m in mentioned if m not in named)
            recent.extend(m.key for m in named)
    # "Saudi Arabia joins the SCO" over a body that grants it dialogue-partner status
    partnered = _named_in_body(
        sentences, lambda sentence: any(c.cat == "PARTNER" for c in sentence.cues)
    )
    # "Gambia rejoins the ICC" over a body that tells its withdrawal cancelled: it never left
    # "Sarkozy annonce le retour de la France dans l'OTAN" over "la France ne « rejoint » pas
    # l'OTAN : elle en est membre fondateur": the body says there was no joining
    stayed = _named_in_body(
        sentences, lambda sentence: sentence.index in article.undone | article.denied
    )
    _redate_from_followers(raws, article)
    intending = _only_intending(raws, sentences, article)
    raws = [r for r in raws if not (r.is_title and not r.background and r.country in intending)]
    # (and the headline that over-claims it: "Армения вступила в МУС")
    voted = {(r.country, r.agreement) for r in raws if _vote_before_deposit(r, article)}
    raws = [
        r
        for r in raws
        if (r.country, r.agreement) not in voted
        or r.background
        or not (r.is_title or r.kind == EventKind.RATIFIED.value)
    ]
    _date_in_turn(raws, article)
    _recalled_in_the_past(raws, published)
    _returns_after_exits(raws)
    # "Армения выходит из ОДКБ?": a question tells nothing
    asked = {s.index for s in sentences if _QUESTION_RE.search(norm, s.start, s.end)}
    raws = [
        _as_founded(_as_then_named(r), gazetteer.founded)
        for r in raws
        if not _before_it_existed(r, gazetteer)
        and r.sentence not in asked
        # "Filipinas y China firmaron un memorando sobre la Franja y la Ruta": China is the
        # initiative's counterpart, not a participant
        and gazetteer.counterparts.get(r.agreement) != r.country
    ]
    modes = (gazetteer.joined_by_signing, gazetteer.joined_on_entry)
    raws = [_as_recorded(r, *modes) for r in raws]
    candidates = _merge(raws, partnered, stayed)
    told = {(c.country, c.agreement, c.kind) for c in candidates}
    for added in _in_force_for_parties(candidates, article):
        added = _as_recorded(added, *modes)
        if (added.country, added.agreement, added.kind) not in told:
            told.add((added.country, added.agreement, added.kind))
            candidates.append(added)
    return candidates


# A sentence that ends in a question mark (and perhaps a closing quote or bracket).
_QUESTION_RE = re.compile(r"[?؟][\s\"'»”)\]]*\Z")


def _before_it_existed(raw: _Raw, gazetteer: Gazetteer) -> bool:
    """A step (not a stance or a plan) dated wholly before its text was adopted: "لتصبحا
    الدولتين العربيتين الثالثة والرابعة [...] بعد مصر عام 1979 والأردن عام 1994" tells of peace
    treaties, not of the Abraham Accords of 2020. Not for an organisation, which may go by the
    name of the body it succeeded (the OAU for the African Union)."""
    first = gazetteer.since.get(raw.agreement)
    return (
        first is not None
        and gazetteer.agreement_kinds.get(raw.agreement) != AgreementKind.ORGANISATION.value
        and raw.date is not None
        and raw.precision is not None
        and raw.kind in _DATED_STEP_KINDS
        and _period_end(raw.date, raw.precision) < first
    )


# A state that succeeded another, with the day it took over: "Moscow signed in 1968", "Russia
# joined the UN in 1945" are steps of the Soviet Union.
_SUCCESSORS = {"RU": ("SU", datetime.date(1991, 12, 26))}


def _as_then_named(raw: _Raw) -> _Raw:
    """A step of a state dated wholly before it took over from the one it succeeded is that
    state's."""
    if raw.country not in _SUCCESSORS or raw.date is None or raw.precision is None:
        return raw
    before, since = _SUCCESSORS[raw.country]
    if _period_end(raw.date, raw.precision) < since:
        return replace(raw, country=before)
    return raw


def _as_founded(raw: _Raw, founded: Mapping[str, datetime.date]) -> _Raw:
    """A signature of an organisation's charter on the day it was founded, where the database
    records its founders joining that day, is a founder's joining: "Президенты Армении,
    Белоруссии [...] в понедельник в Кишинёве подписали Устав ОДКБ"."""
    if (
        raw.kind == EventKind.SIGNED.value
        and raw.precision == Precision.DAY.value
        and raw.date is not None
        and founded.get(raw.agreement) == raw.date
    ):
        return replace(raw, kind=EventKind.JOINED.value)
    return raw


_JOINING_KINDS = frozenset({EventKind.JOINED.value, EventKind.ACCEDED.value})
# A state's wish or plan to join.
_WISH_KINDS = frozenset(
    {
        EventKind.ANNOUNCED_JOINING.value,
        EventKind.ANNOUNCED_INTENT.value,
        StanceKind.CONSIDERING.value,
    }
)
_ClaimT = TypeVar("_ClaimT", "_Raw", Candidate)
# Steps that cannot come before their agreement: every event but a plan to join.
_DATED_STEP_KINDS = frozenset({k.value for k in EventKind} - _WISH_KINDS)


def _as_recorded(
    claim: _ClaimT, joined_by_signing: frozenset[str], joined_on_entry: frozenset[str]
) -> _ClaimT:
    """A claim named the way the database records joining its agreement (see
    ``agreements.selectors.gazetteer_join_modes``): joining an agreement joined by signing is
    its signature ("Perú se adhirió a los Acuerdos Artemisa"), and a treaty joined when it
    starts to apply is joined on its entry into force for a state ("El Convenio de Schengen
    entró en vigor para España y Portugal")."""
    if claim.kind in _JOINING_KINDS and claim.agreement in joined_by_signing:
        return replace(claim, kind=EventKind.SIGNED.value)
    if claim.kind == EventKind.ENTERED_INTO_FORCE.value and claim.agreement in joined_on_entry:
        return replace(claim, kind=EventKind.JOINED.value)
    return claim


# Steps that make a state a party to a treaty once it is in force.
_BECOME_PARTY = frozenset(
    {EventKind.RATIFIED.value, EventKind.ACCEDED.value, EventKind.ACCEPTED_APPROVED.value}
)


_INTENDING_CATS = frozenset({"INTENT", "FUTURE", "SCHEDULED", "EXPECT", "CONSIDER"})


# A common noun for a body, then its name in capitals: "объединение ГУАМ", "the grouping
# GUAM", "el bloque SICA", "تجمع الساحل"
_BODY_NOUN_RE = re.compile(
    r"(?:объединени\w*|организаци\w*|союз\w*|блок\w*|группировк\w*|groups?|grouping|blocs?"
    r"|alliance|organi[sz]ation|groupe(?:ment)?|organisation|agrupacion|grupo|bloque|alianza"
    r"|organizacion|[وف]?(?:ب|ل)?(?:ال)?(?:تكتل|مجموعه|منظمه|تجمع|تحالف))$"
)
_ACRONYM_RE = re.compile(r"[A-ZА-ЯЁ]{2,8}")


_RUSSIAN_TO_IT = frozenset({"к", "в", "во", "из"})
_RUSSIAN_IT = frozenset({"нему", "неи", "него", "нее", "ним"})


def _to_it(cue: _Cue, toks: list[Token]) -> bool:
    """Whether a Russian step's object is a pronoun after its preposition: "присоединится к
    нему", "вступит в него"."""
    i = cue.last + 1
    return i + 1 < len(toks) and toks[i].text in _RUSSIAN_TO_IT and toks[i + 1].text in _RUSSIAN_IT


# Bodies outside the catalogue that news names beside those in it: the GATT, EFTA, GUAM
_OUTSIDE_BODY_RE = re.compile(
    r"(?:[وف]?(?:ب|ل|لل)?(?:ال)?(?:غات|جات)|gatt|гатт|efta|aele|ефта|эфта|еаст|guam|гуам)$"
)
_OUTSIDE_OBJECT_REACH = 3  # tokens from a step to the name of what it is about: "to join the GATT"
_OBJECT_SKIP = frozenset(
    {"to", "the", "in", "into", "join", "a", "au", "l", "le", "la", "del", "al", "el", "en"}
    | {"к", "в", "во", "الي", "في", "join", "adherer", "rejoindre", "ingresar", "adherirse"}
)


def _object_outside(cue: _Cue, sentence: _Sentence, toks: list[Token]) -> bool:
    """Whether a step is about a body outside the catalogue, named right after it ("applied to
    join the GATT", "بطلب الانضمام إلى الغات", "вступить в ГАТТ")."""
    named = {
        i for m in sentence.mentions if m.kind == AGREEMENT for i in range(m.first, m.last + 1)
    }
    for i in range(cue.last + 1, min(sentence.last_token, cue.last + _OUTSIDE_OBJECT_REACH) + 1):
        if i in named:
            return False
        if _OUTSIDE_BODY_RE.match(toks[i].text):
            return True
        if (
            # "присоединиться к объединению ГУАМ": a body's noun, then its acronym
            _BODY_NOUN_RE.match(toks[i].text)
            and i + 1 <= sentence.last_token
            and i + 1 not in named
            and _ACRONYM_RE.fullmatch(toks[i + 1].original)
        ):
            return True
        if toks[i].text not in _OBJECT_SKIP:
            return False
    return False


def _names_an_unknown_body(sentence: _Sentence, toks: list[Token]) -> bool:
    """Whether the sentence names a body outside the catalogue by its acronym after a common
    noun ("объединение ГУАМ", "the GUAM grouping"), which a pronoun may then stand for."""
    # (a country's name in capitals after the noun is the body's: "объединение ГУАМ" is not
    # Guam)
    named = {
        i for m in sentence.mentions if m.kind == AGREEMENT for i in range(m.first, m.last + 1)
    }
    for i in range(sentence.first_token, sentence.last_token):
        if not _BODY_NOUN_RE.match(toks[i].text):
            continue
        for j in (i + 1, i - 1):
            if (
                sentence.first_token <= j <= sentence.last_token
                and j not in named
                and _ACRONYM_RE.fullmatch(toks[j].original)
            ):
                return True
    return False


_AFTER_REACH = 8  # tokens from "after" to the step it dates another by


def _after_the_news(trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> bool:
    """Whether a step named by its noun is what the news step of the sentence comes after:
    "ويأتي الطلب بعد أقل من شهر على عودة المغرب إلى الاتحاد الإفريقي", "the application comes
    weeks after its return to the African Union": a step recalled to place the news."""
    for i in range(max(sentence.first_token, trigger.first - _AFTER_REACH), trigger.first):
        if toks[i].text in _AFTER_WORDS:
            return any(
                c is not trigger and (c.cat in ACTIONS or c.cat == "INTENT") and c.last < i
                for c in sentence.cues
            )
    return False


def _only_intending(raws: list[_Raw], sentences: list[_Sentence], article: _Article) -> set[str]:
    """The states of the headline that the body names only in sentences of intentions or of
    steps to come, with no step of theirs told: "СССР, Украина и Белоруссия вступают в ЮНЕСКО"
    over "правительства Украинской ССР и Белорусской ССР также намерены [...] принять Устав"."""
    if not sentences or not sentences[0].is_title:
        return set()
    headline = {m.key for m in sentences[0].mentions if m.kind == COUNTRY}
    acting = {r.country for r in raws if not r.is_title}
    intending: set[str] = set()
    for key in headline - acting:
        named = [
            s for s in sentences[1:] if any(m.kind == COUNTRY and m.key == key for m in s.mentions)
        ]
        for s in named:
            article.analyse(s)
        if named and all(any(c.cat in _INTENDING_CATS for c in s.cues) for s in named):
            intending.add(key)
    return intending


def _in_force_for_parties(candidates: list[Candidate], article: _Article) -> list[Candidate]:
    """Entries into force for each state the article says ratified, acceded to or accepted a
    treaty before the day it says the treaty itself takes (or took) effect: "ten countries
    deposited their ratifications on Thursday [...] the treaty will enter into force on July
    1" is in force for each of the ten on July 1."""
    entries = [
        g
        for g in article.groups
        if g.kind == EventKind.ENTERED_INTO_FORCE.value
        and g.date is not None
        and article.agreement_kinds.get(g.agreement) != AgreementKind.ORGANISATION.value
    ]
    if not entries:
        return []
    own = {
        (c.country, c.agreement) for c in candidates if c.kind == EventKind.ENTERED_INTO_FORCE.value
    }
    # "أودعت الصين [...] وثيقة انضمامها [...]، لتصبح المعاهدة نافذة بالنسبة إليها": an entry
    # told in the sentence of a state's news step is that state's, not the other parties'
    owners: dict[str, set[str]] = defaultdict(set)
    for candidate in candidates:
        if candidate.kind in _BECOME_PARTY and not candidate.background:
            owners[candidate.quote].add(candidate.country)
    added: list[Candidate] = []
    for candidate in candidates:
        if candidate.kind not in _BECOME_PARTY or candidate.date is None:
            continue
        entry = next(
            (
                g
                for g in entries
                if g.agreement == candidate.agreement
                # a day still to come is told for the states whose steps are the news ("the
                # convention enters into force 12 months after the 60th instrument"), not for
                # those that ratified years before
                and not (
                    candidate.background
                    and article.published is not None
                    and g.date > article.published
                )
                and candidate.country in owners.get(g.quote, {candidate.country})
                and _period_end(candidate.date, candidate.precision) <= g.date
            ),
            None,
        )
        if entry is None or (candidate.country, candidate.agreement) in own:
            continue
        own.add((candidate.country, candidate.agreement))
        added.append(
            Candidate(
                country=candidate.country,
                agreement=candidate.agreement,
                kind=EventKind.ENTERED_INTO_FORCE.value,
                date=entry.date,
                precision=entry.precision,
                derivation=entry.derivation,
                background=entry.background,
                quote=entry.quote,
                confidence=round(min(entry.confidence, candidate.confidence) - 0.05, 2),
            )
        )
    return added


_ORDINAL_REACH = 6  # tokens between "the 17th country" and "to join"


def _ordinal_restatement(trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> bool:
    """A joining told as the rank of a state whose step the sentence has just told: "signed
    the Artemis Accords, becoming the 17th country to join them", "لتصبح الدولة السابعة عشرة
    التي تنضم إليها" (not "Liberia became the 163rd member", a step of its own)."""
    if trigger.cat not in _JOINING:
        return False
    for c in sentence.cues:
        if c.cat != "ORDINAL" or not 0 < trigger.first - c.last <= _ORDINAL_REACH:
            continue
        near = range(max(sentence.first_token, c.first - 2), min(trigger.first, c.last + 3))
        if any(_STATE_WORD_RE.search(toks[i].text) for i in near) and not any(
            m.kind == COUNTRY and c.first <= m.first < trigger.first for m in sentence.mentions
        ):
            return True
    return False


_FOLLOWED_RE = re.compile(
    r"(?:followed|suivie?s?|seguid[oa]s?|sigui(?:o|eron)|последовал\w*|[وف]?(?:تلت|تبعت)(?:ه|ها|هم))$"
)
_SO_DID_RE = re.compile(
    r"\W*(?:so|as)\s+(?:did|does|has|have|had)\b|\W*(?:tout\s+comme|ainsi\s+que|asi\s+lo\s+hizo"
    r"|lo\s+mismo\s+hizo|так\s+же\s+поступил\w*|[وف]?كذلك\s+فعلت)"
)
_LATER_WORDS_RE = re.compile(
    r"\b(?:later|after|plus\s+tard|apres|despues|mas\s+tarde|позже|спустя|لاحقا|بعد)\b"
)


# "figurent parmi la trentaine de pays signataires", "are among the signatories", "figuran
# entre los firmantes", "входят в число подписавших", "من بين الدول الموقعة": the states
# before it signed
_AMONG_SIGNATORIES_RE = re.compile(
    # (an adverb between: "figurent naturellement parmi les signataires")
    r"\b(?:(?:figur\w*|sont|etaient|se\s+trouvent|comptent)\s+(?:\w+ment\s+)?parmi\s+(?:les|la|des)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:signataires|pays\s+signataires|etats\s+signataires)"
    r"|(?:are|were)\s+(?:\w+ly\s+)?among\s+the\s+(?:[\w-]+\s+){0,3}?(?:signatories"
    r"|signatory\s+(?:countries|states))"
    r"|(?:figuran|estan|estaban|se\s+cuentan|se\s+encuentran)\s+(?:\w+mente\s+)?entre\s+(?:los|las)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:firmantes|signatarios|paises\s+firmantes)"
    r"|(?:входят|входили|вошли)\s+в\s+число\s+(?:[\w-]+\s+){0,2}?подписавших"
    r"|(?:оказались|были|значатся)\s+среди\s+(?:[\w-]+\s+){0,2}?подписавших)"
)


def _among_signatories(
    sentence: _Sentence, article: _Article, agreement: str, quote: str
) -> list[_Raw]:
    """The states a sentence says are among the signatories of the agreement just named, on the
    day the sentence before told (or its own): "La conférence s'est achevée samedi par la
    signature de la Charte. L'Éthiopie, le Ghana [...] figurent parmi les pays signataires"."""
    match = _AMONG_SIGNATORIES_RE.search(article.norm, sentence.start, sentence.end)
    if match is None or any(
        # (not "Fiji both signed and ratified it on the first day, and the Soviet Union and China
        # were among the 119 signatories": a sentence with steps of its own)
        c.cat in ACTIONS and not match.start() <= c.start < match.end()
        for c in sentence.cues
    ):
        return []
    # the states before it, also across an apposition ("La France et le Royaume-Uni, piliers
    # de l'ancienne organisation, figurent parmi les signataires"): the sentence has no step of
    # its own
    states = list(
        dict.fromkeys(
            m.key
            for m in sentence.mentions
            if m.kind == COUNTRY and not m.demonym and m.end <= match.start()
        )
    )
    if not states:
        return []
    article.analyse(sentence, full=True)
    own = [d.resolved for d in sentence.dates if d.resolved.precision == Precision.DAY.value]
    day = own[0] if own else _previous_day(sentence, article)
    if day is None:
        return []
    published = article.published
    return [
        _Raw(
            country=state,
            agreement=agreement,
            kind=EventKind.SIGNED.value,
            date=day.date,
            precision=day.precision,
            derivation=day.derivation,
            background=published is not None and published - day.date > _BACKGROUND_AGE,
            sentence=sentence.index,
            quote=quote,
            confidence=_UNNAMED_RELATIVE_CONFIDENCE,
            is_title=False,
            paragraph=sentence.paragraph,
        )
        for state in states
    ]


def _followers(sentence: _Sentence, raws: list[_Raw], article: _Article, quote: str) -> list[_Raw]:
    """The states that "followed" in the step the sentence before told: "Argentina's foreign
    minister was the first to sign. He was followed during the day by Britain, France and
    Germany". Not when the sentence gives a time of its own ("followed a year later")."""
    if _LATER_WORDS_RE.search(article.norm, sentence.start, sentence.end):
        return []
    article.analyse(sentence, full=True)  # its dates
    told = [
        r for r in raws if r.sentence == sentence.index - 1 and (sentence.dates or not r.background)
    ]
    if not told:
        return []
    toks = article.toks
    follows = next(
        (
            i
            for i in range(sentence.first_token, sentence.last_token + 1)
            if _FOLLOWED_RE.match(toks[i].text)
        ),
        None,
    )
    opening = _SO_DID_RE.match(article.norm, sentence.start)
    if follows is None and opening is not None:
        # "So did Afghanistan", "Así lo hizo también México"
        follows = bisect.bisect_left(toks, opening.end(), key=lambda t: t.start) - 1
    if follows is None:
        return []
    step = told[0]
    actors = {r.country for r in told}
    named = [
        m
        for m in sentence.mentions
        if m.kind == COUNTRY
        and not m.demonym  # "the Latin American countries"
        and m.first > follows
        and m.key not in actors
    ]
    states = list(dict.fromkeys(m.key for m in named))
    dated = _each_with_its_date(named, sentence) if sentence.dates else None
    if dated is None:
        if any(r.background for r in told) or any(
            d.resolved.date not in (step.date, article.published) for d in sentence.dates
        ):
            return []  # "It was followed in 2019 by Mexico": a time of its own
        # "وتبعتها خلال اليوم بيرو والمكسيك": on the step's day
        return [
            replace(
                step,
                country=state,
                sentence=sentence.index,
                paragraph=sentence.paragraph,
                quote=quote,
                confidence=round(max(0.05, step.confidence - 0.1), 2),
            )
            for state in states
        ]
    # "It was followed by Mexico, in December 2021, and Colombia, in May 2022", "Le siguieron
    # México, en diciembre de 2021, y Colombia, en mayo de 2022": each state with its own date
    # (not "Mexico followed in January, Austria in May": a list the sentence reads as such)
    if any(
        m.kind == COUNTRY and m.first < follows and m.key not in actors for m in sentence.mentions
    ):
        return []
    published = article.published
    return [
        replace(
            step,
            country=m.key,
            date=d.date,
            precision=d.precision,
            derivation=d.derivation,
            background=published is not None and published - d.date > _BACKGROUND_AGE,
            sentence=sentence.index,
            paragraph=sentence.paragraph,
            quote=quote,
            is_title=False,
            confidence=round(max(0.05, step.confidence - 0.1), 2),
        )
        for m, d in dated
        if published is None or d.date <= published
    ]


def _each_with_its_date(
    named: list[Mention], sentence: _Sentence
) -> list[tuple[Mention, ResolvedDate]] | None:
    """Each state of a list with the one date that follows it before the next state, if every
    state has one and every date a state."""
    if not named:
        return None
    pairs = []
    for index, m in enumerate(named):
        stop = named[index + 1].start if index + 1 < len(named) else sentence.end
        own = [d for d in sentence.dates if m.end <= d.start < stop]
        if len(own) != 1:
            return None
        pairs.append((m, own[0].resolved))
    if len(pairs) != len(sentence.dates) - sum(
        1 for d in sentence.dates if d.end <= named[0].start
    ):
        return None
    return pairs


# "follows in the footsteps of", "sigue los pasos de", "suit les traces de", "идёт по стопам",
# "على خطى", "تحذو حذو", "لحقت بـ": the states named after it went before
_FOOTSTEPS_RE = re.compile(
    r"\b(?:(?:follow\w*|walk\w*)\s+in\s+the\s+footsteps\s+of"
    r"|(?:sigu\w*|segui\w*)\s+(?:asi\s+)?(?:los\s+)?pasos\s+(?:de|del)"
    r"|(?:sui\w*|emboit\w*)\s+(?:ainsi\s+)?(?:les\s+traces|le\s+pas)\s+(?:de|du|des|d')"
    r"|по\s+стопам"
    r"|علي\s+خطي|[وتيل]?(?:تحذو|يحذو|حذت|حذا)\s+حذو|(?:لحقت|تلحق|يلحق|لحق)\s+(?=ب))"
)


def _in_footsteps(raws: list[_Raw], produced: int, sentence: _Sentence, article: _Article) -> None:
    """Steps of the states a sentence says the news follows in the footsteps of are recalled:
    "Sudán sigue los pasos de [...] Marruecos, que se incorporó el 22 de diciembre", published
    in January."""
    found = _FOOTSTEPS_RE.search(article.norm, sentence.start, sentence.end)
    if found is None or article.published is None:
        return
    after = {m.key for m in sentence.mentions if m.kind == COUNTRY and m.start >= found.end()} - {
        m.key for m in sentence.mentions if m.kind == COUNTRY and m.end <= found.start()
    }
    for index in range(produced, len(raws)):
        raw = raws[index]
        if raw.country in after and raw.date is not None and raw.date < article.published:
            raws[index] = replace(raw, background=True)


# "by", "par", "por", "من قبل": the word before a passive step's agent
_BY_WORDS = frozenset({"by", "por", "par", "قبل"})
_PRECEDED_RE = re.compile(
    r"(?:preceded|precedee?s?|precedid[oa]s?|опередил\w*|[وف]?سبقت(?:ه|ها|هم)?)$"
)


def _preceders(sentence: _Sentence, raws: list[_Raw], article: _Article, quote: str) -> list[_Raw]:
    """The states that "preceded" (or "followed") the last news step told, each on a day of its
    own: "Le Portugal l'avait précédée en décembre 2018 et la Grèce en août 2018", "L'Espagne a
    suivi le 30 mai dernier" took the same step then."""
    told = [r for r in raws if not r.background and r.sentence < sentence.index]
    if not told:
        return []
    toks = article.toks
    precedes = next(
        (
            i
            for i in range(sentence.first_token, sentence.last_token + 1)
            if _PRECEDED_RE.match(toks[i].text) or _FOLLOWED_RE.match(toks[i].text)
        ),
        None,
    )
    if precedes is None:
        return []
    article.analyse(sentence, full=True)  # its dates
    if not sentence.dates:
        return []
    step = told[-1]
    following = bool(_FOLLOWED_RE.match(toks[precedes].text))
    passive = precedes + 1 <= sentence.last_token and toks[precedes + 1].text in _BY_WORDS
    if following:
        # "Spain followed on 30 May": the step the sentence before told, news or not (not one
        # told in this sentence: "announced on 18 March, and Finland followed on 1 April")
        before = [r for r in raws if r.sentence == sentence.index - 1]
        if not before or any(
            # (a pluperfect verb, "had announced", is read as a recall)
            (c.cat in _STEP_CATS | {"ANNOUNCE"} or (c.cat == "BG_CLAUSE" and c.first < c.last))
            and c.last < precedes
            for c in sentence.cues
        ):
            return []
        step = before[-1]
        if step.kind in _WISH_KINDS or step.kind in _STANCES:
            return []  # a wish or a stance is not followed on a day of one's own
    actors = {r.country for r in told if r.sentence == step.sentence}
    found: list[_Raw] = []
    for m in sentence.mentions:
        if m.kind != COUNTRY or m.demonym or m.key in actors:
            continue
        if passive and m.first > precedes:
            continue  # "had been followed by those of Hungary, Poland and, in 1996, Korea"
        own = _own_date(m.key, sentence, article.norm)
        if own is None and m.first < precedes:
            # "Le Portugal l'avait précédée en décembre 2018 et la Grèce en août": the first
            # date after the verb, before any other state
            after = toks[precedes].end
            others = [o.start for o in sentence.mentions if o.kind == COUNTRY and o.start > after]
            own = next(
                (
                    d.resolved
                    for d in sentence.dates
                    if d.start > after and (not others or d.start < min(others))
                ),
                None,
            )
        if own is None or (article.published is not None and own.date > article.published):
            continue
        if not following and own.date >= (step.date or own.date):
            continue
        found.append(
            replace(
                step,
                country=m.key,
                date=own.date,
                precision=own.precision,
                derivation=own.derivation,
                background=step.background
                or (
                    article.published is not None and article.published - own.date > _BACKGROUND_AGE
                ),
                sentence=sentence.index,
                paragraph=sentence.paragraph,
                quote=quote,
                is_title=False,
                confidence=round(max(0.05, step.confidence - 0.15), 2),
            )
        )
    return found


# "Albania had done so the day before", "L'Albanie l'avait fait la veille", "Albania lo había
# hecho", "Албания сделала это", "وفعلت ألبانيا ذلك": a word for the step told before
_DID_SO_RE = re.compile(
    r"\b(?:(?:did|done|do|does)\s+so|l\W*(?:a|avait|ont|avaient)\s+fait"
    r"|lo\s+(?:hizo|hicieron|(?:habia|habian|ha|han)\s+hecho)|сделал\w*\s+это"
    # "Brasil fue el primero en hacerlo", "la première à le faire", "первой сделать это"
    r"|hacerlo|le\s+faire|сделать\s+это)\b"
    r"|(?<!\w)[وف]?فعل\w*\s+(?:\w+\s+){0,3}?ذلك(?!\w)"
)
# "the day before", "la veille", "la víspera", "накануне", "في اليوم السابق": the day before the
# step told
_DAY_BEFORE_RE = re.compile(
    r"\b(?:the\s+(?:day|evening)\s+before|the\s+previous\s+day|la\s+veille|la\s+vispera"
    r"|el\s+dia\s+(?:anterior|antes)|накануне)\b|(?<!\w)(?:في\s+)?اليوم\s+السابق(?!\w)"
)


def _did_likewise(
    sentence: _Sentence, raws: list[_Raw], article: _Article, quote: str
) -> list[_Raw]:
    """The states that "did so" took the news step the sentence before told, on its day or on
    one the sentence gives: "Portugal ratified the convention on Tuesday. Albania had done so
    the day before." """
    found = _DID_SO_RE.search(article.norm, sentence.start, sentence.end)
    if found is None:
        return []
    article.analyse(sentence, full=True)  # its dates
    # (a recalled step too, when the sentence gives its own date: "It was followed by Mexico,
    # in December 2021. Uruguay did so in February this year.")
    told = [
        r for r in raws if r.sentence == sentence.index - 1 and (not r.background or sentence.dates)
    ]
    if not told:
        return []
    step = told[0]
    if step.kind in _WISH_KINDS or step.kind in _STANCES:
        return []
    actors = {r.country for r in told}
    states = list(
        dict.fromkeys(
            m.key
            for m in sentence.mentions
            if m.kind == COUNTRY and not m.demonym and m.end <= found.end() and m.key not in actors
        )
    )
    if not states:
        return []
    date, precision, derivation = step.date, step.precision, step.derivation
    if _DAY_BEFORE_RE.search(article.norm, found.end(), sentence.end):
        if date is None or precision != Precision.DAY.value:
            return []
        date, derivation = date - datetime.timedelta(days=1), Derivation.RELATIVE.value
    else:
        if sentence.dates:
            own = sentence.dates[0].resolved
            date, precision, derivation = own.date, own.precision, own.derivation
    if date is not None and article.published is not None and date > article.published:
        return []
    return [
        replace(
            step,
            country=state,
            date=date,
            precision=precision,
            derivation=derivation,
            background=article.published is not None
            and date is not None
            and article.published - date > _BACKGROUND_AGE,
            sentence=sentence.index,
            paragraph=sentence.paragraph,
            quote=quote,
            is_title=False,
            confidence=round(max(0.05, step.confidence - 0.15), 2),
        )
        for state in states
    ]


_GROUP_REACH = 5  # sentences after a group's step that may name its members


def _date_from_companions(
    raws: list[_Raw], produced: int, sentence: _Sentence, article: _Article
) -> None:
    """Give the undated news steps of ``raws[produced:]`` the day of the same step told before
    of a state named as their companion: "Советский Союз подписал ее в пятницу. [...] Вместе с
    Советским Союзом конвенцию подписали Китай и..."."""
    if not any(
        r.derivation == Derivation.INFERRED.value and not r.background for r in raws[produced:]
    ):
        return  # (before finding the sentence's roles)
    companions = {
        m.key for m, role in _roles_of(sentence, article.toks).items() if role == "companion"
    }
    if not companions:
        return
    _take_told_days(
        raws,
        produced,
        [r for r in raws[:produced] if r.country in companions],
        lambda r, state=None: (state or r.country, r.agreement, r.kind),
        companions,
    )


def _take_told_days(
    raws: list[_Raw],
    produced: int,
    told: list[_Raw],
    key: Callable[[_Raw, str | None], tuple[str, ...]],
    companions: Iterable[str | None] = (None,),
) -> None:
    """Give each undated news step of ``raws[produced:]`` the day of a news step told with a
    day among ``told`` that has the same ``key`` (for each of ``companions``, the key of the
    step as if taken by that state)."""
    days = {
        key(r): r for r in told if not r.background and r.derivation != Derivation.INFERRED.value
    }
    for i in range(produced, len(raws)):
        raw = raws[i]
        if raw.derivation != Derivation.INFERRED.value or raw.background:
            continue
        day = next((days[k] for c in companions if (k := key(raw, c)) in days), None)
        if day is not None:
            raws[i] = replace(
                raw, date=day.date, precision=day.precision, derivation=day.derivation
            )


def _join_groups(
    raws: list[_Raw], produced: int, sentence: _Sentence, article: _Article, named: bool = False
) -> None:
    """Mark the undated news steps of ``raws[produced:]`` that a group of states counted just
    took as a member's part in it: told of the group's day, and kept (see ``_Raw.grouped``).
    With ``named``, the sentence names its agreement: only the steps on the group's agreement
    take part."""
    # the latest group step of each kind: "Norway signed first" after "Scores of countries
    # signed the treaty banning cluster munitions" is about that treaty, even if another was
    # named in passing since ("the most important step since the 1997 landmine ban")
    told = {g.kind: g for g in article.groups if 0 < sentence.index - g.sentence <= _GROUP_REACH}
    for index in range(produced, len(raws)):
        raw = raws[index]
        group = told.get(raw.kind)
        if group is None or raw.background:
            continue
        if named and raw.agreement != group.agreement:
            continue
        raw = replace(raw, agreement=group.agreement)
        if (
            raw.derivation not in (Derivation.STATED.value, Derivation.RELATIVE.value)
            or not sentence.dates  # a day borrowed from another sentence
        ):
            raw = replace(
                raw,
                date=group.date,
                precision=group.precision,
                derivation=group.derivation,
                # dated now: what a stated date adds to a claim's confidence (see
                # _claims_for_trigger)
                confidence=round(min(0.95, raw.confidence + 0.2), 2),
            )
        elif raw.date != group.date:
            continue  # a day of its own: another step
        raws[index] = replace(raw, grouped=True)


_ABRAHAM = "abraham-accords"
_YEAR_RE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# Sentences after the last one that named an agreement in which a step with no agreement of its
# own is about that one.
_ZERO_REACH = 3
# "Israel and Iran also signed", "the Soviet Union in turn signed": the same step as the one
# just told.
_ALSO_RE = re.compile(
    r"\b(?:also|too|as\s+well|aussi|egalement|tambien|asimismo|также|тоже|ايضا|كذلك"
    r"|in\s+(?:its\s+|their\s+)?turn|a\s+(?:son|leur)\s+tour|a\s+su\s+vez|в\s+свою\s+очередь"
    r"|[وف]?بدور(?:ه|ها|هم|هما)|[وف]?كما"
    r"|(?P<occasion>"
    # "at the same ceremony", "في الجلسة ذاتها": the occasion of a step told before
    r"(?:at|during|in)\s+the\s+same\s+(?:ceremony|session|sitting|meeting)"
    r"|(?:lors\s+de|pendant|durant|au\s+cours\s+de|a)\s+la\s+meme\s+(?:ceremonie|seance|reunion)"
    r"|(?:en|durante)\s+la\s+misma\s+(?:ceremonia|sesion|reunion)"
    r"|на\s+(?:той\s+же|этой\s+же)\s+(?:церемонии|сессии|встрече)"
    r"|(?:في|خلال)\s+(?:ال)?(?:جلسه|مراسم|مراسيم|حفل|اجتماع)\s+(?:ذاتها|نفسها|ذاته|نفسه)))\b"
)
# Steps made by depositing an instrument.
_DEPOSITED_KINDS = frozenset(
    {
        EventKind.ACCEDED.value,
        EventKind.JOINED.value,
        EventKind.RATIFIED.value,
        EventKind.ACCEPTED_APPROVED.value,
    }
)
_ZERO_CATS = frozenset(
    {"JOIN", "ACCEDE", "SIGN", "RATIFY", "ACCEPT", "WITHDRAW", "SUSPEND", "REINSTATE"}
)

# Cues that make a sentence's dates and clauses worth finding: a step, or its taking effect.
_DETAILED_CATS = ACTIONS | {"COMPLETE", "EIF"}

# What a common noun pointing back can stand for: a treaty or accord, an organisation, an
# initiative.
_GENERIC_ORGANISATION_RE = re.compile(
    r"(?:alliance|bloc|group|organi[sz]ation|groupe|organisme|alianza|bloque|grupo|organizacion|organismo"
    r"|union|альянс|блок|организаци|объединени|союз|حلف|تحالف|منظمه|تكتل|مجموعه|اتحاد"
    # "the League", "la Ligue", "la Liga", "Лига", "الجامعة": the Arab League told again
    r"|league|ligue|liga|лиг|جامعه"
    # "the Community", "la Comunidad": the European Communities told again
    r"|community|communaute|comunidad|сообществ)"
)
_GENERIC_INITIATIVE_RE = re.compile(r"(?:initiative|iniciativa|инициатив|مبادره)")


_PRONOUNS = frozenset({"it", "il", "elle", "el", "ello", "он", "оно", "она", "هو", "وهو", "هي"})


# Object pronouns of a step's verb: French and Spanish clitics before it, English, Russian and
# Arabic pronouns after it.
# ("la", "los", "les"... are left out: more often articles, "los firmantes").
_CLITICS_BEFORE = frozenset({"y", "l", "lo"})
_PRONOUNS_AFTER = frozenset(
    {"it", "его", "ее", "их", "عليه", "عليها", "اليه", "اليها", "فيه", "فيها", "منه", "منها"}
)


def _points_back(cue: _Cue, toks: list[Token], article: _Article) -> bool:
    """Whether a step's verb has a pronoun for its object: "y sont entrées", "l'a ratifié",
    "lo firmó", "ratified it", "ратифицировала его", "صادقت عليه"."""
    if cue.first == cue.last and article.nominal_re.search(cue.text):
        return False  # "la ratification": an article, not a pronoun
    before = toks[cue.first - 1].text if cue.first > 0 else ""
    if before in _CLITICS_BEFORE:
        return True
    if before in _POSSESSIVES and _FOUNDER_RE.search(cue.text):
        return True  # "Entre sus miembros fundadores figuran": the founders of the body named
    # "y sont entrées", "l'a ratifié": an auxiliary between
    if cue.first > 1 and toks[cue.first - 2].text in _CLITICS_BEFORE and before in _AUXILIARIES:
        return True
    after = toks[cue.last + 1].text if cue.last + 1 < len(toks) else ""
    if _SIGNATURE_NOUN_RE.search(cue.text):
        # "поставили под ним подписи", "поставили подписи под ней": under the document
        if cue.first > 1 and before in _UNDER_IT and toks[cue.first - 2].text == "под":
            return True
        if after == "под" and cue.last + 2 < len(toks) and toks[cue.last + 2].text in _UNDER_IT:
            return True
    return after in _PRONOUNS_AFTER


# "its founding members", "sus miembros fundadores", "ses membres fondateurs", "её членов-
# основателей"
_POSSESSIVES = frozenset({"its", "their", "sus", "su", "ses", "leurs", "ее", "её", "его", "их"})
# Russian "под ним", "под ней" (folded to "неи"): what a signature is put under
_UNDER_IT = frozenset({"ним", "неи", "нею"})


_AUXILIARIES = frozenset(
    {
        "a",
        "ont",
        "avait",
        "avaient",
        "est",
        "sont",
        "etait",
        "etaient",
        "sera",
        "seront",
        "ha",
        "han",
        "habia",
        "habian",
    }
)


# "يبدأ نفاذه", "دخولها حيز النفاذ": "its" entry into force, the pronoun joined to the noun
_ATTACHED_ITS_RE = re.compile(r"(?:نفاذ|سريان|دخول)(?:ه|ها)\b")


def _pronoun_applies(sentence: _Sentence, toks: list[Token]) -> bool:
    """A sentence opening with a pronoun whose verb is an entry into force or application, or
    one telling "its" entry into force with the pronoun joined to the noun (Arabic)."""
    first = sentence.first_token
    return first <= sentence.last_token and any(
        c.cat == "EIF"
        and (
            (toks[first].text in _PRONOUNS and c.first - first <= 2)
            or _ATTACHED_ITS_RE.search(c.text) is not None
        )
        for c in sentence.cues
    )


def _kinds_meant(generic: _Cue | None) -> set[str]:
    """The kinds of agreement a common noun (or, for None, a pronoun) may point back at."""
    if generic is not None and _GENERIC_ORGANISATION_RE.search(generic.text):
        return {AgreementKind.ORGANISATION.value}
    if generic is not None and _GENERIC_INITIATIVE_RE.search(generic.text):
        return {AgreementKind.INITIATIVE.value}
    return {
        AgreementKind.TREATY.value,
        AgreementKind.CONVENTION.value,
        AgreementKind.PROTOCOL.value,
        AgreementKind.ACCORD.value,
        # "Hungary signed such a memorandum in 2015": what is signed under an initiative
        AgreementKind.INITIATIVE.value,
    }


# "this treaty", "cette convention", "esta organización", "этой организации", "هذه المنظمة"
_DEMONSTRATIVE_RE = re.compile(
    r"(?:this|these|cet|cette|ce|ces|este|esta|estos|estas|ese|esa|dicho|dicha"
    r"|эт\w*|данн\w*|[وف]?(?:ل|ب)?(?:هذه|هذا|تلك|ذلك))$"
)


def _before_word(cue: _Cue, article: _Article) -> str:
    """The cue's own first word if it is a determiner ("this treaty", "cette convention"),
    else the word before it ("этой организации", "هذه المنظمة")."""
    first = article.toks[cue.first].text
    if cue.first < cue.last:
        return first
    return article.toks[cue.first - 1].text if cue.first > 0 else ""


_PROTOCOL_NOUN_RE = re.compile(r"(?:protocol|протокол|بروتوكول)")
# Step nouns in the plural: "withdrawals", "exits", "retraits", "salidas", "retiros",
# "выходов", "выходы", "انسحابات" (not "sorties", also a participle: "en sont sorties")
_PLURAL_STEP_NOUN_RE = re.compile(
    r"(?:withdrawals|exits|departures|retraits|departs|salidas|retiros|выход(?:ов|ы)"
    r"|[وف]?(?:ال)?انسحابات)$"
)
_PLURAL_STEP_REACH = 4  # tokens after the plural noun where the states taking the steps are named


def _plural_steps_of_others(trigger: _Cue, sentence: _Sentence) -> bool:
    """A step noun in the plural with no state named right after it."""
    return bool(_PLURAL_STEP_NOUN_RE.match(trigger.text)) and not any(
        m.kind == COUNTRY and 0 < m.first - trigger.last <= _PLURAL_STEP_REACH
        for m in sentence.mentions
    )


def _protocol_of(trigger: _Cue, toks: list[Token]) -> bool:
    """A joining noun after a protocol's: "protocolo de adhesión", "protocol of accession",
    "بروتوكول انضمام"."""
    i = trigger.first - 1
    if i >= 0 and toks[i].text in _OF_WORDS:
        i -= 1
    return i >= 0 and bool(_PROTOCOL_NOUN_RE.match(toks[i].text))


_CONVENTION_NOUN_RE = re.compile(r"(?:convention|convencion|convenio|конвенци)")
# common nouns that name one kind of agreement
_KIND_NOUNS = (
    (_PROTOCOL_NOUN_RE, AgreementKind.PROTOCOL.value),
    (_CONVENTION_NOUN_RE, AgreementKind.CONVENTION.value),
)


def _named_just_before(sentence: _Sentence, article: _Article) -> str | None:
    """The one treaty or accord the sentence just before, in the same paragraph, named: what a
    pronoun points back at ("С Киотским протоколом Москва тоже не торопилась. Россия
    ратифицировала его в ноябре 2004 года"), even if the article names another more."""
    if sentence.index == 0:
        return None
    previous = article.sentences[sentence.index - 1]
    if previous.is_title or previous.paragraph != sentence.paragraph:
        return None
    wanted = _kinds_meant(None)
    named = {
        m.key
        for m in previous.mentions
        if m.kind == AGREEMENT and article.agreement_kinds.get(m.key) in wanted
    }
    return named.pop() if len(named) == 1 else None


def _antecedent(generic: _Cue | None, recent: list[str], article: _Article) -> str | None:
    """The latest agreement named whose kind fits the common noun that points back (a
    treaty or accord for a pronoun)."""
    wanted = _kinds_meant(generic)
    fitting = [slug for slug in recent if article.agreement_kinds.get(slug) in wanted]
    if not fitting:
        return None
    # "позволило протоколу вступить в силу": a protocol, not the accord named more; "The
    # United States ratified the convention in 1992": a convention, not the statute named since
    noun_kind = next(
        (
            kind
            for noun_re, kind in _KIND_NOUNS
            if generic is not None and noun_re.search(generic.text)
        ),
        None,
    )
    if noun_kind is not None:
        fitting = [f for f in fitting if article.agreement_kinds.get(f) == noun_kind] or fitting
    if generic is not None and _DEMONSTRATIVE_RE.match(_before_word(generic, article)):
        # "Украина — член Совета Европы с 1995 года. Россия была исключена из этой
        # организации": "this" points at the one just named
        return fitting[-1]
    if generic is not None and _STATUTE_WORD_RE.search(generic.text):
        # "النظام" is a statute only where the article named one so ("نظام روما الأساسي")
        return next(iter(reversed(_named_with(generic, fitting, article, narrow=False))), None)
    if generic is not None and wanted == {AgreementKind.ORGANISATION.value}:
        # "المجموعة الاقتصادية لدول غرب إفريقيا [...] الاتحاد الإفريقي [...] وتضم المجموعة":
        # the noun of one body's name, not the latest body (a treaty is often named by its
        # acronym or its subject, without the noun)
        fitting = _named_with(generic, fitting, article) or fitting
    # the one the article is about, named most, and of those the latest
    counts = Counter(fitting)
    return max(reversed(fitting), key=counts.__getitem__)


_ARABIC_ARTICLE_RE = re.compile(r"^[وف]?(?:ب|ك|ل)?(?:ال|لل)")


_STATUTE_WORD_RE = re.compile(r"نظام")


def _named_with(
    generic: _Cue, fitting: list[str], article: _Article, narrow: bool = True
) -> list[str]:
    """Those of the agreements that may be meant whose name, as the article gave it anywhere,
    holds the common noun ("the Community" in "the European Economic Community")."""
    words = generic.text.split()
    head = _ARABIC_ARTICLE_RE.sub("", words[0] if not narrow else words[-1]) if words else ""
    if len(head) < 4:
        return []
    named = {
        m.key
        for s in article.sentences
        for m in s.mentions
        if m.kind == AGREEMENT
        and m.key in fitting
        and any(
            _ARABIC_ARTICLE_RE.sub("", w) == head for w in article.norm[m.start : m.end].split()
        )
    }
    if not narrow:
        return [slug for slug in fitting if slug in named]
    return [slug for slug in fitting if slug in named] if 0 < len(named) < len(set(fitting)) else []


_ADJECTIVE_RE = re.compile(r"(?:ых|их|ого|его|ому|ему|ой|ей|ые|ие|ый|ий|ая|яя|ое|ее|ую|юю)$")
# Head nouns of a treaty: "the convention of the Council of Europe" is not the Council itself.
_TREATY_HEAD_RE = re.compile(
    r"(?:convention|treaty|traite|tratado|convencion|convenio|protocol|charter|charte|carta"
    r"|конвенци|договор|протокол|хартия|اتفاقي|معاهد|بروتوكول|ميثاق"
    # "присоединилась к программе НАТО", "NATO's Partnership for Peace programme": a programme
    # an organisation runs is not the organisation
    r"|programme|program|programa|программ|برنامج)"
)


_CHARTER_RE = re.compile(
    r"(?:charter|charte|carta|хартия|устав\w*|[وب]?(?:ال)?ميثاق|[وب]?(?:ال)?نظام|(?:ال)?اساسي)$"
)


_DATELINE_END_RE = re.compile(
    r"\s*(?:(?:года|г\.?|м|م)\s*)?(?:\)\s*)?(?:\([^()\n]{1,40}\)\s*)?(?:-|\u2013|\u2014|\||:)"
    # "ЛОНДОН, 27 ноября. (Соб. корр.)": a full stop, then the correspondent
    r"|\s*\.?\s*\([^()\n]{1,40}\)"
)


# A dispatch's opening: a city in capitals and the day of the month, then a dash ("WASHINGTON,
# 18. —", "PARÍS, 3 (EFE). –", "MOSCÚ, 21 —").
_DISPATCH_RE = re.compile(
    r"(?m)^\s*[A-ZÁÉÍÓÚÑÀÂÇÈÊÎÔÛА-ЯЁ][A-ZÁÉÍÓÚÑÀÂÇÈÊÎÔÛА-ЯЁ .'-]{2,30},\s*(\d{1,2})\s*\.?\s*"
    r"(?:\([^()\n]{1,30}\)\s*\.?\s*)?[—–-]"
)
_DATELINE_PLACE_WORDS = 3  # words of a place alone on a line with its day ("DUBLIN, April 18.")
_LINE_END_RE = re.compile(r"\.?[ \t]*(?:\n|$)")
_DISPATCH_AGE = 3  # days between a dispatch and the paper that prints it


def _dispatch_day(
    document: str, title_end: int, published: datetime.date | None
) -> datetime.date | None:
    """The day a dispatch gives by its day of the month alone, at the top of the article."""
    if published is None:
        return None
    match = _DISPATCH_RE.search(document, title_end, title_end + 400)
    if match is None:
        return None
    day = int(match.group(1))
    for back in range(_DISPATCH_AGE + 1):
        candidate = published - datetime.timedelta(days=back)
        if candidate.day == day:
            return candidate
    return None


_DATELINE_REACH = 600  # characters from the top of an article where its dateline may be
_DATELINE_LINE_RE = re.compile(r"(?m)^[^\n.!?]{0,40}[,)|·—–-][^\n]*")


def _dateline_day(
    norm: str, lang: str | None, published: datetime.date | None
) -> datetime.date | None:
    """The day a dateline gives to the day, a few days before the paper that prints it
    ("UNITED NATIONS, Nov. 16 — Guyana today became"): "today" is the dispatch's (papers
    that say "hier" under "PARIS, 12 décembre" mean the day before they came out)."""
    if published is None:
        return None
    # only lines that open as a dateline does (a place of at most 40 characters, then a comma
    # or a dash; see _is_dateline) are read for dates
    for line in _DATELINE_LINE_RE.finditer(norm, 0, _DATELINE_REACH):
        start = line.start()
        for d in scan_dates(line.group(), lang=lang, published=published):
            if (
                d.resolved.precision == Precision.DAY.value
                and 0 < (published - d.resolved.date).days <= _DISPATCH_AGE
                and _is_dateline(DateSpan(d.start + start, d.end + start, d.resolved), norm)
            ):
                return d.resolved.date
    return None


def _is_dateline(span: DateSpan, norm: str) -> bool:
    """A date opening a paragraph ("QUITO, 2 de octubre -", "Bamako, 23 septembre 2025 —")
    dates the report, not the event: the event's own date ("on Tuesday") follows in the text.
    """
    line_start = norm.rfind("\n", 0, span.start) + 1
    lead = norm[line_start : span.start]
    if len(lead) > 40 or any(ch in lead for ch in ".!?"):
        return False
    if lead.strip() and not lead.rstrip().endswith((",", ")", "—", "–", "-", "|", "·")):
        return False  # "Nine states joined NATO on Friday: ...": a sentence, not a place
    if _DATELINE_END_RE.match(norm, span.end):
        return True
    # "DUBLIN, April 18." alone on its line: a place of a few words and the day
    return len(lead.split()) <= _DATELINE_PLACE_WORDS and bool(_LINE_END_RE.match(norm, span.end))


def _qualified(cue: _Cue, toks: list[Token], key: str) -> bool:
    """A common noun that names another agreement than the one the article is about: a peace
    treaty in any language, and a Russian noun with an adjective before it (Russian has no
    article, so "соглашений" alone may point back at the accords, but "пакет экономических
    соглашений" is a different set of agreements).
    """
    # "la signature du traité de paix avec Israël", "the peace treaty": a peace, not the
    # agreement the article is about
    around = [toks[i].text for i in range(max(0, cue.first - 1), min(len(toks), cue.last + 3))]
    if {"peace", "paix", "paz"} & set(around) or any(_PEACE_RE.match(w) for w in around):
        return True
    if _proper_name_after(cue, toks):
        return True
    if key != "ru" or cue.first == 0:
        return False
    return bool(_ADJECTIVE_RE.search(toks[cue.first - 1].text))


_PEACE_RE = re.compile(r"(?:мирн\w*|[وف]?(?:ال)?سلام)$")


def _proper_name_after(cue: _Cue, toks: list[Token]) -> bool:
    """ "abandona el Acuerdo Centroeuropeo de Libre Comercio": a capitalised head noun with a
    capitalised word after it is the name of an agreement the gazetteer does not know, not a
    pointer back ("the Convention enters into force" is one)."""
    head, after = cue.last, cue.last + 1
    if after >= len(toks) or not toks[head].original[:1].isupper():
        return False
    if (
        # "the Treaty of Tlatelolco", "el Tratado de Tlatelolco", "le Traité de Pelindaba"
        toks[after].text in _NAME_OF_WORDS
        and after + 1 < len(toks)
        and toks[after + 1].original[:1].isupper()
        and toks[after + 1].start - toks[after].end <= 2
    ):
        return True
    if toks[after].start - toks[head].end > 1:
        return False
    # "la Convention européenne des droits de l'homme", "la Charte sociale européenne": French
    # keeps the adjectives of a name in lower case
    return toks[after].original[:1].isupper() or bool(
        toks[after].original[:1].islower() and _NAME_ADJECTIVE_RE.match(toks[after].text)
    )


_NAME_OF_WORDS = frozenset({"of", "de", "du", "del", "d"})
_NAME_ADJECTIVE_RE = re.compile(
    r"\w{3,}(?:ennes?|aines?|iques?|ales?|aux|elles?|ano|ana|anos|anas)$"
)


_HEAD_AFTER_OWNER = frozenset({"convention", "conventions", "protocol", "protocols"})
_COMMAND_RE = re.compile(r"(?:command|commandement|mando|командовани\w*|(?:ال)?قياد[هت]\w*)$")
# what names the keeper of a deposited instrument: "with", "auprès du", "ante", "لدى"
_KEEPER_WORDS = frozenset({"with", "aupres", "ante", "لدي"})


# "instead of", "بدلا من", "au lieu de", "en lugar de", "en vez de", "вместо": what a step is
# not about
_INSTEAD_OF_RE = re.compile(
    r"(?:\binstead\s+of(?:\s+the)?|(?<!\w)(?:[وف]?بدلا\s+من|عوضا\s+عن)|\bau\s+lieu\s+(?:de|du|des)"
    r"(?:\s+la|\s+l)?|\ben\s+(?:lugar|vez)\s+(?:de|del)(?:\s+la|\s+los|\s+las)?|\bвместо)$"
)


def _modifier(
    m: Mention, sentence: _Sentence, toks: list[Token], agreement_kinds: dict[str, str]
) -> bool:
    """An organisation named only as the owner of a treaty ("la convention du Conseil de
    l'Europe"): the treaty is the object, and it is not the organisation; nor is a body named
    as what the object stands instead of ("قد تنضم إلى منظمة شنغهاي بدلًا من الاتحاد
    الأوروبي", "instead of the European Union")."""
    if _INSTEAD_OF_RE.search(
        " ".join(toks[i].text for i in range(max(sentence.first_token, m.first - 3), m.first))
    ):
        return True
    if agreement_kinds.get(m.key) != AgreementKind.ORGANISATION.value:
        return False
    # "deposited its instrument of approval of the convention with the Council of Europe",
    # "auprès du Conseil de l'Europe": the body that keeps the instrument
    before = [toks[i].text for i in range(max(sentence.first_token, m.first - 2), m.first)]
    if any(w in _KEEPER_WORDS for w in before) and any(
        c.cat == "DEPOSIT" and c.last < m.first for c in sentence.cues
    ):
        return True
    # "retirer ses forces du commandement militaire intégré de l'OTAN", "NATO's integrated
    # military command": a part of the alliance, which a state may leave and stay a member
    window = range(max(sentence.first_token, m.first - 5), min(sentence.last_token, m.last + 4) + 1)
    if any(_COMMAND_RE.match(toks[i].text) for i in window if not m.first <= i <= m.last):
        return True
    # "the Council of Europe convention on preventing violence against women": English puts
    # the owner before the treaty's head
    if m.last + 1 <= sentence.last_token and toks[m.last + 1].text in _HEAD_AFTER_OWNER:
        return True
    # "Convenio del Consejo de Europa", "اتفاقية مجلس أوروبا", "конвенция Совета Европы"
    i = m.first - 1
    while i >= sentence.first_token and m.first - i <= 3 and toks[i].text in GENITIVE_WORDS:
        i -= 1
    if (
        i >= sentence.first_token
        and _TREATY_HEAD_RE.match(toks[i].text)
        # "ميثاق جامعة الدول العربية", "the Charter of the Arab League": the organisation's own
        # founding charter is the organisation
        and not _CHARTER_RE.match(toks[i].text)
    ):
        return True
    for c in sentence.cues:
        if c.cat != "GENERIC" or c.last >= m.first or m.first - c.last > 3:
            continue
        between = [toks[i].text for i in range(c.last + 1, m.first)]
        if (
            all(w in GENITIVE_WORDS for w in between)
            and _TREATY_HEAD_RE.search(c.text)
            and not _CHARTER_RE.search(c.text)
        ):
            return True
    # "the Council of Europe's Istanbul Convention", "la Convention d'Istanbul du Conseil de
    # l'Europe": an organisation next to a treaty it owns
    for other in sentence.mentions:
        if other.kind != AGREEMENT or other.key == m.key:
            continue
        if agreement_kinds.get(other.key) == AgreementKind.ORGANISATION.value:
            continue
        if _owner_beside(m, other, toks):
            return True
    return False


def _owner_beside(owner: Mention, owned: Mention, toks: list[Token]) -> bool:
    """Whether a name stands beside another as its owner: "the Council of Europe's Istanbul
    Convention", "la Iniciativa de la Franja y la Ruta de China"."""
    return (
        0 < owned.first - owner.last <= 2
        and all(toks[i].text == "s" for i in range(owner.last + 1, owned.first))
    ) or (
        0 < owner.first - owned.last <= 3
        and all(toks[i].text in GENITIVE_WORDS for i in range(owned.last + 1, owner.first))
    )


# "member" as a word that describes states ("EU members", "membres de l'UE", "членов ЕС",
# "دولة عضو في الجامعة"), not as part of a joining phrase ("became a member of").
_MEMBER_WORD_RE = re.compile(
    r"(?:members?|membres?|miembros?|член(?:а|ы|ов|ом|ами|ам|е)?|(?:[وب]?ال)?(?:عضو|اعضاء)"
    r"|allies|allied|countries|country|states|state|pays|etats|etat|paises|pais|estados|estado"
    # "most EU governments have said they will not sign"
    r"|governments|gouvernements|gobiernos|правительств\w*|(?:ال)?حكومات"
    # "sus catorce socios de la Unión Europea", "its EU partners", "ses partenaires de l'UE"
    r"|partners?|partenaires?|socios?|партнер\w*|(?:ال)?شركا(?:ء|يه|ها)"
    r"|стран\w*|государств\w*"
    # "Великобритания, не входящая в ЕС": being part of it (see _describes_members)
    r"|входящ\w*|входивш\w*"
    r"|[وف]?(?:ال)?دول(?:ه|تين|تان)?)$"
)
# "станет первым государством Евросоюза, покинувшим суд": becoming "a state of the EU" is not
# joining it, as becoming a member would be.
_STATE_WORD_RE = re.compile(
    r"(?:countries|country|states|state|pays|etats?|paises|pais|estados?|стран\w*|государств\w*"
    r"|governments|gouvernements|gobiernos|правительств\w*|(?:ال)?حكومات|[وف]?(?:ال)?دول\w*)$"
)
# "se convirtió en el miembro número 166 de la OMC": becoming a member is joining.
_BECOME_RE = re.compile(
    r"(?:bec(?:ame|ome|omes|oming)|devien\w*|devenu\w*|deviendra\w*|convirtio|convierte\w*"
    r"|convertira\w*|стал[аио]?|станет|станут|становится|[وف]?(?:اصبح|يصبح|تصبح|صار|تصير)\w*)$"
)
_MEMBER_LINK_WORDS = frozenset(
    {"of", "in", "the", "de", "del", "des", "du", "la", "le", "l", "el", "los", "las"}
    | {"في", "من"}
)


_AS_WORDS = frozenset({"as", "como", "comme", "que", "качестве"})
_SIGNATORY_PARTICIPLE_RE = re.compile(r"подписавш\w*$")
# "member to sign", "membre à signer", "miembro en firmar": the words before what it does
_TO_ACT_WORDS = frozenset({"to", "a", "en"})
_TO_ACT_VERB_RE = re.compile(r"(?!(?:the|an|date|its|their|this|that)$)[a-z]{2,}$")


# "pertenecen a la", "belong to the", "appartiennent à l'": membership told as a state's being
_BELONG_RE = re.compile(
    r"\b(?:pertenec\w*|pertenezca\w*|belong\w*|appartien\w*|apparten\w*)\s+(?:a|al|to)"
    r"(?:\s+(?:la|el|los|las|the|l))?$"
)


def _describes_members(m: Mention, sentence: _Sentence, toks: list[Token]) -> bool:
    """An organisation named to say what some states are ("Bulgaria, an EU member", "los
    miembros de la OTAN", "أول دولة عضو في الجامعة العربية"): not the agreement acted on."""
    if _BELONG_RE.search(
        " ".join(toks[i].text for i in range(max(sentence.first_token, m.first - 4), m.first))
    ):
        # "Islandia y Noruega, que no pertenecen a la UE", "which belong to NATO": what the
        # states are (or are not) members of
        return True
    in_action = {i for c in sentence.cues if c.cat in ACTIONS for i in range(c.first, c.last + 1)}
    joining = {c.last for c in sentence.cues if c.cat in _JOINING}

    def member_at(i: int) -> bool:
        return (
            sentence.first_token <= i <= sentence.last_token
            and i not in in_action
            # "la suspensión de Paraguay como miembro del Mercosur": the membership a step is
            # about, not a description
            and not (i > 0 and toks[i - 1].text in _AS_WORDS)
            # "the Commonwealth of Independent States' treaty": a word of another name
            and not any(o.first <= i <= o.last for o in sentence.mentions)
            and bool(_MEMBER_WORD_RE.match(toks[i].text))
            and (
                bool(_STATE_WORD_RE.match(toks[i].text))
                or not any(
                    _BECOME_RE.match(toks[j].text) or j in joining
                    for j in range(max(sentence.first_token, i - 6), i)
                )
                or _member_to_act(max(i, m.last) + 1)
            )
        )

    def _member_to_act(j: int) -> bool:
        # "becomes the latest EU member to endorse", "devient le premier membre de l'UE à
        # signer", "se convierte en el primer miembro de la UE en firmar": a member doing
        # something, not becoming one
        return (
            j + 1 <= sentence.last_token
            and toks[j].text in _TO_ACT_WORDS
            and bool(_TO_ACT_VERB_RE.match(toks[j + 1].text))
            and not any(o.first == j + 1 for o in sentence.mentions)
        )

    i = m.first - 1
    while (
        i >= sentence.first_token
        and m.first - i <= 4
        and (
            toks[i].text in _MEMBER_LINK_WORDS
            # "не входящая в ЕС", but not "вступление страны в ЕС"
            or (toks[i].text == "в" and i > 0 and toks[i - 1].text.startswith("вход"))
        )
    ):
        i -= 1
    if member_at(i):
        return True
    return member_at(m.last + 1) or (
        m.last + 2 <= sentence.last_token
        and toks[m.last + 1].text in ("member", "miembro", "membre")
        and member_at(m.last + 1)
    )


def _plain(text: str) -> str:
    return " ".join(_WORD_RE.findall(text))


def _find_cues(
    norm: str, key: str, toks: list[Token], token_starts: list[int], sentence: _Sentence
) -> list[_Cue]:
    multi_re, _ = _cue_tables(key)
    cues = []
    covered: set[int] = set()
    position = sentence.start
    while multi_re is not None and position < sentence.end:
        match = multi_re.search(norm, position, sentence.end)
        if match is None:
            break
        position = max(match.end(), match.start() + 1)
        cat = match.lastgroup
        if cat is None:
            continue
        start, end = match.span()
        first = bisect.bisect_left(token_starts, start)
        last = max(first, bisect.bisect_left(token_starts, end) - 1)
        if cat not in ACTIONS and last > first:
            # A phrase of mood ("had ...", "ne ... pas") never takes a step's own verb: it
            # ends before the first word that is an action by itself.
            inner = next(
                (
                    i
                    for i in range(first + 1, last + 1)
                    if _word_category(key, toks[i].text) in ACTIONS
                ),
                None,
            )
            if inner is not None:
                last = inner - 1
                end = toks[last].end
                # the rest of the phrase may hold a cue of its own: "كانت عضويتها قد
                # علقت" is a pluperfect around a suspension
                position = toks[inner].start
        covered.update(range(first, last + 1))
        cues.append(_Cue(cat, start, end, norm[start:end], first, last))
    for index in range(sentence.first_token, sentence.last_token + 1):
        if index in covered:
            continue
        token = toks[index]
        cat = _word_category(key, token.text)
        if cat is not None:
            cues.append(_Cue(cat, token.start, token.end, token.text, index, index))
    if sentence.mentions:
        # a word inside a name is part of the name: the "START" of "New START" starts nothing
        cues = [
            c
            for c in cues
            if not any(m.first <= c.first and c.last <= m.last for m in sentence.mentions)
        ]
    cues.sort(key=lambda cue: cue.start)
    cues = _pro_verbs(cues, toks, sentence)
    if not any(c.cat in ACTIONS for c in cues):
        # "The CPTPP took effect on Sunday for Japan...": with no step to complete, taking
        # effect is the agreement's entry into force
        cues = [
            c._replace(cat="EIF")
            if c.cat == "COMPLETE" and _TAKES_EFFECT_RE.fullmatch(c.text)
            else c
            for c in cues
        ]
    return cues


# "did so", "followed suit", "lo hicieron", "l'ont fait", "сделали это", "فعلت ذلك": words
# that stand for the step told before them in the sentence
_PRO_VERBS = (
    ("did", "so"),
    ("followed", "suit"),
    ("lo", "hizo"),
    ("lo", "hicieron"),
    ("l", "a", "fait"),
    ("l", "ont", "fait"),
    ("сделал", "это"),
    ("сделала", "это"),
    ("сделали", "это"),
)
# "not only", "non seulement", "no solo", "не только": what follows "not" adds, not denies
_ONLY_AFTER_NOT = frozenset({"only", "seulement", "solo", "solamente", "только"})
# the "que" of a French restriction ("n'a ratifié le traité qu'en 2004", "only in 2004"), not of
# a condition ("que si") or of another negation ("pas", "jamais", "plus", "rien", "aucun")
_RESTRICTIVE_QUE_RE = re.compile(
    r"(?:(?!\b(?:pas|jamais|plus|rien|aucun\w*|guere|point)\b)[^.;])*?\bqu(?:e\b|')(?!\s*si\b)"
)
# characters from "qu'" to its date ("qu'en 2004", "qu'au mois d'octobre")
_RESTRICTED_DATE_GAP = 12
_MOOD_BEFORE_STEP = frozenset({"INTENT", "FUTURE", "CONSIDER", "NEG", "NEG_FUT", "PRESSURE"})
_PRO_VERB_FIRST = frozenset(words[0] for words in _PRO_VERBS)
# "وفعلت السويد ذلك عام 2024": the Arabic verb, its subject, then "ذلك"
_ARABIC_PRO_VERBS = frozenset({"فعلت", "فعلتا", "فعل", "فعلوا"})


def _pro_verb_end(index: int, toks: list[Token], sentence: _Sentence) -> int | None:
    """The last token of a word for a verb that starts at ``index``, or None."""
    text = toks[index].text
    if text in _ARABIC_PRO_VERBS or (text[:1] in ("و", "ف") and text[1:] in _ARABIC_PRO_VERBS):
        last = min(sentence.last_token, index + 4)
        return index if any(toks[i].text == "ذلك" for i in range(index + 1, last + 1)) else None
    if text not in _PRO_VERB_FIRST:
        return None
    for words in _PRO_VERBS:
        end = index + len(words) - 1
        if end <= sentence.last_token and tuple(t.text for t in toks[index : end + 1]) == words:
            return end
    return None


def _pro_verbs(cues: list[_Cue], toks: list[Token], sentence: _Sentence) -> list[_Cue]:
    """The cues with each word that stands for the step told before it ("Ukraine joined late
    last year, and South Korea did so in May") read as that step's verb again. A step told
    as a wish or an application ("подали заявки на членство [...] Украины, которая сделала
    это"), or as the signing of a document ("firmó un memorando [...] y Panamá lo hizo"), is
    not repeated: what it was is told by the words around it, not by the verb."""
    steps = [c for c in cues if c.cat in ACTIONS]
    if not steps:
        return cues
    added = []
    for index in range(sentence.first_token, sentence.last_token + 1):
        end = _pro_verb_end(index, toks, sentence)
        if end is None:
            continue
        told = [c for c in steps if c.last < index]
        if not told:
            continue
        step = told[-1]
        if any(
            (c.cat in _MOOD_BEFORE_STEP and 0 < step.first - c.last <= 3)
            or (c.cat == "DOCUMENT" and 0 < c.first - step.last <= 3)
            # "se suma a México, que entregó su instrumento [...], y a Japón, que lo hizo": the
            # deposit told last is what is repeated, not the step before it
            or (c.cat == "DEPOSIT" and step.last < c.first < index)
            for c in cues
        ):
            continue
        added.append(_Cue(step.cat, toks[index].start, toks[end].end, step.text, index, end))
    if not added:
        return cues
    return sorted(cues + added, key=lambda cue: cue.start)


# "took effect", "prend effet", "surtió efecto": an entry into force when nothing else does.
_TAKES_EFFECT_RE = re.compile(
    r"t(?:ook|akes|ake)\s+effect|became\s+effective|pris\s+effet|prend\w*\s+effet"
    r"|surt\w+\s+efecto"
)


def _owner(sentences: list[_Sentence], position: int) -> _Sentence | None:
    i = bisect.bisect_right(sentences, position, key=lambda s: s.start) - 1
    if i >= 0 and position < sentences[i].end:
        return sentences[i]
    return None


# Between a capital and its verb: auxiliaries and adverbs ("Moscow has formally ratified").
_CAPITAL_GAP_WORDS = _AUXILIARIES | frozenset(
    {"has", "have", "had", "will", "would", "also", "formally", "officially", "finally", "on"}
    | {"is", "are", "was", "were"}  # "the European Union is no longer a party to"
    | {"aussi", "egalement", "officiellement", "tambien", "oficialmente", "также", "официально"}
    | {"formellement", "formalmente", "формально"}
    | {"ya", "deja", "уже", "ne", "n", "no", "не", "not", "se", "s", "l", "lo", "la", "y"}
    # "Москва не намерена становиться участником": an intention before the verb
    | {"intends", "plans", "намерена", "намерен", "намерены", "собирается", "entend", "pretende"}
    # the day between the capital and its verb: "Стокгольм в четверг официально вступил"
    | {"в", "во", "el", "le", "ce", "este", "this", "last", "dernier", "pasado", "прошлый"}
    | {"yesterday", "today", "hier", "aujourd", "hui", "ayer", "hoy", "вчера", "сегодня"}
    | WEEKDAY_NAMES
)
_SAID_WORDS = frozenset({"said", "says", "announced", "declared"})
_PRONOUNS_AFTER_SAID = frozenset({"it", "they"})
_CAPITAL_REACH = 6  # tokens from a capital to its verb, over a list of other states
# Prepositions that make a capital a place: "in Moscow", "à Paris", "в Москве", "desde Lima".
_PLACE_WORDS = frozenset(
    {"in", "at", "from", "to", "near", "a", "au", "en", "de", "depuis", "desde", "hacia"}
    | {"в", "во", "из", "под", "из-под", "до"}
)
_STEP_CATS = ACTIONS | {"DEPOSIT", "NOTIFY"}  # "Canberra notified New Zealand"


def _capitals_acting(
    mentions: list[Mention], toks: list[Token], key: str, norm: str
) -> list[Mention]:
    """The mentions, without the capitals that do not stand for their state (see
    _capital_acts)."""
    if not any(m.capital for m in mentions):
        return mentions
    named = {i for m in mentions if m.kind == COUNTRY for i in range(m.first, m.last + 1)}
    return [
        m
        for m in mentions
        if not m.capital
        or (_capital_acts(m, named, toks, key, norm) and not _DATELINE_GAP_RE.match(norm, m.end))
    ]


# "WASHINGTON — Brasil adhirió ayer": a dateline's city, set off by a dash or a colon.
_DATELINE_GAP_RE = re.compile(r"[^\w\n]*[—–:-]")
# "NUSA DUA, Indonesia - Australia formally ratified": a city and its country open the line
_DATELINE_CITY_RE = re.compile(r"[^\W\d][\w .'-]{0,30},\s*$")
# "من موفدنا الخاص", "من مراسلنا", "(AFP)", "de notre envoyé spécial", "Наш корр.": who filed
_CORRESPONDENT_RE = re.compile(
    r"\s*(?:\(|من\s+(?:موفد|مراسل|مبعوث)|de\s+notre\s+(?:envoye|correspondant)"
    r"|from\s+our\s+(?:own\s+)?(?:correspondent|special)|de\s+nuestro\s+(?:enviado|corresponsal)"
    r"|(?:от\s+)?наш\w*\s+(?:корр|специальн))"
)


def _dateline_country(m: Mention, norm: str) -> bool:
    """A country named after the city of a dateline, set off by a dash or a colon, is where
    the report was filed."""
    if m.kind != COUNTRY or not (gap := _DATELINE_GAP_RE.match(norm, m.end)):
        return False
    line_start = norm.rfind("\n", 0, m.start) + 1
    if m.start == line_start and _CORRESPONDENT_RE.match(norm, gap.end()):
        # "مراكش – من موفدنا الخاص:": the place the correspondent filed from opens the line
        # ("مراكش" also names Morocco)
        return True
    return bool(_DATELINE_CITY_RE.fullmatch(norm, line_start, m.start))


def _capital_acts(m: Mention, named: set[int], toks: list[Token], key: str, norm: str) -> bool:
    """Whether a capital stands for its state as the subject of a step: "Moscow ratified",
    "Paris, Bonn et Londres ont apposé", "وأودعت أثينا" (not "signed in Moscow"); ``named``
    holds the tokens of every state named, over which a list of them is read."""
    if _BEHALF_OF_RE.search(norm, max(0, m.start - 30), m.start):
        return True  # "signed on behalf of Washington", "en nombre de Washington"
    if is_arabic_script(toks[m.first].text):
        # verb first: "وأودعت أثينا وأنقرة"
        i = m.first - 1
        while (
            i >= 0 and m.first - i <= _CAPITAL_REACH and (i in named or toks[i].text in _LIST_WORDS)
        ):
            i -= 1
        if i >= 0 and _word_category(key, toks[i].text) in _STEP_CATS:
            return True
        # "وكانت دمشق قد انضمت إلى الاتفاقية": the subject between "kana" and its verb
        if i < 0 or toks[i].text not in _AR_KANA:
            return False
        for i in range(m.last + 1, min(len(toks), m.last + 1 + _CAPITAL_REACH)):
            word = toks[i].text
            if _word_category(key, word) in _STEP_CATS:
                return True
            if i not in named and word not in _LIST_WORDS and word not in _AR_CAPITAL_GAP_WORDS:
                return False
        return False
    if _EFFECT_FOR_RE.search(norm, max(0, m.start - 40), m.start):
        return True  # "la convention entrera en vigueur pour Juba le 19 novembre"
    before = m.first - 1
    if before > 0 and toks[before].text == "a":
        before -= 1  # "suspendieron a Abiyán": the object marked by "a"
    if before >= 0 and _word_category(key, toks[before].text) in ("SUSPEND", "REINSTATE"):
        return True  # "a suspendu Bamako de toutes les activités": the state suspended
    if m.first > 0 and toks[m.first - 1].text in _PLACE_WORDS:
        return False  # "signed in Moscow"
    multi_re = _cue_tables(key)[0]
    said = -1
    for i in range(m.last + 1, min(len(toks), m.last + 1 + _CAPITAL_REACH)):
        word = toks[i].text
        if _word_category(key, word) in _STEP_CATS:
            return True
        if i == said + 1 and word in _PRONOUNS_AFTER_SAID:
            continue  # "Pretoria said it was withdrawing": the capital speaks for its state
        if word in _SAID_WORDS:
            said = i
            continue
        # a verb of more than one word: "Ankara se sumó", "Ankara a apposé sa signature"
        phrase = multi_re.match(norm, toks[i].start) if multi_re is not None else None
        if phrase is not None and phrase.lastgroup in _STEP_CATS:
            return True
        if i in named or word in _LIST_WORDS or word in _CAPITAL_GAP_WORDS:
            continue
        return False
    return False


# on behalf of a capital: of its state
_BEHALF_OF_RE = re.compile(
    r"(?:on\s+behalf\s+of|au\s+nom\s+de|en\s+nombre\s+de|от\s+имени|نيابه\s+عن)\s+$"
)

# "kana" before its subject, and what may stand between that subject and its verb
_AR_KANA = frozenset({"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"})
_AR_CAPITAL_GAP_WORDS = frozenset({"قد", "بدورها", "ايضا"})


# An entry into force for a state, named by its capital.
_EFFECT_FOR_RE = re.compile(
    r"(?:en\s+vigueur|into\s+force|effect|в\s+силу|en\s+vigor)\s+(?:pour|for|для|para)\s+$"
)


# "tanto X como Y", "tant X que Y": both of them
_BOTH_CONNECTORS = {"tanto": "como", "tant": "que"}
# Organisations that are also parties to treaties, by the code they have as a party.
_PARTIES = {"european-union": "EU"}
_LIST_GAP_RE = re.compile(r"[\s,']*")


def _parties_in_lists(
    mentions: list[Mention], toks: list[Token], norm: str, countries: frozenset[str]
) -> list[Mention]:
    """An organisation named in a list of states is a party beside them, not the agreement
    acted on: "for Russia, Japan, Canada, the European Union and other countries that ratified
    the protocol"."""
    result = list(mentions)
    for index, m in enumerate(result):
        party = _PARTIES.get(m.key) if m.kind == AGREEMENT else None
        if party is None or party not in countries:
            continue
        neighbours = [result[j] for j in (index - 1, index + 1) if 0 <= j < len(result)]
        for neighbour in neighbours:
            if neighbour.kind != COUNTRY:
                continue
            first, second = sorted((neighbour, m), key=lambda x: x.first)
            between = range(first.last + 1, second.first)
            gap = norm[first.end : second.start]
            words = [toks[i].text for i in between]
            before = first.first - 1
            if before >= 0 and toks[before].text in _ARTICLES:
                before -= 1
            # "Tanto la UE como Japón", "tant l'Union européenne que le Japon": both of them
            connector = _BOTH_CONNECTORS.get(toks[before].text) if before >= 0 else None
            both = connector in words and all(w in _LIST_WORDS or w == connector for w in words)
            if (
                len(words) <= 2
                and (all(w in _LIST_WORDS for w in words) or both)
                and _LIST_GAP_RE.fullmatch(_WORD_RE.sub("", gap))
                # "والهند والاتحاد الأوروبي": Arabic joins the last item with a prefix
                and ("," in gap or words or toks[second.first].text.startswith("و"))
            ):
                result[index] = m._replace(kind=COUNTRY, key=party)
                break
    return result


def _parties_acting(
    mentions: list[Mention],
    toks: list[Token],
    token_starts: list[int],
    key: str,
    kinds: Mapping[str, str],
    norm: str,
) -> list[Mention]:
    """An organisation that is itself a party to treaties, as the subject of a step on a treaty
    named after it in its sentence (``mentions``), is that party: "the EU lodged its approval
    of the Paris Agreement", "l'Union européenne a ratifié l'accord de Paris"."""
    result = list(mentions)
    multi_re = _cue_tables(key)[0]
    for index, m in enumerate(result):
        party = _PARTIES.get(m.key) if m.kind == AGREEMENT else None
        if party is None or any(
            _MEMBER_WORD_RE.match(toks[i].text) for i in range(max(0, m.first - 3), m.first)
        ):
            continue  # "ses partenaires de l'Union européenne ont déposé": the members act
        members = _OTHERS_COUNTED_RE.match(norm, m.end + 1)
        after = m.last + 1
        if members is not None and members.group("count") is None:
            # "La Communauté européenne et ses États membres ont signé"
            after = bisect.bisect_left(token_starts, members.end(), lo=m.last + 1)
        verb = verb_cat = None
        for i in range(after, min(len(toks), after + _CAPITAL_REACH)):
            # a verb of more than one word: "l'Union européenne n'est plus partie au traité"
            phrase = multi_re.match(norm, toks[i].start) if multi_re is not None else None
            verb_cat = _word_category(key, toks[i].text)
            if verb_cat not in _STEP_CATS and phrase is not None:
                verb_cat = phrase.lastgroup
            if verb_cat in _STEP_CATS:
                verb = i
                break
            if toks[i].text not in _CAPITAL_GAP_WORDS:
                break
        if verb is None:
            continue
        treaty = next(
            (
                other
                for other in result[index + 1 :]
                if other.kind == AGREEMENT
                and other.first - verb
                # "depositó el miércoles en la sede de Naciones Unidas en Nueva York su
                # instrumento de aprobación del Acuerdo de París": a deposit reaches further
                <= (
                    _PARTY_INSTRUMENT_REACH
                    if verb_cat in _PARTY_INSTRUMENT_CATS and members is None
                    else _PARTY_OBJECT_REACH
                )
                # "signed the Council of Europe's convention on...": the body owns the treaty
                and not (other.last + 1 < len(toks) and toks[other.last + 1].text == "s")
                and ";" not in norm[m.end : other.start]  # another clause's
            ),
            None,
        )
        if treaty is not None:
            acts = kinds.get(treaty.key) != AgreementKind.ORGANISATION.value
        else:
            # "when the EU lodged its approval at UN headquarters", "mientras la Comunidad
            # Europea entregaba su instrumento de aprobación": with no agreement after it, an
            # instrument it hands over is of a treaty named before, not of itself
            acts = (
                verb_cat in _PARTY_INSTRUMENT_CATS
                and not any(
                    other.kind == AGREEMENT
                    and other.first > m.last
                    # "...; España, que ocupa la presidencia del Consejo de la UE, entregó": a
                    # body named past a semicolon is another clause's
                    and ";" not in norm[m.end : other.start]
                    for other in result
                )
            )
        if acts:
            result[index] = m._replace(kind=COUNTRY, key=party)
    return result


_PARTY_INSTRUMENT_CATS = frozenset({"RATIFY", "ACCEPT", "DEPOSIT"})


_PARTY_OBJECT_REACH = 8  # tokens from a party's verb to the treaty it acts on
_PARTY_INSTRUMENT_REACH = 20  # the same from a deposit, over where and what was handed over


def _distribute(
    sentences: list[_Sentence], token_starts: list[int], mentions: list[Mention]
) -> None:
    for sentence in sentences:
        sentence.first_token = bisect.bisect_left(token_starts, sentence.start)
        sentence.last_token = bisect.bisect_left(token_starts, sentence.end) - 1
    for m in mentions:
        if (s := _owner(sentences, m.start)) is not None:
            s.mentions.append(m)


@cache
def _hint_re(key: str) -> re.Pattern[str]:
    """Words that make a sentence without an agreement's name worth reading: a common noun
    that points back at one ("the treaty"), or an entry into force or a taking effect."""
    langs = LANGUAGES if key == "und" else (key,)
    patterns = [
        p
        for lang in langs
        for cat in ("GENERIC", "COMPLETE", "EIF", "NORMALISE")
        for p in LEXICON[lang][cat]
    ]
    return re.compile(rf"(?<!\w)(?:{'|'.join(_bounded(p) for p in patterns)})")


# --------------------------------------------------------------------------- one trigger


def _clause_of(sentence: _Sentence, position: int) -> int:
    for i, clause in enumerate(sentence.clauses):
        if clause.start <= position < clause.end:
            return i
    return max(0, len(sentence.clauses) - 1)


def _claims_for_trigger(
    trigger: _Cue,
    sentence: _Sentence,
    named: list[Mention],
    anaphoric_agreement: str | None,
    article: _Article,
    quote: str,
    context_agreement: str | None = None,
) -> list[_Raw]:
    toks, published = article.toks, article.published
    ci = _clause_of(sentence, trigger.start)
    clause = sentence.clauses[ci]
    nominal = trigger.first == trigger.last and (
        bool(article.nominal_re.search(trigger.text)) or _gerund(trigger, toks)
    )
    if trigger.cat == "EIF" and _on_the_day_of(trigger, sentence, toks):
        return []  # "تنضم إلى بروتوكول كيوتو يوم دخوله حيز التنفيذ": it dates the joining
    if (
        trigger.cat == "SIGN"
        # "inherited the Soviet signature"
        and any(
            _INHERITED_RE.match(toks[i].text)
            for i in range(max(0, trigger.first - 3), trigger.first)
        )
    ):
        return []  # "Россия, унаследовавшая подпись СССР": a signature taken over, not given
    if trigger.cat == "SIGN" and not nominal and _signs_a_decision(trigger, toks):
        # "главы государств-членов подписали решение о восстановлении членства": the members
        # signed the body's decision, not the treaty
        return []
    subjects, subject_clause = _subjects(trigger, sentence, ci, toks, nominal, article.norm)
    if (
        subjects
        and not nominal
        and is_arabic_script(trigger.text)
        and any(
            0 <= trigger.start - m.end() <= 1
            for m in _COUNTED_RE.finditer(article.norm, sentence.start, trigger.start)
        )
    ):
        # "ضمن نحو خمسين دولة وقّعت على النص [...]، من بينها النمسا": the states counted
        # right before the verb signed, not the state of the clause before
        subjects = []
    if (
        subjects
        and subject_clause < ci
        and (counted := _counted_after_verb(trigger, sentence, article))
        and _listed_after_count(counted.end(), sentence, article)
    ):
        # "وكانت إيران قد وقّعت المعاهدة [...]، ووقّعتها في اليوم نفسه الدول الثلاث الوديعة":
        # the states counted after the verb of a clause of its own, not the state before
        subjects = []
    # "يمكن أن يدخل حيز التنفيذ إذا صادقت روسيا": a state named after "if" is the supposition's
    subjects = [
        key
        for key in subjects
        if not _owns_initiative(key, sentence, article)
        and not all(
            any(toks[i].text in _IF_WORDS for i in range(trigger.last + 1, m.first))
            for m in sentence.mentions
            if m.kind == COUNTRY and m.key == key
        )
    ]
    by_reference = False
    reference = _self_reference(trigger, sentence, ci, toks) if not subjects else None
    if reference is not None and _POSSESSIVE_SELF_RE.match(reference.text):
        # "أعلن رئيس منظمة حماية البيئة الإيرانية أن بلاده لن تصادق": his country is the
        # speaker's
        speakers = [
            m.key
            for m in sentence.mentions
            if m.kind == COUNTRY and m.last < reference.first and _speaks(m, sentence, toks)
        ]
        named_before = {
            m.key for m in sentence.mentions if m.kind == COUNTRY and m.last < reference.first
        }
        if speakers:
            subjects = [speakers[-1]]
        elif len(named_before) == 1:
            # "days after Burundi: on Tuesday President Nkurunziza signed a law taking his
            # country out of the court": the one state the sentence named before
            subjects = list(named_before)
    if (
        not subjects
        and trigger.cat == "EIF"
        and len(article.last_actors) == 2
        and _BOTH_STATES_RE.search(article.norm, trigger.end, sentence.end)
    ):
        # "La convention entrera en vigueur pour les deux pays le 1er mars 2004": for the two
        # states of the step just told
        subjects = list(article.last_actors)
    if not subjects and trigger.cat in ("SIGN", "RATIFY", "ACCEDE"):
        # "Secretary of State Lawrence Eagleburger signed for the United States and Andrei
        # Kozyrev for Russia": a person signs for the states named after "for"
        subjects = _signed_for(trigger, sentence, toks)
    if not subjects and not nominal and _leader_of_focus(trigger, sentence, article):
        # "President Bush signed the United Nations treaty on climate change on Friday, adding
        # the United States to the list": the leader of the state the article is about
        subjects = [article.focus]
        by_reference = True
    if not subjects and trigger.cat == "REFUSE":
        # "Howard ruled out Australian ratification of the Kyoto Protocol": the state whose
        # step is refused refuses
        subjects = _refused_possessor(trigger, sentence, toks)
    if not subjects and (reference is None or trigger.first <= reference.first <= trigger.last):
        # "Ten states ratified the statute on Thursday, among them Bosnia, Cambodia...": the
        # states counted are the ones listed ("Scores of countries put their signatures on")
        subjects = _counted_states(trigger, sentence, article)
        if subjects:
            reference = None
    if not subjects and reference is not None and article.focus:
        subjects = [article.focus]  # "Le pays avait adhéré au Conseil en 1996"
        by_reference = True
    if not subjects and not nominal and _pronoun_subject(trigger, sentence, article):
        # "La Turquie a toujours avancé à pas comptés. Elle n'avait rejoint la convention
        # qu'en 2004": the state the sentence before spoke of
        subjects = [article.focus]
        by_reference = True
    if not subjects and not nominal:
        # "The Maghreb states had joined the League one by one: Libya in March 1953, then
        # Morocco and Tunisia in October 1958": the states listed after a colon, each dated
        subjects = _dated_after_colon(trigger, sentence, article)
    subjects = [
        c
        for c in subjects
        if not _only_after_phrase(c, trigger, sentence, toks)
        and not _only_a_place(c, sentence, toks)
    ]
    if not subjects:
        return []
    if _GROUP not in subjects and not by_reference:
        # "Britain and seventeen other countries ratified the treaty on Wednesday. [...] The
        # eighteen were Bulgaria, Croatia...": the others are those listed, or named later
        subjects = subjects + _others_counted(subjects, trigger, sentence, article)
        # "Mauritania joined the League in 1973, then Somalia in 1974 and Djibouti in 1977"
        subjects = subjects + _continued(subjects, trigger, sentence, article)
    entry_day = None
    if subjects == [_GROUP] and trigger.cat == "EIF":
        # the treaty itself takes effect: only when told with its verb and its own day ("will
        # enter into force on July 1", "entró en vigor el lunes"), not as a threshold ("needs
        # thirty ratifications to take effect", "حتى دخوله حيز التنفيذ")
        entry_day = None if nominal else _entry_day(trigger, sentence, article)
        if entry_day is None:
            return []
    if trigger.cat != "NORMALISE":
        subjects = list(
            dict.fromkeys(subjects + _companions(trigger, sentence, toks, subject_clause))
        )
    scope_start = sentence.clauses[subject_clause].start
    kind = _kind(trigger, sentence, clause, scope_start, article, nominal)
    if kind is None or (subjects == [_GROUP] and kind in _TAKES_EFFECT and entry_day is None):
        return []
    if kind == StanceKind.REFUSES.value and _legislature_acts(subjects, trigger, sentence, toks):
        # "The Czech Senate refused to approve ratification", "Сейм Латвии отказался
        # ратифицировать": a vote of parliament, not the state's stance (a parliament's law of
        # withdrawal stays the state's announced withdrawal, as the corpora label it)
        return []
    agreements = _agreements_for(
        trigger,
        sentence,
        clause,
        named,
        anaphoric_agreement,
        context_agreement,
        article,
    )
    if kind == EventKind.RATIFIED.value and any(
        c.cat in _JOINING and 0 < c.first - trigger.last <= 6 and _names_document(c, article.toks)
        for c in sentence.cues
    ):
        # "entregó el instrumento de ratificación del protocolo de adhesión": a state ratifying
        # its own accession protocol to an organisation joins it, which the text says as such
        agreements = [
            a
            for a in agreements
            if article.agreement_kinds.get(a) != AgreementKind.ORGANISATION.value
        ]
    if not agreements:
        return []
    # "n'avait rejoint la convention qu'en 2004, et le protocole de Kyoto en 2009": the
    # agreements after the step's dated object, each with a date of its own
    later = _continued_agreements(agreements, trigger, sentence, article)
    agreements = agreements + [a for a in later if a not in agreements]

    if (
        kind == EventKind.JOINED.value
        and all(article.agreement_kinds.get(a) in _INSTRUMENTS for a in agreements)
        and (term := _DAYS_AFTER_RE.search(article.norm, trigger.end, sentence.end))
        and any(
            c.cat in _INSTRUMENT_CATS and 0 <= c.start - term.end() <= _TERM_REACH
            for c in sentence.cues
        )
    ):
        # "becomes a full party to the Kyoto Protocol today, 90 days after its instrument of
        # ratification was lodged": the treaty takes effect for it, the instrument came before
        kind = EventKind.ENTERED_INTO_FORCE.value
    elif kind == EventKind.JOINED.value and all(
        article.agreement_kinds.get(a) in _INSTRUMENTS for a in agreements
    ):
        # "became a party to the convention when its instrument of accession was lodged": the
        # instrument says which step made it a party
        kind = (
            _instrument_kind(trigger, sentence, toks)
            # "Iraq became a state party on Thursday. ¶ The convention entered into force for
            # Iraq 30 days after Baghdad deposited its instrument": the term after it
            or (
                EventKind.ENTERED_INTO_FORCE.value
                if _term_told_next(sentence, article, subjects)
                else None
            )
            or _instrument_told_next(sentence, article, subjects)
            or kind
        )
    elif (
        kind == EventKind.ACCEDED.value
        and article.key not in ("en", "und")
        and all(article.agreement_kinds.get(a) in _INSTRUMENTS for a in agreements)
    ):
        # "присоединились [...]. Среди них — Аргентина и Бангладеш, сдавшие ратификационные
        # грамоты": one word for joining and for acceding; the instrument named next says which
        kind = _instrument_told_next(sentence, article, subjects) or kind
    is_stance = kind in _STANCES
    if is_stance and _YEARS_LONG_RE.search(article.norm, sentence.start, trigger.start):
        return []  # "For years, Brazil refused to sign the treaty": a stance since given up
    in_scope = [c for c in sentence.cues if scope_start <= c.start < clause.end]
    still = any(c.cat == "STILL" for c in in_scope)
    recalled = any(
        c.cat == "BG_SENTENCE" and c.start < trigger.start for c in sentence.cues
    ) or any(c.cat == "BG_CLAUSE" and c.start < clause.end for c in in_scope)
    recalled = (recalled or (nominal and _after_the_news(trigger, sentence, toks))) and not still
    voted = trigger.cat == "REFUSE" and bool(_VOTE_AGAINST_RE.search(trigger.text))
    if voted and (
        not _votes_on_adoption(sentence, article)
        or any(
            article.agreement_kinds.get(a) == AgreementKind.ORGANISATION.value for a in agreements
        )
    ):
        return []  # "voted against the decision to suspend Syria", against Palestine's admission

    if _COUNTED_LATER_RE.match(article.norm, trigger.end) and not any(
        clause.start <= d.start < clause.end for d in sentence.dates
    ):
        # "and it entered into force two years later": a day counted from another, not told
        return []
    clause_dated = any(clause.start <= d.start < clause.end for d in sentence.dates)
    if not clause_dated and _ago_after(trigger, clause, sentence, article):
        # "el acuerdo que Estados Unidos abandonó hace poco más de un año": told by a time of
        # its own that no date reads, not by another clause's day
        return []
    resolved, confident = _date_for(trigger, sentence, ci, is_stance, recalled, article)
    if not clause_dated and (explained := _explained_next(trigger, sentence, ci, article)):
        # "وكانت سوريا آخر دولة عربية تنضم إليها، إذ أودعت وثيقة انضمامها في سبتمبر 2013": the
        # clause that explains the step by its deposit dates it, not the clause before
        resolved, confident = explained, True
    if not clause_dated and (
        same := next(
            (
                m
                for m in _SAME_DAY_RE.finditer(article.norm, clause.start, clause.end)
                # within reach on either side of the step
                if m.start() - trigger.end <= _SAME_DAY_REACH
                and trigger.start - m.end() <= _SAME_DAY_REACH
                # (not "في اليوم ذاته، 3 دجنبر 2008": the day given with it)
                # ("le même jour, le 3 décembre 1997": nor with its article)
                and not any(
                    _APPOSED_DAY_GAP_RE.fullmatch(article.norm, m.end(), d.start)
                    for d in sentence.dates
                    if d.start >= m.end()
                )
            ),
            None,
        )
    ):
        # "В тот же день первой её подписала Турция, она же первой ратифицировала документ —
        # 14 марта 2012 года": the day just told, not the day of the next clause ("открыта
        # для подписания 10 апреля 1972 года [...], и в тот же день её подписали": told
        # before it in the sentence)
        same_day = _previous_day(sentence, article, same.start())
        if same_day is not None:
            resolved, confident = same_day, True
    elif (
        not clause_dated
        and (
            same_month := next(
                (
                    m
                    for m in _SAME_MONTH_RE.finditer(article.norm, clause.start, clause.end)
                    if m.start() - trigger.end <= _SAME_DAY_REACH
                    and trigger.start - m.end() <= _SAME_DAY_REACH
                    and not _ANOTHERS_MONTH_RE.match(article.norm, m.end())
                ),
                None,
            )
        )
        and (told := _previous_day(sentence, article, same_month.start())) is not None
        and _PRECISION_RANK[told.precision] >= _PRECISION_RANK[Precision.MONTH.value]
    ):
        # "les îles Fidji [...] dès le 10 décembre 1982, tandis que l'Union soviétique l'avait
        # signée le même mois": the month of the day just told, not that day
        resolved = ResolvedDate(
            told.date.replace(day=1), Precision.MONTH.value, told.derivation, same_month.group()
        )
        confident = True
    if (
        kind == EventKind.ENTERED_INTO_FORCE.value
        and resolved is not None
        and (counted := _counted_from_instrument(trigger, sentence, article, resolved))
    ):
        resolved = counted
    if (
        kind == EventKind.ENTERED_INTO_FORCE.value
        and trigger.cat in _JOINING
        and not any(clause.start <= d.start < clause.end for d in sentence.dates)
        and (entry_clause_day := _entry_clause_day(trigger, sentence))
    ):
        # "Le pays devient ainsi le 122e État partie au Statut, qui entrera en vigueur à son
        # égard le 1er mai 2013": the day of the entry into force that makes it a party
        resolved, confident = entry_clause_day, True
    if (
        trigger.cat == "JOIN"
        and _FOUNDED_BY_RE.search(trigger.text)
        and not any(d.resolved == resolved for d in sentence.dates)
    ):
        return []  # "было создано как БРИК Бразилией, Россией...": founders, on no day told
    if trigger.cat == "JOIN" and _FOUNDER_RE.search(trigger.text):
        # "من الدول المؤسسة للمجموعة التي أنشئت بموجب معاهدة لاغوس عام 1975": a founder
        # joined in the year the body was founded, the year after the words
        founded = next(
            (
                d.resolved
                for d in sentence.dates
                if 0 <= d.start - trigger.end <= _FOUNDED_REACH
                and d.resolved.precision != Precision.DAY.value
                # not "العضو المؤسس الذي غادر المجموعة عام 2000": the year of another step
                and not any(
                    c.cat in _LEAVING_CATS and trigger.end <= c.start and c.end <= d.start
                    for c in sentence.cues
                )
            ),
            None,
        )
        if founded is None and len(agreements) == 1:
            # "Entre sus miembros fundadores figuran Estados Unidos, Japón [...]" the day after
            # the WTO began: the founders of a body founded in the days before the paper joined
            # it on its founding day, which the database records
            founded = _founding_news(agreements[0], article)
        if founded is None:
            return []
        resolved, confident = founded, True
    if voted and (resolved is None or not sentence.dates):
        # "Les Pays-Bas ont voté contre": on the day the text was adopted, told before
        resolved = _day_told_before(sentence, article) or resolved
        confident = resolved is not None
        if resolved is None:
            # "El texto de Roma se aprobó con 120 votos [...] Entre quienes votaron en contra
            # figuró Estados Unidos": an adoption told with no day is no news of the day
            return []
    if entry_day is not None:
        resolved, confident = entry_day, True
    if resolved is None and sentence.is_title:
        resolved = _lead_date(subjects, article)
        confident = resolved is not None
    if resolved is None and (
        (same := _SAME_DAY_RE.search(article.norm, sentence.start, sentence.end))
        # "dans la foulée de leur signature" names a step it does not date
        or (
            not nominal
            and (same := _THAT_DAY_RE.search(article.norm, sentence.start, sentence.end))
        )
    ):
        # "وأودعت سيراليون بدورها وثيقة مصادقتها في اليوم ذاته": the day just told; "فُتح
        # باب التوقيع عليها في 11 أيار [...]، وكانت تركيا في مقدمة الدول التي وقّعتها في ذلك
        # اليوم": told before in the sentence itself
        resolved = _previous_day(sentence, article, same.start())
        confident = resolved is not None
    if (
        resolved is None
        and not sentence.is_title
        and any(c.cat == "DEPOSIT" for c in sentence.cues)
    ):
        # "أودعت اليونان وتركيا أمس الخميس وثيقتيهما [...] ¶ وأودعت أثينا وثيقة التصديق": the
        # deposit told again in detail, on the day first told
        resolved = _deposit_day(sentence, article)
        confident = resolved is not None
    if resolved is None and not sentence.is_title and not recalled:
        # "India has decided not to join the RCEP. Modi told leaders on Monday that...": the
        # lead's news, dated by the sentences that tell it
        resolved = _following_date(sentence, subjects, article, kind)
        confident = resolved is not None
    if resolved is None and not sentence.is_title and not recalled:
        # "أعلنت ليبيا مساء أمس الجمعة أنها قررت [...] ¶ وجاء في بيان [...] أن الجماهيرية
        # ستنضم": what the statement said, announced on the day just told
        resolved = _statement_day(sentence, subjects, article)
        confident = resolved is not None
    if resolved is None and clause.relative and not sentence.is_title and kind not in _STANCES:
        # "إسرائيل، وهي من الدول القليلة التي وقعت الاتفاقية دون أن تصادق عليها": a relative
        # clause that tells an undated step describes the state; it reports nothing new
        return []
    if by_reference and (
        resolved is None
        or (
            resolved.derivation not in (Derivation.STATED.value, Derivation.RELATIVE.value)
            # "will enter into force for the country on 16 October": a day ahead, of no year
            and kind not in _TAKES_EFFECT
        )
        or kind in _STANCES
        or kind in (EventKind.ANNOUNCED_INTENT.value, EventKind.ANNOUNCED_JOINING.value)
    ):
        # "the country" is read as the article's state only for a fact it dates: "el país
        # aspira a ingresar", "أمله في أن تنضم المملكة" are hopes and plans of uncertain owner
        return []
    if _recalled_after(trigger, sentence, toks) and not any(
        clause.start <= d.start < clause.end for d in sentence.dates
    ):
        return []  # "three months after Panama announced its exit": an undated earlier step
    if (
        resolved is not None
        and published is not None
        and resolved.date > published
        and kind not in _TAKES_EFFECT
        and not (
            kind == EventKind.JOINED.value
            and (
                _decided_on(trigger, clause, article)
                or any(c.cat == "SCHEDULED" and c.end <= trigger.start for c in sentence.cues)
            )
        )
    ):
        # Only an effective date lies ahead ("takes effect on 1 January"); an announcement,
        # a plan or a signature is dated when it was made: "abandonará la OPEP a partir del
        # 1 de enero, anunció el martes" was announced on Tuesday.
        earlier_year = _year_before(resolved, published)
        made = [
            d
            for d in sentence.dates
            if d.resolved.date <= published
            and d.resolved.precision == Precision.DAY.value
            and not sentence.clauses[_clause_of(sentence, d.start)].relative
        ]
        told_past = (
            earlier_year is not None
            and not _undecided(kind)
            and not article.future_re.search(trigger.text)
            # "ratified in April, days before it entered into force": that is another clause's
            and not any(
                c.cat in ("FUTURE", "SCHEDULED", "AS_OF", "COMPLETE", "EIF")
                and clause.start <= c.start < clause.end
                for c in sentence.cues
            )
        )
        own_day = any(
            d.resolved is resolved and clause.start <= d.start < clause.end for d in sentence.dates
        )
        if made and not (told_past and own_day):
            nearest = min(
                made, key=lambda d: min(abs(d.start - trigger.end), abs(trigger.start - d.end))
            )
            resolved, confident = nearest.resolved, True
        elif told_past:
            # "стала членом БРИКС 6 января", published in November: last January, not next;
            # "fue firmado el 29 de mayo [...], y Armenia firmó el suyo el 10 de octubre",
            # published in December: the step's own day, last May, not another's
            resolved, confident = earlier_year, True
        else:
            resolved, confident = None, False
    if (
        resolved is not None
        and published is not None
        and resolved.date < published
        and kind in _TAKES_EFFECT
        and _yearless(resolved)
        and (
            article.future_re.search(trigger.text)
            or any(
                c.cat == "FUTURE" and clause.start <= c.start < trigger.start for c in sentence.cues
            )
        )
        # "will enter into force for Sri Lanka on September 1", published on 2 March: the
        # September to come, though the one before is a day nearer
        and (next_one := _year_after(resolved)) is not None
    ):
        resolved = next_one
    if resolved is None and recalled:
        # a recalled step with no date of its own ("had joined years ago") is not dated by
        # the publication, and undated it can place nothing on a timeline
        return []
    if _DECADE_RE.search(article.norm, clause.start, clause.end) and (
        resolved is None or not any(clause.start <= d.start < clause.end for d in sentence.dates)
    ):
        # "Швеция присоединилась к договору еще в конце 1990-х": a decade, which no date reads,
        # recalls a step; it takes neither the publication's day nor another clause's year
        return []
    if (
        kind == EventKind.JOINED.value
        and _SINCE_FOUNDING_RE.search(
            article.norm, trigger.end, min(clause.end, trigger.end + _SINCE_FOUNDING_REACH)
        )
        and not any(clause.start <= d.start < clause.end for d in sentence.dates)
    ):
        # "Mauricio es miembro de la OMC desde su creación": a member since the organisation
        # was founded, in the year the catalogue gives, if it does; not on another clause's day
        founded = article.founded.get(agreements[0]) if len(agreements) == 1 else None
        if founded is None:
            return []
        # "desde su nacimiento, el 1 de enero de 1995": the founding day, where the sentence
        # tells it
        resolved = next(
            (
                d.resolved
                for d in sentence.dates
                if d.resolved.date == founded and d.resolved.precision == Precision.DAY.value
            ),
            ResolvedDate(
                datetime.date(founded.year, 1, 1),
                Precision.YEAR.value,
                Derivation.INFERRED.value,
                "since its founding",
            ),
        )
        recalled, confident = True, False
    if resolved is None and any(
        t.text in _SINCE_WORDS and clause.start <= t.start < clause.end
        for t in toks[trigger.last + 1 : trigger.last + 1 + _SINCE_REACH]
    ):
        # "Israel has been a party to the convention since the 1990s": a standing whose start
        # is told in words no date reads, not a step of the day
        return []
    if (
        resolved is None
        and (
            clause.relative
            # ("Greece, | which has signed": the name and its relative clause read as one)
            or any(
                c.cat == "RELATIVE" and clause.start <= c.start < trigger.start
                for c in sentence.cues
            )
        )
        and not sentence.is_title
        and not _done_again_or_just(trigger, toks)
    ):
        # "La Grèce, qui a signé son adhésion, attend toujours le feu vert": a step told to
        # describe a state, with no date, is no news of the day
        return []
    if resolved is None and nominal and not sentence.is_title and sentence not in article.lead:
        # "The step goes further than Washington's withdrawal from the Paris Agreement": a
        # step named by its noun, with no date, past the lead recalls what the reader knows
        return []
    if resolved is None and published is not None:
        resolved_date, precision, derivation = (
            article.dateline or published,
            Precision.DAY.value,
            Derivation.INFERRED.value,
        )
    elif resolved is None:
        resolved_date = precision = derivation = None
    else:
        resolved_date, precision, derivation = (
            resolved.date,
            resolved.precision,
            resolved.derivation,
        )

    # News is what happened in the days before publication: a step whose stated (or relative:
    # "في شباط الماضي") period ended more than a month earlier is recalled, not reported.
    old = (
        published is not None
        and resolved is not None
        and resolved.derivation in (Derivation.STATED.value, Derivation.RELATIVE.value)
        and published - _period_end(resolved.date, resolved.precision) > _BACKGROUND_AGE
    )
    # "был подписан в среду", "had signed on Monday": a step recalled with a weekday or
    # "yesterday" of the past week is the news itself
    this_week = (
        published is not None
        and resolved is not None
        and resolved.derivation == Derivation.RELATIVE.value
        and resolved.precision == Precision.DAY.value
        and datetime.timedelta(0) <= published - resolved.date <= _WEEK
        and any(  # the day is the step's own, told in its clause
            d.resolved == resolved and clause.start <= d.start < clause.end for d in sentence.dates
        )
    )
    background = old if is_stance else ((recalled and not this_week) or old)

    confidence = 0.6
    confidence += 0.1 if confident else -0.1 if resolved_date else -0.15
    if anaphoric_agreement:
        confidence -= 0.15
    if sentence.is_title:
        confidence -= 0.2
    if subject_clause != ci:
        confidence -= 0.05
    if trigger.cat == "NORMALISE":
        confidence -= 0.1
    confidence = round(min(0.95, max(0.05, confidence)), 2)

    scheduled = (
        _scheduled_for(trigger, clause, article)
        if kind == EventKind.WITHDRAWAL_ANNOUNCED.value and not sentence.is_title
        else None
    )
    effective = [
        # "will leave OPEC as of 1 January 2020": the announcement, and the exit on that day
        _Raw(
            country,
            agreement,
            EventKind.WITHDREW.value,
            scheduled.resolved.date,
            scheduled.resolved.precision,
            scheduled.resolved.derivation,
            False,
            sentence.index,
            quote,
            round(max(0.05, confidence - 0.05), 2),
            False,
            sentence.paragraph,
        )
        for country in subjects
        for agreement in agreements
        if scheduled is not None
    ]
    raws = []
    for country in subjects:
        own = _own_date(country, sentence, article.norm) if len(subjects) > 1 else None
        if own is not None and resolved is not None and own != resolved:
            # "le Qatar a quitté l'OPEP en 2019 et l'Équateur en 2020": each its own year
            own_background = background or (
                published is not None
                and published - _period_end(own.date, own.precision) > _BACKGROUND_AGE
            )
            dated = (own.date, own.precision, own.derivation, own_background)
        else:
            dated = (resolved_date, precision, derivation, background)
        # "became a party to the Paris climate agreement again", "rejoins": a return
        returned = bool(
            _RETURN_RE.match(trigger.text)
            or _REJOIN_RE.match(trigger.text)
            or _AGAIN_RE.search(article.norm, trigger.end, clause.end)
        )
        for agreement in agreements:
            if agreement in later:
                own = later[agreement]
                dated = (
                    own.date,
                    own.precision,
                    own.derivation,
                    background
                    or (
                        published is not None
                        and published - _period_end(own.date, own.precision) > _BACKGROUND_AGE
                    ),
                )
            told = _founding(kind, sentence, agreement, article, trigger) or _kind_for_agreement(
                kind,
                article.agreement_kinds.get(agreement),
                joined_on_entry=agreement in article.joined_on_entry,
                returned=returned,
                area=kind == EventKind.ACCEDED.value and _area_named(sentence, agreement, article),
            )
            if (
                told == EventKind.JOINED.value
                and returned
                and _after_suspension(trigger, sentence, article.toks)
            ):
                # "إندونيسيا تعود إلى «أوبك» بعد سبع سنوات من تعليق عضويتها", "returns to the
                # AU after its suspension": a return from a suspension is a reinstatement
                told = EventKind.REINSTATED.value
            if (
                told == EventKind.WITHDRAWAL_ANNOUNCED.value
                and article.agreement_kinds.get(agreement) == AgreementKind.ORGANISATION.value
                and _at_once(trigger, sentence, clause, article)
            ):
                # "announced its withdrawal from the Commonwealth with immediate effect": one
                # leaves an organisation when one says so (a treaty's exit takes its notice)
                told = EventKind.WITHDREW.value
            if (
                told == EventKind.RATIFIED.value
                and article.agreement_kinds.get(agreement) == AgreementKind.ORGANISATION.value
            ):
                # "Летом Государственная дума ратифицировала протокол": a state ratifies its
                # accession at home; it becomes a member when the organisation says so
                continue
            raws.append(
                _Raw(
                    country,
                    agreement,
                    told,
                    *dated,
                    sentence.index,
                    quote,
                    confidence,
                    sentence.is_title,
                    sentence.paragraph,
                    bool(_RETURN_RE.match(trigger.text)),
                )
            )
    day = (
        _day_in(clause, sentence, article, Derivation.STATED.value, ahead=True)
        if kind == EventKind.WITHDRAWAL_ANNOUNCED.value
        and trigger.cat == "WITHDRAW"
        and not any(c.cat in ("CONDITION", "INTENT", "CONSIDER") for c in in_scope)
        and not any(c.cat == "CONDITION" and c.start > trigger.end for c in sentence.cues)
        else None
    )
    if day is not None:
        # "will formally leave the statute on June 2, 2026": announced now, and the exit
        # itself fixed to its day
        raws.extend(
            replace(
                r,
                kind=EventKind.WITHDREW.value,
                date=day.resolved.date,
                precision=Precision.DAY.value,
                derivation=Derivation.STATED.value,
                background=False,
            )
            for r in list(raws)
            if r.kind == EventKind.WITHDRAWAL_ANNOUNCED.value
        )
    return effective + raws


_NISBA_RE = re.compile(r"^ال\w+يه$")


_POSSESSIVE_SELF_RE = re.compile(r"(?:his|her|their|son|leur|su)\s|[وف]?بلاد(?:ه|ها|هم)$")


def _speaks(m: Mention, sentence: _Sentence, toks: list[Token]) -> bool:
    """A state named as a speaker's: "the Iranian environment chief", "le ministre turc"."""
    return _roles_of(sentence, toks).get(m) == "speaker" or m.demonym


# Pronouns that open a sentence for a state ("Elle avait rejoint", "It had signed", "Она
# ратифицировала"); Spanish and Arabic leave the subject out.
# ("وهي عضو في حلف شمال الأطلسي منذ عام 1949": she, the state)
_STATE_PRONOUNS = frozenset({"it", "elle", "il", "она", "он", "هي", "وهي", "فهي"})
# tokens from the pronoun to its verb ("Elle n'avait rejoint", "It had already joined")
_PRONOUN_GAP = 5
_PRONOUN_STEPS = frozenset({"JOIN", "ACCEDE", "SIGN", "RATIFY", "ACCEPT", "WITHDRAW"})


_LEADER_STEPS = frozenset({"SIGN", "RATIFY", "ACCEDE", "JOIN", "WITHDRAW"})
_LEADER_GAP = 3  # tokens from "President" to the verb: "President Bush signed"
_LEADER_OBJECT_REACH = 3  # tokens from the verb to the agreement: "signed the UN treaty"


# "إذ", "as", "car": a clause that explains the one before
_EXPLAINING_WORDS = frozenset({"اذ", "حيث", "as", "car", "puisque", "pues", "поскольку", "так"})


def _explained_next(
    trigger: _Cue, sentence: _Sentence, ci: int, article: _Article
) -> ResolvedDate | None:
    """The date of the clause right after a step's, when that clause opens on "as" ("إذ") and
    tells the deposit that made the step: "تنضم إليها، إذ أودعت وثيقة انضمامها في سبتمبر 2013"."""
    if ci + 1 >= len(sentence.clauses):
        return None
    toks = article.toks
    following = sentence.clauses[ci + 1]
    first = next((t for t in toks[trigger.last + 1 :] if t.start >= following.start), None)
    if first is None or first.text not in _EXPLAINING_WORDS or first.start >= following.end:
        return None
    if not any(
        c.cat == "DEPOSIT" and following.start <= c.start < following.end for c in sentence.cues
    ) or any(
        # "إذ أودعت الدوحة وثيقة تصديقها عام 1997": a state of its own, whose date that is
        m.kind == COUNTRY and following.start <= m.start < following.end
        for m in sentence.mentions
    ):
        return None
    return next(
        (d.resolved for d in sentence.dates if following.start <= d.start < following.end), None
    )


def _opens_clause(cue: _Cue, clause: _Clause, toks: list[Token]) -> bool:
    """Whether a cue is the first word of a clause (or the second, after "that")."""
    words = [t for t in toks[max(0, cue.first - 2) : cue.first] if t.start >= clause.start]
    return len(words) == 0 or (len(words) == 1 and words[0].text in _THAT_WORDS)


def _leader_of_focus(trigger: _Cue, sentence: _Sentence, article: _Article) -> bool:
    """Whether a step's subject is a leader's title and name that open the sentence ("President
    Bush signed"), and the state the article is about is named in the sentence or headline,
    while no other state is named before the verb."""
    toks, focus = article.toks, article.focus
    if focus is None or trigger.cat not in _LEADER_STEPS or sentence.is_title:
        return False
    leader = next(
        (
            c
            for c in sentence.cues
            if c.cat == "TITLE"
            and c.first <= sentence.first_token + 1
            and 0 < trigger.first - c.last <= _LEADER_GAP
        ),
        None,
    )
    if (
        leader is None
        # a leader's name between ("President Bush signed"), not "Trade ministers signed"
        or leader.last + 1 >= trigger.first
        or not all(toks[i].original[:1].isupper() for i in range(leader.last + 1, trigger.first))
        or any(m.kind == COUNTRY and m.first < trigger.first for m in sentence.mentions)
        # what the leader signs is the agreement named right after ("signed the United Nations
        # treaty on climate change"), not "the instrument to rejoin"
        or not any(
            m.kind == AGREEMENT and 0 < m.first - trigger.last <= _LEADER_OBJECT_REACH
            for m in sentence.mentions
        )
    ):
        return False
    headline = article.sentences[0]
    return any(
        m.kind == COUNTRY and m.key == focus
        for s in (sentence, headline)
        if s is sentence or s.is_title
        for m in s.mentions
    )


def _pronoun_subject(trigger: _Cue, sentence: _Sentence, article: _Article) -> bool:
    """Whether a step opens its sentence with a pronoun standing for the state the article is
    about: the pronoun a few words before the verb, an agreement named after it, no state in
    between, and that state named first in the sentence before."""
    toks, first = article.toks, sentence.first_token
    if (
        article.focus is None
        or trigger.cat not in _PRONOUN_STEPS
        or toks[first].text not in _STATE_PRONOUNS
        or not 0 < trigger.first - first <= _PRONOUN_GAP
        or sentence.index == 0
        or any(m.kind == COUNTRY and m.start < trigger.start for m in sentence.mentions)
        or not any(m.kind == AGREEMENT and m.start >= trigger.end for m in sentence.mentions)
    ):
        return False
    before = article.sentences[sentence.index - 1]
    states = [m for m in before.mentions if m.kind == COUNTRY]
    return bool(states) and states[0].key == article.focus


def _self_reference(trigger: _Cue, sentence: _Sentence, ci: int, toks: list[Token]) -> _Cue | None:
    """The "the country" ("le pays", "البلاد", "страна", "his country") that is the actor of a
    trigger: before it in its clause, or right after a verb (Arabic puts the subject after the
    verb), and not part of a state's own name ("the Republic of Korea")."""
    clause = sentence.clauses[ci]
    for c in sentence.cues:
        if c.cat != "SELF":
            continue
        if any(m.start <= c.start < m.end or c.start <= m.start < c.end for m in sentence.mentions):
            continue
        if c.last + 1 <= sentence.last_token and _NISBA_RE.search(toks[c.last + 1].text):
            continue  # "الجمهورية الصحراوية": a named republic, not "the republic"
        if clause.start <= c.start and c.end <= trigger.start:
            return c
        if 0 < c.first - trigger.last <= 2:
            return c
    return None


def _owns_initiative(country: str, sentence: _Sentence, article: _Article) -> bool:
    """Whether a state is named only as the owner of an initiative: "la Iniciativa de la Franja
    y la Ruta de China", "China's Belt and Road Initiative" (the state that takes part is
    another)."""
    toks = article.toks
    initiatives = [
        m
        for m in sentence.mentions
        if m.kind == AGREEMENT
        and article.agreement_kinds.get(m.key) == AgreementKind.INITIATIVE.value
    ]
    if not initiatives:
        return False
    mentions = [m for m in sentence.mentions if m.kind == COUNTRY and m.key == country]
    return bool(mentions) and all(
        any(_owner_beside(m, initiative, toks) for initiative in initiatives) for m in mentions
    )


def _only_after_phrase(country: str, trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> bool:
    """Whether a state is named only inside an "after ..." phrase of an earlier clause ("after
    Russia's invasion of Ukraine, submitting its application"): it sets the scene, it does not
    act."""
    trigger_clause = _clause_of(sentence, trigger.start)
    found = False
    for m in sentence.mentions:
        if m.kind != COUNTRY or m.key != country:
            continue
        clause = _clause_of(sentence, m.start)
        scene = (
            trigger.first - m.last > 2
            and clause != trigger_clause
            and any(
                toks[i].text in _AFTER_WORDS and _clause_of(sentence, toks[i].start) == clause
                for i in range(max(sentence.first_token, m.first - 8), m.first)
            )
        )
        if not scene:
            return False
        found = True
    return found


_CAPITAL_RE = re.compile(r"(?:capital|capitale|столиц\w*|[وف]?(?:ب|ل)?(?:ال)?عاصم(?:ه|تها))$")


def _word_before(m: Mention, toks: list[Token], floor: int = 0) -> str | None:
    """The word a name completes, past up to three of "of", "the", "de"...: "capital" in "the
    capital of Kazakhstan", "siège" in "au siège de l'Unesco"; None at ``floor``."""
    i = m.first - 1
    while i >= floor and m.first - i <= 3 and toks[i].text in GENITIVE_WORDS:
        i -= 1
    return toks[i].text if i >= floor else None


def _names_capital(m: Mention, sentence: _Sentence, toks: list[Token]) -> bool:
    """Whether a mention says whose capital: "in the capital of Kazakhstan", "в столице
    Казахстана", "في العاصمة الليبيرية"."""
    word = _word_before(m, toks, sentence.first_token)
    return word is not None and bool(_CAPITAL_RE.match(word))


def _only_a_place(country: str, sentence: _Sentence, toks: list[Token]) -> bool:
    """Whether a state is named only to say where (the summit's host, not an actor)."""
    mentions = [m for m in sentence.mentions if m.kind == COUNTRY and m.key == country]
    return bool(mentions) and all(_names_capital(m, sentence, toks) for m in mentions)


_GROUP_BEFORE_COMPANIONS = 7  # tokens from "along with" to the "and" after a group
_DATED_COMPANION_GAP = 8  # tokens from one companion to the next over its date: "in March 2012 and"


# The document a step noun may name: "the treaty of accession", "the accession treaty", "el
# tratado de adhesión", "договор о присоединении".
_DOCUMENT_HEAD_RE = re.compile(
    r"(?:treat(?:y|ies)|protocols?|tratados?|protocolos?|traites?|protocoles?|договор\w*"
    r"|протокол\w*|(?:ال)?معاهد\w*|(?:ال)?بروتوكول\w*)$"
)


def _names_the_instrument(cue: _Cue, toks: list[Token]) -> bool:
    """Whether a step noun only names a document: "the treaty of accession", "the accession
    treaty" (a signature of it is no accession of its own)."""
    i = cue.first - 1
    if i >= 0 and toks[i].text in _OF_WORDS | {"o", "об", "о"}:
        i -= 1
    before = i >= 0 and bool(_DOCUMENT_HEAD_RE.match(toks[i].text))
    after = cue.last + 1 < len(toks) and bool(_DOCUMENT_HEAD_RE.match(toks[cue.last + 1].text))
    return before or after


def _companions(
    trigger: _Cue, sentence: _Sentence, toks: list[Token], first_clause: int
) -> list[str]:
    """States that did the same as the subject: "along with Ethiopia, Iran and the UAE",
    "إلى جانب إثيوبيا وإيران", "ainsi que le Niger", with no other step between them and
    the trigger."""
    roles = _roles_of(sentence, toks)
    # "signed the convention on Wednesday, joining the United States and Russia": those joined
    # took the same step
    company = [
        c
        for c in sentence.cues
        if c.cat == "JOIN"
        and c.first > trigger.last
        and trigger.cat != "JOIN"
        and _JOINING_OTHERS_RE.match(c.text)
        and _followed_by_country(c, sentence, toks)
        and not _joined_among(c, sentence, toks)
    ]
    joined_after = {next(m.first for m in sentence.mentions if m.first > c.last) for c in company}

    def fronted_along(index: int) -> bool:
        # "وإلى جانب الولايات المتحدة والإمارات، وقع الاتفاقيات ممثلو أستراليا": a clause
        # that is only the companions put first
        clause = sentence.clauses[index]
        inside = [c for c in sentence.cues if clause.start <= c.start < clause.end]
        return bool(inside) and inside[0].cat == "PREP_ALONG"

    def beside(m: Mention) -> bool:
        low, high = sorted((m.first, trigger.first))
        index = _clause_of(sentence, m.start)
        if m.first < trigger.first and index < first_clause and not fronted_along(index):
            return False  # before the subject's clause: another statement's
        return not any(
            c.cat in ACTIONS and c.cat != trigger.cat and low <= c.first <= high
            for c in sentence.cues
            if c not in company and not _names_the_instrument(c, toks)
        )

    countries = [m for m in sentence.mentions if m.kind == COUNTRY and beside(m)]
    # "along with the nine other ASEAN members and China, Japan...": the first state named
    # after a group the companions begin with
    after_group = set()
    for c in sentence.cues:
        if c.cat != "PREP_ALONG" or c.last < trigger.last:
            continue
        first = next((m for m in sentence.mentions if m.first > c.last and m.kind == COUNTRY), None)
        if (
            first is not None
            and 2 <= first.first - c.last <= _GROUP_BEFORE_COMPANIONS
            and toks[first.first - 1].text in _AND_WORDS
            and not any(a.cat in ACTIONS and c.last < a.first < first.first for a in sentence.cues)
        ):
            after_group.add(first.first)
    found: list[str] = []
    previous: Mention | None = None
    for m in countries:
        if (
            roles.get(m) == "companion"
            or m.first in after_group
            or m.first in joined_after
            or (
                previous is not None
                and all(toks[i].text in _LIST_WORDS for i in range(previous.last + 1, m.first))
                and m.first - previous.last <= 3
            )
            # "as were Mali in March 2012 and Niger in July 2023": each with its date
            or (
                previous is not None
                and m.first - previous.last <= _DATED_COMPANION_GAP
                and all(
                    toks[i].text in _LIST_WORDS
                    # (the date with the preposition before it)
                    or any(
                        d.start - (toks[i].end - toks[i].start) - 1 <= toks[i].start < d.end
                        for d in sentence.dates
                    )
                    for i in range(previous.last + 1, m.first)
                )
                and any(previous.end <= d.start < m.start for d in sentence.dates)
            )
        ):
            found.append(m.key)
            previous = m
        else:
            previous = None
    return found


# Words that carry a step on to the next state of a list, each with its year: "then", "puis",
# "luego", "затем", "ثم", "and".
_CONTINUING_WORDS = _LIST_WORDS | frozenset(
    {"then", "later", "puis", "ensuite", "luego", "despues", "затем", "потом", "а", "ثم", "وثم"}
)


# The word for "year" left after a Russian date ("в октябре 2017 года"), and the dash that
# stands for a verb told once ("Сирия — в ноябре").
_YEAR_WORDS = frozenset({"года", "году", "г"})


def _gap_words(norm: str, start: int, end: int) -> list[str]:
    """The words between two places, dashes left out."""
    return [w for w in norm[start:end].split() if w.strip("-")]


def _continued(
    subjects: list[str], trigger: _Cue, sentence: _Sentence, article: _Article
) -> list[str]:
    """The states after a dated step that take it each with a date of its own, with nothing but
    "then", "and" or a comma between: "joined in 1973, then Somalia in 1974 and Djibouti in
    1977", "انضمت إليها موريتانيا عام 1973، ثم الصومال عام 1974، وجيبوتي عام 1977"."""
    norm = article.norm
    dates = [d for d in sentence.dates if d.start > trigger.end]
    if (
        not dates
        or not subjects
        or any(
            d.start < trigger.start
            # (a date of an earlier step, "ratified in 2003, Estonia joined it in 2004, then
            # Latvia in 2005", is that step's)
            and not any(c.cat in _STEP_CATS and c.end <= d.start for c in sentence.cues)
            for d in sentence.dates
        )
    ):
        # "Первой, еще в 1998 году, в ВТО вступила Киргизия, в 2000 году — Грузия": each
        # date comes before its state
        return []
    return [m.key for m, _ in _dated_list(COUNTRY, set(subjects), dates, sentence, norm)]


def _dated_list(
    kind: str, skipped: set[str], dates: list[DateSpan], sentence: _Sentence, norm: str
) -> list[tuple[Mention, DateSpan]]:
    """The mentions of ``kind`` after the first of ``dates`` that each have a date of their
    own right after them, with nothing but "and", "then", a comma or the "года" of a Russian
    date between the date before and them; the first that has none ends the list."""
    found: list[tuple[Mention, DateSpan]] = []
    sharing: set[int] = set()  # mentions that share the date of a state listed before them
    for m in sentence.mentions:
        if m.kind != kind or m.start <= dates[0].start or m.key in skipped:
            continue
        if id(m) in sharing:
            continue
        own = next((d for d in dates if d.start >= m.end), None)
        if own is None:
            break
        if len(_gap_words(norm, m.end, own.start)) > 1:
            # "Грузия и Белоруссия — в декабре того же года": states that share one date
            partners = _sharing_date(m, own, kind, sentence, norm)
            if not partners:
                break  # one without a date of its own ends the list
            sharing.update(id(o) for o in partners)
        if any(c.cat in ACTIONS and m.end <= c.start < own.start for c in sentence.cues):
            break  # "Таджикистан присоединился в 1999 году": a step of its own, told
        anchor = max((d.end for d in dates if d.end <= m.start), default=None)
        if anchor is None:
            break
        words = _WORD_RE.findall(norm, anchor, m.start)
        if not all(w in _CONTINUING_WORDS or w in _YEAR_WORDS for w in words):
            break
        found.append((m, own))
        found.extend((o, own) for o in sentence.mentions if id(o) in sharing and o.start > m.start)
    return found


def _sharing_date(
    m: Mention, own: DateSpan, kind: str, sentence: _Sentence, norm: str
) -> list[Mention]:
    """The mentions listed right after ``m`` ("и Белоруссия", "and Belarus") that share the
    date right after the last of them, with no word of a step of their own between
    ("France, Germany and Poland announced in 2022" tells another step)."""
    partners = [
        o for o in sentence.mentions if o.kind == kind and m.end <= o.start and o.end <= own.start
    ]
    if (
        not partners
        or len(_gap_words(norm, partners[-1].end, own.start)) > 1
        or any(
            partners[-1].end <= c.start < own.start
            and (c.cat in _STEP_CATS or c.cat in ("ANNOUNCE", "INTENT", "AGREE"))
            for c in sentence.cues
        )
    ):
        return []
    previous = m
    for o in partners:
        if not _list_gap(_WORD_RE.findall(norm, previous.end, o.start)):
            return []
        previous = o
    return partners


def _continued_agreements(
    agreements: list[str], trigger: _Cue, sentence: _Sentence, article: _Article
) -> dict[str, ResolvedDate]:
    """The agreements after a step's object and its date that take the step each on a date of
    its own, with nothing but "and", "then" or a comma before them and their date right after:
    "joined the convention in 2004, and the Kyoto Protocol in 2009", "подписала протокол в
    1998 году, а конвенцию в 2001 году"."""
    norm = article.norm
    dates = [d for d in sentence.dates if d.start > trigger.end]
    if not dates or any(d.start < trigger.start for d in sentence.dates):
        return {}
    return {m.key: own.resolved for m, own in _dated_list(AGREEMENT, set(), dates, sentence, norm)}


def _own_date(country: str, sentence: _Sentence, norm: str) -> ResolvedDate | None:
    """A date right after one state of a list ("l'Équateur en 2020", "Burundi in 2017"), or
    after the states it shares it with ("Morocco and Tunisia in October 1958"): that state's
    own, when each state of the list has one."""
    states = [m for m in sentence.mentions if m.kind == COUNTRY]
    for m in states:
        if m.key != country:
            continue
        for span in sentence.dates:
            if span.start < m.end:
                continue
            if len(_gap_words(norm, m.end, span.start)) <= 1:
                return span.resolved
            # past the states it is listed with
            shared = [o for o in states if m.end <= o.start and o.end <= span.start]
            if shared and _list_gap(_WORD_RE.findall(norm, m.end, shared[0].start)):
                gaps = [
                    _WORD_RE.findall(norm, a.end, b.start) for a, b in itertools.pairwise(shared)
                ]
                if all(_list_gap(g) for g in gaps) and (
                    len(_gap_words(norm, shared[-1].end, span.start)) <= 1
                ):
                    return span.resolved
            break
    return None


def _dated_after_colon(trigger: _Cue, sentence: _Sentence, article: _Article) -> list[str]:
    """The states listed after a colon that follows a step with no state for its subject, when
    each has a date of its own (see :func:`_own_date`)."""
    colon = article.norm.find(":", trigger.end, sentence.end)
    if colon < 0:
        return []
    listed = list(
        dict.fromkeys(
            m.key
            for m in sentence.mentions
            if m.kind == COUNTRY and not m.demonym and m.start > colon
        )
    )
    if len(listed) < 2 or not all(_own_date(key, sentence, article.norm) for key in listed):
        return []
    return listed


def _period_end(start: datetime.date, precision: str | None) -> datetime.date:
    """The last day of the year, month or day that starts on ``start``."""
    if precision == Precision.YEAR.value:
        return start.replace(month=12, day=31)
    if precision == Precision.MONTH.value:
        following = start.replace(day=28) + datetime.timedelta(days=4)
        return following - datetime.timedelta(days=following.day)
    return start


# Words between a state and the title after it: "Iran's foreign minister", "US deputy envoy".
_TITLE_MODIFIERS = frozenset(
    {"s", "foreign", "prime", "deputy", "vice", "former", "chief", "top", "senior", "acting"}
)


def _after_agreement(cue: _Cue, sentence: _Sentence, toks: list[Token]) -> bool:
    """Whether a word follows an agreement's name or "the treaty" right away, or a treaty
    noun and what it is on ("el nuevo tratado de reducción de armas estratégicas entre")."""
    if any(m.kind == AGREEMENT and 0 < cue.first - m.last <= 1 for m in sentence.mentions) or any(
        c.cat == "GENERIC" and 0 < cue.first - c.last <= 1 for c in sentence.cues
    ):
        return True
    low = max(sentence.first_token, cue.first - _TREATY_NOUN_REACH)
    noun = next(
        (i for i in range(cue.first - 1, low - 1, -1) if _TREATY_NOUN_RE.match(toks[i].text)),
        None,
    )
    return (
        noun is not None
        and not any(c.cat in ACTIONS and noun < c.first < cue.first for c in sentence.cues)
        # "l'accord d'association entre l'UE et l'Albanie", "بين المجر والاتحاد": a body's own
        # agreement with a state, which the catalogue does not hold
        and not any(
            (m.kind == AGREEMENT or m.key in _PARTIES.values()) and 0 < m.first - cue.last <= 4
            for m in sentence.mentions
        )
        and not any(c.cat == "GENERIC" and 0 < c.first - cue.last <= 4 for c in sentence.cues)
    )


_TREATY_NOUN_RE = re.compile(
    r"(?:treaty|agreement|tratado|acuerdo|traite|accord|договор\w*|соглашени\w*"
    r"|[وف]?(?:ال)?(?:معاهده|اتفاقيه|اتفاق))$"
)
_TREATY_NOUN_REACH = 6


# A number of states as a subject: "ten states", "les neuf pays", "девять государств",
# "تسع دول", "الدول التسع".
_COUNT_WORDS = (
    r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty"
    r"|(?:thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|(?:a|one)\s+hundred"
    r"|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
    r"|dix-(?:sept|huit|neuf)|vingt"
    r"|trente|quarante|cinquante|soixante|quatre-vingts?|cent"
    r"|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince"
    r"|dieci(?:seis|siete|ocho|nueve)|veinte"
    r"|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien"
    r"|дв(?:а|е|ух|ум|умя)|тр(?:и|ех|ем|емя)|четыр(?:е|ех|ем|ьмя)|пят(?:ь|и|ью)|шест(?:ь|и|ью)"
    r"|сем(?:ь|и|ью)|вос(?:емь|ьми|емью)|девят(?:ь|и|ью)|десят(?:ь|и|ью)"
    r"|(?:один|две|три|четыр|пят|шест|сем|восем|девят)надцат(?:ь|и|ью)"
    r"|двадцат(?:ь|и|ью)|тридцат(?:ь|и)|сорок(?:а)?|(?:пят|шест|сем|восем)ьдесят|девяност(?:о|а)"
    r"|ст[оа]"
)
# A count alone, right before a noun of steps: "sixty ratifications", "50 ratificaciones"
_COUNT_ONLY_RE = re.compile(rf"(?:{_COUNT_WORDS})")
_NEEDED_AFTER_RE = re.compile(
    r"\s+(?:\w+\s+)?(?:needed|required|necessary|necessaires?|requises?|necesarias|requeridas"
    r"|необходим\w*|нужн\w*|(?:ال)?لازمه|(?:ال)?مطلوبه)\b"
)
_THRESHOLD_BEFORE_RE = re.compile(
    r"\b(?:threshold\s+of|seuil\s+(?:de|des)|umbral\s+de|порог\w*)\s+(?:the\s+)?\S+\s*$"
    r"|(?<!\w)(?:ال)?عتبه\s+\S+\s*$"
)
_STEPS_COUNTED_RE = re.compile(
    r"(?:ratifications|signatures|accessions|adhesions|ratificaciones|firmas|adhesiones"
    r"|ратификаци\w*|подпис\w*|مصادقات|تصديقات|توقيعات)$"
)
# Arabic counts: three to ten, and the tens ("خمسون دولة", "خمسين دوله").
_ARABIC_COUNTS = (
    r"(?:ثلاث|اربع|خمس|ست|سبع|ثماني|ثمان|تسع|عشر)\w*|(?:عشر|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)(?:ون|ين)"
    r"|مايه|ميه"
)
_COUNTED_RE = re.compile(
    # "eleven Western European and North American nations": two descriptions joined
    # "ten western European countries": two words that describe them
    rf"\b(?:{_COUNT_WORDS})\s+(?:[\w-]+\s+)?"
    rf"(?:(?!(?:{_COUNT_WORDS}|the|of|and|by|et|par|de|des|y|por|и)\b)[\w-]+\s+)?"
    rf"(?:(?:[\w-]+\s+)?and\s+(?!(?:{_COUNT_WORDS})\b)"
    r"(?:[\w-]+\s+){1,2}?)?(?:states|countries|nations|members|etats|pays"
    r"|estados|paises|naciones|государств\w*|стран\w*"
    # "the three depositary powers", "las tres potencias depositarias"
    r"|powers|puissances|potencias|держав\w*"
    # "119 delegations signed": each a state's
    r"|delegations|delegaciones|делегаци\w*)\b"
    rf"|[وف]?(?:\d+|{_ARABIC_COUNTS})\s+(?:دول(?:ه)?|وفدا|وفود)\b"
    rf"|[وف]?(?:ال)?دول\s+(?:ال)?(?:{_ARABIC_COUNTS})"
    # counts told roughly: "dozens of countries", "des dizaines de pays", "десятки стран"
    r"|\b(?:dozens|scores|hundreds)\s+of\s+(?:other\s+)?(?:states|countries|nations|governments)\b"
    r"|\bdizaines\s+d(?:e\s+|\W\s*)(?:autres\s+)?(?:pays|etats)\b"
    r"|\bdecenas\s+de\s+(?:otros\s+)?(?:paises|estados|naciones|gobiernos)\b"
    # "plus d'une centaine d'États", "una veintena de países", "около ста стран"
    r"|\b(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine"
    r"|centaine)\s+d(?:e\s+|\W\s*)(?:autres\s+)?(?:pays|etats|nations)\b"
    r"|\b(?:decena|docena|veintena|treintena|cuarentena|cincuentena|centenar)\s+de\s+"
    r"(?:otros\s+)?(?:paises|estados|naciones)\b"
    r"|\bдесятк\w*\s+(?:\w+\s+)?(?:стран|государств)\w*"
    r"|[وف]?عشرات\s+(?:من\s+)?(?:ال)?دول\b"
)
# "treize pays l'avaient signé, à commencer par la Turquie": the first of the states counted,
# named alone or with others
_FIRST_OF = (
    r"\ba\s+commencer\s+par\b|\bstarting\s+with\b|\b(?:empezando|comenzando)\s+por\b"
    r"|\bначиная\s+с\b|\b[و]?(?:في\s+مقدمتها|علي\s+راسها)\b"
)
_FIRST_OF_RE = re.compile(rf"(?:{_FIRST_OF})\s*(?:the\s+|la\s+|le\s+|l'|les\s+)?$")
# What opens the list of the states counted: a colon, "among them", "including".
_LIST_OPENING_RE = re.compile(
    r"(?::|\bamong\s+them\b|\bincluding\b|\bnamely\b|\bdont\b|\bparmi\s+(?:eux|lesquels)"
    r"|\bentre\s+(?:ellos|los\s+que)\b|\bincluidos\b|\bв\s+том\s+числе\b|\bсреди\s+них\b"
    rf"|\bа\s+именно\b|\bمن\s+بينها\b|\b[و]?هي\b|\bبينها\b|{_FIRST_OF}"
    # "الدول الثلاث الوديعة، أي الولايات المتحدة": that is
    r"|[،,]\s*اي\s)"
)
# The first of the states counted: "أول دولتين من", "the first two of the", "les deux premières
# des", "los dos primeros de los", "первыми двумя из"
_PARTITIVE_RE = re.compile(
    r"(?:\bfirst\s+(?:\w+\s+){0,2}?of(?:\s+the)?|(?<!\w)اول\s+(?:\w+\s+){0,2}?من"
    r"|\bpremi\w+\s+(?:\w+\s+){0,2}?(?:des|de)|\bprimer\w*\s+(?:\w+\s+){0,2}?de\s+(?:los|las)"
    r"|\bперв\w+\s+(?:\w+\s+){0,2}?из)\s+$"
)
_COUNTED_REACH = 60  # characters between the count and its verb
_COUNTED_RELATIVE_REACH = 120  # the same, over a relative clause that describes the states


def _counted_states(trigger: _Cue, sentence: _Sentence, article: _Article) -> list[str]:
    """The states listed after a step whose subject is only a count of states."""
    norm = article.norm
    if trigger.cat == "EIF":
        # "entered into force for the 51 states that ratified it, among them Mexico...": the
        # states it enters into force for are counted after "for" ("pour", "для"...)
        counted = next(
            (
                m
                for m in _COUNTED_RE.finditer(norm, trigger.end, sentence.end)
                if any(
                    c.cat == "PREP_FOR" and trigger.end <= c.start and 0 <= m.start() - c.end <= 6
                    for c in sentence.cues
                )
            ),
            None,
        )
        if counted is None:
            # "enters into force today for the countries that ratified it in time, including
            # China, the United States...": the states are listed, not counted
            after_for = next(
                (
                    c.end
                    for c in sentence.cues
                    if c.cat == "PREP_FOR" and 0 <= c.start - trigger.end <= _FOR_REACH
                ),
                # "ويسري الاتفاق ابتداء من اليوم على كل طرف": the cue ends with its "to"
                trigger.end if trigger.text.endswith(" علي") else None,
            )
            listed = _listed_after_count(after_for, sentence, article) if after_for else []
        else:
            listed = _listed_after_count(counted.end(), sentence, article)
        # with no state its subject, the treaty itself takes effect, for the states that are
        # parties by then (see _in_force_for_parties)
        return listed or ([] if sentence.is_title else [_GROUP])
    # "Tres Estados ... entregaron en el mismo acto sus instrumentos de ratificación": the count
    # is the subject of the verb that hands over the instrument the trigger names
    verb = next(
        (
            c
            for c in reversed(sentence.cues)
            if c.cat == "DEPOSIT" and c.end <= trigger.start and trigger.first - c.last <= 8
        ),
        None,
    )
    reach_to = verb.start if verb is not None else trigger.start
    before = [
        m
        for m in _COUNTED_RE.finditer(norm, sentence.start, trigger.start)
        if (
            reach_to - m.end() <= _COUNTED_REACH
            # "Seven countries that spent the Cold War on the other side of the Iron Curtain
            # became members": a relative clause describing them, with no step of its own
            or (
                reach_to - m.end() <= _COUNTED_RELATIVE_REACH
                and any(c.cat == "RELATIVE" and 0 <= c.start - m.end() <= 1 for c in sentence.cues)
                and not any(
                    c.cat in ACTIONS and m.end() <= c.start < reach_to for c in sentence.cues
                )
            )
        )
        # "invitait six pays à devenir membres": the states counted are invited, not acting
        and not any(
            c.cat == "PRESSURE" and c.end <= m.start() and m.start() - c.end <= 20
            for c in sentence.cues
        )
        # "أول دولتين من الدول الخمس [...] تصادقان", "the first two of the five nuclear
        # powers to ratify": some of the states counted acted, not all
        and not _PARTITIVE_RE.search(norm, max(0, m.start() - 40), m.start())
    ]
    subject = _counted_after_verb(trigger, sentence, article) or (before[-1] if before else None)
    if subject is None:
        return []
    count = _count_of(subject.group())
    listed = (
        _listed_after_count(trigger.end, sentence, article)
        # "Only two countries have previously left the court: Burundi in 2017 and the
        # Philippines in 2019": listed after a colon, each with its date
        or _dated_after_colon(trigger, sentence, article)
        or _listed_next(count, sentence, article)
        # "The three Sahel states left on Wednesday", "وغادرت الدول الثلاث": a count that opens
        # the sentence points back at the states just named
        or (
            _listed_before(count, sentence, article)
            if _opens(subject.start(), sentence, article.toks)
            else []
        )
    )
    # with no list, the step is told of the group, whose members may be named later
    return listed or ([] if sentence.is_title else [_GROUP])


# "since its creation", "desde su creación", "depuis sa fondation", "с момента создания", "منذ
# تأسيسها": since the organisation was founded
_SINCE_FOUNDING_RE = re.compile(
    r"\b(?:since\s+(?:its|their|the\s+[\w-]+'s)\s+(?:creation|founding|foundation|inception"
    r"|birth)|desde\s+su\s+(?:creacion|fundacion|nacimiento)|depuis\s+(?:sa|leur)\s+"
    r"(?:creation|fondation|naissance)|с\s+(?:момента\s+)?(?:ее\s+|его\s+|их\s+)?"
    r"(?:создания|основания))\b|(?<!\w)منذ\s+(?:تاسيس|انشاء|قيام)\w*"
)
_SINCE_FOUNDING_REACH = 80  # characters from "member" to "since its creation"
# The subject of a step told of states only counted (see _Article.groups).
_GROUP = "*"
# Characters between "enters into force" and "for": "entre en vigueur aujourd'hui pour".
_FOR_REACH = 25
# "and seventeen other countries", "et dix autres pays", "y otros cinco estados", "и ещё 17
# стран", "و17 دولة أخرى": states counted beside the ones a step's subject names.
_OTHERS_COUNTED_RE = re.compile(
    rf"\b(?:and|along\s+with|with|et|ainsi\s+que|avec|y|junto\s+con|con|и|вместе\s+с)\s+"
    rf"(?:(?:еще|ещё)\s+)?(?:(?:otros|otras)\s+)?(?P<count>{_COUNT_WORDS})\s+"
    r"(?:other\s+|autres\s+|otros\s+|otras\s+|других\s+|иных\s+)?"
    r"(?:states|countries|nations|governments|etats|pays|estados|paises|naciones|gobiernos"
    r"|государств\w*|стран\w*)\b"
    rf"|(?<!\w)(?:و|مع\s+)(?P<arabic>\d+|{_ARABIC_COUNTS})\s*دول(?:ه)?\s+اخر(?:ى|ي)\b"
    # "the European Community and its member states", "et ses États membres", "y sus Estados
    # miembros", "и ее государства-члены", "والدول الأعضاء فيه": members, not counted
    r"|\b(?:and|et|y|и)\s+(?:its|their|ses|leurs|sus|его|ее|их)\s+(?:\d+\s+|\w+\s+)?"
    r"(?:member\s+states|etats\s+membres|estados\s+miembros|государств\w*[\s-]+член\w*)"
    r"|(?<!\w)و(?:ال)?دول\s+(?:ال)?اعضاء\s+(?:فيه|فيها)"
)
_OTHERS_REACH = 12  # characters between the last state named and "and N other countries"


def _others_counted(
    subjects: list[str], trigger: _Cue, sentence: _Sentence, article: _Article
) -> list[str]:
    """The states counted right after the ones a step's subject names ("Britain and seventeen
    other countries ratified"): those the sentence or the next ones list, as many as
    the count and the named make together, or else the group, whose members later sentences
    may name (see _Article.groups)."""
    named = [m for m in sentence.mentions if m.kind == COUNTRY and m.key in subjects]
    if not named:
        return []
    last = named[-1]  # "صادقت الأرجنتين و5 دول أخرى": the subject may follow its verb
    match = _OTHERS_COUNTED_RE.search(article.norm, last.end, sentence.end)
    if match is None or match.start() - last.end > _OTHERS_REACH:
        return []
    number = match.group("count") or match.group("arabic")
    count = _count_of(number) if number else None
    total = count + len({m.key for m in named}) if count is not None else None
    listed = _listed_after_count(match.end(), sentence, article) or _listed_next(
        total, sentence, article
    )
    others = [c for c in listed if c not in subjects]
    if sentence.is_title:
        return others
    # members not counted may be named in part ("Among the signatories were..."), the others
    # later ("Canada and Australia also signed the same day")
    return [*others, _GROUP] if not others or count is None else others


# Characters between "enters into force" and its day ("on July 1", "el 1 de julio").
_ENTRY_DAY_REACH = 12
_UNTIL_RE = re.compile(r"\b(?:until|jusqu\w*|hasta|до\s+тех|пока|حتي|لحين)\W*(?:\w+\W+){0,3}$")


# "вступит в силу через 90 дней — 16 февраля", "entrera en vigueur trente jours plus tard, le 4
# novembre": a waiting time, then the day; "enters into force 12 months after the 60th
# instrument is deposited — on Nov. 16, 1994": what the time counts from, too
_DURATION_GAP_RE = re.compile(
    r"\W*(?:in|dans|en|через|بعد|within)?\s*[\w-]+\s+"
    r"(?:days?|jours|dias|дн(?:еи|ей|я)|суток|يوما|ايام|months?|mois|meses|месяц\w*|اشهر|شهرا)"
    r"(?:\s+(?:later|plus\s+tard|despues|mas\s+tarde|спустя))?"
    r"(?:\s+(?:after|apres|despues\s+de|после|من)(?:\s+[\w'-]+){1,8})?\s*[,—–:-]?\s*"
    # "..., то есть 16 ноября 1994 года", "c'est-à-dire le", "es decir, el", "that is, on"
    r"(?:(?:то\s+есть|c'est-a-dire|soit|es\s+decir|that\s+is|i\.\s?e\.|اي)\s*,?\s*)?"
    r"(?:on|le|el|,|،)?\s*"
)
_DAY_GAP_RE = re.compile(r"[\s,،]*(?:\w+[\s,،]*)?")
# "لتصبح المعاهدة نافذة بالنسبة إليها في 4 أكتوبر": the Arabic verb, then "in force for it"
_IN_FORCE_GAP_RE = re.compile(
    r"\s+(?:\w+\s+){0,2}?نافذ\w*\s+(?:(?:بالنسبه\s+)?(?:ل|الي)\w*\s+)?"
    r"(?:في|اعتبارا\s+من|ابتداء\s+من|من)\s+"
)
# "تدخل الاتفاقية حيز النفاذ بالنسبة إليها في السابع من أغسطس", "entrera en vigueur à son
# égard le 7 août": "for it" between the entry into force and its day
_FOR_IT_GAP_RE = re.compile(
    r"\s+(?:بالنسبه\s+(?:ل|الي)\w*\s+(?:في|اعتبارا\s+من|ابتداء\s+من)"
    r"|a\s+son\s+egard(?:\s+(?:le|des|a\s+partir\s+du))?)\s+"
)
_ENTER_INFINITIVES = frozenset({"entrer", "entrar", "вступить", "вступать"})


def _entry_day(trigger: _Cue, sentence: _Sentence, article: _Article) -> ResolvedDate | None:
    """The day right after (or opening the sentence before) a treaty's "enters into force",
    if that is told as a fact and not as the time something lasts until."""
    toks = article.toks
    if (
        toks[trigger.first].text in _ENTER_INFINITIVES
        or (trigger.first > 0 and toks[trigger.first - 1].text == "to")
        or _UNTIL_RE.search(article.norm, sentence.start, trigger.start)
    ):
        return None  # "to take effect", "entrer en vigueur", "until it enters into force"
    fronted_day = None
    for span in sentence.dates:
        if span.resolved.precision != Precision.DAY.value:
            continue
        after = 0 <= span.start - trigger.end <= _ENTRY_DAY_REACH or (
            trigger.end <= span.start
            and (
                bool(_DURATION_GAP_RE.fullmatch(article.norm, trigger.end, span.start))
                or bool(_IN_FORCE_GAP_RE.fullmatch(article.norm, trigger.end, span.start))
                or bool(_FOR_IT_GAP_RE.fullmatch(article.norm, trigger.end, span.start))
            )
        )
        # "entra hoy en vigor", "دخل الاتفاق، اليوم الجمعة، حيز التنفيذ"
        before = span.end <= trigger.start and bool(
            _DAY_GAP_RE.fullmatch(article.norm, span.end, trigger.start)
        )
        inside = trigger.start <= span.start and span.end <= trigger.end  # "entra hoy en vigor"
        if after or before or inside:
            return span.resolved
        # "Hier, le traité est entré en vigueur": a day opening the sentence, unless a step of
        # its own comes between ("أودعت الصين أمس وثيقة انضمامها، لتصبح المعاهدة نافذة ...")
        if (
            fronted_day is None
            and span.end <= trigger.start
            and span.start - sentence.start <= _FRONTED_REACH
            and not any(
                c.cat in _STEP_CATS and span.end <= c.start and c.end <= trigger.start
                for c in sentence.cues
            )
        ):
            fronted_day = span.resolved
    return fronted_day


# How many sentences after "Ten countries ratified on Thursday." may list the ten.
_LIST_SENTENCES = 3
# Number words up to twenty and the tens, normalised, in the cue languages; Russian and Arabic by
# stem, as they inflect ("девяти", "تسعة"). Longer stems first: "пятьдесят" is not "пять".
_NUMBER_WORDS = {
    **dict.fromkeys(("two", "deux", "dos"), 2),
    **dict.fromkeys(("three", "trois", "tres"), 3),
    **dict.fromkeys(("four", "quatre", "cuatro"), 4),
    **dict.fromkeys(("five", "cinq", "cinco"), 5),
    **dict.fromkeys(("six", "seis"), 6),
    **dict.fromkeys(("seven", "sept", "siete"), 7),
    **dict.fromkeys(("eight", "huit", "ocho"), 8),
    **dict.fromkeys(("nine", "neuf", "nueve"), 9),
    **dict.fromkeys(("ten", "dix", "diez"), 10),
    **dict.fromkeys(("eleven", "onze", "once"), 11),
    **dict.fromkeys(("twelve", "douze", "doce"), 12),
    **dict.fromkeys(("thirteen", "treize", "trece"), 13),
    **dict.fromkeys(("fourteen", "quatorze", "catorce"), 14),
    **dict.fromkeys(("fifteen", "quinze", "quince"), 15),
    **dict.fromkeys(("sixteen", "seize", "dieciseis"), 16),
    **dict.fromkeys(("seventeen", "dix-sept", "diecisiete"), 17),
    **dict.fromkeys(("eighteen", "dix-huit", "dieciocho"), 18),
    **dict.fromkeys(("nineteen", "dix-neuf", "diecinueve"), 19),
    **dict.fromkeys(("twenty", "vingt", "veinte"), 20),
    **dict.fromkeys(("thirty", "trente", "treinta"), 30),
    **dict.fromkeys(("forty", "quarante", "cuarenta"), 40),
    **dict.fromkeys(("fifty", "cinquante", "cincuenta"), 50),
    **dict.fromkeys(("sixty", "soixante", "sesenta"), 60),
    **dict.fromkeys(("seventy", "setenta"), 70),
    **dict.fromkeys(("eighty", "quatre-vingts", "quatre-vingt", "ochenta"), 80),
    **dict.fromkeys(("ninety", "noventa"), 90),
    **dict.fromkeys(("hundred", "cent", "cien", "сто"), 100),
}
_NUMBER_STEMS = (
    ("тридцат", 30),
    ("сорок", 40),
    ("пятьдесят", 50),
    ("шестьдесят", 60),
    ("семьдесят", 70),
    ("восемьдесят", 80),
    ("девяност", 90),
    ("عشرون", 20),
    ("عشرين", 20),
    ("ثلاثون", 30),
    ("ثلاثين", 30),
    ("اربعون", 40),
    ("اربعين", 40),
    ("خمسون", 50),
    ("خمسين", 50),
    ("ستون", 60),
    ("ستين", 60),
    ("سبعون", 70),
    ("سبعين", 70),
    ("ثمانون", 80),
    ("ثمانين", 80),
    ("تسعون", 90),
    ("تسعين", 90),
    ("مايه", 100),
    ("ميه", 100),
    ("одиннадцат", 11),
    ("двенадцат", 12),
    ("тринадцат", 13),
    ("четырнадцат", 14),
    ("пятнадцат", 15),
    ("шестнадцат", 16),
    ("семнадцат", 17),
    ("восемнадцат", 18),
    ("девятнадцат", 19),
    ("двадцат", 20),
    ("дв", 2),
    ("тр", 3),
    ("четыр", 4),
    ("пят", 5),
    ("шест", 6),
    ("сем", 7),
    ("восем", 8),
    ("восьм", 8),
    ("девят", 9),
    ("десят", 10),
    ("ثلاث", 3),
    ("اربع", 4),
    ("خمس", 5),
    ("ست", 6),
    ("سبع", 7),
    ("ثمان", 8),
    ("تسع", 9),
    ("عشر", 10),
)
_COUNT_WORD_RE = re.compile(r"[\w-]+")


def _count_of(phrase: str) -> int | None:
    """The number a count of states gives: "ten countries" 10, "девять государств" 9 (the
    word nearest the noun: "в пятницу девять государств" is nine)."""
    for word in reversed(_COUNT_WORD_RE.findall(phrase)):
        if word.isdigit():
            return int(word)
        word = word.removeprefix("و").removeprefix("ال") if is_arabic_script(word) else word
        if word in _NUMBER_WORDS:
            return _NUMBER_WORDS[word]
        for stem, value in _NUMBER_STEMS:
            if word.startswith(stem):
                return value
    return None


def _counted_after_verb(
    trigger: _Cue, sentence: _Sentence, article: _Article
) -> re.Match[str] | None:
    """A count right after a step's verb, its subject in verb-subject order: "подписали 50
    стран", "وقعت خمسون دولة"."""
    if (
        trigger.first != trigger.last
        # ("fueron lanzados el 13 de octubre de 2020 por ocho países": a passive)
        and not _PASSIVE_AUX_RE.match(trigger.text)
    ) or article.nominal_re.search(trigger.text):
        return None
    match = _COUNTED_RE.search(article.norm, trigger.end, sentence.end)
    if match is None:
        return None
    gap = article.norm[trigger.end : match.start()]
    # "وقّع وزراء التجارة والخارجية في أكثر من مئة وعشرين دولة": the states' ministers, and a
    # rough count, between the verb and the states
    rough = _ROUGH_COUNT_RE.search(gap)
    if rough is not None:
        gap = gap[: rough.start()] + " "
    if _ENVOYS_OF_RE.fullmatch(gap):
        gap = " "
    distance = len(gap)
    if distance > _VERB_SUBJECT_REACH and not (
        # "fue firmado originalmente el 13 de octubre de 2020 por ocho países": the agent of a
        # passive, after its date
        distance <= _AGENT_REACH and _AGENT_RE.search(article.norm[trigger.end : match.start()])
    ):
        return None
    return match


_PASSIVE_AUX_RE = re.compile(
    r"(?:was|were|had\s+been|fue|fueron|habian?\s+sido|a\s+ete|ont\s+ete|fut|furent"
    r"|avai(?:t|ent)\s+ete)\s"
)
_VERB_SUBJECT_REACH = 25  # characters: "وقعت أمس الأربعاء خمسون دولة"
# "أكثر من مئة وعشرين دولة", "нескольких сотен": a rough count's words before its number
_ROUGH_COUNT_RE = re.compile(
    r"\s(?:(?:اكثر|اقل)\s+من|نحو|حوالي|قرابه|زهاء|ما\s+يزيد\s+(?:عن|علي))?"
    r"\s*(?:(?:ميه|مايه|الف)\s+)?$"
)
# "وزراء التجارة والخارجية في", "ممثلو": the states' ministers or envoys, named before them
_ENVOYS_OF_RE = re.compile(
    r"\s+[وف]?(?:وزراء|ممثلو|ممثلي|مندوبو|مندوبي|روساء|قاده|زعماء)(?:\s+\S+){0,3}?\s+(?:في|من)\s+"
)
_AGENT_REACH = 60
_AGENT_RE = re.compile(
    r"\b(?:by|por|par|من\s+قبل)\s+(?:(?:the|les|los|las)\s+)?"
    # "by more than 130 countries", "par plus de 130 pays": a rough count
    r"(?:(?:more\s+than|over|nearly|some|about|plus\s+de|pres\s+de|mas\s+de|cerca\s+de"
    r"|unos|unas)\s+)?$"
)


def _listed_next(count: int | None, sentence: _Sentence, article: _Article) -> list[str]:
    """ "Ten countries became members on Saturday. [...] Cyprus, the Czech Republic, ...": the
    states of the next sentence that names states, if it names exactly as many as were counted
    (or opens "Among the signatories were")."""
    if sentence.is_title:
        return []
    for following in article.sentences[sentence.index + 1 : sentence.index + 1 + _LIST_SENTENCES]:
        states = list(
            dict.fromkeys(m.key for m in following.mentions if m.kind == COUNTRY and not m.demonym)
        )
        if not states:
            continue
        # "Among the signatories were ...": a part of the states counted, as many as named
        if (_AMONG_RE.match(article.norm, following.start) and len(states) >= 2) or (
            count is not None and count >= 2 and len(states) == count
        ):
            article.listed_at = max(article.listed_at, following.index)
            return states
        return []
    return []


_OPENING_TOKENS = 2


def _opens(start: int, sentence: _Sentence, toks: list[Token]) -> bool:
    """Whether a phrase starting at ``start`` is among a sentence's first words."""
    last = min(sentence.last_token, sentence.first_token + _OPENING_TOKENS)
    return any(toks[i].start == start for i in range(sentence.first_token, last + 1))


def _listed_before(count: int | None, sentence: _Sentence, article: _Article) -> list[str]:
    """ "Mali, Burkina Faso and Niger announced their exit a year ago. The three Sahel states
    left on Wednesday": the states of the sentence before that names states, if it names
    exactly as many as are counted."""
    if sentence.is_title or count is None or count < 2:
        return []
    for previous in reversed(article.sentences[max(0, sentence.index - 2) : sentence.index]):
        if previous.is_title:
            return []
        states = list(
            dict.fromkeys(m.key for m in previous.mentions if m.kind == COUNTRY and not m.demonym)
        )
        if states:
            return states if len(states) == count else []
    return []


# A sentence that names some of the states just counted.
_AMONG_RE = re.compile(
    r"\W*(?:among\s+(?:them|the\s+\w+)|they\s+(?:are|were|include[sd]?)|parmi\s+(?:eux|elles"
    r"|les\s+\w+)|entre\s+(?:ellos|ellas|los\s+\w+|las\s+\w+)|среди\s+(?:них|\w+)"
    # "ومن بينها", "وكان بين الموقعين": among them, among the signatories were
    r"|[وف]?(?:(?:كان|كانت)\s+)?(?:من\s+)?بين(?:ها|هم|\s+(?:ال)?\w+)|(?:و)?بينها)\b"
)


def _listed_after_count(start: int, sentence: _Sentence, article: _Article) -> list[str]:
    """The states of the first list of two or more after ``start`` that a colon, "among them"
    or "including" opens."""
    norm, toks = article.norm, article.toks
    after = [m for m in sentence.mentions if m.kind == COUNTRY and m.start >= start]
    for index, m in enumerate(after):
        if not _LIST_OPENING_RE.search(norm, start, m.start):
            continue
        chain = _list_from(m, after[index + 1 :], toks)
        if len(chain) >= 2 or _FIRST_OF_RE.search(norm, start, m.start):
            return list(dict.fromkeys(c.key for c in chain))
    return []


def _arabic_subject_of(verb: _Cue, m: Mention) -> bool:
    """A state right after an Arabic verb (not a noun with the article) is its subject; so is
    its nationality after the body that acts for it ("أبلغت الحكومة الإيطالية")."""
    return (
        (m.first - verb.last == 1 or (m.demonym and 1 < m.first - verb.last <= 3))
        and is_arabic_script(verb.text)
        and not _ARABIC_DEFINITE_RE.match(verb.text)
    )


def _titled(title: _Cue, m: Mention, toks: list[Token]) -> bool:
    """Whether a state is named as a title holder's: "ministre des Affaires étrangères du
    Maroc", "министр иностранных дел Польши", "Iran's foreign minister", but not "Венгрии
    передали государственному секретарю", where a verb stands between."""
    if 0 < m.first - title.last <= 2:
        return True
    gap = range(m.last + 1, title.first)
    return 0 < title.first - m.last <= 2 and all(toks[i].text in _TITLE_MODIFIERS for i in gap)


def _roles_of(sentence: _Sentence, toks: list[Token]) -> dict[Mention, str]:
    """The roles of a sentence's states, found once."""
    if sentence.roles is None:
        sentence.roles = _roles(sentence, toks)
    return sentence.roles


# The state or body that keeps a treaty's instruments ("depositary", "depositario",
# "dépositaire"), not the Spanish verb ("depositaron", "depositar").
_DEPOSITARY_RE = re.compile(
    r"(?:depositar(?:y|ies|i[oa]s?)$|depositaires?$|депозитари|[وف]?(?:ال)?وديع$)"
)


# "in protest at", "en signe de protestation contre", "en protesta por", "в знак протеста
# против", "احتجاجاً على": what a step protests about
_PROTEST_RE = re.compile(
    r"\b(?:protest\s+(?:at|against|over)|protestation\s+contre|protesta\s+(?:por|contra)"
    r"|протеста\s+против|احتجاجا\s+علي)\b"
)
# an Arabic bearing right before a state: "شمال غربي المملكة", "جنوبي لبنان" ("شرق الأردن"
# is Transjordan's own name)
_DIRECTION_RE = re.compile(r"[وف]?(?:شمال|جنوب|غرب|شمالي|جنوبي|شرقي|غربي)$")
# "تدير ظهرها لـ": turns its back on
_BACK_WORDS = frozenset({"ظهرها", "ظهره", "ظهرهما", "ظهرهم"})
_NAMELY_WORDS = frozenset({"هم", "هما", "هي", "وهم", "وهما", "وهي", "namely", "notamment"})


def _roles(sentence: _Sentence, toks: list[Token]) -> dict[Mention, str]:
    """States named in a sentence that do not act: counterparts, hosts, recipients, speakers."""
    roles: dict[Mention, str] = {}
    by_last_token: dict[int, _Cue] = {c.last: c for c in sentence.cues}
    countries = [m for m in sentence.mentions if m.kind == COUNTRY]
    prepositions = {
        "PREP_WITH": "counterpart",
        "PREP_ALONG": "companion",
        "PREP_IN": "host",
        "PREP_TO": "recipient",
        "PREP_FOR": "beneficiary",
    }
    for m in countries:
        i = m.first - 1
        while (
            i >= sentence.first_token
            and toks[i].text in _ARTICLES
            and m.first - i <= 2
            # "suivis de la France": the "de" that ends a preposition is not an article
            and i not in by_last_token
        ):
            i -= 1
        if (
            i - 1 >= sentence.first_token
            and toks[i].text in _OF_WORDS
            and toks[i - 1].text in _GOVERNMENT_WORDS
        ):
            i -= 1
        if i - 1 >= sentence.first_token and toks[i].text in _GOVERNMENT_WORDS:
            # "ante el Gobierno de Nueva Zelanda, depositario": the government is the object
            # of the preposition, and its state has the role
            i -= 1
            while i >= sentence.first_token and toks[i].text in _ARTICLES and m.first - i <= 5:
                i -= 1
        cue = by_last_token.get(i)
        if cue is None and i >= sentence.first_token and toks[i].text in _NAMELY_WORDS:
            # "إلى جانب خمسة شركاء هم الصين واليابان", "along with five partners, namely
            # China and Japan": the states the counted noun stands for
            cue = next(
                (
                    by_last_token[j]
                    for j in range(i - 1, max(sentence.first_token, i - 4) - 1, -1)
                    if j in by_last_token and by_last_token[j].cat == "PREP_ALONG"
                ),
                None,
            )
        if cue is not None and cue.cat in prepositions:
            roles[m] = prepositions[cue.cat]
        elif (
            i >= sentence.first_token
            and toks[i].text in _BACK_WORDS
            and toks[m.first].text.startswith("ل")
        ):
            # "باكستان تدير ظهرها لبريطانيا وتخرج من الكومنولث": the state turned away from
            roles[m] = "recipient"
        elif i >= sentence.first_token and _DIRECTION_RE.match(toks[i].text):
            # "في محافظة العلا شمال غربي المملكة العربية السعودية": a place told by its
            # bearing from the state
            roles[m] = "host"
        elif (
            i >= sentence.first_token
            and toks[i].text in _SINCE_WORDS | _AFTER_WORDS
            # (not "Depuis, l'Autriche [...] sont entrées": "since then", set off by a comma)
            and toks[i + 1].start - toks[i].end <= 1
        ):
            # "the first to join since Yemen", "the third to do so after Egypt and Jordan":
            # the states named for comparison did not act now
            roles[m] = "reference"
        elif i >= sentence.first_token and (
            _INCLUDES_RE.match(toks[i].text)
            or (
                toks[i].text == "a"  # "incluye a Australia"
                and i - 1 >= sentence.first_token
                and _INCLUDES_RE.match(toks[i - 1].text)
            )
            # "в том числе Египет и Сирия": including
            or (toks[i].text == "числе" and i >= 1 and toks[i - 1].text == "том")
        ):
            # "a group of partners that includes Australia, Japan...": members of something
            # described, not actors
            roles[m] = "reference"
    for m in countries:
        if m not in roles and _PROTEST_RE.search(
            " ".join(toks[i].text for i in range(max(sentence.first_token, m.first - 5), m.first))
        ):
            # "انسحبت باكستان عام 1972 احتجاجاً على الاعتراف ببنغلادش", "in protest at the
            # recognition of Bangladesh": the state protested about is no actor
            roles[m] = "reference"
        elif m not in roles and _bordered(m, sentence, toks):
            # "là où se rejoignent les frontières du Luxembourg, de la France et de la RFA":
            # a place told by the states' borders
            roles[m] = "reference"
    _extend_over_list(countries, roles, toks, "reference")
    # "к России, Белоруссии и Казахстану присоединилась Армения": the states joined are all
    # the list after the preposition, not only its first
    _extend_over_list(countries, roles, toks, "recipient")
    # "مع الولايات المتحدة وإسرائيل", "with the United States and Israel": every state of the
    # list is a counterpart
    _extend_over_list(countries, roles, toks, "counterpart")
    # "between Israel and each of the UAE, Bahrain...": the first state is the counterpart;
    # but "the treaty between the United States and Russia" names both its parties.
    for cue in sentence.cues:
        if cue.cat != "PREP_BETWEEN" or _after_agreement(cue, sentence, toks):
            continue
        after = [m for m in countries if m.first > cue.last]
        if after and after[0].first - cue.last <= 3:
            roles[after[0]] = "counterpart"
    # "notified China", "comunicó a China", "entregó a China la notificación": the state told
    # is a recipient; so is the depositary an instrument is handed to ("передали
    # правительству США").
    # An Arabic verb puts its subject first: "أخطرت السويد الأمين العام" (Sweden notified the
    # secretary-general).
    notices = [c for c in sentence.cues if c.cat in ("NOTIFY", "DEPOSIT")]
    subject: Mention | None = None
    for m in countries:
        if (
            subject is not None
            and _listed_right_after(subject, m, toks)
            # "أبلغت إيطاليا الصين": with neither "و" nor a comma between, the second is the
            # object
            and not (
                m.first == subject.last + 1
                and toks[m.first].start - toks[subject.last].end == 1
                and not toks[m.first].text.startswith("و")
            )
        ):
            # "وأودعت غيانا وتايلاند والكرسي الرسولي وثائق مصادقتها": the subject's list
            subject = m
            continue
        if subject is not None and m not in roles and 0 < m.first - subject.last <= 2:
            # "أبلغت الحكومة الإيطالية السلطات الصينية": the verb's object, after its subject
            roles[m] = "recipient"
        subject = None
        if m in roles or any(
            _arabic_subject_of(c, m)
            # "وأودعت كل من غيانا وتايلاند": each of the states listed
            or (
                m.first - c.last == 3
                and [toks[c.last + 1].text, toks[c.last + 2].text] == ["كل", "من"]
                and is_arabic_script(c.text)
            )
            for c in notices
        ):
            if m not in roles:
                subject = m
            continue
        if any(
            0 < m.first - c.last <= (4 if c.cat == "DEPOSIT" else 2)
            # "с момента уведомления, и Турция перестала": a new clause's subject
            and not any(toks[i].text in _AND_WORDS for i in range(c.last + 1, m.first))
            for c in notices
        ) or (
            m.first > 0
            and toks[m.first - 1].text in ("a", "al", "to")
            and any(0 < c.first - m.last <= 3 for c in notices)
        ):
            roles[m] = "recipient"
    for m in countries:
        if m not in roles and _depositary_named_before(m, sentence, toks):
            # "notified the depositary of the Energy Charter Treaty, the government of
            # Portugal, that", "уведомила депозитария [...] — правительство Португалии —": the
            # state that keeps the instruments receives the notice
            roles[m] = "recipient"
    for m in countries:
        j = m.last + 1
        while j <= sentence.last_token and toks[j].text in _ARTICLES and j - m.last <= 2:
            j += 1
        if m not in roles and j <= sentence.last_token and _DEPOSITARY_RE.match(toks[j].text):
            # "notificó al Gobierno de Nueva Zelanda, depositario del tratado": the state
            # that keeps the instruments receives them
            roles[m] = "recipient"
    titles = [c for c in sentence.cues if c.cat == "TITLE"]
    for m in countries:
        if m not in roles and any(_titled(t, m, toks) for t in titles):
            roles[m] = "speaker"
    # "the ministers of Poland, the Czech Republic and Hungary": every state of the list speaks
    _extend_over_list(countries, roles, toks, "speaker")
    return roles


# "the borders of", "les frontières du", "las fronteras de", "границы", "حدود"
_BORDER_RE = re.compile(r"(?:borders?|frontieres?|fronteras?|границ\w*|[وف]?(?:ال)?حدود)$")


def _bordered(m: Mention, sentence: _Sentence, toks: list[Token]) -> bool:
    """Whether the state is named as the owner of a border ("the borders of Luxembourg")."""
    i = m.first - 1
    while (
        i >= sentence.first_token
        and m.first - i <= 3
        and (toks[i].text in GENITIVE_WORDS or toks[i].text in _ARTICLES)
    ):
        i -= 1
    return i >= sentence.first_token and bool(_BORDER_RE.match(toks[i].text))


def _listed_right_after(previous: Mention, m: Mention, toks: list[Token]) -> bool:
    """Whether ``m`` follows ``previous`` in a list ("غيانا وتايلاند", "Guyana, Thailand")."""
    return _list_gap([toks[i].text for i in range(previous.last + 1, m.first)])


def _extend_over_list(
    countries: list[Mention], roles: dict[Mention, str], toks: list[Token], role: str
) -> None:
    """Give ``role`` to the states listed right after a state that has it."""
    previous = None
    for m in countries:
        if (
            previous is not None
            and roles.get(previous) == role
            and m not in roles
            and _listed_right_after(previous, m, toks)
        ):
            roles[m] = role
        previous = m


def _attached_after(trigger: _Cue, m: Mention, toks: list[Token]) -> bool:
    """True when ``m`` follows the noun ``trigger`` as its possessor ("accession of Sweden")."""
    if m.first <= trigger.last:
        return False
    between = [toks[i].text for i in range(trigger.last + 1, m.first)]
    if between and between[0] in _FORMAL_WORDS:
        between = between[1:]  # "el ingreso formal de Laos y Birmania"
    return len(between) <= 2 and all(w in GENITIVE_WORDS or w in _STATE_TITLES for w in between)


# Adjectives that may follow a step's noun before its possessor.
_FORMAL_WORDS = frozenset(
    {"formal", "official", "formel", "formelle", "officiel", "officielle", "oficial", "pleno"}
    | {"plena", "definitivo", "definitiva", "definitif", "definitive", "effective", "efectivo"}
    | {"официальное", "официального", "официальном", "الرسمي", "الرسميه", "الفعلي", "الكامل"}
)


# "قبول دولة الكويت", "قبول دولتي البحرين وقطر": the state's title before its name
_STATE_TITLES = frozenset({"دوله", "دولتي", "دولتا", "سلطنه", "مملكه", "اماره", "جمهوريه"})


def _possessed_action(
    m: Mention, trigger: _Cue, sentence: _Sentence, toks: list[Token]
) -> _Cue | None:
    """The action noun (other than ``trigger``) that state ``m`` is the possessor of, if any.

    "ratified the protocol on Sweden's accession": Sweden is the possessor of "accession" and so
    not the state that ratified; likewise "approved Sweden's application to join".
    """
    for c in sentence.cues:
        if c is trigger or not (c.cat in ACTIONS or c.cat == "INTENT"):
            continue
        gap = [toks[i].text for i in range(m.last + 1, c.first)]
        if c.first > m.last and gap in (["s"], []) and c.start - m.end <= 3:
            if _ARABIC_DEFINITE_RE.match(c.text):
                continue  # "رفضت الجزائر الانضمام": a definite noun after a state is its object
            if is_arabic_script(c.text) and c.text.startswith(("و", "ف")):
                continue  # "وقعت كندا وصادقت": a second verb of the same subject
            return c  # "Sweden's accession", "Sweden accession"
    return None


# "on the day of", "le jour de", "el día de", "в день", "يوم": a step named to date another.
_DAY_OF_RE = re.compile(
    r"(?:(?:the\s+)?day\s+(?:of\s+)?(?:its|their|the|it|they)|jour\s+(?:de\s+)?(?:son|sa|leur|l)"
    r"|dia\s+(?:de\s+)?(?:su|la)|день|[وف]?(?:في\s+)?(?:ال)?يوم)$"
)


def _on_the_day_of(trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> bool:
    """Whether a step is named only to date another: "joins Kyoto on the day of its entry into
    force", "يوم دخوله حيز التنفيذ"."""
    before = " ".join(
        toks[i].text for i in range(max(sentence.first_token, trigger.first - 4), trigger.first)
    )
    return bool(_DAY_OF_RE.search(before))


# Conjunctions before a state whose verb is the one before, left out ("et la Turquie en 2019").
_GAPPING_WORDS = frozenset({"and", "et", "y", "e", "и", "а", "و"})


def _gapped(after: list[Mention], sentence: _Sentence, toks: list[Token]) -> list[Mention]:
    """The states after a verb that share it with its subject: each opened by a conjunction
    ("and", "et", "y", "и") and followed by its own date or nothing ("et la Turquie en 2019"),
    not by a verb of its own ("et Singapour s'est abstenu"), nor listed after a state that is
    the object of another verb ("deja a EE.UU. y Siria")."""
    kept: list[Mention] = []
    dropped: Mention | None = None
    for m in after:
        chained = dropped is not None and all(
            toks[i].text in _LIST_WORDS for i in range(dropped.last + 1, m.first)
        )
        opened = any(toks[i].text in _GAPPING_WORDS for i in range(max(0, m.first - 2), m.first))
        closed = (
            m.last >= sentence.last_token
            or any(0 <= d.start - m.end <= 2 for d in sentence.dates)
            or any(c.start < toks[m.last + 1].start for c in sentence.clauses if c.start > m.end)
        )
        if opened and closed and not chained:
            kept.append(m)
        else:
            dropped = m
    return kept


def _refused_possessor(trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> list[str]:
    """The state named as the possessor of the step a refusal's object names, right after it:
    "ruled out Australian ratification", "rejected Britain's accession"."""
    for m in sentence.mentions:
        if m.kind != COUNTRY or m.first <= trigger.last or m.first - trigger.last > 3:
            continue
        if any(c.cat in ACTIONS for c in sentence.cues if trigger.last < c.first < m.first):
            return []
        step = _possessed_action(m, trigger, sentence, toks)
        return [m.key] if step is not None and step.cat in ACTIONS else []
    return []


# An Arabic noun with the article is never the first term of a possessive construction.
_ARABIC_DEFINITE_RE = re.compile(r"^[وف]?(?:ب|ل|ك)?ال")


# "Among the countries that signed", "Parmi les pays qui ont signé", "Entre los países que
# firmaron", "Среди стран, подписавших", "ومن بين الدول التي وقعت": the states are named after
_AMONG_STATES_RE = re.compile(
    r"\W*(?:among\s+the\s+(?:\w+\s+)?(?:countries|states|nations)\s+(?:that|which|to)"
    r"|parmi\s+les\s+(?:\w+\s+)?(?:pays|etats)\s+(?:qui(?:\s+ont)?|ayant)"
    r"|entre\s+los\s+(?:\w+\s+)?(?:paises|estados)\s+que(?:\s+(?:han|ya))?"
    r"|среди\s+(?:стран|государств)\w*,?(?:\s+которые)?"
    r"|[وف]?من\s+بين\s+(?:ال)?دول\s+(?:التي|اللاتي)"
    # "Среди подписавших — ...", "parmi les signataires": those who took the step
    r"|среди(?=\s+подписавш)|parmi\s+les(?=\s+signataires)"
    r"|entre\s+los(?=\s+firmantes)|[وف]?من\s+بين(?=\s+(?:ال)?موقعين))"
)
# "and" that joins a clause with no subject of its own to the one before; not the Russian
# "а", which opens a contrast with a subject of its own
_AND_WORDS = _GAPPING_WORDS - {"а"}
_BEFORE_WORDS = frozenset({"before", "avant", "antes", "قبل", "прежде", "перед"})
_CLITICS = frozenset({"le", "la", "l", "les", "lo", "los", "las", "se", "lui", "y", "en"})


def _before_doing(trigger: _Cue, toks: list[Token]) -> bool:
    """An infinitive after "avant de", "antes de", "después de", "прежде чем": a step told in
    turn, done."""
    i = trigger.first - 1
    while i >= 0 and toks[i].text in _CLITICS and trigger.first - i <= 2:
        i -= 1
    return i >= 1 and (
        (toks[i].text in ("de", "d") and toks[i - 1].text in ("avant", "antes", "despues", "tras"))
        or (toks[i].text == "чем" and toks[i - 1].text == "прежде")
    )


# Words before an infinitive that tell a step done: "vient de ratifier", "acaba de ratificar"
# (has just), "volvió a ingresar" (did again).
_DONE_BEFORE_INFINITIVE = frozenset(
    {
        *((verb, "de") for verb in ("vient", "viennent", "venait", "venaient")),
        *((verb, "d") for verb in ("vient", "viennent", "venait", "venaient")),
        *((verb, "de") for verb in ("acaba", "acaban", "acabo", "acabaron")),
        *((verb, "a") for verb in ("volvio", "volvieron")),
    }
)


def _done_again_or_just(trigger: _Cue, toks: list[Token]) -> bool:
    """Whether an infinitive follows words that tell it done ("vient de", "volvió a")."""
    return trigger.first >= 2 and (
        (toks[trigger.first - 2].text, toks[trigger.first - 1].text) in _DONE_BEFORE_INFINITIVE
    )


# "that", "que", "что", "أن" open relative clauses too, but the lexicon leaves them out of
# RELATIVE: they more often open what someone said.
_THAT_WORDS = frozenset({"that", "que", "qu", "что", "ان", "بان"})
_STATES_NOUN_RE = re.compile(
    r"(?:стран\w*|государств\w*|countries|states|nations|pays|etats|paises|estados|naciones"
    r"|[وف]?(?:ال)?دول\w*)$"
)
_STEP_VERB_CATS = ACTIONS | {"DEPOSIT", "NOTIFY"}


_BUT_WORDS = frozenset({"but", "mais", "pero", "sino", "но", "а"})
_ALSO_AFTER_BUT = frozenset({"also", "aussi", "egalement", "tambien", "и", "также"})
# Articles that open a noun phrase, never an object pronoun ("y la ratificó") or a verb ("et a
# déposé").
_SUBJECT_ARTICLES = frozenset({"the", "an", "el", "los", "las", "un", "una", "une", "des"})


def _coordinated(clause: _Clause, trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> bool:
    """Whether a clause opens with "and" and a verb of a step, or an Arabic verb with و, with
    no subject of its own: its subject is the clause before's (a state named in the clause
    itself is found before this is asked)."""
    first = next(
        (
            i
            for i in range(sentence.first_token, sentence.last_token + 1)
            if toks[i].start >= clause.start
        ),
        None,
    )
    if first is None or first > trigger.first:
        return False
    if any(_STATES_NOUN_RE.match(toks[i].text) for i in range(first, trigger.first)):
        return False  # "и шесть стран подписали": a subject of its own
    verbs = [c for c in sentence.cues if c.cat in _STEP_VERB_CATS and c.first <= trigger.first]
    text = toks[first].text
    if text in _BUT_WORDS and first + 1 < trigger.first and toks[first + 1].text in _ALSO_AFTER_BUT:
        # "не только подписали конвенцию, но и сдали грамоту", "not only signed it but also
        # ratified it": the second half of "not only... but also" shares the subject
        text, first = "and", first + 1
    if (
        text in _AND_WORDS
        # ("and the treaty entered into force for both": a treaty's entry is the states')
        and not (
            trigger.cat == "EIF"
            and any(
                c.cat == "PREP_FOR" and trigger.end <= c.start < clause.end for c in sentence.cues
            )
        )
        and first + 1 < trigger.first
        and toks[first + 1].text in _SUBJECT_ARTICLES
    ):
        return False  # "y las iniciativas para incorporarlo": a subject of its own
    if text in _AND_WORDS or text in _BEFORE_WORDS:
        # "and deposited", "et a déposé", "y depositó", "и в тот же день сдала", "before
        # ratifying it", "antes de ratificarlo", "قبل أن تصادق عليه"
        return any(first < c.first <= first + 5 for c in verbs)
    return (
        is_arabic_script(text) and text[:1] in ("و", "ف") and any(c.first == first for c in verbs)
    )


def _in_fronted_condition(m: Mention, trigger: _Cue, sentence: _Sentence, norm: str) -> bool:
    """Whether ``m`` is inside a condition put before the trigger and closed by a comma."""
    for c in sentence.cues:
        if c.cat != "CONDITION" or c.end > m.start or c.start >= trigger.start:
            continue
        comma = norm.find(",", c.end, trigger.start)
        if comma != -1 and m.end <= comma:
            return True
    return False


def _fronted_apposition(
    trigger: _Cue, sentence: _Sentence, ci: int, toks: list[Token]
) -> Mention | None:
    """The state that opens the clause after a membership set before it: "Membre de l'OTAN
    depuis 1952, la Turquie a protesté", "A member of NATO since 1952, Turkey objected"."""
    if (
        trigger.cat != "JOIN"
        or ci != 0
        or len(sentence.clauses) < 2
        or trigger.first - sentence.first_token > 1
        or not all(
            toks[i].text in _ARTICLES | _INDEFINITE_WORDS
            for i in range(sentence.first_token, trigger.first)
        )
        or any(m.kind == COUNTRY and m.start < sentence.clauses[0].end for m in sentence.mentions)
    ):
        return None
    following = sentence.clauses[1]
    first = bisect.bisect_left(toks, following.start, key=lambda t: t.start)
    head = next(
        (
            m
            for m in sentence.mentions
            if m.kind == COUNTRY and following.start <= m.start < following.end
        ),
        None,
    )
    if head is None or head.demonym:
        return None
    return head if all(toks[i].text in _ARTICLES for i in range(first, head.first)) else None


def _subjects(
    trigger: _Cue,
    sentence: _Sentence,
    ci: int,
    toks: list[Token],
    nominal: bool,
    norm: str,
) -> tuple[list[str], int]:
    """The states that perform ``trigger``, and the index of the clause they were found in."""
    roles = dict(_roles_of(sentence, toks))
    among = _AMONG_STATES_RE.match(norm, sentence.start)
    if among is not None and 0 <= trigger.start - among.end() <= 2:
        # "Among the countries that signed on Friday were the United States, China and France",
        # "ومن بين الدول التي وقعت أمس الولايات المتحدة والصين وفرنسا": the states named after
        # the step, up to the next step told
        ends = [
            c.start for c in sentence.cues if c.cat in _STEP_VERB_CATS and c.start > trigger.end
        ]
        end = min(ends) if ends else sentence.end
        listed = [
            m.key
            for m in sentence.mentions
            if m.kind == COUNTRY
            and not m.demonym
            and trigger.end <= m.start < end
            and m not in roles
        ]
        return list(dict.fromkeys(listed)), ci
    if (
        trigger.cat == "WITHDRAW"
        and nominal
        and (effective := _effective_for(trigger, sentence, toks))
    ):
        return effective, ci
    if (fronted := _fronted_apposition(trigger, sentence, ci, toks)) is not None:
        return [fronted.key], ci + 1
    if trigger.cat == "EIF":
        # "entered into force for the United Kingdom": that state is the one concerned.
        roles = {m: r for m, r in roles.items() if r != "beneficiary"}
        listed = _listed_after(trigger, sentence, toks, roles)
        if listed:
            return listed, ci
    clause = sentence.clauses[ci]
    clause_cues = [c for c in sentence.cues if clause.start <= c.start < clause.end]
    if any(c.cat == "PRESSURE" and c.start < trigger.start for c in clause_cues) or _permitted(
        trigger, sentence, toks
    ):
        return [], ci  # "pressure on Syria to join": nobody here has decided anything
    conditions = [c.start for c in clause_cues if c.cat == "CONDITION" and c.start > trigger.start]
    cutoff = min(conditions) if conditions else clause.end
    # A state named before the verb acts ("Armenia froze its participation"), unless it only
    # says whose ministers or council decided ("los cancilleres de Argentina, Brasil...").
    acting_before = False
    previous: Mention | None = None
    possessed = False
    for m in sentence.mentions:
        if m.kind != COUNTRY or m.last >= trigger.first:
            continue
        listed = previous is not None and all(
            toks[i].text in _LIST_WORDS for i in range(previous.last + 1, m.first)
        )
        possessed = _of_someone(m, toks) or (listed and possessed)
        previous = m
        if m.start >= clause.start and m not in roles and not possessed:
            acting_before = True
    if (
        trigger.cat in ("SUSPEND", "REINSTATE")
        # "NATO admitted Turkey as its 33rd member": the state admitted follows the verb
        or (trigger.cat == "JOIN" and _ADMISSION_RE.match(trigger.text))
    ) and not acting_before:
        # An organisation suspends a state: "l'UA a suspendu la participation du Gabon",
        # "suspender a Venezuela", "приостановил право России". The state named after the
        # verb is the one suspended; a state that suspends its own participation comes before.
        patients = [
            m
            for m in sentence.mentions
            if m.kind == COUNTRY
            and trigger.last < m.first
            and m.start < (cutoff if conditions else sentence.end)
            and not sentence.clauses[_clause_of(sentence, m.start)].relative
            and roles.get(m) not in ("counterpart", "host")
            and not any(
                c.cat in ACTIONS
                and trigger.last < c.first < m.first
                # "приостановил членство Мали": the membership suspended is the state's
                and not _MEMBERSHIP_RE.match(c.text)
                for c in sentence.cues
            )
            # "NATO admitted on Tuesday that Turkey had not joined": a clause told, not a state
            and not any(toks[i].text in _THAT_WORDS for i in range(trigger.last + 1, m.first))
        ]
        if patients:
            return list(
                dict.fromkeys(m.key for m in _list_from(patients[0], patients[1:], toks))
            ), ci

    def _about_state_before(clause: _Clause) -> bool:
        pronoun = next(
            (c for c in sentence.cues if c.cat == "RELATIVE" and clause.start <= c.start),
            None,
        )
        return pronoun is not None and any(
            m.kind == COUNTRY and 0 < pronoun.first - m.last <= 1 for m in sentence.mentions
        )

    agents = _agents_in_next_clause(trigger, sentence, ci, toks)
    if agents:
        return agents, ci + 1
    antecedents = _relative_antecedents(trigger, sentence, ci, toks, norm)
    if antecedents:
        return antecedents, ci
    shares = _coordinated(sentence.clauses[ci], trigger, sentence, toks)
    opener = next(
        (
            (x.start, x.end)
            for x in [*sentence.mentions, *sentence.cues]
            if (x.kind == AGREEMENT if isinstance(x, Mention) else x.cat == "GENERIC")
            and x.start - sentence.start <= _SUBJECT_OPENING
        ),
        None,
    )
    if (
        shares
        and trigger.cat == "EIF"
        and opener is not None
        and not any(m.kind == COUNTRY and m.start < opener[0] for m in sentence.mentions)
        # (the treaty before every step: "ويصبح بروتوكول كيوتو نافذاً [...] بالنسبة لروسيا"
        # names it after the verb, and the state it takes effect for)
        and all(opener[1] <= c.start for c in sentence.cues if c.cat in ACTIONS)
    ):
        # "The protocol was signed in 1987 by the United States [...] and entered into force
        # in 1989": the treaty is the subject both verbs share, not its signatories
        return [], ci
    for index in range(ci, -1, -1):
        current = sentence.clauses[index]
        found = [
            m
            for m in sentence.mentions
            if m.kind == COUNTRY and current.start <= m.start < current.end
        ]
        if index == ci:
            # States inside the condition ("without a Palestinian state") are not the actors.
            found = [m for m in found if m.start < cutoff]
            found = _with_list_continuation(found, sentence, ci, toks)
            # "Dès qu'Israël reconnaîtra la Palestine, l'Indonésie sera prête à...": the states
            # of a condition put first are not the actors
            found = [m for m in found if not _in_fronted_condition(m, trigger, sentence, norm)]
            if nominal:
                # A noun's actor is its possessor: "Finland's accession", "accession of
                # Finland"; "membership brings the coastline outside Russia" is not Russia's.
                after = [m for m in found if m.first > trigger.last]
                attached = _attached_list(trigger, after, toks) or _object_relative_actor(
                    trigger, after, toks
                )
                # "Brazil welcomes the accession of Indonesia": the possessor, not Brazil.
                found = attached or [m for m in found if m.first < trigger.first]
            found = [
                m
                for m in found
                if not (
                    m.first > trigger.last
                    and (owned := _possessed_action(m, trigger, sentence, toks)) is not None
                    # "revoke the United States' signature": the US revokes its own
                    and not (trigger.cat == "WITHDRAW" and owned.cat in ("SIGN", "RATIFY"))
                )
                and not (
                    not nominal
                    and m.first > trigger.last
                    and _possessor_of_noun_after(m, sentence, trigger, toks)
                )
            ]
        elif shares and any(
            c.cat in ACTIONS
            and current.start <= c.start < current.end
            # "signed on 24 September 1996, the day it opened for signature, and ratified it
            # in 2000": a treaty opened for signature is no step of a state's
            and not _opened_for_signature(c, toks)
            for c in sentence.cues
        ):
            # "Palestine signed the agreement on Friday, and deposited its instrument the same
            # day", "وقّعت فلسطين [...]، وأودعت في اليوم نفسه وثيقة المصادقة": a verb joined to
            # the clause before shares the subject of that clause's step
            shares = False
        elif any(
            c.cat in ACTIONS
            and current.start <= c.start < current.end
            and not (c.cat == "SIGN" and _next_is_document(c, sentence))
            # (a clause sharing its subject passes over a treaty opened for signature)
            and not (shares and _opened_for_signature(c, toks))
            for c in sentence.cues
        ):
            # an earlier clause with its own action keeps its states, unless the action is in
            # a relative clause about them: "The Gambia, which quit in 2013, returned in 2018"
            relative = next(
                (
                    c
                    for c in sentence.cues
                    if c.cat == "RELATIVE" and current.start <= c.start < current.end
                ),
                None,
            )
            if relative is None:
                # "Польша, ратифицировавшая конвенцию в 2012 году, объявила": a participle
                # after a comma stands for "which"
                relative = _participle_after_comma(current, toks, norm)
            if relative is not None and current.relative:
                # the relative clause stands alone: its antecedent ends the clause before
                found = [
                    m for m in sentence.mentions if m.kind == COUNTRY and m.end <= current.start
                ]
            antecedents = [
                m for m in found if relative is not None and 0 < relative.first - m.last <= 1
            ]
            if antecedents and not antecedents[-1].demonym:
                # "Tailandia, Guyana y la Santa Sede, que también firmaron, depositaron": the
                # whole list before the pronoun
                antecedents = _list_ending_with(
                    antecedents[-1],
                    [
                        m
                        for m in sentence.mentions
                        if m.kind == COUNTRY and m.last < antecedents[-1].first
                    ],
                    toks,
                )
            if not antecedents or any(
                c.cat in ACTIONS and current.start <= c.start < relative.start
                for c in sentence.cues
            ):
                break
            found = antecedents
        # "quarante pays d'Europe et de l'ex-Union soviétique", "countries of Europe and the
        # former Soviet Union": where the states counted come from, not a state that acts
        found = [m for m in found if not _region_of_states(m, toks)]
        # "وقّع وزراء خارجية إندونيسيا [...] وتايلاند أمس في العاصمة التايلاندية": where they
        # signed, not who
        found = [m for m in found if not _names_capital(m, sentence, toks)]
        # "su participación en la Iniciativa impulsada por China": the agent of another word;
        # "was signed by Russia": the agent of the step itself
        found = [m for m in found if not _agent_of_something_else(m, trigger, toks, sentence)]
        # "signed the protocols that will allow Poland to join": a state after "allow" (or
        # "urge") is who others let (or press) take a step, not the signatory
        found = [
            m
            for m in found
            if not any(
                c.cat == "PRESSURE" and trigger.last < c.first < m.first for c in sentence.cues
            )
        ]
        if not nominal:
            # "returning to the association of mostly former British territories": an
            # adjective after the verb qualifies its object (an Arabic subject follows its verb)
            found = [
                m
                for m in found
                if not (
                    m.demonym
                    and m.first > trigger.last
                    and not is_arabic_script(toks[m.first].text)
                )
            ]
        if index != ci:
            # A nationality adjective in an earlier clause qualifies a noun there ("el gran
            # programa chino de infraestructuras"): it does not act in this one.
            # "le ministère russe", "ولي العهد السعودي" name the speaker's state, which stays.
            found = [m for m in found if not m.demonym or roles.get(m) == "speaker"]
            # "— pendant la guerre du Vietnam —": a possessor there qualifies a noun too
            found = [
                m
                for m in found
                if m in roles or not _of_someone(m, toks) or _government_of(m, toks)
            ]
        if not found:
            continue
        actors = [m for m in found if m not in roles]
        if index > 0 and found and _only_companions(found, roles, toks):
            # "в 1999 году Узбекистан, а вместе с ним Азербайджан и Грузия, [...] вышли из
            # него": the companions' aside; the subject is named before it
            continue
        if any(not m.demonym for m in actors):
            # A nationality adjective beside a named state usually qualifies something else
            # ("a Palestinian state", "Israeli officials"); the named state is the actor.
            actors = [m for m in actors if not m.demonym]
        if not actors:
            # "the president of Panama said his country notified China": the speaker's state
            # acts when every other state named has a role of its own.
            speakers = [m for m in found if roles.get(m) == "speaker"]
            others = [m for m in found if roles.get(m) not in ("speaker", "recipient")]
            # a noun's actor is a speaker of its own clause only ("Putin signed the law on
            # revoking the ratification"), not of a clause that reports something else, unless
            # that clause hands over the instrument ("the prime ministers of Bulgaria, ...
            # handed over the documents of accession")
            handed = any(
                c.cat == "DEPOSIT" and current.start <= c.start < trigger.start
                for c in sentence.cues
            )
            actors = (
                speakers
                if speakers and not others and (not nominal or index == ci or handed)
                else []
            )
            if not actors and index > 0 and all(roles.get(m) == "recipient" for m in found):
                # "..., confirmó que su país entregó a China la notificación de su retiro":
                # the state told is not the actor; the speaker may be in an earlier clause
                speaker_before = _speaker_before(sentence, index, roles)
                if speaker_before:
                    return [speaker_before.key], index
                if any(_depositary_named_before(m, sentence, toks) for m in found):
                    # "notified the depositary of the treaty, the government of Portugal, that
                    # it": the depositary's clause sits between the verb and its subject
                    continue
        if index == ci and not nominal and any(m.first < trigger.first for m in actors):
            # "Nicaragua se adhiere al Acuerdo de París y deja fuera a Siria": with its subject
            # before the verb, a state after it is the object of something else, unless the
            # verb is left out for it ("la Russie a quitté la CPI en 2016 et la Turquie en 2019")
            actors = [m for m in actors if m.first < trigger.first] + _gapped(
                [m for m in actors if m.first > trigger.last], sentence, toks
            )
            # "in 2012 Finland acceded and Poland ratified": a state with a step of its own
            # between it and the verb, and another state after that step, is that step's
            steps = [
                c
                for c in sentence.cues
                if c.cat in _STEP_CATS
                and c is not trigger
                and c.last < trigger.first
                and not sentence.clauses[_clause_of(sentence, c.start)].relative
            ]
            actors = [
                m
                for m in actors
                if m.first > trigger.last
                or not any(
                    m.last < c.first
                    and any(
                        o is not m and c.last < o.first and o.last < trigger.first for o in actors
                    )
                    for c in steps
                )
            ]
        if (
            not actors
            and index == ci
            and index > 0
            and trigger.cat == "SIGN"
            and not nominal
            and all(
                m.first > trigger.last and not m.demonym and roles.get(m) == "counterpart"
                for m in found
            )
        ):
            # "Nepal, long a buffer between the two Asian giants, signed a framework agreement
            # with China": the partner after the verb is no subject; the subject went before
            continue
        if not actors and index != ci and current.relative and _about_state_before(current):
            # "وكانت فنلندا، التي تملك أطول حدود برية مع روسيا، قد انضمت": a relative clause
            # about a state, naming only states with roles of their own, sits between the verb
            # and its subject
            continue
        keys = list(dict.fromkeys(m.key for m in actors))
        return keys, index
    if trigger.cat == "EIF":
        # "the treaty will enter into force on 22 January, for Honduras and the 49 others":
        # the states it enters into force for may follow in a later clause.
        later = [
            m
            for m in sentence.mentions
            if m.kind == COUNTRY
            and m.first > trigger.last
            and sentence.roles.get(m) == "beneficiary"
        ]
        if later:
            keys = list(dict.fromkeys(m.key for m in later))
            return keys, _clause_of(sentence, later[0].start)
    return [], ci


def _only_companions(found: list[Mention], roles: dict[Mention, str], toks: list[Token]) -> bool:
    """Whether the states of a clause are only those named after "along with" and the rest of
    their list ("а вместе с ним Азербайджан и Грузия")."""
    return roles.get(found[0]) == "companion" and len(_list_from(found[0], found[1:], toks)) == len(
        found
    )


# tokens from "which" to its step: "which gave notice of withdrawal", "الذي كان أول بلد عربي
# يصادق"
_RELATIVE_VERB_REACH = 6


def _relative_antecedents(
    trigger: _Cue, sentence: _Sentence, ci: int, toks: list[Token], norm: str
) -> list[str]:
    """The states a relative clause opening with its step is about, when a list of them ends
    right before the pronoun: "Emiratos Árabes Unidos y Baréin, que suscribieron los acuerdos el
    15 de septiembre", "the UAE and Bahrain, which signed": every state of the list, not the
    last alone."""
    clause = sentence.clauses[ci]
    pronoun = next(
        (
            c
            for c in sentence.cues
            if c.cat == "RELATIVE"
            and clause.start <= c.start < trigger.start
            and not norm[clause.start : c.start].strip(" ,")
        ),
        None,
    ) or _participle_after_comma(clause, toks, norm)
    if (
        pronoun is None
        or pronoun.first >= trigger.first
        # (not "que pasa a ser el octavo de los once firmantes": a rank among the signatories)
        or trigger.first - pronoun.last > _RELATIVE_VERB_REACH
        or norm[clause.start : pronoun.start].strip(" ,")
        or any(
            m.kind == COUNTRY and pronoun.start <= m.start < trigger.start
            for m in sentence.mentions
        )
    ):
        return []
    before = [m for m in sentence.mentions if m.kind == COUNTRY and m.last < pronoun.first]
    if not before or before[-1].last != pronoun.first - 1 or before[-1].demonym:
        return []
    chain = _list_ending_with(before[-1], before[:-1], toks)
    if len(chain) > 1:
        gap = tuple(toks[i].text for i in range(chain[-2].last + 1, chain[-1].first))
        if any(gap[: len(a)] == a for a in _LIST_ADDITIONS):
            # "هي مصر [...] وأنغولا، إضافة إلى إسرائيل التي وقّعتها عام 1993": the state added
            # to the list is the one the relative clause describes
            return [chain[-1].key]
    return list(dict.fromkeys(m.key for m in chain))


def _list_ending_with(last: Mention, before: list[Mention], toks: list[Token]) -> list[Mention]:
    """The list of states that ends with ``last``, walked back over ``before``."""
    chain = [last]
    for m in reversed(before):
        if m.demonym or not _listed_right_after(m, chain[0], toks):
            break
        chain.insert(0, m)
    return chain


_EFFECT_REACH = 12  # tokens from "the withdrawal" to "took effect"


def _effective_for(trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> list[str]:
    """The states an exit took effect for: "the withdrawal from the treaty took effect for
    France, Germany and Poland", "выход из договора вступил в силу для Франции"."""
    effect = next(
        (
            c
            for c in sentence.cues
            if c.cat in ("EIF", "COMPLETE") and 0 < c.first - trigger.last <= _EFFECT_REACH
        ),
        None,
    )
    if effect is None:
        return []
    after = [m for m in sentence.mentions if m.kind == COUNTRY and m.first > effect.last]
    if not after or sentence.roles.get(after[0]) != "beneficiary":
        return []
    return list(dict.fromkeys(m.key for m in _list_from(after[0], after[1:], toks)))


_MEMBERSHIP_RE = re.compile(
    r"(?:membership|членств\w*|membresia|adhesion|appartenance|pertenencia|[وف]?(?:ال)?عضوي\w*)$"
)


def _of_someone(m: Mention, toks: list[Token]) -> bool:
    """A state named as the possessor of what comes before it ("the ministers of Brazil")."""
    before = [toks[i].text for i in range(max(0, m.first - 2), m.first)]
    if before[:1] and before[0] in _STATE_FORM_WORDS and before[-1] in _OF_WORDS:
        return False  # "la République de Moldavie", "the Kingdom of Bahrain": the state itself
    return bool(before) and (
        before[-1] in _OF_WORDS or (before[-1] in _ARTICLES and before[:-1] == ["de"])
    )


_OF_WORDS = frozenset({"of", "de", "d", "du", "des", "del"})
# the forms of state that open a state's full name
_STATE_FORM_WORDS = frozenset(
    {"republic", "republique", "republica", "kingdom", "royaume", "reino", "principality"}
    | {"principaute", "principado", "sultanate", "sultanat", "sultanato"}
)
# what may stand between "countries of" and the region named: "d'Europe et de l'ex-"
_REGION_GAP_WORDS = GENITIVE_WORDS | _LIST_WORDS | {"ex", "former", "ancienne", "antigua"}


def _region_of_states(m: Mention, toks: list[Token]) -> bool:
    """A state named as the region that states counted come from ("pays d'Europe et de
    l'ex-Union soviétique", "countries of the former Soviet Union", "países de la antigua
    Unión Soviética"): all words between a word for states and its "of" and the name are
    such small words, or names of regions."""
    i = m.first - 1
    while i >= 0 and m.first - i <= 8:
        text = toks[i].text
        if _STATES_NOUN_RE.match(text):
            # Russian and Arabic say "of" by the case or the construct: "стран Европы"
            return i + 1 < m.first and (toks[i + 1].text in _OF_WORDS or not text.isascii())
        if text not in _REGION_GAP_WORDS and not _REGION_RE.match(text):
            return False
        i -= 1
    return False


_REGION_RE = re.compile(
    r"(?:europe|asia|asie|africa|afrique|america|amerique|latin\w*|latine|oceania|oceanie"
    r"|caribbean|caraibes|caribe|balkans?|baltic|baltes|балти\w*|европ\w*|ази\w*|бывш\w*)$"
)
# "El Gobierno de México depositó": a state's government acts for it
_GOVERNMENT_WORDS = frozenset(
    {"government", "gouvernement", "gobierno", "governo", "cabinet", "gabinete"}
)


def _depositary_named_before(m: Mention, sentence: _Sentence, toks: list[Token]) -> bool:
    """A state named as the government that a depositary, named just before, is."""
    before = [toks[i].text for i in range(max(sentence.first_token, m.first - 3), m.first)]
    if not any(w in _GOVERNMENT_WORDS or w.startswith("правительств") for w in before):
        return False
    return any(
        _DEPOSITARY_RE.match(toks[i].text)
        for i in range(max(sentence.first_token, m.first - _DEPOSITARY_REACH), m.first)
    )


_DEPOSITARY_REACH = 12  # words from "the depositary" to the government it is


def _government_of(m: Mention, toks: list[Token]) -> bool:
    """A state named as the possessor of its government ("the government of Mexico")."""
    before = [toks[i].text for i in range(max(0, m.first - 3), m.first)]
    return any(w in _GOVERNMENT_WORDS for w in before[-3:-1])


# Words that may separate the states of a list that follows an entry into force: "à
# l'Australie, à Brunei, au Cambodge et au Vietnam", "for Chile, Peru and Mexico".
_APPLY_LIST_WORDS = _LIST_WORDS | frozenset(
    {"a", "au", "aux", "to", "for", "pour", "para", "для", "на", "علي", "ل"}
)


def _listed_after(
    trigger: _Cue, sentence: _Sentence, toks: list[Token], roles: dict[Mention, str]
) -> list[str]:
    """The states listed right after an entry into force ("s'applique désormais à
    l'Australie, à Brunei, ..."), when no state acts before it in its clause."""
    clause = sentence.clauses[_clause_of(sentence, trigger.start)]
    if any(
        m.kind == COUNTRY and clause.start <= m.start and m.last < trigger.first and m not in roles
        for m in sentence.mentions
    ):
        return []
    chain: list[Mention] = []
    cursor = trigger.last + 1
    for m in sentence.mentions:
        if m.kind != COUNTRY or m.first < cursor:
            continue
        between = [toks[i].text for i in range(cursor, m.first)]
        if len(between) > 3 or not all(w in _APPLY_LIST_WORDS for w in between):
            break
        chain.append(m)
        cursor = m.last + 1
    return list(dict.fromkeys(m.key for m in chain)) if len(chain) >= 2 else []


def _speaker_before(sentence: _Sentence, index: int, roles: dict[Mention, str]) -> Mention | None:
    """The state of the last speaker ("el presidente de Panamá") named before clause
    ``index``, if it is the only state named there."""
    start = sentence.clauses[index].start
    before = [m for m in sentence.mentions if m.kind == COUNTRY and m.start < start]
    speakers = [m for m in before if roles.get(m) == "speaker"]
    if speakers and len({m.key for m in before}) == 1:
        return speakers[-1]
    return None


# "inherited the signature", "унаследовавшая подпись", "a hérité de la signature", "ورثت توقيع"
_INHERITED_RE = re.compile(r"(?:inherit\w*|унаследова\w*|herit\w*|hered\w*|[وف]?ورث\w*)$")
_DECISION_OBJECT_RE = re.compile(r"(?:decision|решение|[وف]?(?:ال)?قرارا?)$")


def _signs_a_decision(trigger: _Cue, toks: list[Token]) -> bool:
    """A signature whose object is a decision: "signed the decision", "подписали решение",
    "وقعوا قرارا"."""
    i = trigger.last + 1
    while i < len(toks) and i - trigger.last <= 3 and toks[i].text in _ARTICLES:
        i += 1
    return i < len(toks) and bool(_DECISION_OBJECT_RE.match(toks[i].text))


def _next_is_document(cue: _Cue, sentence: _Sentence) -> bool:
    return any(c.cat == "DOCUMENT" and 0 < c.first - cue.last <= 3 for c in sentence.cues)


def _possessor_of_noun_after(
    m: Mention, sentence: _Sentence, trigger: _Cue, toks: list[Token]
) -> bool:
    """True when ``m`` is attached after another action noun ("ratificó la adhesión de Suecia")."""
    for c in sentence.cues:
        if c is trigger or c.cat not in ACTIONS or not (trigger.last < c.last < m.first):
            continue
        if _attached_after(c, m, toks):
            return True
    return False


def _attached_list(trigger: _Cue, after: list[Mention], toks: list[Token]) -> list[Mention]:
    """The states after a noun that are its possessors: the first attached one and its list."""
    if not after or not _attached_after(trigger, after[0], toks):
        return []
    return _list_from(after[0], after[1:], toks)


def _list_from(first: Mention, following: list[Mention], toks: list[Token]) -> list[Mention]:
    """``first`` and the states listed right after it, with only "and", "or" and articles
    between: "Japan, China and South Korea", or a phrase that adds to a list: "Brunei and
    Vietnam, as well as Australia"."""
    chain = [first]
    for m in following:
        between = [toks[i].text for i in range(chain[-1].last + 1, m.first)]
        if not _list_gap(between):
            break
        chain.append(m)
    return chain


# Phrases that add to a list, as they are after normalisation: "as well as", "ainsi que", "así
# como", "а также", "وكذلك", "فضلا عن", "إضافة إلى"
_LIST_ADDITIONS = (
    ("as", "well", "as"),
    ("ainsi", "que"),
    ("asi", "como"),
    ("а", "также"),
    ("وكذلك",),
    ("فضلا", "عن"),
    ("اضافه", "الي"),
    ("بالاضافه", "الي"),
)


# A union's members, named with it inside a list: "junto con sus Estados miembros", "together
# with its member states", "et ses États membres"
_MEMBERS_ASIDES = (
    ("junto", "con", "sus", "estados", "miembros"),
    ("con", "sus", "estados", "miembros"),
    ("together", "with", "its", "member", "states"),
    ("and", "its", "member", "states"),
    ("et", "ses", "etats", "membres"),
    ("avec", "ses", "etats", "membres"),
)


def _list_gap(between: list[str]) -> bool:
    """Whether the words between two states leave them in one list: "and", "or", articles, or a
    phrase that adds to a list."""
    for aside in _MEMBERS_ASIDES:
        n = len(aside)
        if tuple(between[:n]) == aside:
            # "la Unión Europea junto con sus Estados miembros, Brasil y México"
            between = between[n:]
            break
    for addition in _LIST_ADDITIONS:
        n = len(addition)
        if tuple(between[:n]) == addition:
            between = between[n:]
            break
    # "نيجيريا وأيرلندا وجزيرة نيوي", "Ireland and the island of Niue": a state named as an
    # island
    if between and between[-1] in _NAME_OF_WORDS:
        between = between[:-1] if len(between) > 1 and _ISLAND_RE.match(between[-2]) else between
    if between and _ISLAND_RE.match(between[-1]):
        between = between[:-1] + (["و"] if between[-1].startswith("و") else [])
    return len(between) <= 3 and all(w in _LIST_WORDS for w in between)


_ISLAND_RE = re.compile(r"(?:islands?|iles?|islas?|остров\w*|[و]?(?:جزيره|جزر))$")


def _with_list_start(
    found: list[Mention], sentence: _Sentence, ci: int, toks: list[Token]
) -> list[Mention]:
    """Add the state that opens a list the clause continues: "juntas de Malí, Burkina Faso y"."""
    if not found or ci == 0:
        return found
    clause = sentence.clauses[ci]
    first = found[0]
    lead = [t.text for t in toks[sentence.first_token : first.first] if t.start >= clause.start]
    if not all(w in _LIST_WORDS for w in lead):
        return found
    previous = sentence.clauses[ci - 1]
    before = [
        m
        for m in sentence.mentions
        if m.kind == COUNTRY and previous.start <= m.start < previous.end
    ]
    if not before:
        return found
    last = before[-1]
    tail = [t for t in toks[last.last + 1 : first.first] if t.start < clause.start]
    if tail:
        return found  # the clause before goes on after its state: not a list
    return [last, *found]


def _with_list_continuation(
    found: list[Mention], sentence: _Sentence, ci: int, toks: list[Token]
) -> list[Mention]:
    """Add the states that continue a list ending the clause: "du Mali, du Burkina Faso et...".

    Clauses are cut at commas, so a list whose first state ends one clause goes on at the start
    of the next.
    """
    found = _with_list_start(found, sentence, ci, toks)
    if not found or ci + 1 >= len(sentence.clauses):
        return found
    clause = sentence.clauses[ci]
    last = found[-1]
    tail = [t for t in toks[last.last + 1 : sentence.last_token + 1] if t.start < clause.end]
    if tail and tuple(t.text for t in tail) not in _MEMBERS_ASIDES:
        return found
    following = sentence.clauses[ci + 1]
    extra: list[Mention] = []
    cursor = next(
        (
            i
            for i in range(last.last + 1, sentence.last_token + 1)
            if toks[i].start >= following.start
        ),
        None,
    )
    if cursor is None:
        return found
    for m in sentence.mentions:
        if m.kind != COUNTRY or m.first < cursor or m.start >= following.end:
            continue
        between = [toks[i].text for i in range(cursor, m.first)]
        if len(between) > 3 or not all(w in _LIST_WORDS for w in between):
            break
        extra.append(m)
        cursor = m.last + 1
    return found + extra


_MEETING_RE = re.compile(
    r"(?:summits?|meetings?|sommets?|reunions?|cumbres?|reunion|саммит\w*|встреч\w*|заседани\w*"
    r"|building|headquarters|siege|sede|штаб-квартир\w*|[وف]?(?:ب|ل)?(?:ال)?مقر"
    r"|office|secretariat"
    # "Le texte du Conseil de l'Europe entrera en vigueur pour la France": the body's text
    r"|text|texte|texto|текст\w*"
    r"|[وف]?(?:ب|ل)?(?:ال)?(?:قمه|اجتماع)"
    # "сдала на хранение Генеральному секретарю Совета Европы", "لدى الأمين العام لمجلس
    # أوروبا": the depositary's office, not the agreement
    r"|секретар\w*|генсек\w*|[وف]?(?:ل|ب)?(?:ال)?امين)$"
)


# "on the eve of the G20", "en marge du sommet", "на полях саммита", "على هامش": an occasion
_OCCASION_WORDS = frozenset(
    {"eve", "sidelines", "margins", "veille", "marge", "margen", "vispera", "кануне", "полях"}
    | {"هامش", "عشيه"}
)


def _occasion(m: Mention, toks: list[Token]) -> bool:
    """An organisation named as the occasion of a step, not its object: "join Paris climate
    pact on eve of G20", "en marge du G20"."""
    before = [toks[i].text for i in range(max(0, m.first - 4), m.first)]
    return any(w in _OCCASION_WORDS for w in before)


def _at_meeting(m: Mention, toks: list[Token]) -> bool:
    """An organisation named for its meeting, its office or its text: "the G20 summit", "le
    sommet du G20", "قمة مجموعة العشرين", "саммит G20", "le texte du Conseil de l'Europe"."""
    after = [toks[i].text for i in range(m.last + 1, min(len(toks), m.last + 4))]
    # "the Council of Europe's treaty office": the body's office, two words on at most
    after = after[1:] if after[:1] == ["s"] else after[:1]
    before = [toks[i].text for i in range(max(0, m.first - 2), m.first)]
    # "au siège de l'Unesco": the noun before the words that attach the name to it
    head = _word_before(m, toks)
    if head is not None and _MEETING_ADJECTIVE_RE.match(head):
        # "lors d'un sommet extraordinaire de l'Union africaine": the noun before its adjective
        i = m.first - 1
        while i > 0 and toks[i].text != head:
            i -= 1
        head = toks[i - 1].text if i > 0 else head
    return (
        any(_MEETING_RE.match(w) for w in after)
        or any(_MEETING_RE.match(w) for w in before)
        or (head is not None and bool(_MEETING_RE.match(head)))
    )


# Adjectives after a meeting's noun: "sommet extraordinaire", "cumbre anual", "قمة استثنائية"
_MEETING_ADJECTIVE_RE = re.compile(
    r"(?:(?:extra)?ordinaires?|annuels?|annuelle|extraordinari[oa]s?|ordinari[oa]s?|anual(?:es)?"
    r"|ministeriel(?:le)?s?|ministerial(?:es)?|[وف]?(?:ال)?(?:استثنايي|طاري|عادي)(?:ه)?)$"
)


_OUTSIDE_WORDS = frozenset({"outside", "خارج", "بخارج", "вне", "hors", "fuera"})


def _named_outside(m: Mention, toks: list[Token]) -> bool:
    """An agreement named after "outside" ("خارج معاهدة", "hors du traité", "fuera del")."""
    return _word_before(m, toks) in _OUTSIDE_WORDS


def _trade_area_of(m: Mention, toks: list[Token]) -> bool:
    """An organisation named as the owner of its free-trade area ("la zone de libre-échange de
    l'Asean"): joining the area is not joining the organisation."""
    return bool(
        _FREE_TRADE_RE.search(" ".join(toks[i].text for i in range(max(0, m.first - 5), m.first)))
    )


_FREE_TRADE_RE = re.compile(
    r"\b(?:libre echange|free trade|libre comercio|свободнои торговли|التجاره الحره)\b"
)


def _agreements_for(
    trigger: _Cue,
    sentence: _Sentence,
    clause: _Clause,
    named: list[Mention],
    anaphoric_agreement: str | None,
    context_agreement: str | None,
    article: _Article,
) -> list[str]:
    if not named:
        return [anaphoric_agreement] if anaphoric_agreement else []
    named = [m for m in named if not _trade_area_of(m, article.toks)]
    if not named:
        return []
    in_clause = [m for m in named if clause.start <= m.start < clause.end]
    # "إسرائيل توقّع معاهدة الحظر الشامل وتبقى خارج معاهدة عدم الانتشار", "signs the test ban
    # and stays outside the NPT": the treaty a state stays outside is not the one it signs
    inside = [m for m in in_clause if not _named_outside(m, article.toks)]
    if inside:
        in_clause = inside
    elif in_clause:
        # "ترفض مصر الانضمام ما دامت إسرائيل خارج معاهدة عدم الانتشار": the treaty another
        # state stays outside is the condition's; the step is on the agreement told before
        outside = {m.key for m in in_clause}
        named = [m for m in named if m.key not in outside]
        if not named:
            pointed = anaphoric_agreement or context_agreement
            return [pointed] if pointed and pointed not in outside else []
        in_clause = []
    # "joined the Paris agreement ... hours before the Group of 20 summit": the summit says when
    meetings = [m for m in in_clause if _at_meeting(m, article.toks)]
    if len(meetings) < len(in_clause):
        in_clause = [m for m in in_clause if m not in meetings]
    elif (
        meetings
        and context_agreement
        and context_agreement not in {m.key for m in meetings}
        and not [m for m in named if m not in meetings]
    ):
        # "The UK's signature was recorded by the Council of Europe's treaty office": the
        # body keeps the record of a step on the treaty the text is about
        return [context_agreement]
    elif meetings and (
        elsewhere := [m for m in named if m not in meetings and not _at_meeting(m, article.toks)]
    ):
        # "сдала на хранение Генеральному секретарю Совета Европы ратификационную грамоту
        # Конвенции [...], известной как Стамбульская конвенция": the depositary's
        # organisation is not what was ratified when the sentence names the treaty after it
        in_clause, named = [], elsewhere
    elif meetings and len(meetings) == len(named):
        # "firmó el domingo el acuerdo en una cumbre extraordinaria de la Unión Africana": the
        # organisation of the summit is the object only if nothing else is (see below)
        in_clause = []
    if in_clause:
        return list(dict.fromkeys(m.key for m in in_clause))
    # "ont signé mercredi à Paris, au siège de l'Unesco, la convention": the place is not
    # what was signed
    nearest = min(
        [m for m in named if not _at_meeting(m, article.toks)] or named,
        key=lambda m: min(abs(m.start - trigger.end), abs(trigger.start - m.end)),
    )
    noun = next(
        (c for c in sentence.cues if c.cat == "GENERIC" and 0 < c.first - trigger.last <= 4),
        # "Как сообщили в Совете Европы, конвенция вступит в силу": the noun as the subject
        next(
            (
                c
                for c in sentence.cues
                if c.cat == "GENERIC"
                and 0 < trigger.first - c.last <= 2
                and _clause_of(sentence, c.start) == _clause_of(sentence, trigger.start)
            ),
            None,
        ),
    )
    if noun is not None and (
        article.agreement_kinds.get(nearest.key) not in _kinds_meant(noun)
        # "عزم بلاده الخروج من المعاهدة، معتبراً أنها لم تعد تنسجم مع أهداف اتفاق باريس": the
        # noun points back; the agreement of a later clause is another one
        or nearest.start >= clause.end
    ):
        # "en marge du G20, et l'Inde a ratifié l'accord": the accord is the last one named,
        # not the organisation named in another clause
        meant = _antecedent(noun, article.recent, article)
        if meant is not None:
            return [meant]
        if _at_meeting(nearest, article.toks):
            # "ont signé dimanche l'accord [...], lors d'un sommet extraordinaire de l'Union
            # africaine": an accord signed at an organisation's summit is not the organisation
            return []
    if (
        nearest.start >= clause.end
        and nearest.start - trigger.end <= _INCLUDING_REACH
        and _INCLUDING_RE.search(article.norm, trigger.end, nearest.start)
    ):
        # "directed the United States to leave a long list of treaties, including the UN
        # Framework Convention on Climate Change": the one the list names
        return [nearest.key]
    if context_agreement and nearest.start >= clause.end and nearest.key != context_agreement:
        # "« La France a décidé de se retirer », a déclaré ..., « cohérente » avec l'accord de
        # Paris": a step with no object of its own is about the agreement the text is on, not
        # one named in a later clause
        return [context_agreement]
    return [nearest.key]


# "including", "notamment", "entre ellos", "в том числе", "بما في ذلك": what follows is part
# of what the step is on
_INCLUDING_RE = re.compile(
    r"\b(?:including|among\s+them|notamment|y\s+entre\s+ellos|incluid[oa]s?|incluyendo"
    r"|в\s+том\s+числе|включая)\b|بما\s+في\s+ذلك|ومن\s+بينها"
)
_INCLUDING_REACH = 120  # characters from the step to the agreement its list names


# Words that open a supposition: "if Russia ratifies", "si la Russie le ratifie", "если Россия
# ратифицирует", "إذا صادقت روسيا".
_IF_WORDS = frozenset({"if", "si", "если", "اذا", "واذا", "فاذا", "لو", "ولو"})
# Before "if", a condition the subject sets: "will join only if", "n'adhérera que si".
_ONLY_WORDS = frozenset({"only", "que", "sauf", "solo", "solamente", "только", "الا"})
# What may stand between "if" (or "allow") and the step besides the states: articles, "and",
# pronouns, the mark of an infinitive.
_SUBJECT_FILLERS = _LIST_WORDS | frozenset(
    {"it", "them", "le", "la", "les", "l", "lo", "los", "las", "to", "d", "de", "a"}
)
_SUBJECT_REACH = 15  # tokens between "if" and the step


def _before_subject(trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> int | None:
    """The token before the states that take the step ("if [the EU, Japan and Russia] ratify
    it", "allow [Poland, Hungary and the Czech Republic] to join"), skipping names (also those
    not known: "l'Union", "Washington") and list words."""
    named = {i for m in sentence.mentions for i in range(m.first, m.last + 1)}
    low = max(sentence.first_token, trigger.first - _SUBJECT_REACH)
    for i in range(trigger.first - 1, low - 1, -1):
        if toks[i].text in _IF_WORDS:
            return i  # "If Georgia joins": capitalised at the start, and no name
        if i in named or toks[i].text in _SUBJECT_FILLERS or toks[i].original[:1].isupper():
            continue
        return i
    return None


def _supposed(trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> bool:
    """Whether the step is supposed, with its subject, after "if": "can enter into force
    without Washington if the EU, Japan and Russia ratify it"."""
    i = _before_subject(trigger, sentence, toks)
    return (
        i is not None
        and toks[i].text in _IF_WORDS
        and (i == 0 or toks[i - 1].text not in _ONLY_WORDS)
    )


def _after_if_clause(trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> bool:
    """Whether an "if" opens the sentence the step is in: "If all 27 parliaments ratify the
    treaty, Croatia will join on 1 July 2013"."""
    return any(
        toks[i].text in _IF_WORDS
        for i in range(sentence.first_token, min(trigger.first, sentence.first_token + 2))
    )


def _permitted(trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> bool:
    """Whether others urge or let the states take the step: "the protocols that will allow
    Poland, Hungary and the Czech Republic to join", "pressed Sweden and Finland to join"."""
    i = _before_subject(trigger, sentence, toks)
    return i is not None and any(
        c.cat == "PRESSURE" and c.first <= i <= c.last for c in sentence.cues
    )


_INDEFINITE_WORDS = frozenset({"a", "an", "un", "une", "una"})
_AGREEMENT_NOUN_RE = re.compile(
    r"(?:agreements?|accords?|treaty|treaties|pacts?|deals?|traites?|pactes?|acuerdos?|tratados?"
    r"|pactos?|convenios?|memorand(?:um|ums|a|o|os))$"
)
# Nouns that are of no name by themselves, in languages without an indefinite article: a
# memorandum ("подписала с НАТО меморандум"), an Arabic noun without "ال" ("مذكرة تعاون").
_BARE_INDEFINITE_RE = re.compile(r"(?:меморандум\w*|[وف]?مذكره)$")
_ARABIC_BARE_AGREEMENT_RE = re.compile(r"[وف]?(?:اتفاق|اتفاقيه|اتفاقا)$")
_ARABIC_KIND_OF_AGREEMENT_RE = re.compile(r"(?:شراكه|تعاون|تجاره|تبادل|اطاري|ثنايي|تجاري)")
_UNDERSTANDING_RE = re.compile(
    r"(?:understanding|entente|entendimiento|взаимопонимани\w*|تفاهم|similar|similaire|semblable"
    r"|same|such|meme|mismo|tipo|аналогичн\w*|подобн\w*|таки\w*|مماثله|مشابهه)$"
)
_INDEFINITE_REACH = 6  # tokens between the step and "a bilateral agreement"
# "اتفاقاً ثنائياً مع واشنطن يتعهد بموجبه الطرفان": "under which", opening what the agreement
# binds its parties to
_WHEREBY_WORDS = frozenset({"بموجبه", "بموجبها", "وبموجبه", "وبموجبها", "whereby"})
# A statement signed: "بيان العلا", "a joint statement", "un communiqué" (a declaration may be
# how a state joins: "the Abraham Accords Declaration")
_DECLARATION_RE = re.compile(
    r"(?:[وف]?(?:ب|ل)?(?:ال)?بيان|statements?|communiques?|comunicados?|заявлени\w*)$"
)


# "signed the protocol extending the treaty", "протокол о продлении договора", "le protocole
# de prorogation", "بروتوكول تمديد المعاهدة": the step's object is a protocol that extends it
_EXTENSION_PROTOCOL_RE = re.compile(
    r"(?:\s+\S+){0,3}?\s+(?:протокол\w*|protocols?|protocoles?|protocolos?|[وف]?(?:ال)?بروتوكول\w*)"
    r"\s+(?:\S+\s+){0,2}?(?:продлени|пролонгаци|extension|extending|prolong|proroga|prorrog"
    r"|[وف]?(?:ل|ب)?تمديد)"
)
_WAS_DUE_RE = re.compile(
    r"\b(?:(?:was|were)\s+(?:due|scheduled|set|supposed|meant|expected)\s+to|devai(?:t|ent)"
    r"|etait\s+prevu|debia|debian|estaba\s+previsto|должн\w*\s+был\w*|предполагалось"
    r"|[وف]?كان\s+(?:من\s+)?(?:المقرر|المفترض|المنتظر|المتوقع)|[وف]?كان\s+يفترض)"
)
_BUT_RE = re.compile(
    r"\b(?:but|mais|pero|sin\s+embargo|но|однако)\b|(?<!\w)(?:غير\s+ان|لكن|الا\s+ان)(?!\w)"
)
_EXTENSION_PROTOCOL_BEFORE_RE = re.compile(
    r"(?:протокол\w*|protocols?|protocoles?|protocolos?|[وف]?(?:ال)?بروتوكول\w*)"
    r"\s+(?:\S+\s+){0,2}?(?:продлени|пролонгаци|extension|extending|prolong|proroga|prorrog"
    r"|[وف]?(?:ل|ب)?تمديد)"
)
# "отозвала конвенцию из сената", "withdrew the treaty from the Senate", "retiró el tratado
# del Senado": the text taken back from the chamber that was to approve it
_FROM_THE_CHAMBER_RE = re.compile(
    r"(?:\s+\S+){1,6}?\s+(?:из|from|du|de\s+la|del|من)\s+(?:the\s+)?(?:[وف]?(?:ال)?)?"
    r"(?:сенат|senate|senat|senado|парламент|parliament|parlement|parlamento|конгресс|congress"
    r"|congres|congreso|дум|bundestag|برلمان|مجلس\s+(?:ال)?(?:شيوخ|نواب|شعب|امه))"
)


def _indefinite_object(trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> bool:
    """Whether what the step is about is "an agreement" of no name: "refused to sign a
    bilateral agreement with Washington", "firmó con Estados Unidos un acuerdo" (not "an
    agreement on the Rome Statute")."""
    reach = _INDEFINITE_REACH + (3 if trigger.cat == "REFUSE" else 0)  # "refused to sign with"
    last = min(sentence.last_token, trigger.last + reach)
    for i in range(trigger.last + 1, last + 1):
        if _BARE_INDEFINITE_RE.match(toks[i].text) or (
            # "وقّعت معها اتفاق شراكة": an agreement of partnership, of no name
            _ARABIC_BARE_AGREEMENT_RE.match(toks[i].text)
            and i < sentence.last_token
            and _ARABIC_KIND_OF_AGREEMENT_RE.match(toks[i + 1].text)
        ):
            noun: int | None = i
        elif toks[i].text not in _INDEFINITE_WORDS:
            continue
        else:
            noun = next(
                (
                    j
                    for j in range(i + 1, min(i + 3, sentence.last_token + 1))
                    if _AGREEMENT_NOUN_RE.match(toks[j].text)
                ),
                None,
            )
        if noun is None:
            continue
        if any(
            _UNDERSTANDING_RE.match(toks[j].text)
            for j in range(max(i, noun - 1), min(noun + 4, sentence.last_token + 1))
        ):
            # "a memorandum of understanding": how a state joins an initiative; "un memorando
            # de este tipo", "مذكرة مماثلة": one like the one the text told
            continue
        if _to_join_after(noun, sentence):
            continue  # "signed a framework agreement with China on Friday to join it"
        # what the agreement is about, up to a relative clause about something else: "an
        # agreement to join the Belt and Road", not "un acuerdo que exima [...] de la Corte"
        end = min(
            [c.start for c in sentence.cues if c.cat == "RELATIVE" and c.first > noun]
            + [
                toks[j].start
                for j in range(noun + 1, sentence.last_token + 1)
                if toks[j].text in _THAT_WORDS or toks[j].text in _WHEREBY_WORDS
            ]
            + [sentence.clauses[_clause_of(sentence, toks[noun].start)].end]
        )
        # a body named after "with" is the other party, not what the agreement is about:
        # "un acuerdo de cooperación con la OTAN", "подписала с НАТО меморандум"
        return not any(
            m.kind == AGREEMENT
            and trigger.end <= m.start < end
            and not _partner_of_talks(m, sentence)
            for m in sentence.mentions
        )
    return False


def _partner_of_talks(m: Mention, sentence: _Sentence) -> bool:
    """An agreement named right after "with" ("con", "avec", "с", "مع"): the other party."""
    return any(c.cat == "PREP_WITH" and 0 < m.first - c.last <= 2 for c in sentence.cues)


_END_RE = re.compile(
    r"(?:end(?:s|ed|ing)?|fin|termin\w*|конец|прекра\w+|[وف]?(?:ب|ل)?(?:ال)?(?:انهاء|انتهاء|نهايه))$"
)


# A body deciding, a few words before the step ("decided on Thursday to admit"), or anywhere
# before it in an Arabic sentence ("قرر مجلس الجامعة، في جلسة عقدها أمس [...]، قبول").
_DECIDE_WORD_RE = re.compile(r"(?:decid|decis|решил|решени|[وف]?قرر)")
_DECIDED_RE = re.compile(r"(?<!\S)[وف]?(?:قرر|قررت|اقر|اقرت)(?!\S)")
# "the formalities needed for": what a step needs, before it
_NEEDED_FOR_RE = re.compile(
    r"\b(?:необходим\w*\s+для|(?:needed|required|necessary)\s+(?:for|to)"
    r"|necessaires?\s+(?:a|au|aux|pour)|necesari[oa]s?\s+(?:para|a)"
    r"|(?:ال)?لازمه\s+(?:ل|لل))"
)
# "threatened on Thursday to pull the United States out", "amenazó con retirar", "a menacé de
# retirer", "пригрозила выйти", "هددت بالانسحاب": a threat of a step, in its own clause
_UNDO_REACH = 6  # tokens before a step where what undoes it or threatens it stands
_THREATENED_RE = re.compile(
    r"(?<!\w)(?:threat\w*|menac\w+|amenaz\w+|пригроз\w+|угрожа\w+|[وف]?(?:ي|ت)?هدد\w*"
    r"|[وف]?(?:ب|ل)?(?:ال)?تهديد\w*)[^,;:.،؛]*$"
)

# "the clearest sign yet that", "a sign of", "signs of a thaw": "sign" naming an indication
_TOKEN_SIGN_BEFORE = frozenset(
    {"a", "no", "any", "another", "first", "clear", "clearest", "strong", "strongest", "latest"}
)
_TOKEN_SIGN_AFTER = frozenset({"that", "of", "yet"})


def _a_token(trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> bool:
    """Whether an English "sign" is the noun of an indication, not the verb of signing."""
    if trigger.text not in ("sign", "signs"):
        return False
    return (
        trigger.first > sentence.first_token and toks[trigger.first - 1].text in _TOKEN_SIGN_BEFORE
    ) or (trigger.last < sentence.last_token and toks[trigger.last + 1].text in _TOKEN_SIGN_AFTER)


# "cancelled the withdrawal", "reversed its decision to withdraw", "a annulé son retrait",
# "revocó su retirada", "отменила решение о выходе", "ألغت قرار الانسحاب", "تراجعت عن الانسحاب":
# an exit undone, which leaves the state where it was
_UNDO_RE = re.compile(
    r"(?<!\w)(?:cancel\w*|revok\w*|revocation|rescind\w*|annul\w*|revers\w*|retract\w*"
    r"|call(?:s|ed|ing)?\s+off|anul\w*|revoc\w*|отмен\w*|отозва\w*|отзыв\w*"
    r"|[وف]?(?:ا|ت|ي)?لغ(?:ت|ى|ي|وا|اء)|[وف]?الغاء|[وف]?(?:ت|ي)?تراجع\w*|التراجع)"
    r"(?:\s+\S+){0,5}\s*$"
)
# Words of putting a state out of a body: "expelled", "исключил", "طرد", "end Russia's
# membership", "إنهاء عضوية روسيا" (not a state ending its own: "end its membership",
# "إنهاء عضويتها").
_EXPEL_RE = re.compile(
    r"(?:expel|expuls|exclu|исключ|[وف]?(?:ب|ل)?(?:ال)?طرد|[وف]?(?:ت|ي)?طرد"
    r"|(?:end|ended|ends|ending|terminat\w*|mettre|met|mis|mettent|mettant|poner|puso|pone"
    r"|ponen|pusieron|pondra|прекра\w*|[وف]?(?:ب|ل)?انهاء|[وف]?(?:ا|ت|ي)نه(?:ي|ت|وا)?)"
    r"(?!.*\b(?:its|their|sa|son|leur|su|sus|сво\w*)\b)(?!.*عضويت))"
)


_FROM_ALL_ACTIVITIES_RE = re.compile(
    r"(?:\s+\S+){0,3}?\s+(?:from|of|de|des|du|из|من)\s+(?:all|toutes?|tous|todas?|todos|всех|كل|جميع)"
    r"\s+(?:(?:its|their|ses|leurs|sus|своих|его|ее)\s+)?(?:\S+\s+)?(?:activit|structur|bod|organ"
    r"|institution|instanc|actividad|estructur|organos|деятельност|структур|орган|انشط|هيي|موسس)"
)


def _expels(trigger: _Cue) -> bool:
    return _EXPEL_RE.match(trigger.text) is not None


# Words of admitting a state to a body: "admit", "admis", "admitió", "قبول ... عضوا".
_ADMISSION_RE = re.compile(
    r"(?:admi|d?'?admett|(?:a|ont|avait|avaient)\s+admis|[وف]?(?:ب|ل)?قبول|acept)"
)
# "without" right before a step's verb: the step is not taken ("without ratifying it").
_WITHOUT_RE = re.compile(r"(?:without|sans|sin|без|دون)$")
_WHILE_WORDS = frozenset({"while", "mientras", "pendant", "tandis", "пока", "بينما", "اثناء"})
# A suspension said to end after its noun: "was lifted", "quedó sin efecto", "a été levée",
# "была отменена", "رفع".
_LIFTED_RE = re.compile(
    # whose suspension, as what: a few words ("de Paraguay como miembro del Mercosur"), or a
    # relative clause without a comma ("que pesaba sobre Paraguay en el Mercado Común del Sur
    # desde hace más de un año")
    r"(?:[\s']+\w+){0,18}?[\s,]+"
    r"(?:(?:was|has\s+been|were)\s+(?:formally\s+)?(?:lifted|ended|revoked)|ended\b"
    r"|expired|quedo\s+(?:sin\s+efecto|levantada|anulada)|fue\s+levantada|expiro"
    r"|(?:a\s+ete|est|fut)\s+levee|a\s+pris\s+fin|была\s+(?:отменена|снята)|отменена|снята)"
)


def _ended(trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> bool:
    """Whether a suspension is told as ended: "ending a suspension", "mettant fin à la
    suspension", "poniendo fin a la suspensión", "положив конец приостановке", "إنهاء تعليق"
    (not "at the end of January, suspended": a date)."""
    return any(
        _END_RE.match(toks[i].text)
        and not any(d.start <= toks[i].start < d.end for d in sentence.dates)
        for i in range(max(0, trigger.first - 3), trigger.first)
    )


def _leaves_a_state(trigger: _Cue, sentence: _Sentence, norm: str) -> bool:
    """ "leaves the United States as the most prominent power outside the treaty": a state is
    what "leaves" has for its object, not an agreement."""
    if not trigger.text.startswith(("leav", "left")):
        return False
    if _LEAVES_STATES_RE.match(norm, trigger.end):
        return True  # "leaves only a handful of states outside the treaty"
    after = [m for m in sentence.mentions if m.first > trigger.last]
    return bool(after) and after[0].kind == COUNTRY and after[0].first - trigger.last <= 2


_LEAVES_STATES_RE = re.compile(
    r"\s+(?:(?:only|just|but|about|some|fewer\s+than|a\s+handful\s+of|a\s+few|\d+|two|three"
    r"|four|five|six|seven|eight|nine|ten|a\s+dozen|several)\s+)"
    r"{1,3}(?:other\s+)?(?:states|countries|nations|governments)\b"
)


_OPEN_RE = re.compile(
    r"(?:open\w*|ouv\w+|abiert\w*|abr\w+|apertura|открыт\w*|открыв\w*|[وف]?(?:ال)?فتح\w*)$"
)


def _opened_for(trigger: _Cue, toks: list[Token]) -> bool:
    """Whether a signature is what a treaty is opened for: "opened for signature", "ouvert à
    la signature", "abierto a la firma", "открыт для подписания", "فتح باب التوقيع"."""
    return any(
        _OPEN_RE.match(toks[i].text) for i in range(max(0, trigger.first - 6), trigger.first)
    )


def _opened_for_signature(cue: _Cue, toks: list[Token]) -> bool:
    """Whether a cue is the signature a treaty was opened for, told as such: "opened for
    signature", "son ouverture à la signature", "abierto a la firma", "открыт для подписания"
    (not "the opening days of the Ottawa signing conference")."""
    return (
        cue.cat == "SIGN"
        and cue.first >= 2
        and toks[cue.first - 1].text in _OPENED_FOR_WORDS
        and any(_OPEN_RE.match(toks[i].text) for i in range(cue.first - 3, cue.first - 1))
    )


_OPENED_FOR_WORDS = frozenset({"for", "to", "a", "la", "для"})


_INSTRUMENT_WORD_RE = re.compile(
    r"(?:instruments?|instrumentos?|грамот\w*|документ\w*|[وف]?(?:ب|ل)?(?:ال)?وثيق\w*|وثايق\w*)$"
)
_INSTRUMENT_KINDS = {
    "ACCEDE": EventKind.ACCEDED.value,
    "RATIFY": EventKind.RATIFIED.value,
    "ACCEPT": EventKind.ACCEPTED_APPROVED.value,
}


def _instrument_kind(trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> str | None:
    """The step made by the instrument named nearest a joining in its sentence: "instrument of
    accession", "instrumento de adhesión", "ратификационную грамоту", "وثيقة التصديق"."""
    own = range(max(sentence.first_token, trigger.first - 3), trigger.first)
    if any(_INSTRUMENT_WORD_RE.match(toks[i].text) for i in own):
        return None  # "وثيقة انضمام": the joining is itself the instrument's
    found = [(abs(c.first - trigger.last), kind) for c, kind in _instruments(sentence, toks)]
    return min(found)[1] if found else None


def _instruments(sentence: _Sentence, toks: list[Token]) -> list[tuple[_Cue, str]]:
    """The instruments a sentence names ("instrument of accession", "وثيقة التصديق"), each
    with the step it makes."""
    found = []
    for c in sentence.cues:
        kind = _INSTRUMENT_KINDS.get(c.cat)
        if kind is None:
            continue
        near = range(
            max(sentence.first_token, c.first - 3), min(sentence.last_token + 1, c.last + 2)
        )
        if any(_INSTRUMENT_WORD_RE.match(toks[i].text) for i in near if not c.first <= i <= c.last):
            found.append((c, kind))
    return found


_ENTRY_AFTER_JOINING_REACH = 15  # tokens from "became a party" to the entry into force


def _entry_clause_day(trigger: _Cue, sentence: _Sentence) -> ResolvedDate | None:
    """The day told in the clause of the entry into force that follows a joining."""
    entry = next(
        (
            c
            for c in sentence.cues
            if c.cat == "EIF" and 0 < c.first - trigger.last <= _ENTRY_AFTER_JOINING_REACH
        ),
        None,
    )
    if entry is None:
        return None
    where = _clause_of(sentence, entry.start)
    return next(
        (
            d.resolved
            for d in sentence.dates
            if _clause_of(sentence, d.start) == where
            and d.start > entry.start
            and d.resolved.precision == Precision.DAY.value
        ),
        None,
    )


def _term_after(sentence: _Sentence, article: _Article, start: int) -> re.Match[str] | None:
    """The term a treaty sets between an instrument and its effect, told after ``start``: "90
    days after its instrument of ratification was lodged"."""
    for term in _DAYS_AFTER_RE.finditer(article.norm, start, sentence.end):
        if any(
            c.cat in _INSTRUMENT_CATS and 0 <= c.start - term.end() <= _TERM_REACH
            for c in sentence.cues
        ):
            return term
    return None


def _term_told_next(sentence: _Sentence, article: _Article, subjects: list[str]) -> bool:
    """Whether the next sentence tells the term after the instrument of the same state: "The
    accession took effect 90 days after Palestinian diplomats deposited the instrument"."""
    if sentence.is_title or sentence.index + 1 >= len(article.sentences):
        return False
    following = article.sentences[sentence.index + 1]
    states = {m.key for m in following.mentions if m.kind == COUNTRY}
    if not states or not states <= set(subjects):
        # (not "the convention takes effect for a state 30 days after its instrument": the
        # rule for any state)
        return False
    article.analyse(following)
    term = _term_after(following, article, following.start)
    # "وسيصبح البروتوكول نافذاً بالنسبة للجزائر في 17 ماي المقبل، أي بعد تسعين يوماً": a day of
    # its own for the treaty's effect, told apart from the step before
    return term is not None and not any(
        d.resolved.precision == Precision.DAY.value
        and (d.end <= term.start() or _APPOSED_RE.search(article.norm, term.end(), d.start))
        for d in following.dates
    )


def _counted_from_instrument(
    trigger: _Cue, sentence: _Sentence, article: _Article, resolved: ResolvedDate
) -> ResolvedDate | None:
    """The day a treaty takes effect, counted from its instrument's day told after the term:
    "entered into force for Iraq 30 days after Baghdad deposited its instrument of accession
    [...] on January 13" is 12 February (the day told is the instrument's)."""
    term = _term_after(sentence, article, trigger.end)
    if term is None or resolved.precision != Precision.DAY.value:
        return None
    if not any(
        d.resolved == resolved
        and d.start >= term.end()
        # "60 days after the deposit, on November 29": the day set apart is the treaty's own
        and not _APPOSED_RE.search(article.norm, term.end(), d.start)
        for d in sentence.dates
    ):
        return None  # the day told is the treaty's own ("today, 90 days after...")
    days = _term_days(term.group())
    if days is None:
        return None
    return ResolvedDate(
        resolved.date + datetime.timedelta(days=days),
        Precision.DAY.value,
        Derivation.INFERRED.value,
        resolved.phrase,
    )


_APPOSED_RE = re.compile(r"[,،;:]")
_TERM_NUMBERS = {
    **dict.fromkeys(("thirty", "trente", "trentieme", "treinta", "тридцать", "ثلاثين"), 30),
    **dict.fromkeys(("sixty", "soixante", "soixantieme", "sesenta", "шестьдесят", "ستين"), 60),
    **dict.fromkeys(
        ("ninety", "quatre-vingt-dix", "quatre-vingt-dixieme", "noventa", "девяносто", "تسعين"),
        90,
    ),
}


def _term_days(phrase: str) -> int | None:
    for word in re.findall(r"[\w-]+", phrase):
        if word.isdigit():
            return int(word)
        if word in _TERM_NUMBERS:
            return _TERM_NUMBERS[word]
    return None


def _instrument_told_next(
    sentence: _Sentence, article: _Article, subjects: list[str]
) -> str | None:
    """The step made by the one kind of instrument the next sentence names: "South Africa
    became a party to the treaty on Wednesday. [...] the instrument of accession was
    deposited with the three depositary governments"."""
    if sentence.is_title or sentence.index + 1 >= len(article.sentences):
        return None
    following = article.sentences[sentence.index + 1]
    if any(m.kind == COUNTRY and m.key not in subjects for m in following.mentions):
        return None  # another state's instrument, maybe ("deposited Canada's instrument" is
        # the state's own)
    article.analyse(following)
    kinds = {kind for _, kind in _instruments(following, article.toks)}
    return kinds.pop() if len(kinds) == 1 else None


# "signed for the United States", "au nom de la France", "en nombre de México", "от имени
# России", "نيابة عن": whom a person signs for.
_ON_BEHALF_RE = re.compile(
    r"(?:for|on\s+behalf\s+of|au\s+nom\s+d\w*|pour|en\s+nombre\s+de\w*|por|от\s+имени"
    r"|نيابه\s+عن|عن)\s+(?:the\s+|la\s+|le\s+|l'|el\s+|les\s+)?$"
)


def _signed_for(trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> list[str]:
    """The states a person's signature is for: each named right after "for" (or "on behalf
    of") after the verb, with no other step between."""
    found = []
    for m in sentence.mentions:
        if m.kind != COUNTRY or m.demonym or m.first <= trigger.last:
            continue
        if any(c.cat in ACTIONS and trigger.last < c.first < m.first for c in sentence.cues):
            break
        words = " ".join(toks[i].text for i in range(max(trigger.last + 1, m.first - 4), m.first))
        if _ON_BEHALF_RE.search(words + " "):
            found.append(m.key)
    return list(dict.fromkeys(found))


_GATHERED_RE = re.compile(
    r"(?:lined|gathered|assembled|converged|met|queued|reunis|rassembl\w+|reunieron|reunidos"
    r"|congregaron|собрались|съехались|اجتمع\w*|احتشد\w*|تجمع\w*)$"
)


def _gathered_to(trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> bool:
    """Whether a signature is what people gathered for on a day the sentence gives ("lined up
    on Wednesday at the UNESCO building to sign", "se sont réunis jeudi pour signer")."""
    return bool(sentence.dates) and any(
        _GATHERED_RE.match(toks[i].text)
        for i in range(max(sentence.first_token, trigger.first - 15), trigger.first)
    )


_EXCHANGE_RE = re.compile(r"(?:exchang|echang|intercambi|обмен|[وف]?(?:ب|ل)?(?:ال)?تبادل)\w*$")


def _exchanged(trigger: _Cue, toks: list[Token]) -> bool:
    """Whether an instrument of ratification is told as exchanged ("exchanged the instruments
    of ratification", "обменялись ратификационными грамотами", "تبادل وثائق التصديق")."""
    return any(
        _EXCHANGE_RE.match(toks[i].text) for i in range(max(0, trigger.first - 5), trigger.first)
    )


# "أبلغت إسرائيل الأمين العام": informed, as a notice is given
_INFORMED_RE = re.compile(r"[وف]?(?:ا|ت|ي)?بلغ(?:ت)?$")


def _gave_notice(trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> bool:
    """Whether the step is told as the content of a notice given before it in the sentence:
    a notice, or a letter to the depositary ("направили генеральному секретарю ООН письмо, в
    котором сообщили, что не намерены становиться участником")."""
    words = [toks[i].text for i in range(sentence.first_token, trigger.first)]
    return (
        any(c.cat == "NOTIFY" and c.end <= trigger.start for c in sentence.cues)
        or any(_INFORMED_RE.match(w) for w in words)
        or (
            any(_LETTER_RE.match(w) for w in words)
            and any(
                _DEPOSITARY_RE.search(w)
                or (w.startswith(_SECRETARY) and ("general" in w or prev.startswith(_GENERAL)))
                for prev, w in itertools.pairwise(["", *words])
            )
        )
    )


_LETTER_RE = re.compile(r"(?:letters?|lettres?|cartas?|письм\w*|[وب]?(?:ال)?رسال(?:ه|تها|ته)?)$")
_SECRETARY = ("secretary", "secretaire", "secretario", "секретар", "الامين")
_GENERAL = ("un", "general", "генеральн", "العام")


# "не собираются ратифицировать": do not mean to
_GOING_TO_RE = re.compile(r"собира")
_WISH_RE = re.compile(
    r"(?:volonte|intention|souhait|desir|wish|desire|intend|intencion|deseo|voluntad|намерен"
    r"|желани|стремлени|رغب|نيه|اعتزام|عزم)"
)


def _application_considered(trigger: _Cue, sentence: _Sentence) -> bool:
    """A body considering a state's application ("examine la demande d'adhésion de la Russie",
    "рассмотрение заявки России на вступление"): an application noun between what considers and
    the joining."""
    considers = [c.last for c in sentence.cues if c.cat == "CONSIDER" and c.last < trigger.first]
    return bool(considers) and any(
        c.cat == "INTENT"
        and considers[-1] < c.first < trigger.first
        and _APPLICATION_RE.match(c.text)
        for c in sentence.cues
    )


def _others_consider(trigger: _Cue, sentence: _Sentence, clause: _Clause) -> bool:
    """Whether the states of a step weighed are named only after the word of weighing, not as
    its subject before it (nor, verb first, right after it: "تدرس جورجيا الانضمام")."""
    weighing = [c for c in sentence.cues if c.cat == "CONSIDER" and c.end <= trigger.start]
    if not weighing:
        return False
    cue = weighing[-1]
    states = [m for m in sentence.mentions if m.kind == COUNTRY]
    before = [m for m in states if clause.start <= m.start < cue.start]
    between = [m for m in states if cue.end <= m.start < clause.end]
    return not before and bool(between) and not any(m.first - cue.last == 1 for m in between)


_APPLICATION_RE = re.compile(r"(?:application|demande|solicitud|заявк|[وف]?(?:ال)?طلب)")
_WORLDWIDE_RE = re.compile(
    r"(?:دوليا|عالميا|internationally|globally|worldwide|internationalement|internacionalmente"
    r"|mundialmente)$"
)
# "joins the list", "تلتحق بقائمة", "تلتحق بركب الدول" (joins the caravan of states)
_LIST_NOUN_RE = re.compile(
    r"(?:list|lists|liste|listes|lista|listas|списк\w*|список|(?:ب|ال|بال)?(?:قايم\w*|ركب))$"
)


def _joins_a_list(trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> bool:
    """A state that joins a list of states ("joins a growing list of countries that want to
    join"): it is counted among others, it does not join the agreement."""
    agreements = [
        m.first for m in sentence.mentions if m.kind == AGREEMENT and m.first > trigger.last
    ]
    end = min([trigger.last + 7, sentence.last_token + 1, *agreements])
    return any(_LIST_NOUN_RE.match(toks[i].text) for i in range(trigger.last + 1, end))


_BY_SIGNING_RE = re.compile(r"(?:بتوقيع\w*|подписав|firmando|signant)$")


def _means_of_joining(trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> bool:
    """A signature told as the way a state joined ("joined the accords by signing a joint
    declaration", "انضم ... بتوقيع إعلان مشترك"): the joining is the step."""
    by = _BY_SIGNING_RE.match(trigger.text) or (
        trigger.first > 0
        and toks[trigger.first - 1].text in ("by", "en")
        and trigger.first == trigger.last
    )
    return bool(by) and any(
        c.cat == "JOIN" and c.last < trigger.first and trigger.first - c.last <= 10
        for c in sentence.cues
    )


# a way out of a crisis, not out of an agreement
_CRISIS_EXIT_RE = re.compile(
    r"(?:\s+\S+){0,2}?\s+(?:(?:من|from|out\s+of|de|del|de\s+la|из)\s+)?"
    r"(?:(?:the|its|their|this|la|sa|leur|cette|el|su|esta|этого|своего)\s+)?"
    r"(?:ال)?(?:ازم|مازق|crisis|crise|кризис|impasse|тупик)"
)
# a meeting left, not an agreement: "abandona la cumbre del clima", "walked out of the talks"
_MEETING_EXIT_RE = re.compile(
    # "abandona la cumbre", or with the state and the day between: "انسحبت الأرجنتين يوم
    # الأربعاء من قمة المناخ"
    r"(?:(?:\s+\S+){0,1}?\s+|(?:\s+(?!(?:بعد|قبل|after|before|apres|avant|despues|antes"
    r"|после|до)\s)\S+){0,4}?\s+(?=(?:من|from|out|de|del|из|с)\s))"
    r"(?:(?:من|from|out\s+of|de|del|de\s+la|из|с)\s+)?"
    r"(?:(?:the|its|their|this|la|sa|leur|cette|le|les|el|su|esta|los|las)\s+)?"
    r"(?:(?:ال)?(?:قمه|موتمر|جلسه|اجتماع|مفاوضات|محادثات)|summit|conference|talks"
    r"|negotiations|session|meeting|sommet|conference|negociations|seance|reunion|cumbre"
    r"|conferencia|negociaciones|sesion|саммит\w*|конференци\w*|переговор\w*|сесси\w*"
    r"|заседани\w*|встреч\w*|cop\s?\d*)\b"
)
# the verb that goes with a signature: "поставить подпись", "put one's signature"
_PUT_DOWN_RE = re.compile(r"\s+(?:постав|став|put\b|plac)")
_SIGNATURE_NOUN_RE = re.compile(r"(?:подпис(?:ь|и|ей|ью|ями)|signatures?)$")


# "again", told after the step: "became a party to the agreement again", "de nouveau".
_AGAIN_RE = re.compile(
    r"\b(?:again|de\s+nouveau|a\s+nouveau|de\s+nuevo|nuevamente|снова|вновь|مجددا|من\s+جديد)\b"
)


# Joining again; not the French "rejoindre", which is only joining.
_REJOIN_RE = re.compile(
    r"(?:rejoin(?:s|ed|ing)?|re-join\w*|reintegr\w*|reincorpor\w*|reingres\w*)$"
)


# Between a treaty's name and the entry into force that a relative clause or an apposition tells
# of it: "the Ottawa Convention, which entered into force", "la Convention d'Ottawa, entrée en
# vigueur", "اتفاقية أوتاوا التي دخلت حيز التنفيذ", "конвенции, вступившей в силу".
_OWN_ENTRY_RE = re.compile(
    r"[\s,]*(?:which|that|qui|que|la\s+cual|el\s+cual|[وف]?(?:التي|الذي)|котор\w+)\s+"
    r"(?:(?:has|had|have|a|est|etait|ha|habia|уже)\s+)?"
)


def _treaty_s_own_entry(trigger: _Cue, sentence: _Sentence, article: _Article) -> bool:
    """Whether an entry into force is told of the treaty named right before it."""
    heads = [m.end for m in sentence.mentions if m.kind == AGREEMENT and m.end <= trigger.start] + [
        c.end for c in sentence.cues if c.cat == "GENERIC" and c.end <= trigger.start
    ]
    return bool(heads) and bool(_OWN_ENTRY_RE.fullmatch(article.norm, max(heads), trigger.start))


# A signature that has not been followed by ratification.
_UNRATIFIED_RE = re.compile(
    r"\b(?:without|but\s+(?:has\s+|had\s+)?(?:never|not)|sans|mais\s+(?:ne\s+)?(?:l'a\s+)?jamais"
    r"|sin|pero\s+(?:nunca|no)|но\s+(?:так\s+и\s+)?не|однако\s+не|(?:من\s+)?دون\s+ان|بدون"
    r"|ولم|لكنها\s+لم|لكنه\s+لم)\s+(?:[\w']+\s+){0,3}?"
    r"(?:ratif\w*|ратифиц\w*|[تيو]?صادق\w*|المصادق\w*|التصديق|مصادق\w*)"
)


# "talks", "négociations", "negociaciones", "переговоров", "المفاوضات": what is resumed when
# talks are
_TALKS_NOUN_RE = re.compile(
    r"(?:talks|negotiations?|dialogue|negociations?|discussions?|negociacion\w*|dialogo"
    r"|conversaciones|переговор\w*|диалог\w*|[وف]?(?:ال)?(?:مفاوضات|محادثات|حوار))$"
)
# "twice", "deux fois", "dos veces", "дважды", "مرتين", "three times": how often, not when
_TIMES_RE = re.compile(
    r"\b(?:twice|(?:two|three|four)\s+times|(?:deux|trois|quatre)\s+fois"
    r"|(?:dos|tres|cuatro)\s+veces|дважды|трижды|(?:два|три|четыре)\s+раза)\b"
    r"|(?<!\w)(?:مرتين|مرتان|ثلاث\s+مرات)(?!\w)"
)


# "NATO leaders agreed that", "the allies decided that", "les alliés ont convenu que", "los
# aliados acordaron que", "союзники договорились, что", "اتفق قادة الحلف على أن": what the
# members promise others
_PROMISED_RE = re.compile(
    r"\b(?:allies|leaders|members)\b(?:\s+[\w-]+){0,4}?\s+[\"«“]?(?:agreed|decided|promised|pledged)"
    r"(?:\s+[\w-]+){0,3}?\s+that\b"
    r"|\b(?:allies|dirigeants|membres)\b(?:\s+[\w'-]+){0,4}?\s+(?:ont|avaient)\s+"
    r"(?:convenu|decide|promis)(?:\s+[\w'-]+){0,3}?\s+que?\b"
    r"|\b(?:aliados|lideres|dirigentes|miembros)\b(?:\s+[\w-]+){0,4}?\s+(?:acordaron|decidieron"
    r"|prometieron)(?:\s+[\w-]+){0,3}?\s+que\b"
    r"|\b(?:союзники|лидеры|члены)\b(?:\s+[\w-]+){0,4}?\s+(?:договорились|решили|пообещали)\s*,?"
    r"\s+что\b"
    r"|(?<!\w)[وف]?(?:اتفق|قرر|تعهد)\w*\s+(?:قاده|زعماء|حلفاء|اعضاء)\s+(?:[\w]+\s+){0,3}?علي\s+ان\b"
)
# "являются членами": are members, a step only from a day told ("с этого дня", "отныне")
_ARE_MEMBERS_RE = re.compile(r"(?:являются|является)\s")
_FROM_THEN_RE = re.compile(
    r"(?<!\w)(?:с\s+(?:этого|того|сегодняшнего)\s+(?:дня|момента|числа)|отныне|с\s+сегодняшнего\s+дня)"
    r"(?!\w)"
)
# "for Morocco", "pour le Maroc", "para Marruecos", "для России", "بالنسبة للمغرب": whom an
# entry into force concerns
_PARTY_FOR_RE = re.compile(r"\b(?:for|pour|para|для)\b|(?<!\w)[وف]?بالنسبه\b")
# "ويرى خبراء أن", "analysts believe that", "selon des experts": what others foresee
_FORESEEN_RE = re.compile(
    r"(?<!\w)[وف]?(?:يري|يعتقد|يرجح|يتوقع)\s+(?:ال)?(?:خبراء|محللون|مراقبون)"
    r"|\b(?:experts|analysts|observers)\s+(?:believe|think|expect|say)"
    r"|\bselon\s+(?:des|les|certains)\s+(?:experts|analystes|observateurs)"
    r"|\bsegun\s+(?:los\s+|algunos\s+)?(?:expertos|analistas|observadores)"
    r"|\bпо\s+мнению\s+(?:\w+\s+)?(?:экспертов|аналитиков|наблюдателей)"
)
# "any", "toute", "cualquier", "любое", "أي": a step of no one yet
_ANY_RE = re.compile(r"(?:any|toute?|cualquier|любо\w*|[وفبل]?اي)$")


def _any_such(trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> bool:
    """Whether a step's noun is "any" such step: "any Saudi accession", "أي تطبيع"."""
    i = trigger.first - 1
    owner = next((m for m in sentence.mentions if m.kind == COUNTRY and m.last == i), None)
    if owner is not None:
        i = owner.first - 1  # "any Saudi accession"
    return i >= sentence.first_token and bool(_ANY_RE.match(toks[i].text))


def _about_the_agreement(trigger: _Cue, cue: _Cue, toks: list[Token]) -> bool:
    """Whether a cue after a step is told in a clause that describes the agreement: "applied to
    join the CPTPP, the trade deal that grew out of an effort to write rules without Beijing",
    "el pacto que se negoció sin Pekín"."""
    return any(
        toks[k].text in ("that", "que") and _AGREEMENT_NOUN_RE.match(toks[k - 1].text)
        for k in range(trigger.last + 2, cue.first)
    )


def _in_other_relative(cue: _Cue, clause: _Clause, sentence: _Sentence) -> bool:
    """Whether a cue is told in a relative clause before the one given: "qui avaient annoncé"
    in "Les États-Unis, qui avaient annoncé leur décision, ont quitté l'organisation"."""
    own = sentence.clauses[_clause_of(sentence, cue.start)]
    return own is not clause and any(
        c.cat == "RELATIVE" and own.start <= c.start < cue.start for c in sentence.cues
    )


# "two years later", "deux ans plus tard", "dos años después", "два года спустя", right after
# a step's verb (a count of days is reckoned from the deposit: see _entry_day)
_COUNTED_LATER_RE = re.compile(
    r"\s+(?:(?:\w+|\d+)\s+){1,2}?(?:years?|ans|annees|anos|лет|года?)\s+"
    r"(?:later|plus\s+tard|apres|despues|mas\s+tarde|спустя|позже)\b"
)


# "the right to withdraw", "le droit de se retirer", "el derecho a retirarse", "право выйти",
# "حق الانسحاب", each right before the step it names
_RIGHT_TO_RE = re.compile(
    r"(?:\bright\s+to|\bdroit\s+de(?:\s+se|\s+s')?|\bderecho\s+a|\bправо|(?<!\w)[وف]?(?:ب|ل)?(?:ال)?حق(?:ها|ه|هم)?"
    r"\s+(?:في\s+)?(?:ال)?)\s*$"
)


# "does not mean that", "ne signifie pas que", "no significa que", "не означает, что",
# "لا يعني أن": what follows is denied
_NOT_MEANING_RE = re.compile(
    r"\b(?:(?:does|do|did)\s+not|doesn\W?t|don\W?t|didn\W?t)\s+mean\b|\bis\s+not\s+to\s+say\b"
    r"|\bne\s+(?:signifie|signifiait|veut|voulait)\s+pas\b"
    r"|\bno\s+(?:significa|significaba|quiere\s+decir|implica)\b|\bне\s+(?:означает|значит)\b"
    r"|(?<!\w)(?:[وف]?لا\s+(?:ي|ت)عني|[وف]?لم\s+(?:ي|ت)عن)(?!\w)"
)
_NOT_MEANING_REACH = 60  # characters from the denial to the step: "does not mean that Croatia has"
# "so that", "in order for", "pour que", "afin que", "para que", "чтобы", "لكي": what follows is
# a purpose
_PURPOSE_RE = re.compile(
    r"\b(?:so\s+that|in\s+order\s+(?:for|that)|pour\s+qu|afin\s+qu|para\s+que|a\s+fin\s+de\s+que"
    r"|чтобы|для\s+того\s*,?\s*чтобы)\b|(?<!\w)[وف]?(?:لكي|كي)(?!\w)"
)
_PURPOSE_REACH = 40  # characters from the purpose word to the step: "Чтобы Боливия стала"
# "ni signataire ni partie", "neither a signatory nor a party", "ни участником": none of them
_NEITHER_WORDS = frozenset({"ni", "neither", "nor", "ни"})
# "awaits", "attend", "espera", "ожидает", "تنتظر": what is awaited has not happened
_AWAITED_RE = re.compile(
    r"\b(?:await\w*|wait\w*\s+for|attend\w*|esper\w+|ожида\w+|жд\w+)\b"
    r"|(?<!\w)[وف]?(?:ت|ي)?(?:نتظر|ترقب)\w*(?!\w)"
)
# "withdrew its application", "a retiré sa demande d'adhésion", "retiró su solicitud",
# "отозвала заявку", "سحبت طلب": an application to join withdrawn
_APPLICATION_WITHDRAWN_RE = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:(?:its|their|the|his|her)\s+)?(?:membership\s+)?application\b"
    r"|\s+(?:\w+\s+){0,2}?(?:sa|leur|la)\s+demande\s+d\W*adhesion\b"
    r"|\s+(?:\w+\s+){0,2}?(?:su|la)\s+solicitud\b|\s+(?:\w+\s+){0,2}?заявк\w*"
    # (past the subject and a day: "سحبت أيسلندا يوم الخميس طلب انضمامها")
    r"|\s+(?:\w+\s+){0,4}?(?:ال)?طلب(?:ها|ه)?\b"
)


def _coordinated_after(earlier: _Cue, trigger: _Cue) -> bool:
    """Whether an Arabic verb with "و" on it follows an earlier step as a verb of its own, with
    the same subject, rather than as its object: "تقدمت بطلب العضوية عام 2003، وانضمت إلى حلف
    شمال الأطلسي في 2009". (In other languages the mood of the first verb would pass to the
    second: "applied for EU membership in 2003 and joined NATO in 2009".)"""
    return (
        is_arabic_script(trigger.text)
        and trigger.text.startswith("و")
        and earlier.last < trigger.first
    )


def _kind(
    trigger: _Cue,
    sentence: _Sentence,
    clause: _Clause,
    scope_start: int,
    article: _Article,
    nominal: bool = False,
) -> str | None:
    """The kind of claim a trigger makes, given the mood words around it; None for no claim."""
    toks = article.toks
    if trigger.cat in _JOINING and _PROMISED_RE.search(article.norm, sentence.start, trigger.start):
        # "NATO leaders agreed on Thursday that Ukraine and Georgia would eventually become
        # members", "les alliés ont convenu que": the members' promise, no step nor plan of the
        # states
        return None
    if (
        trigger.cat == "JOIN"
        and _ARE_MEMBERS_RE.match(trigger.text)
        and not _FROM_THEN_RE.search(article.norm, sentence.start, trigger.start)
    ):
        return None  # "Россия и Китай являются членами ШОС": members, no step
    if (
        trigger.cat == "EIF"
        and not any(
            m.kind == COUNTRY and not m.demonym and m.start < trigger.start
            for m in sentence.mentions
        )
        and not _PARTY_FOR_RE.search(article.norm, trigger.end, sentence.end)
        and _FORESEEN_RE.search(article.norm, sentence.start, trigger.start)
    ):
        # "ويرى خبراء أن دخول الاتفاق حيز التنفيذ قبل موعد مراكش سيحوّل المؤتمر", "analysts
        # believe the treaty's entry into force will": what others foresee, for no state
        return None
    if clause.relative and scope_start < clause.start:
        # "congratulate Iran, which today joins": the main clause's mood is the speaker's.
        scope_start = clause.start
    reach = toks[max(sentence.first_token, trigger.first - 4)].start
    if _NEEDED_FOR_RE.search(article.norm, reach, trigger.start):
        # "завершила формальности, необходимые для выхода", "the formalities needed for its
        # withdrawal": what the step needs, not the step
        return None
    # the few words before a step that may undo it or make it a threat
    near = toks[max(sentence.first_token, trigger.first - _UNDO_REACH)].start
    if trigger.cat == "WITHDRAW" and (
        _UNDO_RE.search(article.norm, near, trigger.start)
        # "revoked its withdrawal": the undoing word is read as a withdrawal of its own
        or (
            _UNDO_RE.match(trigger.text + " ")
            and any(c.cat == "WITHDRAW" and 0 < c.first - trigger.last <= 3 for c in sentence.cues)
        )
    ):
        article.undone.add(sentence.index)
        return None  # "cancelled the withdrawal": no exit, and no step
    if trigger.cat == "WITHDRAW" and _APPLICATION_WITHDRAWN_RE.match(article.norm, trigger.end):
        # "Iceland withdrew its application to join the European Union": it no longer seeks to
        # join (a plan or a denial of that is no stance)
        return (
            None
            if any(
                c.cat in _MOOD_BEFORE_STEP and clause.start <= c.start and c.end <= trigger.start
                for c in sentence.cues
            )
            else StanceKind.REFUSES.value
        )
    if _NOT_MEANING_RE.search(
        article.norm, max(sentence.start, trigger.start - _NOT_MEANING_REACH), trigger.start
    ):
        return None  # "ولا تعني المعاهدة أن كرواتيا صارت عضواً": what a fact does not mean
    if (
        trigger.cat in ("SIGN", "RATIFY", "ACCEDE", "ACCEPT")
        and trigger.first > sentence.first_token
        and _COUNT_ONLY_RE.fullmatch(toks[trigger.first - 1].text)
        and _STEPS_COUNTED_RE.match(trigger.text)
        and (
            _NEEDED_AFTER_RE.match(article.norm, trigger.end)
            or _THRESHOLD_BEFORE_RE.search(
                article.norm, max(sentence.start, trigger.start - 40), trigger.start
            )
        )
    ):
        # "the sixty ratifications needed", "du seuil de soixante ratifications": a number
        # required, not steps taken
        return None
    if trigger.first > sentence.first_token and toks[trigger.first - 1].text in _NEITHER_WORDS:
        return None  # "le seul pays ni signataire ni partie", "neither signatory nor party"
    if trigger.cat == "EIF" and _AWAITED_RE.search(
        article.norm, toks[max(sentence.first_token, trigger.first - 3)].start, trigger.start
    ):
        return None  # "awaits its entry into force", "attend son entrée en vigueur": not yet
    if _PURPOSE_RE.search(
        article.norm, max(clause.start, trigger.start - _PURPOSE_REACH), trigger.start
    ):
        return None  # "Чтобы Боливия стала полноправным членом, ...": a purpose, not a step
    if trigger.cat in ("WITHDRAW", "SUSPEND") and _THREATENED_RE.search(
        article.norm, near, trigger.start
    ):
        return None  # "threatened on Thursday to pull out", "هددت بالانسحاب": a threat
    if trigger.cat == "SIGN" and _a_token(trigger, sentence, toks):
        return None  # "in the clearest sign yet that", "signs of a thaw": a noun of indication
    if trigger.cat == "REINSTATE" and any(
        _TALKS_NOUN_RE.match(toks[j].text)
        for j in range(trigger.last + 1, min(trigger.last + 3, sentence.last_token + 1))
    ):
        return None  # "за возобновление переговоров о протоколе": talks resumed, not a member
    if _TIMES_RE.search(article.norm, clause.start, clause.end) and not any(
        clause.start <= d.start < clause.end for d in sentence.dates
    ):
        # "США выходили из ЮНЕСКО дважды", "has left twice": a count of steps told one by
        # one elsewhere, not a step
        return None
    if (
        trigger.first == sentence.first_token
        and trigger.text.split()[0].endswith("ing")
        and not sentence.dates
    ):
        # "Joining the convention puts Tanzania in the room": a step as a subject, in general
        return None
    if (
        _any_such(trigger, sentence, toks)
        # ("أي انضمام سعودي [...] بات مشروطاً": a condition on it)
        and not any(c.cat == "CONDITION" and c.start > trigger.end for c in sentence.cues)
    ):
        return None  # "لربط أي تطبيع سعودي إسرائيلي بترتيبات ما بعد الحرب": none has happened
    before = [c for c in sentence.cues if scope_start <= c.start and c.end <= trigger.start]
    after = [c for c in sentence.cues if trigger.end <= c.start < clause.end]
    earlier = [c for c in sentence.cues if c.end <= trigger.start]

    def has(cats: set[str], cues: list[_Cue]) -> bool:
        return any(c.cat in cats for c in cues)

    def right_after(cats: set[str], distance: int) -> bool:
        return any(c.cat in cats and 0 < c.first - trigger.last <= distance for c in after)

    # "aún no ha completado su proceso de ratificación": the step whose completion is denied
    completion = next(
        (
            d
            for d in before
            if d.cat == "COMPLETE" and 0 < trigger.first - d.last <= _COMPLETION_REACH
        ),
        None,
    )
    negation_cues = [
        c
        for c in before
        if c.cat in ("NEG", "NEG_FUT")
        and (
            trigger.first - c.last <= 4
            or (completion is not None and 0 < completion.first - c.last <= 3)
        )
        and c.start >= clause.start  # "la justice, pas la vengeance, et l'adhésion": not negated
        # "Фиджи не только подписали конвенцию, но и...", "not only signed": an addition
        and not (c.last + 1 < len(toks) and toks[c.last + 1].text in _ONLY_AFTER_NOT)
    ]
    if (
        article.key == "fr"
        and negation_cues
        and all(c.text in ("ne", "n'") for c in negation_cues)
        and (que := _RESTRICTIVE_QUE_RE.match(article.norm, trigger.end, clause.end))
        and any(0 <= d.start - que.end() <= _RESTRICTED_DATE_GAP for d in sentence.dates)
    ):
        # "elle n'avait rejoint la convention qu'en 2004": "only in 2004", a step all the same
        # (not "que bien plus tard", whose day the text does not give)
        negation_cues = []
    negated = bool(negation_cues) or (
        # "свои подписи под протоколом не поставили": the signature noun first, the negated
        # verb that puts it down after
        trigger.cat == "SIGN"
        and _SIGNATURE_NOUN_RE.match(trigger.text)
        and any(
            c.cat == "NEG"
            and 0 < c.first - trigger.last <= 6
            and _PUT_DOWN_RE.match(article.norm, c.end)
            for c in after
        )
    )
    neg_future = any(c.cat == "NEG_FUT" for c in negation_cues)
    # "не намерены", "n'a pas l'intention": an intention denied, as in "does not intend"
    intends_not = any(
        c.cat == "NEG_FUT" and (_WISH_RE.search(c.text) or _GOING_TO_RE.search(c.text))
        for c in negation_cues
    )
    future = (
        bool(article.future_re.search(trigger.text))
        or has({"FUTURE"}, before)
        or has({"FUTURE"}, after)
    )
    if (
        trigger.cat == "SIGN"
        # (a day of another clause is another's: "After Wednesday's vote, the Czech Republic
        # remains one of the EU members that have signed but not ratified, alongside [...]
        # Slovakia, where parliament rejected the convention in 2020")
        and not any(clause.start <= d.start < clause.end for d in sentence.dates)
        and not sentence.is_title
        and _UNRATIFIED_RE.search(article.norm, trigger.end, sentence.end)
    ):
        # "Israël a signé la convention sans la ratifier", "فقد وقّعت الاتفاقية من دون أن تصادق
        # عليها": with no day, a signatory's standing, not a signature of the article's news
        return None
    if trigger.first > sentence.first_token and (
        (toks[trigger.first - 1].text == "al" and _infinitive_trigger("es").search(trigger.text))
        or (toks[trigger.first - 1].text == "upon" and trigger.text.endswith("ing"))
    ):
        # "las condiciones que fijó el Congreso al ingresar en la organización", "upon joining":
        # when something else happened, not a step
        return None
    if has({"EXPECT"}, earlier) and trigger.cat != "REFUSE":
        return None  # "is expected to join", "من المنتظر أن تنضم": others' expectation
    if _supposed(trigger, sentence, toks):
        return None  # "can take effect if the EU, Japan and Russia ratify it": a supposition
    if trigger.cat == "SIGN" and any(
        _DECLARATION_RE.match(toks[i].text)
        for i in range(trigger.last + 1, min(sentence.last_token, trigger.last + 3) + 1)
    ):
        return None  # "انتهت بتوقيع بيان العلا", "signed a joint statement": not the treaty
    if trigger.cat in ("SIGN", "RATIFY", "REFUSE", "JOIN", "ACCEDE") and _indefinite_object(
        trigger, sentence, toks
    ):
        return None  # "se ha negado a firmar con Estados Unidos un acuerdo bilateral"
    if trigger.cat in ("SIGN", "RATIFY") and (
        _EXTENSION_PROTOCOL_RE.match(article.norm, trigger.end)
        # "Протокол о продлении договора ещё на пять лет подписали президенты": the object first
        or _EXTENSION_PROTOCOL_BEFORE_RE.search(article.norm, clause.start, trigger.start)
    ):
        # "подписали протокол о продлении договора ещё на пять лет": a protocol that extends
        # the treaty, signed by states that signed the treaty long before
        return None
    if _WAS_DUE_RE.search(article.norm, clause.start, trigger.start) and _BUT_RE.search(
        article.norm, trigger.end, sentence.end
    ):
        # "وكان من المقرر أن يصبح النظام نافذاً [...] غير أن الحكومة ستبلغ الأمم المتحدة بسحب
        # الصك", "was due to enter into force on 1 June, but": a plan undone
        return None
    if trigger.cat == "WITHDRAW" and _FROM_THE_CHAMBER_RE.match(article.norm, trigger.end):
        # "администрация США отозвала конвенцию из сената", "withdrew the treaty from the
        # Senate": taken back from a chamber's consideration, not left
        return None
    if trigger.cat == "SUSPEND" and _ended(trigger, sentence, toks):
        return None  # "ending a suspension that followed the coup": the suspension is over
    if trigger.cat == "SUSPEND" and any(
        toks[i].text in _WHILE_WORDS for i in range(max(0, trigger.first - 4), trigger.first)
    ):
        return None  # "mientras Paraguay estaba suspendido": the time of something else
    if trigger.cat == "SUSPEND" and _LIFTED_RE.match(article.norm, trigger.end):
        # "La suspensión de Paraguay como miembro del Mercosur quedó sin efecto este jueves"
        return EventKind.REINSTATED.value
    if (
        trigger.cat == "EIF"
        and _treaty_s_own_entry(trigger, sentence, article)
        and not any(c.cat == "PREP_FOR" and 0 < c.first - trigger.last <= 4 for c in after)
    ):
        # "outside the Ottawa Convention, which entered into force in 1999", "خارج الاتفاقية
        # التي دخلت حيز التنفيذ عام 1999": the treaty's own start, not a state's
        return None
    if trigger.cat == "EIF" and any(
        _WORLDWIDE_RE.match(toks[i].text)
        for i in range(trigger.last + 1, min(trigger.last + 4, sentence.last_token + 1))
    ):
        return None  # "يدخل الاتفاق حيز التنفيذ دولياً في 4 نوفمبر": for all, not one state
    if (
        trigger.cat in ("JOIN", "ACCEDE")
        and _MEMBERSHIP_RE.match(trigger.text)
        and any(
            c.cat in ("SUSPEND", "REINSTATE", "WITHDRAW") and clause.start <= c.start < clause.end
            for c in sentence.cues
        )
    ):
        # "Turkey's NATO membership was suspended", "Членство Турции в НАТО приостановлено":
        # the membership is what the other step acts on
        return None
    if trigger.cat == "SIGN" and _means_of_joining(trigger, sentence, toks):
        return None  # "انضم المغرب إلى الاتفاقات بتوقيع إعلان مشترك": how it joined
    if trigger.cat in ("JOIN", "ACCEDE") and _joins_a_list(trigger, sentence, toks):
        return None  # "وتنضم إثيوبيا بذلك إلى قائمة متزايدة من الدول الراغبة في الالتحاق"
    if trigger.cat == "WITHDRAW" and _CRISIS_EXIT_RE.match(article.norm, trigger.end):
        return None  # "السبيل الوحيد لخروج البلاد من أزمتها", "a way out of the crisis"
    if trigger.cat == "WITHDRAW" and _MEETING_EXIT_RE.match(article.norm, trigger.end):
        return None  # "Argentina abandona la cumbre del clima": a meeting, not the agreement
    if _RIGHT_TO_RE.search(article.norm, max(sentence.start, trigger.start - 25), trigger.start):
        # "подчёркивает право выйти из договора", "the right to withdraw": what a state may
        # do, not a step
        return None
    if trigger.cat == "WITHDRAW" and _leaves_a_state(trigger, sentence, article.norm):
        return None  # "Britain's step leaves the United States as the most prominent power"
    if nominal and trigger.cat == "SIGN" and _opened_for(trigger, toks):
        return None  # "opened for signature", "l'ouverture de ce texte à la signature"
    if nominal and trigger.cat == "RATIFY" and _exchanged(trigger, toks):
        # "exchanged the instruments of ratification": both ratified before; the exchange
        # puts a treaty between them into force
        return None
    intent = any(
        c.cat == "INTENT"
        and c.start >= clause.start
        # "ويأتي الطلب بعد أقل من شهر على عودة المغرب إلى الاتحاد": the application comes
        # after the step, which is no part of it
        and not any(toks[i].text in _AFTER_WORDS for i in range(c.last + 1, trigger.first))
        for c in before
    ) or (
        nominal and any(c.cat == "INTENT" and 0 < c.first - trigger.last <= 1 for c in after)
    )  # "its membership application", "accession bid"
    scheduled = has({"SCHEDULED"}, before)
    if scheduled:
        future = True
    consider = has({"CONSIDER"}, before)
    # "negociar sus condiciones de ingreso", "conditions of accession": terms to be agreed
    terms = {
        c.start
        for c in sentence.cues
        if c.cat == "CONDITION"
        and any(j.cat in _JOINING and 0 < j.first - c.last <= 2 for j in sentence.cues)
    }
    before = [c for c in before if c.start not in terms]
    after = [c for c in after if c.start not in terms]
    condition = has({"CONDITION"}, before + after) or any(
        # "Dès qu'Israël reconnaîtra la Palestine, l'Indonésie sera prête à...": the condition
        # opens the sentence, in a clause of its own
        c.cat == "CONDITION"
        and c.end <= clause.start
        and (
            c.first - sentence.first_token <= 1
            # "a prévenu que, tant que la question ne sera pas réglée, le Parlement ne
            # ratifiera pas": or the clause right before the step's, which it opens
            or (
                (index := sentence.clauses.index(clause)) > 0
                and _clause_of(sentence, c.start) == index - 1
                and _opens_clause(c, sentence.clauses[index - 1], toks)
            )
        )
        for c in sentence.cues
    )
    # "Les États-Unis, qui avaient annoncé leur décision en décembre 1983, ont quitté
    # l'organisation le 31 décembre 1984": a relative clause's announcement is its own
    announced = any(
        c.cat in ("ANNOUNCE", "AGREE") and not _in_other_relative(c, clause, sentence)
        for c in earlier
    )
    if announced and not nominal:
        # "أعلن ... انسحاب بلاده من اتفاق باريس، كما خرجت الولايات المتحدة من اليونسكو": the
        # announcement has its step, and a verb in a later clause tells a step of its own
        said = [c for c in earlier if c.cat in ("ANNOUNCE", "AGREE")][-1]
        announced = not any(
            c.cat in ACTIONS and said.end <= c.start and c.end <= clause.start for c in earlier
        )
    if (trigger.cat in _JOINING or (nominal and trigger.cat == "RATIFY")) and _legislature_approves(
        earlier, toks, sentence
    ):
        # "La Duma Estatal aprobó el protocolo de adhesión", "The Ukrainian parliament voted on
        # Nov. 16 to accede": a vote at home
        return None
    if trigger.cat in _JOINING and _REFERENDUM_RE.search(article.norm, clause.start, clause.end):
        # "Hungarians endorsed membership in a referendum in November": the voters' approval at
        # home, not the joining
        return None
    # "voted to admit", "a admis", "قبول ... عضوا": a body admitting a state (see _ADMISSION_RE)
    admission = bool(_ADMISSION_RE.match(trigger.text))
    ordered = has({"ORDER", "DOCUMENT"}, earlier) or any(
        c.cat == "SIGN" and 0 < trigger.first - c.last <= 3 for c in before
    )  # "signed the withdrawal", "firma la salida": a decree, not yet the exit
    possessors = {
        m.key
        for m in sentence.mentions
        if nominal
        and m.kind == COUNTRY
        and m.first > trigger.last
        and _attached_after(trigger, m, toks)
    }
    roles = _roles_of(sentence, toks)
    announcers = {
        m.key
        for m in sentence.mentions
        if m.kind == COUNTRY
        and m.last < trigger.first
        and roles.get(m) not in ("host", "counterpart", "recipient", "reference")
    }
    # "أعلنت الخارجية الكازاخية انضمام كازاخستان": a state announcing its own joining
    attached = bool(possessors) and not possessors <= announcers
    if (
        attached
        and trigger.cat in _JOINING
        and not possessors & announcers
        and any(c.cat == "AGREE" for c in earlier)
        and not admission  # "صوت ... على قبول فلسطين عضوا": admitted
    ):
        # "los miembros acordaron iniciar el proceso de adhesión de Costa Rica": the members'
        # step, not Costa Rica's
        return None
    if (
        attached
        and not has({"ORDER", "DOCUMENT"}, earlier)
        # "Donald Trump a annoncé jeudi le retrait des États-Unis": with neither a state nor a
        # body before it, the announcer of an exit is the leaving state's own leader
        and not (
            trigger.cat == "WITHDRAW"
            and not announcers
            and not any(m.kind == AGREEMENT and m.last < trigger.first for m in sentence.mentions)
        )
    ):
        # "Brazil announced the accession of Indonesia": the announcer reports another state's
        # joining, which is done; a state announcing its own joining has only announced it.
        announced = False
    if any(c.cat == "DEPOSIT" and 0 < trigger.first - c.last <= 6 for c in before):
        # "أعلنت المنظمة أن فلسطين أودعت صك انضمامها": an instrument deposited is done
        announced = False
    if admission and not has({"ANNOUNCE"}, earlier):
        # "وافق مجلس الجامعة على قبول جزر القمر عضوا", "voted to admit Palestine": a body's
        # agreement to admit a state is its admission
        announced = False
    cat = trigger.cat
    if any(c.cat == "WARN" for c in earlier) and not sentence.is_title:
        return None  # "warned that the process means Armenia's exit": a feared consequence
    if any(c.cat == "DENY" for c in earlier):
        return None  # "Algeria denied that it had applied to join", "نفت ... أن تكون قد تقدمت"
    if cat != "REFUSE" and has({"MUST"}, before):
        return None  # "must now be ratified", "debe firmar": an obligation, not yet an act
    if cat in _JOINING and any(
        c.cat in ACTIONS
        and c.cat != "REFUSE"
        and 0 < trigger.first - c.last <= 4
        # not "applied for EU membership in 2003 and joined NATO": a verb of its own
        and not (not article.nominal_re.search(trigger.text) and _coordinated_after(c, trigger))
        for c in before
    ):
        return None  # "ratify its accession", "signed the accession protocol": an object
    if (
        cat in _JOINING
        and nominal
        and _names_document(trigger, toks)
        and any(c.cat in ("SIGN", "RATIFY", "ACCEPT") and c.start >= clause.start for c in before)
    ):
        # "firmó ayer en la capital brasileña el protocolo de adhesión": the protocol is what
        # was signed
        return None
    if (
        cat in ("RATIFY", "ACCEDE")
        and (
            clause.relative
            or any(c.cat == "RELATIVE" and 0 < trigger.first - c.last <= 3 for c in sentence.cues)
            or any(
                toks[i].text in _THAT_WORDS for i in range(max(0, trigger.first - 3), trigger.first)
            )
        )
        and any(c.cat == "EIF" and c.start < trigger.start for c in sentence.cues)
    ):
        return None  # "in force for the states that have ratified it": who it binds now
    if cat in ("SIGN", "RATIFY") and any(
        c.cat == "WITHDRAW" and 0 < trigger.first - c.last <= 5 for c in before
    ):
        return None  # "revoking its ratification": the revocation is the claim
    if any(
        c.cat in ACTIONS
        and c.cat != "REFUSE"
        and _after_between(c.last, trigger.first, toks)
        # (not a step dated in a clause of its own: "Присоединение означает [...], после
        # приостановки членства Венесуэлы, оставались четыре страны — Аргентина [...],
        # подписавшие в марте 1991 года Асунсьонский договор")
        and not (
            _clause_of(sentence, c.start) != _clause_of(sentence, trigger.start)
            and any(clause.start <= d.start < clause.end for d in sentence.dates)
        )
        for c in earlier
    ):
        return None  # "left the bloc a year after announcing its withdrawal": recalled
    if (
        cat != "REFUSE"
        and any(c.cat == "STILL" and 0 < trigger.first - c.last <= 4 for c in before)
        and not _since_a_date(clause, sentence, toks)
    ):
        # "remains a signatory", "reste membre", "restent pour leur part suspendus": a
        # standing, not a step
        return None
    if (
        nominal
        and sentence.is_title
        and article.norm[trigger.end : trigger.end + 3].lstrip()[:1]
        in (
            ":",
            "?",
        )
    ):
        return None  # "Ukraine's NATO membership: allies promise...", "Saudi accession?": a topic
    if cat in _JOINING and nominal and any(c.cat in _JOINING for c in before):
        return None  # "joining ... as a full member": the first word of joining makes the claim
    if cat in _JOINING and not nominal and _TALKS_RE.match(_noun_before(trigger, toks) or ""):
        return None  # "are negotiating to join", "négocient pour adhérer": talks, not a step
    process = _in_process(trigger, toks) if cat in _JOINING and nominal else None
    if process == "talks" and any(
        c.cat == "INTENT"
        and 0 < trigger.first - c.last <= _APPLIED_TALKS_REACH
        and _APPLICATION_RE.match(c.text)
        for c in before
    ):
        # "sa demande formelle d'ouverture de négociations d'adhésion": an application to
        # open them is an application to join
        process = None
    if process == "talks" or (process == "road" and not intent):
        # "accession talks", "négociations d'adhésion", "path to membership"; starting the
        # process ("закон о начале процесса вступления") is an announced intent, but opening
        # negotiations ("согласие на начало переговоров о вступлении") is the members' step
        return None
    if cat in _JOINING and nominal and _object_of_consent(trigger, sentence, before):
        return None  # "signed the treaty on its accession", "approved Sweden's accession"
    if cat in _JOINING and _consent_to_another(trigger, sentence, before, toks, nominal):
        return None  # "Turkey voted to approve Sweden's application to join": Turkey's step
    if (
        cat == "JOIN"
        and _RETURN_RE.match(trigger.text)
        and not _returns_to_agreement(trigger, sentence, toks)
    ):
        return None  # "until the return to constitutional order": a return to something else
    if cat in _JOINING and (
        any(c.cat == "PARTNER" and 0 <= c.first - trigger.last <= 10 for c in sentence.cues)
        or _PARTNER_WORD_RE.search(trigger.text)
    ):
        return None  # "joined as an observer", "انضمت بصفة شريك حوار": not membership
    if _on_hold(trigger, sentence, article):
        # "sa ratification avait été suspendue à la décision turque", "suspended its
        # ratification": a step put on hold, neither taken nor a membership suspended
        return None
    if cat == "JOIN" and not admission and _followed_by_country(trigger, sentence, toks):
        # "EE.UU. se une así a Irán y Libia": company, not membership ("admitir a Palestina"
        # is the state admitted)
        return None
    if cat in _JOINING and _A_GROUP_RE.match(article.norm, trigger.end):
        return None  # "se suma a un grupo de socios": a group, not the agreement
    if cat in ("SIGN", "RATIFY", "ACCEPT") and _consents_to_anothers_joining(
        trigger, sentence, article
    ):
        return None  # "Hungary ratified the protocol on Sweden's accession": Sweden's step
    if cat == "SIGN" and any(
        c.cat == "INTENT" and 0 < c.first - trigger.last <= 4 and _APPLICATION_RE.match(c.text)
        for c in after
    ):
        # "подписал официальную заявку на вступление", "firmó la solicitud de adhesión":
        # signing the application asks to join
        return EventKind.ANNOUNCED_INTENT.value
    if _plural_steps_of_others(trigger, sentence):
        # "Шаг России совпал с волной выходов из МУС африканских государств", "a wave of
        # withdrawals by African states": others' steps, not the state named before
        return None
    if cat in _JOINING and _blocked(trigger, sentence, article):
        return None  # "Austria blocked the accession of Romania": a joining that did not happen
    if cat == "SIGN" and _signs_document(trigger, sentence, article):
        return None  # "signed an executive order", "подписал указ", "firma la salida"
    if cat == "WITHDRAW" and _names_another_instrument_after(trigger, sentence, article):
        return None  # "is no longer bound by the European Convention on Human Rights"
    if cat in ("SIGN", "RATIFY") and _describes_another_instrument(trigger, sentence, article):
        return None  # "the Brussels pact signed last year by Britain": that pact's signature
    if cat == "REFUSE" and not _refusal_has_object(trigger, sentence):
        return None  # "which Luanda rejected" (a quota): nothing says what was refused is joining
    if cat == "REFUSE" and _refuses_something_else(trigger, sentence, article):
        return None  # "refused to host the exercises": not a refusal to join
    if cat == "REFUSE" and _objects_to_anothers_joining(trigger, sentence, article):
        return None  # "s'opposant à l'entrée de Sofia": the objector is not refusing to join
    if cat in ("WITHDRAW", "SUSPEND") and right_after({"WITHDRAWN"}, 1):
        # "withdrew its veto", "retiró sus tropas", "приостановить выплату взноса": not leaving
        # the agreement, nor a suspension from it
        return None
    # An infinitive ("waits for Turkey to ratify", "de rejoindre") has not happened yet, unless
    # it follows "agreed"/"announced" ("agreed to join" is an announced joining) or an ordinal
    # ("the first country to join", "le premier pays à rejoindre": it did join).
    infinitive = (
        (trigger.first > 0 and toks[trigger.first - 1].text == "to")
        or (trigger.first == trigger.last and bool(article.infinitive_re.search(trigger.text)))
        # "a un paso de entrar en vigor", "d'entrer en vigueur": the verb of a phrase
        or (cat == "EIF" and toks[trigger.first].text in _EIF_INFINITIVES)
    )
    if infinitive and cat == "SIGN" and _gathered_to(trigger, sentence, toks):
        # "ministers lined up on Wednesday to sign the convention": they signed
        infinitive = False
    if infinitive and _before_doing(trigger, toks):
        # "a signé l'accord en 2016 avant de le ratifier en 2021": a step told in turn
        infinitive = False
    if infinitive and _done_again_or_just(trigger, toks):
        # "vient de ratifier", "acaba de ratificar", "volvió a ingresar": done
        infinitive = False
    if (
        infinitive
        and cat in _JOINING
        and any(
            c.cat in ("SIGN", "RATIFY", "ACCEPT") and clause.start <= c.start < trigger.start
            for c in sentence.cues
        )
    ):
        return None  # "firmó el memorando para sumarse a la Franja": the signing is the step
    # "the first of the five permanent members of the Security Council to join"
    ordinal = any(c.cat == "ORDINAL" and 0 < trigger.first - c.last <= 12 for c in before)
    # "are withdrawing", "is leaving": a step under way, not yet done
    progressive = (
        trigger.first > 0
        # "is leaving", and in reported speech "said it was leaving"
        and toks[trigger.first - 1].text in ("is", "are", "was", "were")
        and trigger.text.split()[0].endswith("ing")  # "is pulling out"
    )
    # (but "said Russia was suspending its participation": a suspension is done by saying it)
    if progressive and cat != "SUSPEND":
        future = True
    # a body admitting or expelling a state: "decided on Thursday to admit", "a décidé jeudi
    # d'admettre", "decidió ayer jueves admitir a Palestina", "decided to end Russia's
    # membership"
    admitted = (
        (admission or (cat == "WITHDRAW" and _expels(trigger)))
        and (
            has({"AGREE"}, earlier)
            or any(
                _DECIDE_WORD_RE.match(toks[i].text)
                for i in range(max(sentence.first_token, trigger.first - 5), trigger.first)
            )
            # "قررت لجنة وزراء مجلس أوروبا أمس الأربعاء إنهاء عضوية روسيا": the body first
            or _DECIDED_RE.search(article.norm, sentence.start, trigger.start) is not None
        )
        and not has({"ANNOUNCE"}, earlier)
    )
    if infinitive and not announced and not ordinal and cat not in ("SUSPEND", "REINSTATE"):
        future = not admitted
    if (
        cat == "REINSTATE"
        and intent
        and any(c.cat == "INTENT" and _WISH_RE.search(c.text) for c in before)
    ):
        # "le Maroc a annoncé dimanche sa volonté de réintégrer l'Union africaine": a wish to
        # return, not a return
        return EventKind.ANNOUNCED_INTENT.value
    if cat in ("SUSPEND", "REINSTATE") or admitted:
        # "decidieron suspender", "a décidé de lever", "voted to admit", "decided to end
        # Russia's membership": an organ's decision is the act
        intent = False

    if (
        cat == "REINSTATE"
        and any(
            c.cat == "WITHDRAW"
            and c.start > trigger.end
            and (
                any(r.cat == "RELATIVE" and trigger.end <= r.start < c.start for r in sentence.cues)
                # "qu'il avait quittée", "que había abandonado": left before, told in the
                # pluperfect
                or _PLUPERFECT_RE.search(article.norm, trigger.end, c.start) is not None
            )
            for c in sentence.cues
        )
        and not any(c.cat == "SUSPEND" for c in sentence.cues)
    ):
        # "Le Maroc a réintégré l'Union africaine, qu'il avait quittée en 1984": a return after
        # an exit is a joining again (see _returns_after_exits)
        return EventKind.JOINED.value
    if cat == "REFUSE":
        return None if negated else StanceKind.REFUSES.value
    if has({"REFUSE"}, before):
        return None  # "refuses to join": the refusal is the claim, made by the REFUSE trigger
    if (future or intent) and _after_if_clause(trigger, sentence, toks):
        return None  # "If voters say yes [...], Croatia will join on 1 July 2013": conditional
    undecided = future or intent or consider or negated
    if negated and not (neg_future or future or intent):
        if (
            cat in _JOINING
            and not sentence.is_title
            and not any(clause.start <= d.start < clause.end for d in sentence.dates)
        ):
            # "la France ne « rejoint » pas l'OTAN": the body denies a joining
            article.denied.add(sentence.index)
        return None  # "has not joined": no event
    if any(
        c.cat == "CONDITION" and _WITHOUT_RE.search(c.text) and 0 < trigger.first - c.last <= 3
        for c in before
    ):
        return None  # "وقعت الاتفاقية دون أن تصادق عليها", "signed without ratifying": not done
    if cat in _JOINING or cat in ("SIGN", "RATIFY", "ACCEPT"):
        # A condition stated before the act ("sets conditions for joining") is a stance; after
        # it ("joined without conditions") only when the act is still undecided, or when a noun
        # names a joining that has not happened ("any Saudi accession is conditional on").
        # An undecided act may have its condition in a later clause: "wants to be part of the
        # accords, but first needs a path to a Palestinian state".
        later_condition = any(
            c.cat == "CONDITION"
            and c.start >= trigger.end
            and c.start not in terms
            # "..., والتي يشترط تصديقها جميعاً لدخول المعاهدة حيز النفاذ": a condition told
            # in a relative clause of its own is about what that clause describes
            and not _in_other_relative(c, clause, sentence)
            and not _about_the_agreement(trigger, c, toks)
            for c in sentence.cues
        ) and not _other_state_between(trigger, sentence)
        if (
            has({"CONDITION"}, before)
            or (condition and (undecided or nominal))
            or (later_condition and (undecided or nominal) and not negated)
        ):
            if _procedural_condition(trigger, sentence, toks):
                # "su ingreso no será efectivo hasta que el Congreso apruebe el acuerdo y el
                # Gobierno deposite el instrumento": the steps still to take, not a stance
                return None
            return StanceKind.CONDITIONS.value
        if negated and later_condition and _procedural_condition(trigger, sentence, toks):
            # "ولن تصبح اليونان العضو العاشر [...] إلا بعد أن تصدّق على المعاهدة برلمانات الدول
            # التسع", "will not become a member until the parliaments ratify": the steps still
            # to take, not a refusal
            return None
        if (
            negated
            and (not neg_future or intends_not)
            and cat in ("JOIN", "RATIFY")
            and _gave_notice(trigger, sentence, toks)
        ):
            # "notified the United Nations that it does not intend to become a party", "уведомили
            # ООН, что не намерены становиться участником": a signatory's notice that takes
            # back its signature
            return EventKind.WITHDRAWAL_NOTIFIED.value
        if (
            negated
            and cat == "JOIN"
            and _PARTY_WORD_RE.search(trigger.text)
            and has({"ORDER", "DOCUMENT"}, earlier)
            and any(
                _WISH_RE.match(toks[i].text)
                for i in range(max(sentence.first_token, trigger.first - 4), trigger.first)
            )
        ):
            # "подписал распоряжение о намерении России не становиться участником": an order
            # declaring that a signatory will not become a party announces the taking back of
            # its signature
            return EventKind.WITHDRAWAL_ANNOUNCED.value
        if negated:
            return StanceKind.REFUSES.value
        if consider:
            if _application_considered(trigger, sentence):
                return None  # "examine la demande d'adhésion de la Russie": the body considers
            if _others_consider(trigger, sentence, clause):
                # "Ministers discussed whether Georgia should join", "ناقش الوزراء احتمال انضمام
                # جورجيا": others weigh the state's joining, the state has no stance told
                return None
            return StanceKind.CONSIDERING.value
        if cat in _JOINING and future and not intent and _decided_on(trigger, clause, article):
            return _BASE_KIND[cat]  # "will be members from 1 January": decided, with its day
        if cat in _JOINING and scheduled and _scheduled_day(sentence, article):
            return _BASE_KIND[cat]  # "is scheduled to become the 166th member on 30 August"
        if (
            cat in _JOINING
            and future
            and not intent
            and _PARTY_WORD_RE.search(trigger.text)
            and _fixed_day_ahead(clause, sentence, article)
        ):
            # "Le Canada deviendra formellement État partie le 17 septembre 2019, soit 90
            # jours après le dépôt": the day the treaty fixes is its entry into force for it
            return EventKind.ENTERED_INTO_FORCE.value
        if (
            cat in _JOINING
            and future
            and not intent
            and (has({"ANNOUNCE"}, sentence.cues) or _announced_next(sentence, article))
        ):
            # "announced that Kazakhstan will join", "Казахстан присоединится к «Соглашениям
            # Авраама». Об этом в четверг объявил президент США"
            return EventKind.ANNOUNCED_JOINING.value
        if (future or intent) and has({"WELCOME"}, earlier) and not has({"ANNOUNCE"}, earlier):
            # "رحب القادة بطلب الأردن الانضمام", "NATO welcomed Sweden's application": others
            # welcome a wish told before, not on their day
            return None
        if future or intent:
            # a plan to sign or ratify ("намерены подписать в Астане договор") is no step the
            # record keeps; a wish to join is an announced intent
            return None if cat in ("RATIFY", "ACCEPT", "SIGN") else EventKind.ANNOUNCED_INTENT.value
        if cat in _JOINING and announced:
            return EventKind.ANNOUNCED_JOINING.value
        if (
            cat in _JOINING
            and not nominal
            and any(
                c.cat == "EIF"
                and 0 < c.first - trigger.last <= _ENTRY_AFTER_JOINING_REACH
                and not _on_the_day_of(c, sentence, article.toks)
                for c in sentence.cues
            )
        ):
            # "se convirtió en el Estado parte número 125 de la CPI, al entrar en vigor para
            # el país el Estatuto": the entry into force is the step (not when it dates the
            # joining: "تنضم إلى بروتوكول كيوتو يوم دخوله حيز التنفيذ")
            return EventKind.ENTERED_INTO_FORCE.value
        if (
            cat in _JOINING
            and nominal
            and not sentence.is_title
            and not has({"COMPLETE", "AS_OF", "EIF"}, before + after)
            and not ordinal
            and not has({"ANNOUNCE", "AGREE", "WELCOME", "DEPOSIT"}, earlier)
            # "قرر مجلس الجامعة [...] قبول دولة الكويت عضوا": a body decided the admission
            and not (admission and _DECIDED_RE.search(article.norm, sentence.start, trigger.start))
            and (
                not any(_dates_step(d, trigger, clause, sentence) for d in sentence.dates)
                # "Ukraine's membership was discussed on Tuesday": the day is the talk's
                or has({"CONSIDER"}, after)
            )
        ):
            # "half a century of membership", "supporters of Morocco's accession", "with Syria's
            # joining": the noun names a joining without reporting that it happened, as
            # "announced (welcomed) the accession of Indonesia", "accepted Morocco's return",
            # "deposited its instrument of accession" or "since its accession in 1999" do.
            return None
        if nominal and sentence.is_title and _protocol_of(trigger, article.toks):
            # "El presidente turco se compromete a enviar el protocolo de adhesión al
            # Parlamento": the instrument of a joining, in a headline, is no joining
            return None
        if admission and _effective_only_later(sentence, article):
            # "a voté lundi l'admission de la Palestine [...]. L'admission ne sera toutefois
            # effective que lorsque [...] auront signé": a vote, the joining is still to come
            return None
        return _BASE_KIND[cat]
    if cat == "WITHDRAW":
        if negated or consider or (condition and (future or intent)):
            return None  # "would withdraw if the US deployed missiles": a threat
        if _expels(trigger) and _FROM_ALL_ACTIVITIES_RE.match(article.norm, trigger.end):
            # "исключил Нигер из всех своих структур", "excluded Niger from all its
            # activities": shut out of everything the body does, a suspension
            return EventKind.SUSPENDED.value
        if has({"COMPLETE", "EIF"}, before + after):
            if future and not any(clause.start <= d.start < clause.end for d in sentence.dates):
                # "would take effect a year after notification": no day yet, only the decision
                return EventKind.WITHDRAWAL_ANNOUNCED.value
            return EventKind.WITHDREW.value  # took effect, or takes effect on a stated day
        if any(c.cat in ("SIGN", "RATIFY") and 0 < c.first - trigger.last <= 5 for c in after):
            # "revoked its ratification": done when decided; "would revoke the signature":
            # an announced withdrawal
            if future or intent:
                return EventKind.WITHDRAWAL_ANNOUNCED.value
            if any(c.cat == "SIGN" and 0 < c.first - trigger.last <= 5 for c in after):
                # "Israel withdrew its signature", "إسرائيل تسحب توقيعها": a signatory's notice
                # that it will not become a party
                return EventKind.WITHDRAWAL_NOTIFIED.value
            return EventKind.WITHDREW.value
        if _notified(trigger, sentence, toks):
            return EventKind.WITHDRAWAL_NOTIFIED.value
        if announced and not (future or intent or ordered) and _notice_told_next(sentence, article):
            # "КНДР заявила о своем выходе из Договора. [...] а уведомление направлено
            # странам-депозитариям": the announcement came with its formal notice
            return EventKind.WITHDRAWAL_NOTIFIED.value
        if (
            future
            and not (intent or announced or ordered or condition)
            # before the step or in its clause; not "will leave next year, the minister said
            # tonight"
            and _TONIGHT_RE.search(article.norm, sentence.start, clause.end)
            and not has({"ANNOUNCE", "AGREE"}, sentence.cues)
            and all(d.resolved.date == article.published for d in sentence.dates)
        ):
            # "À minuit, le Royaume-Uni cessera d'être membre de l'Unesco": the exit takes
            # effect on the day of the report
            return EventKind.WITHDREW.value
        if future or intent or announced or ordered:
            return EventKind.WITHDRAWAL_ANNOUNCED.value
        if any(c.cat == "DOCUMENT" for c in sentence.cues):
            # "Turquía abandona el Convenio, según un decreto publicado este sábado": decided
            return EventKind.WITHDRAWAL_ANNOUNCED.value
        return EventKind.WITHDREW.value
    if (
        cat == "EIF"
        and future
        and not (intent or consider or negated or condition)
        and (
            _scheduled_day(sentence, article)
            # "entra en vigor este viernes", published on Saturday: the present tells a day
            # just past, not a plan
            or (
                not has({"FUTURE"}, before + after)
                # (not "ratificó ayer [...] a un paso de entrar en vigor": yesterday's step)
                and not infinitive
                and _day_in(clause, sentence, article, Derivation.RELATIVE.value, ahead=False)
                is not None
            )
        )
    ):
        return _BASE_KIND[cat]  # "will enter into force on 1 November": fixed by the treaty
    if undecided:
        return None
    return _BASE_KIND[cat]


# "a un paso de entrar en vigor": the verb of an entry into force, not yet entered ("entré"
# normalises to "entre", which the French infinitive pattern would read as one)
_EIF_INFINITIVES = frozenset({"entrar", "entrer", "вступить", "вступать"})

# "at midnight", "à minuit", "a medianoche", "в полночь", "منتصف الليل", "tonight", "ce soir"
_TONIGHT_RE = re.compile(
    r"\b(?:at\s+midnight|tonight|a\s+minuit|ce\s+soir|a\s+(?:la\s+)?medianoche|esta\s+noche"
    r"|в\s+полночь|сегодня\s+ночью|(?:في\s+)?منتصف\s+(?:هذه\s+)?الليل[هة]?|الليله)\b"
)

# "with immediate effect", "avec effet immédiat", "con efecto inmediato", "بأثر فوري"
_IMMEDIATE_RE = re.compile(
    r"\b(?:with\s+immediate\s+effect|effective\s+immediately|(?:avec|a)\s+effet\s+immediat"
    r"|con\s+efectos?\s+inmediatos?|de\s+forma\s+inmediata|[وف]?باثر\s+فوري)\b"
)
_IMMEDIATE_REACH = 80  # characters after the word for the exit


def _at_once(trigger: _Cue, sentence: _Sentence, clause: _Clause, article: _Article) -> bool:
    """An exit told as taking effect at once, and not as a plan: "announced its withdrawal
    with immediate effect", "أعلنت انسحابها من الكومنولث بأثر فوري" (not "will leave")."""
    return (
        trigger.cat == "WITHDRAW"
        and not article.future_re.search(trigger.text)
        and not any(
            c.cat in ("FUTURE", "INTENT", "CONDITION") and clause.start <= c.start < trigger.end
            for c in sentence.cues
        )
        and (
            bool(
                _IMMEDIATE_RE.search(
                    article.norm, trigger.end, min(sentence.end, trigger.end + _IMMEDIATE_REACH)
                )
            )
            or _at_once_next(sentence, article)
        )
    )


def _at_once_next(sentence: _Sentence, article: _Article) -> bool:
    """The next sentence says the decision took effect at once: "وقالت الحكومة [...] إن القرار
    يسري فوراً", "The government said the decision takes effect immediately" (also in the next
    paragraph, as under a lead)."""
    if sentence.index + 1 >= len(article.sentences):
        return False
    following = article.sentences[sentence.index + 1]
    return not following.is_title and bool(
        _AT_ONCE_NEXT_RE.search(article.norm, following.start, following.end)
    )


# "القرار يسري فوراً", "the decision takes effect immediately", "la décision prend effet
# immédiatement", "la decisión entra en vigor de inmediato", "решение вступает в силу немедленно"
_AT_ONCE_NEXT_RE = re.compile(
    r"(?:القرار|قرار\w*)\s+(?:\w+\s+)?(?:يسري|سار|ساري|نافذ)\w*\s+(?:المفعول\s+)?(?:فورا|علي\s+الفور)"
    r"|\bdecision\s+(?:\w+\s+)?(?:takes|took)\s+effect\s+(?:immediately|at\s+once)"
    r"|\bdecision\s+(?:prend|a\s+pris)\s+effet\s+immediatement"
    r"|\bdecision\s+(?:entra|entro)\s+en\s+vigor\s+de\s+(?:inmediato|forma\s+inmediata)"
    r"|\bрешение\s+(?:\w+\s+)?вступ\w+\s+в\s+силу\s+немедленно"
)


_FRONTED_REACH = 12  # characters: "Вчера", "On Tuesday,", "Hier," open the sentence


_PARTY_WORD_RE = re.compile(r"(?:part(?:y|ie|ies)\b|partie|parte|участни|طرف)")


def _fixed_day_ahead(clause: _Clause, sentence: _Sentence, article: _Article) -> bool:
    """Whether the clause gives a day after publication ("le 17 septembre 2019")."""
    return article.published is not None and any(
        clause.start <= d.start < clause.end
        and d.resolved.precision == Precision.DAY.value
        and d.resolved.date > article.published
        for d in sentence.dates
    )


def _dates_step(span: DateSpan, trigger: _Cue, clause: _Clause, sentence: _Sentence) -> bool:
    """Whether a date of the sentence is the step's: in its clause, or in an earlier clause
    that opens the sentence, is not a relative one and has no other step between ("Вчера в
    городе Индепенденс, ... министры ... передали документы о присоединении")."""
    if clause.start <= span.start < clause.end:
        return True
    return (
        span.end <= clause.start
        and span.start <= sentence.clauses[0].start + _FRONTED_REACH
        and not sentence.clauses[_clause_of(sentence, span.start)].relative
        and not any(
            c.cat in ACTIONS and c is not trigger and span.end <= c.start < trigger.start
            for c in sentence.cues
        )
    )


def _day_in(
    clause: _Clause, sentence: _Sentence, article: _Article, derivation: str, *, ahead: bool
) -> DateSpan | None:
    """A day the clause tells, of this derivation, after publication (``ahead``) or not:
    "on June 2, 2026" for an exit fixed to its day, "este viernes" for a step just taken."""
    published = article.published
    if published is None:
        return None
    return next(
        (
            d
            for d in sentence.dates
            if clause.start <= d.start < clause.end
            and d.resolved.precision == Precision.DAY.value
            and d.resolved.derivation == derivation
            and (d.resolved.date > published) == ahead
        ),
        None,
    )


def _scheduled_day(sentence: _Sentence, article: _Article) -> bool:
    """A sentence that states a day, not before publication, on which something takes effect."""
    published = article.published
    return any(
        d.resolved.precision == Precision.DAY.value
        and (
            published is None
            or d.resolved.date >= published
            # "will enter into force on September 1", published in March: a day named
            # without its year, placed last September as the nearer, is the next one
            or _yearless(d.resolved)
        )
        for d in sentence.dates
    )


def _on_hold(trigger: _Cue, sentence: _Sentence, article: _Article) -> bool:
    """A step noun and a suspension of it, either way round: "its ratification was suspended",
    "suspended its ratification"."""
    steps = ("RATIFY", "SIGN", "ACCEDE")

    def step_noun(c: _Cue) -> bool:
        return c.cat in steps and bool(article.nominal_re.search(c.text))

    def apart(first: _Cue, second: _Cue) -> bool:
        # "el único socio cuyo Congreso no había aprobado su adhesión— había sido suspendido":
        # an aside ends between them
        return bool(_ASIDE_END_RE.search(article.norm, first.end, second.start))

    if trigger.cat == "SUSPEND":
        return any(
            step_noun(c)
            and (
                (0 < trigger.first - c.last <= _PUT_ON_HOLD_REACH and not apart(c, trigger))
                or 0 < c.first - trigger.last <= _SUSPENDED_STEP_REACH
            )
            for c in sentence.cues
        )
    if step_noun(trigger):
        return any(
            c.cat == "SUSPEND"
            and (
                (0 < c.first - trigger.last <= _PUT_ON_HOLD_REACH and not apart(trigger, c))
                or 0 < trigger.first - c.last <= _SUSPENDED_STEP_REACH
            )
            for c in sentence.cues
        )
    return False


# (normalised text writes dashes as "-": an aside's dash stands beside a space)
_ASIDE_END_RE = re.compile(r"[(),;]|-\s|\s-")
_PUT_ON_HOLD_REACH = 6  # words from "its ratification" to "was suspended"
_SUSPENDED_STEP_REACH = 2  # words from "suspended" to the step noun it governs ("its")
_BOTH_STATES_RE = re.compile(
    r"\b(?:for|pour|para)\s+(?:both|the\s+two|les\s+deux|ambos|los\s+dos)\s+"
    r"(?:countries|states|nations|pays|etats|paises|estados)\b"
    r"|\bдля\s+(?:обеих|двух)\s+(?:стран|государств)\b|\bل(?:ل)?بلدين\b|\bللدولتين\b"
)
_LEAVING_CATS = frozenset({"WITHDRAW", "SUSPEND", "REFUSE"})
_SIGN_PARTICLES = frozenset({"up", "on", "to", "onto"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_AFTER_PRONOUN_WORDS = frozenset({"and", "but", "or", "because", "as", "on", "in", "at", "with"})
_PUNCTUATION_RE = re.compile(r"[,.;:!?\"»)]")
_MEMORANDUM_RE = re.compile(r"(?:memorand|меморандум|مذكر)")
_MEMORANDUM_REACH = 8  # words from a memorandum to the initiative it is signed under
_AR_OBJECT_REACH = 16  # words from an Arabic verb to its object, past its subject and asides


def _to_join_after(index: int, sentence: _Sentence) -> bool:
    """Whether a joining follows a document within a few words: "a memorandum with China on
    Friday to join it" is how the state joins."""
    return any(
        c.cat in _JOINING and 0 < c.first - index <= _MEMORANDUM_REACH for c in sentence.cues
    )


# Verbs that stop a joining: "blocked", "vetoed", "bloqué", "bloqueó", "заблокировала",
# "عرقلت"
_BLOCK_RE = re.compile(
    r"(?:block|veto|obstruct|thwart|bloqu|vet[oa]|obstacul|заблокир|блокир|ветир|воспрепятств"
    r"|[وف]?عرقل|[وف]?(?:ا|ت|ي)?عطل)\w*$"
)
_BLOCK_REACH = 5  # tokens from the verb to the joining noun: "bloqué jeudi l'adhésion de"


def _blocked(trigger: _Cue, sentence: _Sentence, article: _Article) -> bool:
    """A joining noun that is the object of a verb that stops it: "Austria on Thursday blocked
    the accession of Romania and Bulgaria to the Schengen area"."""
    if not article.nominal_re.search(trigger.text):
        return False  # "vetoed the plan and joined NATO": a verb of its own
    toks = article.toks
    return any(
        _BLOCK_RE.match(toks[i].text)
        for i in range(max(sentence.first_token, trigger.first - _BLOCK_REACH), trigger.first)
    )


# The head noun of an instrument's own name: "the Brussels pact", "le traité de Dunkerque",
# "el Protocolo de Ouro Preto", "Брюссельский пакт".
_INSTRUMENT_NOUN_RE = re.compile(
    r"(?:pacts?|treaty|accords?|agreement|protocol|convention|charter|pactes?|traite|protocole"
    r"|pactos?|tratado|protocolo|convenio|convencion|пакт\w*|договор\w*|протокол\w*|конвенци\w*)$"
)


def _names_another_instrument_after(trigger: _Cue, sentence: _Sentence, article: _Article) -> bool:
    """The step's object, right after it, is the own name of an instrument the gazetteer does
    not know: capitalised words with a capitalised treaty noun among them ("the European
    Convention on Human Rights")."""
    toks = article.toks
    i = trigger.last + 1
    while i <= sentence.last_token and toks[i].text in _ARTICLES:
        i += 1
    j = i
    while j <= sentence.last_token and toks[j].original[:1].isupper() and j - i < 4:
        if any(m.first <= j <= m.last for m in sentence.mentions):
            return False
        if _INSTRUMENT_NOUN_RE.match(toks[j].text):
            return j > i  # with a name before the noun ("European Convention")
        j += 1
    return False


def _describes_another_instrument(trigger: _Cue, sentence: _Sentence, article: _Article) -> bool:
    """A participle right after the own name of an instrument that the gazetteer does not
    know describes that instrument: "The treaty builds on the Brussels pact signed last year by
    Britain, France and the three Benelux countries", "el Protocolo de Ouro Preto, firmado".
    A name is a capitalised word before the noun, or after it and "of"; not the first word of
    the sentence, and no part of a name found in the text."""
    toks = article.toks

    def name_word(k: int) -> bool:
        return (
            sentence.first_token < k <= sentence.last_token
            and toks[k].original[:1].isupper()
            and not any(m.first <= k <= m.last for m in sentence.mentions)
        )

    i = trigger.first - 1
    if i <= sentence.first_token or any(
        m.kind == AGREEMENT and m.first <= i <= m.last for m in sentence.mentions
    ):
        return False
    if _INSTRUMENT_NOUN_RE.match(toks[i].text):
        return name_word(i - 1)
    return (
        name_word(i)
        and i - 2 > sentence.first_token
        and toks[i - 1].text in _NAME_OF_WORDS
        and bool(_INSTRUMENT_NOUN_RE.match(toks[i - 2].text))
        and toks[i - 2].original[:1].isupper()
    )


# A text that is not an agreement, signed right after the verb: "sign up to language", "sign a
# declaration", "signer une déclaration commune"
_TEXT_DOCUMENT_RE = re.compile(r"\b(?:declaration|communique|language|wording)\b")
# what follows a declaration that founds a body: "that establishes", "instituant", "portant
# création", "que crea", "de creación", "о создании", "بإنشاء"
_FOUNDING_ACT_RE = re.compile(
    r"\s+(?:that\s+|which\s+|qui\s+|que\s+)?(?:establish|creat|found|institu|cre[oa]|portant"
    r"|de\s+(?:creacion|fundacion)|о\s+(?:создании|учреждении)|[وف]?ب?(?:انشاء|تاسيس))"
)
_TEXT_DOCUMENT_REACH = 3  # tokens from "sign" to the text ("sign up to language")


def _signs_document(trigger: _Cue, sentence: _Sentence, article: _Article) -> bool:
    """A signature whose object is an order, a decree, a law or a withdrawal.

    The object is the first of a document word, an action noun or an agreement after the verb;
    in Arabic it may follow the subject and a date ("وقّع الرئيس ... مساء الاثنين أمراً").
    A participle right after a letter or a document describes it: "Письмо, подписанное
    заместителем госсекретаря", "the letter, signed by the under secretary".
    """
    toks = article.toks
    j = trigger.last + 1
    while j <= sentence.last_token and toks[j].text in _SIGN_PARTICLES:
        j += 1
    if (
        j <= sentence.last_token
        and toks[j].text in _DEMONSTRATIVES
        and (
            j == sentence.last_token
            or toks[j + 1].text in _AFTER_PRONOUN_WORDS
            or bool(_PUNCTUATION_RE.search(article.norm, toks[j].end, toks[j + 1].start))
        )
    ):
        # "Pretoria and Abuja signed up to this, and that is what makes it matter": to what was
        # just decided ("signed this treaty" names its object)
        return True
    i = trigger.first - 1
    if i >= sentence.first_token and (
        _LETTER_RE.match(toks[i].text)
        or any(c.cat == "DOCUMENT" and c.last == i for c in sentence.cues)
    ):
        return True
    names_organisation = any(
        m.kind == AGREEMENT
        and article.agreement_kinds.get(m.key) == AgreementKind.ORGANISATION.value
        for m in sentence.mentions
    )
    for c in sentence.cues:
        if c.first <= trigger.last:
            continue
        if (
            c.cat == "DOCUMENT"
            and _TEXT_DOCUMENT_RE.search(c.text)
            and (
                c.first - trigger.last > _TEXT_DOCUMENT_REACH
                # "signed on Friday a declaration that establishes BRICS": a founding act
                or _FOUNDING_ACT_RE.match(article.norm, c.end)
            )
        ):
            # (a declaration further on is not what was signed: "signed the convention in 2014
            # [...], and the declaration does not withdraw that signature")
            continue
        if c.cat == "DOCUMENT" or (
            # "وقّع [...] مذكرة التزامات بلاده [...] في منظمة شنغهاي": a memorandum (in Arabic
            # also a diplomatic note), which is no way to join an organisation
            c.cat == "NOTIFY"
            and _MEMORANDUM_RE.match(c.text)
            # (past the subject, a day and a place set off by commas)
            and c.first - trigger.last <= _AR_OBJECT_REACH
            and names_organisation
        ):
            if (
                _MEMORANDUM_RE.search(c.text)
                and _to_join_after(c.last, sentence)
                # (a memorandum "to obtain full membership" of an organisation is a step
                # before joining it)
                and not names_organisation
            ):
                return False  # "signed a memorandum with China on Friday to join it"
            return not any(
                m.kind == AGREEMENT
                and (
                    trigger.last < m.first < c.first
                    # "signed a memorandum with China on cooperation under the Belt and Road
                    # Initiative": an initiative is taken part in by such a memorandum
                    or (
                        0 < m.first - c.last <= _MEMORANDUM_REACH
                        and _MEMORANDUM_RE.search(c.text) is not None
                        and article.agreement_kinds.get(m.key) == AgreementKind.INITIATIVE.value
                    )
                )
                for m in sentence.mentions
            )
        if c.cat == "WITHDRAW" and c.first - trigger.last <= 3:
            return True
        if (
            c.cat in ("RATIFY", "ACCEDE", "ACCEPT")
            and c.first - trigger.last <= 6
            and _clause_of(sentence, c.start) == _clause_of(sentence, trigger.start)
            # (not "signing and depositing their instruments of ratification")
            and not any(
                d.cat == "DEPOSIT" and trigger.last < d.first < c.first for d in sentence.cues
            )
            and any(
                _INSTRUMENT_WORD_RE.match(toks[i].text)
                for i in range(trigger.last + 1, min(c.last + 2, sentence.last_token + 1))
            )
        ):
            # "a signé mardi l'instrument de ratification du protocole", "подписал
            # ратификационную грамоту": the ratification's instrument, not the treaty
            return True
    return False


_CONSENT_REACH = 8  # tokens from a signature or ratification to the joining it consents to
_OBJECT_REACH = 12  # tokens from a verb to the instrument it signs or ratifies


def _consents_to_anothers_joining(trigger: _Cue, sentence: _Sentence, article: _Article) -> bool:
    """A signature or ratification of a joining noun whose possessor is a state named with it."""
    toks = article.toks
    # within reach of the trigger, or of the instrument it names on the way ("firmó [...] los
    # instrumentos de ratificación de los protocolos de adhesión de Finlandia")
    anchor = trigger.last
    for c in sentence.cues:
        if (
            c.cat in ("SIGN", "RATIFY", "ACCEPT", "DEPOSIT")
            # (the verb's object may come after its day and place: "firmó el martes en la Casa
            # Blanca los instrumentos de ratificación")
            and anchor == trigger.last
            and 0 < c.first - anchor <= _OBJECT_REACH
            and article.nominal_re.search(c.text)
        ):
            anchor = c.last
            continue
        if c.cat not in _JOINING or not (0 < c.first - anchor <= _CONSENT_REACH):
            continue
        if not (c.first == c.last and article.nominal_re.search(c.text)):
            continue
        for m in sentence.mentions:
            if m.kind != COUNTRY:
                continue
            gap = [toks[i].text for i in range(m.last + 1, c.first)] if m.last < c.first else None
            if (gap in (["s"], []) and m.first > trigger.last) or (
                m.first > c.last and _attached_after(c, m, toks)
            ):
                return True
    return False


def _procedural_condition(trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> bool:
    """Whether the condition after a step is the state's own procedure to complete it: its
    legislature's approval or the deposit of its instrument."""
    conditions = [c for c in sentence.cues if c.cat == "CONDITION"]
    if not conditions:
        return False
    # the first condition after the step; else ("hasta que el Gobierno deposite el instrumento
    # de ratificación", a step told inside its condition) the first of the sentence
    after = next((c for c in conditions if c.start >= trigger.end), None)
    start = (after or conditions[0]).last
    end = sentence.last_token
    if after is None and conditions[0].start < trigger.start:
        # a condition in a clause before the step's ends with its clause: "tant que la question
        # ne sera pas réglée, le Parlement turc ne ratifiera pas" is no procedure of the
        # parliament's
        clause = sentence.clauses[_clause_of(sentence, conditions[0].start)]
        end = max(
            (i for i in range(start, trigger.first) if toks[i].start < clause.end), default=start
        )
    return any(c.cat == "DEPOSIT" and start < c.first <= end for c in sentence.cues) or any(
        _LEGISLATURE_RE.match(toks[i].text) for i in range(start + 1, end + 1)
    )


def _other_state_between(trigger: _Cue, sentence: _Sentence) -> bool:
    """Whether a state is named between the trigger and the first later condition: "Sweden
    wants to join, but Turkey wants it first to..." is Turkey's condition, not Sweden's."""
    first = min(
        (c.start for c in sentence.cues if c.cat == "CONDITION" and c.start >= trigger.end),
        default=sentence.end,
    )
    return any(
        m.kind == COUNTRY and trigger.end <= m.start < first and not m.demonym
        for m in sentence.mentions
    )


# Nouns of a road towards joining that is not the joining: negotiations and candidacy, which
# take others' consent, and a process or path, which a state may start on its own.
_APPLIED_TALKS_REACH = 8  # words from "demande" to the joining noun of the talks it asks for
_TALKS_RE = re.compile(
    r"(?:talks|negotiat\w*|candidate|candidates|negoci\w*|pourparlers|candidats?"
    r"|negociaciones|negociacion|conversaciones|candidatos?|переговор\w*|кандидат\w*"
    # "candidate status for membership": a status on the road, not the membership
    r"|status|statut|estatus|estatuto"
    r"|[وف]?(?:ال)?(?:مفاوضات|محادثات|مرشح\w*))$"
)
_ROAD_RE = re.compile(
    r"(?:process|path|road|roadmap|prospects?|processus|chemin|voie|route|perspectives?|proceso"
    r"|camino|ruta|процесс\w*|пут[иь]|карт\w*|перспектив\w*"
    r"|[وف]?(?:ال)?(?:مسار|عمليه|طريق|خارطه|خريطه))$"
)
_PROCESS_LINKS = frozenset(
    {
        # "négocient leur adhésion", "negotiating its accession"
        *("its", "their", "son", "sa", "leur", "su", "sus"),
        "to",
        "towards",
        "toward",
        "of",
        "on",
        "for",
        "the",
        "de",
        "d",
        "du",
        "l",
        "la",
        "vers",
        "a",
        "hacia",
        "pour",  # "négocient pour adhérer"
        "para",  # "negocian para ingresar"
        "о",
        "к",
        "на",  # "статус кандидата на вступление"
        "الي",
        "نحو",
        "حول",
        # "path to full membership", "voie vers une pleine adhésion", "путь к полноправному
        # членству"
        "full",
        "eventual",
        "future",
        "une",
        "pleine",
        "eventuelle",
        "plena",
        "pleno",
        "futura",
        "полноправному",
        "полному",
        "будущему",
    }
)


_DOCUMENT_WORD_RE = re.compile(
    r"(?:protocols?|protocole|protocolo|treaty|traite|tratado|протокол\w*|договор\w*"
    r"|[وف]?(?:ب|ل)?(?:ال)?(?:بروتوكول|معاهده))$"
)


def _names_document(trigger: _Cue, toks: list[Token]) -> bool:
    """Whether a joining noun names a document ("the protocol of accession", "protocolo de
    adhesión", "протокол о присоединении", "بروتوكول انضمام"); an instrument of accession is
    the accession itself."""
    before = _noun_before(trigger, toks)
    if before is not None and _DOCUMENT_WORD_RE.match(before):
        return True
    # "the accession protocol", "accession treaty"
    after = trigger.last + 1
    return after < len(toks) and bool(_DOCUMENT_WORD_RE.match(toks[after].text))


def _noun_before(trigger: _Cue, toks: list[Token]) -> str | None:
    """The word a joining noun completes, past "of", "to", "its": "protocol" in "protocol of
    accession", "négocient" in "négocient leur adhésion"."""
    i = trigger.first - 1
    while i >= 0 and trigger.first - i <= 3 and toks[i].text in _PROCESS_LINKS:
        i -= 1
    return toks[i].text if i >= 0 else None


def _in_process(trigger: _Cue, toks: list[Token]) -> str | None:
    """ "talks" or "road" when a joining noun only qualifies such a noun next to it."""
    neighbours = []
    if trigger.last + 1 < len(toks):
        neighbours.append(toks[trigger.last + 1].text)  # "accession talks", "membership path"
    before = _noun_before(trigger, toks)
    if before is not None:
        neighbours.append(before)  # "négociations d'adhésion", "path to membership"
    if any(_TALKS_RE.match(w) for w in neighbours):
        return "talks"
    if any(_ROAD_RE.match(w) for w in neighbours):
        return "road"
    return None


def _objects_to_anothers_joining(trigger: _Cue, sentence: _Sentence, article: _Article) -> bool:
    """A refusal whose object is a joining noun with a state of its own after it."""
    toks = article.toks
    for c in sentence.cues:
        if c.cat not in _JOINING or not (0 < c.first - trigger.last <= 4):
            continue
        if any(
            m.kind == COUNTRY and m.first > c.last and _attached_after(c, m, toks)
            for m in sentence.mentions
        ):
            return True
    return False


_RETURN_RE = re.compile(
    r"(?:[وف]?(?:ب|ك)?(?:ال|لل|ب|ل|ك)?عود|[وف]?(?:ل|س)?(?:ت|ي)عود|retour|regreso|retorno"
    r"|возвращени|верн|return|resum|retak|regain|reprend|repris|retrouv|retom|recuper|reocup)"
)
_RETURN_REACH = 8


_SUSPENSION_REACH = 10  # tokens from "returns" to "suspension": "to the AU after two years of"


def _after_suspension(trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> bool:
    """Whether a return is told as coming after a suspension: "after seven years of
    suspension", "بعد سبع سنوات من تعليق عضويتها", "après sa suspension"."""
    for c in sentence.cues:
        if c.cat != "SUSPEND" or not (0 < c.first - trigger.last <= _SUSPENSION_REACH):
            continue
        if any(toks[i].text in _AFTER_WORDS for i in range(trigger.last + 1, c.first)):
            return True
    return False


_RETURN_TO_WORDS = frozenset({"to", "a", "au", "aux", "al", "в", "во", "к", "الي", "لل"})


def _returns_to_agreement(trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> bool:
    """A return that is a rejoining names what it returns to soon after it ("Syria's return to
    the Arab League", "عودة سوريا إلى الجامعة") or soon before it ("the League welcomed back
    Syria's return"), or, in a sentence that names no agreement, returns to nothing named
    ("The Gambia returned in 2018"): a return to "constitutional order" is not one."""
    countries = {
        i for m in sentence.mentions if m.kind == COUNTRY for i in range(m.first, m.last + 1)
    }

    def returned_to(first: int) -> bool:
        """Whether only "to", articles and the returning state stand between the return and
        what starts at ``first``."""
        return 0 <= first - trigger.last <= _RETURN_REACH and all(
            toks[i].text in _RETURN_TO_WORDS or toks[i].text in _ARTICLES or i in countries
            for i in range(trigger.last + 1, first)
        )

    if any(c.cat == "GENERIC" and returned_to(c.first) for c in sentence.cues):
        return True
    if not any(m.kind == AGREEMENT for m in sentence.mentions):
        following = trigger.last + 1
        return not (following <= sentence.last_token and toks[following].text in _RETURN_TO_WORDS)
    if any(
        m.kind == AGREEMENT
        and (0 <= m.first - trigger.last <= _RETURN_REACH or 0 <= trigger.first - m.last <= 3)
        for m in sentence.mentions
    ):
        return True
    # "Pakistan, which left the Commonwealth in 1972 in protest at [...], returned in 1989": a
    # return to nothing named is to what the sentence says the state left (not "عودة سريعة
    # إلى المسار الديمقراطي")
    if any(
        toks[i].text in _RETURN_TO_WORDS
        for i in range(trigger.last + 1, min(sentence.last_token, trigger.last + 2) + 1)
    ):
        return False
    return any(
        c.cat == "WITHDRAW"
        and c.last < trigger.first
        and any(m.kind == AGREEMENT and c.last < m.first < trigger.first for m in sentence.mentions)
        for c in sentence.cues
    )


def _refusal_has_object(trigger: _Cue, sentence: _Sentence) -> bool:
    """A refusal to join names what it refuses after it: a step ("to join", "normalisation") or
    the agreement itself ("rejects the accords"), or is itself a noun of the agreement's
    ("its refusal of the accords"), or is a vote against the text just adopted."""
    if _VOTE_AGAINST_RE.search(trigger.text):
        return True
    return any(
        c.cat in ACTIONS and c.cat != "REFUSE" and c.start >= trigger.end for c in sentence.cues
    ) or any(m.kind == AGREEMENT and m.start >= trigger.end for m in sentence.mentions)


def _founding_news(agreement: str, article: _Article) -> ResolvedDate | None:
    """The day a body was founded, where it was founded in the days just before the paper."""
    day = article.founded.get(agreement)
    if day is None or article.published is None:
        return None
    if not 0 <= (article.published - day).days <= _FOUNDING_NEWS_AGE:
        return None
    return ResolvedDate(day, Precision.DAY.value, Derivation.INFERRED.value, "its founding day")


_FOUNDING_NEWS_AGE = 7  # days from a body's founding to a paper that reports it as news
_FOUNDER_RE = re.compile(r"(?:found(?:ing|er)|fondat|fundador|основател|учредител|موسس)")
# "была образована [...] Египтом, Ираком": a body founded, its founders after it
_FOUNDED_BY_RE = re.compile(r"(?:образован|создан|основан|учрежден)")
_FOUNDED_REACH = 120  # characters from "founding member" to its year


# A treaty's obligations binding a state from a day: its entry into force for that state.
_BINDING_RE = re.compile(r"(?:binding|contraignant|обязательн|vinculante)")


def _day_told_before(sentence: _Sentence, article: _Article) -> ResolvedDate | None:
    """The first day a sentence of the same paragraph, or the one before it, tells before this
    one (the nearest first)."""
    for other in reversed(article.sentences[max(0, sentence.index - _VOTE_REACH) : sentence.index]):
        if other.is_title or other.paragraph < sentence.paragraph - 1:
            continue
        article.analyse(other, True)
        days = [d for d in other.dates if d.resolved.precision == Precision.DAY.value]
        if days:
            return days[0].resolved
    return None


# A stance held for years and told in the past: "for years", "pendant des années", "durante
# años", "годами", "на протяжении десятилетий", "لسنوات", "على مدى عقود".
_YEARS_LONG_RE = re.compile(
    r"\b(?:for\s+(?:many\s+)?(?:years|decades)|pendant\s+(?:des|de\s+nombreuses)\s+"
    r"(?:annees|decennies)|durante\s+(?:muchos\s+)?(?:anos|decadas)|годами|десятилетиями"
    r"|(?:на\s+протяжении|в\s+течение)\s+(?:многих\s+)?(?:лет|десятилетий)"
    r"|(?:ل|طوال\s+|علي\s+مدي\s+)(?:سنوات|عقود|السنوات|العقود)"
    # "давно дал понять, что не присоединится", "has long refused": a stance held long since
    r"|давно|depuis\s+longtemps|desde\s+hace\s+(?:tiempo|anos|decadas)|(?:has|had|have)\s+long"
    r"|منذ\s+(?:فتره\s+طويله|زمن\s+طويل|امد\s+بعيد))\b"
)


_VOTE_REACH = 3  # sentences back to the adoption a vote against was cast in
# "voted against", "ont voté contre", "votaron en contra", "проголосовали против", "صوتت ضد",
# "مقابل اعتراض": a vote against a treaty's adoption, labelled a refusal by the states named.
_VOTE_AGAINST_RE = re.compile(
    r"(?:vot|голос|صوت).*(?:against|contre|contra|против|ضد\w*)$|^مقابل\s+اعتراض$"
)
# The adoption of a text, told in the vote's sentence or just before: "was adopted", "a été
# adopté", "fue adoptado", "был принят", "أقرت", "اعتمد". A vote against a resolution or a
# decision (to suspend a state, to admit one) is no refusal of the treaty.
_ADOPTED_RE = re.compile(
    r"\b(?:adopt\w*|approv\w*|aprob\w*|принят\w*|принял\w*|одобр\w*)\b"
    r"|(?<!\w)[وف]?(?:ا|ت|ي)?(?:قر|قرت|عتمد\w*)(?!\w)"
)
_RESOLUTION_RE = re.compile(
    r"\b(?:resolution|resolucion|decision|резолюци\w*|решени\w*)\b|(?<!\w)[وف]?(?:ال)?قرار(?!\w)"
)


def _votes_on_adoption(sentence: _Sentence, article: _Article) -> bool:
    """Whether a vote against is cast on a text's adoption told in its sentence or just
    before, and not on a resolution or a decision."""
    norm = article.norm
    if _RESOLUTION_RE.search(norm, sentence.start, sentence.end):
        return False
    start = article.sentences[max(0, sentence.index - _VOTE_REACH)].start
    return bool(_ADOPTED_RE.search(norm, start, sentence.end))


# What is rejected when a charge is: "accusations", "allégations", "acusaciones", "обвинения",
# "الاتهامات"
_REFUTED_RE = re.compile(
    r"(?:accusations?|allegations?|charges|criticism|claims|critiques?|acusacion\w*"
    r"|criticas?|обвинени\w*|критик\w*|[وف]?(?:ال)?(?:اتهامات|انتقادات|مزاعم|ادعاءات))$"
)


_REFUTED_REACH = 3  # tokens from "rejected" to "the accusations"


def _refuses_something_else(trigger: _Cue, sentence: _Sentence, article: _Article) -> bool:
    """ "refused to host", "a refusé de participer", "отказалась проводить": another act."""
    toks = article.toks
    i = trigger.last + 1
    if i < len(toks) and toks[i].text in ("to", "de", "d", "a"):
        i += 1
    if i > sentence.last_token or i >= len(toks):
        return False
    word = toks[i].text
    if any(
        _REFUTED_RE.match(toks[j].text)
        for j in range(
            trigger.last + 1, min(trigger.last + _REFUTED_REACH, sentence.last_token) + 1
        )
    ):
        # "rejected the accusations", and with the subject between, "ورفضت أزولاي الاتهامات
        # بمعاداة إسرائيل"
        return True
    after_to = toks[i - 1].text == "to" and word not in _ARTICLES and word not in ("a", "an")
    if not (after_to or article.infinitive_re.search(word)):
        return False
    step = next((c for c in sentence.cues if c.first == i and c.cat in ACTIONS), None)
    # "refused to sign up to language describing the Paris Agreement as irreversible": a text
    return step is None or (step.cat == "SIGN" and _signs_document(step, sentence, article))


def _decided_on(trigger: _Cue, clause: _Clause, article: _Article) -> bool:
    """A joining set for a stated day after publication ("members from 1 January 2025")."""
    return _scheduled_for(trigger, clause, article) is not None


def _scheduled_for(trigger: _Cue, clause: _Clause, article: _Article) -> DateSpan | None:
    """The stated day after publication from which a step takes effect ("a partir del 1 de
    enero de 2020", "members from 1 January 2025"), in the trigger's clause."""
    published = article.published
    if published is None:
        return None
    sentence = next(s for s in article.sentences if s.start <= trigger.start < s.end)
    # In the trigger's clause, or after the trigger before any other action: "abandonará la
    # OPEP (la organización...) a partir del 1 de enero".
    stop = min(
        (
            c.start
            for c in sentence.cues
            # "الانسحاب من عضوية المنظمة": the membership left is the object, not a new step
            if c.cat in ACTIONS and c.start > trigger.end and c.first - trigger.last > 3
        ),
        default=sentence.end,
    )
    as_of = [
        c
        for c in sentence.cues
        if c.cat == "AS_OF"
        and (clause.start <= c.start < clause.end or trigger.end <= c.start < stop)
    ]
    for d in sentence.dates:
        if d.resolved.precision != Precision.DAY.value or d.resolved.date <= published:
            continue
        if any(0 <= d.start - c.end <= 2 for c in as_of):
            return d
    return None


def _object_of_consent(trigger: _Cue, sentence: _Sentence, before: list[_Cue]) -> bool:
    """A joining noun that is what someone signs or ratifies, in the same clause."""
    return any(c.cat in ("SIGN", "RATIFY") and 0 < trigger.first - c.last <= 8 for c in before)


def _consent_to_another(
    trigger: _Cue, sentence: _Sentence, before: list[_Cue], toks: list[Token], nominal: bool
) -> bool:
    """A state named between an approval and a joining is the one joining; the approver is not.

    "Turkey's parliament voted to approve Sweden's application to join", "aprobó la adhesión de
    Suecia": no claim for either. "Kazakhstan agreed to join" names no other state.
    """
    consents = [c for c in before if c.cat in ("AGREE", "RATIFY", "SIGN")]
    if not consents:
        return False
    first = consents[0]
    if not any(m.kind == COUNTRY and m.last < first.first for m in sentence.mentions):
        return False  # the organisation itself admitting a state: that is the joining
    for m in sentence.mentions:
        if m.kind != COUNTRY:
            continue
        if first.last < m.first and m.last < trigger.first:
            return True
        if nominal and m.first > trigger.last and _attached_after(trigger, m, toks):
            return True
    return False


def _followed_by_country(trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> bool:
    """Whether the first thing joined is a state ("se une así a Irán"), not an agreement."""
    for m in sentence.mentions:
        if m.first <= trigger.last:
            continue
        if m.kind != COUNTRY:
            return False
        between = [toks[i].text for i in range(trigger.last + 1, m.first)]
        return len(between) <= 3 and (
            bool(set(between) & _JOIN_COMPANY_WORDS)
            or between[-1:] == ["الي"]
            or (between[-2:-1] == ["الي"] and bool(_AR_KIN_RE.match(between[-1])))
            # "Israel signed [...], joining the United States, Russia and scores of others"
            or (bool(_JOINING_OTHERS_RE.match(trigger.text)) and set(between) <= _ARTICLES)
        )
    return False


def _joined_among(trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> bool:
    """ "joining Afghanistan, Bangladesh and Bhutan among the South Asian states that have
    renounced mines", "joining Poland in abandoning the pact": the states named are those
    already in the group, or that took the step first, not companions."""
    last: Mention | None = None
    for m in sentence.mentions:
        if m.first <= trigger.last or m.kind != COUNTRY:
            continue
        if last is not None and not _listed_right_after(last, m, toks):
            break
        last = m
    if last is None:
        return False
    # over what the list goes on with ("and the three Baltic states"): "joining Poland and the
    # three Baltic states in abandoning a pact", those who did so first
    for i in range(last.last + 1, min(sentence.last_token, last.last + _AMONG_REACH) + 1):
        word = toks[i].text
        if word in _AMONG_WORDS or (
            word == "in" and i + 1 <= sentence.last_token and toks[i + 1].text.endswith("ing")
        ):
            return True
    return False


_AMONG_REACH = 6  # words from the last state joined to "among" or "in <doing>"


_AMONG_WORDS = frozenset({"among", "amongst", "parmi", "entre"})
# A participle that joins the company of states named next: "joining the United States".
_JOINING_OTHERS_RE = re.compile(r"(?:joining|rejoignant|uniendose|sumandose)$")


def _after_between(first: int, last: int, toks: list[Token]) -> bool:
    """Whether "after" comes between two token positions."""
    return any(toks[i].text in _AFTER_WORDS for i in range(first + 1, last))


_GERUND_PREPOSITIONS = frozenset(
    {"in", "of", "about", "on", "for", "towards", "toward", "against", "without", "before"}
)


# "the ratification that India had handed over", "la ratificación que la India había
# entregado", "la ratification que l'Inde avait déposée", "грамоту, которую Индия сдала"
_OBJECT_RELATIVE_WORDS = frozenset({"que", "qu", "that", "which", "которую", "который", "التي"})


def _object_relative_actor(trigger: _Cue, after: list[Mention], toks: list[Token]) -> list[Mention]:
    """The state that is the subject of a relative clause right after a step's noun: the noun
    is what it handed over, so the step is its own."""
    i = trigger.last + 1
    if i >= len(toks) or toks[i].text not in _OBJECT_RELATIVE_WORDS:
        return []
    j = i + 1
    while j < len(toks) and toks[j].text in _ARTICLES:
        j += 1
    return [m for m in after if m.first == j][:1]


# characters before a treaty's name (or "the treaty") that still open the sentence ("The ")
_SUBJECT_OPENING = 6
_PASSIVE_WORDS = frozenset(
    {"was", "were", "been", "fue", "fueron", "sido", "ete", "fut", "furent", "был", "была", "было"}
)


def _agents_in_next_clause(
    trigger: _Cue, sentence: _Sentence, ci: int, toks: list[Token]
) -> list[str]:
    """The states of a passive step's agent put after a comma: "The protocol was signed on
    September 16, 1987, by the United States, Canada and...", "fue firmado el 26 de marzo,
    por Argentina y Brasil"."""
    if ci + 1 >= len(sentence.clauses) or not any(
        toks[i].text in _PASSIVE_WORDS for i in range(max(0, trigger.first - 2), trigger.first)
    ):
        return []
    nxt = ci + 1
    while nxt + 1 < len(sentence.clauses) and all(
        any(d.start <= t.start < d.end for d in sentence.dates)
        for t in toks[sentence.first_token : sentence.last_token + 1]
        if sentence.clauses[nxt].start <= t.start < sentence.clauses[nxt].end
    ):
        nxt += 1  # ", 1987,": the year of a date cut off by its comma
    following = sentence.clauses[nxt]
    first = next(
        (
            i
            for i in range(trigger.last + 1, sentence.last_token + 1)
            if toks[i].start >= following.start
        ),
        None,
    )
    if first is None or toks[first].text not in _BY_WORDS:
        return []
    # the clause before the agent tells only the step and when: no state of its own
    if any(
        m.kind == COUNTRY and sentence.clauses[ci].start <= m.start < sentence.clauses[ci].end
        for m in sentence.mentions
    ):
        return []
    return list(
        dict.fromkeys(
            m.key
            for m in sentence.mentions
            if m.kind == COUNTRY and not m.demonym and following.start <= m.start < following.end
        )
    )


# A word ending as a participle does, whose agent "by" may name: "impulsada por", "led by",
# "lancée par"
# (read on the word as written: "lancée", not "nombre")
_PARTICIPLE_END_RE = re.compile(r"(?:ed|é|ée|és|ées|ada|ado|adas|ados|ida|ido|idas|idos|нн\w*)$")


def _agent_of_something_else(
    m: Mention, trigger: _Cue, toks: list[Token], sentence: _Sentence
) -> bool:
    """A state named after "by" some words past the step: the agent of another word ("su
    participación en la Iniciativa impulsada por China"), not of the step ("was signed by",
    "fue firmado el 26 de marzo de 1991 por Argentina": a date between is no other word)."""
    if m.first <= trigger.last:
        return False
    i = m.first - 1
    while i > trigger.last and toks[i].text in _ARTICLES:
        i -= 1
    if i <= trigger.last or toks[i].text not in _BY_WORDS:
        return False
    # nor is a place: "was founded in Shanghai in June 2001 by China"
    places = {
        k
        for k in range(trigger.last + 1, i)
        for j in (k, k - 1)
        if toks[k].original[:1].isupper()
        and (j == k or any(c.cat == "PREP_IN" and c.last == j for c in sentence.cues))
    }
    words = [
        t
        for k, t in enumerate(toks[trigger.last + 1 : i], start=trigger.last + 1)
        if k not in places and not any(d.start <= t.start < d.end for d in sentence.dates)
    ]
    lead = next((t.text for t in words if t.text not in _ARTICLES), None)
    if lead in _PLACE_PREPOSITIONS and not _PARTICIPLE_END_RE.search(toks[i - 1].original.lower()):
        # "signés le 14 juin 1985 dans le village luxembourgeois du même nom par la France":
        # where the step was taken, then its agent (not "una iniciativa impulsada por China")
        return False
    return len(words) > 2


# "became an associate member": partner words inside a joining phrase
_PARTNER_WORD_RE = re.compile(
    r"(?:associate|observer|partner|associe|observateur|partenaire|asociado|observador|socio"
    r"|ассоциирован|наблюдател|партнер|مراقب|شريك|منتسب)"
)


def _since_a_date(clause: _Clause, sentence: _Sentence, toks: list[Token]) -> bool:
    """ "permanece suspendida desde diciembre de 2016": a standing that dates its step."""
    return any(
        clause.start <= d.start < clause.end
        and any(
            toks[i].text in _SINCE_WORDS and 0 <= d.start - toks[i].end <= 2
            for i in range(sentence.first_token, sentence.last_token + 1)
        )
        for d in sentence.dates
    )


def _gerund(trigger: _Cue, toks: list[Token]) -> bool:
    """An English "-ing" form after a preposition ("interest in joining", "talk of leaving")
    names a step as a noun does."""
    return (
        trigger.first == trigger.last
        and trigger.text.endswith("ing")
        and trigger.first > 0
        and toks[trigger.first - 1].text in _GERUND_PREPOSITIONS
    )


def _recalled_after(trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> bool:
    """Whether the trigger is the verb of an "after <state> ..." clause ("después de que Panamá
    anunciara su salida", "after Hungary ratified"): a step recalled to place another."""
    afters = [i for i in range(sentence.first_token, trigger.first) if toks[i].text in _AFTER_WORDS]
    if not afters:
        return False
    if trigger.first - afters[-1] <= 3:
        return True  # "107 days after it left the pact", "after joining"
    return any(
        m.kind == COUNTRY and afters[-1] < m.first < trigger.first and m.first - afters[-1] <= 4
        for m in sentence.mentions
    )


def _notice_told_next(sentence: _Sentence, article: _Article) -> bool:
    """Whether the next sentence of the paragraph says a notice was sent, of no other state's
    step and not as something still to do."""
    if sentence.index + 1 >= len(article.sentences):
        return False
    following = article.sentences[sentence.index + 1]
    if following.paragraph != sentence.paragraph or following.is_title:
        return False
    article.analyse(following)
    named = {m.key for m in sentence.mentions if m.kind == COUNTRY} | {article.focus}
    if any(m.kind == COUNTRY and m.key not in named for m in following.mentions):
        return False
    if any(c.cat in ACTIONS for c in following.cues):
        return False  # a step of its own
    return any(
        c.cat == "NOTIFY"
        and not any(
            d.cat in ("FUTURE", "INTENT", "ORDER", "PRESSURE", "NEG", "NEG_FUT")
            for d in following.cues
        )
        for c in following.cues
    )


# "since the notification", "с момента уведомления", "after notifying": an earlier step
_EARLIER_WORDS = _SINCE_WORDS | _AFTER_WORDS | {"момента"}


def _notified(trigger: _Cue, sentence: _Sentence, toks: list[Token]) -> bool:
    """A notification that was made, not one that is ordered, planned or still due, and not
    the earlier step that an exit comes "after"."""
    for c in sentence.cues:
        if c.cat != "NOTIFY":
            continue
        if c.first > trigger.last and _after_between(trigger.last, c.first, toks):
            continue
        if c.first > trigger.last and any(
            m.kind == AGREEMENT
            and trigger.last < m.first
            and m.last < c.first
            and any(toks[i].text in _AND_WORDS for i in range(m.last + 1, c.first))
            for m in sentence.mentions
        ):
            # "salió de la Unesco el 31 de diciembre de 2018 y notificó [...] su retiro del
            # Acuerdo de París": a notice of another step, told after this one's object
            continue
        if c.first > 0 and toks[c.first - 1].text == "to":
            continue
        if any(toks[i].text in _EARLIER_WORDS for i in range(max(0, c.first - 2), c.first)):
            continue  # "с момента уведомления", "since the notification": an earlier step
        pending = any(
            d.cat in ("FUTURE", "INTENT", "ORDER", "PRESSURE") and d.end <= c.start
            for d in sentence.cues
        )
        if not pending:
            return True
    return False


# The declaration that founds an organisation, named after a signature: "signed the
# declaration on the creation of the SCO", "la déclaration portant création de". It takes
# effect when signed; a founding treaty or charter is signed, then ratified, like any other.
_FOUNDING_RE = re.compile(
    r"\b(?:declaration|declaracion|декларац\w*|[وف]?(?:ال)?اعلان)\s+(?:\w+\s+){0,2}?"
    r"(?:(?:on|of)\s+the\s+(?:creation|establishment|founding)\s+of|founding|establishing"
    r"|creating|portant\s+creation|(?:de|sur)\s+la\s+creation|constituti\w+|fundacional"
    # "una declaración por la que se constituye la Asociación", "a declaration that
    # establishes", "une déclaration instituant"
    r"|(?:por\s+la\s+)?que\s+(?:se\s+)?(?:constituye|crea|establece|funda)"
    r"|(?:that|which)\s+(?:establishe[sd]|create[sd]|found(?:s|ed))|institu(?:ant|ait)|creant"
    r"|de\s+(?:la\s+)?creacion|о\s+создании|об\s+учреждении|учредительн\w+"
    r"|(?:ب|علي\s+)?انشاء|(?:ب)?تاسيس)\b"
    # "firmaron el acta de nacimiento de la OPEP", "signed the founding act", "l'acte fondateur"
    r"|\b(?:acta\s+(?:de\s+nacimiento|fundacional|constitutiva)|acte\s+(?:de\s+naissance|fondateur)"
    r"|founding\s+(?:act|charter|document|treaty)|birth\s+certificate)\b"
)


def _founding(
    kind: str, sentence: _Sentence, agreement: str, article: _Article, trigger: _Cue
) -> str | None:
    """Joined, for a signature of the declaration that founds an organisation: its founders are
    its first members."""
    if kind != EventKind.SIGNED.value or (
        article.agreement_kinds.get(agreement) != AgreementKind.ORGANISATION.value
    ):
        return None
    for m in sentence.mentions:
        if m.kind == AGREEMENT and m.key == agreement and m.start > trigger.end:
            between = article.norm[trigger.end : m.start]
            if len(between) <= 120 and _FOUNDING_RE.search(between):
                return EventKind.JOINED.value
            if _CHARTER_BEFORE_RE.search(between) and _founders_told(sentence, article):
                # "وقّع مندوبو مصر والعراق [...] على ميثاق جامعة الدول العربية، فأصبحت الدول
                # الست بذلك أعضاء مؤسسين": signing the charter made them its founders (not the
                # members of a standing body signing a new charter)
                return EventKind.JOINED.value
    return None


# "signed the Charter of the Arab League", "وقعت على ميثاق جامعة الدول العربية", "على النظام
# الأساسي لمجلس التعاون": the charter that founds the organisation, right before its name
_CHARTER_BEFORE_RE = re.compile(
    r"\b(?:charter|charte|carta|pact|pacte|pacto|устав|хартию|[وب]?(?:ال)?ميثاق"
    r"|[وب]?(?:ال)?نظام\s+(?:ال)?اساسي\s+ل?)"
    r"(?:\s+(?:of|the|de|la|l|du|del|des))*\s*$"
)
# "... أعضاء مؤسسين", "founding members", "وبهذا التوقيع أصبحت الدول الست أعضاء في المجلس"
_FOUNDERS_RE = re.compile(
    r"(?:found|fondat|fundador|основател|учредител|موسس"
    r"|(?:became|sont\s+devenu|se\s+convirtieron\s+en|стали|[وف]?(?:اصبحت|اصبح|صارت))"
    r"\s+(?:[\w-]+\s+){0,3}?(?:members|membres|miembros|членами|اعضاء|عضو\w*))"
)


def _founders_told(sentence: _Sentence, article: _Article) -> bool:
    """Whether the sentence, or the one after it, says the signatories became the
    organisation's founders or members."""
    following = article.sentences[sentence.index + 1 : sentence.index + 2]
    end = following[0].end if following else sentence.end
    return bool(_FOUNDERS_RE.search(article.norm, sentence.start, end))


_INSTRUMENTS = frozenset(
    {
        AgreementKind.TREATY.value,
        AgreementKind.CONVENTION.value,
        AgreementKind.PROTOCOL.value,
    }
)


# What names a treaty's area rather than the treaty: "Schengen area", "espace Schengen",
# "шенгенское пространство", "منطقة شنغن".
_AREA_RE = re.compile(r"\b(?:area|zone|espace|zona|espacio|зон\w*|пространств\w*|منطقه|فضاء)\b")


def _area_named(sentence: _Sentence, agreement: str, article: _Article) -> bool:
    """Whether the sentence names the agreement by its area."""
    return any(
        m.kind == AGREEMENT and m.key == agreement and _AREA_RE.search(article.norm, m.start, m.end)
        for m in sentence.mentions
    )


def _kind_for_agreement(
    kind: str,
    agreement_kind: str | None,
    *,
    joined_on_entry: bool = False,
    returned: bool = False,
    area: bool = False,
) -> str:
    """One accedes to a treaty, joins an organisation (by accession or by accepting its
    constitution), and signs up to an initiative."""
    if kind == EventKind.ACCEDED.value and joined_on_entry and area:
        # "присоединились к шенгенскому пространству": one joins a treaty's area when it
        # starts to apply (an accession to the agreement itself comes years before)
        return EventKind.JOINED.value
    if (
        kind == EventKind.JOINED.value
        and agreement_kind in _INSTRUMENTS
        and not joined_on_entry
        and not returned
    ):
        # "La Palestine a rejoint la convention", "انضمت إلى المعاهدة": one becomes party to a
        # treaty, convention or protocol by accession; but one joins a treaty's area ("انضمت
        # كرواتيا إلى منطقة شنغن"), and a return is recorded as a joining again
        return EventKind.ACCEDED.value
    if (
        kind in (EventKind.ACCEDED.value, EventKind.ACCEPTED_APPROVED.value)
        and agreement_kind == AgreementKind.ORGANISATION.value
    ):
        # "deposited its instrument of acceptance of UNESCO's Constitution": a member
        return EventKind.JOINED.value
    if (
        kind == EventKind.ANNOUNCED_JOINING.value
        and agreement_kind is not None
        and agreement_kind != AgreementKind.ACCORD.value
    ):
        # "Cuba annonce son adhésion au TNP": to a treaty or an organisation an announced joining
        # is an intention until the instrument is deposited or the members admit it; accords
        # are joined by saying so
        return EventKind.ANNOUNCED_INTENT.value
    if kind == EventKind.ACCEDED.value and agreement_kind == AgreementKind.ACCORD.value:
        # "присоединилось к «Соглашениям Авраама»": accords have no instrument of accession;
        # a state adhering to them joins them
        return EventKind.JOINED.value
    if (
        kind == EventKind.ENTERED_INTO_FORCE.value
        and agreement_kind == AgreementKind.ORGANISATION.value
    ):
        # "after its accession treaty entered into force": in force for a state, an
        # organisation's founding treaty makes it a member
        return EventKind.JOINED.value
    if (
        kind in (EventKind.JOINED.value, EventKind.ACCEDED.value)
        and agreement_kind == AgreementKind.INITIATIVE.value
    ):
        return EventKind.SIGNED.value  # one joins an initiative by signing its memorandum
    return kind


# "received the notice on 17 March 2018, and the exit became effective one year later": the
# stated day is not the day the exit took effect.
_LATER_RE = re.compile(
    r"\b(?:later|plus\s+tard|mas\s+tarde|despues|спустя|позже|позднее|لاحقا|بعدها)\b"
)


def _effective_withdrawal(
    sentence: _Sentence,
    raws: list[_Raw],
    quote: str,
    norm: str,
    key: str,
    published: datetime.date | None,
) -> list[_Raw]:
    """Withdrawals that take effect on the day a sentence states, for the states named before.

    "Under the statute, the withdrawal will take effect on June 2, 2026" names neither the state
    nor the treaty: they are those of the withdrawals the article has already reported. "The
    decision takes effect on 31 December" points back at a withdrawal of the same paragraph.
    """
    cats = {c.cat for c in sentence.cues}
    if not cats & {"COMPLETE", "EIF"}:
        return []
    effects = [c for c in sentence.cues if c.cat in ("COMPLETE", "EIF")]
    if any(
        c.cat in ("NEG", "CONSIDER", "NEG_FUT")
        and any(_clause_of(sentence, c.start) == _clause_of(sentence, e.start) for e in effects)
        for c in sentence.cues
    ):
        return []  # "will not take effect"; but "will not be immediate: it takes effect on..."
    same_paragraph = False
    if "WITHDRAW" not in cats:
        if not _decision_noun(key).search(norm[sentence.start : sentence.end]):
            return []
        same_paragraph = True
    withdrawing = {r.country for r in raws if r.kind in _WITHDRAWAL_KINDS and not r.background}
    if any(m.kind == COUNTRY and m.key not in withdrawing for m in sentence.mentions):
        return []  # another state is named: its own business ("the United States remains...")
    dated = [d.resolved for d in sentence.dates if d.resolved.precision != Precision.YEAR.value]
    if not dated:
        return []
    named = {m.key for m in sentence.mentions if m.kind == AGREEMENT}
    pairs = {
        (r.country, r.agreement): None
        for r in raws
        if r.kind in _WITHDRAWAL_KINDS
        and not r.background
        and not r.is_title
        and (not named or r.agreement in named)
        and (not same_paragraph or r.paragraph == sentence.paragraph)
    }
    last = max(d.end for d in sentence.dates if d.resolved.precision != Precision.YEAR.value)
    if _LATER_RE.search(norm, last, sentence.end):
        return []
    resolved = dated[-1]
    old = (
        published is not None
        and published - _period_end(resolved.date, resolved.precision) > _BACKGROUND_AGE
    )
    return [
        _Raw(
            country,
            agreement,
            EventKind.WITHDREW.value,
            resolved.date,
            resolved.precision,
            resolved.derivation,
            old,
            sentence.index,
            quote,
            0.55,
            False,
            sentence.paragraph,
        )
        for country, agreement in pairs
    ]


# steps taken by depositing an instrument
# "90 days after", "le trentième jour suivant", "90 días después de", "через 90 дней после",
# "بعد 90 يوما من": the term a treaty sets between an instrument and its effect
_DAYS_AFTER_RE = re.compile(
    r"\b(?:\d+|thirty|sixty|ninety)\s+days\s+(?:after|following)\b"
    r"|\b(?:\d+|trente|soixante|quatre-vingt-dix)\s+jours\s+(?:apres|suivant)\b"
    r"|\b(?:trentieme|soixantieme|quatre-vingt-dixieme)\s+jour\s+(?:apres|suivant)\b"
    r"|\b(?:\d+|treinta|sesenta|noventa)\s+dias\s+(?:despues|tras)\b"
    r"|через\s+(?:\d+|тридцать|шестьдесят|девяносто)\s+дн\w+\s+после"
    r"|بعد\s+(?:مرور\s+)?(?:\d+|ثلاثين|ستين|تسعين)\s+يوما"
)
_INSTRUMENT_CATS = frozenset({"RATIFY", "ACCEDE", "ACCEPT", "DEPOSIT", "DOCUMENT"})
_TERM_REACH = 40  # characters from "90 days after" to the instrument ("its instrument of ratif...")
_BY_INSTRUMENT = frozenset({"RATIFY", "ACCEDE", "ACCEPT"})


# A time counted back from the article's own ("hace poco más de un año", "two years ago", "il y a
# plus d'un an", "два года назад") that no date reads.
_AGO_RE = re.compile(
    r"\b(?:hace\s+(?:[\w-]+\s+){0,4}?(?:anos?|mes(?:es)?|semanas?|dias?|decadas?)"
    r"|(?:years?|months?|weeks?|days?|decades?)\s+ago"
    r"|il\s+y\s+a\s+(?:[\w'-]+\s+){0,4}?(?:ans?|annees?|mois|semaines?|jours?)"
    r"|(?:лет|год|года|месяц\w*|недел\w*|дн\w*)\s+назад)\b"
)


_AGO_REACH = 40  # characters from a step's verb to the time counted back that it takes


def _ago_after(trigger: _Cue, clause: _Clause, sentence: _Sentence, article: _Article) -> bool:
    """Whether the step is told by a time counted back, right after its verb, that no date
    reads and no date set beside it names ("which became a member two years ago, in July 2016"
    takes July 2016)."""
    ago = _AGO_RE.search(article.norm, trigger.end, min(clause.end, trigger.end + _AGO_REACH))
    return ago is not None and not any(0 <= d.start - ago.end() <= 8 for d in sentence.dates)


def _announced_in(clause: _Clause, sentence: _Sentence) -> bool:
    """Whether a clause holds the verb of an announcement ("anunció en septiembre de 1997")."""
    return any(c.cat == "ANNOUNCE" and clause.start <= c.start < clause.end for c in sentence.cues)


# A time put off and not told: "later", "at a later date", "más adelante", "plus tard",
# "ultérieurement", "позже", "позднее", "في وقت لاحق", "لاحقا"
_LATER_ON_RE = re.compile(
    r"\b(?:later(?!\s+(?:that|this|the\s+same)\b)|at\s+a\s+later\s+(?:date|stage)|mas\s+adelante"
    r"|plus\s+tard|ulterieurement|позже|позднее)\b|(?<!\w)(?:في\s+وقت\s+لاحق|لاحقا)(?!\w)"
)


# A decade: "the 1990s", "les années 1990", "los años noventa", "в 1990-х", "في التسعينيات"
_DECADE_RE = re.compile(
    r"\b\d{3}0(?:s|-?х|-?e|-?е)\b"
    r"|\b(?:annees|anos)\s+(?:\d{3}0|cincuenta|sesenta|setenta|ochenta|noventa)\b"
    r"|(?<!\w)(?:ال)?(?:عشر|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)(?:ينيات|ينات)(?!\w)"
)


def _date_for(
    trigger: _Cue,
    sentence: _Sentence,
    ci: int,
    is_stance: bool,
    recalled: bool,
    article: _Article,
) -> tuple[object | None, bool]:
    """The date of a claim and whether it came from the text (True) or is a fallback."""

    def distance(span: DateSpan) -> int:
        return min(abs(span.start - trigger.end), abs(trigger.start - span.end))

    clause = sentence.clauses[ci]
    own = [d for d in sentence.dates if clause.start <= d.start < clause.end]
    if own:
        paired = _paired_date(trigger, clause, own, sentence)
        return (paired or min(own, key=distance)).resolved, True
    if is_stance and not sentence.is_title:
        # A stance is current: it is dated by the statement that made it ("said on Tuesday
        # that..."), never by a year recalled elsewhere in the sentence.
        said = [
            d
            for d in sentence.dates
            if not (where := sentence.clauses[_clause_of(sentence, d.start)]).relative
            and (
                d.resolved.derivation == Derivation.RELATIVE.value
                # "Estados Unidos anunció en septiembre de 1997, durante la conferencia de
                # Oslo, que no firmaría": the date of the announcing verb's own clause
                or _announced_in(where, sentence)
            )
        ]
        if said:
            return min(said, key=distance).resolved, True
    if is_stance or sentence.is_title:
        return None, False  # a headline is dated by its publication
    others = []
    for d in sentence.dates:
        other = sentence.clauses[_clause_of(sentence, d.start)]
        if other.relative and not other.occasion and not recalled:
            continue  # "the accords, which were launched in 2020": not this event's date
        if trigger.cat != "SIGN" and any(
            other.start <= c.start < other.end and _opened_for_signature(c, article.toks)
            for c in sentence.cues
        ):
            # "premier État à ratifier la convention d'Istanbul, la ville où elle avait été
            # ouverte à la signature le 11 mai dernier": the treaty's day, not the step's
            continue
        others.append(d)
    # "девять государств, вступивших в Евросоюз в 2004 году, стали участниками": a date in a
    # clause with a step of its own dates that step
    free = [
        d
        for d in others
        if not _steps_in(sentence.clauses[_clause_of(sentence, d.start)], sentence, trigger)
    ]
    if trigger.cat in _BY_INSTRUMENT:
        # "has ratified the pact, the government said on Saturday, after depositing its
        # instrument with New Zealand on Friday": the deposit's day is the step's
        deposit = next(
            (c for c in sentence.cues if c.cat == "DEPOSIT" and c.start > trigger.end), None
        )
        deposit_day = deposit and next(
            (
                d
                for d in others
                if d.start > deposit.end and d.resolved.precision == Precision.DAY.value
            ),
            None,
        )
        if deposit_day:
            return deposit_day.resolved, True
        # "a déposé lundi auprès du secrétaire général, dépositaire du traité, son instrument
        # de ratification [...], a fait savoir mardi le ministère": the day of the deposit
        # that hands over the instrument, not of the statement
        for deposit in reversed(sentence.cues):
            if deposit.cat != "DEPOSIT" or deposit.end > trigger.start:
                continue
            where = _clause_of(sentence, deposit.start)
            if _steps_in(sentence.clauses[where], sentence, trigger):
                continue
            handed = [
                d
                for d in others
                if _clause_of(sentence, d.start) == where
                and d.resolved.precision == Precision.DAY.value
            ]
            if handed:
                return min(handed, key=lambda d: abs(d.start - deposit.end)).resolved, True
    if (
        clause.relative
        and not free
        # (not "وهو اليوم نفسه الذي صادق فيه", "the day on which": a day told before)
        and not _DAY_HEAD_RE.search(
            article.norm, max(sentence.start, clause.start - 20), clause.start
        )
    ):
        # "الأردن الذي كان أول دولة عربية تصادق عليه، وأفغانستان التي انضمت إليه عام 2003": a
        # relative clause's step takes a day only from the clause it hangs on ("подписал в
        # среду меморандум, который выводит США"), not from another step's
        others = [d for d in others if _clause_of(sentence, d.start) == ci - 1]
    if free or others:
        return min(free or others, key=distance).resolved, True
    if recalled or _LATER_ON_RE.search(article.norm, trigger.end, sentence.end):
        # "Greece hopes to join later": a step put off to a time not told, not the day of the
        # sentence before
        return None, False
    for previous in reversed(article.sentences[: sentence.index]):
        if previous.is_title:
            break
        article.analyse(previous, True)
        # "... when ten countries deposited their ratifications on Thursday. ¶ Bosnia,
        # Bulgaria ... handed over their instruments, lifting the ratifications to 66": the
        # paragraph before may end by telling the same step
        across = previous.paragraph != sentence.paragraph
        if across and (
            previous.paragraph != sentence.paragraph - 1
            or not any(c.cat == trigger.cat for c in previous.cues)
        ):
            break
        usable = [
            d
            for d in previous.dates
            if d.resolved.precision != Precision.YEAR.value
            and not previous.clauses[_clause_of(previous, d.start)].relative
        ]
        if usable:
            return usable[-1].resolved, True
        if across:
            break
    return None, False


# An admission that is not yet in effect: "ne sera effective que lorsque", "pour que
# l'admission devienne effective", "will only take effect once", "no será efectiva hasta que",
# "вступит в силу только после", "لن تصبح نافذة إلا بعد"
_EFFECTIVE_ONLY_RE = re.compile(
    r"\b(?:ne\s+(?:sera|deviendra)\s+(?:\w+\s+)?effective\s+qu"
    r"|pour\s+que\s+(?:l'admission|l'adhesion|cette\s+admission)\s+(?:\w+\s+)?devienne\s+effective"
    r"|will\s+(?:only\s+(?:take\s+effect|become\s+effective)|(?:take\s+effect|become\s+effective)"
    r"\s+only)\s+(?:when|once|after)"
    r"|no\s+sera\s+efectiva\s+hasta\s+que|solo\s+sera\s+efectiva\s+(?:cuando|una\s+vez)"
    r"|вступит\s+в\s+силу\s+только\s+после)"
    r"|(?<!\w)لن\s+(?:تصبح|يصبح)\s+(?:\w+\s+)?(?:نافذ|ساري|فعلي)\w*\s+الا(?!\w)"
    # "is expected to complete its own formalities within a few days": its part still to come
    r"|\b(?:expected\s+to|has\s+yet\s+to|have\s+yet\s+to|must\s+(?:still\s+)?|still\s+(?:has|have"
    r"|needs?)\s+to|will)\s+complete\s+(?:its|their|the)\s+(?:own\s+)?(?:formalities|procedures)"
    r"|\b(?:doi(?:t|vent)|devra|devront)\s+(?:encore\s+)?(?:accomplir|remplir|achever|terminer)"
    r"\s+(?:ses|leurs|les)\s+(?:propres\s+)?formalites"
    r"|\b(?:debe|deben|debera|deberan|tiene\s+que|tienen\s+que)\s+(?:aun\s+|todavia\s+)?"
    r"(?:completar|cumplir|concluir)\s+(?:sus|los|las)\s+(?:propi[oa]s\s+)?(?:tramites|formalidades)"
    r"|(?:должн\w*|предстоит)\s+(?:ещ[её]\s+)?(?:завершить|выполнить)\s+(?:\w+\s+)?формальност"
    r"|(?:يتعين|ينتظر|يفترض|يتوقع|المنتظر|المتوقع)\s+(?:\w+\s+){0,3}?(?:ان\s+)?(?:ت|ي)?(?:استكمال"
    r"|ستكمل|كمل)\s+(?:ال)?اجراءات"
)
_EFFECTIVE_REACH = 4  # sentences after an admission that may say it is not yet in effect


def _effective_only_later(sentence: _Sentence, article: _Article) -> bool:
    """Whether the admission's sentence, or one of the next, says it takes effect only when
    something else is done."""
    following = article.sentences[sentence.index : sentence.index + _EFFECTIVE_REACH + 1]
    return any(
        _EFFECTIVE_ONLY_RE.search(article.norm, other.start, other.end) for other in following
    )


_UNNAMED_RELATIVE_CONFIDENCE = 0.45
# "Israel signed on Wednesday.": a bare step of a few words, told a few sentences after the
# same step of another state
_BARE_STEP_WORDS = 8
_BARE_STEP_REACH = 4
_SAME_STEP_GAP = 2  # tokens from a step word to the next that tells the same step ("suspended its
# membership")


def _paired_date(
    trigger: _Cue, clause: _Clause, own: list[DateSpan], sentence: _Sentence
) -> DateSpan | None:
    """In a clause that tells as many steps as dates, in turn ("signed it in April 2016 and
    ratified it in September 2016", "в апреле подписала, а в сентябре ратифицировала"), the
    date of the step in the same place."""
    steps = sorted(
        (c for c in sentence.cues if c.cat in ACTIONS and clause.start <= c.start < clause.end),
        key=lambda c: c.start,
    )
    if trigger not in steps:
        return None
    # "suspended its membership of OPEC in December 1992 and returned to it in October 2007":
    # a step word right after another, with no date between, tells the same step
    groups: list[list[_Cue]] = []
    for c in steps:
        if (
            groups
            and 0 < c.first - groups[-1][-1].last <= _SAME_STEP_GAP
            and not any(groups[-1][-1].end <= d.start < c.start for d in own)
        ):
            groups[-1].append(c)
        else:
            groups.append([c])
    if len(groups) < 2 or len(groups) != len(own):
        return None
    told = sorted([(g[0].start, "step") for g in groups] + [(d.start, "date") for d in own])
    order = [what for _, what in told]
    if any(a == b for a, b in pairwise(order)):
        return None
    index = next(i for i, g in enumerate(groups) if trigger in g)
    return sorted(own, key=lambda d: d.start)[index]


def _steps_in(clause: _Clause, sentence: _Sentence, trigger: _Cue) -> bool:
    """Whether a clause tells a step other than ``trigger``."""
    return any(
        c.cat in ACTIONS and c is not trigger and clause.start <= c.start < clause.end
        for c in sentence.cues
    )


_LEAD_SENTENCES = 3
_FRAGMENT_TOKENS = 3  # a sentence of four tokens or more counts in the lead


# A relative clause's head that is a day: "the same day that", "le jour où", "اليوم الذي"
_DAY_HEAD_RE = re.compile(
    r"(?:\bday|\bjour|\bdia|\bдень|\bдня|اليوم|يوم)(?:\s+(?:نفسه|ذاته|meme|mismo))?\W*$"
)
_COMPLETION_REACH = 4  # tokens from "completed" to the step it completes
_SAME_DAY_REACH = 40  # characters between a step and "the same day" that dates it
# What stands between "the same day" and the day given with it: "the same day, on 3 December"
_APPOSED_DAY_GAP_RE = re.compile(r"[\s,،:(—–-]{0,3}(?:(?:on|le|el|du|del)\s+)?")
_SAME_MONTH_RE = re.compile(
    r"(?:the\s+same\s+month|that\s+same\s+month|le\s+meme\s+mois|ce\s+meme\s+mois"
    r"|el\s+mismo\s+mes|ese\s+mismo\s+mes|в\s+том\s+же\s+месяце|в\s+этом\s+же\s+месяце"
    r"|(?:في|خلال)\s+(?:الشهر)\s+(?:ذاته|نفسه)|في\s+نفس\s+الشهر)"
)
# (not "في الشهر نفسه الذي وقع فيه المغرب", "the same month in which": another's month)
_ANOTHERS_MONTH_RE = re.compile(
    r"\s+(?:الذي|التي|in\s+which|when|as|ou|que|en\s+que|когда|что|в\s+котором)\b"
)
_SAME_DAY_RE = re.compile(
    r"(?:the\s+same\s+day|that\s+same\s+day|le\s+meme\s+jour|ce\s+meme\s+jour"
    r"|el\s+mismo\s+dia|ese\s+mismo\s+dia|в\s+тот\s+же\s+день|в\s+этот\s+же\s+день"
    r"|(?:في\s+)?(?:اليوم|النهار)\s+(?:ذاته|نفسه)|في\s+نفس\s+اليوم"
    # "in the same ceremony": the day of the ceremony just told
    r"|(?:at|in|during)\s+the\s+same\s+(?:ceremony|event)|lors\s+de\s+la\s+meme\s+ceremonie"
    r"|en\s+(?:el\s+mismo\s+acto|la\s+misma\s+ceremonia)|на\s+той\s+же\s+церемонии"
    r"|(?:في|خلال)\s+(?:الحفل|المراسم)\s+(?:ذاته|ذاتها|نفسه|نفسها))"
)


# "В числе первых в тот день подписал конвенцию Советский Союз": the day just told
_THAT_DAY_RE = re.compile(
    r"\b(?:that\s+day|ce\s+jour-la|(?:ese|aquel)\s+dia|в\s+тот\s+день|في\s+ذلك\s+اليوم)\b"
)


def _days_told(sentence: _Sentence, article: _Article) -> list[DateSpan]:
    """The days a sentence gives for what it reports: day precision, not after publication,
    not in a relative clause about something else (datelines are already left out)."""
    article.analyse(sentence, True)
    return [
        span
        for span in sentence.dates
        if span.resolved.precision == Precision.DAY.value
        and (article.published is None or span.resolved.date <= article.published)
        and not sentence.clauses[_clause_of(sentence, span.start)].relative
    ]


def _previous_day(
    sentence: _Sentence, article: _Article, before: int | None = None
) -> ResolvedDate | None:
    """The last day told before a sentence, within its paragraph or the two before (or, given
    ``before``, the last date the sentence tells before that place, if it tells one)."""
    told = [d for d in sentence.dates if before is not None and d.end <= before]
    if told:
        return told[-1].resolved
    for previous in reversed(article.sentences[: sentence.index]):
        if previous.is_title or previous.paragraph < sentence.paragraph - 2:
            break
        days = _days_told(previous, article)
        if days:
            return days[-1].resolved
    return None


_DEPOSIT_REACH = 3  # sentences back to the deposit first told


def _deposit_day(sentence: _Sentence, article: _Article) -> ResolvedDate | None:
    """The day of a deposit told in the sentences just before, in this paragraph or the one
    before it."""
    for previous in reversed(
        article.sentences[max(0, sentence.index - _DEPOSIT_REACH) : sentence.index]
    ):
        if previous.is_title or previous.paragraph < sentence.paragraph - 1:
            break
        article.analyse(previous, True)
        if not any(c.cat == "DEPOSIT" for c in previous.cues):
            continue
        days = _days_told(previous, article)
        if days:
            return days[-1].resolved
    return None


_FOLLOWING_SENTENCES = 2
_NEWS_AGE = datetime.timedelta(days=14)


def _following_date(
    sentence: _Sentence, subjects: list[str], article: _Article, kind: str | None = None
) -> ResolvedDate | None:
    """The day of an undated step in one of the first sentences of an article, as the next
    sentences about the same state tell it ("on Monday", "le même jour"), or as the very next
    sentence tells the same step without naming any state ("Albania and Croatia are now
    members. Their instruments of accession were handed over on Wednesday")."""
    body = article.body
    if article.published is None or sentence not in article.lead:
        return None
    wanted = set(subjects)
    following = [s for s in body if s.index > sentence.index][:_FOLLOWING_SENTENCES]
    for position, other in enumerate(following):
        retold = False
        if position == 0 and other is _attribution_after(sentence, article):
            # "Brasil no se adherirá a la Iniciativa. Así lo afirmó este lunes Celso Amorim":
            # the sentence that says who said it and when
            for span in _days_told(other, article):
                if article.published - span.resolved.date <= _NEWS_AGE:
                    return span.resolved
            continue
        # (with its dates: a state named after the day is no other actor)
        article.analyse(other, True)
        # "The sultanate notified New Zealand ... on Saturday": the article's state, opening
        # the sentence as "the country", "the kingdom", "the sultanate"
        self_named = (
            article.focus in wanted or (article.focus is None and len(wanted) == 1)
        ) and any(c.cat == "SELF" and c.start - other.start <= 2 for c in other.cues)
        if (
            not self_named
            and not any(m.kind == COUNTRY and m.key in wanted for m in other.mentions)
            and not (
                position == 0
                and other.paragraph == sentence.paragraph
                and (
                    retold := _retells(other, kind, article) or _ceremony_told(other, kind, article)
                )
                # "вчера, в понедельник, передал в Белом доме президенту США": a state named after
                # the day, or for an official's title, is no other actor, nor the government a
                # deposit is made with ("ante el Gobierno británico")
                and not any(
                    m.kind == COUNTRY
                    and not _an_official_s(m, other, article)
                    and not any(d.start < m.start for d in other.dates)
                    and not (
                        m.demonym and _DEPOSITED_WITH_RE.search(article.norm, other.start, m.start)
                    )
                    for m in other.mentions
                )
            )
        ):
            continue
        for span in _days_told(other, article):
            if article.published - span.resolved.date <= _NEWS_AGE:
                return span.resolved
        if retold and position == 0:
            # "El instrumento [...] quedó depositado en Londres a finales de enero" in a paper of
            # 2 February: the step retold next, in the month before the paper or its own
            for span in other.dates:
                month = span.resolved
                if (
                    month.precision == Precision.MONTH.value
                    and 0
                    <= (
                        (article.published.year - month.date.year) * 12
                        + article.published.month
                        - month.date.month
                    )
                    <= 1
                ):
                    return month
    return None


# the government a deposit is made with: "ante el Gobierno británico", "auprès du gouvernement
# britannique", "with the British government"
_DEPOSITED_WITH_RE = re.compile(
    r"\b(?:ante\s+el\s+gobierno|aupres\s+du\s+gouvernement|(?:deposited|lodged)\s+with\s+the)"
    r"\s*$"
)


# A sentence that says who told the one before, and when: "Así lo afirmó este lunes", "C'est ce
# qu'a déclaré lundi", "Об этом в понедельник заявил", "جاء ذلك في تصريح يوم الاثنين", "That was
# the message from ... on Monday".
_ATTRIBUTION_RE = re.compile(
    r"\W*(?:asi\s+lo\s+\w+|(?:c'est\s+)?ce\s+qu\W*(?:a|ont)\s+\w+|ainsi\s+l\W*(?:a|ont)\s+\w+"
    r"|об\s+этом|как\s+(?:заявил|сообщил|рассказал)\w*|[وف]?جاء\s+ذلك|[وف]?ذلك\s+ما"
    r"|(?:that|this)\s+was\s+the\s+(?:message|word|verdict)|so\s+said"
    # "Le Conseil fédéral l'a décidé mercredi", "El Gobierno lo decidió el lunes", "Такое
    # решение правительство приняло в среду", "The cabinet made the decision on Wednesday",
    # "واتخذت الحكومة هذا القرار": who decided what the sentence before says
    r"|(?:[\w-]+\s+){1,4}?l\W*(?:a|ont)\s+decide|(?:[\w-]+\s+){1,4}?lo\s+decidi(?:o|eron)"
    r"|(?:такое\s+|это\s+)?решение\s+(?:\w+\s+){0,3}?принял\w*"
    r"|(?:\w+\s+){1,4}?(?:made|took)\s+(?:the|that|this)\s+decision"
    r"|[وف]?اتخذ\w*\s+(?:\w+\s+){0,3}?(?:هذا\s+)?القرار)\b"
)


def _attribution_after(sentence: _Sentence, article: _Article) -> _Sentence | None:
    """The next sentence of the paragraph, if it says who told this one and when: "Así lo
    afirmó este lunes Celso Amorim", "Об этом в четверг объявил президент США"."""
    if sentence.index + 1 >= len(article.sentences):
        return None
    following = article.sentences[sentence.index + 1]
    if (
        following.is_title
        or following.paragraph != sentence.paragraph
        or not _ATTRIBUTION_RE.match(article.norm, following.start)
    ):
        return None
    return following


def _announced_next(sentence: _Sentence, article: _Article) -> bool:
    """Whether the next sentence says who announced this one: "Об этом в четверг объявил"."""
    following = _attribution_after(sentence, article)
    if following is None:
        return False
    article.analyse(following)
    return any(c.cat == "ANNOUNCE" for c in following.cues)


def _retells(sentence: _Sentence, kind: str | None, article: _Article) -> bool:
    """Whether a sentence has a cue that tells a step of this kind again."""
    cats = _RETOLD_BY.get(kind or "")
    if not cats:
        return False
    if kind == EventKind.ANNOUNCED_INTENT.value and _LETTER_OPENING_RE.match(
        article.norm, sentence.start
    ):
        return True  # "Документ в понедельник передал ...": the application just told
    article.analyse(sentence)
    return any(c.cat in cats for c in sentence.cues)


def _an_official_s(m: Mention, sentence: _Sentence, article: _Article) -> bool:
    """Whether a state is named as whose official someone is ("президенту США", "the US
    president")."""
    article.analyse(sentence)
    return any(c.cat == "TITLE" and _titled(c, m, article.toks) for c in sentence.cues)


# "The ceremony took place on Thursday", "La cérémonie a eu lieu jeudi", "Церемония
# состоялась в четверг", "وأقيم الحفل": the occasion of a deposit or a signature, told first.
_CEREMONY_RE = re.compile(
    r"\W*(?:the\s+|la\s+|le\s+|el\s+|[وف]?(?:اقيم\w*|جرت|جري)\s+)?"
    r"(?:ceremony|ceremonie|ceremonia|церемони\w*|(?:ال)?(?:حفل|مراسم))\b"
)
_CEREMONY_KINDS = frozenset(
    {
        EventKind.SIGNED.value,
        EventKind.RATIFIED.value,
        EventKind.ACCEDED.value,
        EventKind.ACCEPTED_APPROVED.value,
        EventKind.JOINED.value,
    }
)


def _ceremony_told(sentence: _Sentence, kind: str | None, article: _Article) -> bool:
    """Whether a sentence opens on the ceremony of a step of this kind just told."""
    return kind in _CEREMONY_KINDS and bool(_CEREMONY_RE.match(article.norm, sentence.start))


# The cues that tell the same step again, by kind: "the notification was deposited on
# Monday", "the request was made in a letter sent on May 15", "ووقع الاتفاقيات ... الخميس".
_RETOLD_BY = {
    EventKind.WITHDRAWAL_NOTIFIED.value: {"NOTIFY"},
    EventKind.ANNOUNCED_INTENT.value: {"INTENT", "ANNOUNCE"},
    EventKind.WITHDRAWAL_ANNOUNCED.value: {"WITHDRAW", "ANNOUNCE"},
    EventKind.SIGNED.value: {"SIGN"},
    EventKind.RATIFIED.value: {"RATIFY"},
    EventKind.ACCEPTED_APPROVED.value: {"ACCEPT"},
    EventKind.ACCEDED.value: {"JOIN", "ACCEDE"},
    EventKind.JOINED.value: {"JOIN", "ACCEDE", "ACCEPT", "DEPOSIT"},
    # "le Pakistan s'est dit prêt à rejoindre le TICE, mais à ses conditions. Le Premier
    # ministre a déclaré mercredi [...] à condition que"
    StanceKind.CONDITIONS.value: {"CONDITION"},
}
_RETOLD_REACH = 3
# A sentence that opens on the letter of an application just told: "The letter was handed
# over on Monday", "La demande a été remise lundi", "Документ в понедельник передал".
_LETTER_OPENING_RE = re.compile(
    r"\W*(?:(?:the|this|la|le|cette|ce|el|la|esta|este)\s+)?(?:letter|application|request"
    r"|document|lettre|demande|candidature|solicitud|carta|documento|документ|заявк[уа]|письмо"
    r"|[وف]?(?:ال)?(?:طلب|رساله|وثيقه))\b"
)


_PLUPERFECT_RE = re.compile(r"\b(?:avait|avaient|habia|habian|had|كان|كانت)\b")


def _returns_after_exits(raws: list[_Raw]) -> None:
    """A return told of a state the article says left the body, and never says was suspended
    from it ("Les États-Unis ont réintégré l'Unesco" after their exit of 2018), is a joining
    again, as the record has it; a return after a suspension stays a reinstatement."""
    left = {(r.country, r.agreement) for r in raws if r.kind in _WITHDRAWAL_KINDS}
    suspended = {(r.country, r.agreement) for r in raws if r.kind == EventKind.SUSPENDED.value}
    for index, raw in enumerate(raws):
        key = (raw.country, raw.agreement)
        if raw.kind == EventKind.REINSTATED.value and key in left and key not in suspended:
            raws[index] = replace(raw, kind=EventKind.JOINED.value)


# (not "Постоянные представители двух стран", the two states of the step itself)
_MANY_STATES = 10
# "more than 150 governments", "les 120 gouvernements": states counted by their governments
_GOVERNMENTS_COUNTED_RE = re.compile(
    r"\b\d+\s+(?:governments|gouvernements|gobiernos|правительств\w*)\b|[وف]?\d+\s+حكومات"
)


def _redate_from_followers(raws: list[_Raw], article: _Article) -> None:
    """A lead dated by when its news was told ("the government said on Thursday") takes the
    earlier day on which the next sentences say the step itself was taken."""
    if article.published is None:
        return
    body = article.body
    lead = {s.index for s in article.lead}
    for raw in raws:
        families = _RETOLD_BY.get(raw.kind)
        if (
            families is None
            or raw.background
            or raw.grouped  # dated by the group's step
            or raw.sentence not in lead
            or raw.date is None
            or raw.precision != Precision.DAY.value
        ):
            continue
        following = [s for s in body if s.index > raw.sentence][:_RETOLD_REACH]
        for other in following:
            article.analyse(other, True)
            roles = _roles_of(other, article.toks)
            if any(
                m.kind == COUNTRY
                and m.key != raw.country
                and roles.get(m) is None
                and not _speaks(m, other, article.toks)
                for m in other.mentions
            ):
                continue  # another state's business
            told = {
                _clause_of(other, c.start)
                for c in other.cues
                if c.cat in families
                # "одобрила закон о ратификации 31 октября": a parliament passing the law, not
                # the step told again
                and not any(d.cat == "DOCUMENT" and 0 < c.first - d.last <= 2 for d in other.cues)
                # "Most of the more than 150 governments at the summit have signed it since it
                # was opened on June 4": a count of states took it, on days of their own
                and not any(
                    (count := _count_of(match.group())) is None or count >= _MANY_STATES
                    for counted in (_COUNTED_RE, _GOVERNMENTS_COUNTED_RE)
                    if (
                        match := counted.search(
                            article.norm, other.clauses[_clause_of(other, c.start)].start, c.start
                        )
                    )
                )
            }
            if raw.kind == EventKind.WITHDRAWAL_ANNOUNCED.value and _opens_on_decision(
                other, article
            ):
                # "Angola announced its exit. The decision was taken on Thursday..."
                told.add(_clause_of(other, other.start))
            days = [
                d.resolved
                for d in _days_told(other, article)
                if _clause_of(other, d.start) in told
                and d.resolved.date < raw.date
                and raw.date - d.resolved.date <= _NEWS_AGE
                and not _another_state_s_day(d.start, other, roles, raw.country)
            ]
            if days:
                day = days[0]
                raw.date, raw.precision, raw.derivation = day.date, day.precision, day.derivation
                break


# legislatures, whose votes are steps at home and not the state's act abroad
_LEGISLATURE_RE = re.compile(
    r"(?:duma|parliaments?|parlements?|parlamentos?|congress|congres|congreso|senate|senat|senado"
    r"|sejm|rada|knesset|bundestag|госдума|дума|думы|парламент\w*|се[йи]м\w*|сенат\w*|рада"
    r"|assembly|assemblee|asamblea|собрани\w*"
    r"|البرلمان|النواب|الشوري|[وف]?(?:ال)?برلمانات)$"
)


def _legislature_acts(
    subjects: list[str], trigger: _Cue, sentence: _Sentence, toks: list[Token]
) -> bool:
    """Whether every state said to act is named, before the step, only for its parliament:
    "the Czech Senate", "Сейм Латвии", "البرلمان اللبناني"."""
    named = [
        m
        for m in sentence.mentions
        if m.kind == COUNTRY and m.key in subjects and m.last < trigger.first
    ]
    return bool(named) and all(
        (m.last + 1 < len(toks) and _LEGISLATURE_RE.match(toks[m.last + 1].text))
        or (m.first > 0 and _LEGISLATURE_RE.match(toks[m.first - 1].text))
        for m in named
    )


_DEPOSIT_AHEAD_SENTENCES = 2


def _vote_before_deposit(raw: _Raw, article: _Article) -> bool:
    """Whether a ratification the news tells is a legislature's vote that the next sentences
    say is still to be followed by the deposit of the instrument: "Национальное собрание
    Армении ратифицировало Римский статут. [...] грамота будет передана на хранение" is a step
    at home; the state is a party only once it deposits."""
    if raw.kind != EventKind.RATIFIED.value or raw.background or raw.is_title:
        return False
    sentence = article.sentences[raw.sentence]
    toks = article.toks
    trigger = next((c for c in sentence.cues if c.cat == "RATIFY"), None)
    if trigger is None or not any(
        _LEGISLATURE_RE.match(toks[i].text) for i in range(sentence.first_token, trigger.first)
    ):
        return False
    for following in article.sentences[
        sentence.index + 1 : sentence.index + 1 + _DEPOSIT_AHEAD_SENTENCES
    ]:
        article.analyse(following)
        cats = {c.cat for c in following.cues}
        if "DEPOSIT" in cats and cats & {"FUTURE", "MUST"}:
            return True
    return False


_REFERENDUM_RE = re.compile(r"\b(?:referend\w*|референдум\w*|[وف]?(?:ب|في)?(?:ال)?استفتاء)\b")
_VOTED_RE = re.compile(r"\b(?:voted|vota|voto|a\s+vote|проголосовал\w*|صوت\w*)\b")


def _legislature_approves(
    earlier: list[_Cue], toks: list[Token], sentence: _Sentence | None = None
) -> bool:
    """Whether a legislature named just before it is what approved or voted ("La Duma
    Estatal aprobó", "the Senate voted")."""
    return any(
        c.cat == "AGREE"
        and (
            any(_LEGISLATURE_RE.match(toks[i].text) for i in range(max(0, c.first - 3), c.first))
            # "WASHINGTON — The Senate voted 80 to 19 late on Thursday to approve": the chamber
            # that opens the sentence, its vote and its count between
            or (
                sentence is not None
                and any(
                    _LEGISLATURE_RE.match(toks[i].text)
                    for i in range(sentence.first_token, min(c.first, sentence.first_token + 3))
                )
                and _VOTED_RE.search(
                    " ".join(toks[i].text for i in range(sentence.first_token, c.first))
                )
                is not None
            )
        )
        for c in earlier
    )


def _joined_after(announced: _Raw, joined: list[_Raw]) -> bool:
    """Whether the news tells the joining on a stated day after the announcement's period:
    "became the 156th member on Wednesday" after a step "in July"."""
    return any(
        not r.background
        and r.precision == Precision.DAY.value
        and r.derivation != Derivation.INFERRED.value
        and announced.date is not None
        and r.date is not None
        and r.date > _period_end(announced.date, announced.precision)
        for r in joined
    )


def _opens_on_decision(sentence: _Sentence, article: _Article) -> bool:
    """Whether a sentence opens on the decision just told ("The decision was taken...",
    "Решение было принято...")."""
    opening = article.norm[sentence.start : min(sentence.end, sentence.start + 24)]
    found = _decision_noun(article.key).search(opening)
    # at most an article or a verb before it: "The decision", "La décision", "وجاء القرار"
    return found is not None and len(opening[: found.start()].split()) <= 1


def _another_state_s_day(
    start: int, sentence: _Sentence, roles: dict[Mention, str | None], country: str
) -> bool:
    """Whether the acting state named last before a day is another one: "comes a week after
    South Korea added its name on May 24" dates South Korea's step, while "handed over to the
    US State Department on Wednesday" names only a depositary."""
    before = [
        m
        for m in sentence.mentions
        if m.kind == COUNTRY and m.end <= start and roles.get(m) in (None, "reference")
    ]
    return bool(before) and max(before, key=lambda m: m.end).key != country


def _date_in_turn(raws: list[_Raw], article: _Article) -> None:
    """An undated step taken "in turn" or "also" ("ووقّع الاتحاد السوفياتي بدوره على الاتفاقية",
    "la Russie l'a signé à son tour") is dated as the same step of the agreement told before."""
    for index, raw in enumerate(raws):
        sentence = article.sentences[raw.sentence]
        if (
            raw.background
            or raw.derivation != Derivation.INFERRED.value
            or sentence.dates  # "تصبح تيمور الشرقية بدورها العضو الـ166 ... يوم 30 آب"
            or not _ALSO_RE.search(article.norm, sentence.start, sentence.end)
        ):
            continue
        before = [
            r
            for r in raws[:index]
            if r.agreement == raw.agreement
            and r.kind == raw.kind
            and r.country != raw.country
            and r.sentence < raw.sentence
            and not r.background
            and r.derivation in (Derivation.STATED.value, Derivation.RELATIVE.value)
        ]
        if before:
            told = before[-1]
            raws[index] = replace(
                raw, date=told.date, precision=told.precision, derivation=told.derivation
            )


def _recalled_in_the_past(raws: list[_Raw], published: datetime.date | None) -> None:
    """A recalled step is behind the story: "La Lituanie avait déjà quitté la convention en
    mars" or "в марте она стала первой страной, вышедшей из Конвенции", published in December,
    left last March, not next, though a month alone is placed nearest publication."""
    if published is None:
        return
    for index, raw in enumerate(raws):
        if not raw.background or raw.date is None or raw.date <= published:
            continue
        resolved = ResolvedDate(raw.date, raw.precision, raw.derivation, "")
        if (earlier := _year_before(resolved, published)) is not None:
            raws[index] = replace(raw, date=earlier.date, derivation=earlier.derivation)


_YEAR_DIGITS_RE = re.compile(r"\d{4}")


def _yearless(resolved: ResolvedDate) -> bool:
    """A day named by its number and month without a year ("September 1", "20 كانون الأول"),
    whose year was guessed."""
    return (
        resolved.precision == Precision.DAY.value
        and any(ch.isdigit() for ch in resolved.phrase)
        and not _YEAR_DIGITS_RE.search(resolved.phrase)
    )


def _year_after(resolved: ResolvedDate) -> ResolvedDate | None:
    """A day or month named without a year, placed a year later."""
    try:
        value = resolved.date.replace(year=resolved.date.year + 1)
    except ValueError:
        return None
    return replace(resolved, date=value)


def _year_before(resolved: ResolvedDate, published: datetime.date) -> ResolvedDate | None:
    """A day or month named without a year that was placed ahead of publication, moved back a
    year."""
    if (
        resolved.derivation != Derivation.INFERRED.value
        or resolved.precision == Precision.YEAR.value
    ):
        return None
    try:
        value = resolved.date.replace(year=resolved.date.year - 1)
    except ValueError:
        return None
    if value > published:
        return None
    return ResolvedDate(value, resolved.precision, Derivation.RELATIVE.value, resolved.phrase)


def _undecided(kind: str) -> bool:
    return kind in _STANCES or kind in (
        EventKind.ANNOUNCED_INTENT.value,
        EventKind.ANNOUNCED_JOINING.value,
        EventKind.WITHDRAWAL_ANNOUNCED.value,
    )


_STATEMENT_OPENING = 6  # tokens that open a sentence telling what a statement said


def _statement_day(
    sentence: _Sentence, subjects: list[str], article: _Article
) -> ResolvedDate | None:
    """The day of an undated step told as what a statement said, when the sentence before
    names the state and tells the day it announced something."""
    opening = range(
        sentence.first_token,
        min(sentence.last_token + 1, sentence.first_token + _STATEMENT_OPENING),
    )
    if (
        article.published is None
        or sentence.index == 0
        or not any(_DECLARATION_RE.match(article.toks[i].text) for i in opening)
    ):
        return None
    before = article.sentences[sentence.index - 1]
    if before.is_title:
        return None
    article.analyse(before, True)
    if not any(c.cat == "ANNOUNCE" for c in before.cues) or not any(
        m.kind == COUNTRY and m.key in subjects for m in before.mentions
    ):
        return None
    for span in _days_told(before, article):
        if article.published - span.resolved.date <= _NEWS_AGE:
            return span.resolved
    return None


def _lead_date(subjects: list[str], article: _Article) -> ResolvedDate | None:
    """The day a headline's news happened, as the lead tells it.

    A headline states no date ("Gabon and Togo join the Commonwealth"); the first body sentence
    that names one of its states usually does ("were admitted on Friday"). Only a day that is
    not in a relative clause, not after publication, and not the dateline counts.
    """
    wanted = set(subjects)
    for sentence in article.lead:
        if not any(
            (m.kind == COUNTRY and m.key in wanted)
            # "The European Union signed the Council of Europe's convention on Tuesday": the
            # Union named as a body is still the party of the headline
            or (m.kind == AGREEMENT and _PARTIES.get(m.key) in wanted)
            for m in sentence.mentions
        ):
            continue
        days = _days_told(sentence, article)
        # the lead names the state but dates nothing: the publication date stands
        return days[0].resolved if days else None
    return None


# --------------------------------------------------------------------------- merging


def _keep(
    groups: dict[tuple[str, str, str], list[_Raw]], key: tuple[str, str, str], kept: list[_Raw]
) -> None:
    """Leave ``kept`` as the claims of ``key``, or drop the key when none is left."""
    if kept:
        groups[key] = kept
    else:
        del groups[key]


def _dating(raws: list[_Raw]) -> tuple[int, int]:
    """How well the best dated of ``raws`` is dated: derivation, then precision."""
    return max((_DERIVATION_RANK[r.derivation], _PRECISION_RANK[r.precision]) for r in raws)


def _dated_apart(raw: _Raw, others: list[_Raw]) -> bool:
    """Whether a claim has a day of its own, told in its text, that no claim of ``others``
    has."""
    return (
        raw.derivation in (Derivation.STATED.value, Derivation.RELATIVE.value)
        and raw.precision == Precision.DAY.value
        and all(raw.date != other.date for other in others)
    )


def _named_in_body(sentences: list[_Sentence], telling: Callable[[_Sentence], bool]) -> set[str]:
    """The agreements named in the body's sentences that tell something (``telling``)."""
    return {
        m.key
        for sentence in sentences
        if not sentence.is_title and telling(sentence)
        for m in sentence.mentions
        if m.kind == AGREEMENT
    }


def _merge(
    raws: list[_Raw],
    partnered: frozenset[str] | set[str] = frozenset(),
    stayed: frozenset[str] | set[str] = frozenset(),
) -> list[Candidate]:
    # "El país se convierte en el cuarto Estado árabe que se suma al marco", with no day of its
    # own, above "Sudán firmó ayer la declaración": the rank restates the step the article tells
    stepped: dict[tuple[str, str], set[datetime.date | None]] = {}
    for r in raws:
        if not r.background and not r.ranked:
            if r.kind in _CEREMONY_KINDS:
                stepped.setdefault((r.country, r.agreement), set()).add(None)
            elif r.kind == EventKind.ENTERED_INTO_FORCE.value:
                # (an entry into force on a later day than the rank's is no restatement of it:
                # "se convirtió en el Estado número 124 en adherirse" over "entrará en vigor
                # para El Salvador el 1 de junio")
                stepped.setdefault((r.country, r.agreement), set()).add(r.date)

    def restated(r: _Raw) -> bool:
        days = stepped.get((r.country, r.agreement))
        if not days:
            return False
        return r.date is None or any(d is None or d <= r.date for d in days)

    raws = [r for r in raws if not (r.ranked and not r.background and restated(r))]
    groups: dict[tuple[str, str, str], list[_Raw]] = {}
    for raw in raws:
        groups.setdefault((raw.country, raw.agreement, raw.kind), []).append(raw)

    pairs_in_body = {(r.country, r.agreement) for r in raws if not r.is_title and not r.background}
    for key in list(groups):
        news = [r for r in groups[key] if not r.background]
        if news and all(r.is_title for r in news) and key[:2] in pairs_in_body:
            # headlines over-claim: the body's account of the news wins (what the body recalls
            # under the same kind stays)
            kept = [r for r in groups[key] if r.background]
            _keep(groups, key, kept)
        elif (
            all(r.is_title for r in groups[key])
            and key[1] in partnered
            and key[2] in (EventKind.JOINED.value, EventKind.ACCEDED.value)
        ):
            del groups[key]  # the body says partner or observer status, not membership
        elif (
            all(r.is_title for r in groups[key])
            and key[1] in stayed
            and key[2] in (EventKind.JOINED.value, EventKind.REINSTATED.value)
        ):
            del groups[key]  # "rejoins" where the body says the state never left

    # "إندونيسيا تغادر «أوبك»" over "قرّرت إندونيسيا أمس تعليق عضويتها", and an analyst's
    # "خروج إندونيسيا" the next day: where the body dates a suspension, a leaving told by the
    # headline, undated, or less firmly in the week after it is its shorthand
    for country, agreement, kind in list(groups):
        if kind != EventKind.WITHDREW.value:
            continue
        suspended = [
            (r.date, r.confidence)
            for r in groups.get((country, agreement, EventKind.SUSPENDED.value), [])
            if not r.background
            and not r.is_title
            and r.date is not None
            and r.derivation in (Derivation.STATED.value, Derivation.RELATIVE.value)
        ]
        if suspended:
            kept = [
                r
                for r in groups[(country, agreement, kind)]
                if r.background
                or (
                    not r.is_title
                    and r.derivation != Derivation.INFERRED.value
                    and r.date is not None
                    # (a leaving told more firmly than the suspension stays: "La Grèce a
                    # quitté hier le Conseil de l'Europe")
                    and not any(
                        0 <= (r.date - day).days <= _WEEK.days and r.confidence < confidence
                        for day, confidence in suspended
                    )
                )
            ]
            _keep(groups, (country, agreement, kind), kept)

    # When the news says both that a state joined and that its joining was announced, the
    # announcement is what happened: the bare "joins" is the headline's shorthand.
    for country, agreement, kind in list(groups):
        announced = groups.get((country, agreement, EventKind.ANNOUNCED_JOINING.value), [])
        if kind in (EventKind.JOINED.value, EventKind.ACCEDED.value) and any(
            not r.background and not _joined_after(r, groups[(country, agreement, kind)])
            for r in announced
        ):
            kept = [r for r in groups[(country, agreement, kind)] if r.background]
            _keep(groups, (country, agreement, kind), kept)

    # "entered into force for the UK, making Britain the first country to join": the entry into
    # force is the event; a joining in the same sentence, or on the same day, restates it. So
    # does "completed its accession" beside the instrument it deposited: "завершила процедуру
    # присоединения: ... передал ратификационную грамоту" is a ratification.
    for country, agreement, kind in list(groups):
        if kind not in (EventKind.JOINED.value, EventKind.ACCEDED.value):
            continue
        in_force = groups.get((country, agreement, EventKind.ENTERED_INTO_FORCE.value), [])
        sentences_in_force = {r.sentence for r in in_force}
        days_in_force = {r.date for r in in_force if not r.background}
        instruments = [
            r
            for precise in (EventKind.RATIFIED.value, EventKind.ACCEPTED_APPROVED.value)
            for r in groups.get((country, agreement, precise), [])
            if not r.background
        ]
        # a joining on the date of an instrument, in the same sentence, or on its day anywhere
        # ("El país se convierte en Estado parte de la CPI" under "depositó ayer el instrumento
        # de ratificación"), is that instrument's step
        told_with = {(r.sentence, r.date) for r in instruments}
        instrument_days = {r.date for r in instruments if r.precision == Precision.DAY.value}
        kept = [
            r
            for r in groups[(country, agreement, kind)]
            # a joining dated on its own ("deposited its instrument on Tuesday; the statute
            # enters into force for Japan on 1 October") is a step of its own
            if (r.sentence not in sentences_in_force or _dated_apart(r, in_force))
            and (r.background or r.date not in days_in_force)
            and (
                r.background
                or ((r.sentence, r.date) not in told_with and r.date not in instrument_days)
            )
        ]
        _keep(groups, (country, agreement, kind), kept)

    # "Fiji returns to the Commonwealth" after its suspension: the return is a reinstatement
    for country, agreement, kind in list(groups):
        if kind != EventKind.JOINED.value:
            continue
        suspended = groups.get((country, agreement, EventKind.SUSPENDED.value), [])
        left = [
            r.date
            for r in groups.get((country, agreement, EventKind.WITHDREW.value), [])
            if r.date is not None
        ]
        # (and a recalled return after a recalled suspension: "suspended its membership in
        # December 1992 before returning in October", unless it left in between)
        returns = [
            r
            for r in groups[(country, agreement, kind)]
            if r.returned
            and (
                not r.background
                or (
                    r.date is not None
                    and any(
                        s.date is not None
                        and s.date < r.date
                        and not any(s.date <= d < r.date for d in left)
                        for s in suspended
                    )
                )
            )
        ]
        if not returns or not suspended:
            continue
        first_return = min(r.date or datetime.date.max for r in returns)
        if any(r.date is not None and r.date < first_return for r in suspended):
            reinstated = (country, agreement, EventKind.REINSTATED.value)
            groups[reinstated] = groups.get(reinstated, []) + [
                replace(r, kind=EventKind.REINSTATED.value) for r in returns
            ]
            kept = [r for r in groups[(country, agreement, kind)] if r not in returns]
            _keep(groups, (country, agreement, kind), kept)

    # "China joins arms trade treaty" over "deposited the instrument of accession on Monday":
    # joining and acceding are one step, told best where it is dated best
    for country, agreement, kind in list(groups):
        if kind != EventKind.JOINED.value:
            continue
        acceded = [
            r
            for r in groups.get((country, agreement, EventKind.ACCEDED.value), [])
            if not r.background
        ]
        joined = [r for r in groups[(country, agreement, kind)] if not r.background]
        if not (acceded and joined):
            continue
        # at equal evidence the accession: an organisation's joining was never called one (see
        # _kind_for_agreement), so this is a treaty, which states accede to
        weaker = kind if _dating(joined) <= _dating(acceded) else EventKind.ACCEDED.value
        kept = [r for r in groups[(country, agreement, weaker)] if r.background]
        _keep(groups, (country, agreement, weaker), kept)

    candidates = []
    for (country, agreement, kind), members in groups.items():
        news = [r for r in members if not r.background]
        # a headline has no date of its own (it borrows the lead's or the dateline's): the
        # body's account of the same claim dates it, unless the body is vaguer ("this year")
        headline = max((_PRECISION_RANK[r.precision] for r in news if r.is_title), default=0)
        body = [r for r in news if not r.is_title and _PRECISION_RANK[r.precision] >= headline]
        pool = body or news or members
        primary = max(
            pool,
            key=lambda r: (
                _DERIVATION_RANK[r.derivation],
                _PRECISION_RANK[r.precision],
                r.confidence,
                -r.sentence,
            ),
        )
        quotes = list(dict.fromkeys(r.quote for r in sorted(members, key=lambda r: r.sentence)))
        support = len({r.sentence for r in members})
        confidence = round(min(0.95, max(r.confidence for r in members) + 0.05 * (support - 1)), 2)
        candidates.append(
            (
                min(r.sentence for r in members),
                Candidate(
                    country=country,
                    agreement=agreement,
                    kind=kind,
                    date=primary.date,
                    precision=primary.precision,
                    derivation=primary.derivation,
                    background=primary.background,
                    quote=" … ".join(quotes),
                    confidence=confidence,
                ),
            )
        )
    candidates.sort(key=lambda pair: pair[0])
    return [c for _, c in candidates]
