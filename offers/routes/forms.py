"""Forms of the route pages. A visit draft is saved with whatever was typed (`VisitForm` is
only validated when the visit is recorded)."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core.models import Theme
from offers.bookings.models import BookingRequest
from offers.localization import default_locale_terms, in_active_locale
from offers.models import OfferPage

from .models import Agreement, IntakeNeed, SystemQuestion, Visit
from .models.programmes import PhaseKey

FOLLOW_UP_ROWS = 3


class VisitForm(forms.ModelForm):
    class Meta:
        model = Visit
        fields = [
            "date",
            "mode",
            "attendees",
            "notes",
            "reflection_direction",
            "reflection_people",
            "reflection_organisation",
        ]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}),
            "mode": forms.RadioSelect,
            "notes": forms.Textarea(attrs={"rows": 5}),
            "reflection_direction": forms.Textarea(attrs={"rows": 3}),
            "reflection_people": forms.Textarea(attrs={"rows": 3}),
            "reflection_organisation": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, owners=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["mode"].choices = Visit.Mode.choices
        owner_choices = [("", _("De coördinator"))] + [(str(u.pk), name) for u, name in owners]
        for row in range(1, FOLLOW_UP_ROWS + 1):
            self.fields[f"follow_title_{row}"] = forms.CharField(
                label=_("Vervolgactie %(n)s") % {"n": row}, max_length=200, required=False
            )
            self.fields[f"follow_owner_{row}"] = forms.ChoiceField(
                label=_("Wie"), choices=owner_choices, required=False
            )
            self.fields[f"follow_due_{row}"] = forms.DateField(
                label=_("Wanneer"),
                required=False,
                widget=forms.DateInput(attrs={"type": "date"}),
            )
        if self.instance.pk and not self.is_bound:
            for row, item in enumerate(self.instance.follow_ups_draft[:FOLLOW_UP_ROWS], start=1):
                self.initial[f"follow_title_{row}"] = item.get("title", "")
                self.initial[f"follow_owner_{row}"] = item.get("owner", "")
                self.initial[f"follow_due_{row}"] = item.get("due", "")

    def clean(self):
        data = super().clean()
        if not data.get("date"):
            self.add_error("date", _("Vul de datum van het bezoek in."))
        if not data.get("mode"):
            self.add_error("mode", _("Kies hoe het bezoek ging."))
        for row in range(1, FOLLOW_UP_ROWS + 1):
            if data.get(f"follow_title_{row}") and not data.get(f"follow_due_{row}"):
                self.add_error(f"follow_due_{row}", _("Geef een datum voor deze vervolgactie."))
        return data

    def follow_ups(self):
        data = self.cleaned_data
        return [
            {
                "title": data[f"follow_title_{row}"],
                "owner": data.get(f"follow_owner_{row}") or "",
                "due": data[f"follow_due_{row}"],
            }
            for row in range(1, FOLLOW_UP_ROWS + 1)
            if data.get(f"follow_title_{row}") and data.get(f"follow_due_{row}")
        ]


def draft_values(post):
    """What a draft keeps: every text as typed, and a date only when it is a valid date."""
    form = VisitForm(post)
    form.is_valid()  # only to read the dates that parse; errors do not stop a draft
    values = {
        name: (post.get(name) or "")[:10000]
        for name in (
            "attendees",
            "notes",
            "reflection_direction",
            "reflection_people",
            "reflection_organisation",
        )
    }
    values["attendees"] = values["attendees"][:500]
    values["date"] = form.cleaned_data.get("date")
    mode = post.get("mode") or ""
    values["mode"] = mode if mode in Visit.Mode.values else ""
    follow_ups = []
    for row in range(1, FOLLOW_UP_ROWS + 1):
        title = (post.get(f"follow_title_{row}") or "")[:200]
        due = form.cleaned_data.get(f"follow_due_{row}")
        if title or due:
            follow_ups.append(
                {
                    "title": title,
                    "owner": (post.get(f"follow_owner_{row}") or "")[:12],
                    "due": due.isoformat() if due else "",
                }
            )
    values["follow_ups_draft"] = follow_ups
    return values


class IntakeNeedForm(forms.ModelForm):
    class Meta:
        model = IntakeNeed
        fields = ["title", "theme", "description"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = Theme.objects.filter(**default_locale_terms())


class QuestionForm(forms.ModelForm):
    class Meta:
        model = SystemQuestion
        fields = ["title", "theme", "level", "example"]
        widgets = {"example": forms.Textarea(attrs={"rows": 5})}
        help_texts = {
            "example": _("Beschrijf wat er gebeurde, zonder namen van leerlingen of collega's.")
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = Theme.objects.filter(**default_locale_terms())


class EndorseForm(forms.Form):
    example = forms.CharField(
        label=_("Uw eigen voorbeeld (optioneel)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class MergeForm(forms.Form):
    target = forms.ModelChoiceField(
        label=_("Samenvoegen met"), queryset=SystemQuestion.objects.filter(merged_into=None)
    )


class AnswerForm(forms.Form):
    answer = forms.CharField(label=_("Antwoord"), widget=forms.Textarea(attrs={"rows": 4}))


class StartRouteForm(forms.Form):
    """A programme lead starts a school's route (`services.start_route`)."""

    school = forms.CharField(
        label=_("Vestigingscode van de school"),
        max_length=6,
        help_text=_("Zes tekens, zoals in de lijst van DUO (bijvoorbeeld 04JS00)."),
    )
    coordinator = forms.EmailField(label=_("E-mailadres van de coördinator"))
    start = forms.DateField(label=_("Start"), widget=forms.DateInput(attrs={"type": "date"}))

    def clean_school(self):
        from django.apps import apps

        # Schools are named by string: routes import nothing of the app that holds them.
        school = (
            apps.get_model("schools", "School")
            .objects.filter(vestiging=self.cleaned_data["school"].strip().upper())
            .first()
        )
        if school is None:
            raise forms.ValidationError(_("Geen school met deze vestigingscode."))
        return school

    def clean_coordinator(self):
        from django.contrib.auth import get_user_model

        user = (
            get_user_model()
            .objects.filter(email__iexact=self.cleaned_data["coordinator"], is_active=True)
            .first()
        )
        if user is None:
            raise forms.ValidationError(_("Geen lid met dit e-mailadres."))
        return user


