"""The defining example: an Arabic article on Kazakhstan joining the Abraham Accords.

Published on Friday 7 November 2025. The article reports Kazakhstan's announced joining (made at
a White House dinner "يوم الخميس", Thursday 6 November), recalls the four states that joined in
2020, and says Saudi Arabia, Syria and Lebanon still refuse. Kuwait appears only in a "read also"
line; Israel and the United States only as counterpart and announcer.
"""

import datetime
from pathlib import Path

import pytest

from ingest.clean import clean_article
from ingest.dates import parse_publication_date
from ingest.extract import extract

SEED = Path(__file__).parents[2] / "samples" / "articles" / "kazakhstan-abraham-accords.ar.txt"
D = datetime.date
LAST_SENTENCE_START = "يُذكر أن الاتفاقات الإبراهيمية"


@pytest.fixture(scope="module")
def article():
    return clean_article(SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def candidates(article, gazetteer):
    published = parse_publication_date(article.published_raw, article.lang_hint)
    found = extract(
        article.text,
        gazetteer=gazetteer,
        lang=article.lang_hint,
        published=published,
        title=article.title,
    )
    return {(c.country, c.agreement, c.kind): c for c in found}


def test_the_publication_date_is_read_day_first(article):
    assert parse_publication_date(article.published_raw, article.lang_hint) == D(2025, 11, 7)


def test_exactly_the_expected_claims_are_found(candidates):
    assert set(candidates) == {
        ("KZ", "abraham-accords", "announced_joining"),
        ("AE", "abraham-accords", "joined"),
        ("BH", "abraham-accords", "joined"),
        ("MA", "abraham-accords", "joined"),
        ("SD", "abraham-accords", "joined"),
        ("SA", "abraham-accords", "refuses"),
        ("SY", "abraham-accords", "refuses"),
        ("LB", "abraham-accords", "refuses"),
    }


def test_kazakhstan_announced_joining_on_thursday_nov_6(candidates):
    claim = candidates[("KZ", "abraham-accords", "announced_joining")]
    assert (claim.date, claim.precision, claim.derivation) == (D(2025, 11, 6), "day", "relative")
    assert claim.background is False
    assert "يوم الخميس" in claim.quote


@pytest.mark.parametrize("iso2", ["AE", "BH", "MA", "SD"])
def test_the_four_states_of_2020_are_background_at_year_precision(candidates, iso2):
    claim = candidates[(iso2, "abraham-accords", "joined")]
    assert (claim.date, claim.precision, claim.derivation) == (D(2020, 1, 1), "year", "stated")
    assert claim.background is True
    assert claim.quote.startswith(LAST_SENTENCE_START)


@pytest.mark.parametrize("iso2", ["SA", "SY", "LB"])
def test_the_refusals_are_current_and_dated_by_publication(candidates, iso2):
    claim = candidates[(iso2, "abraham-accords", "refuses")]
    # A stance is dated by the article that reports it: the sentence's only date (2020) is the
    # launch of the accords, not the date of the refusal.
    assert (claim.date, claim.precision, claim.derivation) == (D(2025, 11, 7), "day", "inferred")
    assert claim.background is False
    assert claim.quote.startswith(LAST_SENTENCE_START)
    assert claim.quote.endswith("الدولة الفلسطينية المستقلة.")


def test_announcers_counterparts_and_read_also_states_get_nothing(candidates):
    countries = {country for country, _, _ in candidates}
    assert not countries & {"IL", "US", "KW", "PS"}


def test_pressure_to_join_in_the_future_is_no_intent(candidates):
    kinds = {kind for _, _, kind in candidates}
    assert "announced_intent" not in kinds
