"""Signed tokens in newsletter links: the confirmation expires.

Unsubscribe links carry a random key per subscriber (`Subscriber.unsubscribe_key`). Links sent
before (a signed plain address) still work, so nobody is stuck with an old newsletter's link.
"""

from django.core import signing

CONFIRM_SALT = "newsletter.confirm"
UNSUBSCRIBE_SALT = "newsletter.unsubscribe"
CONFIRM_MAX_AGE = 60 * 60 * 48  # two days


class InvalidTokenError(ValueError):
    """The link was changed, belongs to something else, or is too old; the message is German."""


def confirmation_token(email, requested_at):
    """Carries the address and when the request was made; nothing is stored before confirming."""
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign_object(
        {"e": email, "t": requested_at.isoformat()}
    )


def read_confirmation_token(token, max_age=CONFIRM_MAX_AGE):
    try:
        data = signing.TimestampSigner(salt=CONFIRM_SALT).unsign_object(
            str(token)[:1000], max_age=max_age
        )
    except signing.SignatureExpired:
        raise InvalidTokenError(
            "Der Bestätigungslink ist abgelaufen. Bitte melden Sie sich erneut an."
        ) from None
    except (signing.BadSignature, ValueError, TypeError):
        raise InvalidTokenError(
            "Der Bestätigungslink ist ungültig. Bitte kopieren Sie ihn vollständig aus der E-Mail "
            "oder melden Sie sich erneut an."
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("e"), str):
        raise InvalidTokenError("Der Bestätigungslink ist ungültig.")
    return data


INVALID_UNSUBSCRIBE = (
    "Der Abmeldelink ist ungültig. Bitte verwenden Sie den vollständigen Link aus der E-Mail."
)


def read_legacy_unsubscribe_token(token):
    """The address in an unsubscribe link of the old kind, or None if it is none."""
    try:
        return signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(str(token)[:1000])
    except (signing.BadSignature, ValueError, TypeError):
        return None
