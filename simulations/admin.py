from django.contrib import admin

from simulations.models import Assignment, Attempt, Item, Simulation


class ItemInline(admin.TabularInline):
    model = Item
    extra = 0
    fields = ["position", "kind", "practice", "channel", "title_en", "title_zh"]
    readonly_fields = fields
    can_delete = False


@admin.register(Simulation)
class SimulationAdmin(admin.ModelAdmin):
    """Read-only: HR builds simulations in the product (copies of the library, checked by its services)."""

    list_display = ["title_en", "title_zh", "industry", "minutes", "from_library"]
    list_filter = ["from_library", "industry"]
    inlines = [ItemInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Assignment)
class AssignmentAdmin(admin.ModelAdmin):
    list_display = ["requisition", "stage", "simulation"]
    list_select_related = ["requisition", "simulation"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Attempt)
class AttemptAdmin(admin.ModelAdmin):
    list_display = ["application", "number", "status", "started_at", "submitted_at", "timed_out"]
    list_filter = ["status"]
    list_select_related = ["application__candidate", "application__requisition"]
    raw_id_fields = ["application"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # an attempt ends through the product (cancelled, with its audit row), never deleted
