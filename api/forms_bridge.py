"""Validate API input with the product's own Django forms, so a rule written once for the pages
(a title in one language, a salary range the right way round, a hiring manager who holds the role,
the application form's checks) holds for the API too."""

from django.forms.models import model_to_dict
from django.utils.translation import gettext as _
from rest_framework import exceptions

from api.errors import NON_FIELD


def as_dict(data) -> dict:
    """The request body as a dict (a JSON list or scalar is refused with a clear message)."""
    if hasattr(data, "dict"):  # a QueryDict (form-encoded or multipart)
        return data.dict()
    if not isinstance(data, dict):
        raise exceptions.ValidationError({NON_FIELD: [_("Send a JSON object.")]})
    return dict(data)


def form_errors(form) -> exceptions.ValidationError:
    return exceptions.ValidationError(
        {(NON_FIELD if name == "__all__" else name): list(texts) for name, texts in form.errors.items()}
    )


def clean(form_class, data, *, files=None, instance=None, fields=(), extra=(), **kwargs) -> tuple[dict, object]:
    """Bind ``form_class`` to ``data`` (for a change of ``instance``: its current ``fields`` with
    ``data`` over them) and return (cleaned_data, form), or raise the form's errors as a 400. A
    field the form does not know is refused (``extra`` names those the caller reads itself)."""
    data = as_dict(data)
    if instance is not None:
        data = {**model_to_dict(instance, fields=fields), **data}
        kwargs["instance"] = instance
    form = form_class(data=data, files=files, **kwargs)
    unknown = sorted(set(data) - set(form.fields) - set(extra))
    if unknown:
        raise exceptions.ValidationError({name: [_("Unknown field.")] for name in unknown})
    if not form.is_valid():
        raise form_errors(form)
    return form.cleaned_data, form
