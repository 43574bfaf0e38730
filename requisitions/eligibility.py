"""Eligibility paths: the hard conditions of a demand table, checked without the database.

A requisition or position profile holds its paths as JSON-able data: a list of paths, any one of
which qualifies; a path is ``{"key", "label_en", "label_zh", "conditions"}`` and all of its
conditions must hold. The professional standard (seed 003, sections 5.1.1 and 5.2.1) is the model;
``SPECIALIST_PATHS`` and ``SUPERVISOR_PATHS`` encode it.

Each condition comes out True, False or unknown (the candidate's fact is not known yet). A candidate
is eligible when some path is wholly True, needs review when no path is but some path has nothing
False and something unknown, and is not eligible otherwise. The one exception: a manual exception
that nobody has granted (None) counts as not granted, because at screening nobody has granted it.

Usage::

    validate_paths(paths)  # raises ValidationError with a message per problem
    result = evaluate(paths, CandidateFacts(education="high_school", years_customer_service="1.5"))
    result.outcome  # Outcome.NOT_ELIGIBLE / ELIGIBLE / NEEDS_REVIEW
    result.reasons()  # sentences for the recruiter, in the active language
"""

import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal, InvalidOperation
from enum import Enum
from functools import reduce
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from requisitions.choices import EDUCATION_RANK, LANGUAGE_LEVEL_RANK, EducationLevel, LanguageLevel


class Outcome(models.TextChoices):
    ELIGIBLE = "eligible", gettext_lazy("Eligible")
    NOT_ELIGIBLE = "not_eligible", gettext_lazy("Not eligible")
    NEEDS_REVIEW = "needs_review", gettext_lazy("Needs review")


# --- The facts a condition can test, and the keys each kind of condition may have ---------------

EDUCATION = "education"
YEARS_EXPERIENCE = "years_experience"
YEARS_CUSTOMER_SERVICE = "years_customer_service"
CONTINUOUS_YEARS_CUSTOMER_SERVICE = "continuous_years_customer_service"
CS_PRACTICE_HOURS = "cs_practice_hours"
LANGUAGE = "language"
CERTIFICATE = "certificate"
INTERNAL_ASSESSMENT_PASSED = "internal_assessment_passed"
MANUAL_EXCEPTION = "manual_exception"

YEAR_FACTS = (YEARS_EXPERIENCE, YEARS_CUSTOMER_SERVICE, CONTINUOUS_YEARS_CUSTOMER_SERVICE)
EXPERIENCE_FACTS = (*YEAR_FACTS, CS_PRACTICE_HOURS)

CONDITION_KEYS = {
    EDUCATION: {"fact", "min", "max"},
    YEARS_EXPERIENCE: {"fact", "min"},
    YEARS_CUSTOMER_SERVICE: {"fact", "min"},
    CONTINUOUS_YEARS_CUSTOMER_SERVICE: {"fact", "min"},
    CS_PRACTICE_HOURS: {"fact", "min"},
    LANGUAGE: {"fact", "language", "min_level"},
    CERTIFICATE: {"fact", "name"},
    INTERNAL_ASSESSMENT_PASSED: {"fact"},
    MANUAL_EXCEPTION: {"fact"},
}
PATH_KEYS = {"key", "label_en", "label_zh", "conditions"}

FACT_LABELS = {
    EDUCATION: gettext_lazy("Education"),
    YEARS_EXPERIENCE: gettext_lazy("Total working years"),
    YEARS_CUSTOMER_SERVICE: gettext_lazy("Years in customer service"),
    CONTINUOUS_YEARS_CUSTOMER_SERVICE: gettext_lazy("Continuous years in customer service"),
    CS_PRACTICE_HOURS: gettext_lazy("Customer-service practice"),
    LANGUAGE: gettext_lazy("Language"),
    CERTIFICATE: gettext_lazy("Certificate"),
    INTERNAL_ASSESSMENT_PASSED: gettext_lazy("Internal assessment"),
    MANUAL_EXCEPTION: gettext_lazy("Exception granted by a person"),
}

