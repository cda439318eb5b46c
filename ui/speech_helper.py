"""Read aloud's engine in a process of its own: `python -m ui.speech_helper`.

Qt TextToSpeech holds Python's global lock while it waits for speech-dispatcher (5-7 s to make the engine,
for ever when speech-dispatcher hangs), which would freeze the window from any thread of its process. So the
engine lives here: one JSON command a line on stdin ({"do": "stop"} or {"do": "say", "lang": "es", "text":
"…"}), "ok" a line on stdout after each; "ready" (or "none": no engine works) first. Its one argument is the
kiosk's process id. The kiosk
(ui.speech.ProcessVoice) kills this process when it stops answering.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def end_with_the_kiosk() -> None:
    """Linux ends this process when the kiosk's thread that started it ends, a kill -9 or a crash included. A
    helper that is stuck in speech-dispatcher never reads its closed stdin, and would otherwise outlive every
    restart of the kiosk."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    kiosk = sys.argv[1] if len(sys.argv) > 1 else ""
    if kiosk.isdigit() and os.getppid() != int(kiosk):  # the kiosk was gone before the line above
        sys.exit(0)


def main() -> int:
    end_with_the_kiosk()
    from PySide6.QtCore import QCoreApplication, QLocale

    from ui.speech import make_engine

    app = QCoreApplication(sys.argv[:1])
    engine = make_engine()
    print("ready" if engine is not None else "none", flush=True)
    if engine is None:
        return 1
    for line in sys.stdin:
        try:
            command = json.loads(line)
        except ValueError:
            continue
        if command.get("do") in ("stop", "say"):
            engine.stop()
        if command.get("do") == "say":
            engine.setLocale(QLocale(str(command.get("lang", "en"))))
            engine.say(str(command.get("text", "")))
        app.processEvents()
        print("ok", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
