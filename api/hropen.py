"""Exports in the shapes of the HR Open Standards (4.x JSON): ``PositionOpening`` for a posting and
``Candidate`` for a person with their applications. Only what the product holds is filled in;
identifiers carry this system as the scheme agency so a receiver can map them back."""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation

from candidates.models import Stage
from requisitions.choices import Category

SCHEME_AGENCY = "cs-hiring"

LANGUAGE_CODES = {"zh-hans": "zh-CN", "en": "en-US"}

SCHEDULE_CODES = {"FULL_TIME": "FullTime", "PART_TIME": "PartTime", "CONTRACTOR": "Contract",
                  "TEMPORARY": "Temporary", "INTERN": "Internship"}  # fmt: skip

INTERVAL_CODES = {"MONTH": "Month", "YEAR": "Year", "HOUR": "Hour"}

# HR Open candidate status categories: New, Active, Hired, Not Hired (and Withdrawn).
STATUS_CATEGORY = {
    Stage.RESUME_SCREEN: "New",
    Stage.FIRST_INTERVIEW: "Active",
    Stage.SECOND_INTERVIEW: "Active",
    Stage.OFFER: "Active",
    Stage.PROBATION: "Hired",
    Stage.HIRED: "Hired",
    Stage.REJECTED: "Not Hired",
    Stage.WITHDRAWN: "Withdrawn",
}


def _id(value, scheme: str) -> dict:
    return {"value": str(value), "schemeId": scheme, "schemeAgencyId": SCHEME_AGENCY}


def _absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def _language() -> str:
    return LANGUAGE_CODES.get(translation.get_language() or "en", "en-US")


def position_opening(requisition) -> dict:
    """A published requisition as a PositionOpening (texts in the active language)."""
    rows = list(requisition.requirements.all())
    descriptions = [{"title": "Summary", "content": requisition.summary}]
    if requisition.duties:
        descriptions.append({"title": "Duties", "content": "\n".join(requisition.duties)})
    for category, title in ((Category.HARD, "Hard requirements"), (Category.CORE, "Core abilities")):
        texts = [row.requirement for row in rows if row.category == category]
        if texts:
            descriptions.append({"title": title, "content": "\n".join(texts)})
    if requisition.benefits:
        descriptions.append({"title": "Benefits", "content": requisition.benefits})
    profile = {
        "positionId": _id(requisition.pk, "requisition"),
        "profileName": "Job Posting",
        "language": _language(),
        "positionTitle": requisition.title,
        "positionUri": _absolute(reverse("careers:detail", args=[requisition.slug])),
        "positionLocation": [{"city": requisition.location}],
        "positionOrganizations": [
            {"name": settings.ORGANISATION_NAME, "responsibilityCode": "Employer"},
            {"name": str(requisition.department), "responsibilityCode": "Department"},
        ],
        "careerLevels": [{"code": requisition.level}],
        "positionScheduleTypeCodes": [SCHEDULE_CODES.get(requisition.employment_type, requisition.employment_type)],
        "positionOpenQuantity": requisition.headcount,
        "positionFormattedDescriptions": [d for d in descriptions if d["content"]],
        "postingInstructions": [
            {
                "channelId": {"value": "careers-page"},
                "start": timezone.localdate(requisition.published_at).isoformat() if requisition.published_at else None,
                "end": requisition.closes_on.isoformat() if requisition.closes_on else None,
                "applicationMethods": [
                    {"applicationUri": {"url": _absolute(reverse("careers:apply", args=[requisition.slug]))}}
                ],
            }
        ],
        "qualifications": [
            {"description": row.requirement, "requiredIndicator": row.category == Category.HARD, "code": row.key_item}
            for row in rows
        ],
    }
    salary = requisition.public_salary
    if salary:
        interval = INTERVAL_CODES.get(salary["period"], salary["period"])
        ranges = [
            {"intervalCode": interval, "referenceAmount": {"value": float(amount), "currency": salary["currency"]},
             "typeCode": code}
            for amount, code in ((salary["minimum"], "Minimum BasePay"), (salary["maximum"], "Maximum BasePay"))
            if amount is not None
        ]  # fmt: skip
        profile["offeredRemunerationPackage"] = {"basisCode": "Salaried", "ranges": ranges}
    return {
        "documentId": _id(requisition.pk, "position-opening"),
        "language": _language(),
        "statusCode": "Open",
        "positionProfiles": [profile],
    }


def candidate(person, applications) -> dict:
    """A person and the given applications (those the caller may see) as a Candidate."""
    communication = {"email": [{"address": person.email}] if person.email else []}
    if person.phone:
        communication["phone"] = [{"formattedNumber": person.phone}]
    if person.current_city:
        communication["address"] = [{"city": person.current_city}]
    education = {"educationLevelCodes": [{"name": person.education}]} if person.education else None
    if education and person.school:
        education["institution"] = {"name": person.school}
    if education and person.major:
        education["degree"] = {"name": person.major}
    if education and person.graduation_year:
        education["end"] = str(person.graduation_year)
    profiles = []
    for application in applications:
        requisition = application.requisition
        opening = {
            "positionOpeningId": _id(requisition.pk, "requisition"),
            "positionTitle": requisition.title,
            "candidateAppliedIndicator": True,
            "candidateStatus": {
                "name": application.stage,
                "category": STATUS_CATEGORY.get(application.stage, "Active"),
                "transitionDateTime": application.stage_changed_at.isoformat(),
            },
        }
        if requisition.slug:
            opening["positionUri"] = _absolute(reverse("careers:detail", args=[requisition.slug]))
        profiles.append({
            "profileId": _id(application.pk, "application"),
            "profileName": "Candidate Profile",
            "languageCode": LANGUAGE_CODES.get(application.language, "en-US"),
            "applyDate": application.created_at.date().isoformat(),
            "sourceCode": application.source,
            "associatedPositionOpenings": [opening],
            "education": [education] if education else [],
            "employment": [{"experienceYears": float(person.years_experience),
                            "customerServiceYears": float(person.years_customer_service)}],
            "languages": [{"languageCode": code, "proficiencyCode": level} for code, level in person.languages.items()],
        })  # fmt: skip
    return {
        "documentId": _id(person.pk, "candidate-export"),
        "person": {
            "id": _id(person.pk, "candidate"),
            "name": {"formattedName": person.full_name},
            "communication": communication,
            "preferredLanguage": LANGUAGE_CODES.get(person.language, "en-US"),
        },
        "profiles": profiles,
    }
