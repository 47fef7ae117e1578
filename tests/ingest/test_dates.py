"""Publication dates and dates in sentences, in Arabic, English, French, Russian and Spanish."""

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.dates import find_dates, parse_publication_date

D = datetime.date
FRIDAY = D(2025, 11, 7)


def only(sentence, lang, published=FRIDAY):
    found = find_dates(sentence, lang=lang, published=published)
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------- publication dates


@pytest.mark.parametrize("lang", ["ar", "fr", "ru", "es", "en", None])
def test_numeric_publication_dates_are_day_first(lang):
    assert parse_publication_date("07-11-2025", lang) == D(2025, 11, 7)


def test_month_first_is_read_only_when_day_first_is_impossible():
    assert parse_publication_date("11/27/2025", "en") == D(2025, 11, 27)


@pytest.mark.parametrize(
    ("raw", "lang", "expected"),
    [
        ("November 7, 2025", "en", D(2025, 11, 7)),
        ("7 November 2025", "en", D(2025, 11, 7)),
        ("vendredi 7 novembre 2025 à 10h", "fr", D(2025, 11, 7)),
        ("7 ноября 2025 года", "ru", D(2025, 11, 7)),
        ("7 de noviembre de 2025", "es", D(2025, 11, 7)),
        ("الجمعة 7 تشرين الثاني 2025", "ar", D(2025, 11, 7)),
        ("٠٧-١١-٢٠٢٥", "ar", D(2025, 11, 7)),
        ("2025-11-07T10:00:00+03:00", None, D(2025, 11, 7)),
        ("Fri, 07 Nov 2025 10:00:00 GMT", None, D(2025, 11, 7)),
    ],
)
def test_publication_dates_in_common_forms(raw, lang, expected):
    assert parse_publication_date(raw, lang) == expected


@pytest.mark.parametrize("raw", ["", "   ", "no date here", "99-99-9999"])
def test_a_publication_date_that_is_not_there_is_none(raw):
    assert parse_publication_date(raw, "en") is None


# ---------------------------------------------------------------- weekdays and relative days


def test_arabic_thursday_resolves_to_nov_6():
    found = only("خلال عشاء رسمي في البيت الأبيض يوم الخميس", "ar")
    assert (found.date, found.precision, found.derivation) == (D(2025, 11, 6), "day", "relative")
    assert found.phrase == "يوم الخميس"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("أعلن ذلك الخميس", "ar"),
        ("وقعت الاتفاقية الخميس الماضي", "ar"),
        ("The deal was announced on Thursday", "en"),
        ("L'accord a été annoncé jeudi", "fr"),
        ("Об этом объявили в четверг", "ru"),
        ("El acuerdo se anunció el jueves", "es"),
    ],
)
def test_thursday_in_every_language_is_the_day_before_a_friday(sentence, lang):
    assert only(sentence, lang).date == D(2025, 11, 6)


def test_the_publication_weekday_means_the_publication_day():
    assert only("The treaty was signed on Friday", "en").date == FRIDAY


def test_last_friday_in_a_friday_paper_is_a_week_before():
    assert only("وقعت الاتفاقية يوم الجمعة الماضي", "ar").date == D(2025, 10, 31)


def test_a_coming_weekday_is_not_resolved():
    assert find_dates("The vote is due next Tuesday", lang="en", published=FRIDAY) == []
    assert find_dates("التصويت يوم الثلاثاء المقبل", lang="ar", published=FRIDAY) == []


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("أعلنت اليوم انضمامها", "ar", FRIDAY),
        ("وقعت أمس", "ar", D(2025, 11, 6)),
        ("signed yesterday", "en", D(2025, 11, 6)),
        ("annoncé aujourd'hui", "fr", FRIDAY),
        ("signé hier", "fr", D(2025, 11, 6)),
        ("подписали вчера", "ru", D(2025, 11, 6)),
        ("сегодня объявили", "ru", FRIDAY),
        ("firmado ayer", "es", D(2025, 11, 6)),
        ("anunciado hoy", "es", FRIDAY),
    ],
)
def test_today_and_yesterday(sentence, lang, expected):
    found = only(sentence, lang)
    assert (found.date, found.derivation) == (expected, "relative")


def test_relative_words_need_a_publication_date():
    assert find_dates("signed yesterday on Thursday", lang="en", published=None) == []


