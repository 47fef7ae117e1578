"""Tests of the corpus loader and the scorer. No database is needed."""

import datetime
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from ingest.evaluation import (
    AGREEMENTS,
    KINDS,
    GoldArticle,
    GoldClaim,
    dates_match,
    format_table,
    load_corpus,
    score,
)

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
D = datetime.date


def claim(
    country="FI",
    agreement="nato",
    kind="joined",
    date="2023-04-04",
    precision="day",
    background=False,
):
    return GoldClaim(country, agreement, kind, D.fromisoformat(date), precision, background)


def pred(
    country="FI", agreement="nato", kind="joined", date="2023-04-04", precision="day", **extra
):
    return SimpleNamespace(
        country=country,
        agreement=agreement,
        kind=kind,
        date=D.fromisoformat(date) if date else None,
        precision=precision,
        **extra,
    )


def article(*claims, file="a.en.txt", lang="en"):
    return GoldArticle(file, lang, D(2023, 4, 4), tuple(claims))


# ---------------------------------------------------------------- date rules


@pytest.mark.parametrize(
    ("gold", "gold_precision", "predicted", "predicted_precision", "expected"),
    [
        ("2020-01-01", "year", "2020-07-15", "day", True),
        ("2020-01-01", "year", "2020-01-01", "year", True),
        ("2020-01-01", "year", "2021-01-01", "day", False),
        ("2020-03-01", "month", "2020-03-31", "day", True),
        ("2020-03-01", "month", "2020-04-01", "day", False),
        ("2020-03-01", "month", "2020-01-01", "year", False),  # less precise
        ("2025-11-06", "day", "2025-11-06", "day", True),
        ("2025-11-06", "day", "2025-11-07", "day", False),
        ("2025-11-06", "day", "2025-11-01", "month", False),  # less precise
        ("2025-11-06", "day", "2025-01-01", "year", False),  # less precise
    ],
)
def test_dates_match(gold, gold_precision, predicted, predicted_precision, expected):
    assert (
        dates_match(
            D.fromisoformat(gold), gold_precision, D.fromisoformat(predicted), predicted_precision
        )
        is expected
    )


def test_missing_date_never_matches():
    assert not dates_match(D(2020, 1, 1), "year", None, None)


# ---------------------------------------------------------------- scoring


def test_exact_prediction_is_true_positive():
    scores = score([article(claim())], {"a.en.txt": [pred()]})
    assert (scores.overall.tp, scores.overall.fp, scores.overall.fn) == (1, 0, 0)
    assert scores.overall.f1 == 1.0


def test_wrong_day_within_month_is_false_positive_and_false_negative():
    scores = score([article(claim())], {"a.en.txt": [pred(date="2023-04-05")]})
    assert (scores.overall.tp, scores.overall.fp, scores.overall.fn) == (0, 1, 1)
    assert scores.overall.f1 == 0.0


def test_year_precision_prediction_of_day_claim_is_wrong():
    scores = score([article(claim())], {"a.en.txt": [pred(date="2023-01-01", precision="year")]})
    assert (scores.overall.tp, scores.overall.fp, scores.overall.fn) == (0, 1, 1)


def test_day_prediction_of_year_claim_is_right():
    gold = article(claim(date="2023-01-01", precision="year"))
    scores = score([gold], {"a.en.txt": [pred(date="2023-11-30")]})
    assert scores.overall.tp == 1


@pytest.mark.parametrize("field", ["country", "agreement", "kind"])
def test_each_field_must_match(field):
    wrong = {"country": "SE", "agreement": "european-union", "kind": "signed"}[field]
    scores = score([article(claim())], {"a.en.txt": [pred(**{field: wrong})]})
    assert (scores.overall.tp, scores.overall.fp, scores.overall.fn) == (0, 1, 1)


def test_duplicate_prediction_counts_once():
    scores = score([article(claim())], {"a.en.txt": [pred(), pred()]})
    assert (scores.overall.tp, scores.overall.fp, scores.overall.fn) == (1, 1, 0)
    assert scores.overall.precision == 0.5
    assert scores.overall.recall == 1.0


