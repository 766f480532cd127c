"""Views of a school's needs, matches, shortlist, alerts and plan feed, one module per concern."""
