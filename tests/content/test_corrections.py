"""Facts the fact-check found wrong stay corrected in content/ (content-facts.md,
section 8). Each test greps the text files for the wording that carried the error."""

import re
import tomllib

from courses import content_format as fmt

IRM = re.compile(r"\bIRM\b|(?i:незалежн\w* механізм|independent reporting)")
NATIONAL = re.compile(r"національн|national", re.I)
COUNCIL = {
    "uk": "Координаційна рада з питань розвитку громадянського суспільства",
    "en": "Coordination Council for Civil Society Development",
}


def _texts():
    for path in sorted(fmt.CONTENT_DIR.rglob("*")):
        if path.suffix in (".md", ".toml"):
            yield path, path.read_text(encoding="utf-8")


def _sentences(text: str):
    return re.split(r"(?<=[.!?])\s+|\n", text)


def test_the_irm_is_only_ever_said_to_review_national_plans():
    """OGP's IRM reviews national plans; Kyiv's plan is monitored by the city's
    Coordination Council (content-facts 6.5, 6.13, section 8 item 11)."""
    wrong = [
        f"{path.relative_to(fmt.CONTENT_DIR)}: {sentence.strip()[:120]}"
        for path, text in _texts()
        for sentence in _sentences(text)
        if IRM.search(sentence) and not NATIONAL.search(sentence)
    ]
    assert wrong == [], "\n".join(wrong)


def test_the_action_plan_lesson_names_kyivs_monitoring_body():
    folder = fmt.CONTENT_DIR / "modules" / "open-government-open-data"
    for language, name in COUNCIL.items():
        lesson = (folder / f"02-kyiv-action-plan.{language}.md").read_text("utf-8")
        assert name in lesson, language
        quiz = (folder / f"02-kyiv-action-plan.quiz.{language}.toml").read_text("utf-8")
        assert name in quiz, language


def test_the_pd_module_claims_no_real_institution():
    """Issue 22: the teacher module was presented as offered with, worth 30 hours
    and 1 ECTS credit from, and certified by Grinchenko University's postgraduate
    institute; no source supports any of it (content-facts 6.15, section 8 item 12)."""
    folder = fmt.CONTENT_DIR / "modules" / "teaching-civic-participation"
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()))
    for claim in (
        "пропонується разом з",
        "offered with",
        "30 годин",
        "30 hours",
        "30-hour",
        "ЄКТС",
        "ECTS",
        "Директор Інституту",
        "Director of the Institute",
    ):
        assert claim not in text, claim
    assert "демонстраційний модуль" in text.lower()
    assert "demonstration module" in text.lower()


def _module_text(slug: str) -> str:
    folder = fmt.CONTENT_DIR / "modules" / slug
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()))


def _all_text() -> str:
    return "\n".join(text for _path, text in _texts())


def _questions(language: str):
    for path in sorted(fmt.CONTENT_DIR.rglob(f"*.quiz.{language}.toml")):
        for question in tomllib.loads(path.read_text("utf-8"))["question"]:
            yield path, question


def test_the_hub_count_is_the_plans_five_as_of_february_2025():
    """Kyiv's plan says five Vcentri HUB spaces operate (Feb 2025; content-facts 4.3,
    6.16, section 8 item 9); the lessons said "four or five (sources differ)"."""
    text = _all_text()
    for wrong in ("чотири або пʼять", "чотири або п'ять", "four or five"):
        assert wrong not in text, wrong
    lesson = _module_text("vcentri-hub")
    assert "пʼять просторів Vcentri HUB" in lesson
    assert "five Vcentri HUB spaces" in lesson
    assert "станом на лютий 2025 року" in lesson
    assert "as of February 2025" in lesson


