"""The pages the benchmarks request, found in the database (demo content)."""


def typical_urls():
    """{name: URL} of the home page, a catalogue with facets, search, an offer, a best
    practice, the listings, the calendar and a discussion, all in Dutch."""
    from bestpractices.models import BestPracticePage
    from community.models import Discussion
    from offers.models import OfferPage

    def first_url(model):
        page = model.objects.live().filter(locale__language_code="nl").order_by("pk").first()
        return page.get_url() if page else None

    def index_of(page_url):
        return page_url.rstrip("/").rsplit("/", 1)[0] + "/" if page_url else None

    offer = first_url(OfferPage)
    practice = first_url(BestPracticePage)
    discussion = Discussion.objects.order_by("pk").first()
    urls = {
        "home": "/",
        "offer": offer,
        "best practice": practice,
        "catalogue": "/aanbod/",
        "catalogue with facets": "/aanbod/?thema=verrijkte-schooldag&doelgroep=groep-5-6",
        "best practices": index_of(practice),
        "calendar": "/kalender/",
        "search": "/zoeken/?q=techniek",
        "discussions": "/discussies/",
        "discussion": discussion.get_absolute_url() if discussion else None,
    }
    return {name: url for name, url in urls.items() if url}