LANGUAGE_NAMES = {
    "en": gettext_lazy("English"),
    "zh": gettext_lazy("Chinese"),
    "yue": gettext_lazy("Cantonese"),
    "ja": gettext_lazy("Japanese"),
    "ko": gettext_lazy("Korean"),
    "fr": gettext_lazy("French"),
    "de": gettext_lazy("German"),
    "es": gettext_lazy("Spanish"),
    "pt": gettext_lazy("Portuguese"),
    "ru": gettext_lazy("Russian"),
    "ar": gettext_lazy("Arabic"),
    "th": gettext_lazy("Thai"),
    "vi": gettext_lazy("Vietnamese"),
    "id": gettext_lazy("Indonesian"),
    "ms": gettext_lazy("Malay"),
}

LANGUAGE_CODE_RE = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})*$", re.IGNORECASE)


# --- The professional standard (seed 003) -----------------------------------------------------------

# 5.1.1 Customer-service specialist: a) high school or above; b) without high school, at least 200
# hours of customer-service practice. Path (b) is not capped at "below high school": the cap would
# change nothing for a candidate whose education is known (with high school, path (a) passes), but
# it would turn "education not stated, 250 hours of practice" from eligible into needs-review.
SPECIALIST_PATHS = [
    {
        "key": "high_school",
        "label_en": "High school or above",
        "label_zh": "高中及以上学历",
        "conditions": [{"fact": EDUCATION, "min": EducationLevel.HIGH_SCHOOL.value}],
    },
    {
        "key": "practice_hours",
        "label_en": "At least 200 hours of customer-service practice",
        "label_zh": "不少于200小时的客服岗位实践",
        "conditions": [{"fact": CS_PRACTICE_HOURS, "min": 200}],
    },
]

# 5.2.1 Customer-service supervisor, any one of: a) bachelor or above; b) associate degree and one
# full year in this or related work; c) high school and two full years; d) below high school, three
# continuous years in this or a related role, and a passed internal assessment; e) outstanding
# performance. (b) and (c) say "取得大专学历" / "取得高中学历" and carry a minimum only, no maximum:
# a candidate above the minimum already qualifies through a higher path, so a cap changes no known
# outcome, and a minimum reads the standard as "at least this education", the usual HR reading.
# (d) keeps its maximum (below high school), as the standard makes it the route for those without
# high school, on the stricter terms of continuous years plus an assessment.
SUPERVISOR_PATHS = [
    {
        "key": "bachelor",
        "label_en": "Bachelor's degree or above",
        "label_zh": "本科及以上学历",
        "conditions": [{"fact": EDUCATION, "min": EducationLevel.BACHELOR.value}],
    },
    {
        "key": "associate_one_year",
        "label_en": "Associate degree and one year in customer service or related work",
        "label_zh": "大专学历，从事本专业或相关工作满一年",
        "conditions": [
            {"fact": EDUCATION, "min": EducationLevel.ASSOCIATE.value},
            {"fact": YEARS_CUSTOMER_SERVICE, "min": 1},
        ],
    },
    {
        "key": "high_school_two_years",
        "label_en": "High school and two years in customer service or related work",
        "label_zh": "高中学历，从事本专业或相关工作满二年",
        "conditions": [
            {"fact": EDUCATION, "min": EducationLevel.HIGH_SCHOOL.value},
            {"fact": YEARS_CUSTOMER_SERVICE, "min": 2},
        ],
    },
    {
        "key": "continuous_three_years_assessed",
        "label_en": "Below high school, three continuous years in the role and a passed internal assessment",
        "label_zh": "未取得高中以上学历，在本岗位或相关岗位连续工作满三年并经企业考核合格",
        "conditions": [
            {"fact": EDUCATION, "max": EducationLevel.BELOW_HIGH_SCHOOL.value},
            {"fact": CONTINUOUS_YEARS_CUSTOMER_SERVICE, "min": 3},
            {"fact": INTERNAL_ASSESSMENT_PASSED},
        ],
    },
    {
        "key": "outstanding_performance",
        "label_en": "Outstanding performance (an exception granted by a person)",
        "label_zh": "工作业绩突出（经人工认定的特例）",
        "conditions": [{"fact": MANUAL_EXCEPTION}],
    },
]


