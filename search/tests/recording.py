"""A stand-in for the Elasticsearch client that records each request and answers with the
documented response shapes; used where the exact request body is what a test checks."""

CLOSED_PORT = "http://127.0.0.1:9"  # nothing listens there: a cluster that is down


class RecordingClient:
    """Records what would be sent and answers like Elasticsearch's documented responses.
    It stands in for the network only; it is not a cluster."""

    def __init__(self, search_response=None):
        self.calls = []
        self.search_response = search_response
        self.indices = self

    def bulk(self, operations, refresh=False):
        self.calls.append(("bulk", operations))
        return {"took": 3, "errors": False, "items": [{"index": {"status": 201}}]}

    def search(self, index, body):
        self.calls.append(("search", index, body))
        return self.search_response

    def create(self, index, **kwargs):
        self.calls.append(("create", index, kwargs))
        return {"acknowledged": True}

    def get_alias(self, name):
        from elasticsearch import NotFoundError

        raise NotFoundError("alias missing", meta=None, body={})

    def refresh(self, index):
        self.calls.append(("refresh", index))

    def update_aliases(self, actions):
        self.calls.append(("update_aliases", actions))

    # elasticsearch.dsl asks whether an index exists before creating it.
    def exists(self, index):
        return False

    def options(self, **kwargs):
        return self
