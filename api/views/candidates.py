import base64
import binascii

from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import Http404
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiTypes, extend_schema
from rest_framework import exceptions
from rest_framework.decorators import action
from rest_framework.response import Response

from api import hropen, permissions
from api.errors import error_responses
from api.forms_bridge import clean, parse
from api.serializers.candidates import (
    ApplicationCreateSerializer,
    ApplicationDetailSerializer,
    ApplicationFilterSerializer,
    ApplicationSerializer,
    CandidateFilterSerializer,
    CandidateSerializer,
    TransitionSerializer,
)
from api.views.base import ApiViewSet
from candidates import selectors
from candidates.forms import ApplicationForm
from candidates.services.applications import application_submit
from candidates.services.pipeline import application_transition
from requisitions.models import Requisition

# The body fields the API reads itself; the rest go to the careers form as they are.
OWN_FIELDS = ("requisition", "answers", "resume", "language")


@extend_schema(tags=["candidates"])
class CandidateViewSet(ApiViewSet):
    """People in your scope: HR all; a hiring manager those who applied to their requisitions."""

    permission_classes = [permissions.HR_OR_MANAGER]
    serializer_class = CandidateSerializer
    filter_serializer_class = CandidateFilterSerializer

    def get_object(self):
        return self.found(selectors.candidate_for_user(user=self.request.user, pk=self.kwargs["pk"]))

    @extend_schema(parameters=[CandidateFilterSerializer], responses={200: CandidateSerializer(many=True),
                   **error_responses(400, 401, 403, 404)})  # fmt: skip
    def list(self, request):
        return self.paged(selectors.candidates_for_user(user=request.user, **self.filters()), CandidateSerializer)

    @extend_schema(responses={200: CandidateSerializer, **error_responses(401, 403, 404)})
    def retrieve(self, request, pk=None):
        return Response(CandidateSerializer(self.get_object()).data)

    @extend_schema(responses={200: OpenApiTypes.OBJECT, **error_responses(401, 403, 404)})
    @action(detail=True, methods=["get"])
    def hropen(self, request, pk=None):
        """The person as an HR Open Standards ``Candidate``, with the applications you may see."""
        person = self.get_object()
        if person.anonymised_at:
            raise Http404  # erased: nothing left to export
        applications = selectors.applications_of_candidate(user=request.user, candidate=person)
        return Response(hropen.candidate(person, applications))


def _resume_upload(resume: dict | None):
    """The parsed ``resume`` object as an uploaded file for the form, or None."""
    if not resume:
        return None
    try:
        content = base64.b64decode(resume["content_base64"], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise exceptions.ValidationError({"resume": [_("The resume is not valid base64.")]}) from exc
    return SimpleUploadedFile(resume["filename"], content)


def _form_data(body: dict, questions) -> dict:
    """The careers form's fields: the person and facts as parsed, the answers as ``q_<id>``."""
    answers = body.get("answers") or {}
    known = {str(question.pk) for question in questions}
    unknown = sorted(key for key in answers if key not in known)
    if unknown:
        raise exceptions.ValidationError({"answers": [_("No such question: %(ids)s.") % {"ids": ", ".join(unknown)}]})
    form_data = {key: value for key, value in body.items() if key not in OWN_FIELDS}
    form_data.update({f"q_{key}": value for key, value in answers.items()})
    return form_data


def _answer_errors(error: exceptions.ValidationError) -> exceptions.ValidationError:
    """The form names a question's field ``q_<id>``; the API's field is ``answers``."""
    fields = error.detail if isinstance(error.detail, dict) else {}
    answers = [f"{name[2:]}: {text}" for name, texts in fields.items() if name.startswith("q_") for text in texts]
    if not answers:
        return error
    rest = {name: texts for name, texts in fields.items() if not name.startswith("q_")}
    return exceptions.ValidationError({**rest, "answers": answers})


@extend_schema(tags=["applications"])
class ApplicationViewSet(ApiViewSet):
    """Applications in your scope: HR all; a hiring manager those of their requisitions."""

    permission_classes = [permissions.HR_OR_MANAGER]
    action_permissions = {"create": [permissions.HR_ONLY]}
    serializer_class = ApplicationSerializer
    filter_serializer_class = ApplicationFilterSerializer

    def get_object(self):
        found = selectors.applications_for_user(user=self.request.user, annotated=True).filter(pk=self.kwargs["pk"])
        return self.found(found.select_related("resume").prefetch_related("answers", "events__actor").first())

    @extend_schema(parameters=[ApplicationFilterSerializer], responses={200: ApplicationSerializer(many=True),
                   **error_responses(400, 401, 403, 404)})  # fmt: skip
    def list(self, request):
        applications = selectors.applications_for_user(user=request.user, annotated=True, **self.filters())
        return self.paged(applications, ApplicationSerializer)

    @extend_schema(responses={200: ApplicationDetailSerializer, **error_responses(401, 403, 404)})
    def retrieve(self, request, pk=None):
        return Response(ApplicationDetailSerializer(self.get_object()).data)

    @extend_schema(request=ApplicationCreateSerializer,
                   responses={201: ApplicationDetailSerializer, **error_responses(400, 401, 403, 404)})  # fmt: skip
    def create(self, request):
        """Apply on a candidate's behalf: the careers form's checks (resume by content included) and the
        same screening, confirmation e-mail and status link as applying on the careers page."""
        body = parse(ApplicationCreateSerializer, request.data)
        requisition = Requisition.objects.filter(pk=body["requisition"]).first()
        if requisition is None:
            raise exceptions.ValidationError({"requisition": [_("No such requisition.")]})
        language = body["language"]
        questions = list(requisition.questions.order_by("order", "id"))
        resume = _resume_upload(body.get("resume"))
        try:
            _values, form = clean(
                ApplicationForm, _form_data(body, questions), files={"resume": resume} if resume else None,
                requisition=requisition, questions=questions,
            )  # fmt: skip
        except exceptions.ValidationError as error:
            raise _answer_errors(error) from None
        application = application_submit(requisition=requisition, **form.submission(language=language))
        self.kwargs["pk"] = application.pk
        return Response(ApplicationDetailSerializer(self.get_object()).data, status=201)

    @extend_schema(request=TransitionSerializer,
                   responses={200: ApplicationDetailSerializer, **error_responses(400, 401, 403, 404)})  # fmt: skip
    @action(detail=True, methods=["post"])
    def transition(self, request, pk=None):
        """Move the application by the pipeline's table (``target``); rejecting needs a ``reason`` code.
        The same service as the board and the candidate page: guards, notes, candidate e-mails."""
        application = self.get_object()
        body = parse(TransitionSerializer, request.data)
        application_transition(actor=request.user, application=application, **body)
        return Response(ApplicationDetailSerializer(self.get_object()).data)
