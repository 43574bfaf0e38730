"""The fairness check: finds discriminatory requirements in posting and requirement text.

Pure Python (no database), so it runs on a requisition's demand table before anything is saved.
Requirements about gender, age, marital or childbearing status, ethnicity (or religion), household
registration (户口) or native place, and appearance are refused with a reason that cites
equal-employment law (DESIGN.md, "Fairness"; seed 002 shows postings asking for "女性较佳").

How it works
------------
* The text is normalised character by character with NFKC, so full-width colons, spaces, digits and
  letters ("性别：女", "年龄　18-35岁", "ＣＭ") look like their ASCII forms. Only one-character
  results are used, so offsets stay the same and ``FairnessIssue.matched`` is the exact substring of
  the original text.
* ``RULES`` is a table of (category, pattern, reason); every pattern is compiled once, case-insensitive.
  Patterns target *requirement phrasing* ("女性优先", "must be single", "height above"), not bare
  words, so that job skills and customer descriptions do not trip.
* ``ALLOWED`` lists phrases that are fine although they contain a flagged word (young *users*,
  户口*迁移业务*, a legal minimum age of 16 or 18, customers aged over 60). A match lying wholly
  inside an allowed phrase is dropped.
* Matches of one category that overlap or are joined only by "/", "、", "或", "and"… are merged
  ("已婚/未婚", "已婚已育").
* Negations suppress a match of the same phrase: one overlapping it ("no age limit"), one right
  after it ("户籍不限", "婚否：不限", "gender: any", "marital status is not a factor"), or one
  right before it, possibly across a list of topics ("不限户口", "不限年龄、户口",
  "regardless of age, hukou or marital status"). "不限于" (not limited to) is no negation.

Decisions
---------
* 声音甜美 / "sweet voice" is flagged under gender: it is a gender-coded way of asking for a woman;
  the reason asks for clear standard Mandarin instead.
* 年轻 / "young" are flagged on their own ("年轻", "年纪轻", "young and energetic", "young candidates")
  except when they describe customers, users, products or markets (面向年轻用户群体的产品,
  "young users"). "Young" as a surname will be flagged.
* 生育 alone is not flagged ("熟悉生育保险政策" is a job skill); only phrasing about the candidate is:
  已生育, 未生育, 是否生育, 生育情况/状况/计划, 婚育, 已婚已育, 无生育计划, 怀孕, 备孕.
* "single" and "married" are flagged only as candidate status ("must be single", "married preferred",
  "single applicants", "marital status", "unmarried"), so "single sign-on" and "married couples'
  accounts" pass. "A single candidate" (singular) passes, "single candidates" does not.
* "height"/"weight" are flagged only as requirements ("height above", "height: 165cm", "minimum
  height", "weight below"), so "height-adjustable desks" and "package weight limit" pass. 身高 and
  体重 are flagged on their own (体重管理 excepted).
* Asking for a photo (附照片, 生活照, "attach a photo") is flagged under appearance, because the
  application form does not ask for one (DESIGN.md).
* A minimum age of 16 or 18 (年满18周岁, "at least 18") is the legal working age, not discrimination.
* 户口/户籍 are flagged on their own except as a service topic (户口迁移, 户籍业务/政策/办理/咨询…).
* Encouraging one group ("female candidates are encouraged to apply") is still flagged: the check
  cannot tell it from a preference; the recruiter rewords it.

Known limits
------------
* Rules are lexical: an unusual wording escapes, and quoting a forbidden phrase (in a policy text)
  is flagged.
* A negation counts only in the same phrase: "性别：女　年龄：不限", "女性优先，不限" and "女性优先、年龄不限"
  stay flagged, but "女性优先 不限" (a space only) is silenced. "不限" followed by a noun reads as a prefix
  ("女性优先不限经验" stays flagged).
* A topic list after "regardless of" wins: "regardless of age, female preferred" is silenced, while
  "any age, female preferred" is flagged.
* Words such as "young team" or the surname "Young" are flagged (age); a recruiter rewords or ignores.
"""

import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

from django.db import models
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _


