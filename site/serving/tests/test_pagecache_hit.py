"""A page-cache hit is answered at the top of the stack: the same headers and body as the first
answer, no SQL, one round trip to Redis, and never for a member."""

import pytest
import redis

from community.tests.factories import member

pytestmark = pytest.mark.django_db

# Set per answer, by the cache or the server: everything else must match header by header.
PER_ANSWER = {"x-page-cache"}


def headers_of(response):
    return {k.lower(): v for k, v in response.items() if k.lower() not in PER_ANSWER}


@pytest.fixture
def redis_calls(monkeypatch):
    """Every command sent to Redis outside a pipeline, and every pipeline, as one round trip."""

    class Calls(list):
        pass

    calls = Calls()
    calls.commands = []  # each command with its arguments
    send = redis.Redis.execute_command
    execute = redis.client.Pipeline.execute

    def counted_command(self, *args, **options):
        calls.append(args[0])
        calls.commands.append(args)
        return send(self, *args, **options)

    def counted_pipeline(self, *args, **kwargs):
        calls.append("PIPELINE")
        return execute(self, *args, **kwargs)

    monkeypatch.setattr(redis.Redis, "execute_command", counted_command)
    monkeypatch.setattr(redis.client.Pipeline, "execute", counted_pipeline)
    return calls


@pytest.mark.parametrize("url", ["/", "/en/", "/zoeken/?q=school"])
def test_a_hit_carries_the_same_headers_and_body_as_the_first_answer(
    client, home_pages, page_cache, redis_cache, url
):
    first = client.get(url)
    hit = client.get(url)
    assert (first["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
    assert hit.content == first.content
    assert headers_of(hit) == headers_of(first)
    for header in (
        "Content-Security-Policy",
        "Permissions-Policy",
        "Vary",
        "Cache-Control",
        "X-Frame-Options",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Content-Language",
    ):
        assert hit.get(header), header


def test_a_hit_has_the_headers_of_an_uncached_answer(client, home_pages, page_cache, redis_cache):
    """Switched off, the site answers with the same headers; only the cache's own differ."""
    page_cache.PAGE_CACHE_ENABLED = False
    uncached = client.get("/")
    page_cache.PAGE_CACHE_ENABLED = True
    client.get("/")
    hit = client.get("/")
    assert hit["X-Page-Cache"] == "hit"
    expected = headers_of(uncached)
    # The cache declares the copy public (with a front cache, for s-maxage seconds).
    assert {part.strip() for part in hit["Cache-Control"].split(",")} == {"public", "max-age=0"}
    expected.pop("cache-control", None)
    assert {k: v for k, v in headers_of(hit).items() if k != "cache-control"} == expected
    assert hit.content == uncached.content


def test_a_hit_makes_no_sql_query_and_one_redis_round_trip(
    client, home_pages, page_cache, redis_cache, redis_calls, django_assert_num_queries
):
    client.get("/")
    assert client.get("/")["X-Page-Cache"] == "hit"
    redis_calls.clear()
    with django_assert_num_queries(0):
        response = client.get("/")
    assert response["X-Page-Cache"] == "hit"
    assert redis_calls == ["MGET"]


def test_a_head_request_is_answered_from_the_cache(client, home_pages, page_cache, redis_cache):
    first = client.get("/")
    head = client.head("/")
    assert head["X-Page-Cache"] == "hit"
    assert head["Content-Length"] == str(len(first.content))
    assert head.content == b""


def test_a_members_page_is_never_served_from_or_stored_in_the_cache(
    client, home_pages, page_cache, redis_cache
):
    client.get("/")
    assert client.get("/")["X-Page-Cache"] == "hit"
    client.force_login(member())
    own = client.get("/")
    assert "X-Page-Cache" not in own
    assert b"Mijn profiel" in own.content
    assert "private" in own["Cache-Control"] and "no-store" in own["Cache-Control"]
    client.logout()
    # The member's page did not take the anonymous copy's place.
    anonymous = client.get("/")
    assert anonymous["X-Page-Cache"] == "hit"
    assert b"Mijn profiel" not in anonymous.content


def test_a_member_seen_first_leaves_nothing_for_visitors(
    client, home_pages, page_cache, redis_cache
):
    client.force_login(member())
    client.get("/")
    client.logout()
    first = client.get("/")
    assert first["X-Page-Cache"] == "miss"
    assert b"Mijn profiel" not in first.content


def test_a_purge_makes_the_next_answer_a_miss(client, home_pages, page_cache, redis_cache):
    from core import pagecache

    client.get("/")
    assert client.get("/")["X-Page-Cache"] == "hit"
    pagecache._bump([pagecache.SITE])
    assert client.get("/")["X-Page-Cache"] == "miss"
    assert client.get("/")["X-Page-Cache"] == "hit"


def test_static_files_are_not_looked_up(client, page_cache, redis_cache, redis_calls, settings):
    client.get(f"{settings.STATIC_URL}css/site.css")
    assert "MGET" not in redis_calls


def test_a_miss_reads_the_page_tree_version_once(
    client, home_pages, page_cache, redis_cache, redis_calls
):
    """The copy's versions, the site lookup, the header, the footer and the pieces of the page
    (core.fragments) share one read of the page tree's version."""
    client.get("/")  # tags get their first versions, the site and menu are cached
    from core import pagecache

    pagecache._bump([pagecache.SITE])
    redis_calls.clear()
    redis_calls.commands.clear()
    assert client.get("/")["X-Page-Cache"] == "miss"
    site_tag = pagecache.tag_key(pagecache.SITE)
    reads = [
        command
        for command in redis_calls.commands
        if command[0] in ("GET", "MGET") and any(site_tag in str(arg) for arg in command[1:])
    ]
    assert len(reads) == 1


def test_held_versions_are_read_anew_after_a_purge_in_the_same_request(redis_cache, settings):
    from core import pagecache

    token = pagecache.hold_versions()
    try:
        before = pagecache.site_version()
        assert pagecache.site_version() == before
        pagecache._bump([pagecache.SITE])
        assert pagecache.site_version() != before
    finally:
        pagecache.release_versions(token)


def test_the_redis_client_is_made_once(redis_cache):
    from django.core.cache import cache

    cache.get("a")
    cache.set("b", 1)
    client = cache._cache.get_client()
    cache.get("a")
    assert cache._cache.get_client() is client
    assert cache._cache.get_client(write=True) is client


def test_a_workers_own_copy_follows_redis(client, home_pages, page_cache, redis_cache, monkeypatch):
    """A worker serves its own copy of a page while the tags' versions in Redis match, for a
    minute at most: a purge in another process, or Redis's copy expiring, ends it."""
    from serving import middleware

    client.get("/")
    assert client.get("/")["X-Page-Cache"] == "hit"  # now kept in this process too
    redis_cache.flushdb()  # another process purged, or the copies expired
    assert client.get("/")["X-Page-Cache"] == "miss"

    assert client.get("/")["X-Page-Cache"] == "hit"
    later = middleware.time.monotonic() + middleware.LOCAL_PAGE_SECONDS + 1
    monkeypatch.setattr(middleware.time, "monotonic", lambda: later)
    for key in redis_cache.scan_iter("*pagecache:page*"):
        redis_cache.delete(key)
    assert client.get("/")["X-Page-Cache"] == "miss"
