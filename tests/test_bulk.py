"""The cycle collector pauses during bulk work and always comes back."""

from __future__ import annotations

import gc
import threading

import pytest

from evac_toolkit.core.bulk import no_cycle_collection


def test_paused_inside_and_back_after_even_on_error():
    assert gc.isenabled()
    with pytest.raises(RuntimeError), no_cycle_collection():
        assert not gc.isenabled()
        with no_cycle_collection():
            assert not gc.isenabled()
        assert not gc.isenabled()          # the outer one still runs
        raise RuntimeError
    assert gc.isenabled()


def test_a_collector_switched_off_by_someone_else_stays_off():
    gc.disable()
    try:
        with no_cycle_collection():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_overlapping_threads_bring_it_back_once_both_end():
    inside, release = threading.Event(), threading.Event()

    def worker():
        with no_cycle_collection():
            inside.set()
            release.wait(10)

    thread = threading.Thread(target=worker)
    thread.start()
    inside.wait(10)
    with no_cycle_collection():
        pass
    assert not gc.isenabled()              # the worker's import is still running
    release.set()
    thread.join()
    assert gc.isenabled()
