"""Script payloads in every field people or feeds can fill render as text, in Chromium.

Article titles and text, quotes, a stance's summary, a feed's title, a country alias and a
source's title carry payloads; the reader pages and the admin's lists and forms are opened in
a real browser, which must show each payload as text and neither run it nor grow an element
from it. The Content-Security-Policy would stop inline script anyway; these tests check the
escaping underneath it, so the payloads are looked for in the DOM, not only as dialogs.
"""

from datetime import date

import pytest
from django.urls import reverse

from agreements.models import CountryAlias, Evidence, Stance
from agreements.services import announcement_accept
from agreements.vocab import EventKind, Precision, StanceKind
from ingest.models import Feed
from tests import factories
from tests.pages.conftest import abraham_accords

pytestmark = pytest.mark.browser

SCRIPT = "<script>alert('xss-script')</script>"
IMAGE = "<img src=x onerror=\"alert('xss-img')\">"
PAYLOAD = f"{SCRIPT}{IMAGE}"
# Elements a payload would have grown had it been parsed as markup.
INJECTED_IMAGES = "img[src='x'], img[onerror]"
INJECTED_SCRIPTS = "[...document.scripts].filter(s => s.text.includes('xss')).length"


@pytest.fixture
def hostile(site):
    """An accepted claim whose every field people or feeds can fill carries the payload."""
    article = factories.article(
        title=f"Title {PAYLOAD}",
        outlet=f"Outlet {PAYLOAD}",
        text=f"Kazakhstan joined. {PAYLOAD} The end.",
        language="en",
        url="https://news.example/xss",
    )
    claim = factories.announcement(
        abraham_accords(),
        "KZ",
        EventKind.ANNOUNCED_JOINING,
        date(2025, 11, 6),
        source=article,
        quote=f"Quote {PAYLOAD}",
    )
    accepted = announcement_accept(announcement=claim)
    Evidence.objects.create(event=accepted.event, title=f"Document {PAYLOAD}")
    pending = factories.announcement(
        abraham_accords(), "SA", StanceKind.REFUSES, date(2025, 11, 7), source=article,
        quote=f"Pending {PAYLOAD}",
    )  # fmt: skip
    stance = Stance.objects.create(
        agreement=abraham_accords(), country=factories.country("SA"), kind=StanceKind.REFUSES,
        date=date(2025, 11, 7), precision=Precision.DAY, summary=f"Summary {PAYLOAD}",
    )  # fmt: skip
    Evidence.objects.create(stance=stance, article=article, quote=f"Stance quote {PAYLOAD}")
    feed = Feed.objects.create(url="https://news.example/rss", title=f"Feed {PAYLOAD}")
    alias = CountryAlias.objects.create(
        country=factories.country("KZ"), lang="en", text=f"Alias {PAYLOAD}"
    )
    return {
        "article": article,
        "claim": accepted,
        "pending": pending,
        "stance": stance,
        "feed": feed,
        "alias": alias,
    }


@pytest.fixture
def watched(open_page):
    """Open pages with every dialog recorded (and dismissed): a dialog means a payload ran."""
    dialogs: list[str] = []

    def open_(url: str, context=None):
        page = context.new_page() if context else open_page("about:blank")
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(url)
        return page

    open_.dialogs = dialogs
    return open_


def assert_inert(page, *shown: str) -> None:
    """No element grew from a payload, and each of `shown` is visible as text."""
    assert page.locator(INJECTED_IMAGES).count() == 0, page.url
    assert page.evaluate(INJECTED_SCRIPTS) == 0, page.url
    text = page.locator("body").inner_text()
    for expected in shown:
        assert expected in text, (page.url, expected)


def test_reader_pages_show_the_payloads_as_text(site, hostile, watched):
    article = hostile["article"]
    pages = {
        f"/en/articles/{article.pk}/": [f"Title {PAYLOAD}", PAYLOAD],
        "/en/countries/KZ/": [f"Quote {PAYLOAD}"],
        "/ar/countries/KZ/": [f"Quote {PAYLOAD}"],
        "/en/countries/SA/": [f"Stance quote {PAYLOAD}"],
        "/en/agreements/abraham-accords/": [],
        f"/en/search/?q={article.title[:5]}": [],
    }
    for path, shown in pages.items():
        assert_inert(watched(site.url + path), *shown)
    assert watched.dialogs == []


@pytest.fixture
def admin_context(browser, site):
    """A browser context signed in to the admin as a superuser, through the login form."""
    factories.user("root", is_staff=True, is_superuser=True)
    context = browser.new_context()
    page = context.new_page()
    page.goto(site.url + reverse("admin:login"))
    page.fill("#id_username", "root")
    page.fill("#id_password", "x-test-password-x")
    page.click("input[type=submit]")
    page.wait_for_url(f"{site.url}/admin/")
    page.close()
    yield context
    context.close()


def test_the_admin_shows_the_payloads_as_text(site, hostile, watched, admin_context):
    claim, pending, article = hostile["claim"], hostile["pending"], hostile["article"]
    lists = {
        reverse("admin:agreements_announcement_changelist") + "?state=all": [
            f"Quote {PAYLOAD}",
            f"Pending {PAYLOAD}",
            f"Outlet {PAYLOAD}",
        ],
        reverse("admin:agreements_sourcearticle_changelist"): [f"Title {PAYLOAD}"],
        reverse("admin:ingest_feed_changelist"): [f"Feed {PAYLOAD}"],
        reverse("admin:agreements_stance_changelist"): [f"Summary {PAYLOAD}"],
        reverse("admin:agreements_participationevent_changelist"): [],
        reverse("admin:agreements_country_changelist") + "?q=Alias": [],
        reverse("admin:agreements_announcement_change", args=[pending.pk]): [
            f"Pending {PAYLOAD}",
            f"Title {PAYLOAD}",
        ],
        reverse("admin:agreements_announcement_change", args=[claim.pk]): [f"Quote {PAYLOAD}"],
        reverse("admin:agreements_sourcearticle_change", args=[article.pk]): [],
        reverse("admin:agreements_participationevent_change", args=[claim.event_id]): [],
        reverse("admin:agreements_stance_change", args=[hostile["stance"].pk]): [],
        reverse("admin:ingest_feed_change", args=[hostile["feed"].pk]): [],
        reverse("admin:agreements_country_change", args=[hostile["alias"].country_id]): [],
        reverse("admin:agreements_participationevent_history", args=[claim.event_id]): [],
    }
    for path, shown in lists.items():
        page = watched(site.url + path, admin_context)
        assert "/admin/login/" not in page.url, "not signed in"
        assert_inert(page, *shown)
    # In forms the payloads are the values of fields, exactly as stored.
    form = watched(
        site.url + reverse("admin:agreements_sourcearticle_change", args=[article.pk]),
        admin_context,
    )
    assert form.locator("#id_title").input_value() == f"Title {PAYLOAD}"
    assert form.locator("#id_text").input_value() == article.text
    country = watched(
        site.url + reverse("admin:agreements_country_change", args=[hostile["alias"].country_id]),
        admin_context,
    )
    values = [field.input_value() for field in country.locator("input[name$='-text']").all()]
    assert f"Alias {PAYLOAD}" in values
    feed = watched(
        site.url + reverse("admin:ingest_feed_change", args=[hostile["feed"].pk]), admin_context
    )
    assert feed.locator("#id_title").input_value() == f"Feed {PAYLOAD}"
    assert watched.dialogs == []
