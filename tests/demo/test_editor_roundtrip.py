"""Every demo page saved unchanged in the Wagtail editor, in a real browser, stays the same.

The editor must not lose what it cannot show: a theme box that split "Freizeit, Kultur und
Sport" at its comma dropped that theme on every save. This opens each page's editor, saves a
draft without touching anything and compares the draft with what was there before.
"""

import json
import re
import time
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from wagtail.models import Page, Site

from tests.builders import add_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Bookkeeping a save changes by design; everything else must come back as it was.
VOLATILE = {
    "latest_revision",
    "latest_revision_created_at",
    "has_unpublished_changes",
    "live_revision",
    "draft_title",
    "first_published_at",
    "last_published_at",
}
BLOCK_KEY = re.compile(r' data-block-key="[^"]*"')


def normalised(value):
    """A value as the editor means it: Draftail's paragraph keys, child-row ids and the JSON
    spelling of a stream are not content."""
    if isinstance(value, str):
        value = BLOCK_KEY.sub("", value)
        if value.startswith("[{"):
            return normalised(json.loads(value))
        return value
    if isinstance(value, dict):
        return {key: normalised(item) for key, item in value.items() if key != "pk"}
    if isinstance(value, list):
        items = [normalised(item) for item in value]
        if items and all(isinstance(item, dict) and "type" not in item for item in items):
            return sorted(items, key=repr)  # child rows (themes, images): order by content
        return items
    return value


def content(page):
    """What the latest revision holds, without the bookkeeping of saving it."""
    data = page.get_latest_revision_as_object().serializable_data()
    return {key: normalised(value) for key, value in data.items() if key not in VOLATILE}


def test_saving_every_demo_page_unchanged_changes_nothing(live_server, tab):
    call_command("load_demo_content", stdout=StringIO())
    user = add_user("chefredaktion", is_superuser=True, is_staff=True)
    root = Site.objects.get(is_default_site=True).root_page
    pages = list(Page.objects.descendant_of(root, inclusive=True).specific().order_by("path"))
    assert len(pages) > 80
    before = {page.pk: content(page) for page in pages}

    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    tab.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])

    started = time.monotonic()
    changed = {}
    for page in pages:
        edit_url = f"{live_server.url}/admin/pages/{page.pk}/edit/"
        response = tab.goto(edit_url, wait_until="domcontentloaded")
        if response.status != 200:
            changed[page.url_path] = f"the editor answers {response.status}"
            continue
        saving = tab.expect_response(
            lambda r, url=edit_url: r.request.method == "POST" and r.url == url
        )
        with tab.expect_navigation(wait_until="domcontentloaded"), saving as posted:
            tab.get_by_role("button", name="Entwurf speichern").click()
        if posted.value.status != 302:  # the form came back with messages
            messages = tab.locator(".error-message, .help-critical").all_inner_texts()
            changed[page.url_path] = f"not saved ({posted.value.status}): {messages}"
            continue
        after = content(Page.objects.get(pk=page.pk).specific)
        diff = {
            key: (before[page.pk].get(key), after.get(key))
            for key in before[page.pk].keys() | after.keys()
            if before[page.pk].get(key) != after.get(key)
        }
        if diff:
            changed[page.url_path] = diff
    # Without a figure in the report a slow editor would go unnoticed.
    print(f"{len(pages)} pages saved in {time.monotonic() - started:.0f} s")
    assert not changed, json.dumps(changed, default=str, indent=1, ensure_ascii=False)[:20_000]
