"""Packs nested absurdly deep — a member 2,000 folders down, a metadata.json 2,000 brackets
deep — ended in RecursionError. They are refused with one line naming the depth; nothing installed."""

from __future__ import annotations

import json

import argos_tiny as tiny
import pytest

from evac_toolkit.cli.main import main
from evac_toolkit.core.translation import packs

DEEP = 2000


def _deep_member(good, out):
    top = next(iter(tiny.members(good))).split("/")[0]
    return tiny.with_member(good, out, top + "/d" * DEEP + "/x.txt")


def _deep_metadata(good, out):
    meta = tiny.metadata("en", "vi", "1.1")
    text = json.dumps(meta)[:-1] + ', "x": ' + "[" * DEEP + "]" * DEEP + "}"
    return tiny.with_metadata(good, out, text.encode())


@pytest.mark.parametrize("make", [_deep_member, _deep_metadata], ids=["member", "metadata"])
def test_a_deeply_nested_pack_is_refused_in_one_line(make, tiny_packs, data_home, tmp_path,
                                                     capsys):
    bad = make(tiny_packs.get("en", "vi", "1.1"), tmp_path / "deep.argosmodel")
    [outcome] = packs.install(bad, data_home)
    assert not outcome.ok and outcome.error.code == "pack_too_deep"
    limit = outcome.error.params["limit"]
    assert outcome.error.params["depth"] > limit in (
        packs.MAX_DEPTH, packs.MAX_JSON_DEPTH)
    assert packs.list_packs(data_home) == []
    assert main(["packs", "install", str(bad)]) == 2      # as every refused pack
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "deep" in err[0]


def test_a_real_pack_is_not_too_deep(tiny_packs, data_home):
    [outcome] = packs.install(tiny_packs.get("en", "vi", "1.1"), data_home)
    assert outcome.ok
