"""Structural checks of the shipped interview question bank and scorecard anchors (pure data, no database)."""

import re

import pytest

from interviews import bank
from interviews.bank import (
    ANCHORS,
    ASSESSABLE_KEY_ITEMS,
    DEFAULT_ANCHORS,
    FORMATS,
    KINDS,
    QUESTIONS,
    anchors_for,
    get_question,
    questions_for,
)
from requisitions.choices import KeyItem
from requisitions.fairness import check_text

# CJK ideographs, CJK punctuation and full-width forms.
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")

TEXT_FIELDS = ["text", "guidance", "strong", "weak"]
OPTIONAL_FIELDS = {"guidance"}

EXPECTED_FORMATS = [
    "structured_behavioural",
    "scenario_simulation",
    "patience_task",
    "role_play",
    "group",
    "phone",
    "video",
    "on_site",
]
EXPECTED_KINDS = ["star", "question", "patience_task", "role_play", "scenario"]

# The items the brief requires, by code, with the kind each must have.
REQUIRED = {
    # STAR prompts (seed 001)
    "star-upset-customer": "star",
    "star-complex-problem": "star",
    "star-cross-team": "star",
    "star-system-outage": "star",
    # the six call-centre interview questions (seed 004)
    "question-room-of-strangers": "question",
    "question-proudest-achievement": "question",
    "question-what-matters-most": "question",
    "question-variety-or-routine": "question",
    "question-same-question-many-customers": "question",
    "question-sacrifice": "question",
    # the repetitive-task patience test and the two staged role-plays (seed 004)
    "patience-repetitive-folding": "patience_task",
    "roleplay-helpfulness": "role_play",
    "roleplay-persistent-visitor": "role_play",
    # scenario simulations played by the interviewer (seed 001)
    "scenario-angry-customer": "scenario",
    "scenario-confused-customer": "scenario",
    # learning agility, data awareness, proactive service (seed 001)
    "star-learn-fast": "star",
    "scenario-simplified-system": "scenario",
    "question-service-metrics": "question",
    "star-proactive-service": "star",
}

# Each kind must be runnable in the format that names it.
KIND_FORMAT = {
    "star": "structured_behavioural",
    "patience_task": "patience_task",
    "role_play": "role_play",
}

IDS = [question["code"] for question in QUESTIONS]


def test_vocabularies():
    assert FORMATS == EXPECTED_FORMATS
    assert KINDS == EXPECTED_KINDS


def test_assessable_key_items_are_every_key_item_but_education_and_experience():
    assert set(ASSESSABLE_KEY_ITEMS) == set(KeyItem.values) - {"education", "experience"}


def test_bank_size():
    assert 20 <= len(QUESTIONS) <= 30


def test_codes_are_unique_slugs():
    codes = [question["code"] for question in QUESTIONS]
    assert len(codes) == len(set(codes))
    for code in codes:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", code), code


@pytest.mark.parametrize("question", QUESTIONS, ids=IDS)
def test_question_keys(question):
    expected = {"code", "kind", "formats", "competencies"} | {
        f"{field}_{lang}" for field in TEXT_FIELDS for lang in ("en", "zh")
    }
    assert set(question) == expected


@pytest.mark.parametrize("question", QUESTIONS, ids=IDS)
def test_kind_and_formats(question):
    assert question["kind"] in KINDS
    assert question["formats"]
    assert len(question["formats"]) == len(set(question["formats"]))
    assert set(question["formats"]) <= set(FORMATS)
    if question["kind"] in KIND_FORMAT:
        assert KIND_FORMAT[question["kind"]] in question["formats"]
    if question["kind"] == "scenario":
        assert {"scenario_simulation", "group"} & set(question["formats"])


@pytest.mark.parametrize("question", QUESTIONS, ids=IDS)
def test_competencies_are_interview_key_items(question):
    competencies = question["competencies"]
    assert 1 <= len(competencies) <= 4
    assert len(competencies) == len(set(competencies))
    for item in competencies:
        assert item in KeyItem.values
        assert item not in {"education", "experience"}
        assert item in ANCHORS


@pytest.mark.parametrize("question", QUESTIONS, ids=IDS)
def test_texts_in_both_languages(question):
    for field in TEXT_FIELDS:
        en, zh = question[f"{field}_en"], question[f"{field}_zh"]
        assert isinstance(en, str)
        assert isinstance(zh, str)
        if field in OPTIONAL_FIELDS and not en and not zh:
            continue
        assert en.strip(), f"{field}_en is empty"
        assert zh.strip(), f"{field}_zh is empty"
        assert en == en.strip()
        assert zh == zh.strip()
        assert HAN.search(zh), f"{field}_zh has no Chinese characters"
        assert not CJK.search(en), f"{field}_en contains CJK characters: {en!r}"


