"""The manytreaties reader on hand-written snippets: what it takes, what it refuses and why."""

from datetime import date

from agreements.datasets.manytreaties import DEFAULT_DIR, FILES, file_parse, text_decode
from agreements.datasets.records import (
    CELL_IMPOSSIBLE,
    CELL_MALFORMED,
    CELL_PLACEHOLDER,
    SKIP_CONFLICTING_DUPLICATE,
    SKIP_ORGANISATION,
    SKIP_SUBNATIONAL,
    SKIP_UNKNOWN_STATE,
)
from agreements.vocab import EventKind, Precision


def facts_of(parsed, iso2):
    return {(f.kind, f.date, f.precision) for f in parsed.facts if f.iso2 == iso2}


def test_na_is_missing_and_31_12_9999_says_there_was_no_withdrawal(env_file):
    parsed = file_parse(
        env_file(
            {
                "stateID": "FRA",
                "stateSignature": "NA",
                "stateRat": "02.08.1992",
                "stateForce": "02.08.1992",
                "stateWithdrawal": "31.12.9999",
            },
        )
    )
    assert facts_of(parsed, "FR") == {
        (EventKind.RATIFIED, date(1992, 8, 2), Precision.DAY),
        (EventKind.ENTERED_INTO_FORCE, date(1992, 8, 2), Precision.DAY),
    }
    assert [(d.iso2, d.column) for d in parsed.denials] == [("FR", "stateWithdrawal")]


def test_historical_codes_map_to_their_own_historical_states(env_file):
    rows = [
        {"stateID": code, "stateSignature": "02.03.1975"}
        for code in ("DDR", "YUG", "CSK", "SCG", "YMD")
    ]
    parsed = file_parse(env_file(*rows))
    assert {f.iso2 for f in parsed.facts} == {"DD", "YU", "CS", "CSXX", "YD"}


def test_the_eu_codes_of_both_files_map_to_the_eu(env_file, trade_file):
    env = file_parse(
        env_file(
            {"stateID": "EUE", "stateSignature": "01.02.1991"},
            {"stateID": "EUU", "stateSignature": "01.02.1991", "treatyID": "OTHER_1991A"},
        )
    )
    trade = file_parse(trade_file({"stateID": "EC", "StateSignature": "05.06.2001"}))
    assert {f.iso2 for f in env.facts} == {"EU"}
    assert {f.iso2 for f in trade.facts} == {"EU"}


def test_organisations_and_regions_are_reported_not_imported(env_file, trade_file):
    parsed = file_parse(
        env_file(
            {"stateID": "IO-World Health Organization", "Acceptance": "10.08.1988"},
            {"stateID": "WHO World Health Organization", "Acceptance": "10.08.1988"},
            {"stateID": "Bayern", "stateSignature": "27.10.1960"},
            {"stateID": "XYZ", "stateSignature": "27.10.1960"},
        )
    )
    assert parsed.facts == []
    assert [s.reason for s in parsed.skipped_rows] == [
        SKIP_ORGANISATION,
        SKIP_ORGANISATION,
        SKIP_SUBNATIONAL,
        SKIP_UNKNOWN_STATE,
    ]
    efta = file_parse(trade_file({"stateID": "EFTA", "StateSignature": "10.12.1991"}))
    assert [s.reason for s in efta.skipped_rows] == [SKIP_ORGANISATION]


def test_kosovo_and_algeria_codes_of_the_trade_file_are_mapped(trade_file):
    parsed = file_parse(
        trade_file(
            {"stateID": "KOS", "StateSignature": "03.12.2019"},
            {"stateID": "ALG", "StateSignature": "12.04.1988"},
        )
    )
    assert {f.iso2 for f in parsed.facts} == {"XK", "DZ"}


def test_bad_dates_are_reported_with_their_reason_and_never_repaired(env_file):
    parsed = file_parse(
        env_file(
            {"stateID": "BEN", "stateRat": "1985-11-01-", "stateSignature": "02.02.1980"},
            {"stateID": "NPL", "stateRat": "1971-0706", "stateSignature": "02.02.1980"},
            {"stateID": "UKR", "stateForce": "2010-02-29", "stateSignature": "02.02.1980"},
            {"stateID": "CUB", "stateRat": "0001-01-01", "stateSignature": "02.02.1980"},
        )
    )
    assert [(s.reason, s.detail) for s in parsed.ignored_cells] == [
        (CELL_MALFORMED, "stateRat=1985-11-01-"),
        (CELL_MALFORMED, "stateRat=1971-0706"),
        (CELL_IMPOSSIBLE, "stateForce=2010-02-29"),
        (CELL_PLACEHOLDER, "stateRat=0001-01-01"),
    ]
    # the rest of each row is still used
    assert {f.kind for f in parsed.facts} == {EventKind.SIGNED}


