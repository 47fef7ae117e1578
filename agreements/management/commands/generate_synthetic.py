"""Fill PostgreSQL with synthetic data shaped like years of news, for the benchmarks (bench/).

The shapes that matter for speed are reproduced, not the facts:

* hundreds of states (the reference countries) and thousands of agreements, a few of which
  (the first ranks) most states take part in, the rest with a few dozen parties each;
* one to four events per state and agreement (signed → ratified → in force, joined,
  withdrew...), dated 1950-2025, a tenth to month and a twentieth to year precision;
* news coverage skewed on purpose: half the articles are about 2 % of the events, chosen
  among the most covered agreements and states, so a few timelines carry most sources;
* several sources per event: a named document for every event, the articles on top;
* article text in eight languages (Arabic, English, French, Russian, Spanish, Turkish,
  Persian, Chinese), built from sentences naming the states and agreements in that
  language, with `search_text` computed by the same code the application uses.

Rows go in with COPY (psycopg 3), ids assigned here so that no row is read back; the
article search indexes are dropped during the load and built once at the end. History
tables (django-simple-history) are not filled, as after a restore. PostgreSQL only.
"""

from __future__ import annotations

import hashlib
import random
import time
from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache
from importlib import import_module

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, transaction
from django.utils import timezone

from agreements.models import (
    Agreement,
    Announcement,
    Country,
    Evidence,
    ParticipationEvent,
    SourceArticle,
    Stance,
    search_document,
)
from agreements.vocab import AgreementKind

# Languages of the articles and their share of the news.
LANGUAGES = {"en": 40, "ar": 25, "fr": 10, "ru": 8, "es": 7, "tr": 4, "fa": 3, "zh": 3}

