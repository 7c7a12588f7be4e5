from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

from .admin_login import DjangoAdminLoginForm
from .models import User

# Django admin's log-in, under allauth's log-in limits (accounts.admin_login).
admin.site.login_form = DjangoAdminLoginForm


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    fieldsets = (
        *DjangoUserAdmin.fieldsets,
        (
            _("Profile"),
            {"fields": ("display_name", "preferred_language", "institution")},
        ),
    )
    list_display = ("username", "display_name", "email", "is_staff", "is_active")
    search_fields = ("username", "display_name", "email")
