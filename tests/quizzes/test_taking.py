"""Taking a quiz: answers stay secret, autosave restores, submit is idempotent,
malformed input changes nothing, and results roll up into progress."""

import uuid

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from learning.models import LessonProgress
from quizzes.models import Attempt
from tests.factories import UserFactory
from tests.quizzes.builders import open_response, single_choice

pytestmark = pytest.mark.django_db


def urls(lesson, activity_id):
    base = f"/api/quizzes/{lesson.pk}/{activity_id}"
    return f"{base}/autosave/", f"{base}/submit/"


def field(question_id):
    return f"q-{question_id}"


def option_id(attempt_question, text):
    return next(o["id"] for o in attempt_question["options"] if o["text"] == text)


@pytest.fixture
def learner(client):
    user = UserFactory(username="uchen-9a")
    client.force_login(user)
    return user


def test_answer_keys_and_feedback_never_reach_the_page(client, quiz_lesson, learner):
    lesson, _quiz, _activity = quiz_lesson()
    html = client.get(lesson.url).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select("fieldset.question")
    for secret in ("Так.", "Це національний.", "Поріг — 6000", "correct", "accepted"):
        assert secret not in html
    assert soup.select('input[type="radio"]')


def test_anonymous_visitors_see_the_quiz_but_are_asked_to_log_in(client, quiz_lesson):
    lesson, _quiz, _activity = quiz_lesson()
    html = client.get(lesson.url).content.decode()
    assert "Увійдіть" in html
    assert "data-quiz-form" not in html


def test_autosave_keeps_answers_and_a_reload_restores_them(
    client, quiz_lesson, learner
):
    lesson, quiz, activity = quiz_lesson()
    autosave, _submit = urls(lesson, activity)
    question = quiz.question_snapshots()[0]
    chosen = option_id(question, "6000")
    response = client.post(autosave, {field(question["id"]): chosen, "seq": "5"})
    assert response.status_code == 200
    assert response.json() == {"saved": True, "seq": 5}
    attempt = Attempt.objects.get()
    assert attempt.responses == {question["id"]: chosen}
    html = BeautifulSoup(client.get(lesson.url).content, "html.parser")
    radio = html.find("input", {"value": chosen})
    assert radio.has_attr("checked")


def test_an_older_autosave_arriving_late_does_not_overwrite_a_newer_one(
    client, quiz_lesson, learner
):
    lesson, quiz, activity = quiz_lesson()
    autosave, _submit = urls(lesson, activity)
    text_q = quiz.question_snapshots()[1]
    client.post(autosave, {field(text_q["id"]): "Київ Цифровий", "seq": "20"})
    client.post(autosave, {field(text_q["id"]): "стара", "seq": "10"})
    assert Attempt.objects.get().responses[text_q["id"]] == "Київ Цифровий"


def test_submit_grades_once_whatever_the_number_of_retries(
    client, quiz_lesson, learner
):
    lesson, quiz, activity = quiz_lesson()
    _autosave, submit = urls(lesson, activity)
    choice, text = quiz.question_snapshots()
    key = str(uuid.uuid4())
    data = {
        "key": key,
        field(choice["id"]): option_id(choice, "6000"),
        field(text["id"]): "київ цифровий",
    }
    first = client.post(submit, data, headers={"accept": "application/json"})
    again = client.post(submit, data, headers={"accept": "application/json"})
    assert first.status_code == again.status_code == 200
    assert first.json()["percent"] == "100.00"
    assert again.json()["repeated"] is True
    assert Attempt.objects.count() == 1
    progress = LessonProgress.objects.get(learner=learner, lesson=lesson)
    assert progress.status == LessonProgress.COMPLETED
    assert progress.best_score == 100