# Sentences per language: {c} a state, {a} an agreement, {d} a year. The Arabic ones use the
# article and clitics on purpose (الاتفاقية، وانضمت), as Arabic news does.
SENTENCES = {
    "en": [
        "{c} formally joined the {a} on {d}, the foreign ministry said in a statement.",
        "Officials in {c} said the decision to ratify the {a} followed months of debate.",
        "The parliament of {c} voted to approve the {a}, clearing the way for ratification.",
        "Diplomats said {c} could withdraw from the {a} if talks fail before {d}.",
        "{c} signed the {a} at a ceremony attended by several heads of state.",
        "Analysts said the move by {c} strengthens the {a} at a difficult moment.",
        "The government of {c} has refused to join the {a}, citing sovereignty concerns.",
        "Negotiators met again in Geneva on Thursday to discuss the implementation.",
        "Opposition leaders criticised the timing of the announcement.",
        "The agreement enters into force thirty days after the deposit of the instrument.",
        "Markets reacted calmly to the news, with the currency little changed.",
    ],
    "ar": [
        "أعلنت وزارة الخارجية في {c} انضمامها رسميا إلى {a} في عام {d}.",
        "وقال مسؤولون في {c} إن قرار المصادقة على {a} جاء بعد أشهر من النقاش.",
        "وصوّت برلمان {c} بالموافقة على {a}، ممهدا الطريق للتصديق.",
        "وقال دبلوماسيون إن {c} قد تنسحب من {a} إذا فشلت المحادثات قبل {d}.",
        "ووقّعت {c} على {a} في حفل حضره عدد من رؤساء الدول.",
        "ورأى محللون أن خطوة {c} تعزز {a} في لحظة صعبة.",
        "ورفضت حكومة {c} الانضمام إلى {a}، مشيرة إلى اعتبارات السيادة.",
        "والتقى المفاوضون مجددا في جنيف يوم الخميس لبحث التنفيذ.",
        "وانتقد قادة المعارضة توقيت الإعلان.",
        "وتدخل الاتفاقية حيز التنفيذ بعد ثلاثين يوما من إيداع الصك.",
        "وتفاعلت الأسواق بهدوء مع النبأ، وبقيت العملة مستقرة.",
    ],
    "fr": [
        "{c} a officiellement rejoint {a} en {d}, a indiqué le ministère des affaires étrangères.",
        "Selon des responsables, {c} a décidé de ratifier {a} après des mois de débat.",
        "Le parlement de {c} a approuvé {a}, ouvrant la voie à la ratification.",
        "Des diplomates estiment que {c} pourrait se retirer de {a} avant {d}.",
        "{c} a signé {a} lors d'une cérémonie en présence de plusieurs chefs d'État.",
        "Les négociateurs se sont de nouveau réunis à Genève jeudi.",
        "L'opposition a critiqué le calendrier de l'annonce.",
    ],
    "ru": [
        "{c} официально присоединилась к {a} в {d} году, сообщил МИД.",
        "Парламент страны {c} одобрил {a}, открыв путь к ратификации.",
        "По словам дипломатов, {c} может выйти из {a} до {d} года.",
        "{c} подписала {a} на церемонии в присутствии глав государств.",
        "Переговорщики вновь встретились в Женеве в четверг.",
    ],
    "es": [
        "{c} se adhirió formalmente a {a} en {d}, informó la cancillería.",
        "El parlamento de {c} aprobó {a}, allanando el camino para la ratificación.",
        "{c} firmó {a} en una ceremonia con varios jefes de Estado.",
        "Los negociadores volvieron a reunirse en Ginebra el jueves.",
    ],
    "tr": [
        "{c}, {d} yılında {a} anlaşmasına resmen katıldı.",
        "{c} meclisi {a} anlaşmasını onayladı.",
        "Müzakereciler perşembe günü Cenevre'de yeniden bir araya geldi.",
    ],
    "fa": [
        "{c} در سال {d} رسما به {a} پیوست.",
        "پارلمان {c} {a} را تصویب کرد.",
        "مذاکره‌کنندگان روز پنجشنبه دوباره در ژنو دیدار کردند.",
    ],
    "zh": [
        "{c}于{d}年正式加入{a}。",
        "{c}议会批准了{a}。",
        "谈判代表周四在日内瓦再次会晤。",
    ],
}
TITLES = {
    "en": "{c} and the {a}: what changes",
    "ar": "{c} و{a}: ماذا يتغير",
    "fr": "{c} et {a} : ce qui change",
    "ru": "{c} и {a}: что меняется",
    "es": "{c} y {a}: qué cambia",
    "tr": "{c} ve {a}: ne değişiyor",
    "fa": "{c} و {a}: چه تغییری می‌کند",
    "zh": "{c}与{a}：有何变化",
}
# Synthetic agreement names: a subject and a kind, in English, Arabic and French.
SUBJECTS = [
    ("Fisheries", "مصايد الأسماك", "pêches"),
    ("Maritime Boundaries", "الحدود البحرية", "frontières maritimes"),
    ("Investment Protection", "حماية الاستثمار", "protection des investissements"),
    ("Climate Cooperation", "التعاون المناخي", "coopération climatique"),
    ("Nuclear Safety", "الأمان النووي", "sûreté nucléaire"),
    ("Trade Facilitation", "تيسير التجارة", "facilitation des échanges"),
    ("Cultural Heritage", "التراث الثقافي", "patrimoine culturel"),
    ("Civil Aviation", "الطيران المدني", "aviation civile"),
    ("Wetlands", "الأراضي الرطبة", "zones humides"),
    ("Migratory Species", "الأنواع المهاجرة", "espèces migratrices"),
    ("Arms Trade", "تجارة الأسلحة", "commerce des armes"),
    ("Customs Union", "الاتحاد الجمركي", "union douanière"),
]
KIND_NAMES = {
    AgreementKind.TREATY: ("Treaty on", "معاهدة", "Traité sur"),
    AgreementKind.CONVENTION: ("Convention on", "اتفاقية", "Convention sur"),
    AgreementKind.PROTOCOL: ("Protocol on", "بروتوكول", "Protocole sur"),
    AgreementKind.ACCORD: ("Accord on", "اتفاق", "Accord sur"),
    AgreementKind.ORGANISATION: ("Organisation for", "منظمة", "Organisation pour"),
}
# Event sequences for one state in one agreement (kind, years after the first step).
PATHS = [
    (["signed", "ratified", "entered_into_force"], 45),
    (["signed", "ratified"], 15),
    (["signed"], 10),
    (["acceded", "entered_into_force"], 12),
    (["joined"], 8),
    (["signed", "ratified", "entered_into_force", "withdrew"], 4),
    (["announced_intent", "acceded"], 4),
    (["joined", "suspended", "reinstated"], 2),
]
STANCE_KINDS = ["refuses", "conditions", "considering"]
EPOCH = date(1950, 1, 1)
SPAN_DAYS = (date(2025, 6, 30) - EPOCH).days


