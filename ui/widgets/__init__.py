"""The special widgets a screen may hold: PIN pad, camera preview, consent toggles..."""
