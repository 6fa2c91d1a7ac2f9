"""PDFs of the site's pages, laid out by WeasyPrint from an HTML template.

Text only, tagged (PDF/UA-1); nothing is fetched while rendering, not even from this site.
Used by a practice project's `pdf/` route and by the folders app's collection export.
"""

from django.template.loader import render_to_string
from django.utils import timezone


class PdfUnavailable(RuntimeError):
    """WeasyPrint cannot run here (its system libraries, Pango, are missing)."""


def _no_fetching(url, *args, **kwargs):
    raise ValueError(f"PDF export fetches nothing: {url}")


def render_pdf(template_name, context, base_url):
    """PDF bytes of `template_name` rendered with `context`; links resolve against `base_url`."""
    try:
        from weasyprint import HTML
    except OSError as error:  # Pango missing
        raise PdfUnavailable(str(error)) from error
    html = render_to_string(template_name, context)
    return HTML(string=html, base_url=base_url, url_fetcher=_no_fetching).write_pdf(
        pdf_variant="pdf/ua-1"
    )


def project_pdf(page, page_url):
    """PDF bytes of a practice project; `page_url` is its absolute URL, printed as the source."""
    context = {"page": page, "page_url": page_url, "exported_on": timezone.localdate()}
    return render_pdf("knowledge/practice_project_pdf.html", context, page_url)
