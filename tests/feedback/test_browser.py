"""The widget in a real browser: vote by keyboard, thanked in place; the editors' pages."""

import pytest

from accounts.roles import EDITORS, ensure_roles
from feedback.models import Feedback
from tests.builders import add_project, add_user, build_site, knowledge_sections
from tests.conftest import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_vote_with_comment_and_read_it_in_the_admin(live_server, tab):
    sections = knowledge_sections(build_site())
    project = add_project(
        sections["projects"], title="Pflegelotsen", themes=["pflege-von-angehoerigen"]
    )
    tab.goto(live_server.url + project.url)
    assert_accessible(tab)
    tab.get_by_label("Ihr Kommentar (freiwillig, höchstens 1000 Zeichen)").fill(
        "Ein Ansprechpartner fehlt."
    )
    tab.get_by_role("button", name="Nein, nicht hilfreich").press("Enter")
    status = tab.get_by_role("status").filter(has_text="Vielen Dank für Ihre Rückmeldung!")
    status.wait_for()
    assert tab.url == live_server.url + project.url  # answered in place by feedback.js
    assert not tab.locator("form.feedback-form").is_visible()
    assert_accessible(tab)
    feedback = Feedback.objects.get()
    assert feedback.helpful is False and feedback.comment == "Ein Ansprechpartner fehlt."

    ensure_roles()
    add_user("redakteurin", EDITORS)
    tab.goto(live_server.url + "/admin/login/")
    tab.locator("#id_username").fill("redakteurin")
    tab.locator("#id_password").fill("Sicheres-Passwort-2026")
    tab.locator("form button[type=submit]").click()
    tab.wait_for_url("**/admin/")
    tab.goto(live_server.url + "/admin/rueckmeldungen/")
    tab.get_by_role("cell", name="Pflege von Angehörigen", exact=True).wait_for()
    assert_accessible(tab, context="main")
    tab.get_by_role("link", name="Kommentare lesen und als erledigt markieren").click()
    tab.get_by_role("cell", name="Ein Ansprechpartner fehlt.").wait_for()
    assert_accessible(tab, context="main")
    tab.get_by_role("button", name="Als erledigt markieren").click()
    tab.get_by_text("Keine Kommentare.").wait_for()
    feedback.refresh_from_db()
    assert feedback.is_done


def test_without_its_script_the_vote_still_works(live_server, tab):
    """feedback.js does not load (axe needs JavaScript, so the script is blocked instead).

    Two open tabs of one page: the second vote gets the page that says it was counted.
    """
    sections = knowledge_sections(build_site())
    project = add_project(sections["projects"], title="Familienpass")
    tab.context.route("**/feedback*.js", lambda route: route.abort())
    first, second = tab, tab.context.new_page()
    for page in (first, second):
        page.goto(live_server.url + project.url)
    first.get_by_role("button", name="Ja, hilfreich").click()
    first.wait_for_url(f"**{project.url}#rueckmeldung")
    first.get_by_text("Vielen Dank für Ihre Rückmeldung!").wait_for()
    assert_accessible(first)
    second.get_by_role("button", name="Nein, nicht hilfreich").click()
    second.get_by_role("heading", name="Rückmeldung zu „Familienpass“").wait_for()
    second.get_by_text("Sie haben zu dieser Seite bereits eine Rückmeldung gegeben.").wait_for()
    assert_accessible(second)
    second.get_by_role("link", name="Zurück zur Seite „Familienpass“").click()
    second.wait_for_url(f"**{project.url}")
    assert list(Feedback.objects.values_list("helpful", flat=True)) == [True]
