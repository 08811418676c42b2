"""``shelter transfer`` and ``shelter receive`` on laptops set up with ``shelter setup``: the
stored identity gives the key and the sender, so a coordinator types only who goes where."""

from __future__ import annotations

from hq_fixtures import PEOPLE, city_key, make_shelter, run

from evac_toolkit.core.registry.store import Registry


def test_a_transfer_between_two_set_up_shelters(tmp_path, capsys):
    key = city_key(capsys, tmp_path, tmp_path / "hq")
    sender = make_shelter(capsys, tmp_path, "S001", key)
    destination = make_shelter(capsys, tmp_path, "S002", key)
    registry = Registry.open(sender.data_dir)
    try:
        maria = next(p for p in registry.search(present_only=True)
                     if p.display_name == PEOPLE["S001"][0]["display_name"])
    finally:
        registry.close()
    out = tmp_path / "to-s002.evactransfer"
    code, _stdout, err = run(capsys, "--data-dir", str(sender.data_dir), "shelter", "transfer",
                             "--cards", maria.card_id, "--to", "S002", "--out", str(out))
    assert code == 0, err
    for _ in range(2):                        # the same file twice adds the person once
        code, _stdout, err = run(capsys, "--data-dir", str(destination.data_dir), "shelter",
                                 "receive", str(out))
        assert code == 0, err
    registry = Registry.open(destination.data_dir)
    try:
        arrived = [p for p in registry.search(present_only=True)
                   if p.display_name == maria.display_name]
    finally:
        registry.close()
    assert len(arrived) == 1 and arrived[0].languages == maria.languages


def test_a_laptop_not_set_up_is_told_what_to_do(tmp_path, capsys):
    code, _stdout, err = run(capsys, "--data-dir", str(tmp_path / "new"), "shelter", "receive",
                             str(tmp_path / "x.evactransfer"))
    assert code == 2 and err.count("\n") <= 1 and "Traceback" not in err


def test_a_file_for_another_shelter_is_refused(tmp_path, capsys):
    key = city_key(capsys, tmp_path, tmp_path / "hq")
    sender = make_shelter(capsys, tmp_path, "S001", key)
    other = make_shelter(capsys, tmp_path, "S003", key)
    registry = Registry.open(sender.data_dir)
    try:
        card = registry.search(present_only=True)[0].card_id
    finally:
        registry.close()
    out = tmp_path / "to-s002.evactransfer"
    code, _stdout, err = run(capsys, "--data-dir", str(sender.data_dir), "shelter", "transfer",
                             "--cards", card, "--to", "S002", "--out", str(out))
    assert code == 0, err
    before = len(Registry.open(other.data_dir).search(present_only=True))
    code, _stdout, err = run(capsys, "--data-dir", str(other.data_dir), "shelter", "receive",
                             str(out))
    assert code == 2 and "S002" in err and "S003" in err
    registry = Registry.open(other.data_dir)
    try:
        assert len(registry.search(present_only=True)) == before     # nobody registered
    finally:
        registry.close()


def test_shelter_ids_are_one_form_however_typed(tmp_path, capsys):
    """Set up as "s002 " and sent "--to S002": the same shelter, so the file is received."""
    from evac_toolkit.core.hq.identity import shelter_identity

    key = city_key(capsys, tmp_path, tmp_path / "hq")
    sender = make_shelter(capsys, tmp_path, "S001", key)
    here = tmp_path / "lower"
    code, _stdout, err = run(capsys, "--data-dir", str(here), "shelter", "setup",
                             "--municipality", "131016", "--shelter-id", "s002 ",
                             "--name", "北校舎", "--key", str(key))
    assert code == 0, err
    assert shelter_identity(here).shelter_id == "S002"
    registry = Registry.open(sender.data_dir)
    try:
        card = registry.search(present_only=True)[0].card_id
    finally:
        registry.close()
    out = tmp_path / "t.evactransfer"
    assert run(capsys, "--data-dir", str(sender.data_dir), "shelter", "transfer", "--cards",
               card, "--to", "S002", "--out", str(out))[0] == 0
    code, _stdout, err = run(capsys, "--data-dir", str(here), "shelter", "receive", str(out))
    assert code == 0, err