# --- Small helpers ----------------------------------------------------------------------------------


def _is_chinese() -> bool:
    return (get_language() or "").lower().startswith("zh")


def _lower_first(text) -> str:
    """'High school' → 'high school' for use mid-sentence; leaves acronyms and Chinese alone."""
    text = str(text)
    if len(text) > 1 and text[1].islower():
        return text[0].lower() + text[1:]
    return text.lower() if len(text) == 1 else text


def _number(value) -> Decimal:
    """A condition's number (already validated) as a Decimal; floats go through str (0.1 stays 0.1)."""
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _format_number(value, *, round_down: bool = False) -> str:
    """1 → '1', Decimal('1.50') → '1.5'; a candidate's value is cut (not rounded) to two places so a
    shortfall never prints as the minimum itself (0.999 years shows as 0.99, not 1)."""
    number = _number(value)
    if round_down:
        number = number.quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    if number == number.to_integral_value():
        return str(int(number))
    return format(number.normalize(), "f")


def _education_label(value) -> str:
    return str(EducationLevel(value).label)


def _language_level_label(value) -> str:
    return str(LanguageLevel(value).label)


def language_name(code: str) -> str:
    """The name of a language code in the active language ('en' → 'English'); unknown codes as given."""
    code = (code or "").strip().lower()
    name = LANGUAGE_NAMES.get(code) or LANGUAGE_NAMES.get(code.split("-")[0])
    return str(name) if name else code


def normalize_certificate(name: str) -> str:
    """Certificate names compare without case, whitespace or full-width forms: 'CET 4' = 'cet4'."""
    return "".join(unicodedata.normalize("NFKC", str(name)).casefold().split())


def _path_label(path, *, chinese: bool | None = None) -> str:
    """A path's label in the active language, falling back to the other language, then the key."""
    if not isinstance(path, Mapping):
        return ""
    chinese = _is_chinese() if chinese is None else chinese
    order = ("label_zh", "label_en") if chinese else ("label_en", "label_zh")
    for name in (*order, "key"):
        value = path.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


# --- Validation -------------------------------------------------------------------------------------


def _number_problem(value, *, whole: bool = False) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return _("“min” must be a number.")
    if (isinstance(value, float) and not math.isfinite(value)) or (
        isinstance(value, Decimal) and not value.is_finite()
    ):
        return _("“min” must be a number.")
    if value < 0:
        return _("“min” must not be negative.")
    if whole and value != int(value):
        return _("“min” must be a whole number of hours.")
    return None


def _condition_problems(condition) -> list[str]:
    """What is wrong with one condition (empty when nothing is)."""
    if not isinstance(condition, Mapping):
        return [_("a condition must be an object with a “fact”.")]
    fact = condition.get("fact")
    if fact is None or fact == "":
        return [_("the fact is missing.")]
    if not isinstance(fact, str) or fact not in CONDITION_KEYS:
        return [_("unknown fact “%(fact)s”.") % {"fact": fact}]
    problems = []
    extra = sorted(str(key) for key in set(condition) - CONDITION_KEYS[fact])
    if extra:
        problems.append(_("unknown fields: %(fields)s.") % {"fields": ", ".join(extra)})
    if fact == EDUCATION:
        if "min" not in condition and "max" not in condition:
            problems.append(_("an education condition needs “min”, “max” or both."))
        known = True
        for bound in ("min", "max"):
            if bound in condition and (not isinstance(condition[bound], str) or condition[bound] not in EDUCATION_RANK):
                known = False
                problems.append(
                    _("unknown education level “%(value)s” in “%(bound)s”.")
                    % {"value": condition[bound], "bound": bound}
                )
        both = known and "min" in condition and "max" in condition
        if both and EDUCATION_RANK[condition["min"]] > EDUCATION_RANK[condition["max"]]:
            problems.append(
                _("the minimum education (%(min)s) is above the maximum (%(max)s).")
                % {"min": _education_label(condition["min"]), "max": _education_label(condition["max"])}
            )
    elif fact in EXPERIENCE_FACTS:
        if "min" not in condition:
            problems.append(_("“min” is missing."))
        else:
            problem = _number_problem(condition["min"], whole=fact == CS_PRACTICE_HOURS)
            if problem:
                problems.append(problem)
    elif fact == LANGUAGE:
        code = condition.get("language")
        if not isinstance(code, str) or not LANGUAGE_CODE_RE.match(code.strip()):
            problems.append(_("the language code is missing or not valid (use a code such as en, zh or ja)."))
        if "min_level" not in condition:
            problems.append(_("“min_level” is missing."))
        elif not isinstance(condition["min_level"], str) or condition["min_level"] not in LANGUAGE_LEVEL_RANK:
            problems.append(_("unknown language level “%(value)s”.") % {"value": condition["min_level"]})
    elif fact == CERTIFICATE:
        name = condition.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append(_("the certificate name is missing or empty."))
    return problems


