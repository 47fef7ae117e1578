from datetime import date

import pytest

from agreements.services import announcement_reject
from tests import factories
from tests.pages.conftest import KZ_QUOTE

pytestmark = pytest.mark.django_db


def test_it_shows_the_source_and_its_metadata(client, kazakhstan_joins):
    article = kazakhstan_joins.article
    html = client.get(f"/en/articles/{article.pk}/").content.decode()
    assert '<h1 dir="auto" lang="ar">كازاخستان تنضم إلى الاتفاقات الإبراهيمية</h1>' in html
    assert "ANI عربي" in html
    assert '<time datetime="2025-11-07">7 Nov 2025</time>' in html
    assert f'href="{article.url}"' in html


def test_each_claim_is_highlighted_in_the_text_and_says_what_became_of_it(
    client, kazakhstan_joins, saudi_conditions
):
    article = kazakhstan_joins.article
    rejected = factories.announcement(
        factories.agreement(), "IL", "signed", date(2020, 9, 15), source=article,
        quote="واشنطن",
    )  # fmt: skip
    announcement_reject(announcement=rejected, user=None, note="Not a signature.")
    html = client.get(f"/en/articles/{article.pk}/").content.decode()
    assert f'<mark class="claim-quote state-accepted">{KZ_QUOTE}</mark>' in html
    assert '<mark class="claim-quote state-rejected">واشنطن</mark>' in html
    assert f'href="/en/countries/KZ/#event-{kazakhstan_joins.event_id}"' in html
    assert f'href="/en/countries/SA/#stance-{saudi_conditions.stance_id}"' in html
    assert "Rejected" in html and "Not a signature." in html


def test_a_pending_claim_waits_for_review(client):
    claim = factories.announcement(factories.agreement(), "FR", "signed", date(2020, 1, 2))
    html = client.get(f"/en/articles/{claim.article_id}/").content.decode()
    assert "Waiting for review" in html
    assert "was not found word for word" in html  # the quote is not in the stored text


def test_a_script_in_the_text_is_shown_as_text(client):
    payload = "<script>alert('x')</script><img src=x onerror=alert(1)>"
    article = factories.article(title=payload, text=f"Before {payload} after")
    html = client.get(f"/en/articles/{article.pk}/").content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html


def test_an_unknown_article_is_not_found(client):
    assert client.get("/en/articles/999999/").status_code == 404