# ---------------------------------------------------------------- explicit dates


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("في 6 تشرين الثاني 2025", "ar"),
        ("في 6 نوفمبر/تشرين الثاني 2025", "ar"),
        ("في 6 تشرين الثاني/نوفمبر 2025", "ar"),
        ("في ٦ نوفمبر ٢٠٢٥", "ar"),
        ("في 6 نونبر 2025", "ar"),
        ("on November 6, 2025", "en"),
        ("on 6 November 2025", "en"),
        ("le 6 novembre 2025", "fr"),
        ("6 ноября 2025 года", "ru"),
        ("el 6 de noviembre de 2025", "es"),
    ],
)
def test_explicit_day_dates_are_stated(sentence, lang):
    found = only(sentence, lang)
    assert (found.date, found.precision, found.derivation) == (D(2025, 11, 6), "day", "stated")


@pytest.mark.parametrize(
    ("name", "month"),
    [
        ("كانون الثاني", 1),
        ("شباط", 2),
        ("آذار", 3),
        ("نيسان", 4),
        ("أيار", 5),
        ("حزيران", 6),
        ("تموز", 7),
        ("آب", 8),
        ("أيلول", 9),
        ("تشرين الأول", 10),
        ("كانون الأول", 12),
        ("ماي", 5),
        ("يوليوز", 7),
        ("غشت", 8),
        ("شتنبر", 9),
        ("دجنبر", 12),
        ("جانفي", 1),
    ],
)
def test_levantine_and_maghrebi_months(name, month):
    assert only(f"في 3 {name} 2024", "ar").date == D(2024, month, 3)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("التي أُطلقت عام 2020م", "ar"),
        ("launched in 2020", "en"),
        ("lancés en 2020", "fr"),
        ("в 2020 году", "ru"),
        ("firmados en 2020", "es"),
        ("عام ٢٠٢٠", "ar"),
    ],
)
def test_a_bare_year_has_year_precision(sentence, lang):
    found = only(sentence, lang)
    assert (found.date, found.precision, found.derivation) == (D(2020, 1, 1), "year", "stated")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("في أيلول 2023", "ar"),
        ("in September 2023", "en"),
        ("en septembre 2023", "fr"),
        ("в сентябре 2023 года", "ru"),
        ("en septiembre de 2023", "es"),
    ],
)
def test_month_and_year_have_month_precision(sentence, lang):
    found = only(sentence, lang)
    assert (found.date, found.precision) == (D(2023, 9, 1), "month")


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("в январе 1999 года", 1),
        ("в мае 1997 года", 5),  # "май": normalising makes it "маи", the stem is "ма"
        ("в июне 2001 г.", 6),
        ("в сентябре 2023 года", 9),
    ],
)
def test_every_russian_month_in_the_prepositional_case(sentence, month):
    found = only(sentence, "ru")
    assert (found.date.month, found.precision) == (month, "month")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("joined last year", "en"),
        ("se sumó a fines del año pasado", "es"),
        ("присоединилась в конце прошлого года", "ru"),
    ],
)
def test_last_year_is_the_previous_year_at_year_precision(sentence, lang):
    found = only(sentence, lang)
    assert (found.date, found.precision, found.derivation) == (D(2024, 1, 1), "year", "relative")


@pytest.mark.parametrize(
    ("sentence", "lang", "month"),
    [
        ("a rejoint l'OTAN au début du mois", "fr", 1),
        ("a rejoint l'OTAN à la fin du mois dernier", "fr", 12),
        ("вступила в НАТО в начале этого месяца", "ru", 1),
        ("вступила в НАТО в конце прошлого месяца", "ru", 12),
    ],
)
def test_this_month_and_last_month_inside_longer_phrases(sentence, lang, month):
    found = only(sentence, lang, published=D(2024, 1, 20))
    assert (found.date.month, found.precision) == (month, "month")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("will take effect for Canada early next month", "en"),
        ("entrera en vigueur le mois prochain", "fr"),
        ("entrará en vigor el próximo mes", "es"),
        ("вступит в силу в следующем месяце", "ru"),
        ("يدخل حيز التنفيذ الشهر المقبل", "ar"),
    ],
)
def test_next_month_is_the_following_month_at_month_precision(sentence, lang):
    found = only(sentence, lang)
    assert (found.date, found.precision) == (D(2025, 12, 1), "month")


def test_numeric_dates_in_sentences_are_day_first():
    assert only("وقعت في 07/11/2025", "ar").date == D(2025, 11, 7)


