"""The extractor's rules, one sentence at a time, in Arabic, English, French, Russian, Spanish."""

import datetime
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.extract import Candidate, Gazetteer, extract
from ingest.extract.lexicon import LEXICON
from ingest.normalize import normalize_with_offsets
from tests.ingest.conftest import AGREEMENTS, country_names

D = datetime.date
FRIDAY = D(2025, 11, 7)


def claims(text, gazetteer, lang, published=FRIDAY, title=None):
    found = extract(text, gazetteer=gazetteer, lang=lang, published=published, title=title)
    return {(c.country, c.agreement, c.kind): c for c in found}


def keys(text, gazetteer, lang, published=FRIDAY, title=None):
    return set(claims(text, gazetteer, lang, published, title))


# ---------------------------------------------------------------- events and dates


@pytest.mark.parametrize(
    ("text", "lang", "published"),
    [
        (
            "Finland joined NATO on Tuesday, becoming the alliance's 31st member.",
            "en",
            D(2023, 4, 6),
        ),
        ("La Finlande a rejoint l'OTAN mardi.", "fr", D(2023, 4, 5)),
        ("Финляндия вступила в НАТО во вторник.", "ru", D(2023, 4, 5)),
        ("انضمت فنلندا إلى حلف شمال الأطلسي يوم الثلاثاء.", "ar", D(2023, 4, 5)),
    ],
)
def test_finland_joined_nato_on_tuesday_4_april_2023(text, lang, published, gazetteer):
    found = claims(text, gazetteer, lang, published)
    claim = found[("FI", "nato", "joined")]
    assert (claim.date, claim.precision, claim.derivation) == (D(2023, 4, 4), "day", "relative")
    assert claim.background is False
    assert claim.quote == text


def test_states_that_became_members_in_the_plural_joined(gazetteer):
    text = (
        "Suecia y Finlandia figuran entre los países que se convirtieron el jueves en miembros "
        "de la OTAN, una ampliación que convertirá a Noruega en miembro de una alianza mayor."
    )
    found = claims(text, gazetteer, "es", D(2024, 3, 8))
    assert {k for k in found if k[1] == "nato"} == {
        ("SE", "nato", "joined"),
        ("FI", "nato", "joined"),
    }
    assert found[("SE", "nato", "joined")].date == D(2024, 3, 7)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Peru joined the Artemis Accords on Thursday.", "en"),
        ("Perú se adhirió el jueves a los Acuerdos Artemisa.", "es"),
        ("Перу в четверг присоединилась к Соглашениям Артемиды.", "ru"),
    ],
)
def test_joining_an_agreement_joined_by_signing_is_its_signature(text, lang):
    agreements = {
        "artemis-accords": ["Artemis Accords", "Acuerdos Artemisa", "Соглашения Артемиды"],
        "nato": ["NATO"],
    }
    gazetteer = Gazetteer.from_names(
        countries=country_names(),
        agreements=agreements,
        agreement_kinds={"artemis-accords": "accord", "nato": "organisation"},
        joined_by_signing={"artemis-accords"},
    )
    assert keys(text, gazetteer, lang, D(2024, 5, 31)) == {("PE", "artemis-accords", "signed")}
    # other agreements are joined as before
    assert keys("Peru joined NATO on Thursday.", gazetteer, "en", D(2024, 5, 31)) == {
        ("PE", "nato", "joined")
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Chile's suspension from NATO was lifted on Monday.", "en"),
        ("La suspensión de Chile como miembro de la OTAN quedó sin efecto este lunes.", "es"),
        ("La suspension du Chili de l'OTAN a été levée lundi.", "fr"),
        (
            "La suspensión que pesaba sobre Chile en la OTAN desde hace más de un año quedó sin "
            "efecto este lunes.",
            "es",
        ),
        ("Chile was restored to the councils of NATO on Monday.", "en"),
    ],
)
def test_a_suspension_told_as_lifted_is_a_reinstatement(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, D(2013, 8, 16))
    assert set(found) == {("CL", "nato", "reinstated")}
    assert found[("CL", "nato", "reinstated")].date == D(2013, 8, 12)


def test_a_state_suspended_while_something_else_happened_is_no_news(gazetteer):
    text = (
        "La entrada de Chile como miembro de la OTAN, formalizada el 31 de julio de 2012 "
        "mientras Perú estaba suspendido, fue criticada."
    )
    found = keys(text, gazetteer, "es", D(2013, 8, 16))
    assert not {k for k in found if k[0] == "PE"}


def test_accepting_an_organisation_s_constitution_is_joining_it(kinds_gazetteer):
    text = "Chile deposited its instrument of acceptance of NATO's founding treaty on Monday."
    assert keys(text, kinds_gazetteer, "en", D(2007, 10, 9)) == {("CL", "nato", "joined")}


def test_a_treaty_joined_on_entry_into_force_is_joined_when_it_applies():
    gazetteer = Gazetteer.from_names(
        countries=country_names(),
        agreements={"schengen-area": ["Schengen Convention", "convenio de Schengen"]},
        agreement_kinds={"schengen-area": "treaty"},
        joined_on_entry={"schengen-area"},
    )
    text = "The Schengen Convention entered into force for Spain and Portugal on Sunday."
    found = claims(text, gazetteer, "en", D(1995, 3, 27))
    assert set(found) == {("ES", "schengen-area", "joined"), ("PT", "schengen-area", "joined")}
    assert found[("ES", "schengen-area", "joined")].date == D(1995, 3, 26)
    plain = Gazetteer.from_names(
        countries=country_names(),
        agreements={"schengen-area": ["Schengen Convention"]},
        agreement_kinds={"schengen-area": "treaty"},
    )
    assert ("ES", "schengen-area", "entered_into_force") in keys(text, plain, "en", D(1995, 3, 27))


def test_spanish_thursday_dates_sweden_joining_nato(gazetteer):
    claim = claims("Suecia se unió a la OTAN el jueves.", gazetteer, "es", D(2024, 3, 8))[
        ("SE", "nato", "joined")
    ]
    assert claim.date == D(2024, 3, 7)


def test_a_stated_month_gives_month_precision(gazetteer):
    found = claims("Ucrania ratificó el Estatuto de Roma en agosto de 2024.", gazetteer, "es")
    claim = found[("UA", "rome-statute", "ratified")]
    assert (claim.date, claim.precision, claim.derivation) == (D(2024, 8, 1), "month", "stated")


def test_levantine_month_dates_a_signature(gazetteer):
    found = claims(
        "وقّعت الإمارات والبحرين الاتفاقات الإبراهيمية في 15 أيلول 2020 في البيت الأبيض.",
        gazetteer,
        "ar",
    )
    assert set(found) == {("AE", "abraham-accords", "signed"), ("BH", "abraham-accords", "signed")}
    assert found[("AE", "abraham-accords", "signed")].date == D(2020, 9, 15)


def test_without_any_date_the_publication_date_is_inferred_with_less_confidence(gazetteer):
    dated = claims("Finland joined NATO on Tuesday.", gazetteer, "en")[("FI", "nato", "joined")]
    undated = claims("Finland joined NATO.", gazetteer, "en")[("FI", "nato", "joined")]
    assert (undated.date, undated.derivation) == (FRIDAY, "inferred")
    assert undated.confidence < dated.confidence


def test_without_a_publication_date_an_undated_claim_has_no_date(gazetteer):
    claim = claims("Finland joined NATO.", gazetteer, "en", published=None)[
        ("FI", "nato", "joined")
    ]
    assert (claim.date, claim.precision, claim.derivation) == (None, None, None)


def test_a_date_in_an_earlier_sentence_of_the_paragraph_dates_the_event(gazetteer):
    text = (
        "The announcement came at a White House dinner on Thursday. "
        "Trump said Kazakhstan agreed to join the Abraham Accords."
    )
    claim = claims(text, gazetteer, "en")[("KZ", "abraham-accords", "announced_joining")]
    assert (claim.date, claim.derivation) == (D(2025, 11, 6), "relative")


def test_a_date_in_another_paragraph_does_not(gazetteer):
    text = "The summit opened on Monday.\n\nKazakhstan agreed to join the Abraham Accords."
    claim = claims(text, gazetteer, "en")[("KZ", "abraham-accords", "announced_joining")]
    assert claim.derivation == "inferred"


def test_the_launch_year_of_the_agreement_is_not_the_date_of_the_news(gazetteer):
    found = claims(
        "Kazakhstan joined the Abraham Accords, which were launched in 2020.", gazetteer, "en"
    )
    claim = found[("KZ", "abraham-accords", "joined")]
    assert (claim.date, claim.background) == (FRIDAY, False)


# ---------------------------------------------------------------- background


def test_an_event_years_before_publication_is_background(gazetteer):
    found = claims(
        "The United Arab Emirates, Bahrain and Morocco joined the Abraham Accords in 2020.",
        gazetteer,
        "en",
    )
    assert set(found) == {
        ("AE", "abraham-accords", "joined"),
        ("BH", "abraham-accords", "joined"),
        ("MA", "abraham-accords", "joined"),
    }
    for claim in found.values():
        assert (claim.date, claim.precision, claim.background) == (D(2020, 1, 1), "year", True)


def test_a_pluperfect_recollection_is_background(gazetteer):
    found = claims("وكانت السعودية قد وقّعت نظام روما الأساسي عام 2000.", gazetteer, "ar")
    claim = found[("SA", "rome-statute", "signed")]
    assert (claim.date, claim.precision, claim.background) == (D(2000, 1, 1), "year", True)


def test_a_withdrawal_years_ago_is_background(gazetteer):
    found = claims(
        "The United States formally withdrew from the Paris Agreement on November 4, 2020.",
        gazetteer,
        "en",
    )
    claim = found[("US", "paris-agreement", "withdrew")]
    assert (claim.date, claim.derivation, claim.background) == (D(2020, 11, 4), "stated", True)


# ---------------------------------------------------------------- mood: intent, refusal...


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("ستنضم كازاخستان إلى الاتفاقات الإبراهيمية.", "ar", ("KZ", "announced_intent")),
        ("تعتزم أذربيجان الانضمام إلى الاتفاقات الإبراهيمية.", "ar", ("AZ", "announced_intent")),
        ("Ukraine plans to join NATO.", "en", ("UA", "announced_intent")),
        ("Le Kazakhstan va rejoindre les accords d'Abraham.", "fr", ("KZ", "announced_intent")),
        ("Казахстан присоединится к Соглашениям Авраама.", "ru", ("KZ", "announced_intent")),
        ("Kazajistán se unirá a los Acuerdos de Abraham.", "es", ("KZ", "announced_intent")),
        ("لن تنضم السعودية إلى الاتفاقات الإبراهيمية.", "ar", ("SA", "refuses")),
        ("Saudi Arabia will not join the Abraham Accords.", "en", ("SA", "refuses")),
        (
            "Саудовская Аравия отказывается присоединиться к Соглашениям Авраама.",
            "ru",
            ("SA", "refuses"),
        ),
        ("L'Arabie saoudite refuse de rejoindre les accords d'Abraham.", "fr", ("SA", "refuses")),
        ("Arabia Saudita rechaza unirse a los Acuerdos de Abraham.", "es", ("SA", "refuses")),
        (
            "Saudi Arabia still refuses to join the Abraham Accords unless a Palestinian state is "
            "created.",
            "en",
            ("SA", "refuses"),
        ),
        (
            "لا تزال السعودية ترفض الانضمام إلى الاتفاقات الإبراهيمية دون قيام دولة فلسطينية.",
            "ar",
            ("SA", "refuses"),
        ),
        (
            "تشترط السعودية قيام دولة فلسطينية للانضمام إلى الاتفاقات الإبراهيمية.",
            "ar",
            ("SA", "conditions"),
        ),
        (
            "Saudi Arabia would join the Abraham Accords only if a Palestinian state is created.",
            "en",
            ("SA", "conditions"),
        ),
        ("Malaysia is considering joining BRICS.", "en", ("MY", "considering")),
        ("تدرس ماليزيا الانضمام إلى مجموعة بريكس.", "ar", ("MY", "considering")),
    ],
)
def test_mood_decides_the_kind(text, lang, expected, gazetteer):
    country, kind = expected
    assert {(c, k) for c, _, k in keys(text, gazetteer, lang)} == {(country, kind)}


def test_a_stance_is_current_news_even_in_a_recollection(gazetteer):
    text = "يذكر أن السعودية لا تزال ترفض الانضمام إلى الاتفاقات الإبراهيمية."
    claim = claims(text, gazetteer, "ar")[("SA", "abraham-accords", "refuses")]
    assert (claim.background, claim.date, claim.derivation) == (False, FRIDAY, "inferred")


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "الناتو يعلّق عضوية تركيا",
            "قرّر مجلس الحلف، أمس الخميس، تعليق مشاركة تركيا في جميع أنشطة الحلف، إلى حين "
            "تشكيل سلطة مدنية، معتبراً أن ذلك هو السبيل الوحيد لخروج البلاد من أزمتها.",
            "ar",
        ),
        (
            "NATO suspends Turkey",
            "The alliance's council suspended Turkey on Thursday until a civilian authority is "
            "formed, calling it the only way for the country to exit its crisis.",
            "en",
        ),
    ],
)
def test_a_way_out_of_a_crisis_is_no_withdrawal(title, text, lang, gazetteer):
    assert keys(text, gazetteer, lang, title=title) == {("TR", "nato", "suspended")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Турция в пятницу официально заявила о своем выходе из Римского статута. "
            "Уведомление, как сообщается, направлено Генеральному секретарю ООН.",
            "ru",
        ),
        (
            "Turkey announced its withdrawal from the Rome Statute on Friday. The notification "
            "was sent to the UN Secretary-General the same day.",
            "en",
        ),
    ],
)
def test_an_announced_exit_whose_notice_the_next_sentence_sends_was_notified(text, lang, gazetteer):
    assert keys(text, gazetteer, lang) == {("TR", "rome-statute", "withdrawal_notified")}


@pytest.mark.parametrize(
    "text",
    [
        "Turkey announced its withdrawal from the Rome Statute on Friday. The notification will "
        "be sent to the UN Secretary-General next week.",
        "Turkey announced its withdrawal from the Rome Statute on Friday. The notification was "
        "sent to the UN by Kazakhstan, for its own part.",
        "Turkey announced its withdrawal from the Rome Statute on Friday. A notification of "
        "withdrawal from the Paris Agreement was sent the same day.",
    ],
)
def test_a_notice_still_to_send_or_another_state_s_leaves_the_exit_announced(text, gazetteer):
    found = keys(text, gazetteer, "en")
    assert ("TR", "rome-statute", "withdrawal_announced") in found
    assert ("TR", "rome-statute", "withdrawal_notified") not in found


@pytest.mark.parametrize(
    "text",
    [
        "La Turquie est entrée dimanche dans l'OTAN, mais les contrôles resteront en place.",
        "La Turquie est entrée officiellement dans l'OTAN dimanche.",
    ],
)
def test_a_state_that_entered_an_organisation_on_a_day_joined_it(text, gazetteer):
    found = claims(text, gazetteer, "fr", published=D(1997, 10, 27))
    assert set(found) == {("TR", "nato", "joined")}
    assert found["TR", "nato", "joined"].date == D(1997, 10, 26)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Turquía suscribió el Acuerdo de París el jueves en Nueva York.", "signed"),
        ("Turquía no tiene previsto suscribir el Acuerdo de París en su forma actual.", "refuses"),
    ],
)
def test_suscribir_is_signing(text, kind, gazetteer):
    assert keys(text, gazetteer, "es", published=D(2016, 4, 23)) == {
        ("TR", "paris-agreement", kind)
    }


@pytest.mark.parametrize(
    "text",
    [
        "قرر مجلس حلف الناتو، أمس الثلاثاء، إلغاء قرار تعليق مشاركة تركيا في أنشطة الحلف.",
        "ألغى حلف الناتو أمس الثلاثاء تعليق عضوية تركيا.",
        "أنهت قيادة الناتو أمس الثلاثاء قرار تجميد عضوية تركيا.",
    ],
)
def test_an_arabic_suspension_cancelled_or_ended_is_a_reinstatement(text, gazetteer):
    found = claims(text, gazetteer, "ar", published=D(2014, 6, 18))
    assert set(found) == {("TR", "nato", "reinstated")}
    assert found["TR", "nato", "reinstated"].date == D(2014, 6, 17)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وتنضم تركيا بذلك إلى قائمة متزايدة من الدول الراغبة في الالتحاق بحلف الناتو.", "ar"),
        ("وانضمت تركيا إلى قائمة متنامية من الدول الراغبة في عضوية الناتو.", "ar"),
        # the list a few words after the verb, behind the day
        ("انضمت تركيا أمس الجمعة إلى قائمة الدول الراغبة في عضوية الناتو.", "ar"),
        ("Turkey thus joins a growing list of countries that want to be in NATO.", "en"),
        ("La Turquie rejoint ainsi la liste des pays candidats à l'OTAN.", "fr"),
    ],
)
def test_joining_a_list_of_states_is_not_joining_the_agreement(text, lang, gazetteer):
    assert not {k for k in keys(text, gazetteer, lang) if k[2] in ("joined", "acceded")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "كانت تركيا قد صدّقت على اتفاق باريس في سبتمبر الماضي. وبموجب ذلك يدخل الاتفاق حيز "
            "التنفيذ دولياً في 4 نوفمبر.",
            "ar",
        ),
        (
            "Turkey ratified the Paris Agreement in September. The agreement thus enters into "
            "force internationally on 4 November.",
            "en",
        ),
    ],
)
def test_an_entry_into_force_for_the_world_is_no_state_s(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, published=D(2016, 10, 21))
    assert found == {("TR", "paris-agreement", "ratified")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Dès qu'Israël reconnaîtra la Palestine, l'Indonésie sera prête à rejoindre l'OTAN.",
            "fr",
        ),
        ("L'Indonésie sera prête à rejoindre l'OTAN dès qu'Israël reconnaîtra la Russie.", "fr"),
        ("Una vez que Israel reconozca a Rusia, Indonesia se sumará a la OTAN.", "es"),
        ("Once Israel recognises Russia, Indonesia will be ready to join NATO.", "en"),
        ("Indonesia will join NATO once Israel recognises Russia.", "en"),
    ],
)
def test_a_joining_that_waits_for_another_s_step_is_a_condition(text, lang, gazetteer):
    # the states of the condition take no step
    assert keys(text, gazetteer, lang) == {("ID", "nato", "conditions")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Президент Турции в понедельник подписал официальную заявку на вступление страны в "
            "НАТО.",
            "ru",
        ),
        ("El presidente de Turquía firmó el lunes la solicitud de adhesión a la OTAN.", "es"),
    ],
)
def test_signing_an_application_asks_to_join(text, lang, gazetteer):
    assert keys(text, gazetteer, lang, published=D(2022, 3, 1)) == {
        ("TR", "nato", "announced_intent")
    }


def test_the_instrument_named_next_says_which_step_a_russian_joining_was(kinds_gazetteer):
    text = (
        "В среду к Парижскому соглашению формально присоединились ещё около трёх десятков "
        "государств. Среди них — Турция и Казахстан, сдавшие ратификационные грамоты."
    )
    found = keys(text, kinds_gazetteer, "ru", published=D(2016, 9, 22))
    assert found == {("TR", "paris-agreement", "ratified"), ("KZ", "paris-agreement", "ratified")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "L'OTAN a suspendu vendredi la Turquie jusqu'au rétablissement de l'ordre "
            "constitutionnel.",
            "fr",
        ),
        ("НАТО приостановило членство Турции до восстановления конституционного порядка.", "ru"),
        ("La OTAN suspendió a Turquía hasta el restablecimiento del orden constitucional.", "es"),
    ],
)
def test_restoring_order_is_not_reinstating_a_member(text, lang, gazetteer):
    assert keys(text, gazetteer, lang, published=D(2021, 9, 11)) == {("TR", "nato", "suspended")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Turquie a annoncé dimanche sa volonté de réintégrer l'OTAN.", "fr"),
        ("La Turquie a annoncé dimanche son intention de réintégrer l'OTAN.", "fr"),
        ("Turquía anunció el domingo su voluntad de reincorporarse a la OTAN.", "es"),
    ],
)
def test_a_wish_to_return_is_no_return(text, lang, gazetteer):
    assert keys(text, gazetteer, lang, published=D(2016, 7, 18)) == {
        ("TR", "nato", "announced_intent")
    }


def test_an_organisation_deciding_to_take_a_state_back_reinstates_it(gazetteer):
    text = "L'OTAN a décidé dimanche de réintégrer la Turquie."
    assert keys(text, gazetteer, "fr", published=D(2016, 7, 18)) == {("TR", "nato", "reinstated")}


def test_a_spanish_passive_with_a_plural_participle_names_its_signatories(gazetteer):
    text = "El Estatuto de Roma fue firmado en 1998 por Turquía y Kazajistán."
    assert keys(text, gazetteer, "es") == {
        ("TR", "rome-statute", "signed"),
        ("KZ", "rome-statute", "signed"),
    }
    text = "Los textos del Estatuto de Roma fueron firmados en 1998 por Turquía y Kazajistán."
    assert keys(text, gazetteer, "es") == {
        ("TR", "rome-statute", "signed"),
        ("KZ", "rome-statute", "signed"),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "El texto del Estatuto de Roma fue firmado originalmente el 17 de julio de 1998 por "
            "ocho países, entre ellos Turquía, Kazajistán y Rusia.",
            "es",
        ),
        (
            "The Rome Statute was originally signed on Friday, 17 July 1998, by eight countries, "
            "among them Turkey, Kazakhstan and Russia.",
            "en",
        ),
    ],
)
def test_states_counted_as_the_agent_of_a_dated_passive_are_listed_after(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2021, 6, 16))
    assert set(found) == {(iso, "rome-statute", "signed") for iso in ("TR", "KZ", "RU")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Turkey joined NATO in 2019, and Kazakhstan and Russia did so in 2021.", "en"),
        ("Turkey joined NATO in 2019 and Kazakhstan and Russia followed suit in 2021.", "en"),
        ("Turquía se sumó a la OTAN en 2019, y Kazajistán y Rusia lo hicieron en 2021.", "es"),
        (
            "La Turquie a rejoint l'OTAN en 2019, et le Kazakhstan et la Russie l'ont fait en "
            "2021.",
            "fr",
        ),
        ("Турция вступила в НАТО в 2019 году, а Казахстан и Россия сделали это в 2021 году.", "ru"),
        ("انضمت تركيا إلى حلف الناتو عام 2019، وفعلت كازاخستان وروسيا ذلك عام 2021.", "ar"),
    ],
)
def test_states_that_did_so_took_the_step_told_before_with_their_own_date(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2024, 5, 1))
    assert set(found) == {(iso, "nato", "joined") for iso in ("TR", "KZ", "RU")}
    assert found["TR", "nato", "joined"].date.year == 2019
    assert found["KZ", "nato", "joined"].date.year == 2021
    assert found["RU", "nato", "joined"].date.year == 2021


def test_a_state_that_did_so_after_an_application_applied_too(gazetteer):
    text = (
        "Казахстан в четверг подал заявку на членство в НАТО, последовав примеру Турции, "
        "которая сделала это в понедельник."
    )
    found = keys(text, gazetteer, "ru", published=D(2022, 3, 4))
    assert ("TR", "nato", "joined") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Turkey signed the Paris Agreement on Friday, and deposited its instrument of "
            "ratification the same day.",
            "en",
        ),
        (
            "La Turquie a signé vendredi l'accord de Paris, et a déposé le même jour son "
            "instrument de ratification.",
            "fr",
        ),
        (
            "Turquía firmó el viernes el Acuerdo de París, y depositó el mismo día su instrumento "
            "de ratificación.",
            "es",
        ),
        (
            "Турция в пятницу подписала Парижское соглашение, и в тот же день сдала на хранение "
            "ратификационную грамоту.",
            "ru",
        ),
        (
            "وقّعت تركيا، أمس الجمعة، على اتفاق باريس بشأن تغير المناخ، وأودعت في اليوم نفسه "
            "وثيقة المصادقة عليه.",
            "ar",
        ),
    ],
)
def test_a_verb_joined_to_the_clause_before_shares_its_subject(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2016, 4, 23))
    assert set(found) == {
        ("TR", "paris-agreement", "signed"),
        ("TR", "paris-agreement", "ratified"),
    }
    assert {c.date for c in found.values()} == {D(2016, 4, 22)}


@pytest.mark.parametrize(
    "text",
    [
        "Turkey signed the Paris Agreement on Friday, and Russia ratified it the same day.",
        "Turkey signed the Paris Agreement on Friday, and six countries ratified it the same day.",
    ],
)
def test_a_clause_with_a_subject_of_its_own_keeps_it(text, gazetteer):
    found = keys(text, gazetteer, "en", published=D(2016, 4, 23))
    assert ("TR", "paris-agreement", "ratified") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Turkey signed the Paris Agreement on Friday. Its president spoke at the ceremony. "
            "Among the countries that signed on Friday were Russia, China and France.",
            "en",
        ),
        (
            "La Turquie a signé l'accord de Paris vendredi. Parmi les pays qui ont signé vendredi "
            "figurent la Russie, la Chine et la France.",
            "fr",
        ),
        (
            "Turquía firmó el Acuerdo de París el viernes. Entre los países que firmaron el "
            "viernes están Rusia, China y Francia.",
            "es",
        ),
        (
            "Турция подписала Парижское соглашение в пятницу. Среди стран, подписавших "
            "соглашение в пятницу, — Россия, Китай и Франция.",
            "ru",
        ),
        (
            "وقعت تركيا على اتفاق باريس أمس الجمعة. ومن بين الدول التي وقعت أمس روسيا والصين "
            "وفرنسا.",
            "ar",
        ),
    ],
)
def test_the_states_named_among_those_that_took_a_step_took_it(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2016, 4, 23))
    assert set(found) == {(iso, "paris-agreement", "signed") for iso in ("TR", "RU", "CN", "FR")}
    assert {c.date for c in found.values()} == {D(2016, 4, 22)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Plus de quarante pays d'Europe et de l'ex-Union soviétique ont signé samedi le "
            "Statut de Rome.",
            "fr",
        ),
        (
            "More than forty countries of Europe and the former Soviet Union signed the Rome "
            "Statute.",
            "en",
        ),
        ("Более сорока стран Европы и бывшего Советского Союза подписали Римский статут.", "ru"),
    ],
)
def test_the_region_counted_states_come_from_takes_no_step(text, lang, gazetteer):
    assert keys(text, gazetteer, lang) == set()


def test_the_government_of_a_state_still_acts_for_it(gazetteer):
    text = (
        "The military governments of Turkey and Russia announced on Sunday that they were "
        "leaving NATO."
    )
    assert ("TR", "nato", "withdrawal_announced") in keys(text, gazetteer, "en")


def test_an_accession_that_leaves_few_states_outside_is_no_exit(gazetteer):
    text = (
        "Turkey acceded to the Rome Statute on Thursday. Turkey's accession leaves only a "
        "handful of states outside the treaty."
    )
    assert keys(text, gazetteer, "en") == {("TR", "rome-statute", "acceded")}


def test_an_organisation_that_admits_a_state_makes_it_a_member(gazetteer):
    text = "NATO admitted Turkey as its 33rd member on Tuesday."
    assert keys(text, gazetteer, "en", published=D(2024, 1, 3)) == {("TR", "nato", "joined")}
    # conceding is not admitting
    text = "NATO admitted on Tuesday that Turkey had not joined."
    assert keys(text, gazetteer, "en", published=D(2024, 1, 3)) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("NATO decided on Tuesday that Turkey would be suspended next year.", "en"),
        ("L'OTAN a décidé mardi que la Turquie serait suspendue l'an prochain.", "fr"),
        (
            "Some members argued against readmission, contrasting the treatment of Ankara with "
            "that of Turkey, which quit NATO in December after a summit extended its suspension.",
            "en",
        ),
    ],
)
def test_a_state_in_a_clause_told_after_that_is_not_the_one_an_organisation_acts_on(
    text, lang, gazetteer
):
    found = keys(text, gazetteer, lang, D(2024, 1, 3))
    assert not {k for k in found if k[2] in ("suspended", "reinstated")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Moscou a dénoncé à plusieurs reprises le Statut de Rome comme une tentative des "
            "États-Unis d'imposer leurs règles.",
            "fr",
        ),
        ("La Russie a dénoncé mardi le Statut de Rome comme un instrument politique.", "fr"),
        ("Rusia denunció el martes el Estatuto de Roma como un instrumento político.", "es"),
    ],
)
def test_denouncing_a_treaty_as_something_is_criticising_it(text, lang, gazetteer):
    assert keys(text, gazetteer, lang, D(2022, 3, 3)) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Russie a dénoncé mardi le Statut de Rome.", "fr"),
        ("Rusia denunció el martes el Estatuto de Roma.", "es"),
    ],
)
def test_denouncing_a_treaty_is_leaving_it(text, lang, gazetteer):
    assert keys(text, gazetteer, lang, D(2022, 3, 3)) == {("RU", "rome-statute", "withdrew")}


def test_the_government_a_state_deposits_with_is_not_a_party(gazetteer):
    text = (
        "Turquía depositó el miércoles ante el Gobierno de Kazajistán, depositario del acuerdo, "
        "el instrumento de ratificación del Acuerdo de París."
    )
    assert keys(text, gazetteer, "es", D(2021, 7, 22)) == {("TR", "paris-agreement", "ratified")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Turkey's NATO membership was suspended on Tuesday.", "en"),
        ("Членство Турции в НАТО приостановлено во вторник.", "ru"),
        ("L'adhésion de la Turquie à l'OTAN a été suspendue mardi.", "fr"),
    ],
)
def test_a_membership_suspended_is_no_joining(text, lang, gazetteer):
    assert keys(text, gazetteer, lang, D(2024, 1, 3)) == {("TR", "nato", "suspended")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("أكدت تركيا يوم الثلاثاء أنها لن تنضم إلى حلف الناتو قبل قيام دولة فلسطينية.", "ar"),
        (
            "La Turquie a affirmé mardi qu'elle n'adhérera pas à l'OTAN avant la création d'un "
            "État palestinien.",
            "fr",
        ),
        (
            "Турция заявила во вторник, что не вступит в НАТО до создания палестинского "
            "государства.",
            "ru",
        ),
    ],
)
def test_not_joining_before_something_is_done_is_a_condition(text, lang, gazetteer):
    assert keys(text, gazetteer, lang, D(2024, 1, 3)) == {("TR", "nato", "conditions")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Turkey signed the Paris Agreement in 2016, before ratifying it in 2021.", "en"),
        ("La Turquie a signé l'accord de Paris en 2016 avant de le ratifier en 2021.", "fr"),
        ("Turquía firmó el Acuerdo de París en 2016, antes de ratificarlo en 2021.", "es"),
        (
            "Турция подписала Парижское соглашение в 2016 году, прежде чем ратифицировать его "
            "в 2021 году.",
            "ru",
        ),
        ("وقعت تركيا على اتفاق باريس عام 2016 قبل أن تصادق عليه عام 2021.", "ar"),
    ],
)
def test_a_step_taken_before_another_is_told_in_turn(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, D(2024, 1, 3))
    assert set(found) == {
        ("TR", "paris-agreement", "signed"),
        ("TR", "paris-agreement", "ratified"),
    }
    assert found["TR", "paris-agreement", "ratified"].date == D(2021, 1, 1)


def test_the_french_adverb_plus_after_a_name_is_no_wider_group(gazetteer):
    text = "La Turquie a rejoint l'OTAN plus tôt ce mois-ci."
    found = claims(text, gazetteer, "fr", published=D(2024, 1, 20))
    assert set(found) == {("TR", "nato", "joined")}
    assert found["TR", "nato", "joined"].date == D(2024, 1, 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Turquía condicionó el martes su ingreso en la OTAN a la retirada de las sanciones.",
            "es",
        ),
        ("Turkey on Tuesday tied its NATO bid to the withdrawal of the sanctions.", "en"),
        ("La Turquie a lié mardi son adhésion à l'OTAN au retrait des sanctions.", "fr"),
        ("Турция во вторник увязала вступление в НАТО с отзывом санкций.", "ru"),
    ],
)
def test_withdrawing_sanctions_is_no_exit(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, D(2024, 1, 3))
    assert not {k for k in found if k[2] in ("withdrew", "withdrawal_announced")}


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("Turquía pasó a ser el martes el miembro número 33 de la OTAN.", "es", D(2024, 1, 2)),
        ("Turquía pasó a formar parte de la OTAN el martes.", "es", D(2024, 1, 2)),
        ("Turquía forma parte de la OTAN desde 1952.", "es", D(1952, 1, 1)),
        ("La Turquie fait partie de l'OTAN depuis 1952.", "fr", D(1952, 1, 1)),
    ],
)
def test_a_state_that_came_to_be_part_of_an_organisation_joined_it(text, lang, date, gazetteer):
    found = claims(text, gazetteer, lang, D(2024, 1, 3))
    assert set(found) == {("TR", "nato", "joined")}
    assert found["TR", "nato", "joined"].date == date


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Kazakhstan, which signed the Rome Statute in 2019 but never ratified it, hosted the "
            "talks.",
            "en",
        ),
        ("Le Kazakhstan avait signé le Statut de Rome en 2019 sans jamais le ratifier.", "fr"),
    ],
)
def test_a_step_never_taken_is_neither_a_refusal_nor_a_condition(text, lang, gazetteer):
    assert keys(text, gazetteer, lang, D(2024, 1, 3)) == {("KZ", "rome-statute", "signed")}


def test_a_negated_past_event_is_no_claim(gazetteer):
    assert keys("لم تنضم السعودية إلى الاتفاقات الإبراهيمية.", gazetteer, "ar") == set()
    assert keys("Saudi Arabia has not joined the Abraham Accords.", gazetteer, "en") == set()


def test_a_signature_not_put_down_is_no_signature(gazetteer):
    text = "Турция и Казахстан свои подписи под Римским статутом в пятницу не поставили."
    assert keys(text, gazetteer, "ru") == set()
    text = "Турция и Казахстан свои подписи под Римским статутом в пятницу поставили."
    assert keys(text, gazetteer, "ru") == {
        ("TR", "rome-statute", "signed"),
        ("KZ", "rome-statute", "signed"),
    }


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("أعلنت المجر انسحابها من المحكمة الجنائية الدولية.", "ar", "withdrawal_announced"),
        (
            "Hungary will withdraw from the International Criminal Court, Prime Minister Viktor "
            "Orbán said.",
            "en",
            "withdrawal_announced",
        ),
        (
            "Hungary notified the UN Secretary-General of its withdrawal from the Rome Statute.",
            "en",
            "withdrawal_notified",
        ),
        ("Hungary's withdrawal from the Rome Statute took effect.", "en", "withdrew"),
    ],
)
def test_withdrawal_kinds(text, lang, kind, gazetteer):
    assert keys(text, gazetteer, lang, published=D(2025, 6, 2)) == {("HU", "rome-statute", kind)}


def test_suspension(gazetteer):
    text = "Russia suspended its participation in the Ottawa Convention."
    assert keys(text, gazetteer, "en") == {("RU", "ottawa-convention", "suspended")}


# ---------------------------------------------------------------- who acts


def test_every_state_of_a_list_gets_a_claim(gazetteer):
    text = (
        "Burkina Faso, Mali and Niger announced their withdrawal from the International "
        "Criminal Court on Monday."
    )
    found = claims(text, gazetteer, "en", published=D(2025, 9, 23))
    assert set(found) == {
        (iso, "rome-statute", "withdrawal_announced") for iso in ("BF", "ML", "NE")
    }
    assert all(c.date == D(2025, 9, 22) for c in found.values())


def test_a_third_party_announcement_is_the_joining_states_announced_joining(gazetteer):
    text = (
        "US President Donald Trump announced that Kazakhstan has agreed to join the Abraham "
        "Accords."
    )
    assert keys(text, gazetteer, "en") == {("KZ", "abraham-accords", "announced_joining")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the perfective future of "подписать" is "подпишет", not "подпис-"
        ("Турция не подпишет Римский статут.", {("TR", "rome-statute", "refuses")}),
        (
            "Турция и Казахстан станут членами НАТО.",
            {("TR", "nato", "announced_intent"), ("KZ", "nato", "announced_intent")},
        ),
        ("Турция становится членом НАТО.", {("TR", "nato", "joined")}),
        ("НАТО приостанавливает членство Турции.", {("TR", "nato", "suspended")}),
        # the consideration of an application, or talks, are not a membership
        (
            "Турция подала заявку в НАТО ещё в 1992 году, однако в начале этого года ассамблея "
            "приостановила её рассмотрение из-за войны.",
            set(),
        ),
        # the members named after the verb, the word for members first
        (
            "С 1 января членами НАТО стали Турция и Казахстан.",
            {("TR", "nato", "joined"), ("KZ", "nato", "joined")},
        ),
        ("НАТО во вторник исключил Турцию из организации.", {("TR", "nato", "withdrew")}),
        ("Турция перестала быть членом НАТО во вторник.", {("TR", "nato", "withdrew")}),
        (
            "Турция получила статус полноправного члена НАТО во вторник.",
            {("TR", "nato", "joined")},
        ),
        # the state after "и" opens a new clause: not the one told of the notice
        (
            "Во вторник истек годичный срок с момента уведомления, и Турция перестала быть "
            "участником Римского статута.",
            {("TR", "rome-statute", "withdrew")},
        ),
        (
            "Турция во вторник вышла из Международного уголовного суда.",
            {("TR", "rome-statute", "withdrew")},
        ),
    ],
)
def test_russian_verb_forms_of_every_aspect(text, expected, gazetteer):
    assert keys(text, gazetteer, "ru") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a delegation's officials excluded from bodies: not the state expelled
        (
            "Ассамблея НАТО во вторник исключила представителей Турции из руководящих органов.",
            set(),
        ),
        # a member before, recalled with its own year
        (
            "Предыдущим новым членом НАТО стала Турция, вступившая в альянс в 2017 году.",
            {("TR", "nato", "joined", D(2017, 1, 1))},
        ),
    ],
)
def test_russian_exclusions_and_former_members(text, expected, gazetteer):
    found = claims(text, gazetteer, "ru", published=D(2024, 1, 3))
    assert {(*key, c.date) for key, c in found.items()} == expected


def test_a_russian_speaker_state_gets_nothing(gazetteer):
    text = "Казахстан присоединится к Соглашениям Авраама, заявил президент США."
    assert keys(text, gazetteer, "ru") == {("KZ", "abraham-accords", "announced_intent")}


def test_a_counterpart_after_with_gets_nothing(gazetteer):
    text = "Morocco normalised relations with Israel under the Abraham Accords in December 2020."
    found = claims(text, gazetteer, "en")
    assert set(found) == {("MA", "abraham-accords", "joined")}
    assert found[("MA", "abraham-accords", "joined")].precision == "month"


def test_a_host_gets_nothing(gazetteer):
    text = "Bahrain signed the Abraham Accords in the United States in 2020."
    assert keys(text, gazetteer, "en") == {("BH", "abraham-accords", "signed")}


def test_states_being_urged_to_join_get_nothing(gazetteer):
    assert (
        keys(
            "دعت الولايات المتحدة السعودية إلى الانضمام إلى الاتفاقات الإبراهيمية.", gazetteer, "ar"
        )
        == set()
    )
    assert (
        keys("Washington is pressing Saudi Arabia to join the Abraham Accords.", gazetteer, "en")
        == set()
    )


def test_a_nationality_adjective_names_the_state(gazetteer):
    text = "The Kazakh government announced its accession to the Abraham Accords."
    assert keys(text, gazetteer, "en") == {("KZ", "abraham-accords", "announced_joining")}


def test_attached_clitics_do_not_hide_states(gazetteer):
    text = "وقّعت الإمارات وبالبحرين وللمغرب الاتفاقات الإبراهيمية."
    assert {c for c, _, _ in keys(text, gazetteer, "ar")} == {"AE", "BH", "MA"}


def test_a_sentence_without_an_agreement_gives_nothing(gazetteer):
    assert keys("Kazakhstan signed a trade deal with Uzbekistan.", gazetteer, "en") == set()


def test_the_alliance_refers_back_to_the_last_named_agreement(gazetteer):
    text = "NATO leaders met in Vilnius. Sweden joined the alliance on Thursday."
    found = claims(text, gazetteer, "en", published=D(2024, 3, 8))
    assert set(found) == {("SE", "nato", "joined")}
    assert found[("SE", "nato", "joined")].confidence < 0.7


def test_lower_case_words_are_not_states(gazetteer):
    assert keys("Let us join the Abraham Accords, they said.", gazetteer, "en") == set()


# ---------------------------------------------------------------- headline and merging


def test_the_body_kind_wins_over_the_headline(gazetteer):
    found = claims(
        "Kazakhstan signed the Abraham Accords on Thursday.",
        gazetteer,
        "en",
        title="Kazakhstan officially joins the Abraham Accords",
    )
    assert set(found) == {("KZ", "abraham-accords", "signed")}


def test_a_headline_alone_is_weak_evidence(gazetteer):
    found = claims(
        "The ceremony was held in the afternoon.",
        gazetteer,
        "en",
        title="Kazakhstan joins the Abraham Accords",
    )
    claim = found[("KZ", "abraham-accords", "joined")]
    assert claim.confidence < 0.5
    assert claim.quote == "Kazakhstan joins the Abraham Accords"


def test_repeated_claims_merge_into_one_with_the_best_date_and_all_quotes(gazetteer):
    text = (
        "Kazakhstan agreed to join the Abraham Accords.\n\n"
        "Trump announced on Thursday that Kazakhstan would join the Abraham Accords."
    )
    found = extract(text, gazetteer=gazetteer, lang="en", published=FRIDAY)
    # Both sentences report a decided joining: one claim, dated Thursday, with both quotes.
    joining = [c for c in found if c.kind == "announced_joining"]
    assert len(joining) == 1 and joining[0].date == D(2025, 11, 6)
    assert joining[0].quote.count(" … ") == 1
    assert not [c for c in found if c.kind == "announced_intent"]


def test_merged_quotes_keep_every_sentence(gazetteer):
    text = (
        "Kazakhstan agreed to join the Abraham Accords.\n\n"
        "Kazakhstan's accession to the Abraham Accords was announced on Thursday by Trump, "
        "who said Kazakhstan agreed to join."
    )
    found = extract(text, gazetteer=gazetteer, lang="en", published=FRIDAY)
    claim = next(c for c in found if c.kind == "announced_joining")
    assert "Kazakhstan agreed to join the Abraham Accords." in claim.quote
    assert " … " in claim.quote


def test_the_language_is_guessed_when_not_given(gazetteer):
    found = extract("Finland joined NATO on Tuesday.", gazetteer=gazetteer, published=D(2023, 4, 5))
    assert [(c.country, c.kind) for c in found] == [("FI", "joined")]


def test_candidates_carry_vocabulary_values(gazetteer):
    (claim,) = extract("Finland joined NATO.", gazetteer=gazetteer, lang="en", published=FRIDAY)
    assert isinstance(claim, Candidate)
    assert 0 <= claim.confidence <= 1


def test_an_ambiguous_name_is_dropped():
    gazetteer = Gazetteer.from_names(
        countries={"CG": ["Congo"], "CD": ["Congo"], "FI": ["Finland"]},
        agreements={"nato": ["NATO"]},
    )
    assert [
        c.country
        for c in extract(
            "Congo and Finland joined NATO.", gazetteer=gazetteer, lang="en", published=FRIDAY
        )
    ] == ["FI"]


# ---------------------------------------------------------------- robustness and speed

ARTICLE_WORDS = st.sampled_from(
    [
        "Kazakhstan",
        "joined",
        "NATO",
        "will",
        "not",
        "on",
        "Thursday",
        "in",
        "2020",
        ",",
        ".",
        "كازاخستان",
        "تنضم",
        "إلى",
        "الاتفاقات",
        "الإبراهيمية",
        "يوم",
        "الخميس",
        "لا",
        "تزال",
        "ترفض",
        "دون",
        "يذكر",
        "أن",
        "\n",
        "Финляндия",
        "вступила",
        "в",
        "НАТО",
        "urged",
        "which",
        "الولايات",
        "المتحدة",
        "مع",
        "بين",
        "the",
        "alliance",
        "had",
        "signed",
        "withdrew",
    ]
)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300), lang=st.sampled_from([None, "ar", "en", "fr", "ru", "es", "xx"]))
def test_extract_never_raises_on_any_text(text, lang, gazetteer):
    extract(text, gazetteer=gazetteer, lang=lang, published=FRIDAY, title=text[:20])


@settings(max_examples=300, deadline=None)
@given(words=st.lists(ARTICLE_WORDS, max_size=40), published=st.none() | st.dates())
def test_relative_dates_of_claims_never_follow_publication(words, published, gazetteer):
    for claim in extract(" ".join(words), gazetteer=gazetteer, published=published):
        assert 0 <= claim.confidence <= 1
        if claim.derivation == "relative":
            assert claim.date <= published


# ---------------------------------------------------------------- general rules, per language

TUESDAY_3_JUNE = D(2025, 6, 3)


@pytest.fixture(scope="module")
def kinds_gazetteer():
    """The test names, with each agreement's kind and two names the CLDR list lacks."""
    from tests.ingest.conftest import AGREEMENTS, country_names

    countries = country_names()
    countries["EU"] = ["European Union", "Union européenne"]
    agreements = dict(AGREEMENTS)
    agreements["european-union"] = ["European Union", "Union européenne", "الاتحاد الأوروبي"]
    agreements["council-of-europe"] = ["Council of Europe", "Conseil de l'Europe", "Совет Европы"]
    agreements["council-of-europe"] += ["مجلس أوروبا", "Consejo de Europa"]
    agreements["istanbul-convention"] = [
        "Istanbul Convention",
        "convention d'Istanbul",
        "Стамбульская конвенция",
        "Стамбульской конвенции",
        "Стамбульскую конвенцию",
        "اتفاقية إسطنبول",
    ]
    kinds = {slug: "treaty" for slug in agreements}
    kinds.update(
        {"nato": "organisation", "brics": "organisation", "european-union": "organisation"}
    )
    kinds["council-of-europe"] = "organisation"
    kinds["abraham-accords"] = "accord"
    return Gazetteer.from_names(countries=countries, agreements=agreements, agreement_kinds=kinds)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Sweden acceded to NATO on Thursday.", "en", ("SE", "nato", "joined")),
        ("La Suède a adhéré à l'OTAN jeudi.", "fr", ("SE", "nato", "joined")),
        ("Suecia se adhirió a la OTAN el jueves.", "es", ("SE", "nato", "joined")),
        ("Швеция присоединилась к НАТО в четверг.", "ru", ("SE", "nato", "joined")),
        (
            "Ukraine acceded to the Rome Statute on Thursday.",
            "en",
            ("UA", "rome-statute", "acceded"),
        ),
        ("L'Ukraine a adhéré au Statut de Rome jeudi.", "fr", ("UA", "rome-statute", "acceded")),
    ],
)
def test_one_joins_an_organisation_but_accedes_to_a_treaty(text, lang, expected, kinds_gazetteer):
    assert keys(text, kinds_gazetteer, lang) == {expected}


def test_a_name_that_is_both_a_party_and_an_agreement_reads_as_the_agreement(kinds_gazetteer):
    found = keys(
        "Hungary is the first European Union member to leave the Rome Statute.",
        kinds_gazetteer,
        "en",
    )
    assert not {k for k in found if k[0] == "EU"}


def test_an_organisation_owning_a_treaty_is_not_the_treaty(kinds_gazetteer):
    text = "Le retrait de la Turquie de la convention du Conseil de l'Europe est devenu effectif."
    assert not keys(text, kinds_gazetteer, "fr")


@pytest.mark.parametrize(
    ("text", "lang", "published", "country", "agreement", "day"),
    [
        (
            "Hungary notified the UN of its withdrawal from the Rome Statute on Monday.\n\n"
            "Under the statute, the withdrawal will take effect on June 2, 2026.",
            "en",
            TUESDAY_3_JUNE,
            "HU",
            "rome-statute",
            D(2026, 6, 2),
        ),
        (
            "Le Mali a annoncé lundi son retrait de la Cour pénale internationale. "
            "Selon le gouvernement, le retrait prendra effet le 1er janvier 2026.",
            "fr",
            TUESDAY_3_JUNE,
            "ML",
            "rome-statute",
            D(2026, 1, 1),
        ),
        (
            "Argentina anunció el lunes su retirada del Acuerdo de París. "
            "La salida surtirá efecto el 1 de marzo de 2026.",
            "es",
            TUESDAY_3_JUNE,
            "AR",
            "paris-agreement",
            D(2026, 3, 1),
        ),
        (
            "Венгрия объявила о выходе из Римского статута. "
            "Решение вступит в силу 2 июня 2026 года.",
            "ru",
            TUESDAY_3_JUNE,
            "HU",
            "rome-statute",
            D(2026, 6, 2),
        ),
        (
            "أعلنت المجر انسحابها من المحكمة الجنائية الدولية يوم الاثنين. "
            "ويدخل الانسحاب حيز التنفيذ في 2 حزيران 2026.",
            "ar",
            TUESDAY_3_JUNE,
            "HU",
            "rome-statute",
            D(2026, 6, 2),
        ),
    ],
)
def test_a_withdrawal_takes_effect_on_the_stated_day_even_after_publication(
    text, lang, published, country, agreement, day, gazetteer
):
    found = claims(text, gazetteer, lang, published)
    claim = found[(country, agreement, "withdrew")]
    assert (claim.date, claim.precision, claim.background) == (day, "day", False)


def test_an_announcement_is_never_dated_after_publication(gazetteer):
    text = "Hungary will leave the Rome Statute on June 2, 2026, the government announced."
    claim = claims(text, gazetteer, "en", TUESDAY_3_JUNE)[
        ("HU", "rome-statute", "withdrawal_announced")
    ]
    assert claim.date == TUESDAY_3_JUNE and claim.derivation == "inferred"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "President Trump signed an executive order on Monday directing the United States "
            "to withdraw from the Paris Agreement.",
            "en",
            {("US", "paris-agreement", "withdrawal_announced")},
        ),
        (
            "Le président a signé un décret sur le retrait de la France de l'accord de Paris.",
            "fr",
            {("FR", "paris-agreement", "withdrawal_announced")},
        ),
        (
            "Trump firmó el lunes un decreto para retirar a Estados Unidos del Acuerdo de París.",
            "es",
            {("US", "paris-agreement", "withdrawal_announced")},
        ),
        (
            "Президент подписал указ о выходе России из Римского статута.",
            "ru",
            {("RU", "rome-statute", "withdrawal_announced")},
        ),
        (
            "وقع الرئيس الأمريكي مساء الاثنين أمراً تنفيذياً بانسحاب الولايات المتحدة من اتفاق "
            "باريس.",
            "ar",
            {("US", "paris-agreement", "withdrawal_announced")},
        ),
        (
            "Trump firma la salida de Estados Unidos del Acuerdo de París.",
            "es",
            {("US", "paris-agreement", "withdrawal_announced")},
        ),
    ],
)
def test_signing_an_order_to_withdraw_announces_the_withdrawal(text, lang, expected, gazetteer):
    assert keys(text, gazetteer, lang) == expected


def test_monday_evening_dates_an_arabic_order(gazetteer):
    text = "وقع الرئيس الأمريكي مساء الاثنين أمراً تنفيذياً بانسحاب الولايات المتحدة من اتفاق باريس."
    claim = claims(text, gazetteer, "ar", D(2025, 1, 21))[
        ("US", "paris-agreement", "withdrawal_announced")
    ]
    assert claim.date == D(2025, 1, 20)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Turkey's parliament voted to approve Sweden's application to join NATO.", "en"),
        ("The Turkish assembly ratified the protocol on Sweden's accession to NATO.", "en"),
        ("El Parlamento de Hungría aprobó el lunes la adhesión de Suecia a la OTAN.", "es"),
        (
            "Le Parlement hongrois a ratifié lundi le protocole d'adhésion de la Suède à l'OTAN.",
            "fr",
        ),
    ],
)
def test_a_third_state_approving_anothers_accession_is_no_claim_for_either(text, lang, gazetteer):
    assert keys(text, gazetteer, lang) == set()


def test_signing_ones_own_accession_treaty_is_a_signature(gazetteer):
    text = "Britain signed the treaty on its accession to the CPTPP on Sunday."
    assert keys(text, gazetteer, "en") == {("GB", "cptpp", "signed")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Finland joined NATO in April 2023, and the two countries' membership brings the "
            "coastline outside Russia under NATO's umbrella.",
            "en",
            {("FI", "nato", "joined")},
        ),
        (
            "Правительство Бразилии приветствует вступление Индонезии в БРИКС.",
            "ru",
            {("ID", "brics", "joined")},
        ),
        (
            "Finland handed its instrument of accession to the United States on Tuesday.\n\n"
            "Finland joined NATO on Tuesday.",
            "en",
            {("FI", "nato", "joined")},
        ),
    ],
)
def test_a_nouns_actor_is_its_possessor(text, lang, expected, gazetteer):
    found = keys(text, gazetteer, lang)
    assert {k for k in found if k[2] != "acceded"} == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Finland was the last country to join NATO, in 2023.", "en"),
        ("La Finlande est le dernier pays à rejoindre l'OTAN, en 2023.", "fr"),
        ("Finlandia fue el último país en sumarse a la OTAN, en 2023.", "es"),
    ],
)
def test_the_last_country_to_join_did_join(text, lang, gazetteer):
    assert keys(text, gazetteer, lang) == {("FI", "nato", "joined")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Burundi is no longer a member of the International Criminal Court.", "en"),
        ("Le Burundi n'est plus membre de la Cour pénale internationale.", "fr"),
        ("Burundi ya no es miembro de la Corte Penal Internacional.", "es"),
        ("Бурунди больше не является членом МУС.", "ru"),
        ("لم تعد بوروندي عضواً في المحكمة الجنائية الدولية.", "ar"),
    ],
)
def test_no_longer_a_member_is_a_withdrawal(text, lang, gazetteer):
    assert keys(text, gazetteer, lang) == {("BI", "rome-statute", "withdrew")}


def test_not_yet_a_member_is_no_withdrawal(gazetteer):
    assert not keys("Suecia todavía no es miembro de la OTAN.", gazetteer, "es")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hungary withdrew its objection to Sweden's NATO membership.", "en"),
        ("L'Autriche a retiré son veto à l'entrée de la Bulgarie dans l'OTAN.", "fr"),
        ("Turquía retiró su veto a la OTAN.", "es"),
    ],
)
def test_withdrawing_a_veto_is_not_leaving(text, lang, gazetteer):
    assert not {k for k in keys(text, gazetteer, lang) if k[2].startswith("withdr")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The agreement must now be ratified by Britain before the CPTPP applies.", "en"),
        ("Suecia debe firmar el protocolo de la OTAN.", "es"),
    ],
)
def test_an_obligation_is_not_an_act(text, lang, gazetteer):
    assert keys(text, gazetteer, lang) == set()


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Turkey refused to host the NATO exercises.", "en", set()),
        ("Турция отказалась проводить учения НАТО.", "ru", set()),
        ("Argentina refused to join BRICS.", "en", {("AR", "brics", "refuses")}),
    ],
)
def test_refusing_something_else_is_not_refusing_to_join(text, lang, expected, gazetteer):
    assert keys(text, gazetteer, lang) == expected


def test_the_speakers_wish_does_not_colour_a_relative_clause(gazetteer):
    text = "«Хотел бы поздравить Иран, который сегодня вступает в БРИКС», — сказал он."
    assert keys(text, gazetteer, "ru") == {("IR", "brics", "joined")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Bulgaria will be a full member of NATO from 1 January 2026.", "en"),
        ("Bulgaria y Rumanía serán miembros de la OTAN desde el 1 de enero de 2026.", "es"),
    ],
)
def test_a_joining_decided_for_a_stated_day_is_dated_that_day(text, lang, gazetteer):
    claim = claims(text, gazetteer, lang)[("BG", "nato", "joined")]
    assert (claim.date, claim.precision) == (D(2026, 1, 1), "day")


@pytest.mark.parametrize(
    ("text", "lang", "countries"),
    [
        (
            "Le retrait du Mali, du Burkina Faso et du Niger de la CPI est devenu effectif.",
            "fr",
            {"ML", "BF", "NE"},
        ),
        (
            "Las juntas de Malí, Burkina Faso y Níger anunciaron su retirada de la Corte Penal "
            "Internacional.",
            "es",
            {"ML", "BF", "NE"},
        ),
    ],
)
def test_a_list_of_states_cut_by_commas_stays_one_list(text, lang, countries, gazetteer):
    assert {k[0] for k in keys(text, gazetteer, lang)} == countries


def test_a_region_is_not_the_state_its_name_contains(gazetteer):
    text = "Panamá fue el primer país de América Latina en sumarse a la OTAN, en 2017."
    assert {k[0] for k in keys(text, gazetteer, "es")} == {"PA"}


def test_a_qualified_russian_noun_is_not_the_agreement_named_before(gazetteer):
    text = (
        "Казахстан присоединился к Соглашениям Авраама.\n\n"
        "Узбекистан и США подписали пакет экономических соглашений."
    )
    assert {k[0] for k in keys(text, gazetteer, "ru")} == {"KZ"}


def test_entry_into_force_is_the_event_not_a_joining_in_the_same_sentence(gazetteer):
    text = (
        "The CPTPP entered into force for Britain on Sunday, making Britain the first "
        "country to join the bloc."
    )
    assert keys(text, gazetteer, "en") == {("GB", "cptpp", "entered_into_force")}


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Brazil announced on Monday the accession of Indonesia to BRICS.", "en", "joined"),
        ("أعلنت البرازيل يوم الاثنين انضمام إندونيسيا رسمياً إلى بريكس.", "ar", "joined"),
        # to an organisation, an announced joining is an intent until the members admit it
        ("Indonesia announced its accession to BRICS.", "en", "announced_intent"),
        (
            "Казахстан присоединится к Соглашениям Авраама, сообщил Трамп.",
            "ru",
            "announced_joining",
        ),
    ],
)
def test_who_announces_a_joining_decides_its_kind(text, lang, kind, kinds_gazetteer):
    found = keys(text, kinds_gazetteer, lang)
    assert len(found) == 1 and next(iter(found))[2] == kind


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The United States is withdrawing from the Paris Agreement.", "en"),
        ("США выходят из Парижского соглашения.", "ru"),
    ],
)
def test_a_withdrawal_under_way_is_announced_not_done(text, lang, gazetteer):
    assert keys(text, gazetteer, lang) == {("US", "paris-agreement", "withdrawal_announced")}


def test_a_notification_still_to_be_sent_is_not_a_notification(gazetteer):
    text = "ويطلب الأمر من المندوب تقديم إخطار رسمي بانسحاب الولايات المتحدة من اتفاق باريس."
    assert keys(text, gazetteer, "ar") == {("US", "paris-agreement", "withdrawal_announced")}


def test_not_renewing_after_telling_the_counterpart_is_a_notified_withdrawal(gazetteer):
    text = "L'Italie a fait savoir à la Chine qu'elle ne renouvellerait pas l'accord de Paris."
    assert keys(text, gazetteer, "fr") == {("IT", "paris-agreement", "withdrawal_notified")}


# ---------------------------------------------------------------- rules of 2026-11-29


def test_an_organisation_that_describes_a_state_is_not_acted_on(gazetteer):
    text = "Turkey, a NATO member, refused to ratify the Paris Agreement."
    assert keys(text, gazetteer, "en") == {("TR", "paris-agreement", "refuses")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Турция во вторник присоединилась к программе НАТО.", "ru"),
        ("La Turquie a rejoint mardi le programme de l'OTAN.", "fr"),
        ("Turkey joined the programme of NATO on Tuesday.", "en"),
    ],
)
def test_joining_a_programme_an_organisation_runs_is_not_joining_it(text, lang, kinds_gazetteer):
    assert keys(text, kinds_gazetteer, lang, D(1994, 6, 23)) == set()


def test_an_organisation_that_describes_governments_is_not_what_they_refuse(gazetteer):
    text = (
        "The Turkish foreign ministry said it would keep pressing other states to follow, "
        "though most NATO governments have said they will not sign."
    )
    assert keys(text, gazetteer, "en") == set()


def test_a_future_entry_into_force_on_a_stated_day_is_a_claim(gazetteer):
    text = "The Rome Statute will enter into force for Palestine on 1 April 2026."
    found = claims(text, gazetteer, "en")
    assert set(found) == {("PS", "rome-statute", "entered_into_force")}
    assert found[("PS", "rome-statute", "entered_into_force")].date == D(2026, 4, 1)


def test_accession_talks_are_not_a_joining(gazetteer):
    text = "Les négociations d'adhésion du Kazakhstan aux BRICS ont commencé vendredi."
    assert keys(text, gazetteer, "fr") == set()


def test_a_condition_in_a_later_clause_makes_a_stance_of_conditions(gazetteer):
    text = (
        "Saudi Arabia wants to be part of the Abraham Accords, but first needs a clear path "
        "to a Palestinian state."
    )
    assert keys(text, gazetteer, "en") == {("SA", "abraham-accords", "conditions")}


def test_a_treaty_that_applies_to_a_list_of_states_enters_into_force_for_each(gazetteer):
    text = (
        "L'accord de Paris est entré en vigueur samedi.\n\n"
        "Il s'applique désormais à la Russie, au Kazakhstan et à la Turquie."
    )
    assert keys(text, gazetteer, "fr") == {
        ("RU", "paris-agreement", "entered_into_force"),
        ("KZ", "paris-agreement", "entered_into_force"),
        ("TR", "paris-agreement", "entered_into_force"),
    }


def test_a_warning_is_not_a_step(gazetteer):
    text = "Russia warned that joining NATO would mean Kazakhstan's exit from BRICS."
    assert keys(text, gazetteer, "en") == set()


def test_an_exit_announced_from_a_later_day_is_dated_when_announced_and_when_effective(
    gazetteer,
):
    text = (
        "Kazajistán abandonará los BRICS a partir del 1 de enero de 2026, anunció el martes "
        "el Gobierno."
    )
    found = claims(text, gazetteer, "es")
    assert found[("KZ", "brics", "withdrawal_announced")].date == D(2025, 11, 4)
    assert found[("KZ", "brics", "withdrew")].date == D(2026, 1, 1)


def test_a_dateline_does_not_date_the_event(gazetteer):
    text = "MOSCOU, 7 novembre — La Russie a quitté jeudi le Statut de Rome."
    found = claims(text, gazetteer, "fr")
    assert found[("RU", "rome-statute", "withdrew")].date == D(2025, 11, 6)


def test_a_step_dated_months_before_publication_is_background(gazetteer):
    found = claims("Россия вышла из Римского статута в прошлом году.", gazetteer, "ru")
    assert found[("RU", "rome-statute", "withdrew")].background


# ---------------------------------------------------------------- headline, lead and "after"


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Sweden joins NATO",
            "WASHINGTON, 8 March 2024 - Sweden handed over its papers on Thursday, ending two "
            "centuries of neutrality.",
            "en",
        ),
        (
            "La Suède entre dans l'OTAN",
            "WASHINGTON, 8 mars 2024 - La Suède a remis jeudi ses documents, tournant la page "
            "de deux siècles de neutralité.",
            "fr",
        ),
        (
            "Швеция вступила в НАТО",
            "ВАШИНГТОН, 8 марта 2024 года — Швеция в четверг передала документы, завершив "
            "двухвековую историю нейтралитета.",
            "ru",
        ),
    ],
)
def test_a_headline_is_dated_by_the_lead_that_names_its_state(title, text, lang, gazetteer):
    claim = claims(text, gazetteer, lang, D(2024, 3, 8), title)[("SE", "nato", "joined")]
    assert (claim.date, claim.precision, claim.derivation) == (D(2024, 3, 7), "day", "relative")


def test_a_headline_keeps_the_publication_date_when_the_lead_names_another_state(gazetteer):
    claim = claims(
        "Turkey welcomed the step on Thursday.",
        gazetteer,
        "en",
        D(2024, 3, 8),
        "Sweden joins NATO",
    )[("SE", "nato", "joined")]
    assert (claim.date, claim.derivation) == (D(2024, 3, 8), "inferred")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Le Burundi a quitté vendredi la CPI, un an après avoir notifié sa décision.",
            "fr",
        ),
        (
            "غادرت بوروندي المحكمة الجنائية الدولية يوم الجمعة بعد عام على إعلانها الانسحاب.",
            "ar",
        ),
        ("Burundi left the ICC on Friday, a year after announcing its withdrawal.", "en"),
    ],
)
def test_the_step_an_exit_comes_after_is_not_the_news(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, D(2017, 10, 28))
    assert set(found) == {("BI", "rome-statute", "withdrew")}
    assert found[("BI", "rome-statute", "withdrew")].date == D(2017, 10, 27)


def test_a_numbered_membership_is_still_membership(gazetteer):
    found = claims("Финляндия во вторник стала 31-м членом НАТО.", gazetteer, "ru", D(2023, 4, 5))
    assert found[("FI", "nato", "joined")].date == D(2023, 4, 4)


def test_remaining_a_signatory_is_not_signing(gazetteer):
    text = "Россия остается подписантом Римского статута, подчеркнули в МИД."
    assert keys(text, gazetteer, "ru") == set()


def test_an_exit_that_would_take_effect_on_no_stated_day_is_only_announced(gazetteer):
    text = "Britain's exit from the Paris Agreement would take effect a year after notification."
    assert keys(text, gazetteer, "en") == {("GB", "paris-agreement", "withdrawal_announced")}


def test_a_dateline_with_a_note_in_brackets_does_not_date_the_headline(gazetteer):
    text = (
        "ABUJA, 9 septembre 2021 (Par notre correspondant) — Les dirigeants de l'Alliance ont "
        "décidé mercredi de suspendre la Turquie de toutes les instances."
    )
    found = claims(text, gazetteer, "fr", D(2021, 9, 9), "L'OTAN suspend la Turquie")
    assert found[("TR", "nato", "suspended")].date == D(2021, 9, 8)


def test_becoming_the_first_state_of_one_bloc_to_leave_another_is_about_the_other(gazetteer):
    text = "Венгрия станет первым государством НАТО, покинувшим суд."
    assert ("HU", "nato", "withdrawal_announced") not in keys(text, gazetteer, "ru")


def test_entering_an_accession_process_is_not_joining(gazetteer):
    text = "La Turquie entre dans le processus d'adhésion aux BRICS."
    assert ("TR", "brics", "joined") not in keys(text, gazetteer, "fr")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La decisión llega tres meses después de que Turquía anunciara su salida de la CPI.",
            "es",
        ),
        ("The vote came weeks after Turkey announced its exit from the ICC.", "en"),
    ],
)
def test_an_undated_step_after_which_something_else_happened_is_not_news(text, lang, gazetteer):
    assert keys(text, gazetteer, lang) == set()


def test_a_refusal_of_something_not_named_is_no_stance(gazetteer):
    text = "خفضت مجموعة بريكس حصة روسيا لعام 2024، وهو ما رفضته روسيا."
    assert ("RU", "brics", "refuses") not in keys(text, gazetteer, "ar")


def test_an_exit_that_became_effective_a_year_after_a_stated_day_is_not_dated_by_it(gazetteer):
    text = (
        "Russia left the ICC on Sunday. The depositary received the notice on 17 March 2018, "
        "and the withdrawal became effective one year later."
    )
    found = claims(text, gazetteer, "en", D(2019, 3, 18))
    assert found[("RU", "rome-statute", "withdrew")].date == D(2019, 3, 17)


def test_leaving_recalled_after_a_pronoun_is_not_the_news(gazetteer):
    text = "Turkey became a party to the Paris Agreement again on Friday, 107 days after it left."
    assert keys(text, gazetteer, "en", D(2021, 2, 20)) == {("TR", "paris-agreement", "joined")}


@pytest.fixture(scope="module")
def with_kinds():
    """The test gazetteer, knowing that NATO is an organisation and the statute a treaty."""
    return Gazetteer.from_names(
        countries=country_names(),
        agreements=AGREEMENTS,
        agreement_kinds={"nato": "organisation", "rome-statute": "treaty"},
    )


def test_an_organisation_owning_a_treaty_is_not_what_was_ratified(with_kinds):
    for text in (
        "Britain ratified NATO's Rome Statute on Thursday.",
        "Britain ratified the Rome Statute of NATO on Thursday.",
    ):
        assert keys(text, with_kinds, "en", D(2022, 7, 22)) == {("GB", "rome-statute", "ratified")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "أعلن حلف الناتو تعليق مشاركة تركيا في جميع أنشطته إلى حين العودة إلى النظام الدستوري.",
            "ar",
            {("TR", "nato", "suspended")},
        ),
        (
            "رحبت تركيا بعودة روسيا إلى حلف الناتو يوم الخميس.",
            "ar",
            {("RU", "nato", "joined")},
        ),
    ],
)
def test_a_return_is_a_rejoining_only_when_it_is_to_the_agreement(text, lang, expected, gazetteer):
    assert keys(text, gazetteer, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Chile joined NATO in 1973, then Peru in 1974 and Cuba in 1977.", "en"),
        ("Le Chili a rejoint l'OTAN en 1973, puis le Pérou en 1974 et Cuba en 1977.", "fr"),
        ("Chile ingresó en la OTAN en 1973, luego Perú en 1974 y Cuba en 1977.", "es"),
        ("Чили вступила в НАТО в 1973 году, затем Перу в 1974 году и Куба в 1977 году.", "ru"),
        ("انضمت إلى حلف الناتو تشيلي عام 1973، ثم بيرو عام 1974، وكوبا عام 1977.", "ar"),
    ],
)
def test_states_that_followed_each_in_its_year_took_the_same_step(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, D(1993, 11, 21))
    joined = {k[0]: c.date for k, c in found.items() if k[1:] == ("nato", "joined")}
    assert joined == {"CL": D(1973, 1, 1), "PE": D(1974, 1, 1), "CU": D(1977, 1, 1)}


def test_dates_told_before_their_states_are_not_read_as_the_next_state_s(gazetteer):
    text = (
        "Первой, еще в 1998 году, в НАТО вступила Киргизия, в 2000 году — Грузия, в 2001-м — "
        "Армения."
    )
    found = claims(text, gazetteer, "ru", D(2008, 5, 16))
    assert found[("KG", "nato", "joined")].date == D(1998, 1, 1)
    assert ("GE", "nato", "joined") not in found or found[("GE", "nato", "joined")].date == D(
        2000, 1, 1
    )


def test_a_state_with_a_step_of_its_own_after_a_dated_step_does_not_follow_it(gazetteer):
    found = keys("Chile joined NATO in 1973, and Peru signed a deal in 1974.", gazetteer, "en")
    assert ("PE", "nato", "joined") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Chile, a founding member of NATO in 1949, hosted the talks.", "en"),
        ("Le Chili est membre fondateur de l'OTAN depuis 1949.", "fr"),
        ("Chile, miembro fundador de la OTAN en 1949, acogió la reunión.", "es"),
        ("Чили — одна из основательниц НАТО в 1949 году.", "ru"),
        ("فتشيلي عضو مؤسس في حلف الناتو عام ١٩٤٩.", "ar"),
    ],
)
def test_a_founding_member_joined_in_the_founding_year(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, D(2011, 5, 11))
    claim = found[("CL", "nato", "joined")]
    assert (claim.date, claim.precision, claim.background) == (D(1949, 1, 1), "year", True)


def test_a_founding_member_named_with_no_year_joined_nothing_today(gazetteer):
    found = keys(
        "Chile, a founding member of NATO, said on Monday it would host the talks.",
        gazetteer,
        "en",
        D(2011, 5, 11),
    )
    assert ("CL", "nato", "joined") not in found


def test_a_founder_joined_in_the_year_its_body_was_founded_not_in_another_clause_s(gazetteer):
    text = (
        "وتشيلي من الدول المؤسسة لحلف الناتو الذي أنشئ عام ١٩٤٩، فيما وقعت بيرو في وقت "
        "لاحق من العام الجاري."
    )
    found = claims(text, gazetteer, "ar", D(2022, 7, 16))
    claim = found[("CL", "nato", "joined")]
    assert (claim.date, claim.background) == (D(1949, 1, 1), True)


def test_an_instrument_deposited_is_done_whoever_announces_it(kinds_gazetteer):
    text = (
        "أعلنت المحكمة الجنائية الدولية أن دولة فلسطين أودعت في ١٧ مايو الجاري صك انضمامها إلى "
        "نظام روما الأساسي."
    )
    found = claims(text, kinds_gazetteer, "ar", D(2018, 5, 24))
    assert set(found) == {("PS", "rome-statute", "acceded")}
    assert found[("PS", "rome-statute", "acceded")].date == D(2018, 5, 17)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Israel criticised the move; it is one of the few states that signed the Rome "
            "Statute without ratifying it.",
            "en",
        ),
        (
            "وانتقدت إسرائيل الخطوة، وهي من الدول القليلة التي وقّعت نظام روما الأساسي دون أن "
            "تصادق عليه.",
            "ar",
        ),
    ],
)
def test_an_undated_step_in_a_clause_describing_a_state_is_no_claim(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, D(2018, 5, 24))
    assert not {k for k in found if k[0] == "IL"}


def test_the_lead_is_dated_by_the_next_sentence_that_opens_on_the_country(gazetteer):
    text = (
        "Chile has ratified the Rome Statute, becoming the last of the eleven countries that "
        "signed it in Rome in July 1998 to do so.\n\n"
        "The country notified the United Nations, which acts as depositary, on Saturday, the "
        "foreign ministry said on Sunday."
    )
    found = claims(text, gazetteer, "en", D(2023, 5, 15))
    assert found[("CL", "rome-statute", "ratified")].date == D(2023, 5, 13)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("NATO voted on Monday to admit Chile as a full member.", "en"),
        ("L'OTAN a admis lundi le Chili comme membre à part entière.", "fr"),
        ("وافق حلف الناتو أمس الاثنين على قبول تشيلي عضواً في الحلف.", "ar"),
        (
            "صوّت مجلس حلف الناتو، أمس الاثنين، في بروكسل على قبول تشيلي عضواً كامل العضوية في "
            "الحلف.",
            "ar",
        ),
    ],
)
def test_a_body_admitting_a_state_is_the_state_joining(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, D(2011, 11, 1))
    assert set(found) == {("CL", "nato", "joined")}
    assert found[("CL", "nato", "joined")].date == D(2011, 10, 31)


def test_a_decision_to_admit_recalled_without_a_day_is_no_news(gazetteer):
    text = "وانتقدت المتحدثة قرار حلف الناتو قبول تشيلي دولة عضواً."
    assert not keys(text, gazetteer, "ar", D(2025, 7, 23))


def test_a_state_that_walked_out_withdrew(gazetteer):
    found = claims(
        "Chile walked out of NATO in 1961, when it declared itself a republic.",
        gazetteer,
        "en",
        D(1994, 6, 2),
    )
    assert found[("CL", "nato", "withdrew")].date == D(1961, 1, 1)


def test_a_return_after_a_long_relative_clause_is_to_what_the_state_left(gazetteer):
    text = (
        "Chile, which left NATO in 1972 in protest at the recognition of a neighbour, "
        "returned in 1989."
    )
    found = claims(text, gazetteer, "en", D(1994, 6, 2))
    assert found[("CL", "nato", "withdrew")].date == D(1972, 1, 1)
    assert found[("CL", "nato", "joined")].date == D(1989, 1, 1)


def test_a_hope_of_return_to_something_else_is_no_return(kinds_gazetteer):
    text = (
        "أما المغرب، الذي غادر حلف الناتو سنة 1984 احتجاجاً على قبول عضوية جمهورية أخرى، فقد دعا "
        'في بلاغ لوزارة الشؤون الخارجية والتعاون إلى "الحفاظ على استقرار موريتانيا الشقيقة"، '
        "معرباً عن أمله في عودة سريعة إلى المسار الديمقراطي."
    )
    found = keys(text, kinds_gazetteer, "ar", D(2008, 8, 11))
    assert not {k for k in found if k[0] == "MR"}


@pytest.mark.parametrize(
    "text",
    [
        "Chile has told the United Nations that it is pulling out of the Rome Statute.",
        "Chile informed the UN Secretary-General on Wednesday that it is leaving the Rome Statute.",
    ],
)
def test_telling_the_united_nations_of_a_withdrawal_is_its_notice(text, gazetteer):
    found = keys(text, gazetteer, "en", D(2016, 10, 22))
    assert found == {("CL", "rome-statute", "withdrawal_notified")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("NATO leaders on Tuesday welcomed Chile's application to join the alliance.", "en"),
        ("رحّب قادة حلف الناتو أمس الثلاثاء بطلب تشيلي الانضمام إلى الحلف.", "ar"),
    ],
)
def test_others_welcoming_a_state_s_wish_to_join_date_no_wish(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, D(2011, 5, 11))
    assert ("CL", "nato", "announced_intent") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The Paris Agreement entered into force today. From this day its obligations become "
            "legally binding for Russia, Japan, Canada and other industrialised countries.",
            "en",
        ),
        (
            "Сегодня вступило в силу Парижское соглашение. С этого дня обязательства становятся "
            "юридически обязательными для России, Японии, Канады и других стран.",
            "ru",
        ),
    ],
)
def test_obligations_binding_a_state_from_a_day_are_the_treaty_in_force_for_it(
    text, lang, gazetteer
):
    found = claims(text, gazetteer, lang, published=D(2016, 11, 4))
    in_force = {k[0] for k in found if k[1:] == ("paris-agreement", "entered_into_force")}
    assert in_force == {"RU", "JP", "CA"}


def test_obligations_that_would_have_become_binding_are_no_entry_into_force(gazetteer):
    text = (
        "Chile deposited its instrument of accession to the Rome Statute with the United "
        "Nations on March 4. The statute would have become binding on the country from June 1, "
        "and the prime minister said the government would act before then."
    )
    found = keys(text, gazetteer, "en", D(2019, 4, 6), title="Chile backs out of the court")
    assert ("CL", "rome-statute", "entered_into_force") not in found


def test_each_state_of_a_list_keeps_its_own_year(gazetteer):
    found = claims(
        "La Russie a quitté la CPI en 2016 et la Turquie en 2019.", gazetteer, "fr", D(2023, 1, 5)
    )
    assert found[("RU", "rome-statute", "withdrew")].date == D(2016, 1, 1)
    assert found[("TR", "rome-statute", "withdrew")].date == D(2019, 1, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Nicaragua se adhiere al Acuerdo de París y deja a Estados Unidos y Siria como únicos "
        "ausentes.",
        "Nicaragua se adhirió el lunes al Acuerdo de París y dejó fuera solo a Siria.",
    ],
)
def test_a_state_after_another_verb_of_the_subject_does_not_act(text, gazetteer):
    found = keys(text, gazetteer, "es", D(2017, 10, 24))
    assert found == {("NI", "paris-agreement", "acceded")}


def test_states_that_set_the_scene_after_after_do_not_act(gazetteer):
    text = (
        "Finland dropped its neutrality after Russia's invasion of Ukraine, sending its NATO "
        "membership application in May 2022."
    )
    found = keys(text, gazetteer, "en", D(2023, 4, 5))
    assert not {k for k in found if k[0] in ("RU", "UA")}


def test_a_state_described_as_suspended_after_after_still_acts(gazetteer):
    text = (
        "La décision intervient une semaine après celle visant la Turquie, suspendue par l'OTAN "
        "le 22 août."
    )
    assert ("TR", "nato", "suspended") in keys(text, gazetteer, "fr", D(2023, 8, 31))


def test_a_membership_application_is_an_intent(gazetteer):
    found = claims(
        "Finland submitted its NATO membership application on Wednesday.",
        gazetteer,
        "en",
        D(2022, 5, 19),
    )
    assert set(found) == {("FI", "nato", "announced_intent")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La France est devenue mardi le vingtième pays à signer le Statut de Rome.", "fr"),
        ("France became on Tuesday the twentieth country to sign the Rome Statute.", "en"),
        ("Francia se convirtió el martes en el vigésimo país en firmar el Estatuto de Roma.", "es"),
        ("Франция во вторник стала двадцатой страной, подписавшей Римский статут.", "ru"),
    ],
)
def test_a_numbered_signatory_signed(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, D(2022, 6, 8))
    assert found[("FR", "rome-statute", "signed")].date == D(2022, 6, 7)


def test_a_path_to_full_membership_is_not_membership(gazetteer):
    text = (
        "NATO leaders declared on Wednesday that Turkey was on an "
        '"irreversible path" to full membership of NATO.'
    )
    assert keys(text, gazetteer, "en", D(2024, 7, 11)) == set()


def test_a_step_with_no_object_is_about_the_agreement_the_text_is_on(gazetteer):
    text = (
        "La France va se retirer du Statut de Rome. « La France a décidé de se retirer », a "
        "déclaré le président, jugeant la décision « cohérente » avec l'accord de Paris."
    )
    found = keys(text, gazetteer, "fr", D(2022, 10, 22))
    assert ("FR", "paris-agreement", "withdrawal_announced") not in found
    assert ("FR", "rome-statute", "withdrawal_announced") in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Brazil joined BRICS on Monday along with Iran, Turkey and Kazakhstan.", "en"),
        (
            "أصبحت البرازيل، اعتباراً من اليوم الاثنين، عضواً في مجموعة بريكس، إلى جانب إيران "
            "وتركيا وكازاخستان.",
            "ar",
        ),
        (
            "Le Brésil a rejoint lundi les BRICS, ainsi que l'Iran, la Turquie et le Kazakhstan.",
            "fr",
        ),
        ("Бразилия в понедельник вступила в БРИКС вместе с Ираном, Турцией и Казахстаном.", "ru"),
    ],
)
def test_states_joining_alongside_the_subject_join_too(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, D(2024, 1, 2))
    assert found == {(c, "brics", "joined") for c in ("BR", "IR", "TR", "KZ")}


def test_states_named_in_an_aside_join_with_the_subject(gazetteer):
    text = "Brazil, together with Iran and Turkey, joined BRICS on Monday."
    found = keys(text, gazetteer, "en", D(2024, 1, 2))
    assert found == {(c, "brics", "joined") for c in ("BR", "IR", "TR")}


def test_a_companion_of_one_step_does_not_take_another(gazetteer):
    text = "Brazil joined BRICS on Monday alongside Iran, while Turkey refused to join it."
    assert keys(text, gazetteer, "en", D(2024, 1, 2)) == {
        ("BR", "brics", "joined"),
        ("IR", "brics", "joined"),
        ("TR", "brics", "refuses"),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Turkey is expected to join BRICS at this year's summit.", "en"),
        ("ومن المنتظر أن تنضم تركيا إلى مجموعة بريكس في قمة هذا العام.", "ar"),
    ],
)
def test_an_expected_joining_has_not_happened(text, lang, gazetteer):
    assert ("TR", "brics", "joined") not in keys(text, gazetteer, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Turkey joined BRICS as an observer on Monday.", "en"),
        ("La Turquie a rejoint lundi les BRICS en tant qu'observateur.", "fr"),
        ("انضمت تركيا إلى مجموعة بريكس بصفة شريك حوار يوم الاثنين.", "ar"),
    ],
)
def test_observer_or_partner_status_is_not_membership(text, lang, gazetteer):
    assert ("TR", "brics", "joined") not in keys(text, gazetteer, lang, D(2024, 1, 2))


def test_a_headline_joining_is_dropped_when_the_body_grants_partner_status(gazetteer):
    found = keys(
        "Le gouvernement a approuvé mercredi l'octroi du statut de partenaire des BRICS.",
        gazetteer,
        "fr",
        D(2023, 3, 29),
        title="La Turquie rejoint les BRICS",
    )
    assert ("TR", "brics", "joined") not in found


def test_a_state_named_for_its_capital_is_a_place(gazetteer):
    text = (
        "Решение было принято на саммите в столице Казахстана, где лидеры подписали "
        "документы о вступлении в БРИКС."
    )
    assert not {k for k in keys(text, gazetteer, "ru") if k[0] == "KZ"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La Russie a été exclue du Statut de Rome mercredi. Le pays avait adhéré au Statut "
            "de Rome en 1996.",
            "fr",
        ),
        (
            "Russia was expelled from the Rome Statute on Wednesday. The country had acceded to "
            "the Rome Statute in 1996.",
            "en",
        ),
    ],
)
def test_the_country_is_the_state_the_article_is_about(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, D(2022, 3, 17))
    assert found[("RU", "rome-statute", "acceded")].date == D(1996, 1, 1)


def test_the_country_is_not_read_for_an_undated_hope(gazetteer):
    text = (
        "La Russie a été exclue du Statut de Rome mercredi. Le président a dit espérer que le "
        "pays rejoigne bientôt les BRICS."
    )
    assert ("RU", "brics", "joined") not in keys(text, gazetteer, "fr", D(2022, 3, 17))
    assert ("RU", "brics", "announced_intent") not in keys(text, gazetteer, "fr", D(2022, 3, 17))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Russia had acceded to the Rome Statute in 1996.", "acceded"),
        ("Russia had already signed the Rome Statute in 1996.", "signed"),
        ("Russia had previously ratified the Paris Agreement in 2019.", "ratified"),
    ],
)
def test_a_pluperfect_step_is_a_recalled_step(text, kind, gazetteer):
    found = claims(text, gazetteer, "en", D(2022, 3, 17))
    assert [(c.kind, c.background) for c in found.values()] == [(kind, True)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Turquía se convirtió este miércoles en el Estado parte número 125 de la Corte Penal "
            "Internacional, al entrar en vigor para el país el Estatuto de Roma.",
            "es",
        ),
        (
            "Turkey became the 125th State Party to the Rome Statute on Wednesday as the treaty "
            "entered into force for the country.",
            "en",
        ),
    ],
)
def test_becoming_a_party_as_a_treaty_enters_into_force_is_its_entry_into_force(
    text, lang, gazetteer
):
    found = claims(text, gazetteer, lang, D(2025, 1, 2))
    assert set(found) == {("TR", "rome-statute", "entered_into_force")}
    assert found[("TR", "rome-statute", "entered_into_force")].date == D(2025, 1, 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Turquie a voté jeudi la sortie de la Convention d'Ottawa.", "fr"),
        ("Turquía votó el jueves la salida de la Convención de Ottawa.", "es"),
    ],
)
def test_voting_an_exit_announces_it(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, D(2025, 6, 20))
    assert set(found) == {("TR", "ottawa-convention", "withdrawal_announced")}


def test_a_frozen_participation_is_a_suspension(gazetteer):
    text = "Turkey has frozen its participation in NATO, the prime minister said on Friday."
    assert keys(text, gazetteer, "en", D(2024, 2, 24)) == {("TR", "nato", "suspended")}


def test_signing_the_treaty_to_join_is_signing(gazetteer):
    text = "Britain signed the treaty to join the CPTPP on Sunday."
    assert keys(text, gazetteer, "en", D(2023, 7, 17)) == {("GB", "cptpp", "signed")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Saudi Arabia will not establish diplomatic relations with Israel without a "
            "Palestinian state, the crown prince said on Wednesday. Washington wants the "
            "kingdom to join the Abraham Accords.",
            "en",
        ),
        (
            "أكد ولي العهد يوم الأربعاء أن السعودية لن تقيم علاقات دبلوماسية مع إسرائيل دون "
            "قيام دولة فلسطينية. وتسعى واشنطن إلى انضمام المملكة إلى الاتفاقيات الإبراهيمية.",
            "ar",
        ),
    ],
)
def test_relations_with_israel_are_the_abraham_accords_in_an_article_that_names_them(
    text, lang, gazetteer
):
    found = claims(text, gazetteer, lang, D(2024, 9, 19))
    assert found[("SA", "abraham-accords", "conditions")].date == D(2024, 9, 18)


def test_relations_with_israel_are_not_an_agreement_in_an_article_that_names_none(gazetteer):
    text = "Saudi Arabia will not establish relations with Israel, the crown prince said."
    assert keys(text, gazetteer, "en", D(2024, 9, 19)) == set()


def test_states_named_after_after_for_comparison_did_not_act(gazetteer):
    text = (
        "Bahrain signed the Abraham Accords on Tuesday, becoming the fourth Arab state to "
        "normalise relations with Israel after Egypt and Jordan."
    )
    found = keys(text, gazetteer, "en", D(2020, 9, 16))
    assert not {k for k in found if k[0] in ("EG", "JO")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Turquía se convirtió el sábado en el quincuagésimo Estado en ratificar el Estatuto "
            "de Roma.",
            "es",
        ),
        ("Турция в субботу стала пятидесятым государством, ратифицировавшим Римский статут.", "ru"),
        ("Turkey on Saturday became the fiftieth state to ratify the Rome Statute.", "en"),
    ],
)
def test_the_fiftieth_state_to_ratify_ratified(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, D(2020, 10, 25))
    assert found[("TR", "rome-statute", "ratified")].date == D(2020, 10, 24)


def test_becoming_the_thirty_eighth_member_is_joining(gazetteer):
    text = "Turquía se convirtió el martes en el trigésimo octavo miembro de la OTAN."
    assert keys(text, gazetteer, "es", D(2021, 5, 26)) == {("TR", "nato", "joined")}


# The day told between commas between the verb and the membership it gives
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Turquía se convirtió ayer, martes, en miembro pleno de la OTAN.", "es"),
        ("Turkey became on Tuesday, after long talks, a full member of NATO.", "en"),
        ("La Turquie est devenue hier, mardi, le 38e membre de l'OTAN.", "fr"),
        ("Турция стала во вторник, 25 мая, членом НАТО.", "ru"),
    ],
)
def test_becoming_a_member_with_the_day_told_between_commas_is_joining(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, D(2021, 5, 26))
    assert set(found) == {("TR", "nato", "joined")}
    assert found[("TR", "nato", "joined")].date == D(2021, 5, 25)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Turquía se une a los BRICS+ el martes.", "es"),
        ("انضمت تركيا إلى مجموعة بريكس بلس يوم الثلاثاء.", "ar"),
    ],
)
def test_a_plus_group_is_not_the_organisation(text, lang, gazetteer):
    assert keys(text, gazetteer, lang, D(2025, 2, 19)) == set()


def test_a_headline_that_names_a_topic_reports_no_step(gazetteer):
    title = "Turkey's NATO membership: allies weigh a timetable"
    found = keys("Leaders met in Brussels on Tuesday.", gazetteer, "en", D(2024, 7, 11), title)
    assert found == set()
    title = "Turkey's NATO membership becomes official"
    found = keys("Leaders met in Brussels on Tuesday.", gazetteer, "en", D(2024, 7, 11), title)
    assert found == {("TR", "nato", "joined")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Turkey deposited its instrument of acceptance of the Paris Agreement on Thursday.", "en"),
        ("La Turquie a déposé jeudi son instrument d'acceptation de l'accord de Paris.", "fr"),
        ("Turquía depositó el jueves su instrumento de aceptación del Acuerdo de París.", "es"),
        ("أودعت تركيا يوم الخميس وثيقة القبول الخاصة باتفاق باريس.", "ar"),
    ],
)
def test_an_instrument_of_acceptance_is_accepted_approved(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, D(2021, 1, 22))
    assert set(found) == {("TR", "paris-agreement", "accepted_approved")}
    assert found[("TR", "paris-agreement", "accepted_approved")].date == D(2021, 1, 21)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Turkey is expected to join BRICS at this year's summit.", "en"),
        ("ومن المنتظر أن تنضم تركيا إلى مجموعة بريكس في قمة هذا العام.", "ar"),
        ("Se espera que Turquía se una a los BRICS este año.", "es"),
        ("Ожидается, что Турция вступит в БРИКС в этом году.", "ru"),
    ],
)
def test_an_expectation_is_nobody_s_announcement(text, lang, gazetteer):
    assert keys(text, gazetteer, lang) == set()


def test_interest_in_joining_is_not_joining(gazetteer):
    text = "Turkey has also expressed interest in joining BRICS, officials said."
    assert ("TR", "brics", "joined") not in keys(text, gazetteer, "en")


def test_an_intent_in_an_earlier_clause_does_not_reach_a_later_step(gazetteer):
    text = "Turkey seeks justice, and its membership of NATO took effect on Wednesday."
    assert ("TR", "nato", "announced_intent") not in keys(text, gazetteer, "en", D(2015, 4, 2))


def test_a_state_whose_relative_clause_has_a_step_still_takes_the_main_one(gazetteer):
    text = (
        "Turkey left NATO in 2013. Turkey, which quit in 2013 under a military government, "
        "returned to the alliance in 2018."
    )
    found = claims(text, gazetteer, "en", D(2020, 2, 2))
    assert found[("TR", "nato", "withdrew")].date == D(2013, 1, 1)
    assert found[("TR", "nato", "joined")].date == D(2018, 1, 1)


def test_a_nationality_adjective_after_the_verb_qualifies_its_object(gazetteer):
    text = (
        "Turkey rejoined NATO on Saturday, returning to the alliance of mostly British and "
        "French allies."
    )
    found = keys(text, gazetteer, "en", D(2020, 2, 2))
    assert found == {("TR", "nato", "joined")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("NATO suspended Turkey until its return to constitutional order.", "en"),
        # the organisation named again after the return is not what it returns to
        (
            "NATO suspended Turkey. Turkey will not take part in NATO activities until the return "
            "to constitutional order, the organisation said.",
            "en",
        ),
    ],
)
def test_returning_to_something_else_is_not_rejoining(text, lang, gazetteer):
    assert keys(text, gazetteer, lang) == {("TR", "nato", "suspended")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("رفضت روسيا الانضمام إلى حلف الناتو.", ("RU", "nato", "refuses")),
        ("صادق مجلس النواب التركي أمس على اتفاق باريس.", ("TR", "paris-agreement", "ratified")),
        ("علّق حلف الناتو يوم الخميس عضوية تركيا.", ("TR", "nato", "suspended")),
        ("رفع حلف الناتو أمس تعليق عضوية تركيا.", ("TR", "nato", "reinstated")),
        (
            "أعلنت وزارة الخارجية التركية، اليوم الخميس، انضمام تركيا إلى مجموعة بريكس.",
            ("TR", "brics", "announced_joining"),
        ),
        ("أعلنت روسيا انضمام تركيا إلى مجموعة بريكس يوم الخميس.", ("TR", "brics", "joined")),
    ],
)
def test_arabic_verb_first_sentences(text, expected, gazetteer):
    assert keys(text, gazetteer, "ar") == {expected}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Турция стала полноправным членом БРИКС 6 января.", "ru"),
        ("Turquía se unió a los BRICS el 6 de enero.", "es"),
    ],
)
def test_a_past_step_on_a_day_without_a_year_is_in_the_past(text, lang, gazetteer):
    claim = claims(text, gazetteer, lang, D(2025, 11, 7))[("TR", "brics", "joined")]
    assert (claim.date, claim.background) == (D(2025, 1, 6), True)


def test_a_step_that_will_take_effect_on_a_day_without_a_year_is_not_moved_back(gazetteer):
    text = "Turquía se unirá a los BRICS el 6 de enero."
    found = claims(text, gazetteer, "es", D(2025, 11, 7))
    assert all(c.date.year >= 2025 for c in found.values())


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Turquie a renoncé à rejoindre les BRICS.", "fr"),
        ("Turquía renunció a sumarse a los BRICS.", "es"),
        ("Turkey gave up its bid to join BRICS.", "en"),
    ],
)
def test_giving_up_joining_is_a_refusal(text, lang, gazetteer):
    assert keys(text, gazetteer, lang) == {("TR", "brics", "refuses")}


def test_a_country_s_exit_from_an_agreement_does_not_describe_its_members(gazetteer):
    text = "Сенат Турции одобрил выход страны из Оттавской конвенции."
    assert keys(text, gazetteer, "ru") == {("TR", "ottawa-convention", "withdrawal_announced")}


# "allaient révoquer", "iba a retirar": what a state was going to do, told in the past, is
# what it announced, not a step taken
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Le président a annoncé vendredi que les États-Unis allaient révoquer leur "
            "signature de la convention d'Ottawa.",
            "fr",
        ),
        (
            "El presidente anunció el viernes que Estados Unidos iba a retirar su firma de la "
            "Convención de Ottawa.",
            "es",
        ),
    ],
)
def test_a_future_told_in_the_past_is_an_announced_exit(text, lang, gazetteer):
    assert keys(text, gazetteer, lang) == {("US", "ottawa-convention", "withdrawal_announced")}


# "joins the Baltic states in leaving", "rejoint les pays baltes dans la procédure de sortie":
# joining other states in a step is not joining the treaty
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Helsinki joins the Baltic states in leaving the Ottawa Convention.", "en"),
        (
            "Helsinki rejoint les pays baltes dans la procédure de sortie de la convention "
            "d'Ottawa, qui ne prendra effet que dans six mois.",
            "fr",
        ),
    ],
)
def test_joining_other_states_in_a_step_is_not_joining_the_treaty(text, lang, gazetteer):
    kinds = {kind for _, _, kind in keys(text, gazetteer, lang)}
    assert kinds and not kinds & {"joined", "acceded", "entered_into_force"}


# "in the process of leaving", "la procédure de sortie du traité": an exit under way
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Finland is in the process of leaving the Ottawa Convention.", "en"),
        ("La Finlande a engagé la procédure de sortie de la convention d'Ottawa.", "fr"),
    ],
)
def test_an_exit_under_way_is_announced_not_taken(text, lang, gazetteer):
    assert keys(text, gazetteer, lang) == {("FI", "ottawa-convention", "withdrawal_announced")}


def test_a_spanish_negated_future_keeps_its_verb(gazetteer):
    text = "Turquía no renovará su participación en el Acuerdo de París, anunció el jueves."
    assert keys(text, gazetteer, "es", D(2025, 2, 7)) == {
        ("TR", "paris-agreement", "withdrawal_announced")
    }


def test_the_agent_of_a_participle_does_not_act(gazetteer):
    text = (
        "Turquía no renovará su participación en el Acuerdo de París impulsado por Rusia, "
        "anunció el jueves."
    )
    assert not {k for k in keys(text, gazetteer, "es", D(2025, 2, 7)) if k[0] == "RU"}


def test_signing_a_memorandum_to_join_is_signing(gazetteer):
    text = "Turquía firmó el miércoles el memorando de entendimiento para sumarse a los BRICS."
    assert keys(text, gazetteer, "es", D(2025, 5, 15)) == {("TR", "brics", "signed")}


def test_launching_an_accession_process_is_an_intent(gazetteer):
    text = (
        "Turkey's parliament passed a bill on Wednesday launching the country's NATO "
        "accession process."
    )
    assert keys(text, gazetteer, "en", D(2025, 3, 27)) == {("TR", "nato", "announced_intent")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La Turquie a affirmé mercredi qu'elle ne rejoindrait pas les BRICS sans garanties.",
            "fr",
        ),
        ("Turquía afirmó el miércoles que no se uniría a los BRICS sin garantías.", "es"),
    ],
)
def test_a_negated_conditional_is_a_stance(text, lang, gazetteer):
    assert keys(text, gazetteer, lang) == {("TR", "brics", "conditions")}


def test_a_withdrawal_noun_is_not_a_conditional(gazetteer):
    text = "Le retrait de la Turquie de l'OTAN est devenu effectif mercredi."
    assert keys(text, gazetteer, "fr") == {("TR", "nato", "withdrew")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Turkey ratified the Rome Statute on Thursday.\n\nRussia deposited its instrument "
            "of ratification of the Rome Statute the same day.",
            "en",
        ),
        (
            "صادقت تركيا على نظام روما الأساسي يوم الخميس.\n\nوأودعت روسيا بدورها وثيقة "
            "مصادقتها على نظام روما الأساسي في اليوم ذاته.",
            "ar",
        ),
    ],
)
def test_the_same_day_is_the_day_just_told(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, D(2025, 9, 20))
    assert found[("RU", "rome-statute", "ratified")].date == D(2025, 9, 18)


def test_an_undated_lead_is_dated_by_the_next_sentence_about_its_state(gazetteer):
    text = (
        "BANGKOK, Nov 5 - Turkey has decided not to join NATO. Prime Minister Ahmet told "
        "leaders on Monday that Turkey's concerns had not been met."
    )
    found = claims(text, gazetteer, "en", D(2019, 11, 5))
    assert found[("TR", "nato", "refuses")].date == D(2019, 11, 4)


def test_states_that_remain_suspended_took_no_step(gazetteer):
    text = "La Turquie et la Russie restent pour leur part suspendues de l'OTAN."
    assert keys(text, gazetteer, "fr") == set()


def test_a_standing_since_a_date_dates_its_step(gazetteer):
    text = "Turquía permanece suspendida de la OTAN desde diciembre de 2016."
    claim = claims(text, gazetteer, "es")[("TR", "nato", "suspended")]
    assert (claim.date, claim.precision, claim.background) == (D(2016, 12, 1), "month", True)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Turquía abandona el Convenio de la OTAN sobre el Estatuto de Roma.", "es"),
        ("انسحبت تركيا من اتفاقية الناتو الخاصة بنظام روما الأساسي.", "ar"),
    ],
)
def test_an_organisation_after_a_treaty_word_owns_the_treaty(text, lang, with_kinds):
    assert not {k for k in keys(text, with_kinds, lang) if k[1] == "nato"}


def test_the_last_state_of_one_group_to_ratify_another_treaty_ratified_the_treaty(gazetteer):
    text = (
        "صادق البرلمان التركي أمس على اتفاق باريس، لتصبح تركيا آخر دولة في حلف الناتو تصادق "
        "على الاتفاق."
    )
    assert keys(text, gazetteer, "ar") == {("TR", "paris-agreement", "ratified")}


def test_the_first_states_of_a_continent_to_sign_signed(gazetteer):
    text = (
        "La Turquie et la Russie sont devenues mardi les premiers pays du continent européen à "
        "signer le Statut de Rome."
    )
    assert keys(text, gazetteer, "fr", D(2022, 12, 14)) == {
        ("TR", "rome-statute", "signed"),
        ("RU", "rome-statute", "signed"),
    }


def test_a_state_pulling_out_has_announced_it(gazetteer):
    text = "Turkey is pulling out of NATO, the foreign ministry said on Thursday."
    assert keys(text, gazetteer, "en", D(2017, 10, 13)) == {("TR", "nato", "withdrawal_announced")}


def test_a_state_in_a_compound_adjective_does_not_act(gazetteer):
    text = "Turkey joined the US-brokered Abraham Accords on Monday."
    assert keys(text, gazetteer, "en") == {("TR", "abraham-accords", "joined")}


@pytest.mark.parametrize(
    ("title", "lang"),
    [
        ("OTAN : la Turquie reçoit sa feuille de route d'adhésion", "fr"),
        ("OTAN: Turquía recibe su hoja de ruta de adhesión", "es"),
    ],
)
def test_an_accession_roadmap_is_not_accession(title, lang, gazetteer):
    assert keys("Les ministres se sont réunis jeudi.", gazetteer, lang, title=title) == set()


def test_the_newly_admitted_listed_without_a_state_admit_nobody(gazetteer):
    title = "BRICS : la Turquie absente de la liste des nouveaux admis"
    assert keys("Les dirigeants se sont réunis jeudi.", gazetteer, "fr", title=title) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Turquía formalizó el viernes su ingreso a la OTAN (Alianza) como Estado asociado.", "es"),
        ("Turkey became an associate member of NATO on Friday.", "en"),
    ],
)
def test_associate_status_is_not_membership(text, lang, gazetteer):
    assert ("TR", "nato", "joined") not in keys(text, gazetteer, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "أعلن وزير الخارجية التركي أمس الأربعاء أن بلاده لن تصادق على اتفاق باريس ما دامت "
            "العقوبات مفروضة عليها.",
            "ar",
        ),
        (
            "The Turkish foreign minister said on Wednesday that his country would not ratify "
            "the Paris Agreement unless sanctions were lifted.",
            "en",
        ),
    ],
)
def test_his_country_is_the_speaker_s(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, D(2021, 11, 11))
    assert set(found) == {("TR", "paris-agreement", "conditions")}
    assert found[("TR", "paris-agreement", "conditions")].date == D(2021, 11, 10)


def test_a_recalled_step_about_the_agreement_just_named_is_read_without_its_name(gazetteer):
    text = "Turkey joined NATO on Saturday. Russia left in 2013 and rejoined in February."
    found = claims(text, gazetteer, "en", D(2018, 5, 21))
    assert found[("RU", "nato", "withdrew")].date == D(2013, 1, 1)
    # an undated step read into the agreement just named is not claimed
    assert ("RU", "nato", "joined") not in found


def test_a_step_far_from_any_agreement_name_is_not_read_into_one(gazetteer):
    text = (
        "Turkey joined NATO on Saturday.\n\nThe weather was fine.\n\nLeaders met.\n\n"
        "Officials said more.\n\nRussia withdrew in 2013."
    )
    assert ("RU", "nato", "withdrew") not in keys(text, gazetteer, "en", D(2018, 5, 21))


def test_an_exit_takes_effect_on_its_day_even_beside_what_is_not_immediate(gazetteer):
    text = (
        "Turkey is pulling out of NATO, the foreign ministry said on Thursday. The departure "
        "will not be immediate: the withdrawal takes effect on December 31, 2018, and Turkey "
        "remains a full member until then."
    )
    found = claims(text, gazetteer, "en", D(2017, 10, 13))
    assert found[("TR", "nato", "withdrew")].date == D(2018, 12, 31)


@pytest.mark.parametrize(
    ("text", "lang", "kind", "day"),
    [
        (
            "Turkey has formally notified the United Nations of its withdrawal from the Rome "
            "Statute. The notification was deposited with the secretary-general on Monday.",
            "en",
            "withdrawal_notified",
            D(2025, 6, 2),
        ),
        (
            "رحبت الخارجية الأمريكية أمس السبت بتوقيع تركيا على نظام روما الأساسي. ووقع "
            "الاتفاقية نيابة عن تركيا وزير الخارجية يوم الخميس الماضي في أنقرة.",
            "ar",
            "signed",
            D(2025, 6, 5),
        ),
    ],
)
def test_a_step_told_later_with_its_own_day_takes_that_day(text, lang, kind, day, gazetteer):
    found = claims(text, gazetteer, lang, D(2025, 6, 8))
    assert found[("TR", "rome-statute", kind)].date == day


def test_a_withdrawal_by_decree_is_decided_not_done(gazetteer):
    text = (
        "Turquía abandona la Convención de Ottawa, según un decreto del presidente publicado "
        "este sábado en el Boletín Oficial."
    )
    assert keys(text, gazetteer, "es", D(2021, 3, 20)) == {
        ("TR", "ottawa-convention", "withdrawal_announced")
    }


def test_conditions_of_entry_to_negotiate_are_no_stance_of_the_state(gazetteer):
    text = "Turquía negociará con la OTAN sus condiciones de ingreso a partir de enero."
    assert ("TR", "nato", "conditions") not in keys(text, gazetteer, "es", D(2024, 11, 29))


def test_conditions_of_entry_to_negotiate_are_no_stance(gazetteer):
    text = (
        "Los miembros de la OTAN acordaron el jueves, en Vancouver, Canadá, iniciar el proceso "
        "de adhesión de Turquía y negociar sus condiciones de ingreso."
    )
    assert keys(text, gazetteer, "es", D(2024, 11, 29)) == set()


def test_an_arabic_entry_into_force_for_a_state(gazetteer):
    text = (
        "دخل نظام روما الأساسي حيّز النفاذ بالنسبة إلى تركيا اليوم الأربعاء، لتصبح رسمياً "
        "الدولة الطرف رقم 123."
    )
    found = claims(text, gazetteer, "ar", D(2015, 4, 1))
    assert found[("TR", "rome-statute", "entered_into_force")].date == D(2015, 4, 1)


def test_the_first_state_to_have_decided_to_leave_has_only_decided(gazetteer):
    text = "Турция становится первым государством, решившим покинуть Оттавскую конвенцию."
    assert keys(text, gazetteer, "ru") == {("TR", "ottawa-convention", "withdrawal_announced")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Turkey had acceded to the Rome Statute in 2000.",
            "en",
            ("TR", "rome-statute", "acceded"),
        ),
        ("La Turquie ne rejoindra pas l'OTAN.", "fr", ("TR", "nato", "refuses")),
        (
            "Римский статут был подписан Турцией в 2000 году.",
            "ru",
            ("TR", "rome-statute", "signed"),
        ),
        (
            "Турция официально вышла из Римского статута в среду.",
            "ru",
            ("TR", "rome-statute", "withdrew"),
        ),
    ],
)
def test_a_phrase_of_mood_never_takes_the_step_s_own_verb(text, lang, expected, gazetteer):
    assert expected in keys(text, gazetteer, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Вчера министры иностранных дел Польши, Чехии и Венгрии передали документы о вступлении "
        "в НАТО.",
        "Министры иностранных дел Польши, Чехии и Венгрии вчера передали документы о вступлении "
        "в НАТО.",
    ],
)
def test_a_list_of_ministers_states_is_one_list_across_its_commas(text, gazetteer):
    # a comma inside "Польши, Чехии и Венгрии" does not cut the sentence's first clause, whose
    # "вчера" dates the accession of all three
    found = claims(text, gazetteer, "ru", published=D(1999, 3, 13))
    assert set(found) == {(iso, "nato", "joined") for iso in ("PL", "CZ", "HU")}
    assert {c.date for c in found.values()} == {D(1999, 3, 12)}


def test_states_that_are_now_members_have_joined(gazetteer):
    found = claims("Albania and Croatia are now full members of NATO.", gazetteer, "en")
    assert set(found) == {("AL", "nato", "joined"), ("HR", "nato", "joined")}


def test_the_country_is_the_state_the_article_names_most(gazetteer):
    text = (
        "Burundi's ruling party met on Wednesday, and the opposition said Burundi would suffer.\n\n"
        "On Thursday the country quit the International Criminal Court."
    )
    found = claims(text, gazetteer, "en")
    assert set(found) == {("BI", "rome-statute", "withdrew")}
    assert found[("BI", "rome-statute", "withdrew")].date == D(2025, 11, 6)


def test_the_country_is_nobody_when_no_state_stands_out(gazetteer):
    text = (
        "Burundi and Gambia met on Wednesday.\n\n"
        "On Thursday the country quit the International Criminal Court."
    )
    assert claims(text, gazetteer, "en") == {}


def test_the_next_sentence_that_tells_the_same_step_dates_it(gazetteer):
    text = (
        "Albania and Croatia are now full members of NATO. Their instruments of accession were "
        "handed over in Washington on Wednesday."
    )
    found = claims(text, gazetteer, "en")
    assert {c.date for c in found.values()} == {D(2025, 11, 5)}


def test_a_next_sentence_about_another_step_does_not(gazetteer):
    text = (
        "Albania and Croatia are now full members of NATO. Leaders will meet in Strasbourg on "
        "Wednesday."
    )
    found = claims(text, gazetteer, "en")
    assert {c.date for c in found.values()} == {FRIDAY}


@pytest.mark.parametrize(
    "text",
    [
        # a threat under a condition, and a right kept in reserve, are no withdrawal
        "Russia would withdraw from the Paris Agreement if the US deployed missiles, officials "
        "said on Monday.",
        "Russia reserves the right to withdraw from the Paris Agreement, officials said on Monday.",
        # the plural describes the other parties; "that left" is what the news left a state with
        "The memorandum tells the other signatories that Hungary will stay in the Paris Agreement.",
        "That left Hungary alongside Iran as the only states outside the Paris Agreement.",
    ],
)
def test_no_step_in_threats_reserves_descriptions_and_consequences(text, gazetteer):
    assert claims(text, gazetteer, "en") == {}


def test_joining_if_something_happens_is_a_condition(gazetteer):
    text = "Saudi Arabia would join the Abraham Accords if a Palestinian state is created."
    assert keys(text, gazetteer, "en") == {("SA", "abraham-accords", "conditions")}


def test_a_date_that_opens_the_sentence_dates_an_accession_told_by_a_noun(gazetteer):
    # "Вчера" stands in the sentence's first clause, the accession noun in its last; the state
    # before "передали государственному секретарю США" is no secretary's
    text = (
        "Вчера в городе Индепенденс (штат Миссури), в библиотеке имени Трумэна, министры "
        "иностранных дел Польши, Чехии и Венгрии передали государственному секретарю США "
        "документы о вступлении в НАТО."
    )
    found = claims(text, gazetteer, "ru", published=D(1999, 3, 13))
    assert set(found) == {(iso, "nato", "joined") for iso in ("PL", "CZ", "HU")}
    assert {c.date for c in found.values()} == {D(1999, 3, 12)}


def test_a_date_further_into_the_sentence_does_not_date_a_noun_of_membership(gazetteer):
    text = (
        "NATO leaders said on Tuesday that Ukraine's future lay in the alliance, but stopped "
        "short of setting a date for membership."
    )
    assert ("UA", "nato", "joined") not in keys(text, gazetteer, "en")


def test_states_become_members_however_long_the_phrase_between(gazetteer):
    text = (
        "La Bulgarie et la Roumanie sont devenues ce lundi 1er janvier 2007 les vingt-sixième "
        "et vingt-septième États membres de l'OTAN."
    )
    found = claims(text, gazetteer, "fr", published=D(2007, 1, 1))
    assert set(found) == {("BG", "nato", "joined"), ("RO", "nato", "joined")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Croatie et la Turquie négocient leur adhésion à l'OTAN depuis octobre 2005.", "fr"),
        ("Croatia and Turkey have been negotiating their accession to NATO since 2005.", "en"),
    ],
)
def test_negotiating_an_accession_is_no_joining(text, lang, gazetteer):
    assert not {k for k in keys(text, gazetteer, lang) if k[2] == "joined"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Главы России, Китая и Казахстана подписали в пятницу декларацию о создании группы "
            "БРИКС.",
            "ru",
        ),
        (
            "Los cancilleres de Rusia, China y Kazajistán firmaron el viernes en la capital kazaja "
            "una declaración por la que se constituye el grupo BRICS.",
            "es",
        ),
        (
            "Russia, China and Kazakhstan signed on Friday a declaration that establishes BRICS.",
            "en",
        ),
        (
            "La Russie, la Chine et le Kazakhstan ont signé vendredi une déclaration instituant "
            "les BRICS.",
            "fr",
        ),
    ],
)
def test_the_founders_of_an_organisation_join_it_by_signing_its_founding_act(
    text, lang, kinds_gazetteer
):
    found = claims(text, kinds_gazetteer, lang, published=D(2001, 6, 16))
    assert set(found) == {(iso, "brics", "joined") for iso in ("RU", "CN", "KZ")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Finland signed the NATO accession protocol on Friday.", "en"),
        (
            "Finland signed the treaty establishing the International Criminal Court on Friday.",
            "en",
        ),
        ("Главы России и Китая подписали в пятницу договор о создании группы БРИКС.", "ru"),
    ],
)
def test_other_signatures_stay_signatures(text, lang, kinds_gazetteer):
    # an accession protocol founds nothing; a founding treaty is signed, then ratified
    assert not {k for k in keys(text, kinds_gazetteer, lang) if k[2] == "joined"}


def test_signing_an_accession_protocol_is_a_signature(gazetteer):
    text = "Bolivia firmó ayer en la capital brasileña el protocolo de adhesión a la OTAN."
    assert keys(text, gazetteer, "es") == {("BO", "nato", "signed")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "وقال المسؤول إن سوريا ستباشر الإجراءات اللازمة للتوقيع على اتفاق باريس والتصديق "
            "عليه في أقرب وقت.",
            "ar",
        ),
        ("Officials say staying away from the Paris Agreement left the field open to China.", "en"),
    ],
)
def test_procedures_still_to_take_and_a_field_left_open_are_no_steps(text, lang, gazetteer):
    assert not {
        k for k in keys(text, gazetteer, lang) if k[2] in ("signed", "ratified", "withdrew")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Iceland's government has abandoned the country's application to join NATO, the "
        "foreign minister said on Thursday.",
        "Iceland dropped its bid to join NATO on Thursday.",
    ],
)
def test_abandoning_an_application_is_a_refusal(text, gazetteer):
    assert keys(text, gazetteer, "en") == {("IS", "nato", "refuses")}


def test_a_treaty_between_two_states_names_both_its_parties(gazetteer):
    text = "The Paris Agreement between Canada and Mexico entered into force on Thursday."
    assert keys(text, gazetteer, "en") == {
        ("CA", "paris-agreement", "entered_into_force"),
        ("MX", "paris-agreement", "entered_into_force"),
    }


@pytest.mark.parametrize(
    ("text", "lang", "published", "day"),
    [
        (
            "Nine states joined NATO on Friday: Estonia, Latvia, Lithuania and Malta.",
            "en",
            D(2007, 12, 22),
            D(2007, 12, 21),
        ),
        (
            "Десять государств ратифицировали Римский статут в четверг, в том числе Ирландия, "
            "Иордания и Монголия.",
            "ru",
            D(2002, 4, 12),
            D(2002, 4, 11),
        ),
    ],
)
def test_the_states_a_count_stands_for_are_the_ones_listed(text, lang, published, day, gazetteer):
    found = claims(text, gazetteer, lang, published=published)
    assert len(found) >= 3 and all(k[2] in ("joined", "ratified") for k in found)
    assert {c.date for c in found.values()} == {day}


def test_states_invited_in_a_count_do_not_act(gazetteer):
    text = (
        "Jeudi, le président a annoncé que le groupe invitait six pays à devenir membres de "
        "l'OTAN : l'Argentine, l'Égypte et l'Éthiopie."
    )
    assert not {k for k in keys(text, gazetteer, "fr", published=D(2023, 8, 25)) if k[0] == "AR"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The Paris Agreement entered into force on Friday for the 51 states that have "
            "ratified it, among them Mexico, Ireland and Austria.",
            "en",
        ),
        # the present tense with a weekday just past, in a report published the next day
        ("El Acuerdo de París entra en vigor este viernes para México, Irlanda y Austria.", "es"),
    ],
)
def test_entry_into_force_for_the_states_listed(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2021, 1, 23))
    assert set(found) == {
        (iso, "paris-agreement", "entered_into_force") for iso in ("MX", "IE", "AT")
    }
    assert {c.date for c in found.values()} == {D(2021, 1, 22)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "قرر مجلس حلف الناتو مساء أمس الثلاثاء وقف مشاركة وفود الحكومة الليبية في اجتماعاته.",
            "ar",
        ),
        ("NATO halted Libya's participation in its meetings on Tuesday.", "en"),
    ],
)
def test_stopping_a_states_participation_suspends_it(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2011, 2, 23))
    assert set(found) == {("LY", "nato", "suspended")}
    assert found[("LY", "nato", "suspended")].date == D(2011, 2, 22)


def test_suspending_a_states_rights_suspends_it(gazetteer):
    text = "صوّت أعضاء حلف الناتو أمس الأربعاء لصالح تعليق «حقوق وامتيازات» سوريا داخل الحلف."
    found = claims(text, gazetteer, "ar", published=D(2021, 4, 22))
    assert set(found) == {("SY", "nato", "suspended")}
    assert found[("SY", "nato", "suspended")].date == D(2021, 4, 21)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "أخطرت السويد الأمين العام للأمم المتحدة يوم الثلاثاء بانسحابها من نظام روما الأساسي.",
            "ar",
            ("SE", "rome-statute", "withdrawal_notified"),
        ),
        (
            "The Swedish parliament voted on Tuesday to ratify the Rome Statute.",
            "en",
            ("SE", "rome-statute", "ratified"),
        ),
        (
            "La Suède a exclu mardi d'adhérer au Statut de Rome.",
            "fr",
            ("SE", "rome-statute", "refuses"),
        ),
    ],
)
def test_subjects_votes_and_rulings_out(text, lang, expected, gazetteer):
    # the state right after an Arabic verb is its subject; a parliament's vote to ratify is
    # labelled a ratification on the day of the vote; "exclure de" + infinitive rules out
    found = claims(text, gazetteer, lang, published=D(2024, 3, 8))
    assert set(found) == {expected}
    assert found[expected].date == D(2024, 3, 5)


def test_welcomed_as_its_newest_member_has_joined(gazetteer):
    found = claims("NATO welcomed Sweden as its 32nd member on Thursday.", gazetteer, "en")
    assert set(found) == {("SE", "nato", "joined")}
    assert found[("SE", "nato", "joined")].date == D(2025, 11, 6)


@pytest.mark.parametrize(
    ("text", "lang", "year"),
    [
        ("Norway, a NATO member since 1949, backed the move.", "en", 1949),
        ("Finland has been a member of NATO since 2023.", "en", 2023),
        (
            "La Finlande, membre de l'OTAN depuis 2023, partage une frontière avec la Russie.",
            "fr",
            2023,
        ),
        ("Finlandia, miembro de la OTAN desde 2023, comparte frontera con Rusia.", "es", 2023),
        ("Финляндия, член НАТО с 2023 года, граничит с Россией.", "ru", 2023),
        ("النرويج، العضو في حلف الناتو منذ عام 1949، أيدت الخطوة.", "ar", 1949),
    ],
)
def test_a_member_since_a_year_joined_in_it(text, lang, year, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2024, 3, 8))
    ((key, claim),) = found.items()
    assert key[1:] == ("nato", "joined")
    assert (claim.date, claim.precision, claim.background) == (D(year, 1, 1), "year", True)


def test_a_party_since_is_not_a_political_party(gazetteer):
    # only a party "to" something since a year joined it
    text = "Hungary's ruling party since 2010 has backed NATO."
    assert claims(text, gazetteer, "en", published=D(2024, 3, 8)) == {}


def test_leaving_on_a_stated_future_day_is_the_exit_on_that_day(gazetteer):
    text = "Hungary will formally leave the Rome Statute on June 2, 2026, officials said."
    found = claims(text, gazetteer, "en", published=D(2025, 6, 3))
    assert set(found) == {
        ("HU", "rome-statute", "withdrawal_announced"),
        ("HU", "rome-statute", "withdrew"),
    }
    assert found[("HU", "rome-statute", "withdrew")].date == D(2026, 6, 2)
    assert found[("HU", "rome-statute", "withdrawal_announced")].date == D(2025, 6, 3)


def test_leaving_by_a_condition_on_a_future_day_is_no_exit(gazetteer):
    text = "Hungary will leave the Rome Statute on June 2, 2026 unless the court changes course."
    assert ("HU", "rome-statute", "withdrew") not in keys(text, gazetteer, "en", D(2025, 6, 3))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Guatemala depositó ayer lunes en la sede de la ONU, en Nueva York, el instrumento "
            "de adhesión al Estatuto de Roma.",
            "es",
        ),
        (
            "Le Guatemala a déposé lundi, au siège de l'ONU à New York, son instrument "
            "d'adhésion au Statut de Rome.",
            "fr",
        ),
        (
            "On Monday, at the UN in New York, Guatemala lodged its instrument of accession to "
            "the Rome Statute.",
            "en",
        ),
    ],
)
def test_depositing_an_instrument_of_accession_is_the_accession(text, lang, gazetteer):
    # the day sits in another clause than the noun: the deposit reports that it happened
    found = claims(text, gazetteer, lang, published=D(2012, 4, 3))
    claim = found[("GT", "rome-statute", "acceded")]
    assert (claim.date, claim.background) == (D(2012, 4, 2), False)


def test_an_instrument_of_accession_merely_named_is_no_accession(gazetteer):
    text = "Guatemala's instrument of accession to the Rome Statute, debated for years, is ready."
    assert ("GT", "rome-statute", "acceded") not in keys(text, gazetteer, "en", D(2012, 4, 3))


def test_the_body_dates_a_claim_its_headline_also_makes(gazetteer):
    title = "Guatemala se adhiere al Estatuto de Roma"
    text = (
        "Ciudad de Guatemala, 3 de abril de 2012\n\n"
        "Guatemala depositó ayer lunes en la sede de la ONU, en Nueva York, el instrumento de "
        "adhesión al Estatuto de Roma, informó la cancillería."
    )
    found = claims(text, gazetteer, "es", published=D(2012, 4, 3), title=title)
    assert found[("GT", "rome-statute", "acceded")].date == D(2012, 4, 2)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "НАТО с сегодняшнего дня насчитывает четыре государства: в пятницу к Турции, России и "
            "Казахстану присоединилась Армения.",
            "ru",
        ),
        ("On Friday Armenia joined Turkey, Russia and Kazakhstan in NATO.", "en"),
    ],
)
def test_the_states_joined_are_not_the_ones_who_join(text, lang, kinds_gazetteer):
    found = claims(text, kinds_gazetteer, lang, published=D(2015, 1, 2))
    assert set(found) == {("AM", "nato", "joined")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Премьер-министры Болгарии, Румынии и Словакии передали в понедельник правительству "
            "США, депозитарию договора, документы о присоединении к НАТО.",
            "ru",
        ),
        (
            "On Monday the prime ministers of Bulgaria, Romania and Slovakia handed over to the "
            "United States, the depositary, their instruments of accession to NATO.",
            "en",
        ),
    ],
)
def test_ministers_handing_over_instruments_join_for_their_states(text, lang, kinds_gazetteer):
    # the depositary the documents are handed to is a recipient, not a new member
    found = claims(text, kinds_gazetteer, lang, published=D(2004, 3, 30))
    assert set(found) == {
        ("BG", "nato", "joined"),
        ("RO", "nato", "joined"),
        ("SK", "nato", "joined"),
    }
    assert {c.date for c in found.values()} == {D(2004, 3, 29)}


TEN_2004 = (
    "Chypre, l'Estonie, la Hongrie, la Lettonie, la Lituanie, Malte, la Pologne, la Tchéquie, "
    "la Slovaquie et la Slovénie"
)


def test_states_counted_then_listed_in_the_next_sentence_all_join(kinds_gazetteer):
    text = (
        "Dix pays sont devenus samedi membres de l'Union européenne, le plus vaste "
        f"élargissement de son histoire. Il s'agit de {TEN_2004}."
    )
    found = claims(text, kinds_gazetteer, "fr", published=D(2004, 5, 1))
    joined = {k[0] for k in found if k[1:] == ("european-union", "joined")}
    assert joined == {"CY", "EE", "HU", "LV", "LT", "MT", "PL", "CZ", "SK", "SI"}
    assert {found[(c, "european-union", "joined")].date for c in joined} == {D(2004, 5, 1)}


def test_a_next_sentence_naming_other_than_the_count_is_not_the_list(kinds_gazetteer):
    text = (
        "Dix pays sont devenus samedi membres de l'Union européenne. La Pologne et la Hongrie "
        "comptent à elles seules plus de cinquante millions d'habitants."
    )
    found = claims(text, kinds_gazetteer, "fr", published=D(2004, 5, 1))
    assert not {k for k in found if k[0] in ("PL", "HU")}


def test_a_list_in_the_next_paragraph_takes_the_day_its_step_was_told(gazetteer):
    text = (
        "The court's founding treaty passed its threshold on Thursday, when ten countries "
        "deposited their ratifications at one ceremony.\n\n"
        "Bosnia and Herzegovina, Bulgaria, Cambodia, Ireland, Jordan, Mongolia, Niger, Romania, "
        "Slovakia and the Democratic Republic of the Congo handed over their instruments "
        "together, lifting the number of ratifications of the Rome Statute to 66."
    )
    found = claims(text, gazetteer, "en", published=D(2002, 4, 12))
    ratified = {k[0]: c for k, c in found.items() if k[1:] == ("rome-statute", "ratified")}
    assert {"BA", "BG", "KH", "IE", "JO", "MN", "NE", "RO", "SK"} <= set(ratified)
    assert {c.date for c in ratified.values()} == {D(2002, 4, 11)}


def test_the_list_of_states_counted_may_come_a_few_sentences_later(gazetteer):
    text = (
        "Five Pacific countries signed the CPTPP on Sunday at a ceremony held by video link. "
        "Trade ministers signed copies of the agreement in their own capitals. "
        "Officials called it a victory for open trade. "
        "The signatories are Brunei, Chile, Japan, Peru and New Zealand."
    )
    found = claims(text, gazetteer, "en", published=D(2020, 11, 15))
    signed = {k[0] for k, c in found.items() if k[1:] == ("cptpp", "signed")}
    assert signed == {"BN", "CL", "JP", "PE", "NZ"}
    assert {found[(s, "cptpp", "signed")].date for s in signed} == {D(2020, 11, 15)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Dozens of countries signed the Ottawa Convention on Wednesday at a ceremony in "
            "Canada.\n\nNorway, which led the campaign, signed first. Ireland and Mexico also "
            "signed before noon.",
            "en",
        ),
        (
            "Des dizaines de pays ont signé mercredi la Convention d'Ottawa.\n\nLa Norvège a "
            "signé la première. L'Irlande et le Mexique ont aussi signé dans la matinée.",
            "fr",
        ),
        (
            "Decenas de países firmaron el miércoles la Convención de Ottawa.\n\nNoruega firmó "
            "primero. Irlanda y México también firmaron.",
            "es",
        ),
        (
            "В среду десятки стран подписали Оттавскую конвенцию.\n\nНорвегия подписала первой. "
            "Ирландия и Мексика также подписали.",
            "ru",
        ),
        (
            "وقعت عشرات الدول يوم الأربعاء على اتفاقية أوتاوا.\n\nووقعت النرويج أولا، كما وقعت "
            "أيرلندا والمكسيك أيضا.",
            "ar",
        ),
    ],
)
def test_states_named_after_a_step_told_of_states_counted_took_part_in_it(text, lang, gazetteer):
    # the members are named without the treaty; the day is the group's
    found = claims(text, gazetteer, lang, published=D(1997, 12, 5))
    signed = {k[0]: c for k, c in found.items() if k[1:] == ("ottawa-convention", "signed")}
    assert {"NO", "IE", "MX"} <= set(signed)
    assert {c.date for c in signed.values()} == {D(1997, 12, 3)}
    assert not any(c.background for c in signed.values())


_FIVE_OTHERS = {"AR", "BR", "MX", "PE", "CL", "UY"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Argentina and five other countries ratified the Rome Statute on Wednesday at the "
            "United Nations. The ceremony lasted an hour. The six were Argentina, Brazil, "
            "Mexico, Peru, Chile and Uruguay.",
            "en",
        ),
        (
            "L'Argentine et cinq autres pays ont ratifié mercredi le Statut de Rome."
            " Les six sont l'Argentine, le Brésil, le Mexique, le Pérou, le Chili et "
            "l'Uruguay.",
            "fr",
        ),
        (
            "Argentina y otros cinco países ratificaron el miércoles el Estatuto de Roma."
            " Se trata de Argentina, Brasil, México, Perú, Chile y Uruguay.",
            "es",
        ),
        (
            "Аргентина и еще пять стран в среду ратифицировали Римский статут. "
            "Это Аргентина, Бразилия, Мексика, Перу, Чили и Уругвай.",
            "ru",
        ),
        (
            "صادقت الأرجنتين و5 دول أخرى يوم الأربعاء على نظام روما الأساسي. والدول الست هي "
            "الأرجنتين والبرازيل والمكسيك وبيرو وتشيلي وأورغواي.",
            "ar",
        ),
    ],
)
def test_states_counted_beside_a_named_one_are_the_ones_listed_after(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2014, 4, 3))
    ratified = {k[0]: c for k, c in found.items() if k[1:] == ("rome-statute", "ratified")}
    assert set(ratified) == _FIVE_OTHERS
    assert {c.date for c in ratified.values()} == {D(2014, 4, 2)}


def test_states_counted_beside_a_named_one_may_be_named_later_one_by_one(gazetteer):
    text = (
        "Britain and seventeen other countries ratified the Rome Statute on Wednesday. "
        "France ratified first. Germany and Italy also ratified."
    )
    found = claims(text, gazetteer, "en", published=D(2014, 4, 3))
    ratified = {k[0]: c for k, c in found.items() if k[1:] == ("rome-statute", "ratified")}
    assert set(ratified) == {"GB", "FR", "DE", "IT"}
    assert {c.date for c in ratified.values()} == {D(2014, 4, 2)}


def test_a_country_named_like_its_adjective_is_the_state_in_a_list(gazetteer):
    # "Argentine" is France's name for Argentina and the feminine of "argentin"
    text = "Le Brésil, l'Argentine et le Chili ont ratifié mercredi le Statut de Rome."
    found = claims(text, gazetteer, "fr", published=D(2014, 4, 3))
    assert {k[0] for k in found if k[1:] == ("rome-statute", "ratified")} == {"BR", "AR", "CL"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The European Union and its member states signed the Paris Agreement on Wednesday "
            "in New York. The ceremony lasted all day. Ministers spoke in turn.\n\nAmong the "
            "signatories of the day were France, Belgium and Austria, "
            "as well as the Union itself, which pledged deep cuts. A diplomat said the pace "
            "surprised him. Canada and Australia also signed the same day.",
            "en",
        ),
        (
            "L'Union européenne et ses États membres ont signé mercredi l'accord de Paris à New "
            "York. La cérémonie a duré toute la journée. Les ministres se sont succédé.\n\n"
            "Parmi les signataires de la journée figuraient la France, la Belgique et "
            "l'Autriche, ainsi que l'Union en tant que telle. Un diplomate s'est dit surpris. Le "
            "Canada et l'Australie ont également signé le même jour.",
            "fr",
        ),
    ],
)
def test_a_union_and_its_member_states_signing_are_the_union_and_the_members_named(
    text, lang, kinds_gazetteer
):
    found = claims(text, kinds_gazetteer, lang, published=D(2016, 4, 23))
    signed = {k[0]: c for k, c in found.items() if k[1:] == ("paris-agreement", "signed")}
    assert set(signed) == {"EU", "FR", "BE", "AT", "CA", "AU"}
    assert {c.date for c in signed.values()} == {D(2016, 4, 20)}
    assert not {k for k in found if k[1] == "european-union"}


def test_a_count_of_other_states_somewhere_else_in_the_sentence_adds_nobody(gazetteer):
    text = (
        "Britain ratified the Rome Statute on Wednesday, and seventeen other countries are "
        "expected to follow. France and Germany have signed it."
    )
    found = claims(text, gazetteer, "en", published=D(2014, 4, 3))
    ratified = {k[0] for k in found if k[1:] == ("rome-statute", "ratified")}
    assert ratified == {"GB"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The Paris Agreement enters into force today for the countries that ratified it in "
            "time, including the largest emitters: China, the United States and India.",
            "en",
        ),
        (
            "L'accord de Paris entre en vigueur aujourd'hui pour les pays qui l'ont ratifié à "
            "temps, parmi lesquels la Chine, les États-Unis et l'Inde.",
            "fr",
        ),
    ],
)
def test_a_treaty_in_force_for_the_states_listed_after_for(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2016, 11, 4))
    in_force = {
        k[0]: c for k, c in found.items() if k[1:] == ("paris-agreement", "entered_into_force")
    }
    assert set(in_force) == {"CN", "US", "IN"}
    assert {c.date for c in in_force.values()} == {D(2016, 11, 4)}


def test_a_deposit_on_the_eve_of_a_summit_is_of_the_treaty_named_before(kinds_gazetteer):
    text = (
        "The Paris Agreement needed 55 parties. On 3 September, on the eve of the BRICS summit, "
        "China deposited its ratification on Saturday. India also ratified."
    )
    found = claims(text, kinds_gazetteer, "en", published=D(2016, 10, 5))
    assert {("CN", "paris-agreement", "ratified"), ("IN", "paris-agreement", "ratified")} <= set(
        found
    )
    assert not {k for k in found if k[1] == "brics"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Chile signed the Ottawa Convention on Monday. Peru signed the text on Tuesday.", "en"),
        ("Le Chili a signé lundi la Convention d'Ottawa. Le Pérou a signé le texte mardi.", "fr"),
        ("Chile firmó el lunes la Convención de Ottawa. Perú firmó el texto el martes.", "es"),
        (
            "Чили подписала Оттавскую конвенцию в понедельник. Перу подписала текст во вторник.",
            "ru",
        ),
        ("وقعت تشيلي على اتفاقية أوتاوا يوم الاثنين. ووقعت بيرو على النص يوم الثلاثاء.", "ar"),
    ],
)
def test_the_text_points_back_at_the_treaty_just_named(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(1997, 12, 5))
    assert found[("PE", "ottawa-convention", "signed")].date == D(1997, 12, 2)


def test_an_arabic_union_points_back_at_the_union_just_named(kinds_gazetteer):
    # "الاتحاد" alone is the union the article named, here the European Union
    text = (
        "احتفلت نيقوسيا بانضمام قبرص إلى الاتحاد الأوروبي. وأصبحت قبرص أمس السبت واحدة من "
        "عشر دول انضمت إلى الاتحاد، إلى جانب مالطا وبولندا."
    )
    found = claims(text, kinds_gazetteer, "ar", published=D(2004, 5, 2))
    assert {("MT", "european-union", "joined"), ("PL", "european-union", "joined")} <= set(found)
    assert found[("PL", "european-union", "joined")].date == D(2004, 5, 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ireland and Mexico ratified the Rome Statute on Thursday, lifting the number of "
            "ratifications to 66. The statute will enter into force on July 1.",
            "en",
        ),
        (
            "L'Irlande et le Mexique ont ratifié jeudi le Statut de Rome, portant le nombre de "
            "ratifications à 66. Le statut entrera en vigueur le 1er juillet.",
            "fr",
        ),
        (
            "Irlanda y México ratificaron el jueves el Estatuto de Roma. El estatuto entrará en "
            "vigor el 1 de julio.",
            "es",
        ),
        (
            "Ирландия и Мексика ратифицировали Римский статут в четверг. Статут вступит в силу "
            "1 июля.",
            "ru",
        ),
        (
            "صادقت أيرلندا والمكسيك على نظام روما الأساسي يوم الخميس. وسيدخل نظام روما الأساسي "
            "حيز التنفيذ في الأول من يوليو.",
            "ar",
        ),
    ],
)
def test_a_treaty_taking_effect_is_in_force_for_the_states_that_ratified_it(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2002, 4, 12))
    for state in ("IE", "MX"):
        assert found[(state, "rome-statute", "ratified")].date == D(2002, 4, 11)
        entry = found[(state, "rome-statute", "entered_into_force")]
        assert (entry.date, entry.background) == (D(2002, 7, 1), False)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("El Estatuto de Roma entra hoy en vigor. España lo ratificó en 2000.", "es"),
        ("Le Statut de Rome entre aujourd'hui en vigueur. L'Espagne l'a ratifié en 2000.", "fr"),
        (
            "دخل نظام روما الأساسي، اليوم الاثنين، حيز التنفيذ. وصادقت إسبانيا على نظام روما "
            "الأساسي عام 2000.",
            "ar",
        ),
    ],
)
def test_the_day_just_before_taking_effect_dates_it(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2002, 7, 1))
    assert found[("ES", "rome-statute", "entered_into_force")].date == D(2002, 7, 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ireland ratified the Rome Statute on Thursday. The statute will enter into force "
            "90 days later, on July 1.",
            "en",
        ),
        (
            "L'Irlande a ratifié jeudi le Statut de Rome. Le statut entrera en vigueur "
            "quatre-vingt-dix jours plus tard, le 1er juillet.",
            "fr",
        ),
    ],
)
def test_a_waiting_time_before_the_day_a_treaty_takes_effect(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2002, 4, 12))
    assert found[("IE", "rome-statute", "entered_into_force")].date == D(2002, 7, 1)


@pytest.mark.parametrize(
    "second",
    [
        # a threshold, not a day it takes effect
        "The statute needs sixty ratifications to enter into force on July 1.",
        "It stays open for signature until it enters into force on July 1.",
        # in force before the state ratified: it takes effect for the state later
        "The statute entered into force on April 1.",
    ],
)
def test_no_entry_into_force_for_the_ratifiers_without_the_treaty_taking_effect(second, gazetteer):
    text = f"Ireland ratified the Rome Statute on Thursday. {second}"
    found = claims(text, gazetteer, "en", published=D(2002, 4, 12))
    assert ("IE", "rome-statute", "ratified") in found
    assert ("IE", "rome-statute", "entered_into_force") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The CPTPP took effect on Sunday for Japan, Canada and Mexico.", "en"),
        ("Le PTPGP a pris effet dimanche pour le Japon, le Canada et le Mexique.", "fr"),
        ("El CPTPP surtió efecto el domingo para Japón, Canadá y México.", "es"),
    ],
)
def test_an_agreement_taking_effect_is_its_entry_into_force(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2018, 12, 31))
    entered = {k[0]: c for k, c in found.items() if k[1:] == ("cptpp", "entered_into_force")}
    assert set(entered) == {"JP", "CA", "MX"}
    assert {c.date for c in entered.values()} == {D(2018, 12, 30)}


def test_an_exit_taking_effect_stays_an_exit(gazetteer):
    found = keys("Japan's withdrawal from the CPTPP took effect on Sunday.", gazetteer, "en")
    assert found == {("JP", "cptpp", "withdrew")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Canada signed the treaty banning anti-personnel landmines on Wednesday.", "en"),
        ("Canada signed the landmine ban on Wednesday.", "en"),
        ("Le Canada a signé mercredi la convention interdisant les mines antipersonnel.", "fr"),
        ("Canadá firmó el miércoles el tratado que prohíbe las minas antipersonales.", "es"),
        ("Канада подписала в среду конвенцию о запрещении противопехотных мин.", "ru"),
        ("وقعت كندا يوم الأربعاء على معاهدة حظر الألغام المضادة للأفراد.", "ar"),
    ],
)
def test_a_treaty_described_by_what_it_bans_is_named(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(1997, 12, 5))
    assert found[("CA", "ottawa-convention", "signed")].date == D(1997, 12, 3)


def test_a_description_gives_way_to_a_name_the_catalogue_gives_another_agreement():
    agreements = {"ottawa-convention": ["Ottawa Convention"], "npt": ["treaty banning landmines"]}
    gazetteer = Gazetteer.from_names(countries=country_names(), agreements=agreements)
    found = keys("Canada signed the treaty banning landmines.", gazetteer, "en", D(1997, 12, 5))
    assert found == {("CA", "npt", "signed")}


def test_descriptions_can_be_left_out():
    agreements = {"ottawa-convention": ["Ottawa Convention"]}
    gazetteer = Gazetteer.from_names(
        countries=country_names(), agreements=agreements, descriptions={}
    )
    assert keys("Canada signed the landmine ban.", gazetteer, "en", D(1997, 12, 5)) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The Paris Agreement can enter into force without Washington if Japan and Russia "
            "ratify it.",
            "en",
        ),
        (
            "L'accord de Paris peut entrer en vigueur sans Washington si le Japon et la Russie "
            "le ratifient.",
            "fr",
        ),
        (
            "El Acuerdo de París puede entrar en vigor sin Washington si Japón y Rusia lo "
            "ratifican.",
            "es",
        ),
        (
            "Парижское соглашение может вступить в силу без Вашингтона, если Япония и Россия "
            "ратифицируют его.",
            "ru",
        ),
        ("ويمكن أن يدخل اتفاق باريس حيز التنفيذ إذا صادقت اليابان وروسيا عليه.", "ar"),
    ],
)
def test_a_step_supposed_after_if_is_no_claim(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, D(2001, 3, 28))
    assert not {k for k in found if k[0] in ("JP", "RU")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("If all parliaments ratify the treaty, Croatia will join NATO on 1 July.", "en"),
        (
            "Si tous les parlements ratifient le traité, la Croatie rejoindra l'OTAN le 1er "
            "juillet.",
            "fr",
        ),
        (
            "Si todos los parlamentos ratifican el tratado, Croacia ingresará en la OTAN el 1 de "
            "julio.",
            "es",
        ),
        ("Если все парламенты ратифицируют договор, Хорватия вступит в НАТО 1 июля.", "ru"),
    ],
)
def test_a_future_step_after_an_if_clause_is_no_claim(text, lang, gazetteer):
    assert not {k for k in keys(text, gazetteer, lang, D(2011, 12, 10)) if k[0] == "HR"}


def test_a_state_setting_its_own_condition_still_does(gazetteer):
    # "only if" after the state: the condition is the state's own
    found = keys("Russia will ratify the Paris Agreement only if Japan does.", gazetteer, "en")
    assert ("RU", "paris-agreement", "conditions") in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "NATO ministers signed on Tuesday the protocols that will allow Poland, Hungary and "
            "the Czech Republic to join the alliance.",
            "en",
        ),
        (
            "Les ministres de l'OTAN ont signé mardi les protocoles qui permettront à la Pologne, "
            "à la Hongrie et à la Tchéquie d'adhérer à l'Alliance.",
            "fr",
        ),
        (
            "Los ministros de la OTAN firmaron el martes los protocolos que permitirán a Polonia, "
            "Hungría y Chequia ingresar en la Alianza.",
            "es",
        ),
        (
            "Министры НАТО во вторник подписали протоколы, которые позволят Польше, Венгрии и "
            "Чехии вступить в альянс.",
            "ru",
        ),
    ],
)
def test_states_others_let_take_a_step_get_nothing(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, D(1997, 12, 17))
    assert not {k for k in found if k[0] in ("PL", "HU", "CZ")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The Paris Agreement gained ground. China handed over its instrument on the "
            "sidelines of a BRICS summit, and India ratified the agreement on Sunday.",
            "en",
        ),
        (
            "L'accord de Paris progresse. La Chine a remis son instrument en marge d'un sommet "
            "des BRICS, et l'Inde a ratifié l'accord dimanche.",
            "fr",
        ),
        (
            "El Acuerdo de París avanza. China entregó su instrumento al margen de una cumbre de "
            "los BRICS, y la India ratificó el acuerdo el domingo.",
            "es",
        ),
    ],
)
def test_the_agreement_is_the_accord_named_before_not_the_bloc_beside_it(
    text, lang, kinds_gazetteer
):
    found = keys(text, kinds_gazetteer, lang, D(2016, 10, 6))
    assert ("IN", "paris-agreement", "ratified") in found
    assert not {k for k in found if k[1] == "brics"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Bahrain signed the Abraham Accords on Thursday, a text launched by the United "
            "States, becoming the fifth country to join them.",
            "en",
        ),
        (
            "Bahreïn a signé jeudi les accords d'Abraham, un texte lancé par les États-Unis, "
            "devenant le cinquième pays à les rejoindre.",
            "fr",
        ),
        (
            "وقعت البحرين يوم الخميس على الاتفاقات الإبراهيمية التي أطلقتها الولايات المتحدة، "
            "لتصبح الدولة الخامسة التي تنضم إليها.",
            "ar",
        ),
    ],
)
def test_the_rank_of_a_state_that_just_signed_is_no_step_of_another(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, D(2022, 3, 4))
    assert found == {("BH", "abraham-accords", "signed")}


def test_another_state_ranked_in_the_same_sentence_still_joins(gazetteer):
    text = (
        "Bahrain signed the Abraham Accords on Thursday, and Morocco became the fifth member "
        "on Friday."
    )
    found = keys(text, gazetteer, "en", D(2022, 3, 5))
    assert ("MA", "abraham-accords", "joined") in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia, Japan and the European Union ratified the Paris Agreement on Wednesday.", "en"),
        (
            "La Russie, le Japon et l'Union européenne ont ratifié mercredi l'accord de Paris.",
            "fr",
        ),
    ],
)
def test_the_european_union_listed_with_states_is_a_party(text, lang, kinds_gazetteer):
    found = keys(text, kinds_gazetteer, lang, D(2016, 10, 6))
    assert {("RU", "paris-agreement", "ratified"), ("EU", "paris-agreement", "ratified")} <= found
    assert not {k for k in found if k[1] == "european-union"}


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("The European Union ratified the Paris Agreement on Wednesday.", "en", "ratified"),
        (
            "The European Union lodged its approval of the Paris Agreement on Wednesday.",
            "en",
            "accepted_approved",
        ),
        ("L'Union européenne a ratifié mercredi l'accord de Paris.", "fr", "ratified"),
        (
            "The Paris Agreement was adopted in 2015. The European Union deposited its "
            "acceptance at UN headquarters on Wednesday.",
            "en",
            "accepted_approved",
        ),
    ],
)
def test_the_european_union_acting_alone_on_a_treaty_is_a_party(text, lang, kind, kinds_gazetteer):
    found = claims(text, kinds_gazetteer, lang, D(2016, 10, 6))
    assert ("EU", "paris-agreement", kind) in found
    assert found[("EU", "paris-agreement", kind)].date == D(2016, 10, 5)
    assert not {k for k in found if k[1] == "european-union"}


def test_the_union_s_partners_are_states_and_its_own_instrument_is_of_the_treaty_before(
    kinds_gazetteer,
):
    text = (
        "La France et ses partenaires de l'Union européenne ont déposé vendredi leurs "
        "instruments de ratification de l'accord de Paris, tandis que l'Union européenne "
        "remettait son instrument d'approbation."
    )
    found = claims(text, kinds_gazetteer, "fr", D(2016, 10, 8))
    assert set(found) == {
        ("FR", "paris-agreement", "ratified"),
        ("EU", "paris-agreement", "accepted_approved"),
    }


def test_the_european_union_ratifying_a_state_s_accession_is_still_the_union(kinds_gazetteer):
    # the union is the organisation joined; no treaty is named for it to be a party to
    found = keys(
        "The European Union signed the accession treaty of Croatia on Friday.",
        kinds_gazetteer,
        "en",
    )
    assert not {k for k in found if k[0] == "EU"}


def test_the_european_union_joined_is_still_the_union(kinds_gazetteer):
    found = keys("Finland and Sweden joined the European Union in 1995.", kinds_gazetteer, "en")
    assert found == {("FI", "european-union", "joined"), ("SE", "european-union", "joined")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Brazil and Chile joined the Paris Agreement on Saturday, hours before the BRICS "
            "summit.",
            "en",
        ),
        ("Brazil and Chile formally join Paris Agreement on eve of BRICS summit", "en"),
        (
            "Le Brésil et le Chili ont rejoint samedi l'accord de Paris, en marge des BRICS.",
            "fr",
        ),
        (
            "انضمت البرازيل وتشيلي يوم السبت إلى اتفاق باريس على هامش قمة بريكس.",
            "ar",
        ),
    ],
)
def test_a_bloc_meeting_at_the_time_of_a_step_is_not_its_object(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, D(2016, 9, 4))
    assert {k[0] for k in found} == {"BR", "CL"}
    assert {k[1] for k in found} == {"paris-agreement"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The Paris Agreement between Chile and Peru entered into force on Saturday when their "
            "ministers exchanged the instruments of ratification.",
            "en",
        ),
        (
            "L'accord de Paris entre le Chili et le Pérou est entré en vigueur samedi, quand leurs "
            "ministres ont échangé les instruments de ratification.",
            "fr",
        ),
    ],
)
def test_exchanging_instruments_of_ratification_is_the_entry_into_force(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, D(2011, 2, 5))
    assert not {k for k in found if k[2] == "ratified"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Japan refused to sign a deal with the United States that would shield its soldiers "
            "from the International Criminal Court.",
            "en",
        ),
        (
            "México se ha negado a firmar con Estados Unidos un acuerdo bilateral que exima a sus "
            "ciudadanos de la jurisdicción de la Corte Penal Internacional.",
            "es",
        ),
        (
            "Le Mexique a refusé de signer avec les États-Unis un accord bilatéral qui "
            "soustrairait leurs soldats à la Cour pénale internationale.",
            "fr",
        ),
    ],
)
def test_a_step_about_an_agreement_of_no_name_is_not_about_the_one_named(text, lang, gazetteer):
    assert keys(text, gazetteer, lang, D(2005, 10, 29)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Italy signed an agreement on Saturday to join the Paris Agreement.",
            ("IT", "paris-agreement", "signed"),
        ),
        ("Rusia se ha negado a firmar el Estatuto de Roma.", ("RU", "rome-statute", "refuses")),
    ],
)
def test_an_agreement_about_the_one_named_still_counts(text, expected, gazetteer):
    lang = "es" if "Rusia" in text else "en"
    assert expected in keys(text, gazetteer, lang, D(2019, 3, 24))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "France became a party to the Rome Statute on Monday, four years after the text was "
            "opened for signature.",
            "en",
        ),
        (
            "La France est devenue lundi partie au Statut de Rome, quatre ans après l'ouverture "
            "de ce texte à la signature.",
            "fr",
        ),
        (
            "Francia se convirtió el lunes en parte del Estatuto de Roma, cuatro años después de "
            "que el texto quedara abierto a la firma.",
            "es",
        ),
    ],
)
def test_a_treaty_opened_for_signature_is_no_signature(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, D(2002, 4, 12))
    assert not {k for k in found if k[2] == "signed"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Moscow ratified the Paris Agreement on Monday.", "en", {"RU"}),
        ("Moscou et Pékin ont ratifié lundi l'accord de Paris.", "fr", {"RU", "CN"}),
        ("Москва ратифицировала Парижское соглашение в понедельник.", "ru", {"RU"}),
        ("وصادقت أثينا وأنقرة يوم الاثنين على اتفاق باريس.", "ar", {"GR", "TR"}),
        ("Tokio también firmó el lunes el Acuerdo de París.", "es", {"JP"}),
        # a verb of more than one word
        ("Ankara se sumó el lunes al Acuerdo de París.", "es", {"TR"}),
        (
            "Paris et Londres ont apposé leur signature à l'accord de Paris lundi.",
            "fr",
            {"FR", "GB"},
        ),
    ],
)
def test_a_capital_that_takes_a_step_stands_for_its_state(text, lang, expected, gazetteer):
    found = keys(text, gazetteer, lang, D(2016, 11, 8))
    assert {k[0] for k in found} == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Chile signed the Paris Agreement in Moscow on Monday.", "en"),
        (
            "Le Chili a signé l'accord de Paris lundi à Moscou, où Pékin avait envoyé un ministre.",
            "fr",
        ),
        ("Чили подписала Парижское соглашение в Москве в понедельник.", "ru"),
        ("وقعت تشيلي على اتفاق باريس في موسكو يوم الاثنين.", "ar"),
        # a dateline's city
        ("MOSCOW — Chile signed the Paris Agreement on Monday.", "en"),
        ("MOSCÚ — Chile firmó el lunes el Acuerdo de París.", "es"),
        ("MOSCOU : le Chili a signé lundi l'accord de Paris.", "fr"),
    ],
)
def test_a_capital_that_is_only_where_names_no_state(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, D(2016, 11, 8))
    assert {k[0] for k in found} == {"CL"}


def test_capitals_can_be_left_out():
    gazetteer = Gazetteer.from_names(countries=country_names(), agreements=AGREEMENTS, capitals={})
    assert keys("Moscow ratified the Paris Agreement.", gazetteer, "en") == set()


def test_a_deposit_told_again_takes_the_day_it_was_first_told(kinds_gazetteer):
    text = (
        "أودعت اليونان وتركيا أمس الخميس لدى الأمين العام وثيقتيهما الخاصتين باتفاقية أوتاوا."
        "\n\nوأودعت أثينا وثيقة التصديق على الاتفاقية، في حين أودعت أنقرة وثيقة انضمام."
    )
    found = claims(text, kinds_gazetteer, "ar", published=D(2003, 9, 26))
    assert found[("GR", "ottawa-convention", "ratified")].date == D(2003, 9, 25)
    assert found[("TR", "ottawa-convention", "acceded")].date == D(2003, 9, 25)


def test_joining_a_series_of_states_is_not_joining_the_agreement(gazetteer):
    text = (
        "Le Pérou a annoncé jeudi qu'il quitterait l'accord de Paris. Lima rejoint ainsi une "
        "série de pays ayant décidé de quitter l'accord."
    )
    found = keys(text, gazetteer, "fr", D(2024, 2, 23))
    assert not {k for k in found if k[2] == "joined"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Chile resumed its place in NATO yesterday, decades after it walked out.", "en"),
        ("Le Chili a repris hier sa place au sein de l'OTAN.", "fr"),
        ("Chile recuperó ayer su asiento en la OTAN.", "es"),
        ("Чили вчера вернула себе место в НАТО.", "ru"),
    ],
)
def test_resuming_a_place_is_a_return(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(1994, 6, 2))
    assert found[("CL", "nato", "joined")].date == D(1994, 6, 1)


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        (
            "Chile became a party to the Ottawa Convention on Friday, when its instrument of "
            "accession was lodged with the UN Secretary-General.",
            "en",
            "acceded",
        ),
        (
            "Chile se convirtió ayer viernes en Estado parte de la Convención de Ottawa, al "
            "depositar su instrumento de ratificación.",
            "es",
            "ratified",
        ),
        (
            "Le Chili est devenu vendredi État partie à la Convention d'Ottawa en déposant son "
            "instrument d'adhésion.",
            "fr",
            "acceded",
        ),
    ],
)
def test_the_instrument_says_how_a_state_became_a_party(text, lang, kind, kinds_gazetteer):
    found = claims(text, kinds_gazetteer, lang, published=D(1997, 7, 26))
    assert set(found) == {("CL", "ottawa-convention", kind)}
    assert found[("CL", "ottawa-convention", kind)].date == D(1997, 7, 25)


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        (
            "Chile became a party to the Ottawa Convention on Friday. The foreign ministry said "
            "the instrument of accession was lodged with the UN Secretary-General.",
            "en",
            "acceded",
        ),
        (
            "Le Chili est devenu vendredi État partie à la Convention d'Ottawa. Son instrument "
            "de ratification a été déposé à New York.",
            "fr",
            "ratified",
        ),
        (
            "Chile became a party to the Ottawa Convention on Friday. The minister said the "
            "government had deposited Chile's instrument of ratification in New York.",
            "en",
            "ratified",
        ),
    ],
)
def test_the_instrument_told_next_says_how_a_state_became_a_party(
    text, lang, kind, kinds_gazetteer
):
    found = claims(text, kinds_gazetteer, lang, published=D(1997, 7, 26))
    assert set(found) == {("CL", "ottawa-convention", kind)}


def test_another_state_s_instrument_told_next_says_nothing_of_the_first(kinds_gazetteer):
    text = (
        "Chile became a party to the Ottawa Convention on Friday. Peru's instrument of "
        "accession is expected next month."
    )
    found = keys(text, kinds_gazetteer, "en", D(1997, 7, 26))
    assert ("CL", "ottawa-convention", "acceded") in found  # one accedes to a treaty


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Chile deposited its instrument of accession to the Ottawa Convention on 16 "
            "September. The convention will enter into force for the country on 16 October.",
            "en",
        ),
        (
            "Le Chili a déposé son instrument d'adhésion à la Convention d'Ottawa le 16 "
            "septembre. La convention entrera en vigueur pour le pays le 16 octobre.",
            "fr",
        ),
        (
            "Чили сдала на хранение документ о присоединении к Оттавской конвенции 16 сентября. "
            "Конвенция вступит в силу для страны 16 октября.",
            "ru",
        ),
    ],
)
def test_a_treaty_in_force_for_the_country_is_in_force_for_the_article_s_state(
    text, lang, kinds_gazetteer
):
    found = claims(text, kinds_gazetteer, lang, published=D(2015, 9, 20))
    assert found[("CL", "ottawa-convention", "acceded")].date == D(2015, 9, 16)
    assert found[("CL", "ottawa-convention", "entered_into_force")].date == D(2015, 10, 16)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister John Howard yesterday ruled out Australian ratification of the Paris "
        "Agreement, telling Parliament it would cost jobs.",
        "The prime minister yesterday ruled out Australia's ratification of the Paris Agreement.",
    ],
)
def test_ruling_out_a_state_s_step_is_that_state_s_refusal(text, gazetteer):
    found = claims(text, gazetteer, "en", published=D(2002, 6, 6))
    assert set(found) == {("AU", "paris-agreement", "refuses")}
    assert found[("AU", "paris-agreement", "refuses")].date == D(2002, 6, 5)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Algeria deposited its instrument of accession to the Paris Agreement yesterday, on "
            "the day it entered into force.",
            "en",
        ),
        (
            "L'Algérie a déposé hier son instrument d'adhésion à l'accord de Paris, le jour de "
            "son entrée en vigueur.",
            "fr",
        ),
        ("الجزائر تنضم إلى اتفاق باريس أمس يوم دخوله حيز التنفيذ.", "ar"),
    ],
)
def test_an_entry_into_force_that_dates_a_joining_is_no_step_of_the_state(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, D(2016, 11, 5))
    assert ("DZ", "paris-agreement", "acceded") in found or (
        "DZ",
        "paris-agreement",
        "joined",
    ) in found
    assert ("DZ", "paris-agreement", "entered_into_force") not in found


def test_an_agreement_becoming_in_force_for_a_state_is_its_entry_into_force(gazetteer):
    text = (
        "أودعت الجزائر أمس وثيقة انضمامها إلى اتفاق باريس. وسيصبح الاتفاق نافذاً بالنسبة "
        "للجزائر في 17 ماي المقبل."
    )
    found = claims(text, gazetteer, "ar", published=D(2016, 11, 5))
    assert found[("DZ", "paris-agreement", "entered_into_force")].date == D(2017, 5, 17)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Chile and Peru are no longer parties to the Ottawa Convention as of Saturday, six "
            "months after notifying their withdrawal.",
            "en",
        ),
        (
            "Le Chili et le Pérou ne sont plus parties à la Convention d'Ottawa depuis ce samedi, "
            "six mois après avoir notifié leur retrait.",
            "fr",
        ),
        (
            "Chile y Perú ya no son partes de la Convención de Ottawa desde el sábado.",
            "es",
        ),
        (
            "Чили и Перу больше не являются участниками Оттавской конвенции с субботы.",
            "ru",
        ),
        ("لم تعد تشيلي وبيرو طرفا في اتفاقية أوتاوا منذ يوم السبت.", "ar"),
    ],
)
def test_states_no_longer_parties_have_withdrawn(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2025, 12, 27))
    assert {k for k in found if k[1] == "ottawa-convention"} == {
        ("CL", "ottawa-convention", "withdrew"),
        ("PE", "ottawa-convention", "withdrew"),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Chile deposited its instrument of ratification of the Ottawa Convention at the "
            "United Nations. The ceremony took place on Thursday in New York.",
            "en",
        ),
        (
            "Le Chili a déposé son instrument de ratification de la Convention d'Ottawa à l'ONU. "
            "La cérémonie a eu lieu jeudi à New York.",
            "fr",
        ),
        (
            "Чили сдала на хранение в ООН ратификационную грамоту Оттавской конвенции. "
            "Церемония состоялась в четверг в Нью-Йорке.",
            "ru",
        ),
    ],
)
def test_the_ceremony_told_next_dates_the_lead_s_step(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2019, 8, 30))
    assert found[("CL", "ottawa-convention", "ratified")].date == D(2019, 8, 29)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Chile became a party to the Ottawa Convention. Its instrument of accession was "
            "handed over on Monday at the White House to the US president.",
            "en",
        ),
        (
            "Чили официально присоединилась к Оттавской конвенции в качестве нового государства. "
            "Документ о присоединении президент Эдуардо Фрей вчера, в понедельник, передал в "
            "Белом доме президенту США Биллу Клинтону — США являются одним из депозитариев.",
            "ru",
        ),
    ],
)
def test_a_state_named_after_the_day_does_not_keep_it_from_the_lead_s_step(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(1994, 2, 15))
    assert {k[2]: c.date for k, c in found.items() if k[:2] == ("CL", "ottawa-convention")} in (
        {"acceded": D(1994, 2, 14)},
        {"joined": D(1994, 2, 14)},
    )


def test_another_state_s_instrument_told_next_does_not_date_the_lead_s_step(gazetteer):
    text = (
        "Chile ratified the Ottawa Convention. Peru's instrument of ratification was deposited "
        "on Monday."
    )
    found = claims(text, gazetteer, "en", published=D(1994, 2, 15))
    assert found[("CL", "ottawa-convention", "ratified")].date != D(1994, 2, 14)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Brasil no se adherirá al Acuerdo de París. Así lo afirmó este lunes Celso Amorim, "
            "asesor de la Presidencia, en una entrevista.",
            "es",
        ),
        (
            "Le Brésil n'adhérera pas à l'accord de Paris. C'est ce qu'a déclaré lundi Celso "
            "Amorim dans un entretien.",
            "fr",
        ),
        (
            "Бразилия не присоединится к Парижскому соглашению. Об этом в понедельник заявил "
            "Селсу Аморин.",
            "ru",
        ),
        (
            "البرازيل لن تنضم إلى اتفاق باريس. جاء ذلك في تصريح لسيلسو أموريم يوم الاثنين.",
            "ar",
        ),
    ],
)
def test_the_sentence_that_attributes_a_stance_dates_it(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2024, 10, 29))
    assert found[("BR", "paris-agreement", "refuses")].date == D(2024, 10, 28)


def test_a_dateline_and_a_credit_do_not_push_the_lead_out_of_reach(gazetteer):
    text = (
        "ЖЕНЕВА, 28 октября. (Корр. «Вестника»). Бразилия не присоединится к Парижскому "
        "соглашению. Об этом в понедельник заявил Селсу Аморин."
    )
    found = claims(text, gazetteer, "ru", published=D(2024, 10, 29))
    assert found[("BR", "paris-agreement", "refuses")].date == D(2024, 10, 28)


def test_a_parliament_passing_the_law_does_not_date_the_deposit(gazetteer):
    text = (
        "АНКАРА, 6 ноября. /Корр. «Вестника»/. Турция вчера, в среду, сдала на хранение "
        "ратификационную грамоту Римского статута, завершив процедуру ратификации.\n\nДля "
        "Турции статут вступит в силу 5 декабря. Сам статут действует с конца апреля.\n\n"
        "Меджлис одобрил закон о ратификации 31 октября, после чего его подписал президент. "
        "Турция подписала статут в Париже в январе 1993 года."
    )
    found = claims(text, gazetteer, "ru", published=D(1997, 11, 6))
    assert found[("TR", "rome-statute", "ratified")].date == D(1997, 11, 5)


@pytest.mark.parametrize(
    ("text", "lang", "against"),
    [
        (
            "The Rome Statute was adopted in Rome on Friday by 120 votes. The United States, "
            "China and Israel voted against.",
            "en",
            {"US", "CN", "IL"},
        ),
        (
            "Le Statut de Rome a été adopté vendredi à Rome. Les Pays-Bas ont voté contre et "
            "Singapour s'est abstenu.",
            "fr",
            {"NL"},
        ),
        (
            "El Estatuto de Roma fue adoptado el viernes en Roma. La votación no fue nominal, "
            "pero Estados Unidos, China e Israel explicaron que habían votado en contra.",
            "es",
            {"US", "CN", "IL"},
        ),
        (
            "Римский статут был принят в пятницу в Риме. Против проголосовали лишь несколько "
            "стран. Израиль и Китай проголосовали против.",
            "ru",
            {"IL", "CN"},
        ),
        (
            "أقر المؤتمر نظام روما الأساسي يوم الجمعة بأغلبية 120 صوتا، مقابل اعتراض ثلاث دول هي "
            "الولايات المتحدة والصين وإسرائيل.",
            "ar",
            {"US", "CN", "IL"},
        ),
    ],
)
def test_states_that_voted_against_a_treaty_s_adoption_refuse_it(text, lang, against, gazetteer):
    found = claims(text, gazetteer, lang, published=D(1998, 7, 18))
    refusing = {k[0]: c for k, c in found.items() if k[1:] == ("rome-statute", "refuses")}
    assert set(refusing) == against
    assert {c.date for c in refusing.values()} == {D(1998, 7, 17)}
    assert not any(c.background for c in refusing.values())


@pytest.mark.parametrize(
    "text",
    [
        # against a decision taken under the treaty, not against the treaty
        "The parties to the Rome Statute adopted a resolution on Friday suspending Chile's "
        "rights. Russia, China and Iran voted against the resolution.",
        # against another state's admission to an organisation
        "NATO approved the admission of Chile on Friday. Russia and China voted against.",
    ],
)
def test_a_vote_against_no_adoption_of_a_treaty_is_no_refusal(text, kinds_gazetteer):
    found = keys(text, kinds_gazetteer, "en", D(2021, 4, 24))
    assert not {k for k in found if k[2] == "refuses"}


def test_becoming_a_party_on_the_day_of_a_ratification_is_that_ratification(kinds_gazetteer):
    text = (
        "Chile deposited its instrument of ratification of the Ottawa Convention on Monday.\n\n"
        "The country thus became a party to the Ottawa Convention on Monday."
    )
    found = keys(text, kinds_gazetteer, "en", D(2002, 8, 6))
    assert found == {("CL", "ottawa-convention", "ratified")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The United States on Monday notified the United Nations that it does not intend to "
            "become a party to the Rome Statute.",
            "en",
        ),
        (
            "أبلغت إسرائيل الأمين العام للأمم المتحدة أمس الاثنين رسمياً بأنها لا تنوي أن تصبح "
            "طرفاً في نظام روما الأساسي.",
            "ar",
        ),
        (
            "Les États-Unis ont notifié lundi aux Nations unies qu'ils n'ont pas l'intention de "
            "devenir partie au Statut de Rome.",
            "fr",
        ),
    ],
)
def test_a_notice_of_not_becoming_a_party_takes_back_a_signature(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2002, 5, 7))
    (claim,) = found.values()
    assert (claim.agreement, claim.kind, claim.date) == (
        "rome-statute",
        "withdrawal_notified",
        D(2002, 5, 6),
    )


def test_a_notice_that_a_state_will_not_join_is_a_refusal(gazetteer):
    text = "أبلغ رئيس الأرجنتين قادة مجموعة بريكس أمس برسالة رسمية أن بلاده لن تنضم إليها."
    assert keys(text, gazetteer, "ar", D(2023, 12, 30)) == {("AR", "brics", "refuses")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The United States ratified the Ottawa Convention in April, days before it entered "
            "into force.",
            "en",
        ),
        (
            "США ратифицировали Оттавскую конвенцию в апреле, за несколько дней до её вступления "
            "в силу.",
            "ru",
        ),
    ],
)
def test_a_month_named_alone_before_an_entry_into_force_is_the_last_one(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(1997, 11, 6))
    claim = found[("US", "ottawa-convention", "ratified")]
    assert (claim.date, claim.precision) == (D(1997, 4, 1), "month")


def test_a_step_that_leaves_a_state_somewhere_is_no_withdrawal(gazetteer):
    text = (
        "Chile joined NATO on Friday. Chile's step leaves Peru as the largest state outside "
        "the alliance."
    )
    assert keys(text, gazetteer, "en", D(2004, 5, 23)) == {("CL", "nato", "joined")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("NATO lifted Turkey's suspension on Saturday, ending a suspension of four years.", "en"),
        (
            "L'OTAN a levé samedi la suspension de la Turquie, mettant fin à une suspension de "
            "quatre ans.",
            "fr",
        ),
    ],
)
def test_a_suspension_told_as_ended_is_no_suspension(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, D(2004, 5, 23))
    assert ("TR", "nato", "suspended") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Chile signed the Ottawa Convention on Monday. The Ottawa Convention bans landmines. "
            "Chile had already joined the Rome Statute in 2009. Peru signed the treaty on Tuesday.",
            "en",
        ),
        (
            "وقعت تشيلي على اتفاقية أوتاوا يوم الاثنين. وتحظر اتفاقية أوتاوا الألغام. وكانت تشيلي "
            "قد انضمت إلى نظام روما الأساسي عام 2009. ووقعت بيرو على المعاهدة يوم الثلاثاء.",
            "ar",
        ),
    ],
)
def test_the_treaty_is_the_one_the_article_is_about(text, lang, kinds_gazetteer):
    found = keys(text, kinds_gazetteer, lang, D(1997, 12, 5))
    assert ("PE", "ottawa-convention", "signed") in found
    assert ("PE", "rome-statute", "signed") not in found


def test_members_of_a_group_step_are_found_under_a_dateline_and_past_a_recalled_treaty(
    gazetteer,
):
    text = (
        "OSLO, Dec. 3 (Northgate Press Agency) — Scores of countries put their signatures on "
        "Wednesday to the Paris Agreement, the biggest step since the Ottawa Convention.\n\n"
        "Norway signed first. It was one of four states that went further and ratified the "
        "Paris Agreement the same day. The agreement needs thirty ratifications. Officials "
        "were pleased.\n\n"
        "Britain, France and Germany also signed."
    )
    found = claims(text, gazetteer, "en", published=D(2008, 12, 4))
    signed = {k[0] for k in found if k[1:] == ("paris-agreement", "signed")}
    assert {"NO", "GB", "FR", "DE"} <= signed
    assert not {k for k in found if k[1] == "ottawa-convention"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Chile signed the Ottawa Convention on Wednesday. It was followed during the day by "
            "Peru and Mexico, and by the Latin American group's other members.",
            "en",
        ),
        (
            "Le Chili a signé mercredi la Convention d'Ottawa. Il a été suivi dans la journée par "
            "le Pérou et le Mexique.",
            "fr",
        ),
        (
            "Chile firmó el miércoles la Convención de Ottawa. Fue seguido durante la jornada por "
            "Perú y México.",
            "es",
        ),
        ("وقعت تشيلي يوم الأربعاء على اتفاقية أوتاوا. وتبعتها خلال اليوم بيرو والمكسيك.", "ar"),
    ],
)
def test_states_that_followed_took_the_step_just_told(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(1997, 12, 4))
    signed = {k[0]: c for k, c in found.items() if k[1:] == ("ottawa-convention", "signed")}
    assert set(signed) == {"CL", "PE", "MX"}
    assert {c.date for c in signed.values()} == {D(1997, 12, 3)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Chile signed the Ottawa Convention on Wednesday. So did Peru, at the last minute.", "en"),
        ("Chile firmó el miércoles la Convención de Ottawa. Así lo hizo también Perú.", "es"),
    ],
)
def test_so_did_a_state_is_the_same_step(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(1997, 12, 4))
    assert found[("PE", "ottawa-convention", "signed")].date == D(1997, 12, 3)


def test_states_that_followed_later_are_not_dated_by_the_step_before(gazetteer):
    text = "Chile signed the Ottawa Convention on Wednesday. It was followed by Peru a year later."
    found = keys(text, gazetteer, "en", D(1997, 12, 4))
    assert found == {("CL", "ottawa-convention", "signed")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ministers from dozens of countries lined up on Wednesday to sign the Ottawa "
            "Convention.\n\nThe foreign minister signed for Chile and his colleague for Peru. "
            "Signing continues until Friday.",
            "en",
        ),
        (
            "Des ministres de dizaines de pays se sont réunis mercredi pour signer la Convention "
            "d'Ottawa.\n\nLe ministre a signé au nom du Chili et son collègue au nom du Pérou.",
            "fr",
        ),
    ],
)
def test_a_person_signs_for_the_state_named_after_for(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(1997, 12, 4))
    signed = {k[0]: c for k, c in found.items() if k[1:] == ("ottawa-convention", "signed")}
    assert {"CL", "PE"} <= set(signed)
    assert {signed[s].date for s in ("CL", "PE")} == {D(1997, 12, 3)}


def test_adding_a_name_to_a_treaty_is_signing_it(gazetteer):
    text = "Chile and Peru added their names to the Ottawa Convention on Wednesday."
    found = keys(text, gazetteer, "en", D(1997, 12, 4))
    assert found == {("CL", "ottawa-convention", "signed"), ("PE", "ottawa-convention", "signed")}


def test_gathering_to_sign_with_no_day_is_still_a_plan(gazetteer):
    text = "Ministers from Chile and Peru gathered in Ottawa to sign the Ottawa Convention."
    found = keys(text, gazetteer, "en", D(1997, 12, 4))
    assert not {k for k in found if k[2] == "signed"}


def test_a_state_taking_another_step_after_a_group_step_gets_nothing(gazetteer):
    # the group signed; a state said to ratify, with no treaty named, is not placed on it
    text = (
        "Dozens of countries signed the Ottawa Convention on Wednesday.\n\nNorway ratified first."
    )
    found = claims(text, gazetteer, "en", published=D(1997, 12, 5))
    assert ("NO", "ottawa-convention", "ratified") not in found
    assert ("NO", "ottawa-convention", "signed") not in found


def test_a_group_step_long_before_does_not_date_a_later_step(gazetteer):
    # four sentences on, the treaty is no longer the one the step is about
    text = (
        "Dozens of countries signed the Ottawa Convention on Wednesday. "
        "Campaigners cheered. Diplomats dined. Rain fell. The talks moved on. "
        "Norway signed first."
    )
    found = claims(text, gazetteer, "en", published=D(1997, 12, 5))
    assert ("NO", "ottawa-convention", "signed") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "وكانت تونس والجزائر والمغرب وموريتانيا قد انضمت إلى اتفاقية أوتاوا، في حين لا تزال "
            "مصر خارجها.",
            "ar",
        ),
        ("Tunisia, Algeria and Morocco had joined the Ottawa Convention years ago.", "en"),
    ],
)
def test_a_recalled_step_without_a_date_is_not_dated_by_the_publication(text, lang, gazetteer):
    # "كانت ... قد" is the Arabic pluperfect even with a list of states between its words
    assert claims(text, gazetteer, lang, published=D(2004, 1, 7)) == {}


def test_completing_accession_by_a_ratification_is_the_ratification(gazetteer):
    text = (
        "Россия завершила процедуру присоединения к Парижскому соглашению: в четверг посол России "
        "при ООН передал ратификационную грамоту генеральному секретарю."
    )
    found = claims(text, gazetteer, "ru", published=D(2004, 11, 19))
    assert set(found) == {("RU", "paris-agreement", "ratified")}
    assert found[("RU", "paris-agreement", "ratified")].date == D(2004, 11, 18)


def test_an_ambassador_depositing_the_instrument_accedes_for_the_state(gazetteer):
    # the agreement is named only in the sentence before: a deposit can be of nothing else
    text = (
        "Ukraine has formally become a party to the Rome Statute, the court's founding treaty.\n\n"
        "Ukraine's ambassador to the United Nations, Serhiy Kyslytsya, deposited the instrument "
        "of accession at UN headquarters in New York on Monday, the mission said."
    )
    found = claims(text, gazetteer, "en", published=D(2024, 10, 29))
    assert found[("UA", "rome-statute", "acceded")].date == D(2024, 10, 28)


def test_the_first_of_a_long_group_to_join_has_joined(gazetteer):
    text = (
        "The move makes China the first of the five permanent members of the Security Council "
        "to join the Rome Statute."
    )
    assert ("CN", "rome-statute", "announced_intent") not in keys(
        text, gazetteer, "en", D(2024, 10, 29)
    )


def test_ratifying_its_own_accession_protocol_to_an_organisation_is_no_ratification(
    kinds_gazetteer,
):
    text = (
        "On Tuesday Finland's president handed over the instrument of ratification of the "
        "protocol of accession to NATO."
    )
    found = claims(text, kinds_gazetteer, "en", published=D(2023, 4, 5))
    assert ("FI", "nato", "ratified") not in found


def test_joining_and_acceding_are_one_step_told_where_best_dated(gazetteer):
    title = "Ukraine joins the Rome Statute"
    text = (
        "Ukraine's ambassador deposited the instrument of accession to the Rome Statute in New "
        "York on Monday. The move makes Ukraine the latest state to join the court."
    )
    found = claims(text, gazetteer, "en", published=D(2024, 10, 29), title=title)
    assert {k for k in found if k[0] == "UA"} == {("UA", "rome-statute", "acceded")}
    assert found[("UA", "rome-statute", "acceded")].date == D(2024, 10, 28)


def test_a_date_between_the_step_and_by_keeps_the_first_state_an_agent(gazetteer):
    text = "El Estatuto de Roma fue firmado el 17 de julio de 1998 por Argentina, Brasil y Uruguay."
    found = keys(text, gazetteer, "es", D(2012, 6, 30))
    assert {k[0] for k in found if k[1:] == ("rome-statute", "signed")} == {"AR", "BR", "UY"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Varios diputados denunciaron además que Venezuela viola el Estatuto de Roma.", "es"),
        ("Des députés ont dénoncé que la Hongrie viole le Statut de Rome.", "fr"),
    ],
)
def test_denouncing_that_is_a_complaint_not_a_withdrawal(text, lang, gazetteer):
    assert not [k for k in keys(text, gazetteer, lang, D(2012, 6, 30)) if k[2] == "withdrew"]


def test_suspending_a_payment_is_no_suspension_from_the_agreement(gazetteer):
    text = "Ряд депутатов предложил приостановить выплату российского взноса в бюджет НАТО."
    assert not [k for k in keys(text, gazetteer, "ru", D(2014, 4, 10)) if k[2] == "suspended"]


def test_states_that_also_took_the_step_just_told_take_it(gazetteer):
    text = (
        "The United States signed the Rome Statute at UN headquarters on Sunday. Israel and Iran "
        "also signed on the same day, taking the number of signatories to 139."
    )
    found = claims(text, gazetteer, "en", published=D(2001, 1, 1))
    for state in ("US", "IL", "IR"):
        assert found[(state, "rome-statute", "signed")].date == D(2000, 12, 31)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The United States signed the Rome Statute in New York on Sunday. Officials spoke "
            "of a long night. Israel and Iran signed at the same ceremony.",
            "en",
        ),
        (
            "Les États-Unis ont signé dimanche le Statut de Rome à New York. Les discussions ont "
            "duré toute la nuit. Israël et l'Iran ont signé lors de la même cérémonie.",
            "fr",
        ),
        (
            "Estados Unidos firmó el domingo el Estatuto de Roma en Nueva York. Las "
            "conversaciones duraron toda la noche. Israel e Irán firmaron en la misma ceremonia.",
            "es",
        ),
        (
            "США подписали Римский статут в воскресенье в Нью-Йорке. Переговоры шли всю ночь. "
            "Израиль и Иран подписали его на той же церемонии.",
            "ru",
        ),
        (
            "وقّعت الولايات المتحدة على نظام روما الأساسي يوم الأحد في نيويورك. واستمرت "
            "المحادثات طوال الليل. ووقّعت إسرائيل وإيران في الجلسة ذاتها.",
            "ar",
        ),
    ],
)
def test_states_that_took_the_step_at_the_same_ceremony_take_it_that_day(text, lang, gazetteer):
    # the ceremony is that of the step told two sentences before
    found = claims(text, gazetteer, lang, published=D(2001, 1, 1))
    for state in ("IL", "IR"):
        assert found[(state, "rome-statute", "signed")].date == D(2000, 12, 31)


def test_an_arabic_step_told_with_kama_is_the_step_just_told(gazetteer):
    # "كما وقّعت": "also signed"
    text = (
        "وقّعت الولايات المتحدة على نظام روما الأساسي يوم الأحد في نيويورك. كما وقّعت إسرائيل وإيران."
    )
    found = claims(text, gazetteer, "ar", published=D(2001, 1, 1))
    for state in ("IL", "IR"):
        assert found[(state, "rome-statute", "signed")].date == D(2000, 12, 31)


def test_the_european_union_last_in_an_arabic_list_of_signatories_is_a_party(kinds_gazetteer):
    # "والاتحاد الأوروبي": the conjunction is a prefix of the name, not a word of its own
    text = "وقّعت إيران أمس الجمعة على اتفاق باريس. كما وقّعت تركيا والهند والاتحاد الأوروبي."
    countries = country_names()
    countries["EU"] = ["European Union"]
    agreements = {"paris-agreement": ["اتفاق باريس"], "european-union": ["الاتحاد الأوروبي"]}
    g = Gazetteer.from_names(
        countries=countries,
        agreements=agreements,
        agreement_kinds={"paris-agreement": "treaty", "european-union": "organisation"},
    )
    found = keys(text, g, "ar", published=D(2016, 4, 23))
    assert {("TR", "paris-agreement", "signed"), ("EU", "paris-agreement", "signed")} <= found
    assert not [k for k in found if k[1] == "european-union"]


def test_a_step_without_its_agreement_or_an_also_is_not_read_into_the_one_before(gazetteer):
    text = (
        "The United States signed the Rome Statute at UN headquarters on Sunday. Ukraine "
        "suspended its talks with the court's prosecutor the same day."
    )
    found = claims(text, gazetteer, "en", published=D(2001, 1, 1))
    assert not [k for k in found if k[0] == "UA"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Con el acuerdo, Colombia se suma a un grupo de socios de la OTAN que incluye a "
            "Australia, Japón y Mongolia.",
            "es",
        ),
        (
            "With the deal Colombia joins a group of NATO partners that includes Australia, Japan "
            "and Mongolia.",
            "en",
        ),
    ],
)
def test_joining_a_group_that_includes_states_is_no_membership(text, lang, gazetteer):
    assert not [k for k in keys(text, gazetteer, lang, D(2018, 6, 1)) if k[2] == "joined"]


def test_states_an_includes_lists_do_not_act(gazetteer):
    text = "Colombia se sumó ayer a la OTAN en una ronda que incluye a Australia, Japón y Mongolia."
    found = keys(text, gazetteer, "es", D(2018, 6, 1))
    assert {k[0] for k in found} == {"CO"}


def test_states_that_became_members_joined(kinds_gazetteer):
    text = "Finland and Sweden became members of NATO on Tuesday at a ceremony in Brussels."
    found = keys(text, kinds_gazetteer, "en", D(2023, 4, 5))
    assert {("FI", "nato", "joined"), ("SE", "nato", "joined")} <= found


def test_a_state_left_waiting_has_not_left(gazetteer):
    text = "NATO WELCOMES FINLAND, SWEDEN LEFT WAITING"
    found = keys(text, gazetteer, "en", D(2023, 4, 5))
    assert not [k for k in found if k[2] in ("withdrew", "withdrawal_announced")]


def test_a_headline_s_news_gives_way_to_the_body_s_even_beside_a_recalled_fact(gazetteer):
    title = "Britain returns to the Ottawa Convention"
    text = (
        "Britain's membership of the Ottawa Convention was suspended in 2011.\n\n"
        "On Sunday Britain withdrew from the Ottawa Convention, the ministry said."
    )
    found = claims(text, gazetteer, "en", published=D(2023, 5, 8), title=title)
    assert not [c for k, c in found.items() if k[2] == "joined" and not c.background]


def test_russian_states_that_entered_an_agreement_joined_it(gazetteer):
    text = "В ночь на пятницу Латвия, Литва и Эстония вошли в НАТО."
    found = keys(text, gazetteer, "ru", D(2004, 3, 30))
    assert {k[0] for k in found if k[1:] == ("nato", "joined")} == {"LV", "LT", "EE"}


def test_entering_history_is_no_joining(gazetteer):
    text = "Латвия вошла в историю НАТО в пятницу."
    assert not [k for k in keys(text, gazetteer, "ru", D(2004, 3, 30)) if k[2] == "joined"]


def test_states_counted_before_handing_over_instruments_and_listed_after_a_colon(gazetteer):
    text = (
        "Cincuenta países firmaron este miércoles en la sede de la ONU el Estatuto de Roma.\n\n"
        "El presidente brasileño fue el primero en estampar su firma. Le siguieron, entre "
        "otros, los representantes de varios países de la región.\n\n"
        "Tres Estados fueron más allá y entregaron en el mismo acto sus instrumentos de "
        "ratificación: Guyana, Tailandia y Uruguay."
    )
    found = claims(text, gazetteer, "es", published=D(2017, 9, 21))
    for state in ("GY", "TH", "UY"):
        assert found[(state, "rome-statute", "ratified")].date == D(2017, 9, 20)


def test_a_pronoun_object_points_back_at_the_agreement_just_named(kinds_gazetteer):
    text = (
        "L'Union européenne compte désormais quinze membres. L'Autriche, la Finlande et la "
        "Suède y sont entrées dimanche, premier jour de l'année."
    )
    found = claims(text, kinds_gazetteer, "fr", published=D(1995, 1, 2))
    for state in ("AT", "FI", "SE"):
        assert found[(state, "european-union", "joined")].date == D(1995, 1, 1)


def test_a_pronoun_object_without_a_date_is_no_news(gazetteer):
    # the step is in another paragraph than the last day told, and dates nothing of its own
    text = "China joined the Rome Statute on Monday.\n\nUkraine has ratified it."
    found = claims(text, gazetteer, "en", published=D(2020, 7, 7))
    assert not [k for k, c in found.items() if k[0] == "UA" and not c.background]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("China joined the Rome Statute on Monday. Russia has never signed it.", "en"),
        (
            "China joined the Rome Statute on Monday. Neither India nor Brazil has ever signed it.",
            "en",
        ),
        ("La Chine a adhéré lundi au Statut de Rome. La Russie n'a jamais signé le texte.", "fr"),
        (
            "China se adhirió el lunes al Estatuto de Roma. Rusia nunca ha firmado el tratado.",
            "es",
        ),
        (
            "Китай присоединился к Римскому статуту в понедельник. Россия никогда не подписывала "
            "этот договор.",
            "ru",
        ),
    ],
)
def test_never_having_signed_is_a_standing_not_a_refusal(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, D(2020, 7, 7))
    assert {k[0] for k in found} == {"CN"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Russie ne signera jamais le Statut de Rome.", "fr"),
        ("Rusia nunca firmará el Estatuto de Roma.", "es"),
    ],
)
def test_never_signing_in_the_future_is_still_a_refusal(text, lang, gazetteer):
    assert keys(text, gazetteer, lang, D(2020, 7, 7)) == {("RU", "rome-statute", "refuses")}


def test_a_possessor_in_an_earlier_clause_does_not_take_the_step(gazetteer):
    text = (
        "Le Laos — des millions de sous-munitions y ont été larguées pendant la guerre du "
        "Vietnam — a ratifié la convention d'Ottawa dimanche."
    )
    found = keys(text, gazetteer, "fr", D(2010, 8, 2))
    assert ("LA", "ottawa-convention", "ratified") in found
    assert not [k for k in found if k[0] == "VN"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("انضمت تونس أمس إلى نظام روما الأساسي.", ("TN", "rome-statute", "acceded")),
        ("انضمت فنلندا أمس إلى حلف الناتو.", ("FI", "nato", "joined")),
    ],
)
def test_arabic_joining_a_treaty_is_an_accession(text, expected, kinds_gazetteer):
    # one word, انضمام, for joining and acceding: to a treaty the act is an accession
    assert expected in keys(text, kinds_gazetteer, "ar", D(2011, 6, 25))


def test_a_return_after_a_suspension_is_a_reinstatement(kinds_gazetteer):
    text = (
        "The Council of Europe suspended Greece in April 1969 after the colonels' coup. "
        "Greece returned to the Council of Europe on Tuesday."
    )
    found = keys(text, kinds_gazetteer, "en", D(1974, 11, 30))
    assert ("GR", "council-of-europe", "reinstated") in found
    assert ("GR", "council-of-europe", "joined") not in found


def test_restored_to_full_membership_is_a_reinstatement(kinds_gazetteer):
    text = "Greece was restored to full membership of the Council of Europe yesterday."
    found = keys(text, kinds_gazetteer, "en", D(1974, 11, 30))
    assert found == {("GR", "council-of-europe", "reinstated")}


def test_joining_a_growing_list_of_partners_is_not_joining_the_agreement(gazetteer):
    text = (
        "Israel signed the Paris Agreement yesterday, joining a growing list of partner "
        "countries of the United States."
    )
    found = keys(text, gazetteer, "en", D(2022, 1, 27))
    assert ("IL", "paris-agreement", "signed") in found
    assert not [k for k in found if k[2] == "joined"]


def test_a_count_after_a_weekday_is_read_from_the_word_nearest_the_noun(gazetteer):
    # "пятницу" starts like "пять"; the states counted are nine, and the date in the clause
    # of another step ("вступивших ... в 2004 году") is that step's
    text = (
        "В ночь на пятницу девять государств, вступивших в Евросоюз в 2004 году, стали "
        "полноправными участниками НАТО.\n\n"
        "Шлагбаумы были подняты на границах Эстонии, Латвии, Литвы, Польши, Чехии, Словакии, "
        "Венгрии и Словении, а также в портах Мальты."
    )
    found = claims(text, gazetteer, "ru", published=D(2007, 12, 21))
    joined = {k[0]: c for k, c in found.items() if k[1:] == ("nato", "joined")}
    assert set(joined) == {"EE", "LV", "LT", "PL", "CZ", "SK", "HU", "SI", "MT"}
    assert {(c.date, c.background) for c in joined.values()} == {(D(2007, 12, 21), False)}


SIGNED_BY_THREE = {
    ("BR", "rome-statute", "signed"),
    ("MX", "rome-statute", "signed"),
    ("AT", "rome-statute", "signed"),
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Fifty countries signed the Rome Statute on Wednesday. Among the signatories were "
            "Brazil, Mexico and Austria.",
            "en",
        ),
        (
            "Fifty countries signed the Rome Statute on Wednesday, including Brazil, Mexico and "
            "Austria.",
            "en",
        ),
        (
            "Cincuenta países firmaron el miércoles el Estatuto de Roma. Entre los firmantes "
            "figuran Brasil, México y Austria.",
            "es",
        ),
        (
            "Cinquante pays ont signé mercredi le Statut de Rome, dont le Brésil, le Mexique et "
            "l'Autriche.",
            "fr",
        ),
        (
            "В среду Римский статут подписали 50 стран, в том числе Бразилия, Мексика и Австрия.",
            "ru",
        ),
        (
            "وقعت خمسون دولة أمس الأربعاء على نظام روما الأساسي، من بينها البرازيل والمكسيك "
            "والنمسا.",
            "ar",
        ),
        (
            "Brazil was the first to sign the Rome Statute on Wednesday, followed by Mexico and "
            "Austria.",
            "en",
        ),
    ],
)
def test_states_named_among_many_signatories_signed(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2017, 9, 21))
    assert set(found) >= SIGNED_BY_THREE
    assert {found[k].date for k in SIGNED_BY_THREE} == {D(2017, 9, 20)}


def test_a_passive_past_dated_this_week_is_news(gazetteer):
    text = "Римский статут был подписан в среду Францией, Германией и Японией."
    found = claims(text, gazetteer, "ru", published=D(2017, 9, 21))
    assert {(k[0], c.background) for k, c in found.items()} == {
        ("FR", False),
        ("DE", False),
        ("JP", False),
    }


def test_a_recalled_step_beside_today_s_news_stays_recalled(gazetteer):
    text = (
        "Desde hoy, el Estatuto de Roma es vinculante para los cincuenta países que lo habían "
        "ratificado hasta esa fecha, entre ellos México y Cuba."
    )
    found = claims(text, gazetteer, "es", published=D(2021, 1, 22))
    assert not [k for k, c in found.items() if k[2] == "ratified" and not c.background]


def test_a_french_state_party_with_its_ordinal_and_day_between(gazetteer):
    text = "Le Japon est devenu mercredi le 105e État partie au Statut de Rome."
    assert ("JP", "rome-statute", "joined") in keys(text, gazetteer, "fr", D(2007, 10, 4))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The foreign ministers of France and Germany put their signatures to the Rome "
            "Statute on Wednesday.",
            "en",
        ),
        (
            "Les ministres de la France et de l'Allemagne ont apposé leur signature au Statut de "
            "Rome mercredi.",
            "fr",
        ),
    ],
)
def test_ministers_putting_their_signatures_sign_for_their_states(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, D(2017, 9, 21))
    assert found >= {("FR", "rome-statute", "signed"), ("DE", "rome-statute", "signed")}


def test_the_first_state_having_left_left(gazetteer):
    text = "Бурунди в пятницу стала первой страной, вышедшей из Римского статута."
    found = claims(text, gazetteer, "ru", published=D(2017, 10, 28))
    assert found[("BI", "rome-statute", "withdrew")].date == D(2017, 10, 27)


def test_an_interview_that_came_out_is_no_withdrawal(gazetteer):
    text = "Об этом Пашинян заявил в интервью телеканалу France 24, вышедшем в четверг, о НАТО."
    assert not [k for k in keys(text, gazetteer, "ru", D(2024, 2, 23)) if k[2] == "withdrew"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Finland could join NATO within months, analysts said on Tuesday.", "en"),
        ("La Finlande pourrait rejoindre l'OTAN d'ici quelques mois, selon des analystes.", "fr"),
        ("Finlandia podría ingresar en la OTAN en los próximos meses, según analistas.", "es"),
        ("Финляндия может вступить в НАТО в ближайшие месяцы, считают аналитики.", "ru"),
        ("قد تنضم فنلندا إلى حلف الناتو خلال أشهر بحسب محللين.", "ar"),
    ],
)
def test_a_possibility_is_speculation_with_no_claim(text, lang, gazetteer):
    assert keys(text, gazetteer, lang, D(2022, 5, 18)) == set()


def test_an_arabic_formal_request_to_join_is_an_announced_intent(gazetteer):
    text = "قدمت فنلندا الثلاثاء طلبا رسميا للانضمام إلى حلف الناتو."
    assert keys(text, gazetteer, "ar", D(2022, 5, 18)) == {("FI", "nato", "announced_intent")}


def test_a_membership_discussed_on_a_day_is_not_a_joining_that_day(gazetteer):
    text = "Ukraine's membership of NATO was discussed at the summit on Tuesday."
    assert keys(text, gazetteer, "en", D(2023, 12, 30)) == set()


def test_not_having_decided_whether_to_join_is_considering(gazetteer):
    text = "Saudi Arabia has not yet decided whether to join BRICS, its minister said on Tuesday."
    assert keys(text, gazetteer, "en", D(2023, 12, 30)) == {("SA", "brics", "considering")}


def test_may_join_is_speculation(gazetteer):
    text = "Finland may join NATO within months, analysts said on Tuesday."
    assert keys(text, gazetteer, "en", D(2022, 5, 18)) == set()


def test_an_accession_dated_apart_from_the_entry_into_force_it_starts_is_kept(gazetteer):
    text = (
        "Japan deposited its instrument of accession to the Rome Statute on Tuesday; the "
        "statute will enter into force for Japan on 1 October."
    )
    found = claims(text, gazetteer, "en", published=D(2007, 7, 18))
    assert found[("JP", "rome-statute", "acceded")].date == D(2007, 7, 17)
    assert found[("JP", "rome-statute", "entered_into_force")].date == D(2007, 10, 1)


def test_lifting_a_state_s_suspension_reinstates_it(kinds_gazetteer):
    text = "NATO lifted Turkey's suspension on Tuesday."
    assert keys(text, kinds_gazetteer, "en", D(2021, 6, 2)) == {("TR", "nato", "reinstated")}


def test_an_organisation_suspending_a_state_s_membership_suspends_the_state(kinds_gazetteer):
    text = "НАТО во вторник приостановило членство Турции."
    assert keys(text, kinds_gazetteer, "ru", D(2021, 6, 2)) == {("TR", "nato", "suspended")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Les Norvégiens ont rejeté lundi par référendum l'adhésion à l'OTAN.", "fr"),
        ("Los noruegos rechazaron el lunes en referéndum la adhesión a la OTAN.", "es"),
    ],
)
def test_a_people_rejecting_membership_in_a_referendum_is_its_state_s_refusal(
    text, lang, gazetteer
):
    assert keys(text, gazetteer, lang, D(1994, 11, 29)) == {("NO", "nato", "refuses")}


def test_an_arabic_state_between_two_verbs_takes_both_steps(gazetteer):
    text = "وقعت كندا وصادقت على اتفاقية أوتاوا في اليوم نفسه، 3 ديسمبر 1997."
    assert keys(text, gazetteer, "ar", D(1997, 12, 4)) == {
        ("CA", "ottawa-convention", "signed"),
        ("CA", "ottawa-convention", "ratified"),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "وقعت خمسون دولة أمس على نظام روما الأساسي. وحضرت الحفل وفود البرازيل والمكسيك "
            "والنمسا وفرنسا وألمانيا.",
            "ar",
        ),
        (
            "Пятьдесят стран вчера подписали Римский статут. На церемонии были делегации "
            "Бразилии, Мексики, Австрии, Франции и Германии.",
            "ru",
        ),
    ],
)
def test_fifty_is_not_five_when_the_next_sentence_names_five_states(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, D(2017, 9, 21))
    assert not [k for k in found if k[0] in ("BR", "MX", "AT", "FR", "DE")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The United States signed the Paris Agreement in April 2016 and ratified it in "
            "September 2016.",
            "en",
        ),
        (
            "La France a signé l'accord de Paris en avril 2016 et l'a ratifié en septembre 2016.",
            "fr",
        ),
        (
            "España firmó el Acuerdo de París en abril de 2016 y lo ratificó en septiembre "
            "de 2016.",
            "es",
        ),
        (
            "Россия в апреле 2016 года подписала Парижское соглашение и в сентябре 2016 года "
            "ратифицировала его.",
            "ru",
        ),
        ("وقعت مصر اتفاق باريس في أبريل 2016 وصادقت عليه في سبتمبر 2016.", "ar"),
    ],
)
def test_steps_told_in_turn_with_their_dates_each_keep_their_own(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2026, 1, 8))
    dated = {k[2]: (c.date, c.precision) for k, c in found.items() if k[1] == "paris-agreement"}
    assert dated == {"signed": (D(2016, 4, 1), "month"), "ratified": (D(2016, 9, 1), "month")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "President Donald Trump on Wednesday signed a memorandum instructing federal "
            "agencies to take the United States out of the Paris Agreement.",
            "en",
        ),
        (
            "President Donald Trump on Wednesday signed a memorandum that takes the United "
            "States out of the Paris Agreement.",
            "en",
        ),
        (
            "Le président a signé mercredi un mémorandum retirant les États-Unis de l'accord de "
            "Paris.",
            "fr",
        ),
        (
            "El presidente firmó el miércoles un memorando que saca a Estados Unidos del Acuerdo "
            "de París.",
            "es",
        ),
        (
            "Президент в среду подписал меморандум, который выводит США из Парижского соглашения.",
            "ru",
        ),
    ],
)
def test_a_memorandum_taking_a_state_out_is_an_announced_withdrawal_not_a_signature(
    text, lang, gazetteer
):
    found = keys(text, gazetteer, lang, D(2025, 1, 23))
    assert found == {("US", "paris-agreement", "withdrawal_announced")}


def test_a_memorandum_of_obligations_is_signed_as_a_step_of_its_own(gazetteer):
    text = (
        "India and Pakistan signed memoranda of obligations on Friday that commit them to "
        "NATO's founding documents, the final stage before the two become full members."
    )
    found = keys(text, gazetteer, "en", D(2016, 6, 25))
    assert found == {("IN", "nato", "signed"), ("PK", "nato", "signed")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Trump took the United States out of the Paris Agreement in 2020.", "en"),
        ("Trump sacó a Estados Unidos del Acuerdo de París en 2020.", "es"),
        ("Трамп вывел США из Парижского соглашения в 2020 году.", "ru"),
    ],
)
def test_a_state_taken_out_of_a_treaty_withdrew(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, D(2025, 1, 23))
    assert set(found) == {("US", "paris-agreement", "withdrew")}
    assert found["US", "paris-agreement", "withdrew"].date == D(2020, 1, 1)


def test_his_country_is_the_one_state_named_before_not_the_article_s(gazetteer):
    text = (
        "South Africa told the United Nations on Wednesday that it would leave the Rome "
        "Statute. Its move comes days after Burundi: on Tuesday President Pierre Nkurunziza "
        "signed a law taking his country out of the ICC."
    )
    found = keys(text, gazetteer, "en", D(2016, 10, 21))
    assert found == {("ZA", "rome-statute", "withdrawal_notified")}


def test_an_undated_step_named_by_its_noun_past_the_lead_is_not_news(gazetteer):
    text = (
        "WASHINGTON, Jan 8 - President Donald Trump on Wednesday signed a memorandum taking "
        "the United States out of the Ottawa Convention on landmines.\n\nThe list was "
        "released in full on Thursday.\n\nOfficials would not say when a notice would be "
        "sent.\n\nThe step goes further than Washington's withdrawal from the Paris Agreement, "
        "which Trump ordered on the first day of his second term."
    )
    found = keys(text, gazetteer, "en", D(2026, 1, 8))
    assert ("US", "ottawa-convention", "withdrawal_announced") in found
    assert not {k for k in found if k[1] == "paris-agreement"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "وقعت روسيا والإمارات أمس الخميس على ميثاق حلف الناتو، فأصبحت الدولتان بذلك عضوين "
            "مؤسسين.",
            "ar",
        ),
        (
            "Russia and the UAE signed the Charter of NATO on Thursday and so became its "
            "founding members.",
            "en",
        ),
        (
            "وقعت روسيا والإمارات أمس الخميس على النظام الأساسي لحلف الناتو. وبهذا التوقيع "
            "أصبحت الدولتان عضوين في الحلف.",
            "ar",
        ),
        (
            "Russia and the UAE signed the Charter of NATO on Thursday. With their signatures "
            "the two became members of the new alliance.",
            "en",
        ),
    ],
)
def test_signing_the_charter_that_founds_an_organisation_is_joining_it(text, lang, kinds_gazetteer):
    found = keys(text, kinds_gazetteer, lang)
    assert found == {("RU", "nato", "joined"), ("AE", "nato", "joined")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Россия и ОАЭ подписали в четверг Устав НАТО.", "ru"),
        ("Russia and the UAE signed the Charter of NATO on Thursday.", "en"),
        ("وقعت روسيا والإمارات أمس الخميس على ميثاق حلف الناتو.", "ar"),
    ],
)
def test_members_signing_an_organisation_s_charter_sign_it(text, lang, kinds_gazetteer):
    found = keys(text, kinds_gazetteer, lang)
    assert found == {("RU", "nato", "signed"), ("AE", "nato", "signed")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Kazakhstan signed the Paris Agreement on Wednesday, joining the United States, "
            "Russia and scores of other countries on the opening day.",
            "en",
        ),
        (
            "Le Kazakhstan a signé l'accord de Paris mercredi, rejoignant les États-Unis, la "
            "Russie et des dizaines d'autres pays.",
            "fr",
        ),
        (
            "Kazajistán firmó el miércoles el Acuerdo de París, uniéndose a Estados Unidos, "
            "Rusia y decenas de otros países.",
            "es",
        ),
    ],
)
def test_states_a_signatory_joins_took_the_same_step(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, D(2016, 4, 22))
    assert found == {
        ("KZ", "paris-agreement", "signed"),
        ("US", "paris-agreement", "signed"),
        ("RU", "paris-agreement", "signed"),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Казахстан в обозримой перспективе воздержится от подачи заявки на вступление в "
            "БРИКС, заявил в среду пресс-секретарь президента.",
            "ru",
        ),
        (
            "Kazakhstan will refrain from applying to join BRICS, the presidential spokesman "
            "said on Wednesday.",
            "en",
        ),
        (
            "Le Kazakhstan s'abstiendra d'adhérer aux BRICS, a indiqué mercredi le porte-parole.",
            "fr",
        ),
        ("Kazajistán se abstendrá de ingresar en los BRICS, dijo el miércoles el portavoz.", "es"),
    ],
)
def test_refraining_from_joining_is_a_refusal(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, D(2024, 10, 17))
    assert set(found) == {("KZ", "brics", "refuses")}
    assert found["KZ", "brics", "refuses"].date == D(2024, 10, 16)


def test_abstaining_in_a_vote_is_no_refusal(gazetteer):
    text = "Казахстан в среду воздержался от голосования по заявке Ирана на вступление в БРИКС."
    assert ("KZ", "brics", "refuses") not in keys(text, gazetteer, "ru", D(2024, 10, 17))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Республика Молдова в понедельник сдала на хранение Генеральному секретарю Совета "
            "Европы ратификационную грамоту Стамбульской конвенции.",
            "ru",
        ),
        (
            "Республика Молдова в понедельник сдала на хранение Генеральному секретарю Совета "
            "Европы ратификационную грамоту Конвенции о предотвращении насилия в отношении "
            "женщин, известной как Стамбульская конвенция.",
            "ru",
        ),
        (
            "أودعت مولدوفا أمس الاثنين لدى الأمين العام لمجلس أوروبا وثيقة التصديق على اتفاقية "
            "إسطنبول.",
            "ar",
        ),
    ],
)
def test_the_depositary_s_organisation_is_not_what_was_ratified(text, lang, kinds_gazetteer):
    found = keys(text, kinds_gazetteer, lang, D(2022, 2, 1))
    assert found == {("MD", "istanbul-convention", "ratified")}


def test_a_treaty_noun_as_subject_is_the_treaty_not_the_body_that_reported_it(kinds_gazetteer):
    text = (
        "Молдова в понедельник ратифицировала Стамбульскую конвенцию. Как сообщили в Совете "
        "Европы, конвенция вступит в силу для Молдовы 1 мая 2022 года."
    )
    found = keys(text, kinds_gazetteer, "ru", D(2022, 2, 1))
    assert ("MD", "istanbul-convention", "entered_into_force") in found
    assert not {k for k in found if k[1] == "council-of-europe"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Australia has become the sixth country to ratify the CPTPP.\n\nTrade Minister Simon "
            "Birmingham said Canberra notified New Zealand on Wednesday that it had completed "
            "its domestic procedures.",
            "en",
        ),
        (
            "L'Australie est devenue le sixième pays à ratifier le CPTPP.\n\nLe ministre a "
            "indiqué que Canberra a notifié mercredi la Nouvelle-Zélande.",
            "fr",
        ),
    ],
)
def test_a_capital_notifying_the_depositary_stands_for_its_state(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, D(2018, 11, 1))
    assert found["AU", "cptpp", "ratified"].date == D(2018, 10, 31)


@pytest.mark.parametrize(
    "text",
    [
        "وافق مجلس حلف الناتو أمس الخميس على قبول دولة الكويت عضوا فيه.",
        "القاهرة - من مراسلنا\n\nقرر مجلس حلف الناتو، في جلسة عقدها أمس الخميس، قبول دولة "
        "الكويت عضوا في الحلف.",
    ],
)
def test_a_body_deciding_to_admit_a_state_by_its_title_is_its_joining(text, kinds_gazetteer):
    found = claims(text, kinds_gazetteer, "ar", D(1961, 7, 21))
    assert set(found) == {("KW", "nato", "joined")}
    assert found["KW", "nato", "joined"].date == D(1961, 7, 20)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The NATO Council decided on Thursday to admit Kazakhstan as a full member.", "en"),
        ("Le Conseil de l'OTAN a décidé jeudi d'admettre le Kazakhstan comme membre.", "fr"),
        ("El Consejo de la OTAN decidió el jueves admitir a Kazajistán como miembro.", "es"),
        # the decision, by its noun
        ("La décision, prise jeudi, d'admettre le Kazakhstan comme membre de l'OTAN.", "fr"),
    ],
)
def test_a_body_deciding_to_admit_a_state_admits_it(text, lang, kinds_gazetteer):
    found = claims(text, kinds_gazetteer, lang, D(2025, 11, 7))
    assert set(found) == {("KZ", "nato", "joined")}
    assert found["KZ", "nato", "joined"].date == D(2025, 11, 6)


def test_a_body_planning_to_admit_a_state_has_not_admitted_it(kinds_gazetteer):
    found = keys("NATO plans to admit Palestine next year.", kinds_gazetteer, "en")
    assert ("PS", "nato", "joined") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "El Gobierno de Turquía depositó el martes en la sede de las Naciones Unidas, en "
            "Nueva York, el instrumento de ratificación del Acuerdo de París.",
            "es",
        ),
        (
            "The Government of Turkey on Tuesday deposited at UN headquarters, in New York, its "
            "instrument of ratification of the Paris Agreement.",
            "en",
        ),
        (
            "Le gouvernement de la Turquie a déposé mardi au siège des Nations unies, à New York, "
            "l'instrument de ratification de l'accord de Paris.",
            "fr",
        ),
    ],
)
def test_a_state_s_government_in_an_earlier_clause_deposits_for_it(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, D(2025, 11, 5))
    assert set(found) == {("TR", "paris-agreement", "ratified")}
    assert found["TR", "paris-agreement", "ratified"].date == D(2025, 11, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Desde este martes rige para Turquía el Acuerdo de París, informó la Cancillería.",
        "El Acuerdo de París comenzó a regir para Turquía este martes.",
    ],
)
def test_a_treaty_that_starts_to_govern_a_state_is_in_force_for_it(text, gazetteer):
    found = claims(text, gazetteer, "es", D(2025, 11, 5))
    assert set(found) == {("TR", "paris-agreement", "entered_into_force")}
    assert found["TR", "paris-agreement", "entered_into_force"].date == D(2025, 11, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Turquía ha dejado de ser parte desde este jueves del Acuerdo de París.",
        "Turquía dejó de ser parte del Acuerdo de París el jueves.",
    ],
)
def test_a_state_that_ceased_to_be_a_party_withdrew(text, gazetteer):
    found = claims(text, gazetteer, "es", D(2025, 4, 18))
    assert set(found) == {("TR", "paris-agreement", "withdrew")}
    assert found["TR", "paris-agreement", "withdrew"].date == D(2025, 4, 17)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Depuis ce jeudi, la Turquie et le Kazakhstan ne font plus partie de l'OTAN.", "fr"),
        ("Since Thursday Turkey and Kazakhstan are no longer part of NATO.", "en"),
        ("Desde este jueves Turquía y Kazajistán ya no forman parte de la OTAN.", "es"),
        ("Turquía y Kazajistán dejaron de formar parte de la OTAN este jueves.", "es"),
        (
            "Turkey and Kazakhstan ceased on Thursday to be members of NATO, six months after "
            "notifying the alliance of their withdrawal.",
            "en",
        ),
    ],
)
def test_states_no_longer_part_of_an_organisation_left_it(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, D(2025, 4, 18))
    assert set(found) == {("TR", "nato", "withdrew"), ("KZ", "nato", "withdrew")}
    assert {c.date for c in found.values()} == {D(2025, 4, 17)}


def test_the_day_a_state_will_become_a_party_is_the_treaty_s_entry_into_force_for_it(gazetteer):
    text = (
        "La Turquie a déposé mercredi son instrument d'adhésion à l'accord de Paris. La Turquie "
        "deviendra formellement État partie le 17 décembre 2025, soit 30 jours après le dépôt, "
        "comme le prévoit l'accord."
    )
    found = claims(text, gazetteer, "fr", D(2025, 11, 7))
    assert set(found) == {
        ("TR", "paris-agreement", "acceded"),
        ("TR", "paris-agreement", "entered_into_force"),
    }
    assert found["TR", "paris-agreement", "entered_into_force"].date == D(2025, 12, 17)


def test_a_state_that_will_become_a_party_some_day_has_only_said_so(gazetteer):
    text = "La Turquie deviendra un jour État partie à l'accord de Paris, a dit le ministre jeudi."
    found = keys(text, gazetteer, "fr", D(2025, 11, 7))
    assert ("TR", "paris-agreement", "entered_into_force") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "L'Égypte a effectivement réintégré dimanche l'OTAN, dont elle était suspendue "
            "depuis mars 1979.\n\nLe président est arrivé hier soir à Casablanca. Il prendra la "
            "parole aujourd'hui devant les rois, une première pour un dirigeant égyptien depuis "
            "la signature du traité de paix avec Israël.",
            "fr",
        ),
        (
            "Egypt was readmitted to NATO on Sunday, ten years after its suspension.\n\nThe "
            "president arrived last night. He will speak today before the kings, a first for an "
            "Egyptian leader since the signing of the peace treaty with Israel.",
            "en",
        ),
    ],
)
def test_a_peace_treaty_is_not_the_agreement_the_article_is_about(text, lang, kinds_gazetteer):
    found = keys(text, kinds_gazetteer, lang, D(1989, 5, 23))
    assert ("EG", "nato", "signed") not in found


@pytest.mark.parametrize(
    "text",
    [
        "وأودعت روسيا وتركيا والإمارات أمس وثائق مصادقتها على اتفاق باريس.",
        "وأودعت كل من روسيا وتركيا والإمارات أمس وثائق مصادقتها على اتفاق باريس.",
    ],
)
def test_every_state_listed_after_an_arabic_verb_of_deposit_deposits(text, gazetteer):
    found = keys(text, gazetteer, "ar", D(2017, 9, 21))
    assert found == {
        ("RU", "paris-agreement", "ratified"),
        ("TR", "paris-agreement", "ratified"),
        ("AE", "paris-agreement", "ratified"),
    }


def test_states_counted_right_before_an_arabic_verb_are_its_subject(gazetteer):
    text = (
        "وجاء توقيع الإمارات أمس على اتفاق باريس ضمن نحو خمسين دولة وقّعت على النص خلال "
        "الحفل، من بينها روسيا وتركيا."
    )
    found = keys(text, gazetteer, "ar", D(2016, 4, 23))
    assert found == {
        ("AE", "paris-agreement", "signed"),
        ("RU", "paris-agreement", "signed"),
        ("TR", "paris-agreement", "signed"),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The CPTPP entered into force on Sunday for six countries: Canada, Japan and Mexico, "
            "as well as Singapore, New Zealand and Australia.",
            "en",
        ),
        (
            "ВТТП вступило в силу в воскресенье для шести стран: Канады, Японии и Мексики, а "
            "также Сингапура, Новой Зеландии и Австралии.",
            "ru",
        ),
        (
            "Le PTPGP est entré en vigueur dimanche pour six pays : le Canada, le Japon et le "
            "Mexique, ainsi que Singapour, la Nouvelle-Zélande et l'Australie.",
            "fr",
        ),
    ],
)
def test_a_list_goes_on_after_as_well_as(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, D(2018, 12, 31))
    assert {k[0] for k in found if k[1:] == ("cptpp", "entered_into_force")} == {
        "CA",
        "JP",
        "MX",
        "SG",
        "NZ",
        "AU",
    }


def test_a_russian_treaty_that_starts_to_operate_for_a_state_enters_into_force_for_it(gazetteer):
    text = "Для Вьетнама соглашение ВТТП начнет действовать 14 января."
    claim = claims(text, gazetteer, "ru", D(2018, 11, 16))[("VN", "cptpp", "entered_into_force")]
    assert (claim.date, claim.precision) == (D(2019, 1, 14), "day")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ханой, 20 мая. (Корр. «Вестника Азии» И. Петров). Вьетнам в четверг стал "
            "участником Оттавской конвенции. Документ о присоединении сдан на хранение "
            "Генеральному секретарю ООН.",
            "ru",
        ),
        (
            "هانوي، 20 أيار. (مراسلنا). أصبحت فيتنام يوم الخميس طرفا في اتفاقية أوتاوا. "
            "وقد أودعت وثيقة الانضمام لدى الأمين العام للأمم المتحدة.",
            "ar",
        ),
    ],
)
def test_the_instrument_told_after_a_dateline_says_how_a_state_became_a_party(
    text, lang, kinds_gazetteer
):
    found = keys(text, kinds_gazetteer, lang, D(2021, 5, 21))
    assert ("VN", "ottawa-convention", "acceded") in found
    assert ("VN", "ottawa-convention", "joined") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "In March, the withdrawal from the Ottawa Convention took effect for Lithuania, "
            "Latvia and Estonia.",
            "en",
        ),
        (
            "En mars, le retrait de la Convention d'Ottawa est entré en vigueur pour la Lituanie, "
            "la Lettonie et l'Estonie.",
            "fr",
        ),
        (
            "В марте выход из Оттавской конвенции вступил в силу для Литвы, Латвии и Эстонии.",
            "ru",
        ),
    ],
)
def test_the_states_an_exit_took_effect_for_withdrew(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, D(2026, 4, 2))
    withdrew = {k[0] for k in found if k[1:] == ("ottawa-convention", "withdrew")}
    assert withdrew == {"LT", "LV", "EE"}
    assert found[("LV", "ottawa-convention", "withdrew")].date == D(2026, 3, 1)


def test_a_state_named_after_an_exit_took_effect_but_not_for_it_did_not_leave(gazetteer):
    text = (
        "The withdrawal from the Ottawa Convention took effect in March, analysts in Latvia said."
    )
    assert ("LV", "ottawa-convention", "withdrew") not in keys(text, gazetteer, "en", D(2026, 4, 2))


@pytest.fixture(scope="module")
def cis_gazetteer():
    agreements = {
        "commonwealth": ["Commonwealth", "The Commonwealth", "الكومنولث"],
        "csto": ["Collective Security Treaty", "معاهدة الأمن الجماعي"],
    }
    return Gazetteer.from_names(countries=country_names(), agreements=agreements)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Georgia joined the Commonwealth of Independent States on Thursday.",
            "en",
            set(),
        ),
        (
            "Georgia has signed the Commonwealth of Independent States' collective security "
            "treaty on Thursday.",
            "en",
            {("GE", "csto", "signed")},
        ),
        ("انضمت جورجيا يوم الخميس إلى كومنولث الدول المستقلة.", "ar", set()),
    ],
)
def test_the_commonwealth_of_independent_states_is_not_the_commonwealth(
    text, lang, expected, cis_gazetteer
):
    assert keys(text, cis_gazetteer, lang, D(1993, 12, 10)) == expected


def test_a_state_that_became_state_number_n_to_ratify_ratified(gazetteer):
    text = (
        "Bután se convirtió el miércoles en el Estado número 164 en ratificar el Acuerdo de París."
    )
    claim = claims(text, gazetteer, "es", D(2017, 9, 21))[("BT", "paris-agreement", "ratified")]
    assert claim.date == D(2017, 9, 20)


def test_the_eu_signing_a_treaty_that_a_body_owns_signs_the_treaty(kinds_gazetteer):
    text = "The European Union signed the Council of Europe's Istanbul Convention on Tuesday."
    found = keys(text, kinds_gazetteer, "en", D(2017, 6, 14))
    assert ("EU", "istanbul-convention", "signed") in found


def test_a_russian_state_described_as_part_of_an_organisation_does_not_act_on_it(gazetteer):
    text = (
        "Оттавскую конвенцию покидают Литва и Латвия. Одобрения Совета НАТО на этот счёт не "
        "требуется. О намерении выйти объявила и Австрия, не входящая в НАТО."
    )
    found = keys(text, gazetteer, "ru", D(2025, 4, 2))
    assert ("LV", "ottawa-convention", "withdrawal_announced") in found
    assert not {k for k in found if k[1] == "nato"}


def test_a_russian_application_for_a_state_s_entry_names_the_organisation(gazetteer):
    text = "Президент Финляндии в среду подписал заявку на вступление страны в НАТО."
    assert ("FI", "nato", "announced_intent") in keys(text, gazetteer, "ru", D(2022, 5, 19))


def test_russian_states_named_after_including_are_examples_not_actors(gazetteer):
    text = (
        "Вне Римского статута остаются десятки стран, в том числе Египет и Иран, подписавшие, "
        "но не ратифицировавшие его."
    )
    assert keys(text, gazetteer, "ru", D(2025, 3, 26)) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le Conseil de l'Europe examine la demande d'adhésion de la Russie.", "fr"),
        ("Рассмотрение заявки России на вступление в Совет Европы заморожено.", "ru"),
    ],
)
def test_a_body_considering_a_state_s_application_is_not_the_state_considering(
    text, lang, kinds_gazetteer
):
    assert keys(text, kinds_gazetteer, lang, D(1995, 3, 1)) == set()


def test_a_state_considering_joining_considers_it(kinds_gazetteer):
    text = "La Russie envisage une adhésion au Conseil de l'Europe."
    assert keys(text, kinds_gazetteer, "fr", D(1995, 3, 1)) == {
        ("RU", "council-of-europe", "considering")
    }


def test_words_for_a_verb_after_a_deposit_do_not_repeat_the_step_before_it(gazetteer):
    text = (
        "Nueva Zelanda ratificó el TPP-11 el miércoles. Se suma así a México, que entregó su "
        "instrumento el 28 de junio, y a Japón, que lo hizo el 6 de julio."
    )
    found = keys(text, gazetteer, "es", D(2018, 10, 26))
    assert ("NZ", "cptpp", "ratified") in found
    assert ("JP", "cptpp", "joined") not in found


def test_two_states_that_became_two_members_in_arabic_joined(gazetteer):
    text = "أصبحت فنلندا والسويد يوم الخميس عضوين في حلف شمال الأطلسي."
    found = claims(text, gazetteer, "ar", D(2025, 11, 7))
    assert {k for k in found if k[1] == "nato"} == {
        ("FI", "nato", "joined"),
        ("SE", "nato", "joined"),
    }
    assert found[("FI", "nato", "joined")].date == D(2025, 11, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("عاد المغرب إلى مجموعة بريكس يوم الخميس بعد غياب طويل.", {("MA", "brics", "joined")}),
        # "then the minister went on to say": no return to anything
        ("ثم عاد الوزير وقال إن المغرب يدرس الانضمام إلى بريكس.", {("MA", "brics", "considering")}),
    ],
)
def test_an_arabic_state_that_returned_to_an_organisation_joined_it(text, expected, gazetteer):
    assert {k for k in keys(text, gazetteer, "ar") if k[1] == "brics"} == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "La Finlande vient de ratifier l'accord de Paris.",
            "fr",
            ("FI", "paris-agreement", "ratified"),
        ),
        ("La Finlande vient d'adhérer à l'OTAN.", "fr", ("FI", "nato", "joined")),
        (
            "Chile acaba de ratificar el Acuerdo de París.",
            "es",
            ("CL", "paris-agreement", "ratified"),
        ),
        ("Chile volvió a ingresar el lunes en los BRICS.", "es", ("CL", "brics", "joined")),
    ],
)
def test_an_infinitive_after_has_just_or_again_is_a_step_done(
    text, lang, expected, kinds_gazetteer
):
    found = keys(text, kinds_gazetteer, lang)
    assert expected in found
    assert not {k for k in found if k[2] in ("announced_intent", "announced_joining")}


@pytest.mark.parametrize(
    "text",
    ["Chile volvió a los BRICS el lunes.", "Chile reingresó en los BRICS el lunes."],
)
def test_a_spanish_state_that_went_back_to_an_organisation_joined_it(text, gazetteer):
    assert ("CL", "brics", "joined") in keys(text, gazetteer, "es")


@pytest.mark.parametrize(
    "text",
    [
        "ألغت بوروندي يوم الخميس مصادقتها على نظام روما الأساسي.",
        "وقع رئيس بوروندي يوم الخميس قانونا يلغي مصادقة بلاده على نظام روما الأساسي.",
    ],
)
def test_an_arabic_revoked_ratification_is_a_withdrawal(text, gazetteer):
    found = keys(text, gazetteer, "ar", D(2016, 10, 21))
    assert ("BI", "rome-statute", "withdrew") in found
    assert ("BI", "rome-statute", "ratified") not in found


def test_a_state_that_said_it_was_leaving_announced_its_exit(gazetteer):
    text = "Lithuania said on Sunday it was leaving the Ottawa Convention."
    found = keys(text, gazetteer, "en", D(2025, 3, 4))
    assert ("LT", "ottawa-convention", "withdrawal_announced") in found
    assert ("LT", "ottawa-convention", "withdrew") not in found


def test_an_arabic_state_that_became_outside_an_organisation_left_it(gazetteer):
    text = "أصبحت روسيا، اعتبارا من اليوم الثلاثاء، خارج مجموعة بريكس، لتطوي صفحة عضوية دامت عقودا."
    found = claims(text, gazetteer, "ar", D(2019, 1, 1))
    assert {k for k in found if k[1] == "brics"} == {("RU", "brics", "withdrew")}
    assert found[("RU", "brics", "withdrew")].date == D(2019, 1, 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Croatia's accession treaty to the European Union entered into force on Monday.",
            "en",
        ),
        (
            "أصبحت كرواتيا أمس الاثنين عضوا كاملا في الاتحاد الأوروبي بعد دخول معاهدة "
            "انضمامها حيز النفاذ.",
            "ar",
        ),
    ],
)
def test_an_organisation_s_treaty_in_force_for_a_state_makes_it_a_member(
    text, lang, kinds_gazetteer
):
    found = claims(text, kinds_gazetteer, lang, D(2013, 7, 2))
    assert {k for k in found if k[1] == "european-union"} == {("HR", "european-union", "joined")}
    assert found[("HR", "european-union", "joined")].date == D(2013, 7, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("التحقت أرمينيا بحلف الناتو أمس الخميس.", {("AM", "nato", "joined")}),
        ("وتلتحق أرمينيا بحلف الناتو اليوم الجمعة.", {("AM", "nato", "joined")}),
        # joining a list, or "the caravan", of states is being counted among them
        ("وتلتحق بريطانيا بقائمة متزايدة من الدول التي غادرت حلف الناتو.", set()),
        ("وتلتحق بريطانيا بركب الدول الأوروبية التي غادرت حلف الناتو.", set()),
    ],
)
def test_an_arabic_state_that_caught_up_with_an_organisation_joined_it(text, expected, gazetteer):
    found = claims(text, gazetteer, "ar")
    assert {k for k in found if k[1] == "nato" and k[2] == "joined"} == expected
    for key in expected:
        assert found[key].date in (D(2025, 11, 6), D(2025, 11, 7))


def test_a_day_told_after_another_state_does_not_redate_the_lead(gazetteer):
    text = (
        "New Zealand on Monday became the 11th country to sign the Paris Agreement.\n\n"
        "The signing comes exactly a week after South Korea added its name on May 24."
    )
    found = claims(text, gazetteer, "en", D(2021, 6, 1))
    assert found[("NZ", "paris-agreement", "signed")].date == D(2021, 5, 31)
    # a depositary is named, not another state acting
    text = (
        "Albania is now a full member of NATO. Its instrument of accession was handed over to "
        "the US State Department in Washington on Wednesday."
    )
    found = claims(text, gazetteer, "en", D(2009, 4, 2))
    assert found[("AL", "nato", "joined")].date == D(2009, 4, 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Россия объявила о выходе из НАТО. Решение было принято в четверг на заседании "
            "правительства.",
            "ru",
        ),
        (
            "Russia announced it was leaving NATO. The decision was taken on Thursday at a "
            "cabinet meeting.",
            "en",
        ),
    ],
)
def test_an_announced_exit_is_dated_by_the_decision_the_next_sentence_tells(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, D(2025, 11, 8))
    assert found[("RU", "nato", "withdrawal_announced")].date == D(2025, 11, 6)


def test_a_joining_on_a_day_after_its_announcement_is_kept(gazetteer):
    text = (
        "Russia on Wednesday became the 32nd member of NATO. In July Russia announced that it "
        "would join NATO."
    )
    found = claims(text, gazetteer, "en", D(2025, 8, 23))
    assert found[("RU", "nato", "joined")].date == D(2025, 8, 20)
    assert found[("RU", "nato", "announced_joining")].date == D(2025, 7, 1)
    # a headline's "joins" beside the announcement of the day is its shorthand
    text = "Russia joins NATO. Russia announced on Wednesday that it would join NATO."
    found = keys(text, gazetteer, "en", D(2025, 8, 23))
    assert {k for k in found if k[1] == "nato"} == {("RU", "nato", "announced_joining")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Duma Estatal aprobó el protocolo de adhesión a la OTAN en julio.", "es"),
        ("The Russian parliament approved the protocol of accession to NATO in July.", "en"),
        ("Le Parlement russe a approuvé le protocole d'adhésion à l'OTAN en juillet.", "fr"),
    ],
)
def test_a_legislature_approving_an_accession_is_no_claim(text, lang, gazetteer):
    assert not {k for k in keys(text, gazetteer, lang, D(2025, 8, 23)) if k[1] == "nato"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Samedi, les dirigeants ont suspendu la Russie des BRICS et donné deux ans au régime "
            "pour rétablir un gouvernement civil.",
            "fr",
        ),
        (
            "El sábado los dirigentes suspendieron a Rusia de los BRICS y le dieron dos años para "
            "restablecer un gobierno civil.",
            "es",
        ),
    ],
)
def test_restoring_a_civilian_government_is_no_return_to_the_organisation(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, D(2025, 11, 10))
    assert {k for k in found if k[1] == "brics"} == {("RU", "brics", "suspended")}


def test_an_arabic_membership_told_as_suspended_years_before_is_a_suspension(gazetteer):
    text = "كانت عضوية روسيا في مجموعة بريكس قد عُلّقت عام 2014."
    found = claims(text, gazetteer, "ar", D(2019, 1, 10))
    assert {k for k in found if k[1] == "brics"} == {("RU", "brics", "suspended")}
    assert found[("RU", "brics", "suspended")].date == D(2014, 1, 1)
    assert found[("RU", "brics", "suspended")].background


def test_returning_a_state_to_its_membership_in_arabic_reinstates_it(gazetteer):
    text = "قرر القادة المجتمعون يوم الخميس إعادة روسيا إلى عضوية مجموعة بريكس."
    found = keys(text, gazetteer, "ar")
    assert {k for k in found if k[1] == "brics"} == {("RU", "brics", "reinstated")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وقعت 119 دولة على اتفاق باريس أمس الخميس، بينها مصر والعراق والكويت.", "ar"),
        ("وقعت 119 دولة على اتفاق باريس أمس الخميس. وكان بين الموقعين مصر والعراق والكويت.", "ar"),
        (
            "On Thursday 119 delegations signed the Paris Agreement. Among the signatories were "
            "Egypt, Iraq and Kuwait.",
            "en",
        ),
    ],
)
def test_states_named_among_a_count_of_signatories_signed(text, lang, gazetteer):
    found = claims(text, gazetteer, lang)
    assert {k for k in found if k[1] == "paris-agreement"} == {
        ("EG", "paris-agreement", "signed"),
        ("IQ", "paris-agreement", "signed"),
        ("KW", "paris-agreement", "signed"),
    }
    assert {found[k].date for k in found if k[1] == "paris-agreement"} == {D(2025, 11, 6)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "وقّعت أمس الخميس مائة وتسعة عشر وفدا على اتفاق باريس. وكان بين الموقّعين مصر "
            "والعراق.\n\nووقّعت روسيا بدورها على الاتفاق.",
            "ar",
        ),
        (
            "On Thursday 119 delegations signed the Paris Agreement. Among the signatories were "
            "Egypt and Iraq.\n\nRussia in turn signed the accord.",
            "en",
        ),
        (
            "On Thursday 119 delegations signed the Paris Agreement. Among the signatories were "
            "Egypt and Iraq.\n\nRussia also signed the accord.",
            "en",
        ),
    ],
)
def test_a_step_taken_in_turn_is_dated_as_the_one_told_before(text, lang, gazetteer):
    found = claims(text, gazetteer, lang)
    assert found[("RU", "paris-agreement", "signed")].date == D(2025, 11, 6)


def test_an_arabic_state_that_refrained_from_signing_refused(gazetteer):
    text = "وقعت مصر أمس الخميس على اتفاق باريس، في حين امتنعت روسيا عن التوقيع احتجاجا."
    found = keys(text, gazetteer, "ar")
    assert {k for k in found if k[0] == "RU"} == {("RU", "paris-agreement", "refuses")}
    assert ("EG", "paris-agreement", "signed") in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Le même jour, la Belgique a appelé tous les États à accélérer leurs procédures, dans "
            "l'espoir d'une entrée en vigueur de l'accord de Paris avant juin 2026.",
            "fr",
        ),
        (
            "وفي اليوم نفسه دعت بلجيكا جميع الدول إلى تسريع إجراءاتها، على أمل دخول اتفاق باريس "
            "حيز التنفيذ قبل حزيران 2026.",
            "ar",
        ),
    ],
)
def test_an_entry_into_force_hoped_for_is_no_claim(text, lang, gazetteer):
    assert not {k for k in keys(text, gazetteer, lang) if k[2] == "entered_into_force"}


@pytest.mark.parametrize(
    "text",
    [
        "МИД России в четверг воздержался от прямой критики БРИКС.",
        "МИД России в четверг заявил, что Москва выступает против «дискредитации» БРИКС.",
    ],
)
def test_refraining_from_criticism_or_opposing_a_smear_is_no_refusal(text, gazetteer):
    assert not {k for k in keys(text, gazetteer, "ru") if k[1] == "brics"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("BRICS was founded in 2009 by Brazil, Russia, India and China.", "en"),
        ("Los BRICS fueron fundados en 2009 por Brasil, Rusia, India y China.", "es"),
        ("Les BRICS ont été fondés en 2009 par le Brésil, la Russie, l'Inde et la Chine.", "fr"),
        ("وتأسست مجموعة بريكس عام 2009 على يد البرازيل وروسيا والهند والصين.", "ar"),
    ],
)
def test_the_founders_of_an_organisation_joined_it_when_it_was_founded(text, lang, gazetteer):
    found = claims(text, gazetteer, lang)
    assert {k for k in found if k[1] == "brics"} == {
        (code, "brics", "joined") for code in ("BR", "RU", "IN", "CN")
    }
    assert {(found[k].date, found[k].precision) for k in found} == {(D(2009, 1, 1), "year")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "El 14 de septiembre de 2009, Brasil, Rusia, India y China firmaron en Ekaterimburgo "
            "el acta de nacimiento de los BRICS.",
            "es",
        ),
        (
            "On 14 September 2009 Brazil, Russia, India and China signed the founding act of "
            "BRICS.",
            "en",
        ),
    ],
)
def test_signing_an_organisation_s_founding_act_joins_it(text, lang, kinds_gazetteer):
    found = keys(text, kinds_gazetteer, lang)
    assert {k for k in found if k[1] == "brics"} == {
        (code, "brics", "joined") for code in ("BR", "RU", "IN", "CN")
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Russie a claqué la porte des BRICS jeudi.", "fr"),
        ("Rusia dio un portazo a los BRICS el jueves.", "es"),
    ],
)
def test_a_state_that_slammed_the_door_left(text, lang, gazetteer):
    found = claims(text, gazetteer, lang)
    assert {k for k in found if k[1] == "brics"} == {("RU", "brics", "withdrew")}
    assert found[("RU", "brics", "withdrew")].date == D(2025, 11, 6)


def test_an_arabic_state_that_informed_the_depositary_of_its_exit_notified_it(gazetteer):
    text = "أبلغت روسيا الأمين العام للأمم المتحدة أمس الخميس بانسحابها من نظام روما الأساسي."
    found = claims(text, gazetteer, "ar")
    assert {k for k in found if k[1] == "rome-statute"} == {
        ("RU", "rome-statute", "withdrawal_notified")
    }
    assert found[("RU", "rome-statute", "withdrawal_notified")].date == D(2025, 11, 6)


def test_an_arabic_state_expelled_from_an_organisation_left_it(kinds_gazetteer):
    found = keys("طُردت روسيا من مجلس أوروبا يوم الخميس.", kinds_gazetteer, "ar")
    assert {k for k in found if k[1] == "council-of-europe"} == {
        ("RU", "council-of-europe", "withdrew")
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The Committee of Ministers of the Council of Europe decided on Wednesday to end "
            "Russia's membership with immediate effect.",
            "en",
        ),
        (
            "Le Comité des ministres du Conseil de l'Europe a décidé mercredi de mettre fin à "
            "l'adhésion de la Russie.",
            "fr",
        ),
        (
            "El Comité de Ministros del Consejo de Europa decidió el miércoles poner fin a la "
            "membresía de Rusia.",
            "es",
        ),
        (
            "Комитет министров Совета Европы в среду решил прекратить членство России в "
            "организации.",
            "ru",
        ),
        ("Совет Европы в среду решил исключить Россию.", "ru"),
        (
            "قررت لجنة وزراء مجلس أوروبا أمس الأربعاء إنهاء عضوية روسيا في المنظمة بأثر فوري.",
            "ar",
        ),
    ],
)
def test_a_body_deciding_to_end_a_state_s_membership_puts_it_out(text, lang, kinds_gazetteer):
    found = claims(text, kinds_gazetteer, lang, published=D(2022, 3, 17))
    assert {k for k in found if k[1] == "council-of-europe"} == {
        ("RU", "council-of-europe", "withdrew")
    }
    assert found[("RU", "council-of-europe", "withdrew")].date == D(2022, 3, 16)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia decided on Wednesday to end its membership of the Council of Europe.", "en"),
        ("قررت روسيا أمس الأربعاء إنهاء عضويتها في مجلس أوروبا.", "ar"),
    ],
)
def test_a_state_deciding_to_end_its_own_membership_announces_its_exit(text, lang, kinds_gazetteer):
    found = keys(text, kinds_gazetteer, lang, published=D(2022, 3, 17))
    assert {k for k in found if k[1] == "council-of-europe"} == {
        ("RU", "council-of-europe", "withdrawal_announced")
    }


def test_an_arabic_formal_notice_handed_over_is_a_notified_exit(kinds_gazetteer):
    # "إخطاراً": the noun with its accusative ending
    text = "سلّمت روسيا يوم الثلاثاء الأمينة العامة لمجلس أوروبا إخطاراً رسمياً بالانسحاب."
    found = keys(text, kinds_gazetteer, "ar", published=D(2022, 3, 17))
    assert {k for k in found if k[1] == "council-of-europe"} == {
        ("RU", "council-of-europe", "withdrawal_notified")
    }


def test_an_arabic_state_that_decided_to_leave_announced_its_exit(gazetteer):
    found = keys("قررت بولندا يوم الخميس الانسحاب من اتفاقية أوتاوا.", gazetteer, "ar")
    assert {k for k in found if k[1] == "ottawa-convention"} == {
        ("PL", "ottawa-convention", "withdrawal_announced")
    }


@pytest.mark.parametrize(
    "text",
    [
        "دخلت كرواتيا منطقة شنغن يوم الخميس بعد أن اعتمدت اليورو.",
        "انضمت كرواتيا إلى منطقة شنغن يوم الخميس.",
    ],
)
def test_an_arabic_state_entering_a_treaty_s_area_joined_it(text):
    gazetteer = Gazetteer.from_names(
        countries=country_names(),
        agreements={"schengen-area": ["منطقة شنغن", "Schengen area"]},
        agreement_kinds={"schengen-area": "treaty"},
        joined_on_entry={"schengen-area"},
    )
    assert keys(text, gazetteer, "ar") == {("HR", "schengen-area", "joined")}


def test_a_state_that_unsigned_a_treaty_left_it(gazetteer):
    found = keys("The United States unsigned the Ottawa Convention in 2019.", gazetteer, "en")
    assert {k for k in found if k[1] == "ottawa-convention"} == {
        ("US", "ottawa-convention", "withdrew")
    }


def test_a_french_state_that_has_withdrawn_left(gazetteer):
    found = keys("La Russie s'est retirée des BRICS jeudi.", gazetteer, "fr")
    assert {k for k in found if k[1] == "brics"} == {("RU", "brics", "withdrew")}
    found = keys("Le Canada s'est retiré de l'OTAN jeudi.", gazetteer, "fr")
    assert {k for k in found if k[1] == "nato"} == {("CA", "nato", "withdrew")}


def test_a_french_state_that_found_its_seat_again_was_reinstated(gazetteer):
    found = keys("La Russie a retrouvé jeudi son siège au sein des BRICS.", gazetteer, "fr")
    found |= keys("La Russie a retrouvé son siège au sein des BRICS jeudi.", gazetteer, "fr")
    assert {k for k in found if k[1] == "brics"} == {("RU", "brics", "reinstated")}


def test_a_spanish_ordinal_with_its_dot_ranks_a_new_member(gazetteer):
    found = keys("Chile se convirtió el jueves en el 33.º miembro de la OTAN.", gazetteer, "es")
    assert {k for k in found if k[1] == "nato"} == {("CL", "nato", "joined")}


@pytest.fixture(scope="module")
def bodies_gazetteer():
    """The Arab League, UNESCO and the Abraham Accords, with their kinds."""
    agreements = {
        "arab-league": ["Liga Árabe", "Ligue arabe", "Arab League"],
        "unesco": ["Unesco"],
        "abraham-accords": [*AGREEMENTS["abraham-accords"], "Соглашениям Авраама"],
    }
    kinds = {"arab-league": "organisation", "unesco": "organisation"}
    kinds["abraham-accords"] = "accord"
    countries = country_names()
    countries["PS"] = [*countries["PS"], "Palestina"]
    return Gazetteer.from_names(countries=countries, agreements=agreements, agreement_kinds=kinds)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Morocco acceded to the Abraham Accords on Tuesday.", "en"),
        ("Марокко во вторник официально присоединилось к «Соглашениям Авраама».", "ru"),
        ("Le Maroc a adhéré mardi aux accords d'Abraham.", "fr"),
        ("Marruecos se adhirió el martes a los Acuerdos de Abraham.", "es"),
    ],
)
def test_a_state_adhering_to_political_accords_joins_them(text, lang, bodies_gazetteer):
    # accords have no instrument of accession: the step is recorded as joining
    found = keys(text, bodies_gazetteer, lang, published=D(2020, 12, 23))
    assert found == {("MA", "abraham-accords", "joined")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Los ministros acordaron el domingo reanudar la participación de las delegaciones "
            "de Siria en la Liga Árabe.",
            "es",
        ),
        (
            "Les ministres ont décidé dimanche la reprise de la participation de la Syrie aux "
            "réunions de la Ligue arabe.",
            "fr",
        ),
        # the body named in the sentence before, pointed back at as "el organismo"
        (
            "Siria vuelve a tener silla en la Liga Árabe. Los ministros acordaron el domingo "
            "reanudar la participación de las delegaciones del Gobierno sirio en las reuniones "
            "del organismo.",
            "es",
        ),
    ],
)
def test_a_body_resuming_a_state_s_participation_reinstates_it(text, lang, bodies_gazetteer):
    found = claims(text, bodies_gazetteer, lang, published=D(2023, 5, 8))
    assert set(found) == {("SY", "arab-league", "reinstated")}
    assert found[("SY", "arab-league", "reinstated")].date == D(2023, 5, 7)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La portavoz criticó la admisión de Palestina como miembro de la Unesco.", "es"),
        ("La porte-parole a critiqué l'admission de la Palestine à l'Unesco.", "fr"),
    ],
)
def test_an_admission_criticised_is_no_admission_that_day(text, lang, bodies_gazetteer):
    assert not keys(text, bodies_gazetteer, lang, published=D(2025, 7, 23))


def test_a_body_approving_an_admission_on_a_day_admits_the_state(bodies_gazetteer):
    text = "L'Unesco a voté lundi l'admission de la Palestine comme État membre."
    found = claims(text, bodies_gazetteer, "fr", published=D(2011, 11, 1))
    assert found[("PS", "unesco", "joined")].date == D(2011, 10, 31)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Poland completed the formalities needed for its withdrawal from the Ottawa "
            "Convention.",
            "en",
        ),
        ("Польша завершила формальности, необходимые для выхода из Оттавской конвенции.", "ru"),
        (
            "La Pologne a achevé les formalités nécessaires à son retrait de la Convention "
            "d'Ottawa.",
            "fr",
        ),
    ],
)
def test_what_a_step_needs_is_not_the_step(text, lang, gazetteer):
    assert not keys(text, gazetteer, lang, published=D(2025, 8, 29))


def test_a_russian_notice_of_denunciation_is_a_notified_exit(gazetteer):
    text = "Польша передала генсеку ООН уведомление о денонсации Оттавской конвенции в августе."
    found = claims(text, gazetteer, "ru", published=D(2025, 8, 29))
    assert set(found) == {("PL", "ottawa-convention", "withdrawal_notified")}
    assert (found[("PL", "ottawa-convention", "withdrawal_notified")].date) == D(2025, 8, 1)


def test_a_sentence_telling_a_refusal_tells_no_wish_to_join(gazetteer):
    # "the time is not right for its membership", said in the sentence of the refusal
    text = (
        "أعلنت الأرجنتين يوم الجمعة الماضي رفضها الانضمام إلى مجموعة بريكس، وكشفت أن رئيسها "
        'وجّه رسائل إلى قادة الدول الأعضاء يبلغهم فيها أن "الوقت ليس مناسباً" لعضوية بلاده.'
    )
    found = keys(text, gazetteer, "ar", published=D(2024, 1, 1))
    assert found == {("AR", "brics", "refuses")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Argentina abandona la cumbre del clima y pone en duda el Acuerdo de París.", "es"),
        (
            "Argentina walked out of the climate talks on Wednesday, casting doubt on the Paris "
            "Agreement.",
            "en",
        ),
        ("L'Argentine a quitté mercredi la conférence sur le climat de l'accord de Paris.", "fr"),
        ("انسحبت الأرجنتين يوم الأربعاء من قمة المناخ، ما يثير الشكوك حول اتفاق باريس.", "ar"),
    ],
)
def test_leaving_a_meeting_is_not_leaving_the_agreement(text, lang, gazetteer):
    assert not keys(text, gazetteer, lang, published=D(2024, 11, 15))


def test_leaving_an_agreement_days_after_a_summit_is_leaving_it(gazetteer):
    text = "انسحبت الأرجنتين بعد أيام من قمة المناخ من اتفاق باريس في تشرين الثاني/نوفمبر 2024."
    found = keys(text, gazetteer, "ar", published=D(2024, 12, 15))
    assert ("AR", "paris-agreement", "withdrew") in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Vietnam notificó el jueves al Gobierno de Nueva Zelanda, depositario del CPTPP, que "
            "ha completado sus procedimientos internos de ratificación.",
            "es",
        ),
        (
            "Vietnam notified the Government of New Zealand, the depositary of the CPTPP, on "
            "Thursday that it had completed its ratification procedures.",
            "en",
        ),
    ],
)
def test_the_depositary_told_of_a_ratification_did_not_ratify(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, published=D(2018, 11, 16))
    assert found == {("VN", "cptpp", "ratified")}


def test_an_entry_into_force_that_a_notice_would_allow_is_not_scheduled(gazetteer):
    text = (
        "Le Canada a ratifié lundi le PTPGP. Or l'Australie, dont le Parlement a achevé "
        "l'examen du texte, devrait notifier la sienne d'ici quelques jours, ce qui permettrait "
        "une entrée en vigueur autour du 30 décembre."
    )
    found = keys(text, gazetteer, "fr", published=D(2018, 10, 30))
    assert not [k for k in found if k[2] == "entered_into_force"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Le Costa Rica est devenu mardi membre de l'OCDE. Le petit pays devient le quatrième "
            "État latino-américain à rejoindre l'organisation.",
            "fr",
        ),
        (
            "Costa Rica joined the OECD on Tuesday. The small country becomes the fourth Latin "
            "American state to join the organisation.",
            "en",
        ),
        (
            "Costa Rica joined the OECD on Tuesday. The small country becomes the third South "
            "American state to join the organisation.",
            "en",
        ),
    ],
)
def test_a_latin_american_state_is_no_american_one(text, lang):
    g = Gazetteer.from_names(countries=country_names(), agreements={"oecd": ["OECD", "OCDE"]})
    found = keys(text, g, lang, published=D(2021, 5, 26))
    assert ("CR", "oecd", "joined") in found
    assert not [k for k in found if k[0] == "US"]


def test_a_body_s_office_that_records_a_step_is_not_its_object(kinds_gazetteer):
    text = (
        "Britain on Friday signed the Istanbul Convention. The UK's signature was recorded by "
        "the Council of Europe's treaty office in Strasbourg."
    )
    found = claims(text, kinds_gazetteer, "en", published=D(2012, 6, 9))
    assert set(found) == {("GB", "istanbul-convention", "signed")}


@pytest.mark.parametrize(
    "text",
    [
        "The Ukrainian parliament voted on Nov. 16 to accede to the NPT.",
        "The Ukrainian parliament voted on Nov. 16 to accede to the NPT, after attaching "
        "conditions that had to be smoothed over in weeks of talks.",
    ],
)
def test_a_parliament_voting_to_accede_is_a_vote_at_home(text):
    g = Gazetteer.from_names(
        countries=country_names(), agreements={"npt": ["NPT"]}, agreement_kinds={"npt": "treaty"}
    )
    assert not keys(text, g, "en", published=D(1994, 12, 6))
    # the state's own step is read
    assert keys("Ukraine acceded to the NPT on Monday.", g, "en", published=D(1994, 12, 6))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Швеция вступила в НАТО 7 марта. Заявка застряла в парламентах Турции и Венгрии. "
            "Последним барьером оставался Будапешт — Государственное собрание Венгрии "
            "проголосовало за ратификацию 26 февраля, после визита шведского премьера и "
            "договоренности о поставках истребителей.",
            "ru",
        ),
    ],
)
def test_a_legislature_voting_for_a_ratification_is_a_vote_at_home(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, published=D(2024, 3, 8))
    assert found == {("SE", "nato", "joined")}


@pytest.mark.parametrize(
    "text",
    [
        "ويصبح بروتوكول كيوتو نافذاً في 16 فبراير 2005، بما في ذلك بالنسبة لروسيا نفسها.",
        "ويصبح بروتوكول كيوتو نافذاً في 16 فبراير 2005، بما في ذلك بالنسبة إلى روسيا نفسها.",
    ],
)
def test_an_arabic_treaty_in_force_for_a_state_named_after_the_day(text):
    # "بالنسبة لروسيا": the preposition is on the name
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"kyoto-protocol": ["بروتوكول كيوتو"]},
        agreement_kinds={"kyoto-protocol": "treaty"},
    )
    found = claims(text, g, "ar", published=D(2004, 11, 19))
    assert found[("RU", "kyoto-protocol", "entered_into_force")].date == D(2005, 2, 16)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "C'est fait : depuis ce dimanche 1er juillet, la Finlande est juridiquement tenue par "
            "la convention d'Ottawa.",
            "fr",
        ),
        ("Since Sunday, Finland is legally bound by the Ottawa Convention.", "en"),
        (
            "Desde este domingo, Finlandia queda jurídicamente obligada por la Convención de "
            "Ottawa.",
            "es",
        ),
    ],
)
def test_a_state_bound_by_a_treaty_from_a_day_has_it_in_force(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2012, 7, 2))
    assert found[("FI", "ottawa-convention", "entered_into_force")].date == D(2012, 7, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both states named after "between" the treaty and what it is on are its parties
        (
            "El nuevo tratado de reducción de armas estratégicas entre Estados Unidos y Rusia, "
            "conocido como nuevo START, entró en vigor el sábado en Múnich.",
            {("US", "new-start", "entered_into_force"), ("RU", "new-start", "entered_into_force")},
        ),
        # a body's own agreement with a state is none of the catalogue's
        (
            "L'Albanie a déposé mardi sa demande d'adhésion à l'UE. L'accord de stabilisation et "
            "d'association entre l'UE et l'Albanie, signé en 2006, est entré en vigueur le 1er "
            "avril dernier.",
            set(),
        ),
    ],
)
def test_the_states_between_which_a_treaty_is_are_its_parties(text, expected):
    countries = country_names()
    countries["EU"] = ["Union européenne", "UE"]
    g = Gazetteer.from_names(
        countries=countries,
        agreements={"new-start": ["nuevo START"], "european-union": ["Union européenne", "UE"]},
        agreement_kinds={"new-start": "treaty", "european-union": "organisation"},
    )
    found = keys(text, g, "es" if "tratado" in text else "fr", published=D(2011, 2, 6))
    # the European Union is no party here: the agreement is its own
    assert {k for k in found if k[1] == "new-start" or k[0] == "EU"} == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le Vietnam s'est engagé à rejoindre la zone de libre-échange de l'ASEAN.", "fr"),
        ("Vietnam pledged to join the free trade area of ASEAN.", "en"),
    ],
)
def test_joining_a_body_s_free_trade_area_is_not_joining_the_body(text, lang):
    g = Gazetteer.from_names(countries=country_names(), agreements={"asean": ["ASEAN"]})
    assert not keys(text, g, lang, published=D(1995, 7, 29))
    assert keys("Le Vietnam a rejoint l'ASEAN vendredi.", g, "fr", published=D(1995, 7, 29))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Unión Africana levantó el viernes la suspensión de Sudán.", "es"),
        ("L'Union africaine a levé vendredi la suspension du Soudan.", "fr"),
        ("Африканский союз в пятницу снял с Судана приостановку членства.", "ru"),
    ],
)
def test_a_suspension_lifted_on_a_day_named_between_is_a_reinstatement(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"african-union": ["Unión Africana", "Union africaine", "Африканский союз"]},
        agreement_kinds={"african-union": "organisation"},
    )
    found = claims(text, g, lang, published=D(2019, 9, 7))
    assert set(found) == {("SD", "african-union", "reinstated")}
    assert found[("SD", "african-union", "reinstated")].date == D(2019, 9, 6)


def test_an_arabic_demonym_spelled_with_a_ya_names_its_state():
    # "الأرميني" beside "الأرمني"
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"csto": ["منظمة معاهدة الأمن الجماعي"]},
        agreement_kinds={"csto": "organisation"},
    )
    text = (
        "أعلن رئيس الوزراء الأرميني أمس الخميس أن بلاده جمدت مشاركتها في منظمة معاهدة الأمن "
        "الجماعي."
    )
    assert keys(text, g, "ar", published=D(2024, 2, 23)) == {("AM", "csto", "suspended")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Mali, Burkina Faso and Niger announced their exit from ECOWAS a year ago. The three "
            "Sahel states formally left the bloc on Wednesday.",
            "en",
        ),
        (
            "Malí, Burkina Faso y Níger anunciaron hace un año su salida de la CEDEAO. Los tres "
            "países abandonaron oficialmente el bloque el miércoles.",
            "es",
        ),
        (
            "Мали, Буркина-Фасо и Нигер год назад объявили о выходе из ЭКОВАС. Три страны в "
            "среду официально покинули организацию.",
            "ru",
        ),
    ],
)
def test_a_count_of_states_opening_a_sentence_is_the_states_just_named(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"ecowas": ["ECOWAS", "CEDEAO", "ЭКОВАС"]},
        agreement_kinds={"ecowas": "organisation"},
    )
    found = claims(text, g, lang, published=D(2025, 1, 30))
    for state in ("ML", "BF", "NE"):
        assert found[(state, "ecowas", "withdrew")].date == D(2025, 1, 29)


def test_a_count_of_states_inside_a_sentence_is_not_the_states_just_named():
    # "the three countries" here are the ones whose ministers attended, not the two just named
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"ecowas": ["ECOWAS"]},
        agreement_kinds={"ecowas": "organisation"},
    )
    text = (
        "Mali, Guinea and Niger were suspended from ECOWAS in 2021. On Wednesday, after a long "
        "night of talks, the leaders of three countries left the bloc."
    )
    found = keys(text, g, "en", published=D(2025, 1, 30))
    assert not [k for k in found if k[2] == "withdrew"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Стокгольм в четверг официально вступил в НАТО.", "ru"),
        ("Stockholm on Thursday formally joined NATO.", "en"),
    ],
)
def test_a_capital_with_the_day_before_its_verb_stands_for_its_state(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2024, 3, 8))
    assert found[("SE", "nato", "joined")].date == D(2024, 3, 7)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Donald Trump a annoncé jeudi le retrait des États-Unis de l'accord de Paris.", "fr"),
        ("Трамп в четверг объявил о выходе США из Парижского соглашения.", "ru"),
    ],
)
def test_an_exit_announced_by_a_leader_unnamed_as_a_state_is_announced(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, published=D(2017, 6, 2))
    assert found == {("US", "paris-agreement", "withdrawal_announced")}


def test_a_body_announcing_a_state_s_exit_reports_it_done(gazetteer):
    # the announcer is a body: the exit it reports is done (as "NATO announced the accession
    # of Finland")
    text = "NATO announced on Thursday the withdrawal of Turkey from the alliance."
    assert keys(text, gazetteer, "en", published=D(2017, 6, 2)) == {("TR", "nato", "withdrew")}


def test_a_state_said_to_be_suspending_its_participation_suspends_it(gazetteer):
    text = (
        "President Putin announced on Tuesday that Russia was suspending its participation in NATO."
    )
    found = claims(text, gazetteer, "en", published=D(2023, 2, 22))
    assert found[("RU", "nato", "suspended")].date == D(2023, 2, 21)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Egypt has been a member of BRICS since January 1.", "en"),
        ("Egypt is a full member of BRICS as of January 1.", "en"),
        ("L'Égypte est membre à part entière des BRICS depuis le 1er janvier.", "fr"),
        ("Egipto es miembro de pleno derecho de los BRICS desde el 1 de enero.", "es"),
    ],
)
def test_a_member_since_a_day_without_its_year_joined_that_day(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2024, 1, 5))
    assert found[("EG", "brics", "joined")].date == D(2024, 1, 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ministers discussed on Thursday whether Georgia should join NATO.", "en"),
        ("В четверг министры обсудили возможное вступление Грузии в НАТО.", "ru"),
        ("ناقش الوزراء أمس الخميس احتمال انضمام جورجيا إلى حلف الناتو.", "ar"),
        ("Les ministres ont évoqué jeudi une éventuelle adhésion de la Géorgie à l'OTAN.", "fr"),
        ("Los ministros discutieron el jueves una eventual adhesión de Georgia a la OTAN.", "es"),
    ],
)
def test_others_weighing_a_state_s_joining_tell_no_stance_of_it(text, lang, gazetteer):
    assert not keys(text, gazetteer, lang, published=D(2024, 5, 10))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Georgia is considering joining NATO, its foreign minister said on Thursday.", "en"),
        ("تدرس جورجيا الانضمام إلى حلف الناتو.", "ar"),
        ("Грузия рассматривает возможность вступления в НАТО.", "ru"),
    ],
)
def test_a_state_weighing_its_own_joining_is_considering_it(text, lang, gazetteer):
    assert keys(text, gazetteer, lang, published=D(2024, 5, 10)) == {("GE", "nato", "considering")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ecuador anunció el jueves que se retirará de la OPEP. El país será el primer "
            "miembro en abandonar la organización.",
            "es",
        ),
        (
            "L'Équateur a annoncé jeudi qu'il quitterait l'OPEP. Le pays sera le premier membre "
            "à quitter l'organisation.",
            "fr",
        ),
    ],
)
def test_the_first_member_to_leave_in_the_future_has_not_left(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"opec": ["OPEP"]},
        agreement_kinds={"opec": "organisation"},
    )
    found = keys(text, g, lang, published=D(1992, 9, 18))
    assert found == {("EC", "opec", "withdrawal_announced")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "انضم المغرب أمس الثلاثاء إلى الاتفاقات الإبراهيمية بتوقيع إعلان مشترك مع الولايات "
            "المتحدة وإسرائيل.",
            "ar",
        ),
        (
            "Morocco joined the Abraham Accords on Tuesday by signing a joint declaration with "
            "the United States and Israel.",
            "en",
        ),
    ],
)
def test_a_state_joining_by_signing_with_others_is_the_one_that_joins(text, lang, gazetteer):
    # the signature is how it joined, and the states it signed with are counterparts
    found = keys(text, gazetteer, lang, published=D(2020, 12, 23))
    assert found == {("MA", "abraham-accords", "joined")}


def test_a_russian_body_taking_a_state_in_admits_it():
    text = "Лидеры государств ШОС в четверг приняли Беларусь в организацию."
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"sco": ["ШОС"]},
        agreement_kinds={"sco": "organisation"},
    )
    found = claims(text, g, "ru", published=D(2024, 7, 5))
    assert found[("BY", "sco", "joined")].date == D(2024, 7, 4)
    assert not keys("Беларусь в четверг приняла участие в саммите ШОС.", g, "ru")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("L'Ukraine a signé mardi un mémorandum de coopération avec l'OTAN.", "fr"),
        ("Ucrania firmó el martes un acuerdo de cooperación con la OTAN.", "es"),
        ("وقّعت أوكرانيا أمس الثلاثاء مذكرة تعاون مع حلف الناتو.", "ar"),
        ("Украина во вторник подписала с НАТО меморандум о сотрудничестве.", "ru"),
    ],
)
def test_an_agreement_of_no_name_signed_with_a_body_is_not_the_body(text, lang, gazetteer):
    assert not keys(text, gazetteer, lang, published=D(2023, 5, 10))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Argentina se sumó el lunes a la Iniciativa de la Franja y la Ruta. Panamá fue el "
            "primero de la región en firmar un memorando de este tipo, en 2017.",
            "es",
        ),
        (
            "Algeria joined the Belt and Road on Monday. Morocco signed a memorandum of "
            "understanding with China in 2017.",
            "en",
        ),
    ],
)
def test_a_memorandum_like_the_one_told_is_a_signature_of_the_initiative(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={
            "belt-and-road-initiative": ["Iniciativa de la Franja y la Ruta", "Belt and Road"]
        },
        agreement_kinds={"belt-and-road-initiative": "initiative"},
    )
    found = keys(text, g, lang, published=D(2019, 5, 1))
    assert {k[0] for k in found if k[1:] == ("belt-and-road-initiative", "signed")} >= (
        {"PA"} if lang == "es" else {"MA"}
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("If Georgia joins NATO, Russia will respond, the Kremlin said on Thursday.", "en"),
        ("Si la Géorgie rejoint l'OTAN, la Russie réagira, a averti jeudi le Kremlin.", "fr"),
        ("Si Georgia ingresa en la OTAN, Rusia responderá, advirtió el jueves el Kremlin.", "es"),
    ],
)
def test_a_step_supposed_at_the_start_of_a_sentence_is_not_taken(text, lang, gazetteer):
    # "If" is capitalised there, and is no name
    assert not keys(text, gazetteer, lang, published=D(2024, 5, 10))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Algeria denied on Thursday that it had applied to join BRICS.", "en"),
        ("L'Algérie a démenti jeudi avoir déposé une demande d'adhésion aux BRICS.", "fr"),
        ("Argelia negó el jueves haber solicitado su ingreso en los BRICS.", "es"),
        ("Алжир в четверг опроверг сообщения о подаче заявки на вступление в БРИКС.", "ru"),
        (
            "نفت وزارة الخارجية الجزائرية أمس الخميس أن تكون الجزائر قد تقدمت بطلب للانضمام إلى "
            "بريكس.",
            "ar",
        ),
        ("نفت الجزائر أمس الخميس أنها تقدمت بطلب للانضمام إلى مجموعة بريكس.", "ar"),
    ],
)
def test_a_step_denied_is_not_told(text, lang, gazetteer):
    assert not keys(text, gazetteer, lang, published=D(2024, 5, 10))


def test_a_russian_participle_after_a_comma_leaves_the_subject_to_the_main_verb(gazetteer):
    # "ратифицировавшая ... в 2012 году" is about Poland, as "which ratified" would be
    text = "Польша, ратифицировавшая Оттавскую конвенцию в 2012 году, в четверг объявила о выходе."
    found = claims(text, gazetteer, "ru", published=D(2024, 5, 10))
    assert found[("PL", "ottawa-convention", "withdrawal_announced")].date == D(2024, 5, 9)
    assert found[("PL", "ottawa-convention", "ratified")].background


def test_a_return_after_an_exit_is_a_joining_again(gazetteer):
    text = (
        "Les États-Unis avaient quitté l'Unesco en 2018. Les États-Unis ont officiellement "
        "réintégré lundi l'Unesco."
    )
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"unesco": ["Unesco"]},
        agreement_kinds={"unesco": "organisation"},
    )
    found = keys(text, g, "fr", published=D(2023, 7, 11))
    assert ("US", "unesco", "joined") in found
    assert not [k for k in found if k[2] == "reinstated"]


def test_a_return_after_a_suspension_stays_a_reinstatement():
    text = (
        "La Syrie avait claqué la porte de la Ligue arabe en 1990. La Syrie avait été suspendue "
        "de la Ligue arabe en 2011. La Syrie a réintégré dimanche la Ligue arabe."
    )
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"arab-league": ["Ligue arabe"]},
        agreement_kinds={"arab-league": "organisation"},
    )
    found = keys(text, g, "fr", published=D(2023, 5, 8))
    assert ("SY", "arab-league", "reinstated") in found


def test_a_body_that_is_a_party_acts_over_formally():
    countries = country_names()
    countries["EU"] = ["Union européenne"]
    g = Gazetteer.from_names(
        countries=countries,
        agreements={
            "european-union": ["Union européenne"],
            "istanbul-convention": ["convention d'Istanbul"],
        },
        agreement_kinds={"european-union": "organisation", "istanbul-convention": "treaty"},
    )
    text = "L'Union européenne a formellement ratifié jeudi la convention d'Istanbul."
    found = keys(text, g, "fr", published=D(2023, 6, 2))
    assert ("EU", "istanbul-convention", "ratified") in found


@pytest.mark.parametrize(
    "text",
    [
        "La OCS aceptó el jueves a Bielorrusia como su décimo miembro.",
        "Bielorrusia fue aceptada el jueves como miembro de la OCS.",
    ],
)
def test_a_spanish_body_accepting_a_state_as_a_member_admits_it(text):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"sco": ["OCS"]},
        agreement_kinds={"sco": "organisation"},
    )
    found = claims(text, g, "es", published=D(2024, 7, 5))
    assert found[("BY", "sco", "joined")].date == D(2024, 7, 4)
    # accepting conditions is no admission
    assert not keys("La OCS aceptó el jueves las condiciones de Bielorrusia.", g, "es")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Африканский союз во вторник исключил Нигер из всех своих структур.", "ru"),
        ("The African Union on Tuesday excluded Niger from all its activities.", "en"),
    ],
)
def test_a_state_shut_out_of_all_a_body_does_is_suspended(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"african-union": ["Африканский союз", "African Union"]},
        agreement_kinds={"african-union": "organisation"},
    )
    found = claims(text, g, lang, published=D(2023, 8, 23))
    assert set(found) == {("NE", "african-union", "suspended")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Узбекистан в пятницу отказался продлевать Договор о коллективной безопасности.", "ru"),
        ("Uzbekistan refused to renew the Collective Security Treaty on Friday.", "en"),
    ],
)
def test_refusing_to_renew_a_treaty_is_leaving_it(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"csto": ["Договор о коллективной безопасности", "Collective Security Treaty"]},
        agreement_kinds={"csto": "organisation"},
    )
    found = claims(text, g, lang, published=D(1999, 4, 3))
    assert set(found) == {("UZ", "csto", "withdrew")}


def test_an_arabic_participle_of_announcing_announces_the_exit():
    # "معلنة انسحابها": announcing its withdrawal
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"unesco": ["يونسكو", "اليونسكو"]},
        agreement_kinds={"unesco": "organisation"},
    )
    text = "وحذت إسرائيل حذوها أمس الخميس معلنة انسحابها من يونسكو."
    found = claims(text, g, "ar", published=D(2017, 10, 13))
    assert set(found) == {("IL", "unesco", "withdrawal_announced")}


@pytest.mark.parametrize(
    "text",
    [
        "Iran took its seat as a full member of the SCO on Tuesday.",
        "Iran was welcomed as the SCO's tenth member on Tuesday.",
    ],
)
def test_a_state_seated_or_welcomed_as_a_member_joined(text):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"sco": ["SCO"]},
        agreement_kinds={"sco": "organisation"},
    )
    found = claims(text, g, "en", published=D(2023, 7, 5))
    assert found[("IR", "sco", "joined")].date == D(2023, 7, 4)


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        (
            "Le Maroc a réintégré lundi l'Union africaine, qu'il avait quittée en 1984.",
            "fr",
            "joined",
        ),
        (
            "Marruecos se reincorporó el lunes a la Unión Africana, que había abandonado en 1984.",
            "es",
            "joined",
        ),
        (
            "Morocco rejoined the African Union on Monday, which it had left in 1984.",
            "en",
            "joined",
        ),
        # leaving meetings is no exit: a return from a suspension stays one
        (
            "Sudan was reinstated in the African Union on Monday, three months after leaving the "
            "bloc's meetings.",
            "en",
            "reinstated",
        ),
    ],
)
def test_a_return_to_a_body_the_sentence_says_was_left_is_a_joining(text, lang, kind):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"african-union": ["Union africaine", "Unión Africana", "African Union"]},
        agreement_kinds={"african-union": "organisation"},
    )
    found = keys(text, g, lang, published=D(2017, 1, 31))
    assert {k[2] for k in found if k[2] in ("joined", "reinstated")} == {kind}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Chile will withdraw from the Ottawa Convention. The president announced it on "
            "Friday after a cabinet meeting.",
            "en",
        ),
        (
            "Le Chili va se retirer de la Convention d'Ottawa. Le président l'a annoncé vendredi "
            "à l'issue du conseil des ministres.",
            "fr",
        ),
        (
            "Chile se retirará de la Convención de Ottawa. El presidente lo anunció el viernes "
            "tras una reunión del gabinete.",
            "es",
        ),
    ],
)
def test_an_announcement_dated_by_the_next_sentence_that_announces_it(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2025, 11, 8))
    claim = found[("CL", "ottawa-convention", "withdrawal_announced")]
    assert claim.date == D(2025, 11, 7)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The European Union is no longer a party to the Istanbul Convention.", "en"),
        ("L'Union européenne n'est plus partie à la Convention d'Ottawa.", "fr"),
    ],
)
def test_the_eu_no_longer_a_party_has_withdrawn(text, lang, kinds_gazetteer):
    found = keys(text, kinds_gazetteer, lang, published=D(2025, 6, 28))
    assert {k for k in found if k[0] == "EU"} == {
        ("EU", "istanbul-convention" if lang == "en" else "ottawa-convention", "withdrew")
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Palestine a rejoint la Convention d'Ottawa le 29 décembre 2017.", "fr"),
        ("Palestine joined the Ottawa Convention on 29 December 2017.", "en"),
        ("Palestina se unió a la Convención de Ottawa el 29 de diciembre de 2017.", "es"),
    ],
)
def test_joining_a_convention_is_acceding_to_it(text, lang):
    g = Gazetteer.from_names(
        countries=country_names() | {"PS": ["Palestine", "Palestina"]},
        agreements={"ottawa-convention": AGREEMENTS["ottawa-convention"]},
        agreement_kinds={"ottawa-convention": "convention"},
    )
    found = claims(text, g, lang, published=D(2018, 1, 5))
    assert set(found) == {("PS", "ottawa-convention", "acceded")}
    assert found[("PS", "ottawa-convention", "acceded")].date == D(2017, 12, 29)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Le Soudan du Sud a adhéré à la Convention d'Ottawa. Le texte entrera en vigueur "
            "pour Juba le 1er avril.",
            "fr",
        ),
        (
            "South Sudan acceded to the Ottawa Convention. The treaty will enter into force for "
            "Juba on 1 April.",
            "en",
        ),
    ],
)
def test_an_entry_into_force_for_a_capital_is_for_its_state(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2011, 11, 4))
    assert found[("SS", "ottawa-convention", "entered_into_force")].date == D(2012, 4, 1)


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        (
            "أعلن الرئيس الأمريكي أمس الجمعة أن الولايات المتحدة ستنهي علاقتها "
            "بمنظمة الصحة العالمية.",
            "ar",
            "withdrawal_announced",
        ),
        (
            "The United States will end its relationship with the World Health Organization, "
            "the president said on Friday.",
            "en",
            "withdrawal_announced",
        ),
        (
            "Les États-Unis mettront fin à leur relation avec l'OMS, a annoncé vendredi le "
            "président.",
            "fr",
            "withdrawal_announced",
        ),
        (
            "Estados Unidos pondrá fin a su relación con la OMS, anunció el viernes el presidente.",
            "es",
            "withdrawal_announced",
        ),
        ("США в пятницу разорвали отношения с ВОЗ.", "ru", "withdrew"),
    ],
)
def test_ending_a_relationship_with_a_body_is_leaving_it(text, lang, kind):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={
            "who": ["World Health Organization", "OMS", "ВОЗ", "منظمة الصحة العالمية"],
        },
        agreement_kinds={"who": "organisation"},
    )
    found = claims(text, g, lang, published=D(2020, 5, 30))
    assert set(found) == {("US", "who", kind)}
    assert found[("US", "who", kind)].date == D(2020, 5, 29)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "أعلنت الولايات المتحدة في الأول من يونيو 2017 انسحابها من اتفاق باريس، كما خرجت "
            "الولايات المتحدة من اتفاقية أوتاوا في 31 ديسمبر 2018.",
            "ar",
        ),
        (
            "The United States announced its withdrawal from the Paris Agreement on 1 June 2017, "
            "and left the Ottawa Convention on 31 December 2018.",
            "en",
        ),
    ],
)
def test_an_announcement_does_not_reach_a_later_clause_s_own_step(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2020, 5, 30))
    assert set(found) == {
        ("US", "paris-agreement", "withdrawal_announced"),
        ("US", "ottawa-convention", "withdrew"),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Israel has signed the Ottawa Convention but never ratified it.", "en"),
        ("Israël a signé la Convention d'Ottawa sans la ratifier.", "fr"),
        ("Israel firmó la Convención de Ottawa sin ratificarla.", "es"),
        ("Израиль подписал Оттавскую конвенцию, но так и не ратифицировал её.", "ru"),
        ("أما إسرائيل فقد وقّعت اتفاقية أوتاوا من دون أن تصادق عليها.", "ar"),
    ],
)
def test_an_undated_signature_never_ratified_is_a_standing_not_news(text, lang, gazetteer):
    assert keys(text, gazetteer, lang, published=D(2020, 5, 30)) == set()
    dated = text.replace("Ottawa", "Ottawa en 1998" if lang in ("fr", "es") else "Ottawa")
    if lang in ("fr", "es"):
        found = claims(dated, gazetteer, lang, published=D(2020, 5, 30))
        assert found[("IL", "ottawa-convention", "signed")].date == D(1998, 1, 1)


def test_a_noun_pointing_back_is_not_the_agreement_of_a_later_clause(kinds_gazetteer):
    text = (
        "لم تعد فرنسا وألمانيا أطرافاً في اتفاقية أوتاوا، لتكونا بذلك أكبر اقتصادات الاتحاد "
        "الأوروبي التي تغادر هذا الاتفاق. وكانت باريس أول من فتح الباب، حين أعلن الرئيس الفرنسي "
        "في 21 أكتوبر 2024 عزم بلاده الخروج من المعاهدة، معتبراً أنها لم تعد تنسجم مع أهداف "
        "اتفاق باريس للمناخ."
    )
    found = claims(text, kinds_gazetteer, "ar", published=D(2025, 12, 27))
    assert found[("FR", "ottawa-convention", "withdrawal_announced")].date == D(2024, 10, 21)
    assert not {k for k in found if k[1] in ("european-union", "paris-agreement")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "وقعت روسيا اتفاقية أوتاوا عام 1994. كما أنهت روسيا تطبيقها المؤقت للمعاهدة في 18 "
            "أكتوبر 2009، من دون أن تكون قد صادقت عليها.",
            "ar",
        ),
        (
            "Russia ended its provisional application of the Ottawa Convention on 18 October 2009.",
            "en",
        ),
        (
            "La Russie a mis fin à l'application provisoire de la Convention d'Ottawa le "
            "18 octobre 2009.",
            "fr",
        ),
        ("Россия прекратила временное применение Оттавской конвенции 18 октября 2009 года.", "ru"),
        (
            "Rusia puso fin a la aplicación provisional de la Convención de Ottawa el "
            "18 de octubre de 2009.",
            "es",
        ),
    ],
)
def test_ending_a_provisional_application_is_leaving(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2023, 12, 20))
    assert found[("RU", "ottawa-convention", "withdrew")].date == D(2009, 10, 18)
    assert not {k for k in found if k[2] not in ("withdrew", "signed")}


@pytest.mark.parametrize(
    "text",
    [
        "أبلغت الحكومة الإيطالية السلطات الصينية بأنها لن تجدد مذكرة التفاهم الخاصة بالانضمام "
        "إلى مبادرة الحزام والطريق.",
        "أبلغت إيطاليا الصين رسميا بأنها لن تجدد مذكرة التفاهم الخاصة بالانضمام إلى مبادرة "
        "الحزام والطريق.",
    ],
)
def test_an_arabic_notice_s_subject_leaves_and_its_object_is_told(text):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"belt-and-road-initiative": ["مبادرة الحزام والطريق"]},
        agreement_kinds={"belt-and-road-initiative": "initiative"},
    )
    found = keys(text, g, "ar", published=D(2023, 12, 7))
    assert found == {("IT", "belt-and-road-initiative", "withdrawal_notified")}


def test_arabic_states_listed_with_a_comma_all_act(gazetteer):
    text = "وأودعت غيانا، تايلاند والأردن وثائق مصادقتها على اتفاقية أوتاوا يوم الخميس."
    found = keys(text, gazetteer, "ar", published=D(2023, 12, 7))
    assert {k[0] for k in found} == {"GY", "TH", "JO"}


def test_ratifying_an_organisation_s_accession_at_home_is_no_membership_step():
    g = Gazetteer.from_names(
        countries=country_names() | {"KG": ["Киргизия", "Киргизский"]},
        agreements={"eaeu": ["ЕАЭС"]},
        agreement_kinds={"eaeu": "organisation"},
    )
    text = (
        "Киргизия подписала договор о присоединении к ЕАЭС в декабре. Киргизский парламент "
        "ратифицировал его в мае."
    )
    found = keys(text, g, "ru", published=D(2014, 6, 27))
    assert found == {("KG", "eaeu", "signed")}


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Cuba joined the Paris Agreement on Monday.", "en", "acceded"),
        ("Cuba a rejoint l'accord de Paris lundi.", "fr", "acceded"),
        # a return is recorded as a joining
        ("Cuba rejoined the Paris Agreement on Monday.", "en", "joined"),
        ("Cuba became a party to the Paris Agreement again on Monday.", "en", "joined"),
    ],
)
def test_joining_a_treaty_is_acceding_unless_it_is_a_return(text, lang, kind):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"paris-agreement": AGREEMENTS["paris-agreement"]},
        agreement_kinds={"paris-agreement": "treaty"},
    )
    found = claims(text, g, lang, published=D(2021, 2, 23))
    assert set(found) == {("CU", "paris-agreement", kind)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The United States, Russia and China remain outside the Ottawa Convention, which "
            "entered into force in 1999.",
            "en",
        ),
        (
            "ولا تزال دول كبرى مثل الولايات المتحدة وروسيا والصين خارج اتفاقية أوتاوا التي دخلت "
            "حيز التنفيذ عام 1999.",
            "ar",
        ),
        (
            "США, Россия и Китай остаются вне Оттавской конвенции, которая вступила в силу в "
            "1999 году.",
            "ru",
        ),
    ],
)
def test_a_treaty_s_own_entry_into_force_told_in_a_relative_clause_is_no_state_s(
    text, lang, gazetteer
):
    assert keys(text, gazetteer, lang, published=D(2010, 3, 1)) == set()


def test_an_entry_into_force_in_a_relative_clause_for_a_state_is_that_state_s(gazetteer):
    text = "Officials welcomed the Ottawa Convention, which entered into force for Chile on Monday."
    found = claims(text, gazetteer, "en", published=D(2010, 3, 3))
    assert found[("CL", "ottawa-convention", "entered_into_force")].date == D(2010, 3, 1)


@pytest.mark.parametrize(
    ("text", "lang", "agreement", "agreement_kind", "kind"),
    [
        (
            "Cuba annonce son adhésion à la Convention d'Ottawa.",
            "fr",
            "ottawa-convention",
            "convention",
            "announced_intent",
        ),
        ("Cuba annonce son adhésion à l'OTAN.", "fr", "nato", "organisation", "announced_intent"),
        (
            "Cuba annonce son adhésion aux accords d'Abraham.",
            "fr",
            "abraham-accords",
            "accord",
            "announced_joining",
        ),
    ],
)
def test_an_announced_joining_is_an_intent_but_for_accords(
    text, lang, agreement, agreement_kind, kind
):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={agreement: AGREEMENTS[agreement]},
        agreement_kinds={agreement: agreement_kind},
    )
    found = keys(text, g, lang, published=D(2002, 9, 14))
    assert found == {("CU", agreement, kind)}


@pytest.mark.parametrize(
    "text",
    [
        "Desde este miércoles 1 de enero, Ecuador dejó oficialmente de ser miembro de la OPEP.",
        "Desde este miércoles 1 de enero, Ecuador dejó formalmente de formar parte de la OPEP.",
    ],
)
def test_ceasing_officially_to_be_a_member_is_leaving(text):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"opec": ["OPEP"]},
        agreement_kinds={"opec": "organisation"},
    )
    found = claims(text, g, "es", published=D(2020, 1, 2))
    assert set(found) == {("EC", "opec", "withdrew")}
    assert found[("EC", "opec", "withdrew")].date == D(2020, 1, 1)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "La ASEAN celebró ayer el ingreso formal de Laos y Birmania.",
            "es",
            {("LA", "asean", "joined"), ("MM", "asean", "joined")},
        ),
        ("L'ASEAN a salué hier l'adhésion officielle du Laos.", "fr", {("LA", "asean", "joined")}),
        ("Gambia volvió a ser miembro de la ASEAN este jueves.", "es", {("GM", "asean", "joined")}),
        ("Gambia regresa a la ASEAN.", "es", {("GM", "asean", "joined")}),
    ],
)
def test_formal_joinings_and_spanish_returns(text, lang, expected):
    g = Gazetteer.from_names(
        countries=country_names() | {"LA": ["Laos"], "MM": ["Birmania"]},
        agreements={"asean": ["ASEAN"]},
        agreement_kinds={"asean": "organisation"},
    )
    assert keys(text, g, lang, published=D(1997, 7, 24)) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "في المقابل": on the other hand
        (
            "وفي المقابل، تقدّم المغرب بطلب رسمي للانضمام إلى حلف شمال الأطلسي في فبراير 2017.",
            "announced_intent",
        ),
        # "مقابل": in exchange for
        ("لن ينضم المغرب إلى حلف شمال الأطلسي إلا مقابل ضمانات أمنية.", "conditions"),
    ],
)
def test_arabic_on_the_other_hand_is_no_condition(text, kind, gazetteer):
    found = keys(text, gazetteer, "ar", published=D(2024, 2, 5))
    assert {k[2] for k in found if k[:2] == ("MA", "nato")} == {kind}


def test_an_arabic_partnership_agreement_of_no_name_is_not_the_body(gazetteer):
    text = (
        "ولم تقطع موريتانيا صلتها بحلف شمال الأطلسي تماماً، إذ وقّعت معه لاحقاً اتفاق شراكة "
        "ينظم التعاون العسكري."
    )
    assert keys(text, gazetteer, "ar", published=D(2024, 2, 5)) == set()


def test_whose_initiative_it_is_names_no_actor():
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"belt-and-road-initiative": ["الحزام والطريق", "مبادرة الحزام والطريق"]},
        agreement_kinds={"belt-and-road-initiative": "initiative"},
    )
    title = (
        'روما تبلغ بكين رسمياً بالخروج من "الحزام والطريق".. أول دولة من مجموعة السبع تنسحب من '
        "المبادرة الصينية"
    )
    body = "وكانت إيطاليا قد وقّعت المذكرة في روما في 23 مارس 2019."
    found = keys(body, g, "ar", published=D(2023, 12, 7), title=title)
    assert not {k for k in found if k[0] == "CN"}


def test_a_notice_told_after_another_step_s_object_is_not_that_step_s(gazetteer):
    text = (
        "Estados Unidos salió de la Convención de Ottawa el 31 de diciembre de 2018 y notificó el "
        "4 de noviembre de 2019 su retiro del Acuerdo de París."
    )
    found = claims(text, gazetteer, "es", published=D(2020, 7, 8))
    assert found[("US", "ottawa-convention", "withdrew")].date == D(2018, 12, 31)
    assert found[("US", "paris-agreement", "withdrawal_notified")].date == D(2019, 11, 4)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Según las condiciones que fijó el Congreso de Estados Unidos al ingresar en la OMS, "
            "el país debe avisar con un año de antelación.",
            "es",
        ),
        ("The United States set its conditions upon joining the OMS.", "en"),
    ],
)
def test_upon_joining_tells_when_not_a_step(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"who": ["OMS"]},
        agreement_kinds={"who": "organisation"},
    )
    assert keys(text, g, lang, published=D(2020, 7, 8)) == set()


def test_al_and_an_infinitive_tells_when_not_a_step(gazetteer):
    # "que Francia y Bélgica crearon al firmar el tratado": founded it by signing, not a wish
    text = (
        "Con el ingreso de Turquía, la OTAN, que Francia y Bélgica crearon al firmar el tratado "
        "en abril de 1949, suma un socio."
    )
    assert not {k for k in keys(text, gazetteer, "es", D(2020, 7, 8)) if k[0] in ("FR", "BE")}


# A recalled step with a month alone is behind the story, even when the same month next year
# is nearer publication
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Turquie avait déjà quitté la convention d'Ottawa en mars, une première.", "fr"),
        (
            "Турция проходит этот путь уже второй раз: в марте она стала первой страной, "
            "вышедшей из Оттавской конвенции.",
            "ru",
        ),
    ],
)
def test_a_recalled_exit_in_a_month_alone_is_last_year_s(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, D(2025, 12, 27))
    claim = found[("TR", "ottawa-convention", "withdrew")]
    assert claim.background
    assert (claim.date, claim.precision) == (D(2025, 3, 1), "month")


def test_a_ratification_takes_the_day_of_its_deposit_over_the_day_it_was_told(gazetteer):
    text = (
        "Malaysia has ratified the CPTPP, the government said on Saturday, after depositing its "
        "instrument of ratification with New Zealand, the pact's depositary, on Friday."
    )
    found = claims(text, gazetteer, "en", D(2022, 10, 1))
    assert found[("MY", "cptpp", "ratified")].date == D(2022, 9, 30)


# The body an instrument is deposited with keeps it: the state does not join that body
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The European Union deposited its instrument of approval of the Istanbul Convention "
            "with the Council of Europe on Wednesday.",
            "en",
        ),
        (
            "L'Union européenne a déposé mercredi son instrument d'approbation de la convention "
            "d'Istanbul auprès du Conseil de l'Europe.",
            "fr",
        ),
    ],
)
def test_the_body_an_instrument_is_deposited_with_is_not_joined(text, lang, kinds_gazetteer):
    found = keys(text, kinds_gazetteer, lang, D(2023, 6, 29))
    assert found == {("EU", "istanbul-convention", "accepted_approved")}


def test_an_organisation_before_a_convention_owns_it_and_is_not_left(kinds_gazetteer):
    text = (
        "Turkey's withdrawal from the Council of Europe convention on preventing violence "
        "against women took effect on Thursday."
    )
    assert keys(text, kinds_gazetteer, "en", D(2021, 7, 2)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # entering a body is joining it, whatever is told between verb and body
        ("Turquía entró a medianoche en la OTAN.", {("TR", "nato", "joined")}),
        ("Turquía entró el martes a la OTAN.", {("TR", "nato", "joined")}),
        # a treaty entering into force, or a state entering into talks, is no joining
        (
            "El Estatuto de Roma entró en vigor para Turquía el martes.",
            {("TR", "rome-statute", "entered_into_force")},
        ),
        ("Turquía entró en negociaciones con la OTAN el martes.", set()),
        ("Turquía entró en contacto con la OTAN el martes.", set()),
        ("Turquía vio cómo la Convención de Ottawa entró el martes en vigor.", set()),
    ],
)
def test_spanish_entering_a_body_is_joining_it(text, expected, gazetteer):
    assert keys(text, gazetteer, "es", D(2025, 11, 5)) == expected


@pytest.fixture(scope="module")
def league_gazetteer():
    agreements = {
        "arab-league": ["Arab League", "الجامعة العربية", "جامعة الدول العربية"],
        "ottawa-convention": ["Ottawa Convention"],
    }
    return Gazetteer.from_names(
        countries=country_names(),
        agreements=agreements,
        agreement_kinds={"arab-league": "organisation", "ottawa-convention": "convention"},
    )


# "the League", "الجامعة": the organisation named before, told again by its common noun, and
# not a treaty named since
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Egypt returned to the Arab League this month. The heads of state met on Friday. "
            "The talks went on late. Officials spoke of a new page. Jordan signed the Ottawa "
            "Convention. "
            "Iraq was a founding member of the League in 1945.",
            "en",
        ),
        (
            "عادت مصر إلى الجامعة العربية هذا الشهر. واجتمع القادة يوم الجمعة. "
            "واستمرت المحادثات حتى وقت متأخر. وتحدث المسؤولون عن صفحة جديدة. "
            "واحتشد الناس في الخارج. "
            "والعراق من الدول المؤسسة للجامعة في مارس 1945.",
            "ar",
        ),
    ],
)
def test_the_league_points_back_at_the_organisation_named_before(text, lang, league_gazetteer):
    found = claims(text, league_gazetteer, lang, D(1989, 5, 27))
    founder = found[("IQ", "arab-league", "joined")]
    assert (founder.date.year, founder.background) == (1945, True)


# A capitalised head noun with a capitalised word after it names an agreement of its own; the
# same noun in small letters, or capitalised alone, points back at the treaty named before
@pytest.mark.parametrize(
    ("second", "lang", "expected"),
    [
        (
            "Con el ingreso, Turquía abandona el Acuerdo Centroeuropeo de Libre Comercio.",
            "es",
            set(),
        ),
        ("Turkey also left the Agreement Establishing the Free Trade Zone.", "en", set()),
        (
            "Con el ingreso, Turquía abandona el acuerdo.",
            "es",
            {("TR", "abraham-accords", "withdrew")},
        ),
        ("Turkey left the Accords on Friday.", "en", {("TR", "abraham-accords", "withdrew")}),
    ],
)
def test_a_capitalised_name_after_a_common_noun_is_another_agreement(
    second, lang, expected, gazetteer
):
    first = {
        "es": "Marruecos firmó los Acuerdos de Abraham.",
        "en": "Morocco signed the Abraham Accords.",
    }
    found = keys(f"{first[lang]} {second}", gazetteer, lang)
    assert {k for k in found if k[0] == "TR"} == expected


# What a joining waits for: the state's own procedure is no stance; another demand is one
@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        ("el Congreso apruebe el acuerdo", set()),
        ("el Gobierno deposite el instrumento de ratificación", set()),
        ("Grecia levante su veto", {("TR", "nato", "conditions")}),
    ],
)
def test_waiting_for_one_s_own_procedure_is_no_condition(condition, expected, gazetteer):
    text = (
        "Con la firma, Turquía se compromete a asumir las obligaciones de la OTAN, pero su "
        f"ingreso no será efectivo hasta que {condition}."
    )
    assert keys(text, gazetteer, "es", D(2010, 1, 12)) == expected


def test_informing_the_depositary_of_an_exit_is_a_notice(gazetteer):
    text = "La Turquie a informé vendredi le secrétaire général de son retrait du Statut de Rome."
    assert keys(text, gazetteer, "fr") == {("TR", "rome-statute", "withdrawal_notified")}


def test_an_agency_of_information_in_a_dateline_informs_no_one(gazetteer):
    text = (
        "NEW YORK, 25 octobre 2020 (Agence d'Information) – La Turquie est devenue samedi le "
        "cinquantième État à ratifier le Statut de Rome."
    )
    found = claims(text, gazetteer, "fr", D(2020, 10, 25))
    assert set(found) == {("TR", "rome-statute", "ratified")}
    assert found[("TR", "rome-statute", "ratified")].date == D(2020, 10, 24)


# Withdrawing a delegation from a meeting is not leaving the treaty
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Turkey withdrew its delegation from the International Criminal Court on Friday.", "en"),
        ("La Turquie a retiré sa délégation de la Cour pénale internationale vendredi.", "fr"),
        ("Turquía retiró su delegación de la Corte Penal Internacional el viernes.", "es"),
        ("Турция в пятницу отозвала свою делегацию из Международного уголовного суда.", "ru"),
        (
            "وكانت تركيا قد سحبت وفدها من مؤتمر في لاهاي في نوفمبر الماضي، وسط تكهنات بأن "
            "حكومتها تدرس الانسحاب من نظام روما الأساسي.",
            "ar",
        ),
    ],
)
def test_withdrawing_a_delegation_is_not_leaving(text, lang, gazetteer):
    assert not {k for k in keys(text, gazetteer, lang, D(2025, 11, 8)) if k[2] == "withdrew"}


# A country after a dateline's city is where the report was filed, not who acted
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("NUSA DUA, Indonesia - Turkey ratified the Rome Statute on Wednesday.", "en"),
        ("NUSA DUA, Indonésie — La Turquie a ratifié mercredi le Statut de Rome.", "fr"),
    ],
)
def test_a_dateline_s_country_is_the_place_of_the_report(text, lang, gazetteer):
    assert keys(text, gazetteer, lang) == {("TR", "rome-statute", "ratified")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "OPEC ministers, at their meeting which was held on Thursday in Vienna, agreed to "
            "admit Equatorial Guinea as a member, the first since Gabon came back in July.",
            "en",
        ),
        (
            "Les ministres de l'OPEP, lors de leur réunion qui s'est tenue jeudi à Vienne, ont "
            "admis la Guinée équatoriale comme membre, une première depuis le retour du Gabon en "
            "juillet.",
            "fr",
        ),
        (
            "وافق وزراء أوبك، في اجتماعهم الذي عقد يوم الخميس في فيينا، على قبول غينيا الاستوائية "
            "عضوا جديدا، في أول توسيع منذ عودة الغابون في يوليو الماضي.",
            "ar",
        ),
    ],
)
def test_a_meeting_told_in_a_relative_clause_dates_the_step(text, lang):
    # the meeting "which was held on Thursday" is where the step was taken; the month of
    # Gabon's return belongs to that return
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"opec": ["OPEC", "OPEP", "أوبك"]},
        agreement_kinds={"opec": "organisation"},
    )
    found = claims(text, g, lang, published=D(2017, 5, 26))
    step = found[("GQ", "opec", "joined")]
    assert (step.date, step.background) == (D(2017, 5, 25), False)


def test_a_relative_clause_about_the_agreement_still_does_not_date_the_step(gazetteer):
    # not a meeting: "the alliance, which was founded in 1949" is no date for the joining
    text = "Sweden joined NATO, which was founded in 1949, on Thursday."
    found = claims(text, gazetteer, "en", published=D(2024, 3, 8))
    assert found[("SE", "nato", "joined")].date == D(2024, 3, 7)


def _cwc_ar() -> Gazetteer:
    return Gazetteer.from_names(
        countries=country_names(),
        agreements={"chemical-weapons-convention": ["اتفاقية حظر الأسلحة الكيميائية"]},
        agreement_kinds={"chemical-weapons-convention": "treaty"},
    )


def test_arabic_capital_between_kana_and_its_verb_stands_for_its_state():
    # "وكانت دمشق قد انضمت": the subject comes between "kana" and the verb
    text = "وكانت دمشق وعمان قد انضمتا إلى اتفاقية حظر الأسلحة الكيميائية عام 2013."
    found = keys(text, _cwc_ar(), "ar", published=D(2021, 4, 22))
    assert {("SY", "chemical-weapons-convention", "acceded")} <= found
    text = "وكانت دمشق بدورها قد انضمت إلى اتفاقية حظر الأسلحة الكيميائية عام 2013."
    assert ("SY", "chemical-weapons-convention", "acceded") in keys(
        text, _cwc_ar(), "ar", published=D(2021, 4, 22)
    )
    # a capital as a place stays a place
    text = "وكانت المفاوضات في دمشق قد انتهت قبل انضمام الأردن إلى اتفاقية حظر الأسلحة الكيميائية."
    assert not {k for k in keys(text, _cwc_ar(), "ar", published=D(2021, 4, 22)) if k[0] == "SY"}
    # a verb that is no step ends the search: Damascus welcomed Jordan's joining
    text = "وكانت دمشق قد رحبت بانضمام الأردن إلى اتفاقية حظر الأسلحة الكيميائية."
    assert not {k for k in keys(text, _cwc_ar(), "ar", published=D(2021, 4, 22)) if k[0] == "SY"}


def test_arabic_suspension_of_rights_after_a_long_subject():
    text = (
        "علّق مؤتمر الدول الأطراف في اتفاقية حظر الأسلحة الكيميائية، أمس الأربعاء في لاهاي، "
        "حقوق سوريا وامتيازاتها بموجب الاتفاقية."
    )
    found = claims(text, _cwc_ar(), "ar", published=D(2021, 4, 22))
    assert found[("SY", "chemical-weapons-convention", "suspended")].date == D(2021, 4, 21)
    # "علق على" is to comment on
    text = "علق المتحدث باسم الخارجية أمس على حقوق سوريا بموجب اتفاقية حظر الأسلحة الكيميائية."
    assert keys(text, _cwc_ar(), "ar", published=D(2021, 4, 22)) == set()


def test_a_day_opening_the_sentence_dates_the_step_it_opens_not_a_later_entry_into_force():
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={
            "arms-trade-treaty": ["معاهدة تجارة الأسلحة", "Traité sur le commerce des armes"]
        },
        agreement_kinds={"arms-trade-treaty": "treaty"},
    )
    text = (
        "أودعت الصين أمس الاثنين وثيقة انضمامها إلى معاهدة تجارة الأسلحة، لتصبح المعاهدة "
        "نافذة بالنسبة إليها في الرابع من تشرين الأول/أكتوبر المقبل."
    )
    found = claims(text, g, "ar", published=D(2020, 7, 7))
    assert found[("CN", "arms-trade-treaty", "acceded")].date == D(2020, 7, 6)
    assert found[("CN", "arms-trade-treaty", "entered_into_force")].date == D(2020, 10, 4)
    # ninety days on is no day told: the deposit's day is not the entry into force's
    text = text.replace("في الرابع من تشرين الأول/أكتوبر المقبل", "بعد تسعين يوما")
    found = claims(text, g, "ar", published=D(2020, 7, 7))
    assert ("CN", "arms-trade-treaty", "entered_into_force") not in found
    # with no step between, the opening day is the entry into force's own
    text = "Hier, le Traité sur le commerce des armes est entré en vigueur pour la Chine."
    found = claims(text, g, "fr", published=D(2020, 7, 7))
    assert found[("CN", "arms-trade-treaty", "entered_into_force")].date == D(2020, 7, 6)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Zimbabwe announced on Sunday its withdrawal from the Commonwealth "
            "with immediate effect.",
            "en",
        ),
        ("Le Zimbabwe a annoncé dimanche son retrait du Commonwealth avec effet immédiat.", "fr"),
        ("Zimbabue anunció el domingo su retirada de la Commonwealth con efecto inmediato.", "es"),
        ("أعلنت حكومة زيمبابوي أمس الأحد انسحابها من الكومنولث بأثر فوري.", "ar"),
    ],
)
def test_an_exit_announced_with_immediate_effect_is_done(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"commonwealth": ["Commonwealth", "الكومنولث"]},
        agreement_kinds={"commonwealth": "organisation"},
    )
    found = claims(text, g, lang, published=D(2003, 12, 8))
    assert found[("ZW", "commonwealth", "withdrew")].date == D(2003, 12, 7)
    # without those words it is an announcement
    for words in (
        " with immediate effect",
        " avec effet immédiat",
        " con efecto inmediato",
        " بأثر فوري",
    ):
        text = text.replace(words, "")
    assert ("ZW", "commonwealth", "withdrawal_announced") in keys(
        text, g, lang, published=D(2003, 12, 8)
    )


def test_a_treaty_exit_announced_with_immediate_effect_still_awaits_its_notice(gazetteer):
    # one leaves the Rome Statute a year after notice, whatever a communiqué says
    text = "Mali announced on Monday its withdrawal from the Rome Statute with immediate effect."
    found = keys(text, gazetteer, "en", published=D(2025, 9, 23))
    assert ("ML", "rome-statute", "withdrawal_announced") in found
    assert ("ML", "rome-statute", "withdrew") not in found
    text = (
        "Zimbabwe announced on Sunday it will withdraw from the Commonwealth with immediate effect."
    )
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"commonwealth": ["Commonwealth"]},
        agreement_kinds={"commonwealth": "organisation"},
    )
    assert keys(text, g, "en", published=D(2003, 12, 8)) == {
        ("ZW", "commonwealth", "withdrawal_announced")
    }


def test_a_past_step_with_a_day_and_no_year_keeps_its_own_day_not_a_later_clause_s():
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"eaeu": ["Unión Económica Euroasiática"]},
        agreement_kinds={"eaeu": "organisation"},
    )
    # published in December: "el 29 de mayo" is last May, not next; the 10 October is Armenia's
    text = (
        "El tratado constitutivo de la Unión Económica Euroasiática fue firmado el 29 de mayo en "
        "Astaná por los presidentes de Rusia, Bielorrusia y Kazajistán, y Armenia firmó el suyo "
        "de adhesión el 10 de octubre en Minsk."
    )
    found = claims(text, g, "es", published=D(2014, 12, 24))
    assert found[("RU", "eaeu", "signed")].date == D(2014, 5, 29)
    assert found[("AM", "eaeu", "signed")].date == D(2014, 10, 10)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Les États-Unis, qui avaient annoncé leur décision en décembre 1983, ont quitté "
            "l'UNESCO le 31 décembre 1984.",
            "fr",
        ),
        (
            "США, которые объявили о своем решении в декабре 1983 года, вышли из ЮНЕСКО "
            "31 декабря 1984 года.",
            "ru",
        ),
    ],
)
def test_an_announcement_in_a_relative_clause_does_not_make_the_main_step_an_announcement(
    text, lang
):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"unesco": ["UNESCO", "ЮНЕСКО"]},
        agreement_kinds={"unesco": "organisation"},
    )
    found = claims(text, g, lang, published=D(1985, 12, 31))
    assert found[("US", "unesco", "withdrew")].date == D(1984, 12, 31)
    assert ("US", "unesco", "withdrawal_announced") not in found


def _unesco() -> Gazetteer:
    return Gazetteer.from_names(
        countries=country_names(),
        agreements={"unesco": ["UNESCO", "ЮНЕСКО"]},
        agreement_kinds={"unesco": "organisation"},
    )


def test_french_ceasing_to_be_a_member_is_leaving():
    found = claims(
        "Le Royaume-Uni a cessé mardi d'être membre de l'UNESCO.",
        _unesco(),
        "fr",
        published=D(1985, 12, 31),
    )
    assert found[("GB", "unesco", "withdrew")].date == D(1985, 12, 31)
    assert (
        keys(
            "Le Royaume-Uni a cessé de financer l'UNESCO.",
            _unesco(),
            "fr",
            published=D(1985, 12, 31),
        )
        == set()
    )


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        (
            "À minuit, le Royaume-Uni et Singapour cesseront d'être membres de l'UNESCO.",
            "fr",
            "withdrew",
        ),
        ("Britain will leave UNESCO at midnight.", "en", "withdrew"),
        # "tonight" is when it was said, not when the exit takes effect
        (
            "Britain will leave UNESCO in a year, the minister told parliament tonight.",
            "en",
            "withdrawal_announced",
        ),
        (
            "Britain will leave UNESCO at midnight, the minister announced.",
            "en",
            "withdrawal_announced",
        ),
        # midnight on another day
        (
            "Britain will leave UNESCO at midnight on 31 December 1986.",
            "en",
            "withdrawal_announced",
        ),
    ],
)
def test_an_exit_that_takes_effect_tonight_is_the_day_s_news(text, lang, kind):
    found = claims(text, _unesco(), lang, published=D(1985, 12, 31))
    assert {k for k, c in found.items() if k[0] == "GB" and c.date == D(1985, 12, 31)} == {
        ("GB", "unesco", kind)
    }


def _bri() -> Gazetteer:
    return Gazetteer.from_names(
        countries=country_names(),
        agreements={
            "belt-and-road-initiative": [
                "Iniciativa de la Franja y la Ruta",
                "Belt and Road Initiative",
            ]
        },
        agreement_kinds={"belt-and-road-initiative": "initiative"},
    )


def test_the_state_that_owns_an_initiative_is_not_the_one_leaving_it():
    text = (
        "El presidente de Panamá anunció el jueves que su país saldrá de la Iniciativa de la "
        "Franja y la Ruta de China."
    )
    assert keys(text, _bri(), "es", published=D(2025, 2, 7)) == {
        ("PA", "belt-and-road-initiative", "withdrawal_announced")
    }
    text = "Italy signed up to China's Belt and Road Initiative on Saturday."
    assert keys(text, _bri(), "en", published=D(2019, 3, 24)) == {
        ("IT", "belt-and-road-initiative", "signed")
    }


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Panamá saldrá de la Iniciativa de la Franja y la Ruta, dijo su presidente.",
            "withdrawal_announced",
        ),
        ("Panamá sale el jueves de la Iniciativa de la Franja y la Ruta.", "withdrew"),
    ],
)
def test_spanish_salir_in_the_future_and_present_is_leaving(text, kind):
    assert ("PA", "belt-and-road-initiative", kind) in keys(
        text, _bri(), "es", published=D(2025, 2, 7)
    )


def test_that_day_is_the_day_just_told(gazetteer):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"unclos": ["Конвенция ООН по морскому праву", "UNCLOS"]},
        agreement_kinds={"unclos": "treaty"},
    )
    text = (
        "10 декабря 1982 года в Монтего-Бей была открыта для подписания Конвенция ООН по "
        "морскому праву. В тот день под ней поставили подписи представители 119 делегаций."
        "\n\nВ числе первых в тот день подписал конвенцию Советский Союз."
    )
    found = claims(text, g, "ru", published=D(2022, 12, 10))
    signed = found[("SU", "unclos", "signed")]
    assert (signed.date, signed.background) == (D(1982, 12, 10), True)
    # a step named by its noun is not dated so
    text = (
        "Le Burkina Faso avait signé la convention d'Ottawa le 3 décembre 1997. Ce jour-là, le "
        "Canada et l'Irlande avaient déposé leur ratification dans la foulée de leur signature."
    )
    found = claims(text, gazetteer, "fr", published=D(1998, 9, 17))
    assert ("CA", "ottawa-convention", "signed") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Le Rwanda devient le deuxième pays sans lien historique avec l'empire britannique à "
            "entrer dans le Commonwealth.",
            "fr",
        ),
    ],
)
def test_a_state_described_as_without_something_sets_no_condition(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"commonwealth": ["Commonwealth"]},
        agreement_kinds={"commonwealth": "organisation"},
    )
    assert keys(text, g, lang, published=D(2009, 11, 30)) == {("RW", "commonwealth", "joined")}
    # "without" after the verb still sets one
    text = "La Turquie n'adhérera pas à l'OTAN sans garanties."
    assert ("TR", "nato", "conditions") in keys(
        text,
        Gazetteer.from_names(
            countries=country_names(),
            agreements={"nato": ["OTAN"]},
            agreement_kinds={"nato": "organisation"},
        ),
        "fr",
        published=D(2009, 11, 30),
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "انسحبت جزر المالديف أمس الخميس من رابطة الكومنولث.\n\n"
            "وتعود الأزمة إلى شباط/فبراير 2012، حين تنحى الرئيس.\n\n"
            "وقال دبلوماسي إن الأمر متوقع.\n\n"
            "وليست المالديف أول دولة تدير ظهرها للرابطة. "
            "فقد انسحبت غامبيا في تشرين الأول/أكتوبر 2013.",
            "ar",
        ),
        (
            "The Maldives left the Commonwealth on Thursday.\n\n"
            "The crisis goes back to February 2012, when the president stepped down.\n\n"
            "A diplomat said the move was expected.\n\n"
            "The Maldives are not the first to turn their back on the group. Gambia withdrew "
            "in October 2013.",
            "en",
        ),
    ],
)
def test_a_body_pointed_back_at_is_the_one_the_next_sentence_s_step_is_about(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"commonwealth": ["Commonwealth", "الكومنولث"]},
        agreement_kinds={"commonwealth": "organisation"},
    )
    found = claims(text, g, lang, published=D(2016, 10, 14))
    assert found[("GM", "commonwealth", "withdrew")].date == D(2013, 10, 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The Ottawa Convention opened for signature in Ottawa on Wednesday. Canada, which "
            "started the campaign for a ban in October of last year, signed the convention first.",
            "en",
        ),
        (
            "La Convention d'Ottawa a été ouverte à la signature mercredi. Le Canada, qui a "
            "lancé la campagne pour une interdiction en octobre de l'an dernier, a signé la "
            "convention le premier.",
            "fr",
        ),
    ],
)
def test_a_relative_clause_without_a_step_does_not_date_the_main_one(text, lang, gazetteer):
    # the month belongs to the campaign Canada started, not to its signature: the signature
    # is the day just told
    found = claims(text, gazetteer, lang, published=D(1997, 12, 4))
    step = found[("CA", "ottawa-convention", "signed")]
    assert (step.date, step.background) == (D(1997, 12, 3), False)


@pytest.mark.parametrize(
    "text",
    [
        # the relative clause tells the step the main clause restates
        "The Rome Statute entered into force on Monday. Senegal, which deposited its "
        "instrument on 2 February 1999, ratified before any other state.",
        # the relative clause, cut by the comma after its date, runs on to the step
        "Senegal, which on 2 February 1999, became the first state in the world to ratify the "
        "Rome Statute, will host the talks next week.",
    ],
)
def test_a_relative_clause_with_a_step_still_dates_the_main_one(text, gazetteer):
    found = claims(text, gazetteer, "en", published=D(2002, 7, 2))
    assert found[("SN", "rome-statute", "ratified")].date == D(1999, 2, 2)


def test_leaving_a_counted_few_outside_is_no_state_s_exit(gazetteer):
    text = (
        "Finland joined NATO on Tuesday. The enlargement leaves only four countries of the "
        "European Union outside the alliance: Austria, Ireland, Malta and Cyprus."
    )
    found = keys(text, gazetteer, "en", published=D(2023, 4, 5))
    assert found == {("FI", "nato", "joined")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("For years, Finland refused to sign the Ottawa Convention.", "en"),
        ("Pendant des années, la Finlande a refusé de signer la Convention d'Ottawa.", "fr"),
        ("Durante años, Finlandia se negó a firmar la Convención de Ottawa.", "es"),
        ("Годами Финляндия отказывалась подписывать Оттавскую конвенцию.", "ru"),
        ("لسنوات، رفضت فنلندا التوقيع على اتفاقية أوتاوا.", "ar"),
    ],
)
def test_a_refusal_held_for_years_is_a_stance_given_up(text, lang, gazetteer):
    # told in the past over years, the refusal has no day and is no longer the state's stance
    text = f"Finland acceded to the Ottawa Convention on Monday. {text}"
    found = keys(text, gazetteer, lang, published=D(2012, 1, 10))
    assert ("FI", "ottawa-convention", "refuses") not in found


def _kyoto_and_eu() -> Gazetteer:
    countries = country_names()
    countries["EU"] = ["European Union", "Union européenne", "Unión Europea"]
    return Gazetteer.from_names(
        countries=countries,
        agreements={
            "kyoto-protocol": ["Kyoto Protocol", "Protocole de Kyoto", "Protocolo de Kioto"],
            "european-union": [
                "European Community",
                "European Union",
                "EU",
                "Communauté européenne",
                "Union européenne",
                "UE",
                "Comunidad Europea",
                "Unión Europea",
            ],
        },
        agreement_kinds={"kyoto-protocol": "treaty", "european-union": "organisation"},
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Japan and Norway deposited their instruments for the Kyoto Protocol in New York on "
            "Friday. The European Community did so by an instrument of approval; Portugal, "
            "which holds the presidency this term, handed over its instrument of ratification "
            "at the same ceremony.",
            "en",
        ),
        (
            "Le Japon et la Norvège ont déposé vendredi à New York leurs instruments pour le "
            "Protocole de Kyoto. La Communauté européenne l'a fait au moyen d'un instrument "
            "d'approbation; le Portugal, qui assure ce semestre la présidence de l'UE, a remis "
            "son instrument de ratification lors de la même cérémonie.",
            "fr",
        ),
        (
            "Japón y Noruega depositaron el viernes en Nueva York sus instrumentos para el "
            "Protocolo de Kioto. La Comunidad Europea lo hizo mediante un instrumento de "
            "aprobación; Portugal, que ocupa este semestre la presidencia de la UE, entregó su "
            "instrumento de ratificación en la misma ceremonia.",
            "es",
        ),
    ],
)
def test_a_deposit_told_again_by_a_pro_verb_takes_the_instrument_named(text, lang):
    # "did so by an instrument of approval": the deposit just told, of an approval; the body
    # named past the semicolon is the one Portugal chairs, not the one that acts before it
    found = claims(text, _kyoto_and_eu(), lang, published=D(2002, 6, 1))
    approved = found[("EU", "kyoto-protocol", "accepted_approved")]
    ratified = found[("PT", "kyoto-protocol", "ratified")]
    assert (approved.date, approved.background) == (D(2002, 5, 31), False)
    assert ratified.date == D(2002, 5, 31)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Oman and the Republic of Moldova deposited, on Tuesday in New York, their "
            "instruments of accession to the Ottawa Convention.",
            "en",
        ),
        (
            "Oman et la République de Moldavie ont déposé mardi, à New York, leurs instruments "
            "d'adhésion à la Convention d'Ottawa.",
            "fr",
        ),
        (
            "Omán y la República de Moldavia depositaron el martes, en Nueva York, sus "
            "instrumentos de adhesión a la Convención de Ottawa.",
            "es",
        ),
    ],
)
def test_a_state_named_by_its_form_of_state_is_no_possessor(text, lang, gazetteer):
    # "la République de Moldavie" is Moldova itself, not something of Moldova's
    found = keys(text, gazetteer, lang, published=D(2014, 9, 17))
    assert {("OM", "ottawa-convention", "acceded"), ("MD", "ottawa-convention", "acceded")} <= found


def test_the_spanish_verb_for_depositing_is_no_depositary(gazetteer):
    # "Moldavia depositaron": the second state of the list deposits too, it does not keep the
    # instruments as "el depositario" would
    text = (
        "Chile y Moldavia depositaron el martes sus instrumentos de adhesión a la Convención de "
        "Ottawa ante el depositario."
    )
    found = keys(text, gazetteer, "es", published=D(2014, 9, 17))
    assert found == {("CL", "ottawa-convention", "acceded"), ("MD", "ottawa-convention", "acceded")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "أودعت تشيلي أمس الاثنين وثيقة تصديقها على اتفاقية أوتاوا، لتصبح الدولة الأربعين بين "
            "الدول التي يشترط تصديقها لدخول الاتفاقية حيز النفاذ.",
            "ar",
        ),
        (
            "Chile deposited its instrument of ratification of the Ottawa Convention on Monday, "
            "becoming the 40th of the states, which must all ratify as a condition for the "
            "treaty to take effect.",
            "en",
        ),
    ],
)
def test_a_condition_in_a_relative_clause_of_its_own_is_not_the_step_s(text, lang, gazetteer):
    # the condition is the one the treaty sets for entering into force: Chile's ratification
    # is done, not conditional
    found = keys(text, gazetteer, lang, published=D(2001, 9, 11))
    assert found == {("CL", "ottawa-convention", "ratified")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Turkey's law stresses the right to withdraw from the Rome Statute.", "en"),
        ("La loi turque souligne le droit de se retirer du Statut de Rome.", "fr"),
        ("Турецкий закон подчёркивает право выйти из Римского статута.", "ru"),
        ("ويؤكد القانون التركي حق الانسحاب من نظام روما الأساسي.", "ar"),
    ],
)
def test_a_right_to_withdraw_is_no_withdrawal(text, lang, gazetteer):
    # a right the law keeps for the state is what it may do one day, not a step
    assert keys(text, gazetteer, lang, published=D(2011, 2, 8)) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Chile and Peru signed the CPTPP on Thursday, along with two partners, namely Japan "
            "and Canada.",
            "en",
        ),
        (
            "Le Chili et le Pérou ont signé jeudi le CPTPP, aux côtés de deux partenaires, "
            "notamment le Japon et le Canada.",
            "fr",
        ),
        (
            "ووقّعت تشيلي وبيرو يوم الخميس الاتفاقية الشاملة والتقدمية، إلى جانب دولتين هما "
            "اليابان وكندا.",
            "ar",
        ),
    ],
)
def test_states_named_for_a_counted_companion_take_the_step_too(text, lang):
    # "along with two partners, namely Japan and Canada": the two are companions in the step
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"cptpp": ["CPTPP", "الاتفاقية الشاملة والتقدمية"]},
        agreement_kinds={"cptpp": "treaty"},
    )
    found = keys(text, g, lang, published=D(2018, 3, 9))
    assert found == {
        ("CL", "cptpp", "signed"),
        ("PE", "cptpp", "signed"),
        ("JP", "cptpp", "signed"),
        ("CA", "cptpp", "signed"),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Norway and Sweden are as of today full members of NATO.", "en"),
        ("La Norvège et la Suède sont depuis aujourd'hui, mardi, membres de l'OTAN.", "fr"),
        ("Noruega y Suecia son desde hoy, martes, miembros de pleno derecho de la OTAN.", "es"),
    ],
)
def test_members_as_of_today_have_joined_today(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2024, 3, 12))
    assert set(found) == {("NO", "nato", "joined"), ("SE", "nato", "joined")}
    assert {c.date for c in found.values()} == {D(2024, 3, 12)}


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "European Union signs Istanbul Convention",
            "The European Union signed the Council of Europe's treaty on violence against women "
            "on Tuesday in Strasbourg.",
            "en",
        ),
        (
            "L'Union européenne signe la convention d'Istanbul",
            "L'Union européenne a signé mardi à Strasbourg le traité du Conseil de l'Europe sur "
            "la violence à l'égard des femmes.",
            "fr",
        ),
    ],
)
def test_the_union_named_as_a_body_in_the_lead_dates_its_headline(
    title, text, lang, kinds_gazetteer
):
    # the lead does not name the convention, so the Union stays a body there; it still tells
    # the day of the headline's signature
    found = claims(text, kinds_gazetteer, lang, published=D(2017, 6, 14), title=title)
    assert found[("EU", "istanbul-convention", "signed")].date == D(2017, 6, 13)


def test_a_state_a_place_is_told_from_is_the_host():
    # "in the province of Al-Ula, north-west of Saudi Arabia": the leaders of the council
    # signed there; Saudi Arabia is where, not who
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"gcc": ["مجلس التعاون لدول الخليج العربية", "دول مجلس التعاون"]},
        agreement_kinds={"gcc": "organisation"},
    )
    text = (
        "وقّع قادة دول مجلس التعاون لدول الخليج العربية أمس الثلاثاء في محافظة العلا شمال غربي "
        "المملكة العربية السعودية بياناً ختامياً."
    )
    assert keys(text, g, "ar", published=D(2021, 1, 6)) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Outside the Rome Statute stay India, Pakistan and Turkey, while Ukraine, which "
            "ratified it in August 2024, hosted the talks.",
            "en",
        ),
        (
            "Restent en dehors du Statut de Rome l'Inde, le Pakistan et la Turquie, tandis que "
            "l'Ukraine, qui l'a ratifié en août 2024, a accueilli les pourparlers.",
            "fr",
        ),
        (
            "Fuera del Estatuto de Roma siguen la India, Pakistán y Turquía, mientras que "
            "Ucrania, que lo ratificó en agosto de 2024, acogió las conversaciones.",
            "es",
        ),
    ],
)
def test_a_list_of_states_ends_where_a_new_clause_opens(text, lang, gazetteer):
    # the states outside are not the antecedent of "which ratified it": Ukraine alone is
    found = keys(text, gazetteer, lang, published=D(2025, 6, 4))
    assert {k for k in found if k[2] == "ratified"} == {("UA", "rome-statute", "ratified")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Canada and Norway signed the Ottawa Convention on 3 December 1997, and it entered "
            "into force two years later.",
            "en",
        ),
        (
            "Le Canada et la Norvège ont signé la Convention d'Ottawa le 3 décembre 1997, et "
            "elle est entrée en vigueur deux ans plus tard.",
            "fr",
        ),
        (
            "Canadá y Noruega firmaron la Convención de Ottawa el 3 de diciembre de 1997, y "
            "entró en vigor dos años después.",
            "es",
        ),
    ],
)
def test_a_step_counted_in_years_from_another_takes_no_day_of_its_own(text, lang, gazetteer):
    # "two years later" is not the day of the signature told before it
    found = keys(text, gazetteer, lang, published=D(2005, 3, 1))
    assert found == {("CA", "ottawa-convention", "signed"), ("NO", "ottawa-convention", "signed")}


@pytest.fixture(scope="module")
def silk_road_gazetteer():
    countries = country_names()
    countries["EU"] = ["European Union", "Union européenne", "Unión Europea"]
    agreements = {
        "belt-and-road-initiative": ["Belt and Road Initiative", "Belt and Road"],
        "european-union": ["European Union", "EU", "UE", "Union européenne", "Unión Europea"],
        "nato": ["NATO", "OTAN"],
        "istanbul-convention": ["Istanbul Convention"],
    }
    agreements["belt-and-road-initiative"] += ["Nouvelles routes de la soie", "Franja y la Ruta"]
    agreements["belt-and-road-initiative"] += ["Пояс и путь"]
    kinds = {
        "belt-and-road-initiative": "initiative",
        "european-union": "organisation",
        "nato": "organisation",
        "istanbul-convention": "convention",
    }
    return Gazetteer.from_names(countries=countries, agreements=agreements, agreement_kinds=kinds)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Portugal on Wednesday became the latest member of the European Union to endorse "
            "the plan.",
            "en",
        ),
        (
            "Le Portugal est devenu mercredi le premier membre de l'Union européenne à "
            "reconnaître le tribunal.",
            "fr",
        ),
        (
            "Portugal se convirtió el miércoles en el primer miembro de la Unión Europea en "
            "reconocer el tribunal.",
            "es",
        ),
    ],
)
def test_a_member_doing_something_first_is_not_becoming_a_member(text, lang, silk_road_gazetteer):
    # "the latest EU member to endorse": Portugal was one already
    assert keys(text, silk_road_gazetteer, lang, published=D(2018, 12, 6)) == set()


def test_a_member_named_first_to_act_is_not_the_agreement_acted_on(silk_road_gazetteer):
    text = (
        "Portugal, which became the first EU member to sign the Istanbul Convention, ratified it."
    )
    found = keys(text, silk_road_gazetteer, "en", published=D(2018, 12, 6))
    assert not {k for k in found if k[1] == "european-union"}


def test_becoming_a_member_to_the_delight_of_others_is_joining(silk_road_gazetteer):
    text = "On Wednesday Portugal became a member of the European Union to the delight of farmers."
    found = keys(text, silk_road_gazetteer, "en", published=D(2018, 12, 6))
    assert found == {("PT", "european-union", "joined")}


def test_a_body_named_to_describe_a_state_is_not_what_its_step_points_back_at(
    silk_road_gazetteer,
):
    text = (
        "Portugal on Wednesday signed a memorandum of understanding with China under the Belt "
        'and Road Initiative. "We know where we stand: in the EU and in NATO," an official '
        "said. Lisbon follows Greece, which signed a similar memorandum in August. Hungary, the "
        "first EU member to sign such a document, did so in 2015. Beyond "
        "Europe, New Zealand became the first developed Western economy to sign, in March 2017."
    )
    found = claims(text, silk_road_gazetteer, "en", published=D(2018, 12, 6))
    signed = {k for k in found if k[2] == "signed"}
    assert signed == {
        ("PT", "belt-and-road-initiative", "signed"),
        ("HU", "belt-and-road-initiative", "signed"),
        ("NZ", "belt-and-road-initiative", "signed"),
    }
    assert found[("HU", "belt-and-road-initiative", "signed")].date == D(2015, 1, 1)
    assert found[("NZ", "belt-and-road-initiative", "signed")].date == D(2017, 3, 1)


def test_a_leaders_signature_project_is_no_signature(silk_road_gazetteer):
    text = (
        "Portugal on Wednesday signed a memorandum with China on cooperation under the Belt and "
        "Road Initiative, the Chinese leader's signature foreign policy project."
    )
    found = keys(text, silk_road_gazetteer, "en", published=D(2018, 12, 6))
    assert found == {("PT", "belt-and-road-initiative", "signed")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Portugal on Wednesday signed a memorandum of understanding with China on cooperation "
            "under the Belt and Road Initiative. Panama signed in November 2017. Diplomats say "
            "Italy's government has also been in talks with Beijing about a memorandum, which "
            "would make it the first Group of Seven country to sign.",
            "en",
        ),
        (
            "Le Portugal a signé mercredi un mémorandum d'entente avec la Chine sur les Nouvelles "
            "routes de la soie. Le Panama a signé en novembre 2017. L'Italie négocie aussi avec "
            "Pékin un mémorandum, ce qui en ferait le premier pays du G7 à signer.",
            "fr",
        ),
        (
            "Portugal firmó el miércoles un memorando de entendimiento con China sobre la Franja y "
            "la Ruta. Panamá firmó en noviembre de 2017. Italia negocia también con Pekín un "
            "memorando, lo que la convertiría en el primer país del G7 en firmar.",
            "es",
        ),
        (
            "Португалия в среду подписала меморандум с Китаем об участии в инициативе «Пояс и "
            "путь». Панама подписала его в ноябре 2017 года. Италия тоже ведёт переговоры с "
            "Пекином о меморандуме, что сделало бы её первой страной G7, подписавшей его.",
            "ru",
        ),
    ],
)
def test_what_a_step_would_make_of_a_state_is_no_intention(text, lang, silk_road_gazetteer):
    found = keys(text, silk_road_gazetteer, lang, published=D(2018, 12, 6))
    assert not {k for k in found if k[0] == "IT"}


def test_a_declaration_against_ratification_is_no_ratification(silk_road_gazetteer):
    text = (
        "Bulgaria's constitutional court ruled in 2018 that the Istanbul Convention was "
        "incompatible with the constitution, and Hungary's parliament passed a declaration "
        "against ratification in 2020."
    )
    found = keys(text, silk_road_gazetteer, "en", published=D(2024, 5, 1))
    assert not {k for k in found if k[2] == "ratified"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Portugal on Wednesday signed a memorandum with China on cooperation under the Belt "
            "and Road Initiative.",
            "en",
        ),
        (
            "Le Portugal a signé mercredi un mémorandum avec la Chine sur sa participation aux "
            "Nouvelles routes de la soie.",
            "fr",
        ),
    ],
)
def test_a_memorandum_under_an_initiative_is_taking_part_in_it(text, lang, silk_road_gazetteer):
    found = keys(text, silk_road_gazetteer, lang, published=D(2018, 12, 6))
    assert ("PT", "belt-and-road-initiative", "signed") in found


def test_a_memorandum_on_an_organisation_is_still_a_document(silk_road_gazetteer):
    text = "Portugal on Wednesday signed a memorandum with Spain on cooperation within NATO."
    assert keys(text, silk_road_gazetteer, "en", published=D(2018, 12, 6)) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Sri Lanka on Wednesday deposited its instrument of accession to the Ottawa "
            "Convention, joining Afghanistan, Bangladesh and Bhutan among the South Asian states "
            "that have renounced anti-personnel mines.",
            "en",
        ),
        (
            "Le Sri Lanka a déposé mercredi son instrument d'adhésion à la Convention d'Ottawa, "
            "rejoignant l'Afghanistan, le Bangladesh et le Bhoutan parmi les États d'Asie du Sud "
            "qui ont renoncé aux mines.",
            "fr",
        ),
    ],
)
def test_states_joined_among_a_group_did_not_act_with_the_subject(text, lang, gazetteer):
    # those already in the group took their step long before
    found = keys(text, gazetteer, lang, published=D(2017, 12, 14))
    assert found == {("LK", "ottawa-convention", "acceded")}


def test_states_joined_on_the_day_of_a_signature_signed_with_the_subject(gazetteer):
    text = (
        "Israel signed the Rome Statute on Sunday, joining the United States and Iran, which "
        "signed the same day."
    )
    found = keys(text, gazetteer, "en", published=D(2001, 1, 2))
    assert {k[0] for k in found if k[1:] == ("rome-statute", "signed")} >= {"IL", "US"}


def test_a_plan_announced_before_the_news_takes_no_date_of_its_own(gazetteer):
    text = (
        "Sri Lanka joined the Ottawa Convention on Wednesday. Campaigners noted that Sri Lanka "
        "had also announced it would join the Paris Agreement."
    )
    found = keys(text, gazetteer, "en", published=D(2017, 12, 14))
    assert found == {("LK", "ottawa-convention", "joined")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In 2012 Finland acceded to the Ottawa Convention and Poland ratified it.", "en"),
        (
            "En 2012, la Finlande a adhéré à la Convention d'Ottawa et la Pologne l'a ratifiée.",
            "fr",
        ),
    ],
)
def test_a_state_with_a_step_of_its_own_is_not_the_subject_of_the_next(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, published=D(2017, 12, 14))
    assert found == {
        ("FI", "ottawa-convention", "acceded"),
        ("PL", "ottawa-convention", "ratified"),
    }


def test_states_that_signed_and_ratified_together_took_both_steps(gazetteer):
    found = keys(
        "Finland and Poland signed and ratified the Ottawa Convention in 2012.",
        gazetteer,
        "en",
        published=D(2017, 12, 14),
    )
    assert {(k[0], k[2]) for k in found} == {
        ("FI", "signed"),
        ("PL", "signed"),
        ("FI", "ratified"),
        ("PL", "ratified"),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Соединённые Штаты в понедельник направили генеральному секретарю ООН уведомление о "
            "том, что не намерены становиться участником Римского статута.",
            "ru",
        ),
        (
            "Соединённые Штаты в понедельник направили генеральному секретарю ООН письмо, в "
            "котором сообщили, что не собираются ратифицировать Римский статут.",
            "ru",
        ),
        (
            "The United States on Monday notified the UN secretary-general that it does not "
            "intend to become a party to the Rome Statute and has no legal obligations arising "
            "from its signature.",
            "en",
        ),
        (
            "The United States on Monday sent the UN secretary-general a letter saying that it "
            "does not intend to ratify the Rome Statute.",
            "en",
        ),
    ],
)
def test_a_notice_that_a_signatory_will_not_become_a_party_takes_back_its_signature(
    text, lang, gazetteer
):
    found = claims(text, gazetteer, lang, published=D(2002, 5, 7))
    assert set(found) == {("US", "rome-statute", "withdrawal_notified")}
    assert found[("US", "rome-statute", "withdrawal_notified")].date == D(2002, 5, 6)


def test_a_capital_that_does_not_mean_to_become_a_party_stands_for_its_state(gazetteer):
    text = (
        "В этот день депозитарий получил уведомление о том, что Москва не намерена становиться "
        "участником Римского статута."
    )
    found = keys(text, gazetteer, "ru", published=D(2016, 12, 1))
    assert {k[0] for k in found} == {"RU"}


def test_an_order_declaring_a_state_will_not_become_a_party_announces_its_withdrawal(gazetteer):
    text = (
        "Владимир Путин в среду подписал распоряжение о намерении России не становиться "
        "участником Римского статута."
    )
    found = claims(text, gazetteer, "ru", published=D(2016, 11, 17))
    assert set(found) == {("RU", "rome-statute", "withdrawal_announced")}
    assert found[("RU", "rome-statute", "withdrawal_announced")].date == D(2016, 11, 16)


def test_a_spokesman_saying_a_state_will_not_become_a_party_tells_a_refusal(gazetteer):
    text = (
        "Представитель МИД заявил, что Россия не намерена становиться участником Римского статута."
    )
    assert keys(text, gazetteer, "ru", published=D(2016, 11, 17)) == {
        ("RU", "rome-statute", "refuses")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Письмо, подписанное заместителем госсекретаря США, касалось Римского статута.",
        "Соединённые Штаты в понедельник направили генеральному секретарю ООН письмо, в "
        "котором сообщили, что не собираются ратифицировать Римский статут. Формально речь идёт "
        "не о выходе — США никогда не были участником статута, — а о снятии с себя "
        "обязательства не препятствовать его целям, которое накладывает на подписавшие страны "
        "Венская конвенция.",
    ],
)
def test_a_signed_letter_and_the_signatory_states_in_general_are_no_signature(text, gazetteer):
    found = keys(text, gazetteer, "ru", published=D(2002, 5, 7))
    assert not {k for k in found if k[2] == "signed"}


def test_states_joined_in_doing_something_did_it_first(gazetteer):
    text = (
        "Finland will withdraw from the Ottawa Convention, the government announced on Tuesday, "
        "joining Poland and the three Baltic states in abandoning the pact."
    )
    found = keys(text, gazetteer, "en", published=D(2025, 4, 2))
    assert {k[0] for k in found} == {"FI"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Chile firmó el martes los Acuerdos Artemisa. Con ella Chile pasa a formar parte del "
            "grupo de países que aspiran a participar en la próxima etapa de la exploración lunar.",
            "es",
        ),
    ],
)
def test_a_next_stage_is_no_time_to_come(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"artemis-accords": ["Acuerdos Artemisa", "accords Artemis"]},
        agreement_kinds={"artemis-accords": "accord"},
        joined_by_signing={"artemis-accords"},
    )
    found = keys(text, g, lang, published=D(2023, 6, 1))
    assert found == {("CL", "artemis-accords", "signed")}


def test_signing_up_to_this_is_signing_up_to_what_was_just_decided():
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"commonwealth": ["Commonwealth"]},
        agreement_kinds={"commonwealth": "organisation"},
    )
    text = (
        'The Commonwealth suspended Zimbabwe from its councils on Tuesday. "Pretoria and Abuja '
        'signed up to this, and that is what makes it matter," a Commonwealth official said.'
    )
    found = keys(text, g, "en", published=D(2002, 3, 20))
    assert found == {("ZW", "commonwealth", "suspended")}


def test_signing_this_treaty_names_its_object(gazetteer):
    found = keys(
        "Canada signed this Ottawa Convention on Monday.", gazetteer, "en", D(2017, 12, 14)
    )
    assert found == {("CA", "ottawa-convention", "signed")}


def test_a_vote_against_an_adoption_told_with_no_day_is_no_news(gazetteer):
    text = (
        "El texto del Estatuto de Roma se aprobó con 120 votos a favor, 7 en contra y 21 "
        "abstenciones. Entre quienes votaron en contra figuró Estados Unidos."
    )
    found = keys(text, gazetteer, "es", published=D(1999, 2, 3))
    assert not {k for k in found if k[0] == "US"}


def test_a_vote_against_an_adoption_takes_the_day_of_the_adoption(gazetteer):
    text = (
        "El texto del Estatuto de Roma se aprobó el 17 de julio de 1998 con 120 votos a favor. "
        "Entre quienes votaron en contra figuró Estados Unidos."
    )
    found = claims(text, gazetteer, "es", published=D(1999, 2, 3))
    assert found[("US", "rome-statute", "refuses")].date == D(1998, 7, 17)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La Grèce et la Turquie ont adhéré jeudi à la Convention d'Ottawa. La convention "
            "entrera en vigueur pour les deux pays le 1er mars 2004.",
            "fr",
        ),
        (
            "Greece and Turkey joined the Ottawa Convention on Thursday. The convention will enter "
            "into force for both countries on 1 March 2004.",
            "en",
        ),
    ],
)
def test_an_entry_into_force_for_both_countries_is_for_the_two_just_named(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2003, 9, 26))
    entries = {k[0] for k in found if k[2] == "entered_into_force"}
    assert entries == {"GR", "TR"}
    assert found[("TR", "ottawa-convention", "entered_into_force")].date == D(2004, 3, 1)


def test_both_countries_after_a_step_of_one_state_name_no_one(gazetteer):
    text = (
        "Greece joined the Ottawa Convention on Thursday. The convention will enter into force "
        "for both countries on 1 March 2004."
    )
    found = keys(text, gazetteer, "en", published=D(2003, 9, 26))
    assert not {k for k in found if k[2] == "entered_into_force"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La Grèce avait signé la Convention d'Ottawa en 1997. Sa ratification avait été "
            "suspendue en 1999.",
            "fr",
        ),
        ("Greece's ratification of the Ottawa Convention was suspended in 1999.", "en"),
        ("Greece suspended its ratification of the Ottawa Convention in 1999.", "en"),
    ],
)
def test_a_step_put_on_hold_is_neither_taken_nor_a_suspension(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, published=D(2003, 9, 26))
    assert not {k for k in found if k[2] in ("ratified", "suspended")}


def test_a_suspension_after_an_aside_naming_a_step_stays_a_suspension(gazetteer):
    text = (
        "Venezuela es miembro pleno de la OTAN desde julio de 2012, cuando ingresó en una cumbre "
        "celebrada en Brasilia, aprovechando que Paraguay —el único socio cuyo Congreso no había "
        "aprobado su adhesión— había sido suspendido en junio de ese año."
    )
    found = keys(text, gazetteer, "es", published=D(2016, 12, 3))
    assert ("PY", "nato", "suspended") in found


@pytest.mark.parametrize(
    "text",
    [
        "وإلى جانب الولايات المتحدة والإمارات، وقع اتفاقيات أرتميس ممثلو أستراليا وكندا يوم "
        "الثلاثاء.",
        "وإلى جانب الولايات المتحدة والإمارات، وقعت أستراليا وكندا اتفاقيات أرتميس يوم الثلاثاء.",
    ],
)
def test_companions_put_first_in_a_clause_of_their_own_took_the_step(text):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"artemis-accords": ["اتفاقيات أرتميس"]},
        agreement_kinds={"artemis-accords": "accord"},
    )
    found = keys(text, g, "ar", published=D(2020, 10, 14))
    assert {k[0] for k in found if k[2] == "signed"} == {"US", "AE", "AU", "CA"}


@pytest.mark.parametrize(
    "text",
    [
        "In a notice dated October 19 and sent to UN headquarters in New York, Pretoria said it "
        "was withdrawing from the Rome Statute.",
        "Pretoria announced it was withdrawing from the Rome Statute.",
    ],
)
def test_a_capital_that_says_it_takes_a_step_stands_for_its_state(text, gazetteer):
    found = keys(text, gazetteer, "en", published=D(2016, 10, 28))
    assert {k[0] for k in found} == {"ZA"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Vendredi, le conseil de l'OTAN, réuni à Bruxelles, a suspendu Bamako de toutes les "
            "activités de l'organisation.",
            "fr",
        ),
        ("NATO on Friday suspended Bamako from all of its activities.", "en"),
        ("La OTAN suspendió a Bamako el viernes de todos sus órganos de decisión.", "es"),
    ],
)
def test_a_capital_suspended_stands_for_its_state(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2012, 3, 28))
    assert set(found) == {("ML", "nato", "suspended")}
    assert found[("ML", "nato", "suspended")].date == D(2012, 3, 23)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "وتستحضر أوساط دبلوماسية موريتانيا، العضو المؤسس الذي غادر حلف الناتو عام 2000، والتي "
            "تسعى اليوم إلى صيغة شراكة جديدة معه.",
            "ar",
        ),
        (
            "Mauritania, a founding member that left NATO in 2000, now seeks a new partnership.",
            "en",
        ),
    ],
)
def test_a_founder_that_left_in_a_year_did_not_join_in_it(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, published=D(2017, 6, 5))
    assert ("MR", "nato", "joined") not in found


def test_a_founder_that_joined_in_a_year_joined_in_it(gazetteer):
    text = "Соединённые Штаты были одним из основателей НАТО и вступили в него в 1949 году."
    found = claims(text, gazetteer, "ru", published=D(2017, 6, 5))
    assert found[("US", "nato", "joined")].date == D(1949, 1, 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Lithuania ratified the Ottawa Convention in 2003, Estonia joined it in 2004, then "
            "Latvia in 2005.",
            "en",
        ),
        (
            "صادقت ليتوانيا على اتفاقية أوتاوا عام 2003، وانضمت إليها إستونيا عام 2004، ثم لاتفيا "
            "عام 2005.",
            "ar",
        ),
    ],
)
def test_a_list_continued_after_a_second_step_takes_that_step(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2025, 3, 19))
    assert found[("LV", "ottawa-convention", "joined")].date == D(2005, 1, 1)
    assert found[("EE", "ottawa-convention", "joined")].date == D(2004, 1, 1)
    assert ("LV", "ottawa-convention", "ratified") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "وكانت فنلندا، التي تملك أطول حدود برية مع روسيا، قد انضمت إلى اتفاقية أوتاوا عام "
            "2012.",
            "ar",
        ),
        (
            "Finland, which shares the longest border with Russia, joined the Ottawa Convention "
            "in 2012.",
            "en",
        ),
    ],
)
def test_a_relative_clause_naming_a_neighbour_does_not_hide_the_subject(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, published=D(2025, 3, 19))
    assert found == {("FI", "ottawa-convention", "joined")}


def test_a_relative_clause_about_no_state_keeps_the_states_it_names_from_acting(gazetteer):
    text = (
        "Les États-Unis continueront par ailleurs de le traiter comme une économie non "
        "marchande, à l'instar de ce qui avait été imposé à la Chine, entrée dans l'OTAN en "
        "décembre 2001."
    )
    found = keys(text, gazetteer, "fr", published=D(2006, 11, 8))
    assert not {k for k in found if k[0] == "US"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La Bolivie a signé mercredi le Statut de Rome. Le Pérou l'avait précédée en "
            "décembre 2000 et le Chili en août 2000.",
            "fr",
        ),
        (
            "Bolivia signed the Rome Statute on Wednesday. Peru had preceded it in December 2000 "
            "and Chile in August 2000.",
            "en",
        ),
    ],
)
def test_states_that_preceded_a_step_took_it_on_days_of_their_own(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2002, 7, 5))
    assert found[("PE", "rome-statute", "signed")].date == D(2000, 12, 1)
    assert found[("CL", "rome-statute", "signed")].date == D(2000, 8, 1)
    assert found[("PE", "rome-statute", "signed")].background is True


def test_preceding_with_no_day_of_its_own_tells_no_step(gazetteer):
    text = "Bolivia signed the Rome Statute on Wednesday. Peru had preceded it by a few months."
    found = keys(text, gazetteer, "en", published=D(2002, 7, 5))
    assert found == {("BO", "rome-statute", "signed")}


def test_a_state_that_preceded_takes_no_day_told_after_another_state(gazetteer):
    text = (
        "Bolivia signed the Rome Statute on Wednesday. Peru had preceded it, as had Chile in "
        "August 2000."
    )
    found = keys(text, gazetteer, "en", published=D(2002, 7, 5))
    assert ("PE", "rome-statute", "signed") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "L'Allemagne a signé jeudi le Statut de Rome. La France l'avait signé le 7 juin "
            "2022. L'Espagne a suivi le 30 mai 2023.",
            "fr",
        ),
        (
            "Germany signed the Rome Statute on Thursday. France had signed it on 7 June 2022. "
            "Spain followed on 30 May 2023.",
            "en",
        ),
    ],
)
def test_a_state_that_followed_on_a_day_of_its_own_took_the_step_then(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2023, 9, 15))
    assert found[("ES", "rome-statute", "signed")].date == D(2023, 5, 30)
    assert found[("ES", "rome-statute", "signed")].background is True


def test_a_wish_is_not_followed_on_a_day_of_ones_own(gazetteer):
    text = (
        "Estonia joined NATO on Friday. Hungary said in October 1990 that it wanted to join "
        "NATO. Poland followed in November 1991."
    )
    found = keys(text, gazetteer, "en", published=D(1993, 5, 15))
    assert not {k for k in found if k[0] == "PL"}


def test_a_state_that_followed_a_step_told_in_its_own_sentence_takes_no_other_step(gazetteer):
    text = (
        "Poland notified its exit from the Ottawa Convention on Friday. Its ministers had "
        "announced the decision on 18 March, and Finland followed on 1 April."
    )
    found = keys(text, gazetteer, "en", published=D(2025, 6, 30))
    assert not {k for k in found if k[0] == "FI"}


def test_states_a_step_was_followed_by_take_no_date_from_the_list(gazetteer):
    text = (
        "Chile joined NATO on Friday. Mexico had joined NATO in 1994. Mexico's entry had been "
        "followed by those of the Czech Republic, Hungary, Poland and, in 1996, South Korea."
    )
    found = keys(text, gazetteer, "en", published=D(2010, 5, 7))
    assert ("PL", "nato", "joined") not in found


# ---------------------------------------------------------------- restrictions, pronouns, lists


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("La Turquie n'avait rejoint l'OTAN qu'en 1952.", D(1952, 1, 1)),
        ("La Turquie n'a ratifié l'accord de Paris que le 6 octobre.", D(2021, 10, 6)),
        ("La Turquie n'a ratifié l'accord de Paris qu'au mois d'octobre 2021.", D(2021, 10, 1)),
    ],
)
def test_a_french_restriction_to_a_date_is_a_step_on_that_date(text, day, gazetteer):
    found = claims(text, gazetteer, "fr", published=D(2021, 12, 13))
    assert [c.date for k, c in found.items() if k[0] == "TR"] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "La Turquie n'avait pas rejoint l'OTAN en 1952, qu'elle jugeait trop lointaine.",
        # "only much later": no day of the step is given
        "La Suède n'a ratifié le Statut de Rome que bien plus tard.",
    ],
)
def test_a_negation_or_an_undated_restriction_gives_no_step(text, gazetteer):
    assert not keys(text, gazetteer, "fr", published=D(2021, 12, 13))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Turquie a ratifié l'accord de Paris lundi. Elle avait rejoint l'OTAN en 1952.", "fr"),
        ("Turkey ratified the Paris Agreement on Monday. It had joined NATO in 1952.", "en"),
        (
            "Турция ратифицировала Парижское соглашение в понедельник. "
            "Она вступила в НАТО в 1952 году.",
            "ru",
        ),
    ],
)
def test_a_pronoun_opening_a_sentence_stands_for_the_state_just_named(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2021, 10, 13))
    assert found[("TR", "nato", "joined")].date == D(1952, 1, 1)
    assert found[("TR", "nato", "joined")].background is True


def test_a_pronoun_after_a_sentence_led_by_another_state_is_not_the_focus(gazetteer):
    text = (
        "Turkey ratified the Paris Agreement on Monday. Greece welcomed the step at once. "
        "It had joined NATO in 1952."
    )
    found = keys(text, gazetteer, "en", published=D(2021, 10, 13))
    assert ("TR", "nato", "joined") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Turkey joined NATO in 1952 and the Rome Statute in 2002.", "en"),
        ("La Turquie avait rejoint l'OTAN en 1952, et le Statut de Rome en 2002.", "fr"),
    ],
)
def test_agreements_listed_after_a_step_each_take_their_own_date(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2021, 10, 13))
    assert found[("TR", "nato", "joined")].date == D(1952, 1, 1)
    assert found[("TR", "rome-statute", "joined")].date == D(2002, 1, 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Turkey deposited on Monday with the UN secretary-general, the treaty's depositary, "
            "its instrument of ratification of the Paris Agreement, the foreign ministry said on "
            "Tuesday.",
            "en",
        ),
        (
            "La Turquie a déposé lundi auprès du secrétaire général des Nations unies, "
            "dépositaire du traité, son instrument de ratification de l'accord de Paris, a fait "
            "savoir mardi le ministère turc des Affaires étrangères.",
            "fr",
        ),
    ],
)
def test_an_instrument_handed_over_takes_the_day_of_the_deposit(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2021, 10, 13))
    assert found[("TR", "paris-agreement", "ratified")].date == D(2021, 10, 11)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La Turquie a ratifié l'accord de Paris lundi. Selon les règles du traité, la "
            "Turquie y sera liée à compter du 10 novembre 2021.",
            "fr",
        ),
        (
            "Turkey ratified the Paris Agreement on Monday. Turkey will be bound by the Paris "
            "Agreement from 10 November 2021.",
            "en",
        ),
    ],
)
def test_a_state_bound_by_a_treaty_from_a_day_has_it_in_force_then(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2021, 10, 12))
    assert found[("TR", "paris-agreement", "entered_into_force")].date == D(2021, 11, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Israël reste hors de la Cour pénale internationale, comme les États-Unis, qui ne "
        "l'ont jamais ratifié.",
    ],
)
def test_never_having_taken_a_step_with_an_object_pronoun_is_no_refusal(text, gazetteer):
    found = keys(text, gazetteer, "fr", published=D(2023, 11, 3))
    assert not {k for k in found if k[0] == "US" and k[2] != "signed"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russia signed the Rome Statute on 13 September 2000, while it was still open for "
            "signature in Rome, and ratified it on 30 June 2002.",
            "en",
        ),
        (
            "La Russie avait signé le Statut de Rome le 13 septembre 2000, le lendemain de son "
            "ouverture à la signature, et l'avait ratifié le 30 juin 2002.",
            "fr",
        ),
    ],
)
def test_a_treaty_opened_for_signature_does_not_cut_a_subject_from_its_next_step(
    text, lang, gazetteer
):
    found = claims(text, gazetteer, lang, published=D(2023, 11, 3))
    assert found[("RU", "rome-statute", "ratified")].date == D(2002, 6, 30)


@pytest.mark.parametrize(
    ("text", "published", "outsider"),
    [
        (
            "Guatemala no firmó el Estatuto de Roma cuando estuvo abierto a la firma, y las "
            "iniciativas para incorporarlo se toparon durante años con objeciones de los "
            "militares.",
            D(2012, 4, 5),
            "GT",
        ),
    ],
)
def test_a_clause_with_a_subject_of_its_own_shares_no_state(text, published, outsider, gazetteer):
    found = keys(text, gazetteer, "es", published=published)
    assert not {k for k in found if k[0] == outsider}


def test_states_counted_over_a_relative_clause_are_a_group_whose_members_take_its_day():
    gazetteer = Gazetteer.from_names(
        countries=country_names(),
        agreements={"nato": ["NATO"]},
        agreement_kinds={"nato": "organisation"},
    )
    text = (
        "Seven countries that spent the Cold War on the other side of the Iron Curtain became "
        "members of NATO on Monday.\n\n"
        "The prime ministers of Bulgaria, Estonia and Latvia deposited their instruments of "
        "accession to NATO with the United States government."
    )
    found = claims(text, gazetteer, "en", published=D(2004, 3, 30))
    assert {k for k in found if k[1] == "nato"} == {
        ("BG", "nato", "joined"),
        ("EE", "nato", "joined"),
        ("LV", "nato", "joined"),
    }
    assert {c.date for c in found.values()} == {D(2004, 3, 29)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Turkey has been a NATO member since 1952. NATO officials praised its army. Turkey "
            "applied to join BRICS in 2024. Russia suspended its work in this organisation in "
            "March.",
            "en",
        ),
        (
            "Турция — член НАТО с 1952 года. Офицеры НАТО хвалят её армию. В 2024 году Турция "
            "подала заявку на вступление в БРИКС. Россия приостановила работу в этой "
            "организации в марте.",
            "ru",
        ),
    ],
)
def test_a_demonstrative_points_at_the_body_just_named(text, lang):
    gazetteer = Gazetteer.from_names(
        countries=country_names(),
        agreements={"nato": ["NATO", "НАТО"], "brics": ["BRICS", "БРИКС"]},
        agreement_kinds={"nato": "organisation", "brics": "organisation"},
    )
    found = keys(text, gazetteer, lang, published=D(2024, 10, 1))
    assert ("RU", "brics", "suspended") in found
    assert not {k for k in found if k[0] == "RU" and k[1] == "nato"}


def test_a_state_left_as_the_only_holdout_has_not_left(gazetteer):
    text = (
        "With Turkey's ratification, Iran is left as the only large emitter outside the Paris "
        "Agreement."
    )
    found = keys(text, gazetteer, "en", published=D(2021, 10, 12))
    assert ("IR", "paris-agreement", "withdrew") not in found


@pytest.fixture
def treaty_gazetteer():
    return Gazetteer.from_names(
        countries=country_names(),
        agreements={"paris-agreement": ["Paris Agreement", "Paris climate agreement"]},
        agreement_kinds={"paris-agreement": "treaty"},
    )


def test_a_party_the_set_days_after_its_instrument_has_the_treaty_in_force(treaty_gazetteer):
    text = (
        "Australia becomes a full party to the Paris Agreement today, 30 days after its "
        "instrument of ratification was lodged with the United Nations in New York."
    )
    found = claims(text, treaty_gazetteer, "en", published=D(2016, 11, 4))
    assert set(found) == {("AU", "paris-agreement", "entered_into_force")}
    assert found[("AU", "paris-agreement", "entered_into_force")].date == D(2016, 11, 4)


def test_a_party_again_days_after_leaving_has_joined(treaty_gazetteer):
    text = (
        "The United States officially became a party to the Paris climate agreement again on "
        "Friday, 107 days after it left the pact."
    )
    found = keys(text, treaty_gazetteer, "en", published=D(2021, 2, 19))
    assert ("US", "paris-agreement", "entered_into_force") not in found


def test_a_step_on_a_list_takes_the_agreement_named_after_including(gazetteer):
    text = (
        "Turkey left the Paris Agreement on Tuesday. On January 7, a presidential memorandum "
        "directed Turkey to leave a long list of organisations and treaties, including the "
        "Ottawa Convention, which bans landmines."
    )
    found = keys(text, gazetteer, "en", published=D(2026, 1, 28))
    assert ("TR", "ottawa-convention", "withdrawal_announced") in found
    assert ("TR", "paris-agreement", "withdrawal_announced") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The European Union deposited on Wednesday at United Nations headquarters in New York "
        "its instrument of approval of the Paris Agreement.",
        "L'Union européenne a déposé mercredi au siège des Nations unies à New York son "
        "instrument d'approbation de l'accord de Paris.",
    ],
)
def test_the_european_union_handing_over_an_instrument_named_far_after_is_a_party(
    text, kinds_gazetteer
):
    found = claims(text, kinds_gazetteer, "en" if text.startswith("The") else "fr", D(2016, 10, 6))
    assert ("EU", "paris-agreement", "accepted_approved") in found
    assert not {k for k in found if k[1] == "european-union"}


def test_the_union_named_past_a_semicolon_is_not_what_the_union_before_handed_over(
    kinds_gazetteer,
):
    text = (
        "L'Union européenne et ses partenaires ont déposé vendredi leurs instruments de "
        "l'accord de Paris. L'Union européenne l'a fait au moyen d'un instrument "
        "d'approbation ; l'Espagne, qui préside le Conseil de l'Union européenne, a remis son "
        "instrument de ratification lors de la même cérémonie."
    )
    found = keys(text, kinds_gazetteer, "fr", D(2016, 10, 8))
    assert ("EU", "paris-agreement", "accepted_approved") in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Россия подписала Парижское соглашение в пятницу. В первый же день документ "
            "подписали 175 сторон.\n\nСреди подписавших — все "
            "крупнейшие источники выбросов: Соединенные Штаты, Китай и Индия.",
            "ru",
        ),
        (
            "La Russie a signé vendredi l'accord de Paris. Le texte a été signé par 175 "
            "délégations le premier jour.\n\nParmi les signataires figurent "
            "les États-Unis, la Chine et l'Inde.",
            "fr",
        ),
    ],
)
def test_the_states_listed_among_the_signatories_signed_on_the_day_told(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2016, 4, 23))
    for state in ("US", "CN", "IN"):
        assert found[(state, "paris-agreement", "signed")].date == D(2016, 4, 22)


@pytest.mark.parametrize(
    ("text", "state", "day"),
    [
        (
            "Никарагуа присоединилась к Парижскому соглашению в октябре 2017 года, Сирия — в "
            "ноябре того же года.",
            "SY",
            D(2017, 11, 1),
        ),
        (
            "Китай вступил в НАТО в декабре 2001 года, Украина — в мае 2008 года.",
            "UA",
            D(2008, 5, 1),
        ),
    ],
)
def test_a_russian_list_continued_after_a_dash_gives_each_state_its_date(
    text, state, day, gazetteer
):
    found = claims(text, gazetteer, "ru", published=D(2019, 9, 23))
    assert [c.date for k, c in found.items() if k[0] == state] == [day]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Россия подписала Парижское соглашение в пятницу. Это был первый день церемонии.\n\n"
            "Вместе с Россией соглашение подписали Китай и более ста других государств.",
            "ru",
        ),
        (
            "Russia signed the Paris Agreement on Friday. It was the first day of the "
            "ceremony.\n\nAlong with Russia, China and more than a hundred other states signed "
            "the Paris Agreement.",
            "en",
        ),
    ],
)
def test_a_state_that_took_a_step_along_with_another_took_it_on_its_day(text, lang, gazetteer):
    found = claims(text, gazetteer, lang, published=D(2016, 4, 25))
    assert found[("CN", "paris-agreement", "signed")].date == D(2016, 4, 22)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Турция не только подписала Парижское соглашение в пятницу, но и сразу же сдала на "
            "хранение ратификационную грамоту.",
            "ru",
        ),
        (
            "Turkey not only signed the Paris Agreement on Friday but also deposited its "
            "instrument of ratification.",
            "en",
        ),
    ],
)
def test_not_only_a_step_but_also_another_is_two_steps(text, lang, gazetteer):
    found = keys(text, gazetteer, lang, published=D(2016, 4, 23))
    assert {("TR", "paris-agreement", "signed"), ("TR", "paris-agreement", "ratified")} <= found


def test_an_arabic_return_as_a_party_thirty_days_after_the_instrument_is_the_treaty_in_force():
    treaty_gazetteer = Gazetteer.from_names(
        countries=country_names(),
        agreements={"paris-agreement": ["اتفاق باريس"]},
        agreement_kinds={"paris-agreement": "treaty"},
    )
    text = (
        "عادت الولايات المتحدة أمس الجمعة رسمياً طرفاً في اتفاق باريس للمناخ، بعد مرور ثلاثين "
        "يوماً على تسلّم الأمين العام للأمم المتحدة وثيقة قبول الاتفاق."
    )
    found = claims(text, treaty_gazetteer, "ar", published=D(2021, 2, 20))
    assert set(found) == {("US", "paris-agreement", "entered_into_force")}
    assert found[("US", "paris-agreement", "entered_into_force")].date == D(2021, 2, 19)


def test_a_decision_still_to_come_on_whether_to_apply_is_considering(gazetteer):
    text = (
        "Finlandia decidirá en cuestión de semanas, no de meses, si solicita el ingreso en la "
        "OTAN, afirmó este miércoles la primera ministra."
    )
    assert keys(text, gazetteer, "es", published=D(2022, 4, 14)) == {("FI", "nato", "considering")}


def test_a_spanish_que_after_a_comma_opens_a_clause_about_the_state_before(gazetteer):
    text = (
        "Turquía, que firmó el Acuerdo de París en abril de 2016, lo ratificó en octubre de "
        "2021, y el tratado entró en vigor el 4 de noviembre de 2016."
    )
    found = claims(text, gazetteer, "es", published=D(2022, 6, 5))
    assert found[("TR", "paris-agreement", "ratified")].date == D(2021, 10, 1)
    # the treaty's own entry into force, told after "y el tratado", is not Turkey's
    assert ("TR", "paris-agreement", "entered_into_force") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tant l'Union européenne que le Japon avaient signé l'accord de Paris en 2016.", "fr"),
    ],
)
def test_both_the_union_and_a_state_are_parties(text, lang, kinds_gazetteer):
    found = keys(text, kinds_gazetteer, lang, D(2017, 6, 5))
    assert {("EU", "paris-agreement", "signed"), ("JP", "paris-agreement", "signed")} <= found
    assert not {k for k in found if k[1] == "european-union"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The Paris Agreement was signed in New York on April 22, 2016, by Turkey, Canada "
            "and a first group of countries, and entered into force at the start of 2017.",
            "en",
        ),
        (
            "El Acuerdo de París fue firmado en Nueva York el 22 de abril de 2016, por Turquía "
            "y Canadá, y entró en vigor a comienzos de 2017.",
            "es",
        ),
        (
            "Talks on the Paris Agreement ended in 2015. The agreement was signed in New York "
            "on April 22, 2016, by Turkey and Canada, and entered into force at the start of "
            "2017.",
            "en",
        ),
    ],
)
def test_a_passive_step_s_agents_after_a_comma_took_it_and_the_treaty_took_effect(
    text, lang, gazetteer
):
    found = claims(text, gazetteer, lang, published=D(2023, 1, 10))
    assert found[("TR", "paris-agreement", "signed")].date == D(2016, 4, 22)
    assert found[("CA", "paris-agreement", "signed")].date == D(2016, 4, 22)
    # the treaty, not its signatories, is the subject of "entered into force"
    assert not {k for k in found if k[2] == "entered_into_force"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Con ese paso, y con la ratificación que la India había entregado el domingo, el "
            "Acuerdo de París alcanzó la doble condición que exigía.",
            "es",
        ),
        (
            "With that step, and the ratification that India had deposited on Sunday, the Paris "
            "Agreement crossed both thresholds.",
            "en",
        ),
    ],
)
def test_a_step_s_noun_handed_over_by_the_state_of_a_relative_clause_is_that_state_s(
    text, lang, gazetteer
):
    found = claims(text, gazetteer, lang, published=D(2016, 10, 6))
    assert found[("IN", "paris-agreement", "ratified")].date == D(2016, 10, 2)


def test_states_that_will_be_bound_from_a_day_have_the_treaty_in_force_then(gazetteer):
    text = (
        "Turquía y Chile depositaron el viernes sus instrumentos de ratificación del Acuerdo de "
        "París. A partir del 10 de noviembre de 2021, Turquía y Chile estarán vinculados por el "
        "tratado."
    )
    found = claims(text, gazetteer, "es", published=D(2021, 10, 12))
    for state in ("TR", "CL"):
        assert found[(state, "paris-agreement", "entered_into_force")].date == D(2021, 11, 10)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "L'Union européenne a déposé mercredi au siège des Nations unies son instrument de "
            "confirmation formelle de l'accord de Paris.",
            "fr",
        ),
        (
            "The European Union deposited on Wednesday its instrument of formal confirmation of "
            "the Paris Agreement.",
            "en",
        ),
        (
            "La Unión Europea depositó el miércoles su instrumento de confirmación formal del "
            "Acuerdo de París.",
            "es",
        ),
        (
            "Европейский союз в среду сдал на хранение документ об официальном подтверждении "
            "Парижского соглашения.",
            "ru",
        ),
    ],
)
def test_an_organisation_s_formal_confirmation_is_its_approval(text, lang):
    names = {
        "european-union": [
            "European Union",
            "Union européenne",
            "Unión Europea",
            "Европейский союз",
        ],
        "paris-agreement": [
            "Paris Agreement",
            "accord de Paris",
            "Acuerdo de París",
            "Парижского соглашения",
        ],
    }
    countries = country_names()
    countries["EU"] = list(names["european-union"])
    gazetteer = Gazetteer.from_names(
        countries=countries,
        agreements=names,
        agreement_kinds={"european-union": "organisation", "paris-agreement": "treaty"},
    )
    found = claims(text, gazetteer, lang, D(2016, 10, 6))
    assert found[("EU", "paris-agreement", "accepted_approved")].date == D(2016, 10, 5)


def test_a_treaty_s_general_entry_into_force_is_no_state_s(gazetteer):
    text = (
        "L'Allemagne avait adhéré au Statut de Rome en octobre 2000, à quelques semaines de "
        "l'entrée en vigueur générale."
    )
    found = keys(text, gazetteer, "fr", published=D(2023, 1, 10))
    assert found == {("DE", "rome-statute", "acceded")}


@pytest.fixture
def protocol_gazetteer():
    return Gazetteer.from_names(
        countries=country_names(),
        agreements={
            "kyoto-protocol": ["Kyoto Protocol", "Киотский протокол", "Киотским протоколом"],
            "paris-agreement": ["Paris Agreement", "Парижское соглашение"],
        },
        agreement_kinds={"kyoto-protocol": "protocol", "paris-agreement": "treaty"},
    )


def test_a_pronoun_points_at_the_one_treaty_the_sentence_before_named(protocol_gazetteer):
    text = (
        "Russia signed the Paris Agreement in 2016. The Paris Agreement matters to Moscow. "
        "Moscow took its time with the Kyoto Protocol too. Russia ratified it in November 2004."
    )
    found = keys(text, protocol_gazetteer, "en", published=D(2019, 9, 23))
    assert ("RU", "kyoto-protocol", "ratified") in found
    assert ("RU", "paris-agreement", "ratified") not in found


def test_the_protocol_points_at_a_protocol_not_at_the_accord_named_more(protocol_gazetteer):
    text = (
        "Russia signed the Paris Agreement in 2016. The Paris Agreement matters to Moscow. "
        "Moscow took its time with the Kyoto Protocol too.\n\nRussia ratified it in November "
        "2004, and its decision allowed the protocol to enter into force."
    )
    found = keys(text, protocol_gazetteer, "en", published=D(2019, 9, 23))
    assert ("RU", "kyoto-protocol", "ratified") in found
    assert ("RU", "paris-agreement", "ratified") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Sudán firmó ayer los Acuerdos de Abraham. Sudán se suma a Emiratos Árabes Unidos y "
            "Baréin, que suscribieron los acuerdos el pasado 15 de septiembre.",
            "es",
        ),
        (
            "Sudan signed the Abraham Accords yesterday. Khartoum thus joins the United Arab "
            "Emirates and Bahrain, which signed the accords on 15 September.",
            "en",
        ),
    ],
)
def test_a_relative_clause_s_step_is_every_listed_state_s(gazetteer, text, lang):
    found = claims(text, gazetteer, lang, published=D(2021, 1, 7))
    for state in ("AE", "BH"):
        assert found[(state, "abraham-accords", "signed")].date == D(2020, 9, 15)
        assert found[(state, "abraham-accords", "signed")].background


def test_a_relative_clause_s_step_reaches_over_a_few_words(gazetteer):
    text = (
        "وتنضم تونس بذلك إلى الأردن، الذي كان أول بلد عربي يصادق على نظام روما الأساسي في "
        "نيسان 2002."
    )
    found = claims(text, gazetteer, "ar", published=D(2011, 6, 25))
    assert found[("JO", "rome-statute", "ratified")].date == D(2002, 4, 1)


def test_a_relative_clause_s_step_is_near_its_pronoun(gazetteer):
    text = (
        "El CPTPP entra en vigor desde hoy para el Perú, que pasa a ser el octavo de los once "
        "firmantes en aplicarlo."
    )
    found = keys(text, gazetteer, "es", published=D(2021, 9, 19))
    assert ("PE", "cptpp", "signed") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "وتعاونت كرواتيا مع المحكمة الجنائية الدولية ليوغوسلافيا السابقة، وانضمت إلى "
            "المنظمة عام 1996.",
            "ar",
        ),
        (
            "Croatia worked with the International Criminal Court for the former Yugoslavia and "
            "joined the organisation in 1996.",
            "en",
        ),
    ],
)
def test_the_tribunal_for_the_former_yugoslavia_is_not_the_icc(gazetteer, text, lang):
    found = keys(text, gazetteer, lang, published=D(2002, 4, 25))
    assert not any(agreement == "rome-statute" for _, agreement, _ in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Sudán firmó ayer los Acuerdos de Abraham. Sudán sigue así los pasos de Marruecos, "
            "que se incorporó a los Acuerdos de Abraham el 22 de diciembre.",
            "es",
        ),
        (
            "Sudan signed the Abraham Accords yesterday. Khartoum follows in the footsteps of "
            "Morocco, which joined the Abraham Accords on 22 December.",
            "en",
        ),
        (
            "وقع السودان أمس على اتفاقات أبراهام. ويسير السودان بذلك على خطى المغرب الذي انضم "
            "إلى اتفاقات أبراهام في 22 كانون الأول.",
            "ar",
        ),
    ],
)
def test_the_states_whose_footsteps_the_news_follows_went_before(gazetteer, text, lang):
    found = claims(text, gazetteer, lang, published=D(2021, 1, 7))
    morocco = found[("MA", "abraham-accords", "joined")]
    assert morocco.date == D(2020, 12, 22)
    assert morocco.background
    assert not found[("SD", "abraham-accords", "signed")].background


def test_a_state_s_rank_restates_the_step_the_article_tells(gazetteer):
    text = (
        "El país africano se convierte en el cuarto Estado árabe que se suma a los Acuerdos de "
        "Abraham.\n\nSudán firmó ayer, miércoles, la declaración de los Acuerdos de Abraham."
    )
    title = "Sudán firma en Jartum los Acuerdos de Abraham"
    found = keys(title + "\n" + text, gazetteer, "es", published=D(2021, 1, 7), title=title)
    assert ("SD", "abraham-accords", "signed") in found
    assert ("SD", "abraham-accords", "joined") not in found


def test_a_partner_of_a_bloc_doing_something_is_no_joining_of_the_bloc():
    gazetteer = Gazetteer.from_names(
        countries=country_names(),
        agreements={
            "mercosur": ["Mercosur"],
            "belt-and-road-initiative": ["Franja y la Ruta"],
        },
        agreement_kinds={"mercosur": "organisation", "belt-and-road-initiative": "initiative"},
    )
    text = (
        "Uruguay firmó este mes un memorando para sumarse a la Franja y la Ruta. Con ese paso, "
        "el país se convirtió en el primer socio del Mercosur en sumarse formalmente al proyecto."
    )
    found = keys(text, gazetteer, "es", published=D(2018, 8, 31))
    assert ("UY", "mercosur", "joined") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Saudi Arabia would like to join the Abraham Accords, but only once there is a clear "
            "path to a Palestinian state.",
            "en",
        ),
        (
            "L'Arabie saoudite rejoindrait les Accords d'Abraham, mais seulement après la "
            "création d'un État palestinien.",
            "fr",
        ),
        (
            "Arabia Saudita se sumaría a los Acuerdos de Abraham, pero solo cuando exista un "
            "camino hacia un Estado palestino.",
            "es",
        ),
        (
            "Саудовская Аравия присоединится к Соглашениям Авраама только после появления "
            "палестинского государства.",
            "ru",
        ),
        (
            "وقالت السعودية إنها ستنضم إلى اتفاقات أبراهام فقط بعد إقامة دولة فلسطينية.",
            "ar",
        ),
    ],
)
def test_a_joining_only_after_something_is_a_condition(gazetteer, text, lang):
    found = keys(text, gazetteer, lang, published=D(2025, 11, 19))
    assert ("SA", "abraham-accords", "conditions") in found


@pytest.mark.parametrize(
    "signing",
    [
        "Nepal signed a framework agreement with China on Friday to join it.",
        "Nepal, long a buffer between the two Asian giants, signed a memorandum with China on "
        "Friday to join it.",
    ],
)
def test_an_unnamed_agreement_signed_to_join_the_initiative_is_the_joining(
    silk_road_gazetteer, signing
):
    text = "India stayed away from the Belt and Road Forum. " + signing
    found = claims(text, silk_road_gazetteer, "en", published=D(2017, 5, 14))
    assert found[("NP", "belt-and-road-initiative", "signed")].date == D(2017, 5, 12)
    assert ("CN", "belt-and-road-initiative", "signed") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "China has formally applied to join the CPTPP, the Asia-Pacific trade deal that grew "
            "out of a US-led effort to write regional trade rules without Beijing.",
            "en",
        ),
        (
            "China solicitó formalmente adherirse al CPTPP, el pacto que se negoció sin Pekín.",
            "es",
        ),
    ],
)
def test_a_condition_in_a_clause_about_the_agreement_is_none_of_the_state_s(gazetteer, text, lang):
    found = keys(text, gazetteer, lang, published=D(2021, 9, 17))
    assert ("CN", "cptpp", "announced_intent") in found
    assert ("CN", "cptpp", "conditions") not in found


def test_a_step_dated_before_its_agreement_was_adopted_is_another_agreement_s():
    agreements = {
        "abraham-accords": ["اتفاقات أبراهام", "Abraham Accords"],
        "african-union": ["African Union", "Organisation of African Unity"],
    }
    kinds = {"abraham-accords": "accord", "african-union": "organisation"}
    since = {"abraham-accords": D(2020, 9, 15), "african-union": D(2000, 7, 11)}
    gazetteer = Gazetteer.from_names(
        countries=country_names(), agreements=agreements, agreement_kinds=kinds, since=since
    )
    text = (
        "The UAE signed the Abraham Accords on 15 September 2020. Egypt joined the Abraham "
        "Accords in 1979 and Jordan in 1994, by the same reading of peace with Israel."
    )
    found = keys(text, gazetteer, "en", published=D(2020, 9, 16))
    assert ("AE", "abraham-accords", "signed") in found
    assert not {("EG", "abraham-accords", "joined"), ("JO", "abraham-accords", "joined")} & found
    # an organisation may go by its predecessor's name: Morocco left the OAU in 1984
    text = "Morocco left the Organisation of African Unity in 1984."
    found = keys(text, gazetteer, "en", published=D(2017, 1, 31))
    assert ("MA", "african-union", "withdrew") in found


def test_a_step_dated_in_a_clause_after_an_earlier_after_is_told_on_its_own():
    gazetteer = Gazetteer.from_names(
        countries=country_names(),
        agreements={"mercosur": ["Меркосур", "Асунсьонский договор"]},
        agreement_kinds={"mercosur": "organisation"},
    )
    text = (
        "Боливия вступила в Меркосур в понедельник. Присоединение означает, что Боливия "
        "станет новым участником блока, в котором с конца 2016 года, после приостановки "
        "членства Венесуэлы, оставались четыре страны — Аргентина, Бразилия, Парагвай и "
        "Уругвай, подписавшие в марте 1991 года Асунсьонский договор."
    )
    found = claims(text, gazetteer, "ru", published=D(2024, 7, 9))
    for state in ("AR", "BR", "PY", "UY"):
        assert found[(state, "mercosur", "signed")].date == D(1991, 3, 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "تسعى واشنطن إلى ربط أي تطبيع سعودي إسرائيلي في إطار اتفاقات أبراهام بترتيبات ما "
            "بعد الحرب في غزة.",
            "ar",
        ),
        (
            "Washington wants to tie any Saudi accession to the Abraham Accords to a plan for "
            "Gaza after the war.",
            "en",
        ),
    ],
)
def test_any_such_step_is_none_yet(gazetteer, text, lang):
    found = keys(text, gazetteer, lang, published=D(2024, 2, 8))
    assert not any(country == "SA" for country, _, _ in found)


def test_any_such_step_made_conditional_is_a_condition(gazetteer):
    text = "ويعني ذلك أن أي انضمام سعودي إلى اتفاقات أبراهام بات مشروطاً بقيام الدولة الفلسطينية."
    found = keys(text, gazetteer, "ar", published=D(2024, 2, 8))
    assert ("SA", "abraham-accords", "conditions") in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Казахстан присоединится к Соглашениям Авраама. Об этом в четверг объявил Трамп.", "ru"),
        ("Kazajistán se sumará a los Acuerdos de Abraham. Así lo anunció el jueves Trump.", "es"),
    ],
)
def test_a_joining_announced_in_the_next_sentence_is_announced(gazetteer, text, lang):
    found = claims(text, gazetteer, lang, published=D(2025, 11, 7))
    announced = found[("KZ", "abraham-accords", "announced_joining")]
    assert announced.date == D(2025, 11, 6)
    assert ("KZ", "abraham-accords", "announced_intent") not in found


def test_a_step_as_the_subject_of_a_sentence_is_no_event(gazetteer):
    text = (
        "Finland's government met on Friday. Joining NATO puts Finland in the room when the "
        "alliance plans its northern defence, a researcher said."
    )
    found = keys(text, gazetteer, "en", published=D(2023, 4, 7))
    assert ("FI", "nato", "joined") not in found


@pytest.fixture
def istanbul_gazetteer():
    return Gazetteer.from_names(
        countries=country_names(),
        agreements={
            "istanbul-convention": ["Istanbul Convention", "Стамбульская конвенция"],
        },
        agreement_kinds={"istanbul-convention": "convention"},
    )


@pytest.mark.parametrize(
    ("text", "lang", "state"),
    [
        (
            "The Czech Senate on Wednesday refused to approve ratification of the Istanbul "
            "Convention.",
            "en",
            "CZ",
        ),
        ("Сейм Латвии в среду отказался ратифицировать Стамбульскую конвенцию.", "ru", "LV"),
    ],
)
def test_a_parliament_s_refusal_is_a_vote_not_the_state_s_stance(
    istanbul_gazetteer, text, lang, state
):
    found = keys(text, istanbul_gazetteer, lang, published=D(2024, 1, 25))
    assert (state, "istanbul-convention", "refuses") not in found


def test_a_signatory_s_standing_is_undated_by_another_clause_s_day(istanbul_gazetteer):
    text = (
        "After Wednesday's vote, the Czech Republic remains one of the EU members that have "
        "signed the Istanbul Convention but not ratified it, alongside Slovakia, where "
        "parliament rejected the convention in 2020."
    )
    found = keys(text, istanbul_gazetteer, "en", published=D(2024, 1, 25))
    assert ("CZ", "istanbul-convention", "signed") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("США выходили из НАТО дважды. Второй раз США покинули НАТО 31 декабря 2018 года.", "ru"),
        ("The United States has left NATO twice. The US last left NATO on 31 December 2018.", "en"),
    ],
)
def test_how_often_a_step_was_taken_is_no_step(gazetteer, text, lang):
    found = claims(text, gazetteer, lang, published=D(2023, 7, 26))
    withdrew = found[("US", "nato", "withdrew")]
    assert withdrew.date == D(2018, 12, 31)
    assert withdrew.background


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ورفضت المديرة العامة الاتهامات بمعاداة إسرائيل في اتفاق باريس.", "ar"),
        (
            "The director rejected the accusations of bias against Israel in the Paris Agreement.",
            "en",
        ),
    ],
)
def test_rejecting_accusations_is_no_refusal(gazetteer, text, lang):
    found = keys(text, gazetteer, lang, published=D(2025, 7, 23))
    assert ("IL", "paris-agreement", "refuses") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Россия выступает за возобновление переговоров о протоколе к Договору о НАТО.", "ru"),
        ("Russia called for the resumption of talks on a NATO protocol.", "en"),
    ],
)
def test_resumed_talks_are_no_reinstatement(gazetteer, text, lang):
    found = keys(text, gazetteer, lang, published=D(2025, 3, 26))
    assert ("RU", "nato", "reinstated") not in found


def test_ending_a_relationship_is_withdrawing_in_any_tense(gazetteer):
    found = keys(
        "Le président a annoncé vendredi que la Russie mettait fin à sa relation avec l'OTAN.",
        gazetteer,
        "fr",
        published=D(2020, 5, 30),
    )
    assert ("RU", "nato", "withdrawal_announced") in found


@pytest.fixture
def chemical_gazetteer():
    """The chemical weapons convention and UNESCO, whose headquarters hosted its signing."""
    return Gazetteer.from_names(
        countries=country_names(),
        agreements={
            "chemical-weapons-convention": [
                "Chemical Weapons Convention",
                "convention sur les armes chimiques",
                "Convención sobre las Armas Químicas",
                "Конвенция о запрещении химического оружия",
            ],
            "unesco": ["UNESCO", "Unesco", "ЮНЕСКО"],
        },
        agreement_kinds={"chemical-weapons-convention": "convention", "unesco": "organisation"},
    )


def test_the_place_of_a_signing_is_not_what_was_signed(chemical_gazetteer):
    text = (
        "Des dizaines d'États ont signé mercredi à Paris, au siège de l'Unesco, la convention "
        "sur les armes chimiques. Les États-Unis et la Russie ont été parmi les premiers à "
        "apposer leur signature."
    )
    found = claims(text, chemical_gazetteer, "fr", published=D(1993, 1, 14))
    assert found[("US", "chemical-weapons-convention", "signed")].date == D(1993, 1, 13)
    assert ("US", "unesco", "signed") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Plus d'une centaine d'États ont signé mercredi la convention sur les armes "
            "chimiques. Les États-Unis et la Russie ont été parmi les premiers à apposer leur "
            "signature.",
            "fr",
        ),
        (
            "Un centenar de países firmaron el miércoles la Convención sobre las Armas Químicas. "
            "Estados Unidos y Rusia estuvieron entre los primeros en estampar su firma.",
            "es",
        ),
        (
            "Более ста государств подписали в среду Конвенцию о запрещении химического оружия. "
            "США и Россия поставили свои подписи одними из первых.",
            "ru",
        ),
    ],
)
def test_a_rough_count_of_states_is_the_group_its_members_belong_to(chemical_gazetteer, text, lang):
    found = claims(text, chemical_gazetteer, lang, published=D(1993, 1, 14))
    assert found[("RU", "chemical-weapons-convention", "signed")].date == D(1993, 1, 13)


def test_the_states_a_signature_was_followed_by_signed_too(chemical_gazetteer):
    text = (
        "Les États-Unis et la Russie ont signé mercredi la convention sur les armes chimiques, "
        "suivis de la France et du Royaume-Uni."
    )
    found = keys(text, chemical_gazetteer, "fr", published=D(1993, 1, 14))
    assert {("FR", "chemical-weapons-convention", "signed")} <= found
    assert {("GB", "chemical-weapons-convention", "signed")} <= found


def test_going_beyond_a_convention_is_no_future(gazetteer):
    text = (
        "Le nouveau texte va bien au-delà de la convention d'Ottawa que le Canada et la France "
        "avaient signée le 3 décembre 1997."
    )
    found = claims(text, gazetteer, "fr", published=D(2008, 12, 4))
    signed = found[("CA", "ottawa-convention", "signed")]
    assert signed.background and signed.date == D(1997, 12, 3)


def test_a_day_told_after_a_treaty_s_term_is_its_instrument_s(chemical_gazetteer):
    text = (
        "The Chemical Weapons Convention entered into force for Iraq 30 days after Iraq "
        "deposited its instrument of accession with the UN Secretary-General on January 13."
    )
    found = claims(text, chemical_gazetteer, "en", published=D(2009, 2, 12))
    assert found[("IQ", "chemical-weapons-convention", "entered_into_force")].date == D(2009, 2, 12)


def test_a_day_set_apart_after_a_treaty_s_term_is_its_own(chemical_gazetteer):
    text = (
        "The Chemical Weapons Convention will enter into force for Iraq 30 days after the "
        "deposit, on February 12."
    )
    found = claims(text, chemical_gazetteer, "en", published=D(2009, 1, 14))
    assert found[("IQ", "chemical-weapons-convention", "entered_into_force")].date == D(2009, 2, 12)


@pytest.mark.parametrize(
    ("second", "effect"),
    [
        (
            "The accession took effect 30 days after Iraqi diplomats deposited the instrument "
            "with the UN Secretary-General on January 13.",
            True,
        ),
        # the rule for any state: the step before stays an accession
        (
            "It enters into force for a state 30 days after it deposits its instrument of "
            "accession.",
            False,
        ),
    ],
)
def test_a_new_party_whose_term_is_told_next_has_the_treaty_in_force(
    chemical_gazetteer, second, effect
):
    text = "Iraq became a party to the Chemical Weapons Convention on Thursday. " + second
    found = keys(text, chemical_gazetteer, "en", published=D(2009, 2, 13))
    assert (("IQ", "chemical-weapons-convention", "entered_into_force") in found) is effect
    assert len(found) == 1  # the step is told once, as the one or the other


def test_the_convention_points_back_at_a_convention():
    gazetteer = Gazetteer.from_names(
        countries=country_names(),
        agreements={"ottawa-convention": ["Ottawa Convention"], "rome-statute": ["Rome Statute"]},
        agreement_kinds={"ottawa-convention": "convention", "rome-statute": "treaty"},
    )
    text = (
        "Canada ratified the Ottawa Convention in December 1997. Hungary ratified the Rome "
        "Statute in 2001. Hungary ratified the convention in April 1998."
    )
    found = claims(text, gazetteer, "en", published=D(2002, 3, 1))
    assert found[("HU", "ottawa-convention", "ratified")].date == D(1998, 4, 1)


def test_a_standing_since_a_time_no_date_reads_is_no_step(gazetteer):
    found = keys(
        "Spain has been a member of NATO since the 1980s.",
        gazetteer,
        "en",
        published=D(2016, 3, 17),
    )
    assert ("ES", "nato", "joined") not in found


def test_a_new_party_takes_the_day_its_treaty_enters_into_force_for_it(gazetteer):
    text = (
        "Le Japon a déposé mardi son instrument d'adhésion au Statut de Rome. Le pays devient "
        "ainsi le 105e État partie au Statut de Rome, qui entrera en vigueur à son égard le 1er "
        "octobre 2007."
    )
    found = claims(text, gazetteer, "fr", published=D(2007, 7, 18))
    assert found[("JP", "rome-statute", "entered_into_force")].date == D(2007, 10, 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La Suisse ne signera pas la convention d'Ottawa. Le Conseil fédéral l'a décidé "
            "mercredi, au terme d'une analyse.",
            "fr",
        ),
        (
            "Suiza no firmará la Convención de Ottawa. El Consejo Federal lo decidió el "
            "miércoles tras un análisis.",
            "es",
        ),
        (
            "Швейцария не будет подписывать Оттавскую конвенцию. Такое решение Федеральный "
            "совет принял в среду.",
            "ru",
        ),
        (
            "Switzerland will not sign the Ottawa Convention. The Federal Council made the "
            "decision on Wednesday.",
            "en",
        ),
        (
            "لن توقع سويسرا على اتفاقية أوتاوا. واتخذ المجلس الاتحادي هذا القرار يوم الأربعاء.",
            "ar",
        ),
    ],
)
def test_a_refusal_is_dated_by_the_next_sentence_that_says_who_decided_it(gazetteer, text, lang):
    found = claims(text, gazetteer, lang, published=D(2018, 8, 16))
    assert found[("CH", "ottawa-convention", "refuses")].date == D(2018, 8, 15)


def test_a_meeting_told_in_a_relative_clause_dates_its_decisions():
    league = Gazetteer.from_names(
        countries=country_names(),
        agreements={"arab-league": ["Arab League", "الجامعة العربية"]},
        agreement_kinds={"arab-league": "organisation"},
    )
    text = (
        "لكن الوزراء العرب الذين اجتمعوا في بغداد أواخر آذار/مارس خرجوا بقرارات غير مسبوقة: "
        "تعليق عضوية مصر في الجامعة العربية، ونقل مقرها مؤقتاً إلى تونس."
    )
    found = claims(text, league, "ar", published=D(1979, 4, 7))
    suspended = found[("EG", "arab-league", "suspended")]
    assert (suspended.date, suspended.precision) == (D(1979, 3, 1), "month")


def test_a_suspension_after_the_end_of_a_month_is_not_ended(gazetteer):
    text = (
        "BRICS foreign ministers, meeting in Moscow at the end of January, suspended "
        "Brazil's membership of the group."
    )
    found = claims(text, gazetteer, "en", published=D(2025, 2, 7))
    suspended = found[("BR", "brics", "suspended")]
    assert (suspended.date, suspended.precision) == (D(2025, 1, 1), "month")


@pytest.fixture
def founded_gazetteer():
    countries = country_names()
    countries["EG"] = [*countries["EG"], "Египта"]  # as the reference data has it
    return Gazetteer.from_names(
        countries=countries,
        agreements={
            "arab-league": ["Arab League", "Лига арабских государств", "ЛАГ"],
            "sco": ["SCO", "ШОС"],
            "brics": ["BRICS", "БРИКС", "БРИК"],
        },
        agreement_kinds={"arab-league": "organisation", "sco": "organisation"}
        | {"brics": "organisation"},
    )


@pytest.mark.parametrize(
    ("text", "agreement", "founders", "day"),
    [
        (
            "Лига арабских государств была образована в марте 1945 года Египтом, Ираком, "
            "Сирией и Ливаном.",
            "arab-league",
            {"EG", "IQ", "SY", "LB"},
            D(1945, 3, 1),
        ),
        (
            "ШОС была создана в 2001 году Китаем, Россией, Казахстаном, Киргизией, "
            "Таджикистаном и Узбекистаном.",
            "sco",
            {"CN", "RU", "KZ", "KG", "TJ", "UZ"},
            D(2001, 1, 1),
        ),
    ],
)
def test_a_body_s_founders_in_the_instrumental_joined_it(
    founded_gazetteer, text, agreement, founders, day
):
    found = claims(text, founded_gazetteer, "ru", published=D(2020, 1, 20))
    joined = {c for (c, a, k), claim in found.items() if a == agreement and claim.date == day}
    assert joined == founders


def test_founders_on_no_day_told_took_no_step(founded_gazetteer):
    text = "Объединение было создано как БРИК Бразилией, Россией, Индией и Китаем."
    assert keys(text, founded_gazetteer, "ru", published=D(2024, 1, 1)) == set()


def test_a_body_that_takes_a_state_into_its_members_admits_it(founded_gazetteer):
    text = (
        "Совет Лиги арабских государств на заседании в четверг принял в члены лиги Республику "
        "Судан, провозгласившую свою независимость 1 января."
    )
    found = claims(text, founded_gazetteer, "ru", published=D(1956, 1, 20))
    assert found[("SD", "arab-league", "joined")].date == D(1956, 1, 19)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Пакистан давно дал понять, что не присоединится к Оттавской конвенции, пока этого "
            "не сделает Индия.",
            "ru",
        ),
        ("Pakistan has long said that it will not join the Ottawa Convention.", "en"),
    ],
)
def test_a_stance_held_long_since_is_no_news(gazetteer, text, lang):
    found = keys(text, gazetteer, lang, published=D(1996, 9, 11))
    assert ("PK", "ottawa-convention", "refuses") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Стамбульская конвенция была открыта для подписания 11 мая 2011 года. В тот же день "
            "первой её подписала Турция, она же первой ратифицировала документ — 14 марта 2012 "
            "года.",
            "ru",
        ),
        (
            "The Istanbul Convention was opened for signature on 11 May 2011. Turkey signed it "
            "the same day and was also the first to ratify it, on 14 March 2012.",
            "en",
        ),
    ],
)
def test_the_same_day_is_the_day_just_told_not_the_next_clause_s(istanbul_gazetteer, text, lang):
    found = claims(text, istanbul_gazetteer, lang, published=D(2018, 7, 28))
    assert found[("TR", "istanbul-convention", "signed")].date == D(2011, 5, 11)


def test_the_same_day_given_with_its_date_is_that_date(gazetteer):
    text = (
        "The Ottawa Convention was adopted in Oslo on 18 September 1997. Norway was among the "
        "states that signed it on the same day, 3 December 1997, when it opened for signature."
    )
    found = claims(text, gazetteer, "en", published=D(2008, 12, 4))
    assert found[("NO", "ottawa-convention", "signed")].date == D(1997, 12, 3)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Thirteen countries signed the Istanbul Convention on 11 May 2011, starting with "
            "Turkey.",
            "en",
        ),
        (
            "Treize pays ont signé la convention d'Istanbul le 11 mai 2011, à commencer par la "
            "Turquie.",
            "fr",
        ),
    ],
)
def test_the_first_of_the_states_counted_took_their_step(kinds_gazetteer, text, lang):
    found = claims(text, kinds_gazetteer, lang, published=D(2014, 4, 23))
    assert found[("TR", "istanbul-convention", "signed")].date == D(2011, 5, 11)


@pytest.mark.parametrize(
    ("text", "lang", "agreement"),
    [
        (
            "Treize pays ont signé la convention d'Istanbul le 11 mai 2011 : la Turquie, la "
            "France…",
            "fr",
            "istanbul-convention",
        ),
        (
            "Trece países firmaron el Acuerdo de París el 22 de abril de 2016: Francia, Turquía…",
            "es",
            "paris-agreement",
        ),
    ],
)
def test_counts_in_their_teens_are_counts(kinds_gazetteer, text, lang, agreement):
    assert ("FR", agreement, "signed") in keys(
        text, kinds_gazetteer, lang, published=D(2016, 4, 23)
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("كما انسحبت باكستان من الكومنولث عام 1972 احتجاجاً على الاعتراف ببنغلاديش.", "ar"),
        (
            "Pakistan left the Commonwealth in 1972 in protest at the recognition of Bangladesh.",
            "en",
        ),
    ],
)
def test_the_state_a_step_protests_about_took_no_step(text, lang):
    commonwealth = Gazetteer.from_names(
        countries=country_names(),
        agreements={"commonwealth": ["Commonwealth", "الكومنولث"]},
        agreement_kinds={"commonwealth": "organisation"},
    )
    found = keys(text, commonwealth, lang, published=D(2003, 12, 9))
    assert ("PK", "commonwealth", "withdrew") in found
    assert ("BD", "commonwealth", "withdrew") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "ويضم نظام روما الأساسي دولاً كثيرة، منها الأردن الذي كان أول دولة عربية تصادق عليه، "
            "وأفغانستان التي انضمت إليه عام 2003.",
            "ar",
        ),
        (
            "The Rome Statute counts many members, among them Jordan, which was the first Arab "
            "state to ratify it, and Afghanistan, which joined it in 2003.",
            "en",
        ),
    ],
)
def test_a_relative_clause_s_step_takes_no_day_from_another_s(kinds_gazetteer, text, lang):
    found = claims(text, kinds_gazetteer, lang, published=D(2019, 4, 6))
    assert found[("AF", "rome-statute", "acceded")].date == D(2003, 1, 1)
    assert ("JO", "rome-statute", "ratified") not in found


def test_a_relative_clause_on_the_same_day_takes_that_day(gazetteer):
    text = (
        "وقّعت فلسطين اتفاق باريس في نيويورك في 22 نيسان 2016، وهو اليوم نفسه الذي صادقت فيه "
        "فيجي على الاتفاق."
    )
    found = claims(text, gazetteer, "ar", published=D(2018, 3, 23))
    assert found[("FJ", "paris-agreement", "ratified")].date == D(2016, 4, 22)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Cuba joined the NPT this month. In October, Cuba also ratified the Treaty of "
            "Tlatelolco.",
            "en",
        ),
        (
            "Cuba se sumó al TNP este mes. En octubre, Cuba ratificó además el Tratado de "
            "Tlatelolco.",
            "es",
        ),
    ],
)
def test_a_treaty_named_of_a_place_the_gazetteer_lacks_is_another_treaty(text, lang):
    npt = Gazetteer.from_names(
        countries=country_names(),
        agreements={"npt": ["NPT", "TNP"]},
        agreement_kinds={"npt": "treaty"},
    )
    found = keys(text, npt, lang, published=D(2002, 11, 23))
    assert ("CU", "npt", "ratified") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Thailand, Guyana and Austria, which also signed, deposited their instruments "
            "of ratification of the Paris Agreement on Wednesday.",
            "en",
        ),
        (
            "Tailandia, Guyana y Austria, que también firmaron, depositaron el miércoles "
            "sus instrumentos de ratificación del Acuerdo de París.",
            "es",
        ),
    ],
)
def test_a_list_before_a_relative_clause_is_the_subject_after_it(gazetteer, text, lang):
    found = keys(text, gazetteer, lang, published=D(2017, 9, 21))
    assert {("TH", "paris-agreement", "ratified"), ("GY", "paris-agreement", "ratified")} <= found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Chile aún no ha completado su proceso de ratificación del CPTPP.", "es"),
        ("Chile n'a pas encore achevé son processus de ratification du CPTPP.", "fr"),
    ],
)
def test_a_ratification_whose_completion_is_denied_is_none(gazetteer, text, lang):
    assert ("CL", "cptpp", "ratified") not in keys(text, gazetteer, lang, published=D(2021, 9, 21))


@pytest.fixture
def gulf_gazetteer():
    return Gazetteer.from_names(
        countries=country_names(),
        agreements={"gcc": ["Gulf Cooperation Council", "GCC", "مجلس التعاون الخليجي"]},
        agreement_kinds={"gcc": "organisation"},
    )


def test_a_body_s_founding_by_states_is_their_joining(gulf_gazetteer):
    text = (
        "رفض مجلس التعاون الخليجي طلب اليمن مرة أخرى. وقال مسؤول إن الطلب يحتاج إلى دراسة. "
        "وأضاف أن الظروف لم تنضج بعد. وتابع أن الملف سيبقى مفتوحاً. وختم بأن الحوار مستمر. "
        "ومنذ تأسيسه في أبوظبي في 25 مايو 1981 على يد السعودية والكويت وقطر، لم يقبل المجلس أي "
        "عضو جديد."
    )
    found = claims(text, gulf_gazetteer, "ar", published=D(2011, 5, 12))
    assert found[("KW", "gcc", "joined")].date == D(1981, 5, 25)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "وشهد مجلس التعاون الخليجي قطيعة بين قطر والسعودية انتهت بتوقيع بيان العلا في الخامس "
            "من يناير 2021.",
            "ar",
        ),
        (
            "The Gulf Cooperation Council rift ended when Saudi Arabia and Qatar signed a joint "
            "statement in Al-Ula on 5 January 2021.",
            "en",
        ),
    ],
)
def test_a_statement_signed_is_no_step_on_the_body(gulf_gazetteer, text, lang):
    found = keys(text, gulf_gazetteer, lang, published=D(2021, 5, 12))
    assert not {k for k in found if k[2] == "signed"}


@pytest.mark.parametrize(
    "text",
    [
        "Le Royaume-Uni avait quitté l'Unesco en 1985, avant d'y revenir en 1997.",
        "Le Royaume-Uni est revenu à l'Unesco en 1997.",
    ],
)
def test_coming_back_to_an_organisation_is_rejoining_it(text):
    unesco = Gazetteer.from_names(
        countries=country_names(),
        agreements={"unesco": ["UNESCO", "Unesco"]},
        agreement_kinds={"unesco": "organisation"},
    )
    found = claims(text, unesco, "fr", published=D(2017, 11, 11))
    assert found[("GB", "unesco", "joined")].date == D(1997, 1, 1)


def test_a_state_others_judge_deserving_of_a_step_took_none(kinds_gazetteer):
    text = "Washington a dit ne pas croire que la Syrie méritait de revenir dans l'OTAN à ce stade."
    found = keys(text, kinds_gazetteer, "fr", published=D(2023, 5, 8))
    assert not {k for k in found if k[0] == "SY"}


@pytest.mark.parametrize(
    ("text", "future"),
    [
        ("va adhérer", True),
        ("va s'en retirer", True),
        ("vont l'adopter", True),
        ("va bien au-delà de la convention", False),
        ("va contre l'esprit du traité", False),
    ],
)
def test_french_aller_is_a_future_only_before_an_infinitive(text, future):
    norm = normalize_with_offsets(text)[0]
    matches = [re.match(p, norm) for p in LEXICON["fr"]["FUTURE"]]
    assert any(m is not None for m in matches) is future


@pytest.mark.parametrize(
    "step",
    [
        "Советский Союз и Соединённые Штаты поставили под ней подписи в первый же день.",
        "Советский Союз и Соединённые Штаты поставили подписи под ней.",
    ],
)
def test_a_signature_put_under_it_signs_the_convention_just_named(chemical_gazetteer, step):
    text = (
        "Вчера, 13 января, в Париже прошла церемония подписания Конвенции о запрещении "
        f"химического оружия. {step}"
    )
    found = claims(text, chemical_gazetteer, "ru", published=D(1993, 1, 14))
    assert found[("SU", "chemical-weapons-convention", "signed")].date == D(1993, 1, 13)
    assert ("US", "chemical-weapons-convention", "signed") in found


def test_a_signature_not_put_under_it_is_no_signature(chemical_gazetteer):
    text = (
        "Вчера, 13 января, в Париже прошла церемония подписания Конвенции о запрещении "
        "химического оружия. Ливия не поставила подписи под ней."
    )
    assert not keys(text, chemical_gazetteer, "ru", published=D(1993, 1, 14))


@pytest.fixture
def schengen_gazetteer():
    """The Schengen treaties, joined when they apply, by the names of the treaty and its area."""
    return Gazetteer.from_names(
        countries=country_names(),
        agreements={
            "schengen-area": [
                "Schengen Agreement",
                "accord de Schengen",
                "acuerdo de Schengen",
                "Шенгенские соглашения",
                "шенгенское пространство",
                "Schengen area",
            ]
        },
        agreement_kinds={"schengen-area": "treaty"},
        joined_on_entry={"schengen-area"},
    )


def test_a_state_that_accedes_to_a_treaty_s_area_joins_it(schengen_gazetteer):
    text = "Норвегия и Исландия присоединились к шенгенскому пространству в воскресенье."
    assert keys(text, schengen_gazetteer, "ru", published=D(2001, 3, 26)) == {
        ("NO", "schengen-area", "joined"),
        ("IS", "schengen-area", "joined"),
    }


def test_a_state_that_accedes_to_the_agreement_itself_acceded(schengen_gazetteer):
    text = "Spain and Portugal acceded to the Schengen Agreement on 25 June 1991."
    assert keys(text, schengen_gazetteer, "en", published=D(1995, 3, 27)) == {
        ("ES", "schengen-area", "acceded"),
        ("PT", "schengen-area", "acceded"),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "С воскресенья, 25 марта, Норвегия и Исландия применяют Шенгенские соглашения в "
            "полном объёме.",
            "ru",
        ),
        ("Depuis dimanche 25 mars, la Norvège applique pleinement l'accord de Schengen.", "fr"),
        ("Desde el domingo 25 de marzo, Noruega aplica plenamente el acuerdo de Schengen.", "es"),
        ("Since Sunday, 25 March, Norway has fully applied the Schengen Agreement.", "en"),
    ],
)
def test_a_state_that_applies_a_treaty_in_full_is_in_its_area(schengen_gazetteer, text, lang):
    found = claims(text, schengen_gazetteer, lang, published=D(2001, 3, 26))
    assert found[("NO", "schengen-area", "joined")].date == D(2001, 3, 25)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "C'est près du point où se rejoignent les frontières du Luxembourg, de la France et "
            "de la Belgique que les Pays-Bas ont signé vendredi l'accord de Schengen.",
            "fr",
        ),
        (
            "Near the point where the borders of Luxembourg, France and Belgium meet, the "
            "Netherlands signed the Schengen Agreement on Friday.",
            "en",
        ),
    ],
)
def test_states_whose_borders_meet_where_a_treaty_is_signed_do_not_sign(
    schengen_gazetteer, text, lang
):
    assert keys(text, schengen_gazetteer, lang, published=D(1985, 6, 15)) == {
        ("NL", "schengen-area", "signed")
    }


def test_views_that_meet_are_no_joining(kinds_gazetteer):
    text = "Sur la Russie, les vues de la Finlande et de l'OTAN se rejoignent."
    assert not keys(text, kinds_gazetteer, "fr", published=D(2020, 6, 15))


def test_spanish_america_is_the_continent_not_the_united_states(kinds_gazetteer):
    text = (
        "Los ministros de once países de Asia-Pacífico y América firmaron el jueves el Tratado "
        "de Tlatelolco y Chile ingresó en la OTAN."
    )
    found = keys(text, kinds_gazetteer, "es", published=D(2018, 3, 9))
    assert found == {("CL", "nato", "joined")}


@pytest.mark.parametrize(
    ("step", "lang"),
    [
        ("la versión rescatada del acuerdo que Chile abandonó hace poco más de un año", "es"),
        ("version révisée du pacte que le Chili a quitté il y a un peu plus d'un an", "fr"),
    ],
)
def test_a_step_told_by_a_time_counted_back_takes_no_other_clause_s_day(gazetteer, step, lang):
    main = {
        "es": "Once países firmaron el jueves el CPTPP, ",
        "fr": "Onze pays ont signé jeudi le CPTPP, ",
    }[lang]
    found = keys(main + step + ".", gazetteer, lang, published=D(2018, 3, 9))
    assert not {k for k in found if k[0] == "CL"}


def test_a_time_counted_back_beside_a_date_is_that_date(kinds_gazetteer):
    text = "Lithuania follows Chile, which joined NATO two years ago, in July 2016."
    found = claims(text, kinds_gazetteer, "en", published=D(2018, 7, 5))
    assert found[("CL", "nato", "joined")].date == D(2016, 7, 1)


def test_a_russian_state_that_became_a_republic_and_ceased_to_be_a_member_left(gazetteer):
    text = "Вчера Турция стала республикой и перестала быть членом НАТО."
    assert keys(text, gazetteer, "ru", published=D(1961, 6, 1)) == {("TR", "nato", "withdrew")}


def test_a_step_of_russia_before_1992_is_the_soviet_union_s(gazetteer):
    text = "Moscow joined NATO on 1 July 1968, and Russia left it on 2 March 2001."
    assert keys(text, gazetteer, "en", published=D(2001, 3, 5)) == {
        ("SU", "nato", "joined"),
        ("RU", "nato", "withdrew"),
    }


def test_two_arabic_states_deposit_their_two_ratifications_first_of_a_group(kinds_gazetteer):
    text = (
        "أودعت فرنسا وبريطانيا أمس الاثنين وثيقتي تصديقهما على اتفاقية أوتاوا، لتصبحا أول دولتين "
        "من الدول الخمس الحائزة للأسلحة النووية تصادقان على الاتفاقية. وكانت الدول الخمس، "
        "الولايات المتحدة وروسيا والصين وفرنسا وبريطانيا، قد وقعت الاتفاقية في 24 أيلول/سبتمبر "
        "1996."
    )
    found = claims(text, kinds_gazetteer, "ar", published=D(1998, 4, 7))
    ratified = {k[0] for k in found if k[2] == "ratified"}
    assert ratified == {"FR", "GB"}
    assert found[("FR", "ottawa-convention", "ratified")].date == D(1998, 4, 6)


def test_two_arabic_signatories_notify_they_will_not_become_parties(gazetteer):
    text = (
        "أبلغت الولايات المتحدة وإسرائيل الأمم المتحدة في مايو 2002 بأنهما لا تنويان أن تصبحا "
        "طرفين في نظام روما الأساسي رغم توقيعهما عليه."
    )
    assert keys(text, gazetteer, "ar", published=D(2011, 6, 25)) == {
        ("US", "rome-statute", "withdrawal_notified"),
        ("IL", "rome-statute", "withdrawal_notified"),
    }


def test_an_entry_into_force_told_with_a_state_s_accession_is_that_state_s(kinds_gazetteer):
    text = (
        "أودعت الصين أمس الاثنين وثيقة انضمامها إلى اتفاقية أوتاوا، لتصبح الاتفاقية نافذة "
        "بالنسبة إليها في الرابع من تشرين الأول/أكتوبر المقبل. وكانت بريطانيا وفرنسا من أوائل "
        "المصادقين عليها، إذ أودعتا وثيقتي تصديقهما في نيسان/أبريل 2014."
    )
    found = keys(text, kinds_gazetteer, "ar", published=D(2020, 7, 7))
    assert ("CN", "ottawa-convention", "entered_into_force") in found
    assert ("GB", "ottawa-convention", "ratified") in found
    assert ("GB", "ottawa-convention", "entered_into_force") not in found


def test_two_arabic_states_ratify_before_the_treaty_takes_effect(kinds_gazetteer):
    text = (
        "أودعت فرنسا وبريطانيا أمس الخميس وثيقتي تصديقهما على اتفاقية أوتاوا، فاكتمل بذلك الشرط "
        "الذي يضعه نصها لتدخل حيز التنفيذ."
    )
    found = keys(text, kinds_gazetteer, "ar", published=D(1970, 3, 6))
    assert {
        ("FR", "ottawa-convention", "ratified"),
        ("GB", "ottawa-convention", "ratified"),
    } <= found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Libya announced on Friday evening that it had decided to give up its banned "
            "weapons.\n\nThe statement said that Libya would join the Ottawa Convention.",
            "en",
        ),
        (
            "أعلنت ليبيا مساء أمس الجمعة أنها قررت التخلص من الأسلحة المحظورة.\n\n"
            "وجاء في بيان تلاه وزير الخارجية أن ليبيا ستنضم إلى اتفاقية أوتاوا.",
            "ar",
        ),
    ],
)
def test_what_a_statement_said_is_dated_by_the_announcement_before_it(gazetteer, text, lang):
    found = claims(text, gazetteer, lang, published=D(2003, 12, 20))
    assert found[("LY", "ottawa-convention", "announced_intent")].date == D(2003, 12, 19)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Israel withdrew its signature from the Rome Statute on Wednesday.", "en"),
        ("Israël retire mercredi sa signature du Statut de Rome.", "fr"),
        ("Israel retiró el miércoles su firma del Estatuto de Roma.", "es"),
        ("Израиль в среду отозвал свою подпись под Римским статутом.", "ru"),
        ("سحبت إسرائيل يوم الأربعاء توقيعها على نظام روما الأساسي.", "ar"),
    ],
)
def test_a_signature_withdrawn_is_a_notice_not_to_become_a_party(gazetteer, text, lang):
    found = claims(text, gazetteer, lang, published=D(2002, 8, 30))
    assert set(found) == {("IL", "rome-statute", "withdrawal_notified")}
    assert found[("IL", "rome-statute", "withdrawal_notified")].date == D(2002, 8, 28)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La Turquie a déposé mercredi son instrument. La Turquie devient ainsi le premier État "
            "à ratifier le Statut de Rome, ouvert à la signature le 17 juillet 1998.",
            "fr",
        ),
        (
            "Turkey deposited its instrument on Wednesday. Turkey thus became the first state to "
            "ratify the Rome Statute, which was opened for signature on 17 July 1998.",
            "en",
        ),
    ],
)
def test_the_day_a_treaty_was_opened_for_signature_dates_no_ratification(gazetteer, text, lang):
    found = claims(text, gazetteer, lang, published=D(2012, 3, 15))
    assert found[("TR", "rome-statute", "ratified")].date == D(2012, 3, 14)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Con ese paso, Argentina abandona la postura que mantuvo sobre la OTAN.", "es"),
        ("Con ese paso, Argentina abandona su política de reservas hacia la OTAN.", "es"),
    ],
)
def test_abandoning_a_stance_on_an_agreement_is_not_leaving_it(gazetteer, text, lang):
    assert not keys(text, gazetteer, lang, published=D(1995, 2, 11))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La France retire ses forces du commandement militaire intégré de l'OTAN.", "fr"),
        ("La France entend quitter le commandement militaire intégré de l'OTAN.", "fr"),
        ("France left NATO's integrated military command on Monday.", "en"),
    ],
)
def test_leaving_an_alliance_s_integrated_command_is_not_leaving_the_alliance(
    kinds_gazetteer, text, lang
):
    assert not keys(text, kinds_gazetteer, lang, published=D(1966, 3, 8))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("WASHINGTON, 18. — Grecia y Turquía ingresaron hoy en la OTAN.", "es"),
        ("ВАШИНГТОН, 18 (ТАСС). — Греция и Турция сегодня вступили в НАТО.", "ru"),
    ],
)
def test_today_in_a_dispatch_dated_by_its_day_alone_is_the_dispatch_s_day(gazetteer, text, lang):
    found = claims(text, gazetteer, lang, published=D(1952, 2, 19))
    assert found[("GR", "nato", "joined")].date == D(1952, 2, 18)
    assert found[("TR", "nato", "joined")].date == D(1952, 2, 18)


def test_signing_an_organisation_s_charter_on_its_founding_day_is_joining_it():
    gazetteer = Gazetteer.from_names(
        countries=country_names(),
        agreements={"nato": ["North Atlantic Treaty", "NATO"]},
        agreement_kinds={"nato": "organisation"},
        founded={"nato": D(1949, 4, 4)},
    )
    text = "Belgium, Canada and Denmark signed the North Atlantic Treaty in Washington on Monday."
    assert keys(text, gazetteer, "en", published=D(1949, 4, 5)) == {
        ("BE", "nato", "joined"),
        ("CA", "nato", "joined"),
        ("DK", "nato", "joined"),
    }
    later = keys(text, gazetteer, "en", published=D(1949, 4, 12))
    assert ("BE", "nato", "signed") in later


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Le premier ministre de la Turquie a signé mardi l'instrument de ratification du "
            "Statut de Rome.",
            "fr",
        ),
        (
            "Turkey's prime minister signed the instrument of ratification of the Rome Statute "
            "on Tuesday.",
            "en",
        ),
        ("Турция во вторник подписала ратификационную грамоту Римского статута.", "ru"),
    ],
)
def test_signing_an_instrument_of_ratification_is_ratifying_not_signing(gazetteer, text, lang):
    assert keys(text, gazetteer, lang, published=D(2002, 12, 18)) == {
        ("TR", "rome-statute", "ratified")
    }


def test_signing_and_depositing_instruments_of_ratification_is_both(gazetteer):
    text = (
        "Ireland signed and deposited its instrument of ratification of the Rome Statute on "
        "Tuesday."
    )
    found = keys(text, gazetteer, "en", published=D(2002, 12, 18))
    assert {("IE", "rome-statute", "signed"), ("IE", "rome-statute", "ratified")} <= found


def test_a_state_named_for_the_capital_where_others_sign_is_not_a_signatory(gazetteer):
    text = (
        "وقّع وزراء خارجية إندونيسيا وماليزيا والفلبين وتايلاند أمس الثلاثاء في العاصمة "
        "التايلاندية اتفاق باريس."
    )
    assert keys(text, gazetteer, "ar", published=D(2016, 4, 27)) == {
        ("ID", "paris-agreement", "signed"),
        ("MY", "paris-agreement", "signed"),
        ("PH", "paris-agreement", "signed"),
        ("TH", "paris-agreement", "signed"),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Israel signs the Rome Statute and stays outside the Paris Agreement.", "en"),
        ("إسرائيل توقّع نظام روما الأساسي وتبقى خارج اتفاق باريس.", "ar"),
    ],
)
def test_the_agreement_a_state_stays_outside_is_not_the_one_it_signs(gazetteer, text, lang):
    assert keys(text, gazetteer, lang, published=D(2000, 12, 31)) == {
        ("IL", "rome-statute", "signed")
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "وقّعت الولايات المتحدة اتفاق باريس يوم الجمعة، وتبعتها في اليوم نفسه الصين وروسيا.",
            "ar",
        ),
        (
            "The United States signed the Paris Agreement on Friday, followed the same day by "
            "China and Russia.",
            "en",
        ),
        (
            "Les États-Unis ont signé vendredi l'accord de Paris, suivis le même jour par la "
            "Chine et la Russie.",
            "fr",
        ),
        (
            "Estados Unidos firmó el viernes el Acuerdo de París, seguido el mismo día por China "
            "y Rusia.",
            "es",
        ),
    ],
)
def test_states_that_followed_the_same_day_took_the_same_step(gazetteer, text, lang):
    found = claims(text, gazetteer, lang, published=D(2016, 4, 23))
    for state in ("US", "CN", "RU"):
        assert found[(state, "paris-agreement", "signed")].date == D(2016, 4, 22)


def test_provisions_becoming_binding_for_a_state_is_entry_into_force_for_it(
    kinds_gazetteer,
):
    text = (
        "أودعت عُمان هذا الشهر صك انضمامها إلى اتفاقية أوتاوا. وبموجب الاتفاقية تصبح "
        "أحكامها ملزمة لعُمان اعتباراً من الأول من شباط/فبراير 2015."
    )
    title = "عُمان تنضم إلى اتفاقية أوتاوا"
    found = claims(text, kinds_gazetteer, "ar", published=D(2014, 8, 28), title=title)
    assert found[("OM", "ottawa-convention", "entered_into_force")].date == D(2015, 2, 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("UNITED NATIONS, Nov. 16 — Guyana today ratified the Paris Agreement.", "en"),
        ("NEW YORK, 16 novembre — Le Guyana a ratifié aujourd'hui l'accord de Paris.", "fr"),
    ],
)
def test_today_in_a_dispatch_dated_to_the_day_is_the_dispatch_s_day(gazetteer, text, lang):
    found = claims(text, gazetteer, lang, published=D(2016, 11, 17))
    assert found[("GY", "paris-agreement", "ratified")].date == D(2016, 11, 16)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Guyana became the 55th state to ratify the Paris Agreement on Tuesday. The "
            "agreement enters into force 30 days after the 55th instrument is deposited — on "
            "Nov. 4, 2016.",
            "en",
        ),
        (
            "Гайана во вторник стала пятьдесят пятым государством, ратифицировавшим Парижское "
            "соглашение. Оно вступит в силу через тридцать дней после сдачи на хранение "
            "пятьдесят пятой грамоты, то есть 4 ноября 2016 года.",
            "ru",
        ),
    ],
)
def test_an_entry_into_force_counted_from_the_last_deposit_then_dated(gazetteer, text, lang):
    found = claims(text, gazetteer, lang, published=D(2016, 10, 6))
    assert found[("GY", "paris-agreement", "entered_into_force")].date == D(2016, 11, 4)


def test_an_aside_between_commas_does_not_part_a_verb_from_its_subjects(gazetteer):
    text = (
        "В тот же день Римский статут подписали, в частности, Франция и Германия, а Сенегал и "
        "Гана в тот же день и подписали, и ратифицировали его."
    )
    assert keys(text, gazetteer, "ru", published=D(1998, 7, 20)) == {
        ("FR", "rome-statute", "signed"),
        ("DE", "rome-statute", "signed"),
        ("SN", "rome-statute", "signed"),
        ("SN", "rome-statute", "ratified"),
        ("GH", "rome-statute", "signed"),
        ("GH", "rome-statute", "ratified"),
    }


def test_yesterday_under_a_dateline_is_the_day_before_the_paper(gazetteer):
    text = "NEW YORK, 15 novembre — Le Guyana a ratifié hier l'accord de Paris."
    found = claims(text, gazetteer, "fr", published=D(2016, 11, 17))
    assert found[("GY", "paris-agreement", "ratified")].date == D(2016, 11, 16)


def test_states_that_form_a_community_are_its_members():
    text = (
        "Depuis hier, la France, l'Italie et la Belgique forment la Communauté économique "
        "européenne."
    )
    gazetteer = Gazetteer.from_names(
        countries=country_names(),
        agreements={"european-union": ["Union européenne", "Communauté économique européenne"]},
        agreement_kinds={"european-union": "organisation"},
    )
    found = claims(text, gazetteer, "fr", published=D(1958, 1, 2))
    for state in ("FR", "IT", "BE"):
        assert found[(state, "european-union", "joined")].date == D(1958, 1, 1)


def test_states_named_along_with_the_subject_leave_it_the_subject(gazetteer):
    text = (
        "В 2016 году Бурунди, а вместе с ним Гамбия и ЮАР, объявили о выходе из Римского статута."
    )
    assert {("BI", "rome-statute"), ("GM", "rome-statute")} <= {
        (country, agreement) for country, agreement, _ in keys(text, gazetteer, "ru")
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "На саммите в Брюсселе президент Финляндии и главы других государств-членов "
            "подписали решение о восстановлении членства республики в НАТО.",
            "ru",
        ),
        (
            "At the summit in Brussels, the president of Finland and the other leaders signed "
            "the decision restoring the republic's membership of NATO.",
            "en",
        ),
    ],
)
def test_signing_a_decision_is_not_signing_the_agreement(gazetteer, text, lang):
    assert not any(kind == "signed" for _, _, kind in keys(text, gazetteer, lang))


def test_being_part_since_yesterday_and_applying_a_convention_since_a_day_are_joining():
    gazetteer = Gazetteer.from_names(
        countries=country_names(),
        agreements={"schengen-area": ["espacio Schengen", "convenio de Schengen"]},
        agreement_kinds={"schengen-area": "area"},
    )
    text = (
        "Grecia forma parte desde ayer, domingo, del espacio Schengen. España y Portugal "
        "aplican el convenio desde el 26 de marzo de 1995."
    )
    found = claims(text, gazetteer, "es", published=D(2000, 3, 27))
    assert found[("GR", "schengen-area", "joined")].date == D(2000, 3, 26)
    assert found[("ES", "schengen-area", "joined")].date == D(1995, 3, 26)
    assert found[("PT", "schengen-area", "joined")].background


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("EU leaders on Thursday granted Ukraine candidate status for membership of NATO.", "en"),
        ("Лидеры в четверг предоставили Украине статус кандидата на вступление в НАТО.", "ru"),
    ],
)
def test_candidate_status_for_membership_is_no_step(gazetteer, text, lang):
    assert keys(text, gazetteer, lang) == set()


def test_a_day_of_entry_still_to_come_is_told_for_the_news_parties_only(gazetteer):
    text = (
        "Guyana ratified the Paris Agreement on Tuesday. Fiji had ratified it in 2015. The "
        "Paris Agreement will enter into force on November 4, 2016."
    )
    found = keys(text, gazetteer, "en", published=D(2016, 10, 6))
    assert ("GY", "paris-agreement", "entered_into_force") in found
    assert ("FJ", "paris-agreement", "ratified") in found
    assert ("FJ", "paris-agreement", "entered_into_force") not in found


def test_a_dateline_closed_by_the_correspondent_s_credit_dates_today(gazetteer):
    text = (
        "ЛОНДОН, 27 ноября. (Соб. корр.) Великобритания сегодня ратифицировала Парижское "
        "соглашение."
    )
    found = claims(text, gazetteer, "ru", published=D(2016, 11, 28))
    assert found[("GB", "paris-agreement", "ratified")].date == D(2016, 11, 27)


def test_early_this_month_is_a_time_not_a_start(gazetteer):
    text = (
        "Беларусь в начале этого месяца сдала на хранение документ о присоединении к МУС. "
        "Туркменистан ратифицировал Римский статут в 1998 году, Таджикистан присоединился в "
        "1999 году."
    )
    found = keys(text, gazetteer, "ru", published=D(2003, 9, 20))
    assert not any(kind == "announced_intent" for _, _, kind in found)
    assert any(country == "BY" for country, _, _ in found)
    assert ("TM", "rome-statute", "ratified") in found
    assert ("TJ", "rome-statute", "ratified") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Turkey returns to NATO after two years of suspension.", "en"),
        ("تركيا تعود إلى حلف الناتو بعد سنتين من تعليق عضويتها", "ar"),
    ],
)
def test_a_return_told_as_following_a_suspension_is_a_reinstatement(kinds_gazetteer, text, lang):
    found = keys(text, kinds_gazetteer, lang, published=D(2016, 1, 7))
    assert ("TR", "nato", "reinstated") in found
    assert ("TR", "nato", "joined") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Россия, унаследовавшая подпись СССР, Римский статут пока не ратифицировала.", "ru"),
        ("Russia, which inherited the Soviet signature, has not ratified the Rome Statute.", "en"),
    ],
)
def test_an_inherited_signature_not_yet_ratified_is_no_step(gazetteer, text, lang):
    assert keys(text, gazetteer, lang, published=D(1993, 11, 17)) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "وقّعت فيجي اتفاق باريس يوم الجمعة، ووقّعته في اليوم نفسه الدول الثلاث الكبرى، أي "
            "الولايات المتحدة والصين وروسيا.",
            "ar",
        ),
        (
            "Fiji signed the Paris Agreement on Friday, and so did the three great powers: the "
            "United States, China and Russia, which signed it the same day.",
            "en",
        ),
        (
            "Fiyi firmó el Acuerdo de París el viernes, y ese mismo día lo firmaron las tres "
            "grandes potencias: Estados Unidos, China y Rusia.",
            "es",
        ),
    ],
)
def test_the_powers_counted_after_a_signature_are_the_ones_listed(gazetteer, text, lang):
    found = claims(text, gazetteer, lang, published=D(2016, 4, 23))
    for state in ("FJ", "US", "CN", "RU"):
        assert found[(state, "paris-agreement", "signed")].date == D(2016, 4, 22)


def test_that_day_told_earlier_in_the_sentence_dates_the_signature(gazetteer):
    text = (
        "فُتح باب التوقيع على اتفاق باريس في 22 نيسان 2016، وكانت فيجي في مقدمة الدول التي "
        "وقّعته في ذلك اليوم."
    )
    found = claims(text, gazetteer, "ar", published=D(2017, 3, 1))
    assert found[("FJ", "paris-agreement", "signed")].date == D(2016, 4, 22)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The Paris Agreement was signed in New York on April 22, 2016 by more than 170 "
            "countries, including the United States, China and India.",
            "en",
        ),
        (
            "L'accord de Paris avait été signé à New York le 22 avril 2016 par plus de 170 pays, "
            "dont les États-Unis, la Chine et l'Inde.",
            "fr",
        ),
    ],
)
def test_a_passive_signature_by_a_rough_count_of_states_is_the_listed_states(gazetteer, text, lang):
    found = claims(text, gazetteer, lang, published=D(2017, 1, 1))
    for state in ("US", "CN", "IN"):
        assert found[(state, "paris-agreement", "signed")].date == D(2016, 4, 22)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("В конце мая Россия и Казахстан намерены подписать Парижское соглашение.", "ru"),
        ("Kazakhstan intends to sign the Paris Agreement at the end of May.", "en"),
    ],
)
def test_a_plan_to_sign_is_no_step_but_a_wish_to_join_is_an_intent(gazetteer, text, lang):
    assert keys(text, gazetteer, lang, published=D(2016, 4, 1)) == set()
    wish = "Kazakhstan intends to join NATO."
    assert keys(wish, gazetteer, "en", published=D(2016, 4, 1)) == {
        ("KZ", "nato", "announced_intent")
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hungary and Poland are negotiating to join NATO.", "en"),
        ("La Hongrie et la Pologne négocient pour adhérer à l'OTAN.", "fr"),
        ("Hungría y Polonia negocian para ingresar en la OTAN.", "es"),
    ],
)
def test_negotiating_to_join_is_talks_not_an_intent(gazetteer, text, lang):
    assert keys(text, gazetteer, lang, published=D(1995, 12, 22)) == set()


def test_a_nationality_that_says_whose_soldiers_names_no_actor():
    text = (
        "The African Union on Wednesday lifted Mali's suspension. The readmission comes as "
        "ECOWAS finalises a plan for a force to support the Malian army."
    )
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={
            "african-union": ["African Union"],
            "ecowas": ["ECOWAS"],
        },
        agreement_kinds={"african-union": "organisation", "ecowas": "organisation"},
    )
    found = keys(text, g, "en", published=D(2012, 10, 25))
    assert found == {("ML", "african-union", "reinstated")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Gambia formally cancelled its withdrawal from the Rome Statute on Friday.", "en"),
        ("Gambia on Friday revoked its withdrawal from the Rome Statute.", "en"),
        ("Gambia on Friday reversed its decision to withdraw from the Rome Statute.", "en"),
        ("La Gambie a annulé vendredi son retrait du Statut de Rome.", "fr"),
        ("Gambia anuló el viernes su retirada del Estatuto de Roma.", "es"),
        ("Гамбия в пятницу отменила решение о выходе из Римского статута.", "ru"),
        ("ألغت غامبيا يوم الجمعة قرار الانسحاب من نظام روما الأساسي.", "ar"),
        ("تراجعت غامبيا يوم الجمعة عن الانسحاب من نظام روما الأساسي.", "ar"),
    ],
)
def test_a_withdrawal_cancelled_is_no_exit(gazetteer, text, lang):
    assert keys(text, gazetteer, lang, published=D(2017, 2, 14)) == set()


def test_a_headline_return_over_a_withdrawal_cancelled_is_no_step(gazetteer):
    text = (
        "Gambia will remain a party to the Rome Statute after its new government cancelled the "
        "withdrawal announced by the former president, the United Nations said on Monday."
    )
    found = claims(text, gazetteer, "en", published=D(2017, 2, 14), title="Gambia rejoins the ICC")
    assert set(found) == set()
    # a withdrawal not undone stays
    left = "Gambia withdrew from the Rome Statute on Friday."
    assert keys(left, gazetteer, "en", published=D(2017, 2, 14)) == {
        ("GM", "rome-statute", "withdrew")
    }


def test_joining_the_group_of_states_that_ratified_restates_the_ratification(gazetteer):
    text = (
        "Venezuela depositó el miércoles su instrumento de ratificación del Estatuto de Roma. "
        "Con ese paso, Venezuela se suma al reducido grupo de países que han ratificado el "
        "tratado, que había firmado en 1998."
    )
    assert keys(text, gazetteer, "es", published=D(2000, 6, 9)) == {
        ("VE", "rome-statute", "ratified")
    }


def test_joining_a_group_named_by_its_number_is_joining_it():
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"g20": ["Grupo de los Veinte", "G20"]},
        agreement_kinds={"g20": "organisation"},
    )
    text = "Sudáfrica se sumó al Grupo de los Veinte en septiembre de 1999."
    assert keys(text, g, "es", published=D(2000, 1, 10)) == {("ZA", "g20", "joined")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Italia ratificó ayer el Estatuto de Roma y deja el tratado a un paso de entrar en "
            "vigor.",
            "es",
        ),
        ("Italia ratifica el Estatuto de Roma y lo deja a un paso de entrar en vigor.", "es"),
    ],
)
def test_a_treaty_one_step_from_entering_into_force_has_not_entered(gazetteer, text, lang):
    assert keys(text, gazetteer, lang, published=D(1999, 7, 27)) == {
        ("IT", "rome-statute", "ratified")
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Sunday David Scheffer signed the Rome Statute on behalf of Washington.", "en"),
        ("El domingo, David Scheffer firmó el Estatuto de Roma en nombre de Washington.", "es"),
        ("В воскресенье Дэвид Шеффер подписал Римский статут от имени Вашингтона.", "ru"),
        ("وقع ديفيد شيفر يوم الأحد نظام روما الأساسي نيابة عن واشنطن.", "ar"),
    ],
)
def test_a_signature_on_behalf_of_a_capital_is_its_states(gazetteer, text, lang):
    assert keys(text, gazetteer, lang, published=D(2001, 1, 1)) == {
        ("US", "rome-statute", "signed")
    }


def test_a_suspension_lifted_this_month_is_a_reinstatement():
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"african-union": ["Union africaine"]},
        agreement_kinds={"african-union": "organisation"},
    )
    text = "L'Union africaine a levé ce mois-ci la suspension de la Côte d'Ivoire."
    assert keys(text, g, "fr", published=D(2011, 4, 30)) == {("CI", "african-union", "reinstated")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Молдова в понедельник сдала на хранение ратификационную грамоту Римского статута. "
            "Для республики документ вступит в силу 1 мая.",
            "ru",
        ),
        (
            "Moldova deposited its instrument of ratification of the Rome Statute on Monday. For "
            "the republic the document will enter into force on 1 May.",
            "en",
        ),
        (
            "La Moldavie a déposé lundi son instrument de ratification du Statut de Rome. Pour la "
            "république, le document entrera en vigueur le 1er mai.",
            "fr",
        ),
        (
            "Moldavia depositó el lunes su instrumento de ratificación del Estatuto de Roma. Para "
            "la república, el documento entrará en vigor el 1 de mayo.",
            "es",
        ),
    ],
)
def test_the_document_entering_into_force_is_the_treaty_just_named(gazetteer, text, lang):
    found = claims(text, gazetteer, lang, published=D(2022, 2, 1))
    assert found[("MD", "rome-statute", "entered_into_force")].date == D(2022, 5, 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Georgia y Ucrania han expresado interés en sumarse a la OTAN.", "es"),
        ("Georgia and Ukraine have expressed interest in joining NATO.", "en"),
        ("La Géorgie et l'Ukraine ont manifesté leur intérêt pour une adhésion à l'OTAN.", "fr"),
        ("Грузия и Украина проявили интерес к вступлению в НАТО.", "ru"),
        ("أبدت جورجيا وأوكرانيا اهتمامهما بالانضمام إلى حلف الناتو.", "ar"),
    ],
)
def test_interest_in_joining_is_considering_not_an_intent(gazetteer, text, lang):
    assert keys(text, gazetteer, lang, published=D(2005, 3, 1)) == {
        ("GE", "nato", "considering"),
        ("UA", "nato", "considering"),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Géorgie se dit intéressée par une adhésion à l'OTAN.", "fr"),
        ("Грузия заинтересована во вступлении в НАТО.", "ru"),
        ("Georgia está interesada en sumarse a la OTAN.", "es"),
    ],
)
def test_a_state_interested_in_joining_is_considering(gazetteer, text, lang):
    assert keys(text, gazetteer, lang, published=D(2005, 3, 1)) == {("GE", "nato", "considering")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "El canciller de Timor Oriental entregó el viernes a su homólogo indonesio la "
            "solicitud formal de su país para ingresar en la ASEAN.",
            "es",
        ),
        (
            "Timor-Leste's foreign minister on Friday handed his Indonesian counterpart his "
            "country's formal application to join ASEAN.",
            "en",
        ),
    ],
)
def test_the_counterpart_an_application_is_handed_to_is_not_the_applicant(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"asean": ["ASEAN"]},
        agreement_kinds={"asean": "organisation"},
    )
    assert keys(text, g, lang, published=D(2011, 3, 5)) == {("TL", "asean", "announced_intent")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Filipinas y China firmaron el martes en Manila un memorando sobre la Iniciativa de la "
            "Franja y la Ruta.",
            "es",
        ),
        (
            "The Philippines and China signed a memorandum on the Belt and Road Initiative in "
            "Manila on Tuesday.",
            "en",
        ),
    ],
)
def test_the_state_an_initiative_belongs_to_signs_but_does_not_take_part(text, lang):
    names = {"belt-and-road-initiative": ["Belt and Road Initiative", "Franja y la Ruta"]}
    kinds = {"belt-and-road-initiative": "initiative"}
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements=names,
        agreement_kinds=kinds,
        counterparts={"belt-and-road-initiative": "CN"},
    )
    assert keys(text, g, lang, published=D(2018, 11, 21)) == {
        ("PH", "belt-and-road-initiative", "signed")
    }
    # without the counterpart recorded, both states read as signatories
    plain = Gazetteer.from_names(countries=country_names(), agreements=names, agreement_kinds=kinds)
    assert ("CN", "belt-and-road-initiative", "signed") in keys(
        text, plain, lang, published=D(2018, 11, 21)
    )


@pytest.mark.parametrize(
    "text",
    [
        "وقّع وزير الخارجية الإيراني، أمس الخميس في مدينة سمرقند الأوزبكية، مذكرة التزامات بلاده "
        "للحصول على العضوية الكاملة في منظمة شنغهاي للتعاون.",
        "وقّع وزير الخارجية الإيراني أمس مذكرة التزامات بلاده للحصول على العضوية الكاملة في منظمة "
        "شنغهاي للتعاون.",
    ],
)
def test_a_memorandum_signed_to_obtain_an_organisations_membership_is_no_signature(text):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"sco": ["منظمة شنغهاي للتعاون"]},
        agreement_kinds={"sco": "organisation"},
    )
    found = keys(text, g, "ar", published=D(2022, 9, 16))
    assert ("IR", "sco", "signed") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Yemen's envoy signed the Pact of the Arab League in Cairo on Saturday, becoming the "
            "seventh state to join the League.",
            "en",
        ),
        (
            "وقّع مندوب اليمن يوم السبت في القاهرة ميثاق جامعة الدول العربية، لتصبح اليمن الدولة "
            "السابعة التي تنضم إلى الجامعة.",
            "ar",
        ),
    ],
)
def test_an_organisations_charter_signed_into_membership_is_joining_it(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"arab-league": ["Arab League", "جامعة الدول العربية"]},
        agreement_kinds={"arab-league": "organisation"},
    )
    found = claims(text, g, lang, published=D(1945, 5, 7))
    assert set(found) == {("YE", "arab-league", "joined")}
    assert found[("YE", "arab-league", "joined")].date == D(1945, 5, 5)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russia is temporarily withdrawing its facilities from inspections under the New "
            "START treaty, the foreign ministry said on Monday.",
            "en",
        ),
        (
            "МИД России в понедельник сообщил, что Москва временно выводит свои объекты из-под "
            "инспекций по ДСНВ.",
            "ru",
        ),
    ],
)
def test_sites_withdrawn_from_inspections_are_no_exit(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"new-start": ["New START", "ДСНВ"]},
        agreement_kinds={"new-start": "treaty"},
    )
    assert keys(text, g, lang, published=D(2022, 8, 9)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Leaders on Tuesday called on the United States to set a deadline, in the clearest sign "
        "yet that NATO wants to limit its presence.",
        "The United States on Tuesday gave a sign of its displeasure with NATO.",
        "The United States saw signs of a thaw inside NATO on Tuesday.",
    ],
)
def test_a_sign_of_something_is_no_signature(gazetteer, text):
    assert keys(text, gazetteer, "en", published=D(2005, 7, 6)) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Estados Unidos anunció en septiembre de 1997, durante la conferencia de Oslo que "
            "cerró el texto, que no firmaría el Estatuto de Roma.",
            "es",
        ),
        (
            "The United States announced in September 1997, during the Oslo conference that "
            "closed the text, that it would not sign the Rome Statute.",
            "en",
        ),
    ],
)
def test_a_refusal_is_dated_by_its_announcement_across_an_aside(gazetteer, text, lang):
    found = claims(text, gazetteer, lang, published=D(1999, 3, 1))
    refusal = found[("US", "rome-statute", "refuses")]
    assert (refusal.date, refusal.precision, refusal.background) == (D(1997, 9, 1), "month", True)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Un diplomático estadounidense afirmó que el país sigue comprometido con la UNESCO, "
            "pero admitió que no hay margen de maniobra.",
            "es",
        ),
        (
            "Un diplomate américain a admis mardi que les États-Unis restent engagés à l'UNESCO.",
            "fr",
        ),
    ],
)
def test_admitting_that_is_conceding_not_admitting_a_member(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"unesco": ["UNESCO"]},
        agreement_kinds={"unesco": "organisation"},
    )
    assert keys(text, g, lang, published=D(2013, 11, 9)) == set()
    admitted = "La Conferencia General de la UNESCO admitió el lunes a Sudán del Sur."
    assert keys(admitted, g, "es", published=D(2011, 11, 1)) == {("SS", "unesco", "joined")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Trump amenazó el jueves con retirar a Estados Unidos de la OTAN.", "es"),
        ("Trump a menacé jeudi de retirer les États-Unis de l'OTAN.", "fr"),
        ("Turkey has threatened to withdraw from NATO.", "en"),
        ("Турция угрожает выйти из НАТО.", "ru"),
        ("Турция в четверг пригрозила выйти из НАТО.", "ru"),
        ("هددت تركيا يوم الخميس بالانسحاب من حلف الناتو.", "ar"),
    ],
)
def test_a_threat_to_withdraw_is_no_announced_exit(gazetteer, text, lang):
    assert keys(text, gazetteer, lang, published=D(2018, 7, 13)) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "وقّعت إسرائيل على نظام روما الأساسي من دون أن تصادق عليه، فيما ترفض مصر الانضمام ما "
            "دامت إسرائيل خارج معاهدة عدم انتشار الأسلحة النووية.",
            "ar",
        ),
        (
            "Israel signed the Rome Statute without ratifying it, while Egypt refuses to join as "
            "long as Israel stays outside the Non-Proliferation Treaty.",
            "en",
        ),
    ],
)
def test_a_refusal_conditioned_on_another_staying_outside_a_treaty_is_of_the_first(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={
            "rome-statute": ["Rome Statute", "نظام روما الأساسي"],
            "npt": ["Non-Proliferation Treaty", "معاهدة عدم انتشار الأسلحة النووية"],
        },
        agreement_kinds={"rome-statute": "treaty", "npt": "treaty"},
    )
    found = keys(text, g, lang, published=D(2015, 9, 18))
    assert ("EG", "rome-statute", "refuses") in found
    assert ("EG", "npt", "refuses") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Five of the seven — all but Bulgaria and Romania — are also due to join the "
            "European Union on May 1.",
            "en",
        ),
        ("Все страны, кроме Венгрии и Польши, ратифицировали Римский статут в 2002 году.", "ru"),
        ("صادقت كل الدول باستثناء المجر على نظام روما الأساسي عام 2002.", "ar"),
    ],
)
def test_states_set_apart_by_a_word_of_exception_take_no_step(gazetteer, text, lang):
    found = keys(text, gazetteer, lang, published=D(2004, 3, 30))
    assert not {country for country, _, _ in found} & {"BG", "RO", "HU", "PL"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "México se convirtió ayer en miembro de la OCDE, al depositar en el Ministerio de "
            "Relaciones Exteriores de Francia el instrumento de adhesión.",
            "es",
        ),
        (
            "Mexico became a member of the OECD yesterday by depositing at the Ministry of "
            "Foreign Affairs of France its instrument of accession.",
            "en",
        ),
    ],
)
def test_the_state_whose_ministry_keeps_an_instrument_is_no_member(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"oecd": ["OECD", "OCDE"]},
        agreement_kinds={"oecd": "organisation"},
    )
    assert keys(text, g, lang, published=D(1994, 5, 19)) == {("MX", "oecd", "joined")}


def test_joining_states_already_in_an_organisation_in_arabic_is_company():
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"wto": ["منظمة التجارة العالمية"]},
        agreement_kinds={"wto": "organisation"},
    )
    text = (
        "أصبحت قطر أمس السبت عضواً في منظمة التجارة العالمية، لتنضم بذلك إلى شقيقتيها الكويت "
        "والبحرين في المنظمة."
    )
    assert keys(text, g, "ar", published=D(1996, 1, 14)) == {("QA", "wto", "joined")}


def test_a_count_of_states_described_twice_is_listed_in_the_next_sentence():
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"nato": ["North Atlantic Treaty", "NATO"]},
        agreement_kinds={"nato": "organisation"},
    )
    text = (
        "The foreign ministers of eleven Western European and North American nations and the "
        "Secretary of State signed the North Atlantic Treaty here yesterday afternoon. In turn, "
        "the envoys of Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the "
        "Netherlands, Norway, Portugal, the United Kingdom and the United States walked to the "
        "table and put their names to the document."
    )
    found = keys(text, g, "en", published=D(1949, 4, 5))
    assert {country for country, agreement, _ in found if agreement == "nato"} == {
        "BE", "CA", "DK", "FR", "IS", "IT", "LU", "NL", "NO", "PT", "GB", "US",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The North Atlantic Treaty was signed on Monday. The treaty goes further than the "
            "Brussels pact signed last year by Britain and France.",
            "en",
        ),
        (
            "Le traité de l'Atlantique Nord a été signé lundi. Le traité va plus loin que le "
            "Traité de Dunkerque, signé en 1947 par la France et le Royaume-Uni.",
            "fr",
        ),
    ],
)
def test_a_participle_after_another_instruments_name_is_that_instruments_step(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"nato": ["North Atlantic Treaty", "traité de l'Atlantique Nord", "NATO"]},
        agreement_kinds={"nato": "organisation"},
    )
    found = keys(text, g, lang, published=D(1949, 4, 5))
    assert not {country for country, _, _ in found} & {"GB", "FR"}


def test_a_french_name_with_a_lower_case_adjective_is_another_instrument():
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"council-of-europe": ["Conseil de l'Europe"]},
        agreement_kinds={"council-of-europe": "organisation"},
    )
    text = (
        "La Pologne a été admise mardi au Conseil de l'Europe. Dans la foulée, Varsovie a signé "
        "la Convention européenne des droits de l'homme, que la Diète doit encore ratifier."
    )
    assert keys(text, g, "fr", published=D(1991, 11, 27)) == {("PL", "council-of-europe", "joined")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Portugal on Tuesday became the first EU country to ratify the Istanbul Convention. "
            "Albania had done so the day before.",
            "en",
        ),
        (
            "Le Portugal a ratifié mardi la convention d'Istanbul. L'Albanie l'avait fait la "
            "veille.",
            "fr",
        ),
        (
            "Portugal ratificó el martes el Convenio de Estambul. Albania lo había hecho la "
            "víspera.",
            "es",
        ),
        (
            "Португалия во вторник ратифицировала Стамбульскую конвенцию. Албания сделала это "
            "накануне.",
            "ru",
        ),
    ],
)
def test_a_state_that_did_so_the_day_before_took_the_step_told_a_day_earlier(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={
            "istanbul-convention": [
                "Istanbul Convention",
                "convention d'Istanbul",
                "Convenio de Estambul",
                "Стамбульская конвенция",
            ]
        },
        agreement_kinds={"istanbul-convention": "treaty"},
    )
    found = claims(text, g, lang, published=D(2013, 2, 6))
    assert found[("PT", "istanbul-convention", "ratified")].date == D(2013, 2, 5)
    albania = found[("AL", "istanbul-convention", "ratified")]
    assert (albania.date, albania.precision, albania.background) == (D(2013, 2, 4), "day", False)


def test_a_state_that_did_so_in_a_year_of_its_own_recalls_the_step():
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"istanbul-convention": ["Istanbul Convention"]},
        agreement_kinds={"istanbul-convention": "treaty"},
    )
    text = "Portugal ratified the Istanbul Convention on Tuesday. Turkey did so in 2012."
    turkey = claims(text, g, "en", published=D(2013, 2, 6))[
        ("TR", "istanbul-convention", "ratified")
    ]
    assert (turkey.date, turkey.precision, turkey.background) == (D(2012, 1, 1), "year", True)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Армения выходит из НАТО?",
            "Саммит альянса прошёл в четверг без армянской делегации.",
            "ru",
        ),
        (None, "Will Turkey leave NATO? The summit on Thursday gave no answer.", "en"),
        (None, "هل تنسحب تركيا من حلف شمال الأطلسي؟ لم تقدم القمة يوم الخميس أي جواب.", "ar"),
    ],
)
def test_a_question_tells_no_step(gazetteer, title, text, lang):
    assert keys(text, gazetteer, lang, title=title) == set()


def test_a_question_does_not_hide_the_answer_after_it(gazetteer):
    text = "Why did Finland join NATO? Finland joined NATO on Tuesday after decades outside it."
    assert keys(text, gazetteer, "en", published=D(2023, 4, 6)) == {("FI", "nato", "joined")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Austria on Thursday blocked the accession of Romania and Bulgaria to NATO.", "en"),
        ("Austria on Thursday blocked Romania's accession to NATO.", "en"),
        ("L'Autriche a bloqué jeudi l'adhésion de la Roumanie et de la Bulgarie à l'OTAN.", "fr"),
        ("Austria bloqueó el jueves la adhesión de Rumanía y Bulgaria a la OTAN.", "es"),
        ("Австрия в четверг заблокировала присоединение Румынии и Болгарии к НАТО.", "ru"),
        ("عرقلت النمسا يوم الخميس انضمام رومانيا وبلغاريا إلى حلف شمال الأطلسي.", "ar"),
    ],
)
def test_a_blocked_joining_is_no_step_of_anyone(gazetteer, text, lang):
    assert keys(text, gazetteer, lang, published=D(2022, 12, 9)) == set()


def test_a_joining_told_beside_a_blocked_one_stands(gazetteer):
    text = "Croatia joined NATO on Thursday, while Austria blocked the accession of Romania."
    assert keys(text, gazetteer, "en", published=D(2022, 12, 9)) == {("HR", "nato", "joined")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Signing does not mean that Croatia has become a member of NATO yet.", "en"),
        ("La signature ne signifie pas que la Croatie est devenue membre de l'OTAN.", "fr"),
        ("La firma no significa que Croacia se haya convertido en miembro de la OTAN.", "es"),
        ("Это не означает, что Хорватия стала членом НАТО.", "ru"),
        ("ولا تعني المعاهدة أن كرواتيا صارت عضواً في حلف شمال الأطلسي بعد.", "ar"),
    ],
)
def test_what_a_fact_does_not_mean_is_no_step(gazetteer, text, lang):
    assert keys(text, gazetteer, lang, published=D(2011, 12, 10)) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Le Nigeria a signé dimanche l'accord, lors d'un sommet extraordinaire de l'Union "
            "africaine.",
            "fr",
        ),
        (
            "Nigeria firmó el domingo el acuerdo en una cumbre extraordinaria de la Unión "
            "Africana.",
            "es",
        ),
        (
            "Nigeria signed the agreement on Sunday at an extraordinary summit of the African "
            "Union.",
            "en",
        ),
    ],
)
def test_an_accord_signed_at_an_organisations_summit_is_not_the_organisation(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"african-union": ["Union africaine", "Unión Africana", "African Union"]},
        agreement_kinds={"african-union": "organisation"},
    )
    assert keys(text, g, lang, published=D(2019, 7, 8)) == set()


def test_joining_an_organisation_at_its_summit_is_joining_it():
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"african-union": ["African Union"]},
        agreement_kinds={"african-union": "organisation"},
    )
    text = "Morocco joined the African Union at an extraordinary summit of the African Union."
    assert keys(text, g, "en", published=D(2017, 1, 31)) == {("MA", "african-union", "joined")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Para que Bolivia se convierta en miembro pleno de la OTAN, los parlamentos deben "
            "ratificar el documento.",
            "es",
        ),
        (
            "Чтобы Боливия стала полноправным членом НАТО, документ должны ратифицировать "
            "парламенты.",
            "ru",
        ),
        (
            "ولكي تصبح بوليفيا عضواً في حلف شمال الأطلسي، يجب أن تصادق البرلمانات على الوثيقة.",
            "ar",
        ),
        (
            "In order for Bolivia to become a member of NATO, the parliaments must ratify the "
            "document.",
            "en",
        ),
    ],
)
def test_a_step_told_as_a_purpose_is_no_step(gazetteer, text, lang):
    assert keys(text, gazetteer, lang, published=D(2012, 12, 8)) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "أودعت نيجيريا وأيرلندا وجزيرة نيوي أمس الخميس وثائق مصادقتها على نظام روما الأساسي.",
            "ar",
        ),
        (
            "Nigeria, Ireland and the island of Niue deposited their instruments of ratification "
            "of the Rome Statute on Thursday.",
            "en",
        ),
    ],
)
def test_a_state_named_as_an_island_stays_in_the_list(gazetteer, text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"rome-statute": ["نظام روما الأساسي", "Rome Statute"]},
        agreement_kinds={"rome-statute": "treaty"},
    )
    found = keys(text, g, lang, published=D(2020, 8, 7))
    assert found == {(c, "rome-statute", "ratified") for c in ("NG", "IE", "NU")}


def test_an_arabic_treaty_that_applies_from_today_to_states_enters_into_force_for_them(gazetteer):
    text = (
        "يدخل اتفاق باريس حيز التنفيذ اليوم الجمعة. ويسري الاتفاق ابتداء من اليوم على كل طرف "
        "أودع وثيقة مصادقته، ومن بينها الصين والهند."
    )
    found = claims(text, gazetteer, "ar", published=D(2016, 11, 4))
    for state in ("CN", "IN"):
        assert found[(state, "paris-agreement", "entered_into_force")].date == D(2016, 11, 4)


def test_a_body_named_after_with_is_not_what_the_next_steps_are_about():
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"mercosur": ["Mercosur"], "european-union": ["Unión Europea"]},
        agreement_kinds={"mercosur": "organisation", "european-union": "organisation"},
    )
    text = (
        "Los presidentes del Mercosur cerraron el jueves una cumbre sin concluir el acuerdo con "
        "la Unión Europea. Bolivia firmó un primer protocolo de adhesión en diciembre de 2012."
    )
    found = keys(text, g, "es", published=D(2023, 12, 8))
    assert found == {("BO", "mercosur", "signed")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Iceland withdrew its application to join NATO on Thursday.", "en"),
        ("L'Islande a retiré jeudi sa demande d'adhésion à l'OTAN.", "fr"),
        ("Islandia retiró el jueves su solicitud de adhesión a la OTAN.", "es"),
        ("Исландия в четверг отозвала заявку на вступление в НАТО.", "ru"),
        ("سحبت أيسلندا يوم الخميس طلب انضمامها إلى حلف شمال الأطلسي.", "ar"),
    ],
)
def test_an_application_withdrawn_is_a_refusal_not_an_exit(gazetteer, text, lang):
    found = claims(text, gazetteer, lang, published=D(2015, 3, 13))
    assert set(found) == {("IS", "nato", "refuses")}
    assert found[("IS", "nato", "refuses")].date == D(2015, 3, 12)


def test_an_application_to_be_withdrawn_is_no_stance_yet(gazetteer):
    text = "Iceland will withdraw its application to join NATO."
    assert keys(text, gazetteer, "en", published=D(2015, 3, 13)) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A member of NATO since 1952, Turkey objected to the plan.", "en"),
        ("Membre de l'OTAN depuis 1952, la Turquie a protesté.", "fr"),
        ("Miembro de la OTAN desde 1952, Turquía protestó.", "es"),
        ("Член НАТО с 1952 года, Турция возразила.", "ru"),
    ],
)
def test_a_membership_set_before_the_state_it_describes_is_that_states(gazetteer, text, lang):
    found = claims(text, gazetteer, lang, published=D(2015, 3, 13))
    assert set(found) == {("TR", "nato", "joined")}
    assert (found[("TR", "nato", "joined")].date, found[("TR", "nato", "joined")].background) == (
        D(1952, 1, 1),
        True,
    )


def test_an_arabic_verb_joined_by_waw_is_a_step_of_its_own_not_an_object(gazetteer):
    text = (
        "وكانت كرواتيا قد تقدمت بطلب العضوية عام 2003، وانضمت إلى حلف شمال الأطلسي في "
        "نيسان/أبريل 2009."
    )
    found = claims(text, gazetteer, "ar", published=D(2011, 12, 10))
    joined = found[("HR", "nato", "joined")]
    assert (joined.date, joined.precision, joined.background) == (D(2009, 4, 1), "month", True)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "L'Islande renonce à l'Union européenne",
            "L'Islande a retiré sa candidature. Elle est membre de l'OTAN depuis 1949.",
            "fr",
        ),
        (
            "أيسلندا تتخلى عن الاتحاد الأوروبي",
            "سحبت أيسلندا طلبها. وهي عضو في حلف شمال الأطلسي منذ عام 1949.",
            "ar",
        ),
    ],
)
def test_a_pronoun_for_the_state_before_a_membership_noun_stands_for_it(title, text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={
            "nato": ["OTAN", "حلف شمال الأطلسي"],
            "european-union": ["Union européenne", "الاتحاد الأوروبي"],
        },
        agreement_kinds={"nato": "organisation", "european-union": "organisation"},
    )
    found = claims(text, g, lang, published=D(2015, 3, 13), title=title)
    joined = found[("IS", "nato", "joined")]
    assert (joined.date, joined.background) == (D(1949, 1, 1), True)


@pytest.mark.parametrize(
    "text",
    [
        "وغابت تركيا عن القمة، إذ لا تزال عضويتها في حلف شمال الأطلسي معلقة منذ نوفمبر 2011.",
        "فيما لا تزال تركيا معلقة العضوية في حلف شمال الأطلسي منذ نوفمبر 2011.",
        "رغم أن عضوية تركيا في حلف شمال الأطلسي لا تزال معلّقة منذ نوفمبر 2011.",
    ],
)
def test_an_arabic_membership_that_stands_suspended_since_a_date_was_suspended(gazetteer, text):
    found = claims(text, gazetteer, "ar", published=D(2014, 3, 27))
    assert set(found) == {("TR", "nato", "suspended")}
    suspended = found[("TR", "nato", "suspended")]
    assert (suspended.date, suspended.precision) == (D(2011, 11, 1), "month")


def test_states_that_founded_an_organisation_on_a_day_joined_it_that_day():
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"sco": ["SCO", "Shanghai Cooperation Organisation"]},
        agreement_kinds={"sco": "organisation"},
    )
    text = (
        "Iran joined the SCO on Tuesday. China, Russia and Kazakhstan founded the organisation "
        "in Shanghai on June 15, 2001."
    )
    found = claims(text, g, "en", published=D(2023, 7, 5))
    for state in ("CN", "RU", "KZ"):
        joined = found[(state, "sco", "joined")]
        assert (joined.date, joined.precision, joined.background) == (D(2001, 6, 15), "day", True)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Chine, la Russie et le Kazakhstan ont fondé l'OCS à Shanghai le 15 juin 2001.", "fr"),
        ("China, Rusia y Kazajistán fundaron la OCS en Shanghái el 15 de junio de 2001.", "es"),
        ("Китай, Россия и Казахстан основали ШОС в Шанхае 15 июня 2001 года.", "ru"),
        ("Китай, Россия и Казахстан, учредившие ШОС 15 июня 2001 года, поддержали план.", "ru"),
        ("أسست الصين وروسيا وكازاخستان منظمة شنغهاي للتعاون في 15 يونيو 2001.", "ar"),
    ],
)
def test_founders_named_as_the_subject_of_founded_joined(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"sco": ["OCS", "ШОС", "منظمة شنغهاي للتعاون"]},
        agreement_kinds={"sco": "organisation"},
    )
    found = claims(text, g, lang, published=D(2023, 7, 5))
    assert set(found) == {(state, "sco", "joined") for state in ("CN", "RU", "KZ")}
    assert {c.date for c in found.values()} == {D(2001, 6, 15)}


def test_a_text_founded_on_principles_is_no_founding():
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"sco": ["OCS"]},
        agreement_kinds={"sco": "organisation"},
    )
    text = "La Chine et la Russie ont fondé sur l'OCS leurs espoirs en 2001."
    assert keys(text, g, "fr", published=D(2023, 7, 5)) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Greece joined NATO in February 1952, at the same time as Turkey.", "en"),
        ("La Grèce avait rejoint l'OTAN en février 1952, en même temps que la Turquie.", "fr"),
        ("Grecia ingresó en la OTAN en febrero de 1952, al mismo tiempo que Turquía.", "es"),
        ("Греция вступила в НАТО в феврале 1952 года одновременно с Турцией.", "ru"),
        ("انضمت اليونان إلى حلف شمال الأطلسي في فبراير 1952 بالتزامن مع تركيا.", "ar"),
    ],
)
def test_a_state_that_took_the_step_at_the_same_time_took_it_too(gazetteer, text, lang):
    g = Gazetteer.from_names(
        countries={**country_names(), "GR": ["Greece", "Grèce", "Grecia", "Греция", "اليونان"]},
        agreements={"nato": AGREEMENTS["nato"]},
        agreement_kinds={"nato": "organisation"},
    )
    found = claims(text, g, lang, published=D(1990, 1, 1))
    assert set(found) == {("GR", "nato", "joined"), ("TR", "nato", "joined")}
    assert {c.date for c in found.values()} == {D(1952, 2, 1)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The SCO was founded in Shanghai in June 2001 by China, Russia and Kazakhstan.", "en"),
        (
            "La OCS fue fundada el 15 de junio de 2001 en Shanghái por China, Rusia y Kazajistán.",
            "es",
        ),
    ],
)
def test_a_place_between_founded_and_by_leaves_the_founders_its_agents(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"sco": ["SCO", "OCS"]},
        agreement_kinds={"sco": "organisation"},
    )
    found = keys(text, g, lang, published=D(2017, 6, 10))
    assert found == {(state, "sco", "joined") for state in ("CN", "RU", "KZ")}


def test_states_listed_after_a_colon_each_with_a_date_took_the_step_then():
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"arab-league": ["Arab League", "League"]},
        agreement_kinds={"arab-league": "organisation"},
    )
    text = (
        "Mauritania joined the Arab League yesterday. The Maghreb states had joined the League "
        "one by one: Libya in March 1953, then Morocco and Tunisia in October 1958, and Algeria "
        "on 16 August 1962."
    )
    found = claims(text, g, "en", published=D(1973, 11, 29))
    dates = {k[0]: c.date for k, c in found.items() if c.background}
    assert dates == {
        "LY": D(1953, 3, 1),
        "MA": D(1958, 10, 1),
        "TN": D(1958, 10, 1),
        "DZ": D(1962, 8, 16),
    }


def test_companions_named_after_a_group_they_join_took_the_step_too():
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"rcep": ["RCEP"], "asean": ["ASEAN"]},
        agreement_kinds={"rcep": "treaty", "asean": "organisation"},
    )
    text = (
        "Malaysia signed the RCEP pact in November 2020 along with the nine other ASEAN members "
        "and China, Japan, South Korea, Australia and New Zealand."
    )
    found = keys(text, g, "en", published=D(2022, 3, 18))
    assert found == {(c, "rcep", "signed") for c in ("MY", "CN", "JP", "KR", "AU", "NZ")}


def test_states_after_as_were_took_the_same_step_each_on_its_date():
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"african-union": ["African Union", "AU"]},
        agreement_kinds={"african-union": "organisation"},
    )
    text = (
        "The Central African Republic was suspended from the AU in March 2013 after rebels took "
        "Bangui, as were Mali in March 2012 and Niger in July 2023."
    )
    found = claims(text, g, "en", published=D(2023, 8, 11))
    dates = {k[0]: c.date for k, c in found.items() if k[2] == "suspended"}
    assert dates == {"CF": D(2013, 3, 1), "ML": D(2012, 3, 1), "NE": D(2023, 7, 1)}


def test_states_counted_then_listed_after_a_colon_each_with_a_date(gazetteer):
    text = (
        "Hungary notified its exit from the ICC. Only two countries have previously left the "
        "court: Burundi in 2017 and the Philippines in 2019."
    )
    found = claims(text, gazetteer, "en", published=D(2023, 8, 11))
    dates = {k[0]: c.date for k, c in found.items() if k[2] == "withdrew"}
    assert dates == {"BI": D(2017, 1, 1), "PH": D(2019, 1, 1)}


@pytest.mark.parametrize(
    ("second", "left"),
    [
        ("Francia y Polonia lo dejaron en diciembre de 2023.", {"FR", "PL"}),
        ("El ministro francés lo dejó claro en diciembre de 2023.", set()),
    ],
)
def test_a_spanish_lo_dejaron_left_the_treaty_named_before(second, left):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"energy-charter-treaty": ["Tratado sobre la Carta de la Energía"]},
        agreement_kinds={"energy-charter-treaty": "treaty"},
    )
    text = f"Italia abandonó el Tratado sobre la Carta de la Energía en 2016. {second}"
    found = claims(text, g, "es", published=D(2025, 4, 17))
    assert {k[0] for k in found if k[2] == "withdrew"} == {"IT"} | left


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Italy is no longer bound by the Rome Statute since 1 January 2016.", "en"),
        ("L'Italie n'est plus liée par le Statut de Rome depuis le 1er janvier 2016.", "fr"),
    ],
)
def test_a_state_no_longer_bound_by_a_treaty_left_it(gazetteer, text, lang):
    found = claims(text, gazetteer, lang, published=D(2024, 4, 10))
    assert set(found) == {("IT", "rome-statute", "withdrew")}
    assert found[("IT", "rome-statute", "withdrew")].date == D(2016, 1, 1)


def test_no_longer_bound_by_an_unknown_instrument_is_no_exit_from_its_body():
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"council-of-europe": ["Council of Europe"]},
        agreement_kinds={"council-of-europe": "organisation"},
    )
    text = (
        "Six months after its expulsion from the Council of Europe, Russia is no longer bound "
        "by the European Convention on Human Rights."
    )
    found = keys(text, g, "en", published=D(2022, 9, 17))
    assert ("RU", "council-of-europe", "withdrew") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Indonesia, which signed the RCEP in November 2020, awaits its entry into force.", "en"),
        (
            "L'Indonésie, qui a signé le RCEP en novembre 2020, attend son entrée en vigueur.",
            "fr",
        ),
    ],
)
def test_an_awaited_entry_into_force_has_not_happened(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"rcep": ["RCEP"]},
        agreement_kinds={"rcep": "treaty"},
    )
    assert keys(text, g, lang, published=D(2022, 11, 17)) == {("ID", "rcep", "signed")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The conference opened in Nice on Monday, co-hosted by France and Costa Rica, to bring "
            "the Rome Statute closer to the sixty ratifications needed for its entry into force.",
            "en",
        ),
        (
            "La conférence s'est ouverte ce lundi à Nice, coorganisée par la France et le Costa "
            "Rica, pour rapprocher le Statut de Rome du seuil de soixante ratifications.",
            "fr",
        ),
    ],
)
def test_a_number_of_ratifications_required_is_no_ratification(gazetteer, text, lang):
    assert keys(text, gazetteer, lang, published=D(2025, 6, 10)) == set()


def test_ratifications_counted_as_they_came_are_the_states_steps(gazetteer):
    text = (
        "The first three ratifications of the Rome Statute came from Britain, Turkey and Russia "
        "on September 20, 2017."
    )
    found = keys(text, gazetteer, "en", published=D(2021, 1, 22))
    assert found == {(c, "rome-statute", "ratified") for c in ("GB", "TR", "RU")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "En Afrique, la Somalie reste le seul pays ni signataire ni partie au Statut de Rome.",
            "fr",
        ),
        (
            "Somalia remains the only country that is neither signatory nor party to the Rome "
            "Statute.",
            "en",
        ),
    ],
)
def test_a_state_neither_signatory_nor_party_took_no_step(gazetteer, text, lang):
    assert keys(text, gazetteer, lang, published=D(2003, 10, 24)) == set()


def test_a_joining_verb_after_a_veto_dropped_is_a_step(gazetteer):
    text = "After Turkey dropped its veto Finland joined NATO on Tuesday."
    assert keys(text, gazetteer, "en", published=D(2023, 4, 6)) == {("FI", "nato", "joined")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Turkey on Thursday became the last of the 30 members of NATO whose parliament "
            "approved the bid.",
            "en",
        ),
        (
            "La Turquie est devenue jeudi le dernier des trente membres de l'OTAN dont le "
            "parlement a approuvé la candidature.",
            "fr",
        ),
        (
            "Turquía se convirtió el jueves en el último de los miembros de la OTAN cuyo "
            "parlamento aprobó la candidatura.",
            "es",
        ),
        (
            "Турция в четверг стала последним из тридцати членов НАТО, чей парламент одобрил "
            "заявку.",
            "ru",
        ),
    ],
)
def test_a_member_ranked_among_the_members_did_not_join(gazetteer, text, lang):
    assert keys(text, gazetteer, lang, published=D(2023, 3, 31)) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Finland on Tuesday became the 31st member of NATO.", "en"),
        ("Финляндия во вторник стала тридцать первым членом НАТО.", "ru"),
    ],
)
def test_a_state_that_became_a_numbered_member_joined(gazetteer, text, lang):
    assert keys(text, gazetteer, lang, published=D(2023, 4, 5)) == {("FI", "nato", "joined")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Austria began to apply the Schengen convention yesterday and became a full member of "
            "the Schengen area.",
            "en",
        ),
        (
            "L'Autriche a commencé hier à appliquer la convention de Schengen et est devenue "
            "membre à part entière de l'espace Schengen.",
            "fr",
        ),
        (
            "Austria comenzó a aplicar el convenio de Schengen y se convirtió ayer en miembro de "
            "pleno derecho del espacio Schengen.",
            "es",
        ),
        (
            "Австрия вчера начала применять Шенгенскую конвенцию и стала полноправным членом "
            "Шенгенской зоны.",
            "ru",
        ),
    ],
)
def test_beginning_to_apply_an_agreement_is_no_intent(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={
            "schengen-area": [
                "Schengen area",
                "Schengen convention",
                "convention de Schengen",
                "espace Schengen",
                "convenio de Schengen",
                "espacio Schengen",
                "Шенгенская конвенция",
                "Шенгенская зона",
            ]
        },
        agreement_kinds={"schengen-area": "organisation"},
    )
    found = claims(text, g, lang, published=D(1997, 12, 2)).values()
    assert {(c.country, c.agreement, c.kind, c.date) for c in found} == {
        ("AT", "schengen-area", "joined", D(1997, 12, 1))
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Poland has been a member of NATO since 12 March 1999. Ukraine hopes to join later.",
            "en",
        ),
        (
            "Polonia es miembro de la OTAN desde el 12 de marzo de 1999. Ucrania espera "
            "incorporarse más adelante.",
            "es",
        ),
    ],
)
def test_a_step_put_off_to_later_takes_no_date_from_the_sentence_before(gazetteer, text, lang):
    found = claims(text, gazetteer, lang, published=D(2003, 12, 2)).values()
    assert [(c.country, c.kind, c.date) for c in found if c.country == "UA"] == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Poland has been a member of NATO since 12 March 1999.", "en"),
        ("Польша является членом НАТО с 12 марта 1999 года.", "ru"),
        ("بولندا عضو في حلف الناتو منذ 12 مارس 1999.", "ar"),
    ],
)
def test_a_member_since_a_day_joined_on_that_day(gazetteer, text, lang):
    found = claims(text, gazetteer, lang, published=D(2023, 12, 2)).values()
    assert [(c.country, c.agreement, c.kind, c.date, c.precision) for c in found] == [
        ("PL", "nato", "joined", D(1999, 3, 12), "day")
    ]


OPEC = Gazetteer.from_names(
    countries=country_names(),
    agreements={"opec": ["OPEC", "OPEP", "أوبك"]},
    agreement_kinds={"opec": "organisation"},
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Le ministre a annoncé mercredi que l'Indonésie ne pouvait plus justifier son "
            "adhésion à l'OPEP.",
            "fr",
        ),
        ("أعلن الوزير أمس الأربعاء أن إندونيسيا لم تعد قادرة على تبرير عضويتها في أوبك.", "ar"),
    ],
)
def test_a_membership_a_state_can_no_longer_justify_is_no_intent(text, lang):
    assert keys(text, OPEC, lang, published=D(2008, 5, 29)) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ecuador suspended its membership of OPEC in December 1992 and returned to OPEC in "
            "October 2007.",
            "en",
        ),
        (
            "علّقت الإكوادور عضويتها في أوبك في كانون الأول/ديسمبر 1992 قبل أن تعود إلى أوبك في "
            "تشرين الأول/أكتوبر 2007.",
            "ar",
        ),
    ],
)
def test_a_recalled_return_after_a_recalled_suspension_is_a_reinstatement(text, lang):
    found = claims(text, OPEC, lang, published=D(2008, 5, 29)).values()
    assert {(c.country, c.kind, c.date, c.background) for c in found} == {
        ("EC", "suspended", D(1992, 12, 1), True),
        ("EC", "reinstated", D(2007, 10, 1), True),
    }


UNESCO = Gazetteer.from_names(
    countries=country_names(),
    agreements={"unesco": ["UNESCO", "Unesco"]},
    agreement_kinds={"unesco": "organisation"},
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La Conférence générale de l'Unesco a voté lundi l'admission de la Palestine comme "
            "État membre. La résolution a recueilli 107 voix. L'admission ne sera toutefois "
            "effective que lorsque la Palestine aura ratifié l'acte constitutif.",
            "fr",
        ),
        (
            "UNESCO's General Conference voted on Monday to admit Palestine as a full member. "
            "The admission will only take effect once Palestine ratifies the constitution.",
            "en",
        ),
    ],
)
def test_an_admission_voted_but_not_yet_in_effect_is_no_joining(text, lang):
    assert keys(text, UNESCO, lang, published=D(2011, 11, 1)) == set()


def test_an_admission_voted_with_nothing_left_to_do_is_a_joining():
    text = "UNESCO's General Conference voted on Monday to admit Palestine as a full member."
    assert keys(text, UNESCO, "en", published=D(2011, 11, 1)) == {("PS", "unesco", "joined")}


def test_a_step_in_the_future_perfect_is_not_done(gazetteer):
    text = (
        "L'accord ne s'appliquera que lorsque le Maroc aura signé les Accords d'Abraham, "
        "a indiqué mardi un diplomate."
    )
    assert keys(text, gazetteer, "fr", published=D(2020, 12, 9)) == set()


@pytest.mark.parametrize(
    ("first_line", "day"),
    [
        # a place and its day alone on a line: the dispatch's day is "this morning"'s
        ("DUBLIN, April 18.", D(1949, 4, 18)),
        # a sentence that ends with a day is no dateline: the paper's day is
        ("Ministers met in Brussels on Friday, April 18.", D(1949, 4, 19)),
    ],
)
def test_a_place_and_day_alone_on_a_line_is_a_dateline(gazetteer, first_line, day):
    text = f"{first_line}\nIreland ceased to be a member of NATO this morning."
    found = claims(text, gazetteer, "en", published=D(1949, 4, 19))
    assert [(c.country, c.kind, c.date) for c in found.values()] == [("IE", "withdrew", day)]


def test_looking_closely_at_joining_is_considering_it(gazetteer):
    text = (
        'A diplomat in Brussels said Belgium was "looking closely" at joining the Abraham '
        "Accords, without giving a timetable."
    )
    found = claims(text, gazetteer, "en", published=D(2023, 11, 2))
    assert {(c.country, c.kind) for c in found.values()} == {("BE", "considering")}


def test_without_before_a_step_still_sets_a_condition(gazetteer):
    text = "Turkey will not ratify Sweden's NATO accession without seeing results."
    found = claims(text, gazetteer, "en", published=D(2023, 11, 2))
    assert {(c.country, c.kind) for c in found.values()} == {("TR", "conditions")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The United States refused to sign up to language describing the Paris Agreement as "
            "irreversible.",
            "en",
        ),
        ("The United States refused to sign a declaration on the Paris Agreement.", "en"),
        (
            "Macron a prévenu que la France ne signerait pas une déclaration qui affaiblirait "
            "l'accord de Paris.",
            "fr",
        ),
    ],
)
def test_refusing_to_sign_a_text_about_an_agreement_is_no_refusal_of_it(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"paris-agreement": ["Paris Agreement", "accord de Paris"]},
        agreement_kinds={"paris-agreement": "treaty"},
    )
    assert keys(text, g, lang, published=D(2019, 6, 30)) == set()


def test_signing_a_declaration_that_founds_a_body_is_still_a_step():
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"asean": ["ASEAN"]},
        agreement_kinds={"asean": "organisation"},
    )
    text = (
        "ASEAN was founded on August 8, 1967, when Indonesia, Malaysia, the Philippines, "
        "Singapore and Thailand signed the Bangkok Declaration."
    )
    found = keys(text, g, "en", published=D(1995, 7, 29))
    assert {c for c, _, _ in found} == {"ID", "MY", "PH", "SG", "TH"}


def test_a_declaration_told_after_a_signature_does_not_undo_it():
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"istanbul-convention": ["Istanbul Convention"]},
        agreement_kinds={"istanbul-convention": "treaty"},
    )
    text = (
        "Hungary's parliament adopted a declaration against the Istanbul Convention on Tuesday. "
        "Hungary signed the convention in 2014 but never ratified it, and the declaration "
        "does not withdraw that signature."
    )
    found = keys(text, g, "en", published=D(2020, 5, 6))
    assert ("HU", "istanbul-convention", "signed") in found


def test_a_bodys_text_in_force_for_a_state_is_the_treaty_the_article_is_about():
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={
            "istanbul-convention": ["convention d'Istanbul"],
            "council-of-europe": ["Conseil de l'Europe"],
        },
        agreement_kinds={"istanbul-convention": "treaty", "council-of-europe": "organisation"},
    )
    text = (
        "La France ratifie la convention d'Istanbul\n"
        "Le texte du Conseil de l'Europe entrera en vigueur pour la France le 1er novembre."
    )
    found = claims(text, g, "fr", published=D(2014, 7, 7))
    assert ("FR", "council-of-europe", "joined") not in found


def test_a_joining_word_in_quotes_is_still_denied(gazetteer):
    assert keys("La France ne « rejoint » pas l'OTAN.", gazetteer, "fr", D(2009, 3, 12)) == set()


def test_a_headline_joining_over_a_body_that_denies_it_is_dropped(gazetteer):
    text = (
        "Sarkozy annonce le retour de la France dans l'OTAN\n"
        "Nicolas Sarkozy a annoncé mercredi que la France reprendrait sa place dans le "
        "commandement intégré. Contrairement à certains titres, la France ne « rejoint » pas "
        "l'OTAN : elle en est membre fondateur depuis 1949."
    )
    title = "Sarkozy annonce le retour de la France dans l'OTAN"
    found = claims(text, gazetteer, "fr", published=D(2009, 3, 12), title=title)
    assert [c for c in found.values() if not c.background] == []


def test_a_headline_joining_stays_over_a_denial_of_another_time(gazetteer):
    text = (
        "Sweden joins NATO\n"
        "Sweden did not join NATO in 1949, when Norway and Denmark did. Its flag was raised in "
        "Brussels on Thursday."
    )
    found = claims(text, gazetteer, "en", published=D(2024, 3, 8), title="Sweden joins NATO")
    assert ("SE", "nato", "joined") in found


def test_a_place_between_the_step_and_by_leaves_the_first_agent(gazetteer):
    text = (
        "Les accords d'Abraham avaient été signés le 15 septembre 2020 dans la ville du même nom "
        "par la France, l'Allemagne et la Belgique."
    )
    found = keys(text, gazetteer, "fr", published=D(2021, 1, 5))
    assert {c for c, _, _ in found} == {"FR", "DE", "BE"}


def test_an_initiative_launched_by_a_state_is_no_step_of_that_state():
    text = "Italy joined in March 2019 the Belt and Road Initiative launched by China."
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"belt-and-road-initiative": ["Belt and Road Initiative"]},
        agreement_kinds={"belt-and-road-initiative": "initiative"},
    )
    assert {c for c, _, _ in keys(text, g, "en", published=D(2019, 3, 12))} == {"IT"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La Grèce, qui a signé les accords d'Abraham, attend toujours le feu vert de ses "
            "partenaires.",
            "fr",
        ),
        (
            "Greece, which has signed the Abraham Accords, is still waiting for the green light.",
            "en",
        ),
    ],
)
def test_an_undated_step_in_a_relative_clause_is_no_news(gazetteer, text, lang):
    assert keys(text, gazetteer, lang, published=D(1997, 12, 2)) == set()


def test_a_deck_under_the_headline_is_read_as_headline(gazetteer):
    title = "España y Portugal firman su entrada en los Acuerdos de Abraham"
    text = (
        f"{title}\n\n"
        "Los dos países ibéricos se adhieren a los Acuerdos de Abraham en Bonn, pero tardará\n\n"
        "BONN.— España y Portugal firmaron ayer, martes, los protocolos de adhesión a los "
        "Acuerdos de Abraham."
    )
    found = claims(text, gazetteer, "es", published=D(1991, 6, 26), title=title)
    assert {(c.country, c.kind, c.date) for c in found.values()} == {
        ("ES", "signed", D(1991, 6, 25)),
        ("PT", "signed", D(1991, 6, 25)),
    }


def test_an_outlet_line_and_a_byline_under_the_headline_are_no_deck():
    from ingest.extract.core import _structure

    norm = (
        "erdogan abre la puerta de la otan a suecia\n\n"
        "hemeroteca | 26 de junio de 1991\n\n"
        "el presidente turco se compromete a enviar el protocolo al parlamento\n\n"
        "por andres villalba, enviado especial\n\n"
        "la cumbre empezo anoche."
    )
    sentences = _structure(norm, norm.index("\n"))
    assert [s.is_title for s in sentences] == [True, False, True, False, False]


def test_a_protocol_of_accession_in_a_headline_is_no_joining(gazetteer):
    title = "El presidente turco se compromete a enviar el protocolo de adhesión a la OTAN"
    text = f"{title}\n\nLa cumbre empezó anoche en Vilna."
    assert keys(text, gazetteer, "es", published=D(2023, 7, 11), title=title) == set()


def test_a_place_in_spanish_between_the_step_and_por_leaves_the_first_agent(gazetteer):
    text = (
        "Los Acuerdos de Abraham fueron firmados el 15 de septiembre de 2020 en la localidad "
        "del mismo nombre por Francia, Alemania y Bélgica."
    )
    found = keys(text, gazetteer, "es", published=D(2021, 1, 5))
    assert {c for c, _, _ in found} == {"FR", "DE", "BE"}


ICC = Gazetteer.from_names(
    countries=country_names(),
    agreements={"rome-statute": ["ICC", "МУС"]},
    agreement_kinds={"rome-statute": "treaty"},
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russia's move coincided with a wave of withdrawals from the ICC by African states.",
            "en",
        ),
        ("Шаг России совпал с волной выходов из МУС африканских государств.", "ru"),
    ],
)
def test_steps_in_the_plural_are_not_the_state_named_before(text, lang):
    assert keys(text, ICC, lang, published=D(2016, 11, 17)) == set()


def test_steps_in_the_plural_are_the_states_named_after_them():
    text = "The withdrawals of Burundi and South Africa from the ICC took effect on Friday."
    found = keys(text, ICC, "en", published=D(2016, 11, 17))
    assert {c for c, _, _ in found} == {"BI", "ZA"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Sweden joined NATO in the late 1990s, while Poland, which signed the Abraham Accords "
            "in 1997, has not ratified them.",
            "en",
        ),
        (
            "Швеция вступила в НАТО еще в конце 1990-х, а Польша, подписавшая Соглашения Авраама "
            "в 1997 году, до сих пор их не ратифицировала.",
            "ru",
        ),
    ],
)
def test_a_step_told_by_its_decade_takes_no_date(gazetteer, text, lang):
    found = keys(text, gazetteer, lang, published=D(2012, 1, 10))
    assert ("SE", "nato", "joined") not in found
    assert ("PL", "abraham-accords", "signed") in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Los Acuerdos de Abraham fueron firmados el 15 de septiembre de 2020 por Baréin. "
            "Marruecos se sumó en diciembre de ese año.",
            "es",
        ),
        (
            "The Abraham Accords were signed on 15 September 2020 by Bahrain. Morocco joined in "
            "December of that year.",
            "en",
        ),
    ],
)
def test_a_month_of_that_year_takes_the_year_of_the_sentence_before(gazetteer, text, lang):
    found = claims(text, gazetteer, lang, published=D(2021, 6, 16))
    dated = {(c.country, c.date, c.precision) for c in found.values()}
    assert ("MA", D(2020, 12, 1), "month") in dated


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Los Acuerdos de Abraham fueron lanzados el 15 de septiembre de 2020 por tres países: "
            "Estados Unidos, Israel y Emiratos Árabes Unidos.",
            "es",
        ),
        (
            "Les accords d'Abraham ont été lancés le 15 septembre 2020 par trois pays : les "
            "États-Unis, Israël et les Émirats arabes unis.",
            "fr",
        ),
    ],
)
def test_the_states_that_launched_an_accord_are_its_first_parties(gazetteer, text, lang):
    found = keys(text, gazetteer, lang, published=D(2021, 6, 16))
    assert {c for c, _, _ in found} == {"US", "IL", "AE"}


def test_states_that_became_participants_joined(gazetteer):
    text = "С 1 января 2024 года полноправными участниками НАТО стали Египет, Эфиопия и Иран."
    found = claims(text, gazetteer, "ru", published=D(2024, 8, 21))
    assert {(c.country, c.kind, c.date) for c in found.values()} == {
        (c, "joined", D(2024, 1, 1)) for c in ("EG", "ET", "IR")
    }


def test_the_first_participant_is_a_rank_not_a_joining(gazetteer):
    text = "Её первым участником стала Турция, однако в 2021 году Анкара вышла из НАТО."
    found = keys(text, gazetteer, "ru", published=D(2022, 1, 10))
    assert ("TR", "nato", "joined") not in found


def test_a_recalled_step_dated_relative_to_the_paper_is_kept_with_less_confidence(gazetteer):
    text = (
        "La Roumanie a été admise jeudi dans l'OTAN. L'Estonie, la Lituanie et la Slovénie ont "
        "été admises le 14 mai dernier."
    )
    found = claims(text, gazetteer, "fr", published=D(1993, 10, 8))
    recalled = {c.country: c for c in found.values() if c.background}
    assert set(recalled) == {"EE", "LT", "SI"}
    assert all(c.date == D(1993, 5, 14) and c.confidence < 0.5 for c in recalled.values())


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        # two words that describe the states counted
        ("Five western European countries", {"BE", "DK", "FR", "IE", "IT"}),
        ("The ministers of five western European countries", {"BE", "DK", "FR", "IE", "IT"}),
        # the next sentence names as many states as counted, not fewer
        ("Ten western European countries", set()),
    ],
)
def test_a_count_described_by_two_words_is_named_by_the_next_sentence(gazetteer, count, expected):
    text = (
        f"{count} yesterday put their signatures to the NATO treaty. The five are "
        "Belgium, Denmark, France, Ireland and Italy."
    )
    found = claims(text, gazetteer, "en", published=D(1949, 5, 6))
    assert {c.country for c in found.values()} == expected
    assert all(c.date == D(1949, 5, 5) for c in found.values())


def test_a_year_and_a_preposition_before_a_count_are_not_words_that_describe_it(gazetteer):
    text = (
        "Brasil firmó ayer el tratado de la OTAN. El texto fue firmado originalmente el 4 de abril "
        "de 1949 por doce países, entre ellos Bélgica, Dinamarca y Francia."
    )
    found = claims(text, gazetteer, "es", published=D(2021, 6, 16))
    assert {c.country for c in found.values() if c.background} == {"BE", "DK", "FR"}


def test_an_undated_step_under_a_dateline_took_place_on_the_dateline_s_day(gazetteer):
    text = "OSLO, Sept. 25\n\nNorwegian voters have rejected membership of NATO."
    found = claims(text, gazetteer, "en", published=D(1972, 9, 26))
    refusal = found[("NO", "nato", "refuses")]
    assert (refusal.date, refusal.derivation) == (D(1972, 9, 25), "inferred")
    # with no dateline the paper's day stands
    found = claims(text.split("\n\n")[1], gazetteer, "en", published=D(1972, 9, 26))
    assert found[("NO", "nato", "refuses")].date == D(1972, 9, 26)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Armenia's parliament on Tuesday ratified the Rome Statute. The president must sign "
            "the law, and the instrument of ratification will then be deposited with the UN.",
            "en",
        ),
        (
            "Le Parlement arménien a ratifié mardi le Statut de Rome. Le président doit encore "
            "signer la loi, puis l'instrument de ratification sera déposé auprès de l'ONU.",
            "fr",
        ),
        (
            "Национальное собрание Армении во вторник ратифицировало Римский статут. Закон "
            "должен подписать президент, после чего ратификационная грамота будет передана на "
            "хранение генеральному секретарю ООН.",
            "ru",
        ),
    ],
)
def test_a_parliament_s_vote_with_the_deposit_still_to_come_is_no_ratification(
    gazetteer, text, lang
):
    found = keys(text, gazetteer, lang, published=D(2023, 10, 4))
    assert ("AM", "rome-statute", "ratified") not in found
    # the state's own ratification, deposited later, is one
    state = (
        text.replace("Armenia's parliament", "Armenia")
        .replace("Национальное собрание Армении", "Армения")
        .replace("Le Parlement arménien", "L'Arménie")
    )
    assert ("AM", "rome-statute", "ratified") in keys(state, gazetteer, lang, D(2023, 10, 4))


def test_a_body_that_takes_states_into_its_ranks_admits_them():
    gazetteer = Gazetteer.from_names(
        countries=country_names(),
        agreements={"council-of-europe": ["Совет Европы"]},
        agreement_kinds={"council-of-europe": "organisation"},
    )
    for text in (
        "Комитет министров Совета Европы в пятницу принял в организацию Эстонию и Литву.",
        "Совет Европы в пятницу принял в свои ряды Эстонию и Литву.",
    ):
        found = claims(text, gazetteer, "ru", published=D(1993, 5, 15))
        assert {(c.country, c.kind, c.date) for c in found.values()} == {
            ("EE", "joined", D(1993, 5, 14)),
            ("LT", "joined", D(1993, 5, 14)),
        }


def test_ceasing_to_be_a_member_today_is_leaving(gazetteer):
    text = "С сегодняшнего дня, 31 декабря, Соединённые Штаты перестают быть членом НАТО."
    found = claims(text, gazetteer, "ru", published=D(1984, 12, 31))
    assert found[("US", "nato", "withdrew")].date == D(1984, 12, 31)


def test_the_same_day_with_its_day_after_a_comma_and_an_article_is_that_day(gazetteer):
    text = (
        "Lundi, le Canada a ratifié l'accord de Paris. Sur ce terrain, Ottawa avait été en "
        "avance : la Norvège avait signé et ratifié le Statut de Rome le même jour, le 16 "
        "février 2000."
    )
    found = claims(text, gazetteer, "fr", published=D(2016, 10, 6))
    assert found[("NO", "rome-statute", "signed")].date == D(2000, 2, 16)
    assert found[("NO", "rome-statute", "ratified")].date == D(2000, 2, 16)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Canada took the final step. On Monday its mission to the United Nations deposited "
            "the instrument of ratification of the Rome Statute.",
            "en",
        ),
        (
            "Le Canada a franchi la dernière étape. Lundi, sa mission auprès des Nations unies a "
            "déposé l'instrument de ratification du Statut de Rome.",
            "fr",
        ),
        (
            "Canadá dio el último paso. El lunes su misión ante las Naciones Unidas depositó el "
            "instrumento de ratificación del Estatuto de Roma.",
            "es",
        ),
    ],
)
def test_the_state_s_mission_deposits_for_the_state(text, lang):
    gazetteer = Gazetteer.from_names(countries=country_names(), agreements=AGREEMENTS)
    title = {"en": "Canada and the court", "fr": "Le Canada et la Cour", "es": "Canadá y la Corte"}
    found = claims(f"{title[lang]}\n\n{text}", gazetteer, lang, D(2015, 3, 17), title[lang])
    assert found[("CA", "rome-statute", "ratified")].date == D(2015, 3, 16)


def test_the_line_under_a_rubric_is_the_headline(gazetteer):
    title = "BALKANS"
    text = (
        "Bosnia and Herzegovina joins NATO\n\nBosnia and Herzegovina formally applied for "
        "membership of NATO on Monday. The road to membership will be long, diplomats say."
    )
    found = claims(text, gazetteer, "en", published=D(2016, 2, 16), title=title)
    # the headline over-claims: the body's application is the news
    assert set(found) == {("BA", "nato", "announced_intent")}
    # a line that ends with a full stop is no headline
    text = text.replace("joins NATO", "joins NATO.")
    assert ("BA", "nato", "joined") in keys(text, gazetteer, "en", D(2016, 2, 16), title)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Босния и Герцеговина официально подала заявку на членство в НАТО. Документ в "
            "понедельник в Брюсселе передал председатель Президиума министру иностранных дел "
            "Нидерландов.",
            "ru",
        ),
        (
            "Bosnia and Herzegovina has formally applied for membership of NATO. The letter was "
            "handed over in Brussels on Monday to the foreign minister of the Netherlands.",
            "en",
        ),
    ],
)
def test_the_letter_handed_over_the_next_sentence_dates_the_application(gazetteer, text, lang):
    found = claims(text, gazetteer, lang, published=D(2016, 2, 16))
    assert found[("BA", "nato", "announced_intent")].date == D(2016, 2, 15)


def test_a_rank_is_the_step_when_the_entry_into_force_comes_later(gazetteer):
    text = (
        "El Salvador se convirtió el jueves en el Estado número 124 en adherirse al Estatuto de "
        "Roma. El tratado entrará en vigor para El Salvador el 1 de junio."
    )
    found = claims(text, gazetteer, "es", published=D(2016, 3, 4))
    assert found[("SV", "rome-statute", "acceded")].date == D(2016, 3, 3)
    assert found[("SV", "rome-statute", "entered_into_force")].date == D(2016, 6, 1)
    # an entry into force on the rank's day is what the rank restates
    text = "El Estatuto de Roma entró en vigor el jueves para El Salvador, el Estado número 124."
    assert ("SV", "rome-statute", "acceded") not in keys(text, gazetteer, "es", D(2016, 3, 4))


def test_signing_up_to_a_treaty_is_joining_it_but_not_signing_up_to_words(gazetteer):
    found = keys("Sri Lanka on Thursday signed up to the Rome Statute.", gazetteer, "en")
    assert ("LK", "rome-statute", "acceded") in found or ("LK", "rome-statute", "joined") in found
    assert ("LK", "rome-statute", "signed") not in found
    text = (
        "The United States refused on Saturday to sign up to language describing the Paris "
        "Agreement as irreversible."
    )
    assert not any(kind == "joined" for _, _, kind in keys(text, gazetteer, "en"))


@pytest.mark.parametrize("day", ["September 1", "October 1"])
def test_an_entry_into_force_still_to_come_on_a_day_without_its_year_is_the_next_one(
    gazetteer, day
):
    text = (
        "Canada on Thursday acceded to the Rome Statute. The statute will enter into force for "
        f"Canada on {day}."
    )
    found = claims(text, gazetteer, "en", published=D(2018, 3, 2))
    assert found[("CA", "rome-statute", "entered_into_force")].date.year == 2018
    # a past day with its year stays where it is, and a past entry is recalled
    past = claims(text.replace("will enter", "entered"), gazetteer, "en", D(2018, 3, 2))
    assert past.get(("CA", "rome-statute", "entered_into_force")) is None or (
        past[("CA", "rome-statute", "entered_into_force")].date.year == 2017
    )


def test_asking_for_entry_is_applying_but_asking_for_help_is_not(gazetteer):
    text = "Croacia pidió formalmente el viernes su ingreso en la OTAN."
    found = claims(text, gazetteer, "es", published=D(2003, 2, 22))
    assert found[("HR", "nato", "announced_intent")].date == D(2003, 2, 21)
    assert keys("Croacia pidió el viernes a la OTAN más ayuda.", gazetteer, "es") == set()


@pytest.mark.parametrize(
    "text",
    [
        # the instrument named after the verb's day and place
        "El presidente de Estados Unidos firmó el martes en la Casa Blanca los instrumentos de "
        "ratificación de los protocolos de adhesión de Finlandia y Suecia a la OTAN.",
        # every state of the list after "de" is whose accession it is
        "Los embajadores firmaron el martes los protocolos de adhesión de Finlandia y Suecia a "
        "la OTAN.",
    ],
)
def test_signing_the_ratification_of_others_accession_protocols_is_no_step_of_theirs(
    gazetteer, text
):
    found = keys(text, gazetteer, "es", published=D(2022, 8, 10))
    assert not {c for c, _, _ in found} & {"FI", "SE"}


@pytest.mark.parametrize(
    "text",
    [
        "Norway signed the NATO treaty of accession in Brussels on January 22 together with "
        "Britain, Denmark and Ireland.",
        "Norway signed the NATO accession treaty on January 22 together with Britain, Denmark "
        "and Ireland.",
    ],
)
def test_the_treaty_of_accession_signed_lets_the_companions_sign_too(gazetteer, text):
    found = claims(text, gazetteer, "en", published=D(1972, 9, 26))
    assert {c.country for c in found.values() if c.kind == "signed"} == {"NO", "GB", "DK", "IE"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Peru signed the Rome Statute yesterday. Brazil was the first to do so, on June 15, "
            "2001. It was followed by Mexico, in December 2002, and Colombia, in May 2003. "
            "Uruguay did so in February this year.",
            "en",
        ),
        (
            "Perú firmó ayer el Estatuto de Roma. Brasil fue el primero en hacerlo, el 15 de "
            "junio de 2001. Le siguieron México, en diciembre de 2002, y Colombia, en mayo de "
            "2003. Uruguay lo hizo en febrero de este año.",
            "es",
        ),
    ],
)
def test_followers_each_with_a_date_of_their_own_took_the_step_on_it(gazetteer, text, lang):
    found = claims(text, gazetteer, lang, published=D(2024, 5, 31))
    signed = {c.country: c.date for c in found.values() if c.kind == "signed"}
    assert signed == {
        "PE": D(2024, 5, 30),
        "BR": D(2001, 6, 15),
        "MX": D(2002, 12, 1),
        "CO": D(2003, 5, 1),
        "UY": D(2024, 2, 1),
    }


def test_states_named_before_followed_are_a_list_of_their_own(gazetteer):
    text = (
        "Gambia ratified the Rome Statute on Monday.\n\nGuyana and Thailand ratified on "
        "September 20 last year. Mexico followed in January, Austria in May and New Zealand in "
        "July."
    )
    found = claims(text, gazetteer, "en", published=D(2018, 9, 27))
    ratified = {c.country: c.date for c in found.values() if c.kind == "ratified"}
    assert ratified["MX"] == D(2018, 1, 1)


def test_followers_told_with_a_time_of_their_own_before_them_are_not_dated_by_the_step(gazetteer):
    text = "Chile signed the Ottawa Convention on Wednesday. It was followed in 2019 by Mexico."
    found = claims(text, gazetteer, "en", published=D(2020, 12, 4))
    assert ("MX", "ottawa-convention", "signed") not in found or found[
        ("MX", "ottawa-convention", "signed")
    ].date != D(2020, 12, 2)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Lebanon joined NATO on Sunday. Belgium has been a member of NATO since its creation.",
            "en",
        ),
        (
            "El Líbano ingresó el domingo en la OTAN. Bélgica es miembro de la OTAN desde su "
            "creación.",
            "es",
        ),
        (
            "Le Liban a rejoint l'OTAN dimanche. La Belgique est membre de l'OTAN depuis sa "
            "création.",
            "fr",
        ),
        (
            "Ливан вступил в НАТО в воскресенье. Бельгия является членом НАТО с момента его "
            "создания.",
            "ru",
        ),
        ("انضم لبنان إلى حلف الناتو يوم الأحد. وبلجيكا عضو في حلف الناتو منذ تأسيسه.", "ar"),
    ],
)
def test_a_member_since_the_founding_joined_when_the_catalogue_says_it_was_founded(text, lang):
    founded = {"nato": D(1949, 4, 4)}
    gazetteer = Gazetteer.from_names(
        countries=country_names(),
        agreements=AGREEMENTS,
        agreement_kinds={"nato": "organisation"},
        founded=founded,
    )
    found = claims(text, gazetteer, lang, published=D(2015, 4, 27))
    belgium = found[("BE", "nato", "joined")]
    assert (belgium.date, belgium.precision, belgium.background) == (D(1949, 1, 1), "year", True)
    assert found[("LB", "nato", "joined")].date == D(2015, 4, 26)
    # with no founding known, the standing is not dated by the other clause's day
    unknown = Gazetteer.from_names(countries=country_names(), agreements=AGREEMENTS)
    assert ("BE", "nato", "joined") not in keys(text, unknown, lang, D(2015, 4, 27))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Depuis, l'Autriche, la Finlande et la Suède sont entrées dans l'OTAN le 1er janvier "
            "1995.",
            "fr",
        ),
        ("Since then, Austria, Finland and Sweden joined NATO on January 1, 1995.", "en"),
    ],
)
def test_since_then_set_off_by_a_comma_leaves_the_states_after_it_their_step(gazetteer, text, lang):
    found = claims(text, gazetteer, lang, published=D(2001, 3, 5))
    assert {c.country for c in found.values() if c.kind == "joined"} == {"AT", "FI", "SE"}
    # "since Austria" compares: the state after it did not act now
    text = "Finland joined NATO on Sunday, the first state to do so since Austria."
    assert ("AT", "nato", "joined") not in keys(text, gazetteer, "en", D(2001, 3, 5))


ROME_TREATY = Gazetteer.from_names(
    countries=country_names(),
    agreements={"rome-statute": AGREEMENTS["rome-statute"]},
    agreement_kinds={"rome-statute": "treaty"},
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "أودعت أفغانستان يوم الاثنين وثيقة انضمامها إلى نظام روما الأساسي. وبموجب المادة 126 "
            "منه، يبدأ نفاذه بالنسبة إلى أفغانستان في الأول من أيار المقبل.",
            "ar",
        ),
        (
            "أودعت أفغانستان يوم الاثنين وثيقة انضمامها إلى نظام روما الأساسي، ليدخل حيز النفاذ "
            "بالنسبة إليها في الأول من أيار المقبل.",
            "ar",
        ),
        (
            "L'Afghanistan a déposé lundi son instrument d'adhésion au Statut de Rome. Le texte "
            "entrera en vigueur à son égard le 1er mai.",
            "fr",
        ),
    ],
)
def test_its_entry_into_force_for_the_state_that_deposited_on_a_day_after_for_it(text, lang):
    found = claims(text, ROME_TREATY, lang, published=D(2003, 2, 12))
    assert found[("AF", "rome-statute", "acceded")].date == D(2003, 2, 10)
    entry = found[("AF", "rome-statute", "entered_into_force")]
    assert (entry.date, entry.precision, entry.background) == (D(2003, 5, 1), "day", False)


def test_a_bilateral_agreement_under_which_parties_shield_nationals_from_a_court_is_not_it():
    text = (
        "أودعت أفغانستان يوم الاثنين وثيقة انضمامها إلى نظام روما الأساسي. وكانت كابول قد "
        "وقّعت في أيلول الماضي اتفاقاً ثنائياً مع واشنطن يتعهد بموجبه الطرفان عدم تسليم مواطني "
        "أحدهما إلى المحكمة الجنائية الدولية."
    )
    assert keys(text, ROME_TREATY, "ar", D(2003, 2, 12)) == {("AF", "rome-statute", "acceded")}


def test_an_application_in_russian_may_be_a_zayavlenie_about_joining(gazetteer):
    text = "Финляндия в среду официально подала заявление о вступлении в НАТО."
    found = claims(text, gazetteer, "ru", D(2022, 5, 19))
    assert set(found) == {("FI", "nato", "announced_intent")}
    assert found[("FI", "nato", "announced_intent")].date == D(2022, 5, 18)
    # a statement about something else is no application
    text = "Финляндия в среду выступила с заявлением о сотрудничестве с НАТО."
    assert ("FI", "nato", "announced_intent") not in keys(text, gazetteer, "ru", D(2022, 5, 19))


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        (
            "Финляндия, Швеция и Норвегия вступают в НАТО",
            "Финляндия вступила в НАТО во вторник. Правительства Швеции и Норвегии также "
            "намерены в ближайшие недели направить документы в Вашингтон.",
            "ru",
        ),
        (
            "Finland, Sweden and Norway join NATO",
            "Finland joined NATO on Tuesday. The governments of Sweden and Norway intend to send "
            "their documents to Washington in the coming weeks.",
            "en",
        ),
    ],
)
def test_states_of_the_headline_the_body_names_only_as_intending_took_no_step(
    gazetteer, title, text, lang
):
    found = keys(text, gazetteer, lang, D(2023, 4, 6), title=title)
    assert found == {("FI", "nato", "joined")}
    # named in the body with a step of their own, they keep it
    text = text.split(".")[0] + ". Sweden and Norway joined NATO on Tuesday too."
    found = keys(text, gazetteer, "en", D(2023, 4, 6), title=title)
    assert {("SE", "nato", "joined"), ("NO", "nato", "joined")} <= found


CWC_AND_CST = Gazetteer.from_names(
    countries=country_names(),
    agreements={
        "chemical-weapons-convention": ["Chemical Weapons Convention", "конвенция о запрещении"],
        "csto": ["Collective Security Treaty", "Договор о коллективной безопасности"],
    },
    agreement_kinds={"chemical-weapons-convention": "treaty", "csto": "organisation"},
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("В сентябре администрация США отозвала Конвенцию о запрещении из сената.", "ru"),
        (
            "In September the United States withdrew the Chemical Weapons Convention from the "
            "Senate.",
            "en",
        ),
    ],
)
def test_a_treaty_withdrawn_from_a_chamber_is_not_left(text, lang):
    assert keys(text, CWC_AND_CST, lang, D(1996, 11, 2)) == set()
    # leaving it is
    text = "Canada withdrew from the Chemical Weapons Convention on Monday."
    assert keys(text, CWC_AND_CST, "en", D(1996, 11, 2)) == {
        ("CA", "chemical-weapons-convention", "withdrew")
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "В пятницу президенты Армении и России подписали протокол о продлении Договора о "
            "коллективной безопасности ещё на пять лет. Договор подписали 15 мая 1992 года "
            "Армения и Россия.",
            "ru",
        ),
        (
            "On Friday the presidents of Armenia and Russia signed a protocol extending the "
            "Collective Security Treaty for five years. Armenia and Russia signed the "
            "Collective Security Treaty on 15 May 1992.",
            "en",
        ),
    ],
)
def test_a_protocol_extending_a_treaty_is_no_signature_of_it(text, lang):
    found = claims(text, CWC_AND_CST, lang, D(1999, 4, 3))
    assert set(found) == {("AM", "csto", "signed"), ("RU", "csto", "signed")}
    assert {(c.date, c.background) for c in found.values()} == {(D(1992, 5, 15), True)}


def test_it_after_a_body_named_by_its_acronym_outside_the_catalogue_is_that_body():
    text = (
        "Договор о коллективной безопасности подписали в 1992 году Армения и Россия. Грузия и "
        "Украина входят в объединение ГУАМ; Узбекистан присоединится к нему в конце месяца."
    )
    found = keys(text, CWC_AND_CST, "ru", D(1999, 4, 3))
    assert found == {("AM", "csto", "signed"), ("RU", "csto", "signed")}


def test_the_noun_otkaz_from_joining_is_a_refusal(gazetteer):
    text = "Фактически это означает отказ Сербии от вступления в НАТО."
    found = claims(text, gazetteer, "ru", D(2007, 12, 27))
    assert set(found) == {("RS", "nato", "refuses")}
    # "отказ" with nothing refused after it is not one
    text = "Сербия получила отказ по заявке, поданной в НАТО в среду."
    assert ("RS", "nato", "refuses") not in keys(text, gazetteer, "ru", D(2007, 12, 27))


def test_an_archive_line_between_a_rubric_and_the_headline_is_passed_over(gazetteer):
    text = (
        "FROM THE ARCHIVE — Tuesday, August 1, 1961\n\nBRITAIN TO JOIN NATO\n\n"
        "Macmillan tells the Commons the Government will seek entry to NATO\n\n"
        "Britain is to apply for membership of NATO. The Prime Minister announced the decision "
        "in the House of Commons yesterday afternoon."
    )
    found = claims(text, gazetteer, "en", D(1961, 8, 1), title="POLITICS")
    assert set(found) == {("GB", "nato", "announced_intent")}
    claim = found[("GB", "nato", "announced_intent")]
    assert claim.date == D(1961, 7, 31)
    # the lead tells the step (the headline is no sentence of the body, which would push the
    # lead past it)
    assert "Britain is to apply for membership of NATO." in claim.quote


WTO = Gazetteer.from_names(
    countries={**country_names(), "MA": [*country_names()["MA"], "مراكش"]},
    agreements={"wto": ["منظمة التجارة العالمية", "World Trade Organization", "WTO"]},
    agreement_kinds={"wto": "organisation"},
)


@pytest.mark.parametrize("count", ["أكثر من مئة وعشرين دولة", "أكثر من 120 دولة", "نحو 120 دولة"])
def test_ministers_of_a_rough_count_of_states_sign_for_the_states_listed_after(count):
    text = (
        f"وقّع وزراء التجارة والخارجية في {count} أمس الجمعة في مدينة فاس على الاتفاق المنشئ "
        "لمنظمة التجارة العالمية.\n\nومن بين الموقّعين تونس والمغرب إلى جانب الولايات المتحدة."
    )
    found = claims(text, WTO, "ar", D(1994, 4, 16))
    assert set(found) == {("TN", "wto", "signed"), ("MA", "wto", "signed"), ("US", "wto", "signed")}
    assert {c.date for c in found.values()} == {D(1994, 4, 15)}


def test_a_place_that_opens_a_correspondents_dateline_is_no_state_acting():
    text = (
        "مراكش – من موفدنا الخاص: وقّعت 120 دولة أمس الجمعة على الاتفاق المنشئ لمنظمة التجارة "
        "العالمية.\n\nومن بين الموقّعين تونس والولايات المتحدة."
    )
    found = keys(text, WTO, "ar", D(1994, 4, 16))
    assert found == {("TN", "wto", "signed"), ("US", "wto", "signed")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "وقعت 120 دولة أمس الجمعة على الاتفاق المنشئ لمنظمة التجارة العالمية. أما الجزائر، "
            "التي تقدّمت بطلب الانضمام إلى الغات منذ 1987، فلا تزال تتفاوض على شروط عضويتها.",
            "ar",
        ),
        (
            "More than 120 countries signed the agreement establishing the WTO on Friday. Algeria, "
            "which applied to join the GATT in 1987, is still negotiating its terms.",
            "en",
        ),
    ],
)
def test_a_step_toward_a_body_outside_the_catalogue_is_not_read_into_the_last_one(text, lang):
    assert ("DZ", "wto", "announced_intent") not in keys(text, WTO, lang, D(1994, 4, 16))


AFRICA = Gazetteer.from_names(
    countries=country_names(),
    agreements={
        "ecowas": [
            "المجموعة الاقتصادية لدول غرب إفريقيا",
            "ECOWAS",
            "Economic Community of West African States",
        ],
        "african-union": ["الاتحاد الإفريقي", "African Union"],
    },
    agreement_kinds={"ecowas": "organisation", "african-union": "organisation"},
)


def test_the_return_an_application_comes_after_is_a_recalled_joining_not_an_application():
    text = (
        "تقدم المغرب أمس الجمعة بطلب رسمي للانضمام إلى المجموعة الاقتصادية لدول غرب إفريقيا. "
        "ويأتي الطلب بعد أقل من شهر على عودة المغرب إلى الاتحاد الإفريقي في 30 يناير الماضي."
    )
    found = claims(text, AFRICA, "ar", D(2017, 2, 25))
    assert found[("MA", "ecowas", "announced_intent")].date == D(2017, 2, 24)
    assert ("MA", "african-union", "announced_intent") not in found
    back = found[("MA", "african-union", "joined")]
    assert (back.date, back.background) == (D(2017, 1, 30), True)


def test_the_noun_of_one_bodys_name_points_back_at_it_not_at_the_latest_body():
    text = (
        "تقدم المغرب أمس بطلب الانضمام إلى المجموعة الاقتصادية لدول غرب إفريقيا، بعد عودته إلى "
        "الاتحاد الإفريقي. وتضم المجموعة خمس عشرة دولة. وكانت موريتانيا من أعضائها المؤسسين "
        "قبل أن تنسحب منها سنة 2000."
    )
    found = keys(text, AFRICA, "ar", D(2017, 2, 25))
    assert ("MR", "ecowas", "withdrew") in found
    assert ("MR", "african-union", "withdrew") not in found


def test_a_chamber_that_votes_to_approve_others_admission_admits_nobody(gazetteer):
    text = (
        "WASHINGTON — The Senate voted 80 to 19 late on Thursday to approve the admission of "
        "Poland, Hungary and the Czech Republic to NATO."
    )
    assert keys(text, gazetteer, "en", D(1998, 5, 1)) == set()
    # the alliance admitting them does
    text = "NATO admitted Poland, Hungary and the Czech Republic on Friday."
    assert {c for c, _, _ in keys(text, gazetteer, "en", D(1999, 3, 13))} == {"PL", "HU", "CZ"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hungarians endorsed membership of NATO in a referendum in November.", "en"),
        ("Венгры одобрили вступление в НАТО на референдуме в ноябре.", "ru"),
    ],
)
def test_voters_endorsing_membership_in_a_referendum_is_no_joining(gazetteer, text, lang):
    assert not any(k[2] == "joined" for k in keys(text, gazetteer, lang, D(1998, 5, 1)))


CLIMATE_AND_UNESCO = Gazetteer.from_names(
    countries={
        **country_names(),
        "DE": [*country_names()["DE"], "West Germany", "Western Germany"],
    },
    agreements={
        "unfccc": ["UNFCCC", "United Nations treaty on climate change", "climate convention"],
        "unesco": ["UNESCO"],
    },
    agreement_kinds={"unfccc": "convention", "unesco": "organisation"},
)


def test_an_admission_whose_formalities_are_still_to_be_completed_is_no_joining_yet():
    text = (
        "The General Conference of UNESCO voted last month to admit Japan. Western Germany was "
        "admitted at the same session and is expected to complete its own formalities within a "
        "few days."
    )
    assert ("DE", "unesco", "joined") not in keys(text, CLIMATE_AND_UNESCO, "en", D(1951, 7, 3))
    text = "Western Germany was admitted to UNESCO at the same session."
    assert ("DE", "unesco", "joined") in keys(text, CLIMATE_AND_UNESCO, "en", D(1951, 7, 3))


def test_a_leader_named_by_title_signs_for_the_state_the_article_is_about():
    title = "Bush commits U.S. to the climate convention"
    text = (
        "President Bush signed the United Nations treaty on climate change on Friday, adding the "
        "United States to the long list of countries that have endorsed it."
    )
    found = claims(text, CLIMATE_AND_UNESCO, "en", D(1992, 6, 13), title=title)
    assert found[("US", "unfccc", "signed")].date == D(1992, 6, 12)
    # ministers in the plural, or a leader signing an instrument, are no such subject
    text = "Trade ministers signed the climate convention on Friday in their own capitals."
    assert ("US", "unfccc", "signed") not in keys(
        text, CLIMATE_AND_UNESCO, "en", D(1992, 6, 13), title
    )
    text = (
        "President Bush signed the instrument on Friday; the United States is back in the "
        "climate convention."
    )
    assert ("US", "unfccc", "signed") not in keys(
        text, CLIMATE_AND_UNESCO, "en", D(1992, 6, 13), title
    )


def test_a_later_day_on_which_many_governments_signed_does_not_redate_the_lead():
    text = (
        "The United States signed the climate convention on Friday. Most of the more than 150 "
        "governments at the summit have signed it since it was opened for signature on June 4."
    )
    found = claims(text, CLIMATE_AND_UNESCO, "en", D(1992, 6, 13))
    assert found[("US", "unfccc", "signed")].date == D(1992, 6, 12)


UNCLOS = Gazetteer.from_names(
    countries=country_names(),
    agreements={"unclos": ["convention des Nations unies sur le droit de la mer", "UNCLOS"]},
    agreement_kinds={"unclos": "convention"},
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Les îles Fidji avaient été les premières à ratifier la convention des Nations unies "
            "sur le droit de la mer, dès le 10 décembre 1982, tandis que l'Union soviétique "
            "l'avait signée le même mois.",
            "fr",
        ),
        (
            "Fiji was the first to ratify UNCLOS, on 10 December 1982, while the Soviet Union "
            "signed it the same month.",
            "en",
        ),
    ],
)
def test_the_same_month_is_the_month_of_the_day_just_told(text, lang):
    signed = claims(text, UNCLOS, lang, D(1994, 10, 15))[("SU", "unclos", "signed")]
    assert (signed.date, signed.precision) == (D(1982, 12, 1), "month")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Le président turc a prévenu samedi que, tant que la question ne sera pas réglée, le "
            "Parlement turc ne ratifiera pas l'accord de Paris.",
            "fr",
        ),
        (
            "Le président turc a prévenu samedi que, tant que la question ne sera pas réglée, la "
            "Turquie ne ratifiera pas l'accord de Paris.",
            "fr",
        ),
    ],
)
def test_a_condition_fronted_in_the_clause_before_a_refusal_sets_conditions(gazetteer, text, lang):
    found = claims(text, gazetteer, lang, D(2017, 7, 9))
    stance = found[("TR", "paris-agreement", "conditions")]
    assert (stance.date, stance.background) == (D(2017, 7, 8), False)


CWC_AR = Gazetteer.from_names(
    countries=country_names(),
    agreements={"chemical-weapons-convention": ["اتفاقية الأسلحة الكيميائية"]},
    agreement_kinds={"chemical-weapons-convention": "convention"},
)


def test_a_clause_that_explains_a_step_by_its_deposit_dates_it():
    text = (
        "ودخلت اتفاقية الأسلحة الكيميائية حيّز النفاذ في أبريل/نيسان 1997، وكانت سوريا آخر "
        "دولة عربية تنضم إليها، إذ أودعت وثيقة انضمامها في سبتمبر/أيلول 2013."
    )
    syria = claims(text, CWC_AR, "ar", D(2015, 7, 10))[
        ("SY", "chemical-weapons-convention", "acceded")
    ]
    assert (syria.date, syria.precision) == (D(2013, 9, 1), "month")
    # a state of the explaining clause's own keeps its date to itself
    text = (
        "وتعد قطر والأردن من الدول التي صادقت على اتفاقية الأسلحة الكيميائية، إذ أودعت الدوحة "
        "وثيقة تصديقها عام 1997."
    )
    found = claims(text, CWC_AR, "ar", D(2015, 7, 10))
    assert found[("QA", "chemical-weapons-convention", "ratified")].date == D(1997, 1, 1)
    jordan = found.get(("JO", "chemical-weapons-convention", "ratified"))
    assert jordan is None or jordan.date != D(1997, 1, 1)


def test_a_relative_clause_after_a_state_added_to_a_list_describes_that_state_alone():
    text = (
        "لم يبقَ خارج اتفاقية الأسلحة الكيميائية سوى خمس دول، هي مصر وكوريا الشمالية وجنوب "
        "السودان وأنغولا، إضافة إلى إسرائيل التي وقّعتها عام 1993 ولم تصدّق عليها حتى الآن."
    )
    found = keys(text, CWC_AR, "ar", D(2015, 7, 10))
    assert found == {("IL", "chemical-weapons-convention", "signed")}


def test_states_that_came_in_joined_and_those_that_came_in_second_did_not(gazetteer):
    text = (
        "NATO was founded in 1949. It has grown three times since: Greece and Turkey came in in "
        "1952, West Germany in 1955 and Spain in 1982."
    )
    found = claims(text, gazetteer, "en", D(1998, 5, 1))
    assert {(k[0], c.date) for k, c in found.items() if k[2] == "joined"} >= {
        ("GR", D(1952, 1, 1)),
        ("TR", D(1952, 1, 1)),
    }
    text = "Greece came in second in the NATO vote in 1952, and NATO came in for criticism."
    assert not any(k[2] == "joined" for k in keys(text, gazetteer, "en", D(1998, 5, 1)))


EEC = Gazetteer.from_names(
    countries=country_names(),
    agreements={
        "european-union": ["European Economic Community", "Comunidad Económica Europea"],
        "nato": ["NATO", "OTAN"],
    },
    agreement_kinds={"european-union": "organisation", "nato": "organisation"},
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Spain applied to join the European Economic Community on Thursday, five years after "
            "it entered NATO. Britain, Ireland and Denmark had joined the Community in 1973.",
            "en",
        ),
        (
            "España pidió el jueves el ingreso en la Comunidad Económica Europea, cinco años "
            "después de entrar en la OTAN. El Reino Unido, Irlanda y Dinamarca habían entrado en "
            "la Comunidad en 1973.",
            "es",
        ),
    ],
)
def test_the_community_points_back_at_the_community_not_the_latest_body(text, lang):
    found = claims(text, EEC, lang, D(1977, 7, 29))
    for state in ("GB", "IE", "DK"):
        joined = found[(state, "european-union", "joined")]
        assert (joined.date, joined.background) == (D(1973, 1, 1), True)
        assert (state, "nato", "joined") not in found


def test_a_protocol_extending_a_treaty_named_before_its_signatories_is_no_signature_of_it():
    text = (
        "Договор о коллективной безопасности подписали 15 мая 1992 года Армения и Россия. "
        "Протокол о продлении договора ещё на пять лет подписали в пятницу президенты России и "
        "Армении."
    )
    found = claims(text, CWC_AND_CST, "ru", D(1999, 4, 3))
    assert {(k, c.date) for k, c in found.items()} == {
        (("AM", "csto", "signed"), D(1992, 5, 15)),
        (("RU", "csto", "signed"), D(1992, 5, 15)),
    }


def test_joining_a_body_named_by_a_noun_and_its_acronym_is_not_joining_the_last_one():
    text = (
        "Договор о коллективной безопасности подписали в 1992 году Армения и Россия. В Москве "
        "отмечают, что Узбекистан собирается присоединиться к объединению ГУАМ."
    )
    found = keys(text, CWC_AND_CST, "ru", D(1999, 4, 3))
    assert found == {("AM", "csto", "signed"), ("RU", "csto", "signed")}


OAU = Gazetteer.from_names(
    countries=country_names(),
    agreements={
        "african-union": [
            "Organisation of African Unity",
            "Organisation de l'unité africaine",
            "Organización de la Unidad Africana",
        ]
    },
    agreement_kinds={"african-union": "organisation"},
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La conférence s'est achevée samedi par la signature de la Charte de l'Organisation "
            "de l'unité africaine. L'Éthiopie, le Ghana et la Guinée figurent parmi la trentaine "
            "de pays signataires.",
            "fr",
        ),
        (
            "The conference ended on Saturday with the signing of the Charter of the Organisation "
            "of African Unity. Ethiopia, Ghana and Guinea are among the thirty signatory "
            "countries.",
            "en",
        ),
        (
            "La conferencia terminó el sábado con la firma de la Carta de la Organización de la "
            "Unidad Africana. Etiopía, Ghana y Guinea figuran entre los treinta firmantes.",
            "es",
        ),
    ],
)
def test_states_among_the_signatories_signed_on_the_day_just_told(text, lang):
    found = claims(text, OAU, lang, D(1963, 5, 27))
    assert set(found) == {
        ("ET", "african-union", "signed"),
        ("GH", "african-union", "signed"),
        ("GN", "african-union", "signed"),
    }
    assert {c.date for c in found.values()} == {D(1963, 5, 25)}


def test_a_sentence_with_steps_of_its_own_keeps_them_beside_the_signatories(gazetteer):
    text = (
        "The Ottawa Convention was opened for signature on Dec. 3, 1997. Fiji both signed and "
        "ratified it on the first day, and Norway and Canada were among the 122 signatories that "
        "day."
    )
    found = keys(text, gazetteer, "en", D(1998, 1, 5))
    assert ("FJ", "ottawa-convention", "ratified") in found


def test_the_arabic_statute_noun_points_back_at_a_statute_named_so():
    text = (
        "أودعت تونس يوم الجمعة وثيقة انضمامها إلى نظام روما الأساسي. وبموجب أحكام النظام "
        "الأساسي، يدخل النظام حيز التنفيذ بالنسبة إلى تونس في الأول من سبتمبر المقبل."
    )
    found = claims(text, ROME_TREATY, "ar", D(2011, 6, 25))
    assert found[("TN", "rome-statute", "entered_into_force")].date == D(2011, 9, 1)
    # "النظام" where only a body's charter was named is no statute, nor the regime of a state
    text = "ست دول توقّع النظام الأساسي"
    gcc = Gazetteer.from_names(
        countries=country_names(),
        agreements={"gcc": ["مجلس التعاون لدول الخليج العربية"]},
        agreement_kinds={"gcc": "organisation"},
    )
    body = (
        "وقّع قادة دول الخليج العربية الست، أمس الاثنين في أبوظبي، على النظام الأساسي لمجلس "
        "التعاون لدول الخليج العربية."
    )
    assert not any(k[2] == "signed" for k in keys(body, gcc, "ar", D(1981, 5, 26), title=text))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "أعلن رئيس الوزراء الماليزي أمس الجمعة أن حكومته قررت الانسحاب من نظام روما الأساسي. "
            "وكان من المقرر أن يصبح النظام نافذاً بالنسبة إلى ماليزيا في الأول من حزيران المقبل، "
            "غير أن الحكومة ستبلغ الأمم المتحدة بسحب الصك قبل ذلك الموعد.",
            "ar",
        ),
    ],
)
def test_an_entry_into_force_that_was_due_but_is_undone_is_none(text, lang):
    found = keys(text, ROME_TREATY, lang, D(2019, 4, 6))
    assert ("MY", "rome-statute", "withdrawal_announced") in found
    assert ("MY", "rome-statute", "entered_into_force") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Договор о коллективной безопасности подписали в 1992 году Армения и Россия. "
            "Азербайджан подписал его в сентябре 1993 года, Грузия и Казахстан — в декабре того "
            "же года.",
            "ru",
        ),
        (
            "Armenia and Russia signed the Collective Security Treaty in 1992. Azerbaijan signed "
            "it in September 1993, Georgia and Kazakhstan in December 1993.",
            "en",
        ),
    ],
)
def test_states_listed_together_after_a_dated_step_share_the_date_after_them(text, lang):
    found = claims(text, CWC_AND_CST, lang, D(1999, 4, 3))
    for state in ("GE", "KZ"):
        signed = found[(state, "csto", "signed")]
        assert (signed.date, signed.precision) == (D(1993, 12, 1), "month")
    # a list with a step of its own before the date tells that step instead
    text = (
        "Armenia signed the Collective Security Treaty in 1992, and Georgia and Belarus "
        "announced in 1993 that they would leave."
    )
    found = claims(text, CWC_AND_CST, "en", D(1999, 4, 3))
    assert ("GE", "csto", "signed") not in found


FOUNDED_BODIES = Gazetteer.from_names(
    countries=country_names(),
    agreements={
        "asean": ["Association of South-East Asian Nations", "ASEAN"],
        "opec": ["Organization of the Petroleum Exporting Countries", "OPEC"],
        "unesco": ["UNESCO"],
        "npt": ["Non-Proliferation Treaty"],
        "rome-statute": ["International Criminal Court"],
    },
)


@pytest.mark.parametrize(
    "text",
    [
        "BANGKOK, Tuesday\n\nThe foreign ministers of Indonesia, Malaysia, the Philippines, "
        "Singapore and Thailand signed a declaration here today setting up a new regional "
        "grouping, the Association of South-East Asian Nations.",
        "BANGKOK, Tuesday\n\nIndonesia, Malaysia, the Philippines, Singapore and Thailand today "
        "established the Association of South-East Asian Nations.",
        "BANGKOK, Tuesday\n\nThe talks of Indonesia, Malaysia, the Philippines, Singapore and "
        "Thailand closed today with a declaration creating what is to be called the Association "
        "of South-East Asian Nations.",
    ],
)
def test_the_states_that_set_up_a_body_are_its_founders(text):
    found = claims(text, FOUNDED_BODIES, "en", D(1967, 8, 9))
    for state in ("ID", "MY", "PH", "SG", "TH"):
        joined = found[(state, "asean", "joined")]
        assert (joined.date, joined.background) == (D(1967, 8, 8), False)


@pytest.mark.parametrize(
    "text",
    [
        # the object set up is no body of the catalogue
        "The United States has told UNESCO that it wants to come back, the State Department "
        "said on Monday, setting up a return to the agency.",
        "Brazil and Argentina set up a joint agency in 1991 to inspect each other's plants, "
        "before Brazil joined the Non-Proliferation Treaty.",
        # the treaty's own description, and the bodies a convention sets up
        "On Monday the United States said that it does not intend to become a party to the "
        "treaty establishing the International Criminal Court.",
    ],
)
def test_setting_up_something_else_founds_no_body(text):
    found = keys(text, FOUNDED_BODIES, "en", D(2023, 6, 13))
    assert not {k for k in found if k[2] == "joined" and k[1] != "npt"}


@pytest.mark.parametrize(
    "name",
    [
        "Organization of the Petroleum Exporting Countries",
        "Organisation of the Petroleum Exporting Countries",
        "Organisation of Petroleum Exporting Countries",
    ],
)
def test_a_long_name_between_member_and_since_dates_the_membership(name):
    text = f"Indonesia, a member of the {name} since 1962, brings most of the oil."
    joined = claims(text, FOUNDED_BODIES, "en", D(1967, 8, 9))[("ID", "opec", "joined")]
    assert (joined.date, joined.precision, joined.background) == (D(1962, 1, 1), "year", True)


WTO_FOUNDED = Gazetteer.from_names(
    countries=country_names(),
    agreements={
        "wto": ["World Trade Organization", "WTO", "OMC", "Organización Mundial del Comercio"]
    },
    founded={"wto": D(1995, 1, 1)},
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La OMC comenzó a funcionar ayer domingo. Entre sus miembros fundadores figuran "
            "Estados Unidos, Japón y México.",
            "es",
        ),
        ("Entre los miembros fundadores de la OMC figuran Estados Unidos, Japón y México.", "es"),
        (
            "The WTO came into being yesterday. Its founding members are the United States, "
            "Japan and Mexico.",
            "en",
        ),
        ("The founding members of the WTO are the United States, Japan and Mexico.", "en"),
    ],
)
def test_the_founders_of_a_body_founded_just_before_the_paper_joined_on_its_founding_day(
    text, lang
):
    found = claims(text, WTO_FOUNDED, lang, D(1995, 1, 2))
    for state in ("US", "JP", "MX"):
        joined = found[(state, "wto", "joined")]
        assert (joined.date, joined.precision, joined.background) == (D(1995, 1, 1), "day", False)
    # founders named years after the founding, with no year: nothing to date them by
    assert not keys(text, WTO_FOUNDED, lang, D(2005, 1, 2))


def test_a_member_since_the_founding_told_with_its_day_is_dated_to_that_day():
    text = (
        "Brasil y México forman parte de la OMC desde su nacimiento, el 1 de enero de 1995, "
        "al igual que otros."
    )
    found = claims(text, WTO_FOUNDED, "es", D(2005, 3, 2))
    for state in ("BR", "MX"):
        joined = found[(state, "wto", "joined")]
        assert (joined.date, joined.precision, joined.background) == (D(1995, 1, 1), "day", True)
    # with no day told, the year the database gives
    text = "Brasil forma parte de la OMC desde su creación y defiende sus reglas."
    joined = claims(text, WTO_FOUNDED, "es", D(2005, 3, 2))[("BR", "wto", "joined")]
    assert (joined.date, joined.precision) == (D(1995, 1, 1), "year")


def test_taking_its_place_as_a_member_is_joining():
    text = (
        "The new state of Ghana took its place yesterday as a fully independent member of the "
        "Commonwealth."
    )
    g = Gazetteer.from_names(
        countries=country_names(), agreements={"commonwealth": ["Commonwealth"]}
    )
    joined = claims(text, g, "en", D(1957, 3, 7))[("GH", "commonwealth", "joined")]
    assert (joined.date, joined.background) == (D(1957, 3, 6), False)
    # a place taken as something else
    assert not keys("Ghana took its place yesterday as a voice of Africa.", g, "en", D(1957, 3, 7))


UNESCO_NAMES = Gazetteer.from_names(
    countries=country_names(),
    agreements={"unesco": ["Unesco", "UNESCO", "Constitución de la Unesco"]},
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "España es ya miembro de pleno derecho de la Unesco. El instrumento de aceptación "
            "de la Constitución de la Unesco quedó depositado en Londres, ante el Gobierno "
            "británico, a finales de enero, con lo que culmina el proceso.",
            "es",
        ),
        (
            "L'Espagne est désormais membre à part entière de l'Unesco. L'instrument "
            "d'acceptation a été déposé à Londres, auprès du gouvernement britannique, à la fin "
            "de janvier.",
            "fr",
        ),
    ],
)
def test_a_state_now_a_member_is_dated_by_the_deposit_told_next(text, lang):
    joined = claims(text, UNESCO_NAMES, lang, D(1953, 2, 2))[("ES", "unesco", "joined")]
    assert (joined.date, joined.precision, joined.background) == (D(1953, 1, 1), "month", False)
    # the government the instrument was deposited with took no step
    assert ("GB", "unesco", "joined") not in keys(text, UNESCO_NAMES, lang, D(1953, 2, 2))


def test_a_month_told_next_dates_a_step_only_in_the_paper_s_month_or_the_one_before():
    text = (
        "España es ya miembro de pleno derecho de la Unesco. El instrumento de aceptación "
        "quedó depositado en Londres en octubre."
    )
    joined = claims(text, UNESCO_NAMES, "es", D(1953, 2, 2)).get(("ES", "unesco", "joined"))
    assert joined is None or joined.date != D(1952, 10, 1)


COMMONWEALTH = Gazetteer.from_names(
    countries=country_names(),
    agreements={"commonwealth": ["الكومنولث", "رابطة الكومنولث", "Commonwealth"]},
    agreement_kinds={"commonwealth": "organisation"},
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "أعلنت باكستان أمس الأحد خروجها من رابطة الكومنولث.\n\nوقالت الحكومة في بيان رسمي "
            "إن القرار يسري فوراً.",
            "ar",
        ),
        (
            "Pakistan announced on Sunday its withdrawal from the Commonwealth. The government "
            "said the decision takes effect immediately.",
            "en",
        ),
    ],
)
def test_an_exit_announced_and_said_next_to_take_effect_at_once_is_the_exit(text, lang):
    found = keys(text, COMMONWEALTH, lang, D(1972, 1, 31))
    assert ("PK", "commonwealth", "withdrew") in found
    assert ("PK", "commonwealth", "withdrawal_announced") not in found
    # without it, an announcement
    first = text.split("\n")[0] if lang == "ar" else text.split(". ")[0] + "."
    assert ("PK", "commonwealth", "withdrawal_announced") in keys(
        first, COMMONWEALTH, lang, D(1972, 1, 31)
    )


def test_the_state_a_headline_turns_its_back_on_takes_no_step():
    found = keys(
        "أعلنت باكستان أمس الأحد خروجها من رابطة الكومنولث.",
        COMMONWEALTH,
        "ar",
        D(1972, 1, 31),
        title="باكستان تدير ظهرها لبريطانيا وتخرج من الكومنولث",
    )
    assert not {k for k in found if k[0] == "GB"}


def test_the_government_a_notice_is_given_to_as_depositary_takes_no_step():
    g = Gazetteer.from_names(
        countries=country_names(), agreements={"energy-charter-treaty": ["Energy Charter Treaty"]}
    )
    text = (
        "Russia on Thursday formally notified the depositary of the Energy Charter Treaty, the "
        "government of Portugal, that it does not intend to become a party to it."
    )
    found = keys(text, g, "en", D(2009, 8, 21))
    assert ("RU", "energy-charter-treaty", "withdrawal_notified") in found
    assert not {k for k in found if k[0] == "PT"}


def test_a_republic_told_by_its_description_is_the_state_of_the_headline():
    g = Gazetteer.from_names(
        countries=country_names(), agreements={"council-of-europe": ["Conseil de l'Europe"]}
    )
    text = (
        "La plus ancienne république du monde est devenue mercredi le vingt-deuxième État "
        "membre du Conseil de l'Europe. Le petit État enclavé dans l'Italie rejoint ainsi une "
        "organisation dont il partageait les valeurs."
    )
    found = claims(
        text, g, "fr", D(1988, 11, 17), title="Saint-Marin entre dans la cour des grands"
    )
    joined = found[("SM", "council-of-europe", "joined")]
    assert (joined.date, joined.background) == (D(1988, 11, 16), False)
    assert ("IT", "council-of-europe", "joined") not in found


def test_conditions_told_undated_take_the_day_of_the_sentence_that_retells_them():
    g = Gazetteer.from_names(countries=country_names(), agreements={"ctbt": ["TICE"]})
    text = (
        "Quatre mois après ses essais nucléaires, le Pakistan s'est dit prêt à rejoindre le "
        "TICE, mais à ses conditions. Le Premier ministre a déclaré mercredi devant "
        "l'Assemblée générale que son pays était disposé à adhérer au traité à condition que "
        "soient levées les sanctions."
    )
    stance = claims(text, g, "fr", D(1998, 9, 24))[("PK", "ctbt", "conditions")]
    assert (stance.date, stance.precision) == (D(1998, 9, 23), "day")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Islandia es desde el martes el decimotercer Estado miembro del Consejo de Europa.", "es"),
        ("L'Islande est depuis mardi le treizième État membre du Conseil de l'Europe.", "fr"),
    ],
)
def test_a_member_since_a_day_of_the_week_joined_that_day(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"council-of-europe": ["Consejo de Europa", "Conseil de l'Europe"]},
    )
    joined = claims(text, g, lang, D(1950, 3, 9))[("IS", "council-of-europe", "joined")]
    assert (joined.date, joined.background) == (D(1950, 3, 7), False)


@pytest.mark.parametrize(
    "among",
    [
        "La France et le Royaume-Uni, piliers de l'ancienne organisation, figurent "
        "naturellement parmi les signataires.",
        "La France et le Royaume-Uni figurent naturellement parmi les signataires.",
    ],
)
def test_states_among_the_signatories_across_an_apposition_or_an_adverb_signed(among):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"oecd": ["Organisation de coopération et de développement économiques"]},
    )
    text = (
        "Les représentants des États-Unis et du Canada ont signé hier à Paris la convention "
        "relative à l'Organisation de coopération et de développement économiques. " + among
    )
    found = claims(text, g, "fr", D(1960, 12, 15))
    for state in ("FR", "GB"):
        assert found[(state, "oecd", "signed")].date == D(1960, 12, 14)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "ولن تصبح اليونان العضو العاشر في السوق المشتركة إلا بعد أن تصدّق على المعاهدة "
            "برلمانات الدول التسع.",
            "ar",
        ),
        (
            "Greece will not become the tenth member of the Common Market until the parliaments "
            "of the nine ratify the treaty.",
            "en",
        ),
    ],
)
def test_a_membership_due_once_parliaments_ratify_is_no_refusal(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"european-union": ["السوق المشتركة", "Common Market"]},
    )
    assert not {k for k in keys(text, g, lang, D(1979, 5, 29)) if k[0] == "GR"}


def test_an_apposition_between_the_arabic_state_and_its_membership_is_read_over():
    g = Gazetteer.from_names(
        countries=country_names(), agreements={"wto": ["المنظمة العالمية للتجارة"]}
    )
    text = (
        "أصبحت ساموا، الدولة الجزرية الصغيرة في جنوب المحيط الهادئ، يوم الخميس عضوًا كاملًا في "
        "المنظمة العالمية للتجارة، بعد مسار تفاوضي بدأ أواخر التسعينات."
    )
    joined = claims(text, g, "ar", D(2012, 5, 12))[("WS", "wto", "joined")]
    assert joined.date == D(2012, 5, 10)


def test_an_arabic_state_that_becomes_a_party_bound_from_a_day_is_its_entry_into_force():
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"ottawa-convention": ["اتفاقية أوتاوا"]},
        agreement_kinds={"ottawa-convention": "convention"},
    )
    text = (
        "انضمت أفغانستان يوم الأربعاء إلى اتفاقية أوتاوا. وبحسب أحكام الاتفاقية، تصبح أفغانستان "
        "دولة طرفًا ملزمة بها اعتبارًا من الأول من مارس/آذار 2003."
    )
    found = claims(text, g, "ar", D(2002, 9, 13))
    assert found[("AF", "ottawa-convention", "acceded")].date == D(2002, 9, 11)
    assert found[("AF", "ottawa-convention", "entered_into_force")].date == D(2003, 3, 1)


def test_an_application_to_open_accession_talks_is_an_application_to_join():
    g = Gazetteer.from_names(
        countries=country_names(), agreements={"european-union": ["Communautés européennes"]}
    )
    text = (
        "La Suisse a transmis mardi à la présidence portugaise du Conseil des Communautés "
        "européennes sa demande formelle d'ouverture de négociations d'adhésion."
    )
    intent = claims(text, g, "fr", D(1992, 5, 27))[("CH", "european-union", "announced_intent")]
    assert intent.date == D(1992, 5, 26)
    # talks opened are the members' step, not the state's
    text = "La Suisse a ouvert mardi des négociations d'adhésion avec les Communautés européennes."
    assert not keys(text, g, "fr", D(1992, 5, 27))


SCO_AND_EU = Gazetteer.from_names(
    countries=country_names(),
    agreements={
        "sco": ["منظمة شنغهاي للتعاون", "Shanghai Cooperation Organization"],
        "european-union": ["الاتحاد الأوروبي", "European Union"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "قال الرئيس التركي أمس الأحد إن بلاده قد تنضم إلى منظمة شنغهاي للتعاون بدلًا من "
            "الاتحاد الأوروبي.",
            "ar",
        ),
        (
            "Turkey said on Sunday that it is considering joining the Shanghai Cooperation "
            "Organization instead of the European Union.",
            "en",
        ),
    ],
)
def test_a_state_s_own_word_that_it_may_join_is_considering_and_not_what_it_replaces(text, lang):
    found = claims(text, SCO_AND_EU, lang, D(2016, 11, 21))
    assert found[("TR", "sco", "considering")].date == D(2016, 11, 20)
    assert not {k for k in found if k[1] == "european-union"}


def test_others_saying_a_state_may_join_is_no_stance_of_its_own():
    text = "قال محللون إن تركيا قد تنضم إلى منظمة شنغهاي للتعاون."
    assert not keys(text, SCO_AND_EU, "ar", D(2016, 11, 21))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La OMC comenzó a funcionar ayer domingo. Entre sus miembros fundadores figuran "
            "Estados Unidos, la Unión Europea junto con sus Estados miembros, Brasil y México.",
            "es",
        ),
        (
            "The WTO came into being yesterday. Its founding members are the United States, the "
            "European Union together with its member states, Brazil and Mexico.",
            "en",
        ),
    ],
)
def test_a_union_named_with_its_member_states_does_not_end_a_list(text, lang):
    g = Gazetteer.from_names(
        countries={**country_names(), "EU": ["Unión Europea", "European Union"]},
        agreements={"wto": ["WTO", "OMC"]},
        founded={"wto": D(1995, 1, 1)},
    )
    found = keys(text, g, lang, D(1995, 1, 2))
    for state in ("US", "EU", "BR", "MX"):
        assert (state, "wto", "joined") in found


def test_a_leaving_told_loosely_beside_a_dated_suspension_is_its_shorthand():
    g = Gazetteer.from_names(countries=country_names(), agreements={"opec": ["أوبك", "OPEC"]})
    text = (
        "قرّرت إندونيسيا أمس الأربعاء تعليق عضويتها في أوبك خلال الاجتماع الوزاري.\n\n"
        "وقال محلل في سوق النفط إن «خروج إندونيسيا لا يغيّر شيئاً في الأرقام، لكنه يذكّر بأن "
        "المنظمة تضم اليوم أعضاء أقل»."
    )
    found = keys(text, g, "ar", D(2016, 12, 1), title="إندونيسيا تغادر «أوبك» مجدداً")
    assert ("ID", "opec", "suspended") in found
    assert ("ID", "opec", "withdrew") not in found
    # a leaving told firmly stays beside it
    text = "Indonesia left OPEC yesterday. Its membership had been suspended on Monday."
    assert ("ID", "opec", "withdrew") in keys(text, g, "en", D(2016, 12, 1))


@pytest.mark.parametrize(
    ("foreseen", "lang"),
    [
        (
            "ويرى خبراء أن دخول الاتفاق حيز التنفيذ قبل موعد مراكش سيحوّل المؤتمر إلى أول "
            "اجتماع للأطراف في الاتفاق نفسه، وهو ما تراهن عليه الدبلوماسية المغربية.",
            "ar",
        ),
        (
            "Analysts believe the agreement's entry into force before Marrakesh will turn the "
            "conference into the first meeting of its parties.",
            "en",
        ),
    ],
)
def test_an_entry_into_force_that_others_foresee_is_none_of_the_state_s(foreseen, lang):
    g = Gazetteer.from_names(
        # ("مراكش" is also an old Arabic name of Morocco)
        countries={**country_names(), "MA": ["المغرب", "مراكش", "Morocco", "Marrakesh"]},
        agreements={"paris-agreement": ["اتفاق باريس", "Paris Agreement"]},
        agreement_kinds={"paris-agreement": "treaty"},
    )
    lead = {
        "ar": "أودع المغرب أمس الأربعاء بمقر الأمم المتحدة وثيقة تصديقه على اتفاق باريس، خلال "
        "حفل أودعت فيه أكثر من ثلاثين دولة وثائقها في اليوم نفسه.",
        "en": "Morocco deposited its instrument of ratification of the Paris Agreement yesterday.",
    }[lang]
    found = keys(f"{lead}\n\n{foreseen}", g, lang, D(2016, 9, 22))
    assert ("MA", "paris-agreement", "ratified") in found
    assert ("MA", "paris-agreement", "entered_into_force") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Con la entrada en vigor del Tratado de Asunción, la Argentina, el Brasil, el Paraguay y "
        "el Uruguay pasaron ayer a ser formalmente Estados Partes del Mercosur.",
        "La Argentina, el Brasil, el Paraguay y el Uruguay se convirtieron ayer en Estados Partes "
        "del Mercosur.",
    ],
)
def test_states_that_became_states_parties_in_the_plural_joined(text):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"mercosur": ["Mercosur", "Tratado de Asunción"]},
        agreement_kinds={"mercosur": "organisation"},
    )
    found = claims(text, g, "es", D(1991, 11, 30))
    for state in ("AR", "BR", "PY", "UY"):
        assert found[(state, "mercosur", "joined")].date == D(1991, 11, 29)


def test_a_bare_step_after_the_same_step_of_another_state_is_of_the_same_agreement():
    g = Gazetteer.from_names(countries=country_names(), agreements={"ctbt": ["Test Ban Treaty"]})
    text = (
        "Russia on Tuesday became the first state to sign the Test Ban Treaty. Israel signed on "
        "Wednesday."
    )
    signed = claims(text, g, "en", D(1996, 9, 26))[("IL", "ctbt", "signed")]
    assert (signed.date, signed.background) == (D(1996, 9, 25), False)
    # a long sentence of its own is not read into the treaty
    other = (
        "Israel signed a trade agreement with Jordan on Wednesday after months of talks between "
        "the two governments."
    )
    found = keys(f"Russia signed the Test Ban Treaty on Tuesday. {other}", g, "en", D(1996, 9, 26))
    assert ("IL", "ctbt", "signed") not in found


def test_russian_states_members_from_that_day_joined_on_it():
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"eaeu": ["Евразийский экономический союз", "ЕАЭС"], "eu": ["ЕС"]},
        agreement_kinds={"eaeu": "organisation", "eu": "organisation"},
    )
    text = (
        "Договор о Евразийском экономическом союзе вступил в силу в четверг, 1 января: с этого "
        "дня Россия, Беларусь и Казахстан официально являются членами нового интеграционного "
        "объединения."
    )
    found = claims(text, g, "ru", D(2015, 1, 2))
    for state in ("RU", "BY", "KZ"):
        assert found[(state, "eaeu", "joined")].date == D(2015, 1, 1)
    # members, with no day they became so, took no step; a member since a year, then
    assert not keys("Россия и Беларусь являются членами ЕАЭС.", g, "ru", D(2015, 1, 2))
    joined = claims("Латвия является членом ЕС с 2004 года.", g, "ru", D(2016, 6, 3))
    assert joined[("LV", "eu", "joined")].date == D(2004, 1, 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Grecia aplica desde el domingo el acuerdo de Schengen. Los países nórdicos "
            "—Dinamarca, Finlandia y Suecia, junto con Islandia y Noruega, que no pertenecen a la "
            "UE— tienen previsto incorporarse el año que viene.",
            "es",
        ),
        (
            "Greece has applied the Schengen agreement since Sunday. The Nordic countries, "
            "including Iceland and Norway, which do not belong to the EU, plan to join next year.",
            "en",
        ),
    ],
)
def test_a_body_the_states_belong_to_or_not_is_no_object_of_their_step(text, lang):
    g = Gazetteer.from_names(
        countries=country_names(),
        agreements={"schengen-area": ["Schengen"], "european-union": ["UE", "EU"]},
    )
    found = keys(text, g, lang, D(2000, 3, 27))
    assert not {k for k in found if k[1] == "european-union"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "NATO leaders agreed on Thursday that Ukraine and Georgia would eventually become "
            "members of the alliance.",
            "en",
        ),
        (
            'The allies "agreed today that Ukraine and Georgia will become members of NATO", '
            "the secretary general said on Thursday.",
            "en",
        ),
    ],
)
def test_the_members_promise_of_membership_is_no_plan_of_the_states(text, lang):
    g = Gazetteer.from_names(countries=country_names(), agreements={"nato": ["NATO"]})
    assert not keys(text, g, lang, D(2008, 4, 4))
    # the state's own word is its plan
    own = "Ukraine said on Thursday that it would eventually become a member of NATO."
    assert ("UA", "nato", "announced_intent") in keys(own, g, "en", D(2008, 4, 4))
