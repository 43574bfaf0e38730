"""HR's pages for building simulations (copy a library one, edit it, its items by kind) and attaching
them to the stages of a requisition: the happy paths, what is frozen, bad input for every kind of
item, who may not, and the query count of the list."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from candidates.services.applications import application_submit
from recruiting.models import AuditEvent
from simulations import library
from simulations.authoring_forms import MOOD_CHOICES
from simulations.models import Assignment, Attempt, Item, Simulation
from simulations.services.authoring import item_save, simulation_create

pytestmark = pytest.mark.django_db

SIMULATION = {
    "title_en": "Night shift chat desk",
    "title_zh": "夜班在线客服",
    "industry": "ecommerce",
    "minutes": "25",
    "instructions_en": "Answer each customer as you would at work.",
    "instructions_zh": "请像平时工作一样回复每位客户。",
    "knowledge_base_en": "## Refunds\n- Within 7 days of delivery",
    "knowledge_base_zh": "## 退款\n- 签收后 7 天内",
}

TITLES = {"title_en": "A task", "title_zh": "一项任务"}

ROWS = "\n".join(f"ORD-{1000 + i} | ORD-{1000 + i if i % 3 else 2000 + i}" for i in range(12))

# Valid POST data of each kind of item, and the ``data`` it must be saved with.
VALID = {
    "message": (
        TITLES
        | {"prompt_en": "Where is my parcel?", "prompt_zh": "我的包裹在哪里？", "channel": "email", "mood": "angry"},
        {"mood": "angry"},
    ),
    "judgement": (
        TITLES
        | {
            "prompt_en": "A customer shouts at you.",
            "prompt_zh": "一位客户对您大喊。",
            "option_a_en": "Hang up",
            "option_a_zh": "挂断",
            "option_b_en": "Listen, then apologise",
            "option_b_zh": "先倾听，再道歉",
            "option_c_en": "Transfer at once",
            "option_c_zh": "立即转接",
            "option_d_en": "Ask them to calm down",
            "option_d_zh": "请对方冷静",
            "best": "b",
            "worst": "a",
        },
        {
            "options": [
                {"key": "a", "en": "Hang up", "zh": "挂断"},
                {"key": "b", "en": "Listen, then apologise", "zh": "先倾听，再道歉"},
                {"key": "c", "en": "Transfer at once", "zh": "立即转接"},
                {"key": "d", "en": "Ask them to calm down", "zh": "请对方冷静"},
            ],
            "best": "b",
            "worst": "a",
        },
    ),
    "typing": (
        TITLES | {"prompt_en": "Thank you for waiting.", "prompt_zh": "感谢您的耐心等待。", "seconds": "90"},
        {"seconds": 90},
    ),
    "repetitive": (
        TITLES | {"prompt_en": "Mark each row.", "prompt_zh": "请标记每一行。", "rows": ROWS},
        {
            "rows": [{"left": f"ORD-{1000 + i}", "right": f"ORD-{1000 + i if i % 3 else 2000 + i}"} for i in range(12)],
            "key": [bool(i % 3) for i in range(12)],
        },
    ),
}


@pytest.fixture
def own(hr):
    """An editable simulation of HR's with one scored judgement item."""
    simulation = simulation_create(actor=hr, **SIMULATION | {"minutes": 25})
    _fields, data = VALID["judgement"]
    item_save(actor=hr, simulation=simulation, kind="judgement", title_en="First", title_zh="第一", prompt_en="S",
              prompt_zh="情境", channel="", practice=False, data=data)  # fmt: skip
    return simulation


@pytest.fixture
def from_library(db):
    simulation = Simulation.objects.filter(from_library=True).order_by("pk").first()
    assert simulation is not None
    assert simulation.items.exists()
    return simulation


@pytest.fixture
def invited(make_posting):
    """Attach ``simulation`` to a posting's resume screen and invite one applicant (an attempt row)."""

    def invite(simulation):
        posting = make_posting()
        person = {"full_name": "Wang Fang", "email": "wang.fang@example.com", "education": "bachelor", "language": "en"}
        application = application_submit(requisition=posting, person=person, facts={"education": "bachelor"},
                                         answers=[], resume=None, resume_check=None, resume_name="",
                                         source="careers_page", language="en")  # fmt: skip
        assignment = Assignment.objects.create(requisition=posting, stage="resume_screen", simulation=simulation)
        return Attempt.objects.create(assignment=assignment, application=application)

    return invite


