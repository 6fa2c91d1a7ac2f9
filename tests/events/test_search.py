"""Events and news are registered with the site search: found when public, absent when not."""

import pytest

from tests.builders import add_event, add_news, event_index, news_index, restrict_to_login

pytestmark = pytest.mark.django_db


def hits(response):
    assert response.status_code == 200
    return [hit.title for hit in response.context["result"].hits]


def test_events_and_news_are_found(client, home_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        add_event(
            event_index(home_page),
            title="Werkstatt zum Familienbericht",
            venue="Kreishaus Warendorf",
            themes=["familienberichterstattung"],
        )
        add_news(news_index(home_page), title="Familienbericht im Kreis erschienen")
        restrict_to_login(add_event(event_index(home_page), title="Interne Familienbericht-Runde"))
        add_event(event_index(home_page), title="Entwurf Familienbericht", publish=False)
    found = hits(client.get("/suche/", {"q": "Familienbericht"}))
    assert "Werkstatt zum Familienbericht" in found
    assert "Familienbericht im Kreis erschienen" in found
    assert "Interne Familienbericht-Runde" not in found and "Entwurf Familienbericht" not in found
    # The venue is indexed; compound splitting also relates "Kreishaus" to "Kreis", ranked lower.
    assert hits(client.get("/suche/", {"q": "Kreishaus"}))[0] == "Werkstatt zum Familienbericht"
    only_events = hits(client.get("/suche/", {"q": "Familienbericht", "typ": "termin"}))
    assert only_events == ["Werkstatt zum Familienbericht"]
    only_news = hits(client.get("/suche/", {"q": "Familienbericht", "typ": "meldung"}))
    assert only_news == ["Familienbericht im Kreis erschienen"]
