# ruff: noqa: F811  (the interview fixtures of tests/interviews/conftest.py are imported and used as arguments)
"""Hypothesis fuzzing of the main HR forms through their pages: requisition create and edit, screening
questions, demand-table rows (htmx), the move/reject form of the candidate page, offers (draft and
edit), probation reviews and outcomes, interview scheduling and the scorecard autosave (htmx).

Each example posts a valid form with a few fields made hostile (unicode of every class, 10k+ strings,
numbers at and past their bounds, NaN/Infinity/"1e400"/"²", far and malformed dates, values outside the
choices, junk primary keys, lists where one value is expected, missing fields). Whatever is posted the
page answers below 500. A refusal shows the errors (on the form, or as flashed messages for the forms
that redirect) and writes nothing: no new row in any table, the edited row unchanged, no file. A success
stores only what the validators allow, and the pages that show it still render.

Every example runs in a savepoint that is rolled back, so examples do not see each other's writes.
"""

import datetime
import json
import re
import urllib.parse
from zoneinfo import available_timezones

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.http import url_has_allowed_host_and_scheme
from hypothesis import event, example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from candidates.forms import ApplicationForm
from candidates.models import Application, Note, Offer, Probation, ProbationReview, RejectionReason, StageEvent
from candidates.probation_rules import add_months, max_probation_months, probation_error
from candidates.services.offers import offer_accept, offer_decide, offer_draft, offer_send, offer_submit
from candidates.status_links import make_token
from interviews.models import Format, Interview, Rating, Recommendation, Round, Scorecard
from interviews.services.scheduling import MAX_DAYS_AHEAD, MAX_MINUTES, MAX_PANEL, MIN_MINUTES, PANEL_ROLES
from interviews.services.scorecards import TEXT_MAX, scorecard_start
from recruiting.models import AuditEvent, Language
from recruiting.roles import Role, has_role
from requisitions.choices import Category, Industry, KeyItem, Level, Priority
from requisitions.models import AssessmentMethod, Requisition, RequisitionRequirement, ScreeningQuestion
from requisitions.screening import validate_question
from tests.candidates.test_fuzz_apply import (
    DATE_TEXT,
    DATETIME_TEXT,
    FUZZ,
    HOSTILE_BOOLEAN,
    HOSTILE_DATE,
    HOSTILE_DATETIME,
    HOSTILE_NUMBER,
    HOSTILE_TEXT,
    Snapshot,
    assert_no_nul,
    hostile_choice,
    hostile_ids,
    isolated_example,
    last,
    multi,
)
from tests.candidates.test_offers import second_round_application, terms
from tests.interviews.conftest import panelist, schedule  # noqa: F401  (fixtures)

pytestmark = pytest.mark.django_db

FEW = hypothesis_settings(FUZZ, max_examples=30)
SOME = hypothesis_settings(FUZZ, max_examples=40)


# --- Posting hostile forms -----------------------------------------------------------------------------------


@st.composite
def form_posts(draw, base: dict, hostile: dict, *, max_hostile=3):
    """``base`` (values or strategies) with a few fields hostile, one a multi-value, one left out."""
    data = {name: draw(value) if isinstance(value, st.SearchStrategy) else value for name, value in base.items()}
    names = sorted(hostile)
    for name in draw(st.sets(st.sampled_from(names), max_size=max_hostile)):
        data[name] = draw(hostile[name])
    for name in draw(st.sets(st.sampled_from(names), max_size=1)):
        data[name] = draw(multi(st.one_of(st.just(last(data.get(name, ""))), hostile[name])))
    for name in draw(st.sets(st.sampled_from(names), max_size=1)):
        data.pop(name, None)
    return data


def varied(default: dict, variants: dict) -> dict:
    """A form's valid values, some of them drawn from other valid values."""
    return {name: variants.get(name, value) for name, value in default.items()}


TOKEN = re.compile(r"@(day|hour)([+-]\d+)")


def resolve(data: dict, ids: dict) -> dict:
    """Replace the placeholders the strategies use for what only exists at run time: ``@name`` primary
    keys from ``ids``, ``@day+N`` dates and ``@hour+N`` wall-clock times from now."""

    def one(value):
        if not isinstance(value, str):
            return value
        if value in ids:
            return str(ids[value])
        match = TOKEN.fullmatch(value)
        if match and match[1] == "day":
            return (timezone.localdate() + datetime.timedelta(days=int(match[2]))).isoformat()
        if match:
            moment = timezone.localtime() + datetime.timedelta(hours=int(match[2]))
            return moment.strftime("%Y-%m-%dT%H:%M")
        return value

    return {
        key: [one(item) for item in value] if isinstance(value, list) else one(value) for key, value in data.items()
    }


def days(*offsets):
    return [f"@day{offset:+d}" for offset in offsets]


def flashed(response, level=None):
    return [str(m) for m in get_messages(response.wsgi_request) if level is None or m.level_tag == level]


def row_values(instance) -> dict:
    """Every stored column of ``instance``, read afresh."""
    fresh = type(instance)._base_manager.get(pk=instance.pk)
    return {field.attname: getattr(fresh, field.attname) for field in fresh._meta.concrete_fields}


def assert_errors_on_page(response, errors):
    html = response.content.decode()
    texts = [str(text) for values in errors.values() for text in values]
    assert texts, "a refusal must say why"
    assert any(escape(text) in html for text in texts), f"errors not on the page: {texts}"


def run_example(folder, send, *, saved, check_saved, check_refused=None, watch=()):
    """One example: post, then either check what was saved or check that nothing was written."""
    with isolated_example():
        snapshot = Snapshot(folder)
        before = [row_values(instance) for instance in watch]
        response = send()
        assert response.status_code < 500
        if saved(response):
            event("outcome: saved")
            check_saved(response, snapshot)
        elif response.status_code == 400:
            # A NUL character anywhere in the form: refused whole before any view (RefuseNullCharacters).
            event("outcome: refused as a bad request")
            snapshot.assert_nothing_written()
        else:
            event("outcome: refused")
            if check_refused is not None:
                check_refused(response)
            snapshot.assert_nothing_written()
            assert [row_values(instance) for instance in watch] == before, "a refused post changed the row"
        assert snapshot.new_files() == set()
        return response


