"""Permission boundaries of the roles and the review workflow from submission to publication."""

import pytest
from django.core import mail
from django.core.management import call_command
from wagtail.models import Collection, GroupPagePermission, Page, WorkflowState

from accounts import roles
from knowledge.models import ModulePage, PracticeProjectPage
from tests.builders import add_module, add_project, add_user, municipality


def perms(page, user):
    return Page.objects.get(pk=page.pk).permissions_for_user(user)


@pytest.fixture
def content(internal, people):
    module = add_module(internal["course"], number=2, title="Kommunale Familienpolitik")
    other_project = add_project(internal["projects"], title="Familienbüro Beispielstadt")
    return {"module": module, "other_project": other_project}


def test_setup_is_idempotent(internal):
    counts = (GroupPagePermission.objects.count(), Collection.objects.count())
    call_command("setup_roles", verbosity=0)
    call_command("setup_roles", verbosity=0)
    assert (GroupPagePermission.objects.count(), Collection.objects.count()) == counts


def test_editors_create_edit_and_publish_everything(internal, people, content):
    editor = people["editor"]
    for page in (internal["course"], content["module"], content["other_project"], internal["area"]):
        tester = perms(page, editor)
        assert tester.can_edit() and tester.can_publish() and tester.can_unpublish()
    assert perms(internal["projects"], editor).can_add_subpage()
    for model in ("theme", "municipality", "synonym", "course"):
        assert any(editor.has_perm(f"{app}.change_{model}") for app in ("knowledge", "search")), (
            model
        )


def test_trainers_write_course_material_but_cannot_publish(internal, people, content):
    trainer = people["trainer"]
    assert perms(internal["course"], trainer).can_add_subpage()
    assert perms(internal["area"], trainer).can_add_subpage()
    for page in (content["module"], internal["material"]):
        tester = perms(page, trainer)
        assert tester.can_edit()
        assert not tester.can_publish()
        assert not tester.can_unpublish()
    assert not perms(content["other_project"], trainer).can_edit()
    assert not perms(internal["projects"], trainer).can_add_subpage()
    assert not trainer.has_perm("knowledge.change_theme")


def test_trainers_upload_into_the_course_collections_only(internal, people):
    from wagtail.documents import get_document_model
    from wagtail.permissions import policy_registry

    permission_policy = policy_registry.get_by_type(get_document_model())
    trainer = people["trainer"]
    allowed = permission_policy.collections_user_has_permission_for(trainer, "add")
    assert internal["document"].collection in allowed
    assert Collection.get_first_root_node() not in allowed


def test_family_managers_submit_and_edit_only_their_own_project(internal, people, content):
    manager = people["manager"]
    assert perms(internal["projects"], manager).can_add_subpage()
    assert not perms(internal["course"], manager).can_add_subpage()
    own = PracticeProjectPage(
        title="Mein Familienbüro",
        summary="Entwurf.",
        municipality=municipality(),
        year=2011,
        owner=manager,
        live=False,
    )
    internal["projects"].add_child(instance=own)
    assert perms(own, manager).can_edit()
    assert not perms(own, manager).can_publish()
    assert not perms(content["other_project"], manager).can_edit()
    assert not perms(content["module"], manager).can_edit()


def test_family_manager_cannot_open_anothers_project_in_the_admin(
    client, internal, people, content
):
    client.force_login(people["manager"])
    response = client.get(f"/admin/pages/{content['other_project'].pk}/edit/")
    assert response.status_code in (302, 403)


def test_participants_have_no_admin(client, internal, people):
    client.force_login(people["participant"])
    response = client.get("/admin/")
    assert response.status_code == 302
    assert not perms(internal["material"], people["participant"]).can_edit()


def test_trainer_submission_goes_to_the_redaktion_and_is_published_on_approval(
    internal, people, content
):
    trainer, editor = people["trainer"], people["editor"]
    page = ModulePage(title="Modul 3 Entwurf", number=3, month=5, summary="Neu.", live=False)
    page.owner = trainer
    internal["course"].add_child(instance=page)
    page.save_revision(user=trainer)
    workflow = page.get_workflow()
    assert workflow.name == roles.WORKFLOW_NAME
    mail.outbox.clear()
    state = workflow.start(page, trainer)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert any(editor.email in message.to for message in mail.outbox)
    assert not any(trainer.email in message.to for message in mail.outbox)
    page.refresh_from_db()
    assert not page.live

    task_state = state.current_task_state
    task = task_state.task.specific
    assert task.user_can_access_editor(page, editor)
    assert "approve" in [action[0] for action in task.get_actions(page, editor)]
    assert task.get_actions(page, trainer) == []
    mail.outbox.clear()
    task.on_action(task_state, editor, "approve")
    page.refresh_from_db()
    assert page.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert any(trainer.email in message.to for message in mail.outbox)


def test_rejected_submission_stays_a_draft(internal, people):
    trainer, editor = people["trainer"], people["editor"]
    page = ModulePage(title="Modul 4 Entwurf", number=4, month=9, summary="Neu.", live=False)
    internal["course"].add_child(instance=page)
    page.save_revision(user=trainer)
    state = page.get_workflow().start(page, trainer)
    state.current_task_state.task.specific.on_action(state.current_task_state, editor, "reject")
    page.refresh_from_db()
    assert not page.live


def test_scheduled_publishing_and_unpublishing(internal, people):
    import datetime

    from django.utils import timezone

    from knowledge.access import viewable

    page = ModulePage(title="Geplant", number=3, month=5, summary="Kommt bald.", live=False)
    internal["course"].add_child(instance=page)
    page.go_live_at = timezone.now() + datetime.timedelta(seconds=-1)
    revision = page.save_revision(user=people["editor"], approved_go_live_at=page.go_live_at)
    revision.publish()
    call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert page.live
    page.expire_at = timezone.now() - datetime.timedelta(seconds=1)
    page.save()
    assert not viewable(ModulePage.objects.filter(pk=page.pk), None).exists()
    call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert not page.live and page.expired


def test_dev_accounts_cover_every_role(db, settings, capsys, internal):
    settings.DEBUG = True
    call_command("create_dev_accounts")
    out = capsys.readouterr().out
    from django.contrib.auth import get_user_model

    for username in ("redaktion", "trainerin", "familienmanagerin", "teilnehmer"):
        assert f"username: {username}" in out
        password = out.split(f"username: {username}\n    password: ")[1].split()[0]
        assert get_user_model().objects.get(username=username).check_password(password)
    participant = get_user_model().objects.get(username="teilnehmer")
    assert set(participant.groups.values_list("name", flat=True)) == {
        roles.PARTICIPANTS,
        "Kursteilnehmende Kurs 5",
    }
    add_user("nachzuegler")  # the command leaves other accounts alone
