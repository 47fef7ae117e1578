"""Articles, and full-text search with `q` that reads Arabic as people write it."""

from datetime import date

import pytest

from agreements.vocab import EventKind
from tests import factories

pytestmark = pytest.mark.django_db

ABRAHAM_ACCORDS_AR = (
    "أعلنت كازاخستان رسميًا انضمامها إلى الاتفاقات الإبراهيمية، في خطوةٍ جديدة تعزز علاقاتها."
)


@pytest.fixture
def articles():
    wanted = factories.article(title="كازاخستان تنضم", text=ABRAHAM_ACCORDS_AR)
    factories.article(title="قمة اقتصادية", text="ناقش القادة التجارة والاستثمار في المنطقة.")
    factories.article(
        title="Kazakhstan joins the Abraham Accords",
        language="en",
        text="Kazakhstan announced it will join the Abraham Accords.",
    )
    return wanted


def found(api, q: str) -> list[int]:
    response = api.get("/api/v1/articles/", {"q": q})
    assert response.status_code == 200, response.json()
    return [row["id"] for row in response.json()["results"]]


def test_arabic_search_finds_the_definite_adjectival_form(api, articles):
    # "اتفاقات إبراهيم" (no article, noun form) finds "الاتفاقات الإبراهيمية".
    assert found(api, "اتفاقات إبراهيم") == [articles.pk]


def test_arabic_search_ignores_hamza_and_diacritics(api, articles):
    assert found(api, "الاتفاقات الابراهيمية") == [articles.pk]
    assert found(api, "انضمامَها") == [articles.pk]


def test_search_needs_every_word(api, articles):
    assert found(api, "اتفاقات التجارة") == []


def test_latin_search_ignores_case(api, articles):
    assert len(found(api, "KAZAKHSTAN accords")) == 1


@pytest.mark.postgres
def test_a_misspelt_word_is_found_by_trigram_similarity(api, articles):
    assert len(found(api, "Kazakstan")) == 1


@pytest.mark.postgres
def test_a_short_word_is_never_matched_loosely(api, articles):
    """Only words of five letters or more are matched by similarity. "Kazh" is as similar to
    "kazakhstan" as the trigram threshold asks (0.6) but too short to be matched loosely."""
    assert found(api, "Kazh") == []
    assert len(found(api, "Kazakstan")) == 1  # long enough: still found


def test_an_article_shows_the_claims_read_in_it(api):
    source = factories.article(text=ABRAHAM_ACCORDS_AR)
    accord = factories.agreement(kind="accord")
    factories.announcement(
        accord, "KZ", EventKind.ANNOUNCED_JOINING, date(2025, 11, 6), source=source
    )
    body = api.get(f"/api/v1/articles/{source.pk}/").json()
    assert body["text"] == ABRAHAM_ACCORDS_AR
    assert [(a["country"]["iso2"], a["kind"]) for a in body["announcements"]] == [
        ("KZ", "announced_joining")
    ]
    assert body["announcements_count"] == 1