def _path_problems(path, *, keys_seen: dict) -> tuple[list[str], list[tuple[int, str]]]:
    """Problems of the path itself, and (condition number, problem) pairs for its conditions."""
    if not isinstance(path, Mapping):
        return [_("a path must be an object with a key, labels and conditions.")], []
    problems = []
    extra = sorted(str(key) for key in set(path) - PATH_KEYS)
    if extra:
        problems.append(_("unknown fields: %(fields)s.") % {"fields": ", ".join(extra)})
    key = path.get("key")
    if not isinstance(key, str) or not key.strip():
        problems.append(_("the key is missing or empty."))
    elif key.strip() in keys_seen:
        problems.append(
            _("the key “%(key)s” is already used by path %(other)s.")
            % {"key": key.strip(), "other": keys_seen[key.strip()]}
        )
    for name, problem in (
        ("label_en", _("the English label is missing or empty.")),
        ("label_zh", _("the Chinese label is missing or empty.")),
    ):
        value = path.get(name)
        if not isinstance(value, str) or not value.strip():
            problems.append(problem)
    conditions = path.get("conditions")
    condition_problems = []
    if not isinstance(conditions, list):
        problems.append(_("the conditions must be a list."))
    elif not conditions:
        problems.append(_("the path has no conditions."))
    else:
        for number, condition in enumerate(conditions, start=1):
            condition_problems.extend((number, problem) for problem in _condition_problems(condition))
    return problems, condition_problems


def validate_paths(paths) -> None:
    """Raise ValidationError, one message per problem naming the path, when ``paths`` is malformed.

    An empty list is valid: no hard conditions."""
    if not isinstance(paths, list):
        raise ValidationError(_("The eligibility paths must be a list of paths."), code="not_a_list")
    errors = []
    keys_seen: dict[str, int] = {}
    for position, path in enumerate(paths, start=1):
        label = _path_label(path)
        params = {"position": position, "label": label}
        problems, condition_problems = _path_problems(path, keys_seen=keys_seen)
        for problem in problems:
            template = (
                _("Path %(position)s (“%(label)s”): %(problem)s") if label else _("Path %(position)s: %(problem)s")
            )
            errors.append(ValidationError(template % {**params, "problem": problem}, code="invalid_path"))
        for number, problem in condition_problems:
            template = (
                _("Path %(position)s (“%(label)s”), condition %(number)s: %(problem)s")
                if label
                else _("Path %(position)s, condition %(number)s: %(problem)s")
            )
            errors.append(
                ValidationError(template % {**params, "number": number, "problem": problem}, code="invalid_condition")
            )
        key = path.get("key") if isinstance(path, Mapping) else None
        if isinstance(key, str) and key.strip() and key.strip() not in keys_seen:
            keys_seen[key.strip()] = position
    if errors:
        raise ValidationError(errors)


# --- Candidate facts --------------------------------------------------------------------------------


def _to_decimal(name: str, value) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise TypeError(f"{name} must be a number, not a bool")
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except (InvalidOperation, ValueError) as exc:
        raise ValueError(f"{name} must be a number, got {value!r}") from exc
    if not number.is_finite() or number < 0:
        raise ValueError(f"{name} must be a finite number of at least 0, got {value!r}")
    return number


