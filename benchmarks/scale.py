"""A realistic large data set for the benchmark: ``seed_scale(candidates=200_000)``.

Requisitions are made through the product's service (so each carries a real demand table, paths and
a screening question); the volume (people, applications, their stage history, interviews, panels,
scorecards with ratings, offers, probations) goes in through ``benchmarks.bulk``. Screening outcomes are
computed by the product's own rules. The shape follows a large customer-service operation: 300
requisitions, 1.25 applications per person, one requisition with 5,000 applications, interviews and
scorecards for a fifth of the applications, offers for 2%."""

import datetime
import random
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from benchmarks.bulk import Table, reset_sequences
from benchmarks.people import person
from candidates.models import (
    Application,
    Candidate,
    Offer,
    Probation,
    RejectionReason,
    StageEvent,
    Tag,
)
from candidates.services.applications import facts_for_screening, screening_facts
from interviews.kits import round_requirements, weight_of
from interviews.models import Interview, PanelMember, Rating, Scorecard
from recruiting.roles import Role
from requisitions import eligibility
from requisitions.models import Department, DepartmentApprover, PositionProfile, Requisition
from requisitions.services.requisitions import requisition_create

FULL_SCALE = 200_000
BIG_REQUISITION_APPLICATIONS = 5_000
SOURCES = [("careers_page", 50), ("job_board", 25), ("referral", 10), ("campus", 8), ("agency", 5), ("walk_in", 2)]
TAGS = ["night shifts", "English", "Cantonese", "e-commerce", "banking", "talent pool: finance", "rehire", "campus"]
# (status, share of the requisitions); only those ever published receive applications
REQUISITION_MIX = [("open", 55), ("closed", 15), ("filled", 15), ("on_hold", 5), ("approved", 5), ("draft", 5)]
PUBLISHED = {"open", "closed", "filled", "on_hold"}


@dataclass
class Plan:
    candidates: int
    requisitions: int
    big: int
    managers: int
    interviewers: int

    @classmethod
    def for_size(cls, candidates: int) -> "Plan":
        share = candidates / FULL_SCALE
        return cls(
            candidates=candidates,
            requisitions=max(6, round(300 * share)),
            big=min(candidates, max(5, round(BIG_REQUISITION_APPLICATIONS * share))),
            managers=max(2, round(20 * share)),
            interviewers=max(3, round(60 * share)),
        )


@dataclass
class Posting:
    pk: int
    published_at: datetime.datetime
    title: str
    department: str
    salary_min: Decimal
    paths: list
    rounds: dict = field(default_factory=dict)  # round -> [(requirement id, key item, label, weight)]


def _users(plan: Plan, rng) -> dict:
    """The demo users plus managers, interviewers and approvers at scale (no password: sign-in is
    for the demo users)."""
    users = get_user_model().objects
    made = {"hr": [users.get(username="hr")], "manager": [users.get(username="manager")]}
    made["interviewer"] = [users.get(username="interviewer")]
    made["approver"] = [users.get(username="approver")]
    wanted = [("manager", Role.HIRING_MANAGER, plan.managers), ("interviewer", Role.INTERVIEWER, plan.interviewers)]
    for key, role, count in wanted:
        group = Group.objects.get(name=role)
        for n in range(1, count + 1):
            user, created = users.get_or_create(
                username=f"scale-{key}-{n}",
                defaults={"first_name": person(rng, n)["full_name"], "email": f"scale-{key}-{n}@example.com"},
            )
            if created:
                user.set_unusable_password()
                user.save(update_fields=["password"])
                user.groups.add(group)
            made[key].append(user)
    return made