def test_results_show_feedback_and_explanations_after_submission(
    client, quiz_lesson, learner
):
    lesson, quiz, activity = quiz_lesson()
    _autosave, submit = urls(lesson, activity)
    choice, _text = quiz.question_snapshots()
    response = client.post(
        submit,
        {"key": str(uuid.uuid4()), field(choice["id"]): option_id(choice, "25000")},
    )
    assert response.status_code == 302
    html = client.get(lesson.url).content.decode()
    assert "Це національний." in html
    assert "Поріг — 6000 підписів за 60 днів." in html
    assert "Ще не зараховано: потрібно" in html
    assert LessonProgress.objects.get().status == LessonProgress.IN_PROGRESS


def test_a_failed_required_quiz_leaves_the_lesson_incomplete_until_passed(
    client, quiz_lesson, learner
):
    lesson, quiz, activity = quiz_lesson()
    _autosave, submit = urls(lesson, activity)
    choice, text = quiz.question_snapshots()
    client.post(submit, {"key": str(uuid.uuid4())})
    assert LessonProgress.objects.get().status == LessonProgress.IN_PROGRESS
    client.post(
        submit,
        {
            "key": str(uuid.uuid4()),
            field(choice["id"]): option_id(choice, "6000"),
            field(text["id"]): "Київ  Цифровий",
        },
    )
    assert Attempt.objects.filter(passed=True).count() == 1
    assert LessonProgress.objects.get().status == LessonProgress.COMPLETED


def test_attempt_limit(client, quiz_lesson, make_quiz, learner):
    lesson, _quiz, activity = quiz_lesson(quiz=make_quiz(attempts_allowed=1))
    autosave, submit = urls(lesson, activity)
    assert client.post(submit, {"key": str(uuid.uuid4())}).status_code == 302
    refused = client.post(
        submit, {"key": str(uuid.uuid4())}, headers={"accept": "application/json"}
    )
    assert refused.status_code == 409
    assert "всі дозволені спроби" in refused.json()["error"]
    assert client.post(autosave, {"seq": "1"}).status_code == 409
    assert Attempt.objects.count() == 1


def test_open_responses_wait_for_a_teacher(client, quiz_lesson, make_quiz, learner):
    quiz = make_quiz(questions=[single_choice(), open_response()])
    lesson, quiz, activity = quiz_lesson(quiz=quiz)
    _autosave, submit = urls(lesson, activity)
    choice, essay = quiz.question_snapshots()
    response = client.post(
        submit,
        {
            "key": str(uuid.uuid4()),
            field(choice["id"]): option_id(choice, "6000"),
            field(essay["id"]): "Про освітлення у парку.",
        },
        headers={"accept": "application/json"},
    )
    assert response.json()["status"] == "awaiting_grading"
    attempt = Attempt.objects.get()
    assert attempt.passed is None
    assert attempt.results[essay["id"]]["status"] == "awaiting_grading"


def test_an_attempt_keeps_the_questions_as_they_were_shown(
    client, quiz_lesson, learner
):
    lesson, quiz, activity = quiz_lesson()
    _autosave, submit = urls(lesson, activity)
    choice, _text = quiz.question_snapshots()
    client.post(
        submit,
        {"key": str(uuid.uuid4()), field(choice["id"]): option_id(choice, "6000")},
    )
    # The editor rewrites the question and publishes.
    quiz.questions[0].value["prompt"] = type(quiz.questions[0].value["prompt"])(
        "<p>Зовсім інше запитання</p>"
    )
    quiz.save_revision().publish()
    attempt = Attempt.objects.get()
    assert "Скільки підписів" in attempt.questions[0]["prompt"]
    assert attempt.quiz_revision is not None
    assert attempt.quiz_revision != quiz.live_revision
    assert attempt.questions[0]["id"] == quiz.question_snapshots()[0]["id"]


@pytest.mark.parametrize(
    "bad",
    [
        {"q-not-a-question": "x"},
        {"seq": "many"},
    ],
)
def test_malformed_autosaves_get_400_and_store_nothing(
    client, quiz_lesson, learner, bad
):
    lesson, _quiz, activity = quiz_lesson()
    autosave, _submit = urls(lesson, activity)
    response = client.post(autosave, bad)
    assert response.status_code == 400
    assert response.json()["error"]
    assert not Attempt.objects.exclude(responses={}).exists()


