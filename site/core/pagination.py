"""Page links for the one pagination component (templates/components/pagination.html)."""

from django.core.paginator import Paginator

PAGE_PARAM = "pagina"


def page_links(params, current, num_pages, param=PAGE_PARAM):
    """Numbers around the current page as links that keep every other GET parameter; None
    marks an elided stretch. Empty when there is one page."""
    if num_pages <= 1:
        return []
    params = params.copy()
    links = []
    for number in Paginator(range(num_pages), 1).get_elided_page_range(
        current, on_each_side=2, on_ends=1
    ):
        if isinstance(number, int):
            params[param] = number
            links.append(
                {"number": number, "url": "?" + params.urlencode(), "current": number == current}
            )
        else:
            links.append({"number": None})
    return links
