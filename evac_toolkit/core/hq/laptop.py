"""What a window does with this laptop's place in the city, as one call each: make the city key
at headquarters, send a shelter's report to a folder (a USB stick), print a shelter's signs
at headquarters, and tell which of the two this laptop is. The same steps, in the same order,
as ``hq keygen``, ``shelter report`` and ``hq signs`` (cli/hq.py, cli/shelter.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.hq.city_key import CityKey, new_key, write_key
from evac_toolkit.core.hq.identity import (
    HQ_KEY_FILE,
    ShelterIdentity,
    check_no_hq_key,
    store_hq_key,
)
from evac_toolkit.core.hq.report import SUFFIX, Report, make_report, write_report
from evac_toolkit.core.hq.sequence import SEQUENCE_FILE, last_sequence, skip_past

Progress = Callable[[int, int, str], None]


def is_headquarters(data_dir: Path) -> bool:
    """Whether this laptop keeps the city key as headquarters (``hq keygen`` was run here)."""
    return (Path(data_dir) / HQ_KEY_FILE).is_file()


def set_up_headquarters(data_dir: Path, municipality: str, out: Path) -> CityKey:
    """Make the city's key, write it to ``out`` (for the shelters) and keep a copy here.
    Refused when this laptop already holds a key or ``out`` exists: a city has one key."""
    city = new_key(municipality)
    check_no_hq_key(data_dir)
    write_key(Path(out), city)
    store_hq_key(data_dir, city)
    return city


@dataclass(frozen=True)
class SentReport:
    report: Report
    path: Path
    pdf: Path | None


def report_file_name(report: Report) -> str:
    """A name that sorts by shelter and number on a stick many shelters write to."""
    return f"{report.municipality}-{report.shelter_id}-{report.sequence:05d}{SUFFIX}"


def send_report(data_dir: Path, identity: ShelterIdentity, registry, folder: Path, *,
                pdf: bool = False, drill: bool = False) -> SentReport:
    """This shelter's next report written into ``folder``, and beside it the one-page sheet
    (PDF) when asked. A folder that cannot be written is refused before a number is taken."""
    import os

    folder = Path(folder)
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise UserError("output_unwritable", path=str(folder), reason="folder not writable")
    report = make_report(data_dir, identity, registry, drill=drill)
    path = write_report(folder / report_file_name(report), identity.key, report)
    sheet = None
    if pdf:
        from evac_toolkit.core.hq.report_sheet import report_sheet

        sheet = report_sheet(report, path.with_suffix(".pdf"))
    return SentReport(report, path, sheet)


#: The largest report number a shelter may be told to number after: a report a minute for
#: almost two years, far below the database's integer column.
LARGEST_REPORT_NUMBER = 999_999


def number_after(data_dir: Path, held: int) -> int:
    """Number this shelter's next report after ``held``: the newest report headquarters holds
    from this shelter, as headquarters says it (by phone, or on its screen when it refused a
    report as older). A laptop that replaced a broken one, or was set up again, starts at 1,
    and headquarters takes no report older than one it holds; a push to headquarters' server
    learns the number by itself, a USB stick cannot. Returns the next report's number
    (unchanged when this laptop is already past ``held``)."""
    if not 0 <= held <= LARGEST_REPORT_NUMBER:
        raise UserError("report_number_out_of_range", number=held,
                        largest=LARGEST_REPORT_NUMBER)
    skip_past(data_dir, held)
    return last_sequence(data_dir) + 1


def last_report(data_dir: Path) -> tuple[int, dt.datetime] | None:
    """The number of the last report taken here and when (the time its number was taken), or
    None before the first."""
    number = last_sequence(data_dir)
    if not number:
        return None
    stamp = (Path(data_dir) / SEQUENCE_FILE).stat().st_mtime
    return number, dt.datetime.fromtimestamp(stamp).astimezone()


def print_shelter_signs(conn, data_dir: Path, shelter_id: str, out: Path) -> tuple[int, tuple]:
    """Every sign for ``shelter_id`` in its people's languages (from its newest report), A4
    portrait, as ``hq signs`` prints them; returns (pages, language codes)."""
    from evac_toolkit.core.content.bank import user_bank
    from evac_toolkit.core.hq.shelter_signs import sign_languages
    from evac_toolkit.core.printing.sheets import PageSetup, write_sheets
    from evac_toolkit.core.signs import list_signs, resolve_languages, sign_sheet

    languages = resolve_languages(sign_languages(conn, shelter_id))
    bank = user_bank(data_dir)
    sheets = [sign_sheet(bank, info.id, languages) for info in list_signs(bank)]
    write_sheets(sheets, Path(out), PageSetup("A4", "portrait"))
    return len(sheets), tuple(language.code for language in languages)
