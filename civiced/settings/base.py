"""Settings shared by every environment, read from the environment with types.

Each variable is documented in `.env.example`. Environment-specific modules (dev, test,
production) import everything from here and change only what differs.
"""

import shlex
from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

from h5p.headers import static_headers as h5p_static_headers

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
# A `.env` file next to manage.py is read when present; real environment variables win.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "accounts",
    "home",
    "courses",
    "learning",
    "quizzes",
    "classes",
    "h5p",
    "certificates",
    "reports",
    "offline",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "home.security.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions: a cached anonymous lesson is served without further work.
    "courses.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.OneTimePasswordMiddleware",
    # After authentication and the password check: a learner's cached lesson shell.
    "courses.lesson_shell.LearnerLessonShellMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "civiced.urls"
WSGI_APPLICATION = "civiced.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite under var/ unless DATABASE_URL says otherwise.
VAR_DIR = Path(env.str("CIVICED_VAR_DIR", default=str(BASE_DIR / "var")))
DATABASES = {
    "default": env.db(
        "DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'civiced.sqlite3'}"
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers work while a writer commits; IMMEDIATE transactions take the
    # write lock up front, so concurrent writers wait instead of failing mid-way.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                "PRAGMA foreign_keys=ON;"
            ),
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )
else:
    DATABASES["default"].setdefault(
        "CONN_MAX_AGE", env.int("DATABASE_CONN_MAX_AGE", default=60)
    )
    DATABASES["default"].setdefault("CONN_HEALTH_CHECKS", True)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache and sessions. With REDIS_URL: Redis, shared by every worker of every server,
# and sessions in the database with Redis in front of them (`cached_db`: a Redis
# restart logs no one out). Django's RedisCache answers as an empty cache while Redis
# is unreachable, with short timeouts and a two-second breaker
# (civiced/cache_health.py). Without REDIS_URL: files under CIVICED_CACHE_DIR, which
# every process on this machine shares (both gunicorn workers of `make run`, its task
# worker, `manage.py shell`, scheduled publishing), and sessions in the database. A
# per-process memory cache would keep the versions of civiced/versioned.py apart in
# each process, and each would serve what the others had changed. Production requires
# REDIS_URL (production.py).
REDIS_URL = env.str("REDIS_URL", default="")
CACHE_DIR = Path(env.str("CIVICED_CACHE_DIR", default=str(VAR_DIR / "cache")))
# The file cache keeps at most this many entries (Django deletes a third at random past
# it); each write lists the folder, so more entries make every write slower.
CACHE_MAX_ENTRIES = env.int("CIVICED_CACHE_MAX_ENTRIES", default=1000)
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "civiced.cache_health.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "civiced",
            # Half a second to connect or answer: an unreachable Redis costs a
            # request at most this (and then nothing for two seconds).
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(CACHE_DIR),
            "KEY_PREFIX": "civiced",
            "OPTIONS": {"MAX_ENTRIES": CACHE_MAX_ENTRIES},
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Background work (Django's task framework, as Wagtail uses it). Wagtail's own tasks
# keep running at once; report exports go to the database queue that
# `manage.py db_worker` (started by `make run`) works through.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "reports": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

# Who hears of a change in a learner's progress, in this order, inside the result's
# transaction (learning.listeners): the one way learning reaches the layers above.
LEARNING_LISTENERS = [
    "classes.listeners.stale_grids",
    "reports.listeners.refresh_rollup",
    "certificates.listeners.issue_certificate",
    "reports.listeners.stale_reports",
]
# What each app forgets of a deleted account, in this order (accounts.deletion).
ACCOUNT_DELETION_STEPS = [
    "quizzes.deletion.forget_learner",
    "h5p.deletion.forget_learner",
    "certificates.deletion.forget_holder",
]
# Who hears that a learner joined a class (classes.membership), in this order.
CLASS_LISTENERS = ["reports.listeners.learner_joined"]
# The roles apps above accounts decide, each a predicate of a user, kept with the
# user's groups and permissions in the roles cache (accounts.roles.role).
ROLE_SOURCES = ["classes.permissions.shows_teacher_pages"]

# Reports: cells counting fewer learners than this are never published, and how long
# computed aggregates stay cached (new results invalidate them at once).
REPORTS_SUPPRESSION_THRESHOLD = env.int("REPORTS_SUPPRESSION_THRESHOLD", default=5)
REPORTS_CACHE_SECONDS = env.int("REPORTS_CACHE_SECONDS", default=600)
# The licence of the open-data releases (shown on /open-data/ and in
# datapackage.json): CC BY 4.0 unless set, the usual one for Ukrainian open data.
OPEN_DATA_LICENCE = {
    "name": env.str("OPEN_DATA_LICENCE_NAME", default="CC-BY-4.0"),
    "title": env.str("OPEN_DATA_LICENCE_TITLE", default="CC BY 4.0"),
    "path": env.str(
        "OPEN_DATA_LICENCE_URL", default="https://creativecommons.org/licenses/by/4.0/"
    ),
}

# Lessons as anonymous visitors see them stay cached this long at most (seconds; 0
# turns it off); publishing clears them at once (see courses/page_cache.py).
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)
# The teacher's progress grid, kept until something it shows changes
# (classes/grid_cache.py); 0 turns it off.
GRID_CACHE_SECONDS = env.int("GRID_CACHE_SECONDS", default=300)

