"""The permission matrix: every URL of the product, every kind of visitor, the answer each one gets.

``EXPECTED`` lists each URL name (from the root resolver, with its namespace) with the request to
make and the answer per actor. The answers come from the views' decorators (``role_required``,
``login_required``, DRF permissions) and the selectors' object scope, not from recording what
happens. A URL the table does not list fails ``test_every_url_is_in_the_table``: a new page must say
here who may open it.

Actors: ``anonymous``; ``hr``; ``manager`` (the hiring manager of the posting the world is about);
``other_manager`` (the hiring manager of another posting); ``interviewer`` (on the interview's panel,
card submitted); ``other_interviewer`` (on another interview's panel only); ``approver`` (in the
department's chain; approved the requisitions and the offer); ``hr_lead`` only where a case names it.
The candidate's status-link URLs are tried with the right application's token, another application's
token, a tampered token and one sent before HR revoked the application's links.

Answers: a status code, ``LOGIN`` (302 to the login page), ``OK`` (a POST let through: any answer that
is not a refusal, such as 200, 302 or 400 for the empty body) or ``Quiet(code)`` (let through, but the
selector's scope leaves nothing to act on). Every refusal, and every ``Quiet`` answer, must leave the
database as it was; and no answer (page, file or API body) may name a candidate the actor has no
business with (``NEVER_SHOWN``).

The world is built once for the module inside a transaction that is rolled back at the end; each case
runs in its own savepoint (pytest-django's ``db``), so a POST that goes through never leaks into the
next case.
"""

import datetime
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.conf import settings
from django.core import signals
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import close_old_connections, transaction
from django.shortcuts import resolve_url
from django.test import Client, TestCase, override_settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from recruiting.roles import HR_LEAD_GROUP, Role
from tests.factories import DepartmentFactory, UserFactory

pytestmark = pytest.mark.django_db

LOGIN = "login"  # 302 to the login page
OK = "ok"  # a POST that is let through: anything but a refusal (the empty body may be a 400 or a redirect)


@dataclass(frozen=True)
class Quiet:
    """Let through, but the selector's scope leaves nothing to act on: ``status`` and no change."""

    status: int


REFUSALS = (401, 403, 404, 405)

STAFF_ACTORS = ("anonymous", "hr", "manager", "other_manager", "interviewer", "other_interviewer", "approver")
TOKEN_ACTORS = ("candidate", "other_candidate", "tampered_token", "revoked_token")
EXTRA_ACTORS = ("hr_lead",)  # tried only where a case names them: HR in the "HR lead" group

# The people of the world, by the name each actor must never see anywhere (any page, file or API body).
LI_LEI, HAN_MEIMEI, ZHANG_WEI = "Li Lei", "Han Meimei", "Zhang Wei"
NEVER_SHOWN = {
    "anonymous": {LI_LEI, HAN_MEIMEI, ZHANG_WEI},
    "manager": {ZHANG_WEI},
    "other_manager": {LI_LEI, HAN_MEIMEI},
    "interviewer": {HAN_MEIMEI, ZHANG_WEI},
    "other_interviewer": {LI_LEI, HAN_MEIMEI},
    "approver": {LI_LEI, ZHANG_WEI},
    "candidate": {LI_LEI, ZHANG_WEI},
    "other_candidate": {LI_LEI, HAN_MEIMEI},
    "tampered_token": {LI_LEI, HAN_MEIMEI, ZHANG_WEI},
    "revoked_token": {LI_LEI, HAN_MEIMEI, ZHANG_WEI},
}

# Apps whose rows a refused request must leave alone (counted before and after).
PROJECT_APPS = ("recruiting", "requisitions", "candidates", "simulations", "interviews", "api")


# --- answers ------------------------------------------------------------------------------------------


def pages(**given):
    """A staff page or action: anonymous goes to the login page, a role the view does not name gets 403."""
    answers = dict.fromkeys(STAFF_ACTORS, 403) | {"anonymous": LOGIN}
    return answers | given


def api(**given):
    """An API endpoint: anonymous gets 401 (never a login redirect), a role it does not name 403."""
    answers = dict.fromkeys(STAFF_ACTORS, 403) | {"anonymous": 401}
    return answers | given


def everyone(answer):
    return dict.fromkeys(STAFF_ACTORS, answer)


def signed_in(answer, anonymous=LOGIN):
    return dict.fromkeys(STAFF_ACTORS, answer) | {"anonymous": anonymous}


def links(candidate, other_candidate):
    """A status-link URL: the right application's token, another application's, and two that must show
    nothing (tampered; sent before HR revoked the application's links)."""
    return {"candidate": candidate, "other_candidate": other_candidate, "tampered_token": 404, "revoked_token": 404}


# --- cases ---------------------------------------------------------------------------------------------


