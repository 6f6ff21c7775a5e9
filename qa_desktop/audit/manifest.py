"""Call metadata exported from a PBX or CRM, joined to recordings.

Real exports are messy: headers vary in name, case and language (坐席工号,
"Agent Name", CALL_ID), Excel on Chinese Windows saves GBK, other tools add a
UTF-8 BOM, and dates come as 2026/8/12 or 2026年8月12日. A row joins a
recording by file name, by stem, or by call id (also when the id is one part
of the file name, as in DATE_AGENT_CALLID.wav).

Recorders reuse names across folders (north/0001.wav, south/0001.wav): where
the manifest gives a path, a row joins the recording whose path ends with
it; where two rows could join a recording and their paths do not tell them
apart, none is used and a warning names the file (the wrong agent on a call
is worse than none). A file that is not a CSV at all (binary, oversized,
old Mac line endings that no row splitter sees) is refused with its name.
"""

from __future__ import annotations

import csv
import io
import logging
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


log = logging.getLogger(__name__)

MAX_MANIFEST_BYTES = 200 * 1024 * 1024  # a year of a big centre's calls is ~50 MB of CSV


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


def _parts(path: str) -> tuple[str, ...]:
    """A path's folders, lower case, whichever slashes it was written with (no drive, no empty parts)."""
    parts = [p for p in re.split(r"[\\/]+", path.strip().lower()) if p and p != "."]
    if parts and re.fullmatch(r"[a-z]:", parts[0]):
        parts = parts[1:]
    return tuple(parts[:-1])


@dataclass(slots=True)
class Manifest:
    path: Path
    by_file: dict[str, CallMeta] = field(default_factory=dict)
    by_call_id: dict[str, CallMeta] = field(default_factory=dict)
    # base name (and stem) -> every row with that name: (its folders as written, its metadata)
    rows_by_name: dict[str, list[tuple[tuple[str, ...], CallMeta]]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, path: str | Path) -> "Manifest":
        path = Path(path)
        try:
            size = path.stat().st_size
            if size > MAX_MANIFEST_BYTES:
                raise ManifestError(path, f"the manifest is {size / 1048576:.0f} MB; a call list is at most "
                                          f"{MAX_MANIFEST_BYTES // 1048576} MB (is it the right file?)")
            raw = path.read_bytes()
        except OSError as exc:
            raise ManifestError(path, f"cannot read the manifest: {exc.strerror or exc}") from exc
        if b"\x00" in raw[:65536] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise ManifestError(path, "not a CSV text file (it holds binary data; export the call list as CSV)")
        text = _decode(raw)
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
        except csv.Error:
            dialect = csv.excel
        try:  # newline="": rows end at \r\n, \n or a lone \r (old Mac and some PBX exports)
            rows = list(csv.reader(io.StringIO(text, newline=""), dialect))
        except csv.Error as exc:  # a NUL byte, a field over the csv module's limit, …
            raise ManifestError(path, f"not a readable CSV file: {exc}") from None
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
                folders = _parts(values["file"])
                manifest.rows_by_name.setdefault(name.lower(), []).append((folders, meta))
                stem = Path(name).stem.lower()
                if stem != name.lower():
                    manifest.rows_by_name.setdefault(stem, []).append((folders, meta))
            if meta.call_id:
                manifest.by_call_id[meta.call_id.lower()] = meta
        return manifest

    def lookup(self, file: str | Path, call_id: str = "") -> CallMeta | None:
        name = Path(str(file)).name.lower()
        stem = Path(name).stem
        for key in (name, stem):
            rows = self.rows_by_name.get(key)
            if rows:
                return self._by_path(rows, str(file))
        for key in [call_id.lower(), *re.split(r"[_\-\s.]+", stem)]:
            if key and key in self.by_call_id:
                return self.by_call_id[key]
        return None

    def _by_path(self, rows: list[tuple[tuple[str, ...], CallMeta]], file: str) -> CallMeta | None:
        """The row for `file` among rows of its name: the one whose folders end its path (the longest
        such), else the only one; None, with a warning, when they cannot be told apart."""
        if len(rows) == 1:
            return rows[0][1]
        folders = _parts(file)
        fits = [(len(f), meta) for f, meta in rows if f and folders[len(folders) - len(f):] == f]
        if fits:
            best = max(n for n, _ in fits)
            chosen = [meta for n, meta in fits if n == best]
            if len(chosen) == 1 or all(m == chosen[0] for m in chosen):
                return chosen[0]
        elif all(meta == rows[0][1] for _, meta in rows):
            return rows[0][1]
        warning = (f"{file}: {len(rows)} rows of the manifest {self.path} name this file and their paths do "
                   "not tell which one is it; its metadata is not taken from the manifest")
        if warning not in self.warnings:
            self.warnings.append(warning)
            log.warning("%s", warning)
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
