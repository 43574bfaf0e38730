"""Request checks that hold for every page."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _


class RefuseNullCharacters:
    """A NUL character in a query string or a form field is never meaningful text and PostgreSQL
    cannot store it: the request is refused with the 400 page before any view sees it (the forms
    refuse it too; this covers text the views read without a form). Uploaded files are not
    looked at: their bytes are checked by content elsewhere."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._has_nul(request.GET) or (request.method == "POST" and self._has_nul(request.POST)):
            if request.path.startswith("/api/"):  # the API's one error format
                message = _("The request contains a character that is not allowed.")
                return JsonResponse({"code": "invalid", "message": message}, status=400)
            return render(request, "400.html", status=400)
        return self.get_response(request)

    @staticmethod
    def _has_nul(data) -> bool:
        return any("\x00" in key or any("\x00" in value for value in values) for key, values in data.lists())
