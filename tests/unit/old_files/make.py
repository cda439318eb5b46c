"""Writes vN.sql: a data file as the commit that last wrote schema version N made it, with a market and an
item in it, dumped as plain SQL (tests/unit/test_schema.py replays them). Run once from the repository's root
with a Python that has that commit's requirements (sqlite-utils 4): python tests/unit/old_files/make.py.
Old files never change, so neither do these."""

import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
# The last commit of main that wrote each schema version (git log -- kiosk/store/schema.py).
WROTE = {2: "287cfc3", 3: "ead5cb2", 4: "4468c95", 5: "5ffa25a"}
MAKE = """
import sys
from kiosk.store.database import open_database
db = open_database(sys.argv[1])
db.conn.execute("INSERT INTO events (title, date, place, opened_at) VALUES ('Old market', '2026-10-31', 'Hall', "
                "'2026-10-31T10:00')")
db.conn.execute("INSERT INTO items (event_id, category_key, title, quantity, left_count, tags, listed_at, "
                "search_text) VALUES (1, 'food_ready', 'Pumpkin soup', 3, 2, '[\\"vegan\\"]', '2026-10-31T10:15', "
                "'Pumpkin soup Ready food vegan')")
db.conn.commit()
db.conn.close()
"""


def dump(path: Path, commit: str, version: int) -> str:
    conn = sqlite3.connect(path)
    lines = [f"-- Schema version {version} as commit {commit} wrote it (tests/unit/old_files/make.py).",
             f"PRAGMA user_version = {conn.execute('PRAGMA user_version').fetchone()[0]};",
             f"PRAGMA application_id = {conn.execute('PRAGMA application_id').fetchone()[0]};"]
    virtual = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")]

    def made_by_sqlite(name: str) -> bool:
        return name.startswith("sqlite_") or any(name.startswith(v + "_") for v in virtual)

    schema = conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid").fetchall()
    lines += [sql + ";" for name, sql in schema if not made_by_sqlite(name)]
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
    for table in tables:
        if made_by_sqlite(table) or table in virtual:
            continue
        for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
            values = list(row)
            if table == "_sqlite_migrations":
                values[3] = "2026-11-26T14:45"  # when it ran, made the same each time
            if table == "settings" and values[0] == "file_identity":
                values[1] = '{"id": "0123456789abcdef", "opens": 1}'
            quoted = conn.execute("SELECT " + ", ".join("quote(?)" for _ in values), values).fetchone()
            lines.append(f'INSERT INTO "{table}" VALUES ({", ".join(quoted)});')
    conn.close()
    return "\n".join(lines) + "\n"


def main() -> None:
    repo = HERE.parents[2]
    for version, commit in WROTE.items():
        with tempfile.TemporaryDirectory() as folder:
            tree = Path(folder) / "tree"
            tree.mkdir()
            archive = subprocess.run(["git", "-C", str(repo), "archive", commit, "kiosk"], check=True,
                                     capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
            path = Path(folder) / "old.db"
            subprocess.run([sys.executable, "-c", MAKE, str(path)], cwd=tree, check=True)
            (HERE / f"v{version}.sql").write_text(dump(path, commit, version))


if __name__ == "__main__":
    main()
