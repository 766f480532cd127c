"""Event pages: an index under the home page, and events with one or more sessions."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models.base import BasePage

# What the pages show beyond their fields (the list with its filters, an event's places and
# forms) is built in `listing`, which reads these models: it fills this in EventsConfig.ready,
# so the models never import it (no loop).
PAGE_CONTEXT = {}


class Kind(models.TextChoices):
    KICK_OFF = "kick-off", _("Kick-off")
    NETWORK = "netwerk", _("Regionale netwerkbijeenkomst")
    CHANGE_LAB = "veranderlab", _("Veranderlab")
    WORKING_GROUP = "werkgroep", _("Werkgroep")
    WEBINAR = "webinar", _("Webinar")
    CONFERENCE = "congres", _("Congres")


class EventIndexPage(BasePage):
    """The list of events (filterable by date, region, theme and kind)."""

    site_search = False
    intro = RichTextField(_("inleiding"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("overzicht van bijeenkomsten")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(PAGE_CONTEXT["index"](request, self))
        return context


class EventPage(BasePage):
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices, default=Kind.NETWORK)
    intro = models.TextField(_("korte beschrijving"), blank=True, max_length=500)
    programme = RichTextField(_("programma"), blank=True)
    speakers = models.TextField(
        _("sprekers"), blank=True, help_text=_("Eén spreker per regel, bijvoorbeeld naam – rol.")
    )
    audience = models.CharField(
        _("voor wie"), max_length=200, blank=True, help_text=_("Bijvoorbeeld: schoolleiders.")
    )
    themes = ParentalManyToManyField(
        "core.Theme", verbose_name=_("thema's"), related_name="events", blank=True
    )
    region = models.ForeignKey(
        "core.Region",
        verbose_name=_("regio"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("Leeg: landelijk."),
    )
    registration_deadline = models.DateTimeField(
        _("aanmelden kan tot"), null=True, blank=True, help_text=_("Leeg: tot het begin.")
    )
    network = models.ForeignKey(
        "networks.Network",
        verbose_name=_("alleen voor leden van netwerk"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_(
            "Gekozen: alleen leden van dit leernetwerk (en de organisatoren) zien de bijeenkomst "
            "en kunnen zich aanmelden."
        ),
    )
    requires_approval = models.BooleanField(
        _("aanmeldingen goedkeuren"),
        default=False,
        help_text=_(
            "Aan: een aanmelding telt pas als een organisator haar goedkeurt; "
            "de aanmelder krijgt bericht."
        ),
    )
    organisers = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("organisatoren"),
        related_name="organised_events",
        blank=True,
        help_text=_("Leden die de deelnemers zien, exporteren en aanmelden bij binnenkomst."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldPanel("intro"),
        InlinePanel("sessions", label=_("sessies"), min_num=1),
        FieldPanel("programme"),
        FieldPanel("speakers"),
        MultiFieldPanel(
            [FieldPanel("audience"), FieldPanel("themes"), FieldPanel("region")],
            heading=_("Voor wie en waar"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration_deadline"),
                FieldPanel("requires_approval"),
                FieldPanel("network"),
                FieldPanel("organisers"),
            ],
            heading=_("Aanmelden"),
        ),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("intro"),
        TranslatableField("programme"),
        TranslatableField("speakers"),
        TranslatableField("audience"),
        SynchronizedField("kind"),
        SynchronizedField("themes"),
        SynchronizedField("region"),
        SynchronizedField("registration_deadline"),
        SynchronizedField("requires_approval"),
        SynchronizedField("network"),
        SynchronizedField("organisers"),
    ]

    class Meta:
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")

    @property
    def speaker_lines(self):
        return [line.strip() for line in self.speakers.splitlines() if line.strip()]

    def registration_open(self, now=None):
        now = now or timezone.now()
        return self.registration_deadline is None or now < self.registration_deadline

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(PAGE_CONTEXT["event"](request, self))
        return context

    def serve(self, request, *args, **kwargs):
        # A network's own event: a visitor is not told it exists (404), a member of the site
        # who is not in the network is refused (403).
        PAGE_CONTEXT["check_visible"](request.user, self)
        return super().serve(request, *args, **kwargs)


class EventSession(Orderable):
    """One moment of an event: a place (with its municipality) or an online link."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="sessions")
    start = models.DateTimeField(_("begin"))
    end = models.DateTimeField(_("einde"))
    place = models.CharField(_("plaats"), max_length=200, blank=True)
    municipality = models.ForeignKey(
        "core.Region",
        verbose_name=_("gemeente"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"kind": "municipality"},
    )
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("Alleen zichtbaar voor wie is ingeschreven.")
    )
    capacity = models.PositiveIntegerField(_("plaatsen"), null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldRowPanel([FieldPanel("place"), FieldPanel("municipality")]),
        FieldRowPanel([FieldPanel("online_url"), FieldPanel("capacity")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("sessie")
        verbose_name_plural = _("sessies")

    def __str__(self):
        return f"{self.page.title}: {timezone.localtime(self.start):%Y-%m-%d %H:%M}"

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("Het einde ligt na het begin.")})
        if not self.place and not self.online_url:
            raise ValidationError({"place": _("Geef een plaats of een online link op.")})

    @property
    def is_online(self):
        return bool(self.online_url) and not self.place

    @property
    def is_past(self):
        return self.end < timezone.now()
