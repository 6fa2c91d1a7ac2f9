"""`{% my_search_alerts %}`: the logged-in user's alerts, for the internal area."""

from django import template

from alerts import tokens
from alerts.models import address_digest
from alerts.selectors import alerts_of_user

register = template.Library()


@register.inclusion_tag("alerts/includes/my_alerts.html", takes_context=True)
def my_search_alerts(context):
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"show": False}
    alerts = list(alerts_of_user(user))
    token = tokens.manage_token(address_digest(user.email.strip().lower())) if user.email else ""
    return {"show": True, "alerts": alerts, "manage_token": token}
