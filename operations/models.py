"""The content generation: one row whose value changes with every change visitors could see."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ContentGeneration(models.Model):
    """The generation of the published content (operations.pagecache).

    It lives in the database, changed in the same transaction as the content, so every app
    server and a read replica agree on it, and no dropped cache write can bring stale pages
    back. The shared cache only mirrors it for the time the database is unreachable.
    """

    value = models.CharField(_("Stand"), max_length=32)

    class Meta:
        verbose_name = _("Inhaltsstand")
        verbose_name_plural = _("Inhaltsstände")

    def __str__(self):
        return self.value
