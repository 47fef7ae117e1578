"""Cleaning pages and pasted text, and guessing the language."""

import datetime
from pathlib import Path

import pytest

from ingest.clean import clean_article, detect_language

SEED = Path(__file__).parents[2] / "samples" / "articles" / "kazakhstan-abraham-accords.ar.txt"

HTML_PAGE = """<!doctype html>
<html lang="en"><head>
<title>Finland joins NATO | Example News</title>
<meta property="og:title" content="Finland becomes NATO's 31st member">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2023-04-04T15:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Finland becomes NATO's 31st member</h1>
<p>Finland formally joined the North Atlantic Treaty Organization on Tuesday, when its foreign
minister handed the instrument of accession to the United States in Brussels.</p>
<p>Read also: Sweden's bid still waits for ratification in Ankara and Budapest</p>
<p>The accession doubled the length of the alliance's border with Russia, officials said in a
statement released after the ceremony at the headquarters.</p>
<p>The flag of Finland was raised outside the headquarters in the afternoon, in a short
ceremony attended by the ministers of every member state.</p>
</article>
<footer>Share on Facebook | Twitter | WhatsApp</footer>
</body></html>"""


@pytest.fixture(scope="module")
def seed():
    return clean_article(SEED.read_text(encoding="utf-8"))


def test_the_seed_headline_becomes_the_title(seed):
    assert seed.title == "كازاخستان تنضم إلى الاتفاقات الإبراهيمية"


def test_the_seed_headline_is_not_repeated_in_the_text(seed):
    assert "كازاخستان تنضم إلى الاتفاقات الإبراهيمية\n" not in seed.text
    assert seed.text.startswith("أعلنت كازاخستان رسميًا")


def test_the_read_also_line_goes_with_its_linked_headline(seed):
    assert "اقرأ" not in seed.text
    assert "الكويت" not in seed.text
    assert "كيرالا" not in seed.text


def test_the_suggested_stories_trailer_goes(seed):
    assert "قصص مقترحة" not in seed.text
    assert seed.text.endswith("الدولة الفلسطينية المستقلة.")


def test_the_metadata_row_gives_date_and_author_and_leaves_the_text(seed):
    assert seed.published_raw == "07-11-2025"
    assert seed.author == "أحمد"
    assert "نشر في" not in seed.text
    assert "بواسطة" not in seed.text


def test_the_dateline_city_line_goes(seed):
    assert not seed.text.startswith("واشنطن")
    assert "\n\nواشنطن\n\n" not in seed.text


def test_the_seed_is_arabic(seed):
    assert seed.lang_hint == "ar"


def test_html_goes_through_trafilatura_with_metadata():
    article = clean_article(HTML_PAGE, content_type="text/html; charset=utf-8")
    assert "Finland" in article.title
    assert article.author == "Jane Roe"
    assert article.outlet == "Example News"
    assert article.published_raw.startswith("2023-04-04")
    assert "formally joined the North Atlantic Treaty Organization" in article.text
    assert "Read also" not in article.text
    assert "Ankara" not in article.text
    assert article.lang_hint == "en"


def test_html_is_recognised_without_a_content_type():
    article = clean_article(HTML_PAGE)
    assert "formally joined" in article.text


@pytest.mark.parametrize(
    "line",
    [
        "اقرأ أيضا: وزير الخارجية يزور الكويت",
        "Read also: Kuwait hosts summit",
        "Lire aussi : Le Koweït accueille un sommet",
        "À lire aussi : Le Koweït accueille un sommet",
        "Читайте также: Кувейт примет саммит",
        "Lee también: Kuwait acoge una cumbre",
    ],
)
def test_read_also_lines_are_removed_in_every_language(line):
    body = (
        "Headline of the day\n\nThe first paragraph of the story is long enough to be kept here.\n"
        f"{line}\nThe second paragraph of the story is also long enough to be kept."
    )
    article = clean_article(body, content_type="text/plain")
    assert "Kuwait" not in article.text
    assert "Кувейт" not in article.text
    assert "Koweït" not in article.text
    assert "الكويت" not in article.text
    assert "second paragraph" in article.text


