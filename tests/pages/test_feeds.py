import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def entries(response) -> list[ET.Element]:
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content).findall(f"{ATOM}entry")


def test_the_country_feed_lists_new_accepted_events(client, kazakhstan_joins):
    feed = entries(client.get("/en/countries/KZ/feed/"))
    titles = [entry.findtext(f"{ATOM}title") for entry in feed]
    assert "Kazakhstan: Announced joining, Abraham Accords (6 Nov 2025)" in titles


def test_the_agreement_feed_speaks_arabic_under_ar(client, kazakhstan_joins):
    feed = entries(client.get("/ar/agreements/abraham-accords/feed/"))
    titles = [entry.findtext(f"{ATOM}title") for entry in feed]
    assert any(title.startswith("كازاخستان: أعلن الانضمام") for title in titles)
    kz = next(e for e in feed if "كازاخستان" in e.findtext(f"{ATOM}title"))
    assert "أعلنت كازاخستان رسميًا" in kz.findtext(f"{ATOM}summary")
