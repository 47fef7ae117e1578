"""Names of countries and agreements, indexed for fast lookup over normalised tokens."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import NamedTuple

from ingest.extract.capitals import CAPITALS
from ingest.extract.demonyms import DEMONYMS
from ingest.extract.descriptions import DESCRIPTIONS
from ingest.normalize import (
    index_form,
    is_arabic_script,
    is_cyrillic,
    match_forms,
    normalize,
    normalize_with_offsets,
    tokens,
)

COUNTRY = "country"
AGREEMENT = "agreement"
REGION = "region"

# Regions whose names contain a country's name: found as regions, so that "América Latina" is
# not the United States and "South Africa" stays a state while "Southern Africa" is none.
REGIONS = (
    "Latin America",
    "South America",
    "North America",
    "Central America",
    "Amérique latine",
    "Amérique du Sud",
    "Amérique du Nord",
    "Amérique centrale",
    "América Latina",
    "Latinoamérica",
    "América del Sur",
    "América del Norte",
    "Centroamérica",
    "América Central",
    "Латинская Америка",
    "Южная Америка",
    "Северная Америка",
    "Центральная Америка",
    "أمريكا اللاتينية",
    "أميركا اللاتينية",
    "أمريكا الجنوبية",
    "أميركا الجنوبية",
    "أمريكا الشمالية",
    "أميركا الشمالية",
    "أمريكا الوسطى",
    # and their adjectives, so that a "Latin American state" is not an American one
    "Latin American",
    "South American",
    "North American",
    "Central American",
    "latino-américain",
    "latino-américaine",
    "latino-américains",
    "latino-américaines",
    "sud-américain",
    "sud-américaine",
    "sud-américains",
    "sud-américaines",
    "nord-américain",
    "nord-américaine",
    "nord-américains",
    "nord-américaines",
)

# Bodies outside the catalogue whose names contain an agreement's name, found as names of
# nothing tracked, as regions are: the Commonwealth of Independent States is not the
# Commonwealth ("The Commonwealth" is one of its names, so the article is part of the body's).
OTHER_BODIES = (
    "Commonwealth of Independent States",
    "the Commonwealth of Independent States",
)

_ORIGINAL_TOKEN_RE = re.compile(r"\w+")

# Case a token must have in the source for the name to count. Latin and Cyrillic country names
# are capitalised ("Turkey" the state, not "turkey" the bird; "Chad", "Jordan"), and acronyms are
# written in capitals ("US" is not "us", "ICC" is not "icc").
UPPER = "upper"
TITLE = "title"


@dataclass(frozen=True)
class Name:
    """One alias of a country or agreement, as a sequence of index forms."""

    forms: tuple[str, ...]
    kind: str  # COUNTRY or AGREEMENT
    key: str  # ISO alpha-2 or agreement slug
    demonym: bool
    cases: tuple[str | None, ...]
    spelling: tuple[str, ...] = ()  # the normalised words before stemming
    keyword: str | None = None  # the word that tells a description (see DESCRIPTIONS)
    capital: bool = False  # a capital city standing for its state (see CAPITALS)


class Token(NamedTuple):
    """A word of normalised text with its position and its original spelling."""

    text: str
    start: int
    end: int
    original: str
    forms: tuple[str, ...]


class Mention(NamedTuple):
    """A country or agreement found in text, spanning tokens ``first`` to ``last``."""

    kind: str
    key: str
    start: int
    end: int
    first: int
    last: int
    demonym: bool
    capital: bool = False  # named by its capital: acting only as a verb's subject


# Latin-script nationality words that take a plural in "-s": "norvégien(ne)s", "noruegos".
_PLURAL_RE = re.compile(r"^[A-Za-zÀ-ÿ' -]+(?:[aeiouéè]|n)$")


# articles that a long name may drop inside it: "Convención sobre (las) Armas Químicas"
_INNER_ARTICLES = frozenset({"the", "la", "las", "los", "el", "les", "le"})


def _without_articles(alias: str) -> str:
    """A name of four words or more without the articles inside it."""
    words = alias.split()
    if len(words) < 4:
        return alias
    return " ".join([words[0], *(w for w in words[1:] if w.lower() not in _INNER_ARTICLES)])


# British and American spellings of the words in English names of bodies
_SPELLINGS_RE = re.compile(r"\b([Oo]rgani)([sz])(ation)")


def _spellings(alias: str) -> tuple[str, ...]:
    """A name as given, and in the other English spelling: "Organisation of the Petroleum
    Exporting Countries" for "Organization of ...", "World Trade Organization" for "...sation"."""
    other = _SPELLINGS_RE.sub(lambda m: m[1] + ("s" if m[2] == "z" else "z") + m[3], alias)
    return (alias,) if other == alias else (alias, other)


