#!/usr/bin/env python3
"""Documentation screenshots of the Trends and Rule packs pages, English and
Simplified Chinese: docs/screenshots/{trends_score,trends_rules,
trends_categories,trends_ranking,rules,rules_error}[_zh_CN].png.

    QT_QPA_PLATFORM=offscreen python tools/trend_screenshots.py

Uses a scratch database of synthetic scored calls (five agents, two teams,
five months; tests/ui_synth.py) so the charts have something to show without
transcribing audio. Chinese needs a CJK font (Debian: fonts-noto-cjk).
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from qa_desktop.paths import rules_dir
from qa_desktop.ui.i18n import install_translator
from tests.ui_synth import Spec, build

OUT = ROOT / "docs" / "screenshots"
AGENTS = [("Z3001", "华东一组", 84), ("Z3002", "华东一组", 78), ("Z3005", "华南二组", 71), ("Z3008", "华南二组", 88),
          ("Z3011", "华东一组", 66)]
CATEGORIES = (["logistics", "refund", "size", "quality", "other"], [3, 3, 2, 2, 1])


def demo_specs() -> list[Spec]:
    rng = random.Random(7)
    specs = []
    for offset in range(0, 150, 2):
        day = date(2026, 6, 1) + timedelta(days=offset)
        for agent, team, base in AGENTS:
            if rng.random() < 0.6:
                s = max(20.0, min(100.0, base + rng.gauss(0, 7) + offset * 0.03))
                specs.append(Spec(agent, team, day.isoformat(), round(s, 1), critical=rng.random() < 0.07,
                                  category=rng.choices(*CATEGORIES)[0], confidence=round(rng.uniform(0.4, 1), 2),
                                  greeting="fail" if rng.random() < 0.1 + 0.12 * (agent == "Z3011") else "pass",
                                  closing="fail" if rng.random() < 0.3 - offset * 0.0015 else "pass"))
    return specs


def settle(app: QApplication, trends) -> None:  # noqa: ANN001
    """Until the charts show the latest filters (they are read on a pool thread) and are painted."""
    while trends.is_refreshing():
        app.processEvents()
    for _ in range(10):
        app.processEvents()


def shoot(app: QApplication, db, lang: str, folder: Path) -> None:
    from qa_desktop.ui.rules_page import RulesPage
    from qa_desktop.ui.trends import TrendsPage

    install_translator(app, lang)
    suffix = "" if lang == "en" else f"_{lang}"
    settings = QSettings(str(folder / f"s{suffix}.ini"), QSettings.Format.IniFormat)
    trends = TrendsPage(lambda: db, settings)
    trends.resize(1280, 760)
    trends.show()
    trends.set_range("2026-06-01", "2026-10-31")
    trends.group.setCurrentIndex(trends.group.findData("agent"))
    for tab, name, period in ((0, "trends_score", "week"), (1, "trends_rules", "week"),
                              (2, "trends_categories", "month"), (3, "trends_ranking", "week")):
        trends.period.setCurrentIndex(trends.period.findData(period))
        trends.tabs.setCurrentIndex(tab)
        settle(app, trends)
        trends.grab().save(str(OUT / f"{name}{suffix}.png"))
    trends.close()

    rules = RulesPage(lambda: db, settings)
    rules.resize(1280, 760)
    rules.show()
    rules.activate(rules_dir() / ("zh-ecommerce.yaml"), remember=False)
    rules.try_panel.text.setPlainText("您好，欢迎致电优品生活馆，工号3001为您服务，请问有什么可以帮您？")
    rules.try_panel.run()
    app.processEvents()
    rules.grab().save(str(OUT / f"rules{suffix}.png"))
    broken = folder / "zh-ecommerce-edited.yaml"  # only its name is shown; the folder is in the tooltip
    text = (rules_dir() / "zh-ecommerce.yaml").read_text(encoding="utf-8")
    broken.write_text(text.replace("weight: 20", "weight: 二十", 1).replace("points: 10", "points: ten", 1),
                      encoding="utf-8")
    rules.import_pack(broken)
    app.processEvents()
    rules.grab().save(str(OUT / f"rules_error{suffix}.png"))
    rules.close()


def main() -> int:
    from qa_desktop.ui.app import create_app

    app = create_app(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db, _ = build(Path(tmp) / "demo.sqlite", demo_specs())
        for lang in ("en", "zh_CN"):
            shoot(app, db, lang, Path(tmp))
        db.close()
    print(f"screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