def test_bylines_share_bars_and_update_lines_are_removed():
    body = (
        "Sweden joins NATO\n"
        "By Jane Roe\n"
        "Updated: March 7, 2024 18:00\n"
        "Share | Facebook | Twitter | Email\n"
        "Sweden became the 32nd member of the alliance on Thursday, in Washington.\n"
        "Related stories\n"
        "Finland joins NATO\n"
    )
    article = clean_article(body)
    assert article.title == "Sweden joins NATO"
    assert article.author == "Jane Roe"
    assert article.text == (
        "Sweden became the 32nd member of the alliance on Thursday, in Washington."
    )


def test_an_english_dateline_prefix_is_removed():
    body = (
        "Sweden joins NATO\n"
        "WASHINGTON (Reuters) - Sweden became the 32nd member of NATO on Thursday, "
        "ending decades of neutrality."
    )
    assert clean_article(body).text.startswith("Sweden became")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("أعلنت كازاخستان انضمامها إلى الاتفاقات الإبراهيمية", "ar"),
        ("Kazakhstan has joined the Abraham Accords, the president said", "en"),
        ("Le Kazakhstan a rejoint les accords d'Abraham, a annoncé le président", "fr"),
        ("Казахстан присоединился к Соглашениям Авраама", "ru"),
        ("Kazajistán se unió a los Acuerdos de Abraham, anunció el presidente", "es"),
        ("قزاقستان به پیمان ابراهیم پیوست و این گام مهمی برای کشور است", "fa"),
        ("Казахстан приєднався до Угод Авраама, і це їхнє рішення", "und"),
        ("שלום עולם", "und"),
        ("", "und"),
    ],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    "line",
    [
        "- Colombia estudia sumarse a la iniciativa",
        "• Sweden's NATO hopes hinge on Ankara",
        "→ Гамбия объяснила решение покинуть МУС",
        "Más información: Hungría anuncia su salida de la CPI",
        "More information: Hungary leaves the court",
    ],
)
def test_bulleted_links_and_more_information_lines_go(line):
    body = "Panama left the initiative on Thursday, the president said.\n\n" + line
    cleaned = clean_article(f"Panama leaves\n\n{body}\n\nThe decision was expected.")
    assert line not in cleaned.text
    assert "The decision was expected." in cleaned.text


def test_the_titles_listed_under_a_read_also_line_go_with_it():
    body = (
        "Russia withdrew its signature on Wednesday, the Kremlin said.\n\n"
        "Читайте также:\n"
        "Гамбия объяснила решение покинуть МУС\n"
        "ЮАР: оппозиция оспаривает выход из МУС в суде\n\n"
        "The decision was expected."
    )
    cleaned = clean_article(f"Russia leaves\n\n{body}")
    assert "Гамбия" not in cleaned.text and "ЮАР" not in cleaned.text
    assert "The decision was expected." in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        "Tags: NATO, Sweden, Turkey",
        "Etiquetas: OTAN, Santos, política exterior",
        "وسوم: الجزائر، تبون، التطبيع، اتفاقات أبراهام",
        "Теги: Молдова, СНГ, Евросоюз",
    ],
)
def test_tag_lines_go(line):
    cleaned = clean_article(f"Panama leaves\n\nPanama left on Thursday.\n\n{line}")
    assert line not in cleaned.text


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (
            "Straits Regional News\nThursday, July 24, 1997\n\nASEAN WELCOMES LAOS AND BURMA\n\n"
            "Laos and Burma became members of ASEAN on Wednesday.",
            "ASEAN WELCOMES LAOS AND BURMA",
        ),
        (
            "Балтийский курьер — Рига\nПятница, 21 декабря 2007 г.\n\nПрибалтика в Шенгене\n\n"
            "В ночь на пятницу Латвия вошла в Шенгенскую зону.",
            "Прибалтика в Шенгене",
        ),
        (
            "Le Courrier du Détroit — Tanger\nMardi 23 mai 1989\n\nL'Égypte retrouve sa "
            "place dans la Ligue arabe\n\nL'Égypte a réintégré dimanche la Ligue arabe.",
            "L'Égypte retrouve sa place dans la Ligue arabe",
        ),
        (
            "النهار الجديد — بيروت\nالجمعة 21 تموز 1961\n\nالكويت عضو في الجامعة العربية\n\n"
            "قرر مجلس الجامعة أمس قبول الكويت عضوا.",
            "الكويت عضو في الجامعة العربية",
        ),
    ],
)
def test_an_outlet_line_over_a_date_line_is_not_the_headline(page, title):
    assert clean_article(page).title == title


