"""Back up and restore the whole site: database content and media files in one .tar.gz archive.

The archive holds `manifest.json` (when, from which database, how many objects of each model),
`data.json` (Django's dumpdata with primary keys, content types and permissions included, so
that every reference survives; it loads into any migrated database, SQLite or PostgreSQL) and
`media/` (uploaded files). Natural keys are not an option: Wagtail's log entries keep the ids of
deleted pages, which a natural-key dump cannot resolve.
Derived data is left out and rebuilt on restore: the search index, the reference index, sessions.
"""

import io
import json
import shutil
import tarfile
import tempfile
from collections import Counter
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

FORMAT_VERSION = 1
EXCLUDE = [
    "sessions",
    "wagtailsearch",
    "wagtailcore.referenceindex",
]


class BackupError(Exception):
    """The archive cannot be restored; German message."""


def _dump(path):
    call_command(
        "dumpdata",
        exclude=EXCLUDE,
        indent=None,
        output=str(path),
        verbosity=0,
    )


def create_backup(target):
    """Write the archive to `target` (a path); returns the manifest."""
    target = Path(target)
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory() as folder:
        data_path = Path(folder) / "data.json"
        _dump(data_path)
        records = json.loads(data_path.read_text(encoding="utf-8"))
        media_files = (
            sorted(p for p in media_root.rglob("*") if p.is_file()) if media_root.is_dir() else []
        )
        manifest = {
            "format": FORMAT_VERSION,
            "created": timezone.now().isoformat(),
            "database": connection.vendor,
            "counts": dict(sorted(Counter(r["model"] for r in records).items())),
            "media_files": len(media_files),
        }
        target.parent.mkdir(parents=True, exist_ok=True)
        with tarfile.open(target, "w:gz") as archive:
            payload = json.dumps(manifest, indent=2).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size = len(payload)
            archive.addfile(info, io.BytesIO(payload))
            archive.add(data_path, arcname="data.json")
            for path in media_files:
                archive.add(path, arcname=f"media/{path.relative_to(media_root).as_posix()}")
    return manifest


def read_manifest(archive):
    try:
        member = archive.getmember("manifest.json")
        manifest = json.load(archive.extractfile(member))
    except (KeyError, ValueError, OSError) as error:
        raise BackupError("Die Datei ist keine Sicherung dieser Website.") from error
    if manifest.get("format") != FORMAT_VERSION:
        raise BackupError("Diese Sicherung stammt aus einer anderen Version und passt nicht.")
    return manifest


def restore_backup(source):
    """Replace all content and media with the archive's; returns the manifest."""
    from wagtail.models import Page

    from .search_index import rebuild

    source = Path(source)
    try:
        archive = tarfile.open(source, "r:gz")  # noqa: SIM115 - closed by the with below
    except (tarfile.TarError, OSError) as error:
        raise BackupError(f"Die Sicherung „{source}“ kann nicht gelesen werden.") from error
    with archive, tempfile.TemporaryDirectory() as folder:
        manifest = read_manifest(archive)
        # The "data" filter refuses absolute paths, links out of the folder and device files.
        archive.extractall(folder, filter="data")
        data_path = Path(folder) / "data.json"
        if not data_path.is_file():
            raise BackupError("In der Sicherung fehlen die Daten (data.json).")
        call_command("migrate", interactive=False, verbosity=0)
        # Empty every table, content types and permissions too: the archive brings its own,
        # with the ids its rows refer to.
        call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
        call_command("loaddata", str(data_path), verbosity=0)
        # Content types and permissions of models newer than the archive.
        call_command("migrate", interactive=False, verbosity=0)
        media_source = Path(folder) / "media"
        if media_source.is_dir():
            media_root = Path(settings.MEDIA_ROOT)
            media_root.mkdir(parents=True, exist_ok=True)
            shutil.copytree(media_source, media_root, dirs_exist_ok=True)
    cache.clear()
    call_command("rebuild_references_index", verbosity=0)
    rebuild()
    problems = Page.find_problems()
    if any(problems):
        raise BackupError(f"Nach der Wiederherstellung ist der Seitenbaum fehlerhaft: {problems}")
    return manifest
