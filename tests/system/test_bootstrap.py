"""scripts/bootstrap.sh on a system pip has no PySide6 for (Raspberry Pi OS Bookworm's glibc 2.36 on arm64,
any 32-bit system) says in one sentence what to do instead, before installing anything. The system is
faked the honest way: `uname` and `getconf` earlier on PATH answer as that system's would."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.system.debian import ROOT


def bootstrap_on(tmp_path: Path, machine: str, glibc: str, bits: int = 64) -> subprocess.CompletedProcess[str]:
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "uname").write_text(f"#!/bin/sh\necho {machine}\n")
    (fake / "getconf").write_text(f"#!/bin/sh\ncase \"$1\" in GNU_LIBC_VERSION) echo 'glibc {glibc}';; "
                                  f"LONG_BIT) echo {bits};; esac\n")
    for f in fake.iterdir():
        f.chmod(0o755)
    env = {**os.environ, "PATH": f"{fake}:{os.environ['PATH']}", "COMMONS_TABLE_VENV": str(tmp_path / "venv"),
           "PYTHON": "/bin/false"}  # past the check, a missing Python stops it before any install
    return subprocess.run(["bash", str(ROOT / "scripts/bootstrap.sh"), "app"], capture_output=True, text=True,
                          env=env, timeout=60)


@pytest.mark.parametrize(("machine", "glibc", "bits", "advice"), [
    ("aarch64", "2.36", 64, "Trixie"),  # Raspberry Pi OS Bookworm, 64-bit
    ("armv7l", "2.36", 32, ".deb"),  # Raspberry Pi OS, 32-bit
    ("armv6l", "2.41", 32, ".deb"),  # a Pi Zero on Trixie, 32-bit
    ("aarch64", "2.41", 32, ".deb"),  # 32-bit Trixie on a Pi 5's 64-bit kernel
])
def test_no_pyside6_wheel_is_said_in_one_sentence_before_anything_is_installed(tmp_path, machine, glibc, bits,
                                                                               advice):
    result = bootstrap_on(tmp_path, machine, glibc, bits)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and advice in lines[0] and lines[0].endswith("."), result.stderr
    assert "Installing" not in result.stderr and not (tmp_path / "venv").exists()


@pytest.mark.parametrize(("machine", "glibc"), [("aarch64", "2.41"), ("x86_64", "2.36")])
def test_a_system_with_wheels_goes_on(tmp_path, machine, glibc):
    result = bootstrap_on(tmp_path, machine, glibc)
    assert "pip has no PySide6" not in result.stderr
    assert "needs Python 3.11" in result.stderr  # it reached the next step
