"""Real server processes for tests: gunicorn with the production settings, a private Redis.

The servers read the test's own database: PostgreSQL's test database as it is, SQLite's
in-memory test database copied to a file. Use them with `transactional_db`, so the data the
test built is committed and visible to them.
"""

import os
import secrets
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
REDIS_SERVER = shutil.which("redis-server") or "/usr/sbin/redis-server"
# What a TLS-terminating load balancer adds (the servers run with DJANGO_BEHIND_TLS_PROXY).
PROXY_HEADERS = {"X-Forwarded-Proto": "https"}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(ready, what, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            return
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not start within {timeout} s")


def database_url_for_servers(tmp_path):
    """A DATABASE_URL under which other processes see this test's (committed) data."""
    from django.db import connection

    settings = connection.settings_dict
    if connection.vendor == "postgresql":
        password = f":{settings['PASSWORD']}" if settings.get("PASSWORD") else ""
        return (
            f"postgres://{settings['USER']}{password}@{settings['HOST'] or '127.0.0.1'}:"
            f"{settings['PORT'] or 5432}/{settings['NAME']}"
        )
    path = tmp_path / "servers.sqlite3"
    connection.ensure_connection()
    with sqlite3.connect(path) as copy:
        connection.connection.backup(copy)
    return f"sqlite:///{path}"


class PrivateRedis:
    """A redis-server of one test, on a free port; `paused()` freezes it (SIGSTOP)."""

    def __init__(self, tmp_path):
        if not Path(REDIS_SERVER).exists():
            message = "redis-server not installed (apt-get install redis-server)"
            if os.environ.get("CI"):
                pytest.fail(message + ": CI must run the Redis fault tests.")
            pytest.skip(message)
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no", "--dir", str(tmp_path)],
            stdout=subprocess.DEVNULL,
        )
        wait_until(self._answers, "redis-server", timeout=20)

    def _answers(self):
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    @contextmanager
    def paused(self):
        """Redis hangs (accepts connections, answers nothing) while the block runs."""
        self.process.send_signal(signal.SIGSTOP)
        try:
            yield
        finally:
            self.process.send_signal(signal.SIGCONT)

    def stop(self):
        self.process.send_signal(signal.SIGCONT)
        self.process.terminate()
        self.process.wait(timeout=10)


class Server:
    """One gunicorn process (one worker) with the production settings, on a free port."""

    def __init__(self, **env):
        """`env` overrides the environment; a value of None removes the variable."""
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.operations.server_settings",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_BEHIND_TLS_PROXY": "true",
            "BIND": f"127.0.0.1:{self.port}",
            "WEB_CONCURRENCY": "1",
            "LOG_LEVEL": "WARNING",
            **env,
        }
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [GUNICORN, "-c", "cms/gunicorn.conf.py", "cms.wsgi"],
            cwd=ROOT,
            env={key: value for key, value in environment.items() if value is not None},
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def output(self):
        """What the server wrote to stdout and stderr so far."""
        self.log.seek(0)
        return self.log.read().decode(errors="replace")

    def wait(self):
        wait_until(self._ready, f"gunicorn on port {self.port}")
        return self

    def _ready(self):
        if self.process.poll() is not None:
            raise RuntimeError(f"gunicorn exited: {self.output()[-2000:]}")
        try:
            return requests.get(self.url + "/healthz", timeout=2).status_code == 200
        except requests.RequestException:
            return False

    def get(self, path, session=None, headers=PROXY_HEADERS, **kwargs):
        """GET as the load balancer forwards it (pass `headers={}` for a direct request)."""
        return (session or requests).get(
            self.url + path, headers=headers, allow_redirects=False, timeout=30, **kwargs
        )

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


def start_servers(count, **env):
    """`count` servers started side by side (each takes seconds to import the app)."""
    servers = [Server(**env) for _ in range(count)]
    try:
        return [server.wait() for server in servers]
    except Exception:
        for server in servers:
            server.stop()
        raise
