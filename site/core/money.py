"""Amounts of money as visitors read them."""

from django.utils.formats import number_format


def euro(amount):
    """Two decimals in the active language's format: € 12,50 in Dutch, € 12.50 in English."""
    return f"€ {number_format(amount, 2)}"
