"""The weekly freshness-review reminder as a periodic job that queues its mails."""

from django.utils import timezone

from jobs.mail import enqueue
from knowledge.review import reminder_messages

KIND = "pruef-erinnerung"


def queue_review_reminders(now=None):
    """Queue this week's reminder for every owner of due pages; returns how many were new."""
    today = timezone.localdate(now) if now else timezone.localdate()
    return sum(enqueue(message, key, KIND)[1] for key, message in reminder_messages(today))
