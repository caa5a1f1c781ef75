"""`python -m kiosk` runs the command line."""

from kiosk.cli.main import main

raise SystemExit(main())
