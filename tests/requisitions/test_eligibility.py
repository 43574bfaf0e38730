"""The eligibility evaluator (pure Python, no database): seed 003's paths, their boundaries, the
recruiter's reasons, validation of hand-written paths and the summaries used for JSON-LD."""

import copy
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from requisitions.choices import EducationLevel, LanguageLevel
from requisitions.eligibility import (
    SPECIALIST_PATHS,
    SUPERVISOR_PATHS,
    CandidateFacts,
    Outcome,
    PathResult,
    describe_condition,
    describe_path,
    evaluate,
    experience_in_place_of_education,
    minimum_education,
    minimum_years_experience,
    validate_paths,
)


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def path(key="p", conditions=None, label_en="Path", label_zh="路径"):
    return {"key": key, "label_en": label_en, "label_zh": label_zh, "conditions": conditions or []}


def messages(paths):
    with pytest.raises(ValidationError) as caught:
        validate_paths(paths)
    return caught.value.messages


def outcome(paths, **facts):
    return evaluate(paths, CandidateFacts(**facts))


# --- The shipped paths ------------------------------------------------------------------------------


def test_shipped_paths_are_valid():
    validate_paths(SPECIALIST_PATHS)
    validate_paths(SUPERVISOR_PATHS)
    assert [p["key"] for p in SUPERVISOR_PATHS] == [
        "bachelor",
        "associate_one_year",
        "high_school_two_years",
        "continuous_three_years_assessed",
        "outstanding_performance",
    ]


# --- Specialist (5.1.1) -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "education",
    ["high_school", "associate", "bachelor", "master", "doctorate"],
)
def test_specialist_high_school_or_above_passes_path_a(education):
    result = outcome(SPECIALIST_PATHS, education=education)
    assert result.outcome == Outcome.ELIGIBLE
    assert result.passed_path.key == "high_school"


def test_specialist_exactly_200_hours_passes_without_high_school():
    result = outcome(SPECIALIST_PATHS, education="below_high_school", cs_practice_hours=200)
    assert result.outcome == Outcome.ELIGIBLE
    assert result.passed_path.key == "practice_hours"


def test_specialist_199_hours_fails_without_high_school():
    result = outcome(SPECIALIST_PATHS, education="below_high_school", cs_practice_hours=199)
    assert result.outcome == Outcome.NOT_ELIGIBLE
    assert result.passed_path is None
    hours = result.paths[1]
    assert not hours.passed
    assert [c.fact for c in hours.failed] == ["cs_practice_hours"]
    assert hours.unknown == []


def test_specialist_hours_without_stated_education_is_eligible():
    result = outcome(SPECIALIST_PATHS, cs_practice_hours=250)
    assert result.outcome == Outcome.ELIGIBLE
    assert result.passed_path.key == "practice_hours"


def test_specialist_nothing_known_needs_review():
    result = outcome(SPECIALIST_PATHS)
    assert result.outcome == Outcome.NEEDS_REVIEW
    assert [len(p.unknown) for p in result.paths] == [1, 1]


def test_specialist_reasons_in_english():
    result = outcome(SPECIALIST_PATHS, education="below_high_school", cs_practice_hours=150)
    assert result.reasons() == [
        "High school or above — Education: needs high school or vocational secondary school or higher; "
        "the candidate has below high school.",
        "At least 200 hours of customer-service practice — Customer-service practice: needs at least 200 hours; "
        "the candidate has 150.",
    ]


# --- Supervisor (5.2.1) -----------------------------------------------------------------------------


@pytest.mark.parametrize("education", ["bachelor", "master", "doctorate"])
def test_supervisor_bachelor_or_above_with_no_experience_passes_path_a(education):
    result = outcome(SUPERVISOR_PATHS, education=education, years_customer_service=0)
    assert result.outcome == Outcome.ELIGIBLE
    assert result.passed_path.key == "bachelor"
    assert result.reasons() == ["Eligible through “Bachelor's degree or above”."]


