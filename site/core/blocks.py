"""StreamField blocks shared by the site's page types."""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Tekst"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Niveau"),
        choices=[("h2", _("Kop 2")), ("h3", _("Kop 3")), ("h4", _("Kop 4"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "core/blocks/heading.html"
        description = _("Een tussenkop die de pagina in delen verdeelt")


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Afbeelding"))
    alt_text = blocks.CharBlock(
        label=_("Alternatieve tekst"),
        max_length=250,
        required=False,
        help_text=_("Beschrijf wat er te zien is; laat leeg voor een decoratieve afbeelding."),
    )
    caption = blocks.CharBlock(label=_("Onderschrift"), max_length=250, required=False)

    class Meta:
        icon = "image"
        template = "core/blocks/image.html"
        description = _("Een afbeelding met onderschrift")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Citaat"))
    attribution = blocks.CharBlock(label=_("Wie zei dit"), max_length=200, required=False)

    class Meta:
        icon = "openquote"
        template = "core/blocks/quote.html"
        description = _("Een citaat met de naam van wie het zei")


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=200)
    text = blocks.TextBlock(label=_("Tekst"), required=False)
    link_page = blocks.PageChooserBlock(label=_("Pagina"), required=False)
    link_url = blocks.URLBlock(label=_("Of een adres"), required=False)
    link_text = blocks.CharBlock(label=_("Knoptekst"), max_length=80)

    class Meta:
        icon = "pick"
        template = "core/blocks/call_to_action.html"
        description = _("Een opvallend blok met een knop naar een pagina of adres")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Titel"), max_length=200, required=False, help_text=_("Standaard de documentnaam")
    )

    class Meta:
        icon = "doc-full"
        template = "core/blocks/document_link.html"
        description = _("Een link om een document te downloaden")


class EmbedWithTitleBlock(blocks.StructBlock):
    embed = EmbedBlock(label=_("Adres van de video of het bericht"))
    title = blocks.CharBlock(
        label=_("Titel"),
        max_length=200,
        help_text=_("Schermlezers noemen deze titel bij de ingesloten inhoud."),
    )

    class Meta:
        icon = "media"
        template = "core/blocks/embed.html"
        description = _("Een video of ander ingesloten bericht")


def specific_pages_by_id(pages):
    """{pk: live specific page} for `pages` (base Page rows): one query per page type, none
    for the content types (Django keeps those in memory)."""
    by_type = {}
    for page in pages:
        by_type.setdefault(page.content_type_id, []).append(page.pk)
    found = {}
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        found.update({page.pk: page for page in model.objects.live().filter(pk__in=ids)})
    return found


class FeaturedPagesBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=200)
    intro = blocks.TextBlock(label=_("Inleiding"), required=False)
    pages = blocks.ListBlock(blocks.PageChooserBlock(), label=_("Pagina's"))

    def get_context(self, value, parent_context=None):
        """The chosen pages as their specific types (a card needs the summary), in the
        editor's order, unpublished ones left out. The home page fetches those of all its
        sections at once (`featured_by_id`); elsewhere this block fetches its own."""
        context = super().get_context(value, parent_context)
        chosen = [page for page in value["pages"] if page is not None]
        found = (parent_context or {}).get("featured_by_id")
        if found is None:
            found = specific_pages_by_id(chosen)
        context["featured_pages"] = [found[page.pk] for page in chosen if page.pk in found]
        return context

    class Meta:
        icon = "list-ul"
        template = "core/blocks/featured_pages.html"
        description = _("Een rij uitgelichte pagina's")


class StandardStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Tekst"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="core/blocks/paragraph.html",
    )
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    embed = EmbedWithTitleBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()


class HomeSectionsBlock(blocks.StreamBlock):
    featured_pages = FeaturedPagesBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Tekst"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="core/blocks/paragraph.html",
    )
    call_to_action = CallToActionBlock()
