"""Writes to collections."""

from django.db import transaction
from django.db.models import Max

from .models import Folder, FolderItem


@transaction.atomic
def add_page(user, page, folder=None, new_title="", note=""):
    """Append `page` to the user's `folder` (or to a new private one); returns the folder."""
    if folder is None:
        folder = Folder.objects.create(title=new_title, owner=user)
    folder = Folder.objects.select_for_update().get(pk=folder.pk)
    last = folder.items.aggregate(last=Max("sort_order"))["last"]
    FolderItem.objects.create(
        folder=folder, page=page, note=note, sort_order=0 if last is None else last + 1
    )
    folder.save(update_fields=["updated_at"])
    return folder
