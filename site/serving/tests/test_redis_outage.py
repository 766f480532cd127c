"""A Redis that stops mid-run: pages answer uncached, logins work, limits count locally, and
`/gezond/` names the cache; when Redis is back the page cache is used again.

The test starts its own throwaway redis-server on a free port (never the shared one) and kills
it between requests.
"""

import shutil
import socket
import subprocess
import time

import pytest
import redis
from django.core.cache import caches
from django_comments_xtd.models import XtdComment

from community.tests.factories import DiscussionFactory, member
from community.tests.test_discussions import reply_data
from core.tests.factories import StandardPageFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not shutil.which("redis-server"), reason="needs redis-server"),
]

PASSWORD = "een-goed-wachtwoord-42"
REDIS_SERVER = shutil.which("redis-server") or "redis-server"


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ThrowawayRedis:
    def __init__(self):
        self.port = _free_port()
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis(port=self.port)
        for _ in range(100):
            try:
                client.ping()
                return
            except redis.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self):
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=10)
            self.process = None


@pytest.fixture
def own_redis(settings):
    server = ThrowawayRedis()
    server.start()
    settings.PAGE_CACHE_ENABLED = True
    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{server.port}/0",
            "KEY_PREFIX": "outage",
            "OPTIONS": {
                "socket_connect_timeout": 0.5,
                "socket_timeout": 0.5,
                "RETRY_SECONDS": 0.5,
            },
        }
    }
    yield server
    server.stop()
    caches["default"]._fallback.clear()


def _wait_past_retry():
    time.sleep(0.6)


def test_pages_logins_posts_and_health_survive_redis_stopping(client, home_pages, own_redis):
    home_nl, _home_en = home_pages
    StandardPageFactory(parent=home_nl, title="Over ons", slug="over-ons")
    user = member()
    discussion = DiscussionFactory()
    urls = ["/", "/en/", "/over-ons/", "/account/login/", "/discussies/", "/zoeken/?q=ons"]

    for url in urls:
        assert client.get(url).status_code == 200, url
    assert client.get("/over-ons/")["X-Page-Cache"] == "hit"
    assert client.get("/gezond/").json()["status"] == "ok"

    own_redis.stop()

    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.get("X-Page-Cache") is None, url  # served uncached
    health = client.get("/gezond/")
    assert health.status_code == 200
    assert health.json()["status"] == "degraded"
    assert health.json()["down"] == ["cache"]
    assert health.json()["checks"]["database"]["ok"] is True

    response = client.post("/account/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    response = client.post("/reacties/plaatsen/", reply_data(discussion, "Tijdens de storing"))
    assert response.status_code == 302
    assert XtdComment.objects.filter(comment="Tijdens de storing").exists()
    assert client.get(response["Location"]).status_code == 200

    own_redis.start()  # empty, as a restarted Redis without persistence is
    _wait_past_retry()
    client.logout()
    assert client.get("/gezond/").json()["status"] == "ok"
    assert client.get("/over-ons/")["X-Page-Cache"] == "miss"
    assert client.get("/over-ons/")["X-Page-Cache"] == "hit"


def test_rate_limit_counts_locally_while_redis_is_down(client, home_pages, own_redis, settings):
    settings.COMMUNITY_POST_RATE_LIMIT = 2
    discussion = DiscussionFactory()
    client.force_login(member())
    own_redis.stop()
    codes = [
        client.post("/reacties/plaatsen/", reply_data(discussion, f"Bericht {n}")).status_code
        for n in range(3)
    ]
    assert codes == [302, 302, 429]
    assert XtdComment.objects.count() == 2


def test_a_purge_during_the_outage_reaches_redis_when_it_answers_again(
    client, home_pages, own_redis, django_capture_on_commit_callbacks
):
    """Redis unreachable but keeping its data (a network cut): the page stored before the
    outage must not come back after it when the page changed meanwhile."""
    from core import pagecache

    home_nl, _home_en = home_pages
    page = StandardPageFactory(parent=home_nl, title="Over ons", slug="over-ons")
    client.get("/over-ons/")
    assert client.get("/over-ons/")["X-Page-Cache"] == "hit"

    cache = caches["default"]
    cache._down_until = time.monotonic() + 0.5  # as after a failed call
    page.title = "Over de alliantie"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert pagecache._missed
    _wait_past_retry()
    response = client.get("/over-ons/")
    assert b"Over de alliantie" in response.content
    assert response["X-Page-Cache"] == "miss"
