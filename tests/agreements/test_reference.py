"""The reference data that ships with Concord, and its loader."""

import datetime
from io import StringIO

import pytest
import yaml
from django.core.management import call_command

from agreements.models import Agreement, Country, Evidence, ParticipationEvent
from agreements.reference import CATALOGUE_FILE, LoadReport, catalogue_load, parse_dated
from agreements.selectors import (
    gazetteer_agreement_since,
    gazetteer_counterparts,
    gazetteer_founding_days,
    gazetteer_join_modes,
    gazetteer_names,
)
from agreements.vocab import AgreementKind, EventKind, Precision

pytestmark = pytest.mark.django_db

REQUIRED = [
    "abraham-accords",
    "nato",
    "european-union",
    "brics",
    "sco",
    "asean",
    "african-union",
    "arab-league",
    "gcc",
    "opec",
    "cptpp",
    "rcep",
    "paris-agreement",
    "npt",
    "tpnw",
    "ottawa-convention",
    "rome-statute",
    "arms-trade-treaty",
    "artemis-accords",
    "belt-and-road-initiative",
    "istanbul-convention",
    "energy-charter-treaty",
]


def test_a_second_load_reports_every_row_unchanged_and_changes_nothing():
    out = StringIO()
    events_before = ParticipationEvent.objects.count()
    history_before = ParticipationEvent.history.count() + Agreement.history.count()
    call_command("load_reference_data", stdout=out)
    report = out.getvalue()
    assert "nothing changed" in report
    for line in report.splitlines()[:-1]:
        assert " insert     0  update     0 " in line, line
    assert ParticipationEvent.objects.count() == events_before
    assert ParticipationEvent.history.count() + Agreement.history.count() == history_before


def test_a_changed_catalogue_value_is_an_update_not_a_new_row(tmp_path, monkeypatch):
    entries = yaml.safe_load(CATALOGUE_FILE.read_text(encoding="utf-8"))
    nato = next(e for e in entries if e["slug"] == "nato")
    nato["description"] = {"en": "Changed for the test.", "ar": "تغيير"}
    changed = tmp_path / "catalogue.yaml"
    changed.write_text(yaml.safe_dump([nato], allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr("agreements.reference.CATALOGUE_FILE", changed)
    report = LoadReport()
    catalogue_load(report)
    assert report.counts[("agreement", "update")] == 1
    assert report.counts[("agreement", "insert")] == 0
    assert Agreement.objects.get(slug="nato").description("en") == "Changed for the test."


def test_every_country_has_cldr_names_in_ten_languages():
    kz = Country.objects.get(iso2="KZ")
    assert set(kz.names) >= {"ar", "en", "fr", "ru", "es", "zh", "fa", "he", "tr", "de"}
    assert kz.names["ar"] == "كازاخستان"
    assert Country.objects.get(iso2="AE").names["ar"] == "الإمارات العربية المتحدة"
    assert Country.objects.filter(status="current").count() >= 249


def test_arabic_names_carry_no_tashkeel():
    tashkeel = set("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640")
    for names in Country.objects.values_list("names", flat=True):
        assert not tashkeel & set(names.get("ar", "")), names["ar"]
    for names in Agreement.objects.values_list("names", flat=True):
        assert not tashkeel & set(names.get("ar", "")), names["ar"]


def test_kosovo_and_historical_states_exist():
    assert Country.objects.get(iso2="XK").names["ar"] == "كوسوفو"
    ussr = Country.objects.get(iso2="SU")
    assert (ussr.iso3, ussr.status, ussr.names["en"]) == ("SUN", "historical", "Soviet Union")
    assert Country.objects.get(iso2="YU").status == "historical"


def test_names_and_aliases_used_in_news_reach_the_gazetteer():
    countries, agreements = gazetteer_names()
    assert {"UAE", "Emirates", "الإمارات", "ОАЭ", "United Arab Emirates"} <= set(countries["AE"])
    assert {"الاتفاقات الإبراهيمية", "Abraham Accords"} <= set(agreements["abraham-accords"])
    assert {"NATO", "الناتو", "OTAN", "НАТО"} <= set(agreements["nato"])
    # acronyms as the British and French press spell them
    assert {"Nato", "Otan"} <= set(agreements["nato"])
    assert {"Cédéao", "Ecowas"} <= set(agreements["ecowas"])
    assert {"Opec", "Opep"} <= set(agreements["opec"])
    # what wire copy calls them instead of their names
    assert {"West African bloc", "bloc ouest-africain"} <= set(agreements["ecowas"])
    assert {"pan-African body", "organisation panafricaine"} <= set(agreements["african-union"])
    assert {"oil cartel", "cártel petrolero"} <= set(agreements["opec"])
    assert "معاهدة حماية التنوع البيولوجي في أعالي البحار" in agreements["high-seas-treaty"]
    # Arabic news names that CLDR lacks ("هنغاريا" is CLDR's Hungary)
    assert {"هنغاريا", "المجر"} <= set(countries["HU"])
    assert {"بيلاروس", "روسيا البيضاء"} <= set(countries["BY"])
    assert {"السلطنة", "سلطنة عمان"} <= set(countries["OM"])
    assert "الأوروغواي" in countries["UY"]
    assert {"تشيكيا", "التشيك"} <= set(countries["CZ"])
    assert {"بولونيا", "بولندا"} <= set(countries["PL"])  # Maghrebi and Mashriqi spellings
    assert "Молдавия" in countries["MD"]
    assert {"Macedonia", "Македония"} <= set(countries["MK"])
    assert "Swaziland" in countries["SZ"]
    # the Sahrawi Republic under Western Sahara's code
    assert {"RASD", "SADR", "الجمهورية العربية الصحراوية الديمقراطية"} <= set(countries["EH"])
    # short forms and former names beside CLDR's
    assert {"ЮАР", "Южная Африка", "Union sud-africaine"} <= set(countries["ZA"])
    assert {"URSS", "USSR"} <= set(countries["SU"])
    assert {"ФРГ", "RFA", "Allemagne fédérale", "West Germany", "ألمانيا الغربية"} <= set(
        countries["DE"]
    )
    assert {"Zaire", "Zaïre"} <= set(countries["CD"])
    assert {"Ceylon", "Цейлон"} <= set(countries["LK"])
    assert {"Upper Volta", "Haute-Volta"} <= set(countries["BF"])
    assert "Arabia Saudita" in countries["SA"]
    assert "الدنمارك" in countries["DK"]
    assert {"Communautés européennes", "European Communities"} <= set(agreements["european-union"])
    assert "New Strategic Arms Reduction Treaty" in agreements["new-start"]
    # "New Start" only with "traité": "a new start" is no treaty
    assert "traité New Start" in agreements["new-start"]
    assert "New Start" not in agreements["new-start"]
    # the two Congos by their full names, which CLDR gives only as "Congo - Kinshasa/Brazzaville"
    assert "Democratic Republic of the Congo" in countries["CD"]
    assert "Democratic Republic of the Congo" not in countries["CG"]
    assert {"Republic of the Congo", "République du Congo"} <= set(countries["CG"])
    # parliaments that ratify for their states; "Сейм" is left out, as Lithuania's and
    # Latvia's are called so in Russian too
    assert {"Госдума", "State Duma"} <= set(countries["RU"])
    assert {"Knesset", "الكنيست"} <= set(countries["IL"])
    assert not any("Сейм" in names for names in countries.values())
    # "Содружество" alone is, in Russian, more often the CIS than the Commonwealth
    assert "Содружество" not in agreements["commonwealth"]


def test_the_catalogue_covers_at_least_forty_agreements_in_arabic_and_english():
    assert Agreement.objects.count() >= 40
    slugs = set(Agreement.objects.values_list("slug", flat=True))
    assert set(REQUIRED) <= slugs
    for agreement in Agreement.objects.all():
        assert agreement.names.get("en") and agreement.names.get("ar"), agreement.slug
        assert agreement.kind in AgreementKind.values


def test_every_shipped_event_carries_a_citation():
    uncited = ParticipationEvent.objects.exclude(
        pk__in=Evidence.objects.filter(event__isnull=False).values("event")
    )
    assert not uncited.exists()


def test_the_abraham_accords_parties_are_shipped_with_their_dates():
    events = {
        (e.country.iso2, e.kind, e.date.isoformat(), e.precision)
        for e in ParticipationEvent.objects.filter(agreement__slug="abraham-accords")
    }
    assert events == {
        ("IL", "signed", "2020-09-15", "day"),
        ("AE", "signed", "2020-09-15", "day"),
        ("BH", "signed", "2020-09-15", "day"),
        ("MA", "joined", "2020-12-22", "day"),
        ("SD", "signed", "2021-01-06", "day"),
    }
    assert Agreement.objects.get(slug="abraham-accords").kind == AgreementKind.ACCORD


def test_the_uk_entered_cptpp_on_15_december_2024():
    assert ParticipationEvent.objects.filter(
        agreement__slug="cptpp",
        country__iso2="GB",
        kind="entered_into_force",
        date="2024-12-15",
    ).exists()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-09-15", ("2020-09-15", Precision.DAY)),
        ("2020-09", ("2020-09-01", Precision.MONTH)),
        ("2020", ("2020-01-01", Precision.YEAR)),
    ],
)
def test_catalogue_dates_keep_their_precision(text, expected):
    value, precision = parse_dated(text)
    assert (value.isoformat(), precision) == expected


def test_a_malformed_catalogue_date_is_refused():
    with pytest.raises(ValueError, match="not a date"):
        parse_dated("15/09/2020")


def test_the_artemis_accords_are_joined_by_signing_them():
    joined_by_signing, _ = gazetteer_join_modes()
    assert "artemis-accords" in joined_by_signing
    assert not {"abraham-accords", "nato", "paris-agreement"} & joined_by_signing


