"""Pagination that answers a bad ?seite= with a German message instead of a 500."""

from django.core.paginator import Paginator


class InvalidPageError(ValueError):
    """A page number a visitor typed that does not exist; the message is German."""


def paginate(items, number, per_page):
    """Return the requested page of `items`; raise InvalidPageError for a bad number."""
    paginator = Paginator(items, per_page, allow_empty_first_page=True)
    if number in (None, ""):
        return paginator.page(1)
    try:
        number = int(str(number).strip())
    except ValueError:
        raise InvalidPageError("Die Seitenzahl muss eine ganze Zahl sein.") from None
    if number < 1 or number > paginator.num_pages:
        raise InvalidPageError(
            f"Seite {number} gibt es nicht. Es gibt {paginator.num_pages} Seite(n)."
            if abs(number) < 10**9
            else "Diese Seitenzahl gibt es nicht."
        )
    return paginator.page(number)
