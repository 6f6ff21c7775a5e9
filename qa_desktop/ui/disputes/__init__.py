"""Disputes (申诉): entering an agent's dispute from review, and the arbitration page."""

from qa_desktop.ui.disputes.dialog import DisputeDialog
from qa_desktop.ui.disputes.page import DisputesPage

__all__ = ["DisputeDialog", "DisputesPage"]
