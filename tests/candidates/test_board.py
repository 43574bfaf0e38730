import datetime
import re

import pytest
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from candidates.models import Application, Candidate, Stage, StageEvent
from recruiting.roles import Role
from tests.factories import CandidateFactory

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


def column(posting, count, *, stage=Stage.RESUME_SCREEN, source="careers_page", start=0):
    """``count`` applications in one stage, the first the longest in it (one more day each)."""
    now = timezone.now()
    people = CandidateFactory.create_batch(count)
    applications = Application.objects.bulk_create(
        Application(candidate=person, requisition=posting, stage=stage, source=source, consent_at=now,
                    consent_version="t", screening_outcome="eligible")
        for person in people
    )  # fmt: skip
    for i, application in enumerate(applications):
        application.stage_changed_at = now - datetime.timedelta(days=start + count - i)
    Application.objects.bulk_update(applications, ["stage_changed_at"])
    return applications


def shown(response, stage=None):
    """The application ids on a board (or in one column of it), in order."""
    return [card.pk for name, _label, cards in response.context["columns"] for card, _face in cards
            if stage in (None, name)]  # fmt: skip


def counts(response) -> dict:
    """The count in each column's header."""
    found = re.findall(r'data-testid="count-(\w+)"><span aria-hidden="true">(\d+)<', response.content.decode())
    return {stage: int(count) for stage, count in found}


def test_a_long_column_shows_its_first_cards_its_count_and_a_button_for_more(client, hr, make_posting):
    posting = make_posting()
    waiting = column(posting, 60)
    column(posting, 3, stage=Stage.FIRST_INTERVIEW)
    client.force_login(hr)
    response = client.get(reverse("candidates:board", args=[posting.pk]))
    page = response.content.decode()
    assert shown(response, Stage.RESUME_SCREEN) == [a.pk for a in waiting[:50]]  # longest in stage first
    assert f'data-testid="card-{waiting[49].pk}"' in page
    assert f'data-testid="card-{waiting[50].pk}"' not in page
    assert counts(response) == {"resume_screen": 60, "first_interview": 3, "second_interview": 0, "offer": 0,
                                "probation": 0, "hired": 0}  # fmt: skip
    assert "60 cards" in page  # for screen readers
    assert 'data-testid="more-resume_screen"' in page
    assert 'data-testid="more-first_interview"' not in page  # all three shown
    assert "column=resume_screen&amp;offset=50" in page
    assert 'hx-swap="outerHTML"' in page
    assert "Show more cards in Resume screen" in page


def test_show_more_returns_the_next_cards_of_the_column_with_the_filters_kept(client, hr, make_posting):
    posting = make_posting()
    referred = column(posting, 120, source="referral")
    walked_in = column(posting, 5, source="walk_in", start=200)  # the longest waiting, but filtered out
    client.force_login(hr)
    url = reverse("candidates:board", args=[posting.pk])
    board = client.get(url, {"source": "referral"})
    assert shown(board, Stage.RESUME_SCREEN) == [a.pk for a in referred[:50]]
    assert counts(board)["resume_screen"] == 120
    assert "source=referral&amp;column=resume_screen&amp;offset=50" in board.content.decode()

    more = client.get(url, {"source": "referral", "column": "resume_screen", "offset": "50"}, HTTP_HX_REQUEST="true")
    assert more.status_code == 200
    assert [card.pk for card, _face in more.context["column"].cards] == [a.pk for a in referred[50:100]]
    fragment = more.content.decode()
    assert 'id="board"' not in fragment  # only the cards, appended in place of the button
    assert fragment.count("data-page-start") == 1
    assert "source=referral&amp;column=resume_screen&amp;offset=100" in fragment
    assert not any(f'data-testid="card-{a.pk}"' in fragment for a in walked_in)

    last = client.get(url, {"source": "referral", "column": "resume_screen", "offset": "100"})
    assert [card.pk for card, _face in last.context["column"].cards] == [a.pk for a in referred[100:]]
    assert 'data-testid="more-resume_screen"' not in last.content.decode()
    everyone = client.get(url, {"column": "resume_screen", "offset": "0"})
    assert [card.pk for card, _face in everyone.context["column"].cards][:5] == [a.pk for a in walked_in]


