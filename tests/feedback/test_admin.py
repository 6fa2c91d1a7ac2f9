"""Editors see the share of "yes" per theme and page, read comments newest first, close them."""

import datetime

import pytest
from django.utils import timezone

from accounts.roles import EDITORS, ensure_roles
from feedback import selectors
from feedback.models import Feedback
from tests.builders import add_page, add_project, add_user, knowledge_sections

pytestmark = pytest.mark.django_db


def votes(page, *answers):
    """Feedback rows as if from different visitors; answers are (helpful, comment) pairs."""
    start = timezone.now() - datetime.timedelta(days=1)
    for helpful, comment in answers:
        number = Feedback.objects.count()  # each vote a minute after the one before
        Feedback.objects.create(
            page=page,
            helpful=helpful,
            comment=comment,
            visitor=f"besuch-{number}",
            created_at=start + datetime.timedelta(minutes=number),
        )


@pytest.fixture
def content(home_page):
    sections = knowledge_sections(home_page)
    care = add_project(
        sections["projects"], title="Pflegelotsen", themes=["pflege-von-angehoerigen"]
    )
    both = add_project(
        sections["projects"],
        title="Kita und Pflege",
        themes=["kinderbetreuung", "pflege-von-angehoerigen"],
    )
    legal = add_page(home_page, title="Impressum", slug="impressum")
    votes(care, (True, ""), (True, "Sehr hilfreich."), (False, "Link defekt."))
    votes(both, (False, ""), (True, "Danke"))
    votes(legal, (False, "Telefonnummer fehlt."))
    return care, both, legal


@pytest.fixture
def editor(content):
    ensure_roles()
    return add_user("redakteurin", EDITORS)


def test_share_by_theme_counts_votes_on_pages_with_the_theme(content):
    shares = {share.key: share for share in selectors.share_by_theme()}
    care = shares["pflege-von-angehoerigen"]
    assert (care.votes, care.yes, care.no, care.percent) == (5, 3, 2, 60)
    assert care.open_comments == 3
    childcare = shares["kinderbetreuung"]
    assert (childcare.votes, childcare.yes, childcare.share) == (2, 1, 0.5)
    assert shares["jugend"].votes == 0 and shares["jugend"].share is None
    # Every theme of the vocabulary, in its order, so charts have a stable axis.
    assert [s.key for s in selectors.share_by_theme()][0] == "kinderbetreuung"


def test_share_by_page_lists_pages_with_most_votes_first(content):
    care, both, legal = content
    rows = selectors.share_by_page()
    assert [row.key.pk for row in rows] == [care.pk, both.pk, legal.pk]
    assert [row.key.pk for row in selectors.share_by_page("kinderbetreuung")] == [both.pk]


def test_overview_in_the_admin(client, editor, content):
    client.force_login(editor)
    response = client.get("/admin/rueckmeldungen/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Pflege von Angehörigen" in html and "60 %" in html
    assert "Pflegelotsen" in html and "Impressum" in html
    narrowed = client.get("/admin/rueckmeldungen/?thema=kinderbetreuung").content.decode()
    assert "Kita und Pflege" in narrowed and "Pflegelotsen" not in narrowed.split("Nach Seite")[1]
    assert client.get("/admin/rueckmeldungen/?thema=%00x").status_code == 200


def test_comments_newest_first_and_marked_done(client, editor, content):
    client.force_login(editor)
    html = client.get("/admin/rueckmeldungen/kommentare/").content.decode()
    newest_first = ["Telefonnummer fehlt.", "Danke", "Link defekt.", "Sehr hilfreich."]
    positions = [html.index(text) for text in newest_first]
    assert positions == sorted(positions)
    comment = Feedback.objects.get(comment="Link defekt.")

    response = client.post(
        f"/admin/rueckmeldungen/kommentare/{comment.pk}/erledigt/",
        {"erledigt": "1", "next": "/admin/rueckmeldungen/kommentare/"},
    )
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.is_done and comment.done_by == editor
    open_list = client.get("/admin/rueckmeldungen/kommentare/").content.decode()
    assert "Link defekt." not in open_list
    done_list = client.get("/admin/rueckmeldungen/kommentare/?status=erledigt").content.decode()
    assert "Link defekt." in done_list and "Wieder öffnen" in done_list
    client.post(f"/admin/rueckmeldungen/kommentare/{comment.pk}/erledigt/", {"erledigt": "0"})
    comment.refresh_from_db()
    assert not comment.is_done
    shares = {share.key: share for share in selectors.share_by_theme()}
    assert shares["pflege-von-angehoerigen"].open_comments == 3


def test_comments_of_one_page(client, editor, content):
    care = content[0]
    client.force_login(editor)
    html = client.get(f"/admin/rueckmeldungen/kommentare/?seite={care.pk}").content.decode()
    assert "Link defekt." in html and "Telefonnummer fehlt." not in html
    assert client.get("/admin/rueckmeldungen/kommentare/?seite=abc&p=x").status_code == 200


def test_comments_of_one_theme_newest_first(client, editor, content):
    client.force_login(editor)
    overview = client.get("/admin/rueckmeldungen/").content.decode()
    assert 'href="/admin/rueckmeldungen/kommentare/?thema=pflege-von-angehoerigen"' in overview
    html = client.get(
        "/admin/rueckmeldungen/kommentare/?thema=pflege-von-angehoerigen&status=alle"
    ).content.decode()
    assert "Thema „Pflege von Angehörigen“" in html
    newest_first = ["Danke", "Link defekt.", "Sehr hilfreich."]
    positions = [html.index(text) for text in newest_first]
    assert positions == sorted(positions)
    assert "Telefonnummer fehlt." not in html  # the imprint has no theme
    assert "?status=offen&amp;thema=pflege-von-angehoerigen" in html
    unknown = client.get("/admin/rueckmeldungen/kommentare/?thema=%00gibt-es-nicht")
    assert unknown.status_code == 200 and "Telefonnummer fehlt." in unknown.content.decode()


def test_only_editors_see_feedback(client, content):
    ensure_roles()
    manager = add_user("managerin", "Familienmanagerinnen und Familienmanager")
    client.force_login(manager)
    assert client.get("/admin/rueckmeldungen/").status_code in (302, 403)
    comment = Feedback.objects.get(comment="Link defekt.")
    assert client.post(f"/admin/rueckmeldungen/kommentare/{comment.pk}/erledigt/").status_code in (
        302,
        403,
    )
    comment.refresh_from_db()
    assert not comment.is_done
    client.logout()
    assert "/admin/login/" in client.get("/admin/rueckmeldungen/")["Location"]


def test_the_reports_take_the_same_queries_for_few_or_many_pages(client, editor, content):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(editor)
    urls = [
        "/admin/rueckmeldungen/",
        "/admin/rueckmeldungen/?thema=pflege-von-angehoerigen",
        "/admin/rueckmeldungen/kommentare/?status=alle",
        "/admin/rueckmeldungen/kommentare/?thema=pflege-von-angehoerigen",
    ]
    counts = []
    for more in (0, 10):
        for number in range(more):
            project = add_project(
                content[0].get_parent(),
                title=f"Projekt {number}",
                themes=["pflege-von-angehoerigen"],
            )
            votes(project, (True, f"Kommentar {number}"), (False, ""))
        for url in urls:
            client.get(url)
        row = []
        for url in urls:
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            row.append(len(queries))
        counts.append(row)
    assert "Kommentar 9" in client.get(urls[3]).content.decode()
    assert counts[0] == counts[1]
