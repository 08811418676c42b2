"""``hq status``: each shelter's newest report, and the city's totals (real reports only; drill
reports are counted apart and never in the real totals). A shelter whose newest report is
older than STALE_AFTER is marked stale."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

STALE_AFTER = dt.timedelta(hours=12)


@dataclass(frozen=True)
class ShelterStatus:
    shelter_id: str
    shelter_name: str
    sequence: int
    made_at: str
    stale: bool
    counts: dict


@dataclass(frozen=True)
class CityStatus:
    shelters: list[ShelterStatus]
    totals: dict
    drill_shelters: list[ShelterStatus]
    drill_totals: dict

    def as_dict(self) -> dict:
        # Not dataclasses.asdict: it deep-copies every count of every shelter (a third of the
        # time of a 300-shelter status); these dicts are fresh from the database already.
        return {"shelters": [vars(s) for s in self.shelters], "totals": self.totals,
                "drill_shelters": [vars(s) for s in self.drill_shelters],
                "drill_totals": self.drill_totals}


def add_counts(total: dict, counts: dict) -> dict:
    """``counts`` added into ``total``: numbers summed, {code: n} mappings summed per code, an
    unknown capacity (None) counted as nothing."""
    for name, value in counts.items():
        if isinstance(value, dict):
            into = total.setdefault(name, {})
            for code, count in value.items():
                into[code] = into.get(code, 0) + count
        elif isinstance(value, int) and not isinstance(value, bool):
            total[name] = total.get(name, 0) + value
        else:
            total.setdefault(name, 0)
    return total


def _ordered(total: dict) -> dict:
    """Mappings largest first (then by code), as the registry's stats give them."""
    return {name: dict(sorted(value.items(), key=lambda pair: (-pair[1], pair[0])))
            if isinstance(value, dict) else value for name, value in total.items()}


def _newest(conn, drill: bool, now: dt.datetime) -> tuple[list[ShelterStatus], dict]:
    rows = conn.execute(
        "SELECT r.shelter_id, r.shelter_name, r.sequence, r.made_at, r.made_at_utc, r.counts "
        "FROM reports r JOIN (SELECT shelter_id, max(sequence) AS newest FROM reports "
        "WHERE drill = ? GROUP BY shelter_id) n "
        "ON r.shelter_id = n.shelter_id AND r.sequence = n.newest ORDER BY r.shelter_id",
        [int(drill)]).fetchall()
    shelters, total = [], {}
    for shelter_id, name, sequence, made_at, made_utc, counts_json in rows:
        counts = json.loads(counts_json)
        stale = now - dt.datetime.fromisoformat(made_utc) > STALE_AFTER
        shelters.append(ShelterStatus(shelter_id, name, sequence, made_at, stale, counts))
        add_counts(total, counts)
    return shelters, _ordered(total)


def city_status(conn, now: dt.datetime | None = None) -> CityStatus:
    """The status at ``now`` (default: the current time) from an open HQ database (None: no
    report imported yet)."""
    now = now or dt.datetime.now(dt.UTC)
    if conn is None:
        return CityStatus([], {}, [], {})
    shelters, totals = _newest(conn, False, now)
    drills, drill_totals = _newest(conn, True, now)
    return CityStatus(shelters, totals, drills, drill_totals)
