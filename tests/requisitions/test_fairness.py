"""The fairness check (requisitions.fairness): pure Python, no database."""

import dataclasses
import json
from pathlib import Path

import pytest
from django.utils import translation

from requisitions.fairness import (
    ROW_MESSAGE,
    ROW_MESSAGE_UNLABELLED,
    RULES,
    TOPICS,
    FairnessCategory,
    FairnessIssue,
    check_rows,
    check_text,
)

GENDER = FairnessCategory.GENDER
AGE = FairnessCategory.AGE
MARITAL = FairnessCategory.MARITAL
ETHNICITY = FairnessCategory.ETHNICITY
HOUSEHOLD = FairnessCategory.HOUSEHOLD
APPEARANCE = FairnessCategory.APPEARANCE

ROOT = Path(__file__).resolve().parents[2]
SEED_002 = sorted(Path("/work/shared/seeds").glob("002_*.txt"))

# (text, category, exact matched substring)
CAUGHT = [
    # gender, Chinese
    ("性别：女性较佳", GENDER, "性别：女性较佳"),
    ("女性优先", GENDER, "女性优先"),
    ("限女性", GENDER, "限女性"),
    ("仅限男性", GENDER, "仅限男性"),
    ("男性优先考虑", GENDER, "男性优先"),
    ("要求女性，有耐心", GENDER, "要求女性"),
    ("女士优先", GENDER, "女士优先"),
    ("性别：女", GENDER, "性别：女"),
    ("性别:男", GENDER, "性别:男"),
    ("性别要求女", GENDER, "性别要求女"),
    ("性别要求女性优先", GENDER, "性别要求女性优先"),
    ("招聘女客服", GENDER, "招聘女"),
    ("最好是女生", GENDER, "最好是女生"),
    ("声音甜美", GENDER, "声音甜美"),
    ("甜美的声音", GENDER, "甜美的声音"),
    # gender, English
    ("Female preferred", GENDER, "Female preferred"),
    ("women only", GENDER, "women only"),
    ("Male candidates only", GENDER, "Male candidates"),
    ("The agent must be female.", GENDER, "must be female"),
    ("Gender: female", GENDER, "Gender: female"),
    ("gender: M", GENDER, "gender: M"),
    ("preferably female", GENDER, "preferably female"),
    ("sweet voice", GENDER, "sweet voice"),
    # age, Chinese
    ("年龄18-35岁", AGE, "年龄18-35岁"),
    ("年龄：20至30周岁", AGE, "年龄：20至30周岁"),
    ("35岁以下", AGE, "35岁以下"),
    ("30周岁以内", AGE, "30周岁以内"),
    ("三十五岁以下", AGE, "三十五岁以下"),
    ("年龄不超过40岁", AGE, "年龄不超过40岁"),
    ("年龄不超过", AGE, "年龄不超过"),
    ("22-28岁", AGE, "22-28岁"),
    ("年轻有活力", AGE, "年轻"),
    ("年纪轻，肯吃苦", AGE, "年纪轻"),
    ("年龄18岁以上，35岁以下", AGE, "35岁以下"),
    # age, English
    ("aged 20-30", AGE, "aged 20-30"),
    ("Age: 25 to 35", AGE, "Age: 25 to 35"),
    ("under 35", AGE, "under 35"),
    ("Candidates under 35 preferred", AGE, "under 35"),
    ("no older than", AGE, "no older than"),
    ("applicants no older than 40", AGE, "no older than 40"),
    ("young", AGE, "young"),
    ("Young and energetic", AGE, "Young"),
    ("young candidates", AGE, "young"),
    ("recent graduates under 25", AGE, "under 25"),
    ("20-30 years old", AGE, "20-30 years old"),
    ("Age limit: 35", AGE, "Age limit: 35"),
    # marital or childbearing status
    ("已婚已育", MARITAL, "已婚已育"),
    ("未婚", MARITAL, "未婚"),
    ("已育者优先", MARITAL, "已育"),
    ("婚育情况", MARITAL, "婚育"),
    ("已生育", MARITAL, "已生育"),
    ("未生育", MARITAL, "未生育"),
    ("请注明生育情况", MARITAL, "生育情况"),
    ("近两年无生育计划", MARITAL, "近两年无生育计划"),
    ("婚否", MARITAL, "婚否"),
    ("单身", MARITAL, "单身"),
    ("Married candidates preferred", MARITAL, "Married candidates"),
    ("married preferred", MARITAL, "married preferred"),
    ("must be married", MARITAL, "must be married"),
    ("must be single", MARITAL, "must be single"),
    ("Single applicants only", MARITAL, "Single applicants"),
    ("unmarried", MARITAL, "unmarried"),
    ("marital status", MARITAL, "marital status"),
    ("no children", MARITAL, "no children"),
    ("not pregnant", MARITAL, "pregnant"),
    ("no pregnancy in the next two years", MARITAL, "pregnancy"),
    # ethnicity
    ("汉族", ETHNICITY, "汉族"),
    ("民族要求：汉", ETHNICITY, "民族要求"),
    ("ethnic Han", ETHNICITY, "ethnic Han"),
    ("Ethnicity: Han", ETHNICITY, "Ethnicity"),
    ("无宗教信仰", ETHNICITY, "无宗教信仰"),
    # household registration or native place
    ("本地户口", HOUSEHOLD, "本地户口"),
    ("本市户籍", HOUSEHOLD, "本市户籍"),
    ("籍贯：湖北", HOUSEHOLD, "籍贯"),
    ("本地人优先", HOUSEHOLD, "本地人"),
    ("local hukou", HOUSEHOLD, "local hukou"),
    ("Native of Shanghai", HOUSEHOLD, "Native of"),
    ("household registration in Beijing", HOUSEHOLD, "household registration"),
    # appearance
    ("身高160cm以上", APPEARANCE, "身高160cm以上"),
    ("身高：1.65米以上", APPEARANCE, "身高：1.65米以上"),
    ("体重50公斤以下", APPEARANCE, "体重50公斤以下"),
    ("形象气质佳", APPEARANCE, "形象气质佳"),
    ("形象好", APPEARANCE, "形象好"),
    ("五官端正", APPEARANCE, "五官端正"),
    ("长相甜美", APPEARANCE, "长相甜美"),
    ("颜值高", APPEARANCE, "颜值高"),
    ("附近期生活照", APPEARANCE, "附近期生活照"),
    ("attractive appearance", APPEARANCE, "attractive appearance"),
    ("good-looking", APPEARANCE, "good-looking"),
    ("height above 165cm", APPEARANCE, "height above"),
    ("minimum height 160cm", APPEARANCE, "minimum height"),
    ("weight below 55kg", APPEARANCE, "weight below"),
    ("must be tall", APPEARANCE, "must be tall"),
    ("please attach a photo", APPEARANCE, "attach a photo"),
]

