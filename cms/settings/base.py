"""Settings shared by every environment; safe for production, configured from the environment.

Environment variables (all optional here; production.py insists on the secrets):
DATABASE_URL, REDIS_URL, OPENSEARCH_URL, DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS, ...
See docs/deployment.md for the full table.
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name, default=""):
    return os.environ.get(name, default).strip()


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = env(name)
    if not value:
        return default
    return value.lower() in {"1", "true", "yes", "on"}


def env_int(name, default):
    value = env(name)
    return int(value) if value else default


SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "knowledge",
    "search",
    "events",
    "news",
    "newsletter",
    "feedback",
    "jobs",
    "contact",
    "submissions",
    "alerts",
    "network",
    "transfer",
    "accounts",
    "folders",
    "figures",
    "demo",
    "operations",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "rest_framework",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "csp",
    # django-ninja's Swagger UI then comes from its own static files, not from a CDN.
    "ninja",
]

MIDDLEWARE = [
    # Health checks answer before host validation and anything that needs the database.
    "operations.middleware.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "operations.db_router.ReplicaPinningMiddleware",
    "operations.middleware.DatabaseUnavailableMiddleware",
    # Before sessions: a cached page for an anonymous visitor needs neither session nor database.
    "operations.pagecache.PageCacheMiddleware",
    # The Wagtail site and its root page, kept per content generation (no query per request).
    "operations.sites.SiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "csp.middleware.CSPMiddleware",
    "accounts.middleware.PrivateResponseMiddleware",
    # Last, as django-axes asks: it turns a lockout into the German 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite file by default, anything dj-database-url understands otherwise.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and the one writer work at the same time; IMMEDIATE avoids
    # "database is locked" when two requests upgrade a read to a write.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0

# A read replica takes the read-only traffic when configured (operations.db_router).
DATABASE_REPLICA_URL = env("DATABASE_REPLICA_URL")
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = dj_database_url.parse(
        DATABASE_REPLICA_URL,
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["operations.db_router.ReplicaRouter"]

# PostgreSQL's JIT compiles a query whose *estimated* cost is high; for the short queries of a
# web page that compilation takes up to seconds (measured: 1.7 s of a 1.8 s statement for
# "similar projects", whose unexecuted fallback tiers inflate the estimate). Off, as is usual
# for web workloads; `DATABASE_PG_JIT=on` turns it back on.
for _alias, _database in DATABASES.items():
    if _database["ENGINE"] == "django.db.backends.postgresql":
        _options = _database.setdefault("OPTIONS", {})
        _options["options"] = f"-c jit={env('DATABASE_PG_JIT', 'off')}"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis in production, process-local memory otherwise.
REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            # RedisCache that reads as empty while Redis is unreachable (the site stays up).
            "BACKEND": "operations.cache_backends.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", "famnrw"),
            "TIMEOUT": 300,
            "OPTIONS": {
                "socket_connect_timeout": float(env("REDIS_TIMEOUT", "0.5")),
                "socket_timeout": float(env("REDIS_TIMEOUT", "0.5")),
            },
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "famnrw",
        }
    }

AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses locked-out logins before the password is even checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "/intern/"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24  # a reset link works for one day

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Language and time: the audience is German.
LANGUAGE_CODE = "de"
LANGUAGES = [("de", "Deutsch")]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [
    BASE_DIR / "static",
    # Front-end libraries installed by `npm ci` (package-lock.json); only their dist folders.
    ("vendor/leaflet", BASE_DIR / "node_modules/leaflet/dist"),
    ("vendor/leaflet.markercluster", BASE_DIR / "node_modules/leaflet.markercluster/dist"),
]
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Media on S3-compatible object storage (pip install ".[s3]") when a bucket is configured;
# credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, read by boto3 itself.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": env("AWS_S3_ENDPOINT_URL") or None,
            "region_name": env("AWS_S3_REGION_NAME") or None,
            "custom_domain": env("AWS_S3_CUSTOM_DOMAIN") or None,
            "location": env("AWS_LOCATION", "media"),
            "default_acl": None,
            "file_overwrite": False,
            # Signed, expiring URLs unless the bucket (or a CDN in front) is public.
            "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", True),
        },
    }

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Whole-page cache for anonymous visitors (operations.pagecache).
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_TIMEOUT = env_int("PAGE_CACHE_TIMEOUT", 600)
# Each worker keeps copies of recent pages and re-reads the generation at most this often.
PAGE_CACHE_LOCAL_SECONDS = float(env("PAGE_CACHE_LOCAL_SECONDS", "1"))
# Each process re-reads the view restrictions from the database at most this often (listings,
# search); serving a page always checks them in the database.
VIEW_RESTRICTION_RECHECK_SECONDS = float(env("VIEW_RESTRICTION_RECHECK_SECONDS", "1"))

# E-mail
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
# Seconds to wait for the mail server: a hanging one must not hold a request until the worker
# is killed (queued mails are retried later, jobs.mail).
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "IQZ Familienmanagement <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Wagtail
WAGTAIL_SITE_NAME = "Kommunales Familienmanagement NRW"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_PERMITTED_LANGUAGES = [("de", "Deutsch")]
WAGTAIL_I18N_ENABLED = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Admin avatars from Wagtail's own image, not Gravatar (no e-mail hashes sent out, none broken).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Documents go through Wagtail's view, which checks collection restrictions first; never inline
# anything a browser could execute (only PDFs open in the browser, everything else downloads).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
# Restrictions name groups or need a login; no shared passwords (they leak and can be guessed).
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAIL_FRONTEND_LOGIN_URL = "/konto/anmelden/"
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True
TAGGIT_CASE_INSENSITIVE = True

# German synonym sets for the search's query expansion (Debian: openthesaurus-de-text).
SEARCH_THESAURUS_PATH = env(
    "SEARCH_THESAURUS_PATH", "/usr/share/openthesaurus-de/openthesaurus.txt"
)

# Search: the site's own database search, or a cluster that answers the whole query
# (search/backends/): OpenSearch 2.x (OPENSEARCH_URL or SEARCH_URL) or Elasticsearch 8.x
# (ELASTICSEARCH_URL), several nodes comma-separated. Wagtail's own index serves the admin.
SEARCH_ENGINE = None
_SEARCH_URLS = env_list("OPENSEARCH_URL") or env_list("SEARCH_URL")
_ELASTICSEARCH_URLS = env_list("ELASTICSEARCH_URL")
if _SEARCH_URLS or _ELASTICSEARCH_URLS:
    SEARCH_ENGINE = {
        "BACKEND": "search.backends.opensearch.OpenSearchBackend"
        if _SEARCH_URLS
        else "search.backends.elasticsearch.ElasticsearchBackend",
        "URLS": _SEARCH_URLS or _ELASTICSEARCH_URLS,
        "INDEX_PREFIX": env("SEARCH_INDEX_PREFIX", "famnrw_"),
        "TIMEOUT": float(env("SEARCH_TIMEOUT", "2")),
        "SHARDS": env_int("SEARCH_SHARDS", 1),
        "REPLICAS": env("SEARCH_REPLICAS", "0-1"),
        "SYNC": env("SEARCH_SYNC", "background"),
    }
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# The network map: tile server and its attribution (HTML). Tiles load only after consent.
MAP_TILE_URL = env("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = env(
    "MAP_TILE_ATTRIBUTION",
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>-Mitwirkende',
)
# The number of reverse proxies (load balancers) in front of the app servers that append to
# X-Forwarded-For; the visitor's address is the one they saw (operations/clientip.py).
TRUSTED_PROXY_COUNT = env_int("DJANGO_TRUSTED_PROXY_COUNT", 0)

# Login throttling (django-axes, accounts/lockout.py): the fifth wrong password for a name from
# one (real) address locks that pair for an hour, not extended by further tries; twenty from
# many addresses lock the name for those addresses. The answer is HTTP 429 with a German page.
AXES_HANDLER = "accounts.lockout.LoginLockoutHandler"
AXES_CLIENT_IP_CALLABLE = "operations.clientip.client_ip"
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False


# Content-Security-Policy for the public site: no inline scripts or styles anywhere. The Wagtail
# admin relies on inline scripts and styles, so it is left to Wagtail's own protections.
def _tile_origin(url):
    """`https://host` of a tile URL template such as `https://tile.example.org/{z}/{x}/{y}.png`."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        # Map tiles come from the configured tile server (loaded only after consent).
        "img-src": ["'self'", "data:", _tile_origin(MAP_TILE_URL)],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

# Response headers every environment sends.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # the admin preview opts in to SAMEORIGIN itself
SESSION_COOKIE_HTTPONLY = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # One line per background task (every save queues two) drowns everything else.
        "django_tasks": {"level": env("TASKS_LOG_LEVEL", "WARNING")},
        # The search cluster's clients log every request at INFO.
        "opensearch": {"level": "WARNING"},
        "opensearchpy": {"level": "WARNING"},
        "elastic_transport": {"level": "WARNING"},
    },
}
