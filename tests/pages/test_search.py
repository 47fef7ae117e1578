import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def test_it_finds_a_country_by_its_arabic_name_without_hamza(client):
    html = client.get("/en/search/", {"q": "الامارات"}).content.decode()
    assert 'href="/en/countries/AE/"' in html


def test_it_finds_an_agreement_by_a_name_in_another_script(client, kazakhstan_joins):
    html = client.get("/ar/search/", {"q": "الإبراهيمية"}).content.decode()
    assert 'href="/ar/agreements/abraham-accords/"' in html


def test_it_finds_articles_by_words_of_their_text(client, kazakhstan_joins):
    html = client.get("/en/search/", {"q": "توكاييف"}).content.decode()
    assert f'href="/en/articles/{kazakhstan_joins.article_id}/"' in html


def test_an_empty_query_shows_the_form_only(client):
    html = client.get("/en/search/").content.decode()
    assert 'id="search-q"' in html and "result" not in html.split("</form>")[1]


def test_the_query_is_escaped(client):
    html = client.get("/en/search/", {"q": "<b>x</b>"}).content.decode()
    assert "<b>x</b>" not in html and "&lt;b&gt;x&lt;/b&gt;" in html


def test_it_finds_an_article_by_another_form_of_its_arabic_words(client, kazakhstan_joins):
    # The article says "الاتفاقات الإبراهيمية"; readers also write "اتفاقات إبراهيم".
    html = client.get("/ar/search/", {"q": "اتفاقات إبراهيم"}).content.decode()
    assert f'href="/ar/articles/{kazakhstan_joins.article_id}/"' in html


def test_it_finds_articles_by_outlet(client, kazakhstan_joins):
    from agreements.models import SourceArticle

    SourceArticle.objects.filter(pk=kazakhstan_joins.article_id).update(outlet="Gulf Wire")
    html = client.get("/en/search/", {"q": "gulf wire"}).content.decode()
    assert f'href="/en/articles/{kazakhstan_joins.article_id}/"' in html


def test_a_new_alias_is_found_at_once_though_the_names_are_cached(client, kazakhstan_joins):
    from agreements.models import CountryAlias

    assert "/en/countries/KZ/" not in client.get("/en/search/", {"q": "Qazaqstan"}).content.decode()
    CountryAlias.objects.create(country=factories.country("KZ"), text="Qazaqstan", lang="kk")
    assert "/en/countries/KZ/" in client.get("/en/search/", {"q": "Qazaqstan"}).content.decode()


def test_the_names_are_read_once_then_kept(client, kazakhstan_joins, django_assert_max_num_queries):
    client.get("/en/search/", {"q": "kaz"})
    with django_assert_max_num_queries(3):  # only the articles: the name lists are cached
        assert client.get("/en/search/", {"q": "emirates"}).status_code == 200
