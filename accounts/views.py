"""Login, logout and password pages in the site's design (Django's auth views, German templates)."""

import hashlib

from django.contrib.auth import views as auth_views
from django.http import HttpResponseRedirect
from django.urls import reverse_lazy
from django.utils.translation import gettext as _

from operations import ratelimit

from .forms import LoginForm

RESET_WINDOW = 60 * 60
RESETS_PER_ADDRESS = 3  # reset mails to one address per hour
RESETS_PER_SENDER = 10  # reset requests from one visitor's address per hour


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    template_name = "accounts/logged_out.html"


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:password_change_done")


class PasswordChangeDoneView(auth_views.PasswordChangeDoneView):
    template_name = "accounts/password_change_done.html"


class PasswordResetView(auth_views.PasswordResetView):
    """Reset links by mail, limited per address and per sender, so nobody floods an inbox.

    Over the address's limit the answer is the usual one (it must not tell who has an account);
    over the sender's limit the form says so with HTTP 429.
    """

    template_name = "accounts/password_reset.html"
    email_template_name = "accounts/email/password_reset.txt"
    subject_template_name = "accounts/email/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")

    def form_valid(self, form):
        sender = ratelimit.client_ip(self.request)
        if not ratelimit.allow(f"password-reset:ip:{sender}", RESETS_PER_SENDER, RESET_WINDOW):
            form.add_error(
                None,
                _(
                    "Zu viele Anfragen in kurzer Zeit. Bitte versuchen Sie es in einer Stunde "
                    "erneut."
                ),
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        email = form.cleaned_data["email"].strip().lower()
        digest = hashlib.sha256(email.encode()).hexdigest()
        if not ratelimit.allow(f"password-reset:mail:{digest}", RESETS_PER_ADDRESS, RESET_WINDOW):
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"
