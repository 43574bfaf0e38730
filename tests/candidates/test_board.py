import pytest
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from candidates.models import Application, Candidate, Stage, StageEvent
from recruiting.roles import Role

pytestmark = pytest.mark.django_db


def many(posting, count, *, start=0):
    now = timezone.now()
    people = Candidate.objects.bulk_create(
        Candidate(full_name=f"Person {i}", email=f"p{i}@example.com", education="bachelor") for i in range(start, start + count)
    )  # fmt: skip
    stages = [Stage.RESUME_SCREEN, Stage.FIRST_INTERVIEW, Stage.SECOND_INTERVIEW, Stage.REJECTED]
    return Application.objects.bulk_create(
        Application(
            candidate=person,
            requisition=posting,
            stage=stages[i % 4],
            consent_at=now,
            consent_version="t",
            screening_outcome="eligible",
        )
        for i, person in enumerate(people)
    )


def test_board_query_count_does_not_grow_with_cards(client, hr, make_posting, django_assert_num_queries):
    from django.db import connection

    posting = make_posting()
    many(posting, 4)
    client.force_login(hr)
    url = reverse("candidates:board", args=[posting.pk])
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    many(posting, 500, start=4)
    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get(url)
    columns = {stage: cards for stage, _label, cards in response.context["columns"]}
    assert len(columns["resume_screen"]) == 126
    assert dict(response.context["closed"]) == {"Rejected": 126}


def test_board_filters_by_tag_and_offers_the_tags_in_use(client, hr, make_posting):
    from candidates.models import Tag

    posting = make_posting()
    applications = many(posting, 3)
    night, _ = Tag.objects.get_or_create(name="night shifts")
    Tag.objects.get_or_create(name="unused elsewhere")
    applications[0].candidate.tags.add(night)
    client.force_login(hr)
    url = reverse("candidates:board", args=[posting.pk])
    everyone = client.get(url)
    assert everyone.context["tags"] == ["night shifts"]
    tagged = client.get(url, {"tag": "night shifts"})
    shown = [card.pk for _stage, _label, cards in tagged.context["columns"] for card, _days in cards]
    assert shown == [applications[0].pk]
    unknown = client.get(url, {"tag": "x" * 500})
    assert unknown.status_code == 200
    assert not [card for _stage, _label, cards in unknown.context["columns"] for card in cards]


def test_a_drop_moves_through_the_service_and_a_refused_drop_says_why(client, hr, make_posting):
    posting = make_posting()
    application = many(posting, 1)[0]
    client.force_login(hr)
    url = reverse("candidates:board_move", args=[posting.pk, application.pk])
    ok = client.post(url, {"target": "first_interview"}, HTTP_HX_REQUEST="true")
    assert ok.status_code == 200
    assert "moved to" in ok.content.decode()
    assert StageEvent.objects.filter(application=application, to_stage="first_interview", actor=hr).exists()
    refused = client.post(url, {"target": "offer"}, HTTP_HX_REQUEST="true")
    assert "offer is drafted" in refused.content.decode()
    assert Application.objects.get(pk=application.pk).stage == Stage.FIRST_INTERVIEW
    garbage = client.post(url, {"target": "<script>"}, HTTP_HX_REQUEST="true")
    assert garbage.status_code == 200
    assert "Unknown stage" in garbage.content.decode()


def test_board_permissions(client, make_user, manager, make_posting):
    posting = make_posting()
    application = many(posting, 1)[0]
    url = reverse("candidates:board", args=[posting.pk])
    move = reverse("candidates:board_move", args=[posting.pk, application.pk])
    client.force_login(make_user(Role.INTERVIEWER))
    assert client.get(url).status_code == 403
    assert client.post(move, {"target": "first_interview"}).status_code == 403
    client.force_login(make_user(Role.HIRING_MANAGER, username="other-hm"))
    assert client.get(url).status_code == 404
    assert client.post(move, {"target": "first_interview"}).status_code == 404
    client.force_login(manager)
    assert client.get(url).status_code == 200
    assert Application.objects.get(pk=application.pk).stage == Stage.RESUME_SCREEN


def test_search_finds_chinese_substrings_phone_fragments_and_resume_text(client, hr, make_posting):
    from candidates.models import Resume

    posting = make_posting()
    apps = many(posting, 3)
    Candidate.objects.filter(pk=apps[0].candidate_id).update(full_name="欧阳娜娜", phone="+8613912345678")
    Candidate.objects.filter(pk=apps[1].candidate_id).update(school="浙江大学")
    Resume.objects.create(application=apps[2], file="resumes/x.pdf", original_name="x.pdf", kind="pdf",
                          content_type="application/pdf", size=1, sha256="0" * 64, text="熟悉 Zendesk 工单系统")  # fmt: skip
    client.force_login(hr)

    def found(query):
        response = client.get(reverse("candidates:list"), {"q": query})
        return {application.pk for application in response.context["page"]}

    assert found("阳娜") == {apps[0].pk}
    assert found("1234567") == {apps[0].pk}
    assert found("139 1234") == {apps[0].pk}
    assert found("浙江") == {apps[1].pk}
    assert found("zendesk") == {apps[2].pk}
    assert found("nobody-matches") == set()


def test_list_and_search_query_counts_do_not_grow(client, hr, make_posting, django_assert_num_queries):
    from django.db import connection

    posting = make_posting()
    many(posting, 3)
    client.force_login(hr)
    params = {"q": "Person", "sort": "name"}
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("candidates:list"), params)
    many(posting, 520, start=3)
    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get(reverse("candidates:list"), params)
    assert response.context["page"].paginator.count == 523
    names = [application.candidate.full_name for application in response.context["page"]]
    assert names == sorted(names)
    for bad in ({"sort": "drop table"}, {"q": "x" * 5000}, {"page": "9999"}):
        assert client.get(reverse("candidates:list"), bad).status_code == 200
