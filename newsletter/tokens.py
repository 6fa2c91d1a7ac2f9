"""Newsletter links: their messages, and the signed tokens of links sent before random keys.

Confirmation links carry the random key of a `PendingSubscription`, unsubscribe links a random
key per subscriber (`Subscriber.unsubscribe_key`). Links sent before (a signed address) still
work: confirmations until they expire, unsubscribes for good.
"""

from django.core import signing

CONFIRM_SALT = "newsletter.confirm"
UNSUBSCRIBE_SALT = "newsletter.unsubscribe"
CONFIRM_MAX_AGE = 60 * 60 * 48  # two days


class InvalidTokenError(ValueError):
    """The link was changed, belongs to something else, or is too old; the message is German."""


EXPIRED_CONFIRMATION = "Der Bestätigungslink ist abgelaufen. Bitte melden Sie sich erneut an."
INVALID_CONFIRMATION = (
    "Der Bestätigungslink ist ungültig. Bitte kopieren Sie ihn vollständig aus der E-Mail "
    "oder melden Sie sich erneut an."
)


def read_confirmation_token(token, max_age=CONFIRM_MAX_AGE):
    try:
        data = signing.TimestampSigner(salt=CONFIRM_SALT).unsign_object(
            str(token)[:1000], max_age=max_age
        )
    except signing.SignatureExpired:
        raise InvalidTokenError(EXPIRED_CONFIRMATION) from None
    except (signing.BadSignature, ValueError, TypeError):
        raise InvalidTokenError(INVALID_CONFIRMATION) from None
    if not isinstance(data, dict) or not isinstance(data.get("e"), str):
        raise InvalidTokenError(INVALID_CONFIRMATION)
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
