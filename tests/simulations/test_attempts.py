"""The candidate's attempt: invitation, practice, the server's clock, autosave and resuming, the
automatic scores, and that a status link reaches only its own attempt."""

import re
from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from candidates.status_links import make_token
from recruiting.models import Notification
from simulations.models import Answer, Attempt, Item
from simulations.services import attempts as service
from simulations.services.attempts import attempts_close_overdue


@pytest.fixture
def invited(attached, hr, interviewer):
    return service.attempt_invite(actor=hr, application=attached, reviewers=[interviewer])


def _started(attempt, now=None):
    return service.attempt_start(attempt=attempt, now=now)


def _items(attempt):
    items = Item.objects.in_bulk(attempt.order)
    return [items[pk] for pk in attempt.order]


def test_invite_emails_the_link_and_names_the_reviewers(invited, interviewer):
    assert invited.status == Attempt.Status.INVITED
    assert list(invited.reviews.values_list("reviewer", flat=True)) == [interviewer.pk]
    note = Notification.objects.get(template_key="simulations/invited")
    assert note.recipient == "wang.fang@example.com"
    assert note.context["minutes"] == 20
    assert note.context["path"] == reverse("candidates:status", args=[make_token(invited.application)])


def test_only_hr_invites_and_only_once(attached, manager, hr, invited):
    with pytest.raises(PermissionDenied):
        service.attempt_invite(actor=manager, application=attached)
    with pytest.raises(ValidationError, match="already been invited"):
        service.attempt_invite(actor=hr, application=attached)


def test_no_invitation_without_a_simulation_on_the_stage(make_application, hr):
    application = make_application(name="Zhao Lei")  # still in the resume screen: nothing attached there
    with pytest.raises(ValidationError, match="No simulation"):
        service.attempt_invite(actor=hr, application=application)
    assert not Attempt.objects.exists()


def test_bad_extra_time_and_reviewers_are_refused(attached, hr, make_user):
    outsider = make_user(username="no-role")
    for extra in (-1, 241, "5"):
        with pytest.raises(ValidationError):
            service.attempt_invite(actor=hr, application=attached, extra_minutes=extra)
    with pytest.raises(ValidationError, match="recruiting staff"):
        service.attempt_invite(actor=hr, application=attached, reviewers=[outsider])
    assert not Attempt.objects.exists()


def test_practice_is_checked_but_not_scored(invited):
    assert service.attempt_practice(attempt=invited, best="b", worst="a") == {"best_right": True, "worst_right": False}
    with pytest.raises(ValidationError, match="differ"):
        service.attempt_practice(attempt=invited, best="b", worst="b")
    with pytest.raises(ValidationError):
        service.attempt_practice(attempt=invited, best="z", worst="a")
    attempt = _started(invited)
    practice = service.practice_item(attempt)
    assert practice.pk not in attempt.order
    with pytest.raises(ValidationError, match="before the timed run"):
        service.attempt_practice(attempt=attempt, best="b", worst="d")


def test_start_sets_the_server_deadline_with_extra_time(attached, hr):
    attempt = service.attempt_invite(actor=hr, application=attached, extra_minutes=15)
    now = timezone.now()
    attempt = _started(attempt, now=now)
    assert attempt.deadline == now + timedelta(minutes=35)
    # The order keeps the groups (messages, judgement, typing, repetitive) and every scored item once.
    kinds = [item.kind for item in _items(attempt)]
    assert kinds == ["message", "message", "judgement", "judgement", "typing", "repetitive"]
    # Starting again (a second tab) changes nothing.
    assert _started(attempt, now=now + timedelta(minutes=3)).deadline == attempt.deadline


def test_extra_time_granted_during_the_run_moves_the_deadline(invited, hr):
    attempt = _started(invited)
    deadline = attempt.deadline
    attempt = service.attempt_set_extra_time(actor=hr, attempt=attempt, extra_minutes=10)
    assert attempt.deadline == deadline + timedelta(minutes=10)


