"""Entry point of the PyInstaller bundle, shared by both executables (installers/sbdesk.spec).

`sbdesk` (console) runs the command line, `sbdesk-gui` (windowed, no console on Windows) runs the
GUI; the executable's own name decides. One script means one analysis and one shared folder of
libraries for both. `--self-test` is dispatched here as well, so a bundle can prove itself even
where sbdesk.cli does not dispatch it yet.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    """Run the part of sbdesk this executable stands for; its exit code."""
    # Alembic loads the migrations from source files inside the bundle: never write __pycache__
    # folders into the installation (it may be read-only, and an uninstaller would leave them behind).
    sys.dont_write_bytecode = True
    if Path(sys.executable).stem.lower() == "sbdesk-gui":
        from sbdesk.app import main as gui_main

        return gui_main()
    if sys.argv[1:2] == ["--self-test"]:
        from sbdesk.selftest import run_self_test

        return run_self_test()
    from sbdesk.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
