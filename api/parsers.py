"""The API's JSON parser: DRF's, with JSON nested too deeply refused as bad JSON (Python's parser
raises RecursionError, which DRF would let through as a 500). The body's size is Django's
``DATA_UPLOAD_MAX_MEMORY_SIZE``: DRF reads JSON through ``request.body``, and ``api.errors`` turns
a body over it into a 400."""

from django.utils.translation import gettext as _
from rest_framework import exceptions, parsers


class JSONParser(parsers.JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError as exc:
            raise exceptions.ParseError(_("The JSON is nested too deeply.")) from exc
