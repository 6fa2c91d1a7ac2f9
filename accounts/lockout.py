"""Login lockouts: one address and name (django-axes), and a name attacked from many addresses.

1. Five wrong passwords for a name from one address lock that pair for an hour. The address is
   the visitor's real one (`operations.clientip`), so behind a load balancer a stranger locks
   only himself, and further tries during the lock do not extend it.
2. Twenty wrong passwords for a name within 15 minutes, from any addresses, lock the name for
   every address that sent one of them, until 15 minutes after the last. An address that has not
   failed for the name is never locked by this: the right person, elsewhere, still gets in.
"""

from datetime import timedelta

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from django.db.models import Sum
from django.utils import timezone

ACCOUNT_FAILURE_LIMIT = 20
ACCOUNT_WINDOW = timedelta(minutes=15)


def name_under_attack(username, ip_address, now=None):
    """Is `username` locked for `ip_address` by failures from many addresses?"""
    if not username:
        return False
    recent = AccessAttempt.objects.filter(
        username=username, attempt_time__gte=(now or timezone.now()) - ACCOUNT_WINDOW
    )
    total = recent.aggregate(total=Sum("failures_since_start"))["total"] or 0
    return total >= ACCOUNT_FAILURE_LIMIT and recent.filter(ip_address=ip_address).exists()


class LoginLockoutHandler(AxesDatabaseHandler):
    """django-axes' database handler with the lock of a name attacked from many addresses."""

    def is_locked(self, request, credentials=None):
        if super().is_locked(request, credentials):
            return True
        username = get_client_username(request, credentials)
        if name_under_attack(username, request.axes_ip_address):
            request.account_under_attack = True
            return True
        return False
