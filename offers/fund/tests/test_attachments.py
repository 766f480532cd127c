"""Attachments: only real PDFs, images and office documents up to 10 MB, added by the school;
read through a checked view by the school, the scheme's funder and editors, never a media URL."""

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from ..models import Attachment, Status

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n% een offerte\n"


@pytest.fixture(autouse=True)
def private_dir(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    settings.MEDIA_ROOT = tmp_path / "media"
    return tmp_path


def upload(client, application, name, content):
    return client.post(
        reverse("fund:attach", args=[application.pk]),
        {"file": SimpleUploadedFile(name, content)},
    )


def test_the_school_adds_a_quote_and_the_funder_reads_it(
    client, draft, teacher, funder_user, private_dir
):
    client.force_login(teacher)
    assert upload(client, draft, "offerte.pdf", PDF).status_code == 302
    item = Attachment.objects.get()
    # Stored outside the media folder, without a public URL.
    assert (private_dir / "private" / item.file.name).exists()
    assert not (private_dir / "media").exists()
    with pytest.raises(ValueError):
        item.file.url  # noqa: B018
    url = reverse("fund:attachment", args=[draft.pk, item.pk])
    assert url in client.get(reverse("fund:detail", args=[draft.pk])).content.decode()
    client.force_login(funder_user)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert "attachment" in response["Content-Disposition"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("script.exe", b"MZ....", "Kies een pdf"),
        ("nep.pdf", b"<html>geen pdf</html>", "geen echt pdf-bestand"),
        ("plan.docx", b"%PDF-1.4", "geen echt docx-bestand"),
    ],
)
def test_wrong_files_are_refused_with_a_message(client, draft, teacher, name, content, message):
    client.force_login(teacher)
    response = upload(client, draft, name, content)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Attachment.objects.exists()


def test_a_file_over_ten_megabytes_is_refused(client, draft, teacher):
    client.force_login(teacher)
    big = PDF + b"0" * (10 * 1024 * 1024)
    response = upload(client, draft, "groot.pdf", big)
    assert response.status_code == 400 and "10 MB" in response.content.decode()


def test_images_and_office_documents_are_welcome(client, draft, teacher):
    client.force_login(teacher)
    assert upload(client, draft, "foto.png", b"\x89PNG\r\n\x1a\nrest").status_code == 302
    assert upload(client, draft, "begroting.xlsx", b"PK\x03\x04rest").status_code == 302
    assert Attachment.objects.count() == 2


def test_no_attachments_after_the_decision(client, draft, teacher):
    type(draft).objects.filter(pk=draft.pk).update(status=Status.REJECTED)
    client.force_login(teacher)
    assert upload(client, draft, "offerte.pdf", PDF).status_code == 400


@pytest.mark.parametrize("who", ["funder_user", "editor", "other_teacher", "stranger"])
def test_only_the_school_adds_attachments(client, draft, who, request):
    client.force_login(request.getfixturevalue(who))
    assert upload(client, draft, "offerte.pdf", PDF).status_code == 403
    assert not Attachment.objects.exists()


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("teacher", 200),
        ("funder_user", 200),
        ("editor", 200),
        ("other_teacher", 403),
        ("other_funder_user", 403),
        ("stranger", 403),
    ],
)
def test_who_reads_an_attachment(client, draft, teacher, who, status, request):
    client.force_login(teacher)
    upload(client, draft, "offerte.pdf", PDF)
    item = Attachment.objects.get()
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("fund:attachment", args=[draft.pk, item.pk])).status_code == status


def test_a_visitor_is_sent_to_log_in(client, draft, teacher):
    client.force_login(teacher)
    upload(client, draft, "offerte.pdf", PDF)
    item = Attachment.objects.get()
    client.logout()
    assert client.get(reverse("fund:attachment", args=[draft.pk, item.pk])).status_code == 302


def test_the_media_url_serves_no_attachment(client, draft, teacher):
    client.force_login(teacher)
    upload(client, draft, "offerte.pdf", PDF)
    item = Attachment.objects.get()
    assert client.get(settings.MEDIA_URL + item.file.name).status_code == 404
