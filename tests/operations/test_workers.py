"""gunicorn: several workers only with a shared cache, else one worker with threads (issue 17)."""

import multiprocessing
import runpy
import subprocess

import pytest

from operations.cache_backends import shared_cache_problem
from tests.operations.servers import ROOT, Server

CONFIG = ROOT / "cms" / "gunicorn.conf.py"


def config(monkeypatch, **env):
    for name in ("REDIS_URL", "WEB_CONCURRENCY", "GUNICORN_THREADS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(CONFIG))


def test_without_redis_one_worker_with_threads(monkeypatch):
    values = config(monkeypatch)
    assert (values["workers"], values["threads"]) == (1, 4)


def test_with_redis_workers_from_the_cpu_count(monkeypatch):
    values = config(monkeypatch, REDIS_URL="redis://127.0.0.1:6379/0")
    assert (values["workers"], values["threads"]) == (multiprocessing.cpu_count() * 2 + 1, 1)


def test_the_check_knows_which_caches_are_per_process(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert shared_cache_problem(1) == ""
    assert "REDIS_URL" in shared_cache_problem(3)
    settings.CACHES = {"default": {"BACKEND": "operations.cache_backends.ResilientRedisCache"}}
    assert shared_cache_problem(3) == ""


def test_gunicorn_refuses_several_workers_without_a_shared_cache(tmp_path):
    server = Server(
        DATABASE_URL=f"sqlite:///{tmp_path / 'leer.sqlite3'}", REDIS_URL=None, WEB_CONCURRENCY="3"
    )
    try:
        server.process.wait(timeout=90)
    except subprocess.TimeoutExpired:
        server.stop()
        pytest.fail("gunicorn started three workers with a cache per process")
    assert server.process.returncode == 1
    assert "3 workers need a shared cache" in server.output()
    server.stop()
