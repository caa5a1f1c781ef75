"""Storage of the eligibility system: SQLAlchemy models, the database, its migrations."""
