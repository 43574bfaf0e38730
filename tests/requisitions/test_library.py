"""Structural checks of the shipped position library (pure data, no database)."""

import re

import pytest

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
from requisitions.eligibility import SPECIALIST_PATHS, SUPERVISOR_PATHS, validate_paths
from requisitions.fairness import check_text
from requisitions.library import DEFAULT_METHOD_STEPS, LIBRARY_SLUGS, PROFILES, get_profile

LEVEL_SLUGS = {"level-specialist", "level-supervisor", "level-manager", "level-director"}
POSITION_SLUGS = {
    "cs-department-manager",
    "cs-deputy-manager",
    "cs-supervisor",
    "front-back-office-agent",
    "customer-records-clerk",
    "service-hall-agent",
    "customer-relationship-specialist",
    "complaints-specialist",
}
VARIANT_INDUSTRIES = {
    "specialist-ecommerce": Industry.ECOMMERCE,
    "specialist-saas": Industry.SAAS,
    "specialist-finance": Industry.FINANCE,
}
GENERAL_SLUG = "cs-agent-general"

DISCRIMINATORY_WORDS = [
    "女性",
    "男性",
    "年龄",
    "岁",
    "已婚",
    "未婚",
    "生育",
    "户口",
    "户籍",
    "籍贯",
    "民族",
    "身高",
    "形象",
    "相貌",
    "长相",
    "甜美",
    "年轻",
    "female",
    "male",
    "married",
    "young",
    "appearance",
    "height",
]

EXPECTED_SPECIALIST_PATHS = [
    {"key": "high_school", "conditions": [{"fact": "education", "min": "high_school"}]},
    {"key": "practice_hours", "conditions": [{"fact": "cs_practice_hours", "min": 200}]},
]

EXPECTED_SUPERVISOR_PATHS = [
    {"key": "bachelor", "conditions": [{"fact": "education", "min": "bachelor"}]},
    {
        "key": "associate_one_year",
        "conditions": [
            {"fact": "education", "min": "associate"},
            {"fact": "years_customer_service", "min": 1},
        ],
    },
    {
        "key": "high_school_two_years",
        "conditions": [
            {"fact": "education", "min": "high_school"},
            {"fact": "years_customer_service", "min": 2},
        ],
    },
    {
        "key": "continuous_three_years_assessed",
        "conditions": [
            {"fact": "education", "max": "below_high_school"},
            {"fact": "continuous_years_customer_service", "min": 3},
            {"fact": "internal_assessment_passed"},
        ],
    },
    {"key": "outstanding_performance", "conditions": [{"fact": "manual_exception"}]},
]

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def _bilingual_texts(profile):
    """(field, en, zh) for every bilingual text of a profile, its rows and its paths."""
    yield "title", profile["title_en"], profile["title_zh"]
    yield "summary", profile["summary_en"], profile["summary_zh"]
    for en, zh in zip(profile["duties_en"], profile["duties_zh"], strict=True):
        yield "duty", en, zh
    for row in profile["rows"]:
        yield "requirement", row["requirement_en"], row["requirement_zh"]
    for path in profile["paths"]:
        yield "path label", path["label_en"], path["label_zh"]


def _all_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _all_strings(key)
            yield from _all_strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _all_strings(item)


def _shape(paths):
    return [{"key": path["key"], "conditions": path["conditions"]} for path in paths]


def test_slugs_are_unique_kebab_case_and_listed():
    slugs = [profile["slug"] for profile in PROFILES]
    assert len(slugs) == len(set(slugs))
    assert all(KEBAB.match(slug) for slug in slugs), slugs
    assert tuple(slugs) == LIBRARY_SLUGS


def test_the_sixteen_profiles_are_shipped():
    slugs = set(LIBRARY_SLUGS)
    assert slugs >= LEVEL_SLUGS
    assert slugs >= POSITION_SLUGS
    assert slugs >= set(VARIANT_INDUSTRIES)
    assert GENERAL_SLUG in slugs
    assert len(PROFILES) == 16


def test_levels_match_their_slugs():
    for level in Level.values:
        assert get_profile(f"level-{level}")["level"] == level


