"""A change made on one worker shows on every worker of every server at once.

Before each change every worker of every server answers the page (so each
worker's process caches hold the old state); then one server makes the change, as
a person would (the Wagtail admin, the site's own pages) or as an operator would
(`manage.py shell`), and every worker of the other server must show it on the very
next request it answers, and then every worker of the server that made it. The
`make run` set-up has one server: both its workers.
"""

import re
import time

import bs4
import pytest
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from tests.multiprocess.conftest import (
    ADMIN,
    EDITOR,
    TEACHER,
    Visitor,
    log_in,
    new_key,
    on_every_worker,
)
from tests.multiprocess.scenario import NEW_ANSWER, OLD_ANSWER, QUESTION_ID

SET_UPS = ["production", "make-run"]
every_set_up = pytest.mark.parametrize("site", SET_UPS, indirect=True)


def shows(*texts):
    def check(response):
        assert response.status_code == 200, response.status_code
        for text in texts:
            assert text in response.text, f"{text!r} is not on the page"

    return check


def lacks(text):
    def check(response):
        assert text not in response.text, f"{text!r} is still on the page"

    return check


def both(*checks):
    def check(response):
        for one in checks:
            one(response)

    return check


def refused_to_log_in(response):
    """Sent to the login page: the session no longer logs them in."""
    assert response.status_code == 302, response.status_code
    assert response.headers["Location"].startswith("/accounts/login/"), (
        response.headers["Location"]
    )


def admin_errors(response) -> str:
    """What the admin said was wrong with the form."""
    soup = bs4.BeautifulSoup(response.text, "html.parser")
    found = soup.select(".error-message, .messages, .help-critical, .w-field__errors")
    return f"{response.status_code}: " + " | ".join(
        " ".join(tag.get_text().split()) for tag in found
    )


LOGGED_IN = 'action="/accounts/logout/"'  # the header's "Log out" button


def lesson_views(site, slug, learner):
    """The lesson as an anonymous visitor and as a logged-in learner sees it, with
    what tells the two apart."""
    url = site.data["lessons"][slug]["url"]
    return [
        (lambda server: Visitor().get(server, url), lacks(LOGGED_IN)),
        (lambda server: learner.get(server, url), shows(LOGGED_IN)),
    ]


def publish_lesson_in_admin(site, slug: str, text: str) -> None:
    """An editor changes the lesson's text in the Wagtail admin and publishes it."""
    editor = log_in(site.first, EDITOR)
    path = f"/admin/pages/{site.data['lessons'][slug]['id']}/edit/"
    fields = [
        (key, value)
        for key, value in editor.form(site.first, path, form_id="page-edit-form")
        if not key.startswith("body-")
    ]
    # The body is drawn by JavaScript; post it as the editor's browser would.
    body = nested_form_data(
        {
            "body": streamfield([("paragraph", rich_text(f"<p>{text}</p>"))]),
            "sources": streamfield([]),
            "plan": streamfield([]),
        }
    )
    fields += [*body.items(), ("action-publish", "action-publish")]
    response = editor.post(site.first, path, fields)
    assert response.status_code == 302, admin_errors(response)


@every_set_up
def test_a_published_lesson_edit_shows_on_every_worker(site):
    learner = log_in(site.first, "mp-reader")
    views = lesson_views(site, "mp-edit", learner)
    for view, who in views:
        on_every_worker(
            site.servers, view, both(who, shows("Перша редакція уроку mp-edit."))
        )

    publish_lesson_in_admin(site, "mp-edit", "Друга редакція, опублікована.")

    for view, who in views:
        on_every_worker(
            site.others_first,
            view,
            both(who, shows("Друга редакція, опублікована."), lacks("Перша редакція")),
        )


@every_set_up
def test_a_lesson_edit_published_from_a_shell_shows_on_every_worker(site):
    learner = log_in(site.first, "mp-reader")
    views = lesson_views(site, "mp-shell-edit", learner)
    for view, who in views:
        on_every_worker(
            site.servers, view, both(who, shows("Перша редакція уроку mp-shell-edit."))
        )

    site.shell(
        "from tests.multiprocess.scenario import publish_lesson_text; "
        "publish_lesson_text('mp-shell-edit', 'Редакція з консолі.')"
    )

    for view, who in views:
        on_every_worker(
            site.servers,
            view,
            both(who, shows("Редакція з консолі."), lacks("Перша редакція")),
        )


