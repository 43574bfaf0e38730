from django.contrib import admin

from candidates.models import Application, Candidate, CandidateMessage, RejectionReason, StageEvent


@admin.register(RejectionReason)
class RejectionReasonAdmin(admin.ModelAdmin):
    list_display = ("code", "label_en", "label_zh", "order", "is_active")
    list_editable = ("order", "is_active")


@admin.register(CandidateMessage)
class CandidateMessageAdmin(admin.ModelAdmin):
    list_display = ("stage", "subject_en", "subject_zh", "is_active")


class StageEventInline(admin.TabularInline):
    model = StageEvent
    extra = 0
    can_delete = False
    readonly_fields = ("from_stage", "to_stage", "actor", "note", "reason", "created_at")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Application)
class ApplicationAdmin(admin.ModelAdmin):
    """Read-only here: stages move through the product's pipeline service."""

    list_display = ("candidate", "requisition", "stage", "screening_outcome", "created_at")
    list_filter = ("stage", "screening_outcome", "source")
    list_select_related = ("candidate", "requisition")
    search_fields = ("candidate__full_name", "candidate__email")
    inlines = [StageEventInline]

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False


@admin.register(Candidate)
class CandidateAdmin(admin.ModelAdmin):
    list_display = ("full_name", "email", "phone", "education", "created_at", "anonymised_at")
    search_fields = ("full_name", "email", "phone")

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False
