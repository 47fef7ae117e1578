import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def test_root_redirects_to_the_visitors_language(client):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ar").headers["Location"] == "/ar/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB").headers["Location"] == "/en/"


def test_home_shows_a_search_box_counts_and_the_latest_events(client, kazakhstan_joins):
    html = client.get("/en/").content.decode()
    assert '<label for="home-q">' in html and 'name="q"' in html
    assert 'class="counts"' in html
    latest = html.split('id="latest-title"')[1]
    assert "Kazakhstan" in latest and "أعلنت كازاخستان" in latest
    assert 'href="/en/countries/"' in html and 'href="/en/agreements/"' in html
    assert "review" not in html.split('class="counts"')[1].split("</section>")[0]


def test_home_tells_editors_how_long_the_review_queue_is(client):
    for iso2 in ["FR", "DE", "IT"]:
        factories.announcement(
            factories.agreement(), iso2, "signed", factories.article().published_on
        )
    client.force_login(factories.user(editor=True))
    html = client.get("/en/").content.decode()
    assert "3 claims wait for review." in html
    assert "/admin/agreements/announcement/" in html


def test_the_countries_index_names_states_in_the_interface_language_with_flags(client):
    html = client.get("/ar/countries/").content.decode()
    assert "كازاخستان" in html
    assert "🇰🇿" in html


def test_the_countries_index_sorts_by_code(client):
    html = client.get("/en/countries/?sort=-iso").content.decode()
    assert html.index("<code>ZW</code>") < html.index("<code>AD</code>")
    assert 'aria-sort="descending"' in html


def test_the_agreements_index_groups_by_kind(client, kazakhstan_joins):
    html = client.get("/en/agreements/").content.decode()
    assert "Political accord or declaration" in html
    assert 'href="/en/agreements/abraham-accords/"' in html


def test_the_language_switcher_keeps_the_page(client):
    response = client.post(
        "/i18n/setlang/", {"language": "ar", "next": "/en/countries/KZ/?kind=signed"}
    )
    assert response.headers["Location"] == "/ar/countries/KZ/?kind=signed"