def submit(site, learner, answer):
    quiz = site.data["quiz"]
    lesson = site.data["lessons"]["mp-quiz"]["id"]
    path = f"/api/quizzes/{lesson}/{quiz['activity']}/submit/"

    def ask(server):
        return learner.post(
            server,
            path,
            {"key": new_key(), f"q-{QUESTION_ID}": answer},
            headers={"Accept": "application/json"},
        )

    return ask


def graded(*, passed: bool):
    def check(response):
        assert response.status_code == 200, (response.status_code, response.text)
        result = response.json()
        assert result["passed"] is passed, result
        assert result["percent"].startswith("100" if passed else "0"), result

    return check


def change_answer_in_admin(site, answer: str) -> None:
    """An editor changes the quiz's answer key in the Wagtail admin and publishes."""
    editor = log_in(site.first, EDITOR)
    path = f"/admin/snippets/quizzes/quiz/edit/{site.data['quiz']['id']}/"
    fields = [
        (key, value)
        for key, value in editor.form(site.first, path, form_id="w-editor-form")
        if not key.startswith("questions-")
    ]
    question = {
        "count": "1",
        "0": {
            "type": "numeric",
            "id": QUESTION_ID,
            "deleted": "",
            "order": "0",
            "value": {
                "prompt": rich_text(
                    "<p>Скільки підписів потрібно петиції до Київради?</p>",
                    features=["bold", "italic", "link"],
                ),
                "points": "1",
                "explanation": "",
                "answer": answer,
                "tolerance": "0",
                "unit": "",
                "feedback_correct": "",
                "feedback_incorrect": "",
            },
        },
    }
    fields += [
        *nested_form_data({"questions": question}).items(),
        ("action-publish", "action-publish"),
    ]
    response = editor.post(site.first, path, fields)
    assert response.status_code == 302, admin_errors(response)


@every_set_up
def test_a_changed_answer_key_grades_on_every_worker(site):
    learner = log_in(site.first, "mp-taker")
    on_every_worker(
        site.servers, submit(site, learner, OLD_ANSWER), graded(passed=True)
    )

    change_answer_in_admin(site, NEW_ANSWER)

    on_every_worker(
        site.others_first, submit(site, learner, NEW_ANSWER), graded(passed=True)
    )
    on_every_worker(
        site.others_first, submit(site, learner, OLD_ANSWER), graded(passed=False)
    )


def my_learning(visitor):
    return lambda server: visitor.get(server, "/learning/")


# "My learning" lists the module the learner's class is assigned.
ASSIGNED = shows("Моє навчання", "Перевірка кількох процесів")


def edit_user_in_admin(site, username: str, change) -> None:
    """An administrator edits the account in Wagtail's users admin."""
    admin = log_in(site.first, ADMIN)
    path = f"/admin/users/edit/{site.data['users'][username]}/"
    fields = change(admin.form(site.first, path, form_id="w-editor-form"))
    response = admin.post(site.first, path, fields)
    assert response.status_code == 302, admin_errors(response)


@every_set_up
def test_a_deactivated_account_is_logged_out_on_every_worker(site):
    learner = log_in(site.first, "mp-leaver")
    on_every_worker(site.servers, my_learning(learner), ASSIGNED)

    edit_user_in_admin(
        site,
        "mp-leaver",
        lambda fields: [(k, v) for k, v in fields if k != "is_active"],
    )

    on_every_worker(site.others_first, my_learning(learner), refused_to_log_in)


@every_set_up
def test_an_account_deactivated_from_a_shell_is_logged_out_on_every_worker(site):
    learner = log_in(site.first, "mp-shell-leaver")
    on_every_worker(site.servers, my_learning(learner), ASSIGNED)

    site.shell(
        "from tests.multiprocess.scenario import deactivate; "
        "deactivate('mp-shell-leaver')"
    )

    on_every_worker(site.servers, my_learning(learner), refused_to_log_in)


