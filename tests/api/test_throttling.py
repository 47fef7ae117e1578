import pytest

pytestmark = pytest.mark.django_db


def test_too_many_anonymous_requests_get_a_clear_429(api, api_settings):
    api_settings.REST_FRAMEWORK = {
        **api_settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "2/minute", "user": "1000/minute"},
    }
    assert [api.get("/api/v1/countries/KZ/").status_code for _ in range(2)] == [200, 200]
    response = api.get("/api/v1/countries/KZ/")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    assert response.json()["code"] == "throttled"
    assert response.json()["retry_after"] == int(response["Retry-After"])


def test_editors_have_their_own_allowance(editor_api, api_settings):
    api_settings.REST_FRAMEWORK = {
        **api_settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "1/minute", "user": "3/minute"},
    }
    assert [editor_api.get("/api/v1/events/").status_code for _ in range(4)] == [200, 200, 200, 429]


def test_anonymous_requests_count_against_the_anonymous_rate_only(api, api_settings):
    api_settings.REST_FRAMEWORK = {
        **api_settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "1000/minute", "user": "1/minute"},
    }
    assert [api.get("/api/v1/countries/KZ/").status_code for _ in range(3)] == [200] * 3


def test_a_cached_timeline_is_throttled_like_any_answer(api, api_settings):
    api_settings.REST_FRAMEWORK = {
        **api_settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "2/minute", "user": "1000/minute"},
    }
    path = "/api/v1/countries/KZ/timeline/"
    assert [api.get(path).status_code for _ in range(3)] == [200, 200, 429]
