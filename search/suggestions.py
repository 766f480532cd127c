"""What a search page offers when the words typed find little or nothing: "Bedoelde u …?"
from the index's vocabulary, the query with fewer words (with counts), the filters that are
set (each with a link that removes it) and the most used themes."""

import dataclasses

from . import terms

MAX_FEWER = 4  # links with one word left out, each counted: at most this many searches
POPULAR_THEMES = 6


def did_you_mean(query):
    """The text with each word the index does not know replaced by its best guess, or ""."""
    if not query.text:
        return ""
    plan = terms.plan(query.text, query.language)
    typed = " ".join(plan.typed)
    return plan.corrected if plan.corrected != typed else ""


def zero_result_help(params, response, count, popular):
    """The context of components/zero_results.html. `count(query)` gives a query's total;
    `popular()` the theme options of the whole index, most used first."""
    query = response.query
    words = terms.words(query.text)
    help = {"fewer": [], "filters": [], "themes": [], "did_you_mean": None}
    guess = did_you_mean(query)
    if guess:
        help["did_you_mean"] = _link(
            params, "q", guess, count(dataclasses.replace(query, text=guess))
        )
    if len(words) > 1:
        for left_out in words[:MAX_FEWER]:
            fewer = " ".join(word for word in words if word != left_out)
            total = count(dataclasses.replace(query, text=fewer))
            if total:
                help["fewer"].append({**_link(params, "q", fewer, total), "left_out": left_out})
    for group in response.facets:
        for option in group.options:
            for chosen in [option, *option.children]:
                if chosen.selected:
                    remaining = params.copy()
                    remaining.setlist(
                        group.param, [v for v in params.getlist(group.param) if v != chosen.value]
                    )
                    remaining.pop("pagina", None)
                    help["filters"].append(
                        {
                            "label": chosen.label,
                            "group": group.label,
                            "url": "?" + remaining.urlencode(),
                        }
                    )
    if not response.total and not help["did_you_mean"] and not help["fewer"]:
        help["themes"] = popular()[:POPULAR_THEMES]
    return help


def _link(params, name, value, total):
    changed = params.copy()
    changed[name] = value
    changed.pop("pagina", None)
    return {"text": value, "count": total, "url": "?" + changed.urlencode()}
