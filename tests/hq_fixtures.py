"""Shelters of one city for the headquarters tests: each its own data folder, registry (under
the test shelter key, as every test registry is) and identity set up with one city key."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from evac_toolkit.cli.main import main
from evac_toolkit.core.registry.database import REGISTRY_FILE
from evac_toolkit.core.registry.store import Registry

MUNICIPALITY = "131016"

#: Three shelters' people: names, readings, notes and areas the reports must never carry.
PEOPLE = {
    "S001": [
        {"display_name": "Nguyen Van An", "name_reading": "グエン バン アン", "languages": ["vi"],
         "japanese_ability": "easy", "interpreter_needed": True, "diets": ["halal"],
         "allergens": ["egg"], "notes": "妻と二人連れ", "area": "体育館 北3"},
        {"display_name": "山田 太郎", "name_reading": "やまだ たろう", "languages": ["ja"],
         "japanese_ability": "fluent", "medical": ["dialysis"], "area": "教室 2-1"},
        {"display_name": "Tran Thi Lan", "languages": ["vi", "en"], "interpreter_needed": True,
         "religious": ["prayer_time_place"], "area": "体育館 南1"},
    ],
    "S002": [
        {"display_name": "Maria Santos", "languages": ["pt-BR"], "japanese_ability": "none",
         "interpreter_needed": True, "diets": ["vegetarian"], "notes": "足を痛めている"},
        {"display_name": "အောင်ကျော်", "languages": ["my"], "allergens": ["peanut", "egg"]},
        {"display_name": "Siti Rahma", "languages": ["id"], "diets": ["halal"],
         "japanese_ability": "conversational"},
        {"display_name": "佐藤 花子", "name_reading": "さとう はなこ", "languages": ["ja"]},
    ],
    "S003": [
        {"display_name": "John Smith", "languages": ["en"], "japanese_ability": "none",
         "interpreter_needed": True, "medical": ["disability_mobility"]},
        {"display_name": "Ram Bahadur Gurung", "languages": ["ne", "en"],
         "japanese_ability": "easy", "diets": ["no_beef"]},
    ],
}


@dataclass
class Shelter:
    shelter_id: str
    data_dir: Path
    names: list[str]          # every name, reading, card ID, record ID, note and area
    capacity: int


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def city_key(capsys, folder: Path, hq_dir: Path) -> Path:
    key = folder / "city.key"
    code, _, err = run(capsys, "--data-dir", str(hq_dir), "hq", "keygen", "--municipality",
                       MUNICIPALITY, "--out", str(key))
    assert code == 0, err
    return key


def make_shelter(capsys, root: Path, shelter_id: str, key: Path, *, leave: int = 0,
                 transfer: int = 0) -> Shelter:
    """A shelter with its people registered; the first ``leave`` left, the next ``transfer``
    transferred."""
    data_dir = root / shelter_id
    code, _, err = run(capsys, "--data-dir", str(data_dir), "shelter", "setup",
                       "--municipality", MUNICIPALITY, "--shelter-id", shelter_id,
                       "--name", f"第{shelter_id[-1]}小学校", "--key", str(key))
    assert code == 0, err
    capacity = 100 * int(shelter_id[-1])
    registry = Registry.open(data_dir)
    try:
        people = [registry.add(dict(values)) for values in PEOPLE.get(shelter_id, PEOPLE["S003"])]
        registry.set_shelter(capacity=capacity)
        for person in people[:leave]:
            registry.check_out(person.id)
        for person in people[leave:leave + transfer]:
            registry.check_out(person.id, "transferred")
        names = []
        for person, values in zip(people, PEOPLE.get(shelter_id, PEOPLE["S003"]), strict=True):
            names += [person.id, person.card_id, values["display_name"],
                      *(values.get(k) for k in ("name_reading", "notes", "area") if values.get(k))]
    finally:
        registry.close()
    assert (data_dir / REGISTRY_FILE).is_file()
    return Shelter(shelter_id, data_dir, names, capacity)
