"""Transfers between shelters on real registries: a sealed file from one laptop registered on
another, households together, protected people only when confirmed, idempotent receipt."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from evac_toolkit.cli.transfer import add_transfer_commands, run_transfer
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.hq.city_key import write_key
from evac_toolkit.core.messages import message
from evac_toolkit.core.registry import store
from evac_toolkit.core.registry.database import REGISTRY_FILE
from evac_toolkit.core.registry.store import Registry
from evac_toolkit.core.transfer.incoming import receive_transfer
from evac_toolkit.core.transfer.keys import CityKey, read_city_key
from evac_toolkit.core.transfer.outgoing import plan_transfer, send_transfer, transferred_to
from evac_toolkit.core.transfer.wording import received_lines

KEY = CityKey("131016", bytes(range(32)))


@pytest.fixture
def two(tmp_path: Path):
    sender = Registry(tmp_path / "s001" / REGISTRY_FILE)
    destination = Registry(tmp_path / "s002" / REGISTRY_FILE)
    yield sender, destination
    sender.close()
    destination.close()


def _family(registry: Registry):
    household = registry.add_household("Nguyen")
    mother = registry.add({"display_name": "Nguyen Thi Lan", "languages": ["vi"],
                           "diets": ["halal"], "household_id": household, "notes": "dialysis Tue"})
    child = registry.add({"display_name": "Nguyen Van An", "languages": ["vi"],
                          "household_id": household})
    hidden = registry.add({"display_name": "Thein Min", "languages": ["my"],
                           "do_not_disclose": True})
    other = registry.add({"display_name": "Someone Else", "languages": ["en"]})
    return mother, child, hidden, other


def _send(sender, cards, out, include_protected=True):
    plan = plan_transfer(sender, cards, include_protected=include_protected)
    send_transfer(sender, plan, KEY, "S001", "S002", out)
    return plan


def test_a_round_trip_keeps_households_and_protection(two, tmp_path: Path):
    sender, destination = two
    mother, child, hidden, other = _family(sender)
    out = tmp_path / "to-s002.evactransfer"
    plan = _send(sender, [mother.card_id, hidden.card_id], out)
    # Choosing the mother brought her child, and the coordinator is told.
    assert [p.id for p in plan.added] == [child.id]
    assert b"Nguyen" not in out.read_bytes()
    for person in (mother, child, hidden):
        assert sender.get(person.id).status == "transferred"
        assert transferred_to(sender, person.id) == "S002"
    assert sender.get(other.id).status == "present"

    result = receive_transfer(destination, out, KEY)
    assert sorted(result.added) == sorted([mother.card_id, child.card_id, hidden.card_id])
    here = destination.get(mother.id)
    assert (here.display_name, here.diets, here.notes, here.status) == \
        ("Nguyen Thi Lan", ["halal"], "dialysis Tue", "present")
    assert destination.get(child.id).household_id == here.household_id == mother.household_id
    assert destination.household_members(here.household_id)[0].id == mother.id
    protected = destination.get(hidden.id)
    assert protected.do_not_disclose
    assert destination.search("Thein") == []             # no name finds them at the destination
    assert destination.count() == 3


def test_receiving_the_same_file_twice_adds_nobody(two, tmp_path: Path):
    sender, destination = two
    mother, *_ = _family(sender)
    out = tmp_path / "t.evactransfer"
    _send(sender, [mother.card_id], out)
    receive_transfer(destination, out, KEY)
    again = receive_transfer(destination, out, KEY)
    assert again.added == [] and sorted(again.unchanged) == sorted(
        p.card_id for p in destination.search())
    assert destination.count() == 2


def test_a_newer_local_edit_is_kept_and_the_difference_reported(two, tmp_path: Path):
    sender, destination = two
    mother, *_ = _family(sender)
    out = tmp_path / "t.evactransfer"
    _send(sender, [mother.card_id], out)
    receive_transfer(destination, out, KEY)
    destination.update(mother.id, {"area": "Gym B", "diets": []})
    result = receive_transfer(destination, out, KEY)
    assert destination.get(mother.id).area == "Gym B"
    (kept,) = result.kept
    assert kept.card_id == mother.card_id
    assert ("area", "Gym B", "") in kept.fields and ("diets", [], ["halal"]) in kept.fields
    said = [message(code, "en", **params) for code, params in received_lines(result, "en")]
    assert any("Gym B" in line and mother.card_id in line and "halal" in line
               for line in said), said


def test_an_older_local_copy_is_brought_up_to_date(two, tmp_path: Path, monkeypatch):
    sender, destination = two
    mother, *_ = _family(sender)
    first = tmp_path / "first.evactransfer"
    _send(sender, [mother.card_id], first)
    receive_transfer(destination, first, KEY)
    # Back to S001, edited there, then sent again: the newer file wins at S002.
    back = tmp_path / "back.evactransfer"
    send_transfer(destination, plan_transfer(destination, [mother.id]), KEY, "S002", "S001",
                  back)
    receive_transfer(sender, back, KEY)
    assert sender.get(mother.id).status == "present"
    # Edited at S001 later than anything at S002 (times are to the second).
    monkeypatch.setattr(store, "now", lambda: "2099-01-01T00:00:00+09:00")
    sender.update(mother.id, {"area": "Room 3"})
    monkeypatch.undo()
    second = tmp_path / "second.evactransfer"
    _send(sender, [mother.card_id], second)
    result = receive_transfer(destination, second, KEY)
    assert destination.get(mother.id).area == "Room 3"
    assert destination.get(mother.id).status == "present"
    assert result.kept == [] and result.added == []


def test_a_protected_person_is_refused_without_confirmation(two, tmp_path: Path):
    sender, _destination = two
    _mother, _child, hidden, _other = _family(sender)
    out = tmp_path / "t.evactransfer"
    with pytest.raises(UserError) as caught:
        _send(sender, [hidden.card_id], out, include_protected=False)
    assert caught.value.code == "transfer_protected_unconfirmed"
    assert hidden.card_id in message(caught.value.code, "en", **caught.value.params)
    assert "Thein" not in str(caught.value.params)
    assert not out.exists() and sender.get(hidden.id).status == "present"


def test_the_sender_is_not_marked_when_the_file_cannot_be_written(two, tmp_path: Path):
    sender, _destination = two
    mother, child, *_ = _family(sender)
    taken = tmp_path / "a-folder.evactransfer"
    taken.mkdir()                                       # a folder where the file should go
    with pytest.raises(UserError) as caught:
        _send(sender, [mother.card_id], taken)
    assert caught.value.code == "transfer_not_written"
    assert {sender.get(p.id).status for p in (mother, child)} == {"present"}
    assert transferred_to(sender, mother.id) is None
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("how", ["flipped byte", "wrong key"])
def test_a_tampered_or_foreign_file_is_refused_and_nothing_registered(two, tmp_path: Path, how):
    sender, destination = two
    mother, *_ = _family(sender)
    out = tmp_path / "t.evactransfer"
    _send(sender, [mother.card_id], out)
    key = KEY
    if how == "flipped byte":
        data = bytearray(out.read_bytes())
        data[len(data) // 2] ^= 0x01
        out.write_bytes(bytes(data))
    else:
        key = CityKey("131016", bytes(32))
    with pytest.raises(UserError) as caught:
        receive_transfer(destination, out, key)
    assert caught.value.code == "sealed_unreadable"
    assert destination.count() == 0


def test_a_card_taken_at_the_destination_gets_a_new_one(two, tmp_path: Path):
    sender, destination = two
    mother, *_ = _family(sender)
    destination.add_many([{"display_name": "Local", "card_id": mother.card_id}])
    out = tmp_path / "t.evactransfer"
    _send(sender, [mother.card_id], out)
    result = receive_transfer(destination, out, KEY)
    ((old, new), *_rest) = result.new_cards
    assert old == mother.card_id and new != old
    assert destination.get(mother.id).card_id == new


def test_the_city_key_file_is_read_and_anything_else_refused(tmp_path: Path):
    good = tmp_path / "city.key"
    write_key(good, KEY)
    assert read_city_key(good) == KEY
    bad = tmp_path / "other.key"
    bad.write_bytes(b"not a key")
    with pytest.raises(UserError) as caught:
        read_city_key(bad)
    assert caught.value.code == "city_key_unreadable"


def test_the_commands_send_and_receive(two, tmp_path: Path, capsys):
    sender, destination = two
    mother, child, hidden, _other = _family(sender)
    key = tmp_path / "city.key"
    write_key(key, KEY)
    parser = argparse.ArgumentParser()
    add_transfer_commands(parser.add_subparsers(dest="shelter_command"))
    ctx = argparse.Namespace(ui_language="en", data_dir=tmp_path / "not-set-up",
                             say=lambda code, **params: print(message(code, "en", **params)))
    out = tmp_path / "t.evactransfer"
    args = parser.parse_args(["transfer", "--cards", f"{child.card_id.lower()}", "--to", "s002",
                              "--out", str(out), "--key", str(key), "--from", "S001"])
    assert run_transfer(ctx, args, sender) == 0
    printed = capsys.readouterr().out
    assert mother.card_id in printed and "transferred to S002" in printed
    args = parser.parse_args(["receive", str(out), "--key", str(key)])
    assert run_transfer(ctx, args, destination) == 0
    assert "From S001: 2 people registered." in capsys.readouterr().out
    assert hidden.card_id not in [p.card_id for p in destination.search()]