def test_month_and_year_dates_keep_their_precision(trade_file):
    parsed = file_parse(
        trade_file({"stateID": "JAM", "StateRatification": "2015-04", "StateForce": "2016"})
    )
    assert facts_of(parsed, "JM") == {
        (EventKind.RATIFIED, date(2015, 4, 1), Precision.MONTH),
        (EventKind.ENTERED_INTO_FORCE, date(2016, 1, 1), Precision.YEAR),
    }


def test_a_consent_date_repeated_as_accession_is_one_accession(env_file):
    parsed = file_parse(
        env_file(
            {
                "stateID": "DDR",
                "stateRat": "27.09.1974",
                "Accession": "27.09.1974",
                "stateWithdrawal": "03.10.1990",
            }
        )
    )
    assert facts_of(parsed, "DD") == {
        (EventKind.ACCEDED, date(1974, 9, 27), Precision.DAY),
        (EventKind.WITHDREW, date(1990, 10, 3), Precision.DAY),
    }


def test_a_state_ending_with_the_agreement_did_not_withdraw(trade_file):
    parsed = file_parse(
        trade_file(
            {
                "stateID": "HUN",
                "End": "01.05.2004",
                "StateEnd": "01.05.2004",
                "StateSignature": "16.12.1991",
            },
            {
                "stateID": "VEN",
                "End": "31.12.9999",
                "StateEnd": "2006",
                "StateSignature": "16.12.1991",
            },
        )
    )
    withdrawals = [f for f in parsed.facts if f.kind == EventKind.WITHDREW]
    assert [(f.iso2, f.date, f.precision) for f in withdrawals] == [
        ("VE", date(2006, 1, 1), Precision.YEAR)
    ]


def test_rows_contradicting_each_other_yield_only_what_they_share(env_file):
    parsed = file_parse(
        env_file(
            {"stateID": "ALB", "stateSignature": "28.07.1994", "stateRat": "23.06.2003"},
            {
                "stateID": "ALB",
                "stateSignature": "28.07.1994",
                "stateRat": "23.06.2003",
                "stateWithdrawal": "04.06.1999",
            },
        )
    )
    assert facts_of(parsed, "AL") == {
        (EventKind.SIGNED, date(1994, 7, 28), Precision.DAY),
        (EventKind.RATIFIED, date(2003, 6, 23), Precision.DAY),
    }
    assert [s.reason for s in parsed.skipped_rows] == [SKIP_CONFLICTING_DUPLICATE]


def test_agreements_sharing_an_id_but_adopted_on_other_days_stay_apart(env_file):
    parsed = file_parse(
        env_file(
            {
                "treatyID": "UNCLOS_1982A",
                "Begin": "28.07.1994",
                "stateID": "KEN",
                "stateSignature": "29.07.1994",
            },
            {
                "treatyID": "UNCLOS_1982A",
                "Begin": "04.08.1995",
                "stateID": "KEN",
                "stateSignature": "05.08.1995",
            },
        )
    )
    assert sorted(parsed.agreements) == ["UNCLOS_1982A@04.08.1995", "UNCLOS_1982A@28.07.1994"]
    # and the implementing agreements are not taken for the catalogue's UNCLOS
    assert not any(a.catalogue_slug for a in parsed.agreements.values())


def test_the_trade_file_mac_roman_lines_decode_to_spaces_not_letters():
    raw = (DEFAULT_DIR / FILES[1]).read_bytes()
    text, fallback = text_decode(raw)
    assert fallback == 3
    assert "St.\xa0Kitts\xa0and\xa0Nevis" in text
    assert "Ê" not in text


def test_the_real_trade_file_reads_whole_with_the_uk_in_the_cptpp():
    parsed = file_parse(DEFAULT_DIR / FILES[1])
    cptpp = parsed.agreements["CMPPTP_2018A"]
    assert cptpp.catalogue_slug == "cptpp"
    uk = facts_of(parsed, "GB") & {(EventKind.ENTERED_INTO_FORCE, date(2024, 12, 15), "day")}
    assert uk
    assert any(f.iso2 == "CI" for f in parsed.facts)  # CIV, named "Cote d'Ivoire" there
