import base64
import binascii

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiTypes, extend_schema
from rest_framework import exceptions
from rest_framework.decorators import action
from rest_framework.response import Response

from api import hropen, permissions
from api.errors import error_responses
from api.forms_bridge import as_dict, clean
from api.serializers.candidates import (
    ApplicationCreateSerializer,
    ApplicationDetailSerializer,
    ApplicationFilterSerializer,
    ApplicationSerializer,
    CandidateFilterSerializer,
    CandidateSerializer,
    TransitionSerializer,
)
from api.serializers.common import MAX_ID
from api.views.base import ApiViewSet
from candidates import selectors
from candidates.files import display_name
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
        applications = selectors.applications_of_candidate(user=request.user, candidate=person)
        return Response(hropen.candidate(person, applications))


def _resume_upload(data):
    """The base64 ``resume`` object as an uploaded file for the form, or None."""
    resume = data.get("resume")
    if resume in (None, ""):
        return None
    if not isinstance(resume, dict) or not isinstance(resume.get("content_base64"), str):
        raise exceptions.ValidationError({"resume": [_("Send the resume as {filename, content_base64}.")]})
    try:
        content = base64.b64decode(resume["content_base64"], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise exceptions.ValidationError({"resume": [_("The resume is not valid base64.")]}) from exc
    name = str(resume.get("filename") or "resume")[:160]
    return SimpleUploadedFile(name, content)


def _form_data(data, questions) -> dict:
    """The careers form's fields: the person and facts as sent, answers as ``q_<id>``."""
    answers = data.get("answers") or {}
    if not isinstance(answers, dict):
        raise exceptions.ValidationError({"answers": [_("Send the answers as an object keyed by question id.")]})
    known = {str(question.pk) for question in questions}
    unknown = sorted(key for key in map(str, answers) if key not in known)
    if unknown:
        raise exceptions.ValidationError({"answers": [_("No such question: %(ids)s.") % {"ids": ", ".join(unknown)}]})
    form_data = {key: value for key, value in data.items() if key not in OWN_FIELDS}
    form_data.update({f"q_{key}": value for key, value in answers.items()})
    return form_data


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
        data = as_dict(request.data)
        requisition_id = data.get("requisition")
        valid_id = type(requisition_id) is int and 1 <= requisition_id <= MAX_ID
        requisition = Requisition.objects.filter(pk=requisition_id).first() if valid_id else None
        if requisition is None:
            raise exceptions.ValidationError({"requisition": [_("No such requisition.")]})
        language = data.get("language", "zh-hans")
        if language not in ("zh-hans", "en"):
            raise exceptions.ValidationError({"language": [_("Use zh-hans or en.")]})
        questions = list(requisition.questions.order_by("order", "id"))
        resume = _resume_upload(data)
        _values, form = clean(
            ApplicationForm, _form_data(data, questions), files={"resume": resume} if resume else None,
            requisition=requisition, questions=questions,
        )  # fmt: skip
        person = form.person() | {"language": language}
        application = application_submit(
            requisition=requisition,
            person=person,
            facts=form.facts(),
            answers=form.answers(),
            resume=resume,
            resume_check=getattr(form, "resume_check", None),
            resume_name=display_name(resume.name) if resume else "",
            source=form.cleaned_data["source"],
            referrer_name=form.cleaned_data.get("referrer_name", ""),
            language=language,
        )
        self.kwargs["pk"] = application.pk
        return Response(ApplicationDetailSerializer(self.get_object()).data, status=201)

    @extend_schema(request=TransitionSerializer,
                   responses={200: ApplicationDetailSerializer, **error_responses(400, 401, 403, 404)})  # fmt: skip
    @action(detail=True, methods=["post"])
    def transition(self, request, pk=None):
        """Move the application by the pipeline's table (``target``); rejecting needs a ``reason`` code.
        The same service as the board and the candidate page: guards, notes, candidate e-mails."""
        application = self.get_object()
        body = TransitionSerializer(data=as_dict(request.data))
        body.is_valid(raise_exception=True)
        application_transition(actor=request.user, application=application, **body.validated_data)
        return Response(ApplicationDetailSerializer(self.get_object()).data)
