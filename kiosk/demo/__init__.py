"""Demo personas: coherent virtual cards and eligibility records for QA and training."""