class AgreementForm(forms.ModelForm):
    """An agreement with a partner; the offer and request lists are the catalogue in the
    visitor's language and this school's own requests."""

    class Meta:
        model = Agreement
        fields = ["partner", "task", "until", "offer", "request"]
        widgets = {
            "task": forms.Textarea(attrs={"rows": 3}),
            "until": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, route, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.route = route
        self.fields["offer"].queryset = in_active_locale(OfferPage.objects.live()).order_by("title")
        self.fields["request"].queryset = (
            BookingRequest.objects.filter(school=route.school)
            .select_related("offer")
            .order_by("-created")
        )
        self.fields["request"].label_from_instance = lambda item: (
            f"{item.offer.title} · {item.get_status_display()} · {item.created:%d-%m-%Y}"
        )
        self.fields["task"].help_text = _("Wie doet wat, zo concreet als het kan.")


class PhaseDocumentForm(forms.Form):
    """A document for a phase of the route; the site's document extensions and size limit."""

    phase = forms.ChoiceField(label=_("Fase"), choices=PhaseKey.choices)
    title = forms.CharField(label=_("Titel"), max_length=255)
    file = forms.FileField(
        label=_("Bestand"),
        help_text=_("Alleen de mensen van deze route kunnen het openen."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
        allowed = settings.WAGTAILDOCS_EXTENSIONS
        if extension not in allowed:
            raise forms.ValidationError(
                _("Dit soort bestand kan niet; wel: %(types)s.") % {"types": ", ".join(allowed)}
            )
        if upload.size > settings.WAGTAILDOCS_MAX_UPLOAD_SIZE:
            raise forms.ValidationError(
                _("Het bestand is te groot (hoogstens %(mb)s MB).")
                % {"mb": settings.WAGTAILDOCS_MAX_UPLOAD_SIZE // (1024 * 1024)}
            )
        return upload
