"""schema.org JobPosting for a published requisition (Google for Jobs and job boards read it)."""

import json

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import strip_tags

from requisitions import eligibility
from requisitions.choices import Category, EducationLevel

# schema.org educationRequirements uses EducationalOccupationalCredential categories.
CREDENTIAL_CATEGORY = {
    EducationLevel.HIGH_SCHOOL: "high school",
    EducationLevel.ASSOCIATE: "associate degree",
    EducationLevel.BACHELOR: "bachelor degree",
    EducationLevel.MASTER: "postgraduate degree",
    EducationLevel.DOCTORATE: "postgraduate degree",
}


def job_posting(requisition, *, organisation_name: str) -> dict:
    """The JobPosting object for ``requisition`` in the active language."""
    url = settings.SITE_URL.rstrip("/") + reverse("careers:detail", args=[requisition.slug])
    rows = list(requisition.requirements.all())
    description_parts = [requisition.summary, *requisition.duties]
    hard = [row.requirement for row in rows if row.category == Category.HARD]
    core = [row.requirement for row in rows if row.category == Category.CORE]
    if hard:
        description_parts.append(" ".join(hard))
    if core:
        description_parts.append(" ".join(core))
    data = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": requisition.title,
        "description": strip_tags("\n".join(part for part in description_parts if part)),
        "identifier": {"@type": "PropertyValue", "name": organisation_name, "value": str(requisition.pk)},
        "datePosted": timezone.localdate(requisition.published_at).isoformat() if requisition.published_at else None,
        "employmentType": requisition.employment_type,
        "hiringOrganization": {"@type": "Organization", "name": organisation_name},
        "jobLocation": {
            "@type": "Place",
            "address": {"@type": "PostalAddress", "addressLocality": requisition.location},
        },
        "url": url,
        "totalJobOpenings": requisition.headcount,
        "inLanguage": translation.get_language(),
    }
    if requisition.closes_on:
        data["validThrough"] = f"{requisition.closes_on.isoformat()}T23:59:59"
    salary = requisition.public_salary
    if salary:
        value = {"@type": "QuantitativeValue", "unitText": salary["period"]}
        if salary["minimum"] is not None:
            value["minValue"] = float(salary["minimum"])
        if salary["maximum"] is not None:
            value["maxValue"] = float(salary["maximum"])
        data["baseSalary"] = {"@type": "MonetaryAmount", "currency": salary["currency"], "value": value}
    paths = requisition.eligibility_paths
    education = eligibility.minimum_education(paths)
    if education and education in CREDENTIAL_CATEGORY:
        data["educationRequirements"] = {
            "@type": "EducationalOccupationalCredential",
            "credentialCategory": CREDENTIAL_CATEGORY[education],
        }
    else:
        data["educationRequirements"] = "no requirements"
    years = eligibility.minimum_years_experience(paths)
    if years:
        data["experienceRequirements"] = {
            "@type": "OccupationalExperienceRequirements",
            "monthsOfExperience": round(float(years) * 12),
        }
    else:
        data["experienceRequirements"] = "no requirements"
    if eligibility.experience_in_place_of_education(paths):
        data["experienceInPlaceOfEducation"] = True
    return {k: v for k, v in data.items() if v is not None}


def as_script_json(data) -> str:
    """JSON safe to put inside a <script> element: no "</script>" or HTML can break out of it."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
