"""Local development: debug on, console e-mail, a throwaway secret key."""

from .base import *  # noqa: F403
from .base import env

DEBUG = True
SECRET_KEY = env("DJANGO_SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")  # noqa: S105
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]", *ALLOWED_HOSTS]  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# A missing page shows the site's German 404 (Django's debug page stays for real errors).
MIDDLEWARE = [*MIDDLEWARE, "home.middleware.SiteNotFoundMiddleware"]  # noqa: F405
