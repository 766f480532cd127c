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


# Words that Dutch place names write in lower case inside a name ("Alphen aan den Rijn",
# "Bergen op Zoom"), and the elided articles that stay lower case even first ("'s-Gravenhage").
_PARTICLES = {"aan", "op", "de", "den", "der", "het", "in", "bij", "en", "van", "ter", "ten", "te"}
_ELIDED = {"'s", "'t"}


def _capitalised(word):
    if word.startswith("ij"):  # IJ is one letter in Dutch: "IJmuiden", "IJsselstein"
        return "IJ" + word[2:]
    return word[:1].upper() + word[1:]


def place_name(value):
    """A place written in capitals (DUO: "'S-GRAVENHAGE", "CAPELLE AAN DEN IJSSEL") as a name
    ("'s-Gravenhage", "Capelle aan den IJssel"); str.title() made "'S-Gravenhage" of the first
    and "Aan Den Ijssel" of the second."""
    words = []
    for index, word in enumerate((value or "").lower().split()):
        parts = []
        for part in word.split("-"):
            if part in _ELIDED or (index > 0 and not parts and part in _PARTICLES):
                parts.append(part)
            else:
                parts.append(_capitalised(part))
        words.append("-".join(parts))
    return " ".join(words)
