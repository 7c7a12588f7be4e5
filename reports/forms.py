"""The dashboard's filters, read from the query string."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from classes.models import Institution

from .periods import GRANULARITIES, QUARTER, find_period, recent_periods
from .queries import Catalogue, Filters


class DashboardFilterForm(forms.Form):
    district = forms.ChoiceField(label=_("District"), required=False)
    kind = forms.ChoiceField(label=_("Kind of institution"), required=False)
    module = forms.ChoiceField(label=_("Module"), required=False)
    granularity = forms.ChoiceField(
        label=_("Periods"), choices=GRANULARITIES, required=False
    )
    period = forms.ChoiceField(label=_("Period"), required=False)
    institution = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, data, *, cat: Catalogue, **kwargs):
        super().__init__(data, **kwargs)
        self.now = timezone.now()
        everything = [("", _("All"))]
        self.fields["district"].choices = everything + list(Institution.DISTRICTS)
        self.fields["kind"].choices = everything + list(Institution.KINDS)
        self.fields["module"].choices = everything + [
            (m.key, m.title) for m in cat.modules
        ]
        granularity = (data or {}).get("granularity") or QUARTER
        if granularity not in dict(GRANULARITIES):
            granularity = QUARTER
        self.fields["period"].choices = everything + [
            (p.label, p.label) for p in reversed(recent_periods(self.now, granularity))
        ]
        self.institution_obj = None

    def clean_institution(self):
        pk = self.cleaned_data.get("institution")
        if pk is None:
            return None
        self.institution_obj = Institution.objects.filter(pk=pk).first()
        if self.institution_obj is None:
            raise forms.ValidationError(_("There is no such institution."))
        return pk

    def clean(self):
        data = super().clean()
        place = self.institution_obj
        # A district or kind chosen after drilling down leaves the institution.
        if place is not None and (
            (data.get("district") and data["district"] != place.district)
            or (data.get("kind") and data["kind"] != place.kind)
        ):
            data["institution"] = None
            self.institution_obj = None
        return data

    def filters(self) -> Filters:
        data = self.cleaned_data
        granularity = data.get("granularity") or QUARTER
        period = (
            find_period(data["period"], granularity, self.now)
            if data.get("period")
            else None
        )
        return Filters(
            district=data.get("district") or None,
            kind=data.get("kind") or None,
            institution_id=data.get("institution"),
            module=data.get("module") or None,
            period=period,
        )

    @property
    def chosen_granularity(self) -> str:
        return (self.cleaned_data.get("granularity") if self.is_bound else None) or (
            QUARTER
        )
