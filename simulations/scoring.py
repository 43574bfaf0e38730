"""The automatic scores of a simulation and the summary of its rubric scores: pure functions.

* Judgement: one point for the keyed best response, one for the keyed worst; the practice item never
  counts.
* Typing: accuracy is the share of the passage typed correctly (matching characters, as
  ``difflib.SequenceMatcher`` aligns the typed text with the passage, over the longer of the two, so
  extra characters cost as much as missing ones); speed is correct characters per minute of the
  time used (from opening the task to the last save, at most the task's limit plus the grace for a save
  in flight, at least 5 seconds).
  Characters, not keystrokes: a Chinese passage typed with an input method counts each character
  once.
* Repetitive: the share of rows marked correctly (a row left unmarked is wrong).
* Rubric: each dimension's mean over the submitted reviews' scores of every reply, and the mean of
  the dimensions.
"""

from dataclasses import dataclass
from difflib import SequenceMatcher
from statistics import fmean

MIN_TYPING_SECONDS = 5


def judgement_points(choice: dict, data: dict) -> int:
    return int(choice.get("best") == data["best"]) + int(choice.get("worst") == data["worst"])


def typing_accuracy(typed: str, passage: str) -> float:
    typed, passage = typed.strip(), passage.strip()
    if not typed or not passage:
        return 0.0
    matcher = SequenceMatcher(None, typed, passage, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return matched / max(len(typed), len(passage))


def typing_cpm(typed: str, passage: str, seconds_used: float, seconds_allowed: int) -> float:
    typed, passage = typed.strip(), passage.strip()
    if not typed:
        return 0.0
    matcher = SequenceMatcher(None, typed, passage, autojunk=False)
    correct = sum(block.size for block in matcher.get_matching_blocks())
    seconds = min(max(seconds_used, MIN_TYPING_SECONDS), seconds_allowed)
    return correct * 60 / seconds


def repetitive_accuracy(marks: list, key: list[bool]) -> float:
    right = sum(1 for index, agree in enumerate(key) if index < len(marks) and marks[index] is agree)
    return right / len(key) if key else 0.0


@dataclass
class RubricSummary:
    dimensions: dict  # dimension -> mean score (None when nobody scored it)
    overall: float | None
    reviewers: int


def rubric_summary(scores: list[tuple[str, int]], dimensions: list[str], reviewers: int) -> RubricSummary:
    """``scores``: (dimension, score) over every reply of every submitted review."""
    by_dimension = {dimension: [] for dimension in dimensions}
    for dimension, score in scores:
        if score is not None and dimension in by_dimension:
            by_dimension[dimension].append(score)
    means = {dimension: (fmean(values) if values else None) for dimension, values in by_dimension.items()}
    present = [value for value in means.values() if value is not None]
    return RubricSummary(dimensions=means, overall=fmean(present) if present else None, reviewers=reviewers)
