"""Requests that clinic software drops into <OQS>/req, and the terminal's answers."""
