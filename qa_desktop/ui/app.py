"""`run()`: start the desktop app (`qa-desktop` with no arguments, `python -m qa_desktop`).

Sets the org/app names for QSettings, installs the UI translation
(resources/i18n/qa_desktop_<locale>.qm, chosen in Settings or from the system
locale), and turns an unexpected exception into a dialog pointing at the log
instead of a silent crash.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback

os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false;qt.multimedia.ffmpeg=false")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from qa_desktop.errors import QAError  # noqa: E402
from qa_desktop.logs import log_file, setup_logging  # noqa: E402
from qa_desktop.paths import resources_dir  # noqa: E402
from qa_desktop.ui.i18n import install_translator  # noqa: E402
from qa_desktop.ui.messages import error_text  # noqa: E402
from qa_desktop.ui.settings import APPLICATION, ORGANIZATION, AppSettings, open_settings  # noqa: E402

log = logging.getLogger(__name__)


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("QA Desktop")
    add_cjk_font()
    icon = resources_dir() / "icons" / "qa-desktop.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app  # type: ignore[return-value]


def add_cjk_font() -> bool:
    """Register the bundled Chinese font (the PDF exports' own) as a fallback, so Chinese text never
    shows as empty boxes on a machine without CJK fonts (a fresh Linux install, a kiosk image)."""
    from PySide6.QtGui import QFontDatabase

    path = resources_dir() / "fonts" / "DroidSansFallbackFull.ttf"
    if not path.is_file() or QFontDatabase.addApplicationFont(str(path)) < 0:
        log.warning("no bundled CJK font at %s", path)
        return False
    return True


def error_message(kind: type[BaseException], value: BaseException) -> str:
    """What the error dialog says: a QAError's own reason, else what broke and where the log is."""
    if isinstance(value, QAError):
        return error_text(str(value))
    return QApplication.translate("App", "Something went wrong: %1\n\nDetails are in the log: %2").replace(
        "%1", f"{kind.__name__}: {value}").replace("%2", str(log_file()))


def _excepthook(kind: type[BaseException], value: BaseException, tb: object) -> None:
    log.error("unexpected error", exc_info=(kind, value, tb))  # type: ignore[arg-type]
    if QApplication.instance() is not None:
        QMessageBox.critical(None, QApplication.translate("App", "QA Desktop"), error_message(kind, value))
    else:
        traceback.print_exception(kind, value, tb)  # type: ignore[arg-type]


def run(settings: QSettings | None = None) -> int:
    setup_logging()
    app = create_app()
    settings = settings or open_settings()
    install_translator(app, AppSettings.load(settings).ui_language)
    sys.excepthook = _excepthook
    from qa_desktop.ui.main_window import MainWindow

    try:
        window = MainWindow(settings)
    except QAError as exc:
        QMessageBox.critical(None, QApplication.translate("App", "QA Desktop"), error_text(str(exc)))
        return 2
    window.show()
    return app.exec()