def test_matching_is_one_to_one_and_maximal():
    # The day prediction could match both claims, the year prediction only the year claim.
    # A greedy pass would give the day prediction to the (first) year claim.
    gold = article(claim(date="2023-01-01", precision="year"), claim())
    preds = [pred(), pred(date="2023-06-01", precision="year")]
    scores = score([gold], {"a.en.txt": preds})
    assert (scores.overall.tp, scores.overall.fp, scores.overall.fn) == (2, 0, 0)


def test_background_scored_separately():
    gold = article(
        claim(),
        claim(
            country="SE",
            kind="announced_intent",
            date="2022-05-01",
            precision="month",
            background=True,
        ),
    )
    scores = score([gold], {"a.en.txt": [pred()]})
    assert (scores.overall.tp, scores.overall.fp, scores.overall.fn) == (1, 0, 0)
    assert (scores.background.tp, scores.background.fp, scores.background.fn) == (0, 0, 1)

    scores = score(
        [gold],
        {"a.en.txt": [pred(), pred(country="SE", kind="announced_intent", date="2022-05-18")]},
    )
    assert scores.background.tp == 1
    assert scores.overall.fp == 0


def test_unmatched_prediction_flagged_background_goes_to_background():
    scores = score([article()], {"a.en.txt": [pred(background=True), pred()]})
    assert scores.background.fp == 1
    assert scores.overall.fp == 1


def test_empty_article_prediction_is_false_positive():
    scores = score([article()], {"a.en.txt": [pred()]})
    assert (scores.overall.tp, scores.overall.fp, scores.overall.fn) == (0, 1, 0)
    assert scores.overall.precision == 0.0


def test_per_language_and_per_kind():
    gold = [
        article(claim(), file="a.en.txt", lang="en"),
        article(
            claim(country="RU", agreement="new-start", kind="suspended", date="2023-02-21"),
            file="b.ru.txt",
            lang="ru",
        ),
    ]
    scores = score(
        gold,
        {
            "a.en.txt": [pred()],
            "b.ru.txt": [
                pred(country="RU", agreement="new-start", kind="withdrew", date="2023-02-21")
            ],
            "zzz.fr.txt": [pred()],
        },
    )
    assert scores.by_language["en"].tp == 1
    assert (scores.by_language["ru"].fp, scores.by_language["ru"].fn) == (1, 1)
    assert scores.by_kind["joined"].tp == 1
    assert scores.by_kind["suspended"].fn == 1
    assert scores.by_kind["withdrew"].fp == 1
    assert scores.unknown_files == ["zzz.fr.txt"]


def test_predictions_as_mappings_and_strings():
    scores = score(
        [article(claim())],
        {
            "a.en.txt": [
                {
                    "country": "fi",
                    "agreement": SimpleNamespace(slug="nato"),
                    "kind": "joined",
                    "date": "2023-04-04",
                    "precision": "day",
                }
            ]
        },
    )
    assert scores.overall.tp == 1


def test_format_table():
    scores = score([article(claim())], {"a.en.txt": [pred()]})
    table = format_table(scores)
    assert "news claims" in table
    assert "lang en" in table
    assert "kind joined" in table
    assert "1.000" in table


# ---------------------------------------------------------------- loading