@dataclass
class Case:
    name: str
    method: str
    answers: dict
    args: Callable | None = None  # world -> reverse() args
    path: Callable | None = None  # world -> a literal path, for a pattern without a name
    data: Callable | None = None  # world -> the body
    label: str = ""
    xfail: dict = field(default_factory=dict)  # actor -> reason (a security bug found by this matrix)

    def url(self, w) -> str:
        if self.path is not None:
            return self.path(w)
        return reverse(self.name, args=self.args(w) if self.args else [])

    @property
    def actors(self) -> tuple[str, ...]:
        if "candidate" in self.answers:
            return TOKEN_ACTORS
        return STAFF_ACTORS + tuple(actor for actor in EXTRA_ACTORS if actor in self.answers)

    @property
    def id(self) -> str:
        return "-".join(part for part in (self.name, self.method, self.label) if part)


def get(name, answers, args=None, **extra):
    return Case(name, "GET", answers, args=args, **extra)


def post(name, answers, args=None, data=None, **extra):
    return Case(name, "POST", answers, args=args, data=data, **extra)


def patch(name, answers, args=None, data=None, **extra):
    return Case(name, "PATCH", answers, args=args, data=data, **extra)


def row_body(w):
    """A valid demand-table row, so the request reaches the service's own check."""
    row = w.profile_row
    return {
        "category": row.category,
        "key_item": row.key_item,
        "requirement_en": "Permission matrix probe",
        "priority": row.priority,
        "industry": row.industry or "",
    }


def _posting(w):
    return [w.posting.pk]


def _draft(w):
    return [w.draft.pk]


def _offer(w):
    return [w.offer.pk]


def _interview(w):
    return [w.interview.pk]


def _card(w):
    return [w.card.pk]


def _person(w):
    return [w.application.candidate_id]


def _application(w):
    return [w.application.pk]


def _slug(w):
    return [w.posting.slug]