def test_supervisor_associate_exactly_one_year_passes_path_b():
    result = outcome(SUPERVISOR_PATHS, education="associate", years_customer_service=1)
    assert result.outcome == Outcome.ELIGIBLE
    assert result.passed_path.key == "associate_one_year"


def test_supervisor_associate_eleven_months_fails_path_b():
    result = outcome(SUPERVISOR_PATHS, education="associate", years_customer_service=Decimal(11) / 12)
    assert result.outcome == Outcome.NOT_ELIGIBLE
    path_b = result.paths[1]
    assert not path_b.passed
    assert [c.fact for c in path_b.failed] == ["years_customer_service"]
    # cut, not rounded, so 11/12 of a year does not print as 0.92 or 1
    assert path_b.reason() == (
        "Associate degree and one year in customer service or related work — "
        "Years in customer service: needs at least 1; the candidate has 0.91."
    )


def test_supervisor_associate_short_of_a_year_reason_matches_the_example():
    result = outcome(SUPERVISOR_PATHS, education="associate", years_customer_service="0.9")
    assert "Years in customer service: needs at least 1; the candidate has 0.9." in result.reasons()[1]


def test_supervisor_high_school_two_years_passes_path_c():
    result = outcome(SUPERVISOR_PATHS, education="high_school", years_customer_service=2)
    assert result.outcome == Outcome.ELIGIBLE
    assert result.passed_path.key == "high_school_two_years"


def test_supervisor_high_school_with_1_9_years_fails_path_c():
    result = outcome(SUPERVISOR_PATHS, education="high_school", years_customer_service=Decimal("1.9"))
    assert result.outcome == Outcome.NOT_ELIGIBLE
    path_c = result.paths[2]
    assert [c.fact for c in path_c.failed] == ["years_customer_service"]
    assert result.reasons() == [
        "Bachelor's degree or above — Education: needs bachelor's degree or higher; "
        "the candidate has high school or vocational secondary school.",
        "Associate degree and one year in customer service or related work — Education: needs associate degree "
        "(three-year college) or higher; the candidate has high school or vocational secondary school.",
        "High school and two years in customer service or related work — Years in customer service: "
        "needs at least 2; the candidate has 1.9.",
        "Below high school, three continuous years in the role and a passed internal assessment — Education: "
        "needs below high school; the candidate has high school or vocational secondary school. "
        "Continuous years in customer service: not yet known. Internal assessment: not yet known.",
        "Outstanding performance (an exception granted by a person) — "
        "Exception granted by a person: none has been granted.",
    ]


def test_supervisor_associate_with_two_years_passes_b_first():
    result = outcome(SUPERVISOR_PATHS, education="associate", years_customer_service=2)
    assert result.passed_path.key == "associate_one_year"
    assert [p.passed for p in result.paths] == [False, True, True, False, False]


def test_supervisor_below_high_school_three_continuous_years_assessment_unknown_needs_review():
    result = outcome(SUPERVISOR_PATHS, education="below_high_school", continuous_years_customer_service=3)
    assert result.outcome == Outcome.NEEDS_REVIEW
    path_d = result.paths[3]
    assert path_d.failed == []
    assert [c.fact for c in path_d.unknown] == ["internal_assessment_passed"]
    assert result.reasons()[3] == (
        "Below high school, three continuous years in the role and a passed internal assessment — "
        "Internal assessment: not yet known."
    )


def test_supervisor_below_high_school_three_continuous_years_assessment_passed_is_eligible():
    result = outcome(
        SUPERVISOR_PATHS,
        education="below_high_school",
        continuous_years_customer_service=3,
        internal_assessment_passed=True,
    )
    assert result.outcome == Outcome.ELIGIBLE
    assert result.passed_path.key == "continuous_three_years_assessed"


