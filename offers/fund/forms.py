from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Application, SchemeProcedure, Vote


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
    # Text: the move reads it ("1200,50" or "1200.50") and says what is wrong with it.
    amount = forms.CharField(label=_("Toegekend bedrag (euro)"), max_length=20, required=False)


class ScoreForm(forms.Form):
    score = forms.IntegerField(label=_("Score (0–5)"), min_value=0, max_value=5)
    comment = forms.CharField(label=_("Toelichting"), widget=forms.Textarea, required=False)


MAX_ATTACHMENT = 10 * 1024 * 1024
# Extension → the first bytes such a file starts with (office documents: zip or the old OLE).
ZIP, OLE = b"PK\x03\x04", b"\xd0\xcf\x11\xe0"
ALLOWED = {
    "pdf": (b"%PDF",),
    "png": (b"\x89PNG",),
    "jpg": (b"\xff\xd8\xff",),
    "jpeg": (b"\xff\xd8\xff",),
    "docx": (ZIP,),
    "xlsx": (ZIP,),
    "pptx": (ZIP,),
    "odt": (ZIP,),
    "ods": (ZIP,),
    "odp": (ZIP,),
    "doc": (OLE,),
    "xls": (OLE,),
    "ppt": (OLE,),
}


class AttachmentForm(forms.Form):
    file = forms.FileField(
        label=_("Bijlage (pdf, afbeelding of kantoordocument, ten hoogste 10 MB)"),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
        if extension not in ALLOWED:
            raise forms.ValidationError(
                _("Kies een pdf, een afbeelding (png, jpg) of een kantoordocument.")
            )
        if upload.size > MAX_ATTACHMENT:
            raise forms.ValidationError(_("Het bestand is groter dan 10 MB."))
        head = upload.read(8)
        upload.seek(0)
        if not any(head.startswith(magic) for magic in ALLOWED[extension]):
            raise forms.ValidationError(
                _("Het bestand is geen echt %(type)s-bestand.") % {"type": extension}
            )
        return upload


class MeetingForm(forms.Form):
    date = forms.DateField(
        label=_("Datum van de vergadering"), widget=forms.DateInput(attrs={"type": "date"})
    )
    applications = forms.ModelMultipleChoiceField(
        label=_("Aanvragen voor de commissie"),
        queryset=Application.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, eligible=None, **kwargs):
        super().__init__(*args, **kwargs)
        if eligible is not None:
            self.fields["applications"].queryset = eligible
        self.fields["applications"].label_from_instance = lambda application: (
            f"{application.request.offer.title} · {application.request.school.name} "
            f"({application.procedure.scheme.title})"
        )


class VoteForm(forms.Form):
    choice = forms.ChoiceField(
        label=_("Uw stem"), choices=Vote.Choice.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Toelichting"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )
