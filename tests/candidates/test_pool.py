import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from candidates.models import Application, Candidate, RejectionReason, Stage, Tag
from candidates.services.pipeline import application_transition
from candidates.services.pool import application_add_from_pool, candidate_keep_in_pool, candidate_set_tags
from recruiting.roles import Role
from tests.candidates.test_people import submit

pytestmark = pytest.mark.django_db


def test_a_rejected_person_is_kept_tagged_found_and_added_to_a_new_requisition(client, hr, make_posting):
    first = make_posting()
    application = submit(first, email="pool@example.com", phone="+8613800000021", name="Tang Wei")
    application_transition(actor=hr, application=application, target=Stage.REJECTED,
                           reason=RejectionReason.objects.get(code="position_filled"))  # fmt: skip
    client.force_login(hr)
    client.post(reverse("candidates:tags", args=[application.candidate_id]),
                {"tags": "粤语, night shifts ,, Night Shifts", "in_pool": "on"})  # fmt: skip
    person = Candidate.objects.get()
    assert person.in_talent_pool
    assert sorted(person.tags.values_list("name", flat=True)) == ["Night Shifts", "粤语"] or sorted(
        person.tags.values_list("name", flat=True)
    ) == ["night shifts", "粤语"]
    pool = client.get(reverse("candidates:pool"), {"tag": "粤语"})
    assert [p.pk for p in pool.context["page"]] == [person.pk]
    second = make_posting()
    client.post(reverse("candidates:add_to_requisition", args=[person.pk]), {"requisition": second.pk})
    added = Application.objects.get(requisition=second)
    assert added.stage == Stage.RESUME_SCREEN
    assert added.events.get().note == "talent pool"
    again = client.post(reverse("candidates:add_to_requisition", args=[person.pk]), {"requisition": second.pk},
                        follow=True)  # fmt: skip
    assert "already has an active application" in again.content.decode()
    assert client.get(reverse("candidates:list"), {"tag": "粤语"}).context["page"].paginator.count == 2


def test_only_hr_tags_pools_and_adds(make_user, manager, make_posting, client):
    application = submit(make_posting(), email="nope@example.com", phone="+8613800000022")
    for user in (manager, make_user(Role.INTERVIEWER)):
        with pytest.raises(PermissionDenied):
            candidate_set_tags(actor=user, candidate=application.candidate, names=["x"])
        with pytest.raises(PermissionDenied):
            candidate_keep_in_pool(actor=user, candidate=application.candidate, keep=True)
        with pytest.raises(PermissionDenied):
            application_add_from_pool(actor=user, candidate=application.candidate, requisition=application.requisition)
    client.force_login(manager)
    assert client.get(reverse("candidates:pool")).status_code == 403
    assert client.post(reverse("candidates:tags", args=[application.candidate_id]), {"tags": "x"}).status_code == 403
    assert not Tag.objects.exists()


def test_bad_tag_input(hr, make_posting):
    application = submit(make_posting(), email="tags@example.com", phone="+8613800000023")
    with pytest.raises(ValidationError):
        candidate_set_tags(actor=hr, candidate=application.candidate, names=["x" * 51])
    assert not Tag.objects.exists()
    candidate_set_tags(actor=hr, candidate=application.candidate, names=["", "  ", "<b>vip</b>"])
    assert list(application.candidate.tags.values_list("name", flat=True)) == ["<b>vip</b>"]


def test_pool_query_count_is_constant(client, hr, make_posting, django_assert_num_queries):
    from django.db import connection

    posting = make_posting()
    first = submit(posting, email="q0@example.com", phone="+8613800003000")
    candidate_set_tags(actor=hr, candidate=first.candidate, names=["a", "b"])
    Candidate.objects.update(in_talent_pool=True)
    client.force_login(hr)
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("candidates:pool"))
    for index in range(1, 40):
        application = submit(posting if index % 2 else make_posting(), email=f"q{index}@example.com",
                             phone=f"+86138000{index + 3000:05d}")  # fmt: skip
        candidate_set_tags(actor=hr, candidate=application.candidate, names=[f"t{index}", "shared"])
    Candidate.objects.update(in_talent_pool=True)
    with django_assert_num_queries(len(few.captured_queries)):
        client.get(reverse("candidates:pool"))


def test_erase_takes_a_person_out_of_the_pool_and_drops_their_tags(hr, make_posting):
    from candidates.services.people import candidate_erase

    application = submit(make_posting(), email="gone@example.com", phone="+8613800000024")
    candidate_set_tags(actor=hr, candidate=application.candidate, names=["vip"])
    candidate_keep_in_pool(actor=hr, candidate=application.candidate, keep=True)
    candidate_erase(actor=hr, candidate=application.candidate)
    person = Candidate.objects.get()
    assert not person.in_talent_pool
    assert not person.tags.exists()
