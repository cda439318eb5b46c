"""The kiosk's own Syncthing: started, configured and asked over its REST API on 127.0.0.1 only.

Syncthing (the Debian package `syncthing`) carries the journal folder between the kiosks of one market:
peer to peer over TLS, no server, resuming after drops. This kiosk runs its own instance with its own
config folder (`syncthing serve --home DIR`) and ports; the REST API listens on 127.0.0.1 with a random
key, the web GUI on localhost only; global discovery, relays, NAT traversal, usage reporting, crash
reporting and upgrades are off before it first starts. Local discovery (on the LAN) is on, so a kiosk
nearby can be paired by taps; tests turn it off and give static `tcp://127.0.0.1:PORT` addresses.

No Qt here and no SQL: the UI (ui/screens/kiosks.py) and the tests drive this class.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import signal
import socket
import subprocess
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.errors import QT_TRANSLATE_NOOP

MISSING = QT_TRANSLATE_NOOP(
    "kiosk", "Several kiosks needs the Debian package “syncthing”; please install it (sudo apt install syncthing).")
NOT_STARTED = QT_TRANSLATE_NOOP("kiosk", "The kiosk's Syncthing did not start, so kiosks cannot share for now.")
FOLDER_PREFIX = "commons-table-"
# Never synced: our own and Syncthing's half-written files.
IGNORES = ["(?d).*.part", "(?d)*.tmp"]


class SyncthingProblem(Exception):
    """Syncthing is missing or did not answer; `sentence` is one plain sentence for the steward."""

    def __init__(self, sentence: str):
        super().__init__(sentence)
        self.sentence = sentence


def binary() -> str | None:
    return shutil.which("syncthing")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pairing_code(device_a: str, device_b: str) -> str:
    """A short code both kiosks of a pair show alike, so a steward can see they are pairing each other."""
    import hashlib  # when first needed: OpenSSL's library (3 MB) is not needed to start

    digest = hashlib.sha256("|".join(sorted((device_a, device_b))).encode()).digest()
    return f"{int.from_bytes(digest[:4], 'big') % 10000:04d}"


def short_id(device_id: str) -> str:
    return device_id.split("-")[0]


NAME_PREFIX = "Commons Table "  # a kiosk's Syncthing device name: this, then its kiosk id's first 4 characters


def kiosk_short_name(peer_name: str, device_id: str) -> str:
    """The short name a steward reads for a kiosk (its kiosk id's first 4 characters, as in *Kiosks heard
    from*), from the device name its Syncthing announces; its device id's start when it announced none."""
    if peer_name.startswith(NAME_PREFIX) and peer_name[len(NAME_PREFIX):].strip():
        return peer_name[len(NAME_PREFIX):].strip()
    return short_id(device_id)


@dataclass
class Peer:
    device_id: str
    name: str
    connected: bool = False


