"""The shipped simulation content (``simulations.library``): plain checks that fail if an edit breaks it."""

import re

import pytest

from simulations import library

HAN = re.compile(r"[\u3400-\u9fff]")
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")  # Han characters and full-width punctuation


def _texts(language):
    """Every text of the given language ("en" or "zh") in the library, with where it is."""
    for dimension, anchors in library.RUBRIC.items():
        for score, pair in anchors.items():
            yield f"rubric {dimension} {score}", pair[0 if language == "en" else 1]
    for simulation in library.SIMULATIONS:
        code = simulation["code"]
        for field in ("title", "instructions", "knowledge_base"):
            yield f"{code} {field}", simulation[f"{field}_{language}"]
        for position, item in enumerate(simulation["items"], start=1):
            for field in ("title", "prompt"):
                yield f"{code} item {position} {field}", item[f"{field}_{language}"]
            for option in item["data"].get("options", []):
                yield f"{code} item {position} option {option['key']}", option[language]


def _simulation(code):
    return next(simulation for simulation in library.SIMULATIONS if simulation["code"] == code)


def test_three_simulations_one_per_industry():
    assert [s["code"] for s in library.SIMULATIONS] == [
        "ecommerce-after-sales",
        "saas-technical-support",
        "finance-card-services",
    ]
    assert sorted(s["industry"] for s in library.SIMULATIONS) == ["ecommerce", "finance", "saas"]
    assert all(25 <= s["minutes"] <= 30 for s in library.SIMULATIONS)


def test_rubric_has_three_anchors_per_dimension():
    assert set(library.RUBRIC) == set(library.DIMENSIONS)
    for anchors in library.RUBRIC.values():
        assert sorted(anchors) == [1, 3, 5]
        assert len({en for en, _ in anchors.values()}) == 3


@pytest.mark.parametrize("code", ["ecommerce-after-sales", "saas-technical-support", "finance-card-services"])
def test_items_in_order(code):
    items = _simulation(code)["items"]
    assert [item["kind"] for item in items] == ["judgement"] + ["message"] * 3 + ["judgement"] * 3 + [
        "typing",
        "repetitive",
    ]
    assert [bool(item.get("practice")) for item in items] == [True] + [False] * 8
    moods = [item["data"]["mood"] for item in items if item["kind"] == "message"]
    assert moods[:2] == ["angry", "confused"]
    assert moods[2] in ("policy", "multi_issue")
    assert [item["channel"] for item in items[1:3]] == ["chat", "email"]
    for item in items[1:4]:
        assert 60 <= len(item["prompt_en"].split()) <= 150, item["title_en"]
    typing = items[7]
    assert typing["data"] == {"seconds": 60}
    assert 150 <= len(typing["prompt_en"]) <= 220
    assert 140 <= len(typing["prompt_zh"]) <= 220


def test_judgement_items_key_a_distinct_best_and_worst():
    judgements = [item for s in library.SIMULATIONS for item in s["items"] if item["kind"] == "judgement"]
    assert len(judgements) == 12
    for item in judgements:
        keys = [option["key"] for option in item["data"]["options"]]
        assert len(keys) == 4, item["title_en"]
        assert item["data"]["best"] in keys, item["title_en"]
        assert item["data"]["worst"] in keys, item["title_en"]
        assert item["data"]["best"] != item["data"]["worst"], item["title_en"]


def test_repetitive_keys_match_rows():
    for simulation in library.SIMULATIONS:
        (item,) = [item for item in simulation["items"] if item["kind"] == "repetitive"]
        rows, key = item["data"]["rows"], item["data"]["key"]
        assert len(rows) == 20
        assert key == [row["left"] == row["right"] for row in rows]
        assert 5 <= key.count(False) <= 9  # roughly a third differ
        for row in rows:
            if row["left"] != row["right"]:  # by exactly one character
                assert len(row["left"]) == len(row["right"])
                assert sum(a != b for a, b in zip(row["left"], row["right"], strict=True)) == 1


def test_chinese_texts_are_chinese():
    for where, text in _texts("zh"):
        assert HAN.search(text), where


def test_english_texts_have_no_chinese():
    for where, text in _texts("en"):
        assert not CJK.search(text), (where, CJK.findall(text))
