"""Smoke-test the built bundle (``make dist``) the way a coordinator first uses it, offscreen:
its size (at most 300 MiB as ``du -sm`` counts it), version, one sign as PDF with an empty
cache that stays empty (the print fonts come with the bundle), a screenshot of the main window,
a language pack installed and a sentence translated, portable mode, and a shelter's status report
pushed to a real PostgreSQL server with the bundle's own driver. Exit 1 with what failed.

Run with the checkout's virtualenv (it reads the PDF with pypdf, builds a tiny real Argos pack
with tests/argos_tiny.py, starts PostgreSQL from Debian's package as the tests do with
tests/postgres_server.py, and sets up headquarters with the checkout's own program); the bundle
itself runs on its own.
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


def run(exe: Path, *args: str, home: Path | None, extra_env: dict | None = None,
        stderr: list | None = None, prefix: list[str] | None = None) -> str:
    env = {key: value for key, value in os.environ.items()
           if key not in ("EVAC_TOOLKIT_HOME", "EVAC_TOOLKIT_CACHE")}
    env.update(extra_env or {})
    env["QT_QPA_PLATFORM"] = "offscreen"
    # A script's way to unlock the encrypted registry (the window asks instead).
    env["EVAC_TOOLKIT_PASSPHRASE"] = "smoke test passphrase"
    if home is not None:
        env["EVAC_TOOLKIT_HOME"] = str(home)
        env["EVAC_TOOLKIT_CACHE"] = str(home / "cache")
    done = subprocess.run([*(prefix or []), str(exe), *args], env=env, capture_output=True,
                          text=True, timeout=600)
    if done.returncode != 0:
        # Without the loader's trace lines (LD_DEBUG), if any.
        said = "\n".join(line for line in done.stderr.splitlines()
                         if not re.match(r"\s*\d+:\s", line))
        sys.exit(f"smoke: `evac-toolkit {' '.join(args)}` failed ({done.returncode}):\n"
                 f"{done.stdout}\n{said}")
    if stderr is not None:
        stderr.append(done.stderr)
    return done.stdout


def checkout(*args: str, home: Path) -> str:
    """``evac-toolkit`` from this checkout's sources (headquarters' own copy)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), EVAC_TOOLKIT_HOME=str(home),
               EVAC_TOOLKIT_CACHE=str(home / "cache"))
    done = subprocess.run([sys.executable, "-m", "evac_toolkit", *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        sys.exit(f"smoke: the checkout's `evac-toolkit {' '.join(args)}` failed "
                 f"({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done.stdout


def without_system_libpq(folder: Path) -> tuple[list[str], dict]:
    """A command prefix and environment that run the bundle as on a shelter laptop without
    PostgreSQL's client library, or ([], {}) when this user may not make one.

    psycopg looks for libpq with ctypes.util.find_library, which asks /sbin/ldconfig, then gcc
    and ld on PATH; the build machine has all three. In a mount namespace of its own (root), a
    /sbin/ldconfig that lists every library but libpq and a PATH without compilers leave the
    bundle only its own libpq to find (tools/pyi_rth_libpq.py)."""
    unshare = shutil.which("unshare")
    if os.name != "posix" or os.geteuid() != 0 or unshare is None:
        return [], {}
    real = folder / "ldconfig.real"
    shutil.copy2("/sbin/ldconfig", real)
    fake = folder / "ldconfig-without-libpq"
    fake.write_text(f"#!/bin/sh\n{real} \"$@\" | /bin/grep -v 'libpq\\.so'\n",
                    encoding="ascii")
    fake.chmod(0o755)
    prefix = [unshare, "--mount", "/bin/sh", "-c",
              '/bin/mount --bind "$0" /sbin/ldconfig && exec "$@"', str(fake)]
    if subprocess.run([*prefix, "/bin/true"], capture_output=True).returncode != 0:
        return [], {}
    return prefix, {"PATH": str(folder / "no-compilers")}


def push_to_postgres(exe: Path, folder: Path) -> None:
    """Headquarters set up on a real PostgreSQL server by the checkout; the bundle, as shelter
    S001, pushes its report with the address add-shelter printed; headquarters sees it.

    The push runs as on a laptop without libpq where this user can arrange it (root), and the
    glibc loader's trace (LD_DEBUG) shows the libpq and OpenSSL it loaded: the bundle's own,
    not the build machine's."""
    sys.path.insert(0, str(ROOT / "tests"))
    from postgres_server import admin_sql, start_server, stop_server

    server, server_folder = start_server()
    try:
        admin_sql(server, "CREATE DATABASE evac_smoke")
        admin = server.dsn("evac_smoke")
        hq = folder / "hq"
        checkout("hq", "keygen", "--municipality", "131016", "--out", str(folder / "city.key"),
                 home=hq)
        hq_url = checkout("hq", "setup", "--database", admin, home=hq).strip().splitlines()[-1]
        shelter_url = checkout("hq", "add-shelter", "S001", "--database", admin,
                               home=hq).strip().splitlines()[-1]
        # The shelter's own login role (its name may start with the database's).
        assert re.match(r"postgresql://\w*shelter_S001:", shelter_url), shelter_url

        shelter = folder / "shelter"
        run(exe, "shelter", "setup", "--municipality", "131016", "--shelter-id", "S001",
            "--name", "第1小学校", "--key", str(folder / "city.key"), home=shelter)
        run(exe, "registry", "add", "--name", "Smoke Test", "--languages", "vi", home=shelter)
        trace: list[str] = []
        prefix, env = without_system_libpq(folder)
        out = run(exe, "shelter", "push", "--database", shelter_url, home=shelter,
                  extra_env={**env, "LD_DEBUG": "libs"}, stderr=trace, prefix=prefix)
        assert "report 1 of shelter S001 sent" in out, out
        internal = exe.parent / "_internal"
        loaded = {Path(name).name: Path(name) for name in
                  re.findall(r"calling init: (\S+)", trace[0])}
        for name in ("libpq.so.5", "libssl.so.3", "libcrypto.so.3"):
            assert name in loaded and loaded[name].parent.resolve() == internal.resolve(), \
                f"{name} not loaded from the bundle: {loaded}"

        status = json.loads(checkout("hq", "status", "--json", "--database", hq_url, home=hq))
        seen = [(one["shelter_id"], one["sequence"], one["counts"]["present"])
                for one in status["shelters"]]
        assert seen == [("S001", 1, 1)], seen
        where = ("as on a laptop without libpq" if prefix else
                 "(not as on a laptop without libpq: that needs root)")
        print(f"smoke: shelter S001 pushed its report to PostgreSQL with the bundle's libpq "
              f"{where}; headquarters sees 1 person present")
    finally:
        stop_server(server, server_folder)


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

        push_to_postgres(exe, Path(folder))

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
