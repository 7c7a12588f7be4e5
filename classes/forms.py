"""Forms for teacher pages and for joining a class."""

from datetime import timedelta

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage, LessonPage

from .models import Assignment, Class, ClassGroup, Institution
from .permissions import institutions_for_classes, possible_co_teachers

NOT_YOUR_INSTITUTION = _(
    "Choose one of the institutions you belong to. For another institution, ask "
    "an administrator to add you to it."
)


class ClassForm(forms.ModelForm):
    """A new class, at one of the institutions the teacher belongs to."""

    class Meta:
        model = Class
        fields = ["institution", "name", "academic_year"]
        labels = {
            "name": _("Class name"),
            "academic_year": _("Academic year"),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        institutions = list(institutions_for_classes(user).order_by("name"))
        # Only the teacher's own institutions; with one, it is chosen already.
        self.fields["institution"] = ChoiceById(
            queryset=institutions_for_classes(user).order_by("name"),
            label=_("Institution"),
            empty_label=None if len(institutions) == 1 else _("Choose an institution"),
            error_messages={"invalid_choice": NOT_YOUR_INSTITUTION},
        )
        self.fields["institution"].widget.attrs["required"] = True
        self.has_institutions = bool(institutions)
        if not self.is_bound:
            self.initial.setdefault("academic_year", current_academic_year())

    def clean_academic_year(self):
        value = self.cleaned_data["academic_year"].strip()
        parts = value.split("/")
        if (
            len(parts) != 2
            or not all(p.isascii() and p.isdigit() and len(p) == 4 for p in parts)
            or int(parts[1]) != int(parts[0]) + 1
        ):
            raise forms.ValidationError(_("Write the academic year as 2026/2027."))
        return value


def current_academic_year(today=None) -> str:
    """The school year a class made today is for: "2026/2027" from August 2026 (when
    teachers set up the year starting on 1 September) to July 2027."""
    today = today or timezone.localdate()
    start = today.year if today.month >= 8 else today.year - 1
    return f"{start}/{start + 1}"


class InstitutionForm(forms.ModelForm):
    class Meta:
        model = Institution
        fields = ["name", "kind", "district", "edrpou"]

    def clean_edrpou(self):
        value = self.cleaned_data["edrpou"].strip()
        if value and not (value.isascii() and value.isdigit() and len(value) == 8):
            raise forms.ValidationError(_("An EDRPOU code has exactly 8 digits."))
        return value


class JoinForm(forms.Form):
    code = forms.CharField(
        label=_("Class code"),
        max_length=12,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters"}
        ),
    )

    def clean_code(self):
        return (
            self.cleaned_data["code"].strip().upper().replace(" ", "").replace("-", "")
        )


class JoinCodeForm(forms.Form):
    VALIDITY = [
        ("", _("No expiry")),
        ("1", _("1 day")),
        ("7", _("1 week")),
        ("30", _("30 days")),
    ]
    valid_days = forms.ChoiceField(
        label=_("Valid for"), choices=VALIDITY, required=False
    )

    def valid_for(self):
        days = self.cleaned_data.get("valid_days")
        return timedelta(days=int(days)) if days else None


NO_SUCH_TEACHER = _(
    "No teacher of %(institution)s has that username or email. An administrator "
    "adds teachers to an institution."
)


class CoTeacherForm(forms.Form):
    """A teacher of the class's institution, by username or email. Any other name,
    whether or not it has an account, gets the same answer."""

    username = forms.CharField(
        label=_("Username or email of the teacher"), max_length=254
    )

    def __init__(self, *args, klass, **kwargs):
        super().__init__(*args, **kwargs)
        self.klass = klass

    def clean_username(self):
        value = self.cleaned_data["username"].strip()
        user = (
            possible_co_teachers(self.klass)
            .filter(Q(username__iexact=value) | Q(email__iexact=value))
            .first()
        )
        if user is None:
            raise forms.ValidationError(
                NO_SUCH_TEACHER % {"institution": self.klass.institution.name}
            )
        return user


LOCAL_INPUT = "%Y-%m-%dT%H:%M"  # what <input type="datetime-local"> reads and sends


def _learner_checkboxes(field: forms.ModelMultipleChoiceField, klass) -> None:
    """Offer the class's current learners as checkboxes, by their shown name."""
    users = get_user_model().objects
    current = users.filter(memberships__klass=klass, memberships__left_at__isnull=True)
    field.queryset = (current if klass is not None else users.none()).order_by(
        "username"
    )
    field.label_from_instance = lambda user: user.get_short_name()
    field.widget = forms.CheckboxSelectMultiple(choices=field.choices)


# Ids are 64-bit integers; a bigger number is an invalid choice, not an overflow in
# the database driver (SQLite raises OverflowError for it).
MAX_ID = 2**63 - 1


def _in_range(value) -> bool:
    text = str(value).strip()
    return not (text.isascii() and text.isdigit()) or int(text) <= MAX_ID


class ChoiceById(forms.ModelChoiceField):
    def to_python(self, value):
        if value not in self.empty_values and not _in_range(value):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class ChoicesById(forms.ModelMultipleChoiceField):
    def clean(self, value):
        if isinstance(value, list | tuple):
            for pk in value:
                if not _in_range(pk):
                    raise forms.ValidationError(
                        self.error_messages["invalid_pk_value"],
                        code="invalid_pk_value",
                        params={"pk": pk},
                    )
        return super().clean(value)


