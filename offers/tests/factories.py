from datetime import timedelta
from decimal import Decimal

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from core.models import Region, TargetGroup, Theme
from core.tests.factories import home_page_parent, shared_parent
from offers.models import (
    FundingIndexPage,
    FundingSchemePage,
    OfferPage,
    OfferSession,
    ProviderIndexPage,
    ProviderPage,
)


def dutch(model, slug):
    return model.objects.get(locale=Locale.objects.get(language_code="nl"), slug=slug)


class ProviderIndexPageFactory(wagtail_factories.PageFactory):
    parent = home_page_parent()
    title = "Aanbod"
    slug = "aanbod"
    intro = "Alle aanbieders en hun aanbod."

    class Meta:
        model = ProviderIndexPage


class ProviderPageFactory(wagtail_factories.PageFactory):
    parent = shared_parent(ProviderIndexPageFactory)
    title = factory.Sequence(lambda n: f"Aanbieder {n}")
    organisation_name = factory.LazyAttribute(lambda page: f"Stichting {page.title}")
    kind = ProviderPage.Kind.CIVIL_SOCIETY
    is_national = True

    class Meta:
        model = ProviderPage


class OfferPageFactory(wagtail_factories.PageFactory):
    """A free national guest lesson on the enriched school day for groups 5-6, by a provider
    of its own unless `parent` names one."""

    parent = factory.SubFactory(ProviderPageFactory)
    title = factory.Sequence(lambda n: f"Gastles {n}")
    offer_type = "guest_lesson"
    summary = "Leerlingen bouwen een eenvoudige robot en leren hoe sensoren werken."
    reach = "national"
    is_free = True

    class Meta:
        model = OfferPage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        kwargs.setdefault("themes", [dutch(Theme, "verrijkte-schooldag")])
        kwargs.setdefault("target_groups", [dutch(TargetGroup, "groep-5-6")])
        return super()._create(model_class, *args, **kwargs)


class FundingIndexPageFactory(wagtail_factories.PageFactory):
    parent = home_page_parent()
    title = "Regelingen"
    slug = "regelingen"

    class Meta:
        model = FundingIndexPage


class FundingSchemePageFactory(wagtail_factories.PageFactory):
    parent = shared_parent(FundingIndexPageFactory)
    title = factory.Sequence(lambda n: f"Regeling {n}")
    funder_name = "Fonds voor de school"
    funder_kind = "fund"
    summary = "Een bijdrage voor cultuuronderwijs."
    reach = "national"
    is_rolling = True

    class Meta:
        model = FundingSchemePage


def add_session(offer, start, hours=2, **fields):
    """A session of `offer`, saved directly (a published revision is not needed to list it)."""
    return OfferSession.objects.create(
        page=offer, start=start, end=start + timedelta(hours=hours), **fields
    )


def booking_request(school, offer, status="accepted", start=None, **fields):
    """A request of `school` for `offer` in `status`, written directly (no e-mails, no checks),
    for tests that need where a school stands with an offer: asked, planned or done."""
    from offers.bookings.models import BookingRequest

    start = start or timezone.now() + timedelta(days=14)
    values = {
        "provider": offer.get_parent().specific,
        "groups": "groep 5 en 6",
        "pupils": 24,
        "contact_name": "Juf Anna",
        "contact_email": "juf@school.example",
        "message": "Wij komen graag.",
        "status": status,
        "start": start,
        "end": start + timedelta(hours=2),
    }
    values.update(fields)
    return BookingRequest.objects.create(school=school, offer=offer, **values)


def region(slug):
    return Region.objects.get(slug=slug)


def aware(year, month, day, hour=10):
    return timezone.make_aware(timezone.datetime(year, month, day, hour))


PRICE = Decimal("12.50")


def form_data(form):
    """The POST data a Wagtail admin page form sends back unchanged (StreamFields emptied)."""
    data = {}
    for name, field in form.fields.items():
        if hasattr(field.widget, "block_def"):
            data[f"{name}-count"] = "0"
            continue
        value = form[name].value()
        if value is None:
            continue
        if isinstance(value, list | tuple):
            data[name] = [str(item) for item in value]
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        else:
            data[name] = value
    for formset in form.formsets.values():
        prefix = formset.prefix
        data[f"{prefix}-TOTAL_FORMS"] = str(len(formset.forms))
        data[f"{prefix}-INITIAL_FORMS"] = str(formset.initial_form_count())
        data[f"{prefix}-MIN_NUM_FORMS"] = "0"
        data[f"{prefix}-MAX_NUM_FORMS"] = "1000"
        for number, subform in enumerate(formset.forms):
            for name in subform.fields:
                value = subform[name].value()
                if value is not None:
                    data[f"{prefix}-{number}-{name}"] = value
    return data
