"""Read side of search alerts."""

from django.db.models import Q

from .models import SearchAlert, address_digest


def alerts_of_user(user):
    """A logged-in person's active alerts: made while logged in, or for the account's address."""
    if not user.is_authenticated:
        return SearchAlert.objects.none()
    mine = Q(user=user)
    if user.email:
        mine |= Q(email_digest=address_digest(user.email.strip().lower()))
    return SearchAlert.objects.active().filter(mine).order_by("-confirmed_at")
