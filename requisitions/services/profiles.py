"""The position library: installing the shipped profiles, and HR's edits to profiles."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import translation

from recruiting.services.audit import audit_record
from requisitions import eligibility, policies
from requisitions.choices import AssessmentMethodCode

PROFILE_FIELDS = (
    "slug", "title_en", "title_zh", "level", "industry", "summary_en", "summary_zh", "duties_en", "duties_zh",
    "eligibility_paths", "is_active",
)  # fmt: skip


def _method_names():
    names = {}
    for code in AssessmentMethodCode:
        with translation.override("en"):
            english = str(code.label)
        with translation.override("zh-hans"):
            chinese = str(code.label)
        names[code.value] = (english, chinese)
    return names


def library_install(apps=None) -> dict:
    """Create or refresh the shipped assessment methods and position profiles.

    Idempotent. Takes a migration's ``apps`` (historical models) or uses the live ones. Profiles are
    matched by slug; a shipped profile is refreshed from the library, one HR created is never touched.
    Assessment methods keep the pipeline step an administrator may have changed.
    """
    from requisitions.library import DEFAULT_METHOD_STEPS, PROFILES

    if apps is None:
        from django.apps import apps
    method_model = apps.get_model("requisitions", "AssessmentMethod")
    profile_model = apps.get_model("requisitions", "PositionProfile")
    requirement_model = apps.get_model("requisitions", "ProfileRequirement")

    methods = {}
    for code, (english, chinese) in _method_names().items():
        method, _created = method_model.objects.get_or_create(
            code=code, defaults={"name_en": english, "name_zh": chinese, "step": DEFAULT_METHOD_STEPS.get(code, "")}
        )
        methods[code] = method

    installed = 0
    for data in PROFILES:
        existing = profile_model.objects.filter(slug=data["slug"]).first()
        if existing is not None and not existing.is_shipped:
            continue
        profile, _created = profile_model.objects.update_or_create(
            slug=data["slug"],
            defaults={
                "title_en": data["title_en"],
                "title_zh": data["title_zh"],
                "level": data["level"],
                "industry": data["industry"],
                "summary_en": data["summary_en"],
                "summary_zh": data["summary_zh"],
                "duties_en": "\n".join(data["duties_en"]),
                "duties_zh": "\n".join(data["duties_zh"]),
                "eligibility_paths": data["paths"],
                "is_shipped": True,
            },
        )
        requirement_model.objects.filter(profile=profile).delete()
        for position, row in enumerate(data["rows"], start=1):
            requirement = requirement_model.objects.create(
                profile=profile,
                order=position,
                category=row["category"],
                key_item=row["key_item"],
                requirement_en=row["requirement_en"],
                requirement_zh=row["requirement_zh"],
                priority=row["priority"],
                industry=row["industry"],
            )
            requirement.methods.set([methods[code] for code in row["methods"]])
        installed += 1
    return {"methods": len(methods), "profiles": installed}


def profile_save(*, actor, profile, **values):
    """Create or change a position profile (HR only). Paths are validated before saving."""
    if not policies.is_hr(actor):
        raise PermissionDenied
    values = {k: v for k, v in values.items() if k in PROFILE_FIELDS}
    with transaction.atomic():
        for field, value in values.items():
            setattr(profile, field, value)
        eligibility.validate_paths(profile.eligibility_paths)
        profile.is_shipped = False  # edited by HR: a library refresh leaves it alone from now on
        profile.full_clean()
        created = profile.pk is None
        profile.save()
        audit_record(
            actor=actor,
            verb="profile.created" if created else "profile.changed",
            target=profile,
            data={k: str(v) for k, v in values.items()},
        )
    return profile
