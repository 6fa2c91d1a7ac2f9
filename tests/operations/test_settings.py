"""Production configuration: static files, media storage, replica and proxy from the environment."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import json
from django.conf import settings
print(json.dumps({
    "middleware": settings.MIDDLEWARE,
    "storages": settings.STORAGES,
    "databases": sorted(settings.DATABASES),
    "replica_test": settings.DATABASES.get("replica", {}).get("TEST"),
    "routers": settings.DATABASE_ROUTERS,
    "proxy": getattr(settings, "SECURE_PROXY_SSL_HEADER", None),
    "page_cache": [settings.PAGE_CACHE_ENABLED, settings.PAGE_CACHE_TIMEOUT],
}))
"""
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "DJANGO_SECRET_KEY": "x" * 50,
    "DJANGO_ALLOWED_HOSTS": "familie.example.org",
}


def settings_with(**env):
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DATABASE", "AWS_", "DJANGO_", "PAGE_CACHE", "REDIS"))
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env={**clean, **PRODUCTION, **env},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_production_defaults():
    conf = settings_with()
    middleware = conf["middleware"]
    assert middleware[0] == "operations.middleware.HealthCheckMiddleware"
    security = middleware.index("django.middleware.security.SecurityMiddleware")
    assert middleware[security + 1] == "whitenoise.middleware.WhiteNoiseMiddleware"
    assert middleware.index("operations.pagecache.PageCacheMiddleware") < middleware.index(
        "django.contrib.sessions.middleware.SessionMiddleware"
    )
    assert conf["storages"]["staticfiles"]["BACKEND"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )
    assert conf["storages"]["default"]["BACKEND"].endswith("FileSystemStorage")
    assert conf["databases"] == ["default"] and conf["routers"] == []
    assert conf["proxy"] is None
    assert conf["page_cache"] == [True, 600]


def test_s3_replica_and_proxy_from_the_environment():
    conf = settings_with(
        AWS_STORAGE_BUCKET_NAME="famnrw-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.org",
        DATABASE_URL="postgres://app@primary.example:5432/famnrw",
        DATABASE_REPLICA_URL="postgres://app@replica.example:5432/famnrw",
        DJANGO_BEHIND_TLS_PROXY="true",
        PAGE_CACHE_TIMEOUT="120",
    )
    media = conf["storages"]["default"]
    assert media["BACKEND"] == "storages.backends.s3.S3Storage"
    assert media["OPTIONS"]["bucket_name"] == "famnrw-media"
    assert media["OPTIONS"]["endpoint_url"] == "https://s3.example.org"
    assert conf["databases"] == ["default", "replica"]
    assert conf["replica_test"] == {"MIRROR": "default"}
    assert conf["routers"] == ["operations.db_router.ReplicaRouter"]
    assert conf["proxy"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert conf["page_cache"] == [True, 120]
