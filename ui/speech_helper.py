"""Read aloud's engine in a process of its own: `python -m ui.speech_helper`.

Qt TextToSpeech holds Python's global lock while it waits for speech-dispatcher (5-7 s to make the engine,
for ever when speech-dispatcher hangs), which would freeze the window from any thread of its process. So the
engine lives here: one JSON command a line on stdin ({"do": "stop"} or {"do": "say", "lang": "es", "text":
"…"}), "ok" a line on stdout after each; "ready" (or "none": no engine works) first. The kiosk
(ui.speech.ProcessVoice) kills this process when it stops answering.
"""

from __future__ import annotations

import json
import sys


def main() -> int:
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
