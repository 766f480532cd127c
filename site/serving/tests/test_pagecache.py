"""The anonymous page cache: hits, languages, purges, members never cached, no cookies."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django_comments_xtd.models import XtdComment

from community.tests.factories import DiscussionFactory, member
from core.tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response


@pytest.fixture(params=["locmem", "redis"])
def any_cache(request, page_cache):
    """Every page-cache test runs on the local default and on the real Redis."""
    if request.param == "redis":
        request.getfixturevalue("redis_cache")
    return request.param


def test_second_anonymous_view_is_served_from_the_cache(client, home_pages, any_cache):
    first = fetch(client, "/")
    second = fetch(client, "/")
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"].startswith("text/html")
    assert "public" in second["Cache-Control"]
    assert not first.cookies and not second.cookies
    # Security headers set after this middleware come with a hit too (issue 21, finding 16).
    assert second["Permissions-Policy"] == first["Permissions-Policy"]


def test_languages_are_cached_apart(client, home_pages, any_cache):
    fetch(client, "/")
    english = fetch(client, "/en/")
    assert english["X-Page-Cache"] == "miss"
    assert b"Working together on good education" in english.content
    assert b"Working together on good education" in fetch(client, "/en/").content
    assert b"Samen werken aan goed onderwijs" in fetch(client, "/").content


def test_publishing_purges_pages_and_listings(
    client, home_pages, any_cache, django_capture_on_commit_callbacks
):
    home_nl, _home_en = home_pages
    page = StandardPageFactory(parent=home_nl, title="Over ons", slug="over-ons")
    fetch(client, "/over-ons/")
    assert fetch(client, "/over-ons/")["X-Page-Cache"] == "hit"
    fetch(client, "/zoeken/?q=ons")

    page.title = "Over de alliantie"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert b"Over de alliantie" in fetch(client, "/over-ons/").content
    assert fetch(client, "/zoeken/?q=ons")["X-Page-Cache"] == "miss"

    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert client.get("/over-ons/").status_code == 404


def test_a_purge_while_a_page_renders_leaves_that_copy_stale(client, home_pages, page_cache):
    """The versions are read before the view: a copy rendered from old rows never wins."""
    from core import pagecache

    fetch(client, "/")
    # A purge that lands between reading the versions and storing the page:
    pagecache._bump([pagecache.SITE])
    assert fetch(client, "/")["X-Page-Cache"] == "miss"
    assert fetch(client, "/")["X-Page-Cache"] == "hit"


def test_a_reply_purges_its_thread_and_the_list_not_the_site(
    client, home_pages, taxonomy, any_cache, django_capture_on_commit_callbacks
):
    discussion = DiscussionFactory(title="Gastlessen plannen")
    other = DiscussionFactory(title="Natuurlessen buiten")
    urls = [discussion.get_absolute_url(), other.get_absolute_url(), "/discussies/", "/"]
    for url in urls:
        fetch(client, url)

    with django_capture_on_commit_callbacks(execute=True):
        XtdComment.objects.create(
            content_type=ContentType.objects.get_for_model(discussion),
            object_pk=str(discussion.pk),
            site_id=1,
            user=member(),
            comment="Wij plannen ze per kwartaal.",
            submit_date=timezone.now(),
        )
    thread = fetch(client, urls[0])
    assert thread["X-Page-Cache"] == "miss"
    assert b"Wij plannen ze per kwartaal." in thread.content
    assert fetch(client, "/discussies/")["X-Page-Cache"] == "miss"
    assert fetch(client, urls[1])["X-Page-Cache"] == "hit"
    assert fetch(client, "/")["X-Page-Cache"] == "hit"


def test_members_pages_are_private_and_never_from_the_cache(client, home_pages, any_cache):
    fetch(client, "/")  # an anonymous copy is stored
    client.force_login(member())
    response = fetch(client, "/")
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]
    assert b"Mijn profiel" in response.content


def test_a_page_that_sets_a_cookie_is_not_stored(client, home_pages, page_cache):
    # The login form renders a CSRF token, so its response sets the CSRF cookie.
    first = client.get("/account/login/")
    assert first.status_code == 200
    assert "X-Page-Cache" not in first
    assert "X-Page-Cache" not in client.get("/account/login/")


def test_visitor_with_a_session_cookie_is_not_served_the_shared_copy(
    client, home_pages, page_cache
):
    fetch(client, "/")
    client.cookies["sessionid"] = "whatever"
    assert "X-Page-Cache" not in fetch(client, "/")


def test_switched_off_nothing_is_cached(client, home_pages, settings):
    settings.PAGE_CACHE_ENABLED = False
    fetch(client, "/")
    assert "X-Page-Cache" not in fetch(client, "/")
