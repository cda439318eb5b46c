"""Three kiosk processes, each with its own data file, list and take at once and exchange through a folder."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

from commons_table.cli import main

ROOT = Path(__file__).resolve().parents[2]

# One kiosk: lists and takes (also what other kiosks listed, once folded in), exchanging now and then;
# writes down only what it acknowledged (what the kiosk said "done" to).
WORKER = r"""
import json, random, sys
from pathlib import Path
from kiosk.errors import VisitorError
from kiosk.store import open_market
from kiosk.several_kiosks.exchange import exchange

db, folder, seed, out = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
market = open_market(db)
said = {"brought": {}, "taken": {}}
for step in range(120):
    roll = rng.random()
    if roll < 0.35:
        category = rng.choice(["books", "kitchen", "toys", "clothes"])
        listed = market.list_item(category, rng.randint(1, 3), f"thing {seed}-{step}")
        said["brought"][category] = said["brought"].get(category, 0) + listed.item.quantity
    elif roll < 0.85:
        here = market.available()
        if here:
            item = rng.choice(here)
            try:
                market.take_one(item.id)
            except VisitorError:
                continue  # all gone: not acknowledged
            said["taken"][item.category_key] = said["taken"].get(item.category_key, 0) + 1
    else:
        exchange(market, folder)
market.close()
Path(out).write_text(json.dumps(said))
"""


def test_three_kiosk_processes_converge_to_the_sum_of_what_each_acknowledged(tmp_path: Path, capsys):
    folder = tmp_path / "exchange"
    folder.mkdir()
    dbs = [tmp_path / f"kiosk{n}" / "table.db" for n in range(3)]
    for db in dbs:
        db.parent.mkdir()
    workers = [subprocess.Popen([sys.executable, "-c", WORKER, str(db), str(folder), str(n), str(db) + ".json"],
                                cwd=ROOT) for n, db in enumerate(dbs)]
    for worker in workers:
        assert worker.wait(timeout=120) == 0
    # A final exchange (twice round, so everyone holds everyone's last files).
    for _ in range(2):
        for db in dbs:
            assert main(["sync", "--db", str(db), "--folder", str(folder)]) == 0
    exports = []
    for db in dbs:
        out = db.with_suffix(".csv")
        assert main(["export", "--db", str(db), "--format", "csv", "--out", str(out)]) == 0
        exports.append(out.read_bytes())
    capsys.readouterr()
    assert exports[0] == exports[1] == exports[2]

    said = [json.loads(Path(str(db) + ".json").read_text()) for db in dbs]
    rows = {r["category"]: r for r in csv.DictReader(exports[0].decode("utf-8-sig").splitlines())}
    for column in ("brought", "taken"):
        acknowledged = {}
        for one in said:
            for key, n in one[column].items():
                acknowledged[key] = acknowledged.get(key, 0) + n
        assert sum(acknowledged.values()) > 20
        assert {k: int(r[column]) for k, r in rows.items() if int(r[column])} == acknowledged
    for r in rows.values():
        assert int(r["still_here"]) >= 0
    # Each kiosk's journal files were all written, and each holds the other two kiosks' events.
    assert len([p for p in folder.iterdir() if p.is_dir()]) == 3
