"""Search entries built directly, so engine tests do not depend on page models."""

from datetime import timedelta

from django.utils import timezone

from core.models import Region
from search.sources import SearchDocument, region_facets, write_document


def make_entry(
    key, title, *, body="", language="nl", kind="offer", facets=(), regions=(), **signals
):
    region_objects = [Region.objects.get(code=code) for code in regions]
    document = SearchDocument(
        language=language,
        kind=kind,
        title=title,
        url=f"/{key.replace(':', '-')}/",
        summary=signals.pop("summary", ""),
        body=body,
        published_at=signals.pop("published_at", timezone.now() - timedelta(days=1)),
        facets=[*facets, *region_facets(region_objects)],
        reach_rank=signals.pop("reach_rank", 0 if regions else 2),
        **signals,
    )
    write_document(key, document)
    return key