@pytest.mark.parametrize(
    "params",
    [
        {"column": "rejected", "offset": "0"},  # a closed stage is no column
        {"column": "<script>", "offset": "50"},
        {"column": "", "offset": "50"},
        {"offset": "50"},
        {"column": "resume_screen"},
        {"column": "resume_screen", "offset": "-50"},
        {"column": "resume_screen", "offset": "fifty"},
        {"column": "resume_screen", "offset": "1e3"},
        {"column": "resume_screen", "offset": "9" * 30},
    ],
)
def test_show_more_refuses_bad_columns_and_offsets(client, hr, make_posting, params):
    posting = make_posting()
    column(posting, 3)
    client.force_login(hr)
    response = client.get(reverse("candidates:board", args=[posting.pk]), params)
    assert response.status_code == 400


def test_show_more_past_the_end_is_empty(client, hr, make_posting):
    posting = make_posting()
    column(posting, 3)
    client.force_login(hr)
    url = reverse("candidates:board", args=[posting.pk])
    for offset in ("3", "50", "999999999"):
        response = client.get(url, {"column": "resume_screen", "offset": offset})
        assert response.status_code == 200
        assert "board-card" not in response.content.decode()
        assert "board-more" not in response.content.decode()


def test_board_query_count_does_not_grow_with_cards(client, hr, make_posting, django_assert_num_queries):
    from django.db import connection

    posting = make_posting()
    column(posting, 3)
    many(posting, 4)
    client.force_login(hr)
    url = reverse("candidates:board", args=[posting.pk])
    more = {"column": "resume_screen", "offset": "1", "tag": "night shifts", "source": "careers_page"}
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    with CaptureQueriesContext(connection) as few_more:
        client.get(url, more)
    column(posting, 60, start=10)
    many(posting, 100, start=4)
    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get(url)
    with django_assert_num_queries(len(few_more.captured_queries)):
        client.get(url, more)
    columns = {stage: cards for stage, _label, cards in response.context["columns"]}
    assert len(columns["resume_screen"]) == 50
    assert len(columns["first_interview"]) == 26
    assert counts(response)["resume_screen"] == 3 + 60 + 26
    assert dict(response.context["closed"]) == {"Rejected": 26}


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
    assert shown(tagged) == [applications[0].pk]
    assert counts(tagged) == {"resume_screen": 1, "first_interview": 0, "second_interview": 0, "offer": 0,
                              "probation": 0, "hired": 0}  # fmt: skip
    unknown = client.get(url, {"tag": "x" * 500})
    assert unknown.status_code == 200
    assert not shown(unknown)


def test_a_card_shows_its_name_link_time_in_stage_and_screening(client, hr, make_posting):
    posting = make_posting()
    application = column(posting, 1)[0]  # in stage for a day
    client.force_login(hr)
    page = client.get(reverse("candidates:board", args=[posting.pk])).content.decode()
    assert f'href="{reverse("candidates:detail", args=[application.candidate_id])}"' in page
    assert "1 day in stage" in page
    assert '<span class="badge text-bg-success">Eligible</span>' in page
    chinese = client.get(reverse("candidates:board", args=[posting.pk]), HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert "在此阶段 1 天" in chinese.content.decode()


def test_a_drop_moves_through_the_service_and_a_refused_drop_says_why(client, hr, make_posting):
    posting = make_posting()
    application = many(posting, 1)[0]
    column(posting, 55, stage=Stage.FIRST_INTERVIEW)
    client.force_login(hr)
    url = reverse("candidates:board_move", args=[posting.pk, application.pk])
    ok = client.post(url, {"target": "first_interview"}, HTTP_HX_REQUEST="true")
    assert ok.status_code == 200
    assert "moved to" in ok.content.decode()
    assert counts(ok)["first_interview"] == 56
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
    column(posting, 60)
    url = reverse("candidates:board", args=[posting.pk])
    more = {"column": "resume_screen", "offset": "50"}
    move = reverse("candidates:board_move", args=[posting.pk, application.pk])
    client.force_login(make_user(Role.INTERVIEWER))
    assert client.get(url).status_code == 403
    assert client.get(url, more).status_code == 403
    assert client.post(move, {"target": "first_interview"}).status_code == 403
    client.force_login(make_user(Role.HIRING_MANAGER, username="other-hm"))
    assert client.get(url).status_code == 404
    assert client.get(url, more).status_code == 404
    assert client.post(move, {"target": "first_interview"}).status_code == 404
    client.force_login(manager)
    assert client.get(url).status_code == 200
    assert len(client.get(url, more).context["column"].cards) == 11
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
