"""For administrators: the audit log (read-only), the institutions, and who belongs
to which institution (each grant and removal written to the audit log)."""

from django.contrib import admin

from . import actions
from .models import AuditEntry, Institution, InstitutionMembership


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


@admin.register(InstitutionMembership)
class InstitutionMembershipAdmin(admin.ModelAdmin):
    """Granted and taken away, never edited: both go through classes.actions, which
    writes the audit entry."""

    list_display = ("institution", "user", "granted_by", "granted_at")
    list_filter = ("institution__district", "institution__kind")
    search_fields = ("user__username", "user__display_name", "institution__name")
    autocomplete_fields = ("user", "institution")
    fields = ("user", "institution")

    def has_change_permission(self, request, obj=None):
        return obj is None and super().has_change_permission(request, obj)

    def save_model(self, request, obj, form, change):
        granted = actions.grant_institution(
            administrator=request.user, teacher=obj.user, institution=obj.institution
        )
        obj.pk = granted.pk

    def delete_model(self, request, obj):
        actions.revoke_institution(administrator=request.user, membership=obj)

    def delete_queryset(self, request, queryset):
        for membership in queryset.select_related("user", "institution"):
            actions.revoke_institution(
                administrator=request.user, membership=membership
            )
