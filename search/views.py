"""Site search. A minimal version; the faceted search replaces it."""

from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Page


def search(request):
    query = request.GET.get("q", "").strip()
    results = Page.objects.none()
    if query:
        cleaned = " ".join(word.strip("\"'()*") for word in query.split()).strip()
        if cleaned:
            results = Page.objects.live().public().search(cleaned, operator="or")
    page = Paginator(results, 10).get_page(request.GET.get("seite"))
    return render(request, "search/search.html", {"search_query": query, "results": page})