class FairnessCategory(models.TextChoices):
    GENDER = "gender", _("Gender")
    AGE = "age", _("Age")
    MARITAL = "marital", _("Marital or childbearing status")
    ETHNICITY = "ethnicity", _("Ethnicity or religion")
    HOUSEHOLD = "household", _("Household registration or native place")
    APPEARANCE = "appearance", _("Appearance")


# How a message names the category mid-sentence ("… asks about gender.").
TOPICS = {
    FairnessCategory.GENDER: _("gender"),
    FairnessCategory.AGE: _("age"),
    FairnessCategory.MARITAL: _("marital or childbearing status"),
    FairnessCategory.ETHNICITY: _("ethnicity or religion"),
    FairnessCategory.HOUSEHOLD: _("household registration or native place"),
    FairnessCategory.APPEARANCE: _("appearance"),
}

GENDER_REASON = _(
    "A job requirement may not prefer or exclude a gender: China's Employment Promotion Law and Labour Law "
    "give women and men an equal right to work. Describe the skill the job needs instead."
)
SWEET_VOICE_REASON = _(
    "A sweet voice is a gender-coded requirement; ask for clear standard Mandarin instead. China's "
    "Employment Promotion Law and Labour Law forbid gender discrimination in hiring."
)
AGE_REASON = _(
    "An age limit shuts out candidates for who they are rather than what they can do. China's Employment "
    "Promotion Law requires fair conditions of employment for every worker; state the experience or ability "
    "the job needs instead."
)
MARITAL_REASON = _(
    "Marriage, pregnancy and childbearing plans are not job requirements. China's Employment Promotion Law "
    "and Labour Law protect women's equal right to work, and an employer may neither ask about them nor make "
    "them a condition."
)
ETHNICITY_REASON = _(
    "Ethnicity and religious belief may not be hiring conditions: China's Employment Promotion Law and Labour "
    "Law guarantee equal employment whatever a worker's ethnicity, race or religion."
)
HOUSEHOLD_REASON = _(
    "Household registration (hukou) and native place are not job requirements. China's Employment Promotion "
    "Law requires equal employment opportunities and forbids discriminatory limits on workers from the "
    "countryside or other places."
)
APPEARANCE_REASON = _(
    "Height, weight, looks and photos say nothing about how someone serves customers. Under equal-employment "
    "law, including the fair-employment duty of China's Employment Promotion Law, candidates are judged on "
    "job-related ability only."
)


# The messages of check_rows, translated when a row is checked.
ROW_MESSAGE = gettext_noop("Row %(number)s (%(label)s): “%(matched)s” asks about %(topic)s. %(reason)s")
ROW_MESSAGE_UNLABELLED = gettext_noop("Row %(number)s: “%(matched)s” asks about %(topic)s. %(reason)s")


@dataclass(frozen=True)
class FairnessIssue:
    category: FairnessCategory
    matched: str  # the exact substring of the checked text
    reason: str  # lazily translated: renders in the active language


class Rule(NamedTuple):
    category: FairnessCategory
    pattern: re.Pattern
    reason: str


