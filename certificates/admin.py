"""Certificates and recognition requests, read-only, for administrators: the
registry is where they are searched, decided and revoked."""

from django.contrib import admin

from .models import Certificate, RecognitionRequest


class ReadOnly(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Certificate)
class CertificateAdmin(ReadOnly):
    list_display = ("number", "kind", "title", "issued_at", "evidence", "revoked_at")
    list_filter = ("evidence", "kind")
    search_fields = ("number", "title")
    exclude = ("search_text", "texts")


@admin.register(RecognitionRequest)
class RecognitionRequestAdmin(ReadOnly):
    list_display = ("created_at", "title", "learner", "requested_by", "status")
    list_filter = ("status",)
    search_fields = ("title", "reason", "decision_reason")
