import re
from datetime import date

import pytest

from agreements.models import Country
from tests import factories
from tests.pages.conftest import KZ_QUOTE

pytestmark = pytest.mark.django_db


def test_it_shows_the_abraham_accords_entry_with_its_arabic_quote(client, kazakhstan_joins):
    html = client.get("/en/countries/KZ/").content.decode()
    assert "Kazakhstan" in html
    assert "Announced joining" in html
    assert '<time datetime="2025-11-06">6 Nov 2025</time>' in html
    assert f'<blockquote class="quote" dir="auto" lang="ar"><p>{KZ_QUOTE}</p></blockquote>' in html
    assert f'href="/en/articles/{kazakhstan_joins.article_id}/"' in html


def test_it_speaks_arabic_under_ar(client, kazakhstan_joins):
    html = client.get("/ar/countries/KZ/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "كازاخستان" in html
    assert "الاتفاقات الإبراهيمية" in html
    assert "أعلن الانضمام" in html  # the event kind, translated
    assert '<time datetime="2025-11-06">6 نوفمبر 2025</time>' in html


def test_a_month_is_never_shown_with_a_day(client, kazakhstan_joins):
    treaty = factories.agreement()
    factories.event(treaty, "KZ", "signed", date(2020, 3, 1), "month")
    factories.event(treaty, "KZ", "ratified", date(2021, 1, 1), "year")
    html = client.get("/en/countries/KZ/").content.decode()
    assert '<time datetime="2020-03">Mar 2020</time>' in html
    assert '<time datetime="2021">2021</time>' in html
    assert "1 Mar 2020" not in html and "1 Jan 2021" not in html


def test_stances_are_set_apart(client, saudi_conditions):
    html = client.get("/en/countries/SA/").content.decode()
    assert f'class="entry entry-stance" id="stance-{saudi_conditions.stance_id}"' in html
    assert "Sets conditions" in html
    assert '<time datetime="2025-11">Nov 2025</time>' in html


def test_it_filters_by_event_kind_and_agreement_kind(client, kazakhstan_joins):
    treaty = factories.agreement()
    factories.event(treaty, "KZ", "signed", date(2020, 3, 1))
    signed_only = client.get("/en/countries/KZ/?kind=signed").content.decode()
    assert "Announced joining</span>" not in signed_only
    accords_only = client.get("/en/countries/KZ/?agreement_kind=accord").content.decode()
    assert "Announced joining</span>" in accords_only
    assert treaty.name_en not in accords_only.split('id="timeline-title"')[1]


def test_it_summarises_current_memberships(client, kazakhstan_joins):
    html = client.get("/en/countries/KZ/").content.decode()
    summary = html.split('id="memberships-title"')[1].split("</aside>")[0]
    assert "Abraham Accords" in summary
    assert "Possibly a party" in summary  # an announced joining leaves the answer open


def test_it_draws_a_small_map_with_the_country_marked(client, kazakhstan_joins):
    html = client.get("/en/countries/KZ/").content.decode()
    assert re.search(r'<svg class="world-map small"[^>]*role="img"', html)
    assert 'class="s-self"><title>Kazakhstan</title>' in html


def test_it_links_its_atom_feed(client, kazakhstan_joins):
    html = client.get("/en/countries/KZ/").content.decode()
    assert '<link rel="alternate" type="application/atom+xml" href="/en/countries/KZ/feed/"' in html


def test_a_lowercase_code_redirects_to_the_canonical_address(client):
    response = client.get("/en/countries/kz/")
    assert response.status_code == 301
    assert response["Location"] == "/en/countries/KZ/"


def test_an_unknown_code_is_not_found(client):
    assert client.get("/en/countries/QQ/").status_code == 404


def test_a_historical_state_has_no_flag(client):
    assert Country.objects.get(iso2="SU").flag == ""
    assert client.get("/en/countries/SU/").status_code == 200


@pytest.fixture
def long_timeline():
    """250 signatures by Bhutan (no catalogue entries), one a day from 2000-01-01, and one
    refusal."""
    from datetime import timedelta

    from agreements.models import Stance

    treaties = [factories.agreement(f"long-{n}") for n in range(5)]
    for n in range(250):
        factories.event(treaties[n % 5], "BT", "signed", date(2000, 1, 1) + timedelta(days=n))
    Stance.objects.create(
        agreement=treaties[0],
        country=factories.country("BT"),
        kind="refuses",
        date=date(1999, 1, 1),
    )
    return treaties


def timeline_dates(html: str) -> list[str]:
    return re.findall(r'<time datetime="(\d{4}-\d\d-\d\d)">', html.split('id="timeline-title"')[1])


def test_a_long_timeline_is_shown_a_hundred_entries_at_a_time_newest_first(client, long_timeline):
    first = client.get("/en/countries/BT/").content.decode()
    assert timeline_dates(first)[0] == "2000-09-06" and len(timeline_dates(first)) == 100
    assert "Page 1 of 3" in first and 'rel="prev"' not in first
    assert '<a href="?page=2" rel="next">Older entries</a>' in first
    # Where it stands is worked out from every entry, not only those shown.
    assert first.count('class="membership"') == 5
    seen = timeline_dates(first)
    seen += timeline_dates(client.get("/en/countries/BT/?page=2").content.decode())
    last = client.get("/en/countries/BT/?page=3").content.decode()
    seen += timeline_dates(last)
    assert 'rel="next"' not in last and '<a href="?page=2" rel="prev">Newer entries</a>' in last
    assert "1999" in last.split('id="timeline-title"')[1]  # the stance, oldest of all
    signed = [d for d in seen if d != "1999-01-01"]
    assert signed == sorted(signed, reverse=True) and len(set(signed)) == 250


def test_pages_keep_the_filters_and_a_page_past_the_end_shows_the_last(client, long_timeline):
    html = client.get("/en/countries/BT/?kind=signed&agreement_kind=treaty&page=99").content
    html = html.decode()
    assert "Page 3 of 3" in html and len(timeline_dates(html)) == 50
    assert 'href="?agreement_kind=treaty&amp;kind=signed&amp;page=2" rel="prev"' in html
    assert "Page 1 of 3" in client.get("/en/countries/BT/?page=abc").content.decode()


def test_the_pager_speaks_arabic(client, long_timeline):
    html = client.get("/ar/countries/BT/").content.decode()
    assert "الصفحة 1 من 3" in html and "الأقدم" in html
