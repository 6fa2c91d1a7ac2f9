"""Search-alert pages: create from a search, confirm, manage, unsubscribe with one click."""

import uuid

from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from operations import ratelimit

from . import searches, selectors, services, tokens
from .forms import AlertForm, FrequencyForm
from .models import SearchAlert, address_digest

FORM_HITS_PER_IP = 10
FORM_WINDOW = 60 * 10
TOO_MANY = "Zu viele Anfragen in kurzer Zeit. Bitte versuchen Sie es in einigen Minuten erneut."


def _invalid(request, error, status=400):
    return render(request, "alerts/invalid.html", {"error": error}, status=status)


@require_http_methods(["GET", "POST"])
def new(request):
    """/suchauftraege/neu/?<search parameters>: the search described, address and rhythm asked."""
    source = request.POST.get("suche", "") if request.method == "POST" else request.GET.urlencode()
    try:
        data = searches.validate(source)
    except searches.InvalidSearchError as error:
        return _invalid(request, " ".join(error.messages))
    query, label = searches.canonical(data), searches.describe(data)
    user = request.user if request.user.is_authenticated else None
    initial = {"suche": query, "email": user.email if user else ""}
    form = AlertForm(request.POST or None, initial=initial)
    status, error = 200, None
    if request.method == "POST":
        if not ratelimit.allow(
            f"alerts:ip:{ratelimit.client_ip(request)}", FORM_HITS_PER_IP, FORM_WINDOW
        ):
            status, error = 429, TOO_MANY
        elif form.is_valid():
            if not form.is_spam:
                alert = services.request_alert(
                    form.cleaned_data["email"],
                    query,
                    label,
                    form.cleaned_data["frequency"],
                    user=user,
                    request=request,
                )
                if alert is not None and alert.status == SearchAlert.Status.ACTIVE and user:
                    return redirect("alerts:mine")
            return redirect("alerts:requested")
        else:
            status = 400
    context = {"form": form, "label": label, "query": query, "error": error}
    return render(request, "alerts/new.html", context, status=status)


def requested(request):
    return render(request, "alerts/requested.html")


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows a button (mail scanners follow links); POST confirms."""
    try:
        tokens.read_confirmation_token(token)
        if request.method == "GET":
            return render(request, "alerts/confirm.html", {"token": token})
        alert, activated = services.confirm(token)
    except tokens.InvalidTokenError as error:
        return _invalid(request, str(error))
    manage = tokens.manage_token(alert.email_digest)
    return render(
        request,
        "alerts/confirmed.html",
        {"alert": alert, "activated": activated, "manage_token": manage},
    )


@csrf_exempt  # RFC 8058 one-click: mail clients POST without a form of ours
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET asks (mail scanners follow links), POST cancels: from our button or the mail client."""
    try:
        alert = services.alert_for_unsubscribe(token)
    except tokens.InvalidTokenError as error:
        return _invalid(request, str(error))
    if alert is None:
        raise Http404
    manage = tokens.manage_token(alert.email_digest)
    if request.method == "POST":
        services.cancel(alert)
        return render(request, "alerts/unsubscribed.html", {"alert": alert, "manage_token": manage})
    return render(
        request,
        "alerts/unsubscribe.html",
        {"alert": alert, "token": token, "manage_token": manage},
    )


@require_http_methods(["GET", "POST"])
def manage(request, token):
    """All alerts of one address, reached from a link in every mail; no account needed."""
    try:
        digest = tokens.read_manage_token(token)
    except tokens.InvalidTokenError as error:
        return _invalid(request, str(error))
    alerts = SearchAlert.objects.active().filter(email_digest=digest)
    saved = False
    if request.method == "POST":
        alert = alerts.filter(uuid=_uuid(request.POST.get("auftrag"))).first()
        form = FrequencyForm(request.POST)
        if alert is None or not form.is_valid():
            return _invalid(request, "Diese Änderung ist nicht möglich. Bitte laden Sie neu.")
        services.set_frequency(alert, form.cleaned_data["frequency"])
        saved = True
    return render(request, "alerts/manage.html", _listing(alerts, saved, token))


def _uuid(value):
    try:
        return uuid.UUID(str(value)[:64])
    except ValueError:
        return None


def _listing(alerts, saved=False, manage_token=""):
    items = [
        {"alert": alert, "unsubscribe_token": tokens.unsubscribe_token(alert)}
        for alert in alerts.order_by("-confirmed_at")
    ]
    return {
        "items": items,
        "saved": saved,
        "manage_token": manage_token,
        "frequencies": SearchAlert.Frequency.choices,
    }


def mine(request):
    """A logged-in participant's alerts (also listed in the internal area)."""
    if not request.user.is_authenticated:
        return redirect(f"/konto/anmelden/?next={request.path}")
    alerts = selectors.alerts_of_user(request.user)
    token = tokens.manage_token(address_digest(request.user.email.strip().lower()))
    return render(request, "alerts/manage.html", {**_listing(alerts, False, token), "mine": True})
