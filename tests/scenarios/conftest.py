"""One scenario runner per session, on the seeded demo home the flow tests share."""

from __future__ import annotations

import pytest

from kiosk.scenarios.runner import ScenarioRunner


@pytest.fixture(scope="session")
def runner(template, shared_engine, tmp_path_factory):
    """Runs scenarios in copies of the shared demo home."""
    runner = ScenarioRunner(tmp_path_factory.mktemp("scenarios"), shared_engine, template)
    yield runner
    runner.close()