@pytest.mark.parametrize("profile", PROFILES, ids=LIBRARY_SLUGS)
def test_profile_fields_and_enum_values(profile):
    assert set(profile) == {
        "slug",
        "title_en",
        "title_zh",
        "level",
        "industry",
        "summary_en",
        "summary_zh",
        "duties_en",
        "duties_zh",
        "rows",
        "paths",
    }
    assert profile["level"] in Level.values
    assert profile["industry"] in Industry.values
    assert profile["duties_en"]
    assert len(profile["duties_en"]) == len(profile["duties_zh"])
    assert profile["rows"]
    assert profile["paths"]
    for row in profile["rows"]:
        assert set(row) == {
            "category",
            "key_item",
            "requirement_en",
            "requirement_zh",
            "priority",
            "methods",
            "industry",
        }
        assert row["category"] in Category.values
        assert row["key_item"] in KeyItem.values
        assert row["priority"] in Priority.values
        assert row["industry"] in Industry.values
        assert len(row["methods"]) >= 1
        assert len(set(row["methods"])) == len(row["methods"])
        assert set(row["methods"]) <= set(AssessmentMethodCode.values)
        # A profile for one industry carries only its own rows and the general ones.
        if profile["industry"] != Industry.GENERAL:
            assert row["industry"] in {Industry.GENERAL, profile["industry"]}


@pytest.mark.parametrize("profile", PROFILES, ids=LIBRARY_SLUGS)
def test_every_text_is_present_in_both_languages(profile):
    for field, en, zh in _bilingual_texts(profile):
        assert isinstance(en, str), (profile["slug"], field)
        assert isinstance(zh, str), (profile["slug"], field)
        assert en.strip(), (profile["slug"], field, zh)
        assert zh.strip(), (profile["slug"], field, en)
        assert not CJK.search(en), (profile["slug"], field, en)
        assert CJK.search(zh), (profile["slug"], field, zh)


@pytest.mark.parametrize("profile", PROFILES, ids=LIBRARY_SLUGS)
def test_paths_are_well_formed(profile):
    keys = [path["key"] for path in profile["paths"]]
    assert len(keys) == len(set(keys))
    for path in profile["paths"]:
        assert set(path) == {"key", "label_en", "label_zh", "conditions"}
        assert path["conditions"], path["key"]
        for condition in path["conditions"]:
            fact = condition["fact"]
            if fact == "education":
                assert set(condition) <= {"fact", "min", "max"}
                assert "min" in condition or "max" in condition
                for bound in ("min", "max"):
                    if bound in condition:
                        assert condition[bound] in EducationLevel.values
                if "min" in condition and "max" in condition:
                    order = EducationLevel.values
                    assert order.index(condition["min"]) <= order.index(condition["max"])
            elif fact in {"years_experience", "years_customer_service", "continuous_years_customer_service"}:
                assert set(condition) == {"fact", "min"}
                assert isinstance(condition["min"], int | float)
                assert condition["min"] > 0
            elif fact == "cs_practice_hours":
                assert set(condition) == {"fact", "min"}
                assert isinstance(condition["min"], int)
                assert condition["min"] > 0
            elif fact == "language":
                assert set(condition) == {"fact", "language", "min_level"}
                assert condition["language"] == "en"
                assert condition["min_level"] in LanguageLevel.values
            elif fact == "certificate":
                assert set(condition) == {"fact", "name"}
                assert condition["name"].strip()
            elif fact in {"internal_assessment_passed", "manual_exception"}:
                assert set(condition) == {"fact"}
            else:
                pytest.fail(f"{profile['slug']}: unknown condition fact {fact!r}")


def test_default_method_steps_cover_every_method():
    assert set(DEFAULT_METHOD_STEPS) == set(AssessmentMethodCode.values)
    assert set(DEFAULT_METHOD_STEPS.values()) <= set(PipelineStep.values)
    assert DEFAULT_METHOD_STEPS["certificate_check"] == PipelineStep.RESUME_SCREEN
    assert DEFAULT_METHOD_STEPS["scenario_simulation"] == PipelineStep.SECOND_INTERVIEW
    assert DEFAULT_METHOD_STEPS["background_check"] == PipelineStep.OFFER


def test_specialist_paths_follow_the_standard():
    assert _shape(get_profile("level-specialist")["paths"]) == EXPECTED_SPECIALIST_PATHS