class Syncthing:
    """One kiosk's Syncthing instance in `home`; `listen` is where other kiosks reach it."""

    def __init__(self, home: str | Path, *, name: str = "Commons Table", gui_port: int | None = None,
                 listen: str | None = None, local_discovery: bool = True):
        self.home = Path(home)
        self.name = name
        self.local_discovery = local_discovery
        self.process: subprocess.Popen[bytes] | None = None
        self._adopted = False  # answering from before this kiosk started: not our child process
        self._device_id = ""
        self.problem = ""  # why the last start failed, one sentence for the steward
        settings = self._settings()
        self.gui_port = gui_port or settings.get("gui_port") or free_port()
        self.listen = listen or settings.get("listen") or f"tcp://0.0.0.0:{free_port()}"
        self.api_key = settings.get("api_key") or os.urandom(16).hex()  # as secrets.token_hex

    # ----- the process ---------------------------------------------------------------------------------

    def _settings(self) -> dict[str, Any]:
        try:
            data = json.loads((self.home / "commons-table.json").read_text())
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _configure(self, exe: str) -> None:
        """Make the config (first time) and switch off everything that would leave the LAN."""
        self.home.mkdir(parents=True, exist_ok=True)
        os.chmod(self.home, 0o700)
        config = self.home / "config.xml"
        if not config.exists():
            subprocess.run([exe, "generate", "--home", str(self.home), "--no-default-folder",
                            "--skip-port-probing"], check=True, capture_output=True, timeout=60)
        tree = ET.parse(config)
        root = tree.getroot()
        options = root.find("options")
        assert options is not None
        for tag in ("listenAddress", "globalAnnounceServer"):
            for old in options.findall(tag):
                options.remove(old)
        values = {
            "globalAnnounceEnabled": "false", "relaysEnabled": "false", "natEnabled": "false",
            "urAccepted": "-1", "urSeen": "3", "crashReportingEnabled": "false", "autoUpgradeIntervalH": "0",
            "startBrowser": "false", "localAnnounceEnabled": "true" if self.local_discovery else "false",
            "reconnectionIntervalS": "5", "announceLANAddresses": "true" if self.local_discovery else "false",
        }
        for tag, value in values.items():
            node = options.find(tag)
            if node is None:
                node = ET.SubElement(options, tag)
            node.text = value
        ET.SubElement(options, "listenAddress").text = self.listen
        gui = root.find("gui")
        assert gui is not None
        gui.set("enabled", "true")
        gui.set("tls", "false")
        for tag, value in (("address", f"127.0.0.1:{self.gui_port}"), ("apikey", self.api_key)):
            node = gui.find(tag)
            if node is None:
                node = ET.SubElement(gui, tag)
            node.text = value
        for device in root.findall("device"):
            if device.get("id") == self.device_id_from_disk(exe):
                device.set("name", self.name)
        tree.write(config)
        (self.home / "commons-table.json").write_text(json.dumps(
            {"gui_port": self.gui_port, "listen": self.listen, "api_key": self.api_key}))

    def _free_ports(self) -> None:
        """A saved port another program took meanwhile: another free one is chosen (and saved by _configure),
        so a clash does not come back at every start."""
        if _taken("127.0.0.1", self.gui_port):
            old, self.gui_port = self.gui_port, free_port()
            logging.getLogger(__name__).warning("Syncthing's API port %s is taken; it uses %s now", old,
                                                self.gui_port)
        head, _, port = self.listen.rpartition(":")
        if head.startswith("tcp://") and port.isdigit() and _taken(head[len("tcp://"):], int(port)):
            self.listen = f"{head}:{free_port()}"
            logging.getLogger(__name__).warning("Syncthing's listening port %s is taken; it uses %s now", port,
                                                self.listen)

    def device_id_from_disk(self, exe: str) -> str:
        if self._device_id:
            return self._device_id
        out = subprocess.run([exe, "serve", "--home", str(self.home), "--device-id"], capture_output=True,
                             text=True, timeout=60, check=True)
        self._device_id = out.stdout.strip()
        return self._device_id

    def start(self, timeout: float = 30) -> str:
        """Start (configuring first) and wait until the REST API answers; returns this device's id."""
        self.problem = ""
        try:
            return self._start(timeout)
        except SyncthingProblem as problem:
            self.problem = problem.sentence
            raise

    def _start(self, timeout: float) -> str:
        exe = binary()
        if exe is None:
            raise SyncthingProblem(MISSING)
        if self.running():
            return self.device_id_from_disk(exe)
        if (self.home / "config.xml").exists():
            # Still running from before (the kiosk was restarted, not its Syncthing): use it as it is.
            with contextlib.suppress(SyncthingProblem, KeyError, TypeError):
                found = str(self.get("/rest/system/status")["myID"])
                self._adopted = True
                return found
        self._free_ports()
        try:
            self._configure(exe)
        except (OSError, subprocess.SubprocessError, ET.ParseError):
            raise SyncthingProblem(NOT_STARTED) from None
        env = dict(os.environ, STNOUPGRADE="1", STNODEFAULTFOLDER="1", STNORESTART="1")
        log = (self.home / "syncthing.log").open("ab")
        self.process = subprocess.Popen(
            [exe, "serve", "--home", str(self.home), "--no-browser", "--no-restart", "--no-upgrade",
             "--no-default-folder", "--skip-port-probing", f"--gui-address=127.0.0.1:{self.gui_port}",
             f"--gui-apikey={self.api_key}"],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env, start_new_session=True)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SyncthingProblem(NOT_STARTED)
            with contextlib.suppress(SyncthingProblem):
                return str(self.get("/rest/system/status")["myID"])
            time.sleep(0.2)
        self.kill()
        raise SyncthingProblem(NOT_STARTED)

    def running(self) -> bool:
        if self._adopted:
            try:
                self.get("/rest/system/ping")
                return True
            except SyncthingProblem:
                self._adopted = False
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout: float = 15) -> None:
        if not self.running():
            return
        with contextlib.suppress(SyncthingProblem):
            self.post("/rest/system/shutdown")
        self._adopted = False
        if self.process is None:
            return
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        """Stop at once, as a power cut would (tests use this to cut a sync short)."""
        if self.process is not None and self.process.poll() is None:
            # Syncthing runs as a monitor and a child in its own process group: both go.
            for pid in [*_children(self.process.pid), self.process.pid]:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    # ----- the REST API, on 127.0.0.1 only ---------------------------------------------------------------

    def _call(self, method: str, path: str, body: Any = None, query: dict[str, str] | None = None,
              timeout: float = 5, tries: int = 4) -> Any:
        # Imported here: with email and ssl they are 16 ms and several MB a kiosk without Syncthing never needs.
        import http.client
        import urllib.error
        import urllib.parse
        import urllib.request

        url = f"http://127.0.0.1:{self.gui_port}{path}"
        if query:
            url += "?" + urllib.parse.urlencode(query)
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(url, data=data, method=method,
                                         headers={"X-API-Key": self.api_key, "Content-Type": "application/json"})
        ours = self._adopted or (self.process is not None and self.process.poll() is None)
        problem: Exception | None = None
        for attempt in range(tries if ours else 1):
            try:
                with urllib.request.urlopen(request, timeout=timeout) as response:  # 127.0.0.1 only
                    text = response.read().decode()
                return json.loads(text) if text.strip() else None
            except urllib.error.HTTPError as error:
                raise SyncthingProblem(NOT_STARTED) from error
            except (urllib.error.URLError, OSError, TimeoutError, http.client.HTTPException) as error:
                # Syncthing restarts its API for a moment after some changes: ask again, briefly; but a
                # Syncthing that does not answer at all is not waited for again (the screen would stall).
                problem = error
                if isinstance(error, TimeoutError) or isinstance(getattr(error, "reason", None), TimeoutError):
                    break
                time.sleep(0.3 * (attempt + 1))
        raise SyncthingProblem(NOT_STARTED) from problem

    def answering(self, timeout: float = 2) -> bool:
        """Whether the REST API answers a ping within `timeout` seconds (the watchdog asks)."""
        try:
            self._call("GET", "/rest/system/ping", timeout=timeout, tries=1)
            return True
        except SyncthingProblem:
            return False

    def get(self, path: str, **query: str) -> Any:
        return self._call("GET", path, query=query or None)

    def post(self, path: str, body: Any = None, **query: str) -> Any:
        return self._call("POST", path, body, query or None)

    def put(self, path: str, body: Any) -> Any:
        return self._call("PUT", path, body)

    def delete(self, path: str) -> Any:
        return self._call("DELETE", path)

    # ----- what the kiosk asks -------------------------------------------------------------------------

    def device_id(self) -> str:
        return str(self.get("/rest/system/status")["myID"])

    def options(self) -> dict[str, Any]:
        return dict(self.get("/rest/config/options"))

    def add_device(self, device_id: str, name: str = "", addresses: list[str] | None = None) -> None:
        self.put(f"/rest/config/devices/{device_id}", {
            "deviceID": device_id, "name": name or short_id(device_id), "addresses": addresses or ["dynamic"],
            "autoAcceptFolders": False, "introducer": False})

    def remove_device(self, device_id: str) -> None:
        with contextlib.suppress(SyncthingProblem):
            self.delete(f"/rest/config/devices/{device_id}")

    def peers(self) -> list[Peer]:
        me = self.device_id()
        connections = self.get("/rest/system/connections").get("connections", {})
        return [Peer(d["deviceID"], d.get("name") or short_id(d["deviceID"]),
                     bool(connections.get(d["deviceID"], {}).get("connected")))
                for d in self.get("/rest/config/devices") if d["deviceID"] != me]

    def pending_devices(self) -> list[Peer]:
        """Kiosks that tried to reach this one and are not paired yet."""
        pending = self.get("/rest/cluster/pending/devices") or {}
        return [Peer(device, str(info.get("name") or short_id(device)))
                for device, info in pending.items()]

    def nearby_devices(self) -> list[str]:
        """Devices heard on the LAN by local discovery that are not paired yet."""
        try:
            seen = self.get("/rest/system/discovery") or {}
        except SyncthingProblem:
            return []
        known = {p.device_id for p in self.peers()} | {self.device_id()}
        return [d for d in seen if d not in known]

    def share_folder(self, folder_id: str, path: str | Path, devices: list[str]) -> None:
        """Share the journal folder with these devices (the folder config is replaced as a whole)."""
        Path(path).mkdir(parents=True, exist_ok=True)
        self.put(f"/rest/config/folders/{folder_id}", {
            "id": folder_id, "label": "Commons Table journals", "path": str(path), "type": "sendreceive",
            "devices": [{"deviceID": d} for d in [self.device_id(), *devices]],
            "rescanIntervalS": 10, "fsWatcherEnabled": True, "fsWatcherDelayS": 1, "ignorePerms": True,
            "autoNormalize": True, "maxConflicts": 10})
        self.post("/rest/db/ignores", {"ignore": IGNORES}, folder=folder_id)

    def folder_devices(self, folder_id: str) -> list[str]:
        try:
            folder = self.get(f"/rest/config/folders/{folder_id}")
        except SyncthingProblem:
            return []
        me = self.device_id()
        return [d["deviceID"] for d in folder.get("devices", []) if d["deviceID"] != me]

    def pending_folders(self) -> dict[str, list[str]]:
        """Folder id -> the devices offering it to this kiosk."""
        pending = self.get("/rest/cluster/pending/folders") or {}
        return {folder: list(info.get("offeredBy", {})) for folder, info in pending.items()}

    def scan(self, folder_id: str) -> None:
        with contextlib.suppress(SyncthingProblem):
            self.post("/rest/db/scan", folder=folder_id)


def _taken(host: str, port: int) -> bool:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return True
    return False


def _children(pid: int) -> list[int]:
    """Process ids whose parent is `pid` (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields and int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def folder_id(market_id: str) -> str:
    return FOLDER_PREFIX + market_id


def market_of_folder(folder: str) -> str | None:
    return folder[len(FOLDER_PREFIX):] if folder.startswith(FOLDER_PREFIX) else None
