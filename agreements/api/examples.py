"""Examples shown in the API documentation, taken from the reference data."""

from drf_spectacular.utils import OpenApiExample

_KZ = {"iso2": "KZ", "name": "Kazakhstan"}
_ACCORDS = {"slug": "abraham-accords", "name": "Abraham Accords", "kind": "accord"}
_SOURCE = {
    "id": 412,
    "title": "كازاخستان تنضم إلى الاتفاقات الإبراهيمية",
    "url": "https://news.example/2025/11/07/kazakhstan",
    "quote": "أعلنت كازاخستان انضمامها إلى الاتفاقات الإبراهيمية",
    "quote_lang": "ar",
    "article": {
        "id": 97,
        "api_url": "http://127.0.0.1:8000/api/v1/articles/97/",
        "url": "https://news.example/2025/11/07/kazakhstan",
        "title": "كازاخستان تنضم إلى الاتفاقات الإبراهيمية",
        "outlet": "News Example",
        "language": "ar",
        "published_on": "2025-11-07",
    },
}

COUNTRY = OpenApiExample(
    "Kazakhstan",
    response_only=True,
    value={
        **_KZ,
        "iso3": "KAZ",
        "numeric": "398",
        "api_url": "http://127.0.0.1:8000/api/v1/countries/KZ/",
        "flag": "🇰🇿",
        "status": "current",
        "events_count": 1,
        "stances_count": 0,
        "agreements_count": 1,
        "names": {"en": "Kazakhstan", "ar": "كازاخستان", "ru": "Казахстан", "fr": "Kazakhstan"},
        "aliases": [{"lang": "ru", "text": "РК"}],
        "valid_from": None,
        "valid_to": None,
        "timeline_url": "http://127.0.0.1:8000/api/v1/countries/KZ/timeline/",
        "agreements_url": "http://127.0.0.1:8000/api/v1/countries/KZ/agreements/",
    },
)

COUNTRY_TIMELINE = OpenApiExample(
    "Kazakhstan announces joining the Abraham Accords",
    response_only=True,
    value={
        "type": "event",
        "id": 231,
        "kind": "announced_joining",
        "date": "2025-11-06",
        "precision": "day",
        "date_display": "2025-11-06",
        "latest": "2025-11-06",
        "derivation": "relative",
        "text": "",
        "sources": [_SOURCE],
        "agreement": _ACCORDS,
    },
)

AGREEMENT = OpenApiExample(
    "Abraham Accords",
    response_only=True,
    value={
        **_ACCORDS,
        "api_url": "http://127.0.0.1:8000/api/v1/agreements/abraham-accords/",
        "adopted": "2020-09-15",
        "adopted_precision": "day",
        "opened_for_signature": None,
        "opened_precision": "day",
        "entry_into_force": None,
        "entry_into_force_precision": "day",
        "parties_count": 5,
        "possible_parties_count": 1,
        "names": {"en": "Abraham Accords", "ar": "الاتفاقات الإبراهيمية"},
        "description": "Normalisation agreements between Israel and Arab states.",
        "descriptions": {"en": "Normalisation agreements between Israel and Arab states."},
        "aliases": [{"lang": "ar", "text": "اتفاقات أبراهام"}],
        "depositary": "",
        "counterpart": None,
        "wikidata_qid": "Q98059223",
        "unts_number": "",
        "official_url": None,
        "events_count": 6,
        "stances_count": 1,
        "participants_url": "http://127.0.0.1:8000/api/v1/agreements/abraham-accords/participants/",
        "timeline_url": "http://127.0.0.1:8000/api/v1/agreements/abraham-accords/timeline/",
    },
)

_ACCORDS_SIGNATURE = {
    "id": 12,
    "api_url": "http://127.0.0.1:8000/api/v1/events/12/",
    "kind": "signed",
    "date": "2020-09-15",
    "precision": "day",
    "date_display": "2020-09-15",
    "latest": "2020-09-15",
    "derivation": "stated",
    "sources": [
        {
            "id": 12,
            "title": "Abraham Accords Peace Agreement",
            "url": None,
            "quote": "",
            "quote_lang": "",
            "article": None,
        }
    ],
}

