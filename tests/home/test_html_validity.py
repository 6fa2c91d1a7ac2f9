"""Every page type and the main views are valid HTML: the Nu HTML Checker (vnu) finds no error.

One site holds a page of every routable page type, with every body block; each page and view is
rendered through the test client into a file, and one Java run of vnu checks all files at once.
Warnings are left out (`--errors-only`). Needs Java and `node_modules/vnu-jar` (`npm ci`): skips
on a laptop without them, fails in CI.
"""

import datetime
import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone
from wagtail.models import Page, get_page_models

from accounts import roles
from knowledge.blocks import BodyBlock
from tests.builders import (
    add_document,
    add_event,
    add_module,
    add_news,
    add_page,
    add_project,
    add_result,
    add_user,
    event_index,
    family_manager,
    image,
    internal_area,
    knowledge_sections,
    kreis,
    network_sections,
    news_index,
    town,
)

VNU_JAR = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# Messages of the checker that are wrong about this markup: (pattern, reason). Empty on purpose;
# add an entry only with the reason the checker is mistaken.
KNOWN_FALSE_ERRORS: list[tuple[str, str]] = []


@dataclass
class Check:
    """One rendered page: what it is, how to fetch it, and the status it must answer with."""

    label: str
    url: str
    status: int = 200
    data: dict = field(default_factory=dict)
    method: str = "get"
    # "visitor", "member" (course participant), "trainer", "outsider" (logged in, no role)
    client: str = "visitor"
    follow: bool = False
    view: Callable | None = None  # renders the response directly (error pages)


@pytest.fixture
def vnu_command():
    """The java command running vnu; skips without Java or the jar, except in CI.

    Asked for before the database, so that a skip costs nothing.
    """
    java = shutil.which("java")
    problem = None
    if java is None:
        problem = "Java is not installed (apt-get install openjdk-17-jre-headless)"
    elif not VNU_JAR.exists():
        problem = f"{VNU_JAR} is missing (run `npm ci` in the repository root)"
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"{problem}: CI must run the HTML check.")
        pytest.skip(problem)
    return [java, "-jar", str(VNU_JAR), "--format", "json", "--errors-only", "--stdout"]


# --- The site -------------------------------------------------------------------------------


def stream(document, picture):
    """A body with one block of every kind the editors have."""
    return json.dumps(
        [
            {"type": "heading", "value": {"text": "Worum es geht", "level": "h2"}},
            {
                "type": "paragraph",
                "value": '<p>Familien brauchen <a href="https://example.org/">verlässliche</a> '
                "Angebote.</p><ul><li>Beratung</li><li>Betreuung</li></ul>",
            },
            {"type": "heading", "value": {"text": "Einzelheiten", "level": "h3"}},
            {
                "type": "quote",
                "value": {"text": "Familie ist Querschnittsaufgabe.", "attribution": "IQZ"},
            },
            {
                "type": "figure",
                "value": {
                    "image": {"image": picture.pk, "decorative": False, "alt_text": "Ein Rathaus"},
                    "caption": "Das Rathaus",
                    "credit": "Stadt Beispiel",
                },
            },
            {
                "type": "table",
                "value": {
                    "data": [["Jahr", "Projekte"], ["2024", "12"], ["2025", "15"]],
                    "table_caption": "Projekte je Jahr",
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_header_choice": "row",
                },
            },
            {
                "type": "video",
                "value": {
                    "video": "https://www.youtube.com/watch?v=familie01",
                    "title": "Familienmanagement erklärt",
                    "caption": "Drei Minuten",
                },
            },
            {
                "type": "document",
                "value": {"document": document.pk, "title": "", "description": "Zum Nachlesen."},
            },
        ]
    )


def cached_video_embed():
    """The video's embed as if fetched once (no network in tests)."""
    from wagtail.embeds.models import Embed

    Embed.objects.create(
        url="https://www.youtube.com/watch?v=familie01",
        max_width=None,
        type="video",
        html='<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/'
        'familie01" title="Familienmanagement erklärt" frameborder="0" allowfullscreen></iframe>',
        title="Familienmanagement erklärt",
        provider_name="YouTube",
        width=560,
        height=315,
        cache_until=None,
    )


