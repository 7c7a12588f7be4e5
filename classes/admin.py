"""The audit log, read-only, for administrators."""

from django.contrib import admin

from .models import AuditEntry, Institution


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ("created_at", "actor", "action", "learner", "klass", "lesson")
    list_filter = ("action",)
    search_fields = ("actor__username", "learner__username", "reason")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Institution)
class InstitutionAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "district", "edrpou")
    list_filter = ("kind", "district")
    search_fields = ("name", "edrpou")
