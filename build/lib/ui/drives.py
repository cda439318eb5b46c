"""Where a steward's files go first: a USB stick or SD card plugged into the kiosk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStorageInfo

# Where desktop Linux and Raspberry Pi OS mount removable drives.
REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/")


def removable_volumes() -> list[tuple[str, Path]]:
    """Writable drives plugged in (USB sticks, SD cards): (name, folder)."""
    found = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if volume.isValid() and volume.isReady() and not volume.isReadOnly() and root.startswith(REMOVABLE_ROOTS):
            found.append((volume.displayName() or Path(root).name, Path(root)))
    return found
