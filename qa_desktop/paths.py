"""Where QA Desktop keeps its data: the platform's user folders, never beside
the program (a frozen app's folder is often read-only). `QA_DESKTOP_HOME`
moves everything under one folder, which tests and portable installs use."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "qa-desktop"
_dirs = PlatformDirs(APP_NAME, appauthor=False)


def _home() -> Path | None:
    value = os.environ.get("QA_DESKTOP_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(_dirs.user_data_dir)


def cache_dir() -> Path:
    home = _home()
    return home / "cache" if home else Path(_dirs.user_cache_dir)


def log_dir() -> Path:
    home = _home()
    return home / "logs" if home else Path(_dirs.user_log_dir)


def model_cache_dir() -> Path:
    """Assembled and downloaded Whisper models; shared by the CLI and the GUI."""
    override = os.environ.get("QA_DESKTOP_MODEL_CACHE")
    return Path(override) if override else data_dir() / "models"


def default_db_path() -> Path:
    return data_dir() / "qa-desktop.sqlite"


def project_root() -> Path:
    """The source tree or the frozen bundle's folder (PyInstaller sets _MEIPASS)."""
    import sys

    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def rules_dir() -> Path:
    return project_root() / "rules"


def resources_dir() -> Path:
    return project_root() / "resources"


def sample_calls_dir() -> Path:
    return resources_dir() / "sample_calls"
