"""End to end in Debian's Chromium: sign up, confirm, start a discussion, reply; axe-core."""

import re

import pytest
from django.core import mail

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def community_site(live_server, taxonomy):
    """Locales, a root and home pages: transactional tests may start from empty tables."""
    from wagtail.models import Locale, Page

    from core.tests.factories import build_home_pages

    for code in ("nl", "en"):
        Locale.objects.get_or_create(language_code=code)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root"))
    build_home_pages()
    return live_server.url


def test_sign_up_confirm_post_and_reply(page, community_site, serious_violations):
    page.goto(community_site + "/account/signup/")
    assert serious_violations(page) == []

    page.get_by_label("Uw naam").fill("Noor Bos")
    page.get_by_label("E-mail").fill("noor@example.org")
    page.locator("#id_password1").fill("lente-kanaal-fiets-71")
    page.locator("#id_password2").fill("lente-kanaal-fiets-71")
    question = page.get_by_label(re.compile("Hoeveel is")).get_attribute("id")
    label = page.locator(f"label[for='{question}']").inner_text()
    a, b = (int(n) for n in re.findall(r"\d+", label))
    page.get_by_label(re.compile("Hoeveel is")).fill(str(a + b))
    page.get_by_label(re.compile("Ik geef toestemming")).check()
    page.get_by_role("button", name="Account aanmaken").click()
    page.wait_for_load_state()
    assert len(mail.outbox) == 1

    link = re.search(r"https?://[^/\s]+(/account/confirm-email/\S+/)", mail.outbox[0].body)
    page.goto(community_site + link.group(1))
    page.get_by_role("button").filter(has_text=re.compile("Bevestig|Confirm")).click()
    page.wait_for_url("**/mijn-profiel/")

    page.goto(community_site + "/discussies/")
    assert serious_violations(page) == []
    page.get_by_role("link", name="Start een discussie").click()
    page.get_by_label("Titel").fill("Wie heeft ervaring met een techniekochtend?")
    page.get_by_label("Thema").select_option(label="Verrijkte schooldag")
    page.get_by_label("Bericht").fill("Wij willen starten in groep 7. Tips zijn welkom.")
    page.get_by_role("button", name="Plaatsen").click()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Wie heeft ervaring")

    page.get_by_label("Uw reactie").fill("Zelf ook benieuwd, zie https://example.org/tips")
    page.get_by_role("button", name="Plaatsen").click()
    page.wait_for_load_state()
    assert page.get_by_role("link", name="https://example.org/tips").is_visible()
    assert page.get_by_text("1 reactie").is_visible()
    assert serious_violations(page) == []
