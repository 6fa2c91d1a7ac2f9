"""/praxisprojekte/einreichen/: family managers send in a practice project."""

from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from operations import ratelimit

from . import services
from .forms import SubmissionForm

# A whole request above this is refused before Django reads the files.
MAX_REQUEST_SIZE = 30 * 1024 * 1024
POSTS_PER_IP = (10, 60 * 60)
SUBMISSIONS_PER_ADDRESS = (3, 60 * 60 * 24)
TOO_LARGE = (
    "Die Dateien sind zusammen zu groß (höchstens 25 MB). Bitte hängen Sie weniger oder kleinere "
    "Dateien an."
)
UNAVAILABLE = "Einreichungen sind gerade nicht möglich. Bitte versuchen Sie es später erneut."
TOO_MANY = (
    "Es wurden in kurzer Zeit sehr viele Projekte eingereicht. Bitte versuchen Sie es später "
    "erneut oder schreiben Sie der Redaktion."
)


def _too_large(request):
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0) > MAX_REQUEST_SIZE
    except ValueError:
        return True


@require_http_methods(["GET", "POST"])
def submit(request):
    status, error, form = 200, None, SubmissionForm()
    if request.method == "POST":
        if _too_large(request):
            return render(
                request, "submissions/form.html", {"form": form, "error": TOO_LARGE}, status=413
            )
        form = SubmissionForm(request.POST, request.FILES)
        if not ratelimit.allow(f"submit:ip:{ratelimit.client_ip(request)}", *POSTS_PER_IP):
            status, error = 429, TOO_MANY
        elif form.is_valid():
            if form.is_spam:
                return redirect("submissions:received")
            email_key = f"submit:from:{services.address_key(form.cleaned_data['email'])}"
            if not ratelimit.allow(email_key, *SUBMISSIONS_PER_ADDRESS):
                status, error = 429, TOO_MANY
            else:
                try:
                    submission = services.submit(form.cleaned_data)
                except services.SubmissionUnavailableError:
                    status = 503
                    error = (
                        "Einreichungen sind gerade nicht möglich. Bitte versuchen Sie es später."
                    )
                else:
                    request.session["submission_title"] = submission.title
                    return redirect("submissions:received")
        else:
            status = 400
    return render(request, "submissions/form.html", {"form": form, "error": error}, status=status)


def received(request):
    title = request.session.pop("submission_title", "")
    return render(request, "submissions/received.html", {"title": title})