def _first_of_period(day: date, precision: str) -> date:
    if precision == "year":
        return date(day.year, 1, 1)
    if precision == "month":
        return date(day.year, day.month, 1)
    return day


def _weighted_sample(rng: random.Random, items: list, weights: list[float], k: int) -> list:
    """k distinct items, each drawn with probability proportional to its weight
    (Efraimidis–Spirakis: the k largest keys u^(1/w))."""
    keyed = sorted(((rng.random() ** (1.0 / w), i) for i, w in enumerate(weights)), reverse=True)
    return [items[i] for _, i in keyed[:k]]


@lru_cache(maxsize=500_000)
def _sentence_document(sentence: str) -> str:
    """search_document of one sentence; an article's is the sentences' joined (words do not
    cross sentences), so each filled sentence is normalised once whatever its reuse."""
    return search_document(sentence)


class Command(BaseCommand):
    help = "Fill PostgreSQL with synthetic agreements, events, stances, articles and sources."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--events", type=int, default=100_000)
        parser.add_argument("--articles", type=int, default=100_000)
        parser.add_argument("--agreements", type=int, default=3000, help="synthetic agreements")
        parser.add_argument("--stances", type=int, default=None, help="default: events / 50")
        parser.add_argument(
            "--announcements", type=float, default=0.5, help="claims per article (0-1)"
        )
        parser.add_argument(
            "--sentences", type=int, default=14, help="mean sentences per article (~150 B each)"
        )
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, **options) -> None:
        if connection.vendor != "postgresql":
            raise CommandError("generate_synthetic loads with COPY: set DATABASE_URL to PostgreSQL")
        if not Country.objects.exists():
            raise CommandError("load the reference data first: manage.py load_reference_data")
        self.rng = random.Random(options["seed"])
        self.now = timezone.now()
        started = time.monotonic()
        with connection.cursor() as cursor:
            cursor.execute("SET synchronous_commit = off")
            cursor.execute("SET maintenance_work_mem = '512MB'")
        self.countries = list(Country.objects.order_by("pk").values_list("pk", "iso2", "names"))
        # Popularity ranks: current states first in a shuffled order fixed by the seed.
        self.rng.shuffle(self.countries)
        self.country_weight = [1.0 / (rank + 20) for rank in range(len(self.countries))]
        with transaction.atomic():
            self._step("agreements", lambda: self.agreements_make(options["agreements"]))
            self._step("events", lambda: self.events_make(options["events"]))
            stances = options["stances"]
            self._step(
                "stances",
                lambda: self.stances_make(stances if stances else options["events"] // 50),
            )
            self._step(
                "articles, sources and claims",
                lambda: self.articles_make(
                    options["articles"], options["announcements"], options["sentences"]
                ),
            )
        self._step("search indexes", self.indexes_rebuild)
        self._step("sequences and statistics", self.finish)
        self.stdout.write(self.style.SUCCESS(f"done in {time.monotonic() - started:.0f} s"))

    def _step(self, name: str, work) -> None:
        started = time.monotonic()
        result = work()
        self.stdout.write(f"{name:<30} {result or '':>12} {time.monotonic() - started:7.1f} s")

    # --- rows ------------------------------------------------------------------------------

    def _next_id(self, model) -> int:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {model._meta.db_table}")
            return cursor.fetchone()[0]

    def _copy(self, model, columns: list[str], rows: Iterator[tuple]) -> int:
        count = 0
        table = model._meta.db_table
        with connection.cursor() as cursor:
            raw = cursor.cursor  # psycopg 3
            with raw.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
                    count += 1
        return count

    def agreements_make(self, count: int) -> int:
        rng = self.rng
        existing = list(Agreement.objects.order_by("pk").values_list("pk", "slug", "names", "kind"))
        first = self._next_id(Agreement)
        kinds = list(KIND_NAMES)
        rows, made = [], []
        for n in range(count):
            kind = kinds[n % len(kinds)]
            en_subject, ar_subject, fr_subject = SUBJECTS[(n // len(kinds)) % len(SUBJECTS)]
            en_kind, ar_kind, fr_kind = KIND_NAMES[kind]
            number = n + 1
            names = {
                "en": f"{en_kind} {en_subject} No. {number}",
                "ar": f"{ar_kind} {ar_subject} رقم {number}",
                "fr": f"{fr_kind} {fr_subject} n° {number}",
            }
            adopted = EPOCH + timedelta(days=rng.randrange(SPAN_DAYS - 3650))
            pk = first + n
            slug = f"synthetic-{number:05d}"
            rows.append(
                (
                    pk,
                    self.now,
                    self.now,
                    slug,
                    kind,
                    names,
                    names["en"],
                    {},
                    adopted,
                    "day",
                    None,
                    "day",
                    adopted + timedelta(days=rng.randrange(200, 1500)),
                    "day",
                    "",
                    "",
                    "",
                    "",
                    {"synthetic": number},
                )
            )
            made.append((pk, slug, names, kind))
        columns = [
            "id",
            "created_at",
            "updated_at",
            "slug",
            "kind",
            "names",
            "name_en",
            "descriptions",
            "adopted",
            "adopted_precision",
            "opened_for_signature",
            "opened_precision",
            "entry_into_force",
            "entry_into_force_precision",
            "depositary",
            "wikidata_qid",
            "unts_number",
            "official_url",
            "external_ids",
        ]
        from psycopg.types.json import Jsonb

        self._copy(
            Agreement,
            columns,
            (tuple(Jsonb(v) if isinstance(v, dict) else v for v in row) for row in rows),
        )
        # The catalogue's agreements are the most covered ones, then the synthetic ones.
        self.agreements = existing + made
        self.agreement_weight = [1.0 / (rank + 3) ** 0.9 for rank in range(len(self.agreements))]
        return count

    def events_make(self, target: int) -> int:
        """About `target` events: states per agreement by popularity, a path of steps each."""
        rng = self.rng
        mean_steps = sum(len(p) * w for p, w in PATHS) / sum(w for _, w in PATHS)
        # Paths cut short by the end of the period make fewer steps than their mean: aim higher.
        pairs_wanted = int(target / mean_steps * 1.1) + 1
        n_countries = len(self.countries)
        total_weight = sum(self.agreement_weight)
        # Scale so that agreements' party counts (at least 3, at most every state) add up.
        low, high = 0.0, float(pairs_wanted) * 10
        for _ in range(40):
            scale = (low + high) / 2
            pairs = sum(
                min(n_countries, max(3, int(scale * w / total_weight)))
                for w in self.agreement_weight
            )
            low, high = (scale, high) if pairs < pairs_wanted else (low, scale)
        paths, path_weights = zip(*PATHS, strict=True)
        first = self._next_id(ParticipationEvent)
        self.events: list[tuple[int, int, int, date]] = []  # id, agreement rank, country rank
        rows = []
        pk = first
        for a_rank, agreement in enumerate(self.agreements):
            size = min(
                n_countries, max(3, int(high * self.agreement_weight[a_rank] / total_weight))
            )
            parties = _weighted_sample(rng, list(range(n_countries)), self.country_weight, size)
            opened = EPOCH + timedelta(days=rng.randrange(SPAN_DAYS - 2000))
            for c_rank in parties:
                if pk - first >= target:
                    break
                path = rng.choices(paths, path_weights)[0]
                day = opened + timedelta(days=rng.randrange(3650))
                for kind in path:
                    if pk - first >= target or day > date(2025, 6, 30):
                        break
                    roll = rng.random()
                    precision = "year" if roll < 0.05 else "month" if roll < 0.15 else "day"
                    stored = _first_of_period(day, precision)
                    rows.append(
                        (
                            pk,
                            self.now,
                            self.now,
                            stored,
                            precision,
                            kind,
                            "stated",
                            "",
                            agreement[0],
                            self.countries[c_rank][0],
                            None,
                        )
                    )
                    self.events.append((pk, a_rank, c_rank, stored))
                    pk += 1
                    day += timedelta(days=rng.randrange(60, 1500))
        columns = [
            "id",
            "created_at",
            "updated_at",
            "date",
            "precision",
            "kind",
            "derivation",
            "note",
            "agreement_id",
            "country_id",
            "merged_into_id",
        ]
        return self._copy(ParticipationEvent, columns, iter(rows))

    def stances_make(self, count: int) -> int:
        rng = self.rng
        first = self._next_id(Stance)
        seen: set[tuple] = set()
        rows = []
        pk = first
        while len(rows) < count:
            a_rank = rng.choices(range(len(self.agreements)), self.agreement_weight)[0]
            c_rank = rng.choices(range(len(self.countries)), self.country_weight)[0]
            kind = rng.choice(STANCE_KINDS)
            day = EPOCH + timedelta(days=rng.randrange(SPAN_DAYS))
            key = (a_rank, c_rank, kind, day)
            if key in seen:
                continue
            seen.add(key)
            rows.append(
                (
                    pk,
                    self.now,
                    self.now,
                    day,
                    "day",
                    self.agreements[a_rank][0],
                    self.countries[c_rank][0],
                    kind,
                    "Reported position.",
                )
            )
            pk += 1
        self.stances = [row[0] for row in rows]
        columns = [
            "id",
            "created_at",
            "updated_at",
            "date",
            "precision",
            "agreement_id",
            "country_id",
            "kind",
            "summary",
        ]
        return self._copy(Stance, columns, iter(rows))

    def articles_make(self, count: int, claim_share: float, sentences: int) -> int:
        rng = self.rng
        events = self.events
        # The hot set: 2 % of events, among the most covered agreements and states.
        hot = [e for e in events if e[1] < 40 and e[2] < 60]
        rng.shuffle(hot)
        hot = hot[: max(1, len(events) // 50)]
        languages, language_weights = zip(*LANGUAGES.items(), strict=True)
        first_article = self._next_id(SourceArticle)
        first_evidence = self._next_id(Evidence)
        first_claim = self._next_id(Announcement)
        articles, evidence, claims = [], [], []
        evidence_pk, claim_pk = first_evidence, first_claim
        # A named document for every event and stance: the depositary's record.
        for event_pk, a_rank, _c_rank, _day in events:
            slug = self.agreements[a_rank][1]
            evidence.append(
                self._evidence(
                    evidence_pk, event_pk, None, None, None, f"Depositary record of {slug}"
                )
            )
            evidence_pk += 1
        for stance_pk in self.stances:
            evidence.append(
                self._evidence(evidence_pk, None, stance_pk, None, None, "Statement reported")
            )
            evidence_pk += 1
        for n in range(count):
            pk = first_article + n
            event = rng.choice(hot) if rng.random() < 0.5 else rng.choice(events)
            event_pk, a_rank, c_rank, day = event
            lang = rng.choices(languages, language_weights)[0]
            country_name = self._name(self.countries[c_rank][2], lang)
            agreement_name = self._name(self.agreements[a_rank][2], lang)
            year = str(day.year)
            title = TITLES[lang].format(c=country_name, a=agreement_name)
            chosen = [
                rng.choice(SENTENCES[lang]).format(c=country_name, a=agreement_name, d=year)
                for _ in range(max(2, int(rng.gauss(sentences, sentences / 4))))
            ]
            text = "\n\n".join(" ".join(chosen[i : i + 3]) for i in range(0, len(chosen), 3))
            text = f"{text}\n\n[{pk}]"  # every article's text differs, like its content hash
            search = " ".join(
                [_sentence_document(title), *(_sentence_document(s) for s in chosen), str(pk)]
            )
            published = max(day, date(1995, 1, 1)) + timedelta(days=rng.randrange(30))
            outlet = f"news{pk % 97}.example"
            articles.append(
                (
                    pk,
                    self.now,
                    self.now,
                    f"https://{outlet}/{lang}/{published.year}/{pk}",
                    "",
                    outlet,
                    "",
                    title[:500],
                    lang,
                    published,
                    "",
                    "DMY",
                    "",
                    text,
                    hashlib.sha256(text.encode()).hexdigest(),
                    None,
                    self.now,
                    "extracted",
                    "",
                    1,
                    search,
                )
            )
            quote = chosen[0]
            claim_id = None
            if rng.random() < claim_share:
                claim_id = claim_pk
                state = rng.choices(["accepted", "pending", "rejected"], [8, 1, 1])[0]
                claims.append(
                    (
                        claim_pk,
                        self.now,
                        self.now,
                        day,
                        "day" if day.day != 1 else "month",
                        quote,
                        "joined",
                        "stated",
                        False,
                        0.8,
                        state,
                        self.now if state != "pending" else None,
                        "",
                        self.agreements[a_rank][0],
                        pk,
                        self.countries[c_rank][0],
                        event_pk if state == "accepted" else None,
                        None,
                        None,
                    )
                )
                claim_pk += 1
                if state != "accepted":
                    claim_id = None
            evidence.append(self._evidence(evidence_pk, event_pk, None, pk, claim_id, "", quote))
            evidence_pk += 1
        article_columns = [
            "id",
            "created_at",
            "updated_at",
            "url",
            "submitted_url",
            "outlet",
            "author",
            "title",
            "language",
            "published_on",
            "published_raw",
            "date_order",
            "raw",
            "text",
            "content_hash",
            "duplicate_of_id",
            "retrieved_at",
            "status",
            "status_message",
            "attempts",
            "search_text",
        ]
        claim_columns = [
            "id",
            "created_at",
            "updated_at",
            "date",
            "precision",
            "quote",
            "kind",
            "derivation",
            "background",
            "confidence",
            "state",
            "reviewed_at",
            "review_note",
            "agreement_id",
            "article_id",
            "country_id",
            "event_id",
            "reviewed_by_id",
            "stance_id",
        ]
        evidence_columns = [
            "id",
            "created_at",
            "updated_at",
            "event_id",
            "stance_id",
            "article_id",
            "announcement_id",
            "title",
            "url",
            "quote",
            "quote_lang",
            "dataset_id",
            "dataset_row",
        ]
        with connection.cursor() as cursor:
            for name in ("article_search_vector", "article_search_trgm"):
                cursor.execute(f"DROP INDEX IF EXISTS {name}")
        self._copy(SourceArticle, article_columns, iter(articles))
        self._copy(Announcement, claim_columns, iter(claims))
        self._copy(Evidence, evidence_columns, iter(evidence))
        return f"{count}/{len(evidence)}/{len(claims)}"

    def _evidence(self, pk, event, stance, article, claim, title, quote="") -> tuple:
        url = "" if article else f"https://treaties.example/record/{pk}"
        return (
            pk,
            self.now,
            self.now,
            event,
            stance,
            article,
            claim,
            title,
            url,
            quote,
            "",
            None,
            "",
        )

    @staticmethod
    def _name(names: dict, lang: str) -> str:
        return names.get(lang) or names.get("en") or next(iter(names.values()))

    def indexes_rebuild(self) -> None:
        """The article search indexes (migrations 0002 and 0006), built once over all rows."""
        vector = import_module("agreements.migrations.0006_search_vector")
        search = import_module("agreements.migrations.0002_search")
        trigram = [index for index in search.INDEXES if index.name == "article_search_trgm"]
        with connection.cursor() as cursor:
            # Inside an outer transaction (a test) the deferred foreign-key checks of the rows
            # just copied must run first: PostgreSQL builds no index over pending ones.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("DROP INDEX IF EXISTS article_search_vector")
            for index in trigram:
                cursor.execute(f"DROP INDEX IF EXISTS {index.name}")
            cursor.execute(vector.FORWARD[-1])
        with connection.schema_editor() as editor:
            for index in trigram:
                editor.add_index(SourceArticle, index)

    def finish(self) -> None:
        with connection.cursor() as cursor:
            for model in (
                Agreement,
                ParticipationEvent,
                Stance,
                SourceArticle,
                Evidence,
                Announcement,
            ):
                table = model._meta.db_table
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
                )
            cursor.execute("ANALYZE")