HARMLESS = [
    "性别不限",
    "男女不限",
    "不限性别",
    "性别：男女不限",
    "性别：男/女均可",
    "无论男女",
    "年龄不限",
    "不限年龄",
    "年龄：不限",
    "婚否不限",
    "已婚/未婚均可",
    "户籍不限",
    "不限户口",
    "户口所在地：不限",
    "不限年龄、户口",
    "户口、年龄不限",
    "婚否、户籍：不限",
    "Hukou and age: not required",
    "No age or gender requirement",
    "age: 18+",
    "适合3-6岁儿童的产品",
    "面向18-25岁的年轻用户",
    "客户以女性为主",
    "熟悉女性用户需求",
    "各年龄段客户",
    "有2年以上客服经验",
    "本地化运营经验",
    "负责少数民族地区客户回访",
    "体重管理产品客服",
    "民族不限",
    "身高不限",
    "gender: any",
    "regardless of gender",
    "all genders welcome",
    "no age limit",
    "age is not a factor",
    "Ethnicity: any",
    "any ethnicity",
    "marital status is not a factor",
    "regardless of age, hukou or marital status",
    "普通话标准，吐字清晰",
    "熟悉客户档案资料",
    "能够安抚年长客户的情绪",
    "面向年轻用户群体的产品",
    "products for young users",
    "熟悉生育保险政策",
    "experience with height-adjustable desks",
    "single sign-on (SSO) systems",
    "married couples' accounts",
    "A single candidate will be chosen for this role.",
    "树立公司良好的服务形象",
    "年满18周岁",
    "at least 18 years old",
    "服务60岁以上老年客户",
    "熟悉户口迁移业务",
    "resolve tickets in under 30 minutes",
    "handle over 80 calls a day",
    "职责包括但不限于：接听电话",
    "package weight limit and shipping rules",
    "熟悉女装和男装产品",
    "Han Solo",  # false positives by name are out of scope, but this one passes
]