CASES = [
    # --- recruiting: the project's own pages -------------------------------------------------------
    get("home", signed_in(200)),
    get("healthz", everyone(200)),
    # The audit trail: not a role's page; superusers and the "HR lead" group (HR is refused like the rest).
    get("audit_log", pages(hr_lead=200)),
    get("login", everyone(302) | {"anonymous": 200}),  # signed in: straight to the home page
    post("logout", everyone(302)),
    get("login_verify", everyone(LOGIN)),  # nobody half-way through a two-factor sign-in: back to the sign-in
    get("two_factor", signed_in(200)),
    get("admin_login", everyone(LOGIN)),  # the admin signs in through the product's sign-in
    get("password_change", signed_in(200)),
    get("password_change_done", signed_in(200)),
    post("set_language", everyone(OK)),
    # --- requisitions (staff) --------------------------------------------------------------------------
    get("requisitions:list", pages(hr=200, manager=200, other_manager=200, approver=200)),
    get("requisitions:create", pages(hr=200, manager=200, other_manager=200)),
    get("requisitions:detail", pages(hr=200, manager=200, other_manager=404, approver=200), _posting),
    get("requisitions:edit", pages(hr=200, manager=200, other_manager=404), _draft),
    get("requisitions:edit", pages(hr=403, manager=403, other_manager=404), _posting, label="open"),
    post("requisitions:submit", pages(hr=OK, manager=OK, other_manager=404), _draft),
    post("requisitions:decide", pages(approver=OK), _posting),
    post("requisitions:move", pages(hr=OK), lambda w: [w.posting.pk, "hold"]),
    post("requisitions:dates", pages(hr=OK), _posting),
    post("requisitions:row_add", pages(hr=OK, manager=OK, other_manager=404), _draft, row_body),
    post("requisitions:row_add", pages(hr=403, manager=403, other_manager=404), _posting, row_body, label="open"),
    post(
        "requisitions:row_edit",
        pages(hr=OK, manager=OK, other_manager=404),
        lambda w: [w.draft.pk, w.draft_row.pk],
        row_body,
    ),
    post(
        "requisitions:row_edit",
        pages(hr=403, manager=403, other_manager=404),
        lambda w: [w.posting.pk, w.posting_row.pk],
        row_body,
        label="open",
    ),
    post(
        "requisitions:row_delete", pages(hr=OK, manager=OK, other_manager=404), lambda w: [w.draft.pk, w.draft_row.pk]
    ),
    post("requisitions:row_move", pages(hr=OK, manager=OK, other_manager=404), lambda w: [w.draft.pk, w.draft_row.pk]),
    get("requisitions:question_add", pages(hr=200, manager=200, other_manager=404), _draft),
    post(
        "requisitions:question_delete",
        pages(hr=OK, manager=OK, other_manager=404),
        lambda w: [w.draft.pk, w.question.pk],
    ),
    get("requisitions:profile_list", pages(hr=200, manager=200, other_manager=200, approver=200)),
    get("requisitions:profile_create", pages(hr=200)),
    get(
        "requisitions:profile_detail",
        pages(hr=200, manager=200, other_manager=200, approver=200),
        lambda w: [w.profile.pk],
    ),
    get("requisitions:profile_edit", pages(hr=200), lambda w: [w.profile.pk]),
    # The view lets hiring managers in (it serves requisitions too); the service refuses them a profile.
    post(
        "requisitions:profile_row_add", pages(hr=OK, manager=403, other_manager=403), lambda w: [w.profile.pk], row_body
    ),
    post(
        "requisitions:profile_row_edit",
        pages(hr=OK, manager=403, other_manager=403),
        lambda w: [w.profile.pk, w.profile_row.pk],
        row_body,
    ),
    post(
        "requisitions:profile_row_delete",
        pages(hr=OK, manager=403, other_manager=403),
        lambda w: [w.profile.pk, w.profile_row.pk],
    ),
    post(
        "requisitions:profile_row_move",
        pages(hr=OK, manager=403, other_manager=403),
        lambda w: [w.profile.pk, w.profile_row.pk],
    ),
    # --- careers (public) ------------------------------------------------------------------------------
    get("careers:list", everyone(200)),
    get("careers:feed", everyone(200)),
    get("careers:detail", everyone(200), _slug),
    get("careers:apply", everyone(200), _slug),
    get("careers:applied", everyone(200), _slug),
    get("careers:detail", everyone(404), lambda w: [w.held.slug], label="on-hold"),
    get("careers:apply", everyone(404), lambda w: [w.held.slug], label="on-hold"),
    get("careers:detail", everyone(200) | {"anonymous": 404}, lambda w: [w.other_posting.slug], label="internal-only"),
    get("careers:apply", everyone(200) | {"anonymous": 404}, lambda w: [w.other_posting.slug], label="internal-only"),
    # --- the candidate's status link -------------------------------------------------------------------
    get("candidates:status", links(200, 200), lambda w: [w.token]),
    get("candidates:withdraw", links(200, 200), lambda w: [w.token]),
    post("candidates:withdraw", links(OK, OK), lambda w: [w.token]),  # the other link withdraws its own
    post("candidates:offer_answer", links(OK, 404), lambda w: [w.token]),  # the other application has no offer
    get("candidates:offer_letter_candidate", links(200, 404), lambda w: [w.token]),
    # The work sample: the link's own attempt only (the other link's application has none of its own).
    get("simulations:take", links(302, 404), lambda w: [w.token, w.sim_attempt.pk]),  # in progress: to its item
    get("simulations:item", links(200, 404), lambda w: [w.token, w.sim_attempt.pk, 0]),
    post("simulations:practice", links(OK, 404), lambda w: [w.token, w.sim_attempt.pk]),
    post("simulations:start", links(OK, 404), lambda w: [w.token, w.sim_attempt.pk]),
    post("simulations:save", links(OK, 404), lambda w: [w.token, w.sim_attempt.pk, w.sim_item]),
    post("simulations:paste", links(OK, 404), lambda w: [w.token, w.sim_attempt.pk, w.sim_item]),
    post("simulations:submit", links(OK, 404), lambda w: [w.token, w.sim_attempt.pk]),
    # --- offers and probation --------------------------------------------------------------------------
    get("candidates:offer_create", pages(hr=200), _application),
    get("candidates:offer", pages(hr=200, manager=200, other_manager=404, approver=200), _offer),
    get("candidates:offer_edit", pages(hr=200), _offer),
    get(
        "candidates:offer_letter",
        pages(hr=200, manager=200, other_manager=404, approver=200),
        lambda w: [w.offer.pk, w.letter_version],
    ),
    # The view lets offer staff in; each action's service says who may do it (withdraw: HR; approve: approvers).
    post(
        "candidates:offer_action",
        pages(hr=OK, manager=403, other_manager=404, approver=403),
        lambda w: [w.offer.pk, "withdraw"],
        label="withdraw",
    ),
    post(
        "candidates:offer_action",
        pages(hr=403, manager=403, other_manager=404, approver=OK),
        lambda w: [w.offer.pk, "approve"],
        label="approve",
    ),
    get("candidates:probation", pages(hr=200, manager=200, other_manager=404), lambda w: [w.probation.pk]),
    post("candidates:probation_review", pages(hr=OK, manager=OK, other_manager=404), lambda w: [w.probation.pk]),
    post("candidates:probation_outcome", pages(hr=OK, manager=OK, other_manager=404), lambda w: [w.probation.pk]),
    # --- people and applications -----------------------------------------------------------------------
    get(
        "candidates:resume_download",
        pages(hr=200, manager=200, other_manager=404, interviewer=200, other_interviewer=404),
        lambda w: [w.resume.pk],
    ),
    get("candidates:list", pages(hr=200, manager=200, other_manager=200)),
    get("candidates:board", pages(hr=200, manager=200, other_manager=404), _posting),
    post(
        "candidates:board_move", pages(hr=OK, manager=OK, other_manager=404), lambda w: [w.posting.pk, w.application.pk]
    ),
    get("candidates:detail", pages(hr=200, manager=200, other_manager=404), _person),
    post("candidates:tags", pages(hr=OK), _person),
    post("candidates:note", pages(hr=OK, manager=OK, other_manager=404), _person),
    post("candidates:add_to_requisition", pages(hr=OK), _person),
    get("candidates:pool", pages(hr=200)),
    # Another manager may use the bulk form, but another posting's application is not in their scope.
    post(
        "candidates:bulk",
        pages(hr=OK, manager=OK, other_manager=Quiet(302)),
        data=lambda w: {"selected": [w.application.pk], "action": "tag", "tags": "matrix"},
    ),
    get("candidates:export", pages(hr=200), _person),
    post("candidates:erase", pages(hr=OK), _person),
    post("candidates:merge", pages(hr=OK), _person, lambda w: {"merge": w.other_application.candidate_id}),
    post("candidates:move", pages(hr=OK, manager=OK, other_manager=404), _application),
    post("candidates:revoke_links", pages(hr=OK), _application),
    get("candidates:lists", pages(hr=200)),
    get("candidates:reason_add", pages(hr=200)),
    get("candidates:reason_edit", pages(hr=200), lambda w: [w.reason.pk]),
    get("candidates:message_add", pages(hr=200)),  # some stages have no message yet: the form
    get("candidates:message_edit", pages(hr=200), lambda w: [w.message.pk]),
    get("candidates:imports", pages(hr=200)),
    get("candidates:import_new", pages(hr=200)),
    post("candidates:import_new", pages(hr=OK)),  # no file: the form again
    get("candidates:import_template", pages(hr=200)),
    get("candidates:import_detail", pages(hr=200), lambda w: [w.candidate_import.pk]),
    get("candidates:import_progress", pages(hr=200), lambda w: [w.candidate_import.pk]),
    # --- interviews --------------------------------------------------------------------------------------
    get("interviews:mine", pages(hr=200, manager=200, other_manager=200, interviewer=200, other_interviewer=200)),
    get("interviews:schedule", pages(hr=200, manager=200, other_manager=404), _application),
    get(
        "interviews:detail",
        pages(hr=200, manager=200, other_manager=404, interviewer=200, other_interviewer=404),
        _interview,
    ),
    get("interviews:edit", pages(hr=200, manager=200, other_manager=404), _interview),
    post("interviews:cancel", pages(hr=OK, manager=OK, other_manager=404), _interview),
    get(
        "interviews:ics",
        pages(hr=200, manager=200, other_manager=404, interviewer=200, other_interviewer=404),
        _interview,
    ),
    # Only a member of the panel has a card to fill in; HR and the manager see the interview but not this page.
    get(
        "interviews:scorecard_edit",
        pages(hr=403, manager=403, other_manager=404, interviewer=200, other_interviewer=404),
        _interview,
    ),
    get(
        "interviews:scorecard",
        pages(hr=200, manager=200, other_manager=404, interviewer=200, other_interviewer=404),
        _card,
    ),
    post(
        "interviews:scorecard_amend",
        pages(hr=403, manager=403, other_manager=404, interviewer=OK, other_interviewer=404),
        _card,
    ),
    get("interviews:review", pages(hr=200, manager=200, other_manager=404), _posting),
    # --- work samples (staff) --------------------------------------------------------------------------
    post("simulations:invite", pages(hr=OK), _application),
    get("simulations:attempt", pages(hr=200, manager=200, other_manager=404), lambda w: [w.staff_attempt.pk]),
    post("simulations:attempt_action", pages(hr=OK), lambda w: [w.staff_attempt.pk, "cancel"]),
    get("simulations:reviews", pages(hr=200, manager=200, other_manager=200, interviewer=200, other_interviewer=200)),
    # A review is its reviewer's alone (the page is blind: no name).
    get(
        "simulations:review",
        pages(hr=404, manager=404, other_manager=404, interviewer=200, other_interviewer=404),
        lambda w: [w.sim_review.pk],
    ),
    get("simulations:library", pages(hr=200)),
    get("simulations:simulation_new", pages(hr=200)),
    get("simulations:simulation", pages(hr=200), lambda w: [w.simulation.pk]),
    get("simulations:simulation_edit", pages(hr=200), lambda w: [w.own_simulation.pk]),
    post("simulations:simulation_copy", pages(hr=OK), lambda w: [w.simulation.pk]),
    get(
        "simulations:item_new",
        pages(hr=200),
        path=lambda w: reverse("simulations:item_new", args=[w.own_simulation.pk]) + "?kind=message",
    ),
    get("simulations:item_edit", pages(hr=200), lambda w: [w.own_simulation.pk, w.own_item.pk]),
    post("simulations:item_delete", pages(hr=OK), lambda w: [w.own_simulation.pk, w.own_item.pk]),
    get("simulations:requisition", pages(hr=200), _posting),
    get("interviews:questions", pages(hr=200, manager=200, other_manager=200, interviewer=200, other_interviewer=200)),
    get("interviews:question_add", pages(hr=200)),
    get("interviews:question_edit", pages(hr=200), lambda w: [w.bank_question.pk]),
    # --- reports -------------------------------------------------------------------------------------------
    get("reports:dashboard", pages(hr=200, manager=200, other_manager=200)),
    # --- the API -------------------------------------------------------------------------------------------
    get("api:posting-list", everyone(200)),
    get("api:posting-detail", everyone(200), _slug),
    get("api:posting-hropen", everyone(200), _slug),
    # An internal-only posting never goes out through the API, whoever asks (a job board's token must not
    # republish it); nor does one on hold.
    get("api:posting-detail", everyone(404), lambda w: [w.other_posting.slug], label="internal-only"),
    get("api:posting-hropen", everyone(404), lambda w: [w.other_posting.slug], label="internal-only"),
    get("api:posting-detail", everyone(404), lambda w: [w.held.slug], label="on-hold"),
    get("api:requisition-list", api(hr=200, manager=200, other_manager=200, approver=200)),
    post("api:requisition-list", api(hr=OK, manager=OK, other_manager=OK)),
    get("api:requisition-detail", api(hr=200, manager=200, other_manager=404, approver=200), _posting),
    patch("api:requisition-detail", api(hr=OK, manager=OK, other_manager=404), _draft),
    patch("api:requisition-detail", api(hr=403, manager=403, other_manager=404), _posting, label="open"),
    post("api:requisition-approve", api(approver=OK), _posting),
    post("api:requisition-send-back", api(approver=OK), _posting),
    post("api:requisition-submit", api(hr=OK, manager=OK, other_manager=404), _draft),
    get("api:candidate-list", api(hr=200, manager=200, other_manager=200)),
    get("api:candidate-detail", api(hr=200, manager=200, other_manager=404), _person),
    get("api:candidate-hropen", api(hr=200, manager=200, other_manager=404), _person),
    get("api:application-list", api(hr=200, manager=200, other_manager=200)),
    post("api:application-list", api(hr=OK)),
    get("api:application-detail", api(hr=200, manager=200, other_manager=404), _application),
    post("api:application-transition", api(hr=OK, manager=OK, other_manager=404), _application),
    get("api:interview-list", api(hr=200, manager=200, other_manager=200, interviewer=200, other_interviewer=200)),
    get(
        "api:interview-detail",
        api(hr=200, manager=200, other_manager=404, interviewer=200, other_interviewer=404),
        _interview,
    ),
    post(
        "api:interview-scorecard",
        api(hr=403, manager=403, other_manager=404, interviewer=OK, other_interviewer=404),
        _interview,
    ),
    get("api:scorecard-list", api(hr=200, manager=200, other_manager=200, interviewer=200, other_interviewer=200)),
    get(
        "api:scorecard-detail",
        api(hr=200, manager=200, other_manager=404, interviewer=200, other_interviewer=404),
        _card,
    ),
    patch(
        "api:scorecard-detail",
        api(hr=403, manager=403, other_manager=404, interviewer=OK, other_interviewer=404),
        _card,
    ),
    post(
        "api:scorecard-amend", api(hr=403, manager=403, other_manager=404, interviewer=OK, other_interviewer=404), _card
    ),
    post(
        "api:scorecard-submit",
        api(hr=403, manager=403, other_manager=404, interviewer=OK, other_interviewer=404),
        _card,
    ),
    get("api:offer-list", api(hr=200, manager=200, other_manager=200, approver=200)),
    get("api:offer-detail", api(hr=200, manager=200, other_manager=404, approver=200), _offer),
    post("api:offer-approve", api(approver=OK), _offer),
    post("api:offer-send", api(hr=OK), _offer),
    get("api:schema", everyone(200)),
    get("api:docs", everyone(200)),
    # Any other address under /api/ answers the API's own JSON 404, whoever asks.
    Case("api:<unnamed ^api/>", "GET", everyone(404), path=lambda w: "/api/v1/no-such-address/"),
    get("api:tokens", signed_in(200)),
    # Everyone revokes only their own tokens: this is the manager's.
    post(
        "api:token_revoke",
        pages(hr=404, manager=OK, other_manager=404, interviewer=404, other_interviewer=404, approver=404),
        lambda w: [w.manager_token.pk],
    ),
]

