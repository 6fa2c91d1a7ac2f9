"""/praxisprojekte/einreichen/: a draft in the review workflow, private files, all or nothing."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import WorkflowState

from jobs import mail as mail_queue
from knowledge.models import PracticeProjectPage
from submissions import services
from submissions.models import ProjectSubmission

from .conftest import pdf_bytes, png_bytes, valid_data

pytestmark = pytest.mark.django_db
FIXTURES = [HealthCheck.function_scoped_fixture]
URL = "/praxisprojekte/einreichen/"


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def nothing_saved(media_root=None):
    return (
        not PracticeProjectPage.objects.exists()
        and not ProjectSubmission.objects.exists()
        and not get_document_model().objects.exists()
        and not get_image_model().objects.exists()
    )


def test_the_form_is_linked_and_german(client, site):
    response = client.get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Praxisprojekt einreichen" in html and "Kurzbeschreibung" in html
    assert 'enctype="multipart/form-data"' in html and "csrfmiddlewaretoken" in html
    listing = client.get(site["sections"]["projects"].url).content.decode()
    assert URL in listing


def test_a_submission_becomes_a_draft_in_the_review_workflow(
    client, site, smtp_server, django_capture_on_commit_callbacks, settings
):
    files = [
        upload("praxisarbeit.pdf", pdf_bytes("Ein Netzwerk familienorientierter Dienste.")),
        upload("foto.png", png_bytes()),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, valid_data(site, attachments=files))
    assert response.status_code == 302, response.content.decode()[:3000]
    thanks = client.get(response["Location"]).content.decode()
    assert "„Familienzentrum – Ein Netzwerk familienorientierter Dienste“" in thanks

    page = PracticeProjectPage.objects.get()
    assert not page.live and page.get_parent().pk == site["sections"]["projects"].pk
    draft = page.get_latest_revision_as_object()
    assert draft.summary.startswith("Drei Kitas")
    assert draft.starting_situation == (
        "<p>Viele Angebote, wenig Abstimmung.</p><p>Eltern fanden nichts.</p>"
    )
    assert "&lt;b&gt;mit&lt;/b&gt;" in draft.approach  # typed HTML stays text
    assert sorted(t.slug for t in draft.themes.all()) == [
        "familienzentren",
        "vernetzung-und-kooperation",
    ]
    assert [g.slug for g in draft.target_groups.all()] == ["familien-mit-kleinkindern"]
    assert draft.authors == "Petra Beispiel" and draft.year == 2024
    assert draft.practice_paper.collection.name == services.COLLECTION
    assert [item.image.collection.name for item in draft.gallery_images.all()] == [
        services.COLLECTION
    ]
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    submission = ProjectSubmission.objects.get()
    assert submission.email == "petra.beispiel@gescher.example" and submission.review_started_at
    assert submission.documents.count() == 1 and submission.images.count() == 1
    stored = submission.documents.get().file.name
    assert stored.endswith(".pdf") and "praxisarbeit" not in stored  # random name

    # Mails over SMTP: a confirmation to the submitter, the review notice to the Redaktion.
    recipients = {m.envelope_to[0]: m for m in smtp_server.messages}
    confirmation = recipients["petra.beispiel@gescher.example"]
    assert confirmation["Subject"].strip().startswith("Ihr Praxisprojekt „Familienzentrum")
    assert "Die Redaktion prüft Ihre Einreichung" in smtp_server.text(confirmation)
    assert "redaktion@example.org" in recipients
    assert "Familienzentrum" in recipients["redaktion@example.org"]["Subject"]


def test_nothing_is_public_before_an_editor_publishes(client, site):
    client.post(URL, valid_data(site, attachments=[upload("a.pdf", pdf_bytes("Geheim"))]))
    page = PracticeProjectPage.objects.get()
    assert client.get(f"/praxisprojekte/{page.slug}/").status_code == 404
    assert "Familienzentrum" not in client.get(site["sections"]["projects"].url).content.decode()
    assert "Familienzentrum" not in client.get("/api/search/?q=Familienzentrum").content.decode()
    document = get_document_model().objects.get()
    response = Client().get(document.url)
    assert response.status_code in (302, 403)  # the private collection's check


def test_files_are_checked_by_content_not_by_name(client, site):
    renamed_text = upload("praxisarbeit.pdf", b"Das ist nur Text, kein PDF.")
    response = client.post(URL, valid_data(site, attachments=[renamed_text]))
    assert response.status_code == 400
    assert "„praxisarbeit.pdf“ ist keine lesbare PDF-, JPEG- oder PNG-Datei." in (
        response.content.decode()
    )
    fake_pdf = upload("kaputt.pdf", b"%PDF-1.4 aber nichts weiter")
    assert client.post(URL, valid_data(site, attachments=[fake_pdf])).status_code == 400
    assert nothing_saved()
    # A real image with a misleading name is taken, as an image.
    image = upload("bild.pdf", png_bytes())
    assert client.post(URL, valid_data(site, attachments=[image])).status_code == 302
    assert get_image_model().objects.get().file.name.endswith(".png")


def test_size_and_count_limits(client, site, monkeypatch):
    from submissions import uploads

    six = [upload(f"{n}.png", png_bytes()) for n in range(6)]
    response = client.post(URL, valid_data(site, attachments=six))
    assert "Bitte laden Sie höchstens 5 Dateien hoch." in response.content.decode()
    monkeypatch.setattr(uploads, "MAX_FILE_SIZE", 1000)
    big = upload("gross.pdf", pdf_bytes("x" * 3000))
    response = client.post(URL, valid_data(site, attachments=[big]))
    assert response.status_code == 400
    assert "„gross.pdf“ ist zu groß" in response.content.decode()
    assert nothing_saved()


def test_huge_requests_are_refused_before_reading(site):
    response = Client().post(
        URL, data=b"x", content_type="multipart/form-data; boundary=x", CONTENT_LENGTH=40 << 20
    )
    assert response.status_code == 413
    assert "zu groß" in response.content.decode()


@pytest.mark.parametrize(
    "fields,message",
    [
        ({"title": ""}, "Bitte füllen Sie „Titel des Projekts“ aus."),
        ({"summary": "x" * 301}, "„Kurzbeschreibung“ ist zu lang (höchstens 300 Zeichen)."),
        ({"municipality": "999999"}, "Bitte wählen Sie eine Kommune aus der Liste."),
        ({"themes": []}, "Bitte wählen Sie mindestens ein Thema."),
        ({"themes": ["gibt-es-nicht"]}, "Bitte wählen Sie Themen aus der Liste."),
        ({"target_groups": ["x"]}, "Bitte wählen Sie Zielgruppen aus der Liste."),
        ({"status": "fertig"}, "Bitte wählen Sie einen Umsetzungsstand aus der Liste."),
        ({"year": "zwanzig"}, "Bitte geben Sie das Jahr als Zahl an"),
        ({"year": "1800"}, "Bitte geben Sie ein Jahr ab 1990 an."),
        ({"year": "3000"}, "Bitte geben Sie ein Jahr bis"),
        ({"approach": ""}, "Bitte füllen Sie „Vorgehen“ aus."),
        ({"email": "petra"}, "Bitte geben Sie eine gültige E-Mail-Adresse an"),
        ({"consent": None}, "Bitte bestätigen Sie, dass wir Ihr Projekt veröffentlichen dürfen."),
    ],
)
def test_bad_input_gets_a_german_message_at_the_field(client, site, fields, message):
    response = client.post(URL, valid_data(site, **fields))
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html and 'class="field-error"' in html
    assert nothing_saved()


def test_a_failure_half_way_leaves_nothing_behind(client, site, monkeypatch, settings):
    def broken(*args, **kwargs):
        raise RuntimeError("Datenbank weg")

    monkeypatch.setattr(ProjectSubmission.objects, "create", broken)
    files = [upload("a.pdf", pdf_bytes("A")), upload("b.png", png_bytes())]
    with pytest.raises(RuntimeError):
        client.post(URL, valid_data(site, attachments=files))
    assert nothing_saved()
    stored = [p for p in settings.MEDIA_ROOT.rglob("*") if p.is_file()]
    assert stored == []


def test_csrf_honeypot_and_rate_limits(client, site):
    assert Client(enforce_csrf_checks=True).post(URL, valid_data(site)).status_code == 403
    assert client.post(URL, valid_data(site, website="spam")).status_code == 302
    assert nothing_saved()
    for number in range(3):
        response = Client(REMOTE_ADDR=f"10.0.2.{number}").post(
            URL, valid_data(site, title=f"Projekt {number}")
        )
        assert response.status_code == 302
    blocked = Client(REMOTE_ADDR="10.0.2.9").post(URL, valid_data(site, title="Projekt 4"))
    assert blocked.status_code == 429 and "sehr viele Projekte" in blocked.content.decode()
    assert ProjectSubmission.objects.count() == 3
    assert sorted(PracticeProjectPage.objects.values_list("slug", flat=True)) == [
        "projekt-0",
        "projekt-1",
        "projekt-2",
    ]


def test_the_job_starts_reviews_that_did_not_start_right_away(client, site):
    client.post(URL, valid_data(site))  # the commit hook never runs inside the test transaction
    submission = ProjectSubmission.objects.get()
    assert submission.review_started_at is None
    from django.utils import timezone

    assert services.start_pending_reviews(timezone.now()) == 1
    assert services.start_pending_reviews(timezone.now()) == 0
    assert WorkflowState.objects.filter(object_id=str(submission.page_id)).count() == 1
    assert mail_queue.deliver_due() is not None


TEXT = st.text(max_size=400)


@settings(max_examples=40, deadline=None, suppress_health_check=FIXTURES)
@given(
    fields=st.fixed_dictionaries(
        {
            "title": st.text(max_size=300),
            "summary": st.text(max_size=320),
            "municipality": st.one_of(st.just(""), st.text(max_size=12)),
            "year": st.text(max_size=6),
            "status": st.one_of(st.just("umgesetzt"), st.text(max_size=12)),
            "themes": st.lists(st.one_of(st.just("bildung"), st.text(max_size=30)), max_size=3),
            "target_groups": st.lists(st.text(max_size=30), max_size=2),
            "starting_situation": TEXT,
            "goals": TEXT,
            "approach": st.text(max_size=600),
            "results": TEXT,
            "lessons_learned": TEXT,
            "name": st.text(max_size=160),
            "email": st.one_of(st.emails(), st.text(max_size=60)),
            "role": st.text(max_size=220),
            "phone": st.text(max_size=60),
            "consent": st.sampled_from(["on", "", "\x00"]),
            "website": st.sampled_from(["", "x"]),
        }
    ),
    file=st.binary(max_size=2000),
)
def test_whatever_strangers_send_never_fails(site, fields, file):
    from django.core.cache import cache

    cache.clear()
    data = valid_data(site, **fields)
    data["attachments"] = [upload("datei.pdf", file)]
    response = Client().post(URL, data)
    assert response.status_code in (302, 400)
    if response.status_code == 400:
        assert nothing_saved()


def test_the_internal_area_links_the_form(client, site, home_page):
    from tests.builders import add_user, internal_area

    area = internal_area(home_page)["area"]
    client.force_login(add_user("teilnehmerin", "Kursteilnehmende"))
    html = client.get(area.url).content.decode()
    assert f'href="{URL}"' in html and "Praxisprojekt einreichen" in html


def test_editors_see_submissions_and_contact_requests_but_add_none(client, site):
    client.post(URL, valid_data(site))
    client.force_login(site["editor"])
    listing = client.get("/admin/snippets/submissions/projectsubmission/")
    assert (
        listing.status_code == 200 and "petra.beispiel@gescher.example" in listing.content.decode()
    )
    assert client.get("/admin/snippets/contact/contactrequest/").status_code == 200
    for url in (
        "/admin/snippets/submissions/projectsubmission/add/",
        "/admin/snippets/contact/contactrequest/add/",
    ):
        assert client.get(url).status_code in (302, 403)
