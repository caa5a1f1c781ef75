"""Scenario files: a terminal, a card, a camera feed and inputs, with the expected screens."""