EXPECTED: dict[str, list[Case]] = {}
for _case in CASES:
    EXPECTED.setdefault(_case.name, []).append(_case)

# Under /api/v1/ only these answer an anonymous caller; every other endpoint says 401.
PUBLIC_API = {"api:posting-list", "api:posting-detail", "api:posting-hropen", "api:schema", "api:docs"}


# --- the URL patterns ------------------------------------------------------------------------------------


def url_patterns():
    """{name: route} of every pattern of the root resolver but the admin's and static/media serving;
    a pattern without a name is called ``<unnamed route>`` in its namespace."""
    found = {}

    def walk(patterns, prefix="", namespace=""):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                walk(pattern.url_patterns, route, inner)
            elif isinstance(pattern, URLPattern):
                module = getattr(pattern.callback, "__module__", "")
                if module.startswith(("django.views.static", "django.contrib.staticfiles")):
                    continue
                found[namespace + (pattern.name or f"<unnamed {pattern.pattern}>")] = route

    walk(get_resolver().url_patterns)
    return {name: route for name, route in found.items() if not name.startswith("admin:")}


def test_every_url_is_in_the_table():
    patterns = url_patterns()
    missing = sorted(set(patterns) - set(EXPECTED))
    assert not missing, "URL patterns missing from EXPECTED (say who may open them): " + ", ".join(
        f"{name} (/{patterns[name]})" for name in missing
    )
    stale = sorted(set(EXPECTED) - set(patterns))
    assert not stale, "EXPECTED names URLs that no longer exist: " + ", ".join(stale)


