"""A candidate applies on a phone-sized screen in Chinese, reads the confirmation e-mail, opens the
status link and sees the stage."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from playwright.sync_api import expect

from tests.candidates.conftest import MINIMAL_PDF

pytestmark = pytest.mark.browser


def test_candidate_applies_on_a_phone_in_chinese(phone, make_posting, artifacts_dir, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    posting = make_posting()
    mail.outbox.clear()
    page = phone("zh-CN")
    page.goto(reverse("careers:detail", args=[posting.slug]))
    expect(page.locator("html")).to_have_attribute("lang", "zh-hans")
    page.get_by_test_id("apply").click()
    page.fill("#id_full_name", "陈静")
    page.fill("#id_email", "chen.jing@example.com")
    page.fill("#id_phone", "139 1234 5678")
    page.select_option("#id_education", "associate")
    page.fill("#id_years_experience", "2")
    page.fill("#id_years_customer_service", "1.5")
    essay = posting.questions.get()
    page.fill(f"#id_q_{essay.pk}", "一位客户因快递丢失非常愤怒，我先安抚情绪，再联系物流追踪，最后补发并致歉。")
    resume = tmp_path / "简历.pdf"
    resume.write_bytes(MINIMAL_PDF)
    page.set_input_files("#id_resume", str(resume))
    page.check("#id_consent")
    page.screenshot(path=str(artifacts_dir / "apply-phone-zh.png"), full_page=True)
    page.get_by_role("button", name="提交申请").click()
    expect(page.get_by_test_id("applied")).to_be_visible()

    message = mail.outbox[-1]
    assert message.to == ["chen.jing@example.com"]
    assert "陈静" in message.body
    link = re.search(r"https?://\S+/candidates/status/\S+/", message.body).group(0)
    page.goto(link[link.index("/candidates/") :])
    expect(page.get_by_test_id("stage")).to_contain_text("我们正在审阅您的申请")
    page.screenshot(path=str(artifacts_dir / "status-phone-zh.png"), full_page=True)
