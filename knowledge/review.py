"""Freshness reviews: which content pages are due for a check, marking them checked, reminders.

A page type takes part by mixing in `knowledge.models.ReviewableMixin`. Archived pages are never
due: a finished project's page is kept as it was.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page, get_page_models
from wagtail.permission_policies.pages import PagePermissionPolicy

from knowledge.models.mixins import ReviewableMixin, add_months

REVIEWED_ACTION = "famnrw.reviewed"


def reviewable_models():
    """Concrete page types with review dates, in a stable order."""
    return sorted(
        (m for m in get_page_models() if issubclass(m, ReviewableMixin) and not m._meta.abstract),
        key=lambda m: m._meta.label,
    )


def _not_archived(model, queryset):
    fields = {f.name for f in model._meta.get_fields()}
    return queryset.filter(is_archived=False) if "is_archived" in fields else queryset


def due_pages(today=None, user=None, limit=None):
    """Live, not archived pages whose review is due, oldest review first, owners joined.

    With a user, only pages that user may edit. One query per reviewable page type.
    """
    today = today or timezone.localdate()
    editable = None
    if user is not None and not user.is_superuser:
        editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    pages = []
    for model in reviewable_models():
        queryset = _not_archived(model, model.objects.live()).filter(review_due_at__lte=today)
        if editable is not None:
            queryset = queryset.filter(pk__in=editable.values("pk"))
        queryset = queryset.select_related("owner").order_by("last_reviewed_at", "pk")
        pages.extend(queryset[:limit] if limit else queryset)
    pages.sort(key=lambda page: (page.last_reviewed_at, page.title.lower(), page.pk))
    return pages[:limit] if limit else pages


@transaction.atomic
def mark_reviewed(page, user=None, day=None):
    """Record that `page` was checked on `day` (today); no new revision, one log entry."""
    page = page.specific
    if not isinstance(page, ReviewableMixin):
        raise TypeError(f"{type(page).__name__} has no review dates")
    day = day or timezone.localdate()
    page.last_reviewed_at = day
    page.review_due_at = page.next_review_date(day)
    # Only these two columns: no revision, and the page's content stays as published. The save
    # signal lets caches of the public page (its "Stand") refresh.
    page.save(update_fields=["last_reviewed_at", "review_due_at"], clean=False)
    log(instance=page, action=REVIEWED_ACTION, user=user, data={"day": day.isoformat()})
    return page


def backfill_review_dates(apps, app_label, model_names):
    """Data migration helper: live pages without a review date count as reviewed when published."""
    for name in model_names:
        model = apps.get_model(app_label, name)
        for page in model.objects.filter(live=True, last_reviewed_at__isnull=True):
            moment = page.last_published_at or page.first_published_at or timezone.now()
            day = timezone.localtime(moment).date()
            model.objects.filter(pk=page.pk).update(
                last_reviewed_at=day,
                review_due_at=add_months(day, page.review_interval_months or 12),
            )


# --- Reminder mails --------------------------------------------------------------------------


@dataclass
class Reminder:
    """One mail: a recipient and the pages due that they own."""

    user: object
    pages: list


def reminders(today=None):
    """One reminder per active owner with an e-mail address who owns pages due for review."""
    by_owner = defaultdict(list)
    for page in due_pages(today):
        owner = page.owner
        if owner is not None and owner.is_active and owner.email:
            by_owner[owner.pk].append(page)
    owners = {page.owner.pk: page.owner for pages in by_owner.values() for page in pages}
    return [
        Reminder(owners[pk], pages)
        for pk, pages in sorted(by_owner.items(), key=lambda item: owners[item[0]].username)
    ]


def reminder_messages(today=None):
    """[(key, EmailMessage)]: one reminder per owner of due pages, keyed by owner and ISO week.

    The key lets a mail queue send each owner at most one reminder a week, however often the
    job runs (see `accounts.apps`, which queues them through `jobs.mail`).
    """
    from django.conf import settings
    from django.core.mail import EmailMessage
    from django.template.loader import render_to_string
    from django.urls import reverse

    today = today or timezone.localdate()
    year, week, _ = today.isocalendar()
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    messages = []
    for reminder in reminders(today):
        for page in reminder.pages:
            page.admin_url = base_url + reverse("wagtailadmin_pages:edit", args=[page.pk])
        context = {
            "user": reminder.user,
            "pages": reminder.pages,
            "dashboard_url": base_url + reverse("wagtailadmin_home"),
        }
        subject = render_to_string("knowledge/email/review_reminder_subject.txt", context)
        message = EmailMessage(
            subject=" ".join(subject.split()),
            body=render_to_string("knowledge/email/review_reminder.txt", context),
            to=[reminder.user.email],
        )
        messages.append((f"review-reminder:{reminder.user.pk}:{year}-W{week:02d}", message))
    return messages


def page_for_review(page_id):
    """The specific page with review dates, or None."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return None
    page = page.specific
    return page if isinstance(page, ReviewableMixin) else None