def test_the_api_answers_anonymous_callers_401_except_its_public_parts():
    """Under /api/v1/ an anonymous caller gets 401 (never a login redirect) but from the public postings;
    the schema and the docs are open too."""
    patterns = url_patterns()
    for name, route in patterns.items():
        if not route.startswith("api/v1/"):
            continue
        for case in EXPECTED.get(name, []):
            if name in PUBLIC_API:
                assert case.answers["anonymous"] in (200, 404), f"{case.id}: a public endpoint"
            else:
                assert case.answers["anonymous"] == 401, f"{case.id}: anonymous should get 401"
    for name in PUBLIC_API:
        assert patterns[name].startswith("api/"), name
        assert any(case.answers["anonymous"] == 200 for case in EXPECTED[name]), name


def test_every_case_names_every_actor():
    for case in CASES:
        actors = case.actors
        assert set(case.answers) == set(actors), case.id
        assert set(case.xfail) <= set(actors), case.id
        if case.method == "GET":
            assert OK not in case.answers.values(), f"{case.id}: a GET states its answer exactly"


# --- the world ---------------------------------------------------------------------------------------------

MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
    b"xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n0000000101 00000 n \n"
    b"trailer<</Size 4/Root 1 0 R>>\nstartxref\n164\n%%EOF\n"
)


