"""The import service and command: creating, updating and leaving practice projects alone."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from knowledge.models import Course, Municipality, PracticeProjectPage
from transfer.importer import import_file

from .conftest import csv_bytes, project_row

pytestmark = pytest.mark.django_db


def run(rows, name="projekte.csv", **options):
    return import_file(name, csv_bytes(rows), **options)


def test_creates_pages_with_vocabulary(projects_index):
    report = run([project_row(target_groups="Schulkinder", status="verstetigt")], publish=True)
    assert report.ok, report.errors
    assert (report.created, report.updated, report.unchanged, report.failed) == (1, 0, 0, 0)
    page = PracticeProjectPage.objects.get()
    assert page.live and page.get_parent().pk == projects_index.pk
    assert page.slug == "ferienbetreuung-fuer-schulkinder"
    assert page.url_path.endswith("/praxisprojekte/ferienbetreuung-fuer-schulkinder/")
    assert page.municipality.name == "Bad Driburg"
    assert page.municipality.kreis.name == "Kreis Höxter"
    assert page.municipality.kreis.kind == Municipality.Kind.DISTRICT
    assert page.course.number == 5
    assert page.status == "verstetigt"
    assert sorted(t.slug for t in page.themes.all()) == [
        "kinderbetreuung",
        "vereinbarkeit-von-familie-und-beruf",
    ]
    assert [g.slug for g in page.target_groups.all()] == ["schulkinder"]
    assert page.approach == (
        "<p>Die Stadt organisiert mit Vereinen ein Ferienprogramm.</p><p>Es läuft seit 2009.</p>"
    )
    assert Revision.page_revisions.filter(object_id=str(page.pk)).count() == 1
    assert "Kreis „Kreis Höxter“" in report.new_vocabulary
    assert Page.find_problems() == ([], [], [], [], [])
    projects_index.refresh_from_db()
    assert projects_index.numchild == 1


def test_pages_are_drafts_without_publish(projects_index):
    run([project_row()])
    page = PracticeProjectPage.objects.get()
    assert not page.live and page.has_unpublished_changes


def test_body_headings_fill_sections(projects_index):
    body = "Ausgangslage\n\nViele Eltern arbeiten.\n\nErgebnisse:\n\n40 Kinder pro Woche."
    run([project_row(body=body)], publish=True)
    page = PracticeProjectPage.objects.get()
    assert page.starting_situation == "<p>Viele Eltern arbeiten.</p>"
    assert page.results == "<p>40 Kinder pro Woche.</p>"
    assert page.approach == ""


def test_same_file_twice_changes_nothing(projects_index):
    rows = [project_row(), project_row(title="Familienbüro", municipality="Herne", kreis="")]
    run(rows, publish=True)
    revisions = Revision.objects.count()
    report = run(rows, publish=True)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 2)
    assert PracticeProjectPage.objects.count() == 2
    assert Revision.objects.count() == revisions


def test_changed_row_updates_with_new_revision(projects_index):
    run([project_row()], publish=True)
    page = PracticeProjectPage.objects.get()
    report = run([project_row(summary="Neu: Betreuung auch an Brückentagen.")], publish=True)
    assert (report.created, report.updated) == (0, 1)
    page.refresh_from_db()
    assert page.summary == "Neu: Betreuung auch an Brückentagen."
    assert Revision.page_revisions.filter(object_id=str(page.pk)).count() == 2


def test_update_without_publish_leaves_live_version(projects_index):
    run([project_row()], publish=True)
    run([project_row(summary="Entwurf einer neuen Kurzbeschreibung.")])
    page = PracticeProjectPage.objects.get()
    assert page.summary == "Eine verlässliche Betreuung in allen Schulferien."
    assert page.has_unpublished_changes
    assert page.get_latest_revision_as_object().summary == "Entwurf einer neuen Kurzbeschreibung."
    # The same draft again is unchanged.
    report = run([project_row(summary="Entwurf einer neuen Kurzbeschreibung.")])
    assert report.unchanged == 1


def test_matches_by_external_id_before_title(projects_index):
    run([project_row(external_id="K5-01")], publish=True)
    report = run([project_row(external_id="K5-01", title="Ferienspaß in Bad Driburg")])
    assert (report.created, report.updated) == (0, 1)
    assert PracticeProjectPage.objects.get().external_id == "K5-01"


def test_dry_run_writes_nothing(projects_index):
    report = run([project_row(municipality="Neustadt", course="Kurs 9")], dry_run=True)
    assert report.created == 1 and report.dry_run
    assert "Probelauf" in report.summary()
    assert not PracticeProjectPage.objects.exists()
    assert not Municipality.objects.filter(name="Neustadt").exists()
    assert not Course.objects.filter(number=9).exists()


def test_imported_pages_are_searchable(projects_index):
    run([project_row(title="Lesepaten im Familienzentrum")], publish=True)
    results = PracticeProjectPage.objects.live().search("Lesepaten")
    assert [p.title for p in results] == ["Lesepaten im Familienzentrum"]
    # The site search's own index has it too.
    from search.models import SearchEntry

    assert SearchEntry.objects.filter(title="Lesepaten im Familienzentrum").exists()


def test_document_from_folder(projects_index, tmp_path):
    folder = tmp_path / "dokumente"
    folder.mkdir()
    (folder / "praxisarbeit.pdf").write_bytes(b"%PDF-1.4 Praxisarbeit")
    rows = [project_row(document="praxisarbeit.pdf")]
    report = run(rows, publish=True, documents_dir=str(folder))
    assert report.ok, report.errors
    page = PracticeProjectPage.objects.get()
    assert page.practice_paper.title == "praxisarbeit"
    assert run(rows, publish=True, documents_dir=str(folder)).unchanged == 1
    # Without the folder the document is found by its file name.
    assert run(rows, publish=True).unchanged == 1


def test_command_prints_summary(projects_index, tmp_path, capsys):
    path = tmp_path / "projekte.csv"
    path.write_bytes(csv_bytes([project_row(), project_row(themes="Raumfahrt")]))
    call_command("import_practice_projects", str(path), "--publish")
    out, err = capsys.readouterr()
    assert "1 angelegt, 0 aktualisiert, 0 unverändert, 1 fehlerhaft" in out
    assert "Zeile 3, Spalte „themes“: Unbekannte Themen: „Raumfahrt“" in err


def test_bulk_created_pages_are_complete_wagtail_pages(projects_index):
    from django.core.management import call_command as command
    from wagtail.models import PageLogEntry

    rows = [project_row(title=f"Projekt {n}", external_id=f"P-{n}") for n in range(3)]
    report = run(rows, publish=True)
    assert report.created == 3
    for page in PracticeProjectPage.objects.all():
        revision = page.get_latest_revision()
        assert page.live_revision_id == revision.pk
        assert page.first_published_at and page.last_published_at
        assert page.get_latest_revision_as_object().title == page.title
        actions = set(PageLogEntry.objects.filter(page=page).values_list("action", flat=True))
        assert actions == {"wagtail.create", "wagtail.publish"}
    assert Page.find_problems() == ([], [], [], [], [])
    out = io.StringIO()
    command("fixtree", stdout=out)
    assert "No problems found." in out.getvalue()


def test_new_municipality_is_saved_once_with_its_kreis(projects_index, monkeypatch):
    saves, save = [], Municipality.save

    def recording_save(self, *args, **kwargs):
        saves.append(kwargs)
        return save(self, *args, **kwargs)

    monkeypatch.setattr(Municipality, "save", recording_save)
    report = run([project_row(municipality="Brakel", kreis="Kreis Höxter")], publish=True)
    assert report.ok, report.errors
    assert Municipality.objects.get(name="Brakel").kreis.name == "Kreis Höxter"
    # An update save would make the site search reindex every page of the municipality.
    assert all("update_fields" not in kwargs for kwargs in saves)


def test_only_documents_the_importing_user_may_choose_are_attached(projects_index):
    """An editor's import attached any document by its file name, private ones included."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import Collection, GroupCollectionPermission

    from tests.builders import add_document, add_user

    root = Collection.get_first_root_node()
    public = root.add_child(name="Praxisarbeiten")
    internal = root.add_child(name="Intern")
    add_document("Interne Notiz", filename="intern.pdf", collection=internal)
    add_document("Praxisarbeit", filename="praxisarbeit.pdf", collection=public)
    group = Group.objects.create(name="Import-Redaktion")
    choose = Permission.objects.get(codename="choose_document")
    GroupCollectionPermission.objects.create(group=group, collection=public, permission=choose)
    editor = add_user("import", "Import-Redaktion")
    report = run([project_row(document="intern.pdf")], publish=True, user=editor)
    assert [str(error) for error in report.errors] == [
        "Zeile 2, Spalte „document“: Ein Dokument „intern.pdf“ gibt es noch nicht; bitte den "
        "Ordner mit den Dateien angeben (--documents)."
    ]
    report = run([project_row(document="praxisarbeit.pdf")], publish=True, user=editor)
    assert report.ok, report.errors
    assert PracticeProjectPage.objects.get().practice_paper.title == "Praxisarbeit"


