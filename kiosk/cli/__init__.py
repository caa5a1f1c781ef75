"""The `kiosk` command line."""
