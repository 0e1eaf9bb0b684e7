"""What every export shares: formats, CSV encodings, formula neutralisation, typed
errors, and progress reporting with cancellation."""

from __future__ import annotations

import errno
from collections.abc import Callable
from enum import StrEnum

from hubdesk.domain.errors import HubDeskError, RuleViolation, ValidationError

# A spreadsheet reads a cell starting with one of these as a formula (CSV injection).
# Tab and carriage return are in OWASP's list too: Excel strips them and reads on.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_MARK = "'"  # put before a text that would start a formula

Progress = Callable[[int, int], None]
"""``progress(done, total)``: called now and then while an export runs."""

CancelCheck = Callable[[], bool]
"""Returns True once the user asked to stop; the export then raises ``ExportCancelled``."""


class ExportFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"
    PDF = "pdf"


class CsvEncoding(StrEnum):
    UTF8_BOM = "utf-8-sig"  # the default: Korean Excel opens it as UTF-8
    CP949 = "cp949"  # for old Excel versions; refuses what it cannot encode


def neutralise(text: str) -> str:
    """``=SUM(A1)`` → ``'=SUM(A1)``: a leading apostrophe keeps spreadsheets from
    evaluating a cell; anything else is returned unchanged."""
    return FORMULA_MARK + text if text.startswith(FORMULA_STARTS) else text


class ExportCancelled(HubDeskError):
    """The user stopped the export; no file was written."""

    code = "export_cancelled"
    template = "the export was cancelled; no file was written"


class UnmaskedExportNeedsReason(ValidationError):
    code = "export_reason_required"
    template = "reason: an export without masking of personal data needs a reason"

    def __init__(self) -> None:
        super().__init__(field="reason", reason="needed for an unmasked export")


class UnencodableText(RuleViolation):
    """CP949 cannot write a character of a cell; nothing is replaced silently."""

    code = "export_unencodable"
    template = (
        "{encoding} cannot write {character!r} (U+{codepoint:04X}) in row {row}, column "
        "{column!r}; export as UTF-8 instead"
    )


class ExportFileError(HubDeskError):
    code = "export_file"
    template = "{path}: {reason}"


class Tracker:
    """Reports progress every ``step`` units and raises ``ExportCancelled`` when asked to."""

    def __init__(
        self,
        total: int,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
        step: int = 250,
    ) -> None:
        self.total = max(total, 0)
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled
        self._step = max(step, 1)
        self._next = 0

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled()

    def advance(self, count: int = 1) -> None:
        """Count ``count`` more units done; every ``step`` units report and check."""
        self.done = min(self.done + count, self.total)
        if self.done >= self._next:
            self._next = self.done + self._step
            self.report()

    def report(self) -> None:
        self.check()
        if self._progress is not None:
            self._progress(self.done, self.total)

    def finish(self) -> None:
        self.done = self.total
        self.report()


_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def os_error_reason(error: OSError) -> str:
    """What an operating-system error means for the person saving a file."""
    if isinstance(error, PermissionError):
        return "the file or its folder cannot be written (is the file open in another program?)"
    if isinstance(error, FileNotFoundError):
        return "the folder does not exist"
    if error.errno in _DISK_FULL:
        return "the disk is full; free some space or choose another drive"
    if error.errno == errno.EFBIG:
        return "the file is larger than this drive or account allows"
    return error.strerror or str(error)
