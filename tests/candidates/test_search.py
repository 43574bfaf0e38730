"""Searching people by fragments: the same answers on SQLite (scans) and PostgreSQL (the grams
index), whether the matches go into the query as a list of ids or, for a broad search, a subquery."""

import pytest
from django.urls import reverse
from django.utils import timezone

from candidates import selectors
from candidates.models import Application, Candidate, Resume
from candidates.search import people_matching, resumes_matching

pytestmark = pytest.mark.django_db

PEOPLE = [
    ("欧阳娜娜", "nana.ouyang@example.com", "+8613912345678", "浙江大学"),
    ("王伟", "wei.wang@example.cn", "+8613800001111", "复旦大学"),
    ("Emily Zhou", "EMILY.zhou@Example.org", "+447700900123", "University of Nottingham"),
    ("李娜", "li_na%@example.com", "", "浙江工商职业技术学院"),
]


@pytest.fixture
def people(make_posting):
    posting = make_posting()
    now = timezone.now()
    made = []
    for name, email, phone, school in PEOPLE:
        person = Candidate.objects.create(full_name=name, email=email.lower(), phone=phone, school=school,
                                          education="bachelor")  # fmt: skip
        Application.objects.create(candidate=person, requisition=posting, consent_at=now, consent_version="t",
                                   screening_outcome="eligible")  # fmt: skip
        made.append(person)
    Resume.objects.create(application=made[1].applications.get(), file="resumes/x.pdf", original_name="x.pdf",
                          kind="pdf", content_type="application/pdf", size=1, sha256="0" * 64,
                          text="熟悉 Zendesk 工单系统，普通话二级甲等")  # fmt: skip
    return made


def names(queryset) -> set[str]:
    return set(queryset.values_list("full_name", flat=True))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("娜", {"欧阳娜娜", "李娜"}),  # one character
        ("阳娜", {"欧阳娜娜"}),  # two, inside the name
        ("王伟", {"王伟"}),
        ("emily ZHOU", {"Emily Zhou"}),  # any case, with a space
        ("example.cn", {"王伟"}),  # e-mail fragment
        ("浙江", {"欧阳娜娜", "李娜"}),  # school
        ("1234567", {"欧阳娜娜"}),  # phone digits
        ("7700 900", {"Emily Zhou"}),  # phone written with a space
        ("li_na%", {"李娜"}),  # LIKE's wildcards are literal
        ("_", set()),  # e-mail addresses are searched from three characters
        ("%", set()),
        ("na%@", {"李娜"}),
        ("nobody", set()),
    ],
)
def test_people_matching(people, query, expected):
    assert names(people_matching(Candidate.objects.all(), query)) == expected


def test_resume_text_any_case(people):
    assert set(resumes_matching(Resume.objects.all(), "zendesk").values_list("text", flat=True)) == {
        "熟悉 Zendesk 工单系统，普通话二级甲等"
    }
    assert not resumes_matching(Resume.objects.all(), "Freshdesk").exists()


@pytest.mark.parametrize("cap", [2000, 1])
@pytest.mark.parametrize("query", ["娜", "浙江", "zendesk", "1234567", "nobody", "大学"])
def test_the_application_list_finds_the_same_with_id_lists_and_subqueries(people, hr, monkeypatch, cap, query):
    """Below the cap the matches go in as id lists; above it (a broad search) as subqueries."""
    monkeypatch.setattr(selectors, "SEARCH_ID_LIST_MAX", cap)
    found = selectors.applications_for_user(user=hr, search=query)
    expected = {
        a.pk
        for a in Application.objects.select_related("candidate")
        if query.lower() in f"{a.candidate.full_name} {a.candidate.school}".lower()
        or (len(query) >= 3 and query.lower() in a.candidate.email)
        or (len(query) >= 3 and query.isdigit() and query in a.candidate.phone)
        or query.lower() in getattr(getattr(a, "resume", None), "text", "").lower()
    }
    assert {a.pk for a in found} == expected
    assert expected or query == "nobody"


def test_pages_search_the_same_way(client, people, hr):
    client.force_login(hr)
    listed = client.get(reverse("candidates:list"), {"q": "阳娜"})
    assert [a.candidate.full_name for a in listed.context["page"]] == ["欧阳娜娜"]
    Candidate.objects.filter(full_name="李娜").update(in_talent_pool=True)
    pool = client.get(reverse("candidates:pool"), {"q": "娜"})
    assert [p.full_name for p in pool.context["page"]] == ["李娜"]


def test_a_manager_finds_only_people_of_their_own_requisitions(people, make_user, make_posting):
    from recruiting.roles import Role

    other_manager = make_user(Role.HIRING_MANAGER, username="other-manager")
    assert not selectors.applications_for_user(user=other_manager, search="娜").exists()
    assert not selectors.candidates_for_user(user=other_manager, search="娜").exists()
