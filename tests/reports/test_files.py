"""A writer's path holds the whole report or nothing: a failure removes what it wrote."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from hubdesk.domain.exports import ExportFileError
from hubdesk.reports.files import written_or_removed


def test_a_failed_write_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    with pytest.raises(RuntimeError), written_or_removed(target):
        target.write_bytes(b"half")
        raise RuntimeError("stopped")
    assert os.listdir(tmp_path) == []


def test_a_full_disk_is_one_plain_sentence(tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    with pytest.raises(ExportFileError) as raised, written_or_removed(target):
        target.write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert "disk is full" in str(raised.value)
    assert not target.exists()