def _to_hours(value) -> int | None:
    number = _to_decimal("cs_practice_hours", value)
    if number is None:
        return None
    if number != number.to_integral_value():
        raise ValueError(f"cs_practice_hours must be a whole number, got {value!r}")
    return int(number)


def _to_choice(name: str, value, allowed) -> str | None:
    if isinstance(value, Enum):
        value = value.value
    if value is None or value == "":
        return None
    if value not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(allowed)}, got {value!r}")
    return value


def _to_flag(name: str, value) -> bool | None:
    if value is not None and not isinstance(value, bool):
        raise TypeError(f"{name} must be True, False or None, got {value!r}")
    return value


@dataclass(frozen=True)
class CandidateFacts:
    """What is known about a candidate; None means not known (yet).

    Numbers may be given as int, float, str or Decimal and are kept as Decimal (hours as int).
    ``languages`` maps a language code to a ``LanguageLevel`` value (a level of None: spoken, level
    not known); ``certificates`` holds certificate names. Both are taken as complete: a language or
    certificate not listed is one the candidate does not have. Pass None for either to say it was
    not asked, which makes their conditions unknown. A blank string counts as None.
    """

    education: str | None = None
    years_experience: Decimal | None = None
    years_customer_service: Decimal | None = None
    continuous_years_customer_service: Decimal | None = None
    cs_practice_hours: int | None = None
    languages: Mapping[str, str | None] | None = field(default_factory=dict, hash=False)
    certificates: tuple[str, ...] | None = ()
    internal_assessment_passed: bool | None = None
    manual_exception: bool | None = None

    def __post_init__(self):
        def put(name, value):
            object.__setattr__(self, name, value)

        put("education", _to_choice("education", self.education, EDUCATION_RANK))
        for name in YEAR_FACTS:
            put(name, _to_decimal(name, getattr(self, name)))
        put("cs_practice_hours", _to_hours(self.cs_practice_hours))
        if self.languages is not None:
            put(
                "languages",
                {
                    str(code).strip().lower(): _to_choice(f"languages[{code!r}]", level, LANGUAGE_LEVEL_RANK)
                    for code, level in dict(self.languages).items()
                },
            )
        if self.certificates is not None:
            names = (self.certificates,) if isinstance(self.certificates, str) else self.certificates
            put("certificates", tuple(str(name) for name in names if str(name).strip()))
        put("internal_assessment_passed", _to_flag("internal_assessment_passed", self.internal_assessment_passed))
        put("manual_exception", _to_flag("manual_exception", self.manual_exception))

    def language_levels(self, code: str) -> list[str | None]:
        """The candidate's levels for ``code``; 'zh' also finds 'zh-hans' (a code with no region)."""
        code = code.strip().lower()
        return [
            level
            for listed, level in (self.languages or {}).items()
            if listed == code or ("-" not in code and listed.split("-")[0] == code)
        ]


# --- Describing conditions --------------------------------------------------------------------------


def _education_requirement(condition) -> str:
    """'Associate degree (three-year college) or higher', 'Below high school', ... (capitalised)."""
    levels = EducationLevel.values
    low = condition.get("min")
    high = condition.get("max")
    if low == levels[0]:
        low = None  # the lowest level as a minimum admits everyone
    if high == levels[-1]:
        high = None
    if low and high:
        if low == high:
            return _education_label(low)
        return _("%(min)s to %(max)s") % {"min": _education_label(low), "max": _lower_first(_education_label(high))}
    if low:
        return _("%(level)s or higher") % {"level": _education_label(low)}
    if high:
        if high == levels[0]:
            return _education_label(high)
        return _("%(level)s or lower") % {"level": _education_label(high)}
    return _("Any education level")


def _years_phrase(fact: str, amount) -> str:
    one = _number(amount) == 1
    years = _format_number(amount)
    if fact == YEARS_EXPERIENCE:
        if one:
            return _("At least 1 year of work experience")
        return _("At least %(years)s years of work experience") % {"years": years}
    if fact == YEARS_CUSTOMER_SERVICE:
        if one:
            return _("At least 1 year in customer service")
        return _("At least %(years)s years in customer service") % {"years": years}
    if one:
        return _("At least 1 continuous year in customer service")
    return _("At least %(years)s continuous years in customer service") % {"years": years}


