"""Whole numbers from request parameters, read in one place.

`str.isdigit()` is true for superscript and other digit-like characters that `int()` refuses
('²'), and `int()` also refuses strings of more than 4300 digits: checking with `isdigit()`
and then converting gave 500s on every listing, the calendar feed, both APIs and several
forms. Only ASCII digits count here, and a number too long for any field is no number.
"""

import re

ASCII_NUMBER = re.compile(r"[0-9]{1,18}")


def parse_int(value, default=None, minimum=None, maximum=None):
    """`value` as an int when it is a plain number of ASCII digits (surrounding spaces
    allowed) within [minimum, maximum]; `default` otherwise."""
    text = str(value if value is not None else "").strip()
    if not ASCII_NUMBER.fullmatch(text):
        return default
    number = int(text)
    if minimum is not None and number < minimum:
        return default
    if maximum is not None and number > maximum:
        return default
    return number