def test_an_impossible_date_is_skipped():
    assert find_dates("on 31 February 2025", lang="en", published=FRIDAY) == []


# ---------------------------------------------------------------- properties

LANGS = st.sampled_from(["ar", "en", "fr", "ru", "es", "und", "xx"])
PUBLISHED = st.dates(min_value=D(1990, 1, 1), max_value=D(2090, 12, 31))
WORDS = st.sampled_from(
    [
        "يوم",
        "الخميس",
        "الماضي",
        "أمس",
        "اليوم",
        "عام",
        "2020",
        "٢٠٢٠",
        "نوفمبر",
        "/",
        "تشرين",
        "الثاني",
        "on",
        "Thursday",
        "yesterday",
        "jeudi",
        "hier",
        "в",
        "четверг",
        "вчера",
        "el",
        "jueves",
        "ayer",
        "hoy",
        "31",
        "6",
        "last",
        "next",
        "year",
        "May",
        "2025",
        "-",
        "07",
    ]
)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=200), lang=LANGS, published=st.none() | PUBLISHED)
def test_find_dates_never_raises(text, lang, published):
    find_dates(text, lang=lang, published=published)


@settings(max_examples=300, deadline=None)
@given(words=st.lists(WORDS, max_size=12), lang=LANGS, published=PUBLISHED)
def test_a_relative_date_never_lies_after_publication(words, lang, published):
    for found in find_dates(" ".join(words), lang=lang, published=published):
        if found.derivation == "relative":
            assert found.date <= published


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=80), lang=LANGS)
def test_parse_publication_date_never_raises(text, lang):
    parse_publication_date(text, lang)


def test_arabic_monday_evening_resolves_to_the_monday_before():
    assert only("وقع الرئيس مساء الاثنين أمراً تنفيذياً", "ar").date == D(2025, 11, 3)


def test_arabic_monday_night_resolves_to_the_monday_before():
    # "مع انتصاف ليل الاثنين": at Monday midnight
    assert only("أصبح الانسحاب نافذا مع انتصاف ليل الاثنين", "ar").date == D(2025, 11, 3)


def test_arabic_two_without_a_day_word_is_not_a_monday():
    assert not find_dates("وقع الاثنين على الاتفاق", lang="ar", published=FRIDAY)


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("It joined last December.", "en", D(2024, 12, 1)),
        ("Elle a adhéré en décembre dernier.", "fr", D(2024, 12, 1)),
        ("Se adhirió el pasado diciembre.", "es", D(2024, 12, 1)),
        ("China lo ratificó a comienzos de septiembre.", "es", D(2025, 9, 1)),
        ("Se adhirió a mediados de octubre.", "es", D(2025, 10, 1)),
        ("Это произошло в декабре прошлого года.", "ru", D(2024, 12, 1)),
        ("انضمت في شباط الماضي.", "ar", D(2025, 2, 1)),
        ("وقّعت في دجنبر الماضي.", "ar", D(2024, 12, 1)),
        ("انضمت في كانون الثاني/يناير من العام الماضي.", "ar", D(2024, 1, 1)),
        ("The ministers met at the end of October.", "en", D(2025, 10, 1)),
        ("Le traité a été signé à la fin du mois de mars.", "fr", D(2025, 3, 1)),
        ("L'instrument a été déposé à la fin de septembre.", "fr", D(2025, 9, 1)),
        ("Le pays a signé au début d'octobre.", "fr", D(2025, 10, 1)),
    ],
)
def test_a_month_without_a_year_has_month_precision(sentence, lang, expected):
    found = only(sentence, lang)
    assert (found.date, found.precision) == (expected, "month")


def test_a_month_with_its_other_name_and_a_year_is_one_date():
    found = only("وقّعت في أيلول/سبتمبر 2020.", "ar")
    assert (found.date, found.precision) == (D(2020, 9, 1), "month")


@pytest.mark.parametrize(
    "text",
    [
        "اعتباراً من الأول من كانون الثاني/يناير 2019",
        # Maghrebi: "the opening one of January"
        "اعتبارا من الفاتح جانفي 2019",
        "ابتداء من فاتح يناير 2019",
        # "the blaze of January": the first day
        "دخل حيز التنفيذ في غرة جانفي 2019",
        "وبغرة كانون الثاني/يناير 2019",
    ],
)
def test_the_first_of_a_month_is_a_day(text):
    found = only(text, "ar")
    assert (found.date, found.precision) == (D(2019, 1, 1), "day")


