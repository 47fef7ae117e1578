"""Properties of the reading steps over generated input, beyond the cases written by hand.

Each step takes any input without an exception escaping (the domain's own refusals aside),
and keeps the promises it states: a canonical URL is a fixed point, the content hash is blind
to whitespace and composition, a weekday resolves to that weekday within the week before the
publication date, and an HTML page either passes the markup limits or is refused whole.
"""

import ast
import contextlib
import datetime
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.provisional import urls

import ingest
from ingest.canonical import canonical_url, content_hash
from ingest.clean import MarkupTooHeavy, clean_article, markup_check
from ingest.dates import _WEEKDAYS, find_dates

# How each language says "it happened on <weekday>", around the weekday's name.
ON_WEEKDAY = {
    "ar": "وقعت الحكومة الاتفاق يوم {} في العاصمة.",
    "en": "The government signed the agreement on {} in the capital.",
    "fr": "Le gouvernement a signé l'accord {} dans la capitale.",
    "ru": "Правительство подписало соглашение в {} в столице.",
    "es": "El gobierno firmó el acuerdo el {} en la capital.",
}
WEEKDAY_NAMES = st.sampled_from(
    [(lang, name, number) for lang, names in _WEEKDAYS.items() for name, number in names.items()]
)
PUBLISHED = st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2090, 12, 31))
TAGS = st.sampled_from(["div", "p", "span", "article", "b", "i", "table", "td", "li", "script"])


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_is_a_canonical_url_or_refused_with_a_value_error(text):
    # ValueError is urlsplit's own refusal (a bad port, an unbalanced bracket): a clean 400.
    with contextlib.suppress(ValueError):
        assert isinstance(canonical_url(text), str)


@settings(max_examples=300, deadline=None)
@given(urls())
def test_a_canonical_url_is_its_own_canonical_url(url):
    once = canonical_url(url)
    assert canonical_url(once) == once


@given(st.text(), st.lists(st.sampled_from([" ", "\n", "\t", "\u00a0", "  \n\n"]), min_size=1))
def test_the_content_hash_is_blind_to_whitespace_and_composition(text, spaces):
    words = text.split()
    spaced = "".join(word + spaces[i % len(spaces)] for i, word in enumerate(words))
    assert content_hash(spaced) == content_hash(" ".join(words))
    assert content_hash(unicodedata.normalize("NFD", text)) == content_hash(text)


@settings(max_examples=300, deadline=None)
@given(weekday=WEEKDAY_NAMES, published=PUBLISHED)
def test_a_weekday_resolves_to_that_day_in_the_week_before_publication(weekday, published):
    lang, name, number = weekday
    for found in find_dates(ON_WEEKDAY[lang].format(name), lang=lang, published=published):
        assert found.date.weekday() == number, (name, found)
        assert 0 <= (published - found.date).days <= 7, (name, published, found)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_clean_article_takes_any_text(text):
    assert isinstance(clean_article(text).text, str)


@st.composite
def tag_soup(draw) -> str:
    """Random HTML: tags opened and closed in any order, with text and attributes between."""
    parts = ["<html><body>"]
    for _ in range(draw(st.integers(0, 60))):
        tag = draw(TAGS)
        kind = draw(st.sampled_from(["open", "close", "text", "attrs"]))
        if kind == "open":
            parts.append(f"<{tag}>")
        elif kind == "close":
            parts.append(f"</{tag}>")
        elif kind == "attrs":
            parts.append(
                f"<{tag} " + " ".join(f'a{i}="{i}"' for i in range(draw(st.integers(0, 5))))
            )
        else:
            parts.append(draw(st.text(max_size=40)))
    return "".join(parts)


@settings(max_examples=200, deadline=None)
@given(tag_soup())
def test_any_tag_soup_is_read_or_refused_whole(html):
    try:
        markup_check(html)
    except MarkupTooHeavy:
        return
    assert isinstance(clean_article(html, content_type="text/html").text, str)


def test_no_module_of_ingest_defines_a_name_twice():
    """A second module-level definition silently replaces the first for every use."""
    import ast
    from pathlib import Path

    import ingest

    root = Path(ingest.__file__).parent
    for path in [*root.glob("*.py"), *root.glob("extract/*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = []
        for node in tree.body:
            if isinstance(node, ast.FunctionDef | ast.ClassDef):
                names.append(node.name)
            elif isinstance(node, ast.Assign):
                names += [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names.append(node.target.id)
        twice = {name for name in names if names.count(name) > 1 and not name.startswith("__")}
        assert not twice, f"{path.name}: {sorted(twice)}"


def test_no_arabic_pattern_of_the_extractor_holds_a_letter_normalisation_removes():
    """The extractor matches normalised text, where "ئ" is "ي", "ؤ" is "و", "ة" is "ه" and
    "ى" is "ي": a pattern spelled with the first of each ("مؤتمر", "حتى", "ثنائي") never
    matches. Place and weapon names are normalised when loaded, so only the modules of
    patterns are held to this."""
    import ast
    from pathlib import Path

    import ingest.extract
    from ingest.normalize import normalize_with_offsets

    root = Path(ingest.extract.__file__).parent
    for name in ("core.py", "lexicon.py"):
        tree = ast.parse((root / name).read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
            ):
                # (an alternation such as "(?:ى|ي)" or "[هة]" names both spellings)
                value = node.value.replace("ى|ي", "").replace("ي|ى", "").replace("[هة]", "")
                arabic = "".join(ch for ch in value if "\u0621" <= ch <= "\u0652")
                unreachable = {ch for ch in arabic if ch not in normalize_with_offsets(ch)[0]}
                assert not unreachable, f"{name}:{node.lineno}: {sorted(unreachable)}"


def _module_level_bindings(tree):
    for node in tree.body:
        if isinstance(node, ast.Assign):
            yield from (t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            yield node.target.id
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            yield node.name


@pytest.mark.parametrize(
    "module", sorted(Path(ingest.__file__).parent.rglob("*.py")), ids=lambda p: p.name
)
def test_no_module_level_name_of_the_reading_code_is_bound_twice(module):
    # a second pattern of the same name replaces the first for every rule that reads it
    counts = Counter(_module_level_bindings(ast.parse(module.read_text(encoding="utf-8"))))
    assert [name for name, n in counts.items() if n > 1] == []
