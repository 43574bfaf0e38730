"""Form fields shared by the apps."""

import re

from django import forms
from django.core.exceptions import ValidationError

MAX_ID = 2**63 - 1


class IdMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A ModelMultipleChoiceField by primary key that refuses what cannot be an id (a number past the
    database's range would be a server error on SQLite) as an invalid choice."""

    def _check_values(self, value):
        for pk in value:
            text = str(pk)
            if not re.fullmatch(r"[0-9]{1,19}", text) or int(text) > MAX_ID:
                raise ValidationError(self.error_messages["invalid_pk_value"], code="invalid_pk_value",
                                      params={"pk": pk})  # fmt: skip
        return super()._check_values(value)
