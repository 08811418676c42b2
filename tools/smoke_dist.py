"""Smoke-test the built bundle (``make dist``) the way a coordinator first uses it, offscreen:
its size (at most 300 MiB as ``du -sm`` counts it), version, one sign as PDF with an empty
cache that stays empty (the print fonts come with the bundle), a screenshot of the main window,
a language pack installed and a sentence translated, and portable mode. Exit 1 with what failed.

Run with the checkout's virtualenv (it reads the PDF with pypdf and builds a tiny real Argos pack
with tests/argos_tiny.py); the bundle itself runs on its own.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The bundle's size limit, in MiB as ``du -sm`` counts it (blocks on disk, a file linked twice
#: once), language packs included: what a coordinator copies onto a USB stick.
MAX_MIB = 300


def bundle() -> Path:
    version = re.search(r'__version__ = "([^"]+)"',
                        (ROOT / "evac_toolkit" / "__init__.py").read_text()).group(1)
    exe = ROOT / "dist" / f"evac-toolkit-{version}" / \
        ("evac-toolkit.exe" if os.name == "nt" else "evac-toolkit")
    if not exe.is_file():
        sys.exit(f"smoke: no bundle at {exe}: run make dist first")
    return exe


def run(exe: Path, *args: str, home: Path | None) -> str:
    env = {key: value for key, value in os.environ.items()
           if key not in ("EVAC_TOOLKIT_HOME", "EVAC_TOOLKIT_CACHE")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    # A script's way to unlock the encrypted registry (the window asks instead).
    env["EVAC_TOOLKIT_PASSPHRASE"] = "smoke test passphrase"
    if home is not None:
        env["EVAC_TOOLKIT_HOME"] = str(home)
        env["EVAC_TOOLKIT_CACHE"] = str(home / "cache")
    done = subprocess.run([str(exe), *args], env=env, capture_output=True, text=True,
                          timeout=600)
    if done.returncode != 0:
        sys.exit(f"smoke: `evac-toolkit {' '.join(args)}` failed ({done.returncode}):\n"
                 f"{done.stdout}\n{done.stderr}")
    return done.stdout


def size_mib(folder: Path) -> int:
    """``du -sm folder``; where there is no du (Windows), the files' sizes rounded up alike."""
    if shutil.which("du"):
        done = subprocess.run(["du", "-sm", str(folder)], capture_output=True, text=True,
                              check=True)
        return int(done.stdout.split()[0])
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return -(-total // 2**20)


def main() -> None:
    from pypdf import PdfReader

    exe = bundle()
    size = size_mib(exe.parent)
    if size > MAX_MIB:
        sys.exit(f"smoke: the bundle {exe.parent.name} is {size} MiB, over the limit of "
                 f"{MAX_MIB} MiB: leave out what the program does not use (build.spec)")
    print(f"smoke: bundle size {size} MiB (limit {MAX_MIB} MiB)")
    version = re.search(r'__version__ = "([^"]+)"',
                        (ROOT / "evac_toolkit" / "__init__.py").read_text()).group(1)
    with tempfile.TemporaryDirectory(prefix="evac-smoke-") as folder:
        home = Path(folder) / "data"
        out = run(exe, "--version", home=home)
        assert version in out, out
        print(f"smoke: --version → {out.strip()}")

        pdf = Path(folder) / "sign.pdf"
        run(exe, "signs", "print", "--signs", "facility.toilet", "--languages", "en,my,si",
            "--out", str(pdf), home=home)
        text = "".join(PdfReader(pdf).pages[0].extract_text().split())
        assert "トイレ" in text and "Toilet" in text, text[:200]
        print(f"smoke: sign PDF with Japanese, English, Burmese, Sinhala ({pdf.stat().st_size:,} "
              "bytes)")
        derived = sorted(p.name for p in (home / "cache").rglob("*.ttf"))
        if derived:
            sys.exit("smoke: the first sign print derived print fonts into the empty cache, "
                     f"so the bundle lacks them: {', '.join(derived)}")
        print("smoke: the first sign printed with the bundle's own print fonts (cache untouched)")

        png = Path(folder) / "main.png"
        run(exe, "screenshot", "--view", "fingerboards", "--out", str(png), home=home)
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000
        print(f"smoke: main window screenshot ({png.stat().st_size:,} bytes)")

        sys.path.insert(0, str(ROOT / "tests"))
        import argos_tiny

        pack = argos_tiny.build_pack(Path(folder) / "pack", "en", "vi")
        run(exe, "packs", "install", str(pack), home=home)
        result = json.loads(run(exe, "translate", "where is the toilet", "--from", "en",
                                "--to", "vi", "--json", home=home))
        found = result["results"][0] if isinstance(result, dict) and "results" in result \
            else result[0] if isinstance(result, list) else result
        assert found["provenance"] == "machine", found
        print(f"smoke: pack installed, translated en → vi by machine: {found['text']!r}")

        # Portable mode: a marker beside the program keeps its data beside it.
        marker = exe.parent / "portable.txt"
        marker.write_text("", encoding="utf-8")
        try:
            run(exe, "registry", "add", "--name", "Smoke Test", "--languages", "vi", home=None)
            registry = exe.parent / "data" / "registry.sqlite"
            # Encrypted, with the key derived without OpenSSL's _hashlib (left out of the bundle).
            assert not registry.read_bytes().startswith(b"SQLite format 3"), "not encrypted"
            listed = run(exe, "registry", "list", "--json", home=None)
            assert "Smoke Test" in listed, listed
            print("smoke: portable mode keeps the registry beside the program, encrypted")
        finally:
            marker.unlink()
            shutil.rmtree(exe.parent / "data", ignore_errors=True)
            shutil.rmtree(exe.parent / "cache", ignore_errors=True)
    print("smoke: all good")


if __name__ == "__main__":
    main()