def _errors(response):
    form = response.context["form"]
    return {field: " ".join(str(e) for e in errors) for field, errors in form.errors.items()}


# --- The library and a copy ------------------------------------------------------------------------------------


def test_hr_copies_a_library_simulation_and_edits_the_copy(client, hr, from_library):
    client.force_login(hr)
    response = client.post(reverse("simulations:simulation_copy", args=[from_library.pk]))
    copy = Simulation.objects.exclude(pk=from_library.pk).get(created_by=hr)
    assert response.url == reverse("simulations:simulation", args=[copy.pk])
    assert not copy.from_library
    assert list(copy.items.values_list("kind", "data")) == list(from_library.items.values_list("kind", "data"))

    page = client.get(response.url)
    assert not page.context["frozen"]
    assert reverse("simulations:simulation_edit", args=[copy.pk]) in page.content.decode()
    for kind in Item.Kind.values:
        assert f"{reverse('simulations:item_new', args=[copy.pk])}?kind={kind}" in page.content.decode()

    edit = client.post(reverse("simulations:simulation_edit", args=[copy.pk]), SIMULATION)
    assert edit.status_code == 302
    copy.refresh_from_db()
    assert (copy.title_en, copy.minutes, copy.industry) == ("Night shift chat desk", 25, "ecommerce")
    from_library.refresh_from_db()
    assert from_library.title_en != "Night shift chat desk"
    assert AuditEvent.objects.filter(verb="simulation.updated").count() == 1


def test_hr_creates_a_blank_simulation(client, hr):
    client.force_login(hr)
    response = client.post(reverse("simulations:simulation_new"), SIMULATION)
    simulation = Simulation.objects.get(title_en="Night shift chat desk")
    assert response.url == reverse("simulations:simulation", args=[simulation.pk])
    assert simulation.created_by == hr
    assert not simulation.from_library
    assert simulation.code


@pytest.mark.parametrize(
    ("bad", "field"),
    [({"title_zh": ""}, "title_zh"), ({"minutes": "0"}, "minutes"), ({"minutes": "181"}, "minutes"),
     ({"industry": "mining"}, "industry"), ({"instructions_en": ""}, "instructions_en")],
)  # fmt: skip
def test_a_bad_simulation_is_refused_on_its_field(client, hr, bad, field):
    client.force_login(hr)
    response = client.post(reverse("simulations:simulation_new"), SIMULATION | bad)
    assert response.status_code == 200
    assert field in _errors(response)
    assert not Simulation.objects.filter(title_en=SIMULATION["title_en"]).exists()