def _write(tmp_path, lines, files=("x.en.txt",)):
    for name in files:
        (tmp_path / name).write_text("text", encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text(
        "\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8"
    )


def test_load_corpus_from_directory(tmp_path):
    _write(
        tmp_path,
        [
            {
                "file": "x.en.txt",
                "lang": "en",
                "published": "2023-04-04",
                "claims": [
                    {
                        "country": "FI",
                        "agreement": "nato",
                        "kind": "joined",
                        "date": "2023-04-04",
                        "precision": "day",
                        "background": False,
                    }
                ],
            }
        ],
    )
    (loaded,) = load_corpus(tmp_path)
    assert loaded.claims == (claim(),)
    assert loaded.published == D(2023, 4, 4)


@pytest.mark.parametrize(
    "bad",
    [
        {"kind": "expelled"},
        {"agreement": "nafta"},
        {"precision": "week"},
        {"country": "FIN"},
        {"date": "2023-04-04", "precision": "year"},  # not the first day of the year
        {"date": "2023-02-30"},
    ],
)
def test_load_corpus_rejects_bad_claims(tmp_path, bad):
    raw = {
        "country": "FI",
        "agreement": "nato",
        "kind": "joined",
        "date": "2023-04-04",
        "precision": "day",
        "background": False,
        **bad,
    }
    _write(
        tmp_path, [{"file": "x.en.txt", "lang": "en", "published": "2023-04-04", "claims": [raw]}]
    )
    with pytest.raises(ValueError):
        load_corpus(tmp_path / "gold.jsonl")


def test_load_corpus_takes_the_four_letter_code_of_a_former_state(tmp_path):
    # Serbia and Montenegro is CSXX in the project; CS is Czechoslovakia
    raw = {
        "country": "CSXX",
        "agreement": "ottawa-convention",
        "kind": "acceded",
        "date": "2003-09-01",
        "precision": "month",
        "background": False,
    }
    _write(
        tmp_path, [{"file": "x.en.txt", "lang": "en", "published": "2003-09-26", "claims": [raw]}]
    )
    (loaded,) = load_corpus(tmp_path / "gold.jsonl")
    assert [c.country for c in loaded.claims] == ["CSXX"]


def test_load_corpus_rejects_missing_file(tmp_path):
    _write(tmp_path, [{"file": "y.en.txt", "lang": "en", "published": "2023-04-04", "claims": []}])
    with pytest.raises(ValueError):
        load_corpus(tmp_path)


# ---------------------------------------------------------------- the real corpus


def test_fixture_corpus_is_consistent():
    articles = load_corpus(CORPUS)
    on_disk = {p.name for p in CORPUS.iterdir() if p.suffix in {".txt", ".html"}}
    assert {a.file for a in articles} == on_disk
    assert len(articles) >= 64
    for lang in ("ar", "en", "es", "fr", "ru"):
        assert sum(a.lang == lang for a in articles) >= 12
        assert all(a.file.split(".")[-2] == a.lang for a in articles)
    assert sum(a.file.endswith(".html") for a in articles) >= 8
    assert sum(not a.claims for a in articles) >= 8
    for a in articles:
        for c in a.claims:
            assert c.kind in KINDS and c.agreement in AGREEMENTS


def test_fixture_corpus_scores_perfectly_against_itself():
    articles = load_corpus(CORPUS)
    predicted = {
        a.file: [
            pred(c.country, c.agreement, c.kind, c.date.isoformat(), c.precision) for c in a.claims
        ]
        for a in articles
    }
    scores = score(articles, predicted)
    assert scores.overall.fp == scores.overall.fn == 0
    assert scores.background.fp == scores.background.fn == 0
    assert scores.overall.f1 == 1.0


def test_calibration_counts_right_claims_by_band_of_confidence():
    import datetime

    from ingest.evaluation import GoldArticle, GoldClaim, calibration, score

    day = datetime.date(2025, 11, 6)
    gold = [
        GoldArticle(
            "a.txt",
            "en",
            datetime.date(2025, 11, 7),
            (GoldClaim("KZ", "abraham-accords", "announced_joining", day, "day"),),
        )
    ]
    right = {
        "country": "KZ",
        "agreement": "abraham-accords",
        "kind": "announced_joining",
        "date": day,
        "precision": "day",
        "confidence": 0.8,
    }
    wrong = {**right, "kind": "joined", "confidence": 0.4}
    repeated = {**right, "confidence": 0.75}  # a second copy of a right claim is not right
    predicted = {"a.txt": [right, wrong, repeated]}
    rows = calibration(score(gold, predicted), predicted)
    assert [(hits, total) for _, _, hits, total in rows] == [(0, 0), (0, 1), (0, 0), (1, 2)]