def test_supervisor_below_high_school_three_continuous_years_assessment_failed_is_not_eligible():
    result = outcome(
        SUPERVISOR_PATHS,
        education="below_high_school",
        continuous_years_customer_service=3,
        internal_assessment_passed=False,
    )
    assert result.outcome == Outcome.NOT_ELIGIBLE
    assert result.reasons()[3] == (
        "Below high school, three continuous years in the role and a passed internal assessment — "
        "Internal assessment: not passed."
    )


def test_supervisor_below_high_school_under_three_continuous_years_fails_path_d():
    result = outcome(
        SUPERVISOR_PATHS,
        education="below_high_school",
        continuous_years_customer_service="2.5",
        internal_assessment_passed=True,
    )
    assert result.outcome == Outcome.NOT_ELIGIBLE
    assert "Continuous years in customer service: needs at least 3; the candidate has 2.5." in result.reasons()[3]


def test_supervisor_path_d_is_for_candidates_below_high_school_only():
    result = outcome(
        SUPERVISOR_PATHS,
        education="high_school",
        continuous_years_customer_service=3,
        internal_assessment_passed=True,
    )
    path_d = result.paths[3]
    assert [c.fact for c in path_d.failed] == ["education"]
    # years_customer_service is not known, so path (c) is open: a person has to look
    assert result.outcome == Outcome.NEEDS_REVIEW


def test_supervisor_manual_exception_granted_is_eligible_through_e():
    result = outcome(SUPERVISOR_PATHS, education="below_high_school", manual_exception=True)
    assert result.outcome == Outcome.ELIGIBLE
    assert result.passed_path.key == "outstanding_performance"


def test_manual_exception_not_granted_is_false_not_unknown():
    result = outcome([path(conditions=[{"fact": "manual_exception"}])])
    assert result.outcome == Outcome.NOT_ELIGIBLE
    assert [c.satisfied for c in result.paths[0].conditions] == [False]


def test_supervisor_nothing_known_needs_review():
    assert outcome(SUPERVISOR_PATHS).outcome == Outcome.NEEDS_REVIEW


# --- Outcomes in general ----------------------------------------------------------------------------


def test_no_paths_means_eligible():
    result = outcome([], education="below_high_school")
    assert result.outcome == Outcome.ELIGIBLE
    assert result.passed_path is None
    assert result.paths == []
    assert result.reasons() == ["There are no hard conditions: every candidate is eligible."]


def test_a_path_with_a_failure_does_not_make_review():
    paths = [path(conditions=[{"fact": "education", "min": "bachelor"}, {"fact": "years_experience", "min": 2}])]
    result = outcome(paths, education="associate")
    assert result.outcome == Outcome.NOT_ELIGIBLE
    assert result.reasons() == [
        "Path — Education: needs bachelor's degree or higher; the candidate has associate degree (three-year "
        "college). Total working years: not yet known."
    ]


def test_outcome_labels_are_translatable_choices():
    assert Outcome.ELIGIBLE.label == "Eligible"
    assert Outcome.NOT_ELIGIBLE.label == "Not eligible"
    assert Outcome.NEEDS_REVIEW.label == "Needs review"
    assert set(Outcome.values) == {"eligible", "not_eligible", "needs_review"}


def test_as_dict_is_json_able():
    result = outcome(SUPERVISOR_PATHS, education="below_high_school", continuous_years_customer_service=3)
    summary = result.as_dict()
    assert summary["outcome"] == "needs_review"
    assert summary["passed_path"] is None
    assert summary["paths"][3] == {
        "key": "continuous_three_years_assessed",
        "passed": False,
        "failed": [],
        "unknown": [{"fact": "internal_assessment_passed"}],
    }


def test_evaluate_refuses_malformed_paths():
    with pytest.raises(ValidationError):
        evaluate([path(conditions=[{"fact": "height"}])], CandidateFacts())


