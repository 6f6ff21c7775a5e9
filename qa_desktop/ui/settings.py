"""The app's preferences, kept in QSettings under one organisation/app name.

When QA_DESKTOP_HOME is set (tests, portable installs) the settings live in an
INI file inside it, so a test run can never touch the real user's preferences.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings

from qa_desktop.paths import default_db_path

ORGANIZATION = "QA Desktop"
APPLICATION = "qa-desktop"

#: Channel layouts an inspector can choose for stereo recordings.
CHANNEL_MAPS: tuple[str, ...] = ("agent-left", "agent-right", "mono")
#: Recognition languages offered; "auto" lets Whisper detect it.
LANGUAGES: tuple[str, ...] = ("auto", "zh", "en")
#: A person's part in the team workflow: leads plan and assign reviews, arbitrators decide disputes.
ROLES: tuple[str, ...] = ("inspector", "lead", "arbitrator")
#: UI languages with a translation shipped (resources/i18n/qa_desktop_<code>.qm).
UI_LANGUAGES: tuple[str, ...] = ("system", "en", "zh_CN")


def open_settings(path: Path | None = None) -> QSettings:
    """QSettings for the app: an explicit INI file, QA_DESKTOP_HOME's, or the native store."""
    if path is None:
        home = os.environ.get("QA_DESKTOP_HOME")
        if home:
            path = Path(home) / "settings.ini"
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        return QSettings(str(path), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APPLICATION)


@dataclass(slots=True)
class AppSettings:
    """Typed view of the stored preferences; `save` writes them back at once."""

    inspector: str = ""
    db_path: str = ""
    model: str = "base"  # bundled base, a local folder or a model name
    language: str = "auto"
    channel_map: str = "agent-left"
    threads: int = 0  # 0 = let the engine choose
    rule_pack: str = ""  # "" = the default pack for the call's language
    ui_language: str = "system"
    role: str = "inspector"  # one of ROLES

    @classmethod
    def load(cls, qs: QSettings) -> "AppSettings":
        d = cls()
        return cls(
            inspector=str(qs.value("review/inspector", d.inspector) or ""),
            db_path=str(qs.value("storage/db_path", "") or "") or str(default_db_path()),
            model=str(qs.value("transcription/model", d.model) or d.model),
            language=str(qs.value("transcription/language", d.language) or d.language),
            channel_map=str(qs.value("transcription/channel_map", d.channel_map) or d.channel_map),
            threads=_int(qs.value("transcription/threads", d.threads)),
            rule_pack=str(qs.value("rules/default_pack", d.rule_pack) or ""),
            ui_language=str(qs.value("ui/language", d.ui_language) or d.ui_language),
            role=role if (role := str(qs.value("review/role", d.role) or "")) in ROLES else d.role,
        )

    def save(self, qs: QSettings) -> None:
        qs.setValue("review/inspector", self.inspector)
        qs.setValue("storage/db_path", self.db_path)
        qs.setValue("transcription/model", self.model)
        qs.setValue("transcription/language", self.language)
        qs.setValue("transcription/channel_map", self.channel_map)
        qs.setValue("transcription/threads", int(self.threads))
        qs.setValue("rules/default_pack", self.rule_pack)
        qs.setValue("ui/language", self.ui_language)
        qs.setValue("review/role", self.role)
        qs.sync()

    def ui_locale(self) -> str:
        """The translation to load: the chosen one, or the system's (e.g. zh_CN)."""
        if self.ui_language and self.ui_language != "system":
            return self.ui_language
        return QLocale.system().name()


def _int(value: object) -> int:
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0
