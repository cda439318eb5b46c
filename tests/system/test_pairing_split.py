"""Pairing that cannot split a market: two kiosks whose stewards confirm while the kiosks cannot reach each
other each make a market of their own; once they meet, the lower market id wins and they become one market.
And Leave drops the market id, so a kiosk can join another market. Real Syncthing instances on 127.0.0.1."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from kiosk.several_kiosks.exchange import exchange, folder_market
from kiosk.several_kiosks.files import decode_file
from kiosk.several_kiosks.syncthing import Syncthing, free_port
from kiosk.store import journal, open_market
from tests.system.test_syncthing import Kiosk, until

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300), pytest.mark.xdist_group("syncthing")]


def test_two_kiosks_that_paired_apart_become_one_market_when_they_meet(tmp_path: Path):
    a, b = Kiosk(tmp_path, "a"), Kiosk(tmp_path, "b")
    try:
        a.start()
        b.start()
        a.market.list_item("books", 1, "from a")
        b.market.list_item("toys", 1, "from b")
        nowhere = [f"tcp://127.0.0.1:{free_port()}"]  # neither can reach the other when the stewards confirm
        a.several.pair(b.device, addresses=nowhere)
        b.several.pair(a.device, addresses=nowhere)
        a.several.tick()
        b.several.tick()
        ids = {journal.market_id(a.market), journal.market_id(b.market)}
        assert len(ids) == 2 and None not in ids  # split, as in the field
        # They meet: the addresses are right now.
        a.syncthing.add_device(b.device, addresses=b.address)
        b.syncthing.add_device(a.device, addresses=a.address)

        def tick() -> None:
            a.several.tick()
            b.several.tick()

        until(lambda: {i.title for i in a.market.available()} == {"from a", "from b"}
              == {i.title for i in b.market.available()}, 150, tick)
        assert journal.market_id(a.market) == journal.market_id(b.market) == min(ids)
        sentences = [s for _, _, s in journal.notices(a.market) + journal.notices(b.market)]
        assert len(sentences) == len(set(sentences))  # one notice per fact
    finally:
        for k in (a, b):
            k.syncthing.stop()
            k.market.close()


def test_leave_drops_the_market_id_and_the_kiosk_joins_another_market(tmp_path: Path):
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    k = Kiosk(tmp_path, "k")
    other = open_market(tmp_path / "other.db")
    try:
        k.market.list_item("books", 1, "poems")
        exchange(k.market, one)
        first = journal.market_id(k.market)
        other.list_item("toys", 1, "kite")
        exchange(other, two)
        assert folder_market(two) != first
        k.several.forget_market()  # the data file's part of Leave (the Syncthing part needs a peer)
        assert journal.market_id(k.market) is None
        report = exchange(k.market, two)  # joins the other market
        assert journal.market_id(k.market) == folder_market(two)
        assert {i.title for i in k.market.available()} == {"poems", "kite"} and report.new_events
        mine = list((two / journal.kiosk_id(k.market)).glob("*.jsonl"))
        assert mine and all(decode_file(p.read_bytes()).market == folder_market(two) for p in mine)
        assert not [s for _, _, s in journal.notices(k.market) if "checksum" in s]
        exchange(other, two)
        assert "poems" in {i.title for i in other.available()}
    finally:
        k.market.close()
        other.close()


def test_a_saved_port_another_program_took_is_replaced_once_not_at_every_start(tmp_path: Path):
    first = Syncthing(tmp_path / "st", listen=f"tcp://127.0.0.1:{free_port()}", local_discovery=False)
    first.start()
    first.stop()
    taken = first.gui_port
    with socket.socket() as squatter:
        squatter.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # Syncthing's own may still linger
        squatter.bind(("127.0.0.1", taken))
        squatter.listen()
        again = Syncthing(tmp_path / "st", local_discovery=False)
        assert again.gui_port == taken  # as saved
        again.start()
        try:
            assert again.gui_port != taken and again.answering()
            saved = json.loads((tmp_path / "st" / "commons-table.json").read_text())
            assert saved["gui_port"] == again.gui_port  # the next start uses the free one
        finally:
            again.stop()
