"""Choosing the engine: Elasticsearch when configured and answering, else the database."""

import logging

from django.conf import settings
from django.utils.translation import gettext as _
from elasticsearch import ApiError, TransportError

from .database import DatabaseEngine

logger = logging.getLogger(__name__)


def run_search(query):
    """Search with the configured engine; fall back to the database when the cluster fails."""
    if settings.ELASTICSEARCH_URL:
        from .elastic import ElasticsearchEngine

        try:
            return ElasticsearchEngine().search(query)
        except (TransportError, ApiError) as error:
            logger.warning("Elasticsearch unavailable, using the database engine: %s", error)
            response = DatabaseEngine().search(query)
            response.note = _(
                "De zoekmachine is even niet bereikbaar; deze resultaten komen uit de "
                "eenvoudige zoekfunctie en kunnen iets anders geordend zijn."
            )
            return response
    return DatabaseEngine().search(query)