def test_a_wrong_option_id_is_refused(client, quiz_lesson, learner):
    lesson, quiz, activity = quiz_lesson()
    autosave, submit = urls(lesson, activity)
    choice = quiz.question_snapshots()[0]
    response = client.post(autosave, {field(choice["id"]): "no-such-option"})
    assert response.status_code == 400
    response = client.post(
        submit,
        {"key": str(uuid.uuid4()), field(choice["id"]): "no-such-option"},
        headers={"accept": "application/json"},
    )
    assert response.status_code == 400
    assert not Attempt.objects.submitted().exists()


def test_oversized_bodies_and_bad_keys_are_refused(client, quiz_lesson, learner):
    lesson, quiz, activity = quiz_lesson()
    autosave, submit = urls(lesson, activity)
    text = quiz.question_snapshots()[1]
    assert client.post(autosave, {field(text["id"]): "я" * 70000}).status_code == 400
    assert client.post(submit, {"key": "not-a-uuid"}).status_code == 400
    assert not Attempt.objects.submitted().exists()


def test_endpoints_need_login_and_csrf(quiz_lesson):
    from django.test import Client

    lesson, _quiz, activity = quiz_lesson()
    autosave, _submit = urls(lesson, activity)
    anonymous = Client()
    assert anonymous.post(autosave, {"seq": "1"}).status_code == 403
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(UserFactory(username="bez-csrf"))
    assert strict.post(autosave, {"seq": "1"}).status_code == 403
    assert not Attempt.objects.exists()


def test_unknown_or_unpublished_activities_are_404(client, quiz_lesson, learner):
    lesson, _quiz, _activity = quiz_lesson()
    assert client.post(f"/api/quizzes/{lesson.pk}/nope/autosave/").status_code == 404
    assert client.post("/api/quizzes/999999/nope/submit/").status_code == 404


def submit_queries(client, lesson, activity, questions) -> int:
    _autosave, submit = urls(lesson, activity)
    data = {"key": str(uuid.uuid4())}
    for question in questions:
        data[field(question["id"])] = option_id(question, "6000")
    with CaptureQueriesContext(connection) as captured:
        response = client.post(submit, data, headers={"accept": "application/json"})
    assert response.status_code == 200
    return len(captured)


def test_submit_queries_do_not_grow_with_the_number_of_questions(
    client, quiz_lesson, make_quiz, learner
):
    small = make_quiz(questions=[single_choice()])
    large = make_quiz(questions=[single_choice() for _ in range(12)])
    lesson_a, small, activity_a = quiz_lesson(quiz=small, slug="a")
    lesson_b, large, activity_b = quiz_lesson(quiz=large, slug="b")
    few = submit_queries(client, lesson_a, activity_a, small.question_snapshots())
    many = submit_queries(client, lesson_b, activity_b, large.question_snapshots())
    assert few == many


def test_matching_pairs_cannot_be_read_from_the_page(
    client, quiz_lesson, make_quiz, learner
):
    from tests.quizzes.builders import matching

    lesson, quiz, activity = quiz_lesson(quiz=make_quiz(questions=[matching()]))
    question = quiz.question_snapshots()[0]
    html = BeautifulSoup(client.get(lesson.url).content, "html.parser")
    pair_ids = {pair["id"] for pair in question["pairs"]}
    selects = html.select("fieldset.question select")
    assert len(selects) == 3
    option_values = {
        o["value"] for s in selects for o in s.find_all("option") if o["value"]
    }
    assert option_values and not option_values & pair_ids

    # Choosing by visible text still grades correctly.
    data = {"key": str(uuid.uuid4())}
    for select in selects:
        left = select.find_previous("label").get_text(strip=True)
        right = {"Київрада": "ухвалює рішення", "КМДА": "виконує рішення"}.get(
            left, "ухвалює рішення"
        )
        value = next(
            o["value"] for o in select.find_all("option") if o.get_text() == right
        )
        data[select["name"]] = value
    _autosave, submit = urls(lesson, activity)
    response = client.post(submit, data, headers={"accept": "application/json"})
    assert response.json()["score"] == "0.67"


