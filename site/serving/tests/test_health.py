"""`/gezond/`: the state of the database, the cache and the search engine, as JSON."""

import pytest

pytestmark = pytest.mark.django_db

UNREACHABLE_REDIS = "redis://127.0.0.1:9/0"  # the discard port: nothing answers there


def test_healthy_site_answers_200_with_each_part(client):
    response = client.get("/gezond/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "search"}
    assert all(check["ok"] for check in body["checks"].values())
    assert body["checks"]["search"]["engine"] == "database"
    assert not response.cookies
    assert "no-cache" in response["Cache-Control"]


def test_unreachable_cache_is_named_and_the_site_stays_in_service(client, settings):
    """The site serves without its cache (core.cache): a 200 that says what is down, so that
    a load balancer does not take every instance out because Redis is."""
    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache.ResilientRedisCache",
            "LOCATION": UNREACHABLE_REDIS,
            "OPTIONS": {"socket_connect_timeout": 0.5},
        }
    }
    response = client.get("/gezond/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["down"] == ["cache"]
    assert body["checks"]["cache"]["ok"] is False
    assert "ConnectionError" in body["checks"]["cache"]["error"]
    assert body["checks"]["database"]["ok"] is True


def test_unreachable_elasticsearch_gives_503(client, settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    response = client.get("/gezond/")
    assert response.status_code == 503
    assert response.json()["checks"]["search"]["ok"] is False


def test_health_on_the_real_redis(client, redis_cache):
    response = client.get("/gezond/")
    assert response.status_code == 200
    assert response.json()["checks"]["cache"]["backend"] == "ResilientRedisCache"