def test_evaluate_does_not_change_the_paths():
    paths = copy.deepcopy(SUPERVISOR_PATHS)
    evaluate(paths, CandidateFacts(education="associate", years_customer_service=1))
    assert paths == SUPERVISOR_PATHS


# --- Other facts ------------------------------------------------------------------------------------


def test_education_range_is_inclusive():
    paths = [path(conditions=[{"fact": "education", "min": "high_school", "max": "associate"}])]
    assert outcome(paths, education="high_school").outcome == Outcome.ELIGIBLE
    assert outcome(paths, education="associate").outcome == Outcome.ELIGIBLE
    assert outcome(paths, education="bachelor").outcome == Outcome.NOT_ELIGIBLE
    assert outcome(paths, education="below_high_school").outcome == Outcome.NOT_ELIGIBLE
    assert outcome(paths).outcome == Outcome.NEEDS_REVIEW


def test_total_years_of_experience():
    paths = [path(conditions=[{"fact": "years_experience", "min": 1.5}])]
    assert outcome(paths, years_experience="1.5").outcome == Outcome.ELIGIBLE
    assert outcome(paths, years_experience=1.49).outcome == Outcome.NOT_ELIGIBLE
    assert outcome(paths, years_experience=1.49).reasons() == [
        "Path — Total working years: needs at least 1.5; the candidate has 1.49."
    ]


@pytest.mark.parametrize(
    ("languages", "expected"),
    [
        ({"en": "fluent"}, Outcome.ELIGIBLE),
        ({"en": "native"}, Outcome.ELIGIBLE),
        ({"EN ": "fluent"}, Outcome.ELIGIBLE),
        ({"en": "conversational"}, Outcome.NOT_ELIGIBLE),
        ({"ja": "native"}, Outcome.NOT_ELIGIBLE),
        ({}, Outcome.NOT_ELIGIBLE),
        ({"en": None}, Outcome.NEEDS_REVIEW),
        (None, Outcome.NEEDS_REVIEW),
    ],
)
def test_language_condition(languages, expected):
    paths = [path(conditions=[{"fact": "language", "language": "en", "min_level": "fluent"}])]
    assert outcome(paths, languages=languages).outcome == expected


def test_language_code_without_region_matches_a_regional_code():
    paths = [path(conditions=[{"fact": "language", "language": "zh", "min_level": "native"}])]
    assert outcome(paths, languages={"zh-hans": "native"}).outcome == Outcome.ELIGIBLE


def test_language_reasons():
    paths = [path(conditions=[{"fact": "language", "language": "en", "min_level": "fluent"}])]
    assert outcome(paths, languages={"en": "basic"}).reasons() == [
        "Path — English: needs fluent or higher; the candidate has basic."
    ]
    assert outcome(paths, languages={}).reasons() == [
        "Path — English: needs fluent or higher; the candidate did not list it."
    ]
    assert outcome(paths, languages=None).reasons() == ["Path — English: not yet known."]


@pytest.mark.parametrize(
    ("certificates", "expected"),
    [
        (("Mandarin Level 2A",), Outcome.ELIGIBLE),
        (("  mandarin   level 2a ", "CET-4"), Outcome.ELIGIBLE),
        (("MandarinLevel2A",), Outcome.ELIGIBLE),
        (("CET-4",), Outcome.NOT_ELIGIBLE),
        ((), Outcome.NOT_ELIGIBLE),
        (None, Outcome.NEEDS_REVIEW),
    ],
)
def test_certificate_condition(certificates, expected):
    paths = [path(conditions=[{"fact": "certificate", "name": "Mandarin level 2A"}])]
    assert outcome(paths, certificates=certificates).outcome == expected


def test_certificate_matches_full_width_and_chinese_spacing():
    paths = [path(conditions=[{"fact": "certificate", "name": "普通话二级甲等"}])]
    assert outcome(paths, certificates=["普通话 二级 甲等"]).outcome == Outcome.ELIGIBLE
    paths = [path(conditions=[{"fact": "certificate", "name": "CET-4"}])]
    assert outcome(paths, certificates=["ＣＥＴ－４"]).outcome == Outcome.ELIGIBLE


