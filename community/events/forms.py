from django import forms
from django.utils.translation import gettext_lazy as _


class GuestForm(forms.Form):
    """A guest without an account: a name and an address, confirmed by e-mail before it counts."""

    name = forms.CharField(label=_("Naam"), max_length=100)
    email = forms.EmailField(label=_("E-mailadres"), max_length=254)

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("Vul uw naam in."))
        return name


class ReportForm(forms.Form):
    text = forms.CharField(
        label=_("Kort verslag"),
        max_length=5000,
        widget=forms.Textarea({"rows": 8}),
        help_text=_("Wat is er besproken, wat nemen de deelnemers mee? Hoogstens 5000 tekens."),
        error_messages={"required": _("Schrijf een kort verslag.")},
    )

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError(_("Schrijf een kort verslag."))
        return text
