"""Turn a submission into a draft practice project in the review workflow; its mails."""

import io
import logging
import uuid

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from accounts.roles import EDITORS, root_collection
from jobs import mail as mail_queue
from knowledge.models import (
    FamilyManager,
    PracticeProjectIndexPage,
    PracticeProjectPage,
    ProjectImage,
)
from knowledge.text import german_slug
from transfer.rows import paragraphs_to_html

from .forms import CONSENT_TEXT
from .models import ProjectSubmission

logger = logging.getLogger(__name__)

COLLECTION = "Eingereichte Praxisprojekte (intern)"
SECTIONS = ["starting_situation", "goals", "approach", "results", "lessons_learned"]


class SubmissionUnavailableError(Exception):
    """The site has no practice-project section to file the submission under."""


def submissions_collection():
    """The private collection of submitted files: only the Redaktion sees it."""
    from django.contrib.auth.models import Group

    root = root_collection()
    collection = root.get_children().filter(name=COLLECTION).first() or root.add_child(
        name=COLLECTION
    )
    restriction = CollectionViewRestriction.objects.filter(collection=collection).first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.set([Group.objects.get_or_create(name=EDITORS)[0]])
    return Collection.objects.get(pk=collection.pk)


def unique_slug(index, title):
    base = german_slug(title)[:70] or "praxisprojekt"
    taken = set(index.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def _paragraphs(text):
    return paragraphs_to_html(
        [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    )


def _store_files(attachments, title, collection, saved):
    """Wagtail documents and images in the private collection; random file names."""
    documents, images = [], []
    for number, attachment in enumerate(attachments, start=1):
        name = f"{uuid.uuid4().hex}.{attachment.extension}"
        label = f"{title} – Anhang {number}"[:255]
        if attachment.kind == "pdf":
            item = get_document_model()(title=label, collection=collection)
            item.file.save(name, ContentFile(attachment.content), save=False)
            documents.append(item)
        else:
            # ImageFile, so that width and height are read from the content.
            upload = ImageFile(io.BytesIO(attachment.content), name=name)
            item = get_image_model()(title=label, collection=collection, file=upload)
            images.append(item)
        try:
            item.save()
        finally:
            if item.file.name:
                saved.append(item.file)
    return documents, images


def submit(data):
    """Create the draft page, its files and the submission; queue the confirmation mail.

    All or nothing: on any error the database rolls back and stored files are deleted.
    """
    index = PracticeProjectIndexPage.objects.first()
    if index is None:
        raise SubmissionUnavailableError
    saved = []
    try:
        with transaction.atomic():
            submission = _create(index, data, saved)
    except BaseException:
        for stored in saved:
            stored.storage.delete(stored.name)
        raise
    transaction.on_commit(lambda: _start_review_task(submission.pk))
    return submission


def _create(index, data, saved):
    collection = submissions_collection()
    documents, images = _store_files(data["attachments"], data["title"], collection, saved)
    contact = FamilyManager.objects.filter(email__iexact=data["email"]).first()
    page = PracticeProjectPage(
        title=data["title"],
        slug=unique_slug(index, data["title"]),
        summary=data["summary"],
        municipality=data["municipality"],
        year=data["year"],
        status=data["status"],
        authors=data["name"],
        contact_person=contact,
        practice_paper=documents[0] if documents else None,
        live=False,
        **{name: _paragraphs(data[name]) for name in SECTIONS},
    )
    index.add_child(instance=page)
    for theme in data["themes"]:
        page.themes.add(theme)
    page.target_groups.set(data["target_groups"])
    for image in images:
        page.gallery_images.add(ProjectImage(image=image))
    page.save_revision(log_action=True)
    submission = ProjectSubmission.objects.create(
        page=page,
        title=data["title"],
        name=data["name"],
        email=data["email"],
        role=data["role"],
        phone=data["phone"],
        consent_text=CONSENT_TEXT,
    )
    submission.documents.set(documents)
    submission.images.set(images)
    message = EmailMessage(
        subject=f"Ihr Praxisprojekt „{data['title']}“ ist eingegangen",
        body=render_to_string(
            "submissions/mail/confirmation.txt",
            {"data": data, "submission": submission, "files": len(documents) + len(images)},
        ),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[data["email"]],
    )
    mail_queue.enqueue(message, f"submission:{submission.pk}:confirmation", "submission.confirm")
    return submission


def _start_review_task(submission_id):
    from .tasks import start_review

    start_review.enqueue(submission_id)


def start_review(submission_id, now=None):
    """Put the draft into the review workflow (once); True if it started now.

    Starting the workflow is what notifies the Redaktion (Wagtail mails the task's approvers).
    It runs after the submission committed; if it fails (say, the mail server refuses), the
    job `submissions.start_reviews` tries again on the next `run_jobs`.
    """
    with transaction.atomic():
        submission = (
            ProjectSubmission.objects.select_for_update()
            .filter(pk=submission_id, review_started_at__isnull=True, page__isnull=False)
            .select_related("page")
            .first()
        )
        if submission is None:
            return False
        page = submission.page.specific
        workflow = page.get_workflow()
        if workflow is not None and not page.workflow_in_progress:
            workflow.start(page, None)
        submission.review_started_at = now or timezone.now()
        submission.save(update_fields=["review_started_at"])
    logger.info("Einreichung %s: Prüfung durch die Redaktion begonnen", submission_id)
    return True


def start_pending_reviews(now):
    pending = ProjectSubmission.objects.filter(review_started_at__isnull=True, page__isnull=False)
    return sum(start_review(pk, now) for pk in pending.values_list("pk", flat=True))


def address_key(email):
    import hashlib

    return hashlib.sha256(email.encode()).hexdigest()[:32]