def test_the_deadline_is_enforced_by_the_server(invited, settings):
    settings.SIMULATION_GRACE_SECONDS = 20
    start = timezone.now()
    attempt = _started(invited, now=start)
    message = _items(attempt)[0]
    deadline = attempt.deadline
    service.answer_save(attempt=attempt, item_id=message.pk, text="Sorry for the wait.", now=deadline)
    # Within the grace an in-flight save still counts; after it the run is closed as it stands.
    service.answer_save(attempt=attempt, item_id=message.pk, text="Sorry for the wait!",
                        now=deadline + timedelta(seconds=19))  # fmt: skip
    with pytest.raises(ValidationError, match="Time is up") as refused:
        service.answer_save(attempt=attempt, item_id=message.pk, text="late text", now=deadline + timedelta(seconds=21))
    assert refused.value.error_list[0].code == "timed_out"
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.SUBMITTED
    assert attempt.timed_out is True
    assert Answer.objects.get(attempt=attempt, item=message).text == "Sorry for the wait!"


def test_a_submit_after_the_deadline_is_marked_timed_out(invited, settings):
    settings.SIMULATION_GRACE_SECONDS = 0
    attempt = _started(invited)
    attempt = service.attempt_submit(attempt=attempt, now=attempt.deadline + timedelta(seconds=1))
    assert attempt.timed_out is True


def test_the_sweep_closes_runs_whose_page_was_closed(invited, settings):
    settings.SIMULATION_GRACE_SECONDS = 0
    attempt = _started(invited)
    assert attempts_close_overdue(now=attempt.deadline - timedelta(seconds=1)) == 0
    assert attempts_close_overdue(now=attempt.deadline + timedelta(seconds=1)) == 1
    attempt.refresh_from_db()
    assert (attempt.status, attempt.timed_out) == (Attempt.Status.SUBMITTED, True)
    assert attempts_close_overdue(now=attempt.deadline + timedelta(seconds=2)) == 0  # idempotent


def test_the_typing_task_has_its_own_clock(invited, settings):
    settings.SIMULATION_GRACE_SECONDS = 5
    attempt = _started(invited)
    typing_position = [item.kind for item in _items(attempt)].index("typing")
    typing = _items(attempt)[typing_position]
    with pytest.raises(ValidationError, match="typing task's time"):  # not opened yet: no clock, no save
        service.answer_save(attempt=attempt, item_id=typing.pk, text="Thank")
    opened = timezone.now()
    service.attempt_open_item(attempt=attempt, position=typing_position, now=opened)
    service.attempt_open_item(attempt=attempt, position=typing_position, now=opened + timedelta(seconds=30))
    answer = Answer.objects.get(attempt=attempt, item=typing)
    assert answer.opened_at == opened  # reopening does not restart the clock
    service.answer_save(attempt=attempt, item_id=typing.pk, text="Thank you for waiting.",
                        now=opened + timedelta(seconds=30))  # fmt: skip
    with pytest.raises(ValidationError, match="typing task's time"):
        service.answer_save(attempt=attempt, item_id=typing.pk, text="more", now=opened + timedelta(seconds=66))
    attempt = service.attempt_submit(attempt=attempt, now=opened + timedelta(seconds=70))
    assert attempt.typing_accuracy == pytest.approx(1.0)
    assert attempt.typing_cpm == pytest.approx(len("Thank you for waiting.") * 2)  # 22 characters in 30 s


def test_the_typing_passage_is_the_attempt_language(attached, hr):
    attached.language = "zh-hans"
    attached.save(update_fields=["language"])
    attempt = _started(service.attempt_invite(actor=hr, application=attached))
    assert attempt.language == "zh-hans"
    position = [item.kind for item in _items(attempt)].index("typing")
    typing = _items(attempt)[position]
    opened = timezone.now()
    service.attempt_open_item(attempt=attempt, position=position, now=opened)
    service.answer_save(attempt=attempt, item_id=typing.pk, text="感谢您的耐心", now=opened + timedelta(seconds=12))
    attempt = service.attempt_submit(attempt=attempt)
    assert attempt.typing_accuracy == pytest.approx(6 / 9)
    assert attempt.typing_cpm == pytest.approx(6 * 60 / 12)


def test_scoring_key_for_judgement_and_repetitive_items(invited):
    attempt = _started(invited)
    items = {item.position: item for item in _items(attempt)}
    service.answer_save(attempt=attempt, item_id=items[4].pk, choice={"best": "b", "worst": "d"})  # 2 of 2
    service.answer_save(attempt=attempt, item_id=items[5].pk, choice={"best": "b", "worst": "c"})  # 1 of 2
    marks = [i not in (3, 7) for i in range(10)]
    marks[0] = False  # one row wrong
    marks[9] = None  # one row left unmarked: wrong too
    service.answer_save(attempt=attempt, item_id=items[7].pk, choice={"marks": marks})
    attempt = service.attempt_submit(attempt=attempt)
    assert (attempt.judgement_points, attempt.judgement_max) == (3, 4)
    assert attempt.repetitive_accuracy == pytest.approx(0.8)
    assert attempt.typing_cpm == 0
    assert attempt.typing_accuracy == 0