# ---------------------------------------------------------------- days named without a year


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("وقعت في 2 كانون الثاني الماضي", "ar", D(2025, 1, 2)),
        ("signé le 2 janvier dernier", "fr", D(2025, 1, 2)),
        ("firmado el pasado 2 de enero", "es", D(2025, 1, 2)),
        ("подписан 2 января прошлого года", "ru", D(2024, 1, 2)),
        ("signed on January 2 of last year", "en", D(2024, 1, 2)),
        ("deposited on March 31 last year", "en", D(2024, 3, 31)),
        ("déposé le 31 mars de l'an dernier", "fr", D(2024, 3, 31)),
        ("to take effect on December 20 next year", "en", D(2026, 12, 20)),
        ("en vigueur le 20 décembre de l'an prochain", "fr", D(2026, 12, 20)),
        ("entrera en vigueur le 2 janvier prochain", "fr", D(2026, 1, 2)),
        ("يبدأ في 15 كانون الثاني المقبل", "ar", D(2026, 1, 15)),
        ("يدخل حيز التنفيذ في غرة سبتمبر القادم", "ar", D(2026, 9, 1)),
        ("signed on 3 November", "en", D(2025, 11, 3)),
    ],
)
def test_a_day_without_a_year_takes_the_year_its_qualifier_says(sentence, lang, expected):
    assert only(sentence, lang).date == expected


@pytest.mark.parametrize(
    ("sentence", "expected", "derivation"),
    [
        ("أودعت الوثيقة في الثالث من تشرين الثاني", D(2025, 11, 3), "relative"),
        ("أودعت الوثيقة في الثاني من كانون الثاني الماضي", D(2025, 1, 2), "relative"),
        ("وقعت في الحادي والعشرين من أيلول 2023", D(2023, 9, 21), "stated"),
        ("صادقت في الثاني عشر من شهر مارس 2019م", D(2019, 3, 12), "stated"),
        ("أعلنت في الخامس من الشهر الجاري", D(2025, 11, 5), "relative"),
        ("أعلنت في العاشر من الشهر الماضي", D(2025, 10, 10), "relative"),
        ("أعلنت في الخامس من شباط/فبراير من العام الماضي", D(2024, 2, 5), "relative"),
    ],
)
def test_arabic_days_written_as_ordinals(sentence, expected, derivation):
    found = only(sentence, "ar")
    assert (found.date, found.precision, found.derivation) == (expected, "day", derivation)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("in mid-October", "en"), ("à la mi-octobre", "fr"), ("in early October", "en")],
)
def test_part_of_a_month_is_the_month(sentence, lang):
    found = only(sentence, lang)
    assert (found.date, found.precision) == (D(2025, 10, 1), "month")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("En marzo de 1993 notificó su intención y la suspendió en junio de ese año.", "es"),
        ("It applied in March 1993 and withdrew the application in June of that year.", "en"),
        ("Заявка подана в марте 1993 года, а в июне того же года её отозвали.", "ru"),
        ("قدمت الطلب في آذار 1993 ثم سحبته في حزيران من العام نفسه.", "ar"),
        ("Elle a déposé sa demande en mars 1993 et l'a retirée en juin de la même année.", "fr"),
    ],
)
def test_a_month_of_that_year_takes_the_year_just_told(sentence, lang):
    found = find_dates(sentence, lang=lang, published=D(2003, 1, 10))
    assert [(d.date, d.precision, d.derivation) for d in found] == [
        (D(1993, 3, 1), "month", "stated"),
        (D(1993, 6, 1), "month", "stated"),
    ]


def test_a_month_of_that_year_with_no_year_before_is_read_as_a_month_alone():
    found = find_dates("Withdrew in June of that year.", lang="en", published=D(2003, 1, 10))
    alone = find_dates("Withdrew in June.", lang="en", published=D(2003, 1, 10))
    assert [(d.date, d.derivation) for d in found] == [(d.date, d.derivation) for d in alone]
    assert found[0].derivation != "stated"