def _phrase(condition) -> tuple[str, bool]:
    """A condition in words, capitalised, and whether it may be lower-cased mid-sentence."""
    fact = condition.get("fact")
    if fact == EDUCATION:
        return _education_requirement(condition), True
    if fact in YEAR_FACTS:
        return _years_phrase(fact, condition["min"]), True
    if fact == CS_PRACTICE_HOURS:
        if _number(condition["min"]) == 1:
            return _("At least 1 hour of customer-service practice"), True
        return _("At least %(hours)s hours of customer-service practice") % {
            "hours": _format_number(condition["min"])
        }, True
    if fact == LANGUAGE:
        text = _("%(language)s (%(level)s or higher)") % {
            "language": language_name(condition["language"]),
            "level": _lower_first(_language_level_label(condition["min_level"])),
        }
        return text, False  # starts with the language's name
    if fact == CERTIFICATE:
        return _("Holds the certificate “%(name)s”") % {"name": condition["name"].strip()}, True
    if fact == INTERNAL_ASSESSMENT_PASSED:
        return _("Passed the company's internal assessment"), True
    if fact == MANUAL_EXCEPTION:
        return _("An exception granted by a person (such as outstanding performance)"), True
    return str(fact), False


def _join_conditions(previous: str, following: str) -> str:
    # Translators: joins two conditions that must both hold: "high school or higher and at least 2 years ...".
    return _("%(previous)s and %(next)s") % {"previous": previous, "next": following}


def _join_sentences(previous: str, following: str) -> str:
    # Translators: joins two sentences about one path; Chinese needs no space between them.
    return _("%(previous)s %(next)s") % {"previous": previous, "next": following}


def describe_condition(condition) -> str:
    """One condition for a job page, in the active language: 'At least 2 years in customer service'."""
    return _phrase(condition)[0]


def path_label(path) -> str:
    """A path's label in the active language, falling back to the other language, then the key."""
    return _path_label(path)


def labelled_paths(paths) -> list[tuple[str, str]]:
    """(label, description) of each path, in the active language, for pages that list them."""
    return [(path_label(path), describe_path(path)) for path in paths or []]


def describe_path(path) -> str:
    """A path's conditions joined: 'Associate degree (three-year college) or higher and at least 1
    year in customer service' (且 in Chinese)."""
    parts = []
    for index, condition in enumerate(path.get("conditions") or []):
        text, lowerable = _phrase(condition)
        parts.append(_lower_first(text) if index and lowerable else text)
    if not parts:
        return ""
    return reduce(_join_conditions, parts)


# --- Evaluation -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConditionResult:
    """One condition for one candidate: ``satisfied`` is True, False or None (not known)."""

    condition: dict
    satisfied: bool | None
    actual: Any = None

    @property
    def fact(self) -> str:
        return self.condition["fact"]

    def describe(self) -> str:
        return describe_condition(self.condition)

    def subject(self) -> str:
        """What the condition is about: 'Education', 'English', 'Certificate “CET-4”', ..."""
        if self.fact == LANGUAGE:
            return language_name(self.condition["language"])
        if self.fact == CERTIFICATE:
            return _("Certificate “%(name)s”") % {"name": self.condition["name"].strip()}
        return str(FACT_LABELS[self.fact])

    def reason(self) -> str:
        """Why the condition is not met, or that it is not known, in words for a recruiter."""
        if self.satisfied is None:
            return _("%(fact)s: not yet known.") % {"fact": self.subject()}
        if self.satisfied:
            return _("%(fact)s: met.") % {"fact": self.subject()}
        fact = self.fact
        if fact == EDUCATION:
            return _("Education: needs %(required)s; the candidate has %(actual)s.") % {
                "required": _lower_first(_education_requirement(self.condition)),
                "actual": _lower_first(_education_label(self.actual)),
            }
        if fact in YEAR_FACTS:
            return _("%(fact)s: needs at least %(required)s; the candidate has %(actual)s.") % {
                "fact": self.subject(),
                "required": _format_number(self.condition["min"]),
                "actual": _format_number(self.actual, round_down=True),
            }
        if fact == CS_PRACTICE_HOURS:
            return _("Customer-service practice: needs at least %(required)s hours; the candidate has %(actual)s.") % {
                "required": _format_number(self.condition["min"]),
                "actual": _format_number(self.actual),
            }
        if fact == LANGUAGE:
            values = {
                "language": self.subject(),
                "required": _lower_first(_language_level_label(self.condition["min_level"])),
            }
            if self.actual is None:
                return _("%(language)s: needs %(required)s or higher; the candidate did not list it.") % values
            return _("%(language)s: needs %(required)s or higher; the candidate has %(actual)s.") % {
                **values,
                "actual": _lower_first(_language_level_label(self.actual)),
            }
        if fact == CERTIFICATE:
            return _("%(fact)s: the candidate has not listed it.") % {"fact": self.subject()}
        if fact == INTERNAL_ASSESSMENT_PASSED:
            return _("Internal assessment: not passed.")
        return _("Exception granted by a person: none has been granted.")


@dataclass(frozen=True)
class PathResult:
    key: str
    label_en: str
    label_zh: str
    conditions: tuple[ConditionResult, ...]

    @property
    def label(self) -> str:
        """The label in the active language (Chinese for zh-*, else English), or the other one if empty."""
        return _path_label({"key": self.key, "label_en": self.label_en, "label_zh": self.label_zh})

    @property
    def passed(self) -> bool:
        return all(result.satisfied is True for result in self.conditions)

    @property
    def failed(self) -> list[ConditionResult]:
        return [result for result in self.conditions if result.satisfied is False]

    @property
    def unknown(self) -> list[ConditionResult]:
        return [result for result in self.conditions if result.satisfied is None]

    def reason(self) -> str:
        """The label followed by what failed or is not known, in the conditions' order."""
        problems = [result.reason() for result in self.conditions if result.satisfied is not True]
        if not problems:
            return _("Eligible through “%(path)s”.") % {"path": self.label}
        # Translators: a path's label, then why the candidate does not (yet) meet it.
        return _("%(path)s — %(reasons)s") % {"path": self.label, "reasons": reduce(_join_sentences, problems)}


@dataclass(frozen=True)
class EligibilityResult:
    outcome: Outcome
    paths: list[PathResult]

    @property
    def passed_path(self) -> PathResult | None:
        """The first path the candidate passes (None when no path passes, or there are no paths)."""
        return next((path for path in self.paths if path.passed), None)

    def reasons(self) -> list[str]:
        """Sentences for the recruiter in the active language: the passing path, or for every path
        what failed or is not known."""
        if self.outcome == Outcome.ELIGIBLE:
            if self.passed_path is None:
                return [_("There are no hard conditions: every candidate is eligible.")]
            return [_("Eligible through “%(path)s”.") % {"path": self.passed_path.label}]
        return [path.reason() for path in self.paths]

    def as_dict(self) -> dict:
        """A JSON-able summary to store with an application (no translated text)."""
        return {
            "outcome": self.outcome.value,
            "passed_path": self.passed_path.key if self.passed_path else None,
            "paths": [
                {
                    "key": path.key,
                    "passed": path.passed,
                    "failed": [result.condition for result in path.failed],
                    "unknown": [result.condition for result in path.unknown],
                }
                for path in self.paths
            ],
        }


