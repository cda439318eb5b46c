"""Tests on real systems: a Debian 13 chroot with the .deb, a CUPS queue, PySide6 6.8."""