def test_a_treaty_with_only_signatures_so_far_is_not_joined_by_signing():
    # a treaty just opened for signature: its accessions to come are accessions
    treaty = Agreement.objects.get(slug="high-seas-treaty")
    treaty.events.update(kind=EventKind.SIGNED)
    assert treaty.events.exists()
    joined_by_signing, _ = gazetteer_join_modes()
    assert "high-seas-treaty" not in joined_by_signing


def test_the_schengen_area_is_joined_when_its_rules_apply():
    _, joined_on_entry = gazetteer_join_modes()
    assert joined_on_entry == {"schengen-area"}


def test_an_agreement_exists_from_its_adoption_or_its_first_recorded_event():
    since = gazetteer_agreement_since()
    assert since["abraham-accords"] == datetime.date(2020, 9, 15)
    # the Collective Security Treaty of 1992, under the CSTO's charter of 2002
    assert since["csto"] == datetime.date(1992, 5, 15)


def test_an_organisation_is_founded_on_the_day_its_founders_are_recorded_joining():
    founded = gazetteer_founding_days()
    assert founded["csto"] == datetime.date(2002, 10, 7)
    assert founded["nato"] == datetime.date(1949, 4, 4)
    # founders recorded joining on the day the founding treaty entered into force, not on
    # the day they signed it
    assert founded["wto"] == datetime.date(1995, 1, 1)
    assert founded["mercosur"] == datetime.date(1991, 11, 29)
    assert founded["eaeu"] == datetime.date(2015, 1, 1)
    # a treaty is not founded: its signatories become parties by ratifying
    assert "npt" not in founded


def test_an_initiative_records_the_state_it_belongs_to():
    assert gazetteer_counterparts() == {"belt-and-road-initiative": "CN"}
    assert Agreement.objects.get(slug="belt-and-road-initiative").counterpart.iso2 == "CN"


def test_an_unknown_counterpart_is_a_problem_and_loads_nothing(tmp_path, monkeypatch):
    entries = yaml.safe_load(CATALOGUE_FILE.read_text(encoding="utf-8"))
    bri = next(e for e in entries if e["slug"] == "belt-and-road-initiative")
    bri["slug"] = "test-initiative"
    bri["counterpart"] = "QQ"
    changed = tmp_path / "catalogue.yaml"
    changed.write_text(yaml.safe_dump([bri], allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr("agreements.reference.CATALOGUE_FILE", changed)
    report = LoadReport()
    catalogue_load(report)
    assert report.problems == ["test-initiative: unknown counterpart 'QQ'"]
    assert not Agreement.objects.filter(slug="test-initiative").exists()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La Hongrie et la Chine ont signé samedi un protocole d'accord sur la « ceinture "
            "économique de la route de la soie ».",
            "fr",
        ),
        (
            "Hungría y China firmaron el sábado un memorando sobre la Franja Económica de la Ruta "
            "de la Seda.",
            "es",
        ),
        (
            "وقعت المجر والصين يوم السبت مذكرة تفاهم بشأن الحزام الاقتصادي لطريق الحرير.",
            "ar",
        ),
    ],
)
def test_the_silk_road_economic_belt_names_the_belt_and_road_initiative(text, lang):
    from ingest.extract import extract
    from ingest.gazetteer import gazetteer_current

    found = extract(
        text, gazetteer=gazetteer_current(), lang=lang, published=datetime.date(2015, 6, 7)
    )
    assert {(c.country, c.agreement, c.kind) for c in found} == {
        ("HU", "belt-and-road-initiative", "signed")
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "قدمت تركيا أمس الثلاثاء طلباً رسمياً للانضمام إلى المجموعة الاقتصادية الأوروبية.",
            "ar",
        ),
        ("قدمت تركيا أمس الثلاثاء طلب الانضمام إلى السوق الأوروبية المشتركة.", "ar"),
        ("Turquía presentó ayer martes su solicitud de ingreso en el Mercado Común Europeo.", "es"),
    ],
)
def test_the_common_markets_names_stand_for_the_european_union(text, lang):
    from ingest.extract import extract
    from ingest.gazetteer import gazetteer_current

    found = extract(
        text, gazetteer=gazetteer_current(), lang=lang, published=datetime.date(1987, 4, 15)
    )
    assert {(c.country, c.agreement, c.kind) for c in found} == {
        ("TR", "european-union", "announced_intent")
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Чехо-Словацкая Федеративная Республика вчера стала двадцать пятым членом Совета "
            "Европы.",
            "ru",
        ),
        ("The Czech and Slovak Federative Republic joined the Council of Europe yesterday.", "en"),
    ],
)
def test_czechoslovakia_under_its_federal_names_is_czechoslovakia_not_slovakia(text, lang):
    from ingest.extract import extract
    from ingest.gazetteer import gazetteer_current

    found = extract(
        text, gazetteer=gazetteer_current(), lang=lang, published=datetime.date(1991, 2, 22)
    )
    assert {(c.country, c.agreement, c.kind) for c in found} == {
        ("CS", "council-of-europe", "joined")
    }