@pytest.fixture
def folder(settings, tmp_path):
    """Uploaded and generated files go here: none of these forms may leave one."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return tmp_path / "media"


@pytest.fixture
def people(hr, manager, interviewer, approver, make_user):
    inactive = make_user(Role.INTERVIEWER, username="gone", is_active=False)
    return {"@hr": hr.pk, "@manager": manager.pk, "@interviewer": interviewer.pk, "@approver": approver.pk,
            "@inactive": inactive.pk}  # fmt: skip


PEOPLE = ["@hr", "@manager", "@interviewer", "@approver", "@inactive"]


def _fits_in_64_bits(value) -> bool:
    try:
        return abs(int(str(value).strip())) < 2**63
    except ValueError:
        return True


def hostile_multi_ids(*valid):
    """Junk primary keys for a multiple-choice field, without integers past 64 bits: those make a 500 on
    SQLite, pinned by ``test_an_out_of_range_id_in_a_multiple_choice_field`` below."""
    return hostile_ids(*valid).filter(_fits_in_64_bits)


# Made once per test (not per example): every example starts from these rows, its own writes rolled back.


@pytest.fixture
def draft_requisition(make_requisition):
    return make_requisition()  # a draft from the supervisor profile: it has demand-table rows


@pytest.fixture
def application(make_application):
    return make_application()  # at resume screen


@pytest.fixture
def second_round(make_posting, hr):
    return second_round_application(make_posting, hr)


@pytest.fixture
def draft_offer(make_posting, hr):
    return offer_draft(actor=hr, application=second_round_application(make_posting, hr), terms=terms())


# --- Requisitions ---------------------------------------------------------------------------------------------

TEXT_FIELDS = ("summary_en", "summary_zh", "duties_en", "duties_zh", "company_intro_en", "company_intro_zh",
               "benefits_en", "benefits_zh")  # fmt: skip
REQUISITION = {
    "title_en": "Customer-service agent", "title_zh": "客服专员", "department": "@department",
    "hiring_manager": "@manager", "recruiter": "@hr", "headcount": "2", "level": "specialist", "industry": "general",
    "employment_type": "FULL_TIME", "location": "Shanghai", "salary_min": "6000", "salary_max": "9000",
    "salary_currency": "CNY", "salary_period": "MONTH", "show_salary": "on", "resume_required": "on",
    "auto_reject": "", "reason": "new", "target_start_date": "", "internal_until": "", "closes_on": "",
    **dict.fromkeys(TEXT_FIELDS, ""),
}  # fmt: skip
REQUISITION_VARIANTS = {
    "title_en": st.sampled_from(["Customer-service agent", "", "Agent 客服"]),
    "title_zh": st.sampled_from(["客服专员", ""]),
    "recruiter": st.sampled_from(["", "@hr"]),
    "headcount": st.sampled_from(["1", "2", "32767"]),
    "level": st.sampled_from(Level.values),
    "industry": st.sampled_from(Industry.values),
    "employment_type": st.sampled_from(Requisition.EmploymentType.values),
    "location": st.sampled_from(["Shanghai", "上海 浦东"]),
    "salary_min": st.sampled_from(["", "0", "6000"]),
    "salary_max": st.sampled_from(["", "9000", "9999999999.99"]),
    "salary_currency": st.sampled_from(["CNY", "USD"]),
    "salary_period": st.sampled_from(Requisition.SalaryPeriod.values),
    "show_salary": st.sampled_from(["on", ""]),
    "resume_required": st.sampled_from(["on", ""]),
    "auto_reject": st.sampled_from(["on", ""]),
    "reason": st.sampled_from(Requisition.Reason.values),
    "target_start_date": st.sampled_from(["", *days(30)]),
    "internal_until": st.sampled_from(["", *days(3)]),
    "closes_on": st.sampled_from(["", *days(30)]),
    **dict.fromkeys(TEXT_FIELDS, st.sampled_from(["", "Line one\nLine two"])),
}
REQUISITION_HOSTILE = {
    "title_en": HOSTILE_TEXT,
    "title_zh": HOSTILE_TEXT,
    "department": hostile_ids("@department"),
    "hiring_manager": hostile_ids(*PEOPLE),
    "recruiter": hostile_ids(*PEOPLE),
    "headcount": st.one_of(st.sampled_from(["0", "1", "32767", "32768", "65536"]), HOSTILE_NUMBER),
    "level": hostile_choice(Level.values),
    "industry": hostile_choice(Industry.values),
    "employment_type": hostile_choice(Requisition.EmploymentType.values),
    "location": HOSTILE_TEXT,
    "salary_min": st.one_of(st.sampled_from(["-0.01", "0.001", "9999999999.99", "10000000000"]), HOSTILE_NUMBER),
    "salary_max": st.one_of(st.sampled_from(["-0.01", "0.001", "9999999999.99", "10000000000"]), HOSTILE_NUMBER),
    "salary_currency": hostile_choice(["CNY", "USD", "EUR"]),
    "salary_period": hostile_choice(Requisition.SalaryPeriod.values),
    "show_salary": HOSTILE_BOOLEAN,
    "resume_required": HOSTILE_BOOLEAN,
    "auto_reject": HOSTILE_BOOLEAN,
    "reason": hostile_choice(Requisition.Reason.values),
    "target_start_date": HOSTILE_DATE,
    "internal_until": HOSTILE_DATE,
    "closes_on": HOSTILE_DATE,
    **dict.fromkeys(TEXT_FIELDS, HOSTILE_TEXT),
}


def check_requisition(client, requisition, data):
    requisition.full_clean(exclude=["slug"])
    assert_no_nul(requisition)
    assert requisition.title_en or requisition.title_zh
    assert requisition.headcount >= 1
    if requisition.salary_min is not None and requisition.salary_max is not None:
        assert 0 <= requisition.salary_min <= requisition.salary_max
    assert requisition.location == last(data["location"]).strip()
    assert requisition.hiring_manager.is_active
    assert has_role(requisition.hiring_manager, Role.HIRING_MANAGER)
    assert requisition.recruiter is None or has_role(requisition.recruiter, Role.HR)
    assert requisition.status == Requisition.Status.DRAFT
    assert client.get(reverse("requisitions:detail", args=[requisition.pk])).status_code == 200


@example(post=REQUISITION | {"headcount": "1e400", "salary_min": "NaN", "salary_max": "Infinity"})
@example(post=REQUISITION | {"title_en": "x" * 10_001, "closes_on": "9999-12-31", "target_start_date": "0001-01-01"})
@example(post=REQUISITION | {"hiring_manager": "9" * 30, "department": str(2**63), "level": ["specialist", "x"]})
@example(
    post=REQUISITION | {"closes_on": "9999-12-31", "internal_until": "9999-12-31", "target_start_date": "9999-12-31"}
)
@given(post=form_posts(varied(REQUISITION, REQUISITION_VARIANTS), REQUISITION_HOSTILE))
@SOME
def test_requisition_create(client, hr, manager, department, people, folder, post):
    client.force_login(hr)
    data = resolve(post, people | {"@department": department.pk})
    data.setdefault("location", "")

    def check_saved(response, snapshot):
        assert set(snapshot.row_changes()) == {"requisitions.Requisition", "requisitions.ScreeningQuestion",
                                               "recruiting.AuditEvent"}  # fmt: skip
        requisition = Requisition.objects.order_by("-pk").first()
        assert response["Location"] == reverse("requisitions:detail", args=[requisition.pk])
        assert requisition.created_by == hr
        check_requisition(client, requisition, data)

    run_example(
        folder,
        lambda: client.post(reverse("requisitions:create"), data),
        saved=lambda response: response.status_code == 302,
        check_saved=check_saved,
        check_refused=lambda response: assert_errors_on_page(response, response.context["form"].errors),
    )


@given(post=form_posts(varied(REQUISITION, REQUISITION_VARIANTS), REQUISITION_HOSTILE))
@FEW
def test_requisition_edit(client, hr, department, people, draft_requisition, folder, post):
    requisition = draft_requisition
    client.force_login(hr)
    data = resolve(post, people | {"@department": department.pk})
    data.setdefault("location", "")

    def check_saved(response, snapshot):
        assert set(snapshot.row_changes()) <= {"recruiting.AuditEvent"}
        check_requisition(client, Requisition.objects.get(pk=requisition.pk), data)

    run_example(
        folder,
        lambda: client.post(reverse("requisitions:edit", args=[requisition.pk]), data),
        saved=lambda response: response.status_code == 302,
        check_saved=check_saved,
        check_refused=lambda response: assert_errors_on_page(response, response.context["form"].errors),
        watch=[requisition],
    )


def json_values(max_leaves=8):
    """JSON documents of any shape (no NUL in their strings: see the xfail test at the end)."""
    text = st.text(max_size=12).map(lambda value: value.replace("\x00", ""))
    scalars = st.one_of(st.none(), st.booleans(), st.integers(-(10**30), 10**30), st.floats(allow_nan=False), text)
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4),
        max_leaves=max_leaves,
    )


CHOICES = [{"value": "a", "label_en": "Weekdays"}, {"value": "b", "label_zh": "周末"}]
JSON_TEXT = st.one_of(
    st.sampled_from([
        "", "[]", "{}", "null", "1", '"text"', "[" * 50_000 + "]" * 50_000, "{" * 10_000, '{"min": 1e400}',
        '{"min": NaN}', '{"max": -Infinity}', '{"min": "5", "max": "1"}', '{"values": "a"}', '{"values": ["z"]}',
        '{"answer": "maybe"}', '{"answer": "no", "min": 1}', json.dumps(CHOICES * 3), "[1, 2,]", "{'a': 1}",
        '[{"value": {"nested": 1}, "label_en": "x"}, {"value": "b", "label_en": "y"}]', "\ufeff[]", "[] []",
    ]),
    json_values().map(json.dumps),
    json_values().map(lambda value: json.dumps(value, ensure_ascii=False)),
    HOSTILE_TEXT.map(lambda value: value.replace("\x00", "")),
)  # fmt: skip
QUESTION = {"kind": "yes_no", "text_en": "Are you available on weekends?", "text_zh": "", "required": "on",
            "choices": "", "knockout": '{"answer": "no"}'}  # fmt: skip
QUESTION_VARIANTS = {
    "kind": st.sampled_from(ScreeningQuestion.Kind.values),
    "text_zh": st.sampled_from(["", "周末可以上班吗？"]),
    "required": st.sampled_from(["on", ""]),
    "choices": st.sampled_from(["", json.dumps(CHOICES)]),
    "knockout": st.sampled_from(["", '{"answer": "no"}', '{"values": ["b"]}', '{"min": 1}']),
}
QUESTION_HOSTILE = {
    "kind": hostile_choice(ScreeningQuestion.Kind.values),
    "text_en": HOSTILE_TEXT,
    "text_zh": HOSTILE_TEXT,
    "required": HOSTILE_BOOLEAN,
    "choices": JSON_TEXT,
    "knockout": JSON_TEXT,
}


@example(post=QUESTION | {"kind": "number", "knockout": '{"min": 1e400}'})
@example(post=QUESTION | {"kind": "choice", "choices": "[" * 50_000 + "]" * 50_000})
@example(post=QUESTION | {"kind": "choice", "choices": json.dumps(CHOICES), "knockout": '{"values": [["b"]]}'})
@given(post=form_posts(varied(QUESTION, QUESTION_VARIANTS), QUESTION_HOSTILE))
@FEW
def test_screening_question_add(client, hr, draft_requisition, folder, post):
    requisition = draft_requisition
    client.force_login(hr)

    def check_saved(response, snapshot):
        assert snapshot.row_changes() == {"requisitions.ScreeningQuestion": 1, "recruiting.AuditEvent": 1}
        question = requisition.questions.order_by("-pk").first()
        validate_question(question)
        question.full_clean(exclude=["requisition"])
        assert_no_nul(question)
        assert isinstance(question.choices, list)
        assert isinstance(question.knockout, dict)
        # The public form can be built and shown with the stored question.
        form = ApplicationForm(requisition=requisition, questions=[question])
        assert f'name="q_{question.pk}"' in str(form[f"q_{question.pk}"])
        assert client.get(reverse("requisitions:detail", args=[requisition.pk])).status_code == 200

    run_example(
        folder,
        lambda: client.post(reverse("requisitions:question_add", args=[requisition.pk]), post),
        saved=lambda response: response.status_code == 302,
        check_saved=check_saved,
        check_refused=lambda response: assert_errors_on_page(response, response.context["form"].errors),
    )


ROW = {"category": "hard", "key_item": "experience", "requirement_en": "Two years in a call centre",
       "requirement_zh": "", "priority": "required", "industry": "general", "methods": ["@method0"]}  # fmt: skip
ROW_VARIANTS = {
    "category": st.sampled_from(Category.values),
    "key_item": st.sampled_from(KeyItem.values),
    "requirement_en": st.sampled_from(["Two years in a call centre", ""]),
    "requirement_zh": st.sampled_from(["两年呼叫中心经验", ""]),
    "priority": st.sampled_from(Priority.values),
    "industry": st.sampled_from(Industry.values),
    "methods": st.lists(st.sampled_from(["@method0", "@method1", "@method2"]), max_size=3, unique=True),
}
ROW_HOSTILE = {
    "category": hostile_choice(Category.values),
    "key_item": hostile_choice(KeyItem.values),
    "requirement_en": HOSTILE_TEXT,
    "requirement_zh": HOSTILE_TEXT,
    "priority": hostile_choice(Priority.values),
    "industry": hostile_choice(Industry.values),
    "methods": st.lists(hostile_multi_ids("@method0", "@method1", "@method2"), max_size=4),
}


@given(post=form_posts(varied(ROW, ROW_VARIANTS), ROW_HOSTILE), edit=st.booleans())
@SOME
def test_demand_table_row_add_and_edit(client, hr, draft_requisition, folder, post, edit):
    requisition = draft_requisition
    row = requisition.requirements.order_by("order").first()
    methods = {f"@method{n}": method.pk for n, method in enumerate(AssessmentMethod.objects.order_by("pk"))}
    client.force_login(hr)
    data = resolve(post, methods)
    url = (
        reverse("requisitions:row_edit", args=[requisition.pk, row.pk])
        if edit
        else reverse("requisitions:row_add", args=[requisition.pk])
    )

    def refused_form(response):
        if edit:
            return response.context["editing"][1] if response.context["editing"] else None
        form = response.context["row_form"]
        return form if form.is_bound else None

    def check_saved(response, snapshot):
        changes = snapshot.row_changes()
        assert set(changes) <= {"requisitions.RequisitionRequirement", "requisitions.RequisitionRequirement_methods",
                                "recruiting.AuditEvent"}  # fmt: skip
        assert changes.get("requisitions.RequisitionRequirement", 0) == (0 if edit else 1)
        saved = row if edit else requisition.requirements.order_by("-pk").first()
        saved = RequisitionRequirement.objects.get(pk=saved.pk)
        saved.full_clean(exclude=["requisition"])
        assert_no_nul(saved)
        assert saved.requirement_en.strip() or saved.requirement_zh.strip()
        posted = {str(value) for value in data.get("methods", [])}
        assert {str(pk) for pk in saved.methods.values_list("pk", flat=True)} == posted
        assert client.get(reverse("requisitions:detail", args=[requisition.pk])).status_code == 200

    run_example(
        folder,
        lambda: client.post(url, data, HTTP_HX_REQUEST="true"),
        saved=lambda response: response.status_code == 200 and refused_form(response) is None,
        check_saved=check_saved,
        check_refused=lambda response: assert_errors_on_page(response, refused_form(response).errors),
        watch=[row],
    )


# --- The move/reject form of the candidate page ----------------------------------------------------------------


def _redirects(value) -> bool:
    """False for a ``next`` that ``safe_next`` lets through but ``redirect()`` then takes for a URL
    name: a 500, pinned by ``test_a_next_that_is_neither_a_path_nor_a_url`` below."""
    values = value if isinstance(value, list) else [value]
    return not any(
        item and url_has_allowed_host_and_scheme(item, allowed_hosts={"testserver"}) and not {"/", "."} & set(item)
        for item in values
    )


NEXT_URLS = [
    "", "/", "/candidates/", "//evil.example/", "https://evil.example/", "http://testserver/candidates/",
    "/\\evil.example", "\\\\evil.example", "javascript:alert(1)", "/%0d%0aSet-Cookie:x=y", "/\r\nSet-Cookie: x=y",
    "///evil.example", "http:/evil.example", "\x00/evil", " //evil.example", "/\t/evil.example", "https:evil.example",
    "data:text/html,<script>alert(1)</script>", "/" + "a" * 10_000, "http://testserver@evil.example/",
]  # fmt: skip
MOVE = {"target": "first_interview", "reason": "", "feedback": "", "note": ""}
MOVE_VARIANTS = {
    "target": st.sampled_from(["first_interview", "second_interview", "rejected"]),
    "reason": st.sampled_from(["", "@reason", "@reason2"]),
    "feedback": st.sampled_from(["", "Thank you for applying."]),
    "note": st.sampled_from(["", "Strong phone manner", "   "]),
}
MOVE_HOSTILE = {
    "target": hostile_choice(
        ["resume_screen", "first_interview", "second_interview", "offer", "probation", "hired", "rejected", "withdrawn"]
    ),
    "reason": hostile_ids("@reason", "@reason2", "@inactive_reason"),
    "feedback": HOSTILE_TEXT,
    "note": HOSTILE_TEXT,
    "next": st.one_of(st.sampled_from(NEXT_URLS), HOSTILE_TEXT).filter(_redirects),
}


@example(post=MOVE | {"target": "rejected", "reason": "@inactive_reason", "next": "//evil.example/"})
@example(post=MOVE | {"target": "second_interview", "note": "\u200b", "next": "/\r\nSet-Cookie: x=y"})
@example(post=MOVE | {"target": ["rejected", "first_interview"], "reason": ["@reason", "9" * 30], "note": "x" * 2001})
@example(post=MOVE | {"target": "rejected", "reason": "@reason", "feedback": "x" * 2000, "next": "/candidates/?a=b"})
@given(post=form_posts(varied(MOVE, MOVE_VARIANTS), MOVE_HOSTILE))
@SOME
def test_move_and_reject_form(client, hr, application, folder, post):
    reasons = list(RejectionReason.objects.filter(is_active=True).order_by("pk")[:2])
    inactive, _ = RejectionReason.objects.get_or_create(code="fuzz-old", defaults={
        "label_en": "Old", "label_zh": "旧", "feedback_en": "x", "feedback_zh": "x", "is_active": False})  # fmt: skip
    ids = {"@reason": reasons[0].pk, "@reason2": reasons[1].pk, "@inactive_reason": inactive.pk}
    client.force_login(hr)
    prefix = f"m{application.pk}-"
    data = {(key if key == "next" else prefix + key): value for key, value in resolve(post, ids).items()}

    def check_location(response):
        assert response.status_code == 302
        location = response["Location"]
        assert "\r" not in location
        assert "\n" not in location
        assert url_has_allowed_host_and_scheme(location, allowed_hosts={"testserver"}), location
        assert urllib.parse.urlsplit(location).netloc in ("", "testserver")

    def check_saved(response, snapshot):
        check_location(response)
        moved = Application.objects.get(pk=application.pk)
        assert moved.stage == last(post["target"])
        changes = snapshot.row_changes()
        assert set(changes) <= {"candidates.StageEvent", "recruiting.AuditEvent", "recruiting.Notification"}, changes
        assert changes["candidates.StageEvent"] == 1
        step = StageEvent.objects.filter(application=moved).latest("pk")
        assert step.note == (last(post.get("note", "")) or "").strip()
        assert len(step.note) <= 2000
        assert_no_nul(step)
        assert_no_nul(moved)
        if moved.stage == "rejected":
            assert RejectionReason.objects.get(code=moved.rejection_reason).is_active
            assert step.reason_id == int(resolve({"r": last(post["reason"])}, ids)["r"])
        if moved.stage == "second_interview":
            assert step.note  # skipping a stage needs a note
        assert flashed(response, "success")
        assert client.get(reverse("candidates:detail", args=[moved.candidate_id])).status_code == 200

    def check_refused(response):
        check_location(response)
        assert flashed(response, "error"), "a refused move must say why"

    run_example(
        folder,
        lambda: client.post(reverse("candidates:move", args=[application.pk]), data),
        saved=lambda response: Application.objects.get(pk=application.pk).stage != application.stage,
        check_saved=check_saved,
        check_refused=check_refused,
        watch=[application],
    )


# --- Offers -----------------------------------------------------------------------------------------------------

OFFER = {
    "position_title": "Customer-service supervisor", "department_name": "Customer Service Centre",
    "monthly_salary": "8000", "currency": "CNY", "start_date": "@day+30", "contract_months": "36",
    "probation_months": "3", "benefits": "", "expires_on": "@day+7", "language": "zh-hans", "salary_note": "",
}  # fmt: skip
OFFER_VARIANTS = {
    "monthly_salary": st.sampled_from(["8000", "6000", "9000.50"]),
    "start_date": st.sampled_from(days(30, 8, 366)),
    "contract_months": st.sampled_from(["36", "", "12"]),
    "probation_months": st.sampled_from(["3", "0", "2"]),
    "benefits": st.sampled_from(["", "Social insurance and housing fund"]),
    "expires_on": st.sampled_from(days(7, 0, 8)),
    "language": st.sampled_from(Language.values),
    "salary_note": st.sampled_from(["", "Market rate"]),
}
OFFER_DATES = st.one_of(st.sampled_from(days(-1, 0, 60, 61, 366, 367, -36500, 36500)), HOSTILE_DATE)
OFFER_HOSTILE = {
    "position_title": HOSTILE_TEXT,
    "department_name": HOSTILE_TEXT,
    "monthly_salary": st.one_of(st.sampled_from(["0", "0.01", "99999999.99", "100000000", "-8000"]), HOSTILE_NUMBER),
    "currency": hostile_choice(["CNY", "USD"]),
    "start_date": OFFER_DATES,
    "contract_months": st.one_of(
        st.sampled_from(["0", "1", "2", "3", "11", "12", "35", "32767", "32768"]), HOSTILE_NUMBER
    ),
    "probation_months": st.one_of(st.sampled_from(["0", "1", "6", "7", "12", "13", "32768"]), HOSTILE_NUMBER),
    "benefits": HOSTILE_TEXT,
    "expires_on": OFFER_DATES,
    "language": hostile_choice(Language.values),
    "salary_note": HOSTILE_TEXT,
}


def check_offer(client, offer):
    offer.full_clean()
    assert_no_nul(offer)
    today = timezone.localdate()
    assert today <= offer.start_date <= today + datetime.timedelta(days=366)
    assert today <= offer.expires_on <= min(offer.start_date, today + datetime.timedelta(days=60))
    assert probation_error(offer.contract_months, offer.probation_months) == ""
    assert offer.monthly_salary > 0
    assert not offer.outside_range or offer.salary_note.strip()
    assert offer.status == Offer.Status.DRAFT
    assert client.get(reverse("candidates:offer", args=[offer.pk])).status_code == 200
    assert client.get(reverse("candidates:offer_edit", args=[offer.pk])).status_code == 200


@example(post=OFFER | {"start_date": "9999-12-31", "expires_on": "9999-12-30", "contract_months": ""}, edit=False)
@example(post=OFFER | {"monthly_salary": "1e400", "contract_months": "NaN", "probation_months": "²"}, edit=True)
@example(post=OFFER | {"monthly_salary": "20000", "salary_note": " \u200b "}, edit=False)
@given(post=form_posts(varied(OFFER, OFFER_VARIANTS), OFFER_HOSTILE), edit=st.booleans())
@SOME
def test_offer_draft_and_edit(client, hr, second_round, draft_offer, folder, post, edit):
    draft = draft_offer if edit else None
    application = draft_offer.application if edit else second_round
    client.force_login(hr)
    data = resolve(post, {})
    url = (
        reverse("candidates:offer_edit", args=[draft.pk])
        if edit
        else reverse("candidates:offer_create", args=[application.pk])
    )

    def check_saved(response, snapshot):
        changes = snapshot.row_changes()
        if edit:
            assert set(changes) <= {"recruiting.AuditEvent"}
            offer = Offer.objects.get(pk=draft.pk)
        else:
            assert changes["candidates.Offer"] == 1
            assert changes["candidates.StageEvent"] == 1
            assert set(changes) <= {"candidates.Offer", "candidates.StageEvent", "recruiting.AuditEvent",
                                    "recruiting.Notification"}  # fmt: skip
            offer = Offer.objects.get(application=application)
            assert Application.objects.get(pk=application.pk).stage == "offer"
        assert response["Location"] == reverse("candidates:offer", args=[offer.pk])
        check_offer(client, offer)

    run_example(
        folder,
        lambda: client.post(url, data),
        saved=lambda response: response.status_code == 302,
        check_saved=check_saved,
        check_refused=lambda response: assert_errors_on_page(response, response.context["form"].errors),
        watch=[application, *([draft] if draft else [])],
    )


# --- Probation ----------------------------------------------------------------------------------------------------


@pytest.fixture
def probation(make_posting, hr, department):
    """A person in a 3-month probation on a 36-month contract (the limit is 6 months), through the services."""
    application = second_round_application(make_posting, hr)
    offer = offer_draft(actor=hr, application=application, terms=terms())
    offer_submit(actor=hr, offer=offer)
    offer = offer_decide(actor=department.chain[0], offer=offer, approve=True)
    offer = offer_send(actor=hr, offer=offer)
    offer_accept(offer=offer, signature="李雷", ip=None)
    return Probation.objects.get(application=application)


SCORE = st.sampled_from(["1", "2", "3", "4", "5"])
HOSTILE_SCORE = st.one_of(
    st.sampled_from(["0", "6", "-1", "3.5", "5.0", "²", "５", "٣", " 4 ", "4\x00"]), HOSTILE_NUMBER
)
REVIEW = {"month": "1", **dict.fromkeys(ProbationReview.SCORES, "4"), "comments": "", "recommendation": "on_track"}
REVIEW_VARIANTS = {
    "month": st.sampled_from(["1", "2", "3"]),
    **dict.fromkeys(ProbationReview.SCORES, SCORE),
    "comments": st.sampled_from(["", "Quick learner"]),
    "recommendation": st.sampled_from(ProbationReview.Recommendation.values),
}
REVIEW_HOSTILE = {
    "month": st.one_of(st.sampled_from(["0", "4", "-1", "32768"]), HOSTILE_NUMBER),
    **dict.fromkeys(ProbationReview.SCORES, HOSTILE_SCORE),
    "comments": HOSTILE_TEXT,
    "recommendation": hostile_choice(ProbationReview.Recommendation.values),
}


@given(post=form_posts(varied(REVIEW, REVIEW_VARIANTS), REVIEW_HOSTILE))
@FEW
def test_probation_review(client, manager, probation, folder, post):
    client.force_login(manager)

    def check_saved(response, snapshot):
        assert snapshot.row_changes() == {"candidates.ProbationReview": 1, "recruiting.AuditEvent": 1}
        review = ProbationReview.objects.get(probation=probation)
        review.full_clean()
        assert_no_nul(review)
        assert 1 <= review.month <= 3
        assert all(1 <= getattr(review, name) <= 5 for name in ProbationReview.SCORES)
        assert review.comments == last(post.get("comments", "")).strip()
        assert flashed(response, "success")
        assert client.get(reverse("candidates:probation", args=[probation.pk])).status_code == 200

    run_example(
        folder,
        lambda: client.post(reverse("candidates:probation_review", args=[probation.pk]), post),
        saved=lambda response: ProbationReview.objects.filter(probation=probation).exists(),
        check_saved=check_saved,
        check_refused=lambda response: flashed(response, "error") or pytest.fail("a refused review must say why"),
        watch=[probation],
    )


OUTCOME = {"outcome": "extend", "ends_on": "@end+1", "note": "Needs another month"}
OUTCOME_VARIANTS = {
    "outcome": st.sampled_from(["extend", "extend", "terminate", "pass"]),
    "ends_on": st.sampled_from(["@end+1", "@latest"]),
    "note": st.sampled_from(["Needs another month", "延长一个月"]),
}
OUTCOME_HOSTILE = {
    "outcome": hostile_choice(["extend", "terminate", "pass"]),
    "ends_on": st.one_of(st.sampled_from(["@end", "@latest+1", "@start", *DATE_TEXT]), HOSTILE_DATE),
    "note": HOSTILE_TEXT,
}


@example(post=OUTCOME | {"ends_on": "9999-12-31"})
@example(post=OUTCOME | {"ends_on": "@latest"})
@given(post=form_posts(varied(OUTCOME, OUTCOME_VARIANTS), OUTCOME_HOSTILE))
@FEW
def test_probation_outcome(client, manager, probation, folder, post):
    client.force_login(manager)
    latest = add_months(probation.starts_on, max_probation_months(probation.offer.contract_months))
    ids = {"@end": probation.ends_on.isoformat(), "@end+1": (probation.ends_on + datetime.timedelta(days=1)).isoformat(),
           "@latest": latest.isoformat(), "@latest+1": (latest + datetime.timedelta(days=1)).isoformat(),
           "@start": probation.starts_on.isoformat()}  # fmt: skip
    data = resolve(post, ids)
    before = row_values(probation)

    def check_saved(response, snapshot):
        record = Probation.objects.get(pk=probation.pk)
        record.full_clean(exclude=["decided_by"])  # null until decided, without blank=True
        assert_no_nul(record)
        if record.status == Probation.Status.ACTIVE:
            assert probation.ends_on < record.ends_on <= latest
            assert set(snapshot.row_changes()) == {"recruiting.AuditEvent"}
        else:
            assert record.status == Probation.Status.TERMINATED  # passing needs a review first
            assert record.outcome_note.strip()
            assert Application.objects.get(pk=probation.application_id).stage == "rejected"
        assert flashed(response, "success")
        assert client.get(reverse("candidates:probation", args=[probation.pk])).status_code == 200

    run_example(
        folder,
        lambda: client.post(reverse("candidates:probation_outcome", args=[probation.pk]), data),
        saved=lambda response: row_values(probation) != before,
        check_saved=check_saved,
        check_refused=lambda response: flashed(response, "error") or pytest.fail("a refused outcome must say why"),
        watch=[probation],
    )


# --- Interviews ------------------------------------------------------------------------------------------------

SCHEDULE = {
    "round": "first", "format": "structured_behavioural", "starts_at": "@hour+48", "duration_minutes": "45",
    "time_zone": "Asia/Shanghai", "location": "Room 3", "video_link": "", "note_to_candidate": "",
    "interviewers": ["@interviewer"], "allow_conflicts": "",
}  # fmt: skip
SCHEDULE_VARIANTS = {
    "round": st.sampled_from(Round.values),
    "format": st.sampled_from(Format.values),
    "starts_at": st.sampled_from(["@hour+48", "@hour+30", "@hour+200"]),
    "duration_minutes": st.sampled_from(["45", "10", "480"]),
    "time_zone": st.sampled_from(
        ["Asia/Shanghai", "Europe/London", "America/Los_Angeles", "UTC", "Pacific/Kiritimati"]
    ),
    "location": st.sampled_from(["Room 3", ""]),
    "video_link": st.sampled_from(["", "https://meet.example.com/abc", "meet.example.com/x"]),
    "note_to_candidate": st.sampled_from(["", "Bring your ID card"]),
    "interviewers": st.lists(
        st.sampled_from(["@interviewer", "@panelist", "@manager"]), min_size=1, max_size=3, unique=True
    ),
    "allow_conflicts": st.sampled_from(["", "on"]),
}
SCHEDULE_HOSTILE = {
    "round": hostile_choice(Round.values),
    "format": hostile_choice(Format.values),
    "starts_at": st.one_of(
        st.sampled_from(
            [
                "@hour-1",
                "@hour+0",
                f"@hour+{24 * MAX_DAYS_AHEAD + 24}",
                f"@hour+{24 * MAX_DAYS_AHEAD - 24}",
                *DATETIME_TEXT,
            ]
        ),
        HOSTILE_DATETIME,
    ),
    "duration_minutes": st.one_of(st.sampled_from(["9", "481", "0", "-45", "45.5", "1e400"]), HOSTILE_NUMBER),
    "time_zone": hostile_choice(
        [
            "Asia/Shanghai",
            "../../etc/passwd",
            "Asia/Shanghai\x00",
            "localtime",
            "Factory",
            "posixrules",
            "Etc/GMT+14",
            "right/UTC",
            "/usr/share/zoneinfo/UTC",
            "UTC ",
        ]
    ),
    "location": HOSTILE_TEXT,
    "video_link": st.one_of(
        st.sampled_from(
            [
                "javascript:alert(1)",
                "data:text/html,<script>",
                "http://[::1",
                "http://" + "a" * 1000 + ".com",
                "ftp://example.com/x",
                "https://exa mple.com",
                "https://例子.中国/房间",
                "//evil.example",
                "http://",
                "https://user:pass@meet.example.com",
                "file:///etc/passwd",
                "https://meet.example.com/\x00",
            ]
        ),
        HOSTILE_TEXT,
    ),
    "note_to_candidate": HOSTILE_TEXT,
    "interviewers": st.lists(
        hostile_multi_ids("@interviewer", "@panelist", "@manager", "@hr", "@approver", "@inactive"), max_size=12
    ),
    "allow_conflicts": HOSTILE_BOOLEAN,
}


@example(post=SCHEDULE | {"starts_at": "9999-12-31T23:59", "time_zone": "Pacific/Kiritimati"})
@example(post=SCHEDULE | {"starts_at": "0001-01-01T00:30", "time_zone": "America/Los_Angeles"})
@example(post=SCHEDULE | {"interviewers": ["@interviewer", "@panelist", "@manager", "@hr", "@approver", "x"]})
@example(post=SCHEDULE | {"format": "video", "video_link": "javascript:alert(1)"})
@given(post=form_posts(varied(SCHEDULE, SCHEDULE_VARIANTS), SCHEDULE_HOSTILE))
@SOME
def test_interview_scheduling(client, hr, application, panelist, people, folder, post):
    client.force_login(hr)
    data = resolve(post, people | {"@panelist": panelist.pk})
    zones = available_timezones()

    def check_saved(response, snapshot):
        interview = Interview.objects.get(application=application)
        assert response["Location"] == reverse("interviews:detail", args=[interview.pk])
        changes = snapshot.row_changes()
        assert set(changes) <= {"interviews.Interview", "interviews.PanelMember", "recruiting.Notification",
                                "recruiting.AuditEvent"}, changes  # fmt: skip
        interview.full_clean()
        assert_no_nul(interview)
        now = timezone.now()
        assert (
            now - datetime.timedelta(minutes=5) < interview.starts_at <= now + datetime.timedelta(days=MAX_DAYS_AHEAD)
        )
        assert MIN_MINUTES <= interview.duration_minutes <= MAX_MINUTES
        assert interview.time_zone in zones
        assert interview.round in Round.values
        assert interview.format in Format.values
        assert not interview.video_link or urllib.parse.urlsplit(interview.video_link).scheme in ("http", "https")
        panel = list(interview.interviewers.all())
        assert 1 <= len(panel) <= MAX_PANEL
        assert all(person.is_active and has_role(person, *PANEL_ROLES) for person in panel)
        assert client.get(reverse("interviews:detail", args=[interview.pk])).status_code == 200
        assert client.get(reverse("interviews:ics", args=[interview.pk])).status_code == 200
        assert client.get(reverse("interviews:edit", args=[interview.pk])).status_code == 200

    run_example(
        folder,
        lambda: client.post(reverse("interviews:schedule", args=[application.pk]), data),
        saved=lambda response: response.status_code == 302,
        check_saved=check_saved,
        check_refused=lambda response: assert_errors_on_page(response, response.context["form"].errors),
        watch=[application],
    )


# The scorecard stores its texts as posted (cut to TEXT_MAX): NUL is left out here, see the xfail test below.
CARD_TEXT = HOSTILE_TEXT.map(lambda value: value.replace("\x00", ""))
CARD_SCORE = st.one_of(st.sampled_from(["", "1", "3", "5", " 4 "]), HOSTILE_SCORE.map(lambda v: v.replace("\x00", "")))


@st.composite
def hostile_scores(draw):
    """Eight scores: valid ones, with up to three hostile or multi-valued."""
    scores = draw(st.lists(st.sampled_from(["", "1", "2", "3", "4", "5"]), min_size=8, max_size=8))
    for index in draw(st.sets(st.integers(0, 7), max_size=3)):
        scores[index] = draw(st.one_of(CARD_SCORE, multi(CARD_SCORE)))
    return scores


@st.composite
def scorecard_posts(draw):
    return {
        "scores": draw(hostile_scores()),
        "evidence": draw(st.lists(st.one_of(st.just(""), CARD_TEXT), min_size=8, max_size=8)),
        "recommendation": draw(st.sampled_from(["", *Recommendation.values]))
        if draw(st.integers(0, 3))
        else draw(hostile_choice(Recommendation.values).map(lambda v: v.replace("\x00", ""))),
        "star_notes": draw(st.one_of(st.just(""), CARD_TEXT)),
        "notes": draw(st.one_of(st.just(""), CARD_TEXT)),
        "amendment_reason": draw(st.one_of(st.none(), CARD_TEXT)),
        "submit": draw(st.booleans()),
        "stray": draw(st.dictionaries(st.sampled_from(["score_0", "score_999999", "score_-1", "score_x", "evidence_0"]),
                                      CARD_SCORE, max_size=2)),
    }  # fmt: skip


@pytest.fixture
def card(application, schedule, interviewer):
    interview = schedule(application, [interviewer])
    return scorecard_start(actor=interviewer, interview=interview)


def card_post(card, post) -> dict:
    ratings = list(card.ratings.order_by("pk"))
    data = {"recommendation": post["recommendation"], "star_notes": post["star_notes"], "notes": post["notes"]}
    for rating, score, evidence in zip(ratings, post["scores"], post["evidence"], strict=False):
        data[f"score_{rating.pk}"] = score
        data[f"evidence_{rating.pk}"] = evidence
    if post["amendment_reason"] is not None:
        data["amendment_reason"] = post["amendment_reason"]
    if post["submit"]:
        data["submit"] = "1"
    return data | post["stray"]


@example(
    post={
        "scores": ["²", "5"] + [""] * 6,
        "evidence": [""] * 8,
        "recommendation": "yes",
        "star_notes": "",
        "notes": "x" * (TEXT_MAX + 10),
        "amendment_reason": None,
        "submit": False,
        "stray": {},
    }
)
@given(post=scorecard_posts())
@SOME
def test_scorecard_autosave(client, interviewer, card, folder, post):
    client.force_login(interviewer)
    data = card_post(card, post)
    ratings = list(card.ratings.order_by("pk"))

    def errors_of(response):
        return response.context["errors"] if response.status_code == 200 else {}

    def check_saved(response, snapshot):
        saved = Scorecard.objects.get(pk=card.pk)
        assert_no_nul(saved)
        assert saved.recommendation in ("", *Recommendation.values)
        assert saved.notes == str(last(data["notes"]))[:TEXT_MAX]
        for rating in ratings:
            stored = Rating.objects.get(pk=rating.pk)
            raw = str(last(data.get(f"score_{rating.pk}", "")) or "").strip()
            assert stored.score == (int(raw) if raw else None)
            assert stored.score is None or 1 <= stored.score <= 5
            assert len(stored.evidence) <= TEXT_MAX
        if response.status_code == 302:  # submitted
            assert saved.status == Scorecard.Status.SUBMITTED
            assert saved.recommendation
            assert all(r.score is not None for r in saved.ratings.all())
            assert set(snapshot.row_changes()) == {"recruiting.AuditEvent"}
        else:
            assert saved.status == Scorecard.Status.DRAFT
            assert snapshot.row_changes() == {}
            if errors_of(response):  # the draft was saved; submitting it was refused, and said why
                assert_errors_on_page(response, errors_of(response))

    run_example(
        folder,
        lambda: client.post(
            reverse("interviews:scorecard_edit", args=[card.interview_id]), data, HTTP_HX_REQUEST="true"
        ),
        saved=lambda response: set(errors_of(response)) <= {"__all__"},
        check_saved=check_saved,
        check_refused=lambda response: assert_errors_on_page(response, errors_of(response)),
        watch=[card, *ratings],
    )


# --- Bugs the fuzzing found, now fixed: each keeps its example ----------------------------------------------------

# NUL in text read without a Django form: stored on SQLite, a 500 on PostgreSQL ("A string literal cannot
# contain NUL characters", jsonb's "unsupported Unicode escape sequence"). Now refused with a 400 before any
# view (recruiting.middleware.RefuseNullCharacters), and in a question's JSON by the question's validation.

ON_SQLITE = connection.vendor == "sqlite"


@pytest.mark.parametrize("form", ["interview panel", "demand-table methods"])
def test_an_out_of_range_id_in_a_multiple_choice_field(client, hr, application, draft_requisition, people, form):
    """Repro: POST /interviews/schedule/<application>/ with interviewers=<a real id>&interviewers=
    999999999999999999999999999999 (or the row form's ``methods``): OverflowError "Python int too large to
    convert to SQLite INTEGER" instead of "Select a valid choice"."""
    client.force_login(hr)
    huge = "9" * 30
    if form == "interview panel":
        data = resolve(SCHEDULE | {"interviewers": ["@interviewer", huge]}, people)
        response = client.post(reverse("interviews:schedule", args=[application.pk]), data)
        errors = response.context["form"].errors
    else:
        data = resolve(ROW | {"methods": ["@method0", huge]}, {"@method0": AssessmentMethod.objects.first().pk})
        response = client.post(reverse("requisitions:row_add", args=[draft_requisition.pk]), data,
                               HTTP_HX_REQUEST="true")  # fmt: skip
        errors = response.context["row_form"].errors
    assert response.status_code == 200
    assert errors


def _strings(value):
    """Every string in a value, JSON documents walked through."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _no_nul_stored(model, **lookup):
    instances = list(model.objects.filter(**lookup))
    values = [text for instance in instances for field in instance._meta.concrete_fields
              for text in _strings(getattr(instance, field.attname))]  # fmt: skip
    assert not any("\x00" in value for value in values), "a NUL character was stored"


def test_nul_in_the_scorecard_autosave(client, interviewer, card):
    """Repro: as the interviewer, POST /interviews/<id>/scorecard/ (HX-Request) with notes=a%00b."""
    client.force_login(interviewer)
    response = client.post(reverse("interviews:scorecard_edit", args=[card.interview_id]),
                           {"notes": "a\x00b", "star_notes": "\x00"}, HTTP_HX_REQUEST="true")  # fmt: skip
    assert response.status_code < 500
    _no_nul_stored(Scorecard, pk=card.pk)


def test_nul_in_a_screening_questions_json(client, hr, draft_requisition):
    """Repro: POST /requisitions/<id>/questions/new/ with kind=choice, text_en=Shift?, choices=
    [{"value": "a\\u0000", "label_en": "x"}, {"value": "b", "label_en": "y"}]."""
    client.force_login(hr)
    choices = '[{"value": "a\\u0000", "label_en": "x"}, {"value": "b", "label_en": "y"}]'
    response = client.post(reverse("requisitions:question_add", args=[draft_requisition.pk]),
                           QUESTION | {"kind": "choice", "choices": choices, "knockout": ""})  # fmt: skip
    assert response.status_code < 500
    _no_nul_stored(ScreeningQuestion, requisition=draft_requisition)


def test_nul_in_a_note_on_the_candidate_page(client, hr, application):
    """Repro: POST /candidates/<candidate>/notes/ with body=a%00b."""
    client.force_login(hr)
    response = client.post(reverse("candidates:note", args=[application.candidate_id]), {"body": "a\x00b"})
    assert response.status_code < 500
    _no_nul_stored(Note, candidate=application.candidate)


def test_nul_in_the_note_of_a_posting_move(client, hr, make_posting):
    """Repro: POST /requisitions/<open posting>/move/hold/ with note=a%00b."""
    posting = make_posting()
    client.force_login(hr)
    response = client.post(reverse("requisitions:move", args=[posting.pk, "hold"]), {"note": "a\x00b"})
    assert response.status_code < 500
    _no_nul_stored(AuditEvent, verb="requisition.hold")


def test_nul_in_the_candidates_decline_reason(client, hr, department, make_posting):
    """Repro, on the public status page: POST /candidates/status/<token>/offer/ with answer=decline&reason=a%00b."""
    offer = offer_draft(actor=hr, application=second_round_application(make_posting, hr), terms=terms())
    offer_submit(actor=hr, offer=offer)
    offer = offer_send(actor=hr, offer=offer_decide(actor=department.chain[0], offer=offer, approve=True))
    response = client.post(reverse("candidates:offer_answer", args=[make_token(offer.application)]),
                           {"answer": "decline", "reason": "a\x00b"})  # fmt: skip
    assert response.status_code < 500
    _no_nul_stored(Offer, pk=offer.pk)


@pytest.mark.parametrize("next_url", ["abc", "candidates", "\ufffd"])
@pytest.mark.parametrize("page", ["move", "bulk"])
def test_a_next_that_is_neither_a_path_nor_a_url(client, hr, application, page, next_url):
    """Repro: as HR, POST /candidates/applications/<id>/move/ with m<id>-target=first_interview&next=abc (or
    POST /candidates/bulk/ with action=tag&selected=<id>&next=abc): 500 instead of a redirect."""
    client.force_login(hr)
    if page == "move":
        url = reverse("candidates:move", args=[application.pk])
        data = {f"m{application.pk}-target": "first_interview", "next": next_url}
    else:
        url = reverse("candidates:bulk")
        data = {"action": "tag", "tags": "x", "selected": [application.pk], "next": next_url}
    response = client.post(url, data)
    assert response.status_code == 302
