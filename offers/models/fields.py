"""A small model field for a list of choices, stored as text so it works on every database."""

from django import forms
from django.db import models


class ChoiceListField(models.CharField):
    """A list of values from `options`, stored comma-separated and edited with checkboxes.

    The Python value is the stored text ("a,b"); use `split_choices()` for the list. Filter
    with `field__contains=value` (no option value is part of another one).
    """

    def __init__(self, *args, options=(), **kwargs):
        self.options = list(options)
        kwargs.setdefault("max_length", 255)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["options"] = self.options
        return name, path, args, kwargs

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return ",".join(str(item) for item in value)
        return super().to_python(value)

    def get_prep_value(self, value):
        return super().get_prep_value(self.to_python(value))

    def value_from_object(self, obj):
        return split_choices(super().value_from_object(obj))

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.options,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )

    def save_form_data(self, instance, data):
        setattr(instance, self.name, self.to_python(data))


def split_choices(value):
    if isinstance(value, list | tuple):
        return list(value)
    return [item for item in (value or "").split(",") if item]
