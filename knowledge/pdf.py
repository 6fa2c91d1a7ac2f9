"""A practice project as PDF, with WeasyPrint as the folders app makes its PDFs.

Text only, tagged (PDF/UA-1); nothing is fetched while rendering, not even from this site.
"""

from django.template.loader import render_to_string
from django.utils import timezone


class PdfUnavailable(Exception):
    """WeasyPrint's system libraries (Pango) are missing on this server."""


def _no_fetching(url, *args, **kwargs):
    raise ValueError(f"PDF export fetches nothing: {url}")


def project_pdf(page, page_url):
    """PDF bytes of a practice project; `page_url` is its absolute URL, printed as the source."""
    try:
        from weasyprint import HTML
    except OSError as error:  # Pango missing
        raise PdfUnavailable(str(error)) from error
    context = {"page": page, "page_url": page_url, "exported_on": timezone.localdate()}
    html = render_to_string("knowledge/practice_project_pdf.html", context)
    return HTML(string=html, base_url=page_url, url_fetcher=_no_fetching).write_pdf(
        pdf_variant="pdf/ua-1"
    )
