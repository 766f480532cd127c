"""Site settings editors change in the Wagtail admin: footer, contact and social links."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField


class LinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Tekst (Nederlands)"), max_length=80)
    label_en = blocks.CharBlock(label=_("Tekst (Engels)"), max_length=80, required=False)
    page = blocks.PageChooserBlock(label=_("Pagina"), required=False)
    url = blocks.URLBlock(label=_("Of een adres"), required=False)

    class Meta:
        icon = "link"


class SocialLinkBlock(blocks.StructBlock):
    network = blocks.CharBlock(label=_("Netwerk"), max_length=40, help_text=_("Bijv. LinkedIn"))
    url = blocks.URLBlock(label=_("Adres"))

    class Meta:
        icon = "site"


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    footer_text = models.TextField(_("voettekst (Nederlands)"), blank=True)
    footer_text_en = models.TextField(_("voettekst (Engels)"), blank=True)
    footer_links = StreamField(
        [("link", LinkBlock())], verbose_name=_("links in de voettekst"), blank=True
    )
    contact_email = models.EmailField(_("e-mailadres voor contact"), blank=True)
    contact_address = models.TextField(_("postadres"), blank=True)
    social_links = StreamField(
        [("social", SocialLinkBlock())], verbose_name=_("sociale media"), blank=True
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacyverklaring"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Waar de toestemming bij het aanmaken van een account naar verwijst."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("footer_text"), FieldPanel("footer_text_en"), FieldPanel("footer_links")],
            heading=_("Voettekst"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_address")], heading=_("Contact")
        ),
        FieldPanel("social_links"),
        FieldPanel("privacy_page"),
    ]

    class Meta:
        verbose_name = _("site-instellingen")

    def localized_footer_text(self):
        if get_language() == "en" and self.footer_text_en:
            return self.footer_text_en
        return self.footer_text
