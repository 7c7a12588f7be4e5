"""The permission matrix: every URL of the site against every role, as one table.

Each row names a URL (by its name), how to call it with the objects of the test world
(tests/security/conftest.py) and what each role gets:

  OK        2xx: the page, file or JSON answer
  REDIRECT  a redirect that is the page's own behaviour (after a POST, say), never
            to a login page and never off-site
  LOGIN     a redirect to a login page (the site's, the Wagtail admin's or
            Django admin's)
  DENIED    403
  NOT_FOUND 404: other people's classes, certificates and exports do not exist
            for them
  NOT_ALLOWED 405

Our own URL names (and allauth's account_* names) are listed one by one. Other
projects' admin views are each checked through one representative row (the Wagtail
admin's home, Django admin's index, Wagtail's document serving, media), plus the
snippet views of our own models. `coverage_key` says which row covers a URL;
test_permission_matrix.py fails when a URL is covered by none.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field

ROLES = (
    "anonymous",
    "learner",  # a learner in the class
    "other_learner",  # a learner in another class
    "teacher",  # the class's teacher
    "other_teacher",  # the teacher of another class
    "co_teacher",  # a second teacher of the class
    "editor",  # Wagtail's Editors group
    "analyst",  # Institute analysts
    "superuser",
    "invitee",  # no class yet; a class list named them: an invitation waits
)

OK = "ok"
REDIRECT = "redirect"
LOGIN = "login"
DENIED = "403"
NOT_FOUND = "404"
NOT_ALLOWED = "405"

SIGNED_IN = ROLES[1:]
CLASS_TEACHERS = ("teacher", "co_teacher")
REGISTRY_KEEPERS = ("analyst", "superuser")
WAGTAIL_ADMINS = ("editor", "superuser")


def roles(default: str, *, anonymous: str | None = None, **overrides) -> dict:
    """An outcome for every role: `default`, except the ones named."""
    expected = {role: overrides.get(role, default) for role in ROLES}
    if anonymous is not None:
        expected["anonymous"] = anonymous
    return expected


def only(
    allowed: tuple, outcome: str = OK, *, others: str, anonymous=LOGIN, **exceptions
) -> dict:
    """`outcome` for the roles in `allowed`, `others` for the rest (but for the
    `exceptions` named)."""
    expected = roles(others, anonymous=anonymous, **dict.fromkeys(allowed, outcome))
    expected.update(exceptions)
    return expected


EVERYONE = roles(OK)
SIGNED_IN_ONLY = roles(OK, anonymous=LOGIN)
# The JSON endpoints answer an anonymous caller 403 with a message, not a redirect.
LEARNER_API = roles(OK, anonymous=DENIED)
ONLY_CLASS_TEACHERS = only(CLASS_TEACHERS, others=NOT_FOUND)
CLASS_TEACHERS_ACT = only(CLASS_TEACHERS, REDIRECT, others=NOT_FOUND)
ONLY_REGISTRY_KEEPERS = only(REGISTRY_KEEPERS, others=DENIED)
ONLY_ANALYSTS = only(REGISTRY_KEEPERS, others=DENIED)
# Anyone without access to the Wagtail admin is sent to its login page.
WAGTAIL_ADMIN = only(WAGTAIL_ADMINS, others=LOGIN)
DJANGO_ADMIN = only(("superuser",), others=LOGIN)


@dataclass(frozen=True)
class Case:
    """One URL called one way, and the outcome for each role."""

    name: str
    expect: dict
    args: Callable = lambda w: []
    method: str = "get"
    data: Callable = lambda w: {}
    query: Callable = lambda w: ""
    content_type: str | None = None  # "json": the data is sent as a JSON body
    path: Callable | None = None  # a URL without a name (media)
    headers: dict = field(default_factory=dict)
    why: str = ""

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.name} {self.why}".strip()


def xapi_statement(w) -> dict:
    return {
        "key": "2f1e0d6c-5b4a-4f3e-8d2c-1b0a9f8e7d6c",
        "statement": {
            "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
            "object": {"id": "http://testserver/h5p/x", "objectType": "Activity"},
            "result": {"score": {"raw": 1, "max": 2, "min": 0}},
            "context": {"contextActivities": {}},
        },
    }


def _lesson(w):
    return [w.lesson.pk, w.activity]


def _h5p(w):
    return [w.h5p_lesson.pk, w.h5p_activity]


TABLE: list[Case] = [
    # --- site --------------------------------------------------------------------
    Case("healthz", EVERYONE),
    Case("wagtail_serve", EVERYONE, args=lambda w: [""], why="the home page"),
    Case("wagtail_serve", EVERYONE, path=lambda w: "/en/", why="the English home"),
    Case("wagtail_serve", EVERYONE, path=lambda w: w.course.get_parent().url),
    Case(
        "wagtail_serve",
        EVERYONE,
        path=lambda w: w.course.get_parent().url + "glossary/",
        why="the glossary",
    ),
    Case("wagtail_serve", EVERYONE, path=lambda w: w.course.url),
    Case("wagtail_serve", EVERYONE, path=lambda w: w.lesson.url),
    Case(
        "wagtail_serve",
        EVERYONE,
        path=lambda w: w.lesson.url + "handout/",
        why="a lesson's printable handout",
    ),
    Case("wagtail_serve", EVERYONE, path=lambda w: w.h5p_lesson.url),
    Case(
        "wagtail_serve",
        roles(NOT_FOUND),
        path=lambda w: w.extra["draft_url"],
        why="an unpublished lesson is no one's to read (editors preview in the admin)",
    ),
    Case(
        "wagtailcore_authenticate_with_password",
        roles(NOT_FOUND),
        args=lambda w: [999999, w.lesson.pk],
        why="no page has a password restriction",
    ),
    Case(
        "wagtailcore_login",
        EVERYONE,
        why="Wagtail's login for private pages (Django's LoginView form)",
    ),
    # --- accounts ----------------------------------------------------------------
    Case("profile", SIGNED_IN_ONLY),
    # The confirmation page; deleting needs the password (tests/accounts).
    Case("account_delete", SIGNED_IN_ONLY),
    Case("account_login", roles(REDIRECT, anonymous=OK)),
    Case("account_logout", roles(OK, anonymous=REDIRECT)),
    Case("account_logout", roles(REDIRECT), method="post"),
    Case("account_inactive", EVERYONE),
    Case("account_signup", roles(REDIRECT, anonymous=OK)),
    Case("account_reauthenticate", SIGNED_IN_ONLY),
    Case(
        "account_request_reauthentication_code",
        roles(REDIRECT, anonymous=LOGIN),
        why="log-in codes are off: back to reauthenticating by password",
    ),
    Case(
        "account_confirm_reauthentication_code",
        roles(REDIRECT, anonymous=LOGIN),
        why="log-in codes are off: back to reauthenticating by password",
    ),
    Case("account_email", SIGNED_IN_ONLY),
    Case("account_email_verification_sent", EVERYONE),
    Case("account_change_password", SIGNED_IN_ONLY),
    Case(
        "account_set_password",
        roles(REDIRECT, anonymous=LOGIN),
        why="everyone here has a password: sent to change it",
    ),
    Case("account_reset_password", EVERYONE),
    Case("account_reset_password_done", EVERYONE),
    Case(
        "admin_password_reset",
        roles(REDIRECT),
        why="Wagtail's reset is off: to allauth's, for everyone",
    ),
    Case(
        "account_confirm_login_code",
        roles(REDIRECT, anonymous=LOGIN),
        why="no log-in by code is pending",
    ),
    Case(
        "account_confirm_email",
        EVERYONE,
        args=lambda w: ["not-a-key"],
        why="a wrong key: the page says the link is invalid",
    ),
    Case(
        "account_reset_password_from_key",
        EVERYONE,
        args=lambda w: ["1", "not-a-key"],
        why="a wrong key: the page says the link is invalid",
    ),
    Case("account_reset_password_from_key_done", EVERYONE),
    # --- learning ------------------------------------------------------------------
    Case("my_learning", SIGNED_IN_ONLY),
    Case("my_learning_json", SIGNED_IN_ONLY),
    Case("my_learning_csv", SIGNED_IN_ONLY),
    # --- offline use -------------------------------------------------------------
    Case("web_manifest", EVERYONE),
    Case("service_worker", EVERYONE),
    Case("service_worker", roles(NOT_ALLOWED), method="post"),
    Case("offline_saved", SIGNED_IN_ONLY),
    Case(
        "offline_pack",
        LEARNER_API,
        args=lambda w: [w.course.pk],
        why="the files of a published module; a caller's own cache name",
    ),
    Case(
        "offline_pack",
        roles(NOT_FOUND, anonymous=DENIED),
        args=lambda w: [999999],
        why="no such module",
    ),
    Case(
        "offline_versions",
        LEARNER_API,
        query=lambda w: f"ids={w.course.pk},999999",
        why="the current versions of published modules, nothing personal",
    ),
    Case(
        "offline_assigned",
        LEARNER_API,
        why="the caller's own assigned modules",
    ),
    Case(
        "offline_saved",
        roles(REDIRECT, anonymous=LOGIN),
        method="post",
        data=lambda w: {"offline_auto_save": "on"},
        why="the caller's own setting",
    ),
    Case(
        "quiz_autosave",
        LEARNER_API,
        method="post",
        args=_lesson,
        data=lambda w: {"seq": "1"},
    ),
    Case("quiz_autosave", roles(NOT_ALLOWED), args=_lesson),
    Case(
        "quiz_submit",
        LEARNER_API,
        method="post",
        args=_lesson,
        data=lambda w: {"key": "0b8f6f0e-8a53-4f6c-9d8f-6f5b7b0d1c2e"},
        headers={"accept": "application/json"},
    ),
    Case(
        "quiz_check",
        roles(REDIRECT, anonymous=DENIED),
        method="post",
        args=_lesson,
        data=lambda w: {"question": w.open_question},
        why="feedback on one question: the browser is sent back to the lesson",
    ),
    Case(
        "lesson_reading",
        LEARNER_API,
        method="post",
        args=lambda w: [w.lesson.pk],
        data=lambda w: {"seconds": "30", "end": "1"},
    ),
    Case(
        "lesson_reading",
        roles(NOT_FOUND, anonymous=DENIED),
        method="post",
        args=lambda w: [w.extra["draft_pk"]],
        why="an unpublished lesson takes no results",
    ),
    Case(
        "h5p_xapi",
        LEARNER_API,
        method="post",
        args=_h5p,
        data=xapi_statement,
        content_type="json",
    ),
    Case("h5p_state", LEARNER_API, args=_h5p),
    Case(
        "h5p_state",
        LEARNER_API,
        method="post",
        args=_h5p,
        data=lambda w: {"data": '{"progress": 1}', "seq": 1},
        content_type="json",
    ),
    Case("h5p_viewed", LEARNER_API, method="post", args=_h5p),
    Case(
        "h5p_viewed",
        roles(NOT_FOUND, anonymous=DENIED),
        method="post",
        args=lambda w: [w.lesson.pk, w.activity],
        why="a quiz is not an H5P activity",
    ),
    Case(
        "h5p_player",
        EVERYONE,
        args=lambda w: [w.package.pk, w.package.version_key],
        why="the sandboxed frame: public and cookie-free",
    ),
    Case(
        "h5p_offline_frame",
        EVERYONE,
        why="the frame that plays a saved activity offline: static, our script only",
    ),
    Case(
        "h5p_file",
        EVERYONE,
        args=lambda w: [w.package.pk, w.package.version_key, "h5p.json"],
    ),
    Case(
        "h5p_file",
        roles(NOT_FOUND),
        args=lambda w: [w.package.pk, w.package.version_key, "content/../h5p.json"],
    ),
    # --- classes -----------------------------------------------------------------
    Case(
        "class_list",
        only(("teacher", "other_teacher", "co_teacher", "superuser"), others=DENIED),
    ),
    Case(
        "class_list",
        only(
            ("teacher", "other_teacher", "co_teacher", "superuser"),
            REDIRECT,
            others=DENIED,
        ),
        method="post",
        data=lambda w: {
            "institution": w.klass.institution_id,
            "name": "9-Г",
            "academic_year": "2026/2027",
        },
        why="creating a class",
    ),
    Case("class_detail", ONLY_CLASS_TEACHERS, args=lambda w: [w.klass.pk]),
    Case(
        "class_detail",
        only(("other_teacher",), others=NOT_FOUND),
        args=lambda w: [w.other_class.pk],
    ),
    Case(
        "class_regenerate_code",
        CLASS_TEACHERS_ACT,
        method="post",
        args=lambda w: [w.klass.pk],
        data=lambda w: {"valid_days": "7"},
    ),
    Case(
        "class_regenerate_code",
        only(CLASS_TEACHERS, NOT_ALLOWED, others=NOT_ALLOWED),
        args=lambda w: [w.klass.pk],
    ),
    Case(
        "class_add_teacher",
        CLASS_TEACHERS_ACT,
        method="post",
        args=lambda w: [w.klass.pk],
        data=lambda w: {"username": "insha-vchytelka"},
    ),
    Case(
        "class_archive", CLASS_TEACHERS_ACT, method="post", args=lambda w: [w.klass.pk]
    ),
    Case(
        "class_archive",
        ONLY_CLASS_TEACHERS,
        args=lambda w: [w.klass.pk],
        why="the page that asks to confirm",
    ),
    Case(
        "class_leave_teaching",
        ONLY_CLASS_TEACHERS,
        args=lambda w: [w.klass.pk],
        why="the page that asks to confirm (the owner is told they cannot)",
    ),
    Case(
        "class_group",
        CLASS_TEACHERS_ACT,
        method="post",
        args=lambda w: [w.klass.pk],
        data=lambda w: {"name": "Команда 1"},
    ),
    Case(
        "class_assign",
        CLASS_TEACHERS_ACT,
        method="post",
        args=lambda w: [w.klass.pk],
        data=lambda w: {"course": w.course.pk},
    ),
    Case(
        "class_interrupt",
        CLASS_TEACHERS_ACT,
        method="post",
        args=lambda w: [w.klass.pk],
        data=lambda w: {
            "due_from": "2026-01-01T00:00",
            "due_to": "2030-01-01T00:00",
            "shift": "24",
            "reason": "Повітряна тривога",
        },
    ),
    Case(
        "assignment_grid",
        ONLY_CLASS_TEACHERS,
        args=lambda w: [w.klass.pk, w.assignment.pk],
    ),
    Case(
        "assignment_grid",
        ONLY_CLASS_TEACHERS,
        args=lambda w: [w.klass.pk, w.assignment.pk],
        query=lambda w: "export=xlsx",
    ),
    Case(
        "assignment_grid",
        roles(NOT_FOUND, anonymous=LOGIN),
        args=lambda w: [w.klass.pk, w.extra["other_assignment_pk"]],
        why="another class's assignment under this class's URL",
    ),
    Case(
        "learner_detail",
        ONLY_CLASS_TEACHERS,
        args=lambda w: [w.klass.pk, w.learner.pk],
    ),
    Case(
        "learner_detail",
        ONLY_CLASS_TEACHERS,
        args=lambda w: [w.klass.pk, w.learner.pk],
        query=lambda w: "export=csv",
    ),
    Case(
        "learner_detail",
        roles(NOT_FOUND, anonymous=LOGIN),
        args=lambda w: [w.klass.pk, w.users["other_learner"].pk],
        why="a learner of another class under this class's URL",
    ),
    Case(
        "learner_detail",
        CLASS_TEACHERS_ACT,
        method="post",
        args=lambda w: [w.klass.pk, w.learner.pk],
        data=lambda w: {
            "action": "grade",
            "attempt": w.attempt.pk,
            "question": w.open_question,
            "points": "1",
            "comment": "Добре.",
        },
    ),
    Case(
        "learner_detail",
        CLASS_TEACHERS_ACT,
        method="post",
        args=lambda w: [w.klass.pk, w.learner.pk],
        data=lambda w: {"action": "reset", "lesson": w.lesson.pk, "reason": "Збій"},
    ),
    Case(
        "learner_detail",
        CLASS_TEACHERS_ACT,
        method="post",
        args=lambda w: [w.klass.pk, w.learner.pk],
        data=lambda w: {
            "action": "mark_complete",
            "lesson": w.lesson.pk,
            "reason": "На папері",
        },
    ),
    Case(
        "learner_detail",
        CLASS_TEACHERS_ACT,
        method="post",
        args=lambda w: [w.klass.pk, w.learner.pk],
        data=lambda w: {"action": "reset_password"},
        why="a new login card: refused (no class list made this account)",
    ),
    Case(
        "learner_detail",
        roles(NOT_FOUND, anonymous=LOGIN),
        args=lambda w: [w.klass.pk, w.users["invitee"].pk],
        why="an invited person is no one's learner until they accept",
    ),
    Case(
        "class_remove_teacher",
        CLASS_TEACHERS_ACT,
        method="post",
        args=lambda w: [w.klass.pk, w.users["co_teacher"].pk],
        why="the owner removes; the co-teacher is told only the owner may",
    ),
    Case(
        "class_leave_teaching",
        CLASS_TEACHERS_ACT,
        method="post",
        args=lambda w: [w.klass.pk],
        why="the co-teacher leaves; the owner is told they cannot",
    ),
    Case(
        "invitation_withdraw",
        CLASS_TEACHERS_ACT,
        method="post",
        args=lambda w: [w.klass.pk, w.extra["invitation_pk"]],
    ),
    Case("invitations", SIGNED_IN_ONLY),
    Case(
        "invitation_respond",
        only(("invitee",), REDIRECT, others=NOT_FOUND),
        method="post",
        args=lambda w: [w.extra["invitation_pk"]],
        data=lambda w: {"answer": "accept"},
        why="only the invitee answers; to anyone else it does not exist",
    ),
    Case(
        "invitation_respond",
        only(("other_teacher",), REDIRECT, others=NOT_FOUND),
        method="post",
        args=lambda w: [w.extra["teaching_invitation_pk"]],
        data=lambda w: {"answer": "accept"},
        why="an invitation to teach",
    ),
    Case(
        "invitation_respond",
        roles(NOT_ALLOWED, anonymous=LOGIN),
        args=lambda w: [w.extra["invitation_pk"]],
    ),
    Case("roster_import", ONLY_CLASS_TEACHERS, args=lambda w: [w.klass.pk]),
    Case(
        "roster_cards",
        CLASS_TEACHERS_ACT,
        args=lambda w: [w.klass.pk],
        why="no import just happened: back to the class",
    ),
    Case("join_class", SIGNED_IN_ONLY),
    Case("join_class_code", SIGNED_IN_ONLY, args=lambda w: [w.klass.join_code]),
    Case(
        "leave_class",
        only(("learner",), REDIRECT, others=NOT_FOUND),
        method="post",
        args=lambda w: [w.klass.pk],
    ),
    Case(
        "leave_class",
        only(("learner",), others=NOT_FOUND),
        args=lambda w: [w.klass.pk],
        why="the page that asks to confirm",
    ),
    # --- certificates --------------------------------------------------------------
    Case("certificate_verify_lookup", EVERYONE),
    Case(
        "certificate_verify",
        EVERYONE,
        args=lambda w: [w.certificate.number],
        why="public: status, module and initials only",
    ),
    Case(
        "certificate_download",
        only(("learner",), others=NOT_FOUND),
        args=lambda w: [w.certificate.number],
    ),
    Case(
        "certificate_download",
        only(("other_learner",), others=NOT_FOUND),
        args=lambda w: [w.other_certificate.number],
    ),
    Case(
        "certificate_confirm_name",
        only(("learner",), others=NOT_FOUND),
        args=lambda w: [w.unnamed_certificate.number],
    ),
    Case("certificate_registry", ONLY_REGISTRY_KEEPERS),
    Case("certificate_registry_csv", ONLY_REGISTRY_KEEPERS),
    Case("certificate_registry_xlsx", ONLY_REGISTRY_KEEPERS),
    Case(
        "certificate_registry_detail",
        ONLY_REGISTRY_KEEPERS,
        args=lambda w: [w.certificate.number],
    ),
    Case(
        "certificate_registry_detail",
        only(REGISTRY_KEEPERS, REDIRECT, others=DENIED),
        method="post",
        args=lambda w: [w.certificate.number],
        data=lambda w: {"reason": "Помилка в даних."},
        why="revoking",
    ),
    Case(
        "certificate_registry_reissue",
        roles(DENIED, anonymous=LOGIN, analyst=NOT_FOUND, superuser=NOT_FOUND),
        method="post",
        args=lambda w: [w.certificate.number],
        data=lambda w: {
            "step": "confirm",
            "last_name": "Коваленко",
            "first_name": "Ганна",
            "reason": "Виправлення.",
        },
        why="only a revoked certificate is reissued, by a registry keeper",
    ),
    Case(
        "certificate_pd_grading",
        roles(DENIED, anonymous=LOGIN),
        why="only a module's course leaders (no one in this world leads one)",
    ),
    Case(
        "certificate_recognition_new",
        ONLY_CLASS_TEACHERS,
        query=lambda w: f"class={w.klass.pk}&learner={w.learner.pk}",
    ),
    Case(
        "certificate_recognition_new",
        ONLY_CLASS_TEACHERS,
        method="post",
        query=lambda w: f"class={w.klass.pk}&learner={w.learner.pk}",
        data=lambda w: {
            "module": str(w.course.translation_key),
            "reason": "Виконав на папері.",
        },
        why="the learner holds this module's certificate: refused with a reason",
    ),
    Case(
        "certificate_recognition_new",
        roles(NOT_FOUND, anonymous=LOGIN),
        query=lambda w: f"class={w.klass.pk}&learner={w.users['teacher'].pk}",
        why="never for oneself",
    ),
    Case("certificate_recognition_list", ONLY_REGISTRY_KEEPERS),
    Case("certificate_recognition_csv", ONLY_REGISTRY_KEEPERS),
    Case("certificate_recognition_xlsx", ONLY_REGISTRY_KEEPERS),
    Case(
        "certificate_recognition_detail",
        ONLY_REGISTRY_KEEPERS,
        args=lambda w: [w.extra["recognition_pk"]],
    ),
    Case(
        "certificate_recognition_detail",
        only(REGISTRY_KEEPERS, REDIRECT, others=DENIED),
        method="post",
        args=lambda w: [w.extra["recognition_pk"]],
        data=lambda w: {"decision": "refuse", "reason": "Немає підтвердження."},
        why="deciding",
    ),
    # --- reports -------------------------------------------------------------------
    Case("reports_dashboard", ONLY_ANALYSTS),
    Case(
        "reports_dashboard",
        ONLY_ANALYSTS,
        query=lambda w: (
            f"institution={w.klass.institution_id}&table=institution&export=csv"
        ),
        why="an institution's table exported",
    ),
    Case(
        "reports_export_start",
        only(REGISTRY_KEEPERS, REDIRECT, others=DENIED),
        method="post",
        data=lambda w: {"fmt": "csv"},
    ),
    Case(
        "reports_export",
        only(("analyst",), others=DENIED, superuser=NOT_FOUND),
        args=lambda w: [w.export.pk],
        why="an export is its requester's only",
    ),
    Case(
        "reports_export_download",
        only(("analyst",), others=DENIED, superuser=NOT_FOUND),
        args=lambda w: [w.export.pk],
    ),
    Case(
        "reports_questions",
        only(
            ("teacher", "co_teacher", "other_teacher", *REGISTRY_KEEPERS),
            others=DENIED,
        ),
    ),
    # A class's question analysis is its teachers' only: analysts see the city or
    # an institution, never a class.
    Case(
        "reports_questions",
        only(
            CLASS_TEACHERS,
            others=DENIED,
            other_teacher=NOT_FOUND,
            analyst=NOT_FOUND,
            superuser=NOT_FOUND,
        ),
        query=lambda w: f"class={w.klass.pk}",
        why="a class",
    ),
    Case(
        "reports_questions",
        only(
            ("other_teacher",),
            others=DENIED,
            teacher=NOT_FOUND,
            co_teacher=NOT_FOUND,
            analyst=NOT_FOUND,
            superuser=NOT_FOUND,
        ),
        query=lambda w: f"class={w.other_class.pk}",
        why="another class",
    ),
    Case(
        "reports_questions",
        only(
            REGISTRY_KEEPERS,
            others=DENIED,
            teacher=NOT_FOUND,
            co_teacher=NOT_FOUND,
            other_teacher=NOT_FOUND,
        ),
        query=lambda w: f"institution={w.klass.institution_id}",
        why="an institution",
    ),
    Case("reports_releases", ONLY_ANALYSTS),
    Case(
        "reports_releases",
        only(REGISTRY_KEEPERS, REDIRECT, others=DENIED),
        method="post",
        data=lambda w: {"kind": "year", "period": w.extra["year"]},
        why="publishing a release",
    ),
    Case(
        "reports_quarterly_report",
        ONLY_ANALYSTS,
        args=lambda w: [w.extra["release_slug"]],
    ),
    Case(
        "reports_quarterly_report_pdf",
        ONLY_ANALYSTS,
        args=lambda w: [w.extra["release_slug"]],
    ),
    Case(
        "reports_quarterly_report",
        only(REGISTRY_KEEPERS, NOT_FOUND, others=DENIED),
        args=lambda w: ["1999-q1"],
        why="no such release",
    ),
    Case(
        "reports_quarterly_report_pdf",
        only(REGISTRY_KEEPERS, NOT_FOUND, others=DENIED),
        args=lambda w: ["1999-q1"],
        why="no such release",
    ),
    Case("open_data", EVERYONE),
    Case("commitment_progress", EVERYONE),
    Case(
        "commitment_progress",
        EVERYONE,
        path=lambda w: "/en/open-data/uaiev0001/",
        why="in English",
    ),
    Case("open_data_package", EVERYONE),
    Case(
        "open_data_release_file",
        EVERYONE,
        args=lambda w: [w.extra["release_slug"], "participation", "csv"],
    ),
    Case(
        "open_data_release_file",
        EVERYONE,
        args=lambda w: [w.extra["release_slug"], "corrections", "json"],
    ),
    Case(
        "open_data_release_file",
        roles(NOT_FOUND),
        args=lambda w: ["1999-q1", "participation", "csv"],
        why="no such release",
    ),
    Case(
        "open_data_csv",
        roles(REDIRECT),
        why="to the latest quarter's release",
    ),
    Case("open_data_json", roles(REDIRECT)),
    # --- the H5P libraries in the Wagtail admin: for those who may install them -------
    Case(
        "h5p_libraries",
        only(("superuser",), others=LOGIN, anonymous=LOGIN, editor=REDIRECT),
        why="an editor may not install libraries: Wagtail sends them home, with a note",
    ),
    Case(
        "h5p_library_versions",
        only(("superuser",), others=LOGIN, anonymous=LOGIN, editor=REDIRECT),
        args=lambda w: [w.package.libraries.first().pk],
    ),
    Case(
        "h5p_library_versions",
        only(("superuser", "editor"), REDIRECT, others=LOGIN),
        method="post",
        args=lambda w: [w.package.libraries.first().pk],
        why="no version chosen: back to the page with a message, nothing changed",
    ),
    Case("courses_review_due", WAGTAIL_ADMIN, why="lessons due for a fact check"),
    Case(
        "courses_review_due",
        WAGTAIL_ADMIN,
        query=lambda w: "export=csv",
        why="the same report as CSV",
    ),
    Case("courses_review_due_results", WAGTAIL_ADMIN),
    # --- other projects' views, one row per family -----------------------------------
    Case("wagtailadmin_home", WAGTAIL_ADMIN),
    Case("wagtailsnippets_h5p_package:list", WAGTAIL_ADMIN),
    # Our own view classes (they warn about media hosts after an upload).
    Case("wagtailsnippets_h5p_package:add", WAGTAIL_ADMIN),
    Case(
        "wagtailsnippets_h5p_package:edit", WAGTAIL_ADMIN, args=lambda w: [w.package.pk]
    ),
    Case("wagtailsnippetchoosers_h5p_package:choose", WAGTAIL_ADMIN),
    Case(
        "wagtailsnippetchoosers_h5p_package:chosen",
        WAGTAIL_ADMIN,
        args=lambda w: [w.package.pk],
    ),
    Case("wagtailsnippets_quizzes_quiz:list", WAGTAIL_ADMIN),
    Case("wagtailsnippetchoosers_quizzes_quiz:choose", WAGTAIL_ADMIN),
    Case("wagtailsnippets_courses_glossaryterm:list", WAGTAIL_ADMIN),
    Case("wagtailsnippetchoosers_courses_glossaryterm:choose", WAGTAIL_ADMIN),
    Case("wagtailsnippets_reports_commitmentnarrative:list", WAGTAIL_ADMIN),
    Case("wagtailsnippetchoosers_reports_commitmentnarrative:choose", WAGTAIL_ADMIN),
    Case(
        "wagtaildocs_serve",
        EVERYONE,
        args=lambda w: [w.document.pk, w.document.filename],
    ),
    Case("admin:index", DJANGO_ADMIN),
    Case("admin:classes_auditentry_changelist", DJANGO_ADMIN),
    Case("admin:certificates_certificate_changelist", DJANGO_ADMIN),
    Case(
        "media",
        EVERYONE,
        path=lambda w: w.extra["media_url"],
        why="uploads as the development server serves them",
    ),
]

OWN_MODULES = (
    "accounts.",
    "home.",
    "courses.",
    "quizzes.",
    "h5p.",
    "classes.",
    "reports.",
    "certificates.",
    "civiced.",
    "allauth.",
)
OWN_APPS = "accounts|home|courses|quizzes|h5p|classes|reports|certificates"
OWN_SNIPPETS = re.compile(rf"^wagtailsnippet(s|choosers)_({OWN_APPS})_\w+$")
FAMILIES = (
    ("django-admin/", "django-admin"),
    ("admin/", "wagtail-admin"),
    ("documents/", "wagtail-documents"),
    ("^media/", "media"),
)


def coverage_key(name: str | None, route: str, module: str) -> str:
    """What a table row must name to cover this URL: the URL name itself for our
    views (and allauth's and wagtail_serve), else the family of views it belongs
    to (a snippet of one of our models, the Wagtail admin, Django admin)."""
    namespace = name.split(":")[0] if name and ":" in name else ""
    if not module.startswith(OWN_MODULES):
        if OWN_SNIPPETS.match(namespace):
            return namespace
        for prefix, family in FAMILIES:
            if route.startswith(prefix):
                return family
    return name or f"<unnamed {route}>"
