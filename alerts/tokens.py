"""Signed tokens in alert links; none of them carries an e-mail address."""

from django.core import signing

CONFIRM_SALT = "alerts.confirm"
MANAGE_SALT = "alerts.manage"
UNSUBSCRIBE_SALT = "alerts.unsubscribe"
CONFIRM_MAX_AGE = 60 * 60 * 48  # two days


class InvalidTokenError(ValueError):
    """The link was changed, belongs to something else, or is too old; the message is German."""


def confirmation_token(alert):
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign(str(alert.uuid))


def read_confirmation_token(token):
    try:
        return signing.TimestampSigner(salt=CONFIRM_SALT).unsign(
            str(token)[:200], max_age=CONFIRM_MAX_AGE
        )
    except signing.SignatureExpired:
        raise InvalidTokenError(
            "Der Bestätigungslink ist abgelaufen. Bitte legen Sie den Suchauftrag erneut an."
        ) from None
    except signing.BadSignature:
        raise InvalidTokenError(
            "Der Bestätigungslink ist ungültig. Bitte kopieren Sie ihn vollständig aus der E-Mail."
        ) from None


def manage_token(email_digest):
    """Opens the list of all alerts of one address (the token holds a hash, not the address)."""
    return signing.Signer(salt=MANAGE_SALT).sign(email_digest)


def read_manage_token(token):
    try:
        return signing.Signer(salt=MANAGE_SALT).unsign(str(token)[:200])
    except signing.BadSignature:
        raise InvalidTokenError(
            "Der Link zu Ihren Suchaufträgen ist ungültig. Bitte verwenden Sie den vollständigen "
            "Link aus einer unserer E-Mails."
        ) from None


def unsubscribe_token(alert):
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(str(alert.uuid))


def read_unsubscribe_token(token):
    try:
        return signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(str(token)[:200])
    except signing.BadSignature:
        raise InvalidTokenError(
            "Der Abbestell-Link ist ungültig. Bitte verwenden Sie den vollständigen Link aus der "
            "E-Mail."
        ) from None
