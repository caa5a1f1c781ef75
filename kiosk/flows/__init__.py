"""Terminal flows as state machines: clinic reception, self-service booth, portal app."""
