from django.contrib import admin

from requisitions import policies
from requisitions.models import (
    ApprovalStep,
    AssessmentMethod,
    Department,
    DepartmentApprover,
    PositionProfile,
    ProfileRequirement,
    Requisition,
    RequisitionRequirement,
    ScreeningQuestion,
)


class DepartmentApproverInline(admin.TabularInline):
    model = DepartmentApprover
    extra = 1
    autocomplete_fields = ["approver"]


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):
    list_display = ("name_en", "name_zh")
    search_fields = ("name_en", "name_zh")
    inlines = [DepartmentApproverInline]


@admin.register(AssessmentMethod)
class AssessmentMethodAdmin(admin.ModelAdmin):
    """The mapping of assessment methods to pipeline steps used by the coverage check."""

    list_display = ("code", "name_en", "name_zh", "step")
    list_editable = ("step",)
    list_filter = ("step",)
    search_fields = ("code", "name_en", "name_zh")


class ProfileRequirementInline(admin.TabularInline):
    model = ProfileRequirement
    extra = 0
    fields = ("order", "category", "key_item", "requirement_en", "requirement_zh", "priority", "industry", "methods")
    filter_horizontal = ("methods",)


@admin.register(PositionProfile)
class PositionProfileAdmin(admin.ModelAdmin):
    list_display = ("slug", "title_en", "title_zh", "level", "industry", "is_shipped", "is_active")
    list_filter = ("level", "industry", "is_shipped", "is_active")
    search_fields = ("slug", "title_en", "title_zh")
    inlines = [ProfileRequirementInline]


class LockedAfterSubmissionMixin:
    """Rows and questions of a submitted requisition are what was approved: read-only here too
    (while a draft, the product's own editor, which audits and validates, is the place to edit)."""

    def _locked(self, obj):
        return obj is not None and obj.status not in policies.EDITABLE_STATUSES

    def has_add_permission(self, request, obj=None):
        return not self._locked(obj) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return not self._locked(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not self._locked(obj) and super().has_delete_permission(request, obj)


class RequisitionRequirementInline(LockedAfterSubmissionMixin, admin.TabularInline):
    model = RequisitionRequirement
    extra = 0
    fields = ("order", "category", "key_item", "requirement_en", "requirement_zh", "priority", "industry", "methods")
    filter_horizontal = ("methods",)


class ScreeningQuestionInline(LockedAfterSubmissionMixin, admin.TabularInline):
    model = ScreeningQuestion
    extra = 0


class ApprovalStepInline(admin.TabularInline):
    model = ApprovalStep
    extra = 0
    readonly_fields = ("round", "order", "approver", "decision", "comment", "decided_at")
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Requisition)
class RequisitionAdmin(admin.ModelAdmin):
    """For administrators; HR works in the product's own pages, which go through the services."""

    list_display = ("title_en", "title_zh", "department", "status", "level", "headcount", "created_at")
    list_filter = ("status", "level", "industry", "department")
    search_fields = ("title_en", "title_zh", "location")
    list_select_related = ("department",)
    readonly_fields = ("status", "slug", "submitted_at", "approved_at", "published_at", "closed_at")
    raw_id_fields = ("hiring_manager", "recruiter", "created_by", "profile")
    inlines = [RequisitionRequirementInline, ScreeningQuestionInline, ApprovalStepInline]