@dataclass(frozen=True)
class Gazetteer:
    """Every name under which a country or an agreement may appear, ready for matching.

    Build it once with :meth:`from_names` and reuse it for every article.
    """

    index: Mapping[str, tuple[Name, ...]] = field(default_factory=dict)
    countries: frozenset[str] = frozenset()
    agreements: frozenset[str] = frozenset()
    # slug → agreement kind (see agreements.vocab.AgreementKind); empty when unknown.
    agreement_kinds: Mapping[str, str] = field(default_factory=dict)
    # agreements that states join by signing them (the Artemis Accords): "Peru joined the
    # accords" is its signature
    joined_by_signing: frozenset[str] = frozenset()
    # treaties that states join when they start to apply to them (the Schengen area): "the
    # convention entered into force for Spain and Portugal" is their joining
    joined_on_entry: frozenset[str] = frozenset()
    # slug → the earliest day the agreement existed in some form (its adoption or first
    # recorded event): a step dated before it is another agreement's ("after Egypt in 1979 and
    # Jordan in 1994" in a story about the Abraham Accords)
    since: Mapping[str, datetime.date] = field(default_factory=dict)
    # slug → the day an organisation was founded, where its founders are recorded as joining
    # that day: signing its charter then is joining it (the CSTO's founders in Chisinau)
    founded: Mapping[str, datetime.date] = field(default_factory=dict)
    # slug → the state an initiative belongs to (China for the Belt and Road Initiative): it
    # signs every memorandum and takes part in none
    counterparts: Mapping[str, str] = field(default_factory=dict)
    # One-word Russian names that share a stem ("Нигер", "Нигерия" → "нигер"): told apart by
    # the spelling of the word in the text.
    rivals: Mapping[str, tuple[Name, ...]] = field(default_factory=dict)

    @cached_property
    def agreement_words(self) -> frozenset[str]:
        """The most telling word (index form) of every agreement name.

        A text none of whose words has one of these forms names no agreement, so it need not
        be read closely.
        """
        names = [
            n
            for group in self.index.values()
            for n in group
            if n.kind == AGREEMENT and n.keyword is None
        ]
        # The rarest word of each name, so that "convention" or "cooperation", which many names
        # share, do not make every sentence that uses them worth reading.
        spread: dict[str, int] = {}
        for name in names:
            for form in set(name.forms):
                spread[form] = spread.get(form, 0) + 1
        described = {
            n.keyword
            for group in self.index.values()
            for n in group
            if n.kind == AGREEMENT and n.keyword is not None
        }
        return (
            frozenset(
                # a number ("No. 12") is in many sentences that name nothing
                min(n.forms, key=lambda f: (f.isdigit(), spread[f], -len(f)))
                for n in names
            )
            | described
        )

    def may_name_agreement(self, words: Iterable[str]) -> bool:
        """Whether any of these normalised words may belong to an agreement's name."""
        wanted = self.agreement_words
        forms_of = _forms_cache
        for word in words:
            forms = forms_of.get(word)
            if forms is None:
                forms = match_forms(word)
                if len(forms_of) < 200_000:
                    forms_of[word] = forms
            for form in forms:
                if form in wanted:
                    return True
        return False

    @classmethod
    def from_names(
        cls,
        *,
        countries: Mapping[str, Iterable[str]],
        agreements: Mapping[str, Iterable[str]],
        demonyms: Mapping[str, Iterable[str]] | None = None,
        agreement_kinds: Mapping[str, str] | None = None,
        descriptions: Mapping[str, Iterable[tuple[str, str]]] | None = None,
        capitals: Mapping[str, Mapping[str, Iterable[str]]] | None = None,
        joined_by_signing: Iterable[str] = (),
        joined_on_entry: Iterable[str] = (),
        since: Mapping[str, datetime.date] | None = None,
        founded: Mapping[str, datetime.date] | None = None,
        counterparts: Mapping[str, str] | None = None,
    ) -> Gazetteer:
        """Index country names (ISO alpha-2 → aliases) and agreement names (slug → aliases).

        Nationality adjectives from :data:`ingest.extract.demonyms.DEMONYMS` are added to the
        countries that are given (pass ``demonyms={}`` to leave them out). A name shared by two
        countries (or by two agreements) is ambiguous and dropped; a name that is both a party
        and an agreement ("European Union") reads as the agreement. ``agreement_kinds`` (slug →
        treaty, organisation, accord...) lets the extractor name an event the way the agreement
        is joined: one accedes to a treaty but joins an organisation. Descriptions from
        :data:`ingest.extract.descriptions.DESCRIPTIONS` ("the treaty banning cluster
        munitions") are added to the agreements that are given, unless a given name already
        reads the same (pass ``descriptions={}`` to leave them out). Capitals from
        :data:`ingest.extract.capitals.CAPITALS` are added the same way to the countries given,
        as names that stand for the state only where it acts ("Moscow ratified"; see
        ``Mention.capital``; pass ``capitals={}`` to leave them out).
        """
        if demonyms is None:
            demonyms = DEMONYMS
        if descriptions is None:
            descriptions = DESCRIPTIONS
        if capitals is None:
            capitals = CAPITALS
        owners: dict[tuple[str, tuple[str, ...]], set[str]] = {}
        entries: dict[tuple[str, tuple[str, ...]], Name] = {}
        spelled: dict[tuple[str, tuple[str, ...]], dict[str, Name]] = {}
        given: set[tuple[str, ...]] = set()  # the forms of the names given, once all are added

        def add(
            kind: str,
            key: str,
            alias: str,
            demonym: bool,
            keyword: str | None = None,
            capital: bool = False,
        ) -> None:
            name = _name(kind, key, alias, demonym)
            if name is None:
                return
            if (keyword is not None or capital) and name.forms in given:
                return  # a description or a capital never overrides a name given
            if keyword is not None:
                name = replace(name, keyword=index_form(normalize(keyword)))
            if capital:
                name = replace(name, capital=True)
            slot = (kind, name.forms)
            owners.setdefault(slot, set()).add(key)
            if len(name.forms) == 1 and is_cyrillic(name.spelling[0]) and not demonym:
                spelled.setdefault(slot, {}).setdefault(key, name)
            previous = entries.get(slot)
            if previous is not None and previous.key == key and not previous.demonym:
                # "l'Argentine" is the state's French name as much as an adjective: a name given
                # stays a name
                name = replace(name, demonym=False)
            # Keep the least demanding spelling rule when one key lists a name twice.
            if previous is None or (previous.key == key and _looser(name, previous)):
                entries[slot] = name

        for iso2, aliases in countries.items():
            key = iso2.upper()
            for alias in aliases:
                add(COUNTRY, key, alias, False)
                if " & " in alias:
                    # CLDR's short English names ("Bosnia & Herzegovina", "Trinidad & Tobago")
                    # are written out in running text
                    add(COUNTRY, key, alias.replace(" & ", " and "), False)
            for adjective in demonyms.get(key, ()):
                add(COUNTRY, key, adjective, True)
                if _PLURAL_RE.search(adjective):
                    # "les Norvégiens", "los noruegos", "Norwegians": the people, who vote
                    add(COUNTRY, key, adjective + "s", True)
                folded = normalize(adjective)
                if is_arabic_script(folded):
                    add(COUNTRY, key, "ال" + folded, True)
                    if folded.endswith("ي"):
                        # "الناخبون النرويجيون": the plural
                        for plural in ("ون", "ين"):
                            add(COUNTRY, key, "ال" + folded + plural, True)
        for slug, aliases in agreements.items():
            for given_alias in aliases:
                for alias in _spellings(given_alias):
                    add(AGREEMENT, slug, alias, False)
                    bare = _without_articles(alias)
                    if bare != alias:
                        # "Convención sobre Armas Químicas" for "... sobre las Armas Químicas"
                        add(AGREEMENT, slug, bare, False)
        given.update(forms for _, forms in owners)
        for slug, aliases in descriptions.items():
            if slug in agreements:
                for alias, keyword in aliases:
                    add(AGREEMENT, slug, alias, False, keyword=keyword)
        for iso2, by_language in capitals.items():
            key = iso2.upper()
            if iso2 in countries or key in countries:
                for aliases in by_language.values():
                    for alias in aliases:
                        add(COUNTRY, key, alias, False, capital=True)
        for region in REGIONS + OTHER_BODIES:
            add(REGION, region, region, False)

        index: dict[str, list[Name]] = {}
        rivals: dict[str, tuple[Name, ...]] = {}
        for slot, name in entries.items():
            if len(owners[slot]) > 1:
                named = spelled.get(slot, {})
                if slot[0] == COUNTRY and len(named) == len(owners[slot]):
                    rivals[name.forms[0]] = tuple(named.values())
                continue  # ambiguous: "الكونغو" is two states
            index.setdefault(name.forms[0], []).append(name)
        frozen = {
            # Longest first; at equal length the agreement before the party of the same name.
            first: tuple(
                sorted(names, key=lambda n: (len(n.forms), n.kind == AGREEMENT), reverse=True)
            )
            for first, names in index.items()
        }
        return cls(
            index=frozen,
            countries=frozenset(k.upper() for k in countries),
            agreements=frozenset(agreements),
            agreement_kinds=dict(agreement_kinds or {}),
            joined_by_signing=frozenset(joined_by_signing),
            joined_on_entry=frozenset(joined_on_entry),
            since=dict(since or {}),
            founded=dict(founded or {}),
            counterparts=dict(counterparts or {}),
            rivals=rivals,
        )

    def _rival(self, token: Token) -> Name | None:
        """Of names sharing a stem, the one spelled most like the word ("Нигерии" is Nigeria,
        "Нигера" Niger): the longest common beginning, then the shorter name."""
        for form in token.forms:
            names = self.rivals.get(form)
            if not names:
                continue
            best = max(
                names,
                key=lambda n: (_common_prefix(n.spelling[0], token.text), -len(n.spelling[0])),
            )
            if _matches(best, [token], 0):
                return best
        return None

    def find(self, toks: list[Token]) -> list[Mention]:
        """Longest, left-to-right matches of known names in a token list."""
        mentions: list[Mention] = []
        i = 0
        n = len(toks)
        while i < n:
            best: Name | None = None
            following = toks[i + 1].forms if i + 1 < n else ()
            for form in toks[i].forms:
                for name in self.index.get(form, ()):
                    if best is not None and len(name.forms) <= len(best.forms):
                        break
                    forms = name.forms
                    if len(forms) > 1 and (i + len(forms) > n or forms[1] not in following):
                        continue  # most candidates fail at the second word: "the" + ...
                    if _matches(name, toks, i):
                        best = name
                        break
            if best is None and self.rivals:
                best = self._rival(toks[i])
            if best is None:
                i += 1
                continue
            last = i + len(best.forms) - 1
            mentions.append(
                Mention(
                    best.kind,
                    best.key,
                    toks[i].start,
                    toks[last].end,
                    i,
                    last,
                    best.demonym,
                    best.capital,
                )
            )
            i = last + 1
        return mentions


