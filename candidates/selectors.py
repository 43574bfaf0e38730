"""Reads of the candidates app."""

from dataclasses import dataclass

from django.db.models import F

from candidates.extensions import annotate_applications, granted_applications, timeline_items
from candidates.models import Application, Resume, Tag
from candidates.search import people_matching, resumes_matching
from candidates.status_links import read_token
from recruiting.roles import Role, has_role


def application_for_token(token: str):
    """(application, problem) for a status link: problem is "", "invalid", "expired" or "revoked".
    Never another candidate's data: the id and version come from the signed token."""
    check, version = read_token(token)
    if check.problem:
        return None, check.problem
    application = (
        Application.objects.select_related("candidate", "requisition", "requisition__department")
        .filter(pk=check.application_id, candidate__anonymised_at__isnull=True)
        .first()
    )
    if application is None:
        return None, "invalid"
    if application.status_link_version != version:
        return None, "revoked"
    return application, ""


def resume_for_user(*, user, pk):
    """A resume the user may read: HR any; a hiring manager those sent to their own requisitions;
    and whoever another app grants the application (an interviewer: the applications they interview)."""
    from django.db.models import Q

    resumes = Resume.objects.select_related("application").filter(pk=pk)
    if has_role(user, Role.HR):
        return resumes.first()
    scope = Q(pk__in=[])
    if has_role(user, Role.HIRING_MANAGER):
        scope |= Q(application__requisition__hiring_manager=user)
    for applications in granted_applications(user):
        scope |= Q(application__in=applications)
    return resumes.filter(scope).first()


# Sort keys of the applications list -> ORDER BY.
SORTS = {
    "newest": ("-created_at", "-pk"),
    "oldest": ("created_at", "pk"),
    "name": ("candidate__full_name", "pk"),
    "stage_time": ("stage_changed_at", "pk"),
    "score": (F("average_score").desc(nulls_last=True), "pk"),  # with ``annotated`` (the interviews app adds it)
}


def applications_for_user(
    *, user, requisition=None, stage=None, outcome=None, search=None, sort="newest", tag=None, annotated=False
):
    """Applications in the user's scope (HR all; a hiring manager their own requisitions'), sorted,
    with what the list shows fetched in one query (``annotated``: with what other apps add, such as
    the average interview score). ``search`` matches a substring (Chinese included)
    of the name, e-mail, phone, school or resume text; on PostgreSQL pg_trgm indexes serve it."""
    from django.db.models import Q

    qs = Application.objects.select_related("candidate", "requisition")
    if not has_role(user, Role.HR):
        if not has_role(user, Role.HIRING_MANAGER):
            return qs.none()
        qs = qs.filter(Q(requisition__hiring_manager=user))
    if requisition:
        qs = qs.filter(requisition_id=requisition)
    if stage:
        qs = qs.filter(stage=stage)
    if outcome:
        qs = qs.filter(screening_outcome=outcome)
    if tag:
        qs = qs.filter(candidate__tags__name=tag)
    if search:
        qs = qs.filter(_applications_matching(search))
    if annotated:
        qs = annotate_applications(qs, user)
    if sort == "score" and not (annotated and "average_score" in qs.query.annotations):
        sort = "newest"
    return qs.order_by(*SORTS.get(sort, SORTS["newest"]))


def candidates_for_user(*, user, search=None, tag=None):
    """The people the user may see: HR all; a hiring manager those who applied to their requisitions;
    newest activity first. ``search`` matches the name, e-mail or school (a substring, Chinese
    included), or the phone by 3 or more digits."""
    from django.db.models import Exists, OuterRef

    from candidates.models import Candidate

    people = Candidate.objects.prefetch_related("tags").order_by(F("last_activity_at").desc(nulls_last=True), "-pk")
    if not has_role(user, Role.HR):
        if not has_role(user, Role.HIRING_MANAGER):
            return people.none()
        own = Application.objects.filter(candidate=OuterRef("pk"), requisition__hiring_manager=user)
        people = people.filter(Exists(own))
    if tag:
        people = people.filter(tags__name=tag)
    if search:
        people = people_matching(people, search)
    return people


# Up to this many matching people (or resumes), their ids go into the query as a list, which the
# indexes on applications answer at once; beyond it a subquery (a broad search such as a surname).
SEARCH_ID_LIST_MAX = 2000


