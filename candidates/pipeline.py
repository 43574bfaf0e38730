"""The pipeline as an explicit table of moves (pure Python, tested exhaustively).

``check_move(source, target, ...)`` says whether a move is allowed and, if not, why. The rules:

* forward one stage along resume screen → first interview → second interview (HR or the posting's
  hiring manager);
* HR may skip forward (e.g. straight to second interview) or move back one stage, with a note;
* offer, probation and hired are entered only by their own events: drafting an offer, the candidate
  accepting it, passing probation (``via``);
* reject from any active stage (with a reason) but probation, which ends through its outcome
  (``probation_terminated``); withdraw from any active stage but probation (the candidate);
* out of offer and probation only by their events (or reject / withdraw);
* rejected and withdrawn are final; hired is final.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

ORDER = ["resume_screen", "first_interview", "second_interview", "offer", "probation", "hired"]
ACTIVE = ["resume_screen", "first_interview", "second_interview", "offer", "probation"]
FINAL = ["hired", "rejected", "withdrawn"]
ALL = [*ORDER, "rejected", "withdrawn"]

# Stages a person moves an application into by hand; the others are entered by events.
MANUAL_TARGETS = {"resume_screen", "first_interview", "second_interview"}
# Event -> (the stage it must start from, the stage it leads to).
EVENTS = {
    "offer_drafted": ({"second_interview"}, "offer"),
    "offer_withdrawn": ({"offer"}, "second_interview"),
    "offer_accepted": ({"offer"}, "probation"),
    "probation_passed": ({"probation"}, "hired"),
    "probation_terminated": ({"probation"}, "rejected"),
    "no_probation": ({"probation"}, "hired"),  # accepting an offer without a probation period
}

# Events the candidate causes (no staff actor): withdrawing, accepting an offer (with no probation
# period, accepting also hires).
UNATTENDED_EVENTS = {"candidate", "offer_accepted", "no_probation"}
# Events whose own e-mail replaces the stage message (the offer e-mail goes out when the offer is sent,
# not when it is drafted; a withdrawn offer has its own message).
QUIET_EVENTS = {"offer_drafted", "offer_withdrawn", "probation_terminated"}


@dataclass(frozen=True)
class Move:
    allowed: bool
    reason: str = ""
    needs_note: bool = False


def check_move(source: str, target: str, *, is_hr: bool, via: str = "") -> Move:
    """Whether ``source`` → ``target`` is allowed for this actor (HR or not) and event (``via``)."""
    if source not in ALL or target not in ALL:
        return Move(False, _("Unknown stage."))
    if source in FINAL:
        return Move(False, _("This application is closed; it cannot be moved."))
    if source == target:
        return Move(False, _("The application is already in this stage."))
    if target == "rejected":
        if source == "probation" and via != "probation_terminated":
            return Move(False, _("Employment in probation ends through the probation outcome, with its reason."))
        return Move(True)
    if target == "withdrawn":
        if source == "probation":
            return Move(False, _("Once the offer is accepted, employment ends through the probation outcome."))
        return Move(via == "candidate", _("Only the candidate withdraws an application."))
    if via:
        sources, event_target = EVENTS.get(via, (set(), ""))
        if source in sources and target == event_target:
            return Move(True)
        return Move(False, _("This event does not lead to that stage."))
    if source in ("offer", "probation"):
        return Move(False, _("While an offer or probation is under way, the offer and the probation reviews move it."))
    if target not in MANUAL_TARGETS:
        return Move(False, {
            "offer": _("An application enters the offer stage when an offer is drafted."),
            "probation": _("An application enters probation when the candidate accepts the offer."),
            "hired": _("An application becomes hired when probation is passed."),
        }[target])  # fmt: skip
    step = ORDER.index(target) - ORDER.index(source)
    if step == 1:
        return Move(True)
    if not is_hr:
        return Move(False, _("Only HR may skip a stage or move an application back."))
    if step > 1 or step == -1:
        return Move(True, needs_note=True)
    return Move(False, _("An application moves back one stage at a time."))
