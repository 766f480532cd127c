from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Application, SchemeProcedure


class ApplicationForm(forms.ModelForm):
    procedure = forms.ModelChoiceField(
        label=_("Regeling"), queryset=SchemeProcedure.objects.none(), empty_label=None
    )

    class Meta:
        model = Application
        fields = [
            "procedure",
            "activity",
            "own_costs",
            "own_costs_note",
            "amount_asked",
            "co_financing",
            "pupils",
            "motivation",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["procedure"].queryset = SchemeProcedure.objects.filter(
            intake=SchemeProcedure.Intake.ON_SITE
        ).select_related("scheme", "funder")


class MoveForm(forms.Form):
    """The note, reason or report a move carries; the amount only when granting."""

    text = forms.CharField(label=_("Toelichting"), widget=forms.Textarea, required=False)
    amount = forms.DecimalField(
        label=_("Toegekend bedrag (euro)"), max_digits=12, decimal_places=2, required=False
    )


class ScoreForm(forms.Form):
    score = forms.IntegerField(label=_("Score (0–5)"), min_value=0, max_value=5)
    comment = forms.CharField(label=_("Toelichting"), widget=forms.Textarea, required=False)
