"""Demo content for `manage.py seed_demo`: accounts, the home page and standard pages.

Every function here is idempotent: it creates what is missing and leaves what exists, so
running the command twice changes nothing.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Collection, Locale, Page, Site

from accounts.roles import (
    ALL_GROUPS,
    ANALYSTS_GROUP,
    EDITORS_GROUP,
    MODERATORS_GROUP,
    TEACHERS_GROUP,
)

from .models import HomePage, SiteSettings, StandardPage


@dataclass(frozen=True)
class DemoAccount:
    role: str
    username: str
    password: str
    display_name: str
    email: str = ""
    groups: tuple[str, ...] = ()
    superuser: bool = False


DEMO_ACCOUNTS = (
    DemoAccount("learner", "demo-learner", "learn-civics-2026", "Оксана (учениця)"),
    DemoAccount(
        "teacher",
        "demo-teacher",
        "teach-civics-2026",
        "Ірина Петрівна",
        email="teacher@example.org",
        groups=(TEACHERS_GROUP,),
    ),
    # The editor writes and submits for review; the methodologist also publishes.
    DemoAccount(
        "editor",
        "demo-editor",
        "edit-civics-2026",
        "Редакторка Марія",
        email="editor@example.org",
        groups=(EDITORS_GROUP,),
    ),
    DemoAccount(
        "methodologist",
        "demo-methodologist",
        "review-civics-2026",
        "Методистка Ганна",
        email="methodologist@example.org",
        groups=(EDITORS_GROUP, MODERATORS_GROUP),
    ),
    DemoAccount(
        "institute analyst",
        "demo-analyst",
        "count-civics-2026",
        "Аналітик інституту",
        email="analyst@example.org",
        groups=(ANALYSTS_GROUP,),
    ),
    DemoAccount(
        "administrator",
        "admin",
        "admin-civics-2026",
        "Адміністратор",
        email="admin@example.org",
        superuser=True,
    ),
)


def ensure_groups() -> None:
    for name in ALL_GROUPS:
        Group.objects.get_or_create(name=name)


def ensure_accounts() -> list[DemoAccount]:
    User = get_user_model()
    for account in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            username=account.username,
            defaults={
                "display_name": account.display_name,
                "email": account.email,
                "is_staff": account.superuser,
                "is_superuser": account.superuser,
            },
        )
        if created or not user.check_password(account.password):
            user.set_password(account.password)
            user.save(update_fields=["password"])
        held = set(user.groups.values_list("name", flat=True))
        missing = set(account.groups) - held
        if missing:
            user.groups.add(*Group.objects.filter(name__in=missing))
        # A role the account no longer has (the demo editor was a moderator once).
        extra = (held & set(ALL_GROUPS)) - set(account.groups)
        if extra:
            user.groups.remove(*Group.objects.filter(name__in=extra))
    return list(DEMO_ACCOUNTS)


HOME_UK = {
    "title": "Громадянська освіта для Києва",
    "intro": (
        "Короткі інтерактивні уроки про те, як кияни можуть впливати на рішення міста: "
        "петиції, публічні консультації, відкриті дані, волонтерство та громадські "
        "організації. Навчайтеся у своєму темпі, з телефона чи компʼютера, і "
        "продовжуйте з того місця, де зупинилися."
    ),
    "audiences": [
        (
            "Школярі",
            "Уроки простою мовою з прикладами з життя міста та короткими "
            "перевірками знань.",
        ),
        (
            "Студенти університетів",
            "Глибші модулі про місцеве самоврядування, відкриті дані та участь "
            "у міській політиці.",
        ),
        (
            "Студенти коледжів",
            "Практичні уроки про те, як звернутися до міста, підписати петицію "
            "чи долучитися до волонтерства.",
        ),
        (
            "Учителі",
            "Демонстраційний модуль про те, як навчати громадянської участі, і до "
            "кожного уроку — план на 45 хвилин та роздатка для друку.",
        ),
    ],
    "body": (
        "<h2>Навіщо ця платформа</h2>"
        "<p>Київ бере участь у місцевій програмі Партнерства «Відкритий Уряд» "
        "(OGP Local) з планом дій на 2025–2026 роки. Одне із зобовʼязань плану — "
        "інтерактивні курси громадянської освіти для шкіл, закладів професійної "
        "освіти та університетів, щоб молодь долучалася до міської політики.</p>"
        "<p>Платформа відкрита: її код вільний, а узагальнені результати навчання "
        "публікуються без персональних даних.</p>"
    ),
}

HOME_EN = {
    "title": "Civic education for Kyiv",
    "intro": (
        "Short interactive lessons on how Kyiv residents can shape city decisions: "
        "petitions, public consultations, open data, volunteering and civil-society "
        "organisations. Learn at your own pace on a phone or a computer, and pick up "
        "where you left off."
    ),
    "audiences": [
        (
            "School pupils",
            "Lessons in plain language, with examples from city life and short "
            "knowledge checks.",
        ),
        (
            "University students",
            "Deeper modules on local self-government, open data and taking part in "
            "city policy.",
        ),
        (
            "College students",
            "Practical lessons on contacting the city, signing a petition or "
            "joining volunteer work.",
        ),
        (
            "Teachers",
            "A demonstration module on teaching civic participation, and a 45-minute "
            "plan and a printable handout for every lesson.",
        ),
    ],
    "body": (
        "<h2>Why this platform</h2>"
        "<p>Kyiv takes part in the Open Government Partnership's local programme "
        "(OGP Local) with an action plan for 2025–2026. One of its commitments is "
        "interactive civic-education courses for schools, vocational colleges and "
        "universities, so that young people take part in city policy.</p>"
        "<p>The platform is open: its code is free software, and aggregate learning "
        "results are published without personal data.</p>"
    ),
}

ABOUT_UK = {
    "slug": "about",
    "title": "Про платформу",
    "intro": "Відкрита платформа громадянської освіти для киян різного віку.",
    "body": (
        "<p>Тут учні, студенти та вчителі проходять інтерактивні уроки про участь "
        "у житті міста. Учителі ведуть класи й бачать поступ своїх учнів, методисти "
        "створюють уроки, аналітики й громадськість бачать узагальнені "
        "результати.</p>"
        "<h2>Відкритий код і відкриті дані</h2>"
        "<p>Програмний код платформи відкритий. Узагальнені дані про участь "
        "публікуються так, щоб за ними неможливо було впізнати жодну людину.</p>"
    ),
}

ABOUT_EN = {
    "title": "About the platform",
    "intro": "An open civic-education platform for Kyiv residents of every age.",
    "body": (
        "<p>Pupils, students and teachers take interactive lessons here about taking "
        "part in city life. Teachers run classes and follow their learners' progress, "
        "methodologists author lessons, and analysts and the public see aggregate "
        "results.</p>"
        "<h2>Open code and open data</h2>"
        "<p>The platform's source code is open. Aggregate participation data is "
        "published so that no person can be identified from it.</p>"
    ),
}

PRIVACY_UK = {
    "slug": "privacy",
    "title": "Конфіденційність",
    "intro": (
        "Ми збираємо якомога менше персональних даних, бо багато наших учнів — діти."
    ),
    "body": (
        "<h2>Що ми зберігаємо</h2>"
        "<ul><li>Імʼя користувача та пароль (у зашифрованому вигляді).</li>"
        "<li>Електронну пошту — лише якщо ви її вказали; учневі вона не потрібна.</li>"
        "<li>Імʼя для відображення, мову інтерфейсу та заклад освіти, якщо ви їх "
        "заповнили.</li>"
        "<li>Ваш поступ у навчанні: пройдені уроки, відповіді та бали.</li>"
        "<li>Ваше повне імʼя (прізвище, імʼя, по батькові), лише якщо ви вказали "
        "його для сертифікатів, і отримані сертифікати.</li></ul>"
        "<h2>Хто це бачить</h2>"
        "<p>Ви бачите власний поступ. Учитель бачить результати лише учнів своїх "
        "класів. Аналітики й громадськість бачать тільки узагальнені числа, з яких "
        "неможливо встановити окрему людину. Винятки — сертифікати: платформа веде "
        "реєстр виданих нею сертифікатів про підвищення кваліфікації з іменами "
        "власників, а будь-хто, хто має номер сертифіката, може перевірити його й "
        "побачить лише ініціали та прізвище власника.</p>"
        "<h2>Файли cookie</h2>"
        "<p>Ми використовуємо лише необхідні файли cookie: для входу та захисту "
        "форм. Жодної реклами чи сторонніх лічильників.</p>"
    ),
}

PRIVACY_EN = {
    "title": "Privacy",
    "intro": (
        "We collect as little personal data as we can, because many of our learners "
        "are children."
    ),
    "body": (
        "<h2>What we store</h2>"
        "<ul><li>Your username and password (stored hashed).</li>"
        "<li>An email address, only if you give one; a pupil does not need one.</li>"
        "<li>A display name, interface language and institution, if you fill them "
        "in.</li>"
        "<li>Your learning progress: lessons done, answers and scores.</li>"
        "<li>Your full name (surname, given name, patronymic), only if you give it "
        "for certificates, and the certificates you earned.</li></ul>"
        "<h2>Who sees it</h2>"
        "<p>You see your own progress. A teacher sees the results of learners in "
        "their own classes only. Analysts and the public see only aggregate "
        "figures that cannot single anyone out. Certificates are the exception: the "
        "platform keeps a register of the professional-development certificates "
        "it issued, with their holders' names, and anyone holding a certificate's "
        "number can check it and sees only the holder's initials and surname.</p>"
        "<h2>Cookies</h2>"
        "<p>We use only the cookies the site needs: for logging in and protecting "
        "forms. No advertising and no third-party trackers.</p>"
    ),
}


def _audiences(items):
    return [("audience", {"title": title, "text": text}) for title, text in items]


def _publish(page: Page) -> None:
    page.save_revision().publish()


def _translate(page: Page, locale: Locale, content: dict) -> Page:
    """The page's translation into `locale`, created and published if missing."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translation = page.copy_for_translation(locale).specific
    for field, value in content.items():
        setattr(translation, field, value)
    _publish(translation)
    return translation