@pytest.mark.parametrize("slug", ["level-supervisor", "cs-supervisor"])
def test_supervisor_paths_follow_the_standard(slug):
    assert _shape(get_profile(slug)["paths"]) == EXPECTED_SUPERVISOR_PATHS


def test_standard_paths_agree_with_the_eligibility_module():
    assert _shape(get_profile("level-specialist")["paths"]) == _shape(SPECIALIST_PATHS)
    assert _shape(get_profile("level-supervisor")["paths"]) == _shape(SUPERVISOR_PATHS)


@pytest.mark.parametrize("profile", PROFILES, ids=LIBRARY_SLUGS)
def test_paths_pass_the_eligibility_validator(profile):
    validate_paths(profile["paths"])  # raises ValidationError when malformed


@pytest.mark.parametrize(("slug", "industry"), VARIANT_INDUSTRIES.items())
def test_industry_variants_have_their_own_rows(slug, industry):
    profile = get_profile(slug)
    assert profile["industry"] == industry
    assert profile["level"] == Level.SPECIALIST
    assert any(row["industry"] == industry for row in profile["rows"])


def test_general_demand_table_covers_the_guide():
    profile = get_profile(GENERAL_SLUG)
    assert profile["industry"] == Industry.GENERAL
    rows = {(row["category"], row["key_item"], row["industry"]): row for row in profile["rows"]}
    expected = {
        ("hard", "education", "general"): ("required", {"certificate_check"}),
        ("hard", "language", "general"): ("required", {"language_test"}),
        ("hard", "language", "ecommerce"): ("industry", {"language_test"}),
        ("hard", "systems", "general"): ("required", {"computer_test", "scenario_simulation"}),
        ("hard", "industry_knowledge", "finance"): ("industry", {"written_test"}),
        ("hard", "industry_knowledge", "saas"): ("industry", {"written_test"}),
        ("core", "communication", "general"): ("high", {"behavioural_interview", "scenario_simulation"}),
        ("core", "empathy", "general"): ("very_high", {"scenario_simulation", "behavioural_interview"}),
        ("core", "problem_solving", "general"): ("very_high", {"case_exercise", "behavioural_interview"}),
        ("core", "stress_tolerance", "general"): ("high", {"stress_test", "scenario_simulation"}),
        ("core", "learning_agility", "general"): ("high", {"learning_test"}),
        ("high_value", "proactive_service", "general"): ("medium_high", {"behavioural_interview"}),
        ("high_value", "cx_orientation", "general"): ("medium_high", {"values_interview"}),
        ("high_value", "teamwork", "general"): ("medium", {"behavioural_interview"}),
        ("bonus", "special_skill", "general"): ("per_role", set()),
        ("bonus", "data_awareness", "general"): ("medium", {"behavioural_interview"}),
    }
    for key, (priority, methods) in expected.items():
        assert key in rows, key
        assert rows[key]["priority"] == priority, key
        assert methods <= set(rows[key]["methods"]), key
    special = [row for row in profile["rows"] if row["key_item"] == "special_skill"]
    assert len(special) == 2  # content roles and technical roles
    assert any("work_sample" in row["methods"] for row in special)
    assert get_profile(GENERAL_SLUG)["paths"][0]["conditions"] == [{"fact": "education", "min": "associate"}]


def test_no_discriminatory_wording_anywhere():
    offending = [
        (profile["slug"], word, text)
        for profile in PROFILES
        for text in _all_strings(profile)
        for word in DISCRIMINATORY_WORDS
        if word in text.casefold()
    ]
    assert offending == []


def test_the_fairness_check_finds_nothing_in_the_library():
    """A requisition started from any library profile must be submittable as it stands."""
    flagged = [(profile["slug"], text) for profile in PROFILES for text in _all_strings(profile) if check_text(text)]
    assert flagged == []


def test_get_profile_returns_an_independent_copy():
    profile = get_profile("level-specialist")
    profile["rows"].clear()
    profile["paths"][0]["conditions"].append({"fact": "manual_exception"})
    fresh = get_profile("level-specialist")
    assert fresh["rows"]
    assert _shape(fresh["paths"]) == EXPECTED_SPECIALIST_PATHS


def test_get_profile_unknown_slug():
    with pytest.raises(KeyError):
        get_profile("no-such-profile")
