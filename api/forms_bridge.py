"""Input of the API in two steps. ``parse``: the body's shape, by the serializer the schema documents
(types, lengths, choices; an unknown field is refused). ``clean``: the product's rules, by the
pages' own Django forms, so a rule written once for the pages (a title in one language, a salary
range the right way round, a hiring manager who holds the role, the application form's checks)
holds for the API too. The services then check the rest, as for the pages."""

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


def parse(serializer_class, data, *, partial: bool = False) -> dict:
    """The body validated by ``serializer_class``; fields it does not declare writable are refused."""
    data = as_dict(data)
    serializer = serializer_class(data=data, partial=partial)
    writable = {name for name, field in serializer.fields.items() if not field.read_only}
    unknown = sorted(set(data) - writable)
    if unknown:
        raise exceptions.ValidationError({name: [_("Unknown field.")] for name in unknown})
    serializer.is_valid(raise_exception=True)
    return dict(serializer.validated_data)


def form_errors(form) -> exceptions.ValidationError:
    return exceptions.ValidationError(
        {(NON_FIELD if name == "__all__" else name): list(texts) for name, texts in form.errors.items()}
    )


def clean(form_class, values: dict, *, files=None, instance=None, fields=(), **kwargs) -> tuple[dict, object]:
    """Bind ``form_class`` to ``values`` (already parsed; for a change of ``instance``: its current
    ``fields`` with ``values`` over them) and return (cleaned_data, form), or raise the form's
    errors as a 400."""
    if instance is not None:
        values = {**model_to_dict(instance, fields=fields), **values}
        kwargs["instance"] = instance
    form = form_class(data=values, files=files, **kwargs)
    if not form.is_valid():
        raise form_errors(form)
    return form.cleaned_data, form
