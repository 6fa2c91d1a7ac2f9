from django_tasks import task

from . import services


@task()
def start_review(submission_id):
    return services.start_review(submission_id)
