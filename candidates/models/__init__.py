"""The candidates app's models, by subject: people and their applications (``applications``), offers
and probation (``offers``), spreadsheet imports into the talent pool (``imports``)."""

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
from candidates.models.imports import CandidateImport
from candidates.models.offers import Offer, OfferApproval, OfferLetter, Probation, ProbationReview

__all__ = [
    "ACTIVE_STAGES",
    "Application",
    "Candidate",
    "CandidateImport",
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
