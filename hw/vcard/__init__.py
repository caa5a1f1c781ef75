"""The virtual My Number card: its file, its applications, and the authority that issues it."""
