"""The vote of "War diese Seite hilfreich?": a plain form POST, or fetch() from feedback.js."""

from urllib.parse import urlsplit

from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from knowledge.access import viewable
from operations import ratelimit

from . import services
from .forms import FeedbackForm

VOTES_PER_IP = 30
VOTE_WINDOW = 60 * 10

THANKS = "Vielen Dank für Ihre Rückmeldung!"
ALREADY = "Sie haben zu dieser Seite bereits eine Rückmeldung gegeben. Vielen Dank!"
TOO_MANY = "Zu viele Rückmeldungen in kurzer Zeit. Bitte versuchen Sie es später erneut."
FOREIGN = "Die Rückmeldung kam nicht von dieser Website."


def same_origin(request):
    """Browsers name the page a POST came from; refuse one sent from another site.

    The widget's form carries no CSRF token (that would keep every page out of the page
    cache), so the Origin (or Referer) header takes the token's place.
    """
    source = request.headers.get("Origin") or request.headers.get("Referer")
    if not source:
        return True  # not a browser form on someone else's page
    parts = urlsplit(source)
    return parts.netloc == request.get_host() and parts.scheme in ("http", "https")


def wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def answer(request, page, status, message, form=None):
    if wants_json(request):
        errors = form.errors if form is not None else {}
        errors = {name: [str(e) for e in messages] for name, messages in errors.items()}
        return JsonResponse({"message": message, "errors": errors}, status=status)
    return render(
        request,
        "feedback/answer.html",
        {"feedback_page": page, "message": message, "form": form},
        status=status,
    )


@csrf_exempt  # see same_origin
@require_POST
def vote(request, page_id):
    page = viewable(Page.objects.filter(pk=page_id), request.user).first()
    if page is None:
        raise Http404
    if not same_origin(request):
        return answer(request, page, 403, FOREIGN)
    if not ratelimit.allow(
        f"feedback:ip:{ratelimit.client_ip(request)}", VOTES_PER_IP, VOTE_WINDOW
    ):
        return answer(request, page, 429, TOO_MANY)
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        return answer(request, page, 400, "Bitte prüfen Sie Ihre Angaben.", form)
    if not form.is_spam:
        try:
            services.record_vote(
                page, form.helpful, form.cleaned_data["kommentar"], request.session
            )
        except services.AlreadyVotedError:
            return answer(request, page, 409, ALREADY)
    if wants_json(request):
        return JsonResponse({"message": THANKS, "errors": {}})
    return redirect(f"{page.get_url(request)}#rueckmeldung")
