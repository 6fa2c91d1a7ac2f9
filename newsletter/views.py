"""Newsletter pages: sign up, confirm (double opt-in), unsubscribe with one click (a POST)."""

from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from operations import ratelimit

from . import services, tokens
from .forms import CONSENT_TEXT, SubscribeForm

FORM_HITS_PER_IP = 10
FORM_WINDOW = 60 * 10


@require_http_methods(["GET", "POST"])
def subscribe(request):
    form = SubscribeForm(request.POST or None)
    status = 200
    error = None
    if request.method == "POST":
        key = f"newsletter:ip:{ratelimit.client_ip(request)}"
        if not ratelimit.allow(key, FORM_HITS_PER_IP, FORM_WINDOW):
            error = (
                "Zu viele Anmeldeversuche in kurzer Zeit. Bitte versuchen Sie es in einigen "
                "Minuten erneut."
            )
            status = 429
        elif form.is_valid():
            # The same answer whether the address is new, active or over its mail limit:
            # the form must not tell strangers who subscribes.
            sent = services.request_subscription(form.cleaned_data["email"], CONSENT_TEXT, request)
            url = reverse("newsletter:requested")
            return redirect(url if sent else f"{url}?zustellung=spaeter")
        else:
            status = 400
    return render(
        request, "newsletter/subscribe.html", {"form": form, "error": error}, status=status
    )


def requested(request):
    delayed = request.GET.get("zustellung") == "spaeter"
    return render(request, "newsletter/requested.html", {"delayed": delayed})


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows a button (mail scanners follow links); POST confirms."""
    try:
        services.pending_request(token)
    except tokens.InvalidTokenError as error:
        return render(request, "newsletter/invalid.html", {"error": str(error)}, status=400)
    if request.method == "GET":
        return render(request, "newsletter/confirm.html", {"token": token})
    try:
        subscriber, created = services.confirm(token, CONSENT_TEXT)
    except tokens.InvalidTokenError as error:
        return render(request, "newsletter/invalid.html", {"error": str(error)}, status=400)
    return render(
        request, "newsletter/confirmed.html", {"subscriber": subscriber, "created": created}
    )


@csrf_exempt  # RFC 8058 one-click: mail clients POST without a form of ours
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET shows a button (mail scanners follow links); POST cancels, also RFC 8058's."""
    try:
        if request.method == "GET":
            services.subscribers_for(token)
            return render(request, "newsletter/unsubscribe.html", {"token": token})
        services.unsubscribe(token)
    except tokens.InvalidTokenError as error:
        return render(request, "newsletter/invalid.html", {"error": str(error)}, status=400)
    return render(request, "newsletter/unsubscribed.html")
