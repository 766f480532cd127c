"""Other apps' share of a member's data: what the export lists and what deleting the account
anonymises. The community's export and deletion send these; the apps that keep something of
a member answer them (offers.bookings.member_data for requests and their messages).
"""

from django.dispatch import Signal

# send(sender=None, user=...): each receiver returns {section name: JSON-ready data}.
export_requested = Signal()
# send(sender=None, user=...), inside the deletion's transaction, before the user row goes.
deleting = Signal()


def exported_sections(user):
    sections = {}
    for _receiver, answer in export_requested.send(sender=None, user=user):
        sections.update(answer or {})
    return sections
