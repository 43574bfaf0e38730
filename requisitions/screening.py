"""Screening questions: validating a question's choices and knock-out rule, and applying the rule
to an answer (the application form of the next issue calls ``is_knocked_out``)."""

from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

KIND_RULE_KEYS = {
    "yes_no": {"answer"},
    "choice": {"values"},
    "number": {"min", "max"},
    "short_text": set(),
    "long_text": set(),
}


def validate_question(question) -> None:
    """Raise ValidationError when the question's text, choices or knock-out rule do not fit its kind."""
    errors = {}
    if not (question.text_en or "").strip() and not (question.text_zh or "").strip():
        errors["text_en"] = _("Write the question in at least one language.")
    choices = question.choices or []
    values = []
    if _has_nul(choices) or _has_nul(question.knockout):
        errors["choices"] = _("The choices contain a character that is not allowed.")
        raise ValidationError(errors)
    if question.kind == "choice":
        if not isinstance(choices, list) or len(choices) < 2:
            errors["choices"] = _("A single-choice question needs at least two choices.")
        else:
            for choice in choices:
                if not isinstance(choice, dict) or not str(choice.get("value", "")).strip():
                    errors["choices"] = _("Every choice needs a value.")
                    break
                if not (choice.get("label_en") or choice.get("label_zh")):
                    errors["choices"] = _("Every choice needs a label in at least one language.")
                    break
                values.append(str(choice["value"]))
            if len(set(values)) != len(values):
                errors["choices"] = _("Two choices have the same value.")
    elif choices:
        errors["choices"] = _("Only single-choice questions have choices.")
    rule = question.knockout or {}
    if not isinstance(rule, dict):
        errors["knockout"] = _("The knock-out rule is not valid.")
    elif rule:
        allowed = KIND_RULE_KEYS.get(question.kind, set())
        if not allowed:
            errors["knockout"] = _("Text answers cannot have a knock-out rule.")
        elif set(rule) - allowed:
            errors["knockout"] = _("The knock-out rule does not fit this kind of question.")
        elif question.kind == "yes_no" and rule.get("answer") not in ("yes", "no"):
            errors["knockout"] = _("A yes-or-no knock-out rule names the answer that disqualifies: yes or no.")
        elif question.kind == "choice" and (
            not isinstance(rule.get("values"), list) or not set(map(str, rule["values"])) <= set(values)
        ):
            errors["knockout"] = _("The knock-out rule names a choice the question does not have.")
        elif question.kind == "number":
            try:
                low = Decimal(str(rule["min"])) if "min" in rule else None
                high = Decimal(str(rule["max"])) if "max" in rule else None
            except (InvalidOperation, ValueError):
                errors["knockout"] = _("The knock-out limits must be numbers.")
            else:
                if any(bound is not None and not bound.is_finite() for bound in (low, high)):
                    errors["knockout"] = _("The knock-out limits must be numbers.")
                elif low is not None and high is not None and low > high:
                    errors["knockout"] = _("The lowest accepted number is above the highest.")
    if errors:
        raise ValidationError(errors)


def is_knocked_out(question, answer) -> bool:
    """True when ``answer`` disqualifies by the question's knock-out rule (no rule: never)."""
    rule = question.knockout or {}
    if not rule or answer in (None, ""):
        return False
    if question.kind == "yes_no":
        return str(answer).lower() == rule.get("answer")
    if question.kind == "choice":
        return str(answer) in {str(v) for v in rule.get("values", [])}
    if question.kind == "number":
        try:
            number = Decimal(str(answer))
            if not number.is_finite():
                return False
            if "min" in rule and number < Decimal(str(rule["min"])):
                return True
            return "max" in rule and number > Decimal(str(rule["max"]))
        except (InvalidOperation, ValueError):
            return False
    return False


def _has_nul(value) -> bool:
    """A NUL character anywhere in a JSON value (PostgreSQL cannot store one)."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(key) or _has_nul(item) for key, item in value.items())
    if isinstance(value, list):
        return any(_has_nul(item) for item in value)
    return False
