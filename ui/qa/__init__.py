"""The parts of the QA panel (ui/qa_panel.py) that `kiosk run --emulator` shows."""