def build_site(home):
    """A page of every type, with the vocabularies, places and people they refer to."""
    from alerts.models import SearchAlert
    from folders.models import Folder, FolderItem
    from home.models import FooterLinks, StandardPage
    from knowledge.models import ThemeIndexPage
    from news.models import PressContact
    from newsletter.models import PendingSubscription

    cached_video_embed()
    document = add_document("Leitfaden Familienbüro", filename="leitfaden.pdf")
    picture = image("Rathaus")
    body = stream(document, picture)
    home.body = body
    home.save_revision().publish()

    sections = knowledge_sections(home)
    network = network_sections(home)
    hoexter = kreis("Kreis Höxter", slug="kreis-hoexter", latitude=51.77, longitude=9.38)
    driburg = town("Bad Driburg", kreis=hoexter)
    manager = family_manager(driburg, consent=True)
    project = add_project(
        sections["projects"],
        title="Ferienbetreuung für Schulkinder",
        themes=["kinderbetreuung"],
        target_groups=["alleinerziehende"],
        municipality=driburg,
        contact_person=manager,
        practice_paper=document,
        starting_situation="<p>Viele Eltern arbeiten in den Ferien.</p>",
        approach="<p>Die Stadt organisierte mit <b>Vereinen</b> eine Ferienfreizeit.</p>",
        results="<p>120 Kinder nahmen teil.</p>",
        partners="<p>Sportvereine</p>",
    )
    add_project(
        sections["projects"],
        title="Familienbüro im Rathaus",
        themes=["kinderbetreuung"],
        municipality=hoexter,
        year=2024,
        is_archived=True,
    )
    module = add_module(sections["course"], themes=["kinderbetreuung"], body=body)
    result = add_result(sections["groups"], themes=["kinderbetreuung"], body=body)
    standard = add_page(home, StandardPage, title="Impressum", slug="impressum", body=body)
    add_page(standard, StandardPage, title="Datenschutz", slug="datenschutz")
    FooterLinks.objects.update_or_create(
        site=home.get_site(), defaults={"imprint": standard, "privacy": standard}
    )

    events = event_index(home)
    event = add_event(
        events,
        themes=["kinderbetreuung"],
        body=body,
        venue="Rathaus",
        address="Lange Straße 1, 33014 Bad Driburg",
        municipality=driburg,
        start_time=datetime.time(10),
        end_time=datetime.time(16),
        registration_url="https://example.org/anmeldung",
        registration_deadline=timezone.localdate() + datetime.timedelta(days=5),
    )
    add_event(
        events,
        title="Familienmanagertreffen 2020",
        start=datetime.date(2020, 5, 4),
        kind="familienmanagertreffen",
    )
    news = news_index(home)
    contact = PressContact.objects.create(name="Erika Muster", email="presse@example.org")
    press = add_news(
        news,
        title="Neue Praxisprojekte online",
        kind="pressemitteilung",
        themes=["kinderbetreuung"],
        body=body,
        image=picture,
        image_alt="Das Rathaus von Bad Driburg",
        press_photo=image("Pressefoto", 1600, 1000),
        press_photo_caption="Gruppenbild",
        press_photo_credit="IQZ",
        press_contact=contact,
    )
    themes = ThemeIndexPage.objects.first() or sections["themes"]
    internal = internal_area(home)
    member = add_user("teilnehmer", roles.PARTICIPANTS, "Kursteilnehmende Kurs 5")
    trainer = add_user("trainerin", roles.TRAINERS, first_name="Tanja", last_name="Trainer")
    folder = Folder.objects.create(
        title="Sitzung Modul 1",
        owner=trainer,
        visibility="oeffentlich",
        intro="Bitte vor der Sitzung lesen.",
    )
    FolderItem.objects.create(folder=folder, sort_order=0, page=project, note="Lesen")
    FolderItem.objects.create(folder=folder, sort_order=1, document=document)
    alert = SearchAlert.objects.create(
        email="besuch@example.org", query="q=Ferienbetreuung", label="„Ferienbetreuung“"
    )
    SearchAlert.objects.create(
        email=member.email,
        user=member,
        query="q=Familie&thema=kinderbetreuung",
        label="„Familie“ · Thema: Kinderbetreuung",
        status=SearchAlert.Status.ACTIVE,
    )
    pending = PendingSubscription.objects.create(
        email="neu@example.org", requested_at=timezone.now()
    )
    return {
        "body": body,
        "home": home,
        "standard": standard,
        "project": project,
        "module": module,
        "result": result,
        "event": event,
        "news": press,
        "themes": themes,
        "driburg": driburg,
        "member": member,
        "trainer": trainer,
        "folder": folder,
        "alert": alert,
        "pending": pending,
        "outsider": add_user("besucherin"),
        **sections,
        **network,
        **internal,
        "events": events,
        "news_index": news,
    }