@pytest.mark.parametrize(
    ("kind", "payload"),
    [
        ("judgement", {"choice": {"best": "z", "worst": "a"}}),
        ("judgement", {"choice": {"best": "a", "worst": "a"}}),
        ("judgement", {"choice": "b"}),
        ("repetitive", {"choice": {"marks": [True] * 3}}),
        ("repetitive", {"choice": {"marks": ["yes"] * 10}}),
        ("message", {"text": None}),
        ("message", {"text": "x" * 5001}),
    ],
)
def test_bad_answers_are_refused_and_nothing_is_written(invited, kind, payload):
    attempt = _started(invited)
    item = next(item for item in _items(attempt) if item.kind == kind)
    with pytest.raises(ValidationError):
        service.answer_save(attempt=attempt, item_id=item.pk, **payload)
    answer = Answer.objects.get(attempt=attempt, item=item)
    assert (answer.text, answer.choice, answer.saved_at) == ("", {}, None)


def test_one_attempt_unless_hr_grants_another(invited, hr, manager):
    attempt = service.attempt_submit(attempt=_started(invited))
    with pytest.raises(ValidationError, match="over"):
        service.attempt_start(attempt=attempt)
    with pytest.raises(ValidationError, match="Say why"):
        service.attempt_grant_another(actor=hr, attempt=attempt, reason=" ")
    with pytest.raises(PermissionDenied):
        service.attempt_grant_another(actor=manager, attempt=attempt, reason="Power cut")
    second = service.attempt_grant_another(actor=hr, attempt=attempt, reason="Power cut at the test centre")
    assert (second.number, second.status) == (2, Attempt.Status.INVITED)
    assert second.reviews.count() == 1  # the same reviewers
    with pytest.raises(ValidationError, match="still open"):
        service.attempt_grant_another(actor=hr, attempt=attempt, reason="again")


def test_rejecting_the_application_cancels_its_open_attempt(invited, hr):
    from candidates.models import RejectionReason
    from candidates.services.pipeline import application_transition

    application_transition(actor=hr, application=invited.application, target="rejected",
                           reason=RejectionReason.objects.first(), feedback="Thank you.")  # fmt: skip
    invited.refresh_from_db()
    assert invited.status == Attempt.Status.CANCELLED


# The candidate's pages ------------------------------------------------------------------------------


def _same(url, expected) -> bool:
    """The same page of an attempt: a status link signed a second later differs in its token only."""
    return re.sub(r"/status/[^/]+/", "/status/~/", url) == re.sub(r"/status/[^/]+/", "/status/~/", expected)


def _url(name, attempt, *args, token=None):
    return reverse(f"simulations:{name}", args=[token or make_token(attempt.application), attempt.pk, *args])


def test_a_status_link_reaches_only_its_own_attempt(client, invited, make_application, hr):
    from candidates.services.pipeline import application_transition

    other = make_application(name="Chen Jie", email="chen.jie@example.com")
    application_transition(actor=hr, application=other, target="first_interview")
    theirs = service.attempt_invite(actor=hr, application=other)
    mine_token = make_token(invited.application)
    for name, args in [("take", ()), ("item", (0,))]:
        assert client.get(_url(name, theirs, *args, token=mine_token)).status_code == 404
    for name, args in [("practice", ()), ("start", ()), ("submit", ()), ("save", (1,)), ("paste", (1,))]:
        assert client.post(_url(name, theirs, *args, token=mine_token)).status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == Attempt.Status.INVITED
    # A forged or revoked token shows the link page, not the attempt.
    assert client.get(_url("take", invited, token="forged")).status_code == 404
    assert b"Wang Fang" not in client.get(_url("take", theirs, token=mine_token)).content


def test_the_status_page_offers_the_simulation(client, invited):
    page = client.get(reverse("candidates:status", args=[make_token(invited.application)]))
    assert f"/work-sample/{invited.pk}/" in page.content.decode()  # the link to begin (its token is signed anew)


