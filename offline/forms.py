"""The learner's setting for saving assigned modules automatically."""

from django import forms

from accounts.models import User


class AutoSaveForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["offline_auto_save"]
