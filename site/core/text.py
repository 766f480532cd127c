"""Control characters: what a person never types on purpose, and XML cannot carry."""

import re

# C0 controls except tab, line feed and carriage return, DEL, and the C1 range. A NUL cannot be
# stored or compared in PostgreSQL text at all (DataError); the others come from pasting (Word
# writes a vertical tab for a manual line break) and make an XML document (a feed) invalid.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def has_control_characters(value):
    return bool(CONTROL.search(value or ""))


def without_control_characters(value):
    """The text with each control character as a space (a pasted line break stays a gap)."""
    return CONTROL.sub(" ", value or "")
