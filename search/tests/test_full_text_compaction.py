"""A rebuild on PostgreSQL leaves Wagtail's full-text table rewritten, without the dead rows
its writes leave (each entry is written, then its title norm updated): a common word would
otherwise read three times the pages it needs (search.indexing.compact_full_text).

VACUUM cannot run inside a transaction, so this test commits for real."""

import io

import pytest
from django.core.management import call_command
from django.db import connection

from offers.tests.factories import OfferPageFactory

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="PostgreSQL's full-text table is rewritten"
    ),
]


def table_file():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relfilenode FROM pg_class WHERE relname = 'wagtailsearch_indexentry'"
        )
        return cursor.fetchone()[0]


def test_a_rebuild_rewrites_the_full_text_table_and_search_still_finds(client, catalogue):
    for n in range(5):
        OfferPageFactory(
            parent=catalogue["provider"], title=f"Schooltuin {n}"
        ).save_revision().publish()
    before = table_file()
    output = io.StringIO()
    call_command("search_index", "rebuild", stdout=output)
    assert "VACUUM FULL" in output.getvalue()
    # A rewritten table is a new file: none of the rows the rebuild's writes left behind.
    assert table_file() != before
    page = client.get("/zoeken/", {"q": "schooltuin"}).content.decode()
    assert "Schooltuin 3" in page