@pytest.mark.parametrize("question", QUESTIONS, ids=IDS)
def test_texts_pass_the_fairness_check(question):
    for field in TEXT_FIELDS:
        for lang in ("en", "zh"):
            assert check_text(question[f"{field}_{lang}"]) == [], f"{field}_{lang}"


def test_texts_are_not_repeated_between_questions():
    for field in ("text_en", "text_zh", "strong_en", "strong_zh", "weak_en", "weak_zh"):
        values = [question[field] for question in QUESTIONS]
        assert len(values) == len(set(values)), field


def test_format_lists_are_not_shared_between_questions():
    lists = [question["formats"] for question in QUESTIONS]
    assert len({id(formats) for formats in lists}) == len(lists)


@pytest.mark.parametrize(("code", "kind"), REQUIRED.items())
def test_required_items_are_present(code, kind):
    question = get_question(code)
    assert question is not None, code
    assert question["kind"] == kind


def test_every_kind_is_used():
    assert {question["kind"] for question in QUESTIONS} == set(KINDS)


def test_every_format_has_questions():
    for fmt in FORMATS:
        assert questions_for(fmt=fmt), fmt


def test_core_competencies_have_questions():
    for item in ["communication", "empathy", "problem_solving", "stress_tolerance", "learning_agility"]:
        assert len(questions_for(competency=item)) >= 2, item


def test_anchors_cover_every_assessable_key_item():
    assert set(ANCHORS) == set(KeyItem.values) - {"education", "experience"}


@pytest.mark.parametrize("key_item", sorted(ANCHORS))
def test_anchor_texts(key_item):
    anchors = ANCHORS[key_item]
    assert set(anchors) == {1, 3, 5}
    for score, pair in anchors.items():
        assert isinstance(pair, tuple), (key_item, score)
        assert len(pair) == 2
        en, zh = pair
        assert en.strip()
        assert zh.strip()
        assert HAN.search(zh), (key_item, score)
        assert not CJK.search(en), (key_item, score)
        assert check_text(en) == []
        assert check_text(zh) == []
    assert len({anchors[score][0] for score in (1, 3, 5)}) == 3
    assert len({anchors[score][1] for score in (1, 3, 5)}) == 3


def test_default_anchors():
    assert set(DEFAULT_ANCHORS) == {1, 3, 5}
    for en, zh in DEFAULT_ANCHORS.values():
        assert en.strip()
        assert not CJK.search(en)
        assert HAN.search(zh)


def test_anchors_for_known_item():
    assert anchors_for("empathy") == ANCHORS["empathy"]
    assert anchors_for(KeyItem.EMPATHY) == ANCHORS["empathy"]


@pytest.mark.parametrize("key_item", ["education", "experience", "no-such-item", ""])
def test_anchors_for_falls_back(key_item):
    assert anchors_for(key_item) == DEFAULT_ANCHORS


def test_anchors_for_returns_a_copy():
    anchors_for("empathy")[1] = ("changed", "已改")
    anchors_for("education")[1] = ("changed", "已改")
    assert ANCHORS["empathy"][1][0] != "changed"
    assert DEFAULT_ANCHORS[1][0] != "changed"


def test_get_question_unknown_code():
    assert get_question("no-such-code") is None


def test_questions_for_filters():
    assert questions_for() == QUESTIONS
    stars = questions_for(kind="star")
    assert stars
    assert all(question["kind"] == "star" for question in stars)
    combined = questions_for(competency="empathy", fmt="phone", kind="scenario")
    assert get_question("scenario-angry-customer") in combined
    assert all("empathy" in q["competencies"] and "phone" in q["formats"] and q["kind"] == "scenario" for q in combined)
    assert questions_for(competency="education") == []


def _broken(monkeypatch, **changes):
    question = {**QUESTIONS[0], **changes}
    monkeypatch.setattr(bank, "QUESTIONS", [*QUESTIONS, question])


@pytest.mark.parametrize(
    "changes",
    [
        {},  # duplicate code
        {"code": "x-kind", "kind": "essay"},
        {"code": "x-format", "formats": ["telepathy"]},
        {"code": "x-no-format", "formats": []},
        {"code": "x-education", "competencies": ["education"]},
        {"code": "x-unknown", "competencies": ["charisma"]},
        {"code": "x-too-many", "competencies": ["empathy", "communication", "writing", "ethics", "planning"]},
        {"code": "x-empty", "strong_zh": ""},
        {"code": "x-one-language", "guidance_en": "", "guidance_zh": "只有中文"},
    ],
)
def test_validation_refuses_broken_data(monkeypatch, changes):
    _broken(monkeypatch, **changes)
    with pytest.raises(ValueError):  # noqa: PT011
        bank._validate()


def test_validation_refuses_incomplete_anchors(monkeypatch):
    monkeypatch.setitem(bank.ANCHORS, "empathy", {1: ("a", "甲"), 5: ("b", "乙")})
    with pytest.raises(ValueError, match="empathy"):
        bank._validate()


def test_validation_accepts_shipped_data():
    bank._validate()
