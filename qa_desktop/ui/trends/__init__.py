"""Trend charts (pyqtgraph): score over time, rule failure rates, complaint mix, agent ranking.

`TrendsPage(db_provider, settings, parent=None)`; emits `openCalls(list[int])`
when the user clicks a point to see the calls behind it.
"""

from qa_desktop.ui.trends.page import TrendsPage

__all__ = ["TrendsPage"]