def test_the_candidate_completes_a_run_through_the_pages(client, invited):
    assert "Before you start" in client.get(_url("take", invited)).content.decode()
    response = client.post(_url("practice", invited), {"best": "b", "worst": "d"})
    assert response.status_code == 200
    assert "Your best choice matches ours." in response.content.decode()
    response = client.post(_url("start", invited))
    assert _same(response.url, _url("item", invited, 0))
    attempt = Attempt.objects.get(pk=invited.pk)
    first = _items(attempt)[0]
    # Autosave (htmx) answers with the save status only.
    saved = client.post(_url("save", attempt, first.pk), {"text": "I am sorry."}, HTTP_HX_REQUEST="true")
    assert "Saved at" in saved.content.decode()
    # The form's own button saves and moves on.
    moved = client.post(_url("save", attempt, first.pk), {"text": "I am so sorry.", "go": "1"})
    assert _same(moved.url, _url("item", attempt, 1))
    assert client.get(moved.url).status_code == 200
    # A lost connection: opening the link again resumes at the item where the candidate was.
    resumed = client.get(_url("take", attempt))
    assert _same(resumed.url, _url("item", attempt, 1))
    page = client.get(_url("item", attempt, 0))
    assert "I am so sorry." in page.content.decode()
    overview = client.get(_url("take", attempt) + "?overview=1").content.decode()
    assert "Submit my answers" in overview
    done = client.post(_url("submit", attempt))
    assert _same(done.url, _url("take", attempt))
    assert Attempt.objects.get(pk=attempt.pk).status == Attempt.Status.SUBMITTED
    assert "have been submitted" in client.get(_url("take", attempt)).content.decode()
    # After submitting, nothing more is saved.
    refused = client.post(_url("save", attempt, first.pk), {"text": "changed"}, HTTP_HX_REQUEST="true")
    assert "over" in refused.content.decode()
    assert Answer.objects.get(attempt=attempt, item=first).text == "I am so sorry."


def test_a_paste_into_the_typing_task_is_recorded(client, invited):
    attempt = _started(invited)
    typing = next(item for item in _items(attempt) if item.kind == "typing")
    assert client.post(_url("paste", attempt, typing.pk)).status_code == 204
    message = next(item for item in _items(attempt) if item.kind == "message")
    client.post(_url("paste", attempt, message.pk))  # only the typing task counts pastes
    attempt.refresh_from_db()
    assert attempt.pastes == 1
    assert Answer.objects.get(attempt=attempt, item=typing).pastes == 1


def test_an_expired_clock_on_the_page_submits_what_was_saved(client, invited):
    attempt = _started(invited)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=5))
    page = client.get(_url("take", attempt))
    assert page.status_code == 200
    assert "Time ran out" in page.content.decode()
    assert Attempt.objects.get(pk=attempt.pk).timed_out is True


def test_erasing_the_person_blanks_their_answers_and_the_export_holds_them(invited, hr):
    from candidates.services.people import candidate_erase, candidate_export

    attempt = _started(invited)
    message = _items(attempt)[0]
    service.answer_save(attempt=attempt, item_id=message.pk, text="My own words to the customer")
    exported = candidate_export(actor=hr, candidate=attempt.application.candidate)
    answers = exported["work_samples"][0]["answers"]
    assert {"item": message.title_en, "text": "My own words to the customer", "choice": {}} in answers
    candidate_erase(actor=hr, candidate=attempt.application.candidate)
    assert not Answer.objects.filter(attempt=attempt).exclude(text="").exists()


