"""Every page is well-formed HTML, and reads the database a fixed number of times."""

import pytest

from tests.pages.html_check import html_problems

pytestmark = pytest.mark.django_db

# The most queries each page may run, with little data and with much more (more_data). The
# country page runs 4 while the country has no stance, and 5 (stance sources) once it has.
PAGES = {
    "/{lang}/": 8,
    "/{lang}/countries/": 1,
    "/{lang}/countries/KZ/": 6,
    "/{lang}/countries/KZ/?kind=signed&agreement_kind=treaty": 6,
    "/{lang}/agreements/": 1,
    "/{lang}/agreements/abraham-accords/": 6,
    "/{lang}/agreements/abraham-accords/?on=2021-01-01&sort=-consent": 6,
    "/{lang}/articles/{article}/": 2,
    # The name lists (4, cached afterwards), then the articles: does every word match (PostgreSQL
    # only), those that do, those of an outlet so named.
    "/{lang}/search/?q=kaz": 7,
    "/{lang}/countries/KZ/feed/": 3,
    "/{lang}/agreements/abraham-accords/feed/": 3,
}


def url(template: str, lang: str, article) -> str:
    return template.format(lang=lang, article=article.pk)


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("page", [p for p in PAGES if "/feed/" not in p])
def test_the_page_is_well_formed(client, kazakhstan_joins, saudi_conditions, page, lang):
    response = client.get(url(page, lang, kazakhstan_joins.article))
    assert response.status_code == 200
    assert html_problems(response.content.decode()) == []


def test_the_checker_catches_an_unclosed_tag():
    assert html_problems("<!doctype html><html><body><div><p>x</p></body></html>") != []


@pytest.mark.parametrize("page", PAGES)
def test_the_query_count_does_not_grow_with_the_data(
    client, django_assert_max_num_queries, kazakhstan_joins, saudi_conditions, more_data, page
):
    address = url(page, "en", kazakhstan_joins.article)
    with django_assert_max_num_queries(PAGES[page]):
        assert client.get(address).status_code == 200
    more_data()
    with django_assert_max_num_queries(PAGES[page]):
        assert client.get(address).status_code == 200
