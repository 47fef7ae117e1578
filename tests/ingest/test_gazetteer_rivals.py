"""Country names as news writes them: Russian names that share a stem are told apart by their
spelling, and CLDR's short names are found written out."""

import pytest

from ingest.extract import Gazetteer
from ingest.extract.gazetteer import tokenize
from ingest.normalize import normalize_with_offsets

COUNTRIES = {"NE": ["Нигер", "Niger"], "NG": ["Нигерия", "Nigeria"]}


def found(text):
    gazetteer = Gazetteer.from_names(countries=COUNTRIES, agreements={}, demonyms={})
    norm, offsets = normalize_with_offsets(text)
    return [m.key for m in gazetteer.find(tokenize(norm, text, offsets))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Нигер вышел из союза.", ["NE"]),
        ("Власти Нигера заявили.", ["NE"]),
        ("В Нигере прошли выборы.", ["NE"]),
        ("Нигерия вступила в союз.", ["NG"]),
        ("Власти Нигерии заявили.", ["NG"]),
        ("Между Нигерией и Нигером.", ["NG", "NE"]),
    ],
)
def test_niger_and_nigeria_share_a_stem_but_not_a_spelling(text, expected):
    assert found(text) == expected


def test_a_shared_name_in_another_script_stays_ambiguous():
    gazetteer = Gazetteer.from_names(
        countries={"CG": ["Congo"], "CD": ["Congo"]}, agreements={}, demonyms={}
    )
    norm, offsets = normalize_with_offsets("Congo joined.")
    assert gazetteer.find(tokenize(norm, "Congo joined.", offsets)) == []


@pytest.mark.parametrize(
    "text", ["Южная Корея", "Южной Кореей", "Южной Кореи", "Южную Корею", "Южной Корее"]
)
def test_a_short_russian_adjective_declines_with_its_name(text):
    gazetteer = Gazetteer.from_names(
        countries={"KR": ["Южная Корея"], "CN": ["Китай"]}, agreements={}, demonyms={}
    )
    norm, offsets = normalize_with_offsets(text)
    assert [m.key for m in gazetteer.find(tokenize(norm, text, offsets))] == ["KR"]


@pytest.mark.parametrize("text", ["Китай", "Китая", "Китаю", "Китаем"])
def test_a_noun_keeps_its_four_letters(text):
    gazetteer = Gazetteer.from_names(countries={"CN": ["Китай"]}, agreements={}, demonyms={})
    norm, offsets = normalize_with_offsets(text)
    assert [m.key for m in gazetteer.find(tokenize(norm, text, offsets))] == ["CN"]


def test_a_cldr_ampersand_name_is_found_written_out():
    gazetteer = Gazetteer.from_names(
        countries={"BA": ["Bosnia & Herzegovina"]}, agreements={}, demonyms={}
    )
    text = "Bosnia and Herzegovina ratified."
    norm, offsets = normalize_with_offsets(text)
    assert [m.key for m in gazetteer.find(tokenize(norm, text, offsets))] == ["BA"]


@pytest.mark.parametrize(
    ("text", "adjective"),
    [
        ("Les Norvégiens ont voté.", "norvégien"),
        ("Los noruegos votaron.", "noruego"),
        ("صوت الناخبون النرويجيون.", "نرويجي"),
    ],
)
def test_a_nationality_in_the_plural_is_its_people(text, adjective):
    gazetteer = Gazetteer.from_names(
        countries={"NO": ["Norway"]}, agreements={}, demonyms={"NO": [adjective]}
    )
    norm, offsets = normalize_with_offsets(text)
    assert [m.key for m in gazetteer.find(tokenize(norm, text, offsets))] == ["NO"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ratificó la Convención sobre las Armas Químicas", ["cwc"]),
        ("ratificó la Convención sobre Armas Químicas", ["cwc"]),
        ("ratified the Treaty on Non-Proliferation of Nuclear Weapons", ["npt"]),
    ],
)
def test_a_long_agreement_name_may_drop_the_articles_inside_it(text, expected):
    gazetteer = Gazetteer.from_names(
        countries={},
        agreements={
            "cwc": ["Convención sobre las Armas Químicas"],
            "npt": ["Treaty on the Non-Proliferation of Nuclear Weapons"],
        },
        demonyms={},
        descriptions={},
    )
    norm, offsets = normalize_with_offsets(text)
    assert [m.key for m in gazetteer.find(tokenize(norm, text, offsets))] == expected
