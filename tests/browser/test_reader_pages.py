import pytest

from tests import factories
from tests.browser.conftest import DESKTOP, PHONE
from tests.pages.conftest import KZ_QUOTE, kazakhstan_joins_abraham_accords

pytestmark = pytest.mark.browser


@pytest.fixture
def kazakhstan(site):
    return kazakhstan_joins_abraham_accords()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_kazakhstan_page_shows_the_abraham_accords_entry_with_its_quote(
    site, kazakhstan, open_page, screenshot, lang
):
    for size, viewport in [("desktop", DESKTOP), ("phone", PHONE)]:
        page = open_page(f"{site.url}/{lang}/countries/KZ/", viewport)
        entry = page.locator(f"#event-{kazakhstan.event_id}")
        assert entry.is_visible()
        expected_name = {"ar": "الاتفاقات الإبراهيمية", "en": "Abraham Accords"}[lang]
        assert expected_name in entry.inner_text()
        quote = entry.locator("blockquote")
        assert quote.inner_text().strip() == KZ_QUOTE
        assert quote.get_attribute("dir") == "auto"
        assert quote.evaluate("el => getComputedStyle(el).direction") == "rtl"
        assert page.locator("html").get_attribute("lang") == lang
        widest = page.evaluate("document.documentElement.scrollWidth")
        assert widest <= viewport["width"], "the page scrolls sideways"
        screenshot(page, f"country-KZ-{lang}-{size}")


def test_switching_language_flips_direction(site, kazakhstan, open_page):
    page = open_page(f"{site.url}/en/countries/KZ/")
    assert page.locator("html").get_attribute("dir") == "ltr"
    page.get_by_role("button", name="العربيّة").click()
    page.wait_for_url("**/ar/countries/KZ/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("h1").inner_text().strip().endswith("كازاخستان")
    page.get_by_role("button", name="English").click()
    page.wait_for_url("**/en/countries/KZ/")
    assert page.locator("html").get_attribute("dir") == "ltr"


def test_the_agreement_page_draws_its_chart_and_participants_table(
    site, kazakhstan, open_page, screenshot
):
    page = open_page(f"{site.url}/en/agreements/abraham-accords/")
    chart = page.locator("svg.chart")
    assert chart.bounding_box()["width"] > 300
    assert page.locator("svg.chart path.certain").count() == 1
    rows = page.locator("#participants tbody tr")
    assert rows.count() >= 2
    assert "Kazakhstan" in page.locator("#participants").inner_text()
    assert page.locator("svg.world-map path.s-possibly").count() >= 1
    page.locator("#participants thead").get_by_role("link", name="Signed", exact=True).click()
    assert page.locator('th[aria-sort="ascending"]').inner_text().startswith("Signed")
    page.get_by_label("Date", exact=True).fill("2021-01-01")
    page.get_by_role("button", name="Show parties").click()
    assert "certainly parties on 1 January 2021" in page.locator(".parties-answer").inner_text()
    screenshot(page, "agreement-abraham-accords-en-desktop")


def test_a_script_in_an_article_is_shown_as_text(site, open_page):
    payload = (
        "<script>document.title='owned'</script><img src=x onerror=\"document.title='owned'\">"
    )
    article = factories.article(title=payload, text=f"Before {payload} after", language="en")
    page = open_page(f"{site.url}/en/articles/{article.pk}/")
    assert page.title() != "owned"
    assert payload in page.locator("h1").inner_text()
    assert payload in page.locator(".article-text").inner_text()
    assert page.locator(".article-text script, .article-text img, h1 img").count() == 0
