"""Answers to "War diese Seite hilfreich?": one vote per page and visitor session."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

COMMENT_MAX_LENGTH = 1000


class FeedbackQuerySet(models.QuerySet):
    def with_comment(self):
        return self.exclude(comment="")

    def open(self):
        return self.with_comment().filter(done_at__isnull=True)


class Feedback(models.Model):
    """A visitor's yes or no on a page, with an optional comment the Redaktion can mark done."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Seite"),
        on_delete=models.CASCADE,
        related_name="feedback",
    )
    helpful = models.BooleanField(_("Hilfreich"))
    comment = models.TextField(_("Kommentar"), max_length=COMMENT_MAX_LENGTH, blank=True)
    # A keyed hash of the visitor's session: one vote per page and session, no personal data.
    visitor = models.CharField(_("Besuchskennung"), max_length=64, editable=False)
    created_at = models.DateTimeField(_("Eingegangen am"), default=timezone.now, db_index=True)
    done_at = models.DateTimeField(_("Erledigt am"), null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Erledigt von"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = FeedbackQuerySet.as_manager()

    class Meta:
        verbose_name = _("Rückmeldung")
        verbose_name_plural = _("Rückmeldungen")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["page", "visitor"], name="feedback_one_vote_per_visit")
        ]

    def __str__(self):
        answer = _("hilfreich") if self.helpful else _("nicht hilfreich")
        return f"{self.page_id}: {answer}"

    @property
    def is_done(self):
        return self.done_at is not None
