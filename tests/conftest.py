"""Fixtures shared by the whole suite: the site tree, a real browser, the axe check."""

import os
import shutil
from pathlib import Path

import pytest

from tests.builders import build_site

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache; a rolled-back test must not leave rules behind."""
    from django.core.cache import cache

    from knowledge.access import forget_rules
    from operations.pagecache import reset_local_copies
    from search.analysis import synonyms_changed

    cache.clear()
    yield
    cache.clear()
    # Process-wide copies (synonyms, restriction rules, the content generation) may hold
    # what a rolled-back test wrote.
    synonyms_changed()
    forget_rules()
    reset_local_copies()


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    yield
    shutil.rmtree(tmp_path / "media", ignore_errors=True)


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server on 127.0.0.1 that Django's SMTP backend sends to; read `.messages`."""
    from tests.mailserver import SMTPServer

    server = SMTPServer()
    server.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", server.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 5
    yield server
    server.stop()


@pytest.fixture
def pdf_engine():
    """WeasyPrint with its system library (Pango); skipped without it, except in CI."""
    try:
        import weasyprint  # noqa: F401
    except OSError as error:
        message = f"WeasyPrint cannot load Pango ({error}): apt-get install libpangoft2-1.0-0"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def home_page(db):
    """The site's home page as root of the default site, without demo content."""
    return build_site()


# --- Browser harness -----------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright; skips without it, except in CI."""
    if not Path(CHROMIUM).exists():
        message = f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message + ": CI must run the browser tests.")
        pytest.skip(message)
    # Playwright's sync API runs an event loop in this thread; Django must still allow
    # the test's own (synchronous) database access here.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def tab(browser):
    """A fresh browser context and page (German locale) per test."""
    context = browser.new_context(locale="de-DE", timezone_id="Europe/Berlin")
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()


def assert_accessible(page, context=None):
    """Run axe-core with the WCAG 2.1 A/AA rules on the loaded page; fail on any violation."""
    from axe_playwright_python.sync_playwright import Axe

    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    results = Axe().run(page, context=context, options=options)
    violations = results.response["violations"]
    report = "\n".join(
        f"- {v['id']} ({v['impact']}): {v['help']}\n    "
        + "\n    ".join(node["target"][0] if node["target"] else "?" for node in v["nodes"][:5])
        for v in violations
    )
    assert not violations, f"axe found {len(violations)} violation(s) on {page.url}:\n{report}"
