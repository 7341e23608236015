"""`python -m sbdesk` runs the command line (no subcommand starts the GUI)."""

import sys

from sbdesk.cli import main

sys.exit(main())