def _re(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


def _rule(category: FairnessCategory, pattern: str, reason: str) -> Rule:
    return Rule(category, _re(pattern), reason)


# Building blocks.
H = r"[^\S\n]*"  # horizontal space: a rule does not run across lines
SEX = r"(?:女性|男性|女士|男士|女生|男生|女孩|男孩|女|男)"
NOT_PAIR = r"(?![^\S\n]*(?:[/或、和与]\s*)?[女男])"  # "男女", "男/女": both sexes, no preference
ZH_NUM = r"[一二三四五六七八九十两]{1,3}"  # 三十五
AGE_NUM = rf"(?:\d{{1,2}}|{ZH_NUM})"  # after 年龄
AGE_NUM2 = r"(?:\d{2}|[一二三四五六七八九十]{2,3})"  # without 年龄: two digits, so "3-6岁儿童" is no limit
RANGE = r"(?:[-~〜～—–至到]|周?岁至)"
EN_SEX = r"(?:female|male|women|men|woman|man|ladies|lady|girls?|boys?|gentlemen)"
EN_UNITS = (
    r"(?:%|percent|minutes?|mins?|seconds?|secs?|hours?|hrs?|days?|weeks?|months?|calls?|tickets?|chats?"
    r"|e-?mails?|cases?|customers?|clients?|people|persons|agents?|staff|employees|words?|wpm|kg|lbs?"
    r"|pounds|cm|rmb|yuan|usd|dollars?)\b"
)
HUKOU_PREFIX = r"(?:本地|本市|本省|本区|本县|当地|城镇|农村|非农业?|农业|外地|外省|外来)"
APPEARANCE_ADJ = r"(?:甜美|端正|端庄|姣好|好看|漂亮|清秀|秀丽|靓丽|出众|较好|良好|佳|好|高)?"
MUST_BE = r"\b(?:must|should|has\s+to|have\s+to|needs?\s+to)\s+be\s+"

RULES: list[Rule] = [
    # Gender
    _rule(
        FairnessCategory.GENDER,
        rf"(?<!不)(?:仅限|只限|限于?|只招|仅招|招聘?|要求|需|须|必须是?|最好是?){H}{SEX}{NOT_PAIR}",
        GENDER_REASON,
    ),
    _rule(
        FairnessCategory.GENDER,
        rf"(?<![男女]){SEX}{H}者?(?:较佳|为佳|更佳|尤佳|最佳|优先|为宜|更好|最好)",
        GENDER_REASON,
    ),
    _rule(
        FairnessCategory.GENDER,
        rf"性别{H}(?:要求|限制|限定|为)?{H}:?{H}(?:限|仅限)?{H}{SEX}{NOT_PAIR}",
        GENDER_REASON,
    ),
    _rule(
        FairnessCategory.GENDER,
        rf"\b{EN_SEX}\s+(?:are\s+)?(?:preferred|only|candidates?|applicants?|wanted)\b",
        GENDER_REASON,
    ),
    _rule(FairnessCategory.GENDER, rf"{MUST_BE}(?:an?\s+)?(?:female|male|woman|man|lady|girl)\b", GENDER_REASON),
    _rule(
        FairnessCategory.GENDER,
        r"\b(?:gender|sex)\s*(?:requirement|required)?\s*[:=]?\s*(?:female|male|women|men|woman|man|f|m)\b"
        r"(?!\s*(?:/|or|and|&|,)\s*(?:female|male|women|men|woman|man|f|m)\b)",
        GENDER_REASON,
    ),
    _rule(
        FairnessCategory.GENDER,
        r"\b(?:preferably|prefer|preference\s+for|only)\s+(?:an?\s+)?(?:female|male|women|men|woman|man|ladies|girls)\b",
        GENDER_REASON,
    ),
    # A sweet voice is gender-coded (seed 002: "声音甜美，普通话标准").
    _rule(
        FairnessCategory.GENDER,
        rf"(?:声音|嗓音|音色|声线){H}(?:要|需|须)?{H}(?:甜美|甜润|柔美|甜)|甜美的?(?:声音|嗓音|音色|声线)",
        SWEET_VOICE_REASON,
    ),
    _rule(
        FairnessCategory.GENDER,
        r"\bsweet(?:[\s-]+sounding)?\s+(?:female\s+)?voice\b|\bvoice\s+(?:is\s+|must\s+be\s+|should\s+be\s+)?sweet\b",
        SWEET_VOICE_REASON,
    ),
    # Age
    _rule(
        FairnessCategory.AGE,
        rf"年龄[^\d\n,;。、!?]{{0,6}}?{AGE_NUM}(?:\s*{RANGE}\s*{AGE_NUM})?(?:\s*周?岁)?"
        r"(?:\s*(?:及以下|及以上|以下|以内|以上|之间|之内|左右|上下))?",
        AGE_REASON,
    ),
    _rule(FairnessCategory.AGE, rf"{AGE_NUM2}\s*{RANGE}\s*{AGE_NUM2}\s*周?岁", AGE_REASON),
    _rule(
        FairnessCategory.AGE,
        rf"{AGE_NUM2}\s*周?岁\s*(?:及以下|及以上|以下|以内|以上|之内|之前|以前|前|左右|上下)",
        AGE_REASON,
    ),
    _rule(
        FairnessCategory.AGE,
        r"年龄(?:不超过|不大于|不高于|不得超过|不得高于|上限|下限|要求|限制|限定|限|偏小|较小)",
        AGE_REASON,
    ),
    _rule(FairnessCategory.AGE, rf"不(?:超过|大于|高于|得超过|满){H}{AGE_NUM2}\s*周?岁", AGE_REASON),
    _rule(FairnessCategory.AGE, r"年轻|年纪轻|年纪小|青春靓丽", AGE_REASON),
    _rule(FairnessCategory.AGE, r"\baged?\s*:?\s*(?:between\s+)?\d{2}\s*(?:-|–|~|to|and)\s*\d{2}\b", AGE_REASON),
    _rule(
        FairnessCategory.AGE,
        r"\b(?:under|below|younger\s+than|not\s+older\s+than|no\s+older\s+than|not\s+over|at\s+most"
        r"|max(?:imum)?\s+age(?:\s+of)?|age\s+limit(?:\s+of)?)\s*:?\s*\d{2}\b"
        rf"(?!\s*{EN_UNITS})",
        AGE_REASON,
    ),
    _rule(FairnessCategory.AGE, r"\b(?:no|not)\s+older\s+than\b|\byounger\s+than\b", AGE_REASON),
    _rule(
        FairnessCategory.AGE,
        r"\b\d{2}\s*(?:(?:-|–|to)\s*\d{2}\s*)?(?:years?|yrs?)[\s-]*(?:old|of\s+age)\b|\b\d{2}\s*y/?o\b",
        AGE_REASON,
    ),
    _rule(
        FairnessCategory.AGE,
        r"\bage\s*(?:limit|requirement|range|restriction|cap|preference)s?\b|\bage\s*:\s*\d{2}(?:\s*(?:-|–|to)\s*\d{2})?\b",
        AGE_REASON,
    ),
    _rule(FairnessCategory.AGE, r"\byoung(?:er)?\b|\byouthful\b", AGE_REASON),
    # Marital or childbearing status
    _rule(FairnessCategory.MARITAL, r"已婚已育|已婚未育|未婚未育|已婚|未婚|已育|未育|婚否|婚育", MARITAL_REASON),
    _rule(FairnessCategory.MARITAL, r"婚姻(?:状况|状态|情况)|单身|离异|丧偶", MARITAL_REASON),
    _rule(
        FairnessCategory.MARITAL,
        r"(?:已|未|是否|有无)生育|生育(?:情况|状况|计划|要求|史)|怀孕|备孕"
        r"|(?:无|有无|近期|近[一二三两]年内?无?)(?:生育|生子|要孩子)计划|子女(?:情况|状况)",
        MARITAL_REASON,
    ),
    _rule(
        FairnessCategory.MARITAL, r"\bunmarried\b|\bmarital\s+status\b|\bchildless\b|\bchild-?bearing\b", MARITAL_REASON
    ),
    _rule(FairnessCategory.MARITAL, rf"{MUST_BE}(?:single|married|unmarried|divorced|childless)\b", MARITAL_REASON),
    _rule(
        FairnessCategory.MARITAL,
        r"\bsingle\s+(?:candidates|applicants|women|men|females|males|persons|people|individuals|ladies)\b"
        r"|\bmarried\s+(?:candidates?|applicants?|women|woman|men|man|females?|males?|persons?|people|individuals?"
        r"|ladies|lady)\b|\b(?:single|married)\s*,?\s*(?:only|preferred)\b|\bstatus\s*:\s*(?:single|married)\b",
        MARITAL_REASON,
    ),
    _rule(
        FairnessCategory.MARITAL,
        r"\b(?:no|without)\s+(?:children|kids)\b"
        r"|\bpregnan\w*\b(?!\s+(?:insurance|leave|benefits?|claims?|polic(?:y|ies)|care|products?))"
        r"|\b(?:plans?|planning)\s+to\s+have\s+(?:children|kids|a\s+baby)\b|\bmaternity\s+plans?\b",
        MARITAL_REASON,
    ),
    # Ethnicity or religion
    _rule(
        FairnessCategory.ETHNICITY,
        r"汉族|回族|藏族|维吾尔族|维族|蒙古族|蒙族|壮族|满族|苗族|彝族|土家族|朝鲜族|侗族|瑶族|白族|哈萨克族|傣族|黎族"
        r"|少数民族",
        ETHNICITY_REASON,
    ),
    _rule(FairnessCategory.ETHNICITY, rf"民族{H}(?:要求|限制|限定|身份|:)", ETHNICITY_REASON),
    _rule(
        FairnessCategory.ETHNICITY,
        rf"(?:有无|无|不信仰?)宗教(?:信仰)?|宗教(?:信仰)?{H}(?:要求|限制|:)|信教",
        ETHNICITY_REASON,
    ),
    _rule(
        FairnessCategory.ETHNICITY,
        r"\bethnic(?:ally)?\s+(?:han|chinese|minorit(?:y|ies)|background|origin)\b|\bethnicity\b"
        r"|\bhan\s+(?:chinese|ethnicity|nationality)\b|\brace\s*:\s*\w",
        ETHNICITY_REASON,
    ),
    _rule(
        FairnessCategory.ETHNICITY,
        r"\breligio(?:n|us)\s*(?::|requirements?|preferences?|background)"
        r"|\b(?:christian|muslim|buddhist|hindu|jewish|catholic)s?\s+(?:only|preferred|candidates|applicants)\b",
        ETHNICITY_REASON,
    ),
    # Household registration or native place
    _rule(FairnessCategory.HOUSEHOLD, rf"{HUKOU_PREFIX}?(?:户口|户籍)|籍贯|原籍|祖籍", HOUSEHOLD_REASON),
    _rule(
        FairnessCategory.HOUSEHOLD,
        r"(?:本地|本市|本省|当地|外地|外省)(?:人|生源)|(?:本地|本市|本省|当地)(?:居民)?(?:优先|为佳)",
        HOUSEHOLD_REASON,
    ),
    _rule(
        FairnessCategory.HOUSEHOLD,
        r"\b(?:local\s+)?hukou\b|\bhousehold\s+registration\b|\bregistered\s+(?:permanent\s+)?residence\b"
        r"|\bnative\s+(?:of|place)\b|\bplace\s+of\s+(?:origin|birth)\b|\bhometown\s*(?::|requirement)"
        r"|\blocals?\s+(?:only|preferred)\b|\blocal\s+(?:residents?|candidates|applicants|people)\s+(?:only|preferred)\b",
        HOUSEHOLD_REASON,
    ),
    # Appearance
    _rule(
        FairnessCategory.APPEARANCE,
        rf"身高{H}(?:要求)?{H}:?{H}(?:在|不低于|不少于|须|需|达到)?{H}"
        r"(?:\d{3}\s*(?:cm|厘米|公分)?|1\.\d{1,2}\s*米)?(?:\s*(?:及以上|以上|左右))?",
        APPEARANCE_REASON,
    ),
    _rule(
        FairnessCategory.APPEARANCE,
        rf"体重{H}(?:要求)?{H}:?{H}(?:在|不超过|不高于)?{H}(?:\d{{2,3}}\s*(?:kg|公斤|斤)?)?(?:\s*(?:及以下|以下|以内|左右))?",
        APPEARANCE_REASON,
    ),
    _rule(FairnessCategory.APPEARANCE, r"1[5-9]\d\s*(?:cm|厘米|公分)\s*(?:及以上|以上)", APPEARANCE_REASON),
    _rule(
        FairnessCategory.APPEARANCE,
        rf"(?:长相|外貌|外表|容貌|相貌|颜值|身材){H}{APPEARANCE_ADJ}|五官端正|貌美|长得(?:好看|漂亮|帅)|美女|帅哥",
        APPEARANCE_REASON,
    ),
    _rule(
        FairnessCategory.APPEARANCE,
        r"(?<!服务)(?<!公司)(?<!品牌)(?<!企业)(?<!职业)形象(?:气质)?(?:佳|好|良好|较好|端庄|出众|优秀|姣好|大方)"
        r"|气质(?:佳|好|出众|优雅)|形象气质|外在形象",
        APPEARANCE_REASON,
    ),
    _rule(
        FairnessCategory.APPEARANCE,
        r"(?:附|附上|提供|附带)(?:近期|个人|本人)?(?:免冠)?(?:照片|近照|生活照|全身照)|生活照|全身照",
        APPEARANCE_REASON,
    ),
    _rule(
        FairnessCategory.APPEARANCE,
        r"\b(?:good|nice|pleasant|attractive|great)[\s-]+looking\b"
        r"|\b(?:attractive|pleasing|pleasant|beautiful|pretty|good|nice)\s+(?:appearance|looks|face|figure)\b",
        APPEARANCE_REASON,
    ),
    _rule(
        FairnessCategory.APPEARANCE,
        rf"{MUST_BE}(?:tall|slim|slender|thin|pretty|beautiful|handsome|attractive|good[\s-]looking|presentable|petite)\b"
        r"|\b(?:beautiful|pretty|handsome|attractive|slim|tall)\s+(?:women|woman|girls?|ladies|lady|men|man"
        r"|candidates?|applicants?)\b",
        APPEARANCE_REASON,
    ),
    _rule(
        FairnessCategory.APPEARANCE,
        r"\bheight\s*(?:of\s+)?(?:above|over|at\s+least|min(?:imum)?|requirements?|no\s+less\s+than|not\s+less\s+than"
        r"|:|>=?|\d)|\b(?:minimum|min\.?)\s+height\b|\b1[5-9]\d\s*cm\s+(?:or\s+)?(?:tall|taller|above|and\s+above|more)\b",
        APPEARANCE_REASON,
    ),
    _rule(
        FairnessCategory.APPEARANCE,
        r"\bweight\s*(?:below|under|not\s+exceeding|no\s+more\s+than|requirements?|limit)\b|\bweight\s*:\s*\d"
        r"|\bweigh(?:s|ing)?\s+(?:less|no\s+more)\s+than\b",
        APPEARANCE_REASON,
    ),
    _rule(
        FairnessCategory.APPEARANCE,
        r"\b(?:attach|include|send|with)\s+(?:a\s+)?(?:recent\s+)?(?:full[\s-]body\s+)?photo(?:graph)?s?\b"
        r"|\bphotos?\s+required\b",
        APPEARANCE_REASON,
    ),
]

# Phrases that contain a flagged word but are fine: a match wholly inside one of them is dropped.
ALLOWED: list[re.Pattern] = [
    _re(r"生育(?:保险|津贴|假|政策)|婚育(?:政策|假|服务)"),
    _re(
        r"(?:面向|服务于?|针对|吸引)?(?:\d{2}\s*[-~至到]\s*)?(?:\d{2}\s*周?岁的?)?年轻(?:的)?"
        r"(?:用户|客户|群体|人群|消费者|顾客|一代|市场|家庭|父母|妈妈|受众|买家|粉丝|玩家|会员)"
        r"|(?:面向|服务于?|针对|吸引)年轻人?"
    ),
    _re(
        r"\b(?:young|younger)\s+(?:users?|customers?|clients?|consumers?|audiences?|shoppers?|players?|subscribers?"
        r"|learners?|students?|patients?|families|children|kids|demographics?|generations?|markets?|travell?ers?"
        r"|readers?|viewers?|fans?|brands?|compan(?:y|ies)|products?)\b"
    ),
    # A legal minimum working age is no discrimination.
    _re(r"年满\s*1[68]\s*周?岁(?:及?以上)?|(?:年龄\s*:?\s*)?1[68]\s*周?岁\s*及?以上"),
    _re(
        r"\b(?:at\s+least|over|above|aged?|under|below)\s+1[68](?:\s*(?:years?|yrs?)(?:\s+(?:old|of\s+age))?)?"
        r"(?:\s+or\s+(?:older|over|above))?\b|(?:\bage\s*:?\s*)?\b1[68]\s*(?:\+|(?:years?\s+)?(?:old\s+)?or\s+(?:older|over|above))"
    ),
    # Customers of an age.
    _re(
        r"(?:\d{2}\s*[-~至到]\s*)?\d{2}\s*周?岁\s*(?:及?以上|及?以下)?的?\s*"
        r"(?:老人|老年|长者|客户|用户|顾客|儿童|群体|人群|消费者|会员|患者)"
    ),
    _re(
        r"\b(?:customers?|users?|clients?|members?|patients?|seniors?|children|kids)\s+(?:aged\s+)?"
        r"(?:under|over|below|above)\s+\d{2}\b"
    ),
    # Household registration as a service topic.
    _re(
        rf"{HUKOU_PREFIX}?户(?:口|籍)(?:迁移|迁入|迁出|业务|政策|办理|咨询|管理|查询|登记|服务)"
        rf"|(?:办理|咨询|查询|协助)(?:{HUKOU_PREFIX})?户(?:口|籍)"
    ),
    _re(r"\bhukou\s+(?:transfers?|polic(?:y|ies)|services?|applications?|procedures?|questions?|enquir(?:y|ies))\b"),
    _re(r"少数民族(?:地区|语言|文字|政策|客户|用户|文化|节日|习俗)"),
    _re(r"单身(?:公寓|宿舍)"),
    _re(r"体重(?:管理|秤|计|监测)|身材管理"),
    _re(
        r"\b(?:package|parcel|luggage|baggage|shipment|cargo|freight|item)s?\s+weights?"
        r"(?:\s+(?:limits?|requirements?|below|under))?"
    ),
]

# Negations. "不限" followed by a noun is a prefix ("不限户口"); at the end of a phrase it follows its
# topic ("户籍不限"). "不限于" means "not limited to" and is no negation.
NEGATION_AFTER = _re(
    r"不限制?(?![于\u4e00-\u9fff])|无限制|不设限|无要求|没有要求|无特殊要求|不作要求|不做要求|不要求(?![\u4e00-\u9fff])"
    r"|均可|皆可|都可以?|不拘|无所谓"
    r"|:\s*any\b|\b(?:is|are)\s+not\s+(?:a\s+)?(?:factor|requirement|required|relevant|considered|important|an\s+issue)\b"
    r"|\b(?:does|do)(?:n't|\s+not)\s+matter\b|\bnot\s+(?:required|relevant|a\s+factor)\b"
)
NEGATION_BEFORE = _re(
    r"不限(?:制)?(?!于)|不论|无论|不分|不要求|不问|\bregardless\s+of\b|\birrespective\s+of\b|\bno\s+matter\b"
)
NEGATION_BEFORE_STRICT = _re(r"\bany\b")
NEGATION_AROUND = _re(r"\bno\s+(?:\w+\s+){0,2}(?:limits?|requirements?|restrictions?|preferences?)\b")

# What may stand between a leading negation and the requirement: a list of topics ("不限年龄、户口").
ZH_TOPIC = (
    r"(?:性别|男女|年龄|婚否|婚姻状况|婚育|户口|户籍|籍贯|民族|宗教信仰"
    r"|身高|体重|长相|外貌|学历|专业|经验|工作经验)"
)
EN_TOPIC = (
    r"(?:gender|sex|age|marital\s+status|hukou|household\s+registration|ethnicity|race|religion|height|weight"
    r"|appearance|nationality|background|education|experience|major)"
)
# What may stand between a requirement and a negation that follows it ("户口所在地：不限"); when the
# requirement is a bare topic, also a list of further topics ("户口、年龄不限").
AFTER_GAP = _re(r"\s*[:/]?\s*(?:所在地|状况|情况|方面|要求|上)?\s*:?\s*")
TOPIC_LIST_AFTER_GAP = _re(
    rf"(?:\s*(?:[、/和或及与]|,\s*(?:or|and)?|\bor\b|\band\b)\s*(?:{ZH_TOPIC}|{EN_TOPIC}))*{AFTER_GAP.pattern}"
)
TOPIC = _re(rf"{ZH_TOPIC}|{EN_TOPIC}")
BEFORE_GAP = _re(rf"\s*(?:{ZH_TOPIC}\s*[、/和或及与]\s*|{EN_TOPIC}\s*(?:,\s*(?:or|and)?|/|or|and)\s*)*")
# What may join two matches of one category into one issue ("已婚/未婚", "已婚 已育").
JOIN_GAP = _re(r"[^\S\n]*(?:[/、|&或和与及]|\bor\b|\band\b)?[^\S\n]*")


def _normalize(text: str) -> str:
    """NFKC per character (full-width to half-width), keeping every offset."""
    chars = []
    for char in text:
        folded = unicodedata.normalize("NFKC", char)
        chars.append(folded if len(folded) == 1 else char)
    return "".join(chars)


class _Span(NamedTuple):
    start: int
    end: int
    category: FairnessCategory
    reason: str


def _find(norm: str) -> list[_Span]:
    allowed = [m.span() for pattern in ALLOWED for m in pattern.finditer(norm)]
    spans = []
    for rule in RULES:
        for m in rule.pattern.finditer(norm):
            start, end = m.span()
            if start == end or any(a <= start and end <= b for a, b in allowed):
                continue
            spans.append(_Span(start, end, rule.category, rule.reason))
    return spans


def _merge(norm: str, spans: list[_Span]) -> list[_Span]:
    merged: list[_Span] = []
    for category in FairnessCategory:
        current = None
        for span in sorted((s for s in spans if s.category == category), key=lambda s: (s.start, -s.end)):
            if current and (span.start <= current.end or JOIN_GAP.fullmatch(norm, current.end, span.start)):
                current = current._replace(end=max(current.end, span.end))
            else:
                if current:
                    merged.append(current)
                current = span
        if current:
            merged.append(current)
    return sorted(merged, key=lambda s: (s.start, s.end))


def _negated(norm: str, span: _Span) -> bool:
    """Whether a negation in the same phrase lifts the requirement."""

    def overlaps(m: re.Match) -> bool:
        return m.start() < span.end and span.start < m.end()

    for m in NEGATION_AROUND.finditer(norm):
        if overlaps(m):  # "no age limit"
            return True
    after_gap = TOPIC_LIST_AFTER_GAP if TOPIC.fullmatch(norm, span.start, span.end) else AFTER_GAP
    for m in NEGATION_AFTER.finditer(norm):
        if overlaps(m) or (m.start() >= span.end and after_gap.fullmatch(norm, span.end, m.start())):
            return True  # "户籍不限", "婚否：不限", "gender: any", "户口、年龄不限"
    for m in NEGATION_BEFORE.finditer(norm):
        if overlaps(m) or (m.end() <= span.start and BEFORE_GAP.fullmatch(norm, m.end(), span.start)):
            return True  # "不限户口", "不限年龄、户口", "regardless of age, hukou or marital status"
    for m in NEGATION_BEFORE_STRICT.finditer(norm):
        if overlaps(m) or (m.end() <= span.start and not norm[m.end() : span.start].strip()):
            return True  # "any ethnicity"
    return False


def check_text(text: str) -> list[FairnessIssue]:
    """The discriminatory requirements found in ``text``, in order of appearance."""
    if not text:
        return []
    norm = _normalize(text)
    return [
        FairnessIssue(span.category, text[span.start : span.end], span.reason)
        for span in _merge(norm, _find(norm))
        if not _negated(norm, span)
    ]


def check_rows(rows, start: int = 1) -> list[str]:
    """Messages (active language) for the rows of a demand table.

    ``rows`` is an iterable of ``(row_label, text)``; rows are numbered from ``start`` in order.
    """
    messages = []
    for number, (label, text) in enumerate(rows, start=start):
        for issue in check_text(text or ""):
            params = {
                "number": number,
                "label": label,
                "matched": " ".join(issue.matched.split()),
                "topic": TOPICS[issue.category],
                "reason": issue.reason,
            }
            messages.append(gettext(ROW_MESSAGE if label else ROW_MESSAGE_UNLABELLED) % params)
    return messages
