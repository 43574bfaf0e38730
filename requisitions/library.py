"""The position library shipped with the product: editable starting points for a requisition's
demand table and eligibility paths, in English and Simplified Chinese.

Pure Python data (no models, no database). The facts come from the domain seeds (the demand-table
guide, the customer-service department's position descriptions and the professional standard for
customer-service staff); every sentence here is our own restatement. Requirements about gender,
age, marital or childbearing status, ethnicity, household registration or looks are deliberately
absent: the seeds' preference for one gender and for a "pleasant voice" became a requirement for
clear standard Mandarin and a friendly telephone manner.

Shapes:

- profile: ``slug``, ``title_en``/``title_zh``, ``level``, ``industry``, ``summary_en``/``summary_zh``,
  ``duties_en``/``duties_zh`` (lists), ``rows`` and ``paths``;
- row: ``category``, ``key_item``, ``requirement_en``/``requirement_zh``, ``priority``, ``methods``
  (at least one), ``industry`` (``general`` unless the row only applies to one industry);
- path: ``key``, ``label_en``/``label_zh``, ``conditions``; a candidate is eligible when every
  condition of any one path holds.

All values are plain strings (the ``.value`` of the choices in :mod:`requisitions.choices`); the
helpers below validate them when the module is imported, so a typo fails at once.
"""

from __future__ import annotations

import copy

from requisitions.choices import (
    AssessmentMethodCode,
    Category,
    EducationLevel,
    Industry,
    KeyItem,
    LanguageLevel,
    Level,
    PipelineStep,
    Priority,
)

# Where in the pipeline each assessment method is used by default (the admin can change the
# ``AssessmentMethod`` rows). The order of the steps follows the call-centre procedure: resume
# screen, first interview (初试), second interview (复试), offer.
DEFAULT_METHOD_STEPS: dict[str, str] = {
    # Claimed diplomas and work history are screened on paper; proof is asked for at the same time.
    AssessmentMethodCode.CERTIFICATE_CHECK.value: PipelineStep.RESUME_SCREEN.value,
    AssessmentMethodCode.RESUME_REVIEW.value: PipelineStep.RESUME_SCREEN.value,
    # Tests that are cheap to run on many candidates and filter before the senior interviewers'
    # time is spent belong to the first round.
    AssessmentMethodCode.WRITTEN_TEST.value: PipelineStep.FIRST_INTERVIEW.value,
    AssessmentMethodCode.COMPUTER_TEST.value: PipelineStep.FIRST_INTERVIEW.value,
    AssessmentMethodCode.LANGUAGE_TEST.value: PipelineStep.FIRST_INTERVIEW.value,
    AssessmentMethodCode.BEHAVIOURAL_INTERVIEW.value: PipelineStep.FIRST_INTERVIEW.value,
    AssessmentMethodCode.LEARNING_TEST.value: PipelineStep.FIRST_INTERVIEW.value,
    # Role-plays, case work and pressure observed under a simulated angry customer need a prepared
    # interviewer and more time: the second round, for the shortlisted candidates only.
    AssessmentMethodCode.SCENARIO_SIMULATION.value: PipelineStep.SECOND_INTERVIEW.value,
    AssessmentMethodCode.CASE_EXERCISE.value: PipelineStep.SECOND_INTERVIEW.value,
    AssessmentMethodCode.STRESS_TEST.value: PipelineStep.SECOND_INTERVIEW.value,
    AssessmentMethodCode.VALUES_INTERVIEW.value: PipelineStep.SECOND_INTERVIEW.value,
    # A portfolio or take-home sample is asked of shortlisted candidates and discussed with them.
    AssessmentMethodCode.WORK_SAMPLE.value: PipelineStep.SECOND_INTERVIEW.value,
    # Checks with third parties need the candidate's consent and are only worth doing for the
    # person about to be offered the job.
    AssessmentMethodCode.BACKGROUND_CHECK.value: PipelineStep.OFFER.value,
    AssessmentMethodCode.REFERENCE_CHECK.value: PipelineStep.OFFER.value,
}


# --- builders ------------------------------------------------------------------------------------


def _row(
    category: str,
    key_item: str,
    priority: str,
    methods: list[str],
    requirement_en: str,
    requirement_zh: str,
    industry: str = Industry.GENERAL.value,
) -> dict:
    return {
        "category": Category(category).value,
        "key_item": KeyItem(key_item).value,
        "requirement_en": requirement_en,
        "requirement_zh": requirement_zh,
        "priority": Priority(priority).value,
        "methods": [AssessmentMethodCode(method).value for method in methods],
        "industry": Industry(industry).value,
    }


def _path(key: str, label_en: str, label_zh: str, *conditions: dict) -> dict:
    return {"key": key, "label_en": label_en, "label_zh": label_zh, "conditions": list(conditions)}


def _education(minimum: str | None, maximum: str | None = None) -> dict:
    condition = {"fact": "education"}
    if minimum is not None:
        condition["min"] = EducationLevel(minimum).value
    if maximum is not None:
        condition["max"] = EducationLevel(maximum).value
    return condition


def _years(fact: str, minimum: float) -> dict:
    if fact not in {"years_experience", "years_customer_service", "continuous_years_customer_service"}:
        raise ValueError(f"unknown experience fact {fact!r}")
    return {"fact": fact, "min": minimum}


def _practice_hours(minimum: int) -> dict:
    return {"fact": "cs_practice_hours", "min": minimum}


def _english(min_level: str) -> dict:
    return {"fact": "language", "language": "en", "min_level": LanguageLevel(min_level).value}


def _internal_assessment() -> dict:
    return {"fact": "internal_assessment_passed"}


def _exception() -> dict:
    return {"fact": "manual_exception"}


def _profile(**fields) -> dict:
    fields["level"] = Level(fields["level"]).value
    fields["industry"] = Industry(fields.get("industry", Industry.GENERAL.value)).value
    return fields


# --- rows and paths shared by several profiles ----------------------------------------------------


def _mandarin_row(en: str = "", zh: str = "", methods: list[str] | None = None) -> dict:
    return _row(
        "hard",
        "language",
        "required",
        methods or ["language_test", "behavioural_interview"],
        en or "Speaks clear standard Mandarin and writes correct, courteous Chinese.",
        zh or "普通话标准、表达清楚，书面中文规范得体。",
    )


def _bachelor_row() -> dict:
    return _row(
        "hard",
        "education",
        "required",
        ["certificate_check"],
        "Bachelor's degree or above.",
        "本科及以上学历。",
    )


def _ethics_row(priority: str = "high") -> dict:
    return _row(
        "high_value",
        "ethics",
        priority,
        ["values_interview", "reference_check"],
        "Committed to the work and holds high professional ethics: courteous, honest and law-abiding.",
        "敬业爱岗，职业道德良好：文明礼貌、诚实守信、遵纪守法。",
    )


def _specialist_paths() -> list[dict]:
    return [
        _path(
            "high_school",
            "High school or above",
            "高中及以上学历",
            _education("high_school"),
        ),
        _path(
            "practice_hours",
            "At least 200 hours of customer-service practice",
            "不少于200小时客户服务岗位实践",
            _practice_hours(200),
        ),
    ]


def _supervisor_paths() -> list[dict]:
    # The same paths, keys and conditions as ``eligibility.SUPERVISOR_PATHS``: (b) and (c) carry a
    # minimum education only (a better-educated candidate passes a higher path anyway); (d) is the
    # route for those without high school, so it carries a maximum only.
    return [
        _path(
            "bachelor",
            "Bachelor's degree or above",
            "本科及以上学历",
            _education("bachelor"),
        ),
        _path(
            "associate_one_year",
            "Associate degree and 1 year in customer service or a related field",
            "大专学历，本专业或相关领域工作满1年",
            _education("associate"),
            _years("years_customer_service", 1),
        ),
        _path(
            "high_school_two_years",
            "High school and 2 years in customer service or a related field",
            "高中学历，本专业或相关领域工作满2年",
            _education("high_school"),
            _years("years_customer_service", 2),
        ),
        _path(
            "continuous_three_years_assessed",
            "Below high school, 3 continuous years in the role and a passed internal assessment",
            "高中以下学历，本岗位或相关岗位连续工作满3年且通过企业考核",
            _education(None, "below_high_school"),
            _years("continuous_years_customer_service", 3),
            _internal_assessment(),
        ),
        _path(
            "outstanding_performance",
            "Exception granted for outstanding performance",
            "工作业绩突出，经特批",
            _exception(),
        ),
    ]


def _supervisor_education_row() -> dict:
    return _row(
        "hard",
        "education",
        "required",
        ["certificate_check", "resume_review"],
        "Bachelor's degree; or associate degree and one year in customer service or a related field; "
        "or high school and two years; or, below high school, three continuous years in the role and "
        "a passed internal assessment; or an exception for outstanding performance.",
        "本科及以上学历；或大专学历且在本专业或相关领域工作满1年；或高中学历且满2年；"
        "或未达高中学历、在本岗位连续工作满3年并通过企业考核；或因业绩突出经特批。",
    )


def _bachelor_english_paths(min_level: str) -> list[dict]:
    if min_level == LanguageLevel.BASIC.value:
        label_en, label_zh = "Bachelor's degree or above with basic English", "本科及以上学历，具备基础英语能力"
    else:
        label_en, label_zh = "Bachelor's degree or above with working English", "本科及以上学历，具备工作英语能力"
    return [_path("bachelor_english", label_en, label_zh, _education("bachelor"), _english(min_level))]


# --- the four levels of the professional standard ------------------------------------------------


