"""The shipped rejection reasons (with the feedback candidates receive) and stage messages, in
both languages. HR edits them in the admin; a data migration installs them."""

REASONS = [
    (
        "requirements",
        "Does not meet the hard conditions",
        "不符合硬性条件",
        "Your education and experience do not yet match the conditions this position requires.",
        "您目前的学历和经历尚未达到该职位的基本条件。",
    ),
    (
        "skills",
        "Skills assessment below the bar",
        "能力评估未达要求",
        "In the assessments, your results did not yet reach the level this position needs.",
        "在本次评估中，您的表现暂未达到该职位的要求。",
    ),
    (
        "interview",
        "Interview: another candidate fits better",
        "面试：其他候选人更合适",
        "We met several strong candidates and chose one whose experience fits this role more closely.",
        "我们面试了多位优秀的候选人，最终选择了经历与该职位更匹配的一位。",
    ),
    (
        "availability",
        "Schedule or start date does not fit",
        "工作时间或到岗时间不符",
        "The working hours or the start date of this position do not match your availability.",
        "该职位的工作时间或到岗时间与您的安排不一致。",
    ),
    (
        "no_show",
        "Did not attend",
        "未参加面试",
        "We did not see you at the interview we had arranged.",
        "您未参加我们安排的面试。",
    ),
    ("position_filled", "Position filled", "职位已招满", "The position has now been filled.", "该职位已招满。"),
    (
        "knock_out",
        "Screening answer does not fit",
        "筛选问题回答不符合",
        "One of your answers to the screening questions does not meet a requirement of this position.",
        "您对筛选问题的某个回答不符合该职位的要求。",
    ),
    (
        "probation_not_passed",
        "Did not pass probation",
        "试用期考核未通过",
        "Your probation reviews did not reach the level the position requires.",
        "您的试用期考核未达到岗位要求。",
    ),
]

# Reasons the product itself rejects with (automatic screening, a failed probation): HR edits their
# texts but cannot deactivate them.
SYSTEM_REASON_CODES = {"requirements", "knock_out", "probation_not_passed"}

MESSAGES = [
    (
        "first_interview",
        "You are invited to a first interview",
        "邀请您参加初试",
        "Good news: we would like to meet you for a first interview. We will send you the time and place shortly.",
        "好消息：我们希望邀请您参加初试，稍后会将时间和地点发送给您。",
    ),
    (
        "second_interview",
        "You are invited to a second interview",
        "邀请您参加复试",
        "Thank you for the first interview. We would like to continue with a second interview and will send the "
        "details shortly.",
        "感谢您参加初试。我们希望继续安排复试，稍后会将具体安排发送给您。",
    ),
    (
        "rejected",
        "About your application",
        "关于您的申请",
        "Thank you for your interest and the time you gave us. We will not continue with your application.",
        "感谢您对我们的关注和投入的时间。很遗憾，我们不会继续推进您的申请。",
    ),
]


def install_defaults(apps=None) -> None:
    """Create the shipped reasons and messages that are missing (idempotent; HR edits are kept)."""
    if apps is None:
        from django.apps import apps
    reason_model = apps.get_model("candidates", "RejectionReason")
    message_model = apps.get_model("candidates", "CandidateMessage")
    for order, (code, label_en, label_zh, feedback_en, feedback_zh) in enumerate(REASONS, start=1):
        reason_model.objects.get_or_create(
            code=code,
            defaults={"label_en": label_en, "label_zh": label_zh, "feedback_en": feedback_en,
                      "feedback_zh": feedback_zh, "order": order},
        )  # fmt: skip
    for stage, subject_en, subject_zh, body_en, body_zh in MESSAGES:
        message_model.objects.get_or_create(
            stage=stage,
            defaults={"subject_en": subject_en, "subject_zh": subject_zh, "body_en": body_en, "body_zh": body_zh},
        )
