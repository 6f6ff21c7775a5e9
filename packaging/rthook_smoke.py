"""PyInstaller runtime hook: QA_DESKTOP_SMOKE_QUIT_MS=<ms> makes the GUI quit
itself that long after start, so packaging/smoke.sh can prove the frozen GUI
opens without anyone clicking. Unset (the normal case) it does nothing, and
it lives here so the UI code carries no test-only switch."""

import os


def _install() -> None:
    value = os.environ.get("QA_DESKTOP_SMOKE_QUIT_MS")
    if not value:
        return
    delay = int(value)
    import qa_desktop.ui.app as app_module

    original = app_module.create_app

    def create_app(argv=None):  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QTimer

        app = original(argv)
        QTimer.singleShot(delay, app.quit)
        return app

    app_module.create_app = create_app


_install()
