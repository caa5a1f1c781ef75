"""The scale benchmark runs end to end on a small population, on both backends."""

from __future__ import annotations

import re

from bench.eligibility_scale import main


def _row(printed: str, label: str) -> list[str]:
    """The values of the table row starting with `label` (columns are 2+ spaces apart)."""
    line = next(line for line in printed.splitlines() if line.strip().startswith(label))
    return re.split(r"\s{2,}", line.strip())[1:]


def test_small_run_prints_the_figures_without_duplicates_or_losses(tmp_path, capsys):
    status = main(["--persons", "2000", "--backend", "both", "--samples", "200",
                   "--seconds", "60", "--directory", str(tmp_path)])
    printed = capsys.readouterr().out
    assert status == 0, printed
    assert "2,000 persons" in printed
    assert _row(printed, "sqlite") == ["postgresql"]
    for label in ("generation + load", "database size", "lookup by certificate p50 / p99",
                  "registration p50 / p99"):
        assert len(_row(printed, label)) == 2, label
    assert _row(printed, "lookup/registration failures") == ["0", "0"]
    assert _row(printed, "duplicates") == ["-", "0"]
    assert _row(printed, "losses") == ["-", "0"]
    assert _row(printed, "errors") == ["-", "0"]
    attempted = int(_row(printed, "certificates attempted")[1].replace(",", ""))
    assert attempted > 0
    # Every certificate was tried by two terminals: one created it, the other found it.
    created, found = _row(printed, "created / found registered")[1].split(" / ")
    assert created == found == f"{attempted:,}"
    # The temporary databases are gone.
    assert list(tmp_path.iterdir()) == []
