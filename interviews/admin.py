from django.contrib import admin

from interviews.models import Interview, Rating, Scorecard
from recruiting.admin import ReadOnlyAdmin  # interviews and scorecards keep the panel, blind and amendment rules


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