def _offer_terms(today):
    return {
        "position_title": "Customer-service supervisor",
        "department_name": "Customer Service Centre",
        "monthly_salary": 8000,
        "currency": "CNY",
        "start_date": today + datetime.timedelta(days=30),
        "contract_months": 36,
        "probation_months": 3,
        "benefits": "Social insurance and housing fund",
        "expires_on": today + datetime.timedelta(days=7),
        "language": "en",
        "salary_note": "",
    }


def build_world():
    """Everything the table's URLs point at, made through the services as the product makes it."""
    from django.contrib.auth.models import Group

    from api.services import api_token_create
    from candidates.files import validate_resume
    from candidates.models import CandidateMessage, Probation, RejectionReason
    from candidates.services.applications import application_revoke_links, application_submit
    from candidates.services.imports import candidate_import_create
    from candidates.services.offers import offer_accept, offer_decide, offer_draft, offer_send, offer_submit
    from candidates.services.pipeline import application_transition
    from candidates.status_links import make_token
    from interviews.models import Question
    from interviews.services.scheduling import Slot, interview_schedule
    from interviews.services.scorecards import scorecard_save, scorecard_start, scorecard_submit
    from requisitions.models import DepartmentApprover, PositionProfile
    from requisitions.services import demand_table
    from requisitions.services.approval import requisition_decide, requisition_submit
    from requisitions.services.requisitions import requisition_change_dates, requisition_create, requisition_move
    from simulations.models import Answer, Attempt, Review, Simulation
    from simulations.services.authoring import assignment_set, simulation_copy

    w = SimpleNamespace()
    today = timezone.localdate()
    w.hr = UserFactory(username="matrix-hr", roles=[Role.HR])
    w.manager = UserFactory(username="matrix-manager", roles=[Role.HIRING_MANAGER])
    w.other_manager = UserFactory(username="matrix-other-manager", roles=[Role.HIRING_MANAGER])
    w.interviewer = UserFactory(username="matrix-interviewer", roles=[Role.INTERVIEWER])
    w.other_interviewer = UserFactory(username="matrix-other-interviewer", roles=[Role.INTERVIEWER])
    w.approver = UserFactory(username="matrix-approver", roles=[Role.APPROVER])
    second_approver = UserFactory(username="matrix-approver-two", roles=[Role.APPROVER])
    department = DepartmentFactory()
    DepartmentApprover.objects.create(department=department, approver=w.approver, order=1)
    DepartmentApprover.objects.create(department=department, approver=second_approver, order=2)
    w.profile = PositionProfile.objects.get(slug="level-supervisor")
    w.profile_row = w.profile.requirements.order_by("order", "pk").first()

    def requisition(owner):
        return requisition_create(
            actor=w.hr,
            profile=w.profile,
            department=department,
            hiring_manager=owner,
            location="Shanghai",
            headcount=2,
            salary_min=6000,
            salary_max=9000,
            closes_on=today + datetime.timedelta(days=30),
            title_en="",
        )

    def published(owner):
        draft = requisition(owner)
        requisition_submit(actor=w.hr, requisition=draft)
        for approver in (w.approver, second_approver):
            requisition_decide(actor=approver, requisition=draft, approve=True)
        return requisition_move(actor=w.hr, requisition=draft, action="open")

    w.posting = published(w.manager)
    w.posting_row = w.posting.requirements.order_by("order", "pk").first()
    w.draft = requisition(w.manager)
    w.draft_row = w.draft.requirements.order_by("order", "pk").first()
    w.question = demand_table.question_add(
        actor=w.hr,
        requisition=w.draft,
        kind="yes_no",
        text_en="Can you work shifts?",
        required=True,
        choices=[],
        knockout={},
    )
    w.other_posting = published(w.other_manager)
    w.held = requisition_move(actor=w.hr, requisition=published(w.manager), action="hold")

    def apply(posting, name, email, resume=False):
        upload = SimpleUploadedFile("cv.pdf", MINIMAL_PDF, content_type="application/pdf") if resume else None
        check = validate_resume(upload, max_bytes=10 * 1024 * 1024) if resume else None
        person = {"full_name": name, "email": email, "education": "bachelor", "language": "en"}
        return application_submit(
            requisition=posting,
            person=person,
            facts={"education": "bachelor"},
            answers=[],
            resume=upload,
            resume_check=check,
            resume_name="cv.pdf" if resume else "",
            source="careers_page",
            language="en",
        )

    def slot(round_="first"):
        start = (timezone.now() + datetime.timedelta(hours=48)).replace(second=0, microsecond=0)
        return Slot(
            round=round_,
            format="structured_behavioural",
            starts_at=start,
            duration_minutes=45,
            time_zone="Asia/Shanghai",
            location="Room 3",
        )

    # The application at second interview: a resume, a first-round interview and the panel's submitted card.
    w.application = apply(w.posting, "Li Lei", "li.lei@example.com", resume=True)
    w.resume = w.application.resume
    application_transition(actor=w.hr, application=w.application, target="first_interview")
    w.interview = interview_schedule(actor=w.hr, application=w.application, slot=slot(), interviewers=[w.interviewer])
    card = scorecard_start(actor=w.interviewer, interview=w.interview)
    scores = {f"score_{rating.pk}": "4" for rating in card.ratings.all()}
    scorecard_save(actor=w.interviewer, scorecard=card, data=scores | {"recommendation": "yes"})
    w.card = scorecard_submit(actor=w.interviewer, scorecard=card)
    application_transition(actor=w.hr, application=w.application, target="second_interview")

    # The hired one: an offer approved by the chain, sent (its letter rendered), accepted: in probation.
    w.hired = apply(w.posting, "Han Meimei", "han.meimei@example.com")
    application_transition(actor=w.hr, application=w.hired, target="first_interview")
    application_transition(actor=w.hr, application=w.hired, target="second_interview", note="fast track")
    offer = offer_draft(actor=w.hr, application=w.hired, terms=_offer_terms(today))
    offer_submit(actor=w.hr, offer=offer)
    for approver in (w.approver, second_approver)[: offer.approvals_needed]:
        offer = offer_decide(actor=approver, offer=offer, approve=True)
    with TestCase.captureOnCommitCallbacks(execute=True):
        offer = offer_send(actor=w.hr, offer=offer)
    w.offer = offer_accept(offer=offer, signature="Han Meimei", ip=None)
    w.letter_version = w.offer.letters.get().version
    w.probation = Probation.objects.get(application=w.hired)
    w.revoked_token = make_token(w.hired)
    application_revoke_links(actor=w.hr, application=w.hired)
    w.hired.refresh_from_db()
    w.token = make_token(w.hired)

    # The other manager's posting has its own applicant, interviewed by the other interviewer.
    w.other_application = apply(w.other_posting, "Zhang Wei", "zhang.wei@example.com")
    application_transition(actor=w.hr, application=w.other_application, target="first_interview")
    interview_schedule(actor=w.hr, application=w.other_application, slot=slot(), interviewers=[w.other_interviewer])
    w.other_token = make_token(w.other_application)
    # The other posting is internal-only for a week (after its applicant applied).
    requisition_change_dates(
        actor=w.hr,
        requisition=w.other_posting,
        closes_on=w.other_posting.closes_on,
        internal_until=today + datetime.timedelta(days=7),
    )
    w.other_posting.refresh_from_db()
    w.tampered_token = w.token[:-6] + ("AAAAAA" if not w.token.endswith("AAAAAA") else "BBBBBB")

    # Work samples: the library's e-commerce simulation on the posting's first interview; a run in
    # progress for the status link's application (Han Meimei) and a submitted one for Li Lei, whose
    # replies the interviewer is named to score; HR's own copy of the simulation, to edit.
    w.simulation = Simulation.objects.get(code="ecommerce-after-sales")
    assignment = assignment_set(actor=w.hr, requisition=w.posting, stage="first_interview", simulation=w.simulation)
    scored = list(w.simulation.items.filter(practice=False).order_by("position").values_list("pk", flat=True))
    now = timezone.now()
    w.sim_attempt = Attempt.objects.create(assignment=assignment, application=w.hired, status="started",
                                           started_at=now, deadline=now + datetime.timedelta(hours=1), order=scored)  # fmt: skip
    w.staff_attempt = Attempt.objects.create(assignment=assignment, application=w.application, status="submitted",
                                             started_at=now, deadline=now, submitted_at=now, order=scored)  # fmt: skip
    for attempt in (w.sim_attempt, w.staff_attempt):
        Answer.objects.bulk_create(Answer(attempt=attempt, item_id=pk) for pk in scored)
    w.sim_item = scored[0]
    w.sim_review = Review.objects.create(attempt=w.staff_attempt, reviewer=w.interviewer)
    w.own_simulation = simulation_copy(actor=w.hr, simulation=w.simulation)
    w.own_item = w.own_simulation.items.order_by("position").first()

    # An upload waiting for the worker (its task is scheduled on commit: never, in this world).
    w.candidate_import = candidate_import_create(
        actor=w.hr,
        file=SimpleUploadedFile("people.csv", b"name,email\r\nMatrix Person,matrix.person@example.com\r\n"),
    )
    w.reason = RejectionReason.objects.order_by("pk").first()
    w.message = CandidateMessage.objects.order_by("pk").first()
    w.bank_question = Question.objects.order_by("pk").first()
    w.hr_lead = UserFactory(username="matrix-hr-lead", roles=[Role.HR])
    w.hr_lead.groups.add(Group.objects.get(name=HR_LEAD_GROUP))
    actors = ("hr", "manager", "other_manager", "interviewer", "other_interviewer", "approver")
    w.api_keys = {}
    for actor in actors:
        token, key = api_token_create(actor=getattr(w, actor), name="permission matrix")
        w.api_keys[actor] = key
        if actor == "manager":
            w.manager_token = token
    return w


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """The world, built once in a transaction rolled back when the module is done (each case runs in a
    savepoint of it, so nothing a case does is seen by the next)."""
    media = override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("matrix-media"))
    media.enable()
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            built = build_world()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            media.disable()
            raise
    yield built
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)
    media.disable()


