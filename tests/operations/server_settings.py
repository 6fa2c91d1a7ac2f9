"""cms.settings.production for servers that tests start: static files without collectstatic.

Everything else (middleware, security, caches and database from the environment) is production.
"""

from cms.settings.production import *  # noqa: F403
from cms.settings.production import STORAGES

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