def ensure_default_site() -> Site:
    """The default site with a HomePage at its root, as the home migration makes it
    (and Wagtail's root collection).

    Needed again only where the database was emptied after migrating (e.g. by tests
    that flush it).
    """
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        return site
    uk = Locale.objects.get_or_create(language_code="uk")[0]
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=uk)
    )
    home = HomePage(title=HOME_UK["title"], slug="home", locale=uk)
    root.add_child(instance=home)
    return Site.objects.create(
        hostname="localhost", root_page=home, is_default_site=True, site_name="civiced"
    )


def ensure_site_pages() -> HomePage:
    """The home page in both languages, and About and Privacy under it."""
    site = ensure_default_site()
    uk = Locale.objects.get_or_create(language_code="uk")[0]
    en = Locale.objects.get_or_create(language_code="en")[0]
    home = site.root_page.specific
    if not isinstance(home, HomePage):
        raise RuntimeError("The default site's root page is not a HomePage.")
    if not home.intro:
        home.title = HOME_UK["title"]
        home.draft_title = HOME_UK["title"]
        home.intro = HOME_UK["intro"]
        home.audiences = _audiences(HOME_UK["audiences"])
        home.body = HOME_UK["body"]
        _publish(home)
    _translate(
        home,
        en,
        {
            "title": HOME_EN["title"],
            "draft_title": HOME_EN["title"],
            "intro": HOME_EN["intro"],
            "audiences": _audiences(HOME_EN["audiences"]),
            "body": HOME_EN["body"],
        },
    )

    pages = {}
    for uk_content, en_content in ((ABOUT_UK, ABOUT_EN), (PRIVACY_UK, PRIVACY_EN)):
        page = (
            StandardPage.objects.child_of(home).filter(slug=uk_content["slug"]).first()
        )
        if page is None:
            page = StandardPage(
                title=uk_content["title"],
                slug=uk_content["slug"],
                intro=uk_content["intro"],
                body=uk_content["body"],
                locale=uk,
            )
            home.add_child(instance=page)
            _publish(page)
        _translate(page, en, {**en_content, "draft_title": en_content["title"]})
        pages[uk_content["slug"]] = page

    settings = SiteSettings.for_site(site)
    if settings.about_page_id is None or settings.privacy_page_id is None:
        settings.about_page = pages["about"]
        settings.privacy_page = pages["privacy"]
        settings.contact_email = settings.contact_email or "civiced@example.org"
        settings.save()
    return home


@transaction.atomic
def seed() -> list[DemoAccount]:
    from classes.demo import ensure_demo_class
    from courses.demo import ensure_courses
    from h5p.demo import ensure_h5p_demo
    from quizzes.demo import ensure_quizzes
    from reports.demo import ensure_commitment_narrative

    ensure_groups()
    home = ensure_site_pages()
    catalogue = ensure_courses(home)
    ensure_quizzes(catalogue)
    ensure_h5p_demo(catalogue)
    accounts = ensure_accounts()
    User = get_user_model()
    ensure_demo_class(
        teacher=User.objects.get(username="demo-teacher"),
        learner=User.objects.get(username="demo-learner"),
        catalogue=catalogue,
    )
    ensure_commitment_narrative()
    return accounts
