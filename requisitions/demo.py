"""Demo data for `seed_demo`: a department with an approval chain and published postings made
from the position library, so `make run` shows a live careers page. Goes through the services,
as a person would; idempotent."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from requisitions.models import Department, DepartmentApprover, PositionProfile, Requisition
from requisitions.services.approval import requisition_decide, requisition_submit
from requisitions.services.requisitions import requisition_create, requisition_move

COMPANY_EN = (
    "We run customer service for online shops, software companies and banks across China, "
    "by phone, chat and e-mail, from service centres in five cities."
)
COMPANY_ZH = "我们为国内的网店、软件公司和银行提供电话、在线和邮件客户服务，在五个城市设有服务中心。"
BENEFITS_EN = "Social insurance and housing fund; paid training; shift allowance; 15 days of paid leave."
BENEFITS_ZH = "五险一金；带薪培训；轮班补贴；每年15天带薪假期。"

# profile slug, city (English / Chinese shown as one string), headcount, salary range
POSTINGS = [
    ("cs-agent-general", "Hangzhou 杭州", 10, (5000, 7500)),
    ("level-specialist", "Shanghai 上海", 6, (6000, 8000)),
    ("specialist-ecommerce", "Shenzhen 深圳", 8, (6500, 9000)),
    ("service-hall-agent", "Beijing 北京", 3, (5500, 7000)),
    ("complaints-specialist", "Guangzhou 广州", 2, (8000, 11000)),
    ("level-supervisor", "Chengdu 成都", 1, (9000, 13000)),
]


def seed(stdout) -> None:
    users = get_user_model().objects
    hr, manager, approver = (users.get(username=name) for name in ("hr", "manager", "approver"))
    department, _created = Department.objects.get_or_create(
        name_en="Customer Service Centre", defaults={"name_zh": "客户服务中心"}
    )
    DepartmentApprover.objects.get_or_create(department=department, order=1, defaults={"approver": approver})
    opened = 0
    for slug, location, headcount, (low, high) in POSTINGS:
        profile = PositionProfile.objects.filter(slug=slug).first()
        if profile is None or Requisition.objects.filter(profile=profile, department=department).exists():
            continue
        requisition = requisition_create(
            actor=hr,
            profile=profile,
            department=department,
            hiring_manager=manager,
            recruiter=hr,
            headcount=headcount,
            location=location,
            salary_min=low,
            salary_max=high,
            closes_on=timezone.localdate() + datetime.timedelta(days=45),
            company_intro_en=COMPANY_EN,
            company_intro_zh=COMPANY_ZH,
            benefits_en=BENEFITS_EN,
            benefits_zh=BENEFITS_ZH,
        )
        requisition_submit(actor=hr, requisition=requisition)
        requisition_decide(actor=approver, requisition=requisition, approve=True, comment="Demo")
        requisition_move(actor=hr, requisition=requisition, action="open")
        opened += 1
    stdout.write(f"Careers page: {Requisition.objects.published().count()} open posting(s) ({opened} new).")