@pytest.mark.parametrize(("text", "category", "matched"), CAUGHT)
def test_variant_is_caught(text, category, matched):
    issues = check_text(text)
    assert [(issue.category, issue.matched) for issue in issues] == [(category, matched)]


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_text_passes(text):
    assert check_text(text) == []


def test_empty_text():
    assert check_text("") == []


def test_issue_is_frozen_and_matched_is_a_substring():
    text = "客服专员，女性优先，年龄18-35岁"
    issues = check_text(text)
    assert [issue.category for issue in issues] == [GENDER, AGE]
    for issue in issues:
        assert issue.matched in text
    with pytest.raises(dataclasses.FrozenInstanceError):
        issues[0].matched = "x"


@pytest.mark.parametrize("category", list(FairnessCategory))
def test_every_category_has_a_rule(category):
    assert any(rule.category == category for rule in RULES)


def test_reasons_cite_equal_employment_law():
    for rule in RULES:
        assert "Employment Promotion Law" in str(rule.reason)


def test_sweet_voice_reason_asks_for_standard_mandarin():
    (issue,) = check_text("声音甜美，普通话标准")
    assert issue.category == GENDER
    assert issue.matched == "声音甜美"
    assert "standard Mandarin" in str(issue.reason)


def test_seed_002_excerpt():
    excerpt = (
        "四、办公前后台客服\n\n应具备之基本资格及条件\n\n性别\n\n女性较佳\n\n领导力\n\n需要\n\n年龄\n\n不限\n\n"
        "核心能力\n\n1、具有良好的服务意识，责任心强，工作积极主动；\n\n2、声音甜美，普通话标准；\n\n"
        "备注:\n\n男女不限,对专业知识要求一般,了解计算机基本操作,普通话标准,吐字清晰。"
    )
    issues = check_text(excerpt)
    assert [(issue.category, issue.matched) for issue in issues] == [
        (GENDER, "女性较佳"),
        (GENDER, "声音甜美"),
    ]


@pytest.mark.skipif(not SEED_002, reason="seed 002 is not available")
def test_seed_002_file_only_trips_on_gender():
    issues = check_text(SEED_002[0].read_text(encoding="utf-8"))
    assert {(issue.category, issue.matched) for issue in issues} == {(GENDER, "女性较佳"), (GENDER, "声音甜美")}


def test_mixed_chinese_and_english():
    text = "Customer service rep, 女性优先, fluent English, under 35, 本地户口"
    issues = check_text(text)
    assert [(issue.category, issue.matched) for issue in issues] == [
        (GENDER, "女性优先"),
        (AGE, "under 35"),
        (HOUSEHOLD, "本地户口"),
    ]


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("FEMALE PREFERRED", "FEMALE PREFERRED"),
        ("Women Only", "Women Only"),
        ("Local Hukou", "Local Hukou"),
        ("GOOD-LOOKING", "GOOD-LOOKING"),
    ],
)
def test_case_insensitive(text, matched):
    assert [issue.matched for issue in check_text(text)] == [matched]