@pytest.mark.parametrize("publish", [True, False])
def test_new_pages_revision_content_is_wagtails(projects_index, monkeypatch, publish):
    """New pages get their themes and revision content without taggit's and modelcluster's
    general code; the result is theirs."""
    from modelcluster.models import get_serializable_data_for_fields

    from transfer import importer

    checked, revision_content = [], importer.revision_content

    def checked_content(page):
        content = revision_content(page)
        assert content == page.serializable_data()
        reference = PracticeProjectPage()
        reference.themes.set([item.tag for item in page.theme_items.all()])
        assert content["theme_items"] == [
            get_serializable_data_for_fields(item) for item in reference.theme_items.all()
        ]
        checked.append(page.title)
        return content

    monkeypatch.setattr(importer, "revision_content", checked_content)
    rows = [
        project_row(target_groups="Schulkinder; Alleinerziehende", external_id="K5-01"),
        project_row(title="Familienbüro", municipality="Herne", kreis="", course="", themes=""),
        project_row(
            title="Lesepaten", themes="Bildung; Kinderbetreuung; Bildung", status="geplant"
        ),
    ]
    report = run(rows, publish=publish)
    assert report.ok, report.errors
    assert checked == ["Ferienbetreuung für Schulkinder", "Familienbüro", "Lesepaten"]
    page = PracticeProjectPage.objects.get(title="Lesepaten")
    assert sorted(t.slug for t in page.themes.all()) == ["bildung", "kinderbetreuung"]