def _applications_matching(search: str):
    """A filter for applications whose person or resume matches ``search``. Two index searches first
    (each capped), then one condition on the application's own indexed columns: the planner cannot
    estimate how many rows a fragment matches, and joined in one query it chose plans that visited
    every match. Two queries whatever the data size."""
    from django.db.models import Q

    from candidates.models import Candidate

    people = people_matching(Candidate.objects.order_by(), search).values_list("pk", flat=True)
    resumes = resumes_matching(Resume.objects.order_by(), search).values_list("application_id", flat=True)
    people_ids = list(people[: SEARCH_ID_LIST_MAX + 1])
    resume_ids = list(resumes[: SEARCH_ID_LIST_MAX + 1])
    by_person = Q(candidate_id__in=people_ids if len(people_ids) <= SEARCH_ID_LIST_MAX else people)
    by_resume = Q(pk__in=resume_ids if len(resume_ids) <= SEARCH_ID_LIST_MAX else resumes)
    return by_person | by_resume


def candidate_for_user(*, user, pk):
    """A person the user may see (``candidates_for_user``), or None."""
    return candidates_for_user(user=user).filter(pk=pk).first()


def likely_duplicates(candidate):
    """Other people who are probably the same person: the same phone, or the same name and school."""
    from django.db.models import Q

    from candidates.models import Candidate

    if candidate.anonymised_at:
        return Candidate.objects.none()
    same = Q(pk__in=[])
    if candidate.phone:
        same |= Q(phone=candidate.phone)
    if candidate.school:
        same |= Q(full_name__iexact=candidate.full_name, school__iexact=candidate.school)
    return Candidate.objects.filter(same, anonymised_at__isnull=True).exclude(pk=candidate.pk)


def candidate_feedback(application) -> str:
    """What a rejected candidate is told on their status page: the reason's feedback, in the active
    language (recruiters' screening notes are not shown to candidates)."""
    from candidates.models import RejectionReason
    from requisitions.models import pick_language

    if application.stage != "rejected" or not application.rejection_reason:
        return ""
    reason = RejectionReason.objects.filter(code=application.rejection_reason).first()
    return pick_language(reason.feedback_en, reason.feedback_zh) if reason else ""


def applications_of_candidate(*, user, candidate):
    """A person's applications that ``user`` may see, with what the candidate page shows."""
    return (
        applications_for_user(user=user)
        .filter(candidate=candidate)
        .select_related("requisition", "resume", "probation")
        .prefetch_related("answers", "events__actor", "offers")
    )


BOARD_STAGES = ("resume_screen", "first_interview", "second_interview", "offer", "probation", "hired")
BOARD_CLOSED_STAGES = ("rejected", "withdrawn")
BOARD_PAGE = 50  # cards per column, and per "Show more"


@dataclass
class Board:
    requisition: object
    columns: dict  # stage -> the column's first BOARD_PAGE applications, oldest in stage first
    counts: dict  # stage -> how many applications the column holds (with the filters)
    closed: dict  # rejected / withdrawn -> count
    tags: list  # the tag names on this requisition's people, for the filter


@dataclass
class BoardColumnPage:
    requisition: object
    cards: list  # up to BOARD_PAGE applications of one column from ``offset``, oldest in stage first
    more: bool  # whether the column holds cards after these


def _board_requisition(user, requisition_id):
    """The requisition if ``user`` may see its board (HR, or its own hiring manager), else None."""
    from requisitions.selectors import requisitions_visible_to

    requisition = requisitions_visible_to(user).filter(pk=requisition_id).first()
    if requisition is None or not (has_role(user, Role.HR) or requisition.hiring_manager_id == user.pk):
        return None
    return requisition


def _board_filter(*, outcome, source, tag):
    """The board's filters as one condition (the tag as EXISTS, so that neither the cards nor the
    counts are multiplied by a join)."""
    from django.db.models import Exists, OuterRef, Q

    from candidates.models import Candidate

    matching = Q()
    if outcome:
        matching &= Q(screening_outcome=outcome)
    if source:
        matching &= Q(source=source)
    if tag:
        tagged = Candidate.tags.through.objects.filter(candidate_id=OuterRef("candidate_id"), tag__name=tag)
        matching &= Q(Exists(tagged))
    return matching