class AssignmentForm(forms.ModelForm):
    class Meta:
        model = Assignment
        fields = ["course", "lesson", "group", "learners", "available_from", "due_at"]
        field_classes = {
            "course": ChoiceById,
            "lesson": ChoiceById,
            "group": ChoiceById,
            "learners": ChoicesById,
        }
        widgets = {
            "available_from": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format=LOCAL_INPUT
            ),
            "due_at": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format=LOCAL_INPUT
            ),
        }

    def __init__(self, *args, locale=None, klass=None, **kwargs):
        super().__init__(*args, **kwargs)
        courses = CoursePage.objects.live().order_by("path")
        lessons = LessonPage.objects.live().order_by("path")
        if locale is not None:
            courses = courses.filter(locale=locale)
            lessons = lessons.filter(locale=locale)
        self.fields["course"].queryset = courses
        self.fields["course"].empty_label = _("Choose a module")
        self.fields["lesson"].queryset = lessons
        self.fields["lesson"].empty_label = _("The whole module")
        self.fields["lesson"].label = _("Only one lesson (optional)")
        self.fields["lesson"].required = False
        groups = (
            ClassGroup.objects.filter(klass=klass)
            if klass
            else ClassGroup.objects.none()
        )
        self.fields["group"].queryset = groups
        self.fields["group"].empty_label = _("The whole class")
        self.fields["group"].label = _("Group (optional)")
        _learner_checkboxes(self.fields["learners"], klass)
        self.fields["learners"].label = _("Chosen learners (optional)")
        self.fields["course"].label = _("Module")
        self.fields["available_from"].label = _("Available from")
        self.fields["due_at"].label = _("Due")
        self.fields["due_at"].required = False
        self.fields["available_from"].required = False
        self.fields["available_from"].initial = timezone.localtime().replace(
            second=0, microsecond=0
        )
        for name in ("available_from", "due_at"):
            self.fields[name].input_formats = [LOCAL_INPUT, "%Y-%m-%d %H:%M"]

    def clean_available_from(self):
        return self.cleaned_data.get("available_from") or timezone.now()

    def clean(self):
        data = super().clean()
        start, due = data.get("available_from"), data.get("due_at")
        if start and due and due < start:
            self.add_error("due_at", _("The due date must come after the start."))
        course, lesson = data.get("course"), data.get("lesson")
        if course and lesson and not lesson.path.startswith(course.path):
            self.add_error("lesson", _("Choose a lesson of the chosen module."))
        if data.get("group") and data.get("learners"):
            self.add_error(
                "learners", _("Assign to a group or to chosen learners, not both.")
            )
        return data


class GroupForm(forms.ModelForm):
    class Meta:
        model = ClassGroup
        fields = ["name", "learners"]
        field_classes = {"learners": ChoicesById}
        labels = {"name": _("Group name"), "learners": _("Learners in the group")}

    def __init__(self, *args, klass=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.klass = klass
        _learner_checkboxes(self.fields["learners"], klass)

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if ClassGroup.objects.filter(klass=self.klass, name__iexact=name).exists():
            raise forms.ValidationError(
                _("The class already has a group with this name.")
            )
        return name


class ExtensionForm(forms.Form):
    assignment = forms.ModelChoiceField(
        label=_("Assignment"), queryset=Assignment.objects.none()
    )
    due_at = forms.DateTimeField(
        label=_("New due date"),
        input_formats=[LOCAL_INPUT, "%Y-%m-%d %H:%M"],
        widget=forms.DateTimeInput(
            attrs={"type": "datetime-local"}, format=LOCAL_INPUT
        ),
    )

    def __init__(self, *args, klass=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignment"].queryset = Assignment.objects.filter(klass=klass)
        self.fields["assignment"].empty_label = _("Choose an assignment")


def _local_moment(label):
    return forms.DateTimeField(
        label=label,
        input_formats=[LOCAL_INPUT, "%Y-%m-%d %H:%M"],
        widget=forms.DateTimeInput(
            attrs={"type": "datetime-local"}, format=LOCAL_INPUT
        ),
    )


HOURS_RANGE = _("Give a number of hours from 1 to 720.")


class InterruptionForm(forms.Form):
    """A lesson interrupted by an alert or a power cut: which due dates move, and by
    how much (classes.actions.interrupt_class checks the rest)."""

    SHIFTS = [
        ("", _("Another time: the hours below")),
        ("24", _("1 day")),
        ("48", _("2 days")),
        ("72", _("3 days")),
        ("168", _("1 week")),
    ]

    due_from = _local_moment(_("Assignments due from"))
    due_to = _local_moment(_("Due up to"))
    shift = forms.ChoiceField(
        label=_("Move their due dates by"), choices=SHIFTS, required=False
    )
    hours = forms.IntegerField(
        label=_("Or by this many hours"),
        required=False,
        min_value=1,
        max_value=720,
        error_messages={"min_value": HOURS_RANGE, "max_value": HOURS_RANGE},
    )
    reason = forms.CharField(
        label=_("Reason"),
        max_length=200,
        error_messages={"required": _("Give a reason; it is kept in the log.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            now = timezone.localtime(timezone.now()).replace(second=0, microsecond=0)
            self.initial.setdefault("due_from", now - timedelta(days=1))
            self.initial.setdefault("due_to", now + timedelta(days=7))
            self.initial.setdefault("shift", "24")
            self.initial.setdefault("reason", _("Air-raid alert"))

    def clean(self):
        data = super().clean()
        hours = data.get("hours") or (int(data["shift"]) if data.get("shift") else 0)
        if not hours and "hours" not in self.errors and "shift" not in self.errors:
            self.add_error("hours", HOURS_RANGE)
        data["shift_delta"] = timedelta(hours=hours)
        return data


class RosterUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Class list (CSV)"),
        help_text=_(
            "Save the list from Excel as CSV. Columns: last name, first name, and "
            "optionally the username or email of a pupil already in one of your "
            "classes."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )
