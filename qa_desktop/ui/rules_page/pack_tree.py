"""The active pack as a tree: sections (weight) > rules (points, critical, how
they match) > phrases, plus the complaint categories and their keywords. Rule
and category ids (what the YAML file and the "failed rule" filter use) have a
column of their own, so a long title never pushes them out of sight."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from qa_desktop.rules import RulePack
from qa_desktop.rules.model import Rule
from qa_desktop.rules.informational import is_informational
from qa_desktop.score_formula import rule_shares
from qa_desktop.ui.locale_fmt import fmt_g


class PackTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(5)
        self.setHeaderLabels([self.tr("Section / rule / phrase"), self.tr("Weight / points"), self.tr("Type"),
                              self.tr("Matching"), self.tr("ID")])
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3, 4):
            self.header().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)

    def _type(self, rule) -> str:
        names = {"phrase": self.tr("Phrase"), "silence": self.tr("Silence"), "overlap": self.tr("Interruptions"),
                 "metric": self.tr("Metric")}
        kind = names.get(rule.type, rule.type)
        if rule.type == "phrase" and rule.expect == "absent":
            kind = self.tr("Forbidden phrase")
        return kind

    def _matching(self, rule) -> str:
        if rule.type != "phrase":
            return ""
        modes = {"exact": self.tr("exact"), "fuzzy": self.tr("fuzzy"), "phonetic": self.tr("phonetic")}
        text = modes.get(rule.match, rule.match)
        if rule.threshold is not None:
            text += f" ≥ {rule.threshold:g}"
        return text

    def show_pack(self, pack: RulePack) -> None:
        self.clear()
        bold = QFont()
        bold.setBold(True)
        by_section: dict[str, list] = {}
        for rule in pack.rules:
            by_section.setdefault(rule.section, []).append(rule)
        total_weight = sum(section.weight for section in pack.sections)
        for section in pack.sections:
            sec = QTreeWidgetItem(self, [section.title or section.id, self.tr("weight %1").replace(
                "%1", fmt_g(section.weight)), "", "", section.id])
            sec.setFont(0, bold)
            rules = by_section.get(section.id, [])
            total = sum(r.points for r in rules if not r.informational)
            shares = rule_shares(section.weight, [(0.0 if r.informational else r.points, True) for r in rules])
            sec.setToolTip(1, self.tr("%1 of %2 in a call's score: the section's points earned / possible, "
                                      "weighted by the section weights. %3 points shared among its rules.")
                           .replace("%1", fmt_g(section.weight)).replace("%2", fmt_g(total_weight))
                           .replace("%3", fmt_g(total)))
            for rule, share in zip(rules, shares):
                points = self.tr("%1 pts").replace("%1", fmt_g(rule.points))
                if is_informational(rule):
                    points = self.tr("not scored: found / not found")
                elif rule.critical:
                    points = self.tr("critical") + (f" · {points}" if rule.points else "")
                item = QTreeWidgetItem(sec, [rule.title, points, self._type(rule), self._matching(rule), rule.id])
                item.setData(0, Qt.ItemDataRole.UserRole, rule.id)
                if share:  # the one formula (qa_desktop.score_formula), as scorecards apply it
                    item.setToolTip(1, self.tr("%1 of the section's weight %2; in a scorecard it earns "
                                               "weight × actual / target").replace("%1", f"{share:.1f}")
                                    .replace("%2", fmt_g(section.weight)))
                item.setToolTip(0, rule.description or rule.title)
                if is_informational(rule):
                    item.setToolTip(1, self.tr("Informational rule: shown as found or not found in each call, "
                                               "never scored and never held against a pass-rate target."))
                if rule.critical:
                    item.setForeground(1, QBrush(QColor("#b03030")))
                for phrase in [*rule.phrases, *(f"/{r}/" for r in rule.regex)]:
                    QTreeWidgetItem(item, [phrase, "", "", "", ""])
                for phrase in rule.unless:
                    child = QTreeWidgetItem(item, [self.tr("unless: %1").replace("%1", phrase), "", "", "", ""])
                    child.setForeground(0, QBrush(QColor("#777")))
                self._examples(item, rule.examples, rule.unless_examples)
                self._cues(item, rule)
            sec.setExpanded(True)
        if pack.categories.items:
            cats = QTreeWidgetItem(self, [self.tr("Complaint categories"), "", "", "", ""])
            cats.setFont(0, bold)
            for cat in pack.categories.items:
                item = QTreeWidgetItem(cats, [cat.title, "", self.tr("Category"), "", cat.id])
                for kw in cat.keywords:
                    QTreeWidgetItem(item, [kw, "", "", "", ""])
                self._examples(item, cat.examples, [])
        esc = pack.escalation
        if esc.keywords or esc.examples:
            top = QTreeWidgetItem(self, [self.tr("Escalation (customer threats)"), "", "", "", ""])
            top.setFont(0, bold)
            for kw in esc.keywords:
                QTreeWidgetItem(top, [kw, "", "", "", ""])
            self._examples(top, esc.examples, esc.calm_examples)
            # the channel × intent cues, so an author sees why a sentence was read as a threat or a mention
            for cues, label in ((esc.channels, self.tr("channel: %1")), (esc.intents, self.tr("intention: %1")),
                                (esc.harmless, self.tr("only a mention: %1")),
                                (esc.sound_alike, self.tr("channel, also by sound: %1")),
                                (esc.spread, self.tr("the story spreads: %1"))):
                for cue in cues:
                    child = QTreeWidgetItem(top, [label.replace("%1", cue), "", "", "", ""])
                    child.setForeground(0, QBrush(QColor("#6a5a2a")))

    def _examples(self, item: QTreeWidgetItem, examples: list[str], look_alikes: list[str]) -> None:
        """Example sentences the meaning model generalises from, and look-alikes that do not count."""
        for text in examples:
            child = QTreeWidgetItem(item, [self.tr("example: %1").replace("%1", text), "", "", "", ""])
            child.setForeground(0, QBrush(QColor("#2a6099")))
        for text in look_alikes:
            child = QTreeWidgetItem(item, [self.tr("look-alike (passes): %1").replace("%1", text), "", "", "", ""])
            child.setForeground(0, QBrush(QColor("#777")))

    def _cues(self, item: QTreeWidgetItem, rule: Rule) -> None:
        """The conduct rule's stance cues as the pack writes them, so an author sees why a sentence
        was read as handing the case on, committing to act, pushing the problem away, blaming, kind words
        said in contempt or acknowledging the customer's feelings."""
        kinds = [(rule.hand_over, self.tr("hands the case on: %1")),
                 (rule.commit_cues, self.tr("commits to act: %1")),
                 (rule.deflect_cues, self.tr("pushes the problem away: %1")),
                 (rule.contempt_cues, self.tr("blames or belittles: %1")),
                 (rule.ironic_cues, self.tr("kind words that can be said in contempt: %1")),
                 (rule.empathy_cues, self.tr("acknowledges the customer's feelings: %1"))]
        for cues, label in kinds:
            for cue in cues:
                child = QTreeWidgetItem(item, [label.replace("%1", cue), "", "", "", ""])
                child.setForeground(0, QBrush(QColor("#6a5a2a")))

    def rule_item(self, rule_id: str) -> QTreeWidgetItem | None:
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            for j in range(top.childCount()):
                child = top.child(j)
                if child.data(0, Qt.ItemDataRole.UserRole) == rule_id:
                    return child
        return None