def _board_cards(user, ids, *, most):
    """The cards ``ids`` selects (a subquery of at most ``most`` application ids), with what a card
    shows and what other apps annotate, oldest in stage first.

    Sorted here, not by the database, under a LIMIT that restates the subquery's bound: PostgreSQL
    cannot see that bound through a window filter, estimates every application of the requisition,
    and at 5,000 of them that estimate (with the annotations' subqueries) crossed ``jit_above_cost``:
    150 ms of JIT compilation for 300 rows."""
    applications = (
        Application.objects.filter(pk__in=ids)
        .select_related("candidate")
        .only("pk", "stage", "stage_changed_at", "screening_outcome", "knocked_out", "source", "candidate__full_name")
        .order_by()
    )
    cards = list(annotate_applications(applications, user)[:most])
    return sorted(cards, key=lambda card: (card.stage_changed_at, card.pk))


def board(*, user, requisition_id, outcome=None, source=None, tag=None):
    """The kanban board of one requisition in the user's scope: the first ``BOARD_PAGE`` cards of each
    column (longest in stage first), the count of each column and of the closed stages, and the tags
    in use; None if the user may not see it. The same queries whatever the number of cards: the cards
    of all columns come in one (numbered per column with a window function), the counts in another."""
    from django.db.models import Count, Exists, OuterRef, Q, Window
    from django.db.models.functions import RowNumber

    from candidates.models import Candidate

    requisition = _board_requisition(user, requisition_id)
    if requisition is None:
        return None
    matching = _board_filter(outcome=outcome, source=source, tag=tag)
    in_requisition = Application.objects.filter(requisition=requisition)
    firsts = (
        in_requisition.filter(matching, stage__in=BOARD_STAGES)
        .annotate(
            position=Window(RowNumber(), partition_by=F("stage"), order_by=(F("stage_changed_at").asc(), F("pk").asc()))
        )
        .filter(position__lte=BOARD_PAGE)
        .values("pk")
    )
    columns = {stage: [] for stage in BOARD_STAGES}
    for application in _board_cards(user, firsts, most=len(BOARD_STAGES) * BOARD_PAGE):
        columns[application.stage].append(application)
    # One count query: the open columns as filtered, the closed stages whatever the filters. Unfiltered,
    # COUNT(*) reads only the (requisition, stage) index.
    counted = Count("pk", filter=matching | Q(stage__in=BOARD_CLOSED_STAGES)) if matching else Count("*")
    counts = dict(in_requisition.order_by().values_list("stage").annotate(n=counted).values_list("stage", "n"))
    # EXISTS per tag (a few) rather than DISTINCT over every application's tags (thousands).
    in_use = Candidate.tags.through.objects.filter(tag=OuterRef("pk"), candidate__applications__requisition=requisition)
    tags = list(Tag.objects.filter(Exists(in_use)).order_by("name").values_list("name", flat=True))
    return Board(
        requisition=requisition,
        columns=columns,
        counts={stage: counts.get(stage, 0) for stage in BOARD_STAGES},
        closed={stage: counts[stage] for stage in BOARD_CLOSED_STAGES if counts.get(stage)},
        tags=tags,
    )


def board_column(*, user, requisition_id, stage, offset, outcome=None, source=None, tag=None):
    """The next cards of one board column (its "Show more"): up to ``BOARD_PAGE`` from ``offset`` in
    the board's order and with its filters, and whether more follow; None if the user may not see the
    board. The same queries whatever the offset."""
    requisition = _board_requisition(user, requisition_id)
    if requisition is None:
        return None
    page = (
        Application.objects.filter(_board_filter(outcome=outcome, source=source, tag=tag))
        .filter(requisition=requisition, stage=stage)
        .order_by("stage_changed_at", "pk")
        .values("pk")[offset : offset + BOARD_PAGE + 1]
    )
    cards = _board_cards(user, page, most=BOARD_PAGE + 1)
    return BoardColumnPage(requisition=requisition, cards=cards[:BOARD_PAGE], more=len(cards) > BOARD_PAGE)


def talent_pool(*, tag=None, search=None):
    """People kept in the talent pool, with their tags, newest activity first (HR only; the view checks)."""

    from candidates.models import Candidate

    people = (
        Candidate.objects.filter(in_talent_pool=True, anonymised_at__isnull=True)
        .prefetch_related("tags")
        .order_by("-last_activity_at", "-pk")
    )
    if tag:
        people = people.filter(tags__name=tag)
    if search:
        people = people_matching(people, search)
    return people


