"""Switching the screens' language with Qt translators (.qm built from ui/translations/*.ts)."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QTranslator

log = logging.getLogger(__name__)

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
SOURCE_LANGUAGE = "ja"


def ts_file(language: str) -> Path:
    """The translation source of `language`."""
    return TRANSLATIONS / f"kiosk_{language}.ts"


def qm_file(language: str) -> Path:
    """The compiled translation of `language`."""
    return TRANSLATIONS / f"kiosk_{language}.qm"


def lrelease() -> str | None:
    """The pyside6-lrelease tool, if installed."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def compile_translations() -> list[Path]:
    """Build every .qm that is missing or older than its .ts; the files built."""
    built = []
    for source in sorted(TRANSLATIONS.glob("kiosk_*.ts")):
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        tool = lrelease()
        if tool is None:
            log.error("pyside6-lrelease is missing: translations cannot be built")
            break
        # Built beside and renamed: another process starting at the same moment (a second
        # terminal, a parallel test) reads the old file or the new one, never half of one.
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        try:
            subprocess.run([tool, "-silent", str(source), "-qm", str(partial)], check=True)
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
        built.append(target)
    return built


class Translations:
    """The one translator installed in the application, for the current language.

    Qt's translators are application-wide, so is this state: every window (a second
    terminal, the next test's) sees the language actually installed, not its own guess.
    """

    _language: ClassVar[str] = SOURCE_LANGUAGE
    _translator: ClassVar[QTranslator | None] = None

    @property
    def language(self) -> str:
        """The language the application translates into now."""
        return Translations._language

    def switch(self, language: str) -> bool:
        """Translate into `language` from now on; False if its translation is missing."""
        if language == Translations._language:
            return True
        app = QCoreApplication.instance()
        if Translations._translator is not None:
            app.removeTranslator(Translations._translator)
            Translations._translator = None
        Translations._language = language
        if language == SOURCE_LANGUAGE:
            return True
        translator = QTranslator()
        if not translator.load(str(qm_file(language))):
            log.error("no translation for %s (%s): screens stay in Japanese", language,
                      qm_file(language).name)
            return False
        app.installTranslator(translator)
        Translations._translator = translator
        return True
