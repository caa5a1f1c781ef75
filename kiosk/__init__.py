"""The kiosk's domain: card protocol, authentication, eligibility, flows, storage."""