# `make bench` only: serve the bare baseline view at /bench/baseline/ (never in
# production; the URL does not exist unless this is true).
BENCH_BASELINE = env.bool("BENCH_BASELINE", default=False)

# Accounts
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # Django's and allauth's backends, reading the logged-in user's row from the cache.
    "accounts.backends.CachedModelBackend",
    "accounts.backends.CachedAuthenticationBackend",
]
# How long a logged-in user's row is kept in the cache (accounts/backends.py); 0 reads
# it from the database on every request.
USER_CACHE_SECONDS = env.int("USER_CACHE_SECONDS", default=300)
# How many days the password printed on a roster's login card lets a pupil log in
# (until they choose their own); then the teacher has to give a new card.
LOGIN_CARD_PASSWORD_DAYS = env.int("LOGIN_CARD_PASSWORD_DAYS", default=14)
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"username", "email"}
# Email is optional: a pupil can have an account without one.
ACCOUNT_SIGNUP_FIELDS = ["username*", "email", "password1*", "password2*"]
# Optional, except for a sign-up that gives an email (accounts.stages): it waits for
# the address to be confirmed, so a taken address can get the same answer.
ACCOUNT_EMAIL_VERIFICATION = "optional"
ACCOUNT_UNIQUE_EMAIL = True
# No form says whether an email has an account (sign-up, password reset, adding an
# email). A username cannot be both unique and secret: sign-up says it is taken,
# within the signup rate limit below.
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_PRESERVE_USERNAME_CASING = False
ACCOUNT_USERNAME_MIN_LENGTH = 3
# allauth's rate limits are on by default; these are stated so they are visible.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "change_password": "5/m/user",
}
# Every rate limit (allauth's and the site's own, civiced.ratelimit.client_address)
# counts per client address. Behind a load balancer every request comes from the
# balancer's address, so name how many proxies in front of the app are ours (each
# appends the address it saw to X-Forwarded-For; what the client wrote before them is
# ignored), or the header a trusted proxy sets to the client's address (X-Real-IP,
# CF-Connecting-IP). production.py requires one of them behind a proxy.
ALLAUTH_TRUSTED_PROXY_COUNT = int(env.str("TRUSTED_PROXY_COUNT", default="") or 0)
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = (
    env.str("TRUSTED_CLIENT_IP_HEADER", default="") or None
)
ACCOUNT_FORMS = {
    "change_password": "accounts.forms.ChangePasswordForm",
    "login": "accounts.forms.LoginForm",
    "signup": "accounts.forms.SignupForm",
}

# Internationalisation: Ukrainian first, English second.
LANGUAGE_CODE = "uk"
LANGUAGES = [("uk", "Українська"), ("en", "English")]
# Our catalogue first; then Ukrainian for Wagtail admin strings that Wagtail's own
# uk catalogue lacks ("Autosave is paused", "Layout"…), kept apart because
# makemessages rewrites locale/ from our code.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "admin_locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Kyiv"
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Pages get ASCII slugs: the admin's suggestion transliterates the title, and a
# Cyrillic slug posted anyway is transliterated (civiced.transliteration,
# courses.wagtail_hooks).
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_SITE_NAME = "civiced"

