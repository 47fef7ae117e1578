"""Scoring of extracted claims against the hand-labelled corpus.

The corpus lives in ``tests/fixtures/corpus/``: one article per file and a ``gold.jsonl``
file with one line per article::

    {"file": "001-finland-nato.en.txt", "lang": "en", "published": "2023-04-04",
     "claims": [{"country": "FI", "agreement": "nato", "kind": "joined",
                 "date": "2023-04-04", "precision": "day", "background": false}]}

This module is pure Python: it needs neither a database nor Django settings. Predictions
are duck-typed: any object (or mapping) with ``country``, ``agreement`` (a slug, or an
object with a ``slug``), ``kind``, ``date`` (a ``datetime.date`` or an ISO string) and
``precision`` will do, so ``ingest.extract.Candidate`` objects can be scored directly.

Matching rules
--------------
* A predicted claim is right only if country, agreement and kind are equal to a gold
  claim's and its date agrees with the gold date at the gold claim's precision: a gold
  claim dated 2020 at year precision is matched by any date in 2020, a gold claim at month
  precision by any date in that month, and a gold claim at day precision only by that day.
* A prediction that is *less* precise than the gold claim (year or month for a gold day,
  year for a gold month) is wrong even if it contains the gold date: it says less than the
  article does. It counts as a false positive and the gold claim as a false negative.
* A prediction without a date is wrong.
* Matching is one-to-one: two identical predictions for one gold claim give one true
  positive and one false positive.
* Headline figures are over the article's news (``background: false``: events and stances
  the article reports). Recalled past facts (``background: true``) are scored separately.
  A prediction that matches a background gold claim counts in the background figures; an
  unmatched prediction counts as a false positive in the background figures only if it is
  itself flagged ``background`` (attribute or key), otherwise in the headline figures.
* Per-language figures use the article's language; per-kind figures use the gold kind for
  false negatives and the predicted kind for false positives.
* Predictions for files that are not in the gold corpus are ignored and listed in
  ``Scores.unknown_files``.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

KINDS = frozenset(
    {
        "announced_intent",
        "announced_joining",
        "signed",
        "ratified",
        "accepted_approved",
        "acceded",
        "succeeded",
        "joined",
        "entered_into_force",
        "provisional_application",
        "suspended",
        "reinstated",
        "withdrawal_announced",
        "withdrawal_notified",
        "withdrew",
        "refuses",
        "conditions",
        "considering",
    }
)
PRECISIONS = ("day", "month", "year")
# Finer precisions have lower ranks.
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
LANGUAGES = frozenset({"ar", "en", "es", "fr", "ru"})
AGREEMENTS = frozenset(
    {
        "abraham-accords",
        "nato",
        "european-union",
        "council-of-europe",
        "brics",
        "sco",
        "asean",
        "african-union",
        "arab-league",
        "gcc",
        "opec",
        "ecowas",
        "eaeu",
        "csto",
        "mercosur",
        "oic",
        "commonwealth",
        "wto",
        "oecd",
        "who",
        "unesco",
        "cptpp",
        "rcep",
        "schengen-area",
        "paris-agreement",
        "unfccc",
        "kyoto-protocol",
        "montreal-protocol",
        "npt",
        "tpnw",
        "ctbt",
        "new-start",
        "chemical-weapons-convention",
        "biological-weapons-convention",
        "ottawa-convention",
        "cluster-munitions-convention",
        "arms-trade-treaty",
        "rome-statute",
        "istanbul-convention",
        "energy-charter-treaty",
        "unclos",
        "high-seas-treaty",
        "artemis-accords",
        "belt-and-road-initiative",
        "g20",
    }
)

GOLD_FILENAME = "gold.jsonl"


@dataclass(frozen=True)
class GoldClaim:
    country: str
    agreement: str
    kind: str
    date: datetime.date
    precision: str
    background: bool = False


@dataclass(frozen=True)
class GoldArticle:
    file: str
    lang: str
    published: datetime.date
    claims: tuple[GoldClaim, ...] = ()

    @property
    def news_claims(self) -> tuple[GoldClaim, ...]:
        return tuple(c for c in self.claims if not c.background)

    @property
    def background_claims(self) -> tuple[GoldClaim, ...]:
        return tuple(c for c in self.claims if c.background)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass(frozen=True)
class PredictedClaim:
    """A prediction normalised for comparison."""

    country: str
    agreement: str
    kind: str
    date: datetime.date | None
    precision: str | None
    background: bool = False


@dataclass
class ArticleResult:
    file: str
    lang: str
    true_positives: list[tuple[GoldClaim, PredictedClaim]] = field(default_factory=list)
    false_positives: list[PredictedClaim] = field(default_factory=list)
    false_negatives: list[GoldClaim] = field(default_factory=list)
    background_true_positives: list[tuple[GoldClaim, PredictedClaim]] = field(default_factory=list)
    background_false_positives: list[PredictedClaim] = field(default_factory=list)
    background_false_negatives: list[GoldClaim] = field(default_factory=list)


@dataclass
class Scores:
    overall: Counts = field(default_factory=Counts)
    background: Counts = field(default_factory=Counts)
    by_language: dict[str, Counts] = field(default_factory=dict)
    by_kind: dict[str, Counts] = field(default_factory=dict)
    background_by_language: dict[str, Counts] = field(default_factory=dict)
    articles: list[ArticleResult] = field(default_factory=list)
    unknown_files: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- loading


def _parse_date(value: Any) -> datetime.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value)[:10])


def _first_of_period(value: datetime.date, precision: str) -> datetime.date:
    if precision == "year":
        return value.replace(month=1, day=1)
    if precision == "month":
        return value.replace(day=1)
    return value


def _gold_claim(raw: Mapping[str, Any], where: str) -> GoldClaim:
    missing = {"country", "agreement", "kind", "date", "precision"} - set(raw)
    if missing:
        raise ValueError(f"{where}: claim lacks {sorted(missing)}")
    country = str(raw["country"])
    # an ISO 3166-1 alpha-2 code, or the four-letter ISO 3166-3 code the project gives a former
    # state whose alpha-2 code was given again ("CSXX", Serbia and Montenegro; "CS" is
    # Czechoslovakia's)
    if len(country) not in (2, 4) or not country.isalpha() or not country.isupper():
        raise ValueError(f"{where}: country {country!r} is not an ISO 3166 country code")
    if raw["agreement"] not in AGREEMENTS:
        raise ValueError(f"{where}: unknown agreement {raw['agreement']!r}")
    if raw["kind"] not in KINDS:
        raise ValueError(f"{where}: unknown kind {raw['kind']!r}")
    if raw["precision"] not in _PRECISION_RANK:
        raise ValueError(f"{where}: unknown precision {raw['precision']!r}")
    date = _parse_date(raw["date"])
    if date is None:
        raise ValueError(f"{where}: claim has no date")
    if date != _first_of_period(date, raw["precision"]):
        raise ValueError(f"{where}: {date} is not the first day of its {raw['precision']}")
    background = raw.get("background", False)
    if not isinstance(background, bool):
        raise ValueError(f"{where}: background must be true or false")
    return GoldClaim(country, raw["agreement"], raw["kind"], date, raw["precision"], background)


def load_corpus(path: str | Path) -> list[GoldArticle]:
    """Read ``gold.jsonl`` (or the directory holding it) into ``GoldArticle`` objects.

    Raises ``ValueError`` on malformed lines, unknown kinds, agreements or precisions,
    duplicate files, or gold lines whose article file is missing next to ``gold.jsonl``.
    """
    path = Path(path)
    gold_path = path / GOLD_FILENAME if path.is_dir() else path
    directory = gold_path.parent
    articles: list[GoldArticle] = []
    seen: set[str] = set()
    with gold_path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{gold_path.name}:{number}"
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{where}: invalid JSON ({exc})") from exc
            file = raw.get("file")
            if not file:
                raise ValueError(f"{where}: no file")
            if file in seen:
                raise ValueError(f"{where}: duplicate file {file}")
            seen.add(file)
            if not (directory / file).is_file():
                raise ValueError(f"{where}: {file} does not exist")
            lang = raw.get("lang")
            if lang not in LANGUAGES:
                raise ValueError(f"{where}: unknown language {lang!r}")
            published = _parse_date(raw.get("published"))
            if published is None:
                raise ValueError(f"{where}: no publication date")
            claims = tuple(
                _gold_claim(claim, f"{where} claim {i}")
                for i, claim in enumerate(raw.get("claims", []), start=1)
            )
            articles.append(GoldArticle(file, lang, published, claims))
    return articles


# --------------------------------------------------------------------------- predictions


def _get(obj: Any, *names: str) -> Any:
    for name in names:
        if isinstance(obj, Mapping):
            if name in obj:
                return obj[name]
        elif hasattr(obj, name):
            return getattr(obj, name)
    return None


def _text(value: Any) -> str:
    value = getattr(value, "value", value)  # enums and Django choices
    return "" if value is None else str(value)


def normalise_prediction(obj: Any) -> PredictedClaim:
    """Turn a ``Candidate``-like object or mapping into a ``PredictedClaim``."""
    agreement = _get(obj, "agreement_slug", "agreement")
    agreement = getattr(agreement, "slug", agreement)
    country = _get(obj, "country", "country_code")
    country = getattr(country, "code", country)
    precision = _text(_get(obj, "precision")) or None
    date = _parse_date(_get(obj, "date"))
    return PredictedClaim(
        country=_text(country).upper(),
        agreement=_text(agreement),
        kind=_text(_get(obj, "kind")),
        date=date,
        precision=precision,
        background=bool(_get(obj, "background")),
    )


def dates_match(
    gold_date: datetime.date,
    gold_precision: str,
    predicted_date: datetime.date | None,
    predicted_precision: str | None,
) -> bool:
    """Whether a predicted date agrees with a gold date (see the module docstring)."""
    if predicted_date is None:
        return False
    predicted_rank = _PRECISION_RANK.get(predicted_precision or "day", 0)
    gold_rank = _PRECISION_RANK[gold_precision]
    if predicted_rank > gold_rank:  # the prediction is less precise than the article
        return False
    if gold_precision == "year":
        return predicted_date.year == gold_date.year
    if gold_precision == "month":
        return (predicted_date.year, predicted_date.month) == (gold_date.year, gold_date.month)
    return predicted_date == gold_date


def claim_matches(gold: GoldClaim, predicted: PredictedClaim) -> bool:
    return (
        gold.country == predicted.country
        and gold.agreement == predicted.agreement
        and gold.kind == predicted.kind
        and dates_match(gold.date, gold.precision, predicted.date, predicted.precision)
    )


def _match(
    golds: list[GoldClaim], preds: list[PredictedClaim]
) -> tuple[list[tuple[GoldClaim, PredictedClaim]], list[GoldClaim], list[int]]:
    """Maximum one-to-one matching; returns pairs, unmatched gold, unmatched pred indexes."""
    edges = [[j for j, p in enumerate(preds) if claim_matches(g, p)] for g in golds]
    owner: dict[int, int] = {}  # pred index -> gold index

    def augment(i: int, visited: set[int]) -> bool:
        for j in edges[i]:
            if j in visited:
                continue
            visited.add(j)
            if j not in owner or augment(owner[j], visited):
                owner[j] = i
                return True
        return False

    for i in range(len(golds)):
        augment(i, set())
    matched_gold = {i: j for j, i in owner.items()}
    pairs = [(golds[i], preds[j]) for i, j in sorted(matched_gold.items())]
    unmatched_gold = [g for i, g in enumerate(golds) if i not in matched_gold]
    unmatched_preds = [j for j in range(len(preds)) if j not in owner]
    return pairs, unmatched_gold, unmatched_preds


def _score_article(article: GoldArticle, predictions: Iterable[Any]) -> ArticleResult:
    preds = [normalise_prediction(p) for p in predictions]
    result = ArticleResult(article.file, article.lang)
    # News claims first, so that a prediction that could match either goes to the news.
    pairs, missed, left = _match(list(article.news_claims), preds)
    result.true_positives = pairs
    result.false_negatives = missed
    rest = [preds[j] for j in left]
    pairs, missed, left = _match(list(article.background_claims), rest)
    result.background_true_positives = pairs
    result.background_false_negatives = missed
    for j in left:
        if rest[j].background:
            result.background_false_positives.append(rest[j])
        else:
            result.false_positives.append(rest[j])
    return result


def score(gold: list[GoldArticle], predicted: Mapping[str, Iterable[Any]]) -> Scores:
    """Score predictions (file name -> claims) against the gold corpus."""
    scores = Scores()
    known = {a.file for a in gold}
    scores.unknown_files = sorted(f for f in predicted if f not in known)

    def bucket(table: dict[str, Counts], key: str) -> Counts:
        return table.setdefault(key, Counts())

    for article in gold:
        result = _score_article(article, predicted.get(article.file, ()))
        scores.articles.append(result)
        news = Counts(
            len(result.true_positives), len(result.false_positives), len(result.false_negatives)
        )
        back = Counts(
            len(result.background_true_positives),
            len(result.background_false_positives),
            len(result.background_false_negatives),
        )
        scores.overall.add(news)
        scores.background.add(back)
        bucket(scores.by_language, article.lang).add(news)
        bucket(scores.background_by_language, article.lang).add(back)
        for g, _ in result.true_positives:
            bucket(scores.by_kind, g.kind).tp += 1
        for p in result.false_positives:
            bucket(scores.by_kind, p.kind).fp += 1
        for g in result.false_negatives:
            bucket(scores.by_kind, g.kind).fn += 1
    scores.by_language = dict(sorted(scores.by_language.items()))
    scores.background_by_language = dict(sorted(scores.background_by_language.items()))
    scores.by_kind = dict(sorted(scores.by_kind.items()))
    return scores


# --------------------------------------------------------------------------- output


def format_table(scores: Scores) -> str:
    """A plain-text table of the scores, headline figures first."""
    header = f"{'':<28}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>8}{'R':>8}{'F1':>8}"
    lines = [header, "-" * len(header)]

    def row(label: str, counts: Counts) -> str:
        return (
            f"{label:<28}{counts.tp:>6}{counts.fp:>6}{counts.fn:>6}"
            f"{counts.precision:>8.3f}{counts.recall:>8.3f}{counts.f1:>8.3f}"
        )

    lines.append(row("news claims (headline)", scores.overall))
    for lang, counts in scores.by_language.items():
        lines.append(row(f"  lang {lang}", counts))
    for kind, counts in scores.by_kind.items():
        lines.append(row(f"  kind {kind}", counts))
    lines.append(row("background claims", scores.background))
    for lang, counts in scores.background_by_language.items():
        lines.append(row(f"  lang {lang}", counts))
    if scores.unknown_files:
        lines.append(f"ignored predictions for {len(scores.unknown_files)} unknown file(s)")
    return "\n".join(lines)


CONFIDENCE_BOUNDS = (0.3, 0.5, 0.7)


def calibration(
    scores: Scores,
    predicted: Mapping[str, Iterable[Any]],
    bounds: tuple[float, ...] = CONFIDENCE_BOUNDS,
) -> list[tuple[float, float, int, int]]:
    """How often predictions are right, by band of their ``confidence``.

    Returns ``(low, high, right, total)`` per band, ``low <= confidence < high``. A prediction
    is right if it is a true positive, news or background; a prediction without a confidence
    counts as 0.
    """
    edges = (0.0, *bounds, float("inf"))
    bands = [[low, high, 0, 0] for low, high in pairwise(edges)]
    by_file = {result.file: result for result in scores.articles}
    for file, items in predicted.items():
        result = by_file.get(file)
        if result is None:
            continue
        right = [p for _, p in result.true_positives + result.background_true_positives]
        for item in items:
            claim = normalise_prediction(item)
            confidence = float(_get(item, "confidence") or 0.0)
            band = next(b for b in bands if b[0] <= confidence < b[1])
            band[3] += 1
            if claim in right:
                right.remove(claim)
                band[2] += 1
    return [(low, high, hits, total) for low, high, hits, total in bands]


def format_calibration(rows: list[tuple[float, float, int, int]]) -> str:
    lines = [f"{'confidence':<16}{'right':>8}{'claims':>8}{'share':>8}"]
    for low, high, hits, total in rows:
        label = f"{low:.2f}–{high:.2f}" if high != float("inf") else f"≥ {low:.2f}"
        share = f"{hits / total:.3f}" if total else "-"
        lines.append(f"{label:<16}{hits:>8}{total:>8}{share:>8}")
    return "\n".join(lines)
