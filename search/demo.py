from .indexing import all_documents


def index_demo_content(context):
    """Last demo step: every demo page is in the search index, whatever the order of steps."""
    count = all_documents()
    context.log(f"Zoekindex: {count} items")
