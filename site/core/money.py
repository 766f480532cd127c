"""Amounts of money as visitors read them."""

from django.utils.formats import number_format


def euro(amount):
    """"€ 12,50" in Dutch, "€ 12.50" in English: two decimals in the active language's format."""
    return f"€ {number_format(amount, 2)}"
