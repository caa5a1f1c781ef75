"""Devices (card readers, cameras) and their emulators; imports neither Qt nor kiosk/."""
