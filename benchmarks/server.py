"""Start the production configuration (gunicorn, cms.settings.production) for a benchmark run.

Shared by page_benchmark.py and loadtest.py. The environment decides database and cache:
DATABASE_URL (PostgreSQL for the figures that count) and REDIS_URL.
"""

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))


def production_env(**extra):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "DJANGO_ALLOWED_HOSTS": os.environ.get("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost"),
        "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(50),
        "LOG_LEVEL": "WARNING",
        # The load generator plays the TLS-terminating load balancer: it sends
        # X-Forwarded-Proto: https, so the HTTPS redirect does not apply.
        "DJANGO_BEHIND_TLS_PROXY": "true",
        **extra,
    }
    return env


def manage(*args, **extra_env):
    subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=production_env(**extra_env), check=True
    )


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_ready(base_url, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(base_url + "/readyz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{base_url} did not become ready")


def _children(pid):
    try:
        tasks = Path(f"/proc/{pid}/task").iterdir()
        return [int(c) for t in tasks for c in (t / "children").read_text().split()]
    except OSError:
        return []


def cpu_seconds(pid):
    """CPU time (user + system) used so far by a process and its children (Linux).

    Live children count by their own figures; children that have exited (gunicorn recycles a
    worker after `max_requests`) by the figures the kernel adds to the parent's cutime and
    cstime when it reaps them. Without those, a recycled worker's CPU time vanished from the
    total, and the cached run once reported a negative CPU time per request.
    """
    total = 0.0
    for process in [pid, *_children(pid)]:
        try:
            fields = Path(f"/proc/{process}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(value) for value in fields[11:15]) / os.sysconf("SC_CLK_TCK")
    return total


class Server(str):
    """The base URL of a running server, which also knows the server's CPU time."""

    pid: int

    def cpu_seconds(self):
        return cpu_seconds(self.pid)


@contextmanager
def gunicorn(workers=None, **extra_env):
    """Run gunicorn on a free loopback port; yields the base URL (a `Server`)."""
    port = free_port()
    env = production_env(BIND=f"127.0.0.1:{port}", **extra_env)
    if workers:
        env["WEB_CONCURRENCY"] = str(workers)
    process = subprocess.Popen(
        [GUNICORN, "-c", "cms/gunicorn.conf.py", "cms.wsgi"], cwd=ROOT, env=env
    )
    base_url = Server(f"http://127.0.0.1:{port}")
    base_url.pid = process.pid
    try:
        wait_ready(base_url)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def conditions():
    """One line describing the machine while measuring (shared cores skew every figure)."""
    load = os.getloadavg()
    return (
        f"{os.cpu_count()} CPU cores, load average {load[0]:.1f}/{load[1]:.1f}/{load[2]:.1f}, "
        f"database {os.environ.get('DATABASE_URL', 'sqlite (default)').split('@')[-1]}, "
        f"cache {os.environ.get('REDIS_URL') or 'local memory'}"
    )
