"""Amounts of money as visitors read them."""

from django.utils.formats import number_format


def euro(amount):
    """Two decimals and thousands grouped in the active language's format: € 20.000,00 in
    Dutch, € 20,000.00 in English (the site does not group numbers by default)."""
    return f"€ {number_format(amount, 2, force_grouping=True)}"
