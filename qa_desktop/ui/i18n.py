"""UI language: Qt translation files in resources/i18n, chosen from the system
locale or the "ui/language" setting ("auto" | "zh_CN" | "en"). English needs
a (small) translation too: the singular and plural of every "%n …" string.

The default QLocale is set to the same language so dates and numbers shown
with QLocale (charts, tables, tooltips) match the words around them.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from qa_desktop.paths import resources_dir

log = logging.getLogger(__name__)

LANGUAGES: tuple[str, ...] = ("auto", "zh_CN", "en")
_installed: list[QTranslator] = []


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def resolve_language(language: str | None, system: QLocale | None = None) -> str:
    """"auto"/"system"/"" -> zh_CN for any Chinese system locale, else en."""
    lang = (language or "auto").strip()
    if lang in ("auto", "system", ""):
        name = (system or QLocale.system()).name()
        return "zh_CN" if name.lower().startswith("zh") else "en"
    return "zh_CN" if lang.lower().startswith("zh") else "en"


def install_translator(app: QCoreApplication, language: str | None = "auto") -> str:
    """Install ours and Qt's own translations for `language`; returns the language used.

    Calling again replaces what the previous call installed.
    """
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    lang = resolve_language(language)
    QLocale.setDefault(QLocale("zh_CN" if lang == "zh_CN" else "en_US"))
    ours = QTranslator(app)  # English: only the plural forms ("1 call", "2 calls") of the %n strings
    if ours.load(f"qa_desktop_{lang}", str(i18n_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no UI translation qa_desktop_%s.qm in %s", lang, i18n_dir())
    if lang == "en":
        return lang
    qt = QTranslator(app)
    if qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return lang