def _specialist_rows() -> list[dict]:
    return [
        _row(
            "hard",
            "education",
            "required",
            ["certificate_check", "resume_review"],
            "High-school or vocational-secondary education or above; without it, at least 200 hours of "
            "customer-service practice.",
            "高中（含中专）及以上学历；未达到该学历的，需累计完成至少200小时客户服务岗位实践。",
        ),
        _mandarin_row(),
        _row(
            "hard",
            "systems",
            "required",
            ["computer_test", "scenario_simulation"],
            "Uses office software and the service systems (CRM, ticketing, telephone or chat console) "
            "fluently and follows the operating procedures.",
            "熟练使用办公软件和客服系统（客户关系管理、工单、电话或在线坐席），遵守操作规程。",
        ),
        _row(
            "core",
            "professional_knowledge",
            "high",
            ["written_test"],
            "Knows the basics expected by the standard: the products served, consumer psychology, "
            "customer-relationship management and consumer-protection rules.",
            "掌握职业标准要求的基础知识：所服务的商品、消费心理、客户关系管理及消费者权益保护相关规定。",
        ),
        _row(
            "core",
            "communication",
            "high",
            ["behavioural_interview", "scenario_simulation"],
            "Listens first, then explains clearly, briefly and in a logical order, using polite forms of address.",
            "先倾听再回应，表达清晰、简洁、有条理，恰当使用敬语。",
        ),
        _row(
            "core",
            "empathy",
            "very_high",
            ["scenario_simulation", "behavioural_interview"],
            "Recognises how the customer feels, shows understanding and respect, and calms tense conversations.",
            "能准确察觉客户情绪，表现出理解与尊重，缓和紧张的对话。",
        ),
        _row(
            "core",
            "problem_solving",
            "very_high",
            ["case_exercise", "behavioural_interview"],
            "Finds the cause of a customer's problem, uses the knowledge base and colleagues to propose a "
            "workable answer, and escalates what lies beyond own authority.",
            "能找出客户问题的原因，借助知识库和同事资源提出可行方案；超出权限的及时升级处理。",
        ),
        _row(
            "core",
            "quality_control",
            "medium_high",
            ["written_test", "scenario_simulation"],
            "Knows the service-quality standard and reports service incidents and unusual events promptly.",
            "了解服务质量要求，及时收集并上报服务中的异常事件。",
        ),
        _row(
            "core",
            "stress_tolerance",
            "high",
            ["stress_test", "scenario_simulation", "reference_check"],
            "Stays calm and professional under a heavy workload and in front of angry customers.",
            "在高强度工作和客户负面情绪的冲击下保持冷静与专业。",
        ),
        _row(
            "core",
            "learning_agility",
            "high",
            ["learning_test", "behavioural_interview"],
            "Picks up new products, policies, procedures and tools quickly.",
            "能迅速上手新的产品、政策、流程和工具。",
        ),
        _row(
            "high_value",
            "proactive_service",
            "medium_high",
            ["behavioural_interview", "scenario_simulation"],
            "Notices problems and unreasonable procedures in the service and suggests improvements; "
            "anticipates what the customer will need next.",
            "主动发现服务中的问题和不合理的规程并提出改进意见，预判客户接下来的需要。",
        ),
        _row(
            "high_value",
            "cx_orientation",
            "medium_high",
            ["values_interview", "behavioural_interview"],
            "Puts the customer first and understands how every contact affects loyalty and reputation; "
            "improves the service after complaints.",
            "秉持“客户至上”的理念，理解每次服务对客户忠诚度和口碑的影响，能根据投诉意见改进服务。",
        ),
        _row(
            "high_value",
            "ethics",
            "high",
            ["values_interview", "reference_check"],
            "Courteous, honest and law-abiding; treats every customer fairly and protects personal data.",
            "文明礼貌、诚实守信、遵纪守法，公平对待每一位客户，保护客户个人信息。",
        ),
        _row(
            "high_value",
            "teamwork",
            "medium",
            ["behavioural_interview", "reference_check"],
            "Helps colleagues and shares answers that worked with the team.",
            "乐于协助同事，主动与团队分享行之有效的解答经验。",
        ),
    ]


LEVEL_SPECIALIST = _profile(
    slug="level-specialist",
    title_en="Customer-service specialist (standard level)",
    title_zh="客户服务专员（标准等级）",
    level="specialist",
    summary_en=(
        "The entry level of the professional standard. The specialist serves customers directly by phone, "
        "chat, e-mail or at the counter, follows the service procedures, meets the quality standard and "
        "reports problems so that the service keeps improving."
    ),
    summary_zh=(
        "职业标准中的入门等级。专员通过电话、在线、邮件或柜台直接为客户提供服务，按服务规程操作，"
        "达到服务质量要求，并及时反馈问题，推动服务持续改进。"
    ),
    duties_en=[
        "Take and resolve customer enquiries and requests promptly, within the agreed response times.",
        "Speak with customers courteously, through the right channel and with polite forms of address.",
        "Operate the service systems and equipment according to the operating procedures.",
        "Record every contact accurately and report unusual incidents to the supervisor without delay.",
        "Spot recurring problems, suggest fixes and improve the service after complaints.",
    ],
    duties_zh=[
        "在约定的响应时限内受理并解决客户的咨询和业务请求。",
        "选择合适的渠道，以礼貌得体的方式与客户交流，恰当使用敬语。",
        "按操作规程使用客户服务系统和设备。",
        "准确记录每次服务，发现异常情况及时上报主管。",
        "发现反复出现的问题并提出改进建议，根据投诉意见改进服务。",
    ],
    rows=_specialist_rows(),
    paths=_specialist_paths(),
)


LEVEL_SUPERVISOR = _profile(
    slug="level-supervisor",
    title_en="Customer-service supervisor (standard level)",
    title_zh="客户服务主管（标准等级）",
    level="supervisor",
    summary_en=(
        "Leads a team of specialists on the service floor: plans the team's work, writes the operating "
        "procedures, handles incidents and escalations, controls service quality and turns the analysis "
        "of complaints into improvements."
    ),
    summary_zh=(
        "带领客户服务专员团队开展现场工作：制定团队工作计划和操作规程，处置突发事件和升级问题，"
        "把控服务质量，并通过投诉分析推动服务改进。"
    ),
    duties_en=[
        "Draw up the team's service plan, gather the frequent and difficult issues the specialists meet, "
        "and report progress regularly.",
        "Analyse customer needs and the service workflow and write the operating procedures.",
        "Coach specialists on the floor, deal with incidents as they happen and escalate major events.",
        "Take part in recruiting specialists and appraise their performance.",
        "Build, maintain and analyse customer data; monitor quality and check that plans are carried out.",
        "Classify complaints, propose how routine ones are handled and report to management.",
    ],
    duties_zh=[
        "制定团队服务工作计划，定期汇总专员工作中的热点和难点问题，及时汇报进展。",
        "研究客户需求特点和服务流程，据此编写操作规程。",
        "在现场指导专员操作，及时处置突发事件，并上报重大事件。",
        "参与专员招聘，开展绩效考评。",
        "建立、维护并分析客户数据；监控服务质量，检查计划执行情况。",
        "对客户投诉进行分类分析，提出日常投诉处理方案并报送上级。",
    ],
    rows=[
        _supervisor_education_row(),
        _mandarin_row(),
        _row(
            "hard",
            "systems",
            "required",
            ["computer_test"],
            "Works fluently with the CRM, ticketing, scheduling and quality-monitoring tools and with spreadsheets.",
            "熟练使用客户关系管理、工单、排班和质检等系统以及电子表格。",
        ),
        _row(
            "core",
            "planning",
            "high",
            ["case_exercise", "behavioural_interview"],
            "Plans the team's work and writes operating procedures from customer needs and the service flow.",
            "能根据客户需求和服务流程制定团队工作计划与操作规程。",
        ),
        _row(
            "core",
            "leadership",
            "very_high",
            ["behavioural_interview", "reference_check"],
            "Coaches specialists on the floor, takes part in recruiting them and runs fair performance reviews.",
            "能在现场指导专员，参与招聘并公正地开展绩效考评。",
        ),
        _row(
            "core",
            "problem_solving",
            "very_high",
            ["scenario_simulation", "case_exercise"],
            "Deals calmly with floor incidents and service crises and escalates major events promptly.",
            "能冷静处置现场突发事件和服务危机，并及时上报重大事件。",
        ),
        _row(
            "core",
            "quality_control",
            "high",
            ["case_exercise", "written_test"],
            "Collects and analyses quality information, evaluates service plans and checks their execution.",
            "能收集和分析服务质量信息，评估服务实施方案并检查执行情况。",
        ),
        _row(
            "core",
            "data_awareness",
            "high",
            ["computer_test", "case_exercise"],
            "Builds, updates and analyses customer data; reads metrics such as response time and resolution rate.",
            "能建立、更新和分析客户数据，解读响应时长、解决率等服务指标。",
        ),
        _row(
            "core",
            "communication",
            "high",
            ["behavioural_interview", "scenario_simulation"],
            "Communicates clearly in every direction: briefs the team, reports upwards and coordinates with "
            "other departments.",
            "上下沟通顺畅：向团队布置工作、向上级汇报，并与其他部门协调。",
        ),
        _row(
            "core",
            "empathy",
            "high",
            ["scenario_simulation", "behavioural_interview"],
            "Understands both upset customers and team members under pressure, and de-escalates conflict.",
            "既能体察客户的不满，也能理解团队成员的压力，有效化解冲突。",
        ),
        _row(
            "core",
            "stress_tolerance",
            "high",
            ["stress_test", "scenario_simulation"],
            "Keeps the team steady during peaks, outages and escalations.",
            "在业务高峰、系统故障和投诉升级时稳住团队。",
        ),
        _row(
            "core",
            "professional_knowledge",
            "medium",
            ["written_test"],
            "Knows the fundamentals of management, organisational behaviour, statistics and human resources.",
            "掌握管理学、组织行为学、统计学和人力资源管理的基础知识。",
        ),
        _row(
            "high_value",
            "cx_orientation",
            "medium_high",
            ["case_exercise", "values_interview"],
            "Uses complaint analysis to improve the service: identifies the types of complaint and proposes "
            "handling rules for the common ones.",
            "善于通过投诉分析改进服务：识别投诉类型，并为常见投诉提出处理规则。",
        ),
        _ethics_row(),
        _row(
            "high_value",
            "teamwork",
            "medium_high",
            ["behavioural_interview", "reference_check"],
            "Builds a cooperative team and makes sure lessons learned reach the knowledge base.",
            "营造互助的团队氛围，确保经验教训沉淀到知识库。",
        ),
    ],
    paths=_supervisor_paths(),
)


