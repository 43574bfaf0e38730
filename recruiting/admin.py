from django.contrib import admin

from recruiting.models import AuditEvent, Notification


class ReadOnlyAdmin(admin.ModelAdmin):
    """For administrators to look things up: rows that change only through the product's pages and
    services (which keep their rules and write the audit trail)."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ("created_at", "recipient", "template_key", "language", "status", "attempts", "sent_at")
    list_filter = ("status", "language", "template_key")
    search_fields = ("recipient", "template_key")
    date_hierarchy = "created_at"
    readonly_fields = [f.name for f in Notification._meta.fields]
    list_select_related = ("recipient_user",)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ("created_at", "actor_repr", "verb", "target_type", "target_repr")
    list_filter = ("verb", "target_type")
    search_fields = ("actor_repr", "verb", "target_repr", "target_id")
    date_hierarchy = "created_at"
    readonly_fields = [f.name for f in AuditEvent._meta.fields]
    list_select_related = ("target_type",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