def test_registration_is_for_holding_ones_own_events_and_is_hedged():
    """Registration on vcentri.com lets an organisation hold its own events at the
    hubs (4.7), and the act governing the register was not found (4.9): the
    procedure is what the city described in 2021, not a settled rule."""
    text = _module_text("vcentri-hub")
    for wrong in (
        "доступ до заходів у хабах",
        "Доступ до заходів у хабах",
        "access to events at the hubs",
        "Access to events at the hubs",
        "Зареєструватися на платформі і зʼясувати, як потрапити до реєстру",
        "Register on the platform and find out how to get into the register",
        "Put the steps for a civic organisation in the correct order",
    ):
        assert wrong not in text, wrong
    assert "власні заходи" in text
    assert "own events" in text
    folder = fmt.CONTENT_DIR / "modules" / "vcentri-hub"
    uk = (folder / "03-using-hub-and-platform.uk.md").read_text("utf-8")
    en = (folder / "03-using-hub-and-platform.en.md").read_text("utf-8")
    assert "не знайшли" in uk and "станом на березень 2021 року" in uk
    assert "could not find" in en and "as of March 2021" in en


def test_parental_consent_for_a_photo_is_not_stated_as_law():
    """No statute requiring parents' consent to publish a 14–17-year-old's photo was
    found; the Civil Code asks for the person's own consent (section 8 item 14)."""
    text = _all_text()
    for wrong in (
        "потрібна і їхня згода, і згода батьків",
        "потрібна згода і самої волонтерки, і її батьків",
        "both their own consent and their parents' consent are needed",
        "it needs both the volunteer's own consent and her parents' consent",
        "вона має запитати вашої згоди, а якщо вам менше 18 років, то й згоди батьків",
        "it must ask for your consent and, if you are under 18, your parents' consent",
        "згода потрібна і від учнів, і від батьків",
        "consent is needed from both pupils and parents",
    ):
        assert wrong not in text, wrong
    volunteering = _module_text("volunteering-civil-society")
    assert "добра практика" in volunteering
    assert "good practice" in volunteering


def test_ogp_locals_2016_start_is_the_subnational_pilot():
    """OGP Local grew out of the Subnational pilot programme of 2016 (6.4)."""
    folder = fmt.CONTENT_DIR / "modules" / "open-government-open-data"
    for language, pilot in (("uk", "Subnational"), ("en", "Subnational pilot")):
        lesson = (folder / f"01-what-is-ogp.{language}.md").read_text("utf-8")
        assert pilot in lesson, language
    assert "У 2016 році зʼявилася програма **OGP Local**" not in _all_text()
    assert "In 2016 OGP launched **OGP Local**" not in _all_text()


def test_the_open_data_maturity_rank_carries_its_year():
    """Ukraine's 2nd place of 35 is from the 2022 European report (3.9)."""
    for path, text in _texts():
        for sentence in _sentences(text):
            if re.search(r"зрілост\w* відкритих даних|open-data maturity", sentence):
                assert "2022" in sentence, f"{path.name}: {sentence[:100]}"


FLIPS = re.compile(
    r"6000|6,000|6 000|25 000|25,000|25000|воєнн\w* стан|martial law", re.IGNORECASE
)
AS_OF = {"uk": "станом на", "en": "as of"}


def test_answers_that_will_flip_carry_a_date():
    """Thresholds and martial-law rules change (section 8 item 13): a quiz item about
    them says "станом на …" / "as of …" in its explanation, and so does its lesson."""
    undated = []
    for language, marker in AS_OF.items():
        for path, question in _questions(language):
            if FLIPS.search(repr(question)):
                if marker not in question["explanation"].lower():
                    undated.append(f"{path.name}: {question['prompt'][:70]}")
                lesson = path.with_name(
                    path.name.replace(f".quiz.{language}.toml", f".{language}.md")
                )
                if marker not in lesson.read_text("utf-8").lower():
                    undated.append(f"{lesson.name} (lesson)")
    assert undated == [], "\n".join(sorted(set(undated)))


SIGN_IN = re.compile(
    r"ідентифікац|підтвердити свою особу|identification|confirm who you are"
)


def test_sign_in_methods_carry_a_date():
    """App and portal sign-in methods change (section 8 item 13)."""
    undated = [
        f"{path.name}: {question['prompt'][:70]}"
        for language, marker in AS_OF.items()
        for path, question in _questions(language)
        if SIGN_IN.search(question["prompt"])
        and marker not in question["explanation"].lower()
    ]
    assert undated == [], "\n".join(undated)
