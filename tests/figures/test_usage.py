"""The editors' report "Nutzung in Zahlen": searches per week, zero-hit rate, feedback per theme."""

import datetime

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from feedback.models import Feedback
from figures import usage
from search.models import SearchQueryLog
from tests.builders import add_project, knowledge_sections

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()
MONDAY = TODAY - datetime.timedelta(days=TODAY.weekday())


def log(query, days_ago, searches, hits):
    SearchQueryLog.objects.create(
        query=query, day=TODAY - datetime.timedelta(days=days_ago), searches=searches, hits=hits
    )


def test_searches_per_week_and_zero_hit_rate():
    log("kita", TODAY.weekday(), 6, 4)  # this week's Monday
    log("xylophon", TODAY.weekday(), 2, 0)
    log("pflege", TODAY.weekday() + 7, 5, 3)  # last week
    log("uralt", 200, 9, 0)  # outside the 12 weeks
    weeks = usage.searches_by_week(TODAY)
    assert len(weeks) == 12 and weeks[-1].start == MONDAY
    assert (weeks[-1].searches, weeks[-1].zero_hit, weeks[-1].zero_rate) == (8, 2, 25.0)
    assert (weeks[-2].searches, weeks[-2].zero_rate) == (5, 0.0)
    assert weeks[0].searches == 0 and weeks[0].zero_rate is None


def test_report_for_editors_with_feedback_share_per_theme(client, home_page):
    project = add_project(knowledge_sections(home_page)["projects"], themes=["kinderbetreuung"])
    for number, helpful in enumerate((True, True, True, False)):
        Feedback.objects.create(page=project, helpful=helpful, visitor=f"besuch-{number}")
    log("xylophon", 1, 3, 0)
    client.force_login(User.objects.create_user("leser", password="x"))
    assert client.get("/admin/reports/nutzung/").status_code in (302, 403)
    client.force_login(User.objects.create_superuser("chefin", password="x"))
    response = client.get("/admin/reports/nutzung/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "<svg" in body and "Suchen pro Woche" in body and "xylophon" in body
    share = next(s for s in response.context["shares"] if s.key == "kinderbetreuung")
    assert (share.votes, share.yes, share.percent) == (4, 3, 75)
    assert "<td>75 %</td>" in body
