"""The vocabulary of requisitions and position profiles: levels, industries, demand-table row
categories, key items, priorities, assessment methods and pipeline steps, education levels.

Kept apart from the models so the eligibility evaluator, the fairness check and the position
library (pure Python) can use them without touching the database.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Level(models.TextChoices):
    """The four levels of the professional standard (seed 003)."""

    SPECIALIST = "specialist", _("Customer-service specialist")
    SUPERVISOR = "supervisor", _("Customer-service supervisor")
    MANAGER = "manager", _("Customer-service manager")
    DIRECTOR = "director", _("Customer-service director")


class Industry(models.TextChoices):
    GENERAL = "general", _("All industries")
    ECOMMERCE = "ecommerce", _("E-commerce")
    SAAS = "saas", _("SaaS")
    FINANCE = "finance", _("Finance")


class Category(models.TextChoices):
    HARD = "hard", _("Hard condition")
    CORE = "core", _("Core ability")
    HIGH_VALUE = "high_value", _("High-value quality")
    BONUS = "bonus", _("Bonus")


class KeyItem(models.TextChoices):
    EDUCATION = "education", _("Education")
    EXPERIENCE = "experience", _("Experience")
    LANGUAGE = "language", _("Language")
    SYSTEMS = "systems", _("Systems and tools")
    INDUSTRY_KNOWLEDGE = "industry_knowledge", _("Industry knowledge")
    PROFESSIONAL_KNOWLEDGE = "professional_knowledge", _("Professional knowledge")
    COMMUNICATION = "communication", _("Communication")
    EMPATHY = "empathy", _("Empathy")
    PROBLEM_SOLVING = "problem_solving", _("Problem solving")
    STRESS_TOLERANCE = "stress_tolerance", _("Stress tolerance")
    LEARNING_AGILITY = "learning_agility", _("Learning agility")
    PROACTIVE_SERVICE = "proactive_service", _("Proactive service")
    CX_ORIENTATION = "cx_orientation", _("Customer-experience orientation")
    TEAMWORK = "teamwork", _("Teamwork and knowledge sharing")
    DATA_AWARENESS = "data_awareness", _("Data awareness")
    LEADERSHIP = "leadership", _("Leadership and people management")
    PLANNING = "planning", _("Planning and organisation")
    QUALITY_CONTROL = "quality_control", _("Service quality control")
    WRITING = "writing", _("Writing")
    ETHICS = "ethics", _("Professional ethics")
    SPECIAL_SKILL = "special_skill", _("Special skills or experience")


class Priority(models.TextChoices):
    """Ordered from strongest to weakest; ``PRIORITY_WEIGHTS`` turns them into scoring weights."""

    REQUIRED = "required", _("Required")
    INDUSTRY = "industry", _("Industry-specific")
    VERY_HIGH = "very_high", _("Very high")
    HIGH = "high", _("High")
    MEDIUM_HIGH = "medium_high", _("Medium-high")
    MEDIUM = "medium", _("Medium")
    PER_ROLE = "per_role", _("Depends on the role")


PRIORITY_WEIGHTS = {
    Priority.REQUIRED: 3,
    Priority.INDUSTRY: 3,
    Priority.VERY_HIGH: 3,
    Priority.HIGH: 2,
    Priority.MEDIUM_HIGH: 1.5,
    Priority.MEDIUM: 1,
    Priority.PER_ROLE: 1,
}


class PipelineStep(models.TextChoices):
    """Where in the pipeline an assessment method is used (the coverage check maps rows to these)."""

    RESUME_SCREEN = "resume_screen", _("Resume screen")
    FIRST_INTERVIEW = "first_interview", _("First interview")
    SECOND_INTERVIEW = "second_interview", _("Second interview")
    OFFER = "offer", _("Offer")
    PROBATION = "probation", _("Probation")


class AssessmentMethodCode(models.TextChoices):
    """The assessment methods shipped with the product; the mapping to pipeline steps is data
    (``AssessmentMethod`` rows, editable in the admin), these are only their stable codes."""

    CERTIFICATE_CHECK = "certificate_check", _("Certificate check")
    RESUME_REVIEW = "resume_review", _("Resume review")
    WRITTEN_TEST = "written_test", _("Written test")
    COMPUTER_TEST = "computer_test", _("Computer test")
    LANGUAGE_TEST = "language_test", _("Language test")
    BEHAVIOURAL_INTERVIEW = "behavioural_interview", _("Behavioural interview")
    SCENARIO_SIMULATION = "scenario_simulation", _("Scenario simulation")
    CASE_EXERCISE = "case_exercise", _("Case exercise")
    STRESS_TEST = "stress_test", _("Stress-tolerance test")
    LEARNING_TEST = "learning_test", _("Learning-ability test")
    VALUES_INTERVIEW = "values_interview", _("Values interview")
    WORK_SAMPLE = "work_sample", _("Work sample or portfolio")
    BACKGROUND_CHECK = "background_check", _("Background check")
    REFERENCE_CHECK = "reference_check", _("Reference check")


class EducationLevel(models.TextChoices):
    """Ordered from lowest to highest; ``EDUCATION_RANK`` gives the order."""

    BELOW_HIGH_SCHOOL = "below_high_school", _("Below high school")
    HIGH_SCHOOL = "high_school", _("High school or vocational secondary school")
    ASSOCIATE = "associate", _("Associate degree (three-year college)")
    BACHELOR = "bachelor", _("Bachelor's degree")
    MASTER = "master", _("Master's degree")
    DOCTORATE = "doctorate", _("Doctorate")


EDUCATION_RANK = {level: rank for rank, level in enumerate(EducationLevel.values)}


class LanguageLevel(models.TextChoices):
    """Ordered from lowest to highest."""

    BASIC = "basic", _("Basic")
    CONVERSATIONAL = "conversational", _("Conversational")
    FLUENT = "fluent", _("Fluent")
    NATIVE = "native", _("Native or bilingual")


LANGUAGE_LEVEL_RANK = {level: rank for rank, level in enumerate(LanguageLevel.values)}
