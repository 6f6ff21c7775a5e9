"""Calibration: the lead's sessions, blind scoring, and the agreement report (page in the sidebar)."""

from qa_desktop.ui.calibration.page import CalibrationPage

__all__ = ["CalibrationPage"]
