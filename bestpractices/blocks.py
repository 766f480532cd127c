"""StreamField blocks for best practices and the stories of the Ontwikkelplekken."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from core.blocks import (
    RICH_TEXT_FEATURES,
    DocumentLinkBlock,
    EmbedWithTitleBlock,
    HeadingBlock,
    ImageWithCaptionBlock,
    QuoteBlock,
)


class KeyFigureBlock(blocks.StructBlock):
    figure = blocks.CharBlock(label=_("Getal"), max_length=40, help_text=_("Bijv. 16 of 85%"))
    label = blocks.CharBlock(label=_("Waar het getal over gaat"), max_length=120)

    class Meta:
        icon = "order"


class KeyFiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=200, required=False)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Kerncijfers"), min_num=1)

    class Meta:
        icon = "table"
        template = "bestpractices/blocks/key_figures.html"
        description = _("Een paar kerncijfers, groot in beeld")


class GalleryImageBlock(ImageWithCaptionBlock):
    """One photo of a gallery: the fields of an image with caption, drawn by the gallery."""

    class Meta:
        icon = "image"


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=200, required=False)
    images = blocks.ListBlock(GalleryImageBlock(), label=_("Foto's"), min_num=1)

    class Meta:
        icon = "image"
        template = "bestpractices/blocks/gallery.html"
        description = _("Een reeks foto's")


class MilestoneBlock(blocks.StructBlock):
    when = blocks.CharBlock(label=_("Wanneer"), max_length=60, help_text=_("Bijv. 'Voorjaar 2024'"))
    title = blocks.CharBlock(label=_("Mijlpaal"), max_length=200)
    text = blocks.TextBlock(label=_("Toelichting"), required=False)

    class Meta:
        icon = "date"


class TimelineBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=200, required=False)
    milestones = blocks.ListBlock(MilestoneBlock(), label=_("Mijlpalen"), min_num=1)

    class Meta:
        icon = "history"
        template = "bestpractices/blocks/timeline.html"
        description = _("Een tijdlijn van mijlpalen")


class VisualReportBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=200)
    description = blocks.TextBlock(label=_("Beschrijving"), required=False)
    image = ImageChooserBlock(label=_("Afbeelding"), required=False)
    alt_text = blocks.CharBlock(
        label=_("Alternatieve tekst"),
        max_length=500,
        required=False,
        help_text=_("Vat samen wat het verslag laat zien."),
    )
    document = DocumentChooserBlock(
        label=_("Of een document"), required=False, help_text=_("Bijv. de PDF van het verslag")
    )

    class Meta:
        icon = "doc-full-inverse"
        template = "bestpractices/blocks/visual_report.html"
        description = _("Een visueel verslag als afbeelding of document")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("image") and not value.get("document"):
            raise StructBlockValidationError(
                block_errors={
                    "image": ValidationError(_("Kies een afbeelding of een document.")),
                }
            )
        return value


def paragraph_block():
    return blocks.RichTextBlock(
        label=_("Tekst"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="core/blocks/paragraph.html",
    )


class BestPracticeStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = paragraph_block()
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    embed = EmbedWithTitleBlock()
    document = DocumentLinkBlock()


class StoryStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = paragraph_block()
    image = ImageWithCaptionBlock()
    gallery = GalleryBlock()
    quote = QuoteBlock()
    timeline = TimelineBlock()
    visual_report = VisualReportBlock()
    key_figures = KeyFiguresBlock()
    embed = EmbedWithTitleBlock()
    document = DocumentLinkBlock()
