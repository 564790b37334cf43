"""Which organ a report belongs to, and the store's clock (shared by ingest and corrections,
so neither imports the other).

``organ_key(name, county, sha256)``: the normalised name + ``|`` + county (``file:<sha256>``
for a report without a name); ``organ_id_for(db, report_id, organ, sha256)``: the organ row
of a report by its effective name and county (corrections count); ``now()``: UTC, ISO 8601
(shown in China time by ``store.labels.china_time``).
"""
from __future__ import annotations

import unicodedata
from datetime import datetime, timezone


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def normalise_name(name: str) -> str:
    """The organ-identity form of a name: NFKC, no whitespace, ASCII brackets."""
    s = unicodedata.normalize("NFKC", name)
    return "".join(s.split()).replace("〔", "(").replace("〕", ")")


def organ_key(name: str | None, county: str | None, sha256: str) -> str:
    if not name or not name.strip():
        return f"file:{sha256}"
    key = normalise_name(name)
    return f"{key}|{normalise_name(county)}" if county else key


def organ_id_for(db, report_id: int | None, organ: dict, sha256: str) -> int:
    """The organ row of a report: by its effective name and county (corrections count)."""
    name, county = organ.get("name"), organ.get("county")
    if report_id is not None:
        for field_, value in db.execute(
                "SELECT key, new_value FROM current_corrections WHERE report_id = ? AND "
                "target = 'meta' AND key IN ('organ.name', 'organ.county')", [report_id]):
            if field_ == "organ.name":
                name = value
            else:
                county = value
    key = organ_key(name, county, sha256)
    row = db.execute("SELECT id FROM organs WHERE key = ?", [key]).fetchone()
    if row:
        return row[0]
    return db.execute(
        "INSERT INTO organs (key, name, short_name, level, province, city, county) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [key, name, organ.get("short_name"), organ.get("level"), organ.get("province"),
         organ.get("city"), county]).lastrowid