# The standard in the seed breaks off after the supervisor; the manager and director paths below
# continue its pattern (more education shortens the years required, an internal route for people
# promoted from within, and an exception decided by a person). Supervisory experience is not a
# fact the application form collects, so it is a required row checked on the resume and with
# references instead of a path condition.
LEVEL_MANAGER = _profile(
    slug="level-manager",
    title_en="Customer-service manager (standard level)",
    title_zh="客户服务经理（标准等级）",
    level="manager",
    summary_en=(
        "Runs a customer-service operation through its supervisors: sets service standards and targets, "
        "plans staffing and budget, builds training, follows the metrics and leads the response to "
        "serious complaints."
    ),
    summary_zh=(
        "通过各位主管管理客户服务运营：制定服务标准与目标，规划人员编制和预算，建立培训体系，"
        "跟踪服务指标，并牵头处理重大投诉。"
    ),
    duties_en=[
        "Set the service standards, targets and key metrics of the operation and review them regularly.",
        "Plan headcount, shifts and budget against the forecast volume of contacts.",
        "Lead, develop and appraise the supervisors; build the training and knowledge-base system.",
        "Own the quality-assurance programme and the customer-satisfaction results.",
        "Lead the handling of major complaints and service crises with product, sales and legal teams.",
        "Report results and improvement plans to senior management.",
    ],
    duties_zh=[
        "制定服务标准、目标和关键指标，并定期复盘。",
        "根据服务量预测规划人员编制、排班和预算。",
        "带领、培养并考核主管，建立培训和知识库体系。",
        "负责质检体系和客户满意度结果。",
        "联合产品、销售、法务等部门牵头处理重大投诉和服务危机。",
        "向高层汇报运营结果和改进计划。",
    ],
    rows=[
        _row(
            "hard",
            "education",
            "required",
            ["certificate_check", "resume_review"],
            "Bachelor's degree and three years in customer service; or associate degree and five years; "
            "or high school, six continuous years and a passed internal assessment; or an exception for "
            "outstanding performance.",
            "本科学历且从事客户服务满3年；或大专学历且满5年；或高中学历、连续工作满6年并通过企业考核；"
            "或因业绩突出经特批。",
        ),
        _row(
            "hard",
            "experience",
            "required",
            ["resume_review", "reference_check"],
            "At least one year leading a customer-service team or shift, for example as supervisor.",
            "至少1年带领客服团队或班组的经历，如担任主管。",
        ),
        _mandarin_row(),
        _row(
            "hard",
            "systems",
            "required",
            ["computer_test"],
            "Uses reporting, workforce-management and quality tools, and spreadsheets for analysis.",
            "熟练使用报表、排班管理和质检工具，能用电子表格做分析。",
        ),
        _row(
            "core",
            "planning",
            "very_high",
            ["case_exercise", "behavioural_interview"],
            "Turns business goals into service targets, staffing plans and budgets.",
            "能把经营目标转化为服务目标、人员计划和预算。",
        ),
        _row(
            "core",
            "leadership",
            "very_high",
            ["behavioural_interview", "reference_check"],
            "Leads through supervisors: develops them, sets clear expectations and appraises them fairly.",
            "善于通过主管带队：培养主管、明确要求并公正考核。",
        ),
        _row(
            "core",
            "problem_solving",
            "very_high",
            ["case_exercise", "scenario_simulation"],
            "Resolves major complaints and service crises and fixes their root causes.",
            "能解决重大投诉和服务危机，并从根源上消除问题。",
        ),
        _row(
            "core",
            "quality_control",
            "high",
            ["case_exercise"],
            "Designs the quality-assurance system: standards, sampling, calibration and follow-up.",
            "能设计质检体系：标准、抽检、校准和跟进改进。",
        ),
        _row(
            "core",
            "data_awareness",
            "high",
            ["case_exercise", "computer_test"],
            "Reads and explains service metrics (volume, service level, resolution, satisfaction) and "
            "decides from them.",
            "能解读服务量、服务水平、解决率和满意度等指标，并据此做出决策。",
        ),
        _row(
            "core",
            "communication",
            "high",
            ["behavioural_interview", "scenario_simulation"],
            "Presents clearly to senior management and negotiates with other departments.",
            "能向高层清晰汇报，并与其他部门有效协商。",
        ),
        _row(
            "core",
            "stress_tolerance",
            "high",
            ["stress_test", "scenario_simulation"],
            "Makes sound decisions under pressure from customers, staff and management at the same time.",
            "在来自客户、员工和管理层的多重压力下仍能做出稳妥决策。",
        ),
        _row(
            "core",
            "writing",
            "medium_high",
            ["work_sample"],
            "Writes plans, policies and reports that others can act on.",
            "能撰写可执行的工作计划、制度和报告。",
        ),
        _row(
            "core",
            "professional_knowledge",
            "high",
            ["written_test"],
            "Knows consumer-protection, contract and personal-data rules and the fundamentals of management.",
            "熟悉消费者权益保护、合同和个人信息保护相关规定，以及管理学基础知识。",
        ),
        _row(
            "high_value",
            "cx_orientation",
            "high",
            ["values_interview", "case_exercise"],
            "Manages for customer loyalty, not only for speed and cost.",
            "以提升客户忠诚度为管理目标，而不只追求速度和成本。",
        ),
        _row(
            "high_value",
            "teamwork",
            "high",
            ["behavioural_interview", "reference_check"],
            "Works with product and technical teams to close issues for good, and spreads knowledge across teams.",
            "与产品、技术团队协作彻底解决问题，推动知识在团队间共享。",
        ),
        _ethics_row(),
    ],
    paths=[
        _path(
            "bachelor_3y",
            "Bachelor's degree and 3 years in customer service",
            "本科及以上学历，且从事客户服务满3年",
            _education("bachelor"),
            _years("years_customer_service", 3),
        ),
        _path(
            "associate_5y",
            "Associate degree and 5 years in customer service",
            "大专学历，且从事客户服务满5年",
            _education("associate"),
            _years("years_customer_service", 5),
        ),
        _path(
            "internal_6y",
            "High school, 6 continuous years in customer service and a passed internal assessment",
            "高中学历，连续从事客户服务满6年并通过企业考核",
            _education("high_school"),
            _years("continuous_years_customer_service", 6),
            _internal_assessment(),
        ),
        _path(
            "outstanding_performance",
            "Exception granted for outstanding performance",
            "工作业绩突出，经特批",
            _exception(),
        ),
    ],
)