def test_the_run_is_taken_in_the_pages_language(client, invited):
    assert invited.language == "en"  # the application's, for the invitation e-mail
    client.post(_url("start", invited), HTTP_ACCEPT_LANGUAGE="zh-hans")
    invited.refresh_from_db()
    assert invited.language == "zh-hans"
    typing = next(i for i, item in enumerate(_items(invited)) if item.kind == "typing")
    page = client.get(_url("item", invited, typing), HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert "感谢您的耐心等待。" in page


# Found in review --------------------------------------------------------------------------------------


def test_after_the_typing_clock_the_candidate_can_still_move_on(client, invited, settings):
    settings.SIMULATION_GRACE_SECONDS = 5
    attempt = _started(invited)
    typing = next(i for i, item in enumerate(_items(attempt)) if item.kind == "typing")
    client.get(_url("item", attempt, typing))
    Answer.objects.filter(attempt=attempt, item__kind="typing").update(
        opened_at=timezone.now() - timedelta(seconds=90), text="Thank you"
    )
    item = _items(attempt)[typing]
    response = client.post(_url("save", attempt, item.pk), {"text": "Thank you for", "go": str(typing + 1)})
    assert _same(response.url, _url("item", attempt, typing + 1))  # on to the next item, the text as it was
    assert Answer.objects.get(attempt=attempt, item=item).text == "Thank you"
    response = client.post(_url("save", attempt, item.pk), {"text": "x", "go": "end"})
    assert _same(response.url, _url("take", attempt) + "?overview=1")


@pytest.mark.parametrize("go", ["²", "-1", "99", "", "1.5", "end"])
def test_odd_go_values_lead_to_an_item_or_the_overview(client, invited, go):
    attempt = _started(invited)
    first = _items(attempt)[0]
    response = client.post(_url("save", attempt, first.pk), {"text": "Hello", "go": go})
    assert response.status_code == 302
    assert _same(response.url, _url("take", attempt) + "?overview=1") or _same(response.url, _url("item", attempt, 1))


def test_the_front_page_submits_only_once_the_deadline_has_passed(client, invited):
    attempt = _started(invited)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() + timedelta(seconds=1))
    client.get(_url("take", attempt) + "?overview=1")
    assert Attempt.objects.get(pk=attempt.pk).status == Attempt.Status.STARTED  # the page's clock was early
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(seconds=1))
    client.get(_url("take", attempt))
    attempt.refresh_from_db()
    assert (attempt.status, attempt.timed_out) == (Attempt.Status.SUBMITTED, True)


def test_a_submit_before_the_deadline_is_not_timed_out_and_one_in_the_grace_is(invited, hr, settings):
    settings.SIMULATION_GRACE_SECONDS = 20
    attempt = _started(invited)
    assert service.attempt_submit(attempt=attempt, now=attempt.deadline - timedelta(seconds=1)).timed_out is False
    second = _started(service.attempt_grant_another(actor=hr, attempt=attempt, reason="A power cut"))
    assert service.attempt_submit(attempt=second, now=second.deadline + timedelta(seconds=5)).timed_out is True


def test_a_cancelled_invitation_can_be_made_again(invited, hr):
    service.attempt_cancel(actor=hr, attempt=invited)
    again = service.attempt_invite(actor=hr, application=invited.application)
    assert (again.number, again.status) == (2, Attempt.Status.INVITED)


def test_typing_speed_counts_the_real_time_of_a_save_in_the_grace(invited, settings):
    settings.SIMULATION_GRACE_SECONDS = 20
    attempt = _started(invited)
    typing = next(i for i, item in enumerate(_items(attempt)) if item.kind == "typing")
    opened = timezone.now()
    service.attempt_open_item(attempt=attempt, position=typing, now=opened)
    service.answer_save(attempt=attempt, item_id=_items(attempt)[typing].pk, text="Thank you for waiting.",
                        now=opened + timedelta(seconds=79))  # fmt: skip
    attempt = service.attempt_submit(attempt=attempt, now=opened + timedelta(seconds=80))
    assert attempt.typing_cpm == pytest.approx(22 * 60 / 79)


def test_a_browsers_line_breaks_count_once(invited):
    attempt = _started(invited)
    message = _items(attempt)[0]
    text = ("a" * 99 + "\r\n") * 50  # 5,000 characters as the browser counts them, 5,050 as sent
    answer = service.answer_save(attempt=attempt, item_id=message.pk, text=text)
    assert len(answer.text) == 5000
    assert "\r" not in answer.text


def test_extra_time_cannot_end_a_run_at_once(invited, hr):
    attempt = service.attempt_set_extra_time(actor=hr, attempt=invited, extra_minutes=30)
    attempt = _started(attempt)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() + timedelta(minutes=5))
    with pytest.raises(ValidationError, match="at once"):
        service.attempt_set_extra_time(actor=hr, attempt=attempt, extra_minutes=0)


def test_a_refused_paste_report_is_a_plain_refusal(client, invited):
    attempt = _started(invited)
    message = _items(attempt)[0]
    response = client.post(_url("paste", attempt, message.pk))
    assert response.status_code == 409
