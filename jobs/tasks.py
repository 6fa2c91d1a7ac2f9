"""The queue's work as tasks of Django's tasks API (django-tasks).

With the default immediate backend a mail goes out in the request that queued it (after the
commit); with a worker backend configured in `TASKS` it goes out in the worker. Either way,
`manage.py run_jobs` from cron retries what failed and starts the periodic jobs.
"""

from django_tasks import task

from . import mail, registry


@task()
def deliver_mail(mail_id):
    return mail.deliver_one(mail_id)


@task()
def run_jobs():
    return {name: outcome for name, (outcome, _result) in registry.run_due().items()}
