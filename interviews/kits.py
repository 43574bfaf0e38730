"""What an interview assesses, derived from the requisition's demand table: the rows whose
assessment methods belong to the round's pipeline step, each weighted by its priority."""

from dataclasses import dataclass
from decimal import Decimal

from interviews.bank import anchors_for
from interviews.models import ROUND_STEPS, Question
from requisitions.choices import PRIORITY_WEIGHTS
from requisitions.models import RequisitionRequirement, pick_language


@dataclass
class Competency:
    requirement: RequisitionRequirement
    weight: Decimal
    anchors: list  # [(score, text)] for 1, 3 and 5 in the active language
    questions: list  # suggested Question rows

    @property
    def label(self) -> str:
        return f"{self.requirement.get_key_item_display()}: {self.requirement.requirement}"[:300]


def round_requirements(*, requisition_id: int, round: str):
    """The demand-table rows scored in ``round``, in table order."""
    return (
        RequisitionRequirement.objects.filter(requisition_id=requisition_id, methods__step__in=ROUND_STEPS[round])
        .distinct()
        .order_by("order", "pk")
    )


def weight_of(requirement) -> Decimal:
    return Decimal(str(PRIORITY_WEIGHTS.get(requirement.priority, 1)))


def anchors_in_language(key_item: str) -> list[tuple[int, str]]:
    return [(score, pick_language(en, zh)) for score, (en, zh) in sorted(anchors_for(key_item).items())]


def competencies(*, requisition_id: int, round: str, format: str = "", per_competency: int = 3) -> list[Competency]:
    """The round's competencies with weights, anchors and up to ``per_competency`` suggested questions
    (those suited to the interview's format first). Two queries."""
    rows = list(round_requirements(requisition_id=requisition_id, round=round))
    bank = list(Question.objects.filter(is_active=True))
    found = []
    for row in rows:
        matching = [q for q in bank if row.key_item in q.competencies]
        matching.sort(key=lambda q: (format not in q.formats, q.code))
        found.append(
            Competency(
                requirement=row,
                weight=weight_of(row),
                anchors=anchors_in_language(row.key_item),
                questions=matching[:per_competency],
            )
        )
    return found
