"""A clean Debian 13 (trixie) system for the .deb: made once with debootstrap from Debian's archive, kept
under /var/cache/commons-table (outside the repository), and used through an overlay so that every run
starts from the same untouched system."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("COMMONS_TABLE_CHROOT_CACHE", "/var/cache/commons-table"))
SUITE = "trixie"
# What the tests run inside, besides the .deb's own dependencies: Debian's pytest and pytest-qt, and what the
# whole of tests/unit and tests/gui imports or runs (test_deb.py's WHOLE_SUITE; pytest-xdist only names the
# xdist_group marker there, the run is one process).
TEST_PACKAGES = ("python3-pytest", "python3-pytestqt", "python3-pytest-timeout", "python3-pyside6.qttest",
                 "python3-pytest-xdist", "python3-hypothesis", "python3-icalendar", "python3-zxing-cpp",
                 "poppler-utils", "zbar-tools", "faketime",
                 "ca-certificates", "labwc", "wlr-randr",  # labwc runs headless for the guide's rotation
                 "qt6-translations-l10n")  # recommended by the .deb (Qt's print dialog's words), as apt installs it
IN_CI = os.environ.get("CI") == "true"


def need(condition: bool, why: str) -> None:
    """In CI a missing component fails the test; elsewhere it skips it."""
    if not condition:
        if IN_CI:
            pytest.fail(why)
        pytest.skip(why)


def outcome(result: subprocess.CompletedProcess[str]) -> str:
    """What an inner pytest run says when it fails: its exit status, the end of its report, and — when it
    crashed — the start of faulthandler's dump, which names the line that crashed (its tail is only pytest's
    own frames and the list of extension modules)."""
    status = f"exit status {result.returncode}" + (" (killed by a signal)" if result.returncode < 0 else "")
    crash = result.stderr.find("Fatal Python error")
    dump = result.stderr[crash:crash + 3000] if crash >= 0 else result.stderr[-2000:]
    return f"{status}\n{result.stdout[-6000:]}\n{dump}"


def debian_mirror() -> str:
    """The Debian archive this machine's apt uses (the only archive reachable)."""
    texts = []
    for path in [Path("/etc/apt/sources.list"), *sorted(Path("/etc/apt/sources.list.d").glob("*"))]:
        with contextlib.suppress(OSError):
            texts.append(path.read_text())
    for text in texts:
        for url in re.findall(r"^(?:deb\s+(?:\[[^]]*\]\s+)?|URIs:\s*)(\S+)", text, re.M):
            if url.rstrip("/").endswith("/debian"):
                return url.rstrip("/")
    return "http://deb.debian.org/debian"


def deb_depends(deb: Path) -> list[str]:
    """The package names in the .deb's Depends (versions and alternatives' later choices dropped)."""
    field = subprocess.run(["dpkg-deb", "-f", str(deb), "Depends"], capture_output=True, text=True,
                           check=True).stdout
    return sorted({part.split("|")[0].split("(")[0].strip() for part in field.split(",") if part.strip()})


def build_deb(out: Path) -> Path:
    result = subprocess.run(["bash", str(ROOT / "build" / "make-deb.sh"), str(out)], capture_output=True,
                            text=True, env={**os.environ, "PYTHON": os.environ.get("PYTHON", _python())})
    assert result.returncode == 0, result.stderr
    return Path(result.stdout.strip().splitlines()[-1])


def _python() -> str:
    import sys

    return sys.executable


def _run(args: list[str], **kw) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(args, capture_output=True, text=True, **kw)
    assert result.returncode == 0, f"{' '.join(args)}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


def base_system(packages: list[str]) -> Path:
    """The cached trixie system with `packages` installed; built (a few minutes) when missing."""
    need(shutil.which("debootstrap") is not None, "debootstrap is not installed (scripts/bootstrap.sh test)")
    need(os.geteuid() == 0, "making a Debian system with debootstrap needs root")
    mirror = debian_mirror()
    packages = sorted(set(packages))
    key = hashlib.sha256("\n".join([SUITE, mirror, *packages]).encode()).hexdigest()[:16]
    final = CACHE / f"{SUITE}-chroot-{key}"
    if (final / ".complete").exists():
        return final
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / f"{SUITE}.lock", "w") as lock:
        # One build at a time on this machine (a --trixie run beside the whole suite, say): a second waits for
        # the first, then uses what it made, rather than removing its half-made system as one left behind.
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (final / ".complete").exists():
            _build(final, mirror, packages)
    return final


def _build(final: Path, mirror: str, packages: list[str]) -> None:
    for old in CACHE.glob(f"{SUITE}-chroot-*"):  # an older package list, or a half-made one
        shutil.rmtree(old, ignore_errors=True)
    work = final.with_name(final.name + ".partial")
    _run(["debootstrap", "--variant=minbase", SUITE, str(work), mirror], timeout=1200)
    with mounted_proc(work):
        env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "DEBIAN_FRONTEND": "noninteractive", "LANG": "C.UTF-8"}
        _run(["chroot", str(work), "apt-get", "update", "-qq"], env=env, timeout=600)
        _run(["chroot", str(work), "apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages],
             env=env, timeout=1800)
        _run(["chroot", str(work), "apt-get", "clean"], env=env)
    (work / ".complete").write_text("\n".join(packages) + "\n")
    work.rename(final)


@contextlib.contextmanager
def mounted_proc(root: Path) -> Iterator[None]:
    _run(["mount", "-t", "proc", "proc", str(root / "proc")])
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(root / "proc")], check=False)


@contextlib.contextmanager
def fresh_system(base: Path, scratch: Path) -> Iterator[Path]:
    """The cached system as a throw-away copy: an overlay whose changes vanish afterwards."""
    upper, work, merged = scratch / "upper", scratch / "work", scratch / "root"
    for d in (upper, work, merged):
        d.mkdir(parents=True)
    _run(["mount", "-t", "overlay", "overlay", "-o", f"lowerdir={base},upperdir={upper},workdir={work}",
          str(merged)])
    try:
        with mounted_proc(merged), mounted_pseudo_terminals(merged):
            yield merged
    finally:
        subprocess.run(["umount", "-l", str(merged)], check=False)


@contextlib.contextmanager
def mounted_pseudo_terminals(root: Path) -> Iterator[None]:
    """This machine's /dev/pts, so that a test inside can open a pseudo-terminal (set-pin reads one)."""
    (root / "dev/pts").mkdir(parents=True, exist_ok=True)
    _run(["mount", "--bind", "/dev/pts", str(root / "dev/pts")])
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(root / "dev/pts")], check=False)


def inside(root: Path, *args: str, timeout: float = 600, check: bool = True,
           env: dict[str, str] | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run a command in the Debian 13 system, offscreen, as a fresh login would have it."""
    base_env = {"PATH": "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin", "HOME": "/root", "LANG": "C.UTF-8",
                "DEBIAN_FRONTEND": "noninteractive", "QT_QPA_PLATFORM": "offscreen",
                "XDG_RUNTIME_DIR": "/run/user/0"}
    (root / "run/user/0").mkdir(parents=True, exist_ok=True, mode=0o700)
    result = subprocess.run(["/usr/sbin/chroot", str(root), *args], capture_output=True, text=True, timeout=timeout,
                            env={**base_env, **(env or {})}, input=stdin)
    if check:
        assert result.returncode == 0, f"{' '.join(args)}\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    return result