def _requisitions(plan: Plan, users: dict, rng, now, tick) -> list[Posting]:
    profiles = list(PositionProfile.objects.filter(is_active=True).order_by("slug"))
    big_profile = next((p for p in profiles if p.slug == "specialist-ecommerce"), profiles[0])
    departments = []
    names = [("Customer Service Centre", "客户服务中心"), ("E-commerce Service", "电商客服部"),
             ("Technical Support", "技术支持部"), ("Card Services", "信用卡服务部"), ("Quality", "质检部")]  # fmt: skip
    for en, zh in names:
        department, _created = Department.objects.get_or_create(name_en=en, defaults={"name_zh": zh})
        DepartmentApprover.objects.get_or_create(
            department=department, order=1, defaults={"approver": users["approver"][0]}
        )
        departments.append(department)
    statuses = [s for s, _w in REQUISITION_MIX]
    weights = [w for _s, w in REQUISITION_MIX]
    postings = []
    for n in range(plan.requisitions):
        big = n == 0
        profile = big_profile if big else rng.choice(profiles)
        status = "open" if big else rng.choices(statuses, weights)[0]
        low = rng.choice((4500, 5000, 5500, 6000, 6500, 7000, 8000))
        requisition = requisition_create(
            actor=users["hr"][0],
            profile=profile,
            department=departments[0] if big else rng.choice(departments),
            hiring_manager=users["manager"][0] if big else rng.choice(users["manager"]),
            recruiter=users["hr"][0],
            headcount=50 if big else rng.choice((1, 2, 3, 5, 8, 10, 20)),
            location=rng.choice(["Hangzhou 杭州", "Shanghai 上海", "Shenzhen 深圳", "Chengdu 成都", "Wuhan 武汉"]),
            salary_min=low,
            salary_max=low + rng.choice((1000, 2000, 3000)),
        )
        if status == "open":
            published = now - datetime.timedelta(days=rng.uniform(5, 120))
        else:
            published = now - datetime.timedelta(days=rng.uniform(120, 540))
        ever_published = status in PUBLISHED
        tick(1)
        Requisition.objects.filter(pk=requisition.pk).update(
            status=status,
            created_at=published - datetime.timedelta(days=7),
            submitted_at=None if status == "draft" else published - datetime.timedelta(days=6),
            approved_at=None if status == "draft" else published - datetime.timedelta(days=4),
            published_at=published if ever_published else None,
            closed_at=published + datetime.timedelta(days=90) if status in ("closed", "filled") else None,
            closes_on=(published + datetime.timedelta(days=150)).date() if status == "open" else None,
            slug=f"{slugify(requisition.title_en)[:90] or 'job'}-{requisition.pk}" if ever_published else None,
        )
        if ever_published:
            postings.append(
                Posting(
                    pk=requisition.pk,
                    published_at=published,
                    title=requisition.title,
                    department=str(requisition.department),
                    salary_min=requisition.salary_min,
                    paths=list(requisition.eligibility_paths),
                )
            )
    for posting in postings:
        for round_ in ("first", "second"):
            posting.rounds[round_] = [
                (row.pk, row.key_item, f"{row.get_key_item_display()}: {row.requirement}"[:300], weight_of(row))
                for row in round_requirements(requisition_id=posting.pk, round=round_)
            ]
    return postings


class _Outcomes:
    """The product's screening of a person's facts against a posting's paths, remembered per pair
    (a few hundred distinct fact sets, so the rules run a few thousand times, not 250,000)."""

    def __init__(self):
        self.seen = {}

    def __call__(self, posting: Posting, facts: dict) -> str:
        key = (posting.pk, repr(sorted(facts.items())))
        if key not in self.seen:
            self.seen[key] = eligibility.evaluate(posting.paths, facts_for_screening(facts)).outcome
        return self.seen[key]


def _path(rng) -> tuple[list[str], str]:
    """The stages an application went through and where it is now (a path of the pipeline)."""
    reached = rng.random()
    if reached < 0.80:
        moves, end = ["resume_screen"], rng.choices(["resume_screen", "rejected", "withdrawn"], [45, 50, 5])[0]
    elif reached < 0.90:
        moves, end = (
            ["resume_screen", "first_interview"],
            rng.choices(["first_interview", "rejected", "withdrawn"], [40, 55, 5])[0],
        )
    elif reached < 0.98:
        moves, end = (
            ["resume_screen", "first_interview", "second_interview"],
            rng.choices(["second_interview", "rejected", "withdrawn"], [35, 60, 5])[0],
        )
    else:
        moves, end = (
            ["resume_screen", "first_interview", "second_interview", "offer"],
            rng.choices(["offer", "probation", "hired", "rejected"], [25, 25, 40, 10])[0],
        )
        if end in ("probation", "hired"):
            moves.append("probation")
    if end != moves[-1]:
        moves.append(end)
    return moves, end


def _silent(description: str, total: int):
    return lambda n: None


def seed_scale(*, candidates: int, seed: int = 2026, progress=_silent) -> dict:
    """Add ``candidates`` people and everything that hangs off them, in one transaction. Returns the
    row counts. ``progress(description, total)`` returns a function called with each step done."""
    rng = random.Random(seed)  # noqa: S311 - made-up data, reproducible by its seed
    now = timezone.now()
    plan = Plan.for_size(candidates)
    with transaction.atomic():
        users = _users(plan, rng)
        postings = _requisitions(plan, users, rng, now, progress("requisitions", plan.requisitions))
        counts = _people_and_applications(plan, postings, users, rng, now, progress("people", plan.candidates))
        reset_sequences(Candidate, Application, StageEvent, Interview, PanelMember, Scorecard, Rating, Offer, Probation)
    counts["requisitions"] = plan.requisitions
    return counts