def checks(site):
    """What to render: every live page, the routes below routable pages, forms (also with
    errors), the pages mails link to, and the error pages."""
    from django.test import RequestFactory
    from django.views.defaults import bad_request

    from alerts import tokens
    from operations.middleware import service_unavailable
    from operations.views import server_error

    today = timezone.localdate()
    project, driburg, folder, alert = (
        site["project"],
        site["driburg"],
        site["folder"],
        site["alert"],
    )
    events, projects = site["events"].url, site["projects"].url
    pages = [
        Check(
            f"{type(page).__name__} „{page.title}“",
            page.url,
            client="member" if page.get_view_restrictions() else "visitor",
        )
        for page in Page.objects.live().exclude(depth=1).specific()
    ]
    request = RequestFactory().get("/")
    return [
        *pages,
        Check("Thema", f"{site['themes'].url}kinderbetreuung/"),
        Check(
            "Praxisprojekte gefiltert", projects, data={"thema": "kinderbetreuung", "jahr": "2010"}
        ),
        Check("Praxisprojekte im Umkreis", projects, data={"umkreis": driburg.slug, "km": "25"}),
        Check(
            "Praxisprojekte: falsche Filter",
            projects,
            400,
            {"jahr": "abc", "km": "x", "seite": "0"},
        ),
        Check("Arbeitsgruppen gefiltert", site["groups"].url, data={"thema": "kinderbetreuung"}),
        Check("Arbeitsgruppen: falscher Filter", site["groups"].url, 400, {"jahr": "zwei"}),
        Check("Kalender: Monat", f"{events}{today.year}/{today.month}/"),
        Check("Termine: alle", f"{events}alle/"),
        Check("Termine: Archiv", f"{events}archiv/2020/"),
        Check("Kalender: unbekannter Monat", f"{events}1800/1/", 404),
        Check("Pressemitteilungen", f"{site['news_index'].url}presse/"),
        Check("Kommune", f"{site['municipalities'].url}{driburg.slug}/"),
        Check("Karte mit Themenfilter", site["map"].url, data={"thema": "kinderbetreuung"}),
        Check("Karte: falscher Filter", site["map"].url, 400, {"thema": "gibt-es-nicht"}),
        Check("Suche mit Treffern", "/suche/", data={"q": "Ferienbetreuung"}),
        Check(
            "Suche mit Filtern",
            "/suche/",
            data={"q": "Familie", "thema": "kinderbetreuung", "jahr": "2010"},
        ),
        Check(
            "Suche im Umkreis",
            "/suche/",
            data={"q": "Familie", "umkreis": driburg.slug, "km": " 25"},
        ),
        Check("Suche ohne Treffer", "/suche/", data={"q": "Ferienbetreung"}),
        Check("Suche ohne Suchbegriff", "/suche/"),
        Check(
            "Suche: falsche Filter", "/suche/", 400, {"q": "Familie", "jahr": "abc", "seite": "x"}
        ),
        Check("Newsletter", "/newsletter/"),
        Check("Newsletter mit Fehlern", "/newsletter/", 400, {"email": "kaputt"}, "post"),
        Check("Newsletter angefordert", "/newsletter/angefordert/"),
        Check("Newsletter bestätigen", f"/newsletter/bestaetigen/{site['pending'].key}/"),
        Check("Newsletter: ungültiger Link", "/newsletter/bestaetigen/ungueltig/", 400),
        Check("Kontakt zum Praxisprojekt", f"/kontakt/praxisprojekt/{project.pk}/"),
        Check(
            "Kontakt mit Fehlern",
            f"/kontakt/praxisprojekt/{project.pk}/",
            400,
            {"message": ""},
            "post",
        ),
        Check("Kontakt zur Kommune", f"/kontakt/kommune/{driburg.slug}/"),
        Check("Kontakt gesendet", "/kontakt/gesendet/"),
        Check("Praxisprojekt einreichen", "/praxisprojekte/einreichen/"),
        Check(
            "Einreichen mit Fehlern", "/praxisprojekte/einreichen/", 400, {"year": "abc"}, "post"
        ),
        Check("Praxisprojekt eingereicht", "/praxisprojekte/einreichen/danke/"),
        Check("Suchauftrag anlegen", "/suchauftraege/neu/", data={"q": "Ferienbetreuung"}),
        Check(
            "Suchauftrag mit Fehlern",
            "/suchauftraege/neu/",
            400,
            {"suche": "q=Ferien", "email": "x"},
            "post",
        ),
        Check("Suchauftrag angefordert", "/suchauftraege/angefordert/"),
        Check(
            "Suchauftrag bestätigen",
            f"/suchauftraege/bestaetigen/{tokens.confirmation_token(alert)}/",
        ),
        Check(
            "Suchauftrag abbestellen",
            f"/suchauftraege/abbestellen/{tokens.unsubscribe_token(alert)}/",
        ),
        Check(
            "Suchaufträge verwalten",
            f"/suchauftraege/verwalten/{tokens.manage_token(alert.email_digest)}/",
        ),
        Check("Suchauftrag: ungültiger Link", "/suchauftraege/bestaetigen/ungueltig/", 400),
        Check("Eigene Suchaufträge", "/konto/suchauftraege/", client="member"),
        Check("Anmelden", "/konto/anmelden/"),
        Check(
            "Anmelden mit Fehlern",
            "/konto/anmelden/",
            200,
            {"username": "x", "password": "y"},
            "post",
        ),
        Check("Passwort vergessen", "/konto/passwort-vergessen/"),
        Check("Passwort vergessen: gesendet", "/konto/passwort-vergessen/gesendet/"),
        Check("Passwort ändern", "/konto/passwort/", client="member"),
        Check("Passwort geändert", "/konto/passwort/geaendert/", client="member"),
        Check("Kein Zugriff auf den internen Bereich", site["area"].url, 403, client="outsider"),
        Check("Abgemeldet", "/konto/abmelden/", method="post", client="outsider"),
        Check("Mappe", f"/mappen/{folder.pk}-{folder.slug}/"),
        Check("Mappe der Trainerin", f"/mappen/{folder.pk}-{folder.slug}/", client="trainer"),
        Check("Praxisprojekt für Trainerin", project.url, client="trainer"),
        Check("Zur Mappe hinzufügen", f"/mappen/hinzufuegen/{project.pk}/", client="trainer"),
        Check(
            "Zur Mappe hinzufügen mit Fehlern",
            f"/mappen/hinzufuegen/{project.pk}/",
            400,
            {"folder": "999"},
            "post",
            client="trainer",
        ),
        Check(
            "Zur Mappe hinzugefügt (Meldung)",
            f"/mappen/hinzufuegen/{project.pk}/",
            data={"folder": str(folder.pk), "note": "Lesen"},
            method="post",
            client="trainer",
            follow=True,
        ),
        Check("Rückmeldung mit Fehlern", f"/rueckmeldung/{project.pk}/", 400, {}, "post"),
        Check("Zahlen", "/zahlen/"),
        Check("Schnittstellen", "/api/"),
        Check("Schnittstelle der Suche (Swagger UI)", "/api/search/docs"),
        Check("Seite nicht gefunden", "/gibt-es-nicht/", 404),
        Check("Fehlerseite 400", "", 400, view=lambda: bad_request(request, None)),
        Check("Fehlerseite 500", "", 500, view=lambda: server_error(request)),
        Check("Fehlerseite 503", "", 503, view=service_unavailable),
    ]


