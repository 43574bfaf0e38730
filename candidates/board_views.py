"""The kanban board of a requisition: a column per stage, each showing its first cards and loading
the next ones on demand; dragging a card calls the pipeline service."""

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import get_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from candidates import selectors
from candidates.extensions import card_templates, sections
from candidates.models import Application, Source, Stage
from candidates.services.pipeline import application_transition
from recruiting.roles import Role, role_required
from requisitions.eligibility import Outcome

OFFSET = re.compile(r"[0-9]{1,9}")  # where a column's "Show more" starts


def _filters(request) -> dict:
    """The board's filters from the query string; unknown values are ignored."""
    outcome = request.GET.get("outcome")
    source = request.GET.get("source")
    return {
        "outcome": outcome if outcome in Outcome.values else None,
        "source": source if source in Source.values else None,
        "tag": (request.GET.get("tag") or "").strip()[:50] or None,
    }


@dataclass
class Column:
    """A board column as the template shows it. It unpacks as ``(stage, label, cards)``, the shape the
    board's context had before columns were paged (other apps' tests read it)."""

    stage: str
    label: str
    cards: list  # (application, face), oldest in stage first; see _face_maker
    count: int | None  # all the column's cards (with the filters); None on a "Show more" page
    more: str  # the query string that loads the next cards, or "" when none follow

    def __iter__(self):
        return iter((self.stage, self.label, self.cards))


OUTCOME_CLASSES = {Outcome.ELIGIBLE: "text-bg-success", Outcome.NEEDS_REVIEW: "text-bg-warning"}


def _face_maker(now):
    """A function that gives a card its face: what the card shows, worked out in Python. As template
    tags (``{% url %}``, ``{% blocktranslate %}``, ``floatformat``) on 300 cards these cost more than
    the board's queries; a dict because the template engine reads a key faster than an attribute
    (it tries ``[key]`` first). What the cards share is worked out once."""
    head = reverse("candidates:detail", args=[0]).removesuffix("0/")  # the URLs differ only by the id
    outcomes = {value: str(label) for value, label in Outcome.choices}
    separator = get_format("DECIMAL_SEPARATOR")

    @cache
    def in_stage(days):
        return ngettext("%(days)s day in stage", "%(days)s days in stage", days) % {"days": days}

    def score(value):  # as ``floatformat:1``
        if not value:
            return ""
        return str(Decimal(repr(value)).quantize(Decimal("0.1"), ROUND_HALF_UP)).replace(".", separator)

    def face(card):
        return {
            "pk": card.pk,
            "name": card.candidate.full_name,
            "url": f"{head}{card.candidate_id}/",
            "in_stage": in_stage((now - card.stage_changed_at).days),
            "score": score(getattr(card, "average_score", None)),
            "outcome": outcomes.get(card.screening_outcome, card.screening_outcome),
            "outcome_class": OUTCOME_CLASSES.get(card.screening_outcome, "text-bg-secondary"),
        }

    return face


def _more_query(filters: dict, stage: str, offset: int) -> str:
    """The query string of a column's "Show more": the next cards, with the board's filters."""
    return urlencode({**{key: value for key, value in filters.items() if value}, "column": stage, "offset": offset})


def _render(request, requisition_id, *, message="", ok=True, status=200):
    filters = _filters(request)
    found = selectors.board(user=request.user, requisition_id=requisition_id, **filters)
    if found is None:
        raise Http404
    face = _face_maker(timezone.now())
    stage_labels = dict(Stage.choices)
    columns = []
    for stage, applications in found.columns.items():
        count = found.counts[stage]
        more = _more_query(filters, stage, len(applications)) if count > len(applications) else ""
        cards = [(card, face(card)) for card in applications]
        columns.append(Column(stage, stage_labels[stage], cards, count, more))
    context = {
        "requisition": found.requisition,
        "columns": columns,
        "closed": [(stage_labels[stage], count) for stage, count in found.closed.items()],
        "outcomes": Outcome.choices,
        "sources": Source.choices,
        "tags": found.tags,
        "card_templates": card_templates(),
        "board_sections": sections("board", requisition=found.requisition, user=request.user),
        **filters,
        "message": message,
        "ok": ok,
    }
    template = "candidates/partials/_board.html" if request.htmx else "candidates/board.html"
    return render(request, template, context, status=status)


def _render_more(request, requisition_id):
    """A column's "Show more": only the next cards (and the next button, if more follow)."""
    stage, offset = request.GET.get("column", ""), request.GET.get("offset", "")
    if stage not in selectors.BOARD_STAGES:
        return HttpResponseBadRequest(_("Unknown board column."))
    if not OFFSET.fullmatch(offset):
        return HttpResponseBadRequest(_("The offset must be a whole number."))
    filters = _filters(request)
    found = selectors.board_column(
        user=request.user, requisition_id=requisition_id, stage=stage, offset=int(offset), **filters
    )
    if found is None:
        raise Http404
    face = _face_maker(timezone.now())
    cards = [(card, face(card)) for card in found.cards]
    if cards:
        cards[0][1]["start"] = True  # the keyboard focus moves to the first card loaded
    context = {
        "requisition": found.requisition,
        "column": Column(
            stage,
            dict(Stage.choices)[stage],
            cards,
            None,
            _more_query(filters, stage, int(offset) + len(found.cards)) if found.more else "",
        ),
        "card_templates": card_templates(),
    }
    return render(request, "candidates/partials/_board_cards.html", context)


@role_required(Role.HR, Role.HIRING_MANAGER)
def board(request, requisition_id):
    if "column" in request.GET or "offset" in request.GET:
        return _render_more(request, requisition_id)
    return _render(request, requisition_id)


@require_POST
@role_required(Role.HR, Role.HIRING_MANAGER)
def board_move(request, requisition_id, pk):
    """A dropped card: the same service as every other move; a refused move re-renders the board as
    it was (the card snaps back) with the reason."""
    application = (
        selectors.applications_for_user(user=request.user).filter(pk=pk, requisition_id=requisition_id).first()
    )
    if application is None:
        raise Http404
    target = request.POST.get("target", "")
    try:
        application_transition(actor=request.user, application=application, target=target)
    except (ValidationError, PermissionDenied) as error:
        reason = " ".join(error.messages) if isinstance(error, ValidationError) else _("You may not move this card.")
        return _render(request, requisition_id, message=reason, ok=False)
    moved = Application.objects.select_related("candidate").get(pk=pk)
    return _render(
        request,
        requisition_id,
        message=_("%(name)s moved to %(stage)s.")
        % {"name": moved.candidate.full_name, "stage": moved.get_stage_display()},
    )