LEVEL_DIRECTOR = _profile(
    slug="level-director",
    title_en="Customer-service director (standard level)",
    title_zh="客户服务总监（标准等级）",
    level="director",
    summary_en=(
        "Owns the organisation's customer-service strategy and customer experience: sets direction and "
        "budget across channels and sites, including outsourced call centres, builds the management team "
        "and answers to the executive team for loyalty, cost and compliance."
    ),
    summary_zh=(
        "负责企业的客户服务战略和客户体验：统筹各渠道、各站点（含外包呼叫中心）的方向与预算，"
        "建设管理团队，就客户忠诚度、服务成本和合规向管理层负责。"
    ),
    duties_en=[
        "Define the service strategy and the mix of channels (phone, online, self-service, smart tools).",
        "Set the annual budget, targets and service-level commitments.",
        "Build and develop the management team and plan succession.",
        "Select and govern outsourcing partners and service systems.",
        "Represent the customer's voice to the executive team and drive improvements across the company.",
        "Lead the response to service crises that affect the brand.",
    ],
    duties_zh=[
        "制定服务战略和渠道组合（电话、在线、自助服务、智能工具）。",
        "制定年度预算、目标和服务水平承诺。",
        "建设并培养管理团队，规划继任梯队。",
        "选择并管理外包合作方和服务系统。",
        "在管理层代表客户的声音，推动全公司范围的体验改进。",
        "牵头应对影响品牌声誉的服务危机。",
    ],
    rows=[
        _row(
            "hard",
            "education",
            "required",
            ["certificate_check", "resume_review"],
            "Bachelor's degree and five years in customer service; or master's degree and three years; or an "
            "exception for an outstanding record.",
            "本科学历且从事客户服务满5年；或硕士学历且满3年；或因业绩突出经特批。",
        ),
        _row(
            "hard",
            "experience",
            "required",
            ["resume_review", "reference_check"],
            "Has run a customer-service operation through other managers or supervisors.",
            "有通过下属经理或主管管理客户服务运营的经历。",
        ),
        _mandarin_row(),
        _row(
            "core",
            "planning",
            "very_high",
            ["case_exercise", "behavioural_interview"],
            "Builds a multi-year service strategy that fits the business plan and the available technology.",
            "能结合经营规划和技术条件制定中长期服务战略。",
        ),
        _row(
            "core",
            "leadership",
            "very_high",
            ["behavioural_interview", "reference_check"],
            "Designs the organisation, attracts and grows managers and builds a culture of service.",
            "能设计组织架构，吸引和培养管理人才，塑造服务文化。",
        ),
        _row(
            "core",
            "problem_solving",
            "very_high",
            ["case_exercise", "scenario_simulation"],
            "Leads the company through service crises that threaten its reputation.",
            "能带领企业应对危及声誉的服务危机。",
        ),
        _row(
            "core",
            "data_awareness",
            "high",
            ["case_exercise"],
            "Manages by numbers: cost per contact, satisfaction, retention and the return on service tools.",
            "用数据管理：单次服务成本、满意度、留存率以及服务工具的投入产出。",
        ),
        _row(
            "core",
            "quality_control",
            "high",
            ["case_exercise", "reference_check"],
            "Governs service quality and compliance across in-house teams and outsourcing partners.",
            "统筹自有团队和外包合作方的服务质量与合规管理。",
        ),
        _row(
            "core",
            "communication",
            "high",
            ["behavioural_interview", "case_exercise"],
            "Persuades executives and partners; presents complex findings simply.",
            "能说服管理层和合作方，把复杂的结论讲得简单明了。",
        ),
        _row(
            "core",
            "professional_knowledge",
            "high",
            ["behavioural_interview", "written_test"],
            "Knows the law that governs service (consumer protection, contracts, intellectual property, "
            "personal data) and current service technology.",
            "熟悉与服务相关的法律（消费者权益、合同、知识产权、个人信息保护）以及当前的服务技术。",
        ),
        _row(
            "core",
            "learning_agility",
            "medium_high",
            ["behavioural_interview"],
            "Follows industry trends such as AI assistants and omnichannel service and adopts what works.",
            "关注人工智能助手、全渠道服务等行业趋势，并引入切实有效的做法。",
        ),
        _row(
            "high_value",
            "cx_orientation",
            "very_high",
            ["values_interview", "case_exercise"],
            "Treats customer experience as a driver of growth and makes every department accountable for it.",
            "把客户体验视为增长动力，推动各部门共同对体验负责。",
        ),
        _row(
            "high_value",
            "teamwork",
            "high",
            ["behavioural_interview", "reference_check"],
            "Builds lasting partnerships with product, technology, sales and finance.",
            "与产品、技术、销售和财务部门建立长期合作关系。",
        ),
        _row(
            "high_value",
            "ethics",
            "high",
            ["values_interview", "reference_check", "background_check"],
            "Acts with integrity and sets the ethical standard for the whole service organisation.",
            "正直诚信，为整个服务组织树立职业道德标杆。",
        ),
    ],
    paths=[
        _path(
            "bachelor_5y",
            "Bachelor's degree and 5 years in customer service",
            "本科及以上学历，且从事客户服务满5年",
            _education("bachelor"),
            _years("years_customer_service", 5),
        ),
        _path(
            "master_3y",
            "Master's degree and 3 years in customer service",
            "硕士及以上学历，且从事客户服务满3年",
            _education("master"),
            _years("years_customer_service", 3),
        ),
        _path(
            "outstanding_performance",
            "Exception granted for an outstanding record",
            "工作业绩突出，经特批",
            _exception(),
        ),
    ],
)


# --- the eight positions of the customer-service department --------------------------------------


def _department_management_rows() -> list[dict]:
    """Knowledge, abilities, skills and qualities the department description gives to its manager,
    deputy manager and supervisor alike."""
    return [
        _row(
            "hard",
            "systems",
            "required",
            ["computer_test"],
            "Uses office software and the internet confidently to prepare and manage documents and gather information.",
            "能熟练运用网络和办公软件完成文件的编制与管理，以及工作信息的搜集整理。",
        ),
        _row(
            "core",
            "professional_knowledge",
            "high",
            ["written_test", "behavioural_interview"],
            "Knows business etiquette, how large domestic and international peers are organised and run, "
            "modern management and marketing, the basics of logistics operations, and essential finance "
            "and law.",
            "熟悉现代商务礼仪管理，了解国内外大中型同行的组织架构和经营模式，掌握现代管理与营销理论、"
            "物流运营基本模式以及财务、法律基础知识。",
        ),
        _row(
            "core",
            "professional_knowledge",
            "medium",
            ["behavioural_interview", "case_exercise"],
            "Understands how a company's strategy, business flows, rules and departmental responsibilities "
            "fit together, and learns ours quickly.",
            "理解企业发展方向、业务流程、规章制度和各部门职责之间的关系，并能迅速熟悉本公司的情况。",
        ),
        _row(
            "core",
            "communication",
            "very_high",
            ["behavioural_interview", "scenario_simulation"],
            "Communicates and coordinates with customers and across departments to settle issues.",
            "具备与客户及各部门沟通协调、解决问题的能力。",
        ),
        _row(
            "core",
            "planning",
            "very_high",
            ["case_exercise", "behavioural_interview"],
            "Plans the department's work and writes rules that are then put into practice and supervised.",
            "能制定部门工作计划和相关制度，并督导落实。",
        ),
        _row(
            "core",
            "leadership",
            "very_high",
            ["behavioural_interview", "reference_check"],
            "Organises the team to deliver, trains and guides staff, and resolves day-to-day management issues.",
            "能组织团队完成各项工作，培训和引导员工，处理日常管理中出现的问题。",
        ),
        _row(
            "core",
            "problem_solving",
            "high",
            ["case_exercise", "scenario_simulation"],
            "Observes sharply, thinks in systems, judges accurately, acts decisively and adapts to change.",
            "观察敏锐、系统思考、判断准确、处事果断，能灵活应对变化。",
        ),
        _row(
            "core",
            "learning_agility",
            "high",
            ["behavioural_interview", "case_exercise"],
            "Keeps learning and brings new ideas into the service.",
            "持续学习，勇于创新，能把新思路引入服务工作。",
        ),
        _row(
            "core",
            "writing",
            "high",
            ["work_sample"],
            "Writes and revises accurate work plans, summaries and official documents.",
            "能准确撰写和修改工作计划、总结及相关文件。",
        ),
        _ethics_row(),
        _row(
            "high_value",
            "teamwork",
            "high",
            ["behavioural_interview", "reference_check"],
            "Strong team spirit and initiative.",
            "团队精神强，工作积极主动。",
        ),
        _row(
            "high_value",
            "leadership",
            "medium_high",
            ["behavioural_interview", "reference_check"],
            "Looks ahead and puts people where their strengths are best used.",
            "具有前瞻性，知人善任。",
        ),
    ]


def _department_language_rows() -> list[dict]:
    return [
        _mandarin_row(
            "Fluent Mandarin Chinese, spoken and written.",
            "中文（普通话）听说读写流利。",
            ["language_test", "behavioural_interview"],
        ),
        _row(
            "hard",
            "language",
            "required",
            ["language_test"],
            "Working English: reads business documents and holds a conversation with international partners.",
            "具备工作英语能力：能阅读商务文件并与外籍合作方交流。",
        ),
    ]


CS_DEPARTMENT_MANAGER = _profile(
    slug="cs-department-manager",
    title_en="Customer-service department manager",
    title_zh="客户服务部经理",
    level="manager",
    summary_en=(
        "Heads the customer-service department and is accountable for all of its work: the business "
        "services offered on the shop floor and the service customers receive before, during and after "
        "a sale."
    ),
    summary_zh="主持客户服务部全面工作，对卖场内的商务服务以及客户售前、售中、售后各环节的服务负总责。",
    duties_en=[
        "Set the department's rules and procedures and see that they are followed.",
        "Organise the department so that every service task is completed to standard.",
        "Coordinate with customers and other departments and resolve everyday management issues.",
        "Train and guide staff so that they do their jobs well.",
        "Write the department's work plans, summaries and official documents.",
    ],
    duties_zh=[
        "制定部门规章制度和工作流程，并督导执行。",
        "组织部门各项工作，确保服务任务按标准完成。",
        "对外协调客户关系，对内协调各部门，解决日常管理中出现的问题。",
        "培训和指导员工做好本职工作。",
        "编写部门工作计划、总结及相关文件。",
    ],
    rows=[
        _bachelor_row(),
        *_department_language_rows(),
        *_department_management_rows(),
        _row(
            "bonus",
            "experience",
            "high",
            ["resume_review", "reference_check"],
            "Two or more years of management experience preferred.",
            "有两年以上管理工作经验者优先。",
        ),
    ],
    paths=_bachelor_english_paths("conversational"),
)


CS_DEPUTY_MANAGER = _profile(
    slug="cs-deputy-manager",
    title_en="Customer-service deputy manager",
    title_zh="客户服务部副经理",
    level="manager",
    summary_en=(
        "Supports the department manager in running customer service, from the business services on the "
        "shop floor to pre-sale, in-sale and after-sale service, and stands in for the manager when needed."
    ),
    summary_zh="协助客户服务部经理开展部门运营工作，涵盖卖场商务服务和客户售前、售中、售后服务，必要时代行经理职责。",
    duties_en=[
        "Help set the department's rules and supervise how they are applied day to day.",
        "Organise shifts and tasks so that service targets are met.",
        "Coordinate with customers and other departments on escalated issues.",
        "Train and coach staff.",
        "Prepare plans, summaries and reports for the manager.",
        "Deputise for the manager when the manager is away.",
    ],
    duties_zh=[
        "协助制定部门制度，督导日常执行。",
        "安排班次和工作任务，确保达成服务目标。",
        "就升级问题与客户及其他部门沟通协调。",
        "培训和辅导员工。",
        "为经理准备工作计划、总结和报告。",
        "经理不在岗时代行其职责。",
    ],
    rows=[
        _bachelor_row(),
        *_department_language_rows(),
        *_department_management_rows(),
        _row(
            "bonus",
            "experience",
            "medium_high",
            ["resume_review", "reference_check"],
            "Management experience preferred.",
            "有管理工作经验者优先。",
        ),
    ],
    paths=_bachelor_english_paths("conversational"),
)


CS_SUPERVISOR = _profile(
    slug="cs-supervisor",
    title_en="Customer-service supervisor",
    title_zh="客服主管",
    level="supervisor",
    summary_en=(
        "Works under the manager and deputy manager to run the day-to-day service to the store's "
        "merchants and customers, leading the service team on the floor."
    ),
    summary_zh="在经理和副经理的领导下，负责商户服务的日常管理工作，带领服务团队开展现场服务。",
    duties_en=[
        "Run the daily service to merchants and customers.",
        "Schedule the service team and coach it on the floor.",
        "Handle escalated enquiries and complaints and report serious cases.",
        "Check service quality and follow up on improvements.",
        "Write shift reports, plans and summaries.",
    ],
    duties_zh=[
        "组织商户和客户的日常服务工作。",
        "安排服务团队的班次，并在现场进行辅导。",
        "处理升级的咨询和投诉，上报重大情况。",
        "检查服务质量，跟进改进措施。",
        "编写班次报告、工作计划和总结。",
    ],
    rows=[
        _supervisor_education_row(),
        _mandarin_row(),
        *_department_management_rows(),
        _row(
            "core",
            "quality_control",
            "high",
            ["case_exercise", "scenario_simulation"],
            "Monitors service on the floor, spots deviations from the standard and corrects them on the spot.",
            "现场监督服务过程，发现偏离标准的情况并当场纠正。",
        ),
    ],
    paths=_supervisor_paths(),
)


FRONT_BACK_OFFICE_AGENT = _profile(
    slug="front-back-office-agent",
    title_en="Front and back-office service agent",
    title_zh="办公前后台客服",
    level="specialist",
    summary_en=(
        "Greets visitors and answers incoming calls, records and passes on what they need, and looks "
        "after office support and business services, so that every caller and visitor meets a courteous, "
        "professional company."
    ),
    summary_zh=(
        "负责来访接待和来电接听，登记并反馈相关信息，承担办公区后勤和商务服务工作，"
        "让每一位来电来访者感受到公司专业、周到的服务。"
    ),
    duties_en=[
        "Answer incoming calls, find out what is needed and resolve it or put the caller through.",
        "Receive visitors, register them and take them to the right person.",
        "Log enquiries and feedback, pass them to the department responsible and follow up on the reply.",
        "Provide office support: meeting rooms, supplies, mail and deliveries.",
        "Provide business services such as printing, copying and preparing documents.",
    ],
    duties_zh=[
        "接听来电，明确需求后直接处理或转接。",
        "接待来访人员，做好登记并引导至对接人。",
        "登记咨询和反馈信息，转交责任部门并跟进答复。",
        "提供办公区后勤服务：会议室、办公用品、信件和快递等。",
        "提供打印、复印、文件整理等商务服务。",
    ],
    rows=[
        _bachelor_row(),
        _mandarin_row(
            "Clear standard Mandarin and a friendly, patient telephone manner.",
            "普通话标准、吐字清晰，电话沟通亲切、有耐心。",
            ["language_test", "scenario_simulation"],
        ),
        _row(
            "hard",
            "language",
            "required",
            ["language_test"],
            "Basic English to receive international callers and visitors.",
            "具备基础英语能力，能接待外籍来电和访客。",
        ),
        _row(
            "hard",
            "systems",
            "required",
            ["computer_test"],
            "Applies the internet, office software and the software the job needs to documents, records and messages.",
            "能应用网络、办公软件及岗位所需软件完成文件编制、信息登记和沟通。",
        ),
        _row(
            "core",
            "professional_knowledge",
            "high",
            ["written_test", "scenario_simulation"],
            "Knows reception etiquette, the company's customer records and the market it works in.",
            "熟悉接待礼仪，了解公司客户档案资料和所在行业的市场信息。",
        ),
        _row(
            "core",
            "proactive_service",
            "high",
            ["behavioural_interview", "scenario_simulation"],
            "Strong service awareness and sense of responsibility; acts without waiting to be asked.",
            "服务意识强，有责任心，做事主动。",
        ),
        _row(
            "core",
            "communication",
            "high",
            ["scenario_simulation", "behavioural_interview"],
            "Communicates and coordinates well and adapts quickly when a situation changes.",
            "具备良好的沟通协调能力和应变能力。",
        ),
        _row(
            "core",
            "planning",
            "medium",
            ["behavioural_interview"],
            "Organises visitor bookings, meeting rooms and own tasks so that nothing is missed.",
            "合理安排访客预约、会议室和自身工作，不遗漏事项。",
        ),
        _row(
            "core",
            "writing",
            "medium",
            ["written_test"],
            "Basic writing: notices, messages and short reports.",
            "具备基本写作能力，能撰写通知、留言和简短报告。",
        ),
        _ethics_row(),
        _row(
            "high_value",
            "teamwork",
            "medium",
            ["behavioural_interview", "reference_check"],
            "Team spirit, enthusiasm and initiative.",
            "具备团队精神，工作热情、积极主动。",
        ),
        _row(
            "bonus",
            "experience",
            "medium",
            ["resume_review"],
            "Experience in customer service or in computer-related work is a plus.",
            "有客服或计算机相关工作经验者优先。",
        ),
    ],
    paths=_bachelor_english_paths("basic"),
)


CUSTOMER_RECORDS_CLERK = _profile(
    slug="customer-records-clerk",
    title_en="Customer records clerk",
    title_zh="客服档案文员",
    level="specialist",
    summary_en=(
        "Keeps the marketing centre's archives and the customer files complete, accurate, up to date and "
        "confidential, so that colleagues find what they need quickly."
    ),
    summary_zh="负责市场中心的档案管理和客户档案管理，确保档案完整、准确、及时更新并妥善保密，方便同事快速查阅。",
    duties_en=[
        "Create, file and update customer records and the centre's documents.",
        "Check records for completeness and accuracy and correct errors.",
        "Handle requests to consult or borrow records according to the access rules.",
        "Keep personal data confidential and follow the retention and disposal rules.",
        "Prepare simple lists and statistics from the records on request.",
    ],
    duties_zh=[
        "建立、归档并更新客户档案和中心文件。",
        "核查档案的完整性和准确性，及时纠正错误。",
        "按权限规定办理档案查阅和借阅。",
        "对个人信息保密，按规定保管和销毁档案。",
        "根据需要从档案中整理简单的清单和统计。",
    ],
    rows=[
        _bachelor_row(),
        _mandarin_row(methods=["language_test"]),
        _row(
            "hard",
            "language",
            "required",
            ["language_test"],
            "Basic English to read, index and file English-language documents.",
            "具备基础英语能力，能阅读、编目和归档英文文件。",
        ),
        _row(
            "hard",
            "systems",
            "required",
            ["computer_test"],
            "Applies office software, the records system and the software the job needs; enters data accurately.",
            "能熟练应用办公软件、档案系统及岗位所需软件，数据录入准确。",
        ),
        _row(
            "core",
            "professional_knowledge",
            "high",
            ["written_test"],
            "Knows business etiquette, how customer files are organised and the market the company works in.",
            "熟悉商务礼仪，了解客户档案的组织方式和公司所在行业的市场信息。",
        ),
        _row(
            "core",
            "quality_control",
            "high",
            ["computer_test", "work_sample"],
            "Careful and accurate: records are complete, consistent and filed where they belong.",
            "细致准确，档案完整一致、归档规范。",
        ),
        _row(
            "high_value",
            "ethics",
            "very_high",
            ["values_interview", "reference_check"],
            "Keeps customer information confidential and follows the personal-data and access rules.",
            "严格保守客户信息，遵守个人信息保护和档案查阅规定。",
        ),
        _row(
            "core",
            "proactive_service",
            "high",
            ["behavioural_interview"],
            "Service-minded, responsible and proactive.",
            "服务意识强，有责任心，做事主动。",
        ),
        _row(
            "core",
            "communication",
            "medium_high",
            ["behavioural_interview", "scenario_simulation"],
            "Communicates and coordinates well and adapts when plans change.",
            "具备良好的沟通协调能力和应变能力。",
        ),
        _row(
            "core",
            "data_awareness",
            "medium",
            ["computer_test"],
            "Produces simple lists and statistics from the records.",
            "能从档案中整理出简单的清单和统计数据。",
        ),
        _row(
            "core",
            "writing",
            "medium",
            ["written_test"],
            "Basic writing: file descriptions, notes and short reports.",
            "具备基本写作能力，能撰写档案说明、备注和简短报告。",
        ),
        _row(
            "high_value",
            "teamwork",
            "medium",
            ["behavioural_interview", "reference_check"],
            "Team spirit, enthusiasm and initiative.",
            "具备团队精神，工作热情、积极主动。",
        ),
        _row(
            "bonus",
            "experience",
            "high",
            ["resume_review"],
            "Experience in records, computer-related or customer-service work.",
            "有档案、计算机相关或客服工作经验。",
        ),
    ],
    paths=_bachelor_english_paths("basic"),
)


SERVICE_HALL_AGENT = _profile(
    slug="service-hall-agent",
    title_en="Service-hall agent",
    title_zh="服务大厅服务人员",
    level="specialist",
    summary_en=(
        "Serves merchants and shoppers at the service-hall counter every day: receives them, answers "
        "their questions and takes in complaints, offering courteous and professional counter service."
    ),
    summary_zh="在服务大厅为商户和顾客提供日常接待、咨询解答和投诉受理服务，保持礼貌、专业的柜台服务水准。",
    duties_en=[
        "Welcome merchants and shoppers and find out what they need.",
        "Answer questions about brands, products, services and store policies.",
        "Take in complaints, record them accurately and follow them through to a reply.",
        "Handle routine counter services such as membership, invoices and lost property.",
        "Keep the counter tidy and the service information up to date.",
    ],
    duties_zh=[
        "接待商户和顾客，了解其需求。",
        "解答有关品牌、商品、服务和卖场政策的咨询。",
        "受理投诉，准确登记并跟进至答复。",
        "办理会员、发票、失物招领等柜台日常业务。",
        "保持柜台整洁，及时更新服务信息。",
    ],
    rows=[
        _bachelor_row(),
        _mandarin_row(
            "Clear standard Mandarin and a warm, courteous manner at the counter.",
            "普通话标准、吐字清晰，柜台接待热情有礼。",
            ["language_test", "scenario_simulation"],
        ),
        _row(
            "hard",
            "language",
            "required",
            ["language_test"],
            "Basic English to help international visitors.",
            "具备基础英语能力，能为外籍顾客提供帮助。",
        ),
        _row(
            "hard",
            "systems",
            "required",
            ["computer_test"],
            "Uses the counter systems and office software competently.",
            "能熟练使用柜台业务系统和办公软件。",
        ),
        _row(
            "core",
            "professional_knowledge",
            "high",
            ["written_test"],
            "Knows service etiquette, the brands in the store's sector and the customer information the counter needs.",
            "熟悉服务礼仪，了解本行业各品牌及柜台服务所需的客户信息。",
        ),
        _row(
            "core",
            "communication",
            "very_high",
            ["scenario_simulation", "behavioural_interview"],
            "Strong spoken communication and service awareness.",
            "语言沟通能力强，服务意识好。",
        ),
        _row(
            "core",
            "empathy",
            "high",
            ["scenario_simulation", "behavioural_interview"],
            "Recognises how a complaining customer feels and responds with understanding.",
            "能体察投诉客户的情绪，并以理解的态度回应。",
        ),
        _row(
            "core",
            "problem_solving",
            "medium_high",
            ["scenario_simulation", "case_exercise"],
            "Adapts to unexpected situations at the counter and finds a workable answer.",
            "能灵活应对柜台的突发情况，找到可行的解决办法。",
        ),
        _row(
            "high_value",
            "cx_orientation",
            "medium_high",
            ["values_interview", "scenario_simulation"],
            "Gives courteous, professional counter service that earns the company a good reputation.",
            "以礼貌、专业的柜台服务为公司赢得良好口碑。",
        ),
        _row(
            "core",
            "writing",
            "medium",
            ["written_test"],
            "Some writing ability: complaint records and short notes.",
            "具备一定的写作能力，能撰写投诉记录和简短说明。",
        ),
        _ethics_row(),
        _row(
            "high_value",
            "teamwork",
            "medium",
            ["behavioural_interview", "reference_check"],
            "Team spirit, enthusiasm and initiative.",
            "具备团队精神，工作热情、积极主动。",
        ),
        _row(
            "bonus",
            "experience",
            "medium",
            ["resume_review"],
            "Experience in customer service or in computer-related work is a plus.",
            "有客服或计算机相关工作经验者优先。",
        ),
    ],
    paths=_bachelor_english_paths("basic"),
)


# The department description calls these two roles "specialists", but their duties (designing
# service programmes, training representatives, analysing complaints, improving the handling
# process, dealing with emergencies) are the supervisor's abilities in the professional standard,
# so they sit at the supervisor level. The level is editable in the requisition.
CUSTOMER_RELATIONSHIP_SPECIALIST = _profile(
    slug="customer-relationship-specialist",
    title_en="Customer-relationship specialist",
    title_zh="客户关系维护专员",
    level="supervisor",
    summary_en=(
        "Builds and keeps good relationships with the company's customers: gathers and analyses what they "
        "need, designs service programmes, follows up through regular visits and calls, and organises "
        "after-sales service."
    ),
    summary_zh="负责建立并维护良好的客户关系：收集分析客户需求，规划客户服务方案，通过定期回访跟进维护情况，并组织产品售后服务。",
    duties_en=[
        "Collect customer information, analyse needs and plan service programmes.",
        "Manage and communicate with the assigned customers effectively.",
        "Build the customer-service team and train customer representatives.",
        "Make scheduled and ad-hoc follow-up visits and calls to check the health of each relationship.",
        "Develop and sustain good long-term relationships.",
        "Organise after-sales service for the company's products.",
        "Set up customer files, quality tracking and an after-sales information system.",
        "Take on other tasks assigned by the line manager.",
    ],
    duties_zh=[
        "收集客户资料，研判其需求，并据此设计服务方案。",
        "对所负责的客户进行有效管理和沟通。",
        "组建客户服务团队，培训客户代表等人员。",
        "按计划并视需要回访客户，评估每段客户关系的状况。",
        "发展并保持长期良好的客户关系。",
        "统筹本公司产品的售后服务。",
        "搭建售后服务信息系统，涵盖客户档案和质量跟踪记录。",
        "完成上级交办的其他工作。",
    ],
    rows=[
        _bachelor_row(),
        _row(
            "core",
            "professional_knowledge",
            "high",
            ["written_test", "behavioural_interview"],
            "Knowledge of business management, marketing or customer-relationship management.",
            "掌握企业管理、市场营销或客户关系管理方面的专业知识。",
        ),
        _mandarin_row(
            "Standard Mandarin with clear articulation.",
            "普通话标准，发音清楚。",
            ["language_test", "behavioural_interview"],
        ),
        _row(
            "hard",
            "systems",
            "required",
            ["computer_test"],
            "Basic computer operation; keeps customer records in the CRM system and office software.",
            "掌握计算机基本操作，能借助客户关系管理系统和办公软件维护客户档案。",
        ),
        _row(
            "core",
            "communication",
            "very_high",
            ["scenario_simulation", "behavioural_interview"],
            "Communicates, coordinates and negotiates effectively with customers.",
            "与客户沟通、协调和谈判的能力强。",
        ),
        _row(
            "core",
            "industry_knowledge",
            "high",
            ["behavioural_interview", "written_test"],
            "Understands the different kinds of customer and how the sector is developing.",
            "了解不同类型客户的特点及本行业的发展状况。",
        ),
        _row(
            "core",
            "data_awareness",
            "high",
            ["case_exercise"],
            "Analyses customer information and needs to decide on service actions.",
            "能分析客户信息和需求，据此确定服务行动。",
        ),
        _row(
            "core",
            "planning",
            "high",
            ["case_exercise", "behavioural_interview"],
            "Designs customer-service programmes and a follow-up schedule.",
            "能设计客户服务方案和回访计划。",
        ),
        _row(
            "core",
            "leadership",
            "medium_high",
            ["behavioural_interview", "reference_check"],
            "Builds a service team and trains customer representatives.",
            "能组建服务团队并培训客户代表。",
        ),
        _row(
            "high_value",
            "proactive_service",
            "medium_high",
            ["behavioural_interview", "scenario_simulation"],
            "Follows up with customers before small problems grow.",
            "主动跟进客户，把小问题消除在萌芽阶段。",
        ),
        _row(
            "high_value",
            "teamwork",
            "high",
            ["behavioural_interview", "reference_check"],
            "Pays attention to internal coordination and works well with other teams.",
            "重视内部协调，善于与其他团队合作。",
        ),
        _row(
            "core",
            "learning_agility",
            "medium_high",
            ["learning_test", "behavioural_interview"],
            "Keen to learn and to grow with the team.",
            "有学习意识，愿与团队共同成长。",
        ),
        _row(
            "high_value",
            "ethics",
            "high",
            ["values_interview", "reference_check"],
            "Shares the company's values and is committed and dependable.",
            "认同公司文化，忠诚可靠，敬业守信。",
        ),
        _row(
            "bonus",
            "experience",
            "high",
            ["resume_review", "reference_check"],
            "Two or more years in customer or account management preferred.",
            "具备两年及以上客户管理经验者优先。",
        ),
    ],
    paths=[_path("bachelor", "Bachelor's degree or above", "本科及以上学历", _education("bachelor"))],
)


COMPLAINTS_SPECIALIST = _profile(
    slug="complaints-specialist",
    title_en="Customer-complaints specialist",
    title_zh="客户投诉专员",
    level="supervisor",
    summary_en=(
        "Owns the handling of customer complaints: coordinates their resolution, calls customers back, "
        "analyses complaint data, improves the handling process and helps the manager monitor how the "
        "service is delivered."
    ),
    summary_zh="负责客户投诉处理工作：协调投诉解决、回访客户、统计分析投诉数据、改进投诉受理流程，并协助经理监督客户服务行为。",
    duties_en=[
        "Help the customer-service manager monitor how the service is delivered.",
        "Coordinate the resolution of complaints and call back a sample of customers.",
        "Organise the statistical analysis of complaints and customer enquiries.",
        "Improve the complaint-handling process and raise service quality.",
        "Set up and maintain customer files.",
        "Handle unexpected incidents.",
        "Write regular service reports for the manager's approval.",
        "Take on other tasks assigned by the line manager.",
    ],
    duties_zh=[
        "协助部门经理监督一线服务表现。",
        "协调各方解决投诉，并抽取部分客户回访核实效果。",
        "牵头开展投诉统计和客户查询分析。",
        "持续优化投诉受理流程，提高服务质量。",
        "建立和管理客户档案。",
        "处理突发事件。",
        "定期撰写服务工作总结，提交经理审阅。",
        "完成上级交办的其他工作。",
    ],
    rows=[
        _bachelor_row(),
        _row(
            "core",
            "professional_knowledge",
            "high",
            ["written_test", "behavioural_interview"],
            "Knowledge of business management, marketing, customer-relationship management or public relations.",
            "具备企业管理、市场营销、客户关系管理或公共关系管理等专业知识。",
        ),
        _mandarin_row(
            "Standard Mandarin with clear articulation; stays composed and polite on the phone.",
            "普通话标准，发音清楚，电话沟通沉稳有礼。",
            ["language_test", "scenario_simulation"],
        ),
        _row(
            "hard",
            "systems",
            "required",
            ["computer_test"],
            "Basic computer operation; records and tracks complaints in the ticketing or CRM system.",
            "掌握计算机基本操作，能在工单或客户关系管理系统中登记和跟踪投诉。",
        ),
        _row(
            "core",
            "communication",
            "very_high",
            ["scenario_simulation", "behavioural_interview"],
            "Communicates, coordinates and negotiates effectively with customers and colleagues.",
            "与客户和同事沟通、协调和谈判的能力强。",
        ),
        _row(
            "core",
            "empathy",
            "very_high",
            ["scenario_simulation", "behavioural_interview"],
            "Reads the emotions behind a complaint, shows respect and turns confrontation into cooperation.",
            "能读懂投诉背后的情绪，尊重客户，把对立转为合作。",
        ),
        _row(
            "core",
            "problem_solving",
            "very_high",
            ["case_exercise", "scenario_simulation"],
            "Resolves complaints fairly and deals with emergencies quickly and calmly.",
            "能公正地解决投诉，迅速、冷静地处理突发事件。",
        ),
        _row(
            "core",
            "stress_tolerance",
            "high",
            ["stress_test", "scenario_simulation"],
            "Stays professional when customers are angry or a case escalates.",
            "面对愤怒的客户或升级的投诉时保持专业。",
        ),
        _row(
            "core",
            "data_awareness",
            "high",
            ["case_exercise", "computer_test"],
            "Compiles complaint statistics and finds the root causes behind them.",
            "能完成投诉统计，并找出背后的根本原因。",
        ),
        _row(
            "core",
            "quality_control",
            "high",
            ["case_exercise"],
            "Monitors service behaviour and improves the complaint-handling process.",
            "能监督服务行为，改进投诉受理流程。",
        ),
        _row(
            "core",
            "writing",
            "medium_high",
            ["work_sample"],
            "Writes clear periodic reports on the service and on complaints.",
            "能撰写条理清晰的服务和投诉定期报告。",
        ),
        _row(
            "core",
            "industry_knowledge",
            "medium_high",
            ["behavioural_interview"],
            "Understands the different kinds of customer and how the sector is developing.",
            "了解不同类型客户的特点及本行业的发展状况。",
        ),
        _row(
            "high_value",
            "teamwork",
            "high",
            ["behavioural_interview", "reference_check"],
            "Pays attention to internal coordination and keeps learning with the team.",
            "重视内部协调，乐于学习，具备团队意识。",
        ),
        _row(
            "high_value",
            "ethics",
            "high",
            ["values_interview", "reference_check"],
            "Shares the company's values, treats every complainant fairly and is dependable.",
            "认同公司文化，公平对待每一位投诉客户，忠诚可靠。",
        ),
        _row(
            "bonus",
            "experience",
            "high",
            ["resume_review", "reference_check"],
            "Two or more years in customer management preferred.",
            "具备两年及以上客户管理经验者优先。",
        ),
    ],
    paths=[_path("bachelor", "Bachelor's degree or above", "本科及以上学历", _education("bachelor"))],
)


# --- the general demand table and its industry variants ------------------------------------------

# Where the guide names a background check for stress tolerance and teamwork, the evidence is what
# former colleagues say about the person, so those rows use the reference check; the background
# check (verifying facts such as diplomas) is kept for the finance compliance row.
CS_AGENT_GENERAL = _profile(
    slug="cs-agent-general",
    title_en="Customer-service agent (general demand table)",
    title_zh="客服专员（通用需求表）",
    level="specialist",
    industry="general",
    summary_en=(
        "A ready-made demand table for a frontline agent who serves customers across phone, chat, e-mail "
        "and social media alongside smart-service tools. Rows marked for e-commerce, SaaS or finance apply "
        "only in that industry; bonus rows depend on the role."
    ),
    summary_zh=(
        "面向一线客服岗位的通用需求表，覆盖电话、在线、邮件和社交媒体等全渠道服务，需与智能客服工具协同工作。"
        "标注电商、SaaS或金融的条目仅适用于对应行业，加分项视具体岗位而定。"
    ),
    duties_en=[
        "Serve customers across phone, chat, e-mail and social media.",
        "Work alongside chatbots and smart-service tools and take over the cases they cannot handle.",
        "Resolve complaints and complex enquiries, working with product and technical teams until each case is closed.",
        "Anticipate customers' likely needs or risks and act on them early.",
        "Turn solved cases into reusable knowledge-base articles.",
    ],
    duties_zh=[
        "通过电话、在线、邮件和社交媒体等渠道服务客户。",
        "与机器人客服等智能工具协同，接手其无法处理的问题。",
        "处理投诉和复杂咨询，联动产品、技术团队直至问题闭环。",
        "预判客户潜在的需求或风险，提前采取行动。",
        "把已解决的问题整理成可复用的知识库内容。",
    ],
    rows=[
        _row(
            "hard",
            "education",
            "required",
            ["certificate_check"],
            "Associate degree (three-year college) or above.",
            "大专及以上学历。",
        ),
        _row(
            "hard",
            "language",
            "required",
            ["language_test", "behavioural_interview"],
            "Speaks standard Mandarin clearly.",
            "普通话标准，表达清晰。",
        ),
        _row(
            "hard",
            "language",
            "industry",
            ["language_test", "behavioural_interview"],
            "E-commerce and cross-border: reads and writes English fluently and can hold a spoken "
            "conversation with customers.",
            "电商/跨境：英语读写流畅，能用英语与客户进行口头沟通。",
            industry="ecommerce",
        ),
        _row(
            "hard",
            "systems",
            "required",
            ["computer_test", "scenario_simulation"],
            "Proficient in Office and in a CRM system; familiar with smart customer-service tools such as "
            "chatbots and automatic ticket routing.",
            "熟练使用Office办公软件和客户关系管理（CRM）系统，了解机器人客服、工单自动分配等智能客服工具。",
        ),
        _row(
            "hard",
            "industry_knowledge",
            "industry",
            ["written_test", "behavioural_interview"],
            "Finance: understands basic financial products and the principles of risk control.",
            "金融：了解基础金融产品和风险控制的基本原则。",
            industry="finance",
        ),
        _row(
            "hard",
            "industry_knowledge",
            "industry",
            ["written_test", "behavioural_interview"],
            "SaaS: understands how software is delivered and paid for as a subscription service.",
            "SaaS：理解软件即服务的交付方式和订阅收费模式。",
            industry="saas",
        ),
        _row(
            "core",
            "communication",
            "high",
            ["behavioural_interview", "scenario_simulation"],
            "Expresses ideas clearly, concisely and logically, and listens attentively.",
            "表达清楚、简洁、有条理，善于倾听。",
        ),
        _row(
            "core",
            "empathy",
            "very_high",
            ["scenario_simulation", "behavioural_interview"],
            "Reads the customer's emotional state accurately, responds with understanding and respect, and "
            "turns confrontation into cooperation.",
            "能准确判断客户的情绪状态，以理解和尊重回应，把对立转为合作。",
        ),
        _row(
            "core",
            "problem_solving",
            "very_high",
            ["case_exercise", "behavioural_interview"],
            "Breaks complex problems down independently, pulls the relevant information together and "
            "proposes a solution that works.",
            "能独立梳理复杂问题，汇总相关信息，给出切实有效的解决方案。",
        ),
        _row(
            "core",
            "stress_tolerance",
            "high",
            ["stress_test", "scenario_simulation", "reference_check"],
            "Stays professional and steady under a heavy workload and customers' negative emotions.",
            "面对高强度工作和客户的负面情绪，始终保持专业与稳定。",
        ),
        _row(
            "core",
            "learning_agility",
            "high",
            ["learning_test", "behavioural_interview"],
            "Masters new products, policies, processes and tools quickly, with past examples to show it.",
            "能迅速上手新的产品、政策、流程和工具，并有过往实例佐证。",
        ),
        _row(
            "high_value",
            "proactive_service",
            "medium_high",
            ["behavioural_interview", "scenario_simulation"],
            "Anticipates needs the customer has not voiced and offers information or a solution first.",
            "能预判客户尚未说出的需求，先一步提供信息或解决办法。",
        ),
        _row(
            "high_value",
            "cx_orientation",
            "medium_high",
            ["behavioural_interview", "values_interview"],
            "Understands how service drives retention and word of mouth, and keeps improving own work accordingly.",
            "深知服务对客户留存和口碑的作用，并以此驱动自我改进。",
        ),
        _row(
            "high_value",
            "teamwork",
            "medium",
            ["behavioural_interview", "reference_check"],
            "Works across teams to close issues and turns experience into knowledge the team can reuse.",
            "能跨团队协作推动问题解决，主动沉淀经验供团队复用。",
        ),
        _row(
            "bonus",
            "special_skill",
            "per_role",
            ["work_sample"],
            "Content roles: basic content writing and editing.",
            "内容类岗位：具备基础的内容创作与编辑能力。",
        ),
        _row(
            "bonus",
            "special_skill",
            "per_role",
            ["written_test", "behavioural_interview"],
            "Technical roles: basic understanding of APIs and databases.",
            "技术类岗位：对API和数据库有基础认识。",
        ),
        _row(
            "bonus",
            "data_awareness",
            "medium",
            ["behavioural_interview"],
            "Reads basic service data such as response time and resolution rate.",
            "能解读响应时长、解决率等基础服务数据。",
        ),
    ],
    paths=[
        _path(
            "associate",
            "Associate degree or above",
            "大专及以上学历",
            _education("associate"),
        )
    ],
)