def test_fill_in_the_blanks_shows_a_labelled_input_per_gap_and_restores_it(
    client, quiz_lesson, make_quiz, learner
):
    from tests.quizzes.builders import fill_blanks

    lesson, quiz, activity = quiz_lesson(quiz=make_quiz(questions=[fill_blanks()]))
    question = quiz.question_snapshots()[0]
    html = BeautifulSoup(client.get(lesson.url).content, "html.parser")
    gaps = html.select(".blanks input")
    assert [g["aria-label"] for g in gaps] == ["Пропуск 1", "Пропуск 2"]
    assert "6000" not in html.select_one(".blanks").decode()
    autosave, submit = urls(lesson, activity)
    client.post(autosave, {f"q-{question['id']}--0": "6 000", "seq": "1"})
    html = BeautifulSoup(client.get(lesson.url).content, "html.parser")
    assert html.select(".blanks input")[0]["value"] == "6 000"
    # The browser sends every gap of the form, as restored.
    response = client.post(
        submit,
        {
            "key": str(uuid.uuid4()),
            f"q-{question['id']}--0": html.select(".blanks input")[0]["value"],
            f"q-{question['id']}--1": "60",
        },
        headers={"accept": "application/json"},
    )
    assert response.json()["percent"] == "100.00"


def test_immediate_feedback_grades_one_question_and_keeps_its_answer(
    client, quiz_lesson, make_quiz, learner
):
    lesson, quiz, activity = quiz_lesson(quiz=make_quiz(feedback_timing="immediate"))
    choice, text = quiz.question_snapshots()
    base = f"/api/quizzes/{lesson.pk}/{activity}"
    html = BeautifulSoup(client.get(lesson.url).content, "html.parser")
    assert len(html.select("[data-check]")) == 2
    wrong = option_id(choice, "25000")
    response = client.post(
        f"{base}/check/",
        {"question": choice["id"], field(choice["id"]): wrong},
        headers={"accept": "application/json"},
    )
    assert response.status_code == 200
    assert response.json()["status"] == "incorrect"
    assert "Це національний." in response.json()["html"]
    # Changing a checked answer afterwards changes nothing.
    client.post(f"{base}/autosave/", {field(choice["id"]): option_id(choice, "6000")})
    result = client.post(
        f"{base}/submit/",
        {"key": str(uuid.uuid4()), field(text["id"]): "Київ Цифровий"},
        headers={"accept": "application/json"},
    )
    assert result.json()["percent"] == "50.00"
    page = BeautifulSoup(client.get(lesson.url).content, "html.parser")
    assert "Це національний." in page.get_text()


def test_per_question_checks_are_refused_when_feedback_comes_after_submission(
    client, quiz_lesson, learner
):
    lesson, quiz, activity = quiz_lesson()
    choice = quiz.question_snapshots()[0]
    response = client.post(
        f"/api/quizzes/{lesson.pk}/{activity}/check/",
        {"question": choice["id"], field(choice["id"]): option_id(choice, "6000")},
    )
    assert response.status_code == 409
    assert not Attempt.objects.exclude(results={}).exists()


