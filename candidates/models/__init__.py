"""The candidates app's models, by subject: people and their applications (``applications``), offers
and probation (``offers``)."""

from candidates.models.applications import (
    ACTIVE_STAGES,
    Application,
    Candidate,
    CandidateMessage,
    Note,
    PrivateStorage,
    RejectionReason,
    Resume,
    ScreeningAnswer,
    Source,
    Stage,
    StageEvent,
    Tag,
    private_storage,
)
from candidates.models.offers import Offer, OfferApproval, OfferLetter, Probation, ProbationReview

__all__ = [
    "ACTIVE_STAGES",
    "Application",
    "Candidate",
    "CandidateMessage",
    "Note",
    "Offer",
    "OfferApproval",
    "OfferLetter",
    "PrivateStorage",
    "Probation",
    "ProbationReview",
    "RejectionReason",
    "Resume",
    "ScreeningAnswer",
    "Source",
    "Stage",
    "StageEvent",
    "Tag",
    "private_storage",
]
