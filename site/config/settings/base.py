"""Settings shared by every environment. Secrets and URLs come from the environment."""

import os
from email.utils import getaddresses
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

# site/config/settings/base.py -> the repository root is three levels up from config/.
CONFIG_DIR = Path(__file__).resolve().parent.parent
SITE_DIR = CONFIG_DIR.parent
BASE_DIR = SITE_DIR.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env_list(name, default=""):
    """A comma-separated environment variable as a list without empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "serving",
    "schools",
    "community",
    "bestpractices",
    "offers",
    "offers.bookings",
    "community.events",
    "community.networks",
    "offers.routes",
    "offers.fund",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    # Accounts (community): allauth for sign-up and e-mail verification, axes for lockouts.
    "allauth",
    "allauth.account",
    "axes",
    # Threaded comments: django_comments_xtd must come before django_comments.
    "django_comments_xtd",
    "django_comments",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sites",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "csp",
]

MIDDLEWARE = [
    # First: a Host outside ALLOWED_HOSTS gets a plain 400, not an error mailed to ADMINS.
    "core.middleware.RejectUnknownHostMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Anonymous pages from the shared cache, in one round trip, before the session, the
    # database and the view; the copy carries every header the stack below gave it.
    "serving.middleware.PageCacheMiddleware",
    "core.security.SiteCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # After the locale (its 400 page is in the visitor's language), before any view.
    "core.middleware.RejectControlCharactersMiddleware",
    # Wagtail's Site for the host from the cache; members' responses `private, no-store`.
    "serving.middleware.SiteCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # After authentication: whether a page is personal depends on who asks.
    "core.security.SecurityHeadersMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Axes turns a locked-out login into its lockout response; it must come last.
    "axes.middleware.AxesMiddleware",
]

# Content-Security-Policy (django-csp): no inline script or style on the public site, media and
# embeds from known places only. The admin relaxes script and style (core.security).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": [
            "https://www.youtube-nocookie.com",
            "https://www.youtube.com",
            "https://player.vimeo.com",
        ],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Pages for one person whoever asks (signed-in members' pages are personal anyway):
# Cache-Control: private, no-store (core.security).
PERSONAL_URL_PREFIXES = ["/account/", "/en/account/", "/mijn-", "/en/my-"]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
SITE_ID = 1

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

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}
# SQLite under concurrent writers (a web process and the index worker, or several threads):
# WAL lets readers go on while one writes; the busy timeout makes a writer wait for the lock
# instead of failing at once; IMMEDIATE takes the write lock when a transaction begins, so two
# transactions that read and then write cannot deadlock into "database is locked" (which the
# busy timeout cannot resolve, and which dropped Wagtail's reference-index updates).
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    "timeout": int(os.environ.get("SQLITE_BUSY_TIMEOUT_SECONDS", "20")),
    "transaction_mode": "IMMEDIATE",
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {**SQLITE_OPTIONS, **DATABASES["default"].get("OPTIONS", {})}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Dutch first (served without prefix), English second (/en/).
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# "Vertaal deze pagina" creates the translation as a draft: wagtail-localize would otherwise
# publish the untranslated Dutch copy at /en/… at once. It goes live when an editor publishes it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = VAR_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = VAR_DIR / "media"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# E-mail: console by default; SMTP settings come from the environment in production.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")

# Wagtail
WAGTAIL_SITE_NAME = "Leercommunity & Ontwikkelplaats"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The public address of the site: canonical links, og:url, the sitemap, robots.txt and the
# domain the demo gives Wagtail's and Django's Site. Not the address a developer browses.
SITE_URL = os.environ.get("SITE_URL", "https://leercommunity.example").rstrip("/")
# E-mails (notifications to members) link to SITE_URL and come from its domain.
SITE_DOMAIN = SITE_URL.split("://", 1)[-1].split("/", 1)[0]
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", f"Leercommunity <noreply@{SITE_DOMAIN}>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Full text in the database. On PostgreSQL with Dutch stemming, the first language (SQLite's
# FTS has no stemming); Elasticsearch stems each language with its own analyser.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "dutch"}
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Wagtail's responsive embeds size themselves with an inline style, which the CSP refuses;
# static/css/site.css gives embedded players their 16:9 shape instead.
WAGTAILEMBEDS_RESPONSIVE_HTML = False

# Background tasks: Wagtail's own tasks (search and reference index) stay immediate on
# `default`; the search issue adds a database-backed alias for our index updates.
TASKS = {
    # E-mail and notifications (core.mail, core.statemachine): a durable queue in the database,
    # run by `db_worker` (the `mailer` service; `make run` starts one), so that no e-mail is sent
    # inside a request and a failing mail server delays mail instead of losing it.
    "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
    # Elasticsearch index updates: a durable queue in the database, run by `db_worker`.
    "search": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["search"]},
}

# Search: no URL means the embedded database engine.
# What each content app puts in the search (its kinds, facets and ranking signals), loaded by
# search in this order (the order of kinds and facets on the page); search imports no app.
SEARCH_DECLARATIONS = [
    "offers.search_documents.SEARCH",
    "bestpractices.search_documents.SEARCH",
    "community.search_documents.SEARCH",
    "community.events.search_documents.SEARCH",
    "offers.routes.search_documents.SEARCH",
]
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
ELASTICSEARCH_INDEX_PREFIX = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "leercommunity")
# A search waits at most this long for the cluster; after SEARCH_BREAKER_THRESHOLD failures
# within SEARCH_BREAKER_WINDOW_SECONDS, searches use the database engine without asking the
# cluster for SEARCH_BREAKER_OPEN_SECONDS (search.breaker).
ELASTICSEARCH_TIMEOUT_SECONDS = float(os.environ.get("ELASTICSEARCH_TIMEOUT_SECONDS", "1.5"))
SEARCH_BREAKER_THRESHOLD = 3
SEARCH_BREAKER_WINDOW_SECONDS = 60
SEARCH_BREAKER_OPEN_SECONDS = int(os.environ.get("SEARCH_BREAKER_OPEN_SECONDS", "30"))

REDIS_URL = os.environ.get("REDIS_URL", "")
# Counters (rate limits, lockouts, one request per form) in a Redis that never evicts: in the
# page cache's Redis, which evicts the least recently used keys, 600 anonymous GETs with
# distinct query strings evicted a member's post counter and reset the limit. Defaults to
# REDIS_URL, which is only safe when that Redis does not evict (compose runs a second one).
REDIS_COUNTERS_URL = os.environ.get("REDIS_COUNTERS_URL", "") or REDIS_URL


def _redis_cache(url):
    timeout = float(os.environ.get("REDIS_TIMEOUT_SECONDS", "0.5"))
    return {
        # Django's Redis backend, answering from local memory while Redis is down.
        "BACKEND": "core.cache.ResilientRedisCache",
        "LOCATION": url,
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "leercommunity"),
        "TIMEOUT": 300,
        "OPTIONS": {
            "socket_connect_timeout": timeout,
            "socket_timeout": timeout,
            "RETRY_SECONDS": float(os.environ.get("REDIS_RETRY_SECONDS", "5")),
        },
    }


# Cache: Redis when REDIS_URL is set (shared by every process: rate limits, lockouts, search
# labels, the page cache); otherwise each process keeps its own memory, which needs nothing.
LOCAL_CACHE = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
CACHES = {
    "default": _redis_cache(REDIS_URL) if REDIS_URL else LOCAL_CACHE,
    "counters": _redis_cache(REDIS_COUNTERS_URL)
    if REDIS_COUNTERS_URL
    else {**LOCAL_CACHE, "LOCATION": "counters"},
}

# Anonymous pages and listings from the cache (serving.pagecache); purged on publish etc.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# Query parameters a cached copy may be keyed on (besides the search facets' own): a page asked
# for with any other parameter is served uncached, so that `?x=<n>` cannot fill the cache with
# copies and push out what is worth keeping. Add a parameter here when a page starts reading it.
PAGE_CACHE_QUERY_PARAMS = [
    *("q", "pagina", "per_pagina", "waardering", "sorteer", "financiering_nodig", "taal"),
    *("schooljaar", "vakantieregio", "aanvragen", "beoordelingen", "beoordelingen-pagina"),
    # Wagtail's pages API (/api/v2/)
    *("type", "fields", "limit", "offset", "order", "search", "search_operator", "locale"),
    *("child_of", "descendant_of", "translation_of", "html_path", "slug", "id"),
]
# How long a CDN or Varnish may keep an anonymous page (s-maxage); 0 without a front cache.
PAGE_CACHE_SHARED_SECONDS = int(os.environ.get("PAGE_CACHE_SHARED_SECONDS", "0"))

# Wagtail's front-end cache purge (wagtail.contrib.frontend_cache): a Varnish/Squid URL or a
# Cloudflare zone, when there is one in front of the site.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_URL"):
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN", ""),
        "ZONEID": os.environ["CLOUDFLARE_ZONEID"],
    }

# Wagtail's per-language purge assumes a prefix for every language; Dutch has none here, and
# each translation purges its own URLs when it is published.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# The scheduler service (`manage.py run_schedule`): management commands and their interval.
# How long a place offered from the waiting list of an event is held (community.events).
EVENT_OFFER_HOURS = int(os.environ.get("EVENT_OFFER_HOURS", "48"))

SCHEDULE = [
    {"name": "scheduled-publishing", "command": ["publish_scheduled"], "every": 60},
    {"name": "need-alerts", "command": ["send_need_alerts"], "every": 7 * 24 * 3600},
    {"name": "route-digest", "command": ["route_digest"], "every": 7 * 24 * 3600},
    {"name": "expired-sessions", "command": ["clearsessions"], "every": 24 * 3600},
    {"name": "booking-reminders", "command": ["booking_reminders"], "every": 24 * 3600},
    {"name": "fund-reminders", "command": ["fund_reminders"], "every": 24 * 3600},
    # Offers of a freed place last EVENT_OFFER_HOURS; checked every 10 minutes.
    {"name": "event-jobs", "command": ["event_jobs"], "every": 600},
    {"name": "old-login-attempts", "command": ["forget_login_attempts"], "every": 24 * 3600},
]
if ELASTICSEARCH_URL:
    # The outbox is sent after each commit; this retries what the cluster refused.
    SCHEDULE.append({"name": "search-outbox", "command": ["search_index", "drain"], "every": 60})

# Errors: mail to ADMINS ("Name <address>, ...") and/or Sentry (SENTRY_DSN, production).
ADMINS = [(name or address, address) for name, address in getaddresses(env_list("ADMINS"))]
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")

# Logs go to stdout; LOG_FORMAT=json writes one JSON object a line for log collectors.
# Django's own "django" logger keeps its mail_admins handler: an unhandled error in a view
# reaches stdout (through the root logger) and ADMINS.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "plain")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": LOG_FORMAT if LOG_FORMAT in {"plain", "json"} else "plain",
        },
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

SITE_TITLE = _("Leercommunity & Ontwikkelplaats")

# Members and the community: accounts, lockout, replies, posting limits, review scores.
from .community import *  # noqa: E402, F403

# De Ontwikkelroute (offers.routes): schools per coordinator (the plan says at most five), and
# after how many days without a visit the coordinator's workspace warns.
ROUTE_CASELOAD_MAX = int(os.environ.get("ROUTE_CASELOAD_MAX", "5"))
ROUTE_VISIT_WARNING_DAYS = int(os.environ.get("ROUTE_VISIT_WARNING_DAYS", "120"))
