"""Jobs off the UI thread: the program does not end under a job that is still working."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parent.parent

#: A job still running when the script ends, as when the window is closed during a preview.
#: PySide's own exit handler destroys the application and only then waits for the thread pool,
#: so a job that outlived it found the application gone (a preview drawing its pixmap crashed
#: the process) and its signals deleted.
SCRIPT = """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from evac_toolkit.ui import worker
app = QApplication([])
def slow(progress):
    time.sleep(1.0)
    alive = QApplication.instance() is not None
    Path(sys.argv[1]).write_text("application alive" if alive else "application gone")
worker.start(worker.Job(slow))
"""


def test_the_program_waits_for_a_running_job_before_it_ends(tmp_path):
    out = tmp_path / "written.txt"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-X", "faulthandler", "-c", SCRIPT, str(out)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert out.read_text() == "application alive"
    assert "Signal source has been deleted" not in result.stderr
