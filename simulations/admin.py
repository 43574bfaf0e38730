from django.contrib import admin

from recruiting.admin import ReadOnlyAdmin  # simulations change through HR's pages, attempts through the product
from simulations.models import Assignment, Attempt, Item, Simulation


class ItemInline(admin.TabularInline):
    model = Item
    extra = 0
    fields = ["position", "kind", "practice", "channel", "title_en", "title_zh"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Simulation)
class SimulationAdmin(ReadOnlyAdmin):
    list_display = ["title_en", "title_zh", "industry", "minutes", "from_library"]
    list_filter = ["from_library", "industry"]
    inlines = [ItemInline]


@admin.register(Assignment)
class AssignmentAdmin(ReadOnlyAdmin):
    list_display = ["requisition", "stage", "simulation"]
    list_select_related = ["requisition", "simulation"]


@admin.register(Attempt)
class AttemptAdmin(ReadOnlyAdmin):
    list_display = ["application", "number", "status", "started_at", "submitted_at", "timed_out"]
    list_filter = ["status"]
    list_select_related = ["application__candidate", "application__requisition"]
    raw_id_fields = ["application"]
