#!/usr/bin/env python3
"""Set-up in one command: `python3 dev.py run` installs and starts sbdesk, `python3 dev.py test` runs the tests.

Uses only the standard library, so it works on a fresh machine with Python 3.11+ (Windows, macOS,
Linux). It keeps a virtual environment in .venv/ beside this file and installs sbdesk into it.
On Debian/Ubuntu it installs the few system libraries Qt needs when they are missing (as root, or
with sudo when that works without a password); elsewhere it says which package is missing.
"""

from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")

# Libraries Qt loads on Linux: library name (for ctypes.util.find_library) -> Debian package.
QT_LIBS_ANY = {"EGL": "libegl1", "GL": "libgl1", "fontconfig": "libfontconfig1",
               "xkbcommon": "libxkbcommon0", "dbus-1": "libdbus-1-3", "glib-2.0": "libglib2.0-0"}
QT_LIBS_DISPLAY = {"xcb-cursor": "libxcb-cursor0", "xkbcommon-x11": "libxkbcommon-x11-0",
                   "xcb-icccm": "libxcb-icccm4", "xcb-image": "libxcb-image0", "xcb-keysyms": "libxcb-keysyms1",
                   "xcb-randr": "libxcb-randr0", "xcb-render-util": "libxcb-render-util0",
                   "xcb-shape": "libxcb-shape0", "xcb-xinerama": "libxcb-xinerama0", "xcb-xkb": "libxcb-xkb1"}


def say(text: str) -> None:
    print(f"[sbdesk] {text}", flush=True)


def run(*cmd: str | os.PathLike[str], **kw: object) -> None:
    subprocess.run([str(c) for c in cmd], check=True, **kw)  # type: ignore[call-overload]


def ensure_venv(extras: str = "") -> None:
    """Create .venv (once) and install sbdesk into it (editable, so a checkout stays live)."""
    if sys.version_info < (3, 11):
        sys.exit("sbdesk needs Python 3.11 or newer")
    if not PY.exists():
        say(f"creating virtual environment in {VENV}")
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    stamp = VENV / f".installed{extras or '-app'}"
    newest = max(p.stat().st_mtime for p in [ROOT / "pyproject.toml", Path(__file__)])
    if stamp.exists() and stamp.stat().st_mtime >= newest:
        return
    say("installing sbdesk and its dependencies (first time takes a few minutes)")
    run(PY, "-m", "pip", "install", "--disable-pip-version-check", "-q", "--upgrade", "pip")
    run(PY, "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", f"{ROOT}{extras}")
    stamp.touch()


def ensure_debian_libs(libs: dict[str, str], tools: dict[str, str] | None = None) -> None:
    """Install missing Qt system libraries (and tools) on Debian/Ubuntu (root or password-less sudo)."""
    if not sys.platform.startswith("linux"):
        return
    missing = sorted({pkg for lib, pkg in libs.items() if ctypes.util.find_library(lib) is None}
                     | {pkg for tool, pkg in (tools or {}).items() if shutil.which(tool) is None})
    if not missing:
        return
    if not shutil.which("apt-get"):
        say(f"Qt needs these system libraries (Debian names): {' '.join(missing)}; install them with your package manager")
        return
    prefix: list[str] = []
    if os.geteuid() != 0:
        if shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"], capture_output=True).returncode == 0:
            prefix = ["sudo", "-n"]
        else:
            say(f"Qt needs: sudo apt-get install {' '.join(missing)}  (run it once, then start again)")
            return
    say(f"installing system libraries for Qt: {' '.join(missing)}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run(*prefix, "apt-get", "update", "-qq", env=env)
    run(*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing, env=env)


def cmd_run(args: list[str]) -> int:
    """Install (if needed) and start the app on its default database or on args[0]."""
    ensure_venv()
    ensure_debian_libs({**QT_LIBS_ANY, **QT_LIBS_DISPLAY})
    return subprocess.run([str(BIN / "sbdesk"), *args]).returncode


def cmd_test(args: list[str]) -> int:
    """Install with the test extra and run the whole suite (offscreen, no display needed)."""
    ensure_venv("[test]")
    ensure_debian_libs(QT_LIBS_ANY, tools={"pdftotext": "poppler-utils"})
    rc = subprocess.run([str(PY), "-m", "pytest", *args], cwd=ROOT).returncode
    if rc == 5:
        say("no tests were collected: that is a failure")
        return 1
    return rc


def main() -> int:
    commands = {"run": cmd_run, "test": cmd_test}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        print("usage: python3 dev.py run [DB] | python3 dev.py test [pytest args]")
        return 2
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
