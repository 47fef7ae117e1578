"""CSV, `fields`, ETag / Last-Modified and the shape of errors, which every resource shares."""

import csv
import io
from datetime import date

import pytest

from agreements.vocab import EventKind
from tests import factories

pytestmark = pytest.mark.django_db


def rows(response) -> list[dict]:
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def test_a_list_in_csv_has_one_row_per_result(api):
    table = rows(api.get("/api/v1/countries/?format=csv&q=KAZ&lang=ar"))
    assert [(r["iso2"], r["name"]) for r in table] == [("KZ", "كازاخستان")]


def test_csv_is_also_chosen_by_the_accept_header(api):
    table = rows(api.get("/api/v1/agreements/?kind=accord", HTTP_ACCEPT="text/csv"))
    assert {r["kind"] for r in table} == {"accord"}


def test_csv_flattens_nested_objects_into_dotted_columns(api):
    treaty = factories.agreement()
    factories.event(treaty, "FR", EventKind.RATIFIED, date(2016, 10, 5))
    (row,) = rows(api.get(f"/api/v1/agreements/{treaty.slug}/participants/?format=csv"))
    assert (row["country.iso2"], row["answer"]) == ("FR", "certainly")
    assert '"kind":"ratified"' in row["events"]


def test_errors_stay_json_when_csv_is_asked(api):
    response = api.get("/api/v1/agreements/abraham-accords/participants/?as_of=x&format=csv")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"


def test_fields_keeps_only_the_fields_named(api):
    body = api.get("/api/v1/countries/?fields=iso2,name&q=KAZ").json()
    assert body["results"] == [{"iso2": "KZ", "name": "Kazakhstan"}]


def test_an_unknown_field_is_a_400_naming_fields(api):
    response = api.get("/api/v1/countries/KZ/?fields=iso2,capital")
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["fields"]


def test_an_unknown_lang_is_a_400_naming_lang(api):
    response = api.get("/api/v1/countries/KZ/?lang=xx")
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["lang"]


def test_unknown_ordering_and_bad_pages_are_400s_naming_them(api):
    for query, name in [
        ("ordering=capital", "ordering"),
        ("page=0", "page"),
        ("page_size=x", "page_size"),
    ]:
        response = api.get(f"/api/v1/countries/?{query}")
        assert response.status_code == 400, query
        assert list(response.json()["errors"]) == [name]


def test_pages_keep_a_stable_order(api):
    first = api.get("/api/v1/countries/?ordering=status&page_size=100").json()["results"]
    second = api.get("/api/v1/countries/?ordering=status&page_size=100&page=2").json()["results"]
    again = api.get("/api/v1/countries/?ordering=status&page_size=100").json()["results"]
    assert first == again
    assert not {c["iso2"] for c in first} & {c["iso2"] for c in second}


def test_a_detail_answers_304_to_its_etag(api):
    response = api.get("/api/v1/countries/KZ/")
    assert response.status_code == 200 and response["Last-Modified"]
    again = api.get("/api/v1/countries/KZ/", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    assert again.content == b""


def test_a_timeline_answers_304_until_it_changes(api):
    treaty = factories.agreement()
    factories.event(treaty, "FI", EventKind.JOINED, date(2023, 4, 4))
    url = "/api/v1/countries/FI/timeline/"
    first = api.get(url)
    assert api.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    assert api.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    factories.event(treaty, "FI", EventKind.WITHDREW, date(2025, 1, 1))
    changed = api.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    assert changed["ETag"] != first["ETag"]


def test_an_unknown_path_under_the_api_is_a_json_404(api):
    response = api.get("/api/v1/treaties/")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


@pytest.mark.parametrize("path", ["/api/v1/events/abc/", "/api/v1/events/99999999999999999999/"])
def test_an_impossible_id_is_a_404(api, path):
    assert api.get(path).status_code == 404