def _looser(a: Name, b: Name) -> bool:
    return sum(c is None for c in a.cases) > sum(c is None for c in b.cases)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _name(kind: str, key: str, alias: str, demonym: bool) -> Name | None:
    norm = normalize(alias)
    words = tokens(norm)
    if not words or (len(words) == 1 and len(words[0]) < 2):
        return None
    forms = tuple(index_form(w) for w in words)
    originals = _ORIGINAL_TOKEN_RE.findall(alias)
    cases: list[str | None] = [None] * len(words)
    if len(originals) == len(words):
        for position, original in enumerate(originals):
            if is_arabic_script(words[position]) or not original[:1].isalpha():
                continue
            if len(original) >= 2 and original.isupper():
                cases[position] = UPPER
            elif kind == COUNTRY and original[0].isupper():
                cases[position] = TITLE
    return Name(forms, kind, key, demonym, tuple(cases), tuple(words))


def _matches(name: Name, toks: list[Token], i: int) -> bool:
    for offset, form in enumerate(name.forms):
        token = toks[i + offset]
        if form not in token.forms:
            return False
        case = name.cases[offset]
        if case == UPPER and not token.original.isupper():
            return False
        if case == TITLE and not token.original[:1].isupper():
            return False
    return True


_WORD_RE = re.compile(r"\w+")


def tokenize(
    norm: str,
    original: str,
    offsets: list[int],
    spans: list[tuple[int, int]] | None = None,
) -> list[Token]:
    """Tokens of normalised text (or of the given spans of it, in order), each with the
    original spelling it came from."""
    result: list[Token] = []
    append = result.append
    forms_of = _forms_cache
    new = tuple.__new__  # skips the keyword handling of Token(...): this loop is hot
    finditer = _WORD_RE.finditer
    for span_start, span_end in [(0, len(norm))] if spans is None else spans:
        for match in finditer(norm, span_start, span_end):
            start, end = match.span()
            word = match.group()
            forms = forms_of.get(word)
            if forms is None:
                forms = match_forms(word)
                if len(forms_of) < 200_000:
                    forms_of[word] = forms
            original_text = original[offsets[start] : offsets[end - 1] + 1]
            append(new(Token, (word, start, end, original_text, forms)))
    return result


_forms_cache: dict[str, tuple[str, ...]] = {}


def tokenize_text(text: str) -> tuple[str, list[int], list[Token]]:
    """Normalise ``text`` and tokenize it in one go."""
    norm, offsets = normalize_with_offsets(text)
    return norm, offsets, tokenize(norm, text, offsets)
