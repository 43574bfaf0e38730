"""Private files (resumes, offer letters): under MEDIA_ROOT/private, never public, served only by
permission-checked views; the e-mail outbox reads attachments from here."""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.functional import cached_property


class PrivateStorage(FileSystemStorage):
    """Resumes live under MEDIA_ROOT/private, never under the static root, and have no public URL:
    they are served only by the permission-checked download view. The folder follows MEDIA_ROOT
    (FileSystemStorage forgets this cached value when the setting changes)."""

    @cached_property
    def base_location(self):
        return os.path.join(str(settings.MEDIA_ROOT), "private")


_PRIVATE_STORAGE = PrivateStorage()


def private_storage() -> FileSystemStorage:
    return _PRIVATE_STORAGE
