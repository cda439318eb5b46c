"""Skill cards carry people's contacts; CUPS keeps a printed job's document in its spool for a day unless told
otherwise (`PreserveJobFiles`, a server setting: no job option asks it, in Qt or in CUPS 2.4). So once a job of
skill cards has printed, the kiosk asks CUPS to purge it — the document and the job's record — as its owner may.

Off the window's thread: a small thread asks libcups (the library Qt's own CUPS printing uses, through ctypes)
every few seconds whether the kiosk's job with this title is done, purges it then, and gives up after a while
(a printer out of paper for an hour keeps its job; the guide's `cupsctl PreserveJobFiles=No` covers that)."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import secrets
import threading
import time

log = logging.getLogger(__name__)

POLL_S = 2.0
GIVE_UP_S = 3600.0  # an hour: a job still waiting then is left to the server's own settings
NEVER_SEEN_S = 60.0
DONE = 7  # IPP job states 7, 8 and 9: canceled, aborted, completed
ALL_JOBS = -1  # CUPS_WHICHJOBS_ALL

# The threads under way, so that a test (or a kiosk quitting) can wait for them.
purging: list[threading.Thread] = []


class _Job(ctypes.Structure):  # cups_job_t, cups/cups.h
    _fields_ = [("id", ctypes.c_int), ("dest", ctypes.c_char_p), ("title", ctypes.c_char_p),
                ("user", ctypes.c_char_p), ("format", ctypes.c_char_p), ("state", ctypes.c_int),
                ("size", ctypes.c_int), ("priority", ctypes.c_int), ("completed_time", ctypes.c_long),
                ("creation_time", ctypes.c_long), ("processing_time", ctypes.c_long)]


def libcups() -> ctypes.CDLL | None:
    """libcups through ctypes (None where it is not installed): the calls used here and in printers.py."""
    name = ctypes.util.find_library("cups")
    if name is None:
        return None
    try:
        cups = ctypes.CDLL(name)
    except OSError:
        return None
    cups.cupsGetJobs2.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.POINTER(_Job)), ctypes.c_char_p,
                                  ctypes.c_int, ctypes.c_int]
    cups.cupsGetJobs2.restype = ctypes.c_int
    cups.cupsFreeJobs.argtypes = [ctypes.c_int, ctypes.POINTER(_Job)]
    cups.cupsCancelJob2.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_int]
    cups.cupsCancelJob2.restype = ctypes.c_int
    cups.cupsLastErrorString.restype = ctypes.c_char_p
    cups.cupsPrintFile.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p]
    cups.cupsPrintFile.restype = ctypes.c_int
    return cups


def job_title(words: str) -> str:
    """A title no other job has, for finding this one again: the usual words and a random mark."""
    return f"{words} {secrets.token_hex(4)}"


def _jobs_titled(cups: ctypes.CDLL, title: bytes) -> list[tuple[int, bytes, int]]:
    jobs = ctypes.POINTER(_Job)()
    count = cups.cupsGetJobs2(None, ctypes.byref(jobs), None, 1, ALL_JOBS)  # this user's jobs, on any printer
    try:
        return [(jobs[n].id, jobs[n].dest or b"", jobs[n].state) for n in range(max(count, 0))
                if jobs[n].title == title]
    finally:
        if count > 0:
            cups.cupsFreeJobs(count, jobs)


def _purge_when_done(title: str, give_up_s: float, poll_s: float) -> None:
    cups = libcups()
    if cups is None:
        log.info("No libcups here: the printed skill cards are left to CUPS's own settings")
        return
    wanted = title.encode()
    start = time.monotonic()
    seen = False
    while time.monotonic() < start + give_up_s:
        jobs = _jobs_titled(cups, wanted)
        seen = seen or bool(jobs)
        if not seen and time.monotonic() > start + NEVER_SEEN_S:
            return  # not a job of this user's CUPS (another print system, another server)
        if jobs and all(state >= DONE for _id, _dest, state in jobs):
            for job_id, dest, _state in jobs:
                if cups.cupsCancelJob2(None, dest, job_id, 1) == 0:  # 1: purge, the document and the record
                    log.info("Printed skill cards purged from CUPS (job %d)", job_id)
                else:
                    log.warning("CUPS kept the printed skill cards (job %d): %s", job_id,
                                (cups.cupsLastErrorString() or b"").decode(errors="replace"))
            return
        if not jobs and seen:
            return  # gone already: the server keeps no finished job
        time.sleep(poll_s)
    log.warning("The skill cards' print job did not finish within %d minutes; CUPS's own settings decide what "
                "it keeps", give_up_s // 60)


def purge_when_done(title: str, give_up_s: float = GIVE_UP_S, poll_s: float = POLL_S) -> threading.Thread:
    """Ask CUPS to purge the kiosk's job called `title` once it has printed; returns the (daemon) thread."""
    purging[:] = [t for t in purging if t.is_alive()]
    thread = threading.Thread(target=_purge_when_done, args=(title, give_up_s, poll_s), daemon=True,
                              name="purge-printed-cards")
    purging.append(thread)
    thread.start()
    return thread
