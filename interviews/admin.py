from django.contrib import admin

from interviews.models import Interview, Rating, Scorecard


class ReadOnlyAdmin(admin.ModelAdmin):
    """For administrators to look things up; interviews and scorecards change through the product's
    pages, which keep the panel, blind and amendment rules."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Interview)
class InterviewAdmin(ReadOnlyAdmin):
    list_display = ("application", "round", "format", "starts_at", "status")
    list_filter = ("status", "round", "format")
    list_select_related = ("application__candidate", "application__requisition")
    date_hierarchy = "starts_at"


class RatingInline(admin.TabularInline):
    model = Rating
    extra = 0
    fields = ("key_item", "label", "weight", "score", "evidence")


@admin.register(Scorecard)
class ScorecardAdmin(ReadOnlyAdmin):
    list_display = ("interview", "interviewer", "version", "status", "recommendation", "submitted_at")
    list_filter = ("status", "recommendation", "interview__application__requisition")
    list_select_related = ("interview", "interviewer")
    inlines = [RatingInline]