# --- the cases -----------------------------------------------------------------------------------------------


def fingerprint():
    """Row counts of every model of the product's apps, and the states that change in place."""
    from candidates.models import Application, Offer
    from interviews.models import Interview, Scorecard
    from requisitions.models import Requisition, RequisitionRequirement

    counts = {
        model._meta.label: model._default_manager.count()
        for label in PROJECT_APPS
        for model in apps.get_app_config(label).get_models()
    }
    states = {
        "applications": list(Application.objects.order_by("pk").values_list("pk", "stage", "status_link_version")),
        "offers": list(Offer.objects.order_by("pk").values_list("pk", "status")),
        "requisitions": list(Requisition.objects.order_by("pk").values_list("pk", "status")),
        "rows": list(RequisitionRequirement.objects.order_by("pk").values_list("pk", "order")),
        "interviews": list(Interview.objects.order_by("pk").values_list("pk", "status")),
        "scorecards": list(Scorecard.objects.order_by("pk").values_list("pk", "status")),
    }
    return counts, states


def matrix():
    for case in CASES:
        for actor in case.actors:
            marks = []
            if actor in case.xfail:
                marks.append(pytest.mark.xfail(strict=True, reason=case.xfail[actor]))
            yield pytest.param(case, actor, id=f"{case.id}-{actor}", marks=marks)


