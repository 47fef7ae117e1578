"""Article search (`?q=`): PostgreSQL full text with a trigram fallback, plain matching elsewhere.

Both sides are normalised by ingest.normalize, and each word stands with its forms without the
Arabic article and clitics (SourceArticle.search_text, see agreements.models.search_document),
so "اتفاقات إبراهيم" finds "الاتفاقات الإبراهيمية": each query word is matched as a prefix of an
indexed word ("ابراهيم" begins "ابراهيميه").
"""

from __future__ import annotations

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.db import connection
from django.db.models import FloatField, Q, QuerySet, Value
from django.db.models.expressions import RawSQL

from agreements.models import SourceArticle, search_forms
from ingest.normalize import normalize, tokens

# The stored, indexed tsvector of migration 0006 (PostgreSQL only, unknown to the model).
SEARCH_VECTOR = RawSQL(
    '"agreements_sourcearticle"."search_vector"', [], output_field=SearchVectorField()
)


# Words shorter than this are only matched exactly (as prefixes): a short word is "similar"
# to a large part of any vocabulary ("nato" to a third of a million articles, each of which
# the trigram fallback then has to compare: minutes), and has little room for misspelling.
FUZZY_MIN_LENGTH = 5


def query_words(query: str) -> list[list[str]]:
    """Each normalised word of the query with its other forms; every word must match."""
    return [search_forms(word) for word in dict.fromkeys(tokens(normalize(query)))][:12]


def article_search(queryset: QuerySet[SourceArticle], query: str) -> QuerySet[SourceArticle]:
    """Articles matching every word of `query`, annotated with `search_rank` (best first)."""
    words = query_words(query)
    if not words:
        return queryset.none()
    if connection.vendor != "postgresql":
        condition = Q()
        for forms in words:
            alternatives = Q()
            for form in forms:
                alternatives |= Q(search_text__contains=form)
            condition &= alternatives
        return queryset.filter(condition).annotate(
            search_rank=Value(0.0, output_field=FloatField())
        )
    # Every word must be found as a prefix of an indexed word: one tsquery, which the GIN index
    # answers. Only when that finds nothing is each word also matched by trigram word
    # similarity, which catches misspellings ("Kazakstan") but cannot use the full-text index
    # and compares every candidate's whole text: OR-ing it in always made PostgreSQL scan and
    # re-parse the table (seconds at 20,000 articles).
    everything = SearchQuery(
        " & ".join(f"({_prefix_query(forms)})" for forms in words),
        search_type="raw",
        config="simple",
    )
    annotated = queryset.annotate(
        search_vector=SEARCH_VECTOR, search_rank=SearchRank(SEARCH_VECTOR, everything)
    )
    exact = annotated.filter(search_vector=everything)
    if exact.exists() or not any(len(forms[0]) >= FUZZY_MIN_LENGTH for forms in words):
        return exact
    condition = Q()
    for forms in words:
        prefixes = SearchQuery(_prefix_query(forms), search_type="raw", config="simple")
        word = Q(search_vector=prefixes)
        if len(forms[0]) >= FUZZY_MIN_LENGTH:
            word |= Q(search_text__trigram_word_similar=forms[0])
        condition &= word
    return annotated.filter(condition)


def _prefix_query(forms: list[str]) -> str:
    return " | ".join(f"{form}:*" for form in forms)