def test_an_outlet_line_over_a_dated_rubric_line_is_not_the_headline():
    page = (
        "WEST AFRICA MONITOR\nTuesday 14 February 2017 | Justice\n\nGambia stays in the court\n\n"
        "The new government cancelled the withdrawal on Friday."
    )
    assert clean_article(page).title == "Gambia stays in the court"


def test_a_date_line_with_its_rubric_is_passed_over_for_the_headline():
    page = (
        "EL CORREO DEL CARIBE\nViernes, 9 de junio de 2000 — Sección: Mundo\n\n"
        "Venezuela se suma a la Corte\n\nVenezuela depositó el miércoles su instrumento."
    )
    assert clean_article(page).title == "Venezuela se suma a la Corte"


@pytest.mark.parametrize(
    ("label", "headline"),
    [
        ("Рубрика: Соседи", "Финляндия подаёт заявку в сообщество"),
        ("Rubrique : Europe", "La Finlande demande son adhésion"),
        ("Sección: Internacional", "Finlandia pide el ingreso"),
        ("القسم: دولي", "فنلندا تطلب الانضمام"),
    ],
)
def test_a_section_label_line_over_the_headline_is_passed_over(label, headline):
    page = f"{label}\n\n{headline}\n\nHELSINKI. The text follows."
    cleaned = clean_article(page)
    assert cleaned.title == headline
    assert label in cleaned.text  # kept with the body for what it tells


def test_a_short_headline_over_a_date_line_and_its_first_paragraph_stays_the_title():
    page = "Sweden joins NATO\n07-03-2024\n\nSweden became NATO's 32nd member on Thursday."
    assert clean_article(page).title == "Sweden joins NATO"


def test_a_bulleted_sentence_with_its_full_stop_stays():
    line = "- Panama notified China of its withdrawal on Thursday."
    cleaned = clean_article(f"Panama leaves\n\nThe president spoke on Friday.\n\n{line}")
    assert line in cleaned.text


