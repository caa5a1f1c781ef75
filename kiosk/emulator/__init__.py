"""The emulated terminal world for QA: demo data, virtual cards, emulated cameras, no hardware."""