# --- The check ------------------------------------------------------------------------------


def render(checks_, site, tmp_path):
    """Each check's HTML in a file; returns {path: check}. Fails on an unexpected status."""
    clients = {"visitor": Client()}
    for role in ("member", "trainer", "outsider"):
        clients[role] = Client()
        clients[role].force_login(site[role])
    files, wrong = {}, []
    for number, check in enumerate(checks_):
        if check.view:
            response = check.view()
        else:
            response = getattr(clients[check.client], check.method)(
                check.url, check.data, follow=check.follow
            )
        if response.status_code != check.status:
            wrong.append(f"{check.label} ({check.url}): {response.status_code}, not {check.status}")
            continue
        assert response["Content-Type"].startswith("text/html"), check.label
        path = tmp_path / f"{number:03d}.html"
        path.write_bytes(response.content)
        files[path] = check
    assert not wrong, "Unexpected status:\n" + "\n".join(wrong)
    return files


def validate(command, paths):
    """vnu's messages for the files; fails unless it reports having checked every one.

    vnu answers a file it cannot read (or a `file://` URI) with no message at all, so its list
    of checked files (`--verbose`, on stderr) is compared with what was asked.
    """
    result = subprocess.run(  # noqa: S603 (a fixed command on files this test wrote)
        [*command, "--verbose", *map(str, paths)], capture_output=True, text=True, timeout=300
    )
    checked = {Path(line) for line in result.stderr.splitlines() if line.startswith("/")}
    unchecked = set(paths) - checked
    if unchecked or not result.stdout:
        pytest.fail(
            f"vnu did not check {len(unchecked)} of {len(paths)} files "
            f"(exit {result.returncode}):\n{result.stderr[-2000:]}"
        )
    return json.loads(result.stdout)["messages"]


