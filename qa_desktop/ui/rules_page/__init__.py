"""Rule packs in the app: view the active pack, switch or import packs (errors
shown in place), "Try a rule" on a typed sentence, and re-score stored calls.

`RulesPage(db_provider, settings, parent=None)`; emits `openCalls(list[int])`.
"""

from qa_desktop.ui.rules_page.page import RulesPage

__all__ = ["RulesPage"]