PARTICIPANT_CERTAINLY = OpenApiExample(
    "A signatory: certainly",
    response_only=True,
    value={
        "country": {"iso2": "AE", "name": "United Arab Emirates"},
        "answer": "certainly",
        "events": [_ACCORDS_SIGNATURE],
    },
)

PARTICIPANT_POSSIBLY = OpenApiExample(
    "Joined some day of a year that includes as_of: possibly",
    response_only=True,
    value={
        "country": {"iso2": "SD", "name": "Sudan"},
        "answer": "possibly",
        "events": [
            {
                **_ACCORDS_SIGNATURE,
                "id": 15,
                "api_url": "http://127.0.0.1:8000/api/v1/events/15/",
                "date": "2021-01-01",
                "precision": "year",
                "date_display": "2021",
                "latest": "2021-12-31",
            }
        ],
    },
)

EVENT = OpenApiExample(
    "An announced joining with its Arabic source",
    response_only=True,
    value={
        "id": 231,
        "api_url": "http://127.0.0.1:8000/api/v1/events/231/",
        "agreement": _ACCORDS,
        "country": _KZ,
        "kind": "announced_joining",
        "date": "2025-11-06",
        "precision": "day",
        "date_display": "2025-11-06",
        "latest": "2025-11-06",
        "derivation": "relative",
        "note": "",
        "merged_into": None,
        "sources": [_SOURCE],
        "created_at": "2025-11-07T09:12:44Z",
        "updated_at": "2025-11-07T09:12:44Z",
    },
)

ARTICLE_LIST = OpenApiExample(
    "Arabic search: q=اتفاقات إبراهيم",
    response_only=True,
    value={
        "id": 97,
        "api_url": "http://127.0.0.1:8000/api/v1/articles/97/",
        "url": "https://news.example/2025/11/07/kazakhstan",
        "title": "كازاخستان تنضم إلى الاتفاقات الإبراهيمية",
        "outlet": "News Example",
        "author": "",
        "language": "ar",
        "published_on": "2025-11-07",
        "status": "extracted",
        "announcements_count": 1,
        "retrieved_at": "2025-11-07T09:12:40Z",
        "created_at": "2025-11-07T09:12:39Z",
    },
)

SUBMIT_URL = OpenApiExample(
    "A URL to fetch", request_only=True, value={"url": "https://news.example/2025/11/07/kazakhstan"}
)

SUBMIT_TEXT = OpenApiExample(
    "A pasted text",
    request_only=True,
    value={
        "text": "أعلنت كازاخستان يوم الخميس انضمامها إلى الاتفاقات الإبراهيمية.",
        "language": "ar",
        "published_on": "2025-11-07",
    },
)

SUBMISSION_STATUS = OpenApiExample(
    "Queued",
    response_only=True,
    status_codes=["202"],
    value={
        "id": 98,
        "status": "queued",
        "status_message": "",
        "attempts": 0,
        "url": "https://news.example/2025/11/07/kazakhstan",
        "title": "",
        "language": "",
        "announcements_count": 0,
        "status_url": "http://127.0.0.1:8000/api/v1/submissions/98/",
        "article_url": "http://127.0.0.1:8000/api/v1/articles/98/",
        "updated_at": "2025-11-07T09:12:39Z",
    },
)

NEW_EVENT = OpenApiExample(
    "Kazakhstan announces joining the Abraham Accords",
    request_only=True,
    value={
        "agreement": "abraham-accords",
        "country": "KZ",
        "kind": "announced_joining",
        "date": "2025-11-06",
        "precision": "day",
        "derivation": "relative",
        "sources": [
            {
                "title": "Statement of the President of Kazakhstan",
                "url": "https://www.akorda.kz/en",
                "quote": "Kazakhstan will join the Abraham Accords.",
                "quote_lang": "en",
            }
        ],
    },
)

NEW_STANCE = OpenApiExample(
    "Saudi Arabia sets conditions on the Abraham Accords",
    request_only=True,
    value={
        "agreement": "abraham-accords",
        "country": "SA",
        "kind": "conditions",
        "date": "2025-11-18",
        "summary": "Joining only with a path to a Palestinian state.",
        "sources": [{"title": "Statement of the Saudi Ministry of Foreign Affairs"}],
    },
)