def test_lesson_page_queries_do_not_grow_with_the_number_of_questions(
    client, quiz_lesson, make_quiz, learner
):
    from tests.quizzes.builders import fill_blanks, matching, short_text

    def queries(lesson, activity, questions):
        _autosave, submit = urls(lesson, activity)
        client.post(submit, {"key": str(uuid.uuid4())})  # an attempt with results
        client.get(lesson.url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(lesson.url).status_code == 200
        return len(captured)

    few = [single_choice()]
    many = [build() for build in (single_choice, short_text, matching, fill_blanks) * 4]
    lesson_a, _q, activity_a = quiz_lesson(quiz=make_quiz(questions=few), slug="a")
    lesson_b, _q, activity_b = quiz_lesson(quiz=make_quiz(questions=many), slug="b")
    assert queries(lesson_a, activity_a, few) == queries(lesson_b, activity_b, many)


def test_autosave_and_submit_query_counts_stay_fixed(
    caches_off, client, quiz_lesson, learner, django_assert_num_queries
):
    lesson, quiz, activity = quiz_lesson()
    autosave, submit = urls(lesson, activity)
    choice, text = quiz.question_snapshots()
    client.post(autosave, {field(text["id"]): "перша"})  # starts the attempt
    with django_assert_num_queries(AUTOSAVE_QUERIES):
        response = client.post(autosave, {field(text["id"]): "друга", "seq": "5"})
    assert response.json() == {"saved": True, "seq": 5}
    data = {field(choice["id"]): option_id(choice, "6000")}
    for number, expected in ((1, SUBMIT_QUERIES_FIRST), (2, SUBMIT_QUERIES)):
        # The first grades the open attempt; the next starts and grades a new one.
        with django_assert_num_queries(expected):
            response = client.post(
                submit,
                {**data, "key": str(uuid.uuid4())},
                headers={"accept": "application/json"},
            )
        assert response.json()["attempt"] == number
        assert response.json()["passed"] is False  # the text answer is wrong or missing
    assert Attempt.objects.get(number=1).responses[text["id"]] == "друга"


def test_a_published_change_to_the_lesson_reaches_the_endpoints_at_once(
    client, quiz_lesson, learner
):
    lesson, quiz, activity = quiz_lesson()
    autosave, _submit = urls(lesson, activity)
    text = quiz.question_snapshots()[1]
    assert client.post(autosave, {field(text["id"]): "так"}).status_code == 200
    lesson.body = [("paragraph", "<p>Тест прибрано.</p>")]
    lesson.save_revision().publish()
    assert client.post(autosave, {field(text["id"]): "ні"}).status_code == 404
    lesson.unpublish()
    assert client.post(autosave, {field(text["id"]): "ні"}).status_code == 404
    assert Attempt.objects.get().responses[text["id"]] == "так"


# Session, user, lesson, the open attempt of the live quiz, its update.
AUTOSAVE_QUERIES = 5


def test_a_lesson_showing_another_quiz_is_graded_against_it_at_once(
    client, quiz_lesson, make_quiz, learner
):
    import json

    from courses.models import LessonPage

    lesson, _quiz, activity = quiz_lesson()
    _autosave, submit = urls(lesson, activity)
    json_accept = {"accept": "application/json"}
    first = client.post(submit, {"key": str(uuid.uuid4())}, headers=json_accept)
    assert first.json()["attempt"] == 1
    other = make_quiz(questions=[single_choice()])
    page = LessonPage.objects.get(pk=lesson.pk)
    page.body = json.dumps(
        [{"type": "quiz", "id": activity, "value": {"quiz": other.pk}}]
    )
    page.save_revision().publish()
    choice = other.question_snapshots()[0]
    answer = {"key": str(uuid.uuid4()), field(choice["id"]): option_id(choice, "6000")}
    response = client.post(submit, answer, headers=json_accept)
    assert response.json()["percent"] == "100.00"
    assert Attempt.objects.get(number=2).quiz == other
    other.unpublish()
    answer["key"] = str(uuid.uuid4())
    assert client.post(submit, answer, headers=json_accept).status_code == 404


# The graded attempt and the progress row it implies are one statement on
# PostgreSQL, two on SQLite.
ROW_WRITES = 1 if connection.vendor == "postgresql" else 2
# Session, user, the lesson read with its quiz; then in one transaction (a savepoint
# in tests): the progress lock, this key's or the open attempt with the attempts that
# count so far, the writes. The reports' roll-up is left alone when the progress
# row's status, score and dates are as they were (the second, failed attempt)...
SUBMIT_QUERIES = 7 + ROW_WRITES
# ...and refreshed when they change (the first result): the learner's rows locked
# and read, their progress summed, the learner's row and three tables of cells.
SUBMIT_QUERIES_FIRST = SUBMIT_QUERIES + 6
