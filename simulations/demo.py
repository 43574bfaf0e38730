"""Demo data for work samples: the library's e-commerce simulation is attached to the first interview
of the first demo applicant's requisition, and that applicant is invited (reviewer: the demo
interviewer); the status link to take it is printed. Idempotent."""

from django.contrib.auth import get_user_model


def seed(stdout) -> None:
    from candidates.demo import APPLICANTS
    from candidates.models import Application
    from candidates.status_links import status_path
    from simulations.models import Attempt, Simulation
    from simulations.services.attempts import attempt_invite
    from simulations.services.authoring import assignment_set

    application = Application.objects.filter(candidate__email=APPLICANTS[0][1], stage="first_interview").first()
    if application is None or Attempt.objects.filter(application=application).exists():
        return
    users = get_user_model().objects
    hr = users.get(username="hr")
    simulation = Simulation.objects.get(code="ecommerce-after-sales")
    assignment_set(actor=hr, requisition=application.requisition, stage="first_interview", simulation=simulation)
    attempt_invite(actor=hr, application=application, reviewers=[users.get(username="interviewer")])
    stdout.write(f"  a work sample to take: {status_path(application)}")