def _evaluate_condition(condition: Mapping, facts: CandidateFacts) -> ConditionResult:
    fact = condition["fact"]
    condition = dict(condition)
    if fact == EDUCATION:
        actual = facts.education
        if actual is None:
            return ConditionResult(condition, None)
        rank = EDUCATION_RANK[actual]
        low, high = condition.get("min"), condition.get("max")
        ok = (low is None or rank >= EDUCATION_RANK[low]) and (high is None or rank <= EDUCATION_RANK[high])
        return ConditionResult(condition, ok, actual)
    if fact in EXPERIENCE_FACTS:
        actual = getattr(facts, fact)
        if actual is None:
            return ConditionResult(condition, None)
        return ConditionResult(condition, actual >= _number(condition["min"]), actual)
    if fact == LANGUAGE:
        if facts.languages is None:
            return ConditionResult(condition, None)
        levels = facts.language_levels(condition["language"])
        if not levels:
            return ConditionResult(condition, False)  # not listed: not spoken
        known = [level for level in levels if level is not None]
        best = max(known, key=LANGUAGE_LEVEL_RANK.__getitem__) if known else None
        if best is not None and LANGUAGE_LEVEL_RANK[best] >= LANGUAGE_LEVEL_RANK[condition["min_level"]]:
            return ConditionResult(condition, True, best)
        if len(known) < len(levels):
            return ConditionResult(condition, None, best)  # listed without a level
        return ConditionResult(condition, False, best)
    if fact == CERTIFICATE:
        if facts.certificates is None:
            return ConditionResult(condition, None)
        wanted = normalize_certificate(condition["name"])
        held = next((name for name in facts.certificates if normalize_certificate(name) == wanted), None)
        return ConditionResult(condition, held is not None, held)
    if fact == INTERNAL_ASSESSMENT_PASSED:
        actual = facts.internal_assessment_passed
        return ConditionResult(condition, actual, actual)
    # MANUAL_EXCEPTION: not granted until a person grants it, so None is False, never unknown.
    return ConditionResult(condition, facts.manual_exception is True, facts.manual_exception)


def evaluate(paths, facts: CandidateFacts) -> EligibilityResult:
    """Check ``facts`` against ``paths`` (validated first; ValidationError when malformed).

    Eligible when a path passes wholly (or there are no paths); needs review when no path passes
    but one has nothing failed and something unknown; not eligible otherwise."""
    validate_paths(paths)
    if not isinstance(facts, CandidateFacts):
        raise TypeError("facts must be a CandidateFacts")
    results = [
        PathResult(
            key=path["key"].strip(),
            label_en=path["label_en"].strip(),
            label_zh=path["label_zh"].strip(),
            conditions=tuple(_evaluate_condition(condition, facts) for condition in path["conditions"]),
        )
        for path in paths
    ]
    if not results or any(path.passed for path in results):
        outcome = Outcome.ELIGIBLE
    elif any(not path.failed and path.unknown for path in results):
        outcome = Outcome.NEEDS_REVIEW
    else:
        outcome = Outcome.NOT_ELIGIBLE
    return EligibilityResult(outcome=outcome, paths=results)


# --- Summaries for job pages and schema.org JSON-LD -------------------------------------------------


def _education_min_rank(path) -> int:
    """The rank of a path's education minimum; -1 when it has none."""
    ranks = [
        EDUCATION_RANK[condition["min"]]
        for condition in path.get("conditions") or []
        if condition.get("fact") == EDUCATION and condition.get("min") in EDUCATION_RANK
    ]
    return max(ranks, default=-1)


def _accepts_experience(path) -> bool:
    return any(condition.get("fact") in EXPERIENCE_FACTS for condition in path.get("conditions") or [])


def experience_in_place_of_education(paths) -> bool:
    """True when some path takes experience (years or practice hours) with a lower education minimum,
    or none, than the highest minimum among the paths (schema.org experienceInPlaceOfEducation)."""
    paths = list(paths or [])
    highest = max((_education_min_rank(path) for path in paths), default=-1)
    if highest < 0:
        return False
    return any(_accepts_experience(path) and _education_min_rank(path) < highest for path in paths)


def minimum_education(paths) -> str | None:
    """The lowest education minimum across the paths (an EducationLevel value); None when there are no
    paths or some path has no education minimum (someone can qualify without one)."""
    ranks = [_education_min_rank(path) for path in paths or []]
    if not ranks or min(ranks) < 0:
        return None
    return EducationLevel.values[min(ranks)]


def minimum_years_experience(paths) -> Decimal | None:
    """The fewest years of experience (any years_* condition) that can qualify; None when there are no
    paths or some path asks for no years at all."""
    needed = []
    for path in paths or []:
        years = [
            _number(condition["min"])
            for condition in path.get("conditions") or []
            if condition.get("fact") in YEAR_FACTS and "min" in condition
        ]
        if not years:
            return None
        needed.append(max(years))
    return min(needed) if needed else None