def known_false(message):
    return any(re.search(pattern, message["message"]) for pattern, _reason in KNOWN_FALSE_ERRORS)


def describe(message, files):
    check = files[Path(unquote(urlparse(message["url"]).path))]
    where = check.url or "direkt gerendert"
    if check.data:
        where += f" {check.method.upper()} {check.data}"
    extract = " ".join(message.get("extract", "").split())
    return (
        f"- {check.label} ({where}), line {message.get('lastLine', '?')}: {message['message']}"
        f"\n    {extract}"
    )


def test_every_page_type_and_view_is_valid_html(
    vnu_command, home_page, tmp_path, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        site = build_site(home_page)

    routable = {model for model in get_page_models() if model is not Page}
    missing = routable - {type(page) for page in Page.objects.live().specific()}
    assert not missing, "Page types without a sample in build_site(): " + ", ".join(
        sorted(model.__name__ for model in missing)
    )
    blocks = set(BodyBlock.base_blocks) - {block["type"] for block in json.loads(site["body"])}
    assert not blocks, f"Body blocks without a sample in stream(): {', '.join(sorted(blocks))}"

    files = render(checks(site), site, tmp_path)
    messages = [m for m in validate(vnu_command, list(files)) if not known_false(m)]
    report = "\n".join(describe(message, files) for message in messages)
    if messages:
        pytest.fail(f"vnu found {len(messages)} error(s) in {len(files)} pages:\n{report}")
