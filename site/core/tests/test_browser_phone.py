"""Nothing scrolls sideways at 390 px: one page of every page type, as a visitor, a school
member and a provider see it (/mijn-aanbod/ was 772 px wide, an offer's dates 401 px). One
test, so the demo is built once."""

import os

import pytest
from django.apps import apps
from django.urls import reverse

from .page_types import (
    PROVIDER_MEMBER,
    PROVIDER_PATHS,
    SCHOOL_MEMBER,
    SCHOOL_PATHS,
    member,
    visitor_paths,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}


def log_in(page, base, email):
    page.context.clear_cookies()
    page.goto(base + "/account/login/?next=/mijn-profiel/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(os.environ["DEMO_MEMBER_PASSWORD"])
    page.locator("form").filter(has=page.locator("#id_password")).locator(
        "button[type=submit]"
    ).click()
    page.wait_for_url("**/mijn-profiel/")


def request_pages(email):
    """The page of one request of the member's school or provider, where there is one."""
    profile = member(email).profile
    requests = apps.get_model("bookings", "BookingRequest").objects.order_by("pk")
    if profile.school_id:
        found = requests.filter(school_id=profile.school_id).first()
    else:
        found = requests.filter(provider_id=profile.provider_page_id).first()
    return [found_url(found)] if found else []


def found_url(booking):
    return reverse("bookings:detail", args=[booking.pk])


def too_wide(page, base, paths):
    wide = []
    for path in paths:
        page.goto(base + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            wide.append(f"{path}: {width} px")
    return wide


def test_no_page_scrolls_sideways_on_a_phone(page, demo_site):
    page.set_viewport_size(PHONE)
    wide = too_wide(page, demo_site, visitor_paths())
    log_in(page, demo_site, SCHOOL_MEMBER)
    wide += too_wide(page, demo_site, SCHOOL_PATHS + request_pages(SCHOOL_MEMBER))
    log_in(page, demo_site, PROVIDER_MEMBER)
    wide += too_wide(page, demo_site, PROVIDER_PATHS + request_pages(PROVIDER_MEMBER))
    assert wide == []

    # The filter panel, opened, stays short: long facets fold behind "Nog … keuzes".
    page.goto(demo_site + "/aanbod/")
    page.locator(".filter-panel-toggle").click()
    assert page.evaluate("document.querySelector('.facets').offsetHeight") < 2500