def _gold_pages() -> list[tuple[Path, str]]:
    import json

    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    pages = []
    for gold in sorted(fixtures.glob("*/gold.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["file"].endswith(".html") and row.get("published"):
                pages.append((gold.parent / row["file"], row["published"]))
    return pages


@pytest.mark.parametrize("page,published", _gold_pages(), ids=lambda v: getattr(v, "name", v))
def test_an_html_page_is_dated_by_its_markup_or_byline_never_by_a_year_in_its_text(page, published):
    """The labelled pages' publication dates, found from the page alone: a <time> or meta tag,
    else the byline ("Publié le 16 mars 2022", "الجمعة 7 تشرين الثاني 2025"). A bare year in
    the text or the copyright line is not a publication date."""
    from ingest.dates import parse_publication_date

    cleaned = clean_article(page.read_text(encoding="utf-8"))
    assert cleaned.published_raw, page.name
    assert parse_publication_date(cleaned.published_raw, None).isoformat() == published


def test_a_byline_whose_parts_are_separated_by_an_entity_gives_the_page_s_date():
    page = (
        "<html><body><article><h1>Sweden joins</h1><p class='byline'>By Anna Berg, Nordic "
        "Affairs Correspondent &middot; Thursday, March 7, 2024, 6:05am</p><p>Sweden became the "
        "32nd member of the alliance on Thursday, after a wait that began in 2022. Its flag "
        "was raised at the headquarters on Monday.</p></article></body></html>"
    )
    from ingest.dates import parse_publication_date

    cleaned = clean_article(page)
    assert cleaned.published_raw is not None
    assert parse_publication_date(cleaned.published_raw, None) == datetime.date(2024, 3, 7)


def test_a_page_whose_only_dates_are_in_its_text_has_no_publication_date():
    page = (
        "<html><body><article><h1>Sweden joins</h1><p>Sweden became the 32nd member of the "
        "alliance on 7 March 2024, after a wait that began in 2022.</p></article>"
        "<footer>© 2024 Example News</footer></body></html>"
    )
    assert clean_article(page).published_raw is None


def test_section_and_date_lines_above_a_plain_headline_are_passed_over():
    raw = (
        "Ciencia y Espacio | El Observador\n"
        "10 de diciembre de 2021 · 08:40 h · Ciudad de México\n\n"
        "México se suma a los Acuerdos Artemisa\n\n"
        "El gobierno mexicano firmó este jueves los Acuerdos Artemisa.\n"
    )
    cleaned = clean_article(raw)
    assert cleaned.title == "México se suma a los Acuerdos Artemisa"
    assert "México se suma" not in cleaned.text
    assert cleaned.text.rstrip().endswith("firmó este jueves los Acuerdos Artemisa.")


def test_an_outlet_in_capitals_and_a_weekday_date_above_a_headline_are_passed_over():
    raw = (
        "DIARIO DEL PACÍFICO SUR — Nacional\n"
        "Martes 30 de junio de 2009\n\n"
        "Chile se incorpora a la Corte Penal Internacional\n\n"
        "Chile entregó ayer el instrumento de ratificación del Estatuto de Roma.\n"
    )
    assert clean_article(raw).title == "Chile se incorpora a la Corte Penal Internacional"


def test_a_plain_text_that_opens_with_a_sentence_has_no_title():
    cleaned = clean_article("Mundo | Crónica\n\nEl gobierno firmó el acuerdo el jueves.\n")
    assert cleaned.title is None


def test_a_read_more_link_whose_words_run_together_goes():
    raw = (
        "المجر تنسحب\n\nأعلنت المجر انسحابها من المحكمة.\n\n"
        "اقرأالمزيد: المجر تخطر الأمم المتحدة رسمياً بانسحابها\n\nوقال المتحدث إن القرار نهائي.\n"
    )
    text = clean_article(raw).text
    assert "تخطر" not in text
    assert "القرار نهائي" in text


def test_a_one_word_rubric_over_a_headline_is_passed_over_and_a_weekday_dateline_stays():
    raw = (
        "FROM THE ARCHIVE — Pacific Chronicle, Wednesday, August 9, 1967\n"
        "ASIA\n\n"
        "FIVE NATIONS FORM A COMMON MARKET FOR SOUTH-EAST ASIA\n\n"
        "By Our Staff Reporter\n"
        "BANGKOK, Tuesday\n\n"
        "Five foreign ministers signed a declaration here today.\n"
    )
    cleaned = clean_article(raw)
    assert cleaned.title == "FIVE NATIONS FORM A COMMON MARKET FOR SOUTH-EAST ASIA"
    # the dateline tells which day "today" is; a bare place or a caption still goes
    assert "BANGKOK, Tuesday" in cleaned.text.splitlines()
    assert "ASIA" not in cleaned.text.splitlines()
    assert "Staff Reporter" not in cleaned.text


def test_a_short_line_without_a_weekday_still_goes():
    cleaned = clean_article(
        "Headline of the day\n\nBANGKOK, Thailand\n\nThe ministers met today.\n"
    )
    assert "BANGKOK" not in cleaned.text


@pytest.mark.parametrize(
    "raw",
    [
        "من أرشيف «المرصاد» البيروتية\nالعدد الصادر يوم الاثنين 31 كانون الثاني 1972\n\n"
        "باكستان تخرج من الكومنولث\n\nأعلنت باكستان أمس الأحد خروجها من رابطة الكومنولث.\n",
        "من أرشيف الصحيفة — الاثنين 31 كانون الثاني/يناير 1972\n\n"
        "باكستان تخرج من الكومنولث\n\nأعلنت باكستان أمس الأحد خروجها من رابطة الكومنولث.\n",
    ],
)
def test_an_archive_label_and_an_issue_s_date_line_are_passed_over(raw):
    assert clean_article(raw).title == "باكستان تخرج من الكومنولث"


def test_an_arabic_rubric_under_an_archive_label_is_passed_over():
    raw = (
        "من أرشيف «الضفّة» — الثلاثاء 29 أيار 1979\n\nشؤون دولية\n\n"
        "اليونان تنضم إلى السوق الأوروبية المشتركة\n\n"
        "وقّعت اليونان أمس الاثنين في أثينا معاهدة انضمامها.\n"
    )
    assert clean_article(raw).title == "اليونان تنضم إلى السوق الأوروبية المشتركة"
    # with nothing above it, a short line is the headline
    assert clean_article("قمة بيروت\n\nانتهت القمة أمس.\n").title == "قمة بيروت"