def _people_and_applications(plan, postings, users, rng, now, tick) -> dict:
    tables = {
        "candidates": Table(Candidate, [
            "full_name", "email", "phone", "current_city", "education", "major", "school", "graduation_year",
            "years_experience", "years_customer_service", "cs_practice_hours", "languages", "language",
            "last_activity_at", "in_talent_pool", "created_at", "updated_at",
        ]),
        "tags": Table(Candidate.tags.through, ["candidate_id", "tag_id"]),
        "applications": Table(Application, [
            "candidate_id", "requisition_id", "stage", "stage_changed_at", "source", "language", "consent_at",
            "consent_version", "facts", "paths", "screening_outcome", "rejection_reason", "created_at", "updated_at",
        ]),
        "events": Table(StageEvent, [
            "application_id", "from_stage", "to_stage", "actor_id", "reason_id", "created_at",
        ]),
        "interviews": Table(Interview, [
            "application_id", "round", "format", "starts_at", "ends_at", "time_zone", "location", "status", "uid",
            "scheduled_by_id", "created_at", "updated_at",
        ]),
        "panel": Table(PanelMember, ["interview_id", "interviewer_id"]),
        "scorecards": Table(Scorecard, [
            "interview_id", "interviewer_id", "status", "recommendation", "star_notes", "submitted_at",
            "created_at", "updated_at",
        ]),
        "ratings": Table(Rating, [
            "scorecard_id", "requirement_id", "key_item", "label", "weight", "score", "evidence",
        ]),
        "offers": Table(Offer, [
            "application_id", "status", "position_title", "department_name", "monthly_salary", "start_date",
            "expires_on", "drafted_by_id", "sent_at", "decided_at", "signature_name", "created_at", "updated_at",
        ]),
        "probations": Table(Probation, [
            "offer_id", "application_id", "starts_on", "ends_on", "original_ends_on", "status", "created_at",
            "updated_at",
        ]),
    }  # fmt: skip
    ids = {name: table.next_id() for name, table in tables.items()}
    tag_ids = [Tag.objects.get_or_create(name=name)[0].pk for name in TAGS]
    reasons = dict(RejectionReason.objects.values_list("code", "pk"))
    reason_codes = [code for code in reasons if code not in ("screening", "knock_out")] or list(reasons)
    outcomes = _Outcomes()
    hr = users["hr"][0].pk
    interviewers = [u.pk for u in users["interviewer"]]
    big, others = postings[0], postings[1:] or postings[:1]
    big_left = plan.big
    version = settings.PRIVACY_NOTICE_VERSION

    def next_id(name):
        ids[name] += 1
        return ids[name] - 1

    for n in range(plan.candidates):
        data = person(rng, ids["candidates"])
        candidate_id = next_id("candidates")
        count = 2 if rng.random() < 0.25 else 1
        chosen = []
        if big_left > 0 and rng.random() < plan.big / plan.candidates * 1.05:
            chosen.append(big)
            big_left -= 1
        while len(chosen) < count:
            posting = rng.choice(others)
            if posting not in chosen:
                chosen.append(posting)
            elif len(others) < 2:
                break
        first_seen, last_activity = now, None
        facts = screening_facts(
            education=data["education"],
            years_experience=Decimal(str(data["years_experience"])),
            years_customer_service=Decimal(str(data["years_customer_service"])),
            cs_practice_hours=data["cs_practice_hours"],
            languages=data["languages"],
        )
        for posting in chosen:
            span = max(1.0, min(100.0, (now - posting.published_at).total_seconds() / 86400 - 1))
            applied = posting.published_at + datetime.timedelta(days=rng.uniform(0, span))
            last = _application(
                tables, next_id, posting, candidate_id, data, facts, applied, rng, now, hr, interviewers,
                reasons, reason_codes, outcomes, version,
            )  # fmt: skip
            first_seen = min(first_seen, applied)
            last_activity = max(last_activity or last, last)
        tables["candidates"].add(
            candidate_id, data["full_name"], data["email"], data["phone"], data["current_city"], data["education"],
            data["major"], data["school"], data["graduation_year"], data["years_experience"],
            data["years_customer_service"], data["cs_practice_hours"], data["languages"], data["language"],
            last_activity, rng.random() < 0.05, first_seen, last_activity,
        )  # fmt: skip
        if rng.random() < 0.1:
            tables["tags"].add(next_id("tags"), candidate_id, rng.choice(tag_ids))
        if n % 1000 == 999:
            tick(1000)
    tick(plan.candidates % 1000)
    written = {}
    for name, table in tables.items():
        table.flush()
        written[name] = table.written
    return written


