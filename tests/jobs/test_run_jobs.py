"""Periodic jobs: run once per interval, never twice at once, failures reported; the command."""

import datetime

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from jobs import registry
from jobs.models import JobRun

pytestmark = pytest.mark.django_db


@pytest.fixture
def calls():
    seen = []
    registry.register("test.weekly", seen.append, every=datetime.timedelta(days=7))
    yield seen
    registry._jobs.pop("test.weekly", None)
    registry._jobs.pop("test.broken", None)


def test_a_job_runs_again_only_after_its_interval(calls):
    job = registry.registered()["test.weekly"]
    now = timezone.now()
    assert registry.run(job, now)[0] == "ok"
    assert registry.run(job, now + datetime.timedelta(days=6))[0] == "übersprungen"
    assert registry.run(job, now + datetime.timedelta(days=6), force=True)[0] == "ok"
    assert registry.run(job, now + datetime.timedelta(days=14))[0] == "ok"
    assert len(calls) == 3
    assert JobRun.objects.get(name="test.weekly").last_error == ""


def test_a_running_job_is_not_started_a_second_time(calls):
    job = registry.registered()["test.weekly"]
    now = timezone.now()
    JobRun.objects.create(name="test.weekly", started_at=now)  # running elsewhere
    assert registry.run(job, now, force=True)[0] == "übersprungen"
    # ... unless that run is long dead.
    assert registry.run(job, now + registry.RUN_TIMEOUT * 2, force=True)[0] == "ok"


def test_a_failing_job_is_reported_and_tried_again_next_time(calls):
    def broken(now):
        raise RuntimeError("kaputt")

    registry.register("test.broken", broken, every=datetime.timedelta(days=1))
    with pytest.raises(CommandError, match="fehlgeschlagen"):
        call_command("run_jobs", "--job", "test.broken")
    run = JobRun.objects.get(name="test.broken")
    assert "kaputt" in run.last_error and run.succeeded_at is None
    outcome, _ = registry.run(registry.registered()["test.broken"])
    assert outcome == "fehler"


def test_the_command_lists_and_runs_jobs(calls, capsys):
    call_command("run_jobs", "--list")
    listing = capsys.readouterr().out
    assert "jobs.deliver_mail" in listing and "test.weekly" in listing
    call_command("run_jobs")
    out = capsys.readouterr().out
    assert "test.weekly: ok" in out and "jobs.deliver_mail: ok" in out
    call_command("run_jobs", "--job", "test.weekly")
    assert "test.weekly: übersprungen" in capsys.readouterr().out
    with pytest.raises(CommandError, match="Unbekannte Aufgabe"):
        call_command("run_jobs", "--job", "gibt.es.nicht")


def test_the_deployment_guide_names_every_registered_job():
    from pathlib import Path

    guide = (Path(__file__).resolve().parents[2] / "docs" / "deployment.md").read_text()
    table = guide.split("## Background jobs and the mail queue", 1)[1]
    names = [name for name in registry.registered() if not name.startswith("test.")]
    assert names and [name for name in names if f"| `{name}` |" not in table] == []
