"""Security baseline: deploy checks, headers, CSP, and editor-entered text that never executes."""

import json
import os
import secrets
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.utils.html import escape

from tests.builders import add_page

ROOT = Path(__file__).resolve().parents[2]
PAYLOADS = [
    "<script>alert('xss')</script>",
    '<img src=x onerror="alert(1)">',
    '"><svg onload=alert(1)>',
    '<a href="javascript:alert(1)">klick</a>',
]


class _Scanner(HTMLParser):
    """Collects what a browser would execute: script/svg elements, on* handlers, js: URLs."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "svg", "iframe", "object"):
            self.found.append(tag)
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"{tag}[{name}]")
            if name in ("href", "src") and (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"{tag}[{name}=javascript:]")


def executable_parts(html):
    scanner = _Scanner()
    scanner.feed(html)
    return scanner.found


def production_env(**extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="familie.example.org",
        **extra,
    )
    return env


def test_deploy_check_passes_with_production_settings():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_security_settings():
    probe = (
        "import json, django; from django.conf import settings; django.setup(); "
        "print(json.dumps({k: getattr(settings, k) for k in ("
        "'SECURE_SSL_REDIRECT', 'SECURE_HSTS_SECONDS', 'SESSION_COOKIE_SECURE', "
        "'CSRF_COOKIE_SECURE', 'X_FRAME_OPTIONS', 'SECURE_REFERRER_POLICY', "
        "'WAGTAILDOCS_SERVE_METHOD')}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        check=True,
    )
    conf = json.loads(result.stdout)
    assert conf["SECURE_SSL_REDIRECT"] and conf["SESSION_COOKIE_SECURE"]
    assert conf["CSRF_COOKIE_SECURE"]
    assert conf["SECURE_HSTS_SECONDS"] >= 31536000
    assert conf["X_FRAME_OPTIONS"] == "DENY"
    assert conf["SECURE_REFERRER_POLICY"] == "strict-origin-when-cross-origin"
    assert conf["WAGTAILDOCS_SERVE_METHOD"] == "serve_view"


def test_public_pages_send_a_strict_csp(client, home_page):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    directives = dict(
        (part.split()[0], part.split()[1:]) for part in policy.split(";") if part.strip()
    )
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    login = client.get("/konto/anmelden/")
    assert "unsafe-inline" not in login["Content-Security-Policy"]


def test_admin_is_left_to_wagtail(admin_client, home_page):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response


def test_no_inline_scripts_or_styles_on_public_templates(client, home_page):
    import re

    html = client.get("/").content.decode() + client.get("/konto/anmelden/").content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    assert " style=" not in html
    assert not re.search(r"\son[a-z]+=", html)


# --- Editor-entered text ----------------------------------------------------------------------


def as_editor_stores(html):
    """Rich text as Wagtail stores it after an editor pasted or typed it into Draftail."""
    from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

    from knowledge.blocks import RICH_TEXT_FEATURES

    converter = ContentstateConverter(features=RICH_TEXT_FEATURES)
    try:
        return converter.to_database_format(converter.from_database_format(html))
    except AssertionError:
        # Markup the converter cannot even parse never reaches the database as markup.
        return f"<p>{escape(html)}</p>"


def xss_page(home, raw=False):
    """A page with script payloads in every kind of field; `raw` skips the editor's sanitiser
    (as an import script could), leaving the CSP as the last line of defence."""
    from home.models import StandardPage

    body = []
    for payload in PAYLOADS:
        html = f"<p>Vorher {payload} nachher</p>"
        body.append({"type": "paragraph", "value": html if raw else as_editor_stores(html)})
        body.append({"type": "heading", "value": {"text": payload, "level": "h2"}})
        body.append({"type": "quote", "value": {"text": payload, "attribution": payload}})
    body.append(
        {
            "type": "table",
            "value": {
                "data": [[payload, "B"] for payload in PAYLOADS],
                "first_row_is_table_header": False,
                "first_col_is_header": False,
                "table_caption": PAYLOADS[0],
            },
        }
    )
    return add_page(
        home,
        StandardPage,
        title=f"Titel {PAYLOADS[0]}",
        slug="xss",
        lead=f"Einleitung {PAYLOADS[1]}",
        search_description=PAYLOADS[2],
        body=body,
    )


@pytest.fixture
def hostile_page(home_page):
    return xss_page(home_page)


def test_script_payloads_are_escaped_or_stripped(client, hostile_page):
    response = client.get(hostile_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    main = html.split('<main id="main"', 1)[1].split("</main>")[0]
    assert executable_parts(main) == []
    head = html.split("</head>")[0]
    assert [tag for tag in executable_parts(head) if tag != "script"] == []
    # Plain fields show the text, escaped.
    assert "&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;" in html


def test_rich_text_sanitiser_drops_script_and_handlers():
    from wagtail.rich_text import expand_db_html

    for payload in PAYLOADS:
        rendered = expand_db_html(as_editor_stores(f"<p>{payload}</p>"))
        assert executable_parts(rendered) == [], rendered


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("raw", [False, True], ids=["as-editor-stores", "raw-import"])
def test_script_payloads_never_execute_in_a_browser(live_server, tab, raw):
    """Even rich text that skipped the editor's sanitiser cannot run: the CSP refuses it."""
    from tests.builders import build_site

    page = xss_page(build_site(), raw=raw)
    dialogs, violations = [], []
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    tab.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    tab.goto(live_server.url + page.url)
    tab.wait_for_load_state("load")
    links = tab.locator("main a[href^='javascript:']")
    for index in range(links.count()):
        links.nth(index).click()
    tab.wait_for_timeout(300)
    assert dialogs == []
    assert tab.evaluate("window.__xss === undefined")
    if raw:
        assert violations, "the raw payloads should have been stopped by the CSP"
