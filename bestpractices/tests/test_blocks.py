"""Story blocks render what the editor filled in."""

import pytest
import wagtail_factories

from bestpractices.blocks import GalleryBlock

pytestmark = pytest.mark.django_db


def test_gallery_shows_each_photo_with_its_alt_text_and_caption(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    image = wagtail_factories.ImageFactory()
    block = GalleryBlock()
    value = block.to_python(
        {
            "title": "De schooltuin",
            "images": [
                {"image": image.pk, "alt_text": "Kinderen planten bonen", "caption": "Voorjaar"},
                {"image": image.pk, "alt_text": "", "caption": ""},
            ],
        }
    )
    html = block.render(value)
    assert 'aria-label="De schooltuin"' in html
    assert html.count("<figure>") == 2
    assert 'alt="Kinderen planten bonen"' in html
    assert 'alt=""' in html  # a decorative photo, skipped by screen readers
    assert "<figcaption>Voorjaar</figcaption>" in html
