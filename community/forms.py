"""Forms of the community: sign-up (consent, sum question), profile, school, discussions."""

import secrets

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.conf import settings
from django.core import signing
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core.models import Region, TargetGroup, Theme
from schools.models import Profile, School

from .models import Discussion, Review

SUM_SALT = "community.signup-sum"
SUM_MAX_AGE = 60 * 60 * 2  # a sign-up form stays usable for two hours


def new_sum_token():
    return signing.dumps(
        {"a": secrets.randbelow(9) + 1, "b": secrets.randbelow(9) + 1, "n": secrets.token_hex(4)},
        salt=SUM_SALT,
    )


def read_sum_token(token):
    try:
        value = signing.loads(token or "", salt=SUM_SALT, max_age=SUM_MAX_AGE)
        return int(value["a"]), int(value["b"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None


class SignupForm(AllauthSignupForm):
    """allauth's sign-up with a display name, a sum question and consent to data processing.

    The honeypot field (`website`) is allauth's own (ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD).
    """

    display_name = forms.CharField(
        label=_("Uw naam"),
        max_length=100,
        help_text=_("Zo zien andere leden u. Uw e-mailadres blijft verborgen."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    sum_token = forms.CharField(widget=forms.HiddenInput)
    sum_answer = forms.IntegerField(
        label=_("Rekensom"),
        error_messages={
            "required": _("Vul de uitkomst van de som in."),
            "invalid": _("Vul de uitkomst van de som in als getal."),
        },
    )
    consent = forms.BooleanField(
        label=_("Ik geef toestemming om mijn gegevens te verwerken voor de Leercommunity"),
        help_text=_(
            "Wij bewaren uw naam, e-mailadres en profiel om uw account te beheren en u "
            "berichten te sturen waarom u vraagt. U kunt uw gegevens altijd downloaden of uw "
            "account verwijderen."
        ),
        error_messages={
            "required": _("Zonder uw toestemming kunnen wij geen account voor u aanmaken.")
        },
    )

    field_order = [
        "display_name",
        "email",
        "password1",
        "password2",
        "sum_answer",
        "consent",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        token = self.data.get(self.add_prefix("sum_token")) if self.is_bound else None
        numbers = read_sum_token(token)
        if numbers is None:
            token = new_sum_token()
            numbers = read_sum_token(token)
        self.sum_numbers = numbers
        self.fields["sum_token"].initial = token
        self.fields["sum_answer"].label = _("Hoeveel is %(a)s plus %(b)s?") % {
            "a": numbers[0],
            "b": numbers[1],
        }
        self.fields["sum_answer"].help_text = _("Zo weten wij dat u geen computerprogramma bent.")
        self.fields["consent"].widget.attrs["aria-describedby"] = "id_consent_helptext"
        self.privacy_version = settings.PRIVACY_TEXT_VERSION

    def clean_sum_answer(self):
        answer = self.cleaned_data["sum_answer"]
        numbers = read_sum_token(self.data.get(self.add_prefix("sum_token")))
        if numbers is None or answer != sum(numbers):
            raise forms.ValidationError(_("Dat is niet de goede uitkomst. Probeer het nog eens."))
        return answer

    def signup(self, request, user):
        """Called by allauth after the user is saved: create the profile with the consent."""
        Profile.objects.update_or_create(
            user=user,
            defaults={
                "display_name": self.cleaned_data["display_name"].strip(),
                "consent_at": timezone.now(),
                "privacy_version": settings.PRIVACY_TEXT_VERSION,
                # Mail in the language the member signed up in (changeable in the profile).
                "language": signup_language(),
            },
        )


def signup_language():
    codes = [code for code, _name in settings.LANGUAGES]
    language = (translation.get_language() or "").split("-")[0]
    return language if language in codes else settings.LANGUAGE_CODE


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = [
            "display_name",
            "role",
            "organisation",
            "region",
            "bio",
            "contribution",
            "themes",
            "avatar",
            "visibility",
            "language",
        ]
        widgets = {
            "visibility": forms.RadioSelect,
            "bio": forms.Textarea(attrs={"rows": 4}),
            "contribution": forms.Textarea(attrs={"rows": 4}),
            "themes": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].queryset = Theme.objects.for_current_language()
        self.fields["region"].queryset = Region.objects.order_by("kind", "name")
        if self.instance.school_id:
            self.fields["region"].disabled = True
            self.fields["region"].help_text = _(
                "Volgt de gemeente van uw school. Kies geen school om zelf een regio te kiezen."
            )


class SchoolChoiceForm(forms.Form):
    """The chosen school: one of the radio buttons listed by a search, or none."""

    school = forms.ModelChoiceField(
        label=_("School"), queryset=School.objects.all(), required=False, widget=forms.RadioSelect
    )


class DiscussionForm(forms.ModelForm):
    class Meta:
        model = Discussion
        fields = ["title", "theme", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 8})}
        help_texts = {
            "body": _("Gewone tekst; webadressen worden vanzelf links."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = Theme.objects.for_current_language()
        self.fields["theme"].empty_label = _("Kies een thema")

    def clean_title(self):
        """One line: line breaks and runs of spaces become one space (see Discussion.save)."""
        return " ".join(self.cleaned_data["title"].split())


class CommentEditForm(forms.Form):
    comment = forms.CharField(
        label=_("Uw reactie"),
        max_length=settings.COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
    )


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Ja, verwijder mijn account en mijn persoonsgegevens"),
        error_messages={"required": _("Vink aan dat u uw account wilt verwijderen.")},
    )


# Reviews of offers


RATING_CHOICES = [
    (5, _("5 sterren: uitstekend")),
    (4, _("4 sterren: goed")),
    (3, _("3 sterren: redelijk")),
    (2, _("2 sterren: matig")),
    (1, _("1 ster: slecht")),
]


class ReviewForm(forms.ModelForm):
    """A school's review: rating 1-5, optionally when and with which group, and the text."""

    rating = forms.TypedChoiceField(
        label=_("Uw waardering"),
        choices=RATING_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies een waardering van 1 tot 5 sterren.")},
    )
    group = forms.ModelChoiceField(
        label=_("Met welke groep?"),
        queryset=None,
        to_field_name="slug",
        required=False,
        empty_label=_("Niet opgegeven"),
    )

    class Meta:
        model = Review
        fields = ["rating", "ran_on", "group", "text"]
        widgets = {
            "ran_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "text": forms.Textarea(attrs={"rows": 6}),
        }
        labels = {"ran_on": _("Wanneer gebruikte uw school dit aanbod?")}
        help_texts = {"text": _("Gewone tekst. Wat ging goed, wat kon beter?")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].queryset = TargetGroup.objects.for_current_language()
        if self.instance.pk and self.instance.group_id:
            self.initial["group"] = self.instance.group.slug

    def clean_ran_on(self):
        ran_on = self.cleaned_data.get("ran_on")
        if ran_on and ran_on > timezone.localdate():
            raise forms.ValidationError(_("Deze datum ligt in de toekomst."))
        return ran_on

    def clean_group(self):
        """Store the target group in the default language (the slug is the same in each)."""
        group = self.cleaned_data.get("group")
        if group is None:
            return None
        default = TargetGroup.objects.filter(slug=group.slug, locale=Locale.get_default()).first()
        return default or group


class ProviderReplyForm(forms.Form):
    text = forms.CharField(
        label=_("Uw reactie als aanbieder"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Gewone tekst. U kunt één keer reageren; de reactie is openbaar."),
    )