def test_certificate_reason():
    paths = [path(conditions=[{"fact": "certificate", "name": "CET-4"}])]
    assert outcome(paths, certificates=["CET-6"]).reasons() == [
        "Path — Certificate “CET-4”: the candidate has not listed it."
    ]


# --- Candidate facts --------------------------------------------------------------------------------


def test_facts_convert_numbers_to_decimal():
    facts = CandidateFacts(
        years_experience=2,
        years_customer_service=1.1,
        continuous_years_customer_service="0.5",
        cs_practice_hours="200",
    )
    assert facts.years_experience == Decimal(2)
    assert facts.years_customer_service == Decimal("1.1")
    assert facts.continuous_years_customer_service == Decimal("0.5")
    assert facts.cs_practice_hours == 200


def test_facts_defaults_and_blank_values():
    facts = CandidateFacts(education="", years_experience="")
    assert facts.education is None
    assert facts.years_experience is None
    assert facts.languages == {}
    assert facts.certificates == ()
    assert facts.internal_assessment_passed is None
    assert facts.manual_exception is None


def test_facts_accept_choices_members():
    facts = CandidateFacts(education=EducationLevel.ASSOCIATE, languages={"en": LanguageLevel.FLUENT})
    assert facts.education == "associate"
    assert facts.languages == {"en": "fluent"}


@pytest.mark.parametrize(
    "kwargs",
    [
        {"education": "phd"},
        {"years_experience": "a lot"},
        {"years_experience": -1},
        {"cs_practice_hours": 1.5},
        {"languages": {"en": "expert"}},
    ],
)
def test_facts_refuse_bad_values(kwargs):
    with pytest.raises(ValueError, match=next(iter(kwargs))):
        CandidateFacts(**kwargs)


@pytest.mark.parametrize("kwargs", [{"years_experience": True}, {"internal_assessment_passed": "yes"}])
def test_facts_refuse_wrong_types(kwargs):
    with pytest.raises(TypeError):
        CandidateFacts(**kwargs)


def test_facts_are_frozen():
    facts = CandidateFacts(education="bachelor")
    with pytest.raises(AttributeError):
        facts.education = "master"


# --- Chinese ----------------------------------------------------------------------------------------


def test_path_labels_follow_the_active_language():
    result = outcome(SUPERVISOR_PATHS, education="bachelor")
    assert result.passed_path.label == "Bachelor's degree or above"
    with translation.override("zh-hans"):
        assert result.passed_path.label == "本科及以上学历"
        reasons = result.reasons()
    assert len(reasons) == 1
    assert "本科及以上学历" in reasons[0]


def test_reasons_in_chinese_name_the_chinese_path_labels():
    result = outcome(SUPERVISOR_PATHS, education="high_school", years_customer_service="1.9")
    with translation.override("zh-hans"):
        reasons = result.reasons()
        high_school = str(EducationLevel.HIGH_SCHOOL.label)
    assert len(reasons) == len(SUPERVISOR_PATHS)
    assert all(isinstance(line, str) and line for line in reasons)
    for line, supervisor_path in zip(reasons, SUPERVISOR_PATHS, strict=True):
        assert supervisor_path["label_zh"] in line
        assert supervisor_path["label_en"] not in line
    assert high_school[1:] in reasons[0]  # the level's name as the catalogue gives it


def test_chinese_descriptions_are_non_empty():
    with translation.override("zh-hans"):
        for supervisor_path in SUPERVISOR_PATHS:
            assert describe_path(supervisor_path)


def test_label_falls_back_to_the_other_language():
    english_only = PathResult(key="k", label_en="Only English", label_zh="", conditions=())
    chinese_only = PathResult(key="k", label_en="", label_zh="仅中文", conditions=())
    assert chinese_only.label == "仅中文"
    with translation.override("zh-hans"):
        assert english_only.label == "Only English"
        assert chinese_only.label == "仅中文"


# --- Descriptions -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("condition", "text"),
    [
        ({"fact": "education", "min": "associate"}, "Associate degree (three-year college) or higher"),
        ({"fact": "education", "min": "bachelor"}, "Bachelor's degree or higher"),
        ({"fact": "education", "max": "below_high_school"}, "Below high school"),
        ({"fact": "education", "max": "associate"}, "Associate degree (three-year college) or lower"),
        (
            {"fact": "education", "min": "high_school", "max": "associate"},
            "High school or vocational secondary school to associate degree (three-year college)",
        ),
        ({"fact": "education", "min": "master", "max": "master"}, "Master's degree"),
        ({"fact": "education", "min": "below_high_school"}, "Any education level"),
        ({"fact": "cs_practice_hours", "min": 200}, "At least 200 hours of customer-service practice"),
        ({"fact": "cs_practice_hours", "min": 1}, "At least 1 hour of customer-service practice"),
        ({"fact": "years_customer_service", "min": 2}, "At least 2 years in customer service"),
        ({"fact": "years_customer_service", "min": 1}, "At least 1 year in customer service"),
        ({"fact": "years_customer_service", "min": 0.5}, "At least 0.5 years in customer service"),
        ({"fact": "years_experience", "min": 3}, "At least 3 years of work experience"),
        ({"fact": "years_experience", "min": 1}, "At least 1 year of work experience"),
        ({"fact": "continuous_years_customer_service", "min": 3}, "At least 3 continuous years in customer service"),
        (
            {"fact": "continuous_years_customer_service", "min": 1},
            "At least 1 continuous year in customer service",
        ),
        ({"fact": "language", "language": "en", "min_level": "fluent"}, "English (fluent or higher)"),
        ({"fact": "language", "language": "ja", "min_level": "basic"}, "Japanese (basic or higher)"),
        ({"fact": "language", "language": "sw", "min_level": "basic"}, "sw (basic or higher)"),
        ({"fact": "certificate", "name": " CET-4 "}, "Holds the certificate “CET-4”"),
        ({"fact": "internal_assessment_passed"}, "Passed the company's internal assessment"),
        ({"fact": "manual_exception"}, "An exception granted by a person (such as outstanding performance)"),
    ],
)
def test_describe_condition(condition, text):
    assert describe_condition(condition) == text


def test_describe_path():
    assert [describe_path(p) for p in SUPERVISOR_PATHS] == [
        "Bachelor's degree or higher",
        "Associate degree (three-year college) or higher and at least 1 year in customer service",
        "High school or vocational secondary school or higher and at least 2 years in customer service",
        "Below high school and at least 3 continuous years in customer service and passed the company's "
        "internal assessment",
        "An exception granted by a person (such as outstanding performance)",
    ]
    assert describe_path(SPECIALIST_PATHS[1]) == "At least 200 hours of customer-service practice"


def test_describe_path_keeps_language_names_capitalised():
    language_path = path(
        conditions=[
            {"fact": "years_experience", "min": 2},
            {"fact": "language", "language": "en", "min_level": "conversational"},
        ]
    )
    assert describe_path(language_path) == "At least 2 years of work experience and English (conversational or higher)"


# --- Validation -------------------------------------------------------------------------------------


def test_empty_list_of_paths_is_valid():
    validate_paths([])


@pytest.mark.parametrize("paths", [None, {}, "bachelor", ({"key": "a"},)])
def test_paths_must_be_a_list(paths):
    assert messages(paths) == ["The eligibility paths must be a list of paths."]


@pytest.mark.parametrize(
    ("paths", "expected"),
    [
        ([path(conditions=[])], "Path 1 (“Path”): the path has no conditions."),
        ([{"key": "a", "label_en": "A", "label_zh": "甲"}], "Path 1 (“A”): the conditions must be a list."),
        ([path(conditions=[{"fact": "height"}])], "Path 1 (“Path”), condition 1: unknown fact “height”."),
        ([path(conditions=[{"min": 1}])], "Path 1 (“Path”), condition 1: the fact is missing."),
        (
            [path(conditions=["education"])],
            "Path 1 (“Path”), condition 1: a condition must be an object with a “fact”.",
        ),
        (
            [path(conditions=[{"fact": "years_experience"}])],
            "Path 1 (“Path”), condition 1: “min” is missing.",
        ),
        (
            [path(conditions=[{"fact": "years_customer_service", "min": -1}])],
            "Path 1 (“Path”), condition 1: “min” must not be negative.",
        ),
        (
            [path(conditions=[{"fact": "continuous_years_customer_service", "min": "3"}])],
            "Path 1 (“Path”), condition 1: “min” must be a number.",
        ),
        (
            [path(conditions=[{"fact": "years_experience", "min": True}])],
            "Path 1 (“Path”), condition 1: “min” must be a number.",
        ),
        (
            [path(conditions=[{"fact": "years_experience", "min": float("nan")}])],
            "Path 1 (“Path”), condition 1: “min” must be a number.",
        ),
        (
            [path(conditions=[{"fact": "cs_practice_hours", "min": 199.5}])],
            "Path 1 (“Path”), condition 1: “min” must be a whole number of hours.",
        ),
        (
            [path(conditions=[{"fact": "education"}])],
            "Path 1 (“Path”), condition 1: an education condition needs “min”, “max” or both.",
        ),
        (
            [path(conditions=[{"fact": "education", "min": "phd"}])],
            "Path 1 (“Path”), condition 1: unknown education level “phd” in “min”.",
        ),
        (
            [path(conditions=[{"fact": "education", "max": "college"}])],
            "Path 1 (“Path”), condition 1: unknown education level “college” in “max”.",
        ),
        (
            [path(conditions=[{"fact": "education", "min": "bachelor", "max": "high_school"}])],
            "Path 1 (“Path”), condition 1: the minimum education (Bachelor's degree) is above the maximum "
            "(High school or vocational secondary school).",
        ),
        (
            [path(conditions=[{"fact": "language", "language": "en", "min_level": "expert"}])],
            "Path 1 (“Path”), condition 1: unknown language level “expert”.",
        ),
        (
            [path(conditions=[{"fact": "language", "language": "en"}])],
            "Path 1 (“Path”), condition 1: “min_level” is missing.",
        ),
        (
            [path(conditions=[{"fact": "language", "language": "English!", "min_level": "basic"}])],
            "Path 1 (“Path”), condition 1: the language code is missing or not valid (use a code such as en, zh or ja).",
        ),
        (
            [path(conditions=[{"fact": "certificate", "name": "  "}])],
            "Path 1 (“Path”), condition 1: the certificate name is missing or empty.",
        ),
        (
            [path(conditions=[{"fact": "certificate"}])],
            "Path 1 (“Path”), condition 1: the certificate name is missing or empty.",
        ),
        (
            [path(conditions=[{"fact": "internal_assessment_passed", "value": False}])],
            "Path 1 (“Path”), condition 1: unknown fields: value.",
        ),
        (
            [path(conditions=[{"fact": "education", "min": "bachelor", "minimum": "x"}])],
            "Path 1 (“Path”), condition 1: unknown fields: minimum.",
        ),
        ([{**path(conditions=[{"fact": "manual_exception"}]), "note": "x"}], "Path 1 (“Path”): unknown fields: note."),
        (
            [
                path(key="a", conditions=[{"fact": "manual_exception"}]),
                path(key="a", label_en="Other", conditions=[{"fact": "manual_exception"}]),
            ],
            "Path 2 (“Other”): the key “a” is already used by path 1.",
        ),
        ([path(key=" ", conditions=[{"fact": "manual_exception"}])], "Path 1 (“Path”): the key is missing or empty."),
        (
            [path(label_en="", conditions=[{"fact": "manual_exception"}])],
            "Path 1 (“路径”): the English label is missing or empty.",
        ),
        (
            [path(label_zh=None, conditions=[{"fact": "manual_exception"}])],
            "Path 1 (“Path”): the Chinese label is missing or empty.",
        ),
        (["bachelor"], "Path 1: a path must be an object with a key, labels and conditions."),
        (
            [{"conditions": [{"fact": "manual_exception", "x": 1}]}],
            "Path 1, condition 1: unknown fields: x.",
        ),
    ],
)
def test_validate_paths_rejects(paths, expected):
    assert expected in messages(paths)


def test_validate_paths_reports_every_problem_with_its_position():
    found = messages(
        [
            path(key="ok", conditions=[{"fact": "manual_exception"}]),
            path(
                key="bad", label_en="Bad", conditions=[{"fact": "education", "min": "x"}, {"fact": "cs_practice_hours"}]
            ),
        ]
    )
    assert found == [
        "Path 2 (“Bad”), condition 1: unknown education level “x” in “min”.",
        "Path 2 (“Bad”), condition 2: “min” is missing.",
    ]


def test_validation_names_the_chinese_label_in_chinese():
    with translation.override("zh-hans"):
        found = messages([path(conditions=[])])
    assert len(found) == 1
    assert "路径" in found[0]


def test_validate_paths_accepts_decimal_and_float_minimums():
    validate_paths(
        [
            path(
                conditions=[
                    {"fact": "years_experience", "min": Decimal("1.5")},
                    {"fact": "years_customer_service", "min": 0.5},
                    {"fact": "cs_practice_hours", "min": 200.0},
                    {"fact": "years_experience", "min": 0},
                ]
            )
        ]
    )


# --- Summaries for JSON-LD --------------------------------------------------------------------------


def test_experience_in_place_of_education():
    assert experience_in_place_of_education(SUPERVISOR_PATHS) is True
    assert experience_in_place_of_education(SPECIALIST_PATHS) is True
    assert experience_in_place_of_education([SUPERVISOR_PATHS[0]]) is False
    assert experience_in_place_of_education([]) is False
    only_experience = [path(conditions=[{"fact": "years_experience", "min": 2}])]
    assert experience_in_place_of_education(only_experience) is False
    same_minimum = [
        path("a", [{"fact": "education", "min": "associate"}]),
        path("b", [{"fact": "education", "min": "associate"}, {"fact": "years_experience", "min": 1}]),
    ]
    assert experience_in_place_of_education(same_minimum) is False


def test_minimum_education():
    assert minimum_education([SUPERVISOR_PATHS[0]]) == "bachelor"
    assert minimum_education(SUPERVISOR_PATHS[:3]) == "high_school"
    assert minimum_education(SUPERVISOR_PATHS) is None  # (d) and (e) ask for no minimum
    assert minimum_education(SPECIALIST_PATHS) is None
    assert minimum_education([SPECIALIST_PATHS[0]]) == "high_school"
    assert minimum_education([]) is None


def test_minimum_years_experience():
    assert minimum_years_experience(SUPERVISOR_PATHS[1:4]) == Decimal(1)
    assert minimum_years_experience(SUPERVISOR_PATHS[2:4]) == Decimal(2)
    assert minimum_years_experience(SUPERVISOR_PATHS) is None  # (a) asks for no years
    assert minimum_years_experience(SPECIALIST_PATHS) is None
    assert minimum_years_experience([]) is None
    two_conditions = [
        path(conditions=[{"fact": "years_experience", "min": 5}, {"fact": "years_customer_service", "min": 2}])
    ]
    assert minimum_years_experience(two_conditions) == Decimal(5)
