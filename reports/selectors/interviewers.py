"""Interviewers: calibration against their panels, and which ratings foretold passing probation."""

from django.db.models import Count, Q

from candidates.models import Probation
from reports.selectors.scope import within_scope

MIN_CASES = 5  # quality of hire hides a competency with fewer passes or failures than this


def calibration(applications) -> list[dict]:
    """Per interviewer (current submitted cards on the applications in scope): cards, their mean
    rating, the panel's mean rating on the same applications and the difference, and the share of
    strong yes and strong no. One query, one pass over the ratings: they are summed per card once;
    the interviewers' own figures group the cards by interviewer, the panel means group them by
    application and join the (interviewer, application) pairs (a correlated subquery per interviewer
    took minutes at 100,000 cards)."""
    from django.contrib.auth import get_user_model
    from django.db import connections
    from django.db.models import F

    from interviews.models import Rating, Scorecard

    submitted = within_scope(Scorecard.objects, applications, "interview__application").filter(
        status=Scorecard.Status.SUBMITTED
    )
    cards = submitted.order_by().values(
        card=F("pk"), who=F("interviewer_id"), app=F("interview__application_id"), rec=F("recommendation")
    )
    cards_sql, params = cards.query.sql_with_params()
    quote = connections[cards.db].ops.quote_name
    ratings, users = quote(Rating._meta.db_table), quote(get_user_model()._meta.db_table)
    sql = f"""
        WITH cards AS ({cards_sql}),
        per_card AS (
            SELECT cards.card, cards.who, cards.app, cards.rec, SUM(r.score) AS total, COUNT(r.score) AS n
            FROM cards LEFT JOIN {ratings} r ON r.scorecard_id = cards.card
            GROUP BY cards.card, cards.who, cards.app, cards.rec
        ),
        own AS (
            SELECT who, COUNT(*) AS cards, SUM(total) AS total, SUM(n) AS n,
                   SUM(CASE WHEN rec = %s THEN 1 ELSE 0 END) AS strong_yes,
                   SUM(CASE WHEN rec = %s THEN 1 ELSE 0 END) AS strong_no
            FROM per_card GROUP BY who
        ),
        per_application AS (SELECT app, SUM(total) AS total, SUM(n) AS n FROM per_card GROUP BY app),
        pairs AS (SELECT DISTINCT who, app FROM per_card),
        panel AS (
            SELECT pairs.who, 1.0 * SUM(per_application.total) / SUM(per_application.n) AS mean
            FROM pairs JOIN per_application ON per_application.app = pairs.app
            WHERE per_application.n > 0
            GROUP BY pairs.who
        )
        SELECT u.username, u.first_name, u.last_name, own.cards,
               CASE WHEN own.n > 0 THEN 1.0 * own.total / own.n END, panel.mean, own.strong_yes, own.strong_no
        FROM own JOIN {users} u ON u.id = own.who LEFT JOIN panel ON panel.who = own.who
        ORDER BY u.username
    """  # noqa: S608 - the SQL is Django's own compilation of the scope; values travel as parameters
    with connections[cards.db].cursor() as cursor:
        cursor.execute(sql, [*params, "strong_yes", "strong_no"])
        rows = cursor.fetchall()
    result = []
    for username, first_name, last_name, count, mean, panel, strong_yes, strong_no in rows:
        name = f"{first_name} {last_name}".strip()
        mean, panel = (None if value is None else float(value) for value in (mean, panel))
        result.append({
            "interviewer": name or username, "cards": count,
            "mean": None if mean is None else round(mean, 2), "panel_mean": None if panel is None else round(panel, 2),
            "difference": None if mean is None or panel is None else round(mean - panel, 2),
            "strong_yes_share": strong_yes / count, "strong_no_share": strong_no / count,
        })  # fmt: skip
    return result


def quality_of_hire(applications) -> list[dict]:
    """For people whose probation ended (passed or terminated): per competency, the mean interview
    rating of those who passed and of those who failed, with counts; the difference is shown only
    with at least ``MIN_CASES`` people on each side. One query."""
    from django.db.models import Avg

    from interviews.models import Rating, Scorecard
    from requisitions.choices import KeyItem

    passed = Q(scorecard__interview__application__probation__status=Probation.Status.PASSED)
    failed = Q(scorecard__interview__application__probation__status=Probation.Status.TERMINATED)
    person = "scorecard__interview__application"
    rows = (
        within_scope(Rating.objects, applications, "scorecard__interview__application")
        .filter(scorecard__status=Scorecard.Status.SUBMITTED, score__isnull=False)
        .filter(passed | failed)
        .order_by()
        .values("key_item")
        .annotate(
            pass_mean=Avg("score", filter=passed),
            fail_mean=Avg("score", filter=failed),
            passes=Count(person, filter=passed, distinct=True),
            failures=Count(person, filter=failed, distinct=True),
        )
        .order_by("key_item")
    )
    labels = dict(KeyItem.choices)
    result = []
    for row in rows:
        shown = row["passes"] >= MIN_CASES and row["failures"] >= MIN_CASES
        result.append({
            "key_item": row["key_item"], "label": labels.get(row["key_item"], row["key_item"]),
            "passes": row["passes"], "failures": row["failures"], "shown": shown,
            "pass_mean": round(row["pass_mean"], 2) if shown else None,
            "fail_mean": round(row["fail_mean"], 2) if shown else None,
            "difference": round(row["pass_mean"] - row["fail_mean"], 2) if shown else None,
        })  # fmt: skip
    return sorted(result, key=lambda r: (not r["shown"], -(r["difference"] or 0), r["key_item"]))
