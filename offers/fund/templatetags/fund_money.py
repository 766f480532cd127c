from django import template

from core.money import euro as euro_text

register = template.Library()


@register.filter
def euro(amount):
    """€ 1.000,00 in Dutch, € 1,000.00 in English (core.money)."""
    return "" if amount is None else euro_text(amount)
