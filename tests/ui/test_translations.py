"""The screens' translations: every Japanese source string translated, placeholders kept, .qm
files built and used at run time."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import ui.i18n
from kiosk.flows.reasons import HOTLINE, NextStep, Reason
from ui.i18n import SOURCE_LANGUAGE, lrelease, ts_file
from ui.texts import LANGUAGE_NAMES

ROOT = Path(__file__).resolve().parents[2]
UPDATE = ROOT / "scripts" / "update-translations.sh"
LANGUAGES = [code for code in LANGUAGE_NAMES if code != SOURCE_LANGUAGE]
PLACEHOLDER = re.compile(r"%\d+")


def messages(ts: Path) -> list[tuple[str, str | None, str]]:
    """(source, translation type, translation) of every message in a .ts file."""
    found = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        found.append((message.findtext("source") or "",
                      None if translation is None else translation.get("type"),
                      "" if translation is None else (translation.text or "")))
    return found


@pytest.fixture(scope="module")
def updated(tmp_path_factory) -> Path:
    """The .ts files after running the update script on the current sources (a copy)."""
    copy = tmp_path_factory.mktemp("ts")
    for language in LANGUAGES:
        if ts_file(language).exists():
            shutil.copy(ts_file(language), copy)
    subprocess.run([str(UPDATE), *LANGUAGES], check=True, capture_output=True, text=True,
                   env={**os.environ, "KIOSK_TS_DIR": str(copy)}, timeout=60)
    return copy


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_source_string_is_translated(language, updated):
    assert ts_file(language).exists(), f"{ts_file(language)} is missing: run {UPDATE}"
    untranslated = [source for source, kind, text in messages(updated / ts_file(language).name)
                    if kind is not None or not text.strip()]
    assert not untranslated, (
        f"{len(untranslated)} message(s) not translated into {language}; run "
        f"scripts/update-translations.sh and translate them in ui/translations/"
        f"{ts_file(language).name}:\n" + "\n".join(untranslated))


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders(language):
    wrong = [f"{source!r} -> {text!r}" for source, kind, text in messages(ts_file(language))
             if text and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))]
    assert not wrong, f"placeholders differ in {ts_file(language).name}:\n" + "\n".join(wrong)


def test_the_screens_come_out_translated(tmp_path, monkeypatch):
    from ui.application import application
    from ui.texts import guidance_text, help_line_text, next_step_text, reason_text

    tool = lrelease()
    assert tool, "pyside6-lrelease is missing"
    for language in LANGUAGES:
        built = subprocess.run([tool, str(ts_file(language)), "-qm",
                                str(tmp_path / f"kiosk_{language}.qm")],
                               check=True, capture_output=True, text=True, timeout=60)
        assert " 0 unfinished" in built.stdout, built.stdout
    monkeypatch.setattr(ui.i18n, "TRANSLATIONS", tmp_path)

    def texts() -> list[str]:
        return [reason_text(Reason.WRONG_PIN), reason_text(Reason.PIN_LOCKED),
                next_step_text(NextStep.MUNICIPAL_OFFICE), guidance_text(None),
                help_line_text()]

    application()
    translations = ui.i18n.Translations()
    japanese = texts()
    try:
        for language in LANGUAGES:
            assert translations.switch(language), language
            shown = texts()
            same = [text for text, source in zip(shown, japanese, strict=True)
                    if text == source]
            assert not same, f"not translated into {language}: {same}"
            assert HOTLINE in shown[-1]
    finally:
        translations.switch(SOURCE_LANGUAGE)
    assert texts() == japanese
