"""Tests: fast hashing, local caches, immediate tasks, in-memory e-mail."""

from .base import *  # noqa: F403
from .base import env

SECRET_KEY = "test-only-key-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests"}
}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://testserver")
LOGGING = {
    **LOGGING,  # noqa: F405
    "loggers": {
        **LOGGING["loggers"],  # noqa: F405
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}
# The search engine is chosen per test (tests/search/conftest.py): OPENSEARCH_URL set, the
# search tests run against a fresh index on that cluster; everything else uses the database.
SEARCH_ENGINE = None
# The page cache would answer most repeated requests in tests; tests/operations enables it.
PAGE_CACHE_ENABLED = False
# Per-process copies of the content generation and the restriction rules: changes in this
# process reset them at once, tests/conftest.py after every test; no re-reads in between, so
# query counts do not depend on how slowly a test runs.
PAGE_CACHE_LOCAL_SECONDS = 3600
VIEW_RESTRICTION_RECHECK_SECONDS = 3600