@pytest.mark.parametrize(
    ("text", "category", "matched"),
    [
        ("性别：女", GENDER, "性别：女"),
        ("年龄　18-35岁", AGE, "年龄　18-35岁"),
        ("年龄：１８－３５岁", AGE, "年龄：１８－３５岁"),
        ("身高　１６０ｃｍ以上", APPEARANCE, "身高　１６０ｃｍ以上"),
        ("ＦＥＭＡＬＥ ＰＲＥＦＥＲＲＥＤ", GENDER, "ＦＥＭＡＬＥ ＰＲＥＦＥＲＲＥＤ"),
    ],
)
def test_full_width_punctuation_and_spaces(text, category, matched):
    assert [(issue.category, issue.matched) for issue in check_text(text)] == [(category, matched)]


@pytest.mark.parametrize("text", ["性别：不限", "户籍：　不限", "婚育：无要求"])
def test_full_width_negation(text):
    assert check_text(text) == []


def test_negation_only_covers_its_own_phrase():
    issues = check_text("性别：女　年龄：不限")
    assert [(issue.category, issue.matched) for issue in issues] == [(GENDER, "性别：女")]
    issues = check_text("女性优先，学历不限")
    assert [issue.matched for issue in issues] == ["女性优先"]
    issues = check_text("女性优先、年龄不限")
    assert [issue.matched for issue in issues] == ["女性优先"]
    issues = check_text("女性优先不限经验")
    assert [issue.matched for issue in issues] == ["女性优先"]
    issues = check_text("Any age, female preferred")
    assert [issue.matched for issue in issues] == ["female preferred"]


def test_several_issues_in_one_text_keep_their_order():
    issues = check_text("已婚已育，身高160cm以上，汉族，籍贯湖南，年龄30周岁以内")
    assert [issue.category for issue in issues] == [MARITAL, APPEARANCE, ETHNICITY, HOUSEHOLD, AGE]


def test_check_rows_names_the_row_and_the_reason():
    rows = [
        ("Education", "大专及以上学历"),
        ("Communication", "女性较佳，普通话标准"),
        ("Voice", "声音甜美"),
    ]
    with translation.override("en"):
        messages = check_rows(rows)
    assert len(messages) == 2
    assert messages[0].startswith("Row 2 (Communication): “女性较佳” asks about gender. ")
    assert "Employment Promotion Law" in messages[0]
    assert messages[1].startswith("Row 3 (Voice): “声音甜美” asks about gender. ")
    assert "standard Mandarin" in messages[1]


def test_check_rows_without_label_and_with_start():
    messages = check_rows([("", "under 35"), (None, None)], start=5)
    assert len(messages) == 1
    assert messages[0].startswith("Row 5: “under 35” asks about age. ")


def test_check_rows_passes_clean_rows():
    assert check_rows([("Language", "普通话标准，吐字清晰"), ("Knowledge", "熟悉生育保险政策")]) == []


def test_check_rows_flattens_line_breaks_in_the_quote():
    messages = check_rows([("Notes", "Female\npreferred")])
    assert messages[0].startswith("Row 1 (Notes): “Female preferred” asks about gender.")


def test_issue_equality():
    assert check_text("女性优先") == [FairnessIssue(GENDER, "女性优先", check_text("女性优先")[0].reason)]


def test_every_msgid_has_a_chinese_term():
    terms = json.loads((ROOT / "locale" / "zh_Hans" / "terms" / "fairness.json").read_text(encoding="utf-8"))
    msgids = {str(label) for label in FairnessCategory.labels}
    msgids |= {str(topic) for topic in TOPICS.values()}
    msgids |= {str(rule.reason) for rule in RULES}
    msgids |= {ROW_MESSAGE, ROW_MESSAGE_UNLABELLED}
    assert set(terms) == msgids
    for msgid, chinese in terms.items():
        for placeholder in ("%(number)s", "%(label)s", "%(matched)s", "%(topic)s", "%(reason)s"):
            assert (placeholder in msgid) == (placeholder in chinese)
