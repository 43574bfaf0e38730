"""The arithmetic of structured scores (pure Python, tested by hand-worked examples).

* A competency's score for an application is the mean of the interviewers' scores for it.
* The overall score is the weighted mean of every submitted rating, each weighted by its
  competency's priority weight: sum(score × weight) / sum(weight). When every interviewer rates every
  competency of the round (submission requires it) this equals the weighted mean of the competency
  means. The board's badge computes the same formula in the database (``average_score``).
* The spread is the distance between the highest and the lowest interviewer's own overall score
  (an interviewer who sat two rounds counts once, over all their ratings).

The review page sorts by the overall score and the spread computed in SQL (``interviews.selectors``,
``_review_order``) to the same floats; a change here goes there too.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class RatingRow:
    card: int
    interviewer: int
    competency: object  # the demand-table row's id (or the key item when the row is gone)
    label: str
    weight: Decimal
    score: int


@dataclass
class Summary:
    competencies: dict = field(default_factory=dict)  # competency -> {"label", "weight", "mean", "count"}
    overall: float | None = None
    spread: float | None = None
    recommendations: Counter = field(default_factory=Counter)
    cards: int = 0


def weighted_mean(pairs) -> float | None:
    """sum(score × weight) / sum(weight) over ``(score, weight)`` pairs; None without any."""
    total = weight_sum = Decimal(0)
    for score, weight in pairs:
        total += Decimal(score) * Decimal(weight)
        weight_sum += Decimal(weight)
    return float(total / weight_sum) if weight_sum else None


def summarise(ratings: list[RatingRow], recommendations: list[str]) -> Summary:
    """The review page's figures for one application, from its current submitted cards."""
    summary = Summary(recommendations=Counter(recommendations), cards=len(recommendations))
    per_competency = defaultdict(list)
    per_interviewer = defaultdict(list)
    for row in ratings:
        per_competency[row.competency].append(row)
        per_interviewer[row.interviewer].append((row.score, row.weight))
    for competency, rows in per_competency.items():
        summary.competencies[competency] = {
            "label": rows[0].label,
            "weight": rows[0].weight,
            "mean": sum(r.score for r in rows) / len(rows),
            "count": len(rows),
        }
    summary.overall = weighted_mean((r.score, r.weight) for r in ratings)
    interviewer_scores = [weighted_mean(pairs) for pairs in per_interviewer.values()]
    if len(interviewer_scores) > 1:
        summary.spread = max(interviewer_scores) - min(interviewer_scores)
    return summary
