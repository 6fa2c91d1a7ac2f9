from django.core.management import call_command
from wagtail.models import Page, Revision

from home.models import FooterLinks, HomePage


def load_twice():
    call_command("load_demo_content", verbosity=0)
    counts = (Page.objects.count(), Revision.objects.count())
    call_command("load_demo_content", verbosity=0)
    return counts, (Page.objects.count(), Revision.objects.count())


def test_demo_content_is_idempotent(db):
    first, second = load_twice()
    assert first == second
    assert first[0] > 5


def test_every_demo_page_answers(client, db):
    call_command("load_demo_content", verbosity=0)
    pages = Page.objects.live().filter(depth__gte=2).specific()
    assert HomePage.objects.count() == 1
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, (page.url, response.status_code)


def test_footer_links_to_legal_pages(client, db):
    call_command("load_demo_content", verbosity=0)
    footer = FooterLinks.objects.get()
    assert len(footer.page_ids) == 4
    html = client.get("/").content.decode()
    for title in ("Impressum", "Datenschutzerklärung", "Kontakt", "Erklärung zur Barrierefreiheit"):
        assert title in html


def test_dev_accounts_print_their_login(db, settings, capsys):
    settings.DEBUG = True
    call_command("create_dev_accounts")
    out = capsys.readouterr().out
    password = out.split("password: ")[1].split()[0]
    from django.contrib.auth import authenticate

    assert authenticate(username="admin", password=password).is_superuser
