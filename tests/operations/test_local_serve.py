"""`make serve` works at the README's plain-http URL; production stays https-only (issue 17)."""

import os
import subprocess

import pytest

from tests.builders import build_site
from tests.operations.servers import ROOT, Server, database_url_for_servers


@pytest.fixture
def site(transactional_db):
    return build_site()


def plain_http_server(tmp_path, **env):
    return Server(
        DATABASE_URL=database_url_for_servers(tmp_path),
        REDIS_URL=None,
        DJANGO_BEHIND_TLS_PROXY=None,
        **env,
    ).wait()


def test_the_local_run_answers_over_plain_http(site, tmp_path):
    server = plain_http_server(tmp_path, DJANGO_SECURE_SSL_REDIRECT="false")
    try:
        response = server.get("/konto/anmelden/", headers={})
    finally:
        server.stop()
    assert response.status_code == 200 and "Anmelden" in response.text
    cookie = response.headers["Set-Cookie"]
    assert "csrftoken=" in cookie and "Secure" not in cookie


def test_production_by_default_redirects_to_https(site, tmp_path):
    server = plain_http_server(tmp_path, DJANGO_SECURE_SSL_REDIRECT=None)
    try:
        response = server.get("/", headers={})
    finally:
        server.stop()
    assert response.status_code == 301
    assert response.headers["Location"] == f"https://127.0.0.1:{server.port}/"


def test_make_serve_runs_production_settings_over_plain_http(tmp_path):
    """The target's environment, with stand-ins for manage.py and gunicorn."""
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    record = tmp_path / "env.txt"
    stand_in = f"#!/bin/sh\nenv | grep -E '^(DJANGO_|PORT=)' | sort > {record}\n"
    for name in ("python", "gunicorn"):
        path = venv / "bin" / name
        path.write_text(stand_in)
        path.chmod(0o755)
    (venv / ".installed-run").touch()
    os.utime(venv / ".installed-run", (4_000_000_000, 4_000_000_000))  # newer than pyproject
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    result = subprocess.run(
        ["make", "-s", "serve", f"VENV={venv}", "PORT=8123"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Serving http://127.0.0.1:8123/" in result.stdout
    lines = record.read_text().splitlines()
    assert "DJANGO_SETTINGS_MODULE=cms.settings.production" in lines
    assert "DJANGO_SECURE_SSL_REDIRECT=false" in lines
    assert "PORT=8123" in lines
