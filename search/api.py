"""JSON API of the search: /api/search/ and /api/search/suggest.

OpenAPI schema at /api/search/openapi.json, Swagger UI at /api/search/docs, a German reference
at /api/ (home.api_docs).

The same parameters and rules as the page; a logged-in session sees what its user may read.
"""

from django.http import JsonResponse
from ninja import Field, NinjaAPI, Query, Schema

from . import service, suggest

api = NinjaAPI(
    title="Suche – Kommunales Familienmanagement NRW",
    version="1.0.0",
    description=(
        "Volltextsuche über Praxisprojekte, Kursmodule, Arbeitsgruppen-Ergebnisse und weitere "
        "Inhalte, mit Facetten. Ungültige Angaben beantwortet die API mit Status 400 und einer "
        "deutschen Meldung."
    ),
    urls_namespace="search_api",
    # Swagger UI (English) from ninja's own static files; /api/ documents the API in German.
    docs_url="/docs",
)


class Result(Schema):
    title: str
    url: str
    type: str
    type_label: str
    municipality: str | None
    year: int | None
    themes: list[str]
    snippet: str


class FacetValue(Schema):
    value: str
    label: str
    count: int


class Promotion(Schema):
    title: str
    url: str
    description: str


class SearchResponse(Schema):
    count: int
    page: int
    num_pages: int
    results: list[Result]
    facets: dict[str, list[FacetValue]]
    promotions: list[Promotion]
    suggestion: str | None


class Error(Schema):
    detail: str
    errors: list[str]


class SuggestItem(Schema):
    label: str
    url: str
    kind: str


class SuggestResponse(Schema):
    suggestions: list[SuggestItem]


class SearchParams(Schema):
    q: str | None = Field(None, description="Suchbegriffe (höchstens 500 Zeichen).")
    thema: list[str] | None = Field(None, description="Themen-Kürzel; mehrfach angeben.")
    typ: str | None = Field(None, description="Inhaltstyp, z. B. `praxisprojekt`.")
    kommune: str | None = Field(None, description="Kürzel einer Kommune.")
    kreis: str | None = Field(None, description="Kürzel eines Kreises.")
    jahr: str | None = Field(None, description="Jahr (1900 bis 2100).")
    zielgruppe: str | None = Field(None, description="Kürzel einer Zielgruppe.")
    umkreis: str | None = Field(None, description="Kommune, um die herum gesucht wird.")
    km: str | None = Field(None, description="Umkreis in Kilometern (1 bis 300, sonst 25).")
    sortierung: str | None = Field(None, description="`relevanz` (Standard) oder `neueste`.")
    seite: str | None = Field(None, description="Seite der Treffer, ab 1 (je 10 Treffer).")


def _bad_request(errors):
    return JsonResponse(
        {"detail": "Ungültige Suchanfrage.", "errors": [str(e) for e in errors]}, status=400
    )


@api.get(
    "/",
    response={200: SearchResponse, 400: Error},
    summary="Inhalte suchen",
    description=(
        "Parameter wie auf /suche/: `q` (Suchbegriffe), `thema` (mehrfach), `typ`, `kommune`, "
        "`kreis`, `jahr`, `zielgruppe`, `umkreis` (Kommune, um die herum gesucht wird) mit `km` "
        "(1 bis 300, sonst 25), `sortierung` (`relevanz` oder `neueste`), `seite`."
    ),
)
def search(request, params: Query[SearchParams]):
    result = service.search(request.GET, request.user)
    if result.errors:
        return _bad_request(result.errors)
    # Built and serialised directly (the schema above documents it): validating a large
    # facet payload through pydantic on every request costs more than the search itself.
    return JsonResponse(
        {
            "count": result.count,
            "page": result.page,
            "num_pages": result.num_pages,
            "results": [
                {
                    "title": hit.title,
                    "url": request.build_absolute_uri(hit.url) if hit.url else "",
                    "type": hit.kind,
                    "type_label": str(hit.kind_label),
                    "municipality": hit.municipality or None,
                    "year": hit.year,
                    "themes": [name for _slug, name in hit.themes],
                    "snippet": str(hit.snippet),
                }
                for hit in result.hits
            ],
            "facets": {
                name: [{"value": v.value, "label": str(v.label), "count": v.count} for v in values]
                for name, values in result.facets.items()
            },
            "promotions": [
                {
                    "title": pick.title or "",
                    "url": pick.page.url if pick.page else pick.external_link_url,
                    "description": pick.description or "",
                }
                for pick in result.promotions
            ],
            "suggestion": result.suggestion or None,
        }
    )


@api.get(
    "/suggest",
    response={200: SuggestResponse, 400: Error},
    summary="Vorschläge für die Eingabe",
    description="Titel, Themen und Kommunen, die zu den ersten Buchstaben in `q` passen.",
)
def suggestions(request, q: str = Query("", description="Die ersten Buchstaben (höchstens 200).")):
    if len(q) > 200:
        return _bad_request(["Die Eingabe ist für Vorschläge zu lang (höchstens 200 Zeichen)."])
    return {"suggestions": suggest.suggestions(q, request.user)}
