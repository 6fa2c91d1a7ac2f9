"""Who reads what in the internal area: pages and documents, per role and for anonymous visitors."""

import pytest
from django.test import override_settings

READERS = ["editor", "trainer", "manager", "participant"]
REFUSED = ["other_participant", "nobody"]


def page_urls(internal):
    return [internal[name].url for name in ("area", "section", "material")]


@pytest.mark.parametrize("role", READERS)
def test_readers_see_the_internal_pages(client, internal, people, role):
    client.force_login(people[role])
    for url in page_urls(internal):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Cache-Control"] == "private, no-store"
    material = client.get(internal["material"].url).content.decode()
    assert internal["document"].url in material


def test_area_lists_only_sections_the_user_may_read(client, internal, people, home_page):
    from tests.builders import internal_area

    internal_area(home_page, course_number=6)
    client.force_login(people["participant"])
    html = client.get("/intern/").content.decode()
    assert "/intern/kurs-5/" in html
    assert "/intern/kurs-6/" not in html
    client.force_login(people["manager"])
    html = client.get("/intern/").content.decode()
    assert "/intern/kurs-5/" in html and "/intern/kurs-6/" in html


def test_anonymous_visitors_are_sent_to_the_login(client, internal):
    for url in page_urls(internal):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == f"/konto/anmelden/?next={url}"
        assert response["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize("role", REFUSED)
def test_other_accounts_get_a_german_403(client, internal, people, role):
    client.force_login(people[role])
    for url in page_urls(internal)[1:]:
        response = client.get(url)
        assert response.status_code == 403
        assert "Kein Zugriff" in response.content.decode()
        assert response["Cache-Control"] == "private, no-store"


def test_participant_of_another_course_sees_area_but_not_section(client, internal, people):
    client.force_login(people["other_participant"])
    assert client.get("/intern/").status_code == 200
    assert client.get(internal["section"].url).status_code == 403


def test_public_pages_stay_cacheable(client, internal):
    response = client.get("/")
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")


def test_shared_passwords_are_not_offered(admin_client, internal):
    from wagtail.admin.forms.pages import PageViewRestrictionForm

    choices = dict(PageViewRestrictionForm().fields["restriction_type"].choices)
    assert "password" not in choices
    response = admin_client.get(f"/admin/pages/{internal['area'].pk}/privacy/")
    assert b'value="password"' not in response.content


# --- Documents --------------------------------------------------------------------------------


@pytest.mark.parametrize("role", READERS)
def test_readers_download_the_handout(client, internal, people, role):
    client.force_login(people[role])
    response = client.get(internal["document"].url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 test"
    assert response["Cache-Control"] == "private, no-store"


def test_anonymous_document_request_redirects_to_login(client, internal):
    url = internal["document"].url
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"/konto/anmelden/?next={url}"
    assert response["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize("role", REFUSED)
def test_other_accounts_cannot_download(client, internal, people, role):
    client.force_login(people[role])
    response = client.get(internal["document"].url)
    assert response.status_code == 403
    assert response["Cache-Control"] == "private, no-store"


def test_if_none_match_does_not_bypass_the_check(client, internal, people):
    client.force_login(people["participant"])
    first = client.get(internal["document"].url)
    etag = first["ETag"]
    assert client.get(internal["document"].url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    client.logout()
    response = client.get(internal["document"].url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 302
    client.force_login(people["other_participant"])
    assert client.get(internal["document"].url, HTTP_IF_NONE_MATCH=etag).status_code == 403
    assert client.get(internal["document"].url, HTTP_IF_NONE_MATCH="*").status_code == 403


def test_public_documents_stay_public(client, internal):
    from wagtail.models import Collection

    from tests.builders import add_document

    document = add_document("Flyer", collection=Collection.get_first_root_node())
    response = client.get(document.url)
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")


def test_raw_media_paths_are_not_served_for_documents(client, internal, settings):
    """Development serves media/, but never media/documents/ (that would skip the check)."""
    import importlib

    from django.urls import clear_url_caches

    import cms.urls

    settings.DEBUG = True
    try:
        with override_settings(ROOT_URLCONF="cms.urls"):
            clear_url_caches()
            importlib.reload(cms.urls)
            name = internal["document"].file.name
            assert (settings.MEDIA_ROOT / name).is_file()
            for raw in (
                f"/media/{name}",
                f"/media/./{name}",  # the probe's way past the old pattern
                f"/media/original_images/../{name}",
                f"/media//{name}",
                f"/media/{name.replace('documents', 'DOCUMENTS', 1)}",
            ):
                assert client.get(raw).status_code == 404, raw
            # Other media (images) are still served in development.
            images = settings.MEDIA_ROOT / "original_images"
            images.mkdir(parents=True, exist_ok=True)
            (images / "probe.txt").write_text("ok")
            assert client.get("/media/original_images/probe.txt").status_code == 200
    finally:
        settings.DEBUG = False
        importlib.reload(cms.urls)
        clear_url_caches()


def test_moving_a_document_out_of_the_course_collection_is_what_opens_it(client, internal):
    """The restriction belongs to the collection: a handout in it is private, wherever linked."""
    document = internal["document"]
    assert document.collection.get_view_restrictions()
    assert client.get(document.url).status_code == 302
