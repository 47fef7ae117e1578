import re
from datetime import date

import pytest

from agreements.vocab import EventKind
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def treaty(db):
    treaty = factories.agreement("test-treaty")
    factories.event(treaty, "FR", EventKind.SIGNED, date(2001, 5, 2))
    factories.event(treaty, "FR", EventKind.RATIFIED, date(2002, 6, 3))
    factories.event(treaty, "FR", EventKind.ENTERED_INTO_FORCE, date(2002, 9, 1))
    factories.event(treaty, "DE", EventKind.ACCEDED, date(2004, 1, 1), "month")
    factories.event(treaty, "US", EventKind.SIGNED, date(2001, 5, 2))
    factories.event(treaty, "HU", EventKind.RATIFIED, date(2003, 1, 1))
    factories.event(treaty, "HU", EventKind.WITHDREW, date(2020, 1, 1), "year")
    return treaty


def participant_rows(html: str) -> list[str]:
    body = html.split('id="participants"')[1].split("<tbody>")[1].split("</tbody>")[0]
    return re.findall(r"<tr>(.*?)</tr>", body, re.S)


def test_participants_show_signature_consent_and_its_mode_entry_into_force_and_withdrawal(
    client, treaty
):
    rows = participant_rows(client.get("/en/agreements/test-treaty/").content.decode())
    france = next(row for row in rows if "France" in row)
    assert '<time datetime="2001-05-02">2 May 2001</time>' in france
    assert '<time datetime="2002-06-03">3 Jun 2002</time>' in france
    assert "Ratified</span>" in france
    assert '<time datetime="2002-09-01">1 Sep 2002</time>' in france
    hungary = next(row for row in rows if "Hungary" in row)
    assert '<time datetime="2020">2020</time>' in hungary and "Withdrew</span>" in hungary
    germany = next(row for row in rows if "Germany" in row)
    assert '<time datetime="2004-01">Jan 2004</time>' in germany


def test_participants_sort_by_any_column_and_say_how(client, treaty):
    html = client.get("/en/agreements/test-treaty/?sort=-consent").content.decode()
    names = [re.search(r"</span> ([^<]+)</a>", row).group(1) for row in participant_rows(html)]
    assert names == ["Germany", "Hungary", "France", "United States"]  # no consent: last
    assert 'aria-sort="descending"><a href="?sort=consent">' in html


def test_the_parties_on_a_date_form_answers_certainly_and_possibly(client, treaty):
    html = client.get("/en/agreements/test-treaty/?on=2004-01-15").content.decode()
    answer = html.split('class="parties-answer"')[1].split("</div>")[0]
    assert "2 states were certainly parties on 15 January 2004." in answer
    certain, possible = answer.split("Possibly parties")
    assert "France" in certain and "Hungary" in certain
    assert "Germany" in possible  # acceded some day in January 2004


def test_a_malformed_date_is_explained(client, treaty):
    html = client.get("/en/agreements/test-treaty/?on=15/01/2004").content.decode()
    assert 'aria-invalid="true"' in html and "Enter a date as YYYY-MM-DD." in html


def test_the_chart_of_parties_over_time_is_an_inline_svg(client, treaty):
    html = client.get("/en/agreements/test-treaty/").content.decode()
    assert re.search(r'<svg class="chart" viewBox="0 0 640 260" role="img" aria-label="', html)
    assert '<path class="certain" d="M' in html
    assert '<path class="possible" d="M' in html  # Germany's month leaves a span open


def test_the_map_colours_states_by_status(client, treaty):
    html = client.get("/en/agreements/test-treaty/").content.decode()
    assert 'class="s-party"><title>France: Party or member</title>' in html
    assert 'class="s-signatory"><title>United States: Signed, not a party</title>' in html
    assert 'class="s-withdrawn"><title>Hungary: Withdrew</title>' in html


def test_it_shows_names_in_arabic(client, treaty):
    html = client.get("/ar/agreements/test-treaty/").content.decode()
    assert "فرنسا" in html and "الولايات المتحدة" in html
    assert "صادق" in html  # "Ratified"


def test_the_accords_timeline_carries_the_kazakhstan_quote(client, kazakhstan_joins):
    html = client.get("/en/agreements/abraham-accords/").content.decode()
    assert "أعلنت كازاخستان رسميًا انضمامها إلى الاتفاقات الإبراهيمية" in html
    assert '<link rel="alternate" type="application/atom+xml"' in html


def test_an_unknown_agreement_is_not_found(client):
    assert client.get("/en/agreements/no-such-thing/").status_code == 404


def test_an_initiative_page_links_the_state_it_belongs_to(client):
    initiative = factories.agreement(
        "test-initiative", kind="initiative", counterpart=factories.country("CN")
    )
    english = client.get(f"/en/agreements/{initiative.slug}/").content.decode()
    assert '<dt>Initiative of</dt><dd><a href="/en/countries/CN/">China</a></dd>' in english
    arabic = client.get(f"/ar/agreements/{initiative.slug}/").content.decode()
    assert '<dt>صاحبة المبادرة</dt><dd><a href="/ar/countries/CN/">الصين</a></dd>' in arabic
    plain = factories.agreement("test-plain-treaty")
    assert "Initiative of" not in client.get(f"/en/agreements/{plain.slug}/").content.decode()