@pytest.mark.parametrize(
    ("sentence", "lang", "published", "year"),
    [
        ("The Senate rejected it last autumn.", "en", D(2000, 4, 21), 1999),
        ("The Senate rejected it last spring.", "en", D(2000, 6, 21), 2000),
        ("Le Sénat l'a rejeté à l'automne dernier.", "fr", D(2000, 12, 5), 2000),
        ("El Senado lo rechazó el otoño pasado.", "es", D(2000, 4, 21), 1999),
        ("Сенат отклонил его осенью прошлого года.", "ru", D(2000, 4, 21), 1999),
        ("رفضه مجلس الشيوخ في الخريف الماضي.", "ar", D(2000, 4, 21), 1999),
    ],
)
def test_a_season_gone_by_gives_its_year(sentence, lang, published, year):
    (found,) = find_dates(sentence, lang=lang, published=published)
    assert (found.date, found.precision) == (D(year, 1, 1), "year")


def test_a_bare_arabic_sunday_is_a_date_but_the_eleven_is_not():
    (sunday,) = find_dates("انضمت تيمور الشرقية الأحد رسميا إلى آسيان", lang="ar", published=FRIDAY)
    assert sunday.date == D(2025, 11, 2)
    assert not find_dates("وقّعت الدول الأحد عشر على الاتفاق", lang="ar", published=FRIDAY)


@pytest.mark.parametrize(
    ("sentence", "lang", "year"),
    [
        ("Washington signed it a year ago.", "en", 2024),
        ("Estados Unidos, que lo firmó hace un año.", "es", 2024),
        ("La France l'a ratifié il y a deux ans.", "fr", 2023),
        ("Россия подписала его два года назад.", "ru", 2023),
        ("وقعت عليها قبل عامين.", "ar", 2023),
    ],
)
def test_years_counted_back_give_a_year(sentence, lang, year):
    found = only(sentence, lang)
    assert (found.date, found.precision, found.derivation) == (D(year, 1, 1), "year", "relative")


def test_a_year_counted_back_yields_to_the_date_told_right_after_it():
    found = find_dates(
        "Latvia became a member two years ago, in July 2023.", lang="en", published=FRIDAY
    )
    assert [(d.date, d.precision) for d in found] == [(D(2023, 7, 1), "month")]


def test_a_french_year_after_des_is_a_year():
    # "dès 1997": as early as 1997
    found = only("La Pologne a signé le texte dès 1997.", "fr", published=D(2012, 7, 2))
    assert (found.date, found.precision) == (D(1997, 1, 1), "year")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Sweden joined NATO on Thursday last week.", "en"),
        ("La Suède a rejoint l'OTAN jeudi de la semaine dernière.", "fr"),
        ("Suecia ingresó en la OTAN el jueves de la semana pasada.", "es"),
        ("Швеция вступила в НАТО в четверг на прошлой неделе.", "ru"),
        ("انضمت السويد إلى الناتو يوم الخميس من الأسبوع الماضي.", "ar"),
    ],
)
def test_a_weekday_of_last_week_is_in_the_week_before_publication(sentence, lang):
    # published on Friday 15 March 2024: Thursday of last week is 7 March, not the 14th
    found = only(sentence, lang, published=D(2024, 3, 15))
    assert (found.date, found.precision) == (D(2024, 3, 7), "day")


def test_last_before_a_weekday_is_still_the_most_recent_one():
    found = only("Sweden joined NATO last Thursday.", "en", published=D(2024, 3, 15))
    assert found.date == D(2024, 3, 14)


def test_a_russian_weekday_after_since_is_a_day_and_until_is_none():
    found = only(
        "С понедельника Ангола больше не является членом ОПЕК.", "ru", published=D(2024, 1, 2)
    )
    assert found.date == D(2024, 1, 1)
    assert find_dates("Встреча состоится до пятницы.", lang="ru", published=D(2024, 1, 2)) == []


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("En 2015, le Myanmar a ratifié le texte le 8 juillet.", "fr"),
        ("In 2015, Myanmar ratified the convention on 8 July.", "en"),
        ("En 2015, Myanmar ratificó la convención el 8 de julio.", "es"),
        ("В 2015 году Мьянма ратифицировала конвенцию 8 июля.", "ru"),
        ("في عام 2015، صادقت ميانمار على الاتفاقية في 8 يوليو.", "ar"),
    ],
)
def test_a_day_without_a_year_takes_the_year_its_sentence_opened_with(sentence, lang):
    found = find_dates(sentence, lang=lang, published=D(2018, 10, 23))
    assert [(d.date, d.precision) for d in found] == [
        (D(2015, 1, 1), "year"),
        (D(2015, 7, 8), "day"),
    ]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # "since" tells how long, not the year of the day told next
        ("Since 2011 the country has been a member; it ratified on 8 July.", "en"),
        # "dernier" makes the day recent, whatever year the sentence opened with
        ("En 2011, la Palestine avait déposé sa demande, acceptée le 17 mai dernier.", "fr"),
        # the year opens another sentence
        ("In 2015 nothing changed. It ratified on 8 July.", "en"),
    ],
)
def test_a_day_keeps_the_nearest_year_when_the_sentence_opens_with_none(sentence, lang):
    found = find_dates(sentence, lang=lang, published=D(2018, 10, 23))
    assert found[-1].date.year == 2018


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("أعلنت مالي يوم الأحد 28 يناير الماضي انسحابها.", "ar"),
        ("Le Mali a annoncé dimanche 28 janvier dernier son retrait.", "fr"),
        ("Mali announced its exit on Sunday, January 28.", "en"),
    ],
)
def test_a_weekday_followed_by_its_date_is_one_date(sentence, lang):
    # published on a Monday a week later: "Sunday" alone would be 4 February
    found = find_dates(sentence, lang=lang, published=D(2024, 2, 5))
    assert [(d.date, d.precision) for d in found] == [(D(2024, 1, 28), "day")]