def _request(case, actor, w):
    """(url, response, fingerprint before): the API by the actor's bearer token, pages by a session."""
    client = Client()
    url = case.url(w)
    is_api = url.startswith("/api/")
    headers = {}
    if actor in TOKEN_ACTORS:
        token = {
            "candidate": w.token,
            "other_candidate": w.other_token,
            "tampered_token": w.tampered_token,
            "revoked_token": w.revoked_token,
        }[actor]
        url = reverse(case.name, args=[token, *(case.args(w)[1:] if case.args else [])])
    elif actor != "anonymous":
        if is_api:
            headers["HTTP_AUTHORIZATION"] = f"Bearer {w.api_keys[actor]}"
        else:
            client.force_login(getattr(w, actor))
    body = case.data(w) if case.data else {}
    before = fingerprint()
    if case.method == "GET":
        response = client.get(url, **headers)
    elif is_api:
        response = client.generic(case.method, url, json.dumps(body), content_type="application/json", **headers)
    else:
        response = getattr(client, case.method.lower())(url, body, **headers)
    return url, response, before


def _is_login_redirect(response) -> bool:
    login = resolve_url(settings.LOGIN_URL)
    return response.status_code == 302 and response["Location"].split("?")[0] == login


@pytest.mark.parametrize(("case", "actor"), list(matrix()))
def test_permission_matrix(world, case, actor):
    from django.core.cache import cache

    cache.clear()  # rate limits
    expected = case.answers[actor]
    url, response, before = _request(case, actor, world)
    status = response.status_code
    where = f"{case.method} {url} as {actor}"
    if expected == LOGIN:
        assert _is_login_redirect(response), f"{where}: {status} {response.get('Location', '')}, not the login page"
    elif expected == OK:
        assert status not in REFUSALS, f"{where}: refused with {status}"
        assert not _is_login_redirect(response), f"{where}: sent to the login page"
        assert status < 500
    elif isinstance(expected, Quiet):
        assert status == expected.status, f"{where}: {status}, expected {expected.status}"
    else:
        assert status == expected, f"{where}: {status}, expected {expected}"
        if status == 302 and expected == 302:
            assert not _is_login_redirect(response) or case.name == "logout", f"{where}: sent to the login page"
    if expected == LOGIN or expected in REFUSALS or isinstance(expected, Quiet):
        assert fingerprint() == before, f"{where}: a refused request changed the database"
    body = b"".join(response.streaming_content) if response.streaming else response.content
    # Closing a response sends request_finished; as Django's test client does for its own close, keep
    # it from closing the connection (on PostgreSQL that would end the module's transaction).
    signals.request_finished.disconnect(close_old_connections)
    try:
        response.close()
    finally:
        signals.request_finished.connect(close_old_connections)
    text = body.decode(errors="replace")
    shown = sorted(name for name in NEVER_SHOWN.get(actor, ()) if name in text)
    assert not shown, f"{where}: shows {', '.join(shown)}, whom this actor may not see"