CREATE_CLASS = "Створити клас"


@every_set_up
def test_a_teacher_out_of_the_teachers_group_is_refused_on_every_worker(site):
    teacher = log_in(site.first, "mp-teacher")
    teach = lambda server: teacher.get(server, "/teach/")  # noqa: E731
    on_every_worker(site.servers, teach, shows(CREATE_CLASS))

    # Teachers is the only group the account is in.
    edit_user_in_admin(
        site, "mp-teacher", lambda fields: [(k, v) for k, v in fields if k != "groups"]
    )

    def refused(response):
        assert response.status_code == 403, response.status_code
        assert CREATE_CLASS not in response.text

    on_every_worker(site.others_first, teach, refused)


def grid_row(response, name: str, done: str) -> None:
    """The grid's row of the learner called `name` says `done` lessons are done."""
    assert response.status_code == 200, response.status_code
    rows = [
        row
        for row in re.findall(r"<tr\b.*?</tr>", response.text, flags=re.S)
        if f">{name}</a>" in row
    ]
    assert len(rows) == 1, f"{len(rows)} rows for {name} in the grid"
    assert f"<td>{done}</td>" in rows[0], rows[0]


@every_set_up
def test_a_recorded_result_shows_in_the_teachers_grid_on_every_worker(site):
    teacher = log_in(site.first, TEACHER)
    grid = lambda server: teacher.get(server, site.data["grid"])  # noqa: E731
    # The learner's row: lessons done of the module's four.
    on_every_worker(
        site.servers, grid, lambda response: grid_row(response, "Учасник05", "0 / 4")
    )

    learner = log_in(site.first, "mp-grid")
    lesson = site.data["lessons"]["mp-read"]["id"]
    response = learner.post(
        site.first,
        f"/api/lessons/{lesson}/reading/",
        {"seconds": "120", "end": "1", "position": "{}"},
    )
    assert response.json() == {"status": "completed"}, response.text

    on_every_worker(
        site.others_first,
        grid,
        lambda response: grid_row(response, "Учасник05", "1 / 4"),
    )


@pytest.mark.parametrize("site", ["production"], indirect=True)
def test_pages_and_the_health_check_keep_answering_without_redis(site):
    lesson = site.data["lessons"]["mp-read"]["url"]
    anonymous = lambda server: Visitor().get(server, lesson)  # noqa: E731
    text = shows("Перша редакція уроку mp-read.")
    on_every_worker(site.servers, anonymous, text)  # cached in Redis
    learner = log_in(site.first, "mp-reader")
    on_every_worker(site.servers, my_learning(learner), ASSIGNED)

    site.redis.kill()
    try:
        on_every_worker(site.servers, anonymous, text)
        # Still logged in: the session is in the database too.
        on_every_worker(site.servers, my_learning(learner), ASSIGNED)
        on_every_worker(
            site.servers,
            lambda server: Visitor().get(server, "/accounts/login/"),
            shows('name="login"', 'name="password"'),
        )

        def health(response):
            # Degraded, not down: the load balancer keeps the server (README).
            assert response.status_code == 200, response.status_code
            assert response.json() == {
                "status": "degraded",
                "database": "ok",
                "cache": "unreachable",
            }, response.text

        on_every_worker(
            site.servers, lambda server: Visitor().get(server, "/healthz"), health
        )
    finally:
        site.redis.start()  # for any test after this one: the cache back, empty
        cache_back(site)


def cache_back(site, seconds: float = 30) -> None:
    """Wait (a while at most) until every worker says the cache is reachable."""
    deadline = time.monotonic() + seconds
    ok = 0
    while ok < 4 * len(site.servers) and time.monotonic() < deadline:
        for server in site.servers:
            try:
                answer = Visitor().get(server, "/healthz").json()
            except (OSError, ValueError):
                answer = {}
            ok = ok + 1 if answer.get("cache") == "ok" else 0
        time.sleep(0.2)
