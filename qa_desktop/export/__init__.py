"""Reports that leave the app: scorecards (PDF, XLSX), call lists and rule
results (CSV with BOM, XLSX), and personal-data masking (masking.mask_text).

- `build_scorecard(db, agent=|team=, date_from, date_to) -> Scorecard`
- `write_scorecard_pdf(card, path, mask=False)`, `write_scorecard_xlsx(card, path, mask=False)`
- `export_calls(db, filters, csv_path=, xlsx_path=, rules_csv_path=, mask=False) -> int`
"""

from qa_desktop.export.masking import mask_text, mask_transcript
from qa_desktop.export.pdf import write_scorecard_pdf
from qa_desktop.export.scorecard import Scorecard, build_scorecard
from qa_desktop.export.tables import export_calls
from qa_desktop.export.xlsx import write_scorecard_xlsx

__all__ = ["Scorecard", "build_scorecard", "export_calls", "mask_text", "mask_transcript", "write_scorecard_pdf",
           "write_scorecard_xlsx"]
