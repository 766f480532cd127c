from datetime import date

from django.core import mail

from ..digest import send_digests


def test_weekly_digest_in_the_coordinators_language(route, coordinator, lead):
    coordinator.profile.language = "en"
    coordinator.profile.save()
    mail.outbox.clear()
    send_digests(today=date(2026, 9, 25))
    [sent] = mail.outbox
    assert sent.to == [coordinator.email]
    assert sent.subject == "Your development routes this week"
    assert "Intakegesprek op school" in sent.body  # due 22 Sept: overdue
    assert "Kick-off met de schoolleiding" in sent.body


def test_no_digest_without_anything_due(route):
    route.milestones.update(done_at="2026-09-01T10:00:00Z")
    mail.outbox.clear()
    send_digests(today=date(2026, 9, 2))
    assert mail.outbox == []
