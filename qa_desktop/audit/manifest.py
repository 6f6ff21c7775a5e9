"""Call metadata exported from a PBX or CRM, joined to recordings.

Real exports are messy: headers vary in name, case and language (坐席工号,
"Agent Name", CALL_ID), Excel on Chinese Windows saves GBK, other tools add a
UTF-8 BOM, and dates come as 2026/8/12 or 2026年8月12日. A row joins a
recording by file name, by stem, or by call id (also when the id is one part
of the file name, as in DATE_AGENT_CALLID.wav).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from qa_desktop.domain import CallMeta
from qa_desktop.errors import QAError

_FIELDS: dict[str, tuple[str, ...]] = {
    "call_id": ("callid", "id", "call", "callno", "callnumber", "recordid", "recordingid", "uniqueid", "uuid",
                "sessionid", "通话id", "呼叫id", "录音id", "通话编号", "呼叫编号", "录音编号", "编号"),
    "file": ("file", "filename", "filepath", "path", "recording", "recordingfile", "recordingname", "audio",
             "文件", "文件名", "录音", "录音文件", "录音文件名", "文件路径"),
    "agent": ("agent", "agentid", "agentname", "agentno", "staff", "staffid", "employee", "employeeid", "extension",
              "坐席", "坐席工号", "坐席id", "坐席姓名", "工号", "客服", "客服工号", "员工", "员工工号"),
    "team": ("team", "group", "teamname", "groupname", "department", "dept", "queue", "skillgroup",
             "班组", "组", "组别", "团队", "小组", "部门", "技能组"),
    "date": ("date", "calldate", "starttime", "start", "time", "datetime", "calltime", "begintime",
             "日期", "通话日期", "通话时间", "开始时间", "呼叫时间"),
    "customer_phone": ("customerphone", "phone", "phonenumber", "caller", "callerid", "ani", "customer", "mobile",
                       "客户电话", "客户号码", "电话", "电话号码", "主叫", "主叫号码", "手机", "手机号"),
}
_ALIASES = {alias: name for name, aliases in _FIELDS.items() for alias in aliases}


class ManifestError(QAError):
    """The manifest file cannot be read or has no column to join on."""


def _norm_header(header: str) -> str:
    return re.sub(r"[\s_\-./()（）]+", "", header.strip().lstrip("\ufeff").lower())


def normalise_date(value: str) -> str:
    """ISO date from the formats PBX exports use; '' when it is not a date."""
    value = value.strip()
    if not value:
        return ""
    m = re.match(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})", value) or re.match(
        r"(\d{4})(\d{2})(\d{2})", value)
    if m:
        try:
            return datetime(int(m[1]), int(m[2]), int(m[3])).date().isoformat()
        except ValueError:
            return ""
    m = re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})", value)  # US Excel: month/day/year
    if m:
        try:
            return datetime(int(m[3]), int(m[1]), int(m[2])).date().isoformat()
        except ValueError:
            return ""
    return ""


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030", "utf-16"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


@dataclass(slots=True)
class Manifest:
    path: Path
    by_file: dict[str, CallMeta] = field(default_factory=dict)
    by_call_id: dict[str, CallMeta] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | Path) -> "Manifest":
        path = Path(path)
        try:
            text = _decode(path.read_bytes())
        except OSError as exc:
            raise ManifestError(path, f"cannot read the manifest: {exc.strerror or exc}") from exc
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
        except csv.Error:
            dialect = csv.excel
        rows = list(csv.reader(io.StringIO(text), dialect))
        if not rows:
            raise ManifestError(path, "the manifest is empty")
        columns = {i: _ALIASES.get(_norm_header(h), "") for i, h in enumerate(rows[0])}
        if not any(c in ("call_id", "file") for c in columns.values()):
            raise ManifestError(path, "no call id or file name column (headers: " + ", ".join(rows[0]) + ")")
        manifest = cls(path)
        for row in rows[1:]:
            values: dict[str, str] = {}
            extra: dict[str, str] = {}
            for i, cell in enumerate(row):
                name = columns.get(i, "")
                if name and name not in values:
                    values[name] = cell.strip()
                elif i < len(rows[0]) and cell.strip():
                    extra[rows[0][i].strip().lstrip("\ufeff")] = cell.strip()
            meta = CallMeta(call_id=values.get("call_id", ""), agent=values.get("agent", ""),
                            team=values.get("team", ""), date=normalise_date(values.get("date", "")),
                            customer_phone=values.get("customer_phone", ""), extra=extra)
            if values.get("file"):
                name = Path(values["file"].replace("\\", "/")).name
                manifest.by_file[name.lower()] = meta
                manifest.by_file.setdefault(Path(name).stem.lower(), meta)
            if meta.call_id:
                manifest.by_call_id[meta.call_id.lower()] = meta
        return manifest

    def lookup(self, file: str | Path, call_id: str = "") -> CallMeta | None:
        name = Path(str(file)).name.lower()
        stem = Path(name).stem
        for key in (name, stem):
            if key in self.by_file:
                return self.by_file[key]
        for key in [call_id.lower(), *re.split(r"[_\-\s.]+", stem)]:
            if key and key in self.by_call_id:
                return self.by_call_id[key]
        return None

    def apply(self, meta: CallMeta, file: str | Path) -> CallMeta:
        """`meta` with the manifest's non-empty fields laid over it."""
        row = self.lookup(file, meta.call_id)
        if row is None:
            return meta
        return CallMeta(
            call_id=row.call_id or meta.call_id, agent=row.agent or meta.agent, team=row.team or meta.team,
            date=row.date or meta.date, customer_phone=row.customer_phone or meta.customer_phone,
            extra={**meta.extra, **row.extra},
        )
