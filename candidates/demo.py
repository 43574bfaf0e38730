"""Demo data for people: applicants on the e-commerce posting, one of them already through an offer
and in probation (so the offer, letter and probation pages have something to show). Idempotent."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

APPLICANTS = [
    ("Wang Fang 王芳", "demo.wang.fang@example.com", "zh-hans"),
    ("Chen Jie 陈杰", "demo.chen.jie@example.com", "zh-hans"),
    ("Emily Zhou", "demo.emily.zhou@example.com", "en"),
    ("Liu Yang 刘洋", "demo.liu.yang@example.com", "zh-hans"),
]


def seed(stdout) -> None:
    from candidates.models import Application
    from candidates.services.applications import application_submit
    from candidates.services.offers import offer_accept, offer_decide, offer_draft, offer_send, offer_submit
    from candidates.services.pipeline import application_transition
    from requisitions.models import DepartmentApprover, Requisition

    users = get_user_model().objects
    hr = users.get(username="hr")
    posting = Requisition.objects.filter(status=Requisition.Status.OPEN, profile__slug="specialist-ecommerce").first()
    if posting is None or Application.objects.filter(candidate__email=APPLICANTS[0][1]).exists():
        return
    applications = [
        application_submit(
            requisition=posting,
            person={
                "full_name": name,
                "email": email,
                "education": "associate",
                "language": language,
                "phone": f"+861380013800{n}",
            },
            facts={"education": "associate", "years_experience": 2, "service_hours": 400},
            answers=[],
            resume=None,
            resume_check=None,
            resume_name="",
            source="careers_page",
            language=language,
        )
        for n, (name, email, language) in enumerate(APPLICANTS)
    ]
    application_transition(actor=hr, application=applications[0], target="first_interview")
    hired = applications[3]
    application_transition(actor=hr, application=hired, target="first_interview")
    application_transition(actor=hr, application=hired, target="second_interview", note="Demo: panel met in person")
    today = timezone.localdate()
    offer = offer_draft(actor=hr, application=hired, terms={
        "position_title": posting.title, "department_name": str(posting.department),
        "monthly_salary": posting.salary_min or 7000, "currency": "CNY",
        "start_date": today + datetime.timedelta(days=14),
        "contract_months": 36, "probation_months": 3, "benefits": posting.benefits,
        "expires_on": today + datetime.timedelta(days=7), "language": "zh-hans", "salary_note": "",
    })  # fmt: skip
    offer_submit(actor=hr, offer=offer)
    approver = DepartmentApprover.objects.filter(department=posting.department).order_by("order").first()
    offer_decide(actor=approver.approver if approver else users.get(username="approver"), offer=offer, approve=True)
    offer_accept(offer=offer_send(actor=hr, offer=offer), signature="Liu Yang 刘洋", ip=None)
    stdout.write(f"  {len(applications)} demo applications; Liu Yang accepted an offer and is in probation")
