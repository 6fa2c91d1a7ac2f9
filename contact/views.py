""" "Kontakt aufnehmen": the form on practice projects and municipality pages."""

from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from . import selectors, services
from .forms import ContactForm

TOO_MANY = (
    "Sie haben in kurzer Zeit sehr viele Nachrichten gesendet. Bitte versuchen Sie es später "
    "erneut."
)


def _contact(request, target):
    if target is None:
        raise Http404
    recipients = target.recipients
    chosen = request.GET.get("an", "")
    initial = {"recipient": chosen} if chosen.isdigit() and len(chosen) < 12 else {}
    form = ContactForm(request.POST or None, recipients=recipients, initial=initial)
    status, error = 200, None
    if request.method == "POST":
        if not services.ip_allowed(request):
            status, error = 429, TOO_MANY
        elif form.is_valid():
            if form.is_spam:
                return redirect("contact:sent")
            if not services.mail_allowed(
                form.cleaned_data["email"], form.cleaned_data["recipient"]
            ):
                status, error = 429, TOO_MANY
            else:
                services.relay(target, form.cleaned_data)
                request.session["contact_sent_to"] = form.cleaned_data["recipient"].name
                return redirect("contact:sent")
        else:
            status = 400
    return render(
        request,
        "contact/form.html",
        {"target": target, "form": form, "error": error},
        status=status,
    )


@require_http_methods(["GET", "POST"])
def project(request, page_id):
    return _contact(request, selectors.project_target(page_id, request.user, request))


@require_http_methods(["GET", "POST"])
def municipality(request, slug):
    return _contact(request, selectors.place_target(slug, request))


def sent(request):
    name = request.session.pop("contact_sent_to", "")
    return render(request, "contact/sent.html", {"name": name})
