"""Forms of requests: the school's request, and each answer of either side."""

from datetime import datetime, time

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from offers.models import FundingSchemePage, NeedProfile

from .models import BookingRequest
from .models.requests import MESSAGE_MAX_LENGTH, REASON_MAX_LENGTH


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, **kwargs):
        super().__init__(format="%H:%M", **kwargs)


class SessionChoiceField(forms.ModelChoiceField):
    # Sessions with their places counted once for all of them (see RequestForm).
    counted = {}

    def label_from_instance(self, session):
        session = self.counted.get(session.pk, session)
        when = date_format(timezone.localtime(session.start), "l j F Y, H:i")
        if session.places_left is None:
            return when
        return f"{when} ({session.places_text})"


class RequestForm(forms.ModelForm):
    """What a school member fills in to ask for an offer."""

    school = forms.ModelChoiceField(label=_("Voor school"), queryset=None, empty_label=None)
    session = SessionChoiceField(
        label=_("Datum van de aanbieder"),
        queryset=None,
        required=False,
        widget=forms.RadioSelect,
        # blank: a radio list only offers the empty choice when told to; here it means
        # "I propose my own dates".
        blank=True,
        empty_label=_("Geen van deze: ik stel zelf data voor"),
    )

    # One request per filled-in form, however often it is sent (offers.bookings.limits).
    submit_token = forms.CharField(widget=forms.HiddenInput, required=False, max_length=64)

    class Meta:
        model = BookingRequest
        fields = [
            "school",
            "session",
            "date_option_1",
            "date_option_2",
            "date_option_3",
            "groups",
            "pupils",
            "contact_name",
            "contact_email",
            "contact_phone",
            "message",
            "funding_scheme",
            "need",
        ]
        widgets = {
            "date_option_1": DateInput(),
            "date_option_2": DateInput(),
            "date_option_3": DateInput(),
            "message": forms.Textarea(attrs={"rows": 5, "maxlength": MESSAGE_MAX_LENGTH}),
        }

    def __init__(self, *args, offer, schools, sessions, **kwargs):
        super().__init__(*args, **kwargs)
        self.offer = offer
        self.fields["school"].queryset = schools
        if len(schools) == 1:
            self.fields["school"].widget = forms.HiddenInput()
            self.fields["school"].initial = schools[0].pk
        self.sessions = sessions
        ids = [session.pk for session in sessions]
        self.fields["session"].queryset = offer.sessions.model.objects.filter(pk__in=ids)
        self.fields["session"].counted = {session.pk: session for session in sessions}
        if not sessions:
            del self.fields["session"]
        schemes = offer.funding_schemes.live().order_by("title")
        if not schemes.exists():
            schemes = FundingSchemePage.objects.live().filter(locale_id=offer.locale_id)
        self.fields["funding_scheme"].queryset = schemes.order_by("title")
        self.fields["funding_scheme"].empty_label = _("Geen regeling")
        self.fields["need"].queryset = NeedProfile.objects.filter(school__in=schools)
        self.fields["need"].empty_label = _("Geen hulpvraag")
        self.fields["need"].label = _("Bij hulpvraag")
        for name in ("date_option_1", "date_option_2", "date_option_3"):
            self.fields[name].help_text = ""

    def clean(self):
        data = super().clean()
        session = data.get("session")
        options = [data.get(name) for name in ("date_option_1", "date_option_2", "date_option_3")]
        options = [day for day in options if day]
        if session is None and not options:
            raise forms.ValidationError(
                _("Kies een datum van de aanbieder of stel ten minste één datum voor.")
            )
        need, school = data.get("need"), data.get("school")
        if need is not None and school is not None and need.school_id != school.pk:
            self.add_error("need", _("Deze hulpvraag hoort bij een andere school."))
        today = timezone.localdate()
        for name in ("date_option_1", "date_option_2", "date_option_3"):
            day = data.get(name)
            if day is not None and day <= today:
                self.add_error(name, _("Kies een datum na vandaag."))
        return data


def aware(day, moment):
    return timezone.make_aware(datetime.combine(day, moment))


class MomentForm(forms.Form):
    """A day with a start and end time (the provider's answer)."""

    date = forms.DateField(label=_("Datum"), widget=DateInput())
    start_time = forms.TimeField(label=_("Begintijd"), widget=TimeInput(), initial=time(9, 0))
    end_time = forms.TimeField(label=_("Eindtijd"), widget=TimeInput(), initial=time(10, 30))
    text = forms.CharField(
        label=_("Toelichting (optioneel)"),
        required=False,
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean(self):
        data = super().clean()
        if data.get("date") and data.get("start_time") and data.get("end_time"):
            data["start"] = aware(data["date"], data["start_time"])
            data["end"] = aware(data["date"], data["end_time"])
            if data["end"] <= data["start"]:
                self.add_error("end_time", _("De eindtijd ligt na de begintijd."))
        return data


class AcceptDateForm(MomentForm):
    """Accepting a request without a session: one of the school's dates at a chosen time."""

    date = forms.TypedChoiceField(label=_("Datum"), widget=forms.RadioSelect)

    def __init__(self, *args, booking, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["date"]
        field.choices = [
            (day.isoformat(), date_format(day, "l j F Y")) for day in booking.date_options
        ]
        field.coerce = lambda value: datetime.strptime(value, "%Y-%m-%d").date()
        if booking.date_options:
            field.initial = booking.date_options[0].isoformat()


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reden"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": REASON_MAX_LENGTH}),
    )


class MessageForm(forms.Form):
    text = forms.CharField(
        label=_("Bericht"),
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": MESSAGE_MAX_LENGTH}),
    )


class ConfirmForm(forms.Form):
    held = forms.TypedChoiceField(
        label=_("Heeft de activiteit plaatsgevonden?"),
        choices=[("yes", _("Ja")), ("no", _("Nee"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )
    text = forms.CharField(
        label=_("Toelichting (optioneel)"),
        required=False,
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