# The demo teachers' module (courses.demo): who offers it, its hours, who signs its
# certificate, and the group whose members grade its open answers. Neutral demo
# values: no real institution offers, accredits or certifies the demo. An
# installation sets its own on the module page in the admin.
CIVICED_PD_PROVIDER = {
    "uk": env.str("CIVICED_PD_PROVIDER_UK", default="Демонстраційний курс civiced"),
    "en": env.str("CIVICED_PD_PROVIDER_EN", default="civiced demonstration course"),
}
CIVICED_PD_SIGNATORY_POSITION = {
    "uk": env.str("CIVICED_PD_SIGNATORY_UK", default="Координатор курсу (демо)"),
    "en": env.str("CIVICED_PD_SIGNATORY_EN", default="Course coordinator (demo)"),
}
CIVICED_PD_SIGNATORY_NAME = env.str("CIVICED_PD_SIGNATORY_NAME", default="")
CIVICED_PD_HOURS = env.int("CIVICED_PD_HOURS", default=2)
CIVICED_PD_GRADERS_GROUP = env.str(
    "CIVICED_PD_GRADERS_GROUP", default="Course leaders (demo)"
)
WAGTAILADMIN_BASE_URL = env.str(
    "WAGTAILADMIN_BASE_URL", default="http://localhost:8000"
)
# The admin's log-in counts in allauth's log-in limits and lets in only accounts
# with admin access (accounts.admin_login). Editors reset a forgotten password with
# allauth's reset, like everyone (rate limited, one kind of email): Wagtail's own
# reset is off, and /admin/password_reset/ leads to allauth's.
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.admin_login.AdminLoginForm"
WAGTAIL_PASSWORD_RESET_ENABLED = False
# The admin asks no host but ours: no Gravatar avatars (the default avatar is ours),
# no update check against releases.wagtail.org.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = [
    *("csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"),
    *("mp4", "webm"),  # lesson videos play from our own host
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents reach readers only through Wagtail's document view, which checks the
# collection's privacy, and that view sends the file itself: Wagtail's default for
# a bucket is a redirect to the file's own URL, an address that skips the check and
# can be passed on. The media view (SERVE_MEDIA) refuses documents/ for the same
# reason.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Replacing the file of an image or a document is written to the audit log.
WAGTAILIMAGES_IMAGE_FORM_BASE = "courses.replaced_files.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "courses.replaced_files.DocumentForm"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Static files and media
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    # The H5P player, from npm (pinned in package.json), served like our own files.
    ("h5p-standalone", BASE_DIR / "node_modules" / "h5p-standalone" / "dist"),
]
# The H5P frame has an opaque origin, so its font and script loads are cross-origin.
WHITENOISE_ADD_HEADERS_FUNCTION = h5p_static_headers
MEDIA_URL = env.str("MEDIA_URL", default="/media/")
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(VAR_DIR / "media")))
# Serve media from the app itself (a single-server install); off where a web server
# or object storage serves it.
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=True)

# H5P: the player runs in a sandboxed frame on this site; a separate, cookieless
# origin serving the same application may be named for it instead.
H5P_PLAYER_ORIGIN = env.str("H5P_PLAYER_ORIGIN", default="")
H5P_SITE_ORIGIN = env.str("H5P_SITE_ORIGIN", default="")
# A virus scanner run on every uploaded package, its bytes on standard input, before
# anything is stored (e.g. "clamdscan --fdpass -"); a non-zero exit refuses the
# package, and so does a scanner that fails or takes longer than the timeout.
H5P_SCAN_COMMAND = shlex.split(env.str("H5P_SCAN_COMMAND", default=""))
H5P_SCAN_TIMEOUT = env.int("H5P_SCAN_TIMEOUT", default=120)
# Hosts H5P content may play media from (YouTube, Vimeo, the city's own video
# server), behind a click in the player frame; added to that frame's policy only.
H5P_MEDIA_HOSTS = env.list("H5P_MEDIA_HOSTS", default=[])
# What one learner's H5P statements and saved state may take together, in bytes;
# past it the xAPI and state endpoints refuse (413) and store nothing.
H5P_LEARNER_STORAGE_BYTES = env.int(
    "H5P_LEARNER_STORAGE_BYTES", default=5 * 1024 * 1024
)
# A quiz submitted offline counts as submitted at the click (its device's clock)
# when it arrives within this many seconds of it; a later one, or a click in the
# future, counts at its arrival (quizzes.taking.submitted_moment).
OFFLINE_SUBMIT_MAX_DELAY = env.int("OFFLINE_SUBMIT_MAX_DELAY", default=72 * 3600)

MEDIA_S3_BUCKET = env.str("MEDIA_S3_BUCKET", default="")
if MEDIA_S3_BUCKET:
    # Any S3-compatible object store (AWS, MinIO, Ceph…), through django-storages.
    MEDIA_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_S3_BUCKET,
            "endpoint_url": env.str("MEDIA_S3_ENDPOINT_URL", default="") or None,
            "region_name": env.str("MEDIA_S3_REGION", default="") or None,
            "access_key": env.str("MEDIA_S3_ACCESS_KEY", default="") or None,
            "secret_key": env.str("MEDIA_S3_SECRET_KEY", default="") or None,
            "custom_domain": env.str("MEDIA_S3_CUSTOM_DOMAIN", default="") or None,
            "querystring_auth": env.bool("MEDIA_S3_SIGNED_URLS", default=True),
            "file_overwrite": False,
            "default_acl": None,
        },
    }
    SERVE_MEDIA = False
else:
    MEDIA_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
STORAGES = {
    "default": MEDIA_STORAGE,
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
    },
}

# Email: console by default; e.g. smtp+tls://user:password@host:587 in production.
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str(
    "DEFAULT_FROM_EMAIL", default="civiced <noreply@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # Wagtail logs every page action and task run at INFO; keep the console useful.
        "wagtail": {"level": "WARNING"},
        "django.tasks": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
    },
}

# Demo accounts are printed by `make run`; see home/management/commands/seed_demo.py.
SITE_NAME = _("civiced")