SPECIALIST_ECOMMERCE = _profile(
    slug="specialist-ecommerce",
    title_en="E-commerce customer-service specialist",
    title_zh="电商客服专员",
    level="specialist",
    industry="ecommerce",
    summary_en=(
        "Frontline specialist for an online shop, cross-border stores included: answers pre-sale and "
        "after-sale questions in Chinese and English, keeps response times short through promotion peaks "
        "and helps turn enquiries into orders."
    ),
    summary_zh="网店（含跨境店铺）一线客服：用中英文解答售前、售后问题，在大促高峰期保持快速响应，并促进咨询转化为订单。",
    duties_en=[
        "Answer pre-sale questions about products, sizes, stock and delivery, and recommend suitable items.",
        "Handle orders, returns, refunds and delivery problems in the platform's back office.",
        "Reply to overseas customers in English by chat and e-mail.",
        "Keep first-response and resolution times within the platform's targets, especially during sales.",
        "Report recurring product or delivery problems to the operations team.",
    ],
    duties_zh=[
        "解答商品、规格、库存和配送等售前问题，推荐合适的商品。",
        "在平台后台处理订单、退换货、退款和物流问题。",
        "通过在线聊天和邮件用英语回复海外客户。",
        "使首次响应和解决时长符合平台考核要求，大促期间尤其如此。",
        "把反复出现的商品或物流问题反馈给运营团队。",
    ],
    rows=[
        *_specialist_rows(),
        _row(
            "hard",
            "language",
            "industry",
            ["language_test", "written_test"],
            "Reads and writes English fluently and can talk with overseas customers.",
            "英语读写流畅，能与海外客户进行口头沟通。",
            industry="ecommerce",
        ),
        _row(
            "hard",
            "systems",
            "industry",
            ["computer_test"],
            "Works fluently in e-commerce back offices and multi-chat consoles: orders, refunds, delivery tracking.",
            "熟练操作电商平台后台和多会话工作台，处理订单、退款和物流查询。",
            industry="ecommerce",
        ),
        _row(
            "hard",
            "industry_knowledge",
            "industry",
            ["written_test"],
            "Knows platform rules, after-sales policies and the basics of cross-border logistics and customs.",
            "熟悉平台规则、售后政策以及跨境物流和清关的基础知识。",
            industry="ecommerce",
        ),
        _row(
            "core",
            "stress_tolerance",
            "industry",
            ["stress_test", "computer_test", "scenario_simulation"],
            "Keeps speed and quality under high pressure: many chats at once and peak volumes during promotions.",
            "在多会话并行和大促高峰的高压下，仍能保持回复速度和质量。",
            industry="ecommerce",
        ),
        _row(
            "high_value",
            "proactive_service",
            "industry",
            ["scenario_simulation", "behavioural_interview"],
            "Conversion-minded: turns questions into orders through honest recommendations and prevents "
            "avoidable returns.",
            "具备转化意识：通过真诚推荐促成下单，减少可避免的退货。",
            industry="ecommerce",
        ),
    ],
    paths=[
        _path(
            "high_school_english",
            "High school or above, with conversational English",
            "高中及以上学历，具备英语口头沟通能力",
            _education("high_school"),
            _english("conversational"),
        ),
        _path(
            "practice_hours_english",
            "At least 200 hours of customer-service practice, with conversational English",
            "不少于200小时客户服务岗位实践，具备英语口头沟通能力",
            _practice_hours(200),
            _english("conversational"),
        ),
    ],
)


SPECIALIST_SAAS = _profile(
    slug="specialist-saas",
    title_en="SaaS customer-support specialist",
    title_zh="SaaS客户支持专员",
    level="specialist",
    industry="saas",
    summary_en=(
        "Frontline specialist for a software-as-a-service product: helps customers set up and use the "
        "product, troubleshoots issues with the technical team and, in the spirit of customer success, "
        "watches whether customers really get value from it."
    ),
    summary_zh="面向SaaS产品的一线支持专员：帮助客户完成开通和使用，与技术团队协作排查问题，践行客户成功理念，关注客户是否真正用好产品。",
    duties_en=[
        "Guide new customers through setup, accounts and permissions.",
        "Troubleshoot product issues, reproduce them and hand clear tickets to engineering.",
        "Explain subscription plans, billing and renewals.",
        "Spot low usage or signs of churn and alert the customer-success team.",
        "Write and update help-centre articles.",
    ],
    duties_zh=[
        "指导新客户完成开通、账号和权限设置。",
        "排查产品问题，复现后向研发提交清晰的工单。",
        "解释订阅套餐、计费和续费规则。",
        "发现使用率低或流失迹象时提醒客户成功团队。",
        "编写并更新帮助中心文章。",
    ],
    rows=[
        *_specialist_rows(),
        _row(
            "hard",
            "industry_knowledge",
            "industry",
            ["written_test", "behavioural_interview"],
            "Understands the SaaS model: subscriptions, accounts and permissions, billing and renewal.",
            "理解SaaS模式：订阅、账号与权限、计费和续费。",
            industry="saas",
        ),
        _row(
            "core",
            "professional_knowledge",
            "industry",
            ["case_exercise", "work_sample"],
            "Technical understanding: reproduces an issue, gathers steps, screenshots and error messages, and "
            "describes it precisely to engineers.",
            "具备技术理解力：能复现问题，收集操作步骤、截图和报错信息，并准确描述给研发人员。",
            industry="saas",
        ),
        _row(
            "high_value",
            "cx_orientation",
            "industry",
            ["behavioural_interview", "case_exercise"],
            "Customer-success mindset: cares whether customers adopt the product and renew, not only whether "
            "the ticket is closed.",
            "具备客户成功意识：关注客户是否用好产品、是否续约，而不只是关闭工单。",
            industry="saas",
        ),
        _row(
            "core",
            "writing",
            "medium",
            ["work_sample"],
            "Writes clear step-by-step help articles.",
            "能撰写清晰的分步骤帮助文档。",
            industry="saas",
        ),
        _row(
            "bonus",
            "special_skill",
            "per_role",
            ["written_test", "work_sample"],
            "Basic awareness of APIs and databases: reads a JSON response, understands HTTP error codes and "
            "runs a simple query.",
            "对API和数据库有基础认识：能读懂JSON返回、理解HTTP错误码、执行简单查询。",
            industry="saas",
        ),
    ],
    paths=_specialist_paths(),
)


SPECIALIST_FINANCE = _profile(
    slug="specialist-finance",
    title_en="Financial-services customer-service specialist",
    title_zh="金融客服专员",
    level="specialist",
    industry="finance",
    summary_en=(
        "Frontline specialist for a bank, insurer, payment or investment firm: explains basic financial "
        "products accurately, follows compliance and risk-control rules to the letter and chooses words "
        "precisely so that nothing said can mislead a customer."
    ),
    summary_zh="服务于银行、保险、支付或投资机构的一线客服：准确讲解基础金融产品，严格遵守合规与风控要求，措辞严谨，避免任何可能误导客户的表述。",
    duties_en=[
        "Explain accounts, cards, payments, loans, insurance or fund products within the approved scripts.",
        "Verify identity before discussing any account and protect customers' financial information.",
        "Recognise fraud attempts and suspicious transactions and escalate them at once.",
        "Record every interaction completely for audit.",
        "Handle complaints within the time limits set by the regulator.",
    ],
    duties_zh=[
        "在规定话术范围内讲解账户、银行卡、支付、贷款、保险或基金等产品。",
        "办理账户相关事项前核验身份，保护客户金融信息。",
        "识别诈骗行为和可疑交易，并立即上报。",
        "完整记录每次服务，以备审计。",
        "在监管规定的时限内处理投诉。",
    ],
    rows=[
        *_specialist_rows(),
        _row(
            "hard",
            "industry_knowledge",
            "industry",
            ["written_test"],
            "Knows basic financial products (deposits, payments, loans, insurance, funds) and the principles "
            "of risk control.",
            "了解存款、支付、贷款、保险、基金等基础金融产品以及风险控制的基本原则。",
            industry="finance",
        ),
        _row(
            "hard",
            "ethics",
            "industry",
            ["written_test", "values_interview", "background_check"],
            "Compliance-minded: verifies identity, follows anti-fraud and anti-money-laundering rules and "
            "never promises returns.",
            "合规意识强：严格核验身份，遵守反欺诈和反洗钱规定，绝不承诺收益。",
            industry="finance",
        ),
        _row(
            "core",
            "communication",
            "industry",
            ["scenario_simulation", "written_test"],
            "Chooses words precisely: accurate, unambiguous and never misleading; keeps to approved scripts "
            "where required.",
            "表达精准：准确、无歧义、不误导，需要时严格使用规范话术。",
            industry="finance",
        ),
        _row(
            "core",
            "quality_control",
            "industry",
            ["computer_test", "scenario_simulation"],
            "Records each interaction completely and accurately so that it can be audited.",
            "完整、准确地记录每次服务，确保可供审计。",
            industry="finance",
        ),
    ],
    paths=_specialist_paths(),
)


PROFILES: list[dict] = [
    LEVEL_SPECIALIST,
    LEVEL_SUPERVISOR,
    LEVEL_MANAGER,
    LEVEL_DIRECTOR,
    CS_DEPARTMENT_MANAGER,
    CS_DEPUTY_MANAGER,
    CS_SUPERVISOR,
    FRONT_BACK_OFFICE_AGENT,
    CUSTOMER_RECORDS_CLERK,
    SERVICE_HALL_AGENT,
    CUSTOMER_RELATIONSHIP_SPECIALIST,
    COMPLAINTS_SPECIALIST,
    CS_AGENT_GENERAL,
    SPECIALIST_ECOMMERCE,
    SPECIALIST_SAAS,
    SPECIALIST_FINANCE,
]

LIBRARY_SLUGS: tuple[str, ...] = tuple(profile["slug"] for profile in PROFILES)

_BY_SLUG = {profile["slug"]: profile for profile in PROFILES}


def get_profile(slug: str) -> dict:
    """A deep copy of the library profile ``slug`` (callers may edit it freely); ``KeyError`` if unknown."""
    try:
        return copy.deepcopy(_BY_SLUG[slug])
    except KeyError:
        raise KeyError(f"No library profile with slug {slug!r}") from None
