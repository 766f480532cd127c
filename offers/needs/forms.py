"""Forms for need profiles and the shortlist (server-side validation, Dutch messages)."""

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from core.models import CurriculumGoal, LearningArea, TargetGroup, Theme
from core.models.taxonomy import localized_terms
from offers.calendar import SchoolYear
from offers.models import FundingSchemePage, NeedProfile, ShortlistItem


def dutch_rows(model):
    return model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


def in_reader_language(term):
    """The choices are the Dutch rows (what a need stores); an English reader reads each
    term's English row (they saw Dutch themes on /en/my-school/needs/new/)."""
    return localized_terms([term])[0]


def term_label(term):
    return in_reader_language(term).name


class GoalChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.number}. {in_reader_language(obj).label}"


def mark_required(form):
    """Say in the label of every field one must fill in that it is required: in words, so
    that screen readers read it too (the class lets the stylesheet set it apart)."""
    form.required_css_class = "required"
    for field in form.fields.values():
        if field.required and not field.widget.is_hidden:
            field.label = format_lazy("{} ({})", field.label, _("verplicht"))


class NeedProfileForm(forms.ModelForm):
    school = forms.ModelChoiceField(
        queryset=None,
        label=_("School"),
        empty_label=None,
        error_messages={
            "required": _("Kies de school."),
            "invalid_choice": _("Kies een van uw scholen."),
        },
    )
    curriculum_goals = GoalChoiceField(
        queryset=None,
        required=False,
        label=_("Kerndoelen om te versterken"),
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = NeedProfile
        fields = [
            "school",
            "title",
            "themes",
            "target_groups",
            "learning_areas",
            "curriculum_goals",
            "period_start",
            "period_end",
            "school_time",
            "pupils",
            "budget",
            "only_free_or_funded",
            "funding_schemes",
            "description",
        ]
        widgets = {
            "themes": forms.CheckboxSelectMultiple,
            "target_groups": forms.CheckboxSelectMultiple,
            "learning_areas": forms.CheckboxSelectMultiple,
            "funding_schemes": forms.CheckboxSelectMultiple,
            "school_time": forms.RadioSelect,
            "period_start": DateInput(),
            "period_end": DateInput(),
        }
        error_messages = {
            "title": {
                "required": _("Geef de hulpvraag een titel."),
                "max_length": _("De titel is te lang (hoogstens %(limit_value)d tekens)."),
            },
            "themes": {"required": _("Kies ten minste één thema.")},
            "target_groups": {"required": _("Kies ten minste één doelgroep.")},
            "period_start": {"invalid": _("Vul een geldige datum in.")},
            "period_end": {"invalid": _("Vul een geldige datum in.")},
            "pupils": {
                "invalid": _("Vul een aantal leerlingen in, bijvoorbeeld 27."),
                "min_value": _("Vul ten minste 1 leerling in."),
                "max_value": _("Dat zijn te veel leerlingen voor één aanvraag."),
            },
            "budget": {
                "invalid": _("Vul een bedrag in, bijvoorbeeld 250 of 250,50."),
                "min_value": _("Het budget kan niet negatief zijn."),
                "max_digits": _("Dat bedrag is te hoog."),
                "max_decimal_places": _("Gebruik hoogstens twee cijfers achter de komma."),
            },
            "description": {
                "max_length": _("De toelichting is te lang (hoogstens %(limit_value)d tekens).")
            },
        }

    def __init__(self, *args, schools, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["school"].queryset = schools
        self.single_school = schools.first() if schools.count() == 1 else None
        if self.single_school is not None:
            # One school: nothing to choose; the field stays out of the form.
            self.fields["school"].required = False
            self.fields["school"].widget = forms.HiddenInput()
            self.fields["school"].initial = self.single_school.pk
        self.fields["themes"].queryset = dutch_rows(Theme)
        self.fields["target_groups"].queryset = dutch_rows(TargetGroup)
        self.fields["learning_areas"].queryset = dutch_rows(LearningArea)
        self.fields["curriculum_goals"].queryset = dutch_rows(CurriculumGoal).order_by("number")
        self.fields["funding_schemes"].queryset = (
            FundingSchemePage.objects.live()
            .filter(locale__language_code=settings.LANGUAGE_CODE)
            .order_by("title")
        )
        self.fields["funding_schemes"].help_text = _(
            "Aanbod dat uit een van deze regelingen te betalen is, telt ook mee als het boven "
            "uw budget ligt."
        )
        self.fields["school_time"].choices = [
            choice for choice in self.fields["school_time"].choices if choice[0]
        ]
        for name in ("themes", "target_groups", "learning_areas"):
            self.fields[name].label_from_instance = term_label
        for name in ("themes", "target_groups", "learning_areas", "funding_schemes"):
            self.fields[name].error_messages["invalid_choice"] = _(
                "Kies alleen uit de genoemde mogelijkheden."
            )
        self.fields["curriculum_goals"].error_messages["invalid_choice"] = _(
            "Kies alleen uit de genoemde kerndoelen."
        )
        mark_required(self)
        if not self.instance.pk:
            year = SchoolYear.containing(timezone.localdate())
            self.fields["period_start"].initial = year.first_day
            self.fields["period_end"].initial = year.last_day

    def clean_school(self):
        return self.cleaned_data.get("school") or self.single_school

    def clean(self):
        data = super().clean()
        start, end = data.get("period_start"), data.get("period_end")
        if start and end:
            if end < start:
                self.add_error("period_end", _("Het einde van de periode ligt na het begin."))
            elif SchoolYear.containing(start) != SchoolYear.containing(end):
                self.add_error(
                    "period_end",
                    _("Kies een periode binnen één schooljaar (1 augustus tot en met 31 juli)."),
                )
        if data.get("only_free_or_funded") and data.get("budget") is not None:
            self.add_error(
                "budget",
                _(
                    "Vul een budget in of kies 'alleen gratis of te betalen uit een regeling', "
                    "niet allebei."
                ),
            )
        return data


class ShortlistItemForm(forms.ModelForm):
    """The note on a saved offer; asking for it, planning and running it go through a request."""

    class Meta:
        model = ShortlistItem
        fields = ["note"]
        error_messages = {
            "note": {"max_length": _("De notitie is te lang (hoogstens %(limit_value)d tekens).")},
        }