def test_29_february_moved_to_a_year_without_it_is_the_28th():
    found = find_dates(
        "En 2023, le Chili a ratifié le texte le 29 février.", lang="fr", published=D(2024, 3, 5)
    )
    assert [(d.date, d.precision) for d in found] == [
        (D(2023, 1, 1), "year"),
        (D(2023, 2, 28), "day"),
    ]


@pytest.mark.parametrize(
    ("sentence", "lang", "published", "expected"),
    [
        # five months ahead or seven back: the March before
        ("Россия была исключена из организации в марте.", "ru", D(2022, 10, 1), D(2022, 3, 1)),
        ("Russia was expelled in March.", "en", D(2022, 10, 1), D(2022, 3, 1)),
        # two months ahead or ten back: the December to come
        ("Le sommet se tiendra en décembre.", "fr", D(2022, 10, 1), D(2022, 12, 1)),
    ],
)
def test_a_month_alone_leans_to_the_past(sentence, lang, published, expected):
    (found,) = find_dates(sentence, lang=lang, published=published)
    assert found.date == expected


def test_that_day_in_arabic_is_not_today():
    assert find_dates("ووقعتها في ذلك اليوم الولايات المتحدة", lang="ar", published=FRIDAY) == []
    assert find_dates("وقعتها اليوم الولايات المتحدة", lang="ar", published=FRIDAY)


@pytest.mark.parametrize(
    ("sentence", "lang", "published", "expected"),
    [
        # a January paper's "outgoing year" is the one just over
        ("Минск подписал договор в последний день уходящего года.", "ru", D(1994, 1, 4), 1993),
        ("La Biélorussie a signé le dernier jour de l'année.", "fr", D(1993, 12, 20), 1993),
        ("Belarus signed on the last day of last year.", "en", D(1994, 3, 2), 1993),
        ("وقعت بيلاروس في اليوم الأخير من العام الماضي", "ar", D(1994, 11, 2), 1993),
        ("Bielorrusia firmó el último día del año pasado.", "es", D(1994, 1, 4), 1993),
    ],
)
def test_the_last_day_of_the_year_is_31_december(sentence, lang, published, expected):
    (found,) = find_dates(sentence, lang=lang, published=published)
    assert (found.date, found.precision) == (D(expected, 12, 31), "day")


@pytest.mark.parametrize("ordinal", ["الثلاثين", "التسعين", "السادس", "الأخير"])
def test_the_nth_day_in_arabic_is_not_today(ordinal):
    sentence = f"وتدخل الاتفاقية حيز النفاذ في اليوم {ordinal} بعد الإيداع"
    assert find_dates(sentence, lang="ar", published=FRIDAY) == []


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Россия подписала статут в последний день 2000 года.", "ru"),
        ("Russia signed the statute on the last day of 2000.", "en"),
        ("La Russie a signé le statut le dernier jour de 2000.", "fr"),
        ("Rusia firmó el estatuto el último día del año 2000.", "es"),
        ("وقعت روسيا النظام الأساسي في اليوم الأخير من عام 2000", "ar"),
    ],
)
def test_the_last_day_of_a_year_named_is_its_31_december(sentence, lang):
    (found,) = find_dates(sentence, lang=lang, published=D(2001, 1, 5))
    assert (found.date, found.precision) == (D(2000, 12, 31), "day")