def _application(tables, next_id, posting, candidate_id, data, facts, applied, rng, now, hr, interviewers,
                 reasons, reason_codes, outcomes, version):  # fmt: skip
    """One application with its stage history, interviews, scorecards and offer; returns its last change."""
    application_id = next_id("applications")
    moves, end = _path(rng)
    when = applied
    previous = ""
    times = []
    reason_code = ""
    for stage in moves:
        if previous:
            when = min(now, when + datetime.timedelta(days=rng.uniform(1, 9)))
        reason_id = None
        if stage == "rejected":
            reason_code = rng.choice(reason_codes)
            reason_id = reasons[reason_code]
        tables["events"].add(
            next_id("events"), application_id, previous, stage, hr if previous else None, reason_id, when
        )
        times.append((stage, when))
        previous = stage
    reached = {stage for stage, _when in times}
    for round_, stage in (("first", "first_interview"), ("second", "second_interview")):
        if stage in reached:
            moved = dict(times)[stage]
            _interview(tables, next_id, posting, application_id, round_, moved, rng, now, hr, interviewers)
    if "offer" in reached:
        _offer(tables, next_id, posting, application_id, data, end, dict(times), rng, hr)
    tables["applications"].add(
        application_id, candidate_id, posting.pk, end, when,
        rng.choices([s for s, _w in SOURCES], [w for _s, w in SOURCES])[0], data["language"], applied, version,
        facts, posting.paths, outcomes(posting, facts), reason_code, applied, when,
    )  # fmt: skip
    return when


def _interview(tables, next_id, posting, application_id, round_, moved, rng, now, hr, interviewers):
    starts = (moved + datetime.timedelta(days=rng.uniform(1, 4))).replace(minute=0, second=0, microsecond=0)
    interview_id = next_id("interviews")
    panel = rng.sample(interviewers, k=min(len(interviewers), rng.choice((1, 2, 2))))
    tables["interviews"].add(
        interview_id, application_id, round_, rng.choice(("structured_behavioural", "scenario_simulation", "video")),
        starts, starts + datetime.timedelta(minutes=45), settings.TIME_ZONE, "Room 3 · 3号会议室", "scheduled",
        _uuid(rng), hr, moved, moved,
    )  # fmt: skip
    for interviewer in panel:
        tables["panel"].add(next_id("panel"), interview_id, interviewer)
        if starts > now:
            continue
        submitted = starts + datetime.timedelta(hours=rng.uniform(1, 30))
        card_id = next_id("scorecards")
        scores = []
        for requirement_id, key_item, label, weight in posting.rounds.get(round_, []):
            score = rng.choices((1, 2, 3, 4, 5), (5, 15, 35, 30, 15))[0]
            scores.append(score)
            tables["ratings"].add(next_id("ratings"), card_id, requirement_id, key_item, label, weight, score, "")
        mean = sum(scores) / len(scores) if scores else 3
        recommendation = "strong_yes" if mean >= 4.3 else "yes" if mean >= 3.3 else "no" if mean >= 2.3 else "strong_no"
        tables["scorecards"].add(
            card_id, interview_id, interviewer, "submitted", recommendation,
            "S: a customer was angry about a late parcel. T/A: listened, checked the order. R: resolved.",
            submitted, starts, submitted,
        )  # fmt: skip


def _offer(tables, next_id, posting, application_id, data, end, times, rng, hr):
    offered = times["offer"]
    status = {"offer": "sent", "probation": "accepted", "hired": "accepted", "rejected": "declined"}[end]
    decided = offered + datetime.timedelta(days=rng.uniform(1, 5)) if status != "sent" else None
    offer_id = next_id("offers")
    start = (offered + datetime.timedelta(days=14)).date()
    tables["offers"].add(
        offer_id, application_id, status, posting.title, posting.department, posting.salary_min or Decimal(6000),
        start, (offered + datetime.timedelta(days=7)).date(), hr, offered, decided,
        data["full_name"] if status == "accepted" else "", offered, decided or offered,
    )  # fmt: skip
    if end in ("probation", "hired"):
        ends = start + datetime.timedelta(days=90)
        tables["probations"].add(
            next_id("probations"), offer_id, application_id, start, ends, ends,
            "passed" if end == "hired" else "active", decided, decided,
        )  # fmt: skip


def _uuid(rng):
    import uuid

    return uuid.UUID(int=rng.getrandbits(128), version=4)
