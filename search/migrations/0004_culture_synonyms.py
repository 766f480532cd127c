"""Words teachers use for the cultural offers: "kunst", "museum", "theater" and "muziek" find
what carries the learning area Cultuur (Culture in English) and its kerndoelen (Kunstzinnige
oriëntatie). Editors keep them under Snippets > Synoniemen like the others."""

from django.db import migrations

CULTURE_SYNONYMS = [
    ("kunst", "cultuur, kunstzinnige oriëntatie, cultuureducatie", "nl"),
    ("museum", "cultuur, cultureel erfgoed", "nl"),
    ("theater", "cultuur, toneel, drama", "nl"),
    ("muziek", "cultuur, kunstzinnige oriëntatie", "nl"),
    ("art", "culture, arts", "en"),
    ("museum", "culture, cultural heritage", "en"),
    ("theatre", "culture, theater, drama", "en"),
    ("music", "culture", "en"),
]


def add_synonyms(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for term, alternatives, language in CULTURE_SYNONYMS:
        Synonym.objects.get_or_create(
            term=term, language=language, defaults={"alternatives": alternatives}
        )


def remove_synonyms(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for term, alternatives, language in CULTURE_SYNONYMS:
        Synonym.objects.filter(term=term, language=language, alternatives=alternatives).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0003_full_text_match_index")]

    operations = [migrations.RunPython(add_synonyms, remove_synonyms)]
