"""`kiosk scenario run`: play scenario files headless on the emulated devices."""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path

from kiosk import paths
from kiosk.cli.errors import CommandError
from kiosk.scenarios.runner import ScenarioReport, ScenarioRunner


def register(commands: argparse._SubParsersAction) -> None:
    """Add `scenario run` to the command tree."""
    scenario = commands.add_parser("scenario", help="scripted terminal sessions for QA")
    sub = scenario.add_subparsers(dest="scenario_command", metavar="SCENARIO_COMMAND",
                                  required=True)
    run = sub.add_parser(
        "run", help="run scenario files and report each step",
        description="Run each scenario on the in-process reader, the emulated camera and a "
        "fresh seeded SQLite database. Exit status 0 when every scenario passes, 1 "
        "otherwise. The format is described in docs/scenario-format.md.")
    run.add_argument("files", type=Path, nargs="+", metavar="FILE",
                     help="scenario file, or a folder of them (*.toml); 'shipped' for the "
                     "scenarios that come with the kiosk")
    run.add_argument("--json", action="store_true", help="print JSON")
    run.add_argument("--steps", action="store_true", help="print every step, not only failures")
    run.set_defaults(handler=_run)


def shipped_scenarios() -> Path:
    """The scenarios that come with the kiosk."""
    return paths.assets_dir() / "scenarios"


def scenario_files(arguments: list[Path]) -> list[Path]:
    """The files named, folders expanded to their *.toml files in name order."""
    files: list[Path] = []
    for argument in arguments:
        if str(argument) == "shipped":
            argument = shipped_scenarios()
        if argument.is_dir():
            found = sorted(argument.glob("*.toml"))
            if not found:
                raise CommandError(f"{argument}: no *.toml scenario files in this folder")
            files.extend(found)
        else:
            files.append(argument)
    return files


def _run(args: argparse.Namespace) -> int:
    files = scenario_files(args.files)
    runner = ScenarioRunner()
    reports = []
    try:
        for path in files:
            report = runner.run_file(path)
            reports.append(report)
            if not args.json:
                _print(report, args.steps)
    finally:
        runner.close()
    passed = sum(r.passed for r in reports)
    if args.json:
        print(json.dumps({"passed": passed, "failed": len(reports) - passed,
                          "scenarios": [_as_json(r) for r in reports]},
                         ensure_ascii=False, indent=1))
    else:
        print(f"{passed} of {len(reports)} scenarios passed")
    return 0 if passed == len(reports) else 1


def _print(report: ScenarioReport, all_steps: bool) -> None:
    verdict = "PASS" if report.passed else "FAIL"
    print(f"{verdict} {report.path}  {report.name}  ({report.seconds:.1f} s)")
    if report.error:
        print(f"  error: {report.error}")
    for step in report.steps:
        if all_steps or not step.passed:
            mark = "ok  " if step.passed else "FAIL"
            line = f"  {mark} step {step.number} {step.action} -> {step.screen}"
            print(line + (f": {step.message}" if step.message else ""))
    for what, ok, message in report.checks:
        if all_steps or not ok:
            print(f"  {'ok  ' if ok else 'FAIL'} result {what}" + ("" if ok else f": {message}"))


def _as_json(report: ScenarioReport) -> dict:
    return {"path": report.path, "name": report.name, "passed": report.passed,
            "error": report.error, "seconds": round(report.seconds, 2),
            "steps": [dataclasses.asdict(s) for s in report.steps],
            "checks": [{"what": w, "passed": ok, "message": "" if ok else m}
                       for w, ok, m in report.checks]}