def requisitions_open_for_adding():
    from requisitions.models import Requisition

    return Requisition.objects.filter(
        status__in=[Requisition.Status.APPROVED, Requisition.Status.OPEN, Requisition.Status.ON_HOLD]
    ).order_by("-created_at")


def timeline(*, user, candidate, applications) -> list[dict]:
    """One list of what happened to this person, newest first: stage moves of the applications the
    user may see, notes, and e-mails sent to them. Fixed number of queries."""
    from candidates.models import Note, StageEvent
    from recruiting.models import Notification

    items = []
    for event in StageEvent.objects.filter(application__in=applications).select_related(
        "actor", "application__requisition"
    ):
        items.append({"time": event.created_at, "kind": "stage", "event": event})
    for note in Note.objects.filter(candidate=candidate).select_related("author"):
        items.append({"time": note.created_at, "kind": "note", "note": note})
    if not candidate.anonymised_at:
        for mail in Notification.objects.filter(recipient=candidate.email).only("created_at", "template_key", "status"):
            items.append({"time": mail.created_at, "kind": "email", "mail": mail})
    items += timeline_items(user=user, candidate=candidate, applications=applications)
    return sorted(items, key=lambda item: item["time"], reverse=True)


def editable_lists():
    """The rejection reasons (active first) and the candidate messages by stage, for HR's settings page."""
    from candidates.models import CandidateMessage, RejectionReason

    reasons = list(RejectionReason.objects.order_by("-is_active", "order", "code"))
    return reasons, {message.stage: message for message in CandidateMessage.objects.all()}


def offers_for_user(*, user, status=None):
    """The offers the user may see: HR all; the requisition's hiring manager theirs; an approver
    those waiting for their decision and those they decided on. Newest first."""
    from django.db.models import Exists, OuterRef, Q

    from candidates.models import Offer, OfferApproval

    offers = (
        Offer.objects.select_related("application__candidate", "application__requisition", "drafted_by")
        .prefetch_related("approvals__approver", "letters")
        .order_by("-created_at", "-pk")
    )
    if status:
        offers = offers.filter(status=status)
    if has_role(user, Role.HR):
        return offers
    scope = Q(pk__in=[])
    if has_role(user, Role.HIRING_MANAGER):
        scope |= Q(application__requisition__hiring_manager=user)
    if has_role(user, Role.APPROVER):
        decided = OfferApproval.objects.filter(offer=OuterRef("pk"), approver=user)
        scope |= Q(Exists(decided)) | Q(pk__in=_offers_awaiting(user).values("pk"))
    return offers.filter(scope)


def offer_for_user(*, user, pk):
    """An offer the user may see (``offers_for_user``), with what its page shows, or None."""
    return offers_for_user(user=user).filter(pk=pk).first()


def offers_waiting_for(user):
    """Offers pending approval that ``user`` may decide: an approver in the department's chain (or
    any approver where the department has none) who neither drafted nor already approved it."""
    from candidates.models import Offer

    if not has_role(user, Role.APPROVER):
        return Offer.objects.none()
    return (
        _offers_awaiting(user)
        .exclude(approvals__approver=user)
        .select_related("application__candidate", "application__requisition")
        .order_by("updated_at")
    )


def _offers_awaiting(user):
    """Offers pending approval in ``user``'s reach as an approver: in their department's chain (or any
    approver where the department has none), not drafted by them."""
    from django.db.models import Exists, OuterRef, Q

    from candidates.models import Offer
    from requisitions.models import DepartmentApprover

    chain = DepartmentApprover.objects.filter(department=OuterRef("application__requisition__department"))
    return (
        Offer.objects.filter(status=Offer.Status.PENDING_APPROVAL)
        .filter(Q(Exists(chain.filter(approver=user))) | ~Q(Exists(chain)))
        .exclude(drafted_by=user)
    )


def offer_for_candidate(application):
    """The offer the candidate's status page shows: the latest one that was sent to them."""
    return (
        application.offers.filter(status__in=["sent", "accepted", "declined", "expired"])
        .prefetch_related("letters")
        .order_by("-sent_at", "-pk")
        .first()
    )


def probation_for_user(*, user, pk):
    from candidates.models import Probation
    from candidates.services.pipeline import may_move

    probation = (
        Probation.objects.select_related("application__candidate", "application__requisition", "offer", "decided_by")
        .prefetch_related("reviews__reviewer")
        .filter(pk=pk)
        .first()
    )
    return probation if probation is not None and may_move(user, probation.application) else None