def test_the_detail_page_previews_every_item_with_its_keys(client, hr, own):
    for kind in ("message", "typing", "repetitive"):
        fields, data = VALID[kind]
        item_save(actor=hr, simulation=own, kind=kind, title_en=f"{kind} task", title_zh=f"{kind} 任务",
                  prompt_en=fields["prompt_en"], prompt_zh=fields["prompt_zh"],
                  channel="email" if kind == "message" else "", practice=False, data=data)  # fmt: skip
    client.force_login(hr)
    page = client.get(reverse("simulations:simulation", args=[own.pk]))
    text = page.content.decode()
    assert "Listen, then apologise" in text
    assert "Where is my parcel?" in text
    assert "Thank you for waiting." in text
    judgement = next(i for i in page.context["items"] if i.kind == "judgement")
    assert [(key, best, worst) for key, _t, best, worst in judgement.preview_options] == [
        ("a", False, True), ("b", True, False), ("c", False, False), ("d", False, False)]  # fmt: skip
    repetitive = next(i for i in page.context["items"] if i.kind == "repetitive")
    assert [agree for _row, agree in repetitive.preview_rows] == VALID["repetitive"][1]["key"]
    assert "Refunds" in text  # the knowledge base
    chinese = client.get(reverse("simulations:simulation", args=[own.pk]), HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert "夜班在线客服" in chinese.content.decode()
    assert "我的包裹在哪里？" in chinese.content.decode()


# --- Items -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(VALID))
def test_hr_adds_an_item_of_each_kind(client, hr, own, kind):
    fields, data = VALID[kind]
    client.force_login(hr)
    url = reverse("simulations:item_new", args=[own.pk]) + f"?kind={kind}"
    assert client.get(url).status_code == 200
    response = client.post(url, fields)
    assert response.status_code == 302, _errors(response)
    item = own.items.get(kind=kind, title_en="A task")
    assert item.data == data
    assert item.position == 2  # after the first item
    assert (item.prompt_en, item.prompt_zh) == (fields["prompt_en"], fields["prompt_zh"])
    assert item.channel == ("email" if kind == "message" else "")


def test_judgement_options_left_empty_are_dropped_and_the_rest_keyed_in_order(client, hr, own):
    fields = VALID["judgement"][0] | {"option_b_en": "Apologise", "option_b_zh": "道歉", "option_d_en": "",
                                      "option_d_zh": "", "option_e_en": "Escalate", "option_e_zh": "上报",
                                      "best": "e", "worst": "a"}  # fmt: skip
    client.force_login(hr)
    client.post(reverse("simulations:item_new", args=[own.pk]) + "?kind=judgement", fields)
    item = own.items.get(title_en="A task")
    assert [o["en"] for o in item.data["options"]] == ["Hang up", "Apologise", "Transfer at once", "Escalate"]
    assert [o["key"] for o in item.data["options"]] == ["a", "b", "c", "d"]
    assert (item.data["best"], item.data["worst"]) == ("d", "a")


def test_hr_edits_an_item_in_its_own_form(client, hr, own):
    item = own.items.get()
    client.force_login(hr)
    url = reverse("simulations:item_edit", args=[own.pk, item.pk])
    form = client.get(url).context["form"]
    assert form.initial["option_b_en"] == "Listen, then apologise"
    assert form.initial["best"] == "b"
    data = {**{k: v for k, v in form.initial.items() if v is not None}, "worst": "c", "practice": "on"}
    response = client.post(url, data)
    assert response.status_code == 302, _errors(response)
    item.refresh_from_db()
    assert (item.data["best"], item.data["worst"], item.practice) == ("b", "c", True)
    assert own.items.count() == 1


def test_hr_edits_a_repetitive_item_from_its_rows_as_text(client, hr, own):
    _fields, data = VALID["repetitive"]
    item = item_save(actor=hr, simulation=own, kind="repetitive", title_en="Rows", title_zh="行", prompt_en="p",
                     prompt_zh="提示", channel="", practice=False, data=data)  # fmt: skip
    client.force_login(hr)
    url = reverse("simulations:item_edit", args=[own.pk, item.pk])
    rows = client.get(url).context["form"].initial["rows"]
    assert rows.splitlines()[0] == "ORD-1000 | ORD-2000"
    client.post(url, TITLES | {"prompt_en": "p", "prompt_zh": "提示", "rows": rows.replace("ORD-2000", "ORD-1000")})
    item.refresh_from_db()
    assert item.data["key"][0] is True
    assert item.data["rows"][0] == {"left": "ORD-1000", "right": "ORD-1000"}


BAD = [
    ("message", {"prompt_zh": ""}, "prompt_zh", "required"),
    ("message", {"mood": "bored"}, "mood", "valid choice"),
    ("message", {"channel": "fax"}, "channel", "valid choice"),
    ("message", {"title_en": ""}, "title_en", "required"),
    ("judgement", {"worst": "b"}, "worst", "must be different"),
    ("judgement", {"option_c_en": "", "option_c_zh": ""}, "option_c_en", "required"),
    ("judgement", {"option_d_zh": ""}, "option_d_zh", "in Chinese too"),
    ("judgement", {"option_d_en": "", "best": "d"}, "option_d_en", "in English too"),
    ("judgement", {"option_a_en": ""}, "option_a_en", "required"),
    ("judgement", {"best": "e"}, "best", "Option E is empty"),
    ("judgement", {"best": ""}, "best", "required"),
    ("typing", {"seconds": "29"}, "seconds", "greater than or equal to 30"),
    ("typing", {"seconds": "301"}, "seconds", "less than or equal to 300"),
    ("typing", {"prompt_en": ""}, "prompt_en", "required"),
    ("repetitive", {"rows": ROWS + "\nORD-1 ORD-1"}, "rows", "Line 13: write the two values"),
    ("repetitive", {"rows": ROWS.replace("ORD-1001 | ", "ORD-1001 | x | ")}, "rows", "Line 2: write the two"),
    ("repetitive", {"rows": ROWS + "\n\n | ORD-1"}, "rows", "Line 14: both sides"),
    ("repetitive", {"rows": "\n".join(ROWS.splitlines()[:9])}, "rows", "between 10 and 40 rows (there are 9)"),
    ("repetitive", {"rows": "\n".join([ROWS] * 4)}, "rows", "(there are 48)"),
]


@pytest.mark.parametrize(("kind", "bad", "field", "message"), BAD)
def test_bad_item_input_is_refused_on_its_field_and_writes_nothing(client, hr, own, kind, bad, field, message):
    client.force_login(hr)
    before = list(own.items.values_list("pk", "data"))
    response = client.post(reverse("simulations:item_new", args=[own.pk]) + f"?kind={kind}", VALID[kind][0] | bad)
    assert response.status_code == 200
    assert message in _errors(response).get(field, ""), _errors(response)
    assert list(own.items.values_list("pk", "data")) == before


def test_a_second_practice_item_is_refused_by_the_service_on_the_form(client, hr, own):
    client.force_login(hr)
    url = reverse("simulations:item_new", args=[own.pk]) + "?kind=judgement"
    assert client.post(url, VALID["judgement"][0] | {"practice": "on"}).status_code == 302
    response = client.post(url, VALID["judgement"][0] | {"practice": "on", "title_en": "Second"})
    assert "one practice item" in _errors(response)["__all__"]
    assert own.items.filter(practice=True).count() == 1


def test_an_unknown_kind_or_someone_elses_item_is_not_found(client, hr, own, from_library):
    client.force_login(hr)
    assert client.get(reverse("simulations:item_new", args=[own.pk]) + "?kind=essay").status_code == 404
    assert client.get(reverse("simulations:item_new", args=[own.pk])).status_code == 404
    other = from_library.items.first()
    assert client.get(reverse("simulations:item_edit", args=[own.pk, other.pk])).status_code == 404
    assert client.post(reverse("simulations:item_delete", args=[own.pk, other.pk])).status_code == 404
    assert client.get(reverse("simulations:simulation", args=[999999])).status_code == 404


def test_hr_deletes_an_item(client, hr, own):
    item = own.items.get()
    client.force_login(hr)
    response = client.post(reverse("simulations:item_delete", args=[own.pk, item.pk]))
    assert response.url == reverse("simulations:simulation", args=[own.pk])
    assert not own.items.exists()
    assert AuditEvent.objects.filter(verb="simulation.item_deleted").exists()


# --- What is frozen --------------------------------------------------------------------------------------------


def _refused_everywhere(client, simulation, note):
    item = simulation.items.order_by("pk").first()
    items = list(simulation.items.values_list("pk", "title_en", "data"))
    title = simulation.title_en
    page = client.get(reverse("simulations:simulation", args=[simulation.pk]))
    assert page.context["frozen"]
    assert note in page.content.decode()
    assert reverse("simulations:simulation_edit", args=[simulation.pk]) not in page.content.decode()
    assert reverse("simulations:item_new", args=[simulation.pk]) not in page.content.decode()

    edit = client.post(reverse("simulations:simulation_edit", args=[simulation.pk]), SIMULATION)
    assert edit.status_code == 200
    assert _errors(edit)["__all__"]
    added = client.post(reverse("simulations:item_new", args=[simulation.pk]) + "?kind=typing", VALID["typing"][0])
    assert added.status_code == 200
    assert _errors(added)["__all__"]
    changed = client.post(reverse("simulations:item_edit", args=[simulation.pk, item.pk]), VALID[item.kind][0])
    assert changed.status_code == 200
    deleted = client.post(reverse("simulations:item_delete", args=[simulation.pk, item.pk]), follow=True)
    assert [m.level_tag for m in deleted.context["messages"]] == ["error"]

    simulation.refresh_from_db()
    assert simulation.title_en == title
    assert list(simulation.items.values_list("pk", "title_en", "data")) == items


def test_a_library_simulation_cannot_be_changed(client, hr, from_library):
    client.force_login(hr)
    _refused_everywhere(client, from_library, "library simulation")
    edit = client.post(reverse("simulations:simulation_edit", args=[from_library.pk]), SIMULATION)
    assert "copy it and change the copy" in _errors(edit)["__all__"]


def test_a_simulation_someone_was_invited_to_is_frozen(client, hr, own, invited):
    invited(own)
    client.force_login(hr)
    _refused_everywhere(client, own, "Candidates have been invited")
    edit = client.post(reverse("simulations:simulation_edit", args=[own.pk]), SIMULATION)
    assert "can no longer change" in _errors(edit)["__all__"]
    # A copy of it is editable again.
    client.post(reverse("simulations:simulation_copy", args=[own.pk]))
    copy = Simulation.objects.exclude(pk=own.pk).get(created_by=hr)
    assert client.post(reverse("simulations:simulation_edit", args=[copy.pk]), SIMULATION).status_code == 302


# --- Attaching to a requisition --------------------------------------------------------------------------------


def test_hr_attaches_replaces_and_removes_a_stages_simulation(client, hr, own, from_library, make_requisition):
    requisition = make_requisition()
    url = reverse("simulations:requisition", args=[requisition.pk])
    client.force_login(hr)
    page = client.get(url)
    assert [stage for stage, *_rest in page.context["stages"]] == ["resume_screen", "first_interview",
                                                                    "second_interview"]  # fmt: skip

    response = client.post(url, {"stage": "first_interview", "first_interview-simulation": own.pk})
    assert response.url == url
    assignment = Assignment.objects.get(requisition=requisition)
    assert (assignment.stage, assignment.simulation, assignment.created_by) == ("first_interview", own, hr)
    page = client.get(url)
    assert own.title_en in page.content.decode()

    client.post(url, {"stage": "first_interview", "first_interview-simulation": from_library.pk})
    assert list(Assignment.objects.filter(requisition=requisition).values_list("stage", "simulation")) == [
        ("first_interview", from_library.pk)
    ]

    client.post(url, {"stage": "first_interview", "remove": "1"})
    assert not Assignment.objects.filter(requisition=requisition).exists()
    assert AuditEvent.objects.filter(verb="simulation.detached").exists()


def test_attaching_refuses_a_simulation_without_items_and_a_stage_candidates_were_invited_to(
    client, hr, own, from_library, invited
):
    empty = simulation_create(actor=hr, **SIMULATION | {"minutes": 20, "title_en": "Empty"})
    attempt = invited(own)
    requisition = attempt.assignment.requisition
    url = reverse("simulations:requisition", args=[requisition.pk])
    client.force_login(hr)
    page = client.get(url)
    choices = dict(page.context["stages"][1][3].fields["simulation"].choices)
    assert empty.pk not in choices
    assert own.pk in choices

    response = client.post(url, {"stage": "resume_screen", "resume_screen-simulation": empty.pk})
    assert response.status_code == 200
    assert "valid choice" in str(response.context["stages"][0][3].errors)

    response = client.post(url, {"stage": "resume_screen", "resume_screen-simulation": from_library.pk})
    assert response.status_code == 200
    assert "cannot be replaced" in str(response.context["stages"][0][3].errors)
    removed = client.post(url, {"stage": "resume_screen", "remove": "1"}, follow=True)
    assert [m.level_tag for m in removed.context["messages"]] == ["error"]
    assert Assignment.objects.get(requisition=requisition).simulation == own

    assert client.post(url, {"stage": "offer", "offer-simulation": own.pk}).status_code == 404
    assert client.get(reverse("simulations:requisition", args=[999999])).status_code == 404


def test_the_board_links_hr_to_the_requisitions_work_samples(client, hr, manager, make_posting):
    posting = make_posting()
    link = reverse("simulations:requisition", args=[posting.pk])
    client.force_login(hr)
    assert link in client.get(reverse("candidates:board", args=[posting.pk])).content.decode()
    client.force_login(manager)
    assert link not in client.get(reverse("candidates:board", args=[posting.pk])).content.decode()


# --- Who may not -----------------------------------------------------------------------------------------------


def _urls(simulation, requisition):
    item = simulation.items.first()
    return [
        ("get", reverse("simulations:library")),
        ("get", reverse("simulations:simulation_new")),
        ("get", reverse("simulations:simulation", args=[simulation.pk])),
        ("get", reverse("simulations:simulation_edit", args=[simulation.pk])),
        ("post", reverse("simulations:simulation_copy", args=[simulation.pk])),
        ("get", reverse("simulations:item_new", args=[simulation.pk]) + "?kind=message"),
        ("get", reverse("simulations:item_edit", args=[simulation.pk, item.pk])),
        ("post", reverse("simulations:item_delete", args=[simulation.pk, item.pk])),
        ("get", reverse("simulations:requisition", args=[requisition.pk])),
        ("post", reverse("simulations:requisition", args=[requisition.pk])),
    ]


@pytest.mark.parametrize("who", ["manager", "interviewer"])
def test_staff_other_than_hr_get_403_on_every_page(client, own, make_requisition, request, who):
    requisition = make_requisition()  # the manager's own requisition: still not theirs to change
    count = Simulation.objects.count()
    client.force_login(request.getfixturevalue(who))
    for method, url in _urls(own, requisition):
        assert getattr(client, method)(url).status_code == 403, url
    assert Simulation.objects.count() == count  # the copy was not made
    assert own.items.exists()  # nor the item deleted


def test_anonymous_people_are_sent_to_log_in(client, own, make_requisition):
    for method, url in _urls(own, make_requisition()):
        response = getattr(client, method)(url)
        assert response.status_code == 302, url
        assert response.url.startswith(reverse("login")), url


# --- The list and its query count ------------------------------------------------------------------------------


def test_the_list_shows_every_simulation_in_a_fixed_number_of_queries(client, hr, own, invited):
    invited(own)
    client.force_login(hr)
    url = reverse("simulations:library")
    client.get(url)  # warm the session and the user's roles
    with CaptureQueriesContext(connection) as few:
        page = client.get(url)
    listed = {s.pk: s for s in page.context["simulations"]}
    assert listed[own.pk].item_count == 1
    assert listed[own.pk].attempt_count == 1
    assert all(s.from_library for s in page.context["simulations"] if s.pk != own.pk)
    for n in range(8):
        simulation = simulation_create(actor=hr, **SIMULATION | {"minutes": 20, "title_en": f"More {n}"})
        item_save(actor=hr, simulation=simulation, kind="typing", title_en="Type", title_zh="打字", prompt_en="Hi.",
                  prompt_zh="您好。", channel="", practice=False, data={"seconds": 60})  # fmt: skip
    with CaptureQueriesContext(connection) as many:
        page = client.get(url)
    assert len(page.context["simulations"]) == len(listed) + 8
    assert len(many) == len(few) <= 6
    assert "More 7" in page.content.decode()


def test_the_mood_choices_are_the_librarys():
    assert [value for value, _label in MOOD_CHOICES] == list(library.MOODS)


def test_a_copy_of_a_long_title_stays_within_its_length(hr):
    from simulations.models import Simulation
    from simulations.services.authoring import simulation_copy

    original = Simulation.objects.get(code="ecommerce-after-sales")
    Simulation.objects.filter(pk=original.pk).update(title_en="T" * 200, title_zh="题" * 200)
    original.refresh_from_db()
    copy = simulation_copy(actor=hr, simulation=original)
    copy.full_clean()
    assert copy.title_en.endswith(" (copy)")
    assert len(copy.title_en) == 200
    assert simulation_copy(actor=hr, simulation=copy).title_en == copy.title_en  # a copy of a copy: no pile-up
