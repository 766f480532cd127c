"""The search engine's part of the health check (`/gezond/`)."""

from django.conf import settings

from .models import SearchEntry


def search_engine_status():
    """{"engine": ...}; raises when the configured engine cannot answer."""
    if settings.ELASTICSEARCH_URL:
        from .engines.elastic import client

        health = client().options(request_timeout=2).cluster.health()
        if health["status"] == "red":
            raise RuntimeError("Elasticsearch cluster status is red")
        return {"engine": "elasticsearch", "cluster": health["status"]}
    # The database engine answers when its index table does.
    SearchEntry.objects.only("pk").first()
    return {"engine": "database"}
