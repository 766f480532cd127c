"""One page of every page type of the built demo, for the checks that walk them all (the W3C
validator, the phone width). Core imports no content app: the types are named by label."""

from django.apps import apps
from django.contrib.auth import get_user_model

SCHOOL_MEMBER = "school@leercommunity.example"
PROVIDER_MEMBER = "aanbieder@leercommunity.example"

# Fixed paths in both languages, and pages of these types (the first live one of each).
PUBLIC_PATHS = [
    "/",
    "/en/",
    "/aanbod/",
    "/zoeken/?q=museum",
    "/en/search/?q=museum",
    "/kalender/",
    "/discussies/",
    "/en/discussions/",
    "/account/login/",
    "/account/signup/",
]
PAGE_TYPES = [
    "offers.OfferPage",
    "offers.ProviderPage",
    "offers.ProviderIndexPage",
    "offers.FundingSchemePage",
    "offers.FundingIndexPage",
    "bestpractices.BestPracticePage",
    "bestpractices.BestPracticeIndexPage",
    "bestpractices.OntwikkelplekPage",
    "bestpractices.OntwikkelplekIndexPage",
    "bestpractices.StoryUpdatePage",
    "core.StandardPage",
]
SCHOOL_PATHS = [
    "/mijn-school/",
    "/en/my-school/",
    "/mijn-school/hulpvragen/",
    "/mijn-school/hulpvragen/nieuw/",
    "/en/my-school/needs/new/",
    "/mijn-profiel/",
]
PROVIDER_PATHS = ["/mijn-aanbod/", "/en/my-offers/"]


def page_paths(languages=("nl", "en")):
    paths = []
    for label in PAGE_TYPES:
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        for language in languages:
            page = model.objects.live().filter(locale__language_code=language).first()
            if page is not None:
                paths.append(page.url)
    Discussion = apps.get_model("community.Discussion")
    discussion = Discussion.objects.order_by("pk").first()
    if discussion is not None:
        paths.append(discussion.get_absolute_url())
    return paths


def visitor_paths():
    return PUBLIC_PATHS + page_paths()


def member(email):
    return get_user_model().objects.get(email=email)
