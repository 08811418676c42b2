"""A data folder that cannot be written (a write-protected USB stick, a read-only mount):
``registry check`` reads the file and finds it intact — it used to call a healthy file damaged —
and the commands that write say the folder cannot be written, in one line."""

from __future__ import annotations

from disk_conditions import read_only

from evac_toolkit.cli.main import main
from evac_toolkit.core.registry.store import Registry


def test_check_finds_a_healthy_registry_intact_in_a_read_only_folder(tmp_path, capsys):
    data = tmp_path / "data"
    registry = Registry.open(data)
    registry.add_many([{"display_name": f"山田 {n}", "languages": ["vi"]} for n in range(50)])
    registry.close()
    with read_only(data) as folder:
        # The registry and the lock file its last open left (each process locks it).
        files = sorted(p.name for p in folder.iterdir())
        assert "registry.sqlite" in files
        assert main(["--data-dir", str(folder), "registry", "check"]) == 0
        captured = capsys.readouterr()
        assert "intact" in captured.out and "damaged" not in captured.err
        code = main(["--data-dir", str(folder), "registry", "add", "--name", "X"])
        err = capsys.readouterr().err.strip().splitlines()
        assert code == 2 and len(err) == 1 and "Cannot write to the data folder" in err[0]
        assert sorted(p.name for p in folder.iterdir()) == files
