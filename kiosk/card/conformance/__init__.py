"""Byte-level conformance checks of a My Number card (virtual or physical), for QA.

The checks hold a card to what real cards answer and real clients (OpenSC, the JPKI client
libraries) rely on; `runner.run_checks` runs them on any `CardReader`. No Qt here.
"""
